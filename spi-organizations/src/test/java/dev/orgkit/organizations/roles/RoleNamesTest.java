package dev.orgkit.organizations.roles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.orgkit.organizations.spi.SystemPermission;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"org:admin", "org:member", "org:billing", "org:level_2"})
    void rolesHaveTwoParts(String name) {
        assertThat(RoleNames.isRole(name)).isTrue();
        assertThat(RoleNames.isPermission(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"org:invoices:read", "org:sys_memberships:manage", "org:a1:b_2"})
    void permissionsHaveThreeParts(String name) {
        assertThat(RoleNames.isPermission(name)).isTrue();
        assertThat(RoleNames.isRole(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "org:", "org:Admin", "ORG:admin", "org:1abc", "org:a:b:c", "org:a-b", ""})
    void otherNamesAreNeither(String name) {
        assertThat(RoleNames.isRole(name)).isFalse();
        assertThat(RoleNames.isPermission(name)).isFalse();
    }

    @Test
    void theSysFeatureIsReservedForOrgkit() {
        assertThat(RoleNames.permissionProblem("org:sys_profile:manage")).isPresent();
        assertThat(RoleNames.roleProblem("org:sys_admin")).isPresent();
        assertThat(RoleNames.permissionProblem("org:invoices:read")).isEmpty();
        assertThat(RoleNames.roleProblem("org:billing")).isEmpty();
    }

    @Test
    void everyCorePermissionIsASystemPermissionAndMembersHoldOnlyMembershipRead() {
        assertThat(RoleNames.CORE_PERMISSIONS).extracting(SystemPermission::name).allMatch(RoleNames::isSystemPermission)
                .containsExactly("org:sys_profile:manage", "org:sys_profile:delete", "org:sys_memberships:read",
                        "org:sys_memberships:manage");
        assertThat(RoleNames.CORE_PERMISSIONS).filteredOn(SystemPermission::memberHolds).extracting(SystemPermission::name)
                .containsExactly("org:sys_memberships:read");
    }

    @ParameterizedTest(name = "{0} reads as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "org:admin                  | Admin",
        "org:member                 | Member",
        "org:billing_manager        | Billing manager",
        "org:level_2                | Level 2",
        "org:a__b                   | A b",
        "org:invoices:read          | Read invoices",
        "org:reports:read_all       | Read all reports",
        "org:team_docs:manage       | Manage team docs",
        "org:sys_memberships:manage | Manage memberships",
        "org:sys_profile:delete     | Delete profile",
        "org:sys_:read              | Read sys"
    })
    void aReadableNameIsDerivedFromTheKey(String key, String readable) {
        assertThat(RoleNames.readable(key)).isEqualTo(readable);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "org:Admin", "realm-role", ""})
    void aNameThatIsNoKeyOfTheCatalogReadsAsItIs(String name) {
        assertThat(RoleNames.readable(name)).isEqualTo(name);
    }
}
