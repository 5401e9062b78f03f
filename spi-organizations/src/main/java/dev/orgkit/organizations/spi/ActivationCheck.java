package dev.orgkit.organizations.spi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.provider.Provider;

/**
 * Decides whether a user session may have an organization active. The core asks every installed
 * check before a switch, when an accepted invitation would activate the organization, and on every
 * token it issues (initial, scope-chosen and current organization alike), after it has checked
 * membership and the enabled flag itself. An organization a check refuses is never reported in a
 * token; a switch to it answers 403 with the verdict's error, and nothing changes.
 *
 * <p>Checks run on every token, so they must be cheap and must not write.
 */
public interface ActivationCheck extends Provider {

    ActivationVerdict check(KeycloakSession session, UserSessionModel userSession, OrganizationModel org);

    @Override
    default void close() {
    }
}
