package dev.orgkit.webhooks.signing;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A signing secret in the Standard Webhooks format: {@code whsec_} followed by the base64 of the
 * key bytes (orgkit makes 32 random bytes; the format allows 24 to 64).
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";
    public static final int GENERATED_BYTES = 32;
    public static final int MIN_BYTES = 24;
    public static final int MAX_BYTES = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecret() {
    }

    /** A new random secret. */
    public static String generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /**
     * The key bytes of a secret (with or without the {@code whsec_} prefix).
     *
     * @throws IllegalArgumentException when it is not base64 of 24 to 64 bytes
     */
    public static byte[] keyBytes(String secret) {
        if (secret == null) {
            throw new IllegalArgumentException("no secret");
        }
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is whsec_ followed by base64");
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new IllegalArgumentException("a webhook secret holds " + MIN_BYTES + " to " + MAX_BYTES + " bytes");
        }
        return key;
    }
}
