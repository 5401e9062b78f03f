package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.Eventually;
import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.KeycloakServer;
import dev.orgkit.it.support.MetricsScrape;
import dev.orgkit.it.support.Rows;
import dev.orgkit.it.support.TestEnvironment;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.WebhookReceiver;
import dev.orgkit.it.support.Webhooks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * orgkit's meters on Keycloak's own metrics endpoint (management port, {@code /metrics}, with
 * {@code --metrics-enabled=true}): each event is caused through the API and the exact change of its
 * series is read from the scrape. Counters are per node, so they are summed over the running nodes
 * (another suite may have started a second one, which delivers webhooks and runs scheduled tasks too).
 */
class MetricsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CLI = "orgkit-demo-cli";

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(MetricsIT::limits);

    private static WebhookReceiver receiver;
    private static Webhooks webhooks;

    static void limits(ObjectNode json) {
        ObjectNode attributes = (ObjectNode) json.get("attributes");
        attributes.put("orgkit.invitation-org-daily-limit", "2");
        attributes.put("orgkit.invitation-ip-limit", "0");
    }

    @BeforeAll
    static void setUp() {
        receiver = new WebhookReceiver();
        webhooks = new Webhooks(realm);
    }

    @AfterAll
    static void tearDown() {
        receiver.close();
    }

    @Test
    void invitationsSentAndRateLimitRefusalsAreCounted() {
        Map<String, String> mine = Map.of("realm", realm.name());
        double sentBefore = sum("orgkit_invitations_sent_total", mine);
        double refusedBefore = sum("orgkit_rate_limit_refusals_total", Map.of("realm", realm.name(), "limit", "invitations_per_organization"));
        String alice = token("alice");

        List<Boolean> emailed = new ArrayList<>();
        for (String email : List.of("m1@example.com", "m2@example.com")) {
            emailed.add(invite(alice, email).expect(201).json().path("email_sent").asBoolean());
        }
        Http.Response refused = invite(alice, "m3@example.com");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        awaitSum("orgkit_invitations_sent_total", mine, sentBefore + 2);
        String emailTag = Boolean.toString(emailed.get(0));
        assertThat(emailed).as("both sends went the same way").containsOnly(emailed.get(0));
        assertThat(sum("orgkit_invitations_sent_total", Map.of("realm", realm.name(), "email_sent", emailTag)) - sentBefore)
                .isEqualTo(2);
        awaitSum("orgkit_rate_limit_refusals_total", Map.of("realm", realm.name(), "limit", "invitations_per_organization"),
                refusedBefore + 1);
        assertThat(sum("orgkit_rate_limit_refusals_total", Map.of("realm", realm.name(), "limit", "invitations_per_ip"))).isZero();
        assertThat(MetricsScrape.of(realm.env().server()).metadata("orgkit_invitations_sent"))
                .anyMatch(line -> line.equals("# TYPE orgkit_invitations_sent counter"));
    }

    @Test
    void webhookAttemptsAreCountedPerEndpointAndTheBacklogRisesThenDrains() {
        receiver.answer("/metrics-fail", 500);
        receiver.answer("/metrics-ok", 200);
        String failing = endpoint("/metrics-fail");
        String working = endpoint("/metrics-ok");

        change();

        // the failing endpoint's message is attempted on the whole retry schedule, then fails
        String failedMessage = Eventually.get("the failing endpoint's message to fail", WAIT, () -> webhooks.deliveries(failing, "")
                .stream().filter(d -> "failed".equals(d.path("status").asText())).findFirst().orElse(null)).path("id").asText();
        assertThat(failedMessage).isNotBlank();
        awaitSum("orgkit_webhooks_deliveries_failed_total", endpointTags(failing), TestEnvironment.WEBHOOK_ATTEMPTS);
        awaitSum("orgkit_webhooks_deliveries_succeeded_total", endpointTags(working), 1);
        assertThat(sum("orgkit_webhooks_deliveries_succeeded_total", endpointTags(failing))).isZero();
        assertThat(sum("orgkit_webhooks_deliveries_failed_total", endpointTags(working))).isZero();
        realm.admin().delete(webhooks.path("/" + failing)).expect(204);
        realm.admin().delete(webhooks.path("/" + working)).expect(204);
        awaitGauge("orgkit_webhooks_backlog_messages", 0);

        // a receiver that holds its answers: three messages wait (one in flight), then all go out
        String held = endpoint("/metrics-held");
        Rows rows = new Rows(realm.env().database());
        String realmId = realm.admin().realm(realm.name()).path("id").asText();
        receiver.holdRequests();
        try {
            for (int i = 0; i < 3; i++) {
                change();
            }
            assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_WEBHOOK_DELIVERY WHERE REALM_ID = ? AND STATUS = 'pending'", realmId))
                    .isEqualTo(3);
            awaitGauge("orgkit_webhooks_backlog_messages", 3);
            Eventually.until("the oldest pending message to have an age", WAIT,
                    () -> gauge("orgkit_webhooks_oldest_pending_age_seconds") > 0);
        } finally {
            receiver.release();
        }
        awaitSum("orgkit_webhooks_deliveries_succeeded_total", endpointTags(held), 3);
        awaitGauge("orgkit_webhooks_backlog_messages", 0);
        awaitGauge("orgkit_webhooks_oldest_pending_age_seconds", 0);
        realm.admin().delete(webhooks.path("/" + held)).expect(204);
    }

    @Test
    void theAuditPurgeCountsWhatItRemovedAndWhenItRan() {
        Map<String, String> mine = Map.of("realm", realm.name());
        double purgedBefore = sum("orgkit_audit_purged_entries_total", mine);
        double runsBefore = sum("orgkit_audit_purge_seconds_count", Map.of());
        long startedAt = System.currentTimeMillis() / 1000;
        Rows rows = new Rows(realm.env().database());
        String realmId = realm.admin().realm(realm.name()).path("id").asText();
        String acme = realm.admin().organizationByAlias(realm.name(), "acme").path("id").asText();
        long day = 24L * 3600 * 1000;
        for (int i = 0; i < 3; i++) {
            rows.execute("INSERT INTO ORGKIT_AUDIT_LOG (ID, REALM_ID, ORG_ID, ACTION, ACTOR_TYPE, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID().toString(), realmId, acme, "organization.updated", "system", System.currentTimeMillis() - 10 * day);
        }

        realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("audit-retention-days", "5")).expect(200);
        try {
            awaitSum("orgkit_audit_purged_entries_total", mine, purgedBefore + 3);
        } finally {
            realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("audit-retention-days", "365")).expect(200);
        }

        assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_AUDIT_LOG WHERE REALM_ID = ? AND CREATED_AT < ?", realmId,
                System.currentTimeMillis() - 5 * day)).isZero();
        assertThat(sum("orgkit_audit_purge_seconds_count", Map.of())).isGreaterThan(runsBefore);
        double lastRun = realm.env().runningNodes().stream()
                .mapToDouble(node -> MetricsScrape.of(node).value("orgkit_audit_purge_last_run_timestamp_seconds", Map.of()))
                .max().orElseThrow();
        assertThat(lastRun).isGreaterThanOrEqualTo(startedAt);
    }

    // ---------------------------------------------------------------------------------------------

    private static Map<String, String> endpointTags(String endpointId) {
        return Map.of("realm", realm.name(), "endpoint", endpointId);
    }

    /** A counter summed over the running nodes. */
    private static double sum(String name, Map<String, String> labels) {
        return realm.env().runningNodes().stream().mapToDouble(node -> MetricsScrape.of(node).value(name, labels)).sum();
    }

    /** Waits until the counter reaches exactly {@code expected}; a count past it never matches. */
    private static void awaitSum(String name, Map<String, String> labels, double expected) {
        double seen = Eventually.get(name + " to reach " + expected, WAIT, () -> {
            double value = sum(name, labels);
            return value >= expected ? value : null;
        });
        assertThat(seen).as(name + " " + labels).isEqualTo(expected);
    }

    /** A gauge of this realm on the server (every node reads the same rows). */
    private static double gauge(String name) {
        KeycloakServer node = realm.env().server();
        return MetricsScrape.of(node).value(name, Map.of("realm", realm.name()));
    }

    private static void awaitGauge(String name, double expected) {
        Eventually.until(name + " to read " + expected, WAIT, () -> gauge(name) == expected);
    }

    private static String endpoint(String path) {
        JsonNode endpoint = webhooks.create(Map.of("url", receiver.url(path), "event_types", List.of("organization.updated")));
        return endpoint.path("id").asText();
    }

    private static void change() {
        realm.http().patch(realm.path("/orgkit/organizations/acme")).bearer(token("alice"))
                .json(Map.of("description", "metrics-" + System.nanoTime())).send().expect(200);
    }

    private static Http.Response invite(String bearer, String email) {
        return realm.http().post(realm.path("/orgkit/organizations/acme/invitations")).bearer(bearer)
                .json(Map.of("email", email, "role", "org:member")).send();
    }

    private static String token(String user) {
        return realm.tokens().password(realm.name(), CLI, user, user).accessToken();
    }
}
