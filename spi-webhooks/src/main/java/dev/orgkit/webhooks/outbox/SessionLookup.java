package dev.orgkit.webhooks.outbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.session.UserSessionPersisterProvider;

/**
 * Finds user sessions, also those the current request has just ended. Keycloak reports a logout
 * or an admin's deletion after it removed the session from its session store, but the persisted
 * copy (persistent user sessions, on by default since Keycloak 26) is deleted only when the
 * request's transaction commits, so it still tells who the session belonged to and since when.
 * The one place that uses Keycloak's internal {@link UserSessionPersisterProvider}; without
 * persistent sessions it finds nothing there.
 */
final class SessionLookup {

    /** More sessions than this of one user are not reported one by one. */
    static final int MAX_SESSIONS_OF_A_USER = 1000;

    private SessionLookup() {
    }

    /** The session with {@code id} (not an offline one), or null. */
    static UserSessionModel find(KeycloakSession session, RealmModel realm, String id) {
        UserSessionModel live = session.sessions().getUserSession(realm, id);
        if (live != null) {
            return live;
        }
        UserSessionPersisterProvider persister = persister(session);
        return persister == null ? null : persister.loadUserSession(realm, id, false);
    }

    /** The sessions of {@code user} (not offline ones), live or persisted, each once. */
    static List<UserSessionModel> ofUser(KeycloakSession session, RealmModel realm, UserModel user) {
        Map<String, UserSessionModel> sessions = new LinkedHashMap<>();
        session.sessions().getUserSessionsStream(realm, user).limit(MAX_SESSIONS_OF_A_USER)
                .forEach(s -> sessions.putIfAbsent(s.getId(), s));
        UserSessionPersisterProvider persister = persister(session);
        Stream<UserSessionModel> persisted = persister == null ? Stream.empty()
                : persister.loadUserSessionsStream(realm, user, false, 0, MAX_SESSIONS_OF_A_USER);
        persisted.forEach(s -> sessions.putIfAbsent(s.getId(), s));
        return List.copyOf(sessions.values());
    }

    private static UserSessionPersisterProvider persister(KeycloakSession session) {
        return session.getProvider(UserSessionPersisterProvider.class);
    }
}
