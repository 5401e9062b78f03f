package dev.orgkit.webhooks.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes();

    @Test
    void aSecretRoundTripsAndIsNotReadableInItsCiphertext() {
        String secret = WebhookSecret.generate();
        SecretCipher cipher = new SecretCipher(KEY);

        String sealed = cipher.encrypt(secret, "realm:endpoint");

        assertThat(sealed).doesNotContain(secret).doesNotContain(secret.substring(6));
        assertThat(cipher.decrypt(sealed, "realm:endpoint")).isEqualTo(secret);
    }

    @Test
    void encryptingTwiceGivesDifferentCiphertexts() {
        SecretCipher cipher = new SecretCipher(KEY);
        assertThat(cipher.encrypt("whsec_x", "ad")).isNotEqualTo(cipher.encrypt("whsec_x", "ad"));
    }

    @Test
    void anotherKeyOrAnotherRowCannotDecrypt() {
        String sealed = new SecretCipher(KEY).encrypt("whsec_x", "realm:endpoint-1");

        assertThatThrownBy(() -> new SecretCipher(OTHER_KEY).decrypt(sealed, "realm:endpoint-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretCipher(KEY).decrypt(sealed, "realm:endpoint-2"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTamperedCiphertextIsRefused() {
        String sealed = new SecretCipher(KEY).encrypt("whsec_x", "ad");
        byte[] bytes = Base64.getUrlDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        assertThatThrownBy(() -> new SecretCipher(KEY).decrypt(tampered, "ad")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretCipher(KEY).decrypt("garbage", "ad")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fingerprintsTellKeysApartWithoutRevealingThem() {
        String fingerprint = new SecretCipher(KEY).fingerprint();

        assertThat(fingerprint).isEqualTo(new SecretCipher(KEY).fingerprint()).isNotEqualTo(new SecretCipher(OTHER_KEY).fingerprint());
        assertThat(fingerprint).doesNotContain(new String(KEY));
    }

    @Test
    void shortKeysAreRefused() {
        assertThatThrownBy(() -> new SecretCipher(new byte[15])).isInstanceOf(IllegalArgumentException.class);
    }
}
