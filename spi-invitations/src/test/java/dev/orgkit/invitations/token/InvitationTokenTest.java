package dev.orgkit.invitations.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationTokenTest {

    @Test
    void aTokenCarries256RandomBitsAsUnpaddedBase64Url() {
        String token = InvitationToken.generate();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(InvitationToken.generate())).isTrue();
        }
    }

    @Test
    void theStoredFormIsTheHexSha256OfTheToken() {
        // SHA-256("abc")
        assertThat(InvitationToken.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = InvitationToken.generate();
        assertThat(InvitationToken.hash(token)).hasSize(64).isEqualTo(InvitationToken.hash(token)).doesNotContain(token);
    }

    @Test
    void oneChangedCharacterGivesAnotherHash() {
        String token = InvitationToken.generate();
        String tampered = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');

        assertThat(InvitationToken.hash(tampered)).isNotEqualTo(InvitationToken.hash(token));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+", "' OR 1=1 --AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void malformedTokensAreRecognisedWithoutTheDatabase(String token) {
        assertThat(InvitationToken.wellFormed(token)).isFalse();
    }

    @Test
    void generatedTokensAreWellFormed() {
        assertThat(InvitationToken.wellFormed(InvitationToken.generate())).isTrue();
    }
}
