package dev.orgkit.organizations.rest;

import jakarta.ws.rs.WebApplicationException;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserSessionModel;
import dev.orgkit.organizations.spi.OrgkitApiExtension;

/**
 * Asks every {@link OrgkitApiExtension} whether {@code org} may become the active organization of
 * a session ({@link OrgkitApiExtension#checkActivation}), before anything changes.
 */
public final class ActivationChecks {

    private ActivationChecks() {
    }

    /** Throws the first refusal (an {@link ApiErrors} exception) of any extension. */
    public static void require(KeycloakSession session, UserSessionModel userSession, OrganizationModel org) {
        session.getAllProviders(OrgkitApiExtension.class)
                .forEach(extension -> extension.checkActivation(session, userSession, org));
    }

    /** Whether no extension refuses; for callers that skip the activation instead of failing (e.g. accepting an invitation). */
    public static boolean allows(KeycloakSession session, UserSessionModel userSession, OrganizationModel org) {
        try {
            require(session, userSession, org);
            return true;
        } catch (WebApplicationException refused) {
            return false;
        }
    }
}
