package dev.orgkit.webhooks.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.orgkit.webhooks.jpa.WebhookEndpointEntity;

class EndpointHealthTest {

    private static final Duration FIVE_DAYS = Duration.ofDays(5);
    private static final long T0 = 1_700_000_000_000L;

    private final WebhookEndpointEntity endpoint = enabled();

    @Test
    void aFirstFailureStartsTheFailingStreak() {
        assertThat(EndpointHealth.onFailure(endpoint, T0, FIVE_DAYS)).isFalse();
        assertThat(endpoint.getFailingSince()).isEqualTo(T0);
        assertThat(endpoint.isEnabled()).isTrue();
    }

    @Test
    void failuresWithinFiveDaysKeepTheEndpointEnabled() {
        EndpointHealth.onFailure(endpoint, T0, FIVE_DAYS);
        assertThat(EndpointHealth.onFailure(endpoint, T0 + FIVE_DAYS.toMillis() - 1, FIVE_DAYS)).isFalse();
        assertThat(endpoint.isEnabled()).isTrue();
        assertThat(endpoint.getFailingSince()).isEqualTo(T0);
    }

    @Test
    void aFailureFiveDaysIntoTheStreakDisablesTheEndpoint() {
        EndpointHealth.onFailure(endpoint, T0, FIVE_DAYS);
        assertThat(EndpointHealth.onFailure(endpoint, T0 + FIVE_DAYS.toMillis(), FIVE_DAYS)).isTrue();
        assertThat(endpoint.isEnabled()).isFalse();
        assertThat(endpoint.getDisabledReason()).contains("every attempt failed since");
    }

    @Test
    void aSuccessEndsTheStreak() {
        EndpointHealth.onFailure(endpoint, T0, FIVE_DAYS);
        EndpointHealth.onSuccess(endpoint);
        assertThat(endpoint.getFailingSince()).isNull();
        assertThat(EndpointHealth.onFailure(endpoint, T0 + FIVE_DAYS.toMillis() + 1, FIVE_DAYS)).isFalse();
        assertThat(endpoint.isEnabled()).isTrue();
    }

    private static WebhookEndpointEntity enabled() {
        WebhookEndpointEntity endpoint = new WebhookEndpointEntity();
        endpoint.setEnabled(true);
        return endpoint;
    }
}
