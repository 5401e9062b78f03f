package dev.orgkit.webhooks.objects;

import java.util.Map;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.utils.SessionExpirationUtils;

/**
 * A Keycloak user session as Clerk's session webhook object ({@code SessionWebhookEventJSON} of
 * {@code @clerk/backend}: {@code SessionJSON} with the {@code user}), the {@code data} of every
 * {@code session.*} webhook. Times are epoch milliseconds.
 *
 * @param clientId the Keycloak client (its {@code clientId}) that signed in or out
 * @param lastActiveAt the session's last refresh
 * @param expireAt when the session ends if it is not used again (idle timeout, capped by the maximum lifespan)
 * @param abandonAt when the session ends at the latest (the maximum lifespan)
 * @param updatedAt the time of the change being reported
 * @param lastActiveOrganizationId the session's active organization, or null for none or unknown
 */
public record SessionObject(String id, String userId, String clientId, String status, long createdAt, long lastActiveAt,
                            long expireAt, long abandonAt, long updatedAt, String lastActiveOrganizationId) {

    public static final String ACTIVE = "active";
    public static final String REMOVED = "removed";
    public static final String REVOKED = "revoked";

    /** A session Keycloak still has (in its session store, or the persisted copy of one just ended). */
    public static SessionObject of(RealmModel realm, UserSessionModel session, String clientId, String status, long time,
                                   String activeOrganizationId) {
        long started = session.getStarted() * 1000L;
        long refreshed = session.getLastSessionRefresh() * 1000L;
        long abandon = SessionExpirationUtils.calculateUserSessionMaxLifespanTimestamp(session.isOffline(), session.isRememberMe(),
                started, realm);
        long idle = SessionExpirationUtils.calculateUserSessionIdleTimestamp(session.isOffline(), session.isRememberMe(),
                refreshed, realm);
        if (abandon <= 0) {
            abandon = idle; // no maximum lifespan (an offline session without one)
        }
        long expire = idle > 0 && idle < abandon ? idle : abandon;
        String userId = session.getUser() == null ? "" : session.getUser().getId(); // null: the user was deleted
        return new SessionObject(session.getId(), userId, nonNull(clientId), status, started, refreshed, expire, abandon, time,
                activeOrganizationId);
    }

    /**
     * A session Keycloak has already removed when it reports the end (a logout with a refresh
     * token, an admin's deletion): only the id, the user and the time of the end are known, and
     * every time field is that time. An unknown user or client is an empty string.
     */
    public static SessionObject gone(String sessionId, String userId, String clientId, String status, long time) {
        return new SessionObject(sessionId, nonNull(userId), nonNull(clientId), status, time, time, time, time, time, null);
    }

    /** The webhook {@code data}: {@code user} is the session's user as {@link UserObject}, or null when unknown. */
    public Map<String, Object> toData(Map<String, Object> user) {
        Map<String, Object> data = new ClerkFields();
        data.put("object", "session");
        data.put("id", id);
        data.put("client_id", clientId);
        data.put("user_id", userId);
        data.put("status", status);
        if (lastActiveOrganizationId != null) {
            data.put("last_active_organization_id", lastActiveOrganizationId);
        }
        data.put("actor", null);
        data.put("last_active_at", lastActiveAt);
        data.put("expire_at", expireAt);
        data.put("abandon_at", abandonAt);
        data.put("created_at", createdAt);
        data.put("updated_at", updatedAt);
        data.put("user", user);
        return data;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
