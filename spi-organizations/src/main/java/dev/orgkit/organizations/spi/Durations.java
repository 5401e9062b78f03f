package dev.orgkit.organizations.spi;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations in server configuration (SPI options), written as a number with a unit:
 * {@code 250ms}, {@code 5s}, {@code 5m}, {@code 2h}, {@code 5d}. A bare number means seconds.
 */
public final class Durations {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h|d)?");

    private Durations() {
    }

    /** @throws IllegalArgumentException when {@code text} is not such a duration */
    public static Duration parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a duration is required");
        }
        Matcher m = FORMAT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration like 250ms, 5s, 5m, 2h or 5d");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** The configured value, or {@code defaultValue} when none is set. */
    public static Duration parse(String text, Duration defaultValue) {
        return text == null || text.isBlank() ? defaultValue : parse(text);
    }
}
