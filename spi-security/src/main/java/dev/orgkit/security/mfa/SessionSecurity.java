package dev.orgkit.security.mfa;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserSessionModel;

/**
 * Whether the caller's session meets an organization's security requirements, so an app can send
 * the user to step up before switching instead of after a refusal.
 */
public final class SessionSecurity {

    @JsonProperty("mfa_required")
    public boolean mfaRequired;
    /** The caller's session was authenticated with a second factor. */
    @JsonProperty("second_factor")
    public boolean secondFactor;
    /** Nothing in the organization's security settings stops it from becoming this session's active one. */
    @JsonProperty("satisfied")
    public boolean satisfied;

    static SessionSecurity of(OrganizationModel org, UserSessionModel userSession) {
        SessionSecurity rep = new SessionSecurity();
        rep.mfaRequired = MfaRequirement.required(org);
        rep.secondFactor = SecondFactor.completed(userSession);
        rep.satisfied = !rep.mfaRequired || rep.secondFactor;
        return rep;
    }
}
