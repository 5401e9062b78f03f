package dev.orgkit.webhooks.delivery;

import java.time.Duration;
import java.time.Instant;

import dev.orgkit.webhooks.jpa.WebhookEndpointEntity;

/**
 * Decides when an endpoint that fails everything is disabled: a success clears its failing streak;
 * a failure starts one, and a failure at least {@code disableAfter} after the streak began disables it.
 */
public final class EndpointHealth {

    private EndpointHealth() {
    }

    public static void onSuccess(WebhookEndpointEntity endpoint) {
        endpoint.setFailingSince(null);
    }

    /** @return true when this failure disabled the endpoint */
    public static boolean onFailure(WebhookEndpointEntity endpoint, long now, Duration disableAfter) {
        Long since = endpoint.getFailingSince();
        if (since == null) {
            endpoint.setFailingSince(now);
            return false;
        }
        if (endpoint.isEnabled() && now - since >= disableAfter.toMillis()) {
            endpoint.setEnabled(false);
            endpoint.setDisabledReason("disabled automatically: every attempt failed since " + Instant.ofEpochMilli(since));
            return true;
        }
        return false;
    }
}
