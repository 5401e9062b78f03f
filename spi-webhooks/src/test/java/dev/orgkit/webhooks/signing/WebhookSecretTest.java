package dev.orgkit.webhooks.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookSecretTest {

    @Test
    void aNewSecretIsWhsecAndTheBase64Of32RandomBytes() {
        String secret = WebhookSecret.generate();

        assertThat(secret).startsWith("whsec_");
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        assertThat(key).hasSize(32);
        assertThat(WebhookSecret.keyBytes(secret)).isEqualTo(key);
    }

    @Test
    void noTwoSecretsAreTheSame() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(WebhookSecret.generate());
        }
        assertThat(secrets).hasSize(1000);
    }

    @ParameterizedTest
    @ValueSource(ints = {24, 32, 64})
    void keysOf24To64BytesAreAccepted(int bytes) {
        assertThat(WebhookSecret.keyBytes("whsec_" + Base64.getEncoder().encodeToString(new byte[bytes]))).hasSize(bytes);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 23, 65})
    void shorterOrLongerKeysAreRefused(int bytes) {
        String secret = "whsec_" + Base64.getEncoder().encodeToString(new byte[bytes]);
        assertThatThrownBy(() -> WebhookSecret.keyBytes(secret)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void somethingThatIsNotBase64IsRefused() {
        assertThatThrownBy(() -> WebhookSecret.keyBytes("whsec_not*base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSecret.keyBytes(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
