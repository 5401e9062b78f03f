package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.RealmUsers;
import dev.orgkit.it.support.TestEnvironment;
import dev.orgkit.it.support.TestRealm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The per-organization resources of the admin API ({@code /admin/realms/{realm}/orgkit/organizations/{org}/...}),
 * as an admin console uses them with the token of a realm admin of the realm itself: invitations,
 * domains, membership requests, the audit log, MFA, the membership limit and members. An admin with
 * {@code manage-organizations} does all of it; one with only {@code view-organizations} reads all
 * of it and is refused every change with a 403 JSON error; an admin of another realm gets nothing.
 */
class AdminOrganizationResourcesIT {

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(json -> {
        RealmUsers.add(json, "orgadmin", List.of(), Map.of("realm-management", List.of("manage-organizations", "view-organizations")));
        RealmUsers.add(json, "orgviewer", List.of(), Map.of("realm-management", List.of("view-organizations")));
    });

    /** A second realm whose realm-admin must not reach the first realm's organizations. */
    @RegisterExtension
    static final TestRealm other = TestRealm.fixture("orgkit-minimal.json").customize(json ->
            RealmUsers.add(json, "otheradmin", List.of(), Map.of("realm-management", List.of("realm-admin"))));

    /** Every per-organization call of the console; placeholders are filled from {@link #shared}. */
    private static final List<Call> READS = List.of(
            new Call("GET", "", null),
            new Call("GET", "/members?first=0&max=10", null),
            new Call("GET", "/members/{member}", null),
            new Call("GET", "/invitations?status=pending&first=0&max=10", null),
            new Call("GET", "/invitations/{invitation}", null),
            new Call("GET", "/domains", null),
            new Call("GET", "/domains/{domain}", null),
            new Call("GET", "/membership-requests?status=pending&first=0&max=10", null),
            new Call("GET", "/membership-requests/{request}", null),
            new Call("GET", "/audit-log?action=invitation.created&first=0&max=10", null),
            new Call("GET", "/audit-log/{entry}", null),
            new Call("GET", "/security", null),
            new Call("GET", "security/organizations/{org}", null));

    private static final List<Call> CHANGES = List.of(
            new Call("PATCH", "", Map.of("max_allowed_memberships", 5)),
            new Call("PATCH", "", Map.of("description", "changed by a viewer")),
            new Call("DELETE", "", null),
            new Call("POST", "/members", Map.of("user", "carol", "role", "org:member")),
            new Call("PATCH", "/members/{member}", Map.of("role", "org:admin")),
            new Call("DELETE", "/members/{member}", null),
            new Call("POST", "/invitations", Map.of("email", "viewer-invite@example.com", "role", "org:member")),
            new Call("POST", "/invitations", List.of(Map.of("email", "viewer-bulk@example.com", "role", "org:member"))),
            new Call("POST", "/invitations/{invitation}/resend", null),
            new Call("DELETE", "/invitations/{invitation}", null),
            new Call("POST", "/domains", Map.of("name", "viewer-claim.example")),
            new Call("PATCH", "/domains/{domain}", Map.of("enrollment_mode", "automatic_suggestion")),
            new Call("POST", "/domains/{domain}/verify", null),
            new Call("DELETE", "/domains/{domain}", null),
            new Call("POST", "/membership-requests/{request}/approve", null),
            new Call("POST", "/membership-requests/{request}/reject", null),
            new Call("PUT", "/security", Map.of("mfa_required", true)),
            new Call("PUT", "security/organizations/{org}", Map.of("mfa_required", true)));

    private static Fixture shared;

    @BeforeAll
    static void sharedOrganization() {
        shared = Fixture.create();
    }

    @Test
    void aRealmAdminInvitesOneOrManyListsByStatusAndPageResendsAndRevokes() {
        Org org = Org.create();
        String admin = token(realm, "orgadmin");

        JsonNode one = send(admin, "POST", org.path("/invitations"), invitee(TestRealm.unique("one"), "org:member")).expect(201).json();
        JsonNode many = send(admin, "POST", org.path("/invitations"), List.of(invitee(TestRealm.unique("two"), "org:member"),
                invitee(TestRealm.unique("three"), "org:admin"))).expect(201).json();

        assertThat(one.path("status").asText()).isEqualTo("pending");
        assertThat(one.path("url").asText()).contains("token=");
        assertThat(many).hasSize(2).allSatisfy(i -> assertThat(i.path("url").asText()).contains("token="));
        List<String> created = List.of(one.path("id").asText(), many.get(0).path("id").asText(), many.get(1).path("id").asText());
        JsonNode firstPage = send(admin, "GET", org.path("/invitations?status=pending&first=0&max=2"), null).expect(200).json();
        JsonNode secondPage = send(admin, "GET", org.path("/invitations?status=pending&first=2&max=2"), null).expect(200).json();
        assertThat(firstPage).hasSize(2);
        assertThat(secondPage).hasSize(1);
        List<String> paged = new ArrayList<>(ids(firstPage));
        paged.addAll(ids(secondPage));
        assertThat(paged).containsExactlyInAnyOrderElementsOf(created);

        JsonNode resent = send(admin, "POST", org.path("/invitations/" + created.get(0) + "/resend"), null).expect(200).json();
        assertThat(resent.path("url").asText()).contains("token=").isNotEqualTo(one.path("url").asText());
        JsonNode revoked = send(admin, "DELETE", org.path("/invitations/" + created.get(1)), null).expect(200).json();
        assertThat(revoked.path("status").asText()).isEqualTo("revoked");

        assertThat(ids(send(admin, "GET", org.path("/invitations?status=revoked"), null).expect(200).json())).containsExactly(created.get(1));
        assertThat(ids(send(admin, "GET", org.path("/invitations?status=pending"), null).expect(200).json()))
                .containsExactlyInAnyOrder(created.get(0), created.get(2));
        assertThat(send(admin, "GET", org.path("/invitations/" + created.get(2)), null).expect(200).json().path("role").asText())
                .isEqualTo("org:admin");
        assertError(send(admin, "GET", org.path("/invitations?status=nonsense"), null), 400, "invalid_request");
    }

    @Test
    void aRealmAdminAddsVerifiesChangesAndRemovesADomain() {
        Org org = Org.create();
        String admin = token(realm, "orgadmin");
        String domain = TestRealm.unique("console") + ".example";

        JsonNode added = send(admin, "POST", org.path("/domains"), Map.of("name", domain, "enrollment_mode", "manual_invitation"))
                .expect(201).json();
        assertThat(added.path("verification").path("status").asText()).isEqualTo("unverified");
        TestEnvironment.dns().txt(added.path("verification").path("name").asText(), added.path("verification").path("value").asText());
        JsonNode verified = send(admin, "POST", org.path("/domains/" + domain + "/verify"), null).expect(200).json();
        JsonNode changed = send(admin, "PATCH", org.path("/domains/" + domain), Map.of("enrollment_mode", "automatic_suggestion"))
                .expect(200).json();

        assertThat(verified.path("verification").path("status").asText()).isEqualTo("verified");
        assertThat(changed.path("enrollment_mode").asText()).isEqualTo("automatic_suggestion");
        assertThat(field(send(admin, "GET", org.path("/domains"), null).expect(200).json(), "name")).containsExactly(domain);
        send(admin, "DELETE", org.path("/domains/" + domain), null).expect(204);
        assertThat(send(admin, "GET", org.path("/domains/" + domain), null).status()).isEqualTo(404);
        assertThat(send(admin, "GET", org.path("/domains"), null).expect(200).json()).isEmpty();
    }

    @Test
    void aRealmAdminListsApprovesAndRejectsMembershipRequests() {
        Org org = Org.create();
        String admin = token(realm, "orgadmin");
        String domain = verifiedDomain(admin, org, "automatic_suggestion");
        String ann = domainUser(domain);
        String ben = domainUser(domain);
        String annRequest = membershipRequest(org, ann);
        String benRequest = membershipRequest(org, ben);

        assertThat(ids(send(admin, "GET", org.path("/membership-requests?status=pending&first=0&max=10"), null).expect(200).json()))
                .containsExactlyInAnyOrder(annRequest, benRequest);
        JsonNode approved = send(admin, "POST", org.path("/membership-requests/" + annRequest + "/approve"), null).expect(200).json();
        JsonNode rejected = send(admin, "POST", org.path("/membership-requests/" + benRequest + "/reject"), null).expect(200).json();

        assertThat(approved.path("status").asText()).isEqualTo("approved");
        assertThat(rejected.path("status").asText()).isEqualTo("rejected");
        assertThat(send(admin, "GET", org.path("/membership-requests?status=pending"), null).expect(200).json()).isEmpty();
        assertThat(send(admin, "GET", org.path("/members"), null).expect(200).json())
                .singleElement().satisfies(m -> assertThat(m.path("public_user_data").path("username").asText()).isEqualTo(ann));
        assertError(send(admin, "POST", org.path("/membership-requests/" + benRequest + "/approve"), null), 409, "request_not_pending");
    }

    @Test
    void aRealmAdminReadsTheOrganizationsAuditLogByActorActionAndTimeNewestFirstAndPaged() {
        Org org = Org.create();
        String admin = token(realm, "orgadmin");
        String adminId = realm.admin().userId(realm.name(), "orgadmin");
        for (int i = 1; i <= 3; i++) {
            send(admin, "PATCH", org.path(""), Map.of("description", "console " + i)).expect(200);
        }
        String byAdmin = "/audit-log?action=organization.updated&actor=" + adminId;

        JsonNode newest = send(admin, "GET", org.path(byAdmin + "&max=3"), null).expect(200).json();
        assertThat(newest).hasSize(3).allSatisfy(e -> {
            assertThat(e.path("actor").path("id").asText()).isEqualTo(adminId);
            assertThat(e.path("organization_id").asText()).isEqualTo(org.id);
        });
        assertThat(field(newest, "created_at")).extracting(Long::parseLong).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        long oldest = newest.get(2).path("created_at").asLong();
        long latest = newest.get(0).path("created_at").asLong();

        assertThat(ids(send(admin, "GET", org.path(byAdmin + "&first=1&max=1"), null).expect(200).json()))
                .containsExactly(newest.get(1).path("id").asText());
        // from is inclusive, to exclusive
        assertThat(send(admin, "GET", org.path(byAdmin + "&from=" + oldest + "&to=" + (latest + 1)), null).expect(200).json()).hasSize(3);
        assertThat(ids(send(admin, "GET", org.path(byAdmin + "&from=" + oldest + "&to=" + latest), null).expect(200).json()))
                .doesNotContain(newest.get(0).path("id").asText());
        assertThat(send(admin, "GET", org.path(byAdmin + "&from=" + (latest + 1)), null).expect(200).json()).isEmpty();
        assertThat(send(admin, "GET", org.path(byAdmin + "&to=" + (oldest - 1)), null).expect(200).json()).isEmpty();
        assertThat(send(admin, "GET", org.path("/audit-log?action=organization.updated&actor=" + realm.admin().userId(realm.name(), "alice")),
                null).expect(200).json()).isEmpty();
        assertThat(send(admin, "GET", org.path("/audit-log/" + newest.get(0).path("id").asText()), null).expect(200).json()
                .path("action").asText()).isEqualTo("organization.updated");
    }

    @Test
    void aRealmAdminReadsAndChangesTheMfaRequirementOnEitherPath() {
        Org org = Org.create();
        String admin = token(realm, "orgadmin");
        String security = realm.adminPath("/orgkit/security/organizations/" + org.id);

        assertThat(send(admin, "GET", org.path("/security"), null).expect(200).json().path("mfa_required").asBoolean()).isFalse();
        assertThat(send(admin, "PUT", org.path("/security"), Map.of("mfa_required", true)).expect(200).json()
                .path("mfa_required").asBoolean()).isTrue();
        assertThat(send(admin, "GET", security, null).expect(200).json().path("mfa_required").asBoolean()).isTrue();
        send(admin, "PUT", security, Map.of("mfa_required", false)).expect(200);
        assertThat(send(admin, "GET", org.path("/security"), null).expect(200).json().path("mfa_required").asBoolean()).isFalse();
        assertError(send(admin, "PUT", org.path("/security"), Map.of("mfa_required", "yes")), 400, "invalid_request");
    }

    @Test
    void aRealmAdminSetsTheMembershipLimitWithAPatchOfTheOrganization() {
        Org org = Org.create();
        String admin = token(realm, "orgadmin");
        int realmDefault = send(admin, "GET", org.path(""), null).expect(200).json().path("max_allowed_memberships").asInt();

        JsonNode limited = send(admin, "PATCH", org.path(""), Map.of("max_allowed_memberships", 1)).expect(200).json();
        send(admin, "POST", org.path("/members"), Map.of("user", realm.createUserAndReturnName())).expect(201);
        Http.Response full = send(admin, "POST", org.path("/members"), Map.of("user", realm.createUserAndReturnName()));
        Map<String, Object> unlimited = new HashMap<>();
        unlimited.put("max_allowed_memberships", null);
        JsonNode back = send(admin, "PATCH", org.path(""), unlimited).expect(200).json();

        assertThat(limited.path("max_allowed_memberships").asInt()).isEqualTo(1);
        assertError(full, 409, "membership_limit_reached");
        assertThat(back.path("max_allowed_memberships").asInt()).isEqualTo(realmDefault);
        assertError(send(admin, "PATCH", org.path(""), Map.of("max_allowed_memberships", -1)), 400, "invalid_request");
    }

    @Test
    void aRealmAdminListsMembersWithTheirRoleChangesARoleAndRemovesAMember() {
        Org org = Org.create();
        String admin = token(realm, "orgadmin");
        String username = realm.createUserAndReturnName();
        String userId = realm.admin().userId(realm.name(), username);

        send(admin, "POST", org.path("/members"), Map.of("user", username, "role", "org:member")).expect(201);
        JsonNode listed = send(admin, "GET", org.path("/members?search=" + username), null).expect(200).json();
        JsonNode changed = send(admin, "PATCH", org.path("/members/" + userId), Map.of("role", "org:admin")).expect(200).json();

        assertThat(listed).singleElement().satisfies(m -> {
            assertThat(m.path("public_user_data").path("user_id").asText()).isEqualTo(userId);
            assertThat(m.path("role").asText()).isEqualTo("org:member");
        });
        assertThat(changed.path("role").asText()).isEqualTo("org:admin");
        assertThat(send(admin, "GET", org.path("/members/" + userId), null).expect(200).json().path("role").asText()).isEqualTo("org:admin");
        send(admin, "DELETE", org.path("/members/" + userId), null).expect(204);
        assertThat(send(admin, "GET", org.path("/members/" + userId), null).status()).isEqualTo(404);
    }

    @Test
    void aViewOnlyAdminReadsEverythingAndIsRefusedEveryChangeWithA403JsonError() {
        String viewer = token(realm, "orgviewer");
        SoftAssertions softly = new SoftAssertions();

        for (Call call : READS) {
            Http.Response response = send(viewer, call.method, shared.path(realm, call), call.body);
            softly.assertThat(response.status()).as(call + " as viewer: " + response.body()).isEqualTo(200);
        }
        for (Call call : CHANGES) {
            Http.Response response = send(viewer, call.method, shared.path(realm, call), call.body);
            softly.assertThat(response.status()).as(call + " as viewer: " + response.body()).isEqualTo(403);
            softly.assertThat(response.header("Content-Type").orElse("")).as(call + " content type").startsWith("application/json");
            if (response.status() == 403) {
                softly.assertThat(response.json().path("error").asText()).as(call + ": " + response.body()).isEqualTo("forbidden");
                softly.assertThat(response.json().path("error_description").asText()).as(call + ": " + response.body())
                        .contains("manage-organizations");
            }
        }
        softly.assertAll();
        shared.assertUnchanged();
    }

    @Test
    void anAdminOfAnotherRealmGetsNeitherThisRealmsDataNorItsChanges() {
        String outsider = token(other, "otheradmin");
        SoftAssertions softly = new SoftAssertions();
        List<Call> all = new ArrayList<>(READS);
        all.addAll(CHANGES);

        for (Call call : all) {
            Http.Response here = send(outsider, call.method, shared.path(realm, call), call.body);
            softly.assertThat(here.status()).as(call + " in this realm: " + here.body()).isIn(403, 404);
            softly.assertThat(here.body()).as(call + " in this realm").doesNotContain(shared.org.id).doesNotContain(shared.invitation);
            // the organization's id under the other realm's own admin API: no such organization there
            Http.Response there = send(outsider, call.method, shared.path(other, call), call.body);
            softly.assertThat(there.status()).as(call + " in its own realm: " + there.body()).isEqualTo(404);
            softly.assertThat(there.body()).as(call + " in its own realm").doesNotContain(shared.invitation);
        }
        softly.assertAll();
        shared.assertUnchanged();
    }

    // ---- fixtures -------------------------------------------------------------------------------

    /** One call of the console; {@code suffix} is under the organization's path, or under orgkit when it has no leading slash. */
    private record Call(String method, String suffix, Object body) {
        @Override
        public String toString() {
            return method + " " + suffix;
        }
    }

    private record Org(String id, String slug) {

        static Org create() {
            String slug = TestRealm.unique("console");
            JsonNode org = realm.createOrganization("Console " + slug, slug, null);
            return new Org(org.path("id").asText(), slug);
        }

        String path(String suffix) {
            return realm.adminPath("/orgkit/organizations/" + slug + suffix);
        }
    }

    /**
     * An organization made by the full realm admin with one of everything: a member, a pending
     * invitation, an unverified domain, a pending membership request (at a verified domain) and audit entries.
     */
    private record Fixture(Org org, String member, String invitation, String domain, String request, String entry) {

        static Fixture create() {
            Org org = Org.create();
            String admin = token(realm, "orgadmin");
            String member = realm.createUserAndReturnName();
            String memberId = realm.admin().userId(realm.name(), member);
            send(admin, "POST", org.path("/members"), Map.of("user", member, "role", "org:member")).expect(201);
            String invitation = send(admin, "POST", org.path("/invitations"), invitee(TestRealm.unique("invitee"), "org:member"))
                    .expect(201).json().path("id").asText();
            String domain = TestRealm.unique("claim") + ".example";
            send(admin, "POST", org.path("/domains"), Map.of("name", domain)).expect(201);
            String request = membershipRequest(org, domainUser(verifiedDomain(admin, org, "automatic_suggestion")));
            String entry = send(admin, "GET", org.path("/audit-log?max=1"), null).expect(200).json().get(0).path("id").asText();
            return new Fixture(org, memberId, invitation, domain, request, entry);
        }

        String path(TestRealm in, Call call) {
            String suffix = call.suffix.replace("{org}", org.id).replace("{member}", member).replace("{invitation}", invitation)
                    .replace("{domain}", domain).replace("{request}", request).replace("{entry}", entry);
            // by id: the other realm has organizations with the demo realm's slugs
            return suffix.startsWith("/") || suffix.isEmpty()
                    ? in.adminPath("/orgkit/organizations/" + org.id + suffix)
                    : in.adminPath("/orgkit/" + suffix);
        }

        /** What the refused changes would have changed is as it was. */
        void assertUnchanged() {
            String admin = token(realm, "orgadmin");
            JsonNode current = send(admin, "GET", org.path(""), null).expect(200).json();
            assertThat(current.path("description").asText("")).isNotEqualTo("changed by a viewer");
            assertThat(send(admin, "GET", org.path("/members/" + member), null).expect(200).json().path("role").asText())
                    .isEqualTo("org:member");
            assertThat(send(admin, "GET", org.path("/invitations/" + invitation), null).expect(200).json().path("status").asText())
                    .isEqualTo("pending");
            assertThat(send(admin, "GET", org.path("/invitations"), null).expect(200).json()).hasSize(1);
            JsonNode claim = send(admin, "GET", org.path("/domains/" + domain), null).expect(200).json();
            assertThat(claim.path("enrollment_mode").asText()).isEqualTo("manual_invitation");
            assertThat(send(admin, "GET", org.path("/domains"), null).expect(200).json()).hasSize(2);
            assertThat(send(admin, "GET", org.path("/membership-requests/" + request), null).expect(200).json().path("status").asText())
                    .isEqualTo("pending");
            assertThat(send(admin, "GET", org.path("/security"), null).expect(200).json().path("mfa_required").asBoolean()).isFalse();
        }
    }

    /** A token of a user of {@code in} (password = username) from its admin-cli client, as Admin gets the master admin's. */
    private static String token(TestRealm in, String username) {
        return in.tokens().password(in.name(), "admin-cli", username, username).accessToken();
    }

    private static Http.Response send(String bearer, String method, String path, Object body) {
        Http.Request request = switch (method) {
            case "GET" -> realm.http().get(path);
            case "POST" -> realm.http().post(path);
            case "PUT" -> realm.http().put(path);
            case "PATCH" -> realm.http().patch(path);
            case "DELETE" -> realm.http().delete(path);
            default -> throw new IllegalArgumentException(method);
        };
        if (body != null) {
            request.json(body);
        }
        return request.bearer(bearer).send();
    }

    private static Map<String, Object> invitee(String local, String role) {
        return Map.of("email", local + "@example.com", "role", role);
    }

    /** A domain of the organization with the enrollment mode, verified through the test DNS server. */
    private static String verifiedDomain(String admin, Org org, String mode) {
        String domain = TestRealm.unique("members") + ".example";
        JsonNode added = send(admin, "POST", org.path("/domains"), Map.of("name", domain, "enrollment_mode", mode)).expect(201).json();
        TestEnvironment.dns().txt(added.path("verification").path("name").asText(), added.path("verification").path("value").asText());
        send(admin, "POST", org.path("/domains/" + domain + "/verify"), null).expect(200);
        return domain;
    }

    /** A user (password = username) whose verified email is at {@code domain}. */
    private static String domainUser(String domain) {
        String username = TestRealm.unique("joiner");
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@" + domain);
        user.put("emailVerified", true);
        user.put("firstName", username);
        user.put("lastName", "Test");
        user.put("credentials", List.of(Map.of("type", "password", "value", username, "temporary", false)));
        realm.admin().post(realm.adminPath("/users"), user).expect(201);
        return username;
    }

    /** The id of a membership request of {@code username} to the organization. */
    private static String membershipRequest(Org org, String username) {
        return realm.http().post(realm.api("/me/membership-requests")).bearer(realm.login(username).accessToken())
                .json(Map.of("organization", org.slug)).send().expect(201).json().path("id").asText();
    }

    private static List<String> ids(JsonNode list) {
        return field(list, "id");
    }

    /** A field of each element of a JSON array (not of nested objects). */
    private static List<String> field(JsonNode list, String name) {
        List<String> values = new ArrayList<>();
        list.forEach(item -> values.add(item.path(name).asText()));
        return values;
    }

    private static void assertError(Http.Response response, int status, String error) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().path("error").asText()).as(response.toString()).isEqualTo(error);
    }
}
