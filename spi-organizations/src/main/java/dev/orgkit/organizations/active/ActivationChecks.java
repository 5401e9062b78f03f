package dev.orgkit.organizations.active;

import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserSessionModel;

import dev.orgkit.organizations.spi.ActivationCheck;
import dev.orgkit.organizations.spi.ActivationVerdict;

/**
 * Asks every installed {@link ActivationCheck} whether {@code org} may be active in a session. The
 * switch, invitation acceptance and every token ask here (through {@link ActiveOrganization}).
 */
public final class ActivationChecks {

    private final KeycloakSession session;

    public ActivationChecks(KeycloakSession session) {
        this.session = session;
    }

    /** The first refusal of any check, or empty when all allow. */
    public Optional<ActivationVerdict> refusal(UserSessionModel userSession, OrganizationModel org) {
        return session.getAllProviders(ActivationCheck.class).stream()
                .map(check -> check.check(session, userSession, org))
                .filter(verdict -> !verdict.allowed())
                .findFirst();
    }

    public boolean allow(UserSessionModel userSession, OrganizationModel org) {
        return refusal(userSession, org).isEmpty();
    }
}
