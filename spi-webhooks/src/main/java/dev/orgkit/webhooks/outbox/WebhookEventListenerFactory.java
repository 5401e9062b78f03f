package dev.orgkit.webhooks.outbox;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.keycloak.Config;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;


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
                if (realm != null) {
                    raise(session, realm, type, () -> KeycloakEvents.data(session, realm, event), event.getTime(),
                            RequestOrigin.of(session, event.getIpAddress()));
                }
            }

            @Override
            public void onEvent(AdminEvent event, boolean includeRepresentation) {
                String type = KeycloakEvents.typeOf(event);
                RealmModel realm = type == null || event.getRealmId() == null ? null : session.realms().getRealm(event.getRealmId());
                if (realm != null) {
                    String ip = event.getAuthDetails() == null ? null : event.getAuthDetails().getIpAddress();
                    raise(session, realm, type, () -> KeycloakEvents.data(session, realm, event), event.getTime(),
                            RequestOrigin.of(session, ip));
                }
            }

            @Override
            public void close() {
            }
        };
    }

    /** Hands the event to the webhooks factory (which owns the outbox's settings and the delivery worker). */
    private static void raise(KeycloakSession session, RealmModel realm, String type,
                              Supplier<List<Map<String, Object>>> data, long time, RequestOrigin origin) {
        session.getKeycloakSessionFactory().publish(new KeycloakEventRaised(session, realm.getId(), type, data, time, origin,
                KeycloakEvents.snapshotAtEndOfTransaction(type)));
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
