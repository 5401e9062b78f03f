package dev.orgkit.organizations.roles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.GroupModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

import dev.orgkit.organizations.config.OrgkitPolicy;
import dev.orgkit.organizations.kc.DeletionRace;
import dev.orgkit.organizations.kc.NativeOrganizations;
import dev.orgkit.organizations.spi.OrgRole;
import dev.orgkit.organizations.spi.OrgkitException;

/**
 * A member's role in an organization: the catalog role mapped by the org groups the member is in
 * (or their parents inside the organization), else the realm's default role.
 *
 * <p>orgkit keeps one role group per member. When a realm admin has put a member in groups with
 * different roles, the member gets the role with the fewest permissions (ties: the first name), so
 * a broken state never grants more than some group intended; the next role change repairs it.
 */
public final class MemberRoles {

    private final NativeOrganizations orgs;
    private final RoleCatalog catalog;
    private final OrgkitPolicy policy;

    public MemberRoles(NativeOrganizations orgs, RoleCatalog catalog, OrgkitPolicy policy) {
        this.orgs = orgs;
        this.catalog = catalog;
        this.policy = policy;
    }

    public RoleCatalog catalog() {
        return catalog;
    }

    /** The role of a member (the caller has checked membership). */
    public OrgRole roleOf(OrganizationModel org, UserModel member) {
        return roleAmong(org, orgs.groupsOf(org, member));
    }

    /** The role a member of exactly these org groups has. */
    public OrgRole roleAmong(OrganizationModel org, Collection<GroupModel> groups) {
        List<RoleModel> candidates = new ArrayList<>();
        for (GroupModel group : groups) {
            candidates.addAll(rolesGivenBy(org, group));
        }
        return pick(candidates);
    }

    /** The catalog roles a group gives its members: its own mapping and its parents' inside the org. */
    public List<RoleModel> rolesGivenBy(OrganizationModel org, GroupModel group) {
        List<RoleModel> roles = new ArrayList<>();
        for (GroupModel g : orgs.withAncestors(org, group)) {
            roleMappedBy(g).ifPresent(roles::add);
        }
        return roles;
    }

    /** The role a member with these candidate roles has: the default role if none, else the smallest. */
    public OrgRole pick(List<RoleModel> candidates) {
        if (candidates.isEmpty()) {
            return defaultRole();
        }
        return candidates.stream()
                .distinct()
                .map(catalog::toOrgRole)
                .min(Comparator.<OrgRole>comparingInt(r -> r.permissions().size()).thenComparing(OrgRole::name))
                .orElseThrow();
    }

    /** The default role of the realm's policy (falling back to {@code org:member} if it is gone). */
    public OrgRole defaultRole() {
        return catalog.role(policy.defaultRole())
                .or(() -> catalog.role(RoleNames.MEMBER))
                .orElse(new OrgRole(RoleNames.MEMBER, null, Set.of()));
    }

    /** The catalog role a group maps directly, if any (the smallest if a realm admin mapped several). */
    public Optional<RoleModel> roleMappedBy(GroupModel group) {
        return group.getClientRoleMappingsStream(catalog.client())
                .filter(r -> RoleNames.isRole(r.getName()))
                .min(Comparator.<RoleModel>comparingInt(r -> catalog.permissionsOf(r).size()).thenComparing(RoleModel::getName));
    }

    /** Whether {@code group} (or a parent inside the organization) maps a catalog role. */
    public boolean isRoleGroup(OrganizationModel org, GroupModel group) {
        return !rolesGivenBy(org, group).isEmpty();
    }

    /** The org groups that give a member a role. */
    public Set<GroupModel> roleGroupsOf(OrganizationModel org, UserModel member) {
        Set<GroupModel> groups = new LinkedHashSet<>();
        for (GroupModel group : orgs.groupsOf(org, member)) {
            if (isRoleGroup(org, group)) {
                groups.add(group);
            }
        }
        return groups;
    }

    /**
     * Gives a member exactly one role: leaves every other role group, joins the group for
     * {@code role} (created on demand) unless the role is the default role.
     */
    public void assign(OrganizationModel org, UserModel member, OrgRole role) {
        GroupModel target = role.name().equals(defaultRole().name()) ? null : roleGroup(org, role.name());
        try {
            for (GroupModel group : roleGroupsOf(org, member)) {
                if (target == null || !group.getId().equals(target.getId())) {
                    orgs.leaveGroup(org, member, group);
                }
            }
            if (target != null && !member.isMemberOf(target)) {
                orgs.joinGroup(org, member, target);
            }
        } catch (RuntimeException e) {
            if (DeletionRace.isDeadlock(e)) {
                // the database rolled this change back to let a parallel one through: nothing changed
                throw OrgkitException.conflict("concurrent_change", "a parallel change met this one; try again");
            }
            throw e;
        }
    }

    /** The top-level org group that maps exactly {@code roleName}, created if there is none. */
    public GroupModel roleGroup(OrganizationModel org, String roleName) {
        Optional<GroupModel> existing = orgs.topLevelGroups(org)
                .filter(g -> roleMappedBy(g).map(r -> r.getName().equals(roleName)).orElse(false))
                .filter(g -> g.getClientRoleMappingsStream(catalog.client()).filter(r -> RoleNames.isRole(r.getName())).count() == 1)
                .min(Comparator.comparing(GroupModel::getName));
        if (existing.isPresent()) {
            return existing.get();
        }
        String name = roleName;
        Set<String> taken = new HashSet<>();
        orgs.topLevelGroups(org).forEach(g -> taken.add(g.getName()));
        for (int n = 2; taken.contains(name); n++) {
            name = roleName + " (" + n + ")";
        }
        GroupModel group = orgs.createGroup(org, name);
        orgs.grantRole(org, group, catalog.roleModel(roleName));
        return group;
    }
}
