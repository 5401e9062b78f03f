package dev.orgkit.security.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MfaActivationCheckTest {

    @Test
    void theRefusalTellsTheAppHowToStepUpForThatOrganization() {
        String refusal = MfaActivationCheck.refusal("acme");

        assertThat(refusal).contains("'acme' requires multi-factor authentication")
                .contains("prompt=login")
                .contains("scope organization:acme")
                .contains("switch again");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void aMissingOrBlankNoteIsNoSecondFactor(String note) {
        assertThat(SecondFactor.present(note)).isFalse();
    }

    @Test
    void aRecordedTimeIsASecondFactor() {
        assertThat(SecondFactor.present("1767225600")).isTrue();
    }
}
