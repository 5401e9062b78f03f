package dev.orgkit.organizations.spi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * A realm-admin request, as an {@link OrgkitApiExtension} receives it.
 *
 * @param auth Keycloak's admin permissions of the caller
 * @param changes records changes the request makes, as the admin (also as Keycloak admin events)
 */
public record AdminRequest(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                           ChangeRecorder changes) {

    public OrgkitCore core() {
        return OrgkitCore.of(session);
    }
}
