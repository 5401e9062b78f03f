package dev.orgkit.webhooks;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakTransaction;
import org.keycloak.models.KeycloakTransactionManager;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.services.scheduled.ScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;

import dev.orgkit.organizations.spi.OrgkitEvent;
import dev.orgkit.organizations.spi.AdminRequest;
import dev.orgkit.organizations.spi.OrgkitApiExtension;
import dev.orgkit.organizations.spi.OrgkitApiExtensionFactory;
import dev.orgkit.webhooks.admin.WebhooksAdminResource;
import dev.orgkit.webhooks.delivery.DeliveryWorker;
import dev.orgkit.webhooks.metrics.BacklogRefreshTask;
import dev.orgkit.webhooks.metrics.WebhookMeters;
import dev.orgkit.webhooks.jpa.WebhookEndpointEntity;
import dev.orgkit.webhooks.outbox.KeycloakEventRaised;
import dev.orgkit.webhooks.outbox.Outbox;
import dev.orgkit.webhooks.outbox.RequestOrigin;
import dev.orgkit.webhooks.config.WebhookSettings;

/**
 * Webhooks: queues an outbox message for every {@link OrgkitEvent} with a webhook type (user and
 * session events come through {@code WebhookEventListenerFactory}), runs this node's delivery
 * worker, serves {@code /admin/realms/{realm}/orgkit/webhooks}, purges finished messages once per
 * interval across the cluster, removes a deleted realm's endpoints and messages, and publishes the
 * webhook meters (docs/operations.md).
 * Settings: {@link WebhookSettings}.
 */
public final class WebhooksExtensionFactory implements OrgkitApiExtensionFactory {

    public static final String PROVIDER_ID = "webhooks";

    private static final Logger LOG = Logger.getLogger(WebhooksExtensionFactory.class);

    private WebhookSettings settings = WebhookSettings.defaults();
    private DeliveryWorker worker;

    @Override
    public OrgkitApiExtension create(KeycloakSession session) {
        return new OrgkitApiExtension() {
            @Override
            public Object adminResource(AdminRequest request) {
                return new WebhooksAdminResource(request, settings, WebhooksExtensionFactory.this::wake);
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        settings = WebhookSettings.from(config::get);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(this::onEvent);
        WebhookMeters meters = WebhookMeters.create();
        worker = new DeliveryWorker(factory, settings, meters);
        worker.start();
        try (KeycloakSession session = factory.create()) {
            TimerProvider timer = session.getProvider(TimerProvider.class);
            long interval = settings.cleanupInterval().toMillis();
            timer.schedule(new ClusterAwareScheduledTaskRunner(factory, new DeliveryCleanupTask(settings.deliveryRetention()),
                    interval), interval, "orgkit-webhooks-cleanup");
            // every node reads the backlog for its own metrics endpoint
            timer.schedule(new ScheduledTaskRunner(factory, new BacklogRefreshTask(meters)), settings.metricsInterval().toMillis(),
                    "orgkit-webhooks-metrics");
        }
        LOG.debugf("orgkit webhooks: retry schedule %s, poll every %s, lease %s, disable after %s",
                settings.retries().delays(), settings.pollInterval(), settings.lease(), settings.disableAfter());
    }

    /** The outbox, writing with {@code session} (the session of the change). */
    private Outbox outbox(KeycloakSession session) {
        return new Outbox(session, settings, this::wake);
    }

    private void wake() {
        DeliveryWorker current = worker;
        if (current != null) {
            current.wake();
        }
    }

    private void onEvent(ProviderEvent event) {
        if (event instanceof OrgkitEvent change) {
            change.action().eventType().ifPresent(type -> outbox(change.session()).enqueue(change.realm().getId(), type,
                    change.data(), change.timestamp(), new RequestOrigin(change.ipAddress(), change.userAgent())));
        } else if (event instanceof KeycloakEventRaised raised) {
            if (raised.atEndOfTransaction()) {
                // "prepare" transactions commit before the main ones (JPA's among them): the rows still join the change's commit
                AtomicBoolean queued = new AtomicBoolean();
                KeycloakTransactionManager transaction = raised.session().getTransactionManager();
                transaction.enlistPrepare(step(() -> queued.set(queue(raised, new Outbox(raised.session(), settings, null)) > 0)));
                transaction.enlistAfterCompletion(step(() -> {
                    if (queued.get()) {
                        wake();
                    }
                }));
            } else {
                queue(raised, outbox(raised.session()));
            }
        } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
            RealmCleanup.removeAll(removed.getKeycloakSession(), removed.getRealm().getId());
        }
    }

    /** Queues the webhooks of a Keycloak event; returns how many messages. */
    private static int queue(KeycloakEventRaised raised, Outbox outbox) {
        List<WebhookEndpointEntity> subscribers = outbox.subscribers(raised.realmId(), raised.type());
        if (subscribers.isEmpty()) {
            return 0;
        }
        return raised.data().get().stream()
                .mapToInt(data -> outbox.enqueue(subscribers, raised.realmId(), raised.type(), data, raised.timestamp(), raised.origin()))
                .sum();
    }

    /** A transaction step that runs {@code action} on commit and nothing on rollback. */
    private static KeycloakTransaction step(Runnable action) {
        return new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                action.run();
            }

            @Override
            protected void rollbackImpl() {
            }
        };
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.stop();
        }
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
