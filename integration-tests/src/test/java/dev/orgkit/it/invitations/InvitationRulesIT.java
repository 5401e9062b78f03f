package dev.orgkit.it.invitations;

import static dev.orgkit.it.invitations.InvitationFixtures.createUser;
import static dev.orgkit.it.invitations.InvitationFixtures.invitations;
import static dev.orgkit.it.invitations.InvitationFixtures.invited;
import static dev.orgkit.it.invitations.InvitationFixtures.token;
import static dev.orgkit.it.invitations.InvitationFixtures.tokenOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may do what with invitations, the invitee's own API, what the database and the event log
 * hold, races, and the retention purge.
 */
class InvitationRulesIT {

    @RegisterExtension
    static final TestRealm realm = InvitationFixtures.realm(null, InvitationFixtures.UNLIMITED);

    @Test
    void everyInvitationEndpointAnswersOutsiders404MembersWithoutThePermission403AndAdminsAndSuperadmins() {
        Map<String, Function<String, Http.Response>> endpoints = new java.util.LinkedHashMap<>();
        int[] counter = {0};
        endpoints.put("create", bearer -> realm.http().post(invitations(realm, "acme")).bearer(bearer)
                .json(Map.of("email", "matrix" + (counter[0]++) + "@example.com", "role", "org:member")).send());
        endpoints.put("list", bearer -> realm.http().get(invitations(realm, "acme")).bearer(bearer).send());
        endpoints.put("get", bearer -> realm.http().get(invitations(realm, "acme") + "/" + fresh()).bearer(bearer).send());
        endpoints.put("resend", bearer -> realm.http().post(invitations(realm, "acme") + "/" + fresh() + "/resend").bearer(bearer).send());
        endpoints.put("revoke", bearer -> realm.http().delete(invitations(realm, "acme") + "/" + fresh()).bearer(bearer).send());
        Map<String, Integer> expected = Map.of("carol", 404, "bob", 403);
        for (Map.Entry<String, Function<String, Http.Response>> endpoint : endpoints.entrySet()) {
            for (String user : List.of("carol", "bob", "alice", "sam")) {
                Http.Response response = endpoint.getValue().apply(token(realm, user));
                String what = endpoint.getKey() + " by " + user + ": " + response;
                if (expected.containsKey(user)) {
                    assertThat(response.status()).as(what).isEqualTo(expected.get(user));
                    assertThat(response.json().path("error").asText()).as(what).isNotEmpty();
                } else {
                    assertThat(response.status()).as(what).isBetween(200, 201);
                }
            }
        }
        assertThat(realm.http().get(invitations(realm, "acme")).send().status()).isEqualTo(401);
        assertThat(realm.http().get(invitations(realm, "no-such-org")).bearer(token(realm, "alice")).send().status()).isEqualTo(404);
    }

    @Test
    void theInviteeSeesAcceptsAndDeclinesTheirOwnInvitationsOnlyAndEachAcceptMakesThatOrganizationActive() {
        createUser(realm, "mia", true);
        createUser(realm, "noah", false);
        String alice = token(realm, "alice");
        String toAcme = invited(realm, alice, "acme", "mia@example.com", "org:billing").path("id").asText();
        String toGlobex = invited(realm, token(realm, "bob"), "globex", "MIA@example.com", "org:member").path("id").asText();
        String otherOrg = realm.http().post(realm.path("/orgkit/organizations")).bearer(alice)
                .json(Map.of("name", "Declined Co", "slug", "declined-co")).send().expect(201).json().path("id").asText();
        String toDecline = invited(realm, alice, otherOrg, "mia@example.com", "org:member").path("id").asText();
        String notMine = invited(realm, alice, "acme", "noah@example.com", "org:member").path("id").asText();
        String mia = token(realm, "mia");

        JsonNode mine = realm.http().get(realm.path("/orgkit/me/invitations")).bearer(mia).send().expect(200).json();
        assertThat(mine).hasSize(3);
        assertThat(mine.toString()).contains("\"organization_name\":\"Acme\"").doesNotContain("token=");
        realm.http().post(realm.path("/orgkit/me/invitations/" + notMine + "/accept")).bearer(mia).send().expect(404);

        realm.http().post(realm.path("/orgkit/me/invitations/" + toGlobex + "/accept")).bearer(mia).send().expect(200);
        assertThat(active(mia).path("slug").asText()).isEqualTo("globex");
        JsonNode accepted = realm.http().post(realm.path("/orgkit/me/invitations/" + toAcme + "/accept")).bearer(mia).send()
                .expect(200).json();
        assertThat(accepted.path("status").asText()).isEqualTo("accepted");
        assertThat(active(mia).path("slug").asText()).as("the accepted organization becomes the session's active one").isEqualTo("acme");
        assertThat(active(mia).path("role").asText()).isEqualTo("org:billing");
        realm.http().post(realm.path("/orgkit/me/invitations/" + toAcme + "/accept")).bearer(mia).send().expect(409);

        realm.http().post(realm.path("/orgkit/me/invitations/" + toDecline + "/decline")).bearer(mia).send().expect(200);
        assertThat(realm.http().get(realm.path("/orgkit/me/invitations")).bearer(mia).send().expect(200).json()).isEmpty();
        JsonNode orgs = realm.http().get(realm.path("/orgkit/me/organizations")).bearer(mia).send().expect(200).json();
        assertThat(orgs.toString()).contains("acme").contains("globex").doesNotContain("declined-co");

        String noah = token(realm, "noah");
        assertThat(realm.http().get(realm.path("/orgkit/me/invitations")).bearer(noah).send().expect(200).json())
                .as("an unverified email sees no invitations").isEmpty();
        realm.http().post(realm.path("/orgkit/me/invitations/" + notMine + "/accept")).bearer(noah).send().expect(404);
    }

    private JsonNode active(String bearer) {
        return realm.http().get(realm.path("/orgkit/me/active-organization")).bearer(bearer).send().expect(200).json()
                .path("organization");
    }

    @Test
    void theDatabaseHoldsOnlyTheHashOfTheToken() throws Exception {
        JsonNode rep = invited(realm, token(realm, "alice"), "acme", "hash@example.com", "org:member");
        String clear = tokenOf(rep.path("url").asText());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(clear.getBytes(StandardCharsets.US_ASCII)));

        List<String> values = new ArrayList<>();
        try (Connection connection = realm.env().database().connect();
             PreparedStatement statement = connection.prepareStatement("SELECT * FROM ORGKIT_INVITATION WHERE ID = ?")) {
            statement.setString(1, rep.path("id").asText());
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    values.add(String.valueOf(rows.getObject(i)));
                }
                assertThat(rows.getString("TOKEN_HASH")).isEqualTo(sha256);
            }
        }
        assertThat(values).noneMatch(value -> value.contains(clear));
        assertThat(InvitationFixtures.count(realm, "SELECT COUNT(*) FROM ORGKIT_INVITATION WHERE TOKEN_HASH = ?", clear)).isZero();
    }

    @Test
    void eachChangeIsAnAdminEventWithTheOrganizationAndTheRepresentationButNeverTheToken() {
        String alice = token(realm, "alice");
        JsonNode rep = invited(realm, alice, "acme", "events@example.com", "org:member");
        String id = rep.path("id").asText();
        JsonNode resent = realm.http().post(invitations(realm, "acme") + "/" + id + "/resend").bearer(alice).send().expect(200).json();
        realm.http().delete(invitations(realm, "acme") + "/" + id).bearer(alice).send().expect(200);

        JsonNode events = realm.admin().get(realm.adminPath("/admin-events?max=500")).expect(200).json();
        List<String> actions = new ArrayList<>();
        String orgId = realm.admin().organizationByAlias(realm.name(), "acme").path("id").asText();
        for (JsonNode event : events) {
            if (event.path("resourcePath").asText().endsWith("/invitations/" + id)) {
                actions.add(event.path("details").path("orgkit.action").asText());
                assertThat(event.path("resourceType").asText()).isEqualTo("ORGKIT_INVITATION");
                assertThat(event.path("details").path("orgkit.organization").asText()).isEqualTo(orgId);
                assertThat(event.path("representation").asText()).contains(id)
                        .doesNotContain(tokenOf(rep.path("url").asText()))
                        .doesNotContain(tokenOf(resent.path("url").asText()))
                        .doesNotContain("token=");
            }
        }
        assertThat(actions).contains("invitation.created", "invitation.resent", "invitation.revoked");
    }

    @Test
    void anyNumberOfConcurrentAcceptsMakeExactlyOneMembership() throws Exception {
        createUser(realm, "cora", true);
        String id = invited(realm, token(realm, "alice"), "acme", "cora@example.com", "org:member").path("id").asText();
        String cora = token(realm, "cora");

        List<Integer> statuses = race(8, i -> realm.http().post(realm.path("/orgkit/me/invitations/" + id + "/accept"))
                .bearer(cora).send().status());

        assertThat(statuses.stream().filter(s -> s == 200).count()).as(statuses.toString()).isEqualTo(1);
        assertThat(statuses).allMatch(s -> s == 200 || s == 409);
        String orgId = realm.admin().organizationByAlias(realm.name(), "acme").path("id").asText();
        JsonNode members = realm.admin().get(realm.adminPath("/organizations/" + orgId + "/members?max=100")).expect(200).json();
        assertThat(members.findValuesAsText("username").stream().filter("cora"::equals).count()).isEqualTo(1);
    }

    @Test
    void aRevokeRacingAnAcceptEndsWithOneOutcome() throws Exception {
        String orgId = realm.admin().organizationByAlias(realm.name(), "acme").path("id").asText();
        for (int round = 0; round < 3; round++) {
            String name = "racer" + round;
            String userId = createUser(realm, name, true);
            String id = invited(realm, token(realm, "alice"), "acme", name + "@example.com", "org:member").path("id").asText();
            String user = token(realm, name);
            String alice = token(realm, "alice");
            List<Integer> statuses = race(2, i -> i == 0
                    ? realm.http().post(realm.path("/orgkit/me/invitations/" + id + "/accept")).bearer(user).send().status()
                    : realm.http().delete(invitations(realm, "acme") + "/" + id).bearer(alice).send().status());

            assertThat(statuses.stream().filter(s -> s == 200).count()).as(statuses.toString()).isEqualTo(1);
            String status = realm.http().get(invitations(realm, "acme") + "/" + id).bearer(alice).send().expect(200).json()
                    .path("status").asText();
            boolean member = realm.admin().get(realm.adminPath("/organizations/" + orgId + "/members/" + userId)).status() == 200;
            if (statuses.get(0) == 200) {
                assertThat(status).isEqualTo("accepted");
                assertThat(member).isTrue();
            } else {
                assertThat(status).isEqualTo("revoked");
                assertThat(member).isFalse();
            }
        }
    }

    @Test
    void thePurgeRemovesInvitationsFinishedOrExpiredLongerAgoThanTheRetention() throws Exception {
        String alice = token(realm, "alice");
        String oldRevoked = invited(realm, alice, "acme", "old1@example.com", "org:member").path("id").asText();
        realm.http().delete(invitations(realm, "acme") + "/" + oldRevoked).bearer(alice).send().expect(200);
        String oldExpired = invited(realm, alice, "acme", "old2@example.com", "org:member").path("id").asText();
        String recentRevoked = invited(realm, alice, "acme", "new1@example.com", "org:member").path("id").asText();
        realm.http().delete(invitations(realm, "acme") + "/" + recentRevoked).bearer(alice).send().expect(200);
        String pending = invited(realm, alice, "acme", "new2@example.com", "org:member").path("id").asText();
        long longAgo = System.currentTimeMillis() - 31L * 24 * 3600 * 1000;
        InvitationFixtures.update(realm, "UPDATE ORGKIT_INVITATION SET UPDATED_AT = ? WHERE ID = ?", longAgo, oldRevoked);
        InvitationFixtures.update(realm, "UPDATE ORGKIT_INVITATION SET EXPIRES_AT = ?, PENDING_EMAIL = NULL WHERE ID = ?",
                longAgo, oldExpired);

        realm.admin().post(realm.adminPath("/orgkit/invitations/purge"), null).expect(200);

        for (String gone : List.of(oldRevoked, oldExpired)) {
            realm.http().get(invitations(realm, "acme") + "/" + gone).bearer(alice).send().expect(404);
        }
        for (String kept : List.of(recentRevoked, pending)) {
            realm.http().get(invitations(realm, "acme") + "/" + kept).bearer(alice).send().expect(200);
        }
        Http.Response byMember = realm.http().post(realm.adminPath("/orgkit/invitations/purge")).bearer(alice).send();
        assertThat(byMember.status()).isIn(401, 403);
    }

    @Test
    void theScheduledTaskPurgesWithoutBeingAsked() throws Exception {
        String alice = token(realm, "alice");
        String old = invited(realm, alice, "acme", "scheduled@example.com", "org:member").path("id").asText();
        realm.http().delete(invitations(realm, "acme") + "/" + old).bearer(alice).send().expect(200);
        InvitationFixtures.update(realm, "UPDATE ORGKIT_INVITATION SET UPDATED_AT = ? WHERE ID = ?",
                System.currentTimeMillis() - 31L * 24 * 3600 * 1000, old);

        // the test server runs the purge every minute (TestEnvironment); wait for it, at most three runs
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(200);
        long left = 1;
        while (left > 0 && java.time.Instant.now().isBefore(deadline)) {
            left = InvitationFixtures.count(realm, "SELECT COUNT(*) FROM ORGKIT_INVITATION WHERE ID = ?", old);
            if (left > 0) {
                Thread.sleep(2000);
            }
        }
        assertThat(left).as("purged by the scheduled task").isZero();
    }

    private String fresh() {
        return invited(realm, token(realm, "alice"), "acme", "fresh" + System.nanoTime() + "@example.com", "org:member")
                .path("id").asText();
    }

    /** Runs {@code count} calls at once (released together) and answers their results in call order. */
    private static List<Integer> race(int count, java.util.function.IntFunction<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return call.apply(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
