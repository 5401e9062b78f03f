package dev.orgkit.organizations.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.models.GroupModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

import dev.orgkit.organizations.kc.NativeOrganizations;
import dev.orgkit.organizations.spi.OrgRole;

class MemberRolesTest {

    private static final java.util.List<String> CORE_PERMISSIONS = RoleNames.CORE_PERMISSIONS.stream()
            .map(dev.orgkit.organizations.spi.SystemPermission::name).toList();

    private static final String INVOICES_READ = "org:invoices:read";

    private final OrganizationFixture fixture = new OrganizationFixture();
    private final NativeOrganizations orgs = fixture.orgs;
    private final OrganizationModel org = fixture.org;

    private RoleModel admin;
    private RoleModel member;
    private RoleModel billing;

    @BeforeEach
    void catalog() {
        admin = fixture.role(RoleNames.ADMIN, CORE_PERMISSIONS.toArray(String[]::new));
        member = fixture.role(RoleNames.MEMBER, RoleNames.MEMBERSHIPS_READ);
        billing = fixture.role("org:billing", RoleNames.MEMBERSHIPS_READ, INVOICES_READ);
        fixture.role("org:analyst", RoleNames.MEMBERSHIPS_READ, "org:sys_reports:read");
        // holds no permission of its own: both of billing's come through the composite
        fixture.roleComposedOf("org:lead", billing);
        fixture.role("org:viewer");
    }

    private MemberRoles roles() {
        return fixture.memberRoles();
    }

    @Nested
    class TheRoleOfAMember {

        @Test
        void isTheRoleMappedByTheirGroupWithThatRolesPermissions() {
            UserModel alice = fixture.memberIn(fixture.group("Admins", admin));

            OrgRole role = roles().roleOf(org, alice);

            assertThat(role.name()).isEqualTo(RoleNames.ADMIN);
            assertThat(role.permissions()).containsExactlyInAnyOrderElementsOf(CORE_PERMISSIONS);
        }

        @Test
        void comesFromAParentGroupInsideTheOrganization() {
            GroupModel admins = fixture.group("Admins", admin);
            UserModel alice = fixture.memberIn(fixture.subgroup(admins, "Berlin"));

            assertThat(roles().roleOf(org, alice).name()).isEqualTo(RoleNames.ADMIN);
        }

        @Test
        void isTheRealmsDefaultRoleWhenNoneOfTheirGroupsMapsARole() {
            UserModel alice = fixture.memberIn(fixture.group("Team Berlin"));

            OrgRole role = roles().roleOf(org, alice);

            assertThat(role.name()).isEqualTo(RoleNames.MEMBER);
            assertThat(role.permissions()).containsExactly(RoleNames.MEMBERSHIPS_READ);
        }

        @Test
        void isTheDefaultRoleTheRealmPolicyNamesWhenTheyAreInNoGroup() {
            fixture.defaultRole("org:viewer");
            UserModel alice = fixture.memberIn();

            assertThat(roles().roleOf(org, alice).name()).isEqualTo("org:viewer");
        }

        @Test
        void isTheirGroupsRoleEvenWhenTheDefaultRoleHoldsFewerPermissions() {
            fixture.defaultRole("org:viewer");
            UserModel alice = fixture.memberIn(fixture.group("Billing", billing));

            assertThat(roles().roleOf(org, alice).name()).isEqualTo("org:billing");
        }

        @Test
        void ignoresAPermissionMappedDirectlyToTheirGroup() {
            GroupModel invoices = fixture.group("Invoices", fixture.permission(INVOICES_READ));
            UserModel alice = fixture.memberIn(invoices);

            assertThat(roles().roleOf(org, alice).name()).isEqualTo(RoleNames.MEMBER);
            assertThat(roles().isRoleGroup(org, invoices)).isFalse();
        }

        /**
         * A realm admin put the member in groups with different roles: the role with the fewest
         * permissions (counted at any depth of composites) wins, ties by name.
         */
        @ParameterizedTest(name = "in groups of {0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                org:admin, org:member               | org:member
                org:member, org:admin               | org:member
                org:admin, org:billing              | org:billing
                org:admin, org:billing, org:member  | org:member
                org:billing, org:analyst            | org:analyst
                org:analyst, org:billing            | org:analyst
                org:lead, org:member                | org:member
                org:lead, org:admin                 | org:lead
                org:viewer, org:member              | org:viewer
                org:billing, org:billing            | org:billing
                """)
        void inSeveralRoleGroupsIsTheRoleWithTheFewestPermissions(String groupRoles, String expected) {
            GroupModel[] groups = Arrays.stream(groupRoles.split(","))
                    .map(String::trim)
                    .map(name -> fixture.group("Group of " + name, fixture.catalogClient.getRole(name)))
                    .toArray(GroupModel[]::new);
            UserModel alice = fixture.memberIn(groups);

            assertThat(roles().roleOf(org, alice).name()).isEqualTo(expected);
        }

        @Test
        void comparesTheRoleOfTheirOwnGroupWithTheRoleOfItsParent() {
            GroupModel admins = fixture.group("Admins", admin);
            GroupModel billingTeam = fixture.subgroup(admins, "Billing team", billing);
            UserModel alice = fixture.memberIn(billingTeam);

            assertThat(roles().rolesGivenBy(org, billingTeam)).containsExactly(billing, admin);
            assertThat(roles().roleOf(org, alice).name()).isEqualTo("org:billing");
        }

        @Test
        void isTheSmallerRoleWhenOneGroupMapsSeveralRoles() {
            GroupModel mixed = fixture.group("Mixed", admin, billing);
            UserModel alice = fixture.memberIn(mixed);

            assertThat(roles().roleMappedBy(mixed)).contains(billing);
            assertThat(roles().roleOf(org, alice).name()).isEqualTo("org:billing");
        }
    }

    @Nested
    class TheDefaultRole {

        @Test
        void fallsBackToMemberWhenThePolicysRoleIsNotInTheCatalog() {
            fixture.defaultRole("org:gone");

            OrgRole role = roles().defaultRole();

            assertThat(role.name()).isEqualTo(RoleNames.MEMBER);
            assertThat(role.permissions()).containsExactly(RoleNames.MEMBERSHIPS_READ);
        }

        @Test
        void isAMemberRoleWithoutPermissionsWhenTheCatalogHasNeither() {
            OrganizationFixture empty = new OrganizationFixture();
            empty.defaultRole("org:gone");

            assertThat(empty.memberRoles().defaultRole()).isEqualTo(new OrgRole(RoleNames.MEMBER, null, Set.of()));
        }
    }

    @Nested
    class RoleGroups {

        @Test
        void ofAMemberAreTheGroupsThatGiveThemARoleDirectlyOrThroughAParent() {
            GroupModel admins = fixture.group("Admins", admin);
            GroupModel berlin = fixture.subgroup(admins, "Berlin");
            GroupModel plain = fixture.group("Newsletter");
            UserModel alice = fixture.memberIn(plain, berlin, admins);

            assertThat(roles().roleGroupsOf(org, alice)).containsExactly(berlin, admins);
        }
    }

    @Nested
    class AssigningARole {

        @Test
        void toTheDefaultRoleLeavesEveryRoleGroupAndKeepsOtherGroups() {
            GroupModel admins = fixture.group("Admins", admin);
            GroupModel billingTeam = fixture.group("Billing", billing);
            GroupModel plain = fixture.group("Newsletter");
            UserModel alice = fixture.memberIn(admins, billingTeam, plain);
            MemberRoles roles = roles();

            roles.assign(org, alice, roles.defaultRole());

            verify(orgs).leaveGroup(org, alice, admins);
            verify(orgs).leaveGroup(org, alice, billingTeam);
            verify(orgs, never()).leaveGroup(org, alice, plain);
            verify(orgs, never()).joinGroup(any(), any(), any());
            verify(orgs, never()).createGroup(any(), anyString());
        }

        @Test
        void movesTheMemberToTheTopLevelGroupThatMapsExactlyThatRole() {
            GroupModel admins = fixture.group("Admins", admin);
            GroupModel billingTeam = fixture.group("Billing", billing);
            UserModel alice = fixture.memberIn(billingTeam);
            MemberRoles roles = roles();

            roles.assign(org, alice, roles.catalog().role(RoleNames.ADMIN).orElseThrow());

            verify(orgs).leaveGroup(org, alice, billingTeam);
            verify(orgs).joinGroup(org, alice, admins);
            verify(orgs, never()).createGroup(any(), anyString());
        }

        @Test
        void aRoleTheMemberHoldsThroughTheirGroupChangesNoGroup() {
            GroupModel admins = fixture.group("Admins", admin);
            UserModel alice = fixture.memberIn(admins);
            MemberRoles roles = roles();

            roles.assign(org, alice, roles.catalog().role(RoleNames.ADMIN).orElseThrow());

            verify(orgs, never()).leaveGroup(any(), any(), any());
            verify(orgs, never()).joinGroup(any(), any(), any());
        }

        @Test
        void usesTheFirstByNameOfSeveralGroupsForThatRole() {
            fixture.group("Zeta admins", admin);
            GroupModel admins = fixture.group("Admins", admin);
            UserModel alice = fixture.memberIn();
            MemberRoles roles = roles();

            roles.assign(org, alice, roles.catalog().role(RoleNames.ADMIN).orElseThrow());

            verify(orgs).joinGroup(org, alice, admins);
        }

        @Test
        void createsAGroupNamedAfterTheRoleWhenNoGroupMapsExactlyThatRole() {
            fixture.group("Mixed", admin, billing);
            GroupModel created = fixture.newGroup("org:billing");
            when(orgs.createGroup(org, "org:billing")).thenReturn(created);
            UserModel alice = fixture.memberIn();
            MemberRoles roles = roles();

            roles.assign(org, alice, roles.catalog().role("org:billing").orElseThrow());

            verify(orgs).grantRole(org, created, billing);
            verify(orgs).joinGroup(org, alice, created);
        }

        @Test
        void numbersTheNewGroupWhenTheRolesNameIsTakenByAnotherGroup() {
            fixture.group("org:billing");
            fixture.group("org:billing (2)", member);
            GroupModel created = fixture.newGroup("org:billing (3)");
            when(orgs.createGroup(org, "org:billing (3)")).thenReturn(created);
            MemberRoles roles = roles();

            assertThat(roles.roleGroup(org, "org:billing")).isSameAs(created);
            verify(orgs).grantRole(org, created, billing);
        }
    }
}
