package dev.orgkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class OrgAuthoritiesTest {

    private final OrgAuthorities authorities = new OrgAuthorities();

    @ParameterizedTest(name = "{0} (system permissions {1}) has authorities {2}")
    @CsvSource(delimiter = '|', textBlock = """
            org:admin   | false | ORG_ROLE_org:admin org:invoices:manage org:invoices:read
            org:admin   | true  | ORG_ROLE_org:admin org:invoices:manage org:invoices:read org:sys_audit:read org:sys_domains:manage org:sys_domains:read org:sys_memberships:manage org:sys_memberships:read org:sys_profile:delete org:sys_profile:manage
            org:member  | false | ORG_ROLE_org:member
            org:member  | true  | ORG_ROLE_org:member org:sys_memberships:read
            org:billing | false | ORG_ROLE_org:billing org:invoices:manage org:invoices:read
            org:billing | true  | ORG_ROLE_org:billing org:invoices:manage org:invoices:read org:sys_memberships:read
            """)
    void maps_the_role_and_each_permission_of_the_demo_catalog(String role, boolean systemPermissions, String expected) {
        assertThat(names(authorities.convert(DemoCatalog.token(role, systemPermissions))))
                .containsExactlyInAnyOrder(("SCOPE_openid SCOPE_email SCOPE_profile " + expected).split(" "));
    }

    @Test
    void a_token_without_an_active_organization_has_only_its_scopes() {
        assertThat(names(authorities.convert(DemoCatalog.tokenWithoutOrganization())))
                .containsExactlyInAnyOrder("SCOPE_openid", "SCOPE_email", "SCOPE_profile");
    }

    @Test
    void org_claims_without_an_org_id_grant_nothing() {
        Jwt token = DemoCatalog.jwt(claims -> claims.claim("org_role", "org:admin").claim("org_permissions", java.util.List.of("org:invoices:read")));

        assertThat(names(authorities.convert(token))).containsExactlyInAnyOrder("SCOPE_openid", "SCOPE_email", "SCOPE_profile");
    }

    private static java.util.List<String> names(Collection<GrantedAuthority> granted) {
        return granted.stream().map(GrantedAuthority::getAuthority).toList();
    }
}
