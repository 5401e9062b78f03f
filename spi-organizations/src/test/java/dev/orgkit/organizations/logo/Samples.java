package dev.orgkit.organizations.logo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import javax.imageio.ImageIO;

/** Small images and look-alikes for the content checks, made by the JDK's own encoders. */
final class Samples {

    /** A 1×1 lossless WebP (no JDK encoder writes WebP). */
    static final byte[] WEBP = HexFormat.of().parseHex(
            "524946461a000000574542505650384c0d0000002f0000001007101111888" + "8fe0700");

    static final byte[] SVG = ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"1\" height=\"1\"/></svg>");

    private Samples() {
    }

    static byte[] png() {
        return encode("png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg() {
        return encode("jpeg", BufferedImage.TYPE_INT_RGB);
    }

    static byte[] gif() {
        return encode("gif", BufferedImage.TYPE_INT_RGB);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] firstBytes(byte[] content, int count) {
        return Arrays.copyOf(content, count);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] encode(String format, int type) {
        BufferedImage image = new BufferedImage(4, 3, type);
        image.setRGB(1, 1, Color.RED.getRGB());
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
