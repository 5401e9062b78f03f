package dev.orgkit.organizations.spi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * A request about one organization, as an {@link OrgkitApiExtension} receives it.
 *
 * @param access what the caller may do in the organization
 * @param changes records changes the request makes, as the caller
 */
public record OrgRequest(KeycloakSession session, RealmModel realm, OrgAccess access, ChangeRecorder changes) {

    public OrgkitCore core() {
        return OrgkitCore.of(session);
    }
}
