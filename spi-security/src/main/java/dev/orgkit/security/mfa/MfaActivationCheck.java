package dev.orgkit.security.mfa;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserSessionModel;

import dev.orgkit.organizations.spi.ActivationCheck;
import dev.orgkit.organizations.spi.ActivationVerdict;

/** Refuses to make an organization that requires MFA active in a session without a second factor. */
final class MfaActivationCheck implements ActivationCheck {

    static final String ERROR = "mfa_required";

    static final MfaActivationCheck INSTANCE = new MfaActivationCheck();

    private MfaActivationCheck() {
    }

    @Override
    public ActivationVerdict check(KeycloakSession session, UserSessionModel userSession, OrganizationModel org) {
        return MfaRequirement.required(org) && !SecondFactor.completed(userSession)
                ? ActivationVerdict.refused(ERROR, refusal(org.getAlias()))
                : ActivationVerdict.ALLOWED;
    }

    /** What the app should do: re-authenticate with a second factor, then switch again. */
    static String refusal(String alias) {
        return "organization '" + alias + "' requires multi-factor authentication and this session was not authenticated "
                + "with a second factor; re-authenticate (a new authorization request with prompt=login and scope "
                + "organization:" + alias + "), then switch again";
    }
}
