package dev.orgkit.webhooks.config;

import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;

import dev.orgkit.organizations.spi.Durations;
import dev.orgkit.webhooks.signing.SecretCipher;

/**
 * Server-wide webhook settings, from the SPI options
 * {@code --spi-orgkit-api-extension--webhooks--<name>}; the defaults are the documented behaviour
 * (docs/webhooks.md) and only tests or unusual deployments change them.
 *
 * @param retries when attempts happen ({@code retry-schedule}, default {@value RetrySchedule#DEFAULT})
 * @param pollInterval how often each node looks for due messages ({@code poll-interval}, default 5s)
 * @param lease how long a node owns a message it is delivering ({@code lease}, default 60s); longer than the timeout
 * @param disableAfter an endpoint failing every attempt this long is disabled ({@code disable-after}, default 5d)
 * @param deliveryRetention finished messages are kept this long ({@code delivery-retention}, default 30d)
 * @param cleanupInterval how often finished messages are purged, never on two nodes at once ({@code cleanup-interval}, default 1h)
 * @param metricsInterval how often each node reads the outbox backlog for its gauges ({@code metrics-interval}, default 15s)
 * @param configuredKey the cipher of {@code secret-encryption-key} (base64, 32+ bytes), or null
 */
public record WebhookSettings(RetrySchedule retries, Duration pollInterval, Duration lease, Duration disableAfter,
                              Duration deliveryRetention, Duration cleanupInterval, Duration metricsInterval,
                              SecretCipher configuredKey) {

    /** A 2xx answer within this time is a success. */
    public static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** After a rotation the previous secret signs too, for this long. */
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    /**
     * How long after a rotation another one is refused as a duplicate: a second rotation would
     * replace the secret the first answer showed, and push the one receivers still use out of the
     * overlap at once.
     */
    public static final Duration ROTATION_INTERVAL = Duration.ofSeconds(30);
    /** Messages one node delivers at the same time. */
    public static final int MAX_IN_FLIGHT = 16;
    /** Endpoints per realm. */
    public static final int MAX_ENDPOINTS = 50;

    public WebhookSettings {
        if (lease.compareTo(TIMEOUT.plusSeconds(5)) < 0) {
            throw new IllegalArgumentException("lease must be at least " + TIMEOUT.plusSeconds(5).toSeconds() + "s");
        }
        if (pollInterval.toMillis() < 100) {
            throw new IllegalArgumentException("poll-interval must be at least 100ms");
        }
        if (cleanupInterval.toMillis() < 1000) {
            throw new IllegalArgumentException("cleanup-interval must be at least 1s");
        }
        if (metricsInterval.toMillis() < 1000) {
            throw new IllegalArgumentException("metrics-interval must be at least 1s");
        }
    }

    public static WebhookSettings defaults() {
        return from(name -> null);
    }

    /** Reads the settings from SPI options (by name), with the defaults above. */
    public static WebhookSettings from(Function<String, String> option) {
        String schedule = option.apply("retry-schedule");
        String key = option.apply("secret-encryption-key");
        return new WebhookSettings(
                RetrySchedule.parse(schedule == null || schedule.isBlank() ? RetrySchedule.DEFAULT : schedule),
                Durations.parse(option.apply("poll-interval"), Duration.ofSeconds(5)),
                Durations.parse(option.apply("lease"), Duration.ofSeconds(60)),
                Durations.parse(option.apply("disable-after"), Duration.ofDays(5)),
                Durations.parse(option.apply("delivery-retention"), Duration.ofDays(30)),
                Durations.parse(option.apply("cleanup-interval"), Duration.ofHours(1)),
                Durations.parse(option.apply("metrics-interval"), Duration.ofSeconds(15)),
                key == null || key.isBlank() ? null : configuredKey(key));
    }

    private static SecretCipher configuredKey(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("secret-encryption-key must be base64");
        }
        if (key.length < 32) {
            throw new IllegalArgumentException("secret-encryption-key must hold at least 32 bytes");
        }
        return new SecretCipher(key);
    }
}
