package dev.orgkit.organizations.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrgClaimsTest {

    private static final OrgClaims.Options FLAT = new OrgClaims.Options(true, false, false);
    private static final OrgClaims.Options COMPACT = new OrgClaims.Options(false, true, false);

    private final OrgClaims.Active acme = new OrgClaims.Active("id-1", "acme", "org:admin",
            Set.of("org:sys_memberships:read", "org:sys_profile:manage", "org:invoices:read"));

    @Test
    void flatClaimsCarryTheActiveOrganizationWithSortedCustomPermissions() {
        Map<String, Object> claims = OrgClaims.active(acme, FLAT);

        assertThat(claims).containsOnlyKeys("org_id", "org_slug", "org_role", "org_permissions");
        assertThat(claims.get("org_id")).isEqualTo("id-1");
        assertThat(claims.get("org_slug")).isEqualTo("acme");
        assertThat(claims.get("org_role")).isEqualTo("org:admin");
        assertThat(claims.get("org_permissions")).isEqualTo(List.of("org:invoices:read"));
    }

    static Stream<Arguments> systemPermissionRule() {
        return Stream.of(
                Arguments.of(false, List.of("org:invoices:read"),
                        Map.of("v", 2, "fea", "o:invoices",
                                "o", Map.of("id", "id-1", "slg", "acme", "rol", "admin", "per", "read", "fpm", "1"))),
                Arguments.of(true, List.of("org:invoices:read", "org:sys_memberships:read", "org:sys_profile:manage"),
                        Map.of("v", 2, "fea", "o:invoices,o:sys_memberships,o:sys_profile",
                                "o", Map.of("id", "id-1", "slg", "acme", "rol", "admin", "per", "manage,read", "fpm", "2,2,1"))));
    }

    @ParameterizedTest(name = "system permissions included: {0}")
    @MethodSource("systemPermissionRule")
    void bothFormsFollowTheSystemPermissionOption(boolean systemPermissions, List<String> flat, Map<String, Object> compact) {
        Map<String, Object> claims = OrgClaims.active(acme, new OrgClaims.Options(true, true, systemPermissions));

        assertThat(claims.get("org_permissions")).isEqualTo(flat);
        assertThat(Map.of("v", claims.get("v"), "fea", claims.get("fea"), "o", claims.get("o"))).isEqualTo(compact);
    }

    @Test
    void aRoleWithOnlySystemPermissionsCarriesNoneByDefault() {
        OrgClaims.Active member = new OrgClaims.Active("id-1", "acme", "org:member", Set.of("org:sys_memberships:read"));

        Map<String, Object> claims = OrgClaims.active(member, new OrgClaims.Options(true, true, false));

        assertThat(claims.get("org_permissions")).isEqualTo(List.of());
        assertThat(claims).doesNotContainKey("fea");
        assertThat(claims.get("o")).isEqualTo(Map.of("id", "id-1", "slg", "acme", "rol", "member"));
    }

    @Test
    void theCompactFormAloneIsClerksSessionTokenV2() {
        assertThat(OrgClaims.active(acme, COMPACT)).containsOnlyKeys("v", "fea", "o");
    }

    @Test
    void noActiveOrganizationMeansNoOrganizationClaims() {
        assertThat(OrgClaims.active(null, FLAT)).isEmpty();
        assertThat(OrgClaims.active(null, new OrgClaims.Options(true, true, true))).isEqualTo(Map.of("v", 2));
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
