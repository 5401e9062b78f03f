package dev.orgkit.organizations.logo;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.orgkit.organizations.spi.OrgkitException;

/**
 * An uploaded logo that passed the checks: not empty, at most {@link #MAX_BYTES}, and a PNG, JPEG
 * or WebP by its content ({@link ImageType#sniff}). Carries its type and SHA-256 (hex).
 */
public final class LogoImage {

    /** 1 MiB. */
    public static final int MAX_BYTES = 1024 * 1024;

    private final ImageType type;
    private final byte[] bytes;
    private final String sha256;

    private LogoImage(ImageType type, byte[] bytes) {
        this.type = type;
        this.bytes = bytes;
        this.sha256 = sha256(bytes);
    }

    /** Checks {@code content}; refusals are {@code invalid_request} (empty), {@code image_too_large}, {@code invalid_image}. */
    public static LogoImage of(byte[] content) {
        if (content == null || content.length == 0) {
            throw OrgkitException.invalid("the body must be the image (PNG, JPEG or WebP); it was empty");
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        ImageType type = ImageType.sniff(content).orElseThrow(() -> OrgkitException.badRequest("invalid_image",
                "the image must be a complete PNG, JPEG or WebP file (recognised by its content; SVG is not accepted)"));
        return new LogoImage(type, content.clone());
    }

    /** Reads at most one byte more than {@link #MAX_BYTES} from {@code in}, then checks it as {@link #of} does. */
    public static LogoImage read(InputStream in) {
        if (in == null) {
            return of(null);
        }
        try {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw tooLarge();
            }
            return of(content);
        } catch (IOException e) {
            throw OrgkitException.invalid("the image could not be read: " + e.getMessage());
        }
    }

    private static OrgkitException tooLarge() {
        return OrgkitException.of(OrgkitException.Kind.TOO_LARGE, "image_too_large",
                "the image may have at most " + MAX_BYTES + " bytes (1 MiB)");
    }

    public ImageType type() {
        return type;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String sha256() {
        return sha256;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
