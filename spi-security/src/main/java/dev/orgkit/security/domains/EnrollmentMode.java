package dev.orgkit.security.domains;

import java.util.Locale;
import java.util.Optional;

/**
 * What a verified domain does for users whose verified email is at it (Clerk's enrollment modes).
 * An unverified domain enrolls nobody, whatever its mode.
 */
public enum EnrollmentMode {
    /** Nothing automatic: admins invite people themselves. */
    MANUAL_INVITATION("manual_invitation"),
    /** A user who signs in gets a pending invitation with the realm's default role. */
    AUTOMATIC_INVITATION("automatic_invitation"),
    /** A user sees the organization suggested and may ask to join; an admin approves. */
    AUTOMATIC_SUGGESTION("automatic_suggestion");

    private final String value;

    EnrollmentMode(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<EnrollmentMode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (EnrollmentMode mode : values()) {
            if (mode.value.equals(wanted)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
