package dev.orgkit.webhooks.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import dev.orgkit.webhooks.outbox.Outbox;

/**
 * The pending outbox messages per realm, from the database: the truth every node of a cluster
 * reads alike. One grouped query over the status index.
 */
public final class OutboxBacklog {

    /** How many messages of a realm are pending, and when the oldest was queued (epoch millis). */
    public record Pending(long count, long oldestCreatedAt) {
        static final Pending NONE = new Pending(0, 0);
    }

    private OutboxBacklog() {
    }

    /** Pending messages per realm name; realms with none are absent. */
    public static Map<String, Pending> read(KeycloakSession session) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        List<Object[]> rows = em.createQuery("SELECT d.realmId, COUNT(d), MIN(d.createdAt) FROM OrgkitWebhookDelivery d "
                        + "WHERE d.status = :pending GROUP BY d.realmId", Object[].class)
                .setParameter("pending", Outbox.PENDING)
                .getResultList();
        Map<String, Pending> byRealm = new HashMap<>();
        for (Object[] row : rows) {
            RealmModel realm = session.realms().getRealm((String) row[0]);
            if (realm != null) {
                byRealm.put(realm.getName(), new Pending(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
            }
        }
        return byRealm;
    }
}
