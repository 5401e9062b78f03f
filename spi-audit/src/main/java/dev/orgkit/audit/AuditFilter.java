package dev.orgkit.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import java.util.function.Predicate;

import dev.orgkit.organizations.spi.OrgkitException;

/**
 * What an audit-log query asks for: an action (audit name), an actor (user id), a time range
 * ({@code from} inclusive, {@code to} exclusive; epoch milliseconds or ISO-8601 instants) and,
 * for the realm-wide query, an organization.
 */
record AuditFilter(String organizationId, String action, String actorId, Long from, Long to) {

    static AuditFilter parse(Predicate<String> knownAction, String organizationId, String action, String actor, String from, String to) {
        String actionName = blankToNull(action);
        if (actionName != null && !knownAction.test(actionName)) {
            throw OrgkitException.badRequest("invalid_action", "there is no audit action '" + actionName + "'");
        }
        Long fromTime = time("from", from);
        Long toTime = time("to", to);
        if (fromTime != null && toTime != null && fromTime > toTime) {
            throw OrgkitException.invalid("from must not be after to");
        }
        String actorId = blankToNull(actor);
        if (actorId != null && actorId.length() > 36) {
            throw OrgkitException.invalid("actor must be a user id");
        }
        return new AuditFilter(blankToNull(organizationId), actionName, actorId, fromTime, toTime);
    }

    /** Epoch milliseconds, or an ISO-8601 instant such as {@code 2025-01-31T12:00:00Z}. */
    static Long time(String name, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw OrgkitException.invalid(name + " is out of range");
            }
        }
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw OrgkitException.invalid(name + " must be epoch milliseconds or an ISO-8601 instant (e.g. 2025-01-31T12:00:00Z)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
