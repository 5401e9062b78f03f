package dev.orgkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class OrgContextTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** Every role of the demo catalog, with and without system permissions in the token, against every permission. */
    static Stream<Arguments> rolesAndPermissions() {
        return DemoCatalog.ROLES.keySet().stream().sorted().flatMap(role -> Stream.of(false, true)
                .flatMap(system -> DemoCatalog.PERMISSIONS.stream().map(permission -> Arguments.of(role, system, permission,
                        DemoCatalog.ROLES.get(role).contains(permission) && (system || !permission.startsWith("org:sys_"))))));
    }

    @ParameterizedTest(name = "{0} (system permissions {1}) has {2}: {3}")
    @MethodSource("rolesAndPermissions")
    void has_a_permission_exactly_when_the_token_carries_it(String role, boolean system, String permission, boolean expected) {
        OrgContext org = OrgContext.of(DemoCatalog.token(role, system));

        assertThat(org.has(permission)).isEqualTo(expected);
        assertThat(new OrgkitExpressions().has(permission)).as("no authentication").isFalse();
    }

    static Stream<Arguments> roles() {
        return DemoCatalog.ROLES.keySet().stream().sorted()
                .flatMap(actual -> DemoCatalog.ROLES.keySet().stream().sorted().map(asked -> Arguments.of(actual, asked, actual.equals(asked))));
    }

    @ParameterizedTest(name = "an {0} hasRole({1}): {2}")
    @MethodSource("roles")
    void has_a_role_only_when_it_equals_org_role(String actual, String asked, boolean expected) {
        assertThat(OrgContext.of(DemoCatalog.token(actual, false)).hasRole(asked)).isEqualTo(expected);
    }

    @Test
    void without_an_active_organization_every_check_is_false() {
        OrgContext org = OrgContext.of(DemoCatalog.tokenWithoutOrganization());

        assertThat(org.hasOrganization()).isFalse();
        assertThat(DemoCatalog.PERMISSIONS).noneMatch(org::has);
        assertThat(DemoCatalog.ROLES.keySet()).noneMatch(org::hasRole);
    }

    @Test
    void reads_the_current_request_from_the_security_context() {
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(DemoCatalog.token("org:billing", false)));

        OrgContext org = OrgContext.current();

        assertThat(org).isEqualTo(new OrgContext("user-1", "session-1", "0a5e1c7e-acme", "acme", "org:billing",
                List.of("org:invoices:manage", "org:invoices:read")));
        OrgkitExpressions orgkit = new OrgkitExpressions();
        assertThat(orgkit.has("org:invoices:read")).isTrue();
        assertThat(orgkit.has("org:sys_memberships:read")).as("not in the token").isFalse();
        assertThat(orgkit.hasRole("org:billing")).isTrue();
        assertThat(orgkit.hasRole("org:admin")).isFalse();
        assertThat(orgkit.hasOrganization()).isTrue();
    }

    @Test
    void is_empty_without_a_jwt_authentication() {
        assertThat(OrgContext.current()).isEqualTo(new OrgContext(null, null, null, null, null, List.of()));
        assertThat(OrgContext.current().has(null)).isFalse();
    }
}
