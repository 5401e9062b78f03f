package dev.orgkit.audit;

import java.time.Duration;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;

import dev.orgkit.organizations.spi.Durations;
import dev.orgkit.organizations.spi.OrgkitEvent;
import dev.orgkit.organizations.spi.OrgkitApiExtension;
import dev.orgkit.organizations.spi.OrgkitApiExtensionFactory;

/**
 * The audit log: records every {@link OrgkitEvent} in the change's transaction, serves
 * {@code .../organizations/{org}/audit-log} and the admin {@code .../orgkit/audit-log}, purges
 * entries past the realm's retention every interval (never on two nodes at once), and removes a deleted
 * realm's entries.
 *
 * <p>Server option: {@code --spi-orgkit-api-extension--audit-log--retention-interval} (default
 * {@code 1h}): how often the retention task runs.
 */
public final class AuditLogExtensionFactory implements OrgkitApiExtensionFactory {

    public static final String PROVIDER_ID = "audit-log";
    static final Duration DEFAULT_RETENTION_INTERVAL = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(AuditLogExtensionFactory.class);

    private Duration retentionInterval = DEFAULT_RETENTION_INTERVAL;

    @Override
    public OrgkitApiExtension create(KeycloakSession session) {
        return new AuditLogExtension();
    }

    @Override
    public void init(Config.Scope config) {
        retentionInterval = Durations.parse(config.get("retention-interval"), DEFAULT_RETENTION_INTERVAL);
        if (retentionInterval.toMillis() < 1000) {
            throw new IllegalArgumentException("retention-interval must be at least 1s");
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(AuditLogExtensionFactory::onEvent);
        try (KeycloakSession session = factory.create()) {
            TimerProvider timer = session.getProvider(TimerProvider.class);
            long interval = retentionInterval.toMillis();
            timer.schedule(new ClusterAwareScheduledTaskRunner(factory, new AuditRetentionTask(AuditPurgeMeters.create()), interval), interval,
                    "orgkit-audit-retention");
        }
        LOG.debugf("orgkit audit log: retention task every %s", retentionInterval);
    }

    private static void onEvent(ProviderEvent event) {
        if (event instanceof OrgkitEvent change) {
            AuditRecorder.record(change);
        } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
            new AuditLog(removed.getKeycloakSession(), removed.getRealm().getId()).purgeAll();
        }
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
