package dev.orgkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;

import dev.orgkit.spring.client.model.ActiveOrganization;
import dev.orgkit.spring.client.model.Member;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The client against a mock of orgkit's API: the caller's token goes along, answers become models, refusals {@link OrgkitApiException}s. */
class OrgkitRestClientTest {

    private static final String API = "http://localhost:8080/realms/orgkit-demo/orgkit";

    private MockRestServiceServer orgkitApi;
    private OrgkitRestClient client;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder();
        orgkitApi = MockRestServiceServer.bindTo(builder).build();
        OrgkitProperties properties = new OrgkitProperties();
        properties.setIssuerUri(DemoCatalog.ISSUER);
        client = new OrgkitRestClient(builder, properties);
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(DemoCatalog.token("org:admin", false)));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void forwards_the_callers_token_and_reads_the_answer_into_the_generated_models() {
        orgkitApi.expect(requestTo(API + "/organizations/acme/members?first=0&max=50")).andExpect(method(HttpMethod.GET))
                .andExpect(header(HttpHeaders.AUTHORIZATION, "Bearer token"))
                .andRespond(withSuccess("""
                        [{"object":"organization_membership","id":"m-1","role":"org:admin","role_name":"Admin","permissions":[],
                          "public_metadata":{},"created_at":1700000000000,"updated_at":1700000000000,
                          "public_user_data":{"user_id":"user-1","identifier":"alice@example.com","first_name":"Alice","last_name":"Admin",
                            "image_url":"","has_image":false}}]""", MediaType.APPLICATION_JSON));

        List<Member> members = client.listMembers("acme", 0, 50);

        orgkitApi.verify();
        assertThat(members).singleElement().satisfies(member -> {
            assertThat(member.getRole()).isEqualTo("org:admin");
            assertThat(member.getPublicUserData().getUserId()).isEqualTo("user-1");
            assertThat(member.getCreatedAt()).isEqualTo(1700000000000L);
        });
    }

    @Test
    void sends_the_organization_to_switch_to() {
        orgkitApi.expect(requestTo(API + "/me/active-organization")).andExpect(method(HttpMethod.PUT))
                .andExpect(header(HttpHeaders.AUTHORIZATION, "Bearer token"))
                .andExpect(content().json("{\"organization\":\"globex\"}", true))
                .andRespond(withSuccess("{\"organization\":{\"id\":\"o-2\",\"slug\":\"globex\",\"name\":\"Globex\",\"enabled\":true,\"role\":\"org:admin\"}}",
                        MediaType.APPLICATION_JSON));

        ActiveOrganization active = client.setActiveOrganization("globex");

        orgkitApi.verify();
        assertThat(active.getOrganization().getSlug()).isEqualTo("globex");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            403 | forbidden                | requires permission org:sys_audit:read | {"error":"forbidden","error_description":"requires permission org:sys_audit:read"}
            404 | not_found                |                                        | {"error":"not_found"}
            409 | membership_limit_reached | the organization is full               | {"error":"membership_limit_reached","error_description":"the organization is full","max_allowed_memberships":3}
            """)
    void turns_an_error_answer_into_an_exception_with_orgkits_words(int status, String error, String description, String body) {
        orgkitApi.expect(requestTo(API + "/organizations/acme/audit-log?first=0&max=20"))
                .andRespond(withStatus(HttpStatus.valueOf(status)).contentType(MediaType.APPLICATION_JSON).body(body));

        OrgkitApiException failure = catchThrowableOfType(OrgkitApiException.class, () -> client.listAuditLog("acme", 0, 20));

        assertThat(failure.getStatus()).isEqualTo(status);
        assertThat(failure.getError()).isEqualTo(error);
        assertThat(failure.getDescription()).isEqualTo(description);
        assertThat(failure.body()).as("the body as orgkit sent it").isEqualTo(body);
    }

    @Test
    void keeps_the_retry_after_of_a_rate_limit() {
        orgkitApi.expect(requestTo(API + "/me/invitations")).andRespond(withStatus(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, "17").contentType(MediaType.APPLICATION_JSON)
                .body("{\"error\":\"rate_limited\",\"error_description\":\"too many requests\"}"));

        OrgkitApiException failure = catchThrowableOfType(OrgkitApiException.class, () -> client.listMyInvitations());

        assertThat(failure.getStatus()).isEqualTo(429);
        assertThat(failure.getError()).isEqualTo("rate_limited");
        assertThat(failure.getRetryAfter()).isEqualTo("17");
    }

    @Test
    void names_an_answer_that_is_not_orgkits_error_json_by_its_status() {
        orgkitApi.expect(requestTo(API + "/me/organizations"))
                .andRespond(withStatus(HttpStatus.BAD_GATEWAY).contentType(MediaType.TEXT_HTML).body("<html>proxy error</html>"));

        OrgkitApiException failure = catchThrowableOfType(OrgkitApiException.class, () -> client.listMyOrganizations());

        assertThat(failure.getStatus()).isEqualTo(502);
        assertThat(failure.getError()).isEqualTo(OrgkitApiException.UNKNOWN_ERROR);
        assertThat(failure.getDescription()).isEqualTo("orgkit's API answered 502");
        assertThat(failure.body()).isNull();
    }
}
