package dev.orgkit.webhooks.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class EndpointHealthTest {

    private static final Duration FIVE_DAYS = Duration.ofDays(5);
    private static final long T0 = 1_700_000_000_000L;

    @Test
    void anEndpointThatIsNotFailingIsNeverDisabledByOneFailure() {
        assertThat(EndpointHealth.disables(null, T0, FIVE_DAYS)).isFalse();
    }

    @Test
    void failuresWithinFiveDaysOfTheFirstKeepTheEndpointEnabled() {
        assertThat(EndpointHealth.disables(T0, T0 + FIVE_DAYS.toMillis() - 1, FIVE_DAYS)).isFalse();
    }

    @Test
    void aFailureFiveDaysIntoTheStreakDisablesTheEndpoint() {
        assertThat(EndpointHealth.disables(T0, T0 + FIVE_DAYS.toMillis(), FIVE_DAYS)).isTrue();
        assertThat(EndpointHealth.threshold(T0 + FIVE_DAYS.toMillis(), FIVE_DAYS)).isEqualTo(T0);
    }

    @Test
    void theReasonSaysForHowLong() {
        assertThat(EndpointHealth.reason(FIVE_DAYS)).isEqualTo("disabled automatically: every attempt failed for 5d");
        assertThat(EndpointHealth.reason(Duration.ofSeconds(12))).endsWith("for 12s");
        assertThat(EndpointHealth.reason(Duration.ofHours(36))).endsWith("for 36h");
        assertThat(EndpointHealth.reason(Duration.ofMinutes(90))).endsWith("for 90m");
    }
}
