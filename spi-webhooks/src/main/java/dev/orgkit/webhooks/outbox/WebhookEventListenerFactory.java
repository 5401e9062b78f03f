package dev.orgkit.webhooks.outbox;

import org.keycloak.Config;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;

import dev.orgkit.organizations.rest.OrgkitApiExtension;
import dev.orgkit.webhooks.WebhooksExtensionFactory;

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
                if (KeycloakEvents.typeOf(event) == null) {
                    return;
                }
                RealmModel realm = session.realms().getRealm(event.getRealmId());
                if (realm != null) {
                    KeycloakEvents.of(session, realm, event)
                            .ifPresent(m -> outbox(session).enqueue(realm.getId(), m.type(), m.data(), event.getTime()));
                }
            }

            @Override
            public void onEvent(AdminEvent event, boolean includeRepresentation) {
                RealmModel realm = event.getRealmId() == null ? null : session.realms().getRealm(event.getRealmId());
                if (realm != null) {
                    KeycloakEvents.of(session, realm, event)
                            .ifPresent(m -> outbox(session).enqueue(realm.getId(), m.type(), m.data(), event.getTime()));
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
