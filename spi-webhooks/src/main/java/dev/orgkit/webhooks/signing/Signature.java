package dev.orgkit.webhooks.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing per the Standard Webhooks specification: {@code v1,<base64 HMAC-SHA256 of
 * "msgId.timestamp.body">} for each active secret, space separated, in the headers
 * {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature} (or their
 * {@code svix-} twins, for receivers that use the Svix libraries).
 */
public final class Signature {

    public static final String STANDARD = "standard";
    public static final String SVIX = "svix";

    private Signature() {
    }

    /** The {@code webhook-signature} value: one {@code v1,...} per secret, in the order given. */
    public static String header(String messageId, long timestampSeconds, byte[] body, List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one secret is needed");
        }
        return secrets.stream()
                .map(secret -> "v1," + sign(WebhookSecret.keyBytes(secret), messageId, timestampSeconds, body))
                .collect(Collectors.joining(" "));
    }

    /** Base64 of HMAC-SHA256(key, "msgId.timestamp.body"). */
    public static String sign(byte[] key, String messageId, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The three headers, named for {@code style} ({@value #STANDARD} or {@value #SVIX}). */
    public static Map<String, String> headers(String style, String messageId, long timestampSeconds, String signature) {
        String prefix = SVIX.equals(style) ? "svix-" : "webhook-";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(prefix + "id", messageId);
        headers.put(prefix + "timestamp", Long.toString(timestampSeconds));
        headers.put(prefix + "signature", signature);
        return headers;
    }

    public static boolean isStyle(String style) {
        return STANDARD.equals(style) || SVIX.equals(style);
    }
}
