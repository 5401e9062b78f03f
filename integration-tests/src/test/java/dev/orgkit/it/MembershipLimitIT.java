package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.Eventually;
import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.Race;
import dev.orgkit.it.support.RealmUsers;
import dev.orgkit.it.support.TestEnvironment;
import dev.orgkit.it.support.TestRealm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clerk's {@code max_allowed_memberships}: an organization's own limit, else the realm's
 * {@code max-allowed-memberships} (here 3); 0 means none. Every way in stops at it with 409
 * {@code membership_limit_reached} (admin adds, invitations with their pending ones counted, accepts,
 * membership request approvals, automatic invitations), only realm admins and superadmins set it,
 * and parallel joins into the last free seat make exactly one member.
 */
class MembershipLimitIT {

    private static final int REALM_DEFAULT = 3;
    private static final String FIELD = "max_allowed_memberships";

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(json -> {
        ObjectNode attributes = (ObjectNode) json.get("attributes");
        attributes.put("orgkit.max-allowed-memberships", Integer.toString(REALM_DEFAULT));
        attributes.put("orgkit.invitation-ip-limit", "0");
        attributes.put("orgkit.invitation-org-daily-limit", "0");
        RealmUsers.add(json, "sam", List.of("orgkit-superadmin"), Map.of());
    });

    @Test
    void aNewOrganizationHasTheRealmDefaultAndTakesNoMoreMembers() {
        Org org = Org.create();

        assertThat(adminGet(org).path(FIELD).asInt()).isEqualTo(REALM_DEFAULT);
        assertThat(realm.http().get(realm.api("/organizations/" + org.slug)).bearer(org.ownerToken).send().expect(200).json()
                .path(FIELD).asInt()).isEqualTo(REALM_DEFAULT);
        add(org, newUser()).expect(201);
        add(org, newUser()).expect(201);

        assertLimitReached(add(org, newUser()), REALM_DEFAULT);
        assertThat(membersCount(org)).isEqualTo(REALM_DEFAULT);
    }

    @Test
    void realmAdminsGiveAnOrganizationItsOwnLimitAndTakeItBack() {
        Org org = Org.create();

        assertThat(setLimit(org, 2).expect(200).json().path(FIELD).asInt()).isEqualTo(2);
        add(org, newUser()).expect(201);
        assertLimitReached(add(org, newUser()), 2);

        assertThat(setLimit(org, 0).expect(200).json().path(FIELD).asInt()).as("0: no limit").isZero();
        add(org, newUser()).expect(201);
        add(org, newUser()).expect(201);
        assertThat(membersCount(org)).isEqualTo(4);

        // back to the realm's default: the organization keeps its 4 members but takes no new one
        assertThat(setLimit(org, null).expect(200).json().path(FIELD).asInt()).isEqualTo(REALM_DEFAULT);
        assertLimitReached(add(org, newUser()), REALM_DEFAULT);
        assertThat(membersCount(org)).isEqualTo(4);
        assertThat(auditEntries(org, "organization.updated")).extracting(e -> e.path("details").path(FIELD).asText())
                .containsExactlyInAnyOrder("2", "0", "default");
    }

    @Test
    void aLimitIsAWholeNumberFromZeroToAMillionOrNull() {
        Org org = Org.create();
        setLimit(org, 1_000_000).expect(200);

        for (String value : List.of("-1", "1000001", "2.5", "\"5\"", "true", "{}")) {
            Http.Response refused = realm.admin().http().patch(adminPath(org)).bearer(realm.admin().token())
                    .json("{\"" + FIELD + "\": " + value + "}").send();
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().path("error").asText()).isEqualTo("invalid_request");
            assertThat(refused.json().path("error_description").asText()).as(value).contains(FIELD);
        }
        assertThat(adminGet(org).path(FIELD).asInt()).isEqualTo(1_000_000);
    }

    @Test
    void onlyRealmAdminsAndSuperadminsSetALimit() {
        Org org = Org.create();
        String member = newUser();
        add(org, member).expect(201);
        String memberToken = realm.login(member).accessToken();

        for (Object value : java.util.Arrays.asList(10, null)) {
            assertForbidden(realm.http().patch(realm.api("/organizations/" + org.slug)).bearer(org.ownerToken)
                    .json(limitBody(value)).send());
        }
        // a member without org:sys_profile:manage is refused before the field is looked at
        assertThat(realm.http().patch(realm.api("/organizations/" + org.slug)).bearer(memberToken).json(limitBody(10)).send()
                .status()).isEqualTo(403);
        assertThat(adminGet(org).path(FIELD).asInt()).isEqualTo(REALM_DEFAULT);

        JsonNode bySuperadmin = realm.http().patch(realm.api("/organizations/" + org.slug)).bearer(realm.login("sam").accessToken())
                .json(limitBody(5)).send().expect(200).json();
        assertThat(bySuperadmin.path(FIELD).asInt()).isEqualTo(5);

        // whoever creates an organization through the self-service API cannot give it a limit either
        String creator = realm.createUserAndReturnName();
        Map<String, Object> create = new LinkedHashMap<>(limitBody(50));
        create.put("name", TestRealm.unique("Own limit"));
        assertForbidden(realm.http().post(realm.api("/organizations")).bearer(realm.login(creator).accessToken()).json(create).send());
        // a realm admin can, at creation
        create.put("owner", creator);
        JsonNode created = realm.admin().post(realm.adminPath("/orgkit/organizations"), create).expect(201).json();
        assertThat(created.path(FIELD).asInt()).isEqualTo(50);
    }

    @Test
    void pendingInvitationsTakeSeatsAndAnAcceptNeedsOne() {
        Org org = Org.create();
        String ann = newUser();
        String ben = newUser();
        String cid = newUser();
        String annInvitation = invite(org, ann).expect(201).json().path("id").asText();
        String benInvitation = invite(org, ben).expect(201).json().path("id").asText();

        // the owner and two pending invitations fill the realm default of 3
        assertLimitReached(invite(org, cid), REALM_DEFAULT);
        realm.http().delete(realm.api("/organizations/" + org.slug + "/invitations/" + annInvitation)).bearer(org.ownerToken)
                .send().expect(200);
        // a bulk request that does not fit is refused whole
        assertLimitReached(realm.http().post(invitations(org)).bearer(org.ownerToken)
                .json(List.of(invitationBody(ann), invitationBody(cid))).send(), REALM_DEFAULT);
        annInvitation = invite(org, ann).expect(201).json().path("id").asText();

        // a limit lowered below what was promised: each accept still needs a free seat
        setLimit(org, 1).expect(200);
        String benToken = realm.login(ben).accessToken();
        assertLimitReached(accept(benToken, benInvitation), 1);
        assertThat(realm.http().get(realm.api("/me/invitations")).bearer(benToken).send().expect(200).json().toString())
                .as("still pending").contains(benInvitation);
        setLimit(org, 2).expect(200);
        accept(benToken, benInvitation).expect(200);
        assertLimitReached(accept(realm.login(ann).accessToken(), annInvitation), 2);
        assertThat(membersCount(org)).isEqualTo(2);
    }

    @Test
    void anApprovalNeedsASeat() {
        Org org = Org.create();
        setLimit(org, 2).expect(200);
        String domain = verifiedDomain(org, "automatic_suggestion");
        String first = request(org, domainUser(domain));
        String second = request(org, domainUser(domain));

        approve(org, first).expect(200);
        assertLimitReached(approve(org, second), 2);
        JsonNode pending = realm.http().get(realm.api("/organizations/" + org.slug + "/membership-requests?status=pending"))
                .bearer(org.ownerToken).send().expect(200).json();
        assertThat(pending.toString()).as("still pending").contains(second);

        setLimit(org, 3).expect(200);
        approve(org, second).expect(200);
        assertThat(membersCount(org)).isEqualTo(3);
    }

    @Test
    void automaticInvitationsSkipAFullOrganizationUntilItHasRoom() {
        Org full = Org.create();
        setLimit(full, 1).expect(200);
        String domain = verifiedDomain(full, "automatic_invitation");
        String dora = domainUser(domain);
        Org open = Org.create();
        String witnessDomain = verifiedDomain(open, "automatic_invitation");

        String doraToken = realm.login(dora).accessToken();
        // a later sign-in's invitation shows that the enrollment work of dora's sign-in has run
        String witness = realm.login(domainUser(witnessDomain)).accessToken();
        Eventually.until("the witness's automatic invitation", Duration.ofSeconds(10), () -> myInvitations(witness).size() == 1);
        assertThat(myInvitations(doraToken)).isEmpty();

        setLimit(full, 2).expect(200);
        realm.login(dora);
        JsonNode invitation = Eventually.get("dora's automatic invitation", Duration.ofSeconds(10), () -> {
            JsonNode mine = myInvitations(doraToken);
            return mine.size() == 1 ? mine.get(0) : null;
        });
        assertThat(invitation.path("organization_slug").asText()).isEqualTo(full.slug);
    }

    @Test
    void aChangedRealmDefaultAppliesToOrganizationsWithoutALimitOfTheirOwn() {
        Org byDefault = Org.create();
        Org own = Org.create();
        setLimit(own, 5).expect(200);
        try {
            realm.policy("max-allowed-memberships", "1");

            assertThat(adminGet(byDefault).path(FIELD).asInt()).isEqualTo(1);
            assertLimitReached(add(byDefault, newUser()), 1);
            add(own, newUser()).expect(201);
        } finally {
            realm.policy("max-allowed-memberships", Integer.toString(REALM_DEFAULT));
        }
        add(byDefault, newUser()).expect(201);
    }

    @Test
    void twentyParallelAddsForTheLastSeatAddOneMember() throws Exception {
        Org org = Org.create();
        setLimit(org, 2).expect(200);
        List<Callable<Http.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String user = newUser();
            calls.add(() -> add(org, user));
        }

        List<Http.Response> answers = Race.run(calls);

        assertOneJoinedAndTheOthersWereTurnedAway(org, answers, 2);
    }

    @Test
    void parallelAcceptsApprovalsAndAddsForTheLastSeatAddOneMember() throws Exception {
        Org org = Org.create();
        setLimit(org, 30).expect(200);
        String domain = verifiedDomain(org, "automatic_suggestion");
        List<Callable<Http.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String invitee = newUser();
            String id = invite(org, invitee).expect(201).json().path("id").asText();
            String token = realm.login(invitee).accessToken();
            calls.add(() -> accept(token, id));
        }
        for (int i = 0; i < 6; i++) {
            String request = request(org, domainUser(domain));
            calls.add(() -> approve(org, request));
        }
        for (int i = 0; i < 6; i++) {
            String user = newUser();
            calls.add(() -> add(org, user));
        }
        setLimit(org, 2).expect(200);
        Collections.shuffle(calls);

        List<Http.Response> answers = Race.run(calls);

        assertOneJoinedAndTheOthersWereTurnedAway(org, answers, 2);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static void assertOneJoinedAndTheOthersWereTurnedAway(Org org, List<Http.Response> answers, int limit) {
        List<Integer> statuses = answers.stream().map(Http.Response::status).toList();
        assertThat(statuses).as(statuses.toString()).filteredOn(s -> s == 200 || s == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 200 && a.status() != 201)
                .hasSize(answers.size() - 1)
                .allSatisfy(a -> assertLimitReached(a, limit));
        assertThat(membersCount(org)).isEqualTo(limit);
        assertThat(auditEntries(org, "member.added")).as("the owner and the one who got the seat").hasSize(2);
    }

    private static void assertLimitReached(Http.Response response, int limit) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.json().path("error").asText()).as(response.toString()).isEqualTo("membership_limit_reached");
        assertThat(response.json().path("error_description").asText()).isNotBlank();
        assertThat(response.json().path(FIELD).asInt()).as(response.toString()).isEqualTo(limit);
    }

    private static void assertForbidden(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json().path("error_description").asText()).contains(FIELD);
    }

    private static String newUser() {
        return realm.createUserAndReturnName();
    }

    private static String adminPath(Org org) {
        return realm.adminPath("/orgkit/organizations/" + org.slug);
    }

    private static JsonNode adminGet(Org org) {
        return realm.admin().get(adminPath(org)).expect(200).json();
    }

    private static int membersCount(Org org) {
        return adminGet(org).path("members_count").asInt();
    }

    private static Map<String, Object> limitBody(Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(FIELD, value);
        return body;
    }

    private static Http.Response setLimit(Org org, Integer limit) {
        return realm.admin().patch(adminPath(org), limitBody(limit));
    }

    private static Http.Response add(Org org, String username) {
        return realm.admin().post(adminPath(org) + "/members", Map.of("user", username, "role", "org:member"));
    }

    private static String invitations(Org org) {
        return realm.api("/organizations/" + org.slug + "/invitations");
    }

    private static Map<String, Object> invitationBody(String username) {
        return Map.of("email", username + "@example.com", "role", "org:member");
    }

    private static Http.Response invite(Org org, String username) {
        return realm.http().post(invitations(org)).bearer(org.ownerToken).json(invitationBody(username)).send();
    }

    private static Http.Response accept(String bearer, String invitation) {
        return realm.http().post(realm.api("/me/invitations/" + invitation + "/accept")).bearer(bearer).send();
    }

    private static JsonNode myInvitations(String bearer) {
        return realm.http().get(realm.api("/me/invitations")).bearer(bearer).send().expect(200).json();
    }

    /** A domain of the organization with the enrollment mode, verified through the test DNS server. */
    private static String verifiedDomain(Org org, String mode) {
        String domain = TestRealm.unique("seats") + ".example";
        String domains = realm.api("/organizations/" + org.slug + "/domains");
        JsonNode added = realm.http().post(domains).bearer(org.ownerToken).json(Map.of("name", domain, "enrollment_mode", mode))
                .send().expect(201).json();
        TestEnvironment.dns().txt(added.path("verification").path("name").asText(), added.path("verification").path("value").asText());
        realm.http().post(domains + "/" + domain + "/verify").bearer(org.ownerToken).send().expect(200);
        return domain;
    }

    /** A user (password = username) whose verified email is at {@code domain}. */
    private static String domainUser(String domain) {
        String username = TestRealm.unique("seat");
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

    /** A membership request of {@code username} (at a suggesting domain of the organization); its id. */
    private static String request(Org org, String username) {
        return realm.http().post(realm.api("/me/membership-requests")).bearer(realm.login(username).accessToken())
                .json(Map.of("organization", org.slug)).send().expect(201).json().path("id").asText();
    }

    private static Http.Response approve(Org org, String request) {
        return realm.http().post(realm.api("/organizations/" + org.slug + "/membership-requests/" + request + "/approve"))
                .bearer(org.ownerToken).send();
    }

    private static List<JsonNode> auditEntries(Org org, String action) {
        JsonNode entries = realm.admin().get(realm.adminPath("/orgkit/audit-log?organization=" + org.id + "&action=" + action
                + "&max=100")).expect(200).json();
        List<JsonNode> all = new ArrayList<>();
        entries.forEach(all::add);
        return all;
    }

    private record Org(String id, String slug, String ownerToken) {
        static Org create() {
            String owner = realm.createUserAndReturnName();
            String slug = TestRealm.unique("seats");
            String id = realm.createOrganization(slug, slug, owner).path("id").asText();
            return new Org(id, slug, realm.login(owner).accessToken());
        }
    }
}
