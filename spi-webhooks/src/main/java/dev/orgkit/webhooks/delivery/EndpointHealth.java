package dev.orgkit.webhooks.delivery;

import java.time.Duration;

/**
 * When an endpoint that fails everything is disabled: a success ends its failing streak; a failure
 * starts one; a failure at least {@code disableAfter} into the streak disables the endpoint. The
 * store applies these rules with conditional UPDATEs, so concurrent attempts and admin changes of
 * the same endpoint do not overwrite each other.
 */
public final class EndpointHealth {

    private EndpointHealth() {
    }

    /** Whether a failure at {@code now} disables an endpoint failing since {@code failingSince} (null: not failing). */
    public static boolean disables(Long failingSince, long now, Duration disableAfter) {
        return failingSince != null && now - failingSince >= disableAfter.toMillis();
    }

    /** A streak that began at or before this time has lasted long enough to disable the endpoint. */
    public static long threshold(long now, Duration disableAfter) {
        return now - disableAfter.toMillis();
    }

    public static String reason(Duration disableAfter) {
        return "disabled automatically: every attempt failed for " + human(disableAfter);
    }

    static String human(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 86400 == 0) {
            return seconds / 86400 + "d";
        }
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
