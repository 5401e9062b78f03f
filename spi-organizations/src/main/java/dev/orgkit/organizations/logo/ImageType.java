package dev.orgkit.organizations.logo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats a logo may have, recognised by the content's own structure (signature, first
 * chunk, end marker), never by a file name or a declared type. Anything else (SVG, GIF, HTML, a
 * truncated file) is no logo: SVG can carry script, and what is not recognised cannot be served
 * under an image type honestly.
 */
public enum ImageType {

    PNG("image/png"), JPEG("image/jpeg"), WEBP("image/webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** The IEND chunk every complete PNG ends with: length 0, type, CRC. */
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    /** Signature, the IHDR chunk (length, type, 13 bytes of data, CRC), IEND. */
    private static final int PNG_MIN = PNG_SIGNATURE.length + 4 + 4 + 13 + 4 + PNG_END.length;
    private static final int JPEG_MIN = 4;
    /** RIFF header (12 bytes) and one chunk header. */
    private static final int WEBP_MIN = 12 + 8;

    private final String contentType;

    ImageType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The stored type of a logo, back from the database. */
    public static Optional<ImageType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
    }

    /** The format of {@code content}, or empty when it is none of the accepted ones. */
    public static Optional<ImageType> sniff(byte[] content) {
        if (isPng(content)) {
            return Optional.of(PNG);
        }
        if (isJpeg(content)) {
            return Optional.of(JPEG);
        }
        if (isWebp(content)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean isPng(byte[] b) {
        return b.length >= PNG_MIN
                && startsWith(b, 0, PNG_SIGNATURE)
                && u32be(b, 8) == 13
                && startsWith(b, 12, ascii("IHDR"))
                && u32be(b, 16) > 0 && u32be(b, 20) > 0
                && startsWith(b, b.length - PNG_END.length, PNG_END);
    }

    /** Start of image, a marker, and the end-of-image marker as the last two bytes. */
    private static boolean isJpeg(byte[] b) {
        return b.length >= JPEG_MIN
                && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF
                && (b[b.length - 2] & 0xFF) == 0xFF && (b[b.length - 1] & 0xFF) == 0xD9;
    }

    /** A RIFF container whose declared size is the content's, of form WEBP, starting with a VP8 chunk. */
    private static boolean isWebp(byte[] b) {
        if (b.length < WEBP_MIN || !startsWith(b, 0, ascii("RIFF")) || !startsWith(b, 8, ascii("WEBP"))) {
            return false;
        }
        long riffSize = u32le(b, 4);
        boolean vp8 = startsWith(b, 12, ascii("VP8 ")) || startsWith(b, 12, ascii("VP8L")) || startsWith(b, 12, ascii("VP8X"));
        return riffSize + 8 == b.length && vp8;
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (offset < 0 || content.length - offset < prefix.length) {
            return false;
        }
        return Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static long u32be(byte[] b, int offset) {
        return ((long) (b[offset] & 0xFF) << 24) | ((b[offset + 1] & 0xFF) << 16) | ((b[offset + 2] & 0xFF) << 8)
                | (b[offset + 3] & 0xFF);
    }

    private static long u32le(byte[] b, int offset) {
        return ((long) (b[offset + 3] & 0xFF) << 24) | ((b[offset + 2] & 0xFF) << 16) | ((b[offset + 1] & 0xFF) << 8)
                | (b[offset] & 0xFF);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
