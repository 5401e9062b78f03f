package dev.orgkit.security.mfa;

import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserSessionModel;

import dev.orgkit.organizations.spi.OrgkitException;

/** Refuses to make an organization that requires MFA active in a session without a second factor. */
final class MfaActivationCheck {

    static final String ERROR = "mfa_required";

    private MfaActivationCheck() {
    }

    static void check(UserSessionModel userSession, OrganizationModel org) {
        if (MfaRequirement.required(org) && !SecondFactor.completed(userSession)) {
            throw OrgkitException.forbidden(ERROR, refusal(org.getAlias()));
        }
    }

    /** What the app should do: re-authenticate with a second factor, then switch again. */
    static String refusal(String alias) {
        return "organization '" + alias + "' requires multi-factor authentication and this session was not authenticated "
                + "with a second factor; re-authenticate (a new authorization request with prompt=login and scope "
                + "organization:" + alias + "), then switch again";
    }
}
