package dev.orgkit.organizations.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.lenient;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.models.GroupModel;
import org.keycloak.models.OrganizationModel;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.kc.NativeOrganizations;
import dev.orgkit.organizations.spi.OrgRole;

@ExtendWith(MockitoExtension.class)
class LastAdminGuardTest {

    private static final java.util.List<String> CORE_PERMISSIONS = RoleNames.CORE_PERMISSIONS.stream()
            .map(dev.orgkit.organizations.spi.SystemPermission::name).toList();

    private static final String INTERNAL_GROUP_ID = "internal-group-of-acme";

    private static final Map<String, OrgRole> ROLES = Map.of(
            "admin", new OrgRole(RoleNames.ADMIN, null, Set.copyOf(CORE_PERMISSIONS)),
            "member", new OrgRole(RoleNames.MEMBER, null, Set.of(RoleNames.MEMBERSHIPS_READ)),
            "billing", new OrgRole("org:billing", null, Set.of(RoleNames.MEMBERSHIPS_READ, "org:invoices:read")),
            "recruiter", new OrgRole("org:recruiter", null, Set.of(RoleNames.MEMBERSHIPS_MANAGE)));

    @Mock
    private NativeOrganizations orgs;
    @Mock
    private KeycloakRowLocks locks;
    @Mock
    private MemberRoles roles;
    @Mock
    private OrganizationModel acme;
    @Mock
    private GroupModel internalGroup;

    /**
     * One change of one member, with the managers (members who may manage memberships) read under
     * the organization's lock. "leaves" stands for leaving or being removed; otherwise the member
     * gets the named role. "others stay" is whether anyone but that member is still in the
     * organization.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what happens                                          | managers     | member | change    | others stay | refused
            the only manager leaves while others stay               | alice        | alice  | leaves    | true        | true
            the only manager leaves as the last member              | alice        | alice  | leaves    | false       | false
            the only manager is demoted to member                   | alice        | alice  | member    | true        | true
            the only manager is demoted even when alone             | alice        | alice  | billing   | false       | true
            the only manager keeps admin                            | alice        | alice  | admin     | true        | false
            the only manager gets another role that manages         | alice        | alice  | recruiter | true        | false
            a manager leaves while another manager stays            | alice, bob   | alice  | leaves    | true        | false
            a manager is demoted while another manager stays        | alice, bob   | alice  | member    | true        | false
            a member who is no manager leaves                       | alice        | carol  | leaves    | true        | false
            a member who is no manager is demoted                   | alice        | carol  | billing   | true        | false
            a member is made admin of an organization without one   |              | carol  | admin     | true        | false
            a member leaves an organization that has no manager     |              | carol  | leaves    | true        | true
            the last member leaves an organization without manager  |              | carol  | leaves    | false       | false
            """)
    void refusesOnlyAChangeThatLeavesMembersWithoutAManager(String scenario, String managers, String member, String change,
            boolean othersStay, boolean refused) {
        Set<String> currentManagers = managers == null ? Set.of()
                : Arrays.stream(managers.split(",")).map(String::trim).collect(Collectors.toSet());
        OrgRole newRole = change.equals("leaves") ? null : ROLES.get(change);
        // read only when nobody else manages and the member leaves: whether the organization keeps members
        lenient().when(orgs.internalGroup(acme)).thenReturn(internalGroup);
        lenient().when(internalGroup.getId()).thenReturn(INTERNAL_GROUP_ID);
        lenient().when(locks.hasMemberOtherThan(INTERNAL_GROUP_ID, member)).thenReturn(othersStay);

        LastAdminGuard guard = new LastAdminGuard(orgs, locks, roles);

        assertThat(guard.wouldOrphan(acme, currentManagers, member, newRole)).isEqualTo(refused);
    }
}
