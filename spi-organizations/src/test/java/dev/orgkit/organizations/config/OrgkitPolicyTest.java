package dev.orgkit.organizations.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import dev.orgkit.organizations.spi.Setting;

class OrgkitPolicyTest {

    @Test
    void anEmptyRealmHasTheDocumentedDefaults() {
        OrgkitPolicy policy = OrgkitPolicy.from(name -> null);

        assertThat(policy.creationEnabled()).isFalse();
        assertThat(policy.creationLimit()).isEqualTo(1);
        assertThat(policy.superadminRole()).isEqualTo("orgkit-superadmin");
        assertThat(policy.defaultRole()).isEqualTo("org:member");
        assertThat(policy.reservedSlugs()).contains("o", "api", "admin", "well-known", "new").hasSize(17);
        assertThat(policy.invitationExpiryDays()).isEqualTo(7);
        assertThat(policy.invitationOrgDailyLimit()).isEqualTo(20);
        assertThat(policy.invitationIpLimit()).isEqualTo(5);
        assertThat(policy.invitationIpWindowMinutes()).isEqualTo(15);
        assertThat(policy.invitationRetentionDays()).isEqualTo(30);
        assertThat(policy.auditRetentionDays()).isEqualTo(365);
    }

    @Test
    void realmAttributesOverrideTheDefaults() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("orgkit.creation-enabled", "TRUE");
        attributes.put("orgkit.creation-limit", " 3 ");
        attributes.put("orgkit.reserved-slugs", "Foo, bar,,foo");

        OrgkitPolicy policy = OrgkitPolicy.from(attributes::get);

        assertThat(policy.creationEnabled()).isTrue();
        assertThat(policy.creationLimit()).isEqualTo(3);
        assertThat(policy.reservedSlugs()).containsExactlyInAnyOrder("foo", "bar");
    }

    @Test
    void anUnreadableAttributeFallsBackToTheDefault() {
        OrgkitPolicy policy = OrgkitPolicy.from(Map.of("orgkit.creation-limit", "many", "orgkit.creation-enabled", "maybe")::get);

        assertThat(policy.creationLimit()).isEqualTo(1);
        assertThat(policy.creationEnabled()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "creation-limit         | -1    | creation-limit must be between 0 and 1000000",
        "creation-limit         | 1.5   | creation-limit must be a whole number",
        "creation-enabled       | yes   | creation-enabled must be true or false",
        "invitation-expiry-days | 0     | invitation-expiry-days must be at least 1",
        "invitation-expiry-days | 31    | invitation-expiry-days must be at most 30",
        "superadmin-role        | ' '   | superadmin-role must not be empty",
        "allowlist              | example.com | allowlist entries are email addresses or @domain, not 'example.com'",
        "allowlist              | 'a@b.test,two words@x.test' | allowlist entries are email addresses or @domain, not 'two words@x.test'",
        "allowlist              | a@@b.test | allowlist entries are email addresses or @domain, not 'a@@b.test'",
    })
    void badValuesAreRefusedWithAReason(String key, String value, String reason) {
        Setting setting = Setting.byKey(key).orElseThrow();

        assertThatThrownBy(() -> setting.normalize(value)).isInstanceOf(IllegalArgumentException.class).hasMessage(reason);
    }

    @Test
    void anAllowlistIsLowercasedAndKeepsAddressesAndDomains() {
        assertThat(Setting.ALLOWLIST.normalize(" Ann@Example.com, @Partner.test,*@wild.test,,ann@example.com"))
                .isEqualTo("ann@example.com,@partner.test,*@wild.test");
    }

    @Test
    void everySettingLivesInARealmAttributeWithTheOrgkitPrefix() {
        for (Setting setting : Setting.values()) {
            assertThat(setting.attribute()).isEqualTo("orgkit." + setting.key());
            assertThat(setting.normalize(setting.defaultValue())).isEqualTo(setting.defaultValue());
        }
    }
}
