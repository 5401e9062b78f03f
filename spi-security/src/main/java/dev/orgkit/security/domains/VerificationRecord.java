package dev.orgkit.security.domains;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The DNS TXT record that proves control of a domain: {@code _orgkit-verification.<domain>} with
 * the value {@code orgkit-verification=<token>}, the token being 32 random bytes (base64url).
 */
public record VerificationRecord(String name, String value) {

    public static final String PREFIX = "_orgkit-verification.";
    public static final String VALUE_PREFIX = "orgkit-verification=";

    private static final SecureRandom RANDOM = new SecureRandom();

    public static VerificationRecord of(String domain, String token) {
        return new VerificationRecord(PREFIX + domain, VALUE_PREFIX + token);
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Whether one of the TXT values found holds the expected value. A value may come quoted, or as
     * several strings of one record joined with spaces; both are accepted.
     */
    public boolean matches(List<String> found) {
        for (String raw : found) {
            String plain = unquote(raw);
            if (plain.equals(value) || plain.replace("\" \"", "").replace(" ", "").equals(value)) {
                return true;
            }
        }
        return false;
    }

    static String unquote(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
