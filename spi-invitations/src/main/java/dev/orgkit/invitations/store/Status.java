package dev.orgkit.invitations.store;

import java.util.Locale;
import java.util.Optional;

/**
 * The status of an invitation as the API shows it. {@code expired} is never stored: a pending
 * invitation whose time has run out is expired.
 */
public enum Status {
    PENDING, ACCEPTED, REVOKED, DECLINED, EXPIRED;

    /** The stored or shown name, e.g. {@code pending}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status in Clerk's terms (pending, accepted, revoked, expired): Clerk has no declined
     * invitation, so a declined one is revoked there.
     */
    public String clerkValue() {
        return this == DECLINED ? REVOKED.value() : value();
    }

    public static Optional<Status> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Status status : values()) {
            if (status.value().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The status of a stored invitation at {@code now} (epoch millis). */
    public static Status of(InvitationEntity invitation, long now) {
        Status stored = parse(invitation.getStatus()).orElse(REVOKED);
        return stored == PENDING && now >= invitation.getExpiresAt() ? EXPIRED : stored;
    }
}
