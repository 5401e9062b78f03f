package dev.orgkit.webhooks.outbox;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.util.JsonSerialization;

import dev.orgkit.webhooks.config.EventTypes;
import dev.orgkit.webhooks.config.WebhookSettings;
import dev.orgkit.webhooks.jpa.WebhookDeliveryEntity;
import dev.orgkit.webhooks.jpa.WebhookEndpointEntity;
import dev.orgkit.webhooks.objects.ClerkFields;

/**
 * The transactional outbox: writes one message per subscribed endpoint with the session of the
 * change, so the messages commit or roll back with it, and wakes this node's worker after commit.
 */
public final class Outbox {

    public static final String PENDING = "pending";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The last {@code createdAt} this node gave: each batch of messages gets a later one than the one before. */
    private static final AtomicLong LAST_QUEUED = new AtomicLong();
    /** Jackson's defaults, which write null values: for {@link ClerkFields}. */
    private static final ObjectMapper NULLS_KEPT = new ObjectMapper();

    private final KeycloakSession session;
    private final WebhookSettings settings;
    private final Runnable wake;

    /**
     * @param wake wakes this node's worker; run after the transaction commits when a message was
     *        queued. Null when the caller wakes it itself: while a transaction commits (in a
     *        "prepare" transaction) no after-commit step can be added any more.
     */
    public Outbox(KeycloakSession session, WebhookSettings settings, Runnable wake) {
        this.session = session;
        this.settings = settings;
        this.wake = wake;
    }

    /** The enabled endpoints of the realm that want {@code type} (often none: then nothing else is done). */
    public List<WebhookEndpointEntity> subscribers(String realmId, String type) {
        return em().createQuery("SELECT e FROM OrgkitWebhookEndpoint e WHERE e.realmId = :realm AND e.enabled = true",
                        WebhookEndpointEntity.class)
                .setParameter("realm", realmId)
                .getResultList()
                .stream()
                .filter(e -> EventTypes.subscribed(e.getEventTypes(), type))
                .toList();
    }

    /** Queues {@code type} with {@code data} for every enabled endpoint of the realm that wants it; returns how many. */
    public int enqueue(String realmId, String type, Object data, long timestamp, RequestOrigin origin) {
        return enqueue(subscribers(realmId, type), realmId, type, data, timestamp, origin);
    }

    /** Queues {@code type} with {@code data} for {@code endpoints} (from {@link #subscribers}). */
    public int enqueue(List<WebhookEndpointEntity> endpoints, String realmId, String type, Object data, long timestamp,
                       RequestOrigin origin) {
        if (endpoints.isEmpty()) {
            return 0;
        }
        EntityManager em = em();
        String payload = payload(type, data, timestamp, realmId, origin);
        String messageId = messageId();
        long now = LAST_QUEUED.updateAndGet(last -> Math.max(last + 1, Time.currentTimeMillis()));
        for (WebhookEndpointEntity endpoint : endpoints) {
            WebhookDeliveryEntity delivery = new WebhookDeliveryEntity();
            delivery.setId(KeycloakModelUtils.generateId());
            delivery.setMessageId(messageId);
            delivery.setRealmId(realmId);
            delivery.setEndpointId(endpoint.getId());
            delivery.setEventType(type);
            delivery.setPayload(payload);
            delivery.setCreatedAt(now);
            delivery.setStatus(PENDING);
            delivery.setAttempts(0);
            delivery.setNextAttemptAt(now + settings.retries().firstDelay().toMillis());
            em.persist(delivery);
        }
        if (wake == null) {
            return endpoints.size();
        }
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                wake.run();
            }

            @Override
            protected void rollbackImpl() {
            }
        });
        return endpoints.size();
    }

    private EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /**
     * Clerk's envelope, serialised once for every attempt: {@code {"data", "object": "event", "type",
     * "timestamp" (ms), "instance_id" (the realm's id), "event_attributes": {"http_request":
     * {"client_ip", "user_agent"}}}}.
     */
    public static String payload(String type, Object data, long timestamp, String realmId, RequestOrigin origin) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("client_ip", origin.clientIp());
        request.put("user_agent", origin.userAgent());
        Map<String, Object> body = new LinkedHashMap<>();
        // a Clerk object keeps its nulls; orgkit's own representations are written as Keycloak writes them
        body.put("data", data instanceof ClerkFields ? NULLS_KEPT.valueToTree(data) : data);
        body.put("object", "event");
        body.put("type", type);
        body.put("timestamp", timestamp);
        body.put("instance_id", realmId);
        body.put("event_attributes", Map.of("http_request", request));
        try {
            return JsonSerialization.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a webhook payload of type " + type, e);
        }
    }

    /** {@code msg_} and 128 random bits: the {@code webhook-id} of one event, stable across retries. */
    public static String messageId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "msg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
