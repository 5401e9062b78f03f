package dev.orgkit.organizations.spi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;

/**
 * A request of an authenticated user about themselves, as an {@link OrgkitApiExtension} receives it.
 *
 * @param user the caller (token checked, enabled)
 * @param userSession the caller's session
 * @param changes records changes the request makes, as the caller
 */
public record MeRequest(KeycloakSession session, RealmModel realm, UserModel user, UserSessionModel userSession,
                        ChangeRecorder changes) {

    public OrgkitCore core() {
        return OrgkitCore.of(session);
    }
}
