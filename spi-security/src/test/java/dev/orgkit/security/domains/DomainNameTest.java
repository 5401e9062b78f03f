package dev.orgkit.security.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DomainNameTest {

    @ParameterizedTest
    @CsvSource({
            "example.com, example.com",
            "  Example.COM.  , example.com",
            "sub.example.co.uk, sub.example.co.uk",
            "bücher.example, xn--bcher-kva.example",
            "xn--bcher-kva.example, xn--bcher-kva.example",
            "my-company.io, my-company.io"})
    void namesAreTrimmedLowercasedAndPunycoded(String raw, String expected) {
        assertThat(DomainName.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "localhost", "com", "https://example.com", "example.com/path", "example.com:443",
            "alice@example.com", "*.example.com", "-bad.example.com", "bad-.example.com", "exa mple.com", "a..b.com",
            "192.168.0.1", "under_score.example.com"})
    void whatIsNotABareHostNameIsRefused(String raw) {
        assertThatThrownBy(() -> DomainName.normalize(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNameLongerThanTheVerificationRecordAllowsIsRefused() {
        String label = "a".repeat(60);
        String name = label + "." + label + "." + label + "." + label + ".com";
        assertThat(name.length()).isGreaterThan(DomainName.MAX_LENGTH);
        assertThatThrownBy(() -> DomainName.normalize(name)).hasMessageContaining("at most " + DomainName.MAX_LENGTH);
        assertThat(("_orgkit-verification." + name.substring(0, DomainName.MAX_LENGTH)).length()).isEqualTo(253);
    }

    @Test
    void theDomainOfAnEmailIsNormalisedAndNullWhenThereIsNone() {
        assertThat(DomainName.ofEmail("Alice@Acme.Example")).isEqualTo("acme.example");
        assertThat(DomainName.ofEmail("alice")).isNull();
        assertThat(DomainName.ofEmail("alice@")).isNull();
        assertThat(DomainName.ofEmail(null)).isNull();
    }

    @Test
    void internationalisedNamesAreShownInUnicode() {
        assertThat(DomainName.toUnicode("xn--bcher-kva.example")).isEqualTo("bücher.example");
    }
}
