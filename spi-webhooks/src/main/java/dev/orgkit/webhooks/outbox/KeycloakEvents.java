package dev.orgkit.webhooks.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.keycloak.events.Event;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;

import dev.orgkit.webhooks.config.EventTypes;

/**
 * Turns Keycloak's own user and admin events into the {@code user.*} and {@code session.*}
 * webhook types (see docs/webhooks.md for the table).
 */
final class KeycloakEvents {

    /** User-session note: {@code session.created} was already queued for this session. */
    static final String ANNOUNCED_NOTE = "orgkit.webhooks.announced";

    /** A webhook type with its {@code data}. */
    record Mapped(String type, Map<String, Object> data) { }

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
            case LOGOUT -> EventTypes.SESSION_ENDED;
            default -> null;
        };
    }

    static Optional<Mapped> of(KeycloakSession session, RealmModel realm, Event event) {
        String type = typeOf(event);
        if (type == null || event.getUserId() == null) {
            return Optional.empty();
        }
        switch (type) {
            case EventTypes.USER_CREATED, EventTypes.USER_UPDATED: {
                UserModel user = session.users().getUserById(realm, event.getUserId());
                return user == null ? Optional.empty() : Optional.of(new Mapped(type, user(user)));
            }
            case EventTypes.USER_DELETED:
                return Optional.of(new Mapped(type, deletedUser(event.getUserId())));
            case EventTypes.SESSION_CREATED: {
                if (event.getSessionId() == null) {
                    return Optional.empty();
                }
                UserSessionModel userSession = session.sessions().getUserSession(realm, event.getSessionId());
                if (userSession != null) {
                    if (userSession.getNote(ANNOUNCED_NOTE) != null) {
                        return Optional.empty(); // a further login through the same SSO session
                    }
                    userSession.setNote(ANNOUNCED_NOTE, "1");
                }
                return Optional.of(new Mapped(type, userSession(event, "active", "created_at")));
            }
            case EventTypes.SESSION_ENDED:
                return event.getSessionId() == null ? Optional.empty()
                        : Optional.of(new Mapped(type, userSession(event, "ended", "ended_at")));
            default:
                return Optional.empty();
        }
    }

    /** The webhook type an admin event maps to, before any lookup (null when none). */
    static String typeOf(AdminEvent event) {
        String path = event.getResourcePath();
        if (event.getError() != null || path == null || event.getOperationType() == null) {
            return null;
        }
        if (event.getResourceType() == ResourceType.USER && path.startsWith("users/") && path.length() > 6 && path.indexOf('/', 6) < 0) {
            return switch (event.getOperationType()) {
                case CREATE -> EventTypes.USER_CREATED;
                case UPDATE -> EventTypes.USER_UPDATED;
                case DELETE -> EventTypes.USER_DELETED;
                default -> null;
            };
        }
        if (event.getResourceType() == ResourceType.USER_SESSION && event.getOperationType() == OperationType.DELETE
                && path.startsWith("sessions/") && path.length() > 9 && path.indexOf('/', 9) < 0) {
            return EventTypes.SESSION_ENDED;
        }
        return null;
    }

    static Optional<Mapped> of(KeycloakSession session, RealmModel realm, AdminEvent event) {
        String type = typeOf(event);
        if (type == null) {
            return Optional.empty();
        }
        String path = event.getResourcePath();
        switch (type) {
            case EventTypes.USER_DELETED:
                return Optional.of(new Mapped(type, deletedUser(path.substring("users/".length()))));
            case EventTypes.USER_CREATED, EventTypes.USER_UPDATED: {
                UserModel user = session.users().getUserById(realm, path.substring("users/".length()));
                return user == null ? Optional.empty() : Optional.of(new Mapped(type, user(user)));
            }
            default: {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("id", path.substring("sessions/".length()));
                data.put("status", "ended");
                data.put("ended_at", event.getTime());
                return Optional.of(new Mapped(type, data));
            }
        }
    }

    /** A user as {@code user.created|updated} carry it. */
    static Map<String, Object> user(UserModel user) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", user.getId());
        putIfPresent(data, "username", user.getUsername());
        putIfPresent(data, "email", user.getEmail());
        data.put("email_verified", user.isEmailVerified());
        putIfPresent(data, "first_name", user.getFirstName());
        putIfPresent(data, "last_name", user.getLastName());
        data.put("enabled", user.isEnabled());
        putIfPresent(data, "created_at", user.getCreatedTimestamp());
        return data;
    }

    static Map<String, Object> deletedUser(String userId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", userId);
        data.put("deleted", true);
        return data;
    }

    private static Map<String, Object> userSession(Event event, String status, String timeField) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", event.getSessionId());
        data.put("user_id", event.getUserId());
        putIfPresent(data, "client_id", event.getClientId());
        putIfPresent(data, "ip_address", event.getIpAddress());
        data.put("status", status);
        data.put(timeField, event.getTime());
        return data;
    }

    private static void putIfPresent(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
    }
}
