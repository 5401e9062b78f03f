package dev.orgkit.organizations.spi;

import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserSessionModel;


/**
 * What the caller of a request may do in one organization. Every check asks for a permission,
 * never a role name, so a custom role with the right permissions works everywhere.
 */
public interface OrgAccess {

    OrganizationModel org();

    /**
     * Answers 404 when the caller may not know the organization exists (not a member, not a
     * superadmin) and 403 when the caller lacks {@code permission}.
     */
    void require(String permission);

    /**
     * {@link #require} for a read that members need a managing permission for (e.g. listing
     * invitations needs {@code org:sys_memberships:manage}). A realm admin reads with
     * {@code view-organizations}, as everywhere else in the admin API.
     */
    default void requireForRead(String permission) {
        require(permission);
    }

    /** Answers 404 unless the caller may see the organization at all. */
    void requireVisible();

    boolean can(String permission);

    /** Realm admins and superadmins: see private metadata, change disabled organizations, remove managed members. */
    boolean privileged();

    /**
     * Whether the caller may give {@code role} to someone, or act on a member who holds it: only
     * roles whose permissions the caller holds too, so nobody hands out more than they have.
     */
    boolean covers(OrgRole role);

    /** The id of the calling user, or null. */
    String callerId();

    Actor actor();

    String ipAddress();

    String userAgent();

    /** The caller's user session when a user calls for themselves, else null (realm admins, the system). */
    default UserSessionModel userSession() {
        return null;
    }

    /** Answers 403 for a change to a disabled organization by anyone but a privileged caller. */
    default void requireChangeable() {
        if (!org().isEnabled() && !privileged()) {
            throw OrgkitException.forbidden("organization_disabled",
                    "the organization is disabled; only realm admins and superadmins can change it");
        }
    }
}
