package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.FaultLedger.Kind;
import dev.orgkit.it.FaultLedger.Outcome;
import dev.orgkit.it.support.Eventually;
import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.KeycloakServer;
import dev.orgkit.it.support.MetricsScrape;
import dev.orgkit.it.support.Race;
import dev.orgkit.it.support.Rows;
import dev.orgkit.it.support.TestEnvironment;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.Tokens;
import dev.orgkit.it.support.WebhookReceiver;
import dev.orgkit.it.support.WebhookReceiver.Delivery;
import dev.orgkit.it.support.Webhooks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two nodes on one database under a mixed workload, one of them killed with SIGKILL mid-traffic and
 * restarted: no committed change is lost or recorded twice, every one is delivered as a webhook
 * under one webhook-id, active organizations and the invitation rate limit agree across the nodes.
 * See docs/operations.md ("Cluster fault run") for what it sends and the figures of a run.
 */
class ClusterFaultIT {

    /** Invitations one organization may send per day in this realm (the limit the burst checks). */
    private static final int INVITATION_LIMIT = 3;
    private static final int WORKERS = 4;
    private static final String[] EVENT_TYPES = {"organization.created", "organizationInvitation.created", "organizationMembership.updated"};

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private static WebhookReceiver receiver;

    @BeforeAll
    static void setUp() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void tearDown() {
        receiver.close();
    }

    @Test
    void aKilledNodeLosesNoCommittedChangeAndDuplicatesNone() throws Exception {
        run(Integer.getInteger("orgkit.fault.operations", 150));
    }

    @Test
    @Tag("benchmark")
    void aLongerRunUnderTheSameFault() throws Exception {
        run(Integer.getInteger("orgkit.fault.benchmark.operations", 1200));
    }

    private void run(int operations) throws Exception {
        KeycloakServer node1 = realm.env().server();
        KeycloakServer node2 = realm.env().secondNode();
        Map<String, Http> nodes = Map.of("node1", new Http(node1.baseUrl()), "node2", new Http(node2.baseUrl()));

        List<FaultWorker> workers = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            workers.add(FaultWorker.prepare(realm, i));
        }
        String marker = Long.toString(System.nanoTime(), 36);
        String endpointId = new Webhooks(realm).create(Map.of("url", receiver.url("/fault-" + marker),
                "event_types", List.of(EVENT_TYPES))).path("id").asText();
        String path = "/fault-" + marker;

        FaultLedger ledger = new FaultLedger();
        FaultWorker.Traffic traffic = new FaultWorker.Traffic(realm, nodes, ledger, operations);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS + 1);
        Instant started = Instant.now();
        List<Future<?>> running = new ArrayList<>();
        for (FaultWorker worker : workers) {
            running.add(pool.submit(() -> worker.work(traffic)));
        }

        // mid-traffic: kill node 2, keep the traffic on node 1 while node 2 starts again, then on both
        Eventually.until("a third of the operations to be sent", Duration.ofMinutes(3), () -> traffic.sent() >= operations / 3);
        int sentAtKill = traffic.sent();
        node2.kill();
        traffic.nodeDown("node2");
        Instant killedAt = Instant.now();
        CompletableFuture<Void> restart = CompletableFuture.runAsync(node2::start, pool);
        traffic.holdAt(2 * operations / 3, restart);
        restart.get(5, TimeUnit.MINUTES);
        Duration down = Duration.between(killedAt, Instant.now());
        traffic.nodeUp("node2");
        for (Future<?> worker : running) {
            worker.get(5, TimeUnit.MINUTES);
        }
        Instant trafficEnded = Instant.now();
        pool.shutdown();
        assertThat(ledger.unexpected()).as("answers no fault excuses").isEmpty();

        // the outbox drains: leases of the killed process expire and its messages are claimed again
        String realmId = realm.admin().realm(realm.name()).path("id").asText();
        Rows rows = new Rows(realm.env().database());
        Eventually.until("the outbox to be drained", Duration.ofSeconds(TestEnvironment.WEBHOOK_LEASE_SECONDS + 120),
                () -> rows.count("SELECT COUNT(*) FROM ORGKIT_WEBHOOK_DELIVERY WHERE REALM_ID = ? AND STATUS = 'pending'", realmId) == 0);
        Duration drain = Duration.between(trafficEnded, Instant.now());
        assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_WEBHOOK_DELIVERY WHERE REALM_ID = ? AND STATUS <> 'succeeded'", realmId))
                .as("messages that were given up").isZero();
        assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_WEBHOOK_DELIVERY WHERE ENDPOINT_ID = ?", endpointId))
                .as("messages of the endpoint").isEqualTo(receiver.deliveries(d -> d.path().equals(path)).stream()
                        .map(d -> d.header("webhook-id")).distinct().count());

        List<Delivery> deliveries = receiver.deliveries(d -> d.path().equals(path));
        Map<String, Set<String>> idsByChange = new LinkedHashMap<>();
        for (Delivery d : deliveries) {
            idsByChange.computeIfAbsent(d.type() + " " + d.data().path("id").asText(), k -> new HashSet<>()).add(d.header("webhook-id"));
        }
        long duplicates = deliveries.size() - deliveries.stream().map(d -> d.header("webhook-id")).distinct().count();

        checkCreations(ledger, deliveries, idsByChange, started, Kind.ORGANIZATION, "organization.created", "organization.created", "name");
        checkCreations(ledger, deliveries, idsByChange, started, Kind.INVITATION, "invitation.created", "organizationInvitation.created",
                "email_address");
        checkRoleChanges(ledger, deliveries, started);
        for (FaultWorker worker : workers) {
            worker.checkActiveOrganizationAgrees(realm, nodes);
        }
        int burstAccepted = invitationLimitAcrossNodes(nodes);
        String purge = purgeRuns(node1, node2);

        System.out.printf("cluster-fault: operations=%d workers=%d killed node2 after %d sent, down %d s; %s; "
                        + "deliveries=%d distinct-webhook-ids=%d duplicate-deliveries=%d; drained %d s after traffic; "
                        + "total %d s; invitation burst accepted %d of %d; %s%n",
                operations, WORKERS, sentAtKill, down.toSeconds(), ledger.summary(), deliveries.size(),
                deliveries.size() - duplicates, duplicates, drain.toSeconds(), Duration.between(started, Instant.now()).toSeconds(),
                burstAccepted, 4 * INVITATION_LIMIT, purge);
    }

    /**
     * Organizations and invitations: each committed one has exactly one audit entry and one
     * webhook-id; an entry or webhook no one was told about belongs to a request whose answer was lost.
     */
    private void checkCreations(FaultLedger ledger, List<Delivery> deliveries, Map<String, Set<String>> idsByChange, Instant since,
                                Kind kind, String action, String type, String keyField) {
        List<String> committed = ledger.ids(kind);
        Map<String, Long> audited = auditTargets(action, since).stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        Map<String, String> keyById = deliveries.stream().filter(d -> d.type().equals(type))
                .collect(Collectors.toMap(d -> d.data().path("id").asText(), d -> d.data().path(keyField).asText(), (a, b) -> a));
        for (String id : committed) {
            assertThat(audited.get(id)).as("audit entries of committed %s %s", kind, id).isEqualTo(1L);
            assertThat(idsByChange.get(type + " " + id)).as("webhook-ids of committed %s %s", kind, id).hasSize(1);
        }
        Set<String> unknownKeys = new HashSet<>(ledger.keys(kind, Outcome.UNKNOWN));
        for (Map.Entry<String, Long> entry : audited.entrySet()) {
            if (committed.contains(entry.getKey())) {
                continue;
            }
            assertThat(entry.getValue()).as("audit entries of %s %s", kind, entry.getKey()).isEqualTo(1L);
            assertThat(unknownKeys).as("%s %s (audited, never answered 2xx) comes from a request whose answer was lost", kind,
                    entry.getKey()).contains(keyById.get(entry.getKey()));
            assertThat(idsByChange.get(type + " " + entry.getKey())).as("webhook-ids of %s %s", kind, entry.getKey()).hasSize(1);
        }
        Set<String> delivered = keyById.keySet();
        assertThat(audited.keySet()).as("%s with a webhook and with an audit entry", kind).containsExactlyInAnyOrderElementsOf(delivered);
        Set<String> refusedKeys = new HashSet<>(ledger.keys(kind, Outcome.REFUSED));
        assertThat(keyById.values()).as("webhooks of refused requests").noneMatch(refusedKeys::contains);
    }

    /** Role changes: per member, as many audit entries and webhook-ids as changes took effect. */
    private void checkRoleChanges(FaultLedger ledger, List<Delivery> deliveries, Instant since) {
        Map<String, Long> audited = auditTargets("member.role_changed", since).stream()
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        Map<String, Integer> expected = ledger.effectiveRoleChanges();
        for (Map.Entry<String, Integer> member : expected.entrySet()) {
            assertThat(audited.getOrDefault(member.getKey(), 0L)).as("role changes of %s in the audit log", member.getKey())
                    .isEqualTo(member.getValue().longValue());
            long webhookIds = deliveries.stream()
                    .filter(d -> d.type().equals("organizationMembership.updated") && d.data().path("user_id").asText().equals(member.getKey()))
                    .map(d -> d.header("webhook-id")).distinct().count();
            assertThat(webhookIds).as("webhook-ids of role changes of %s", member.getKey()).isEqualTo(member.getValue().longValue());
        }
        assertThat(audited.keySet()).as("members whose role changed").isSubsetOf(expected.keySet());
    }

    private List<String> auditTargets(String action, Instant since) {
        List<String> ids = new ArrayList<>();
        for (int first = 0; ; first += 100) {
            JsonNode page = realm.admin().get(realm.adminPath("/orgkit/audit-log?action=" + action + "&from=" + since.toEpochMilli()
                    + "&first=" + first + "&max=100")).expect(200).json();
            page.forEach(e -> ids.add(e.path("target").path("id").asText()));
            if (page.size() < 100) {
                return ids;
            }
        }
    }

    /** Invitations into one fresh organization, sent at once to both nodes: the daily limit holds in total. */
    private int invitationLimitAcrossNodes(Map<String, Http> nodes) throws Exception {
        // realm admins are not rate limited: an organization admin sends them, through the self-service API
        realm.policy("invitation-org-daily-limit", String.valueOf(INVITATION_LIMIT));
        realm.policy("invitation-ip-limit", "0"); // every request comes from 127.0.0.1
        String owner = realm.createUserAndReturnName();
        String org = realm.createOrganization(TestRealm.unique("Limited"), null, owner).path("id").asText();
        String token = realm.login(owner).accessToken();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 4 * INVITATION_LIMIT; i++) {
            Http http = nodes.get(i % 2 == 0 ? "node1" : "node2");
            String email = TestRealm.unique("burst") + "@example.com";
            calls.add(() -> http.post(realm.api("/organizations/" + org + "/invitations")).bearer(token)
                    .json(Map.of("email_address", email, "role", "org:member")).send().status());
        }
        List<Integer> statuses = Race.run(calls);
        assertThat(statuses).as("answers to the burst").containsOnly(201, 429);
        int accepted = (int) statuses.stream().filter(s -> s == 201).count();
        assertThat(accepted).as("invitations accepted across both nodes").isEqualTo(INVITATION_LIMIT);
        JsonNode stored = realm.admin().get(realm.adminPath("/orgkit/organizations/" + org + "/invitations?max=100")).expect(200).json();
        assertThat(stored).hasSize(INVITATION_LIMIT);
        return accepted;
    }

    /**
     * The audit retention task on both nodes over a window of several intervals. Keycloak's
     * cluster-aware runner only keeps two nodes from running it at the same time; it does not hold
     * its lock for the interval, so both nodes run it each interval (see docs/operations.md).
     */
    private String purgeRuns(KeycloakServer node1, KeycloakServer node2) {
        double before1 = runs(node1);
        double before2 = runs(node2);
        Instant from = Instant.now();
        Eventually.until("each node to run the retention task three times", Duration.ofSeconds(60),
                () -> runs(node1) >= before1 + 3 && runs(node2) >= before2 + 3);
        double seconds = Duration.between(from, Instant.now()).toMillis() / 1000.0;
        double r1 = runs(node1) - before1;
        double r2 = runs(node2) - before2;
        double intervals = seconds / 2.0; // --spi-orgkit-api-extension--audit-log--retention-interval=2s
        // each node at most once per interval of its own timer: never a node running it in a loop
        assertThat(r1).as("runs on node1 in %.1f s", seconds).isLessThanOrEqualTo(intervals + 2);
        assertThat(r2).as("runs on node2 in %.1f s", seconds).isLessThanOrEqualTo(intervals + 2);
        return String.format("retention runs in %.1f s (interval 2 s): node1=%.0f node2=%.0f", seconds, r1, r2);
    }

    private static double runs(KeycloakServer node) {
        try {
            return MetricsScrape.of(node).value("orgkit_audit_purge_seconds_count", Map.of());
        } catch (UncheckedIOException e) {
            return 0;
        }
    }

    static Tokens.TokenSet login(Http node, String user) {
        return new Tokens(node).password(realm.name(), "orgkit-demo-cli", user, user);
    }
}
