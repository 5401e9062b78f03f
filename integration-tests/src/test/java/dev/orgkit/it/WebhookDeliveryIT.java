package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Eventually;
import dev.orgkit.it.support.SignatureVerifier;
import dev.orgkit.it.support.TestEnvironment;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.WebhookReceiver;
import dev.orgkit.it.support.WebhookReceiver.Delivery;
import dev.orgkit.it.support.Webhooks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Delivery when receivers misbehave: retries on the schedule, a failed message, an endpoint that
 * fails everything disabled, replay with the same webhook-id, a receiver that is down for a while,
 * and no secret or payload in the server log. The server runs with a fast retry schedule
 * ({@link TestEnvironment#WEBHOOK_RETRY_SCHEDULE}) and disable-after; production defaults are in
 * docs/webhooks.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhookDeliveryIT {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private static final List<String> secrets = new ArrayList<>();
    private static final List<String> markers = new ArrayList<>();
    private static WebhookReceiver receiver;
    private static SignatureVerifier verifier;
    private static Webhooks webhooks;

    @BeforeAll
    static void setUp() {
        receiver = new WebhookReceiver();
        verifier = new SignatureVerifier();
        webhooks = new Webhooks(realm);
    }

    @AfterAll
    static void tearDown() {
        verifier.close();
        receiver.close();
    }

    @Test
    @Order(1)
    void aFailingReceiverIsRetriedOnTheScheduleThenTheMessageFailsAndTheEndpointIsDisabled() {
        receiver.answer("/fail", 500);
        JsonNode endpoint = endpoint("/fail");
        String id = endpoint.path("id").asText();

        String first = change();
        Delivery firstAttempt = receiver.await("the first attempt", d -> d.path().equals("/fail") && first.equals(description(d)), WAIT);
        String messageId = firstAttempt.header("webhook-id");
        JsonNode failed = Eventually.get("the message to fail", WAIT, () -> {
            JsonNode d = webhooks.delivery(id, messageId);
            return d != null && "failed".equals(d.path("status").asText()) ? d : null;
        });
        assertThat(failed.path("attempts").asInt()).isEqualTo(TestEnvironment.WEBHOOK_ATTEMPTS);
        assertThat(failed.path("response_code").asInt()).isEqualTo(500);
        assertThat(failed.path("last_error").asText()).isEqualTo("HTTP 500");
        assertThat(failed.has("next_attempt_at")).isFalse();
        List<Delivery> attempts = receiver.deliveries(d -> messageId.equals(d.header("webhook-id")));
        assertThat(attempts).hasSize(TestEnvironment.WEBHOOK_ATTEMPTS)
                .allSatisfy(a -> assertThat(a.body()).isEqualTo(firstAttempt.body()))
                .allSatisfy(a -> assertThat(verifier.verify(SignatureVerifier.STANDARD_WEBHOOKS, secret(endpoint), a).ok()).isTrue());
        for (int i = 1; i < attempts.size(); i++) {
            // the schedule waits at least 1 s between two attempts here
            assertThat(Duration.between(attempts.get(i - 1).receivedAt(), attempts.get(i).receivedAt())).isGreaterThan(Duration.ofMillis(900));
        }

        // still failing everything: after disable-after the endpoint is switched off, its message left pending
        String second = change();
        JsonNode disabled = Eventually.get("the endpoint to be disabled", WAIT, () -> {
            JsonNode e = webhooks.get(id);
            return e.path("enabled").asBoolean() ? null : e;
        });
        assertThat(disabled.path("disabled_reason").asText()).isEqualTo("disabled automatically: every attempt failed for "
                + TestEnvironment.WEBHOOK_DISABLE_AFTER_SECONDS + "s");
        String secondId = receiver.await("the second change", d -> d.path().equals("/fail") && second.equals(description(d)), WAIT)
                .header("webhook-id");
        JsonNode waiting = webhooks.delivery(id, secondId);
        assertThat(waiting.path("status").asText()).isEqualTo("pending");
        assertThat(waiting.path("attempts").asInt()).isLessThan(TestEnvironment.WEBHOOK_ATTEMPTS);

        // fixed and enabled again: the pending message goes out; a replay sends the failed one again, same webhook-id
        receiver.answer("/fail", 200);
        webhooks.patch(id, Map.of("enabled", true));
        Eventually.until("the pending message to be delivered", WAIT,
                () -> "succeeded".equals(webhooks.delivery(id, secondId).path("status").asText()));
        realm.admin().post(webhooks.path("/" + id + "/deliveries/" + failed.path("id").asText() + "/replay"), null).expect(202);
        Eventually.until("the replayed message to be delivered", WAIT,
                () -> "succeeded".equals(webhooks.delivery(id, messageId).path("status").asText()));
        assertThat(receiver.deliveries(d -> messageId.equals(d.header("webhook-id")))).hasSize(TestEnvironment.WEBHOOK_ATTEMPTS + 1)
                .allSatisfy(a -> assertThat(a.body()).isEqualTo(firstAttempt.body()));
        assertThat(webhooks.get(id).has("failing_since")).isFalse();
    }

    @Test
    @Order(2)
    void whileTheReceiverIsDownMessagesQueueAndArriveOnceItIsBack() {
        JsonNode endpoint = endpoint("/down");
        String id = endpoint.path("id").asText();
        receiver.stop();
        List<String> changes = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                changes.add(change());
            }
            Eventually.until("every message to have failed twice", WAIT, () -> {
                List<JsonNode> deliveries = webhooks.deliveries(id, "?max=10");
                return deliveries.size() == 3 && deliveries.stream().allMatch(d -> d.path("attempts").asInt() >= 2
                        && "pending".equals(d.path("status").asText()) && "connection refused".equals(d.path("last_error").asText()));
            });
        } finally {
            receiver.start();
        }
        for (String change : changes) {
            Delivery delivery = receiver.await("the queued change " + change, d -> d.path().equals("/down") && change.equals(description(d)), WAIT);
            assertThat(verifier.verify(SignatureVerifier.STANDARD_WEBHOOKS, secret(endpoint), delivery).ok()).isTrue();
        }
        Eventually.until("every message to be marked delivered", WAIT, () -> webhooks.deliveries(id, "?status=succeeded").size() == 3);
    }

    @Test
    @Order(3)
    void adminsSeeAnEndpointsRecentDeliveriesNewestFirstAndByStatus() {
        JsonNode endpoint = endpoint("/recent");
        String id = endpoint.path("id").asText();
        String one = change();
        String two = change();
        receiver.await("both changes", d -> d.path().equals("/recent") && two.equals(description(d)), WAIT);
        receiver.await("both changes", d -> d.path().equals("/recent") && one.equals(description(d)), WAIT);
        Eventually.until("both deliveries to be recorded", WAIT, () -> webhooks.deliveries(id, "?status=succeeded").size() == 2);

        List<JsonNode> deliveries = webhooks.deliveries(id, "");
        assertThat(deliveries).hasSize(2).allSatisfy(d -> {
            assertThat(d.path("status").asText()).isEqualTo("succeeded");
            assertThat(d.path("attempts").asInt()).isEqualTo(1);
            assertThat(d.path("response_code").asInt()).isEqualTo(200);
            assertThat(d.path("event_type").asText()).isEqualTo("organization.updated");
            assertThat(d.has("payload")).isFalse();
        });
        assertThat(deliveries.get(0).path("created_at").asLong()).isGreaterThanOrEqualTo(deliveries.get(1).path("created_at").asLong());
        JsonNode single = realm.admin().get(webhooks.path("/" + id + "/deliveries/" + deliveries.get(0).path("id").asText()))
                .expect(200).json();
        assertThat(single.path("payload").asText()).contains(two);
        assertThat(webhooks.deliveries(id, "?status=failed")).isEmpty();
        assertThat(realm.admin().get(webhooks.path("/" + id + "/deliveries?status=lost")).status()).isEqualTo(400);
        assertThat(realm.admin().get(webhooks.path("/" + id + "/deliveries/unknown")).status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void theServerLogNeverContainsASecretOrAPayload() throws IOException {
        String log = readLog();
        assertThat(secrets).isNotEmpty();
        for (String secret : secrets) {
            assertThat(log).doesNotContain(secret).doesNotContain(secret.substring("whsec_".length()));
        }
        assertThat(markers).isNotEmpty();
        for (String marker : markers) {
            assertThat(log).doesNotContain(marker);
        }
        assertThat(log).doesNotContain(receiver.url("/"));
    }

    // ---------------------------------------------------------------------------------------------

    private static JsonNode endpoint(String path) {
        JsonNode endpoint = webhooks.create(Map.of("url", receiver.url(path), "event_types", List.of("organization.updated")));
        secrets.add(secret(endpoint));
        return endpoint;
    }

    private static String secret(JsonNode endpoint) {
        return endpoint.path("secret").asText();
    }

    /** A change of acme whose description only ever appears in webhook payloads. */
    private static String change() {
        String marker = "hookmarker-" + Long.toString(System.nanoTime(), 36);
        markers.add(marker);
        realm.http().patch(realm.path("/orgkit/organizations/acme")).bearer(realm.tokens()
                .password(realm.name(), "orgkit-demo-cli", "alice", "alice").accessToken())
                .json(Map.of("description", marker)).send().expect(200);
        return marker;
    }

    private static String description(Delivery delivery) {
        return delivery.data().path("description").asText();
    }

    private static String readLog() {
        try {
            return Files.readString(realm.env().server().logFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
