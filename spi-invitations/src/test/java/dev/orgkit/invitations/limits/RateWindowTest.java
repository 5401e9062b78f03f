package dev.orgkit.invitations.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RateWindowTest {

    private static final long NOW = 1_000_000_000L;
    private static final long WINDOW = 15 * 60_000L;

    @Test
    void eventsUnderTheLimitPass() {
        RateWindow.Decision decision = RateWindow.check(List.of(NOW - 1000, NOW - 2000), NOW, WINDOW, 5, 3);

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void theEventThatWouldPassTheLimitWaitsUntilTheOldestLeavesTheWindow() {
        List<Long> five = List.of(NOW - 60_000, NOW - 600_000, NOW - 10_000, NOW - 5_000, NOW - 1_000);

        RateWindow.Decision decision = RateWindow.check(five, NOW, WINDOW, 5, 1);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.retryAfterSeconds()).isEqualTo((WINDOW - 600_000) / 1000);
    }

    @Test
    void aBulkRequestWaitsUntilEnoughEventsHaveLeft() {
        List<Long> four = List.of(NOW - 100_000, NOW - 200_000, NOW - 300_000, NOW - 400_000);

        RateWindow.Decision decision = RateWindow.check(four, NOW, WINDOW, 5, 3);

        // two must leave: the oldest (400 s ago) and the next (300 s ago)
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.retryAfterSeconds()).isEqualTo((WINDOW - 300_000) / 1000);
    }

    @Test
    void aRequestLargerThanTheLimitCanNeverPassAndWaitsAWholeWindow() {
        RateWindow.Decision decision = RateWindow.check(List.of(), NOW, WINDOW, 5, 6);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.retryAfterSeconds()).isEqualTo(WINDOW / 1000);
    }

    @Test
    void zeroMeansNoLimit() {
        assertThat(RateWindow.check(List.of(NOW, NOW, NOW), NOW, WINDOW, 0, 50).allowed()).isTrue();
    }

    @Test
    void retryAfterIsAtLeastOneSecondAndRoundsUp() {
        RateWindow.Decision decision = RateWindow.check(List.of(NOW - WINDOW + 1), NOW, WINDOW, 1, 1);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.retryAfterSeconds()).isEqualTo(1);
        assertThat(RateWindow.check(List.of(NOW - WINDOW + 1500), NOW, WINDOW, 1, 1).retryAfterSeconds()).isEqualTo(2);
    }
}
