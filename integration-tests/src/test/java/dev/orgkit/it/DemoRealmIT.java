package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.Tokens;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoRealmIT {

    @RegisterExtension
    static final TestRealm realm = TestRealm.demoAsIs();

    @Test
    void theDemoRealmIsImportedWithOrganizationsEnabled() {
        JsonNode rep = realm.admin().realm(realm.name());

        assertThat(rep.path("realm").asText()).isEqualTo("orgkit-demo");
        assertThat(rep.path("organizationsEnabled").asBoolean()).isTrue();
    }

    @Test
    void acmeHasAliceAndBobAndGlobexHasBob() {
        assertThat(memberUsernames("acme")).containsExactlyInAnyOrder("alice", "bob");
        assertThat(memberUsernames("globex")).containsExactly("bob");
    }

    @Test
    void carolBelongsToNoOrganization() {
        String carol = realm.admin().userId(realm.name(), "carol");

        JsonNode orgs = realm.admin().get(realm.adminPath("/organizations/members/" + carol + "/organizations")).expect(200).json();

        assertThat(orgs).isEmpty();
    }

    @Test
    void demoUsersHaveVerifiedExampleEmails() {
        for (String username : List.of("alice", "bob", "carol")) {
            String id = realm.admin().userId(realm.name(), username);
            JsonNode user = realm.admin().get(realm.adminPath("/users/" + id)).expect(200).json();
            assertThat(user.path("email").asText()).isEqualTo(username + "@example.com");
            assertThat(user.path("emailVerified").asBoolean()).isTrue();
        }
    }

    /**
     * A realm import grants no default role to users who list no realm roles: the demo users must
     * carry {@code default-roles-orgkit-demo} themselves, or Keycloak's account console and account
     * API (which need {@code manage-account}) answer them 401.
     */
    @ParameterizedTest
    @ValueSource(strings = {"alice", "bob", "carol"})
    void demoUsersHaveTheDefaultRolesAndReadTheirAccountThroughKeycloaksAccountApi(String username) {
        Tokens.TokenSet tokens = realm.tokens().password(realm.name(), "orgkit-demo-cli", username, username);

        assertThat(tokens.access().path("realm_access").path("roles")).extracting(JsonNode::asText)
                .contains("default-roles-orgkit-demo", "offline_access");
        assertThat(tokens.access().path("resource_access").path("account").path("roles")).extracting(JsonNode::asText)
                .contains("manage-account", "view-profile");
        JsonNode account = realm.http().get(realm.path("/account/?userProfileMetadata=true")).bearer(tokens.accessToken())
                .header("Accept", "application/json").send().expect(200).json();
        assertThat(account.path("email").asText()).isEqualTo(username + "@example.com");
    }

    @Test
    void aliceGetsATokenFromTheDemoCliWithThePasswordGrant() {
        JsonNode access = realm.tokens().password(realm.name(), "orgkit-demo-cli", "alice", "alice").access();

        assertThat(access.path("preferred_username").asText()).isEqualTo("alice");
        assertThat(access.path("azp").asText()).isEqualTo("orgkit-demo-cli");
    }

    @Test
    void theDemoCliIsPublicAndMarkedAsDemoOnly() {
        JsonNode clients = realm.admin().get(realm.adminPath("/clients?clientId=orgkit-demo-cli")).expect(200).json();

        assertThat(clients).hasSize(1);
        assertThat(clients.get(0).path("publicClient").asBoolean()).isTrue();
        assertThat(clients.get(0).path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(clients.get(0).path("description").asText()).containsIgnoringCase("demo only");
    }

    private List<String> memberUsernames(String alias) {
        String orgId = realm.admin().organizationByAlias(realm.name(), alias).path("id").asText();
        JsonNode members = realm.admin().get(realm.adminPath("/organizations/" + orgId + "/members")).expect(200).json();
        List<String> names = new ArrayList<>();
        members.forEach(m -> names.add(m.path("username").asText()));
        return names;
    }
}
