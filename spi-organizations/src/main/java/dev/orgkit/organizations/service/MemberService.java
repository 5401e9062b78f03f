package dev.orgkit.organizations.service;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.PersistenceException;

import org.keycloak.models.GroupModel;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;

import dev.orgkit.organizations.events.CoreActions;
import dev.orgkit.organizations.spi.OrgAccess;
import dev.orgkit.organizations.spi.OrgAction;
import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.kc.NativeOrganizations;
import dev.orgkit.organizations.limits.MembershipLimit;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.Paging;
import dev.orgkit.organizations.records.MembershipRecordEntity;
import dev.orgkit.organizations.records.Records;
import dev.orgkit.organizations.spi.JsonMetadata;
import dev.orgkit.organizations.roles.LastAdminGuard;
import dev.orgkit.organizations.roles.MemberRoles;
import dev.orgkit.organizations.spi.OrgRole;
import dev.orgkit.organizations.roles.RoleNames;
import dev.orgkit.organizations.roles.Membership;

/**
 * Members of an organization and their roles. Every change takes the organization's row lock
 * first, so changes of one organization happen one after the other, and the last-admin rule is
 * decided on the latest committed memberships.
 */
public final class MemberService {

    private final OrganizationService organizations;
    private final NativeOrganizations orgs;
    private final MemberRoles roles;
    private final LastAdminGuard guard;
    private final KeycloakRowLocks locks;
    private final MembershipLimit limit;

    MemberService(OrganizationService organizations, KeycloakRowLocks locks) {
        this.locks = locks;
        this.limit = new MembershipLimit(organizations.session(), organizations.realm());
        this.organizations = organizations;
        this.orgs = organizations.orgs();
        this.roles = organizations.roles();
        this.guard = new LastAdminGuard(orgs, locks, roles);
    }

    public List<Membership> list(OrgAccess access, String search, Paging paging) {
        access.require(RoleNames.MEMBERSHIPS_READ);
        OrganizationModel org = access.org();
        return orgs.members(org, search, paging.first(), paging.max())
                .map(user -> membership(org, user))
                .toList();
    }

    public Membership get(OrgAccess access, String userId) {
        access.require(RoleNames.MEMBERSHIPS_READ);
        return membership(access.org(), member(access.org(), userId));
    }

    /** Resolves a role name of the catalog for assignment, or answers 400. */
    public OrgRole role(String roleName) {
        if (roleName == null || roleName.isBlank()) {
            throw OrgkitException.invalid("role is required");
        }
        return roles.catalog().role(roleName.trim())
                .orElseThrow(() -> OrgkitException.badRequest("unknown_role", "there is no role '" + roleName + "' in the catalog"));
    }

    /**
     * Adds a user to an organization with a role (admin API, invitations). The caller has decided
     * the user may join; answers 409 when the user already is a member or the organization is full.
     */
    public Membership join(OrganizationModel org, UserModel user, OrgRole role, Map<String, Object> publicMetadata,
                           Map<String, Object> privateMetadata) {
        String publicStored = JsonMetadata.toStored("public_metadata", publicMetadata);
        String privateStored = JsonMetadata.toStored("private_metadata", privateMetadata);
        guard.lock(org);
        return joinLocked(org, user, role, publicStored, privateStored);
    }

    private Membership joinLocked(OrganizationModel org, UserModel user, OrgRole role, String publicMetadata,
                                  String privateMetadata) {
        // the locking read sees a parallel duplicate's committed join (MariaDB's snapshot would not)
        if (orgs.isMember(org, user) || guard.isMember(org, user.getId())) {
            throw OrgkitException.conflict("already_member", "the user already is a member of this organization");
        }
        limit.requireRoom(org, 1);
        orgs.addMember(org, user);
        roles.assign(org, user, role);
        MembershipRecordEntity record = organizations.records().joined(organizations.realm().getId(), org.getId(), user.getId());
        record.setPublicMetadata(publicMetadata == null ? JsonMetadata.empty() : publicMetadata);
        record.setPrivateMetadata(privateMetadata == null ? JsonMetadata.empty() : privateMetadata);
        Membership joined = new Membership(org, user, role, false);
        organizations.recorder().record(CoreActions.MEMBER_ADDED, org.getId(), "user", user.getId(),
                organizations.shapes().member(joined, true), Map.of("role", role.name()));
        return joined;
    }

    /** Adds a member through the admin API or as a superadmin. */
    public Membership add(OrgAccess access, UserModel user, String roleName) {
        access.require(RoleNames.MEMBERSHIPS_MANAGE);
        access.requireChangeable();
        OrgRole role = role(roleName == null ? roles.defaultRole().name() : roleName);
        if (!access.covers(role)) {
            throw OrgkitException.forbidden("you can only give roles whose permissions you hold yourself");
        }
        guard.lock(access.org());
        requireStillManager(access, guard.managers(access.org()));
        return joinLocked(access.org(), user, role, null, null);
    }

    public Membership changeRole(OrgAccess access, String userId, String roleName) {
        access.require(RoleNames.MEMBERSHIPS_MANAGE);
        access.requireChangeable();
        OrganizationModel org = access.org();
        UserModel member = member(org, userId);
        OrgRole newRole = role(roleName);
        OrgRole current = roles.roleOf(org, member);
        if (!access.covers(newRole) || !access.covers(current)) {
            throw OrgkitException.forbidden("you can only give roles, and change members holding roles, whose permissions you hold yourself");
        }
        guard.lock(org);
        guard.requireStillMember(org, member.getId());
        Set<String> managers = guard.managers(org);
        requireStillManager(access, managers);
        // decided on committed memberships: a parallel duplicate may have changed the role a moment ago
        List<GroupModel> committed = guard.committedGroupsOf(org, member.getId());
        current = roles.roleAmong(org, committed);
        if (current.name().equals(newRole.name()) && committed.stream().filter(g -> roles.isRoleGroup(org, g)).count() <= 1) {
            return new Membership(org, member, current, orgs.isManagedMember(org, member));
        }
        if (guard.wouldOrphan(org, managers, member.getId(), newRole)) {
            throw lastAdmin();
        }
        try {
            roles.assign(org, member, newRole);
            locks.flush();
        } catch (ModelDuplicateException | PersistenceException e) {
            // MariaDB: a parallel duplicate committed the same change after this request's first read
            throw OrgkitException.conflict("concurrent_change", "the member's role was just changed by a parallel request; read it again");
        }
        Membership changed = new Membership(org, member, newRole, orgs.isManagedMember(org, member));
        organizations.recorder().record(CoreActions.MEMBER_ROLE_CHANGED, org.getId(), "user", member.getId(),
                organizations.shapes().member(changed, true), Map.of("from", current.name(), "to", newRole.name()));
        return changed;
    }

    /**
     * Replaces a member's public and/or private metadata (null: left as is). Public metadata needs
     * {@code org:sys_memberships:manage} over the member's role; private metadata is for realm admins
     * and superadmins. Answers the membership after the change.
     */
    public Membership changeMetadata(OrgAccess access, String userId, Map<String, Object> publicMetadata,
                                     Map<String, Object> privateMetadata) {
        access.require(RoleNames.MEMBERSHIPS_MANAGE);
        access.requireChangeable();
        if (privateMetadata != null && !access.privileged()) {
            throw OrgkitException.forbidden("only realm admins and superadmins can set a member's private_metadata");
        }
        String publicStored = JsonMetadata.toStored("public_metadata", publicMetadata);
        String privateStored = JsonMetadata.toStored("private_metadata", privateMetadata);
        OrganizationModel org = access.org();
        UserModel member = member(org, userId);
        OrgRole current = roles.roleOf(org, member);
        if (!access.covers(current)) {
            throw OrgkitException.forbidden("you can only change members holding roles whose permissions you hold yourself");
        }
        guard.lock(org);
        guard.requireStillMember(org, member.getId());
        requireStillManager(access, guard.managers(org));
        Records records = organizations.records();
        MembershipRecordEntity record = records.joined(organizations.realm().getId(), org.getId(), member.getId());
        boolean changed = false;
        if (publicStored != null && !publicStored.equals(orEmpty(record.getPublicMetadata()))) {
            record.setPublicMetadata(publicStored);
            changed = true;
        }
        if (privateStored != null && !privateStored.equals(orEmpty(record.getPrivateMetadata()))) {
            record.setPrivateMetadata(privateStored);
            changed = true;
        }
        Membership membership = new Membership(org, member, current, orgs.isManagedMember(org, member));
        if (changed) {
            records.touch(record);
            organizations.recorder().record(CoreActions.MEMBER_METADATA_CHANGED, org.getId(), "user", member.getId(),
                    organizations.shapes().member(membership, true), Map.of("role", current.name()));
        }
        return membership;
    }

    private static String orEmpty(String stored) {
        return stored == null ? JsonMetadata.empty() : stored;
    }

    /** Removes a member, or lets the caller leave when {@code userId} is the caller. */
    public void remove(OrgAccess access, String userId) {
        OrganizationModel org = access.org();
        boolean leaving = userId != null && userId.equals(access.callerId());
        if (leaving) {
            access.requireVisible();
        } else {
            access.require(RoleNames.MEMBERSHIPS_MANAGE);
            access.requireChangeable();
        }
        UserModel member = member(org, userId);
        OrgRole current = roles.roleOf(org, member);
        if (!leaving && !access.covers(current)) {
            throw OrgkitException.forbidden("you can only remove members whose permissions you hold yourself");
        }
        boolean managed = orgs.isManagedMember(org, member);
        if (managed && !access.privileged()) {
            throw OrgkitException.conflict("managed_member", "this member belongs to the organization's identity provider; "
                    + "removing it deletes the account, which only a realm admin can do");
        }
        guard.lock(org);
        // a parallel duplicate that removed the member first: one removal, one audit entry, one webhook
        guard.requireStillMember(org, member.getId());
        Set<String> managers = guard.managers(org);
        if (!leaving) {
            requireStillManager(access, managers);
        }
        if (guard.wouldOrphan(org, managers, member.getId(), null)) {
            throw lastAdmin();
        }
        Object removed = organizations.shapes().member(new Membership(org, member, current, managed), true);
        orgs.removeMember(org, member);
        organizations.recorder().record(leaving ? CoreActions.MEMBER_LEFT : CoreActions.MEMBER_REMOVED, org.getId(), "user",
                member.getId(), removed, Map.of("role", current.name()));
    }

    public Membership membership(OrganizationModel org, UserModel member) {
        return new Membership(org, member, roles.roleOf(org, member), orgs.isManagedMember(org, member));
    }

    private UserModel member(OrganizationModel org, String userId) {
        UserModel member = userId == null || userId.isBlank() ? null : orgs.member(org, userId);
        if (member == null) {
            throw OrgkitException.notFound("member not found");
        }
        return member;
    }

    /** Re-checks, under the lock and on committed data, that a member caller still manages memberships. */
    private static void requireStillManager(OrgAccess access, Set<String> managers) {
        if (!access.privileged() && !managers.contains(access.callerId())) {
            throw OrgkitException.forbidden("this requires the permission " + RoleNames.MEMBERSHIPS_MANAGE + " in the organization");
        }
    }

    private static RuntimeException lastAdmin() {
        return OrgkitException.conflict("last_admin", "the organization would be left without a member who can manage "
                + "memberships (org:sys_memberships:manage); make another member an admin first");
    }
}
