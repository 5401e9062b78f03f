package dev.orgkit.webhooks.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.keycloak.models.KeycloakSession;

import dev.orgkit.organizations.spi.OrgkitFeatures;

/** The webhook event types, with Clerk's names so Clerk-era handlers port easily. */
public final class EventTypes {

    public static final String USER_CREATED = "user.created";
    public static final String USER_UPDATED = "user.updated";
    public static final String USER_DELETED = "user.deleted";
    public static final String SESSION_CREATED = "session.created";
    /** The user signed out (Keycloak's {@code LOGOUT}): Keycloak deletes the session, Clerk's "removed". */
    public static final String SESSION_REMOVED = "session.removed";
    /** A realm admin ended the session: Clerk's "revoked". */
    public static final String SESSION_REVOKED = "session.revoked";

    /**
     * Keycloak's user and session events, sent by orgkit under Clerk's names. Clerk's
     * {@code session.ended} (signed out, the session kept in the browser's client) has no
     * Keycloak counterpart and is not sent.
     */
    public static final List<String> USER_AND_SESSION = List.of(USER_CREATED, USER_UPDATED, USER_DELETED, SESSION_CREATED,
            SESSION_REMOVED, SESSION_REVOKED);

    private EventTypes() {
    }

    /** Every type: those of the actions the installed jars declare, then user and session ones. */
    public static List<String> all(KeycloakSession session) {
        Set<String> all = new LinkedHashSet<>();
        OrgkitFeatures.actions(session).values().forEach(action -> action.eventType().ifPresent(all::add));
        all.addAll(USER_AND_SESSION);
        return List.copyOf(all);
    }

    public static boolean isKnown(KeycloakSession session, String type) {
        return all(session).contains(type);
    }

    /** The stored form of a subscription: comma separated; empty means every type. */
    public static String join(Collection<String> types) {
        return types == null ? "" : String.join(",", new LinkedHashSet<>(types));
    }

    public static List<String> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList(stored.split(",")));
    }

    /** Whether an endpoint subscribed to {@code stored} wants {@code type}. */
    public static boolean subscribed(String stored, String type) {
        return stored == null || stored.isBlank() || split(stored).contains(type);
    }
}
