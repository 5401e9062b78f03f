package dev.orgkit.security.enrollment;

import java.util.Set;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A global event listener (no realm configuration needed) that runs domain enrollment when a user
 * signs in, registers or verifies their email (see docs/decisions.md, "Domain enrollment hooks
 * into sign-in events").
 */
public final class EnrollmentEventListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "orgkit-domain-enrollment";

    private static final Logger LOG = Logger.getLogger(EnrollmentEventListenerFactory.class);

    private static final Set<EventType> SIGN_INS = Set.of(EventType.LOGIN, EventType.REGISTER, EventType.VERIFY_EMAIL);

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new EventListenerProvider() {
            @Override
            public void onEvent(Event event) {
                if (!SIGN_INS.contains(event.getType()) || event.getUserId() == null) {
                    return;
                }
                try {
                    RealmModel realm = session.realms().getRealm(event.getRealmId());
                    UserModel user = realm == null ? null : session.users().getUserById(realm, event.getUserId());
                    AutomaticInvitations.onSignIn(session, realm, user);
                } catch (RuntimeException e) {
                    // enrollment never stands in the way of a sign-in
                    LOG.warnf(e, "Domain enrollment check failed for user %s", event.getUserId());
                }
            }

            @Override
            public void onEvent(AdminEvent event, boolean includeRepresentation) {
            }

            @Override
            public void close() {
            }
        };
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
