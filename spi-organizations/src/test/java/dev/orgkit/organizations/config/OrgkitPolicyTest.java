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
        "creation-limit   | -1    | creation-limit must be between 0 and 1000000",
        "creation-limit   | 1.5   | creation-limit must be a whole number",
        "creation-enabled | yes   | creation-enabled must be true or false",
        "superadmin-role  | ' '   | superadmin-role must not be empty",
    })
    void badValuesAreRefusedWithAReason(String key, String value, String reason) {
        Setting setting = OrgkitPolicy.SETTINGS.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();

        assertThatThrownBy(() -> setting.normalize(value)).isInstanceOf(IllegalArgumentException.class).hasMessage(reason);
    }

    @Test
    void everySettingLivesInARealmAttributeWithTheOrgkitPrefix() {
        for (Setting setting : OrgkitPolicy.SETTINGS) {
            assertThat(setting.attribute()).isEqualTo("orgkit." + setting.key());
            assertThat(setting.normalize(setting.defaultValue())).isEqualTo(setting.defaultValue());
        }
    }
}
