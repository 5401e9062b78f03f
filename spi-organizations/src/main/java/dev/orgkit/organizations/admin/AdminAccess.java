package dev.orgkit.organizations.admin;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import dev.orgkit.organizations.spi.OrgAccess;
import dev.orgkit.organizations.spi.Actor;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.OrgRole;

/**
 * Access of a realm admin through the admin API, decided by Keycloak's own admin permissions:
 * reading needs {@code view-organizations}, changing needs {@code manage-organizations}.
 */
final class AdminAccess implements OrgAccess {

    private final KeycloakSession session;
    private final AdminPermissionEvaluator auth;
    private final OrganizationModel org;

    AdminAccess(KeycloakSession session, AdminPermissionEvaluator auth, OrganizationModel org) {
        this.session = session;
        this.auth = auth;
        this.org = org;
    }

    static Actor actor(AdminPermissionEvaluator auth) {
        UserModel user = auth.adminAuth().getUser();
        return new Actor(Actor.ADMIN, user.getId(), user.getUsername());
    }

    @Override
    public OrganizationModel org() {
        return org;
    }

    @Override
    public void requireVisible() {
        if (!auth.orgs().canView(org)) {
            throw OrgkitException.forbidden("this requires the admin role view-organizations");
        }
    }

    @Override
    public void require(String permission) {
        if (!can(permission)) {
            throw OrgkitException.forbidden(isRead(permission)
                    ? "this requires the admin role view-organizations"
                    : "this requires the admin role manage-organizations");
        }
    }

    /** Any read of the organization needs view-organizations only, whatever members need for it. */
    @Override
    public void requireForRead(String permission) {
        requireVisible();
    }

    @Override
    public boolean can(String permission) {
        return isRead(permission) ? auth.orgs().canView(org) : auth.orgs().canManage(org);
    }

    private static boolean isRead(String permission) {
        // Clerk's naming: a permission ending in :read only reads
        return permission != null && permission.endsWith(":read");
    }

    @Override
    public boolean privileged() {
        return true;
    }

    @Override
    public boolean covers(OrgRole role) {
        return true;
    }

    @Override
    public String callerId() {
        return auth.adminAuth().getUser().getId();
    }

    @Override
    public Actor actor() {
        return actor(auth);
    }

    @Override
    public String ipAddress() {
        return session.getContext().getConnection().getRemoteAddr();
    }

    @Override
    public String userAgent() {
        return session.getContext().getRequestHeaders().getHeaderString("User-Agent");
    }
}
