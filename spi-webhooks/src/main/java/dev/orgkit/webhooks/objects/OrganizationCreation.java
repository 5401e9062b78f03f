package dev.orgkit.webhooks.objects;

import java.util.Map;

import org.keycloak.models.AdminRoles;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

import dev.orgkit.organizations.spi.OrgkitFeatures;
import dev.orgkit.organizations.spi.Setting;

/**
 * Clerk's {@code create_organization_enabled} and {@code create_organizations_limit} for one user,
 * read from the realm's policy settings (docs/configuration.md) the way the core applies them:
 * superadmins and holders of realm-management's {@code manage-organizations} may always create,
 * without a limit; everyone else when {@code creation-enabled} is on, up to {@code creation-limit}
 * (0 = no limit). A display value: the create itself decides again.
 *
 * @param limit how many the user may create, or null when there is no limit or the user may create none
 */
record OrganizationCreation(boolean enabled, Integer limit) {

    static final String CREATION_ENABLED = "creation-enabled";
    static final String CREATION_LIMIT = "creation-limit";
    static final String SUPERADMIN_ROLE = "superadmin-role";

    static OrganizationCreation of(KeycloakSession session, RealmModel realm, UserModel user) {
        Map<String, Setting> settings = OrgkitFeatures.settings(session);
        Setting enabled = settings.get(CREATION_ENABLED);
        Setting limit = settings.get(CREATION_LIMIT);
        Setting superadmin = settings.get(SUPERADMIN_ROLE);
        boolean unbound = (superadmin != null && holds(user, realm.getRole(superadmin.read(realm)))) || managesOrganizations(realm, user);
        return decide(unbound, enabled != null && enabled.readFlag(realm), limit == null ? 0 : limit.readCount(realm));
    }

    static OrganizationCreation decide(boolean unbound, boolean creationEnabled, int creationLimit) {
        if (unbound) {
            return new OrganizationCreation(true, null);
        }
        if (!creationEnabled) {
            return new OrganizationCreation(false, null);
        }
        return new OrganizationCreation(true, creationLimit > 0 ? creationLimit : null);
    }

    private static boolean managesOrganizations(RealmModel realm, UserModel user) {
        ClientModel management = realm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
        return management != null && holds(user, management.getRole(AdminRoles.MANAGE_ORGANIZATIONS));
    }

    private static boolean holds(UserModel user, RoleModel role) {
        return role != null && user.hasRole(role);
    }
}
