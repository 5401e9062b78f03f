package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.ClerkAuth;
import dev.orgkit.it.support.Tokens;
import dev.orgkit.it.support.TestRealm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The orgkit mapper's claims in the demo realm, and how they follow switches and membership changes. */
class TokenClaimsIT {

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    @Test
    void aliceGetsAcmeWithTheAdminRoleAndItsCustomPermissions() {
        JsonNode access = realm.login("alice").access();

        assertThat(access.path("org_slug").asText()).isEqualTo("acme");
        assertThat(access.path("org_id").asText()).isEqualTo(orgId("acme"));
        assertThat(access.path("org_role").asText()).isEqualTo("org:admin");
        assertThat(strings(access.path("org_permissions")))
                .as("system permissions stay out, as in Clerk's session tokens")
                .containsExactly("org:invoices:manage", "org:invoices:read");
    }

    @Test
    void clerksParserReadsTheFlatClaimsAsItsSessionTokenV1() {
        Tokens.TokenSet tokens = realm.login("alice");
        JsonNode access = tokens.access();

        ClerkAuth clerk = ClerkAuth.read(tokens.accessToken(), List.of(Map.of("permission", "org:invoices:manage")));

        assertThat(access.has("v")).isFalse();
        assertThat(clerk.orgId()).isEqualTo(access.path("org_id").asText());
        assertThat(clerk.orgSlug()).isEqualTo("acme");
        assertThat(clerk.orgRole()).isEqualTo("org:admin");
        assertThat(clerk.orgPermissions()).isEqualTo(strings(access.path("org_permissions")));
        assertThat(clerk.has()).containsExactly(true);
    }

    @Test
    void theCatalogRolesNeverShowAsRealmWideClientRolesOrAudience() {
        JsonNode access = realm.login("alice").access();

        assertThat(access.path("resource_access").has("orgkit-roles")).isFalse();
        assertThat(access.path("aud").toString()).doesNotContain("orgkit-roles");
    }

    @Test
    void theFlatClaimsAreExactlyTheFourDocumentedOnes() {
        JsonNode access = realm.login("alice").access();

        List<String> orgClaims = new ArrayList<>();
        access.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("org")) {
                orgClaims.add(name);
            }
        });
        assertThat(orgClaims).containsExactlyInAnyOrder("org_id", "org_slug", "org_role", "org_permissions");
    }

    @Test
    void carolWithoutOrganizationsGetsNoOrganizationClaims() {
        JsonNode access = realm.login("carol").access();

        assertThat(access.has("org_id")).isFalse();
        assertThat(access.has("org_slug")).isFalse();
        assertThat(access.has("org_role")).isFalse();
        assertThat(access.has("org_permissions")).isFalse();
    }

    @Test
    void aUserWithSeveralOrganizationsAndNoHistoryStartsWithoutAnActiveOrganization() {
        String user = TestRealm.unique("multi");
        realm.createUser(user);
        realm.addMember("acme", user, "org:member");
        realm.addMember("globex", user, "org:member");

        JsonNode access = realm.login(user).access();

        assertThat(access.has("org_id")).isFalse();
    }

    @Test
    void theOrganizationScopeAtLoginChoosesTheActiveOrganization() {
        String user = TestRealm.unique("scoped");
        realm.createUser(user);
        realm.addMember("acme", user, "org:member");
        realm.addMember("globex", user, "org:billing");

        JsonNode access = realm.login(user, "openid organization:globex").access();

        assertThat(access.path("org_slug").asText()).isEqualTo("globex");
        assertThat(access.path("org_role").asText()).isEqualTo("org:billing");
        assertThat(strings(access.path("org_permissions")))
                .containsExactly("org:invoices:manage", "org:invoices:read");
    }

    @Test
    void switchingTheActiveOrganizationChangesTheClaimsAtTheNextRefresh() {
        String user = TestRealm.unique("switcher");
        realm.createUser(user);
        realm.addMember("acme", user, "org:member");
        realm.addMember("globex", user, "org:admin");
        Tokens.TokenSet tokens = realm.login(user, "openid organization:acme");
        assertThat(tokens.access().path("org_slug").asText()).isEqualTo("acme");

        realm.http().put(realm.api("/me/active-organization")).bearer(tokens.accessToken())
                .json(Map.of("organization", "globex")).send().expect(200);
        JsonNode refreshed = realm.refresh(tokens).access();

        assertThat(refreshed.path("org_slug").asText()).isEqualTo("globex");
        assertThat(refreshed.path("org_role").asText()).isEqualTo("org:admin");
    }

    @Test
    void aSecondSessionKeepsItsOwnActiveOrganization() {
        String user = TestRealm.unique("twosessions");
        realm.createUser(user);
        realm.addMember("acme", user, "org:member");
        realm.addMember("globex", user, "org:member");
        Tokens.TokenSet first = realm.login(user, "openid organization:acme");
        Tokens.TokenSet second = realm.login(user, "openid organization:acme");

        realm.http().put(realm.api("/me/active-organization")).bearer(first.accessToken())
                .json(Map.of("organization", "globex")).send().expect(200);

        assertThat(realm.refresh(first).access().path("org_slug").asText()).isEqualTo("globex");
        assertThat(realm.refresh(second).access().path("org_slug").asText()).isEqualTo("acme");
    }

    @Test
    void aRemovedMembersNextRefreshCarriesNoOrganization() {
        String user = TestRealm.unique("removed");
        String userId = realm.createUser(user);
        realm.addMember("acme", user, "org:member");
        Tokens.TokenSet tokens = realm.login(user);
        assertThat(tokens.access().path("org_slug").asText()).isEqualTo("acme");

        realm.admin().delete(realm.adminPath("/orgkit/organizations/acme/members/" + userId)).expect(204);
        JsonNode refreshed = realm.refresh(tokens).access();

        assertThat(refreshed.has("org_id")).isFalse();
        assertThat(refreshed.has("org_role")).isFalse();
    }

    @Test
    void aDisabledOrganizationDisappearsFromTheNextRefreshAndComesBackWhenEnabled() {
        String user = TestRealm.unique("disabled");
        realm.createUser(user);
        String slug = TestRealm.unique("soon-off");
        realm.createOrganization(slug, slug, user);
        Tokens.TokenSet tokens = realm.login(user);
        assertThat(tokens.access().path("org_slug").asText()).isEqualTo(slug);

        realm.admin().patch(realm.adminPath("/orgkit/organizations/" + slug), Map.of("enabled", false)).expect(200);
        assertThat(realm.refresh(tokens).access().has("org_id")).isFalse();

        realm.admin().patch(realm.adminPath("/orgkit/organizations/" + slug), Map.of("enabled", true)).expect(200);
        assertThat(realm.refresh(tokens).access().path("org_slug").asText()).isEqualTo(slug);
    }

    @Test
    void theIdTokenUserinfoAndIntrospectionCarryTheSameClaims() {
        Tokens.TokenSet tokens = realm.login("alice");

        assertThat(tokens.id().path("org_slug").asText()).isEqualTo("acme");
        JsonNode userinfo = realm.tokens().userinfo(realm.name(), tokens.accessToken()).expect(200).json();
        assertThat(userinfo.path("org_slug").asText()).isEqualTo("acme");
        assertThat(userinfo.path("org_role").asText()).isEqualTo("org:admin");
        JsonNode introspection = realm.tokens().introspect(realm.name(), "orgkit-demo-api", "orgkit-demo-api-secret", tokens.accessToken());
        assertThat(introspection.path("active").asBoolean()).isTrue();
        assertThat(introspection.path("org_slug").asText()).isEqualTo("acme");
    }

    @Test
    void theCompactAndMembershipClaimsAppearWhenTheMapperAsksForThem() {
        String user = TestRealm.unique("compact");
        realm.createUser(user);
        realm.addMember("acme", user, "org:billing");
        realm.addMember("globex", user, "org:member");
        String scopeId = clientScopeId("orgkit");
        JsonNode mapper = realm.admin().get(realm.adminPath("/client-scopes/" + scopeId + "/protocol-mappers/models")).expect(200)
                .json().get(0);
        ObjectNode changed = mapper.deepCopy();
        ((ObjectNode) changed.path("config")).put("orgkit.compact", "true")
                .put("orgkit.memberships", "true").put("orgkit.memberships.max", "1");
        String mapperPath = realm.adminPath("/client-scopes/" + scopeId + "/protocol-mappers/models/" + mapper.path("id").asText());
        realm.admin().put(mapperPath, changed).expect(204);
        try {
            JsonNode access = realm.login(user, "openid organization:acme").access();

            assertThat(access.path("v").asInt()).isEqualTo(2);
            assertThat(access.path("fea").asText()).isEqualTo("o:invoices");
            JsonNode o = access.path("o");
            assertThat(o.path("id").asText()).isEqualTo(orgId("acme"));
            assertThat(o.path("slg").asText()).isEqualTo("acme");
            assertThat(o.path("rol").asText()).isEqualTo("billing");
            assertThat(o.path("per").asText()).isEqualTo("manage,read");
            assertThat(o.path("fpm").asText()).isEqualTo("3");
            JsonNode orgs = access.path("orgs");
            assertThat(orgs.size()).as("capped at 1").isEqualTo(1);
            assertThat(orgs.path("acme").path("role").asText()).isEqualTo("org:billing");
            assertThat(orgs.path("acme").path("id").asText()).isEqualTo(orgId("acme"));
        } finally {
            realm.admin().put(mapperPath, mapper).expect(204);
        }
    }

    private String orgId(String alias) {
        return realm.admin().organizationByAlias(realm.name(), alias).path("id").asText();
    }

    private String clientScopeId(String name) {
        for (JsonNode scope : realm.admin().get(realm.adminPath("/client-scopes")).expect(200).json()) {
            if (name.equals(scope.path("name").asText())) {
                return scope.path("id").asText();
            }
        }
        throw new AssertionError("no client scope " + name);
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The {@code key} of each object in {@code array}: the roles or permissions of the catalog. */
    static List<String> keys(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.path("key").asText()));
        return values;
    }
}
