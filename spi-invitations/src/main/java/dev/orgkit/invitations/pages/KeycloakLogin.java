package dev.orgkit.invitations.pages;

import java.net.URI;

import jakarta.ws.rs.core.Response;

import org.keycloak.OAuth2Constants;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.common.ClientConnection;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.SystemClientUtil;
import org.keycloak.protocol.RestartLoginCookie;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.AuthenticationSessionManager;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The one place the invitation pages drive Keycloak's own login: an authentication session of the
 * realm's system client (the {@code account} client, as Keycloak's action-token links use) whose
 * redirect URI is an invitation page. Signing in runs the realm's browser flow (passwords, OTP,
 * identity providers, required actions); a user just registered through an invitation is logged
 * in the way a finished flow logs in (required actions first, then the SSO cookie and user session).
 * Either way the browser comes back to {@code continueUri} signed in.
 */
final class KeycloakLogin {

    private final KeycloakSession session;
    private final RealmModel realm;

    KeycloakLogin(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Sends the browser into the realm's browser flow, with the username field filled with {@code loginHint}. */
    Response signIn(URI continueUri, String loginHint) {
        AuthenticationSessionModel authSession = newAuthenticationSession(continueUri);
        if (loginHint != null) {
            authSession.setClientNote(OIDCLoginProtocol.LOGIN_HINT_PARAM, loginHint);
        }
        authSession.setAuthNote(AuthenticationProcessor.CURRENT_FLOW_PATH, LoginActionsService.AUTHENTICATE_PATH);
        RestartLoginCookie.setRestartCookie(session, authSession);
        URI flow = LoginActionsService.loginActionsBaseUrl(session.getContext().getUri())
                .path(LoginActionsService.AUTHENTICATE_PATH)
                .queryParam("client_id", authSession.getClient().getClientId())
                .queryParam("tab_id", authSession.getTabId())
                .queryParam("client_data", AuthenticationProcessor.getClientData(session, authSession))
                .build(realm.getName());
        return Response.status(Response.Status.FOUND).location(flow).build();
    }

    /** Logs in a user who has just registered (their password proven by setting it, their email by the invitation). */
    Response signInRegistered(UserModel user, URI continueUri) {
        AuthenticationSessionModel authSession = newAuthenticationSession(continueUri);
        authSession.setAuthenticatedUser(user);
        authSession.setAuthNote(AuthenticationManager.NEW_USER_REGISTERED, "true");
        ClientConnection connection = session.getContext().getConnection();
        EventBuilder event = new EventBuilder(realm, session, connection).event(EventType.LOGIN)
                .client(authSession.getClient()).user(user);
        return AuthenticationManager.nextActionAfterAuthentication(session, authSession, connection,
                session.getContext().getHttpRequest(), session.getContext().getUri(), event);
    }

    /** The account console of the realm, where an invitee lands when the invitation names no redirect URI. */
    URI accountConsole() {
        return Urls.accountBase(session.getContext().getUri().getBaseUri()).path("/").build(realm.getName());
    }

    private AuthenticationSessionModel newAuthenticationSession(URI continueUri) {
        ClientModel client = SystemClientUtil.getSystemClient(realm);
        AuthenticationSessionModel authSession = new AuthenticationSessionManager(session)
                .createAuthenticationSession(realm, true)
                .createAuthenticationSession(client);
        authSession.setAction(AuthenticationSessionModel.Action.AUTHENTICATE.name());
        authSession.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
        authSession.setClientNote(OIDCLoginProtocol.RESPONSE_TYPE_PARAM, OAuth2Constants.CODE);
        authSession.setClientNote(OIDCLoginProtocol.ISSUER,
                Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName()));
        authSession.setClientNote(OIDCLoginProtocol.SCOPE_PARAM, "openid");
        authSession.setRedirectUri(continueUri.toString());
        authSession.setClientNote(OIDCLoginProtocol.REDIRECT_URI_PARAM, continueUri.toString());
        session.getContext().setAuthenticationSession(authSession);
        session.getContext().setClient(client);
        return authSession;
    }
}
