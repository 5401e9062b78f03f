package dev.orgkit.invitations.limits;

import java.util.List;

/**
 * A sliding-window limit: at most {@code limit} events in any {@code windowMillis}. Decides on the
 * times of the events already in the window, so it is pure and the same on every node.
 */
public final class RateWindow {

    /** Whether the events may happen now and, when not, after how many seconds enough of the window has passed. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private RateWindow() {
    }

    /**
     * @param inWindow times (epoch millis) of the events already counted, all later than {@code now - windowMillis}
     * @param limit 0 means no limit
     * @param wanted how many events the request adds
     */
    public static Decision check(List<Long> inWindow, long now, long windowMillis, int limit, int wanted) {
        if (limit <= 0) {
            return new Decision(true, 0);
        }
        if (wanted > limit) {
            return new Decision(false, seconds(windowMillis));
        }
        int excess = inWindow.size() + wanted - limit;
        if (excess <= 0) {
            return new Decision(true, 0);
        }
        List<Long> sorted = inWindow.stream().sorted().toList();
        long freedAt = sorted.get(excess - 1) + windowMillis;
        return new Decision(false, seconds(freedAt - now));
    }

    private static long seconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }
}
