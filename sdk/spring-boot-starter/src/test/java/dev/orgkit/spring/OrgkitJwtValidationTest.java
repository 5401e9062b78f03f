package dev.orgkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

class OrgkitJwtValidationTest {

    private final OAuth2TokenValidator<Jwt> validator = OrgkitJwtDecoders.validator(properties(DemoCatalog.AUDIENCE, Duration.ofSeconds(5)));

    @Test
    void accepts_an_access_token_of_the_realm_for_the_audience() {
        assertThat(validator.validate(DemoCatalog.token("org:admin", false)).hasErrors()).isFalse();
    }

    @Test
    void rejects_another_issuer() {
        assertThat(validator.validate(DemoCatalog.jwt(claims -> claims.issuer("http://localhost:8080/realms/other"))).hasErrors()).isTrue();
    }

    @Test
    void rejects_a_token_without_the_audience() {
        assertThat(validator.validate(DemoCatalog.jwt(claims -> claims.audience(List.of("account")))).hasErrors()).isTrue();
        assertThat(validator.validate(DemoCatalog.jwt(claims -> claims.claims(c -> c.remove("aud")))).hasErrors()).isTrue();
    }

    @Test
    void without_a_configured_audience_any_audience_passes() {
        OAuth2TokenValidator<Jwt> anyAudience = OrgkitJwtDecoders.validator(properties(null, Duration.ofSeconds(5)));

        assertThat(anyAudience.validate(DemoCatalog.jwt(claims -> claims.audience(List.of("account")))).hasErrors()).isFalse();
    }

    @Test
    void rejects_an_id_token() {
        assertThat(validator.validate(DemoCatalog.jwt(claims -> claims.claim("typ", "ID"))).hasErrors()).isTrue();
    }

    @Test
    void rejects_a_token_expired_for_longer_than_the_clock_skew() {
        Instant now = Instant.now();

        assertThat(validator.validate(DemoCatalog.jwt(claims -> claims.issuedAt(now.minusSeconds(60)).expiresAt(now.minusSeconds(6))))
                .hasErrors()).isTrue();
        assertThat(validator.validate(DemoCatalog.jwt(claims -> claims.issuedAt(now.minusSeconds(60)).expiresAt(now.minusSeconds(2))))
                .hasErrors()).as("within the skew").isFalse();
    }

    private static OrgkitProperties properties(String audience, Duration skew) {
        OrgkitProperties properties = new OrgkitProperties();
        properties.setIssuerUri(DemoCatalog.ISSUER);
        properties.setAudience(audience);
        properties.setClockSkew(skew);
        return properties;
    }
}
