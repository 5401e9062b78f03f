package dev.orgkit.spring;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A token the decoder refuses (here: a decoder that refuses every token) is a 401 with the reason. */
@SpringBootTest(classes = InvalidTokenTest.RefusingDecoder.class, properties = "orgkit.issuer-uri=" + DemoCatalog.ISSUER)
class InvalidTokenTest {

    @Autowired
    private WebApplicationContext context;

    @Test
    void answers_401_json_for_a_refused_token() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        mvc.perform(get("/invoices").header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(content().json("{\"error\":\"unauthorized\",\"error_description\":\"Jwt expired at 2020-01-01T00:00:00Z\"}", true));
    }

    @Configuration(proxyBeanMethods = false)
    @Import(TestApp.class)
    static class RefusingDecoder {
        @Bean
        JwtDecoder refusingDecoder() {
            return token -> {
                throw new BadJwtException("Jwt expired at 2020-01-01T00:00:00Z");
            };
        }
    }
}
