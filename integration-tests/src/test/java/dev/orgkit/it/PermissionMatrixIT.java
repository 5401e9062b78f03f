package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.Images;
import dev.orgkit.it.support.TestRealm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of the self-service and admin APIs against every kind of caller. Each case gets
 * a fresh organization (owner = admin, one member, one target member), so destructive calls do not
 * disturb each other.
 */
class PermissionMatrixIT {

    enum Who { NO_TOKEN, OUTSIDER, MEMBER, ADMIN, SUPERADMIN, REALM_ADMIN }

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(r -> ((ObjectNode) r.path("attributes"))
            .put("orgkit.creation-enabled", "false"));

    private static Fresh shared;
    private static String outsider;
    private static String superadmin;
    private static String realmAdmin;

    /** method path body | no token, outsider, member, admin, superadmin, realm admin. */
    private static final String[] MATRIX = {
        "GET /me/organizations                     | 401 200 200 200 200 200",
        "GET /me/active-organization               | 401 200 200 200 200 200",
        "PUT /me/active-organization {active}      | 401 404 200 200 404 404",
        "GET /roles                                | 401 200 200 200 200 200",
        "POST /organizations {create}              | 401 403 403 403 201 201",
        "GET /organizations                        | 401 403 403 403 200 403",
        "GET /organizations/{org}                  | 401 404 200 200 200 404",
        "PATCH /organizations/{org} {rename}       | 401 404 403 200 200 404",
        "DELETE /organizations/{org}               | 401 404 403 204 204 404",
        "GET /organizations/{org}/members          | 401 404 200 200 200 404",
        "GET /organizations/{org}/members/{target} | 401 404 200 200 200 404",
        "POST /organizations/{org}/members {add}   | 401 404 403 403 201 404",
        "PATCH /organizations/{org}/members/{target} {role} | 401 404 403 200 200 404",
        "DELETE /organizations/{org}/members/{target} | 401 404 403 204 204 404",
        "PUT /organizations/{org}/logo {png}       | 401 404 403 200 200 404",
        "DELETE /organizations/{org}/logo          | 401 404 403 200 200 404",
        "GET /organizations/{orgId}/logo           | 200 200 200 200 200 200",
        "GET /organizations/{org}/logo             | 404 404 404 404 404 404",
        "GET /admin/policy                         | 401 403 403 403 403 200",
        "GET /admin/settings                       | 401 403 403 403 403 200",
        "PUT /admin/policy {policy}                | 401 403 403 403 403 200",
        "GET /admin/roles                          | 401 403 403 403 403 200",
        "PUT /admin/roles/org:auditor {newrole}    | 401 403 403 403 403 201",
        "GET /admin/permissions                    | 401 403 403 403 403 200",
        "GET /admin/organizations                  | 401 403 403 403 403 200",
        "POST /admin/organizations {create}        | 401 403 403 403 403 201",
        "GET /admin/organizations/{org}            | 401 403 403 403 403 200",
        "PATCH /admin/organizations/{org} {rename} | 401 403 403 403 403 200",
        "GET /admin/organizations/{org}/members    | 401 403 403 403 403 200",
        "PATCH /admin/organizations/{org}/members/{target} {role} | 401 403 403 403 403 200",
        "DELETE /admin/organizations/{org}/members/{target} | 401 403 403 403 403 204",
        "GET /admin/organizations/{org}/logo       | 401 403 403 403 403 200",
        "PUT /admin/organizations/{org}/logo {png} | 401 403 403 403 403 200",
        "DELETE /admin/organizations/{org}/logo    | 401 403 403 403 403 200",
        "DELETE /admin/organizations/{org}         | 401 403 403 403 403 204",
    };

    @BeforeAll
    static void callers() {
        outsider = user();
        superadmin = user();
        realm.grantRealmRole(realm.admin().userId(realm.name(), superadmin), "orgkit-superadmin");
        realmAdmin = user();
        String realmAdminId = realm.admin().userId(realm.name(), realmAdmin);
        realm.grantRealmManagementRole(realmAdminId, "manage-organizations");
        realm.grantRealmManagementRole(realmAdminId, "view-organizations");
        realm.grantRealmManagementRole(realmAdminId, "manage-realm");
        shared = Fresh.create();
        // the logo is public: anyone may read it, by the organization's id (a slug answers 404 to everyone)
        realm.http().put(realm.adminPath("/orgkit/organizations/" + shared.slug + "/logo")).bearer(realm.admin().token())
                .bytes("image/png", Images.png(1)).send().expect(200);
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String row : MATRIX) {
            String[] parts = row.split("\\|");
            String request = parts[0].trim();
            String[] statuses = parts[1].trim().split("\\s+");
            for (Who who : Who.values()) {
                cases.add(Arguments.of(request, who, Integer.parseInt(statuses[who.ordinal()])));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cases")
    void everyEndpointAnswersEveryCallerAsSpecified(String request, Who who, int expected) {
        String[] words = request.split("\\s+");
        String method = words[0];
        // reads and switches change nothing: they share one organization (with a logo); changes get a fresh one
        Fresh org = method.equals("GET") || request.contains("active-organization") ? shared : Fresh.create();
        String path = words[1].replace("{orgId}", org.id).replace("{org}", org.slug).replace("{target}", org.targetId);
        path = path.startsWith("/admin/") ? "/admin/realms/" + realm.name() + "/orgkit" + path.substring("/admin".length())
                : realm.api(path);
        Object body = words.length > 2 ? body(words[2], org) : null;

        Http.Request call = switch (method) {
            case "GET" -> realm.http().get(path);
            case "POST" -> realm.http().post(path);
            case "PUT" -> realm.http().put(path);
            case "PATCH" -> realm.http().patch(path);
            case "DELETE" -> realm.http().delete(path);
            default -> throw new IllegalArgumentException(method);
        };
        if (body instanceof byte[] image) {
            call.bytes("image/png", image);
        } else if (body != null) {
            call.json(body);
        }
        Http.Response response = call.bearer(token(who, org)).send();

        assertThat(response.status()).as(request + " as " + who + ": " + response.body()).isEqualTo(expected);
        if (expected >= 400 && response.status() != 401 || expected == 401 && !path.contains("/admin/")) {
            JsonNode error = response.json();
            assertThat(error.path("error").isTextual()).as("a JSON error body: " + response.body()).isTrue();
        }
    }

    @Test
    void anOutsiderCannotTellAnExistingMemberOrOrganizationFromAMissingOne() {
        Fresh org = Fresh.create();
        String token = realm.login(outsider).accessToken();

        Http.Response existingMember = realm.http().get(realm.api("/organizations/" + org.slug + "/members/" + org.targetId))
                .bearer(token).send();
        Http.Response missingMember = realm.http().get(realm.api("/organizations/" + org.slug + "/members/nobody"))
                .bearer(token).send();
        Http.Response missingOrg = realm.http().get(realm.api("/organizations/no-such-org/members/" + org.targetId))
                .bearer(token).send();
        Http.Response existingOrg = realm.http().get(realm.api("/organizations/" + org.slug)).bearer(token).send();

        assertThat(List.of(existingMember, missingMember, missingOrg, existingOrg))
                .allSatisfy(r -> {
                    assertThat(r.status()).isEqualTo(404);
                    assertThat(r.body()).isEqualTo(missingOrg.body());
                });
    }

    private static Object body(String name, Fresh org) {
        return switch (name) {
            case "{active}" -> Map.of("organization", org.slug);
            case "{create}" -> Map.of("name", TestRealm.unique("Created"));
            case "{rename}" -> Map.of("name", TestRealm.unique("Renamed"));
            case "{add}" -> Map.of("user", user(), "role", "org:member");
            case "{role}" -> Map.of("role", "org:billing");
            case "{policy}" -> Map.of("creation-limit", "2");
            case "{newrole}" -> Map.of("permissions", List.of("org:sys_memberships:read"));
            case "{png}" -> Images.png(2);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String token(Who who, Fresh org) {
        return switch (who) {
            case NO_TOKEN -> null;
            case OUTSIDER -> realm.login(outsider).accessToken();
            case MEMBER -> realm.login(org.member).accessToken();
            case ADMIN -> realm.login(org.admin).accessToken();
            case SUPERADMIN -> realm.login(superadmin).accessToken();
            case REALM_ADMIN -> realm.login(realmAdmin).accessToken();
        };
    }

    private static String user() {
        String name = TestRealm.unique("pm");
        realm.createUser(name);
        return name;
    }

    private record Fresh(String id, String slug, String admin, String member, String targetId) {
        static Fresh create() {
            String admin = user();
            String member = user();
            String target = user();
            String slug = TestRealm.unique("matrix");
            String id = realm.createOrganization(slug, slug, admin).path("id").asText();
            realm.addMember(slug, member, "org:member");
            realm.addMember(slug, target, "org:member");
            return new Fresh(id, slug, admin, member, realm.admin().userId(realm.name(), target));
        }
    }
}
