package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET|PUT /me/active-organization}: who may activate what, and how long it lasts. */
class ActiveOrganizationIT {

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    @Test
    void theActiveOrganizationCanBeChosenBySlugOrIdAndCleared() {
        Tokens.TokenSet bob = realm.login("bob", "openid organization:acme");
        String globexId = realm.admin().organizationByAlias(realm.name(), "globex").path("id").asText();

        JsonNode bySlug = put(bob, "globex").expect(200).json();
        assertThat(bySlug.path("organization").path("slug").asText()).isEqualTo("globex");
        assertThat(bySlug.path("organization").path("role").asText()).isEqualTo("org:admin");

        JsonNode byId = put(bob, globexId).expect(200).json();
        assertThat(byId.path("organization").path("id").asText()).isEqualTo(globexId);

        JsonNode cleared = put(bob, null).expect(200).json();
        assertThat(cleared.path("organization").isNull()).isTrue();
        assertThat(get(bob).path("organization").isNull()).isTrue();
        assertThat(realm.refresh(bob).access().has("org_id")).isFalse();
    }

    @Test
    void anOrganizationTheUserIsNotAMemberOfCannotBeActivatedAndNothingChanges() {
        String outsider = TestRealm.unique("outsider");
        realm.createUser(outsider);
        realm.addMember("globex", outsider, "org:member");
        Tokens.TokenSet tokens = realm.login(outsider);
        assertThat(get(tokens).path("organization").path("slug").asText()).isEqualTo("globex");

        Http.Response refused = put(tokens, "acme");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().path("error").asText()).isEqualTo("not_found");
        assertThat(get(tokens).path("organization").path("slug").asText()).isEqualTo("globex");
        assertThat(realm.refresh(tokens).access().path("org_slug").asText()).isEqualTo("globex");
    }

    @Test
    void anUnknownOrganizationIsAnswered404LikeAForeignOne() {
        Tokens.TokenSet alice = realm.login("alice");

        Http.Response response = put(alice, "no-such-org");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("error_description").asText()).isEqualTo("organization not found among your organizations");
    }

    @Test
    void aDisabledOrganizationCannotBeActivated() {
        String user = TestRealm.unique("dis");
        realm.createUser(user);
        String slug = TestRealm.unique("off");
        realm.createOrganization(slug, slug, user);
        realm.addMember("acme", user, "org:member");
        Tokens.TokenSet tokens = realm.login(user, "openid organization:acme");
        realm.admin().patch(realm.adminPath("/orgkit/organizations/" + slug), Map.of("enabled", false)).expect(200);

        Http.Response refused = put(tokens, slug);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("error").asText()).isEqualTo("organization_disabled");
        assertThat(get(tokens).path("organization").path("slug").asText()).isEqualTo("acme");
    }

    @Test
    void aBodyWithoutJsonOrWithUnknownFieldsIsABadRequest() {
        Tokens.TokenSet alice = realm.login("alice");

        assertThat(realm.http().put(realm.api("/me/active-organization")).bearer(alice.accessToken()).json("not json").send()
                .status()).isEqualTo(400);
        assertThat(realm.http().put(realm.api("/me/active-organization")).bearer(alice.accessToken())
                .json(Map.of("org", "acme")).send().status()).isEqualTo(400);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        Http.Response response = realm.http().get(realm.api("/me/active-organization")).send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.json().path("error").asText()).isEqualTo("unauthorized");
    }

    @Test
    void aNewSessionStartsInTheOrganizationTheUserLastMadeActive() {
        String user = TestRealm.unique("returning");
        realm.createUser(user);
        realm.addMember("acme", user, "org:member");
        realm.addMember("globex", user, "org:member");
        Tokens.TokenSet first = realm.login(user);
        assertThat(first.access().has("org_id")).isFalse();
        put(first, "globex").expect(200);

        JsonNode next = realm.login(user).access();

        assertThat(next.path("org_slug").asText()).isEqualTo("globex");
    }

    @Test
    void theLastActiveOrganizationIsNotWritableThroughTheAccountApi() {
        String user = TestRealm.unique("sneaky");
        String userId = realm.createUser(user);
        realm.addMember("acme", user, "org:member");
        realm.addMember("globex", user, "org:member");
        Tokens.TokenSet tokens = realm.login(user);
        JsonNode account = realm.http().get(realm.path("/account/")).bearer(tokens.accessToken())
                .header("Accept", "application/json").send().expect(200).json();
        Map<String, Object> update = Http.JSON.convertValue(account, Map.class);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("orgkit.last-active-org", List.of(orgId("globex")));
        update.put("attributes", attributes);
        update.put("firstName", "Renamed");

        Http.Response response = realm.http().post(realm.path("/account/")).bearer(tokens.accessToken()).json(update).send();

        assertThat(response.status()).as("the account API took the update: " + response.body()).isEqualTo(204);
        JsonNode stored = realm.admin().get(realm.adminPath("/users/" + userId + "?userProfileMetadata=false")).expect(200).json();
        assertThat(stored.path("firstName").asText()).isEqualTo("Renamed");
        assertThat(stored.path("attributes").has("orgkit.last-active-org")).isFalse();
        assertThat(realm.login(user).access().has("org_id")).as("no organization was picked for the user").isFalse();
    }

    @Test
    void theActiveOrganizationSurvivesARestartOfKeycloak() {
        String user = TestRealm.unique("durable");
        realm.createUser(user);
        realm.addMember("acme", user, "org:member");
        realm.addMember("globex", user, "org:admin");
        Tokens.TokenSet tokens = realm.login(user, "openid organization:acme");
        put(tokens, "globex").expect(200);

        realm.env().restartServer();

        JsonNode refreshed = realm.refresh(tokens).access();
        assertThat(refreshed.path("org_slug").asText()).isEqualTo("globex");
        assertThat(refreshed.path("org_role").asText()).isEqualTo("org:admin");
    }

    private String orgId(String alias) {
        return realm.admin().organizationByAlias(realm.name(), alias).path("id").asText();
    }

    private Http.Response put(Tokens.TokenSet tokens, String organization) {
        Map<String, Object> body = new HashMap<>();
        body.put("organization", organization);
        return realm.http().put(realm.api("/me/active-organization")).bearer(tokens.accessToken()).json(body).send();
    }

    private JsonNode get(Tokens.TokenSet tokens) {
        return realm.http().get(realm.api("/me/active-organization")).bearer(tokens.accessToken()).send().expect(200).json();
    }
}
