package dev.orgkit.invitations.service;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules an invitation request is checked against, free of Keycloak so they can be unit-tested. */
public final class InvitationRules {

    public static final int MAX_BULK = 50;
    public static final int MAX_EXPIRY_DAYS = 30;
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_REDIRECT_URI_LENGTH = 2048;
    public static final long DAY_MILLIS = 24L * 60 * 60 * 1000;
    /** How long after a resend another resend of the same invitation is refused as a duplicate. */
    public static final Duration RESEND_INTERVAL = Duration.ofSeconds(30);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}.]+");

    private InvitationRules() {
    }

    /** The email in its stored form (trimmed, lowercase), or why it cannot be invited. */
    public static String normalizeEmail(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("email is required");
        }
        String email = raw.trim().toLowerCase(Locale.ROOT);
        if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("email is not a valid email address");
        }
        return email;
    }

    /** The lifetime in days: the request's, else the policy's default; 1 to 30. */
    public static int expiryDays(Integer requested, int policyDefault) {
        int days = requested == null ? policyDefault : requested;
        if (days < 1 || days > MAX_EXPIRY_DAYS) {
            throw new IllegalArgumentException("expires_in_days must be between 1 and " + MAX_EXPIRY_DAYS);
        }
        return days;
    }

    /** Why a bulk request of {@code size} invitations cannot be handled, if it cannot. */
    public static Optional<String> bulkProblem(int size) {
        if (size < 1) {
            return Optional.of("at least one invitation is required");
        }
        if (size > MAX_BULK) {
            return Optional.of("at most " + MAX_BULK + " invitations can be created in one request");
        }
        return Optional.empty();
    }
}
