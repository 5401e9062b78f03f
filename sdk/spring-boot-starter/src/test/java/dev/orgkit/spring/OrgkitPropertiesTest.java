package dev.orgkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OrgkitPropertiesTest {

    @ParameterizedTest(name = "{0} is realm {2} at {1}")
    @CsvSource({
            "http://localhost:8080/realms/orgkit-demo, http://localhost:8080, orgkit-demo",
            "https://id.example.com/realms/acme/, https://id.example.com, acme",
            "https://example.com/auth/realms/r1, https://example.com/auth, r1" })
    void derives_base_url_and_realm_from_the_issuer(String issuer, String baseUrl, String realm) {
        OrgkitProperties properties = new OrgkitProperties();
        properties.setIssuerUri(issuer);

        assertThat(properties.getBaseUrl()).isEqualTo(baseUrl);
        assertThat(properties.getRealm()).isEqualTo(realm);
    }

    @Test
    void explicit_values_win_over_the_issuer() {
        OrgkitProperties properties = new OrgkitProperties();
        properties.setIssuerUri("http://localhost:8080/realms/orgkit-demo");
        properties.setBaseUrl("http://keycloak:8080/");
        properties.setRealm("other");

        assertThat(properties.getBaseUrl()).isEqualTo("http://keycloak:8080");
        assertThat(properties.getRealm()).isEqualTo("other");
    }

    @Test
    void an_issuer_that_names_no_realm_derives_nothing() {
        OrgkitProperties properties = new OrgkitProperties();
        properties.setIssuerUri("https://issuer.example.com");

        assertThat(properties.getBaseUrl()).isNull();
        assertThat(properties.getRealm()).isNull();
    }

    @Test
    void the_issuer_is_required() {
        assertThatThrownBy(() -> new OrgkitProperties().requiredIssuer()).hasMessageContaining("orgkit.issuer-uri");
    }
}
