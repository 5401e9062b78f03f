package dev.orgkit.invitations.housekeeping;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.ScheduledTask;
import org.keycloak.timer.TimerProvider;

/**
 * Purges every realm with organizations. Scheduled on every node through Keycloak's
 * {@link ClusterAwareScheduledTaskRunner}, which never runs it on two nodes at once (each node
 * still runs it every interval).
 */
public final class OrgkitInvitationPurgeTask implements ScheduledTask {

    public static final String TASK_NAME = "orgkit-invitation-purge";

    private static final Logger LOG = Logger.getLogger(OrgkitInvitationPurgeTask.class);

    public static void schedule(KeycloakSessionFactory factory, long intervalMillis) {
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            TimerProvider timer = session.getProvider(TimerProvider.class);
            timer.schedule(new ClusterAwareScheduledTaskRunner(factory, new OrgkitInvitationPurgeTask(), intervalMillis),
                    intervalMillis, TASK_NAME);
        });
        LOG.debugf("Scheduled %s every %d s", TASK_NAME, intervalMillis / 1000);
    }

    @Override
    public void run(KeycloakSession session) {
        long now = Time.currentTimeMillis();
        List<RealmModel> realms = session.realms().getRealmsStream().filter(RealmModel::isOrganizationsEnabled).toList();
        for (RealmModel realm : realms) {
            var purged = InvitationPurge.purge(session, realm, now);
            LOG.debugf("Purged orgkit invitation rows of realm %s: %s", realm.getName(), purged);
        }
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
