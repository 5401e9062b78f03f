package dev.orgkit.spring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class OrgkitJwtDecodersTest {

    @Test
    void refuses_what_is_not_a_jwt_without_asking_the_realm() {
        OrgkitProperties properties = new OrgkitProperties();
        // nothing listens there: a call to the realm would fail with an I/O error, not a BadJwtException
        properties.setIssuerUri("http://127.0.0.1:1/realms/nowhere");
        JwtDecoder decoder = OrgkitJwtDecoders.forRealm(properties);

        assertThatThrownBy(() -> decoder.decode("abc.def.ghi")).isInstanceOf(BadJwtException.class).hasMessage("the bearer token is not a JWT");
        assertThatThrownBy(() -> decoder.decode("not a token")).isInstanceOf(BadJwtException.class);
    }
}
