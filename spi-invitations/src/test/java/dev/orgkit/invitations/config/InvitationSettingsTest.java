package dev.orgkit.invitations.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.orgkit.organizations.spi.Setting;

class InvitationSettingsTest {

    @Test
    void anEmptyRealmHasTheDocumentedDefaults() {
        Map<String, String> none = Map.of();

        assertThat(InvitationSettings.EXPIRY_DAYS.readCount(none::get)).isEqualTo(7);
        assertThat(InvitationSettings.ORG_DAILY_LIMIT.readCount(none::get)).isEqualTo(20);
        assertThat(InvitationSettings.IP_LIMIT.readCount(none::get)).isEqualTo(5);
        assertThat(InvitationSettings.IP_WINDOW_MINUTES.readCount(none::get)).isEqualTo(15);
        assertThat(InvitationSettings.RETENTION_DAYS.readCount(none::get)).isEqualTo(30);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "invitation-expiry-days       | 0   | invitation-expiry-days must be at least 1",
        "invitation-expiry-days       | 31  | invitation-expiry-days must be at most 30",
        "invitation-ip-window-minutes | 0   | invitation-ip-window-minutes must be at least 1",
        "invitation-org-daily-limit   | -1  | invitation-org-daily-limit must be between 0 and 1000000",
        "invitation-ip-limit          | two | invitation-ip-limit must be a whole number",
    })
    void badValuesAreRefusedWithAReason(String key, String value, String reason) {
        Setting setting = InvitationSettings.ALL.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();

        assertThatThrownBy(() -> setting.normalize(value)).isInstanceOf(IllegalArgumentException.class).hasMessage(reason);
    }

    @Test
    void anUnreadableValueFallsBackToTheDefault() {
        assertThat(InvitationSettings.EXPIRY_DAYS.readCount(Map.of("orgkit.invitation-expiry-days", "90")::get)).isEqualTo(7);
        assertThat(InvitationSettings.EXPIRY_DAYS.readCount(Map.of("orgkit.invitation-expiry-days", " 3 ")::get)).isEqualTo(3);
    }
}
