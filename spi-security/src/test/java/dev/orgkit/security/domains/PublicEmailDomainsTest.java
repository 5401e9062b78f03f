package dev.orgkit.security.domains;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicEmailDomainsTest {

    @ParameterizedTest
    @ValueSource(strings = {"gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.co.uk",
            "mail.gmail.com"})
    void publicProvidersAndTheirSubdomainsAreListed(String domain) {
        assertThat(PublicEmailDomains.contains(domain)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme.example", "example.com", "gmail.com.evil.example", "com"})
    void otherDomainsAreNot(String domain) {
        assertThat(PublicEmailDomains.contains(domain)).isFalse();
    }

    @Test
    void theListIsLongAndEveryEntryIsANormalisedDomainName() {
        assertThat(PublicEmailDomains.all()).hasSizeGreaterThan(100);
        assertThat(PublicEmailDomains.all()).allSatisfy(d -> assertThat(DomainName.normalize(d)).isEqualTo(d));
    }
}
