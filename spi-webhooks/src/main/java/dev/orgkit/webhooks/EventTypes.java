package dev.orgkit.webhooks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.orgkit.organizations.spi.OrgAction;

/** The webhook event types, with Clerk's names so Clerk-era handlers port easily. */
public final class EventTypes {

    public static final String USER_CREATED = "user.created";
    public static final String USER_UPDATED = "user.updated";
    public static final String USER_DELETED = "user.deleted";
    public static final String SESSION_CREATED = "session.created";
    public static final String SESSION_ENDED = "session.ended";

    /** Every type, organization ones first (from {@link OrgAction}), then user and session ones. */
    public static final List<String> ALL;

    static {
        Set<String> all = new LinkedHashSet<>();
        Arrays.stream(OrgAction.values()).forEach(action -> action.webhookType().ifPresent(all::add));
        all.addAll(List.of(USER_CREATED, USER_UPDATED, USER_DELETED, SESSION_CREATED, SESSION_ENDED));
        ALL = List.copyOf(all);
    }

    private EventTypes() {
    }

    public static boolean isKnown(String type) {
        return ALL.contains(type);
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
