package dev.orgkit.organizations.access;

import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserSessionModel;

import dev.orgkit.organizations.spi.Actor;
import dev.orgkit.organizations.kc.DeletionRace;
import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.kc.NativeOrganizations;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.roles.MemberRoles;
import dev.orgkit.organizations.spi.OrgRole;
import dev.orgkit.organizations.spi.OrgAccess;

/** Access of a self-service caller: a member by their org role, a superadmin in every organization. */
public final class MemberAccess implements OrgAccess {

    private final Caller caller;
    private final OrganizationModel org;
    private final boolean member;
    private final boolean superadmin;
    private final OrgRole role;

    public MemberAccess(Caller caller, OrganizationModel org, NativeOrganizations orgs, MemberRoles roles) {
        this.caller = caller;
        this.org = org;
        try {
            this.member = orgs.isMember(org, caller.user());
            this.superadmin = caller.isSuperadmin();
            this.role = member ? roles.roleOf(org, caller.user()) : null;
        } catch (RuntimeException e) {
            if (!DeletionRace.isMissingOrganizationGroup(e)) {
                throw e;
            }
            // a parallel request is deleting this organization or another one of the caller's
            if (!KeycloakRowLocks.of(caller.session()).organizationExists(org.getId())) {
                throw OrgkitException.notFound("organization not found");
            }
            throw OrgkitException.conflict("concurrent_change",
                    "one of your organizations is being deleted right now; send the request again");
        }
    }

    /** Who is asking: their user and user session. */
    public Caller caller() {
        return caller;
    }

    @Override
    public UserSessionModel userSession() {
        return caller.userSession();
    }

    public boolean isMember() {
        return member;
    }

    /** The caller's role, or null when the caller is not a member. */
    public OrgRole role() {
        return role;
    }

    @Override
    public OrganizationModel org() {
        return org;
    }

    @Override
    public void requireVisible() {
        if (!member && !superadmin) {
            throw OrgkitException.notFound("organization not found");
        }
    }

    @Override
    public void require(String permission) {
        requireVisible();
        if (!can(permission)) {
            throw OrgkitException.forbidden("this requires the permission " + permission + " in the organization");
        }
    }

    @Override
    public boolean can(String permission) {
        return superadmin || (role != null && role.has(permission));
    }

    @Override
    public boolean privileged() {
        return superadmin;
    }

    @Override
    public boolean covers(OrgRole other) {
        return superadmin || (role != null && role.permissions().containsAll(other.permissions()));
    }

    @Override
    public String callerId() {
        return caller.user().getId();
    }

    @Override
    public Actor actor() {
        return caller.actor();
    }

    @Override
    public String ipAddress() {
        return caller.ipAddress();
    }

    @Override
    public String userAgent() {
        return caller.userAgent();
    }
}
