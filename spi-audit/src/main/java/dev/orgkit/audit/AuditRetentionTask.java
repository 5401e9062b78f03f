package dev.orgkit.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.timer.ScheduledTask;


/**
 * Removes audit entries older than each realm's {@code audit-retention-days} (0 keeps them for
 * ever). Scheduled through Keycloak's cluster-aware runner: never on two nodes at once (each node still
 * runs it every interval; a repeat finds nothing more past the cutoff). Its
 * meters count what the run's transaction committed.
 */
final class AuditRetentionTask implements ScheduledTask {

    private static final Logger LOG = Logger.getLogger(AuditRetentionTask.class);
    static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

    private final AuditPurgeMeters meters;

    AuditRetentionTask(AuditPurgeMeters meters) {
        this.meters = meters;
    }

    @Override
    public void run(KeycloakSession session) {
        long started = System.nanoTime();
        Map<String, Integer> purged = new LinkedHashMap<>();
        long now = Time.currentTimeMillis();
        List<RealmModel> realms = session.realms().getRealmsStream().toList();
        for (RealmModel realm : realms) {
            int days = AuditFeatureFactory.RETENTION_DAYS.readCount(realm);
            if (days <= 0) {
                continue;
            }
            int removed = new AuditLog(session, realm.getId()).purgeBefore(cutoff(now, days));
            if (removed > 0) {
                purged.put(realm.getName(), removed);
                LOG.debugf("Removed %d audit entries older than %d days in realm %s", removed, days, realm.getName());
            }
        }
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                purged.forEach(meters::purged);
                meters.ran(System.nanoTime() - started, Time.currentTimeMillis());
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }

    static long cutoff(long now, int days) {
        return now - days * DAY_MILLIS;
    }

    @Override
    public String getTaskName() {
        return "orgkit-audit-retention";
    }
}
