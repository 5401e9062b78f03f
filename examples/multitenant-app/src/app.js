// The app's routes. Pages are guarded with orgkit's protect(): invoices need org:invoices:read to
// list and org:invoices:manage to create; the team page needs an active organization (the orgkit
// API itself decides who may invite).
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import express from "express";
import session from "express-session";

import { DataError, directory, invoices } from "./data.js";
import { OrgkitApiError, WebhookVerificationError } from "./orgkit.js";
import { SignInError } from "./signin.js";
import { EventShapeError, applyWebhookEvent } from "./sync.js";
import { errorPage, forbiddenPage, homePage, invoicesPage, noOrganizationPage, teamPage } from "./views.js";

const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), "..", "public");

/**
 * `deps`: {config, db, signIn, orgkit (from orgkitFor), webhookSecret() (the current signing
 * secret or null), log}.
 */
export function createApp({ config, db, signIn, orgkit, webhookSecret, log = console }) {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);

  // ---- webhooks: before the session (Keycloak has none), with the raw body the signature covers
  app.post("/api/webhooks/orgkit", express.raw({ type: "*/*", limit: "1mb" }), async (req, res) => {
    const secret = webhookSecret();
    if (!secret) {
      return res.status(503).json({ error: "not_ready", error_description: "the endpoint's signing secret is not known yet" });
    }
    let event;
    try {
      event = await orgkit.verifyWebhook(req.headers, Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), secret);
    } catch (error) {
      if (error instanceof WebhookVerificationError) {
        return res.status(400).json({ error: "invalid_webhook", error_description: error.message });
      }
      throw error;
    }
    try {
      const outcome = await applyWebhookEvent(db, req.get("webhook-id") ?? req.get("svix-id"), event);
      log.info(`webhook ${event.type}: ${outcome}`);
      res.status(200).json({ outcome });
    } catch (error) {
      if (error instanceof EventShapeError) {
        return res.status(400).json({ error: "invalid_event", error_description: error.message });
      }
      throw error;
    }
  });

  app.use("/static", express.static(PUBLIC, { index: false }));
  // @orgkit/switcher's self-contained browser build (and its source map), from node_modules
  app.get(["/static/orgkit-switcher.js", "/static/orgkit-switcher.js.map"], (req, res) => {
    const file = switcherBuild();
    return file ? res.sendFile(file + (req.path.endsWith(".map") ? ".map" : "")) : res.status(404).type("text/plain").send("@orgkit/switcher is not installed");
  });
  app.get("/favicon.ico", (_req, res) => res.status(204).end());

  app.use(session({
    name: "ledgerly.sid",
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: "lax", secure: config.baseUrl.startsWith("https:") },
  }));
  app.use(express.urlencoded({ extended: false, limit: "16kb" }));

  // the access token comes from the session only, refreshed when it is about to expire
  app.use(async (req, _res, next) => {
    try {
      req.tokens = await signIn.fresh(req);
      next();
    } catch (error) {
      next(error);
    }
  });
  app.use(orgkit.middleware);
  app.use((req, res, next) => {
    if (req.session.user && !req.session.csrf) {
      req.session.csrf = randomBytes(24).toString("base64url");
    }
    res.locals.ctx = { config, auth: req.auth, user: req.tokens ? req.session.user : null, csrf: req.session.csrf };
    if (req.method === "POST" && !sameCsrf(req.session.csrf, req.body?._csrf ?? req.get("x-csrf-token"))) {
      return res.status(403).json({ error: "invalid_csrf_token", error_description: "reload the page and try again" });
    }
    next();
  });

  const pages = {
    unauthorized: (req, res) =>
      req.method === "GET" ? res.redirect(`/login?returnTo=${encodeURIComponent(req.originalUrl)}`) : res.status(401).send(String(homePage(res.locals.ctx))),
    forbidden: (_req, res, refused) =>
      res.status(403).send(String(refused.error === "no_active_organization"
        ? noOrganizationPage(res.locals.ctx)
        : forbiddenPage(res.locals.ctx, refused.error_description))),
  };
  const canRead = orgkit.protect({ permission: "org:invoices:read" }, pages);
  const canManage = orgkit.protect({ permission: "org:invoices:manage" }, pages);
  const inOrganization = orgkit.protect({ organization: true }, pages);

  // ---- sign-in
  app.get("/", (req, res) => (res.locals.ctx.user ? res.redirect("/invoices") : res.send(String(homePage(res.locals.ctx)))));
  app.get("/login", async (req, res) => {
    res.redirect(await signIn.loginUrl(req.session, req.query.returnTo));
  });
  app.get("/callback", async (req, res) => {
    try {
      const returnTo = await signIn.callback(req.session, new URL(req.originalUrl, config.baseUrl));
      // a new session id once signed in (no fixation); the tokens move with the data
      const data = { tokens: req.session.tokens, user: req.session.user };
      req.session.regenerate((error) => {
        if (error) {
          return res.status(500).send(String(errorPage(res.locals.ctx, "Sign-in failed", "The session could not be saved.")));
        }
        Object.assign(req.session, data);
        res.redirect(returnTo);
      });
    } catch (error) {
      log.warn(`sign-in failed: ${error.code ?? error.name}: ${error.message}`);
      res.status(400).send(String(errorPage(res.locals.ctx, "Sign-in failed",
        error instanceof SignInError ? error.message : "Keycloak's answer could not be used. Please sign in again.")));
    }
  });
  app.post("/logout", async (req, res) => {
    const idToken = req.session.tokens?.id_token;
    req.session.destroy(() => {});
    res.redirect(await signIn.logoutUrl(idToken));
  });

  // ---- the token for the embedded switcher (same origin only: no CORS headers are ever sent)
  app.get("/auth/token", (req, res) => {
    res.set("cache-control", "no-store");
    if (!req.tokens) {
      return res.status(401).json({ error: "unauthorized", error_description: "not signed in" });
    }
    res.json({ access_token: req.tokens.access_token, expires_at: req.tokens.expires_at });
  });
  app.post("/auth/refresh", async (req, res) => {
    res.set("cache-control", "no-store");
    const tokens = req.tokens ? await signIn.fresh(req, { force: true }) : null;
    if (!tokens) {
      return res.status(401).json({ error: "unauthorized", error_description: "the session has ended; sign in again" });
    }
    res.json({ expires_at: tokens.expires_at });
  });

  // ---- invoices of the active organization
  const orgNameOf = async (auth) =>
    (await directory(db).organization(auth.orgId))?.name ?? auth.orgSlug;
  const renderInvoices = async (req, res, extra = {}) =>
    res.status(extra.status ?? 200).send(String(invoicesPage(res.locals.ctx, {
      orgName: await orgNameOf(req.auth),
      invoices: await invoices(db).list(req.auth.orgId),
      canCreate: req.auth.has({ permission: "org:invoices:manage" }),
      ...extra,
    })));
  app.get("/invoices", canRead, (req, res) => renderInvoices(req, res));
  app.post("/invoices", canManage, async (req, res) => {
    try {
      await invoices(db).create(req.auth.orgId, req.body, req.auth.userId);
      res.redirect(303, "/invoices");
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      await renderInvoices(req, res, { status: 400, error: error.message, values: req.body });
    }
  });

  // ---- team: the synced members, and invitations through orgkit's API with the user's token
  const renderTeam = async (req, res, extra = {}) =>
    res.status(extra.status ?? 200).send(String(teamPage(res.locals.ctx, {
      orgName: await orgNameOf(req.auth),
      members: await directory(db).members(req.auth.orgId),
      ...extra,
    })));
  app.get("/team", inOrganization, (req, res) => renderTeam(req, res));
  app.post("/team/invitations", inOrganization, async (req, res) => {
    const email = String(req.body.email ?? "").trim();
    const role = String(req.body.role ?? "org:member");
    try {
      const invitation = await orgkit.userClient(req).invitations.create(req.auth.orgId, { email, role });
      await renderTeam(req, res, { invitation, values: {} });
    } catch (error) {
      if (!(error instanceof OrgkitApiError)) throw error;
      await renderTeam(req, res, { status: error.status >= 500 ? 502 : error.status, error: error.error_description, values: { email, role } });
    }
  });

  // ---- the synced tables as JSON, for tests (APP_DEBUG_ENDPOINTS=true only)
  if (config.debugEndpoints) {
    app.get("/debug/sync", async (_req, res) => res.set("cache-control", "no-store").json(await directory(db).snapshot()));
  }

  app.use((_req, res) => res.status(404).send(String(errorPage(res.locals.ctx ?? { config }, "Not found", "There is no such page."))));
  // eslint-disable-next-line no-unused-vars
  app.use((error, req, res, _next) => {
    log.error(`${req.method} ${req.path} failed: ${error.stack ?? error}`);
    if (error.type === "entity.too.large" || error.type === "entity.parse.failed") {
      return res.status(400).json({ error: "invalid_request", error_description: error.message });
    }
    res.status(500).send(String(errorPage(res.locals.ctx ?? { config }, "Something went wrong", "Please try again.")));
  });
  return app;
}

function sameCsrf(expected, given) {
  if (typeof expected !== "string" || typeof given !== "string") {
    return false;
  }
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The prebuilt switcher of @orgkit/switcher (dist/orgkit-switcher.js), or null when not installed. */
function switcherBuild() {
  try {
    const require = createRequire(import.meta.url);
    return require.resolve("@orgkit/switcher/orgkit-switcher.js");
  } catch {
    return null;
  }
}
