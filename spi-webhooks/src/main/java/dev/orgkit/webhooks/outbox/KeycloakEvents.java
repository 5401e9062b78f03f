package dev.orgkit.webhooks.outbox;

import java.util.List;
import java.util.Map;

import org.keycloak.events.Event;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;

import dev.orgkit.organizations.spi.OrgkitCore;
import dev.orgkit.webhooks.config.EventTypes;
import dev.orgkit.webhooks.objects.SessionObject;
import dev.orgkit.webhooks.objects.UserObject;

/**
 * Turns Keycloak's own user and admin events into the {@code user.*} and {@code session.*}
 * webhook types and their {@code data} (see docs/webhooks.md for the table).
 */
final class KeycloakEvents {

    /** User-session note: {@code session.created} was already queued for this session. */
    static final String ANNOUNCED_NOTE = "orgkit.webhooks.announced";

    private static final String USERS = "users/";
    private static final String SESSIONS = "sessions/";
    private static final String LOGOUT_ALL = "/logout";

    private KeycloakEvents() {
    }

    /** The webhook type a user event maps to, before any lookup (null when none). */
    static String typeOf(Event event) {
        if (event.getType() == null || event.getError() != null) {
            return null;
        }
        return switch (event.getType()) {
            case REGISTER -> EventTypes.USER_CREATED;
            case UPDATE_PROFILE, UPDATE_EMAIL, VERIFY_EMAIL -> EventTypes.USER_UPDATED;
            case DELETE_ACCOUNT -> EventTypes.USER_DELETED;
            case LOGIN -> EventTypes.SESSION_CREATED;
            case LOGOUT -> EventTypes.SESSION_REMOVED;
            default -> null;
        };
    }

    /** The webhook type an admin event maps to, before any lookup (null when none). */
    static String typeOf(AdminEvent event) {
        String path = event.getResourcePath();
        if (event.getError() != null || path == null || event.getOperationType() == null) {
            return null;
        }
        if (event.getResourceType() == ResourceType.USER && idAfter(path, USERS) != null) {
            return switch (event.getOperationType()) {
                case CREATE -> EventTypes.USER_CREATED;
                case UPDATE -> EventTypes.USER_UPDATED;
                case DELETE -> EventTypes.USER_DELETED;
                default -> null;
            };
        }
        if (event.getResourceType() == ResourceType.USER && event.getOperationType() == OperationType.ACTION
                && loggedOutUser(path) != null) {
            return EventTypes.SESSION_REVOKED;
        }
        if (event.getResourceType() == ResourceType.USER_SESSION && event.getOperationType() == OperationType.DELETE
                && idAfter(path, SESSIONS) != null) {
            return EventTypes.SESSION_REVOKED;
        }
        return null;
    }

    /**
     * Whether a type's {@code data} is built when the transaction commits: a user's (so
     * {@code user.created} of a registration shows the password the form sets after Keycloak's
     * {@code REGISTER}), not a session's (its note must be set while the session is in use).
     */
    static boolean snapshotAtEndOfTransaction(String type) {
        return EventTypes.USER_CREATED.equals(type) || EventTypes.USER_UPDATED.equals(type);
    }

    /** The {@code data} of each webhook a user event raises (none when there is nothing to report). */
    static List<Map<String, Object>> data(KeycloakSession session, RealmModel realm, Event event) {
        String type = typeOf(event);
        String userId = event.getUserId();
        if (type == null || userId == null) {
            return List.of();
        }
        long time = event.getTime();
        switch (type) {
            case EventTypes.USER_CREATED, EventTypes.USER_UPDATED: {
                UserModel user = session.users().getUserById(realm, userId);
                return user == null ? List.of() : List.of(UserObject.of(session, realm, user, time));
            }
            case EventTypes.USER_DELETED:
                return List.of(UserObject.deleted(userId));
            case EventTypes.SESSION_CREATED: {
                if (event.getSessionId() == null) {
                    return List.of();
                }
                UserSessionModel userSession = session.sessions().getUserSession(realm, event.getSessionId());
                if (userSession != null) {
                    if (userSession.getNote(ANNOUNCED_NOTE) != null) {
                        return List.of(); // a further login through the same SSO session
                    }
                    userSession.setNote(ANNOUNCED_NOTE, "1");
                }
                return List.of(session(session, realm, userSession, event.getSessionId(), userId, event.getClientId(),
                        SessionObject.ACTIVE, time));
            }
            case EventTypes.SESSION_REMOVED: {
                if (event.getSessionId() == null) {
                    return List.of();
                }
                UserSessionModel userSession = SessionLookup.find(session, realm, event.getSessionId());
                return List.of(session(session, realm, userSession, event.getSessionId(), userId, event.getClientId(),
                        SessionObject.REMOVED, time));
            }
            default:
                return List.of();
        }
    }

    /** The {@code data} of each webhook an admin event raises (none when there is nothing to report). */
    static List<Map<String, Object>> data(KeycloakSession session, RealmModel realm, AdminEvent event) {
        String type = typeOf(event);
        if (type == null) {
            return List.of();
        }
        String path = event.getResourcePath();
        long time = event.getTime();
        switch (type) {
            case EventTypes.USER_DELETED:
                return List.of(UserObject.deleted(idAfter(path, USERS)));
            case EventTypes.USER_CREATED, EventTypes.USER_UPDATED: {
                UserModel user = session.users().getUserById(realm, idAfter(path, USERS));
                return user == null ? List.of() : List.of(UserObject.of(session, realm, user, time));
            }
            case EventTypes.SESSION_REVOKED: {
                String loggedOut = loggedOutUser(path);
                if (loggedOut != null) {
                    // "sign out all sessions": one webhook per session the user had and that had not expired yet
                    UserModel user = session.users().getUserById(realm, loggedOut);
                    return user == null ? List.of() : SessionLookup.ofUser(session, realm, user).stream()
                            .filter(s -> SessionObject.of(realm, s, null, SessionObject.REVOKED, time, null).expireAt() > time)
                            .map(s -> session(session, realm, s, s.getId(), loggedOut, null, SessionObject.REVOKED, time))
                            .toList();
                }
                String sessionId = idAfter(path, SESSIONS);
                UserSessionModel userSession = SessionLookup.find(session, realm, sessionId);
                return List.of(session(session, realm, userSession, sessionId, null, null, SessionObject.REVOKED, time));
            }
            default:
                return List.of();
        }
    }

    /**
     * A session webhook's data: from the session if Keycloak still has it (live or its persisted
     * copy), else from what the event says ({@code userId} and {@code clientId} may be null).
     */
    private static Map<String, Object> session(KeycloakSession session, RealmModel realm, UserSessionModel userSession,
                                               String sessionId, String userId, String clientId, String status, long time) {
        SessionObject object = userSession != null
                ? SessionObject.of(realm, userSession, clientId == null ? firstClient(userSession) : clientId, status, time,
                        OrgkitCore.of(session).activeOrganizationId(userSession).orElse(null))
                : SessionObject.gone(sessionId, userId, clientId, status, time);
        UserModel user = object.userId().isEmpty() ? null : session.users().getUserById(realm, object.userId());
        return object.toData(user == null ? null : UserObject.of(session, realm, user, time));
    }

    /** The client a session signed in to first (an admin's deletion names no client). */
    private static String firstClient(UserSessionModel userSession) {
        return userSession.getAuthenticatedClientSessions().values().stream()
                .min((a, b) -> Integer.compare(a.getStarted(), b.getStarted()))
                .map(clientSession -> clientSession.getClient().getClientId())
                .orElse(null);
    }

    /** {@code id} of {@code prefix + id} (exactly one path segment after the prefix), else null. */
    static String idAfter(String path, String prefix) {
        if (!path.startsWith(prefix) || path.length() == prefix.length() || path.indexOf('/', prefix.length()) >= 0) {
            return null;
        }
        return path.substring(prefix.length());
    }

    /** The user of {@code users/{id}/logout} (an admin signs the user out everywhere), else null. */
    static String loggedOutUser(String path) {
        return path.endsWith(LOGOUT_ALL) ? idAfter(path.substring(0, path.length() - LOGOUT_ALL.length()), USERS) : null;
    }
}
