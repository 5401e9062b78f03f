package dev.orgkit.webhooks.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.orgkit.organizations.spi.Durations;

/**
 * When a message is attempted: the first delay is counted from the change (normally 0,
 * "immediately"), each further one from the failed attempt before it. After the last attempt fails,
 * the message is failed.
 */
public final class RetrySchedule {

    /** Immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: eight attempts over about 28 hours. */
    public static final String DEFAULT = "0s,5s,5m,30m,2h,5h,10h,10h";

    private final List<Duration> delays;

    private RetrySchedule(List<Duration> delays) {
        this.delays = List.copyOf(delays);
    }

    /** @throws IllegalArgumentException unless a comma-separated list of 1 to 20 durations */
    public static RetrySchedule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a retry schedule lists at least one duration");
        }
        List<Duration> delays = Arrays.stream(text.split(",")).map(String::trim).map(Durations::parse).toList();
        if (delays.size() > 20) {
            throw new IllegalArgumentException("a retry schedule lists at most 20 attempts");
        }
        return new RetrySchedule(delays);
    }

    public static RetrySchedule defaults() {
        return parse(DEFAULT);
    }

    public int maxAttempts() {
        return delays.size();
    }

    /** The delay of the first attempt after the change. */
    public Duration firstDelay() {
        return delays.get(0);
    }

    /**
     * The wait before the next attempt once {@code attemptsMade} attempts have failed, or empty
     * when none is left (the message has failed).
     */
    public Optional<Duration> nextDelay(int attemptsMade) {
        if (attemptsMade < 1) {
            return Optional.of(firstDelay());
        }
        return attemptsMade < delays.size() ? Optional.of(delays.get(attemptsMade)) : Optional.empty();
    }

    public List<Duration> delays() {
        return delays;
    }
}
