package dev.orgkit.spring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * An app endpoint that calls orgkit's API through {@link OrgkitRestClient} (a mock of the API behind it): orgkit's
 * refusals reach the app's caller with orgkit's status and body, not as a 500.
 */
@SpringBootTest(classes = { TestApp.class, OrgkitApiErrorsMockMvcTest.MockOrgkitApi.class }, properties = {
        "orgkit.issuer-uri=" + DemoCatalog.ISSUER, "orgkit.audience=" + DemoCatalog.AUDIENCE })
class OrgkitApiErrorsMockMvcTest {

    private static final String MEMBERS = "http://localhost:8080/realms/orgkit-demo/orgkit/organizations/0a5e1c7e-acme/members?first=0&max=50";

    /** The app's {@code RestClient.Builder}, which the starter's client is built from, answered by a mock of orgkit's API. */
    @Configuration(proxyBeanMethods = false)
    static class MockOrgkitApi {

        private final RestClient.Builder builder = RestClient.builder();
        private final MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();

        @Bean
        RestClient.Builder restClientBuilder() {
            return builder;
        }

        @Bean
        MockRestServiceServer orgkitApi() {
            return server;
        }
    }

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private MockRestServiceServer orgkitApi;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void tearDown() {
        orgkitApi.verify();
        orgkitApi.reset();
    }

    @Test
    void answers_orgkits_answer_with_the_callers_token() throws Exception {
        orgkitApi.expect(requestTo(MEMBERS)).andExpect(header(HttpHeaders.AUTHORIZATION, "Bearer token"))
                .andRespond(withSuccess("[{\"id\":\"m-1\",\"role\":\"org:admin\",\"user_id\":\"user-1\"}]", MediaType.APPLICATION_JSON));

        mvc.perform(get("/members").with(as("org:admin")))
                .andExpect(status().isOk())
                .andExpect(content().json("[{\"id\":\"m-1\",\"role\":\"org:admin\",\"user_id\":\"user-1\"}]"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            403 | {"error":"forbidden","error_description":"requires permission org:sys_memberships:read"}
            404 | {"error":"not_found"}
            409 | {"error":"membership_limit_reached","error_description":"the organization is full","max_allowed_memberships":3}
            """)
    void passes_orgkits_refusal_on_in_orgkits_words(int status, String body) throws Exception {
        orgkitApi.expect(requestTo(MEMBERS)).andRespond(withStatus(HttpStatus.valueOf(status)).contentType(MediaType.APPLICATION_JSON).body(body));

        mvc.perform(get("/members").with(as("org:member")))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json(body, true));
    }

    @Test
    void passes_a_rate_limit_on_with_its_retry_after() throws Exception {
        orgkitApi.expect(requestTo(MEMBERS)).andRespond(withStatus(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "30")
                .contentType(MediaType.APPLICATION_JSON).body("{\"error\":\"rate_limited\",\"error_description\":\"slow down\"}"));

        mvc.perform(get("/members").with(as("org:admin")))
                .andExpect(status().isTooManyRequests())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string(HttpHeaders.RETRY_AFTER, "30"))
                .andExpect(content().json("{\"error\":\"rate_limited\",\"error_description\":\"slow down\"}", true));
    }

    @Test
    void answers_502_when_orgkit_fails() throws Exception {
        orgkitApi.expect(requestTo(MEMBERS)).andRespond(withStatus(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_HTML).body("<h1>down</h1>"));

        mvc.perform(get("/members").with(as("org:admin")))
                .andExpect(status().isBadGateway())
                .andExpect(content().json("{\"error\":\"bad_gateway\",\"error_description\":\"orgkit's API answered 503\"}", true));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String role) {
        return jwt().jwt(DemoCatalog.token(role, false)).authorities(new OrgAuthorities());
    }
}
