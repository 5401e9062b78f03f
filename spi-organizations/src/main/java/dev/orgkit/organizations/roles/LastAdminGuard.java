package dev.orgkit.organizations.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.keycloak.models.GroupModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RoleModel;

import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.kc.KeycloakRowLocks.Membership;
import dev.orgkit.organizations.kc.NativeOrganizations;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.OrgRole;

/**
 * Keeps every organization that has members with at least one member who may manage memberships.
 *
 * <p>{@link #lock} takes a row lock on the organization, so membership changes of one organization
 * run one after the other across nodes; {@link #check} then reads the role groups' members with a
 * locking read (the latest committed rows) and refuses a change that would leave no such member.
 */
public final class LastAdminGuard {

    private final NativeOrganizations orgs;
    private final KeycloakRowLocks locks;
    private final MemberRoles roles;

    public LastAdminGuard(NativeOrganizations orgs, KeycloakRowLocks locks, MemberRoles roles) {
        this.orgs = orgs;
        this.locks = locks;
        this.roles = roles;
    }

    /**
     * Serialises membership changes of {@code org} until the transaction ends; answers 404 when a
     * parallel request deleted the organization meanwhile.
     */
    public void lock(OrganizationModel org) {
        if (!locks.lockOrganization(org.getId())) {
            throw OrgkitException.notFound("organization not found");
        }
    }

    /** Answers 404 when a parallel request removed the member meanwhile. Call after {@link #lock}. */
    public void requireStillMember(OrganizationModel org, String userId) {
        if (!isMember(org, userId)) {
            throw OrgkitException.notFound("member not found");
        }
    }

    /** Whether the user is a member, on the latest committed rows. Call after {@link #lock}. */
    public boolean isMember(OrganizationModel org, String userId) {
        return locks.isMember(org.getId(), userId);
    }

    /**
     * The org groups a member is in, on the latest committed rows (a cached user may not show a group
     * a parallel request joined a moment ago). Call after {@link #lock}.
     */
    public List<GroupModel> committedGroupsOf(OrganizationModel org, String userId) {
        return locks.groupIdsOf(userId).stream()
                .map(orgs::groupById)
                .filter(group -> orgs.isGroupOf(group, org))
                .toList();
    }

    /**
     * Whether the change leaves the organization without a manager while it still has members.
     * Call after {@link #lock}.
     *
     * @param currentManagers {@link #managers} read after {@link #lock}
     * @param userId the member whose role changes or who leaves
     * @param newRole the member's new role, or null when the member leaves or is removed
     * @return true when the change must be refused
     */
    public boolean wouldOrphan(OrganizationModel org, Set<String> currentManagers, String userId, OrgRole newRole) {
        String manage = RoleNames.MEMBERSHIPS_MANAGE;
        if (newRole != null && newRole.has(manage)) {
            return false;
        }
        Set<String> managers = new HashSet<>(currentManagers);
        managers.remove(userId);
        if (!managers.isEmpty()) {
            return false;
        }
        GroupModel internal = orgs.internalGroup(org);
        if (newRole == null) {
            // leaving: refused only if someone else stays behind
            return locks.hasMemberOtherThan(internal.getId(), userId);
        }
        // demoting: the member stays, so the organization keeps members
        return true;
    }

    /**
     * The members who can manage memberships now, read with a locking read (latest committed rows).
     * Call after {@link #lock}; the caller of a membership change is checked against this set too,
     * so a member demoted a moment ago cannot act on a permission they no longer hold.
     */
    public Set<String> managers(OrganizationModel org) {
        Map<String, List<RoleModel>> rolesOfGroup = new HashMap<>();
        collectRoleGroups(org, orgs.topLevelGroups(org), rolesOfGroup);
        boolean defaultManages = roles.defaultRole().has(RoleNames.MEMBERSHIPS_MANAGE);

        List<String> groupIds = new ArrayList<>(rolesOfGroup.keySet());
        String internalId = orgs.internalGroup(org).getId();
        if (defaultManages) {
            groupIds.add(internalId);
        }
        Map<String, List<RoleModel>> rolesOfUser = new HashMap<>();
        Set<String> members = new HashSet<>();
        for (Membership m : locks.memberships(groupIds)) {
            if (m.groupId().equals(internalId)) {
                members.add(m.userId());
            } else {
                rolesOfUser.computeIfAbsent(m.userId(), k -> new ArrayList<>()).addAll(rolesOfGroup.get(m.groupId()));
            }
        }
        Set<String> managers = new HashSet<>();
        rolesOfUser.forEach((user, candidates) -> {
            if (roles.pick(candidates).has(RoleNames.MEMBERSHIPS_MANAGE)) {
                managers.add(user);
            }
        });
        if (defaultManages) {
            members.stream().filter(u -> !rolesOfUser.containsKey(u)).forEach(managers::add);
        }
        return managers;
    }

    /** Every org group (any depth) that gives a role, with the roles it gives. */
    private void collectRoleGroups(OrganizationModel org, Stream<GroupModel> groups, Map<String, List<RoleModel>> out) {
        groups.forEach(group -> {
            List<RoleModel> given = roles.rolesGivenBy(org, group);
            if (!given.isEmpty()) {
                out.put(group.getId(), given);
            }
            collectRoleGroups(org, group.getSubGroupsStream(), out);
        });
    }
}
