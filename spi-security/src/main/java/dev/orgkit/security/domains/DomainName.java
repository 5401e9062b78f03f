package dev.orgkit.security.domains;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks and normalises a domain name as typed by a person: trimmed, a trailing dot dropped,
 * lowercased and converted to its ASCII (punycode) form with the IDNA rules of {@link IDN}.
 * Only host names of at least two labels are accepted: no IP addresses, wildcards, ports or paths.
 */
public final class DomainName {

    /** So that {@code _orgkit-verification.<domain>} is still a valid DNS name (253 characters). */
    public static final int MAX_LENGTH = 253 - VerificationRecord.PREFIX.length();

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]+");

    private DomainName() {
    }

    /** The normalised ASCII form of {@code raw}, or {@link IllegalArgumentException} saying what is wrong. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("a domain name is required");
        }
        String name = raw.strip();
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.chars().anyMatch(c -> c == '/' || c == ':' || c == '@' || c == '*' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("give a bare domain name like example.com (no scheme, port, path, "
                    + "email address or wildcard)");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + raw.strip() + "' is not a valid domain name");
        }
        if (ascii.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a domain name may have at most " + MAX_LENGTH + " characters");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            throw new IllegalArgumentException("a domain name has at least two labels, like example.com");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("'" + raw.strip() + "' is not a valid domain name: each label has 1 to 63 "
                        + "letters, digits or inner hyphens");
            }
        }
        if (NUMERIC.matcher(labels[labels.length - 1]).matches()) {
            throw new IllegalArgumentException("an IP address is not a domain name");
        }
        return ascii;
    }

    /** The domain of an email address, normalised, or null when it has none that is valid. */
    public static String ofEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at < 0 || at == email.length() - 1) {
            return null;
        }
        try {
            return normalize(email.substring(at + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The Unicode form of a normalised name, for display. */
    public static String toUnicode(String ascii) {
        return IDN.toUnicode(ascii, IDN.USE_STD3_ASCII_RULES);
    }
}
