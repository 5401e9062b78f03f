package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.TestRealm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Parallel duplicates are normal traffic (a double click, a client's retry): of 30 identical
 * requests sent at once, one changes the state and the others answer a documented 404, with one
 * audit entry for the one change and never a 500.
 */
class DuplicateRequestsIT {

    private static final int COPIES = 30;

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private static final ExecutorService POOL = Executors.newFixedThreadPool(COPIES);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @Test
    void thirtyParallelRemovalsOfOneMemberRemoveItOnceWithOneAuditEntry() throws Exception {
        Org org = Org.create();
        String member = realm.createUserAndReturnName();
        realm.addMember(org.slug, member, "org:member");
        String memberId = realm.admin().userId(realm.name(), member);

        List<Integer> statuses = copies(() -> realm.http().delete(realm.api("/organizations/" + org.slug + "/members/" + memberId))
                .bearer(org.ownerToken).send().status());

        assertThat(statuses).as(statuses.toString()).containsOnlyOnce(204).containsOnly(204, 404);
        assertThat(auditEntries(org, "member.removed", memberId)).hasSize(1);
        realm.admin().get(realm.adminPath("/orgkit/organizations/" + org.slug + "/members/" + memberId)).expect(404);
    }

    @Test
    void thirtyParallelDeletesOfOneOrganizationDeleteItOnceWithOneAuditEntry() throws Exception {
        Org org = Org.create();

        List<Integer> statuses = copies(() -> realm.http().delete(realm.api("/organizations/" + org.slug))
                .bearer(org.ownerToken).send().status());

        assertThat(statuses).as(statuses.toString()).containsOnlyOnce(204).containsOnly(204, 404);
        assertThat(auditEntries(org, "organization.deleted", org.id)).hasSize(1);
        realm.admin().get(realm.adminPath("/orgkit/organizations/" + org.id)).expect(404);
    }

    @Test
    void updatesRacingADeleteAnswerOkOrNotFoundAndTheOrganizationIsGone() throws Exception {
        Org org = Org.create();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String description = "description " + i;
            calls.add(() -> realm.http().patch(realm.api("/organizations/" + org.slug)).bearer(org.ownerToken)
                    .json(Map.of("description", description)).send().status());
            if (i == 5) {
                calls.add(() -> realm.http().delete(realm.api("/organizations/" + org.slug)).bearer(org.ownerToken).send().status());
            }
        }

        List<Integer> statuses = race(calls);

        assertThat(statuses.get(6)).as("the delete, in " + statuses).isEqualTo(204);
        assertThat(statuses).as(statuses.toString()).isSubsetOf(200, 204, 404);
        realm.admin().get(realm.adminPath("/orgkit/organizations/" + org.id)).expect(404);
    }

    @Test
    void thirtyParallelIdenticalRoleChangesRecordOneChange() throws Exception {
        Org org = Org.create();
        String member = realm.createUserAndReturnName();
        realm.addMember(org.slug, member, "org:member");
        String memberId = realm.admin().userId(realm.name(), member);

        List<Integer> statuses = copies(() -> realm.http().patch(realm.api("/organizations/" + org.slug + "/members/" + memberId))
                .bearer(org.ownerToken).json(Map.of("role", "org:billing")).send().status());

        // setting the role it already has is not an error, and no second change
        assertThat(statuses).as(statuses.toString()).containsOnly(200);
        assertThat(auditEntries(org, "member.role_changed", memberId)).hasSize(1);
        JsonNode rep = realm.admin().get(realm.adminPath("/orgkit/organizations/" + org.slug + "/members/" + memberId)).expect(200).json();
        assertThat(rep.path("role").asText()).isEqualTo("org:billing");
    }

    private static List<JsonNode> auditEntries(Org org, String action, String targetId) {
        JsonNode entries = realm.admin().get(realm.adminPath("/orgkit/audit-log?organization=" + org.id + "&action=" + action + "&max=100"))
                .expect(200).json();
        List<JsonNode> matching = new ArrayList<>();
        entries.forEach(e -> {
            if (e.path("target").path("id").asText().equals(targetId)) {
                matching.add(e);
            }
        });
        return matching;
    }

    private record Org(String id, String slug, String ownerToken) {
        static Org create() {
            String owner = realm.createUserAndReturnName();
            String slug = TestRealm.unique("dup");
            String id = realm.createOrganization(slug, slug, owner).path("id").asText();
            return new Org(id, slug, realm.login(owner).accessToken());
        }
    }

    private static List<Integer> copies(Callable<Integer> call) throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            calls.add(call);
        }
        return race(calls);
    }

    /** Starts all calls at the same moment and returns their statuses in order. */
    private static List<Integer> race(List<Callable<Integer>> calls) throws Exception {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (Callable<Integer> call : calls) {
            futures.add(POOL.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> future : futures) {
            statuses.add(future.get(120, TimeUnit.SECONDS));
        }
        return statuses;
    }
}
