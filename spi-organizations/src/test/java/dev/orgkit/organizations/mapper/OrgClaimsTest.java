package dev.orgkit.organizations.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OrgClaimsTest {

    private final OrgClaims.Active acme = new OrgClaims.Active("id-1", "acme", "org:admin",
            Set.of("org:sys_memberships:manage", "org:invoices:read"));

    @Test
    void flatClaimsCarryTheActiveOrganizationWithSortedPermissions() {
        Map<String, Object> claims = OrgClaims.active(acme, true, false);

        assertThat(claims).containsOnlyKeys("org_id", "org_slug", "org_role", "org_permissions");
        assertThat(claims.get("org_id")).isEqualTo("id-1");
        assertThat(claims.get("org_slug")).isEqualTo("acme");
        assertThat(claims.get("org_role")).isEqualTo("org:admin");
        assertThat(claims.get("org_permissions")).isEqualTo(List.of("org:invoices:read", "org:sys_memberships:manage"));
    }

    @Test
    void theCompactClaimDropsThePrefixes() {
        Map<String, Object> claims = OrgClaims.active(acme, false, true);

        assertThat(claims).containsOnlyKeys("o");
        assertThat(claims.get("o")).isEqualTo(Map.of("id", "id-1", "slg", "acme", "rol", "admin",
                "per", "invoices:read,sys_memberships:manage"));
    }

    @Test
    void noActiveOrganizationMeansNoClaims() {
        assertThat(OrgClaims.active(null, true, true)).isEmpty();
    }

    @Test
    void membershipsAreKeyedBySlugSortedAndCapped() {
        List<OrgClaims.Membership> memberships = List.of(
                new OrgClaims.Membership("3", "zeta", "org:member"),
                new OrgClaims.Membership("1", "alpha", "org:admin"),
                new OrgClaims.Membership("2", "beta", "org:member"));

        Map<String, Object> claim = OrgClaims.memberships(memberships, 2);

        assertThat(claim.keySet()).containsExactly("alpha", "beta");
        assertThat(claim.get("alpha")).isEqualTo(Map.of("id", "1", "role", "org:admin"));
    }
}
