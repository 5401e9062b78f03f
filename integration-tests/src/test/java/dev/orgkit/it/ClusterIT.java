package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.KeycloakServer;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.Tokens;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two Keycloak nodes on one database: what one node changes, the other serves. */
class ClusterIT {

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    @Test
    void aSwitchOnOneNodeShowsWhenTheRefreshLandsOnTheOther() {
        KeycloakServer node2 = realm.env().secondNode();
        Tokens onNode2 = new Tokens(new Http(node2.baseUrl()));
        String user = realm.createUserAndReturnName();
        realm.addMember("acme", user, "org:member");
        realm.addMember("globex", user, "org:admin");
        Tokens.TokenSet tokens = realm.login(user, "openid organization:acme");

        realm.http().put(realm.api("/me/active-organization")).bearer(tokens.accessToken())
                .json(Map.of("organization", "globex")).send().expect(200);
        JsonNode refreshedElsewhere = onNode2.refresh(realm.name(), "orgkit-demo-cli", tokens.refreshToken()).access();

        assertThat(refreshedElsewhere.path("org_slug").asText()).isEqualTo("globex");
        assertThat(refreshedElsewhere.path("org_role").asText()).isEqualTo("org:admin");
    }

    @Test
    void aRoleChangeOnOneNodeShowsInTheNextTokenFromTheOther() {
        KeycloakServer node2 = realm.env().secondNode();
        Tokens onNode2 = new Tokens(new Http(node2.baseUrl()));
        String user = realm.createUserAndReturnName();
        String userId = realm.admin().userId(realm.name(), user);
        realm.addMember("acme", user, "org:member");
        Tokens.TokenSet tokens = realm.login(user);
        assertThat(onNode2.refresh(realm.name(), "orgkit-demo-cli", tokens.refreshToken()).access().path("org_role").asText())
                .isEqualTo("org:member");

        realm.admin().patch(realm.adminPath("/orgkit/organizations/acme/members/" + userId), Map.of("role", "org:billing"))
                .expect(200);

        assertThat(onNode2.refresh(realm.name(), "orgkit-demo-cli", tokens.refreshToken()).access().path("org_role").asText())
                .isEqualTo("org:billing");
    }
}
