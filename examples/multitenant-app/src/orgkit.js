// Everything the app takes from the orgkit SDK (@orgkit/node), in one place: token verification and
// route guards, the typed API client (user and admin calls), webhook verification.
import { createOrgkit } from "@orgkit/node";
import { createOrgkitClient, OrgkitApiError } from "@orgkit/node/client";
import { orgkitMiddleware, protect } from "@orgkit/node/express";
import { verifyWebhook, WebhookVerificationError } from "@orgkit/node/webhooks";

export { OrgkitApiError, WebhookVerificationError };

/**
 * `accessToken(req)` gives the signed-in user's access token from the server-side session (the
 * browser never sends it: its cookie is an opaque session id).
 */
export function orgkitFor(config, accessToken) {
  const orgkit = createOrgkit({ issuer: config.issuer, audience: config.clientId, getToken: accessToken });
  return {
    /** Sets req.auth (userId, orgId, orgRole, orgPermissions, has()) on every request. */
    middleware: orgkitMiddleware(orgkit),
    /**
     * A guard: `requirement` is {permission} | {role} | {organization: true}; `pages` render the
     * app's own HTML for a signed-out (401) or refused (403) request.
     */
    protect: (requirement, pages) => protect(orgkit, requirement, {
      onUnauthorized: (req, res, _next, refused) => pages.unauthorized(req, res, refused),
      onForbidden: (req, res, _next, refused) => pages.forbidden(req, res, refused),
    }),
    /** The orgkit API on behalf of the request's user. */
    userClient: (req) => createOrgkitClient({ baseUrl: config.keycloakUrl, realm: config.realm, token: req.auth.token }),
    /** The orgkit admin API with a realm admin's token (`adminToken()` gets a fresh one). */
    adminClient: (adminToken) => createOrgkitClient({ baseUrl: config.keycloakUrl, realm: config.realm, token: adminToken }),
    /** The parsed event of a signed delivery; throws WebhookVerificationError. */
    verifyWebhook: (headers, rawBody, secret) => verifyWebhook({ headers, body: rawBody }, secret),
  };
}
