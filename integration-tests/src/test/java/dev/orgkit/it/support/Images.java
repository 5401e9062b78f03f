package dev.orgkit.it.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import javax.imageio.ImageIO;

/** Small images for logo tests, made by the JDK's encoders (WebP by hand: the JDK writes none). */
public final class Images {

    /** A 1×1 lossless WebP. */
    public static final byte[] WEBP = HexFormat.of().parseHex("524946461a000000574542505650384c0d0000002f00000010071011118888fe0700");

    public static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"><rect width=\"1\" height=\"1\"/></svg>"
            .getBytes(StandardCharsets.UTF_8);

    private Images() {
    }

    /** A PNG whose pixels depend on {@code seed}, so two seeds give two different logos. */
    public static byte[] png(int seed) {
        return encode("png", BufferedImage.TYPE_INT_ARGB, seed);
    }

    public static byte[] jpeg() {
        return encode("jpeg", BufferedImage.TYPE_INT_RGB, 1);
    }

    public static byte[] gif() {
        return encode("gif", BufferedImage.TYPE_INT_RGB, 1);
    }

    /** A valid PNG followed by padding up to {@code size} bytes (no longer a well-formed file, and too large anyway). */
    public static byte[] padded(byte[] image, int size) {
        return Arrays.copyOf(image, size);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encode(String format, int type, int seed) {
        BufferedImage image = new BufferedImage(8, 8, type);
        image.setRGB(seed % 8, (seed / 8) % 8, new Color(seed * 40 % 256, 80, 160).getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
