package dev.orgkit.security.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllowlistSettingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "example.com                 | allowlist entries are email addresses or @domain, not 'example.com'",
        "'a@b.test,two words@x.test' | allowlist entries are email addresses or @domain, not 'two words@x.test'",
        "a@@b.test                   | allowlist entries are email addresses or @domain, not 'a@@b.test'",
    })
    void entriesThatAreNeitherAddressesNorDomainsAreRefused(String value, String reason) {
        assertThatThrownBy(() -> AllowlistSettings.ALLOWLIST.normalize(value))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(reason);
    }

    @Test
    void anAllowlistIsLowercasedAndKeepsAddressesAndDomains() {
        assertThat(AllowlistSettings.ALLOWLIST.normalize(" Ann@Example.com, @Partner.test,*@wild.test,,ann@example.com"))
                .isEqualTo("ann@example.com,@partner.test,*@wild.test");
    }

    @Test
    void theAllowlistIsOffAndEmptyByDefault() {
        assertThat(AllowlistSettings.ENABLED.defaultValue()).isEqualTo("false");
        assertThat(AllowlistSettings.ALLOWLIST.defaultValue()).isEmpty();
    }
}
