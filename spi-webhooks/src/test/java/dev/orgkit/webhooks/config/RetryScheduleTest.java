package dev.orgkit.webhooks.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryScheduleTest {

    private final RetrySchedule schedule = RetrySchedule.defaults();

    @Test
    void theDefaultIsImmediatelyThen5s5m30m2h5h10h10h() {
        assertThat(schedule.delays()).containsExactly(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));
        assertThat(schedule.maxAttempts()).isEqualTo(8);
        assertThat(schedule.firstDelay()).isZero();
    }

    @ParameterizedTest(name = "after {0} failed attempt(s) the next comes {1} later")
    @CsvSource({"1, PT5S", "2, PT5M", "3, PT30M", "4, PT2H", "5, PT5H", "6, PT10H", "7, PT10H"})
    void eachFailedAttemptWaitsForTheNextStep(int attempts, String delay) {
        assertThat(schedule.nextDelay(attempts)).contains(Duration.parse(delay));
    }

    @Test
    void afterTheEighthFailedAttemptTheMessageHasFailed() {
        assertThat(schedule.nextDelay(8)).isEmpty();
        assertThat(schedule.nextDelay(9)).isEmpty();
    }

    @Test
    void allAttemptsSpanAbout28Hours() {
        Duration total = schedule.delays().stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isEqualTo(Duration.ofHours(27).plusMinutes(35).plusSeconds(5));
    }

    @Test
    void aScheduleCanBeConfigured() {
        RetrySchedule fast = RetrySchedule.parse("0s, 250ms, 1s");
        assertThat(fast.delays()).containsExactly(Duration.ZERO, Duration.ofMillis(250), Duration.ofSeconds(1));
        assertThat(fast.nextDelay(3)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "5x", "0s,,5s", "soon"})
    void aBadScheduleIsRefused(String text) {
        assertThatThrownBy(() -> RetrySchedule.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
