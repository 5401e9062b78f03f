package dev.orgkit.organizations.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import dev.orgkit.organizations.spi.Durations;

class DurationsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"250ms, PT0.25S", "5s, PT5S", "5, PT5S", "5m, PT5M", "2h, PT2H", "5d, PT120H", " 10H , PT10H", "0s, PT0S"})
    void aNumberWithAUnitIsADuration(String text, String expected) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "s", "-5s", "5 weeks", "1.5h", "5x"})
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankMeansTheDefault(String text) {
        assertThat(Durations.parse(text, Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse(null, Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
    }
}
