package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.TestRealm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /me/organization-creation}: what the account console's create form asks before it offers itself. */
class OrganizationCreationAllowanceIT {

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        created.forEach(id -> realm.admin().delete(realm.adminPath("/organizations/" + id)));
        realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("creation-enabled", "true", "creation-limit", "1"))
                .expect(200);
    }

    @Test
    void aUserWhoHasCreatedNothingMayCreateAndSeesTheSlugRules() {
        JsonNode allowance = allowanceOf("carol");

        assertThat(allowance.path("allowed").asBoolean()).isTrue();
        assertThat(allowance.path("reason").isNull()).isTrue();
        assertThat(allowance.path("limit").asInt()).isEqualTo(1);
        assertThat(allowance.path("created").asInt()).isZero();
        assertThat(allowance.path("slug_min_length").asInt()).isEqualTo(2);
        assertThat(allowance.path("slug_max_length").asInt()).isEqualTo(63);
        List<String> reserved = new ArrayList<>();
        allowance.path("reserved_slugs").forEach(slug -> reserved.add(slug.asText()));
        assertThat(reserved).contains("admin", "api", "settings").isSorted();
    }

    @Test
    void aUserAtTheCreationLimitIsToldSo() {
        String token = token("carol");
        JsonNode org = realm.http().post(realm.path("/orgkit/organizations")).bearer(token)
                .json(Map.of("name", "Carol Corp")).send().expect(201).json();
        created.add(org.path("id").asText());

        JsonNode allowance = allowanceOf("carol");

        assertThat(allowance.path("allowed").asBoolean()).isFalse();
        assertThat(allowance.path("reason").asText()).isEqualTo("creation_limit_reached");
        assertThat(allowance.path("created").asInt()).isEqualTo(1);
        // and the create itself agrees
        realm.http().post(realm.path("/orgkit/organizations")).bearer(token)
                .json(Map.of("name", "Carol Two")).send().expect(403);
    }

    @Test
    void nobodyMayCreateWhenTheRealmSwitchedCreationOff() {
        realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("creation-enabled", "false")).expect(200);

        JsonNode allowance = allowanceOf("carol");

        assertThat(allowance.path("allowed").asBoolean()).isFalse();
        assertThat(allowance.path("reason").asText()).isEqualTo("creation_disabled");
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        realm.http().get(realm.path("/orgkit/me/organization-creation")).send().expect(401);
    }

    private JsonNode allowanceOf(String username) {
        return realm.http().get(realm.path("/orgkit/me/organization-creation")).bearer(token(username)).send().expect(200).json();
    }

    private String token(String username) {
        return realm.tokens().password(realm.name(), "orgkit-demo-cli", username, username).accessToken();
    }
}
