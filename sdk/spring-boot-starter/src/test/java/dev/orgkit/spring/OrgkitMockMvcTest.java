package dev.orgkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The starter in a whole Spring Boot app: its filter chain, {@code @orgkit.*} in {@code @PreAuthorize}, and the JSON refusals. */
@SpringBootTest(classes = TestApp.class, properties = {
        "orgkit.issuer-uri=" + DemoCatalog.ISSUER, "orgkit.audience=" + DemoCatalog.AUDIENCE })
class OrgkitMockMvcTest {

    @Autowired
    private WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void replaces_spring_boots_default_security() {
        assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("orgkitSecurityFilterChain");
        assertThat(context.getBeanNamesForType(UserDetailsService.class)).as("no generated password user").isEmpty();
    }

    @Test
    void answers_401_json_without_a_token() throws Exception {
        mvc.perform(get("/invoices"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().json("{\"error\":\"unauthorized\",\"error_description\":\"a valid bearer token is required\"}", true));
    }

    @Test
    void lets_a_member_with_the_permission_in() throws Exception {
        mvc.perform(get("/invoices").with(as(DemoCatalog.token("org:billing", false))))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"organization\":\"0a5e1c7e-acme\"}", true));
    }

    @Test
    void answers_403_json_naming_the_missing_permission() throws Exception {
        mvc.perform(get("/invoices").with(as(DemoCatalog.token("org:member", false))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().json("{\"error\":\"forbidden\",\"error_description\":\"requires permission org:invoices:read\"}", true));
        mvc.perform(post("/invoices").with(as(DemoCatalog.token("org:member", false))))
                .andExpect(status().isForbidden())
                .andExpect(content().json("{\"error\":\"forbidden\",\"error_description\":\"requires permission org:invoices:manage\"}", true));
    }

    @Test
    void answers_403_json_naming_the_missing_role() throws Exception {
        mvc.perform(get("/admin").with(as(DemoCatalog.token("org:admin", false)))).andExpect(status().isOk());
        mvc.perform(get("/admin").with(as(DemoCatalog.token("org:billing", true))))
                .andExpect(status().isForbidden())
                .andExpect(content().json("{\"error\":\"forbidden\",\"error_description\":\"requires role org:admin\"}", true));
    }

    @Test
    void answers_no_active_organization_when_the_session_has_none() throws Exception {
        for (String path : new String[] { "/invoices", "/admin", "/organization" }) {
            mvc.perform(get(path).with(as(DemoCatalog.tokenWithoutOrganization())))
                    .andExpect(status().isForbidden())
                    .andExpect(content().json("{\"error\":\"no_active_organization\",\"error_description\":\"requires an active organization\"}", true));
        }
        mvc.perform(get("/organization").with(as(DemoCatalog.token("org:member", false))))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"slug\":\"acme\"}", true));
    }

    static Stream<Arguments> rolesAndPermissions() {
        return OrgContextTest.rolesAndPermissions();
    }

    @ParameterizedTest(name = "{0} (system permissions {1}) asking for {2}: {3}")
    @MethodSource("rolesAndPermissions")
    void checks_every_permission_of_the_demo_catalog(String role, boolean system, String permission, boolean granted) throws Exception {
        if (granted) {
            mvc.perform(get("/permissions/" + permission).with(as(DemoCatalog.token(role, system))))
                    .andExpect(status().isOk())
                    .andExpect(content().json("{\"granted\":\"" + permission + "\"}", true));
        } else {
            mvc.perform(get("/permissions/" + permission).with(as(DemoCatalog.token(role, system))))
                    .andExpect(status().isForbidden())
                    .andExpect(content().json("{\"error\":\"forbidden\",\"error_description\":\"requires permission " + permission + "\"}", true));
        }
    }

    @Test
    void shows_the_org_context_as_json() throws Exception {
        mvc.perform(get("/me").with(as(DemoCatalog.token("org:admin", false))))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"userId":"user-1","sessionId":"session-1","orgId":"0a5e1c7e-acme","orgSlug":"acme","orgRole":"org:admin",
                         "orgPermissions":["org:invoices:manage","org:invoices:read"]}""", true));
    }

    private static RequestPostProcessor as(Jwt token) {
        return jwt().jwt(token).authorities(new OrgAuthorities());
    }
}
