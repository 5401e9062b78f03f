package dev.orgkit.webhooks.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import dev.orgkit.webhooks.config.WebhookSettings;
import dev.orgkit.webhooks.jpa.WebhookDeliveryEntity;
import dev.orgkit.webhooks.jpa.WebhookEndpointEntity;
import dev.orgkit.webhooks.outbox.Outbox;
import dev.orgkit.webhooks.signing.SecretUnavailableException;
import dev.orgkit.webhooks.signing.SecretVault;
import dev.orgkit.webhooks.signing.Signature;

/**
 * The outbox rows as the worker sees them, in the transaction of the given session. Claiming is a
 * conditional UPDATE (status pending, lease free): on H2, PostgreSQL and MariaDB a row can only be
 * claimed by one transaction, because the UPDATE re-checks the lease on the latest committed row.
 */
final class DeliveryStore {

    private final KeycloakSession session;
    private final EntityManager em;
    private final WebhookSettings settings;

    DeliveryStore(KeycloakSession session, WebhookSettings settings) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.settings = settings;
    }

    /** A due message and its endpoint. */
    record Due(String id, String endpointId) {
    }

    /**
     * Due messages of enabled endpoints whose lease is free, oldest due first; messages queued
     * together come in the order they were queued (their {@code createdAt} rises one by one).
     */
    List<Due> due(long now, int limit) {
        return em.createQuery("SELECT d.id, d.endpointId FROM OrgkitWebhookDelivery d, OrgkitWebhookEndpoint e "
                        + "WHERE e.id = d.endpointId AND e.enabled = true AND d.status = :pending AND d.nextAttemptAt <= :now "
                        + "AND (d.leaseUntil IS NULL OR d.leaseUntil < :now) ORDER BY d.nextAttemptAt, d.createdAt, d.id", Object[].class)
                .setParameter("pending", Outbox.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> new Due((String) row[0], (String) row[1]))
                .toList();
    }

    /** Takes the lease of one message for {@code owner}; false when another node was faster. */
    boolean claim(String id, String owner, long now) {
        return em.createQuery("UPDATE OrgkitWebhookDelivery d SET d.leaseOwner = :owner, d.leaseUntil = :until "
                        + "WHERE d.id = :id AND d.status = :pending AND (d.leaseUntil IS NULL OR d.leaseUntil < :now)")
                .setParameter("owner", owner)
                .setParameter("until", now + settings.lease().toMillis())
                .setParameter("id", id)
                .setParameter("pending", Outbox.PENDING)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** Signs a claimed message with its endpoint's active secrets at {@code now}. */
    Attempt prepare(String id, long now) {
        WebhookDeliveryEntity delivery = em.find(WebhookDeliveryEntity.class, id);
        WebhookEndpointEntity endpoint = delivery == null ? null : em.find(WebhookEndpointEntity.class, delivery.getEndpointId());
        if (endpoint == null) {
            return null;
        }
        RealmModel realm = session.realms().getRealm(endpoint.getRealmId());
        if (realm == null) {
            return null;
        }
        session.getContext().setRealm(realm);
        List<String> secrets;
        try {
            secrets = activeSecrets(new SecretVault(session, realm, settings.configuredKey()), endpoint, now);
        } catch (SecretUnavailableException e) {
            return Attempt.impossible(id, realm.getName(), endpoint.getId(), "signing secret unavailable: " + e.getMessage());
        }
        byte[] body = delivery.getPayload().getBytes(StandardCharsets.UTF_8);
        long timestamp = now / 1000;
        Map<String, String> headers = Signature.headers(endpoint.getHeaderStyle(), delivery.getMessageId(), timestamp,
                Signature.header(delivery.getMessageId(), timestamp, body, secrets));
        return new Attempt(id, realm.getName(), endpoint.getId(), endpoint.getUrl(), headers, body, null);
    }

    /**
     * The current secret, and the previous one while its overlap lasts. A secret sealed with a key
     * that is no longer the preferred one is sealed again; an expired previous secret is dropped.
     * Both are compare-and-set updates, so a rotation committed meanwhile is never overwritten.
     */
    List<String> activeSecrets(SecretVault vault, WebhookEndpointEntity endpoint, long now) {
        List<String> secrets = new ArrayList<>(2);
        String secret = vault.open(endpoint.getId(), new SecretVault.Sealed(endpoint.getSecret(), endpoint.getSecretKeyRef()));
        secrets.add(secret);
        if (vault.isStale(endpoint.getSecretKeyRef())) {
            SecretVault.Sealed resealed = vault.seal(endpoint.getId(), secret);
            em.createQuery("UPDATE OrgkitWebhookEndpoint e SET e.secret = :sealed, e.secretKeyRef = :ref "
                            + "WHERE e.id = :id AND e.secret = :old")
                    .setParameter("sealed", resealed.ciphertext())
                    .setParameter("ref", resealed.keyRef())
                    .setParameter("id", endpoint.getId())
                    .setParameter("old", endpoint.getSecret())
                    .executeUpdate();
        }
        Long expires = endpoint.getPreviousSecretExpiresAt();
        if (endpoint.getPreviousSecret() == null) {
            return secrets;
        }
        if (expires != null && expires > now) {
            try {
                secrets.add(vault.open(endpoint.getId(),
                        new SecretVault.Sealed(endpoint.getPreviousSecret(), endpoint.getPreviousSecretKeyRef())));
            } catch (SecretUnavailableException e) {
                // the previous secret is only a courtesy during rotation; sign with the current one
            }
        } else {
            em.createQuery("UPDATE OrgkitWebhookEndpoint e SET e.previousSecret = NULL, e.previousSecretKeyRef = NULL, "
                            + "e.previousSecretExpiresAt = NULL WHERE e.id = :id AND e.previousSecret = :old")
                    .setParameter("id", endpoint.getId())
                    .setParameter("old", endpoint.getPreviousSecret())
                    .executeUpdate();
        }
        return secrets;
    }

    /**
     * Writes the outcome of {@code owner}'s attempt and schedules the next one or ends the message;
     * false when the outcome no longer belongs to the message.
     */
    boolean record(String id, String owner, Outcome outcome, long now) {
        WebhookDeliveryEntity delivery = em.find(WebhookDeliveryEntity.class, id);
        if (delivery == null || !owner.equals(delivery.getLeaseOwner()) || !Outbox.PENDING.equals(delivery.getStatus())) {
            return false; // the endpoint was deleted, the message replayed, or the lease lost
        }
        delivery.setAttempts(delivery.getAttempts() + 1);
        delivery.setLastAttemptAt(now);
        delivery.setLastStatusCode(outcome.statusCode());
        delivery.setLastError(outcome.error() == null ? null : truncate(outcome.error(), 255));
        delivery.setLeaseOwner(null);
        delivery.setLeaseUntil(null);
        String endpointId = delivery.getEndpointId();
        if (outcome.success()) {
            delivery.setStatus(Outbox.SUCCEEDED);
            em.createQuery("UPDATE OrgkitWebhookEndpoint e SET e.failingSince = NULL WHERE e.id = :id AND e.failingSince IS NOT NULL")
                    .setParameter("id", endpointId)
                    .executeUpdate();
            return true;
        }
        Optional<Duration> next = settings.retries().nextDelay(delivery.getAttempts());
        if (next.isPresent()) {
            delivery.setNextAttemptAt(now + next.get().toMillis());
        } else {
            delivery.setStatus(Outbox.FAILED);
        }
        em.createQuery("UPDATE OrgkitWebhookEndpoint e SET e.failingSince = :now WHERE e.id = :id AND e.failingSince IS NULL")
                .setParameter("now", now)
                .setParameter("id", endpointId)
                .executeUpdate();
        em.createQuery("UPDATE OrgkitWebhookEndpoint e SET e.enabled = false, e.disabledReason = :reason "
                        + "WHERE e.id = :id AND e.enabled = true AND e.failingSince <= :threshold")
                .setParameter("reason", EndpointHealth.reason(settings.disableAfter()))
                .setParameter("id", endpointId)
                .setParameter("threshold", EndpointHealth.threshold(now, settings.disableAfter()))
                .executeUpdate();
        return true;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
