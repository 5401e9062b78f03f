// Sign-in through Keycloak with the authorization code flow and PKCE (openid-client), and the
// tokens kept in the server-side session: refreshed shortly before they expire and on demand
// (after an organization switch). The browser only ever holds the session cookie.
import * as oidc from "openid-client";

const REFRESH_MARGIN_MS = 30_000;

export function signIn(config) {
  let discovered = null;
  // discovery on first use, again after a failure (Keycloak may start after the app)
  const server = () => {
    discovered ??= oidc
      .discovery(new URL(config.issuer), config.clientId, config.clientSecret, undefined,
        config.issuer.startsWith("http:") ? { execute: [oidc.allowInsecureRequests] } : undefined)
      .catch((error) => {
        discovered = null;
        throw error;
      });
    return discovered;
  };
  // one refresh at a time per session: parallel requests share it
  const refreshing = new Map();

  function store(session, tokens) {
    session.tokens = {
      access_token: tokens.access_token,
      refresh_token: tokens.refresh_token ?? session.tokens?.refresh_token ?? null,
      id_token: tokens.id_token ?? session.tokens?.id_token ?? null,
      expires_at: Date.now() + (tokens.expiresIn() ?? 60) * 1000,
    };
  }

  return {
    /** The address of Keycloak's login page; remembers the PKCE verifier and state in the session. */
    async loginUrl(session, returnTo) {
      const verifier = oidc.randomPKCECodeVerifier();
      session.login = { verifier, state: oidc.randomState(), returnTo: safeReturnTo(returnTo) };
      return oidc.buildAuthorizationUrl(await server(), {
        redirect_uri: config.redirectUri,
        scope: "openid profile email",
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: "S256",
        state: session.login.state,
      }).href;
    },

    /** Exchanges the code of Keycloak's redirect; returns where to go next. */
    async callback(session, currentUrl) {
      const login = session.login;
      if (!login) {
        throw new SignInError("no sign-in was started in this browser session");
      }
      delete session.login;
      const tokens = await oidc.authorizationCodeGrant(await server(), currentUrl, {
        pkceCodeVerifier: login.verifier,
        expectedState: login.state,
      });
      store(session, tokens);
      const claims = tokens.claims();
      session.user = { id: claims.sub, username: claims.preferred_username ?? claims.sub, name: claims.name ?? null };
      return login.returnTo;
    },

    /**
     * The session's tokens, refreshed when they expire within the margin or when `force` is set;
     * null when signed out. A refused refresh (the Keycloak session ended) signs the session out.
     */
    async fresh(req, { force = false } = {}) {
      const session = req.session;
      const tokens = session?.tokens;
      if (!tokens) {
        return null;
      }
      if (!force && tokens.expires_at - REFRESH_MARGIN_MS > Date.now()) {
        return tokens;
      }
      if (!tokens.refresh_token) {
        delete session.tokens;
        return null;
      }
      let pending = refreshing.get(req.sessionID);
      if (!pending) {
        pending = server()
          .then((s) => oidc.refreshTokenGrant(s, tokens.refresh_token))
          .finally(() => refreshing.delete(req.sessionID));
        refreshing.set(req.sessionID, pending);
      }
      try {
        store(session, await pending);
        return session.tokens;
      } catch (error) {
        if (error instanceof oidc.ResponseBodyError) {
          // invalid_grant: the session ended in Keycloak (signed out, expired, revoked)
          delete session.tokens;
          delete session.user;
          return null;
        }
        throw error;
      }
    },

    /** Keycloak's end-session address (signs out of Keycloak too), back to the app's home. */
    async logoutUrl(idToken) {
      const params = { post_logout_redirect_uri: `${config.baseUrl}/` };
      if (idToken) {
        params.id_token_hint = idToken;
      } else {
        params.client_id = config.clientId;
      }
      return oidc.buildEndSessionUrl(await server(), params).href;
    },
  };
}

export class SignInError extends Error {}

/** Only paths of the app itself (never another site) are returned to after sign-in. */
export function safeReturnTo(value) {
  return typeof value === "string" && /^\/(?![/\\])[\x21-\x7e]*$/.test(value) ? value : "/";
}
