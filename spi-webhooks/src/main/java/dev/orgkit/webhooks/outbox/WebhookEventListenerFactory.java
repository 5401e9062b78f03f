package dev.orgkit.webhooks.outbox;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;

import dev.orgkit.organizations.spi.OrgkitApiExtension;
import dev.orgkit.webhooks.WebhooksExtensionFactory;
import dev.orgkit.webhooks.jpa.WebhookEndpointEntity;

/**
 * A global event listener (no realm configuration needed) that queues {@code user.*} and
 * {@code session.*} webhooks from Keycloak's user and admin events, in the transaction of the
 * request that raised them.
 */
public final class WebhookEventListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "orgkit-webhooks";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new EventListenerProvider() {
            @Override
            public void onEvent(Event event) {
                String type = KeycloakEvents.typeOf(event);
                RealmModel realm = type == null ? null : session.realms().getRealm(event.getRealmId());
                if (realm == null) {
                    return;
                }
                Outbox outbox = outbox(session);
                List<WebhookEndpointEntity> subscribers = outbox.subscribers(realm.getId(), type);
                if (!subscribers.isEmpty()) {
                    KeycloakEvents.of(session, realm, event).ifPresent(m ->
                            outbox.enqueue(subscribers, realm.getId(), m.type(), m.data(), event.getTime()));
                }
            }

            @Override
            public void onEvent(AdminEvent event, boolean includeRepresentation) {
                String type = KeycloakEvents.typeOf(event);
                RealmModel realm = type == null || event.getRealmId() == null ? null : session.realms().getRealm(event.getRealmId());
                if (realm == null) {
                    return;
                }
                Outbox outbox = outbox(session);
                List<WebhookEndpointEntity> subscribers = outbox.subscribers(realm.getId(), type);
                if (!subscribers.isEmpty()) {
                    KeycloakEvents.of(session, realm, event).ifPresent(m ->
                            outbox.enqueue(subscribers, realm.getId(), m.type(), m.data(), event.getTime()));
                }
            }

            @Override
            public void close() {
            }
        };
    }

    private static Outbox outbox(KeycloakSession session) {
        WebhooksExtensionFactory webhooks = (WebhooksExtensionFactory) session.getKeycloakSessionFactory()
                .getProviderFactory(OrgkitApiExtension.class, WebhooksExtensionFactory.PROVIDER_ID);
        return webhooks.outbox(session);
    }

    @Override
    public boolean isGlobal() {
        return true;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
