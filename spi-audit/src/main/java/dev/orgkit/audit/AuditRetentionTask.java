package dev.orgkit.audit;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.timer.ScheduledTask;


/**
 * Removes audit entries older than each realm's {@code audit-retention-days} (0 keeps them for
 * ever). Scheduled through Keycloak's cluster-aware runner, so one node runs it per interval.
 */
final class AuditRetentionTask implements ScheduledTask {

    private static final Logger LOG = Logger.getLogger(AuditRetentionTask.class);
    static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

    @Override
    public void run(KeycloakSession session) {
        long now = Time.currentTimeMillis();
        List<RealmModel> realms = session.realms().getRealmsStream().toList();
        for (RealmModel realm : realms) {
            int days = AuditFeatureFactory.RETENTION_DAYS.readCount(realm);
            if (days <= 0) {
                continue;
            }
            int removed = new AuditLog(session, realm.getId()).purgeBefore(cutoff(now, days));
            if (removed > 0) {
                LOG.debugf("Removed %d audit entries older than %d days in realm %s", removed, days, realm.getName());
            }
        }
    }

    static long cutoff(long now, int days) {
        return now - days * DAY_MILLIS;
    }

    @Override
    public String getTaskName() {
        return "orgkit-audit-retention";
    }
}
