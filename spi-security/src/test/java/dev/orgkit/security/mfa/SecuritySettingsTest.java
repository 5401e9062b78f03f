package dev.orgkit.security.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SecuritySettingsTest {

    @Test
    void aBooleanMfaRequiredIsAccepted() {
        assertThat(SecuritySettings.problem(Map.of("mfa_required", true))).isEmpty();
        assertThat(SecuritySettings.problem(Map.of("mfa_required", false))).isEmpty();
    }

    static Stream<Arguments> badBodies() {
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("mfa_required", null);
        return Stream.of(
                Arguments.of((Object) null),
                Arguments.of(Map.of()),
                Arguments.of(nullValue),
                Arguments.of(Map.of("mfa_required", "true")),
                Arguments.of(Map.of("mfa_required", 1)),
                Arguments.of(Map.of("mfa_required", true, "sso_required", true)),
                Arguments.of(Map.of("mfaRequired", true)));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void anythingElseIsRefused(Map<String, Object> body) {
        assertThat(SecuritySettings.problem(body)).isPresent();
    }
}
