package dev.orgkit.webhooks;

import java.time.Duration;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.timer.ScheduledTask;

import dev.orgkit.webhooks.outbox.Outbox;

/** Removes succeeded and failed messages older than the retention; pending ones are never removed. */
final class DeliveryCleanupTask implements ScheduledTask {

    private static final Logger LOG = Logger.getLogger(DeliveryCleanupTask.class);

    private final Duration retention;

    DeliveryCleanupTask(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void run(KeycloakSession session) {
        int removed = session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createQuery("DELETE FROM OrgkitWebhookDelivery d WHERE d.status <> :pending AND d.createdAt < :cutoff")
                .setParameter("pending", Outbox.PENDING)
                .setParameter("cutoff", Time.currentTimeMillis() - retention.toMillis())
                .executeUpdate();
        if (removed > 0) {
            LOG.debugf("Removed %d finished webhook messages older than %s", removed, retention);
        }
    }

    @Override
    public String getTaskName() {
        return "orgkit-webhooks-cleanup";
    }
}
