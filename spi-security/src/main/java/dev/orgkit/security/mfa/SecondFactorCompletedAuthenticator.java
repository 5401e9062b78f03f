package dev.orgkit.security.mfa;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Marks the session as authenticated with a second factor. Place it right after the second-factor
 * form(s) of a flow (REQUIRED, in the same subflow): reaching it means they succeeded. When the OTP
 * form asked for setup instead, Keycloak runs the OTP setup (which checks a code) before the
 * session exists, so the mark holds then too.
 */
final class SecondFactorCompletedAuthenticator implements Authenticator {

    static final SecondFactorCompletedAuthenticator SINGLETON = new SecondFactorCompletedAuthenticator();

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        SecondFactor.record(context.getAuthenticationSession(), Time.currentTime());
        context.success();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
