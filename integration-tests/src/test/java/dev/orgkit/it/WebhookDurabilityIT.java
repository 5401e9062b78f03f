package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The outbox survives a crash: Keycloak is killed with SIGKILL right after changes were committed,
 * while their deliveries are in flight, and restarted. Every committed change is still delivered,
 * and a message sent again carries the webhook-id (and body) it had before the crash.
 */
class WebhookDurabilityIT {

    private static final int CHANGES = 6;

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private static WebhookReceiver receiver;
    private static SignatureVerifier verifier;

    @BeforeAll
    static void setUp() {
        receiver = new WebhookReceiver();
        verifier = new SignatureVerifier();
    }

    @AfterAll
    static void tearDown() {
        verifier.close();
        receiver.close();
    }

    @Test
    void everyCommittedChangeIsDeliveredAfterAKillAndDuplicatesKeepTheirWebhookId() {
        Webhooks webhooks = new Webhooks(realm);
        JsonNode endpoint = webhooks.create(Map.of("url", receiver.url("/durable"), "event_types", List.of("organization.created")));
        String endpointId = endpoint.path("id").asText();
        String secret = endpoint.path("secret").asText();

        // the receiver takes the requests but does not answer: deliveries are in flight when the server dies
        receiver.holdRequests();
        List<String> committed = new ArrayList<>();
        for (int i = 0; i < CHANGES; i++) {
            String name = "Durable " + i + " " + Long.toString(System.nanoTime(), 36);
            realm.admin().post(realm.adminPath("/orgkit/organizations"), Map.of("name", name)).expect(201);
            committed.add(name);
        }
        receiver.await("a delivery in flight", d -> d.path().equals("/durable"), Duration.ofSeconds(30));
        realm.env().server().kill();
        receiver.release();

        realm.env().server().start();
        realm.env().admin().reset();

        // every change the server confirmed is still there after the crash ...
        for (String name : committed) {
            JsonNode found = realm.admin().get(realm.adminPath("/orgkit/organizations?search=" + name.replace(" ", "%20")))
                    .expect(200).json();
            assertThat(found).as("organization %s after the crash", name).hasSize(1);
        }
        // ... and is delivered: leases held by the dead process expire, then the messages are claimed again
        Duration wait = Duration.ofSeconds(TestEnvironment.WEBHOOK_LEASE_SECONDS + 90);
        for (String name : committed) {
            receiver.await("the webhook of " + name, d -> d.path().equals("/durable") && name.equals(d.data().path("name").asText()), wait);
        }
        List<JsonNode> last = new ArrayList<>();
        try {
            Eventually.until("every message to be marked delivered", wait, () -> {
                last.clear();
                last.addAll(webhooks.deliveries(endpointId, "?max=100"));
                return last.size() == CHANGES && last.stream().allMatch(d -> "succeeded".equals(d.path("status").asText()));
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; deliveries: " + last, e);
        }

        List<Delivery> all = receiver.deliveries(d -> d.path().equals("/durable"));
        for (Delivery delivery : all) {
            SignatureVerifier.Verdict verdict = verifier.verify(SignatureVerifier.STANDARD_WEBHOOKS, secret, delivery);
            assertThat(verdict.ok()).as(verdict.error()).isTrue();
        }
        Map<String, List<Delivery>> byChange = all.stream().collect(Collectors.groupingBy(d -> d.data().path("name").asText()));
        assertThat(byChange.keySet()).containsExactlyInAnyOrderElementsOf(committed);
        byChange.forEach((name, copies) -> {
            // a message sent before the crash and again after it is the same message
            assertThat(copies).extracting(d -> d.header("webhook-id")).as(name).containsOnly(copies.get(0).header("webhook-id"));
            assertThat(copies).extracting(Delivery::body).as(name).containsOnly(copies.get(0).body());
        });
        assertThat(all.size()).as("messages in flight at the crash were sent again").isGreaterThan(CHANGES);
    }
}
