package dev.orgkit.spring;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.nimbusds.jwt.JWTParser;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/** The realm's access-token decoder: keys from the issuer's discovery document, then issuer, audience, type and expiry checks. */
final class OrgkitJwtDecoders {

    /** Keycloak's {@code typ} claim of access tokens (ID tokens say {@code ID}, and must not pass as access tokens). */
    static final String ACCESS_TOKEN_TYPE = "Bearer";

    private OrgkitJwtDecoders() {
    }

    /**
     * Fetches discovery and keys on first use (so the app starts while Keycloak is still starting). Nimbus
     * refetches the key set when a token names a key id it does not know: rotated keys are picked up.
     */
    static JwtDecoder forRealm(OrgkitProperties properties) {
        String issuer = properties.requiredIssuer();
        OAuth2TokenValidator<Jwt> validator = validator(properties);
        JwtDecoder realm = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
        return token -> realm.decode(parsed(token));
    }

    /** Something that is not a JWT at all is refused (401) before the realm's keys are fetched. */
    private static String parsed(String token) {
        try {
            JWTParser.parse(token);
            return token;
        } catch (ParseException e) {
            throw new BadJwtException("the bearer token is not a JWT");
        }
    }

    static OAuth2TokenValidator<Jwt> validator(OrgkitProperties properties) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(properties.getClockSkew()));
        validators.add(new JwtIssuerValidator(properties.requiredIssuer()));
        validators.add(new JwtClaimValidator<Object>("typ", typ -> typ == null || ACCESS_TOKEN_TYPE.equals(typ)));
        String audience = properties.getAudience();
        if (audience != null && !audience.isBlank()) {
            validators.add(new JwtClaimValidator<Collection<String>>("aud", aud -> aud != null && aud.contains(audience)));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }
}
