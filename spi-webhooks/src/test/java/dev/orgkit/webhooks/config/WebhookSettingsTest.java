package dev.orgkit.webhooks.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

    @Test
    void theDefaultsAreTheDocumentedBehaviour() {
        WebhookSettings settings = WebhookSettings.defaults();

        assertThat(settings.retries().maxAttempts()).isEqualTo(8);
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.lease()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.disableAfter()).isEqualTo(Duration.ofDays(5));
        assertThat(settings.deliveryRetention()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.configuredKey()).isNull();
        assertThat(WebhookSettings.TIMEOUT).isEqualTo(Duration.ofSeconds(15));
        assertThat(WebhookSettings.ROTATION_OVERLAP).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void optionsOverrideTheDefaults() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        Map<String, String> options = Map.of("retry-schedule", "0s,1s", "poll-interval", "500ms", "lease", "20s",
                "disable-after", "12s", "secret-encryption-key", key);

        WebhookSettings settings = WebhookSettings.from(options::get);

        assertThat(settings.retries().maxAttempts()).isEqualTo(2);
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.lease()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.disableAfter()).isEqualTo(Duration.ofSeconds(12));
        assertThat(settings.configuredKey()).isNotNull();
    }

    @Test
    void aLeaseShorterThanTheTimeoutIsRefused() {
        assertThatThrownBy(() -> WebhookSettings.from(Map.of("lease", "10s")::get)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShortOrMalformedEncryptionKeyIsRefused() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> WebhookSettings.from(Map.of("secret-encryption-key", shortKey)::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSettings.from(Map.of("secret-encryption-key", "%%%")::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
