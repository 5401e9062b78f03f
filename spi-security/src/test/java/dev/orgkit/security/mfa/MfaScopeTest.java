package dev.orgkit.security.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MfaScopeTest {

    private static final Set<String> REQUIRING = Set.of("secure");

    @ParameterizedTest
    @CsvSource({"any, ANY", "activated, ACTIVATED", " Activated , ACTIVATED", "ANY, ANY"})
    void configuredValuesAreRead(String raw, MfaScope expected) {
        assertThat(MfaScope.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"all", "activated-org", " "})
    void missingOrUnknownValuesFallBackToTheStricterAny(String raw) {
        assertThat(MfaScope.parse(raw)).isEqualTo(MfaScope.ANY);
    }

    @Test
    void anyRequiresASecondFactorWhenOneOfTheUsersOrganizationsRequiresIt() {
        assertThat(decide(MfaScope.ANY, false, Stream.of("plain", "secure"), Optional.of("plain"))).isTrue();
        assertThat(decide(MfaScope.ANY, false, Stream.of("plain", "other"), Optional.of("plain"))).isFalse();
        assertThat(decide(MfaScope.ANY, false, Stream.empty(), Optional.empty())).isFalse();
    }

    @Test
    void activatedLooksOnlyAtTheOrganizationThisLoginActivates() {
        assertThat(decide(MfaScope.ACTIVATED, false, Stream.of("plain", "secure"), Optional.of("plain"))).isFalse();
        assertThat(decide(MfaScope.ACTIVATED, false, Stream.of("plain", "secure"), Optional.of("secure"))).isTrue();
        assertThat(decide(MfaScope.ACTIVATED, false, Stream.of("plain", "secure"), Optional.empty())).isFalse();
    }

    @Test
    void aSecondFactorAlreadyCompletedInThisLoginIsNotAskedForAgain() {
        assertThat(decide(MfaScope.ANY, true, Stream.of("secure"), Optional.of("secure"))).isFalse();
        assertThat(decide(MfaScope.ACTIVATED, true, Stream.of("secure"), Optional.of("secure"))).isFalse();
    }

    private static boolean decide(MfaScope scope, boolean completed, Stream<String> memberships, Optional<String> activated) {
        return scope.requiresSecondFactor(completed, () -> memberships, () -> activated, REQUIRING::contains);
    }
}
