package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The realm-admin side: policy, role catalog, organizations, and admin events. */
class AdminApiIT {

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    @Test
    void policySettingsAreValidatedAndNormalised() {
        Http.Response unknown = realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("no-such-setting", "1"));
        Http.Response badCount = realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("creation-limit", "-1"));
        Http.Response badFlag = realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("creation-enabled", "yes"));
        Http.Response tooLong = realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("invitation-expiry-days", "31"));
        JsonNode ok = realm.admin().put(realm.adminPath("/orgkit/policy"),
                Map.of("reserved-slugs", " Billing, api ,api", "creation-limit", 4)).expect(200).json();

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("error").asText()).isEqualTo("unknown_setting");
        assertThat(List.of(badCount, badFlag, tooLong)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().path("error").asText()).isEqualTo("invalid_setting");
        });
        assertThat(ok.path("reserved-slugs").asText()).isEqualTo("billing,api");
        assertThat(ok.path("creation-limit").asText()).isEqualTo("4");
        assertThat(realm.admin().realm(realm.name()).path("attributes").path("orgkit.creation-limit").asText()).isEqualTo("4");
    }

    @Test
    void realmAdminsDefineCustomPermissionsAndRoles() {
        realm.admin().put(realm.adminPath("/orgkit/permissions/org:reports:read"), Map.of("description", "Read reports")).expect(201);
        JsonNode role = realm.admin().put(realm.adminPath("/orgkit/roles/org:analyst"), Map.of("description", "Analyst",
                "permissions", List.of("org:reports:read", "org:sys_memberships:read"))).expect(201).json();

        assertThat(role.path("key").asText()).isEqualTo("org:analyst");
        assertThat(TokenClaimsIT.keys(role.path("permissions"))).containsExactly("org:reports:read", "org:sys_memberships:read");
        JsonNode catalog = realm.http().get(realm.api("/roles")).bearer(realm.login("carol").accessToken()).send().expect(200).json();
        assertThat(TokenClaimsIT.keys(catalog)).contains("org:analyst");

        String analyst = realm.createUserAndReturnName();
        realm.addMember("globex", analyst, "org:analyst");
        JsonNode access = realm.login(analyst).access();
        assertThat(access.path("org_role").asText()).isEqualTo("org:analyst");
        assertThat(TokenClaimsIT.strings(access.path("org_permissions"))).as("system permissions stay out of tokens")
                .containsExactly("org:reports:read");
    }

    @Test
    void theCatalogRefusesWhatWouldBreakIt() {
        assertError(realm.admin().put(realm.adminPath("/orgkit/roles/org:x"), Map.of("permissions", List.of("org:nope:read"))),
                400, "unknown_permission");
        assertError(realm.admin().put(realm.adminPath("/orgkit/roles/admin"), Map.of()), 400, "invalid_name");
        assertError(realm.admin().put(realm.adminPath("/orgkit/roles/org:sys_boss"), Map.of()), 400, "invalid_name");
        assertError(realm.admin().put(realm.adminPath("/orgkit/permissions/org:sys_profile:hack"), Map.of()), 400, "invalid_name");
        assertError(realm.admin().put(realm.adminPath("/orgkit/permissions/org:sys_profile:manage"), Map.of("description", "x")),
                409, "system_permission");
        assertError(realm.admin().put(realm.adminPath("/orgkit/roles/org:admin"), Map.of("permissions", List.of("org:invoices:read"))),
                400, "invalid_permissions");
        assertError(realm.admin().delete(realm.adminPath("/orgkit/roles/org:admin")), 409, "system_role");
        assertError(realm.admin().delete(realm.adminPath("/orgkit/roles/org:member")), 409, "system_role");
        assertError(realm.admin().delete(realm.adminPath("/orgkit/permissions/org:sys_audit:read")), 409, "system_permission");
        assertThat(realm.admin().delete(realm.adminPath("/orgkit/roles/org:ghost")).status()).isEqualTo(404);
    }

    @Test
    void membersOfADeletedRoleFallBackToTheDefaultRole() {
        realm.admin().put(realm.adminPath("/orgkit/roles/org:temp"), Map.of("permissions", List.of("org:invoices:read"))).expect(201);
        String temp = realm.createUserAndReturnName();
        realm.addMember("acme", temp, "org:temp");
        assertThat(member("acme", temp).path("role").asText()).isEqualTo("org:temp");

        realm.admin().delete(realm.adminPath("/orgkit/roles/org:temp")).expect(204);

        assertThat(member("acme", temp).path("role").asText()).isEqualTo("org:member");
        assertThat(realm.login(temp).access().path("org_role").asText()).isEqualTo("org:member");
    }

    @Test
    void aHandBrokenMemberWithTwoRoleGroupsGetsTheSmallerRoleUntilOrgkitRepairsIt() {
        String user = realm.createUserAndReturnName();
        String userId = realm.admin().userId(realm.name(), user);
        realm.addMember("acme", user, "org:admin");
        String orgId = realm.admin().organizationByAlias(realm.name(), "acme").path("id").asText();
        // a realm admin, by hand in the native organization API, also puts the member into a billing group
        realm.admin().post(realm.adminPath("/organizations/" + orgId + "/groups"), Map.of("name", "billing-team")).expect(201);
        String groupId = nativeGroup(orgId, "billing-team").path("id").asText();
        String catalogId = realm.admin().get(realm.adminPath("/clients?clientId=orgkit-roles")).expect(200).json().get(0).path("id").asText();
        JsonNode billingRole = realm.admin().get(realm.adminPath("/clients/" + catalogId + "/roles/org:billing")).expect(200).json();
        realm.admin().post(realm.adminPath("/organizations/" + orgId + "/groups/" + groupId + "/role-mappings/clients/" + catalogId),
                List.of(billingRole)).expect(204);
        realm.admin().put(realm.adminPath("/organizations/" + orgId + "/groups/" + groupId + "/members/" + userId), Map.of()).expect(204);

        assertThat(member("acme", user).path("role").asText()).isEqualTo("org:billing");

        realm.admin().patch(realm.adminPath("/orgkit/organizations/acme/members/" + userId), Map.of("role", "org:admin")).expect(200);

        assertThat(member("acme", user).path("role").asText()).isEqualTo("org:admin");
        JsonNode groups = realm.admin().get(realm.adminPath("/organizations/" + orgId + "/members/" + userId + "/groups")).expect(200).json();
        assertThat(groups.findValuesAsText("name")).containsExactly("org:admin");
    }

    @Test
    void realmAdminsCreateOrganizationsWithOrWithoutAnOwnerAndChangesBecomeAdminEvents() {
        realm.admin().put(realm.adminPath(""), Map.of("adminEventsEnabled", true, "adminEventsDetailsEnabled", true)).expect(204);
        String owner = realm.createUserAndReturnName();
        String withOwner = TestRealm.unique("owned");
        String without = TestRealm.unique("ownerless");

        realm.createOrganization("Owned " + withOwner, withOwner, owner);
        realm.createOrganization("Ownerless " + without, without, null);

        assertThat(realm.admin().get(realm.adminPath("/orgkit/organizations/" + withOwner + "/members")).expect(200).json())
                .singleElement().satisfies(m -> assertThat(m.path("role").asText()).isEqualTo("org:admin"));
        assertThat(realm.admin().get(realm.adminPath("/orgkit/organizations/" + without + "/members")).expect(200).json()).isEmpty();
        assertThat(realm.admin().post(realm.adminPath("/orgkit/organizations"), Map.of("name", "X", "owner", "nobody-here")).status())
                .isEqualTo(400);

        JsonNode events = realm.admin().get(realm.adminPath("/admin-events?max=200")).expect(200).json();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.path("resourceType").asText()).isEqualTo("ORGANIZATION_MEMBERSHIP");
            assertThat(e.path("operationType").asText()).isEqualTo("CREATE");
            assertThat(e.path("details").path("orgkit.action").asText()).isEqualTo("member.added");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.path("resourceType").asText()).isEqualTo("ORGANIZATION");
            assertThat(e.path("details").path("orgkit.action").asText()).isEqualTo("organization.created");
        });
    }

    @Test
    void theOrgkitProvidersAreDeployed() {
        JsonNode info = realm.admin().get("/admin/serverinfo").expect(200).json();
        JsonNode providers = info.path("providers");

        assertThat(providers.path("realm-restapi-extension").path("providers").has("orgkit")).isTrue();
        assertThat(providers.path("admin-realm-restapi-extension").path("providers").has("orgkit")).isTrue();
        assertThat(providers.path("protocol-mapper").path("providers").has("orgkit-organization")).isTrue();
    }

    private JsonNode nativeGroup(String orgId, String name) {
        for (JsonNode g : realm.admin().get(realm.adminPath("/organizations/" + orgId + "/groups?search=" + name)).expect(200).json()) {
            if (name.equals(g.path("name").asText())) {
                return g;
            }
        }
        throw new AssertionError("no group " + name);
    }

    private JsonNode member(String slug, String username) {
        String id = realm.admin().userId(realm.name(), username);
        return realm.admin().get(realm.adminPath("/orgkit/organizations/" + slug + "/members/" + id)).expect(200).json();
    }

    private static void assertError(Http.Response response, int status, String error) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().path("error").asText()).as(response.toString()).isEqualTo(error);
    }
}
