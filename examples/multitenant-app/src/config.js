// Every setting of the app, read from the environment in this one place, with the demo's defaults
// (bin/orgkit-dev at http://localhost:8080, realm orgkit-demo, client orgkit-demo-app).
import { randomBytes } from "node:crypto";

export function readConfig(env = process.env) {
  const port = integer(env.PORT ?? "3000", "PORT");
  const baseUrl = trimSlash(env.APP_BASE_URL ?? `http://localhost:${port}`);
  const issuer = trimSlash(env.ORGKIT_ISSUER ?? "http://localhost:8080/realms/orgkit-demo");
  const match = /^(https?:\/\/.+)\/realms\/([^/]+)$/.exec(issuer);
  if (!match) {
    throw new Error(`ORGKIT_ISSUER must look like http(s)://host/realms/<realm>, got ${issuer}`);
  }
  return Object.freeze({
    port,
    host: env.HOST ?? "127.0.0.1",
    baseUrl,
    issuer,
    keycloakUrl: match[1],
    realm: decodeURIComponent(match[2]),
    clientId: env.ORGKIT_CLIENT_ID ?? "orgkit-demo-app",
    clientSecret: env.ORGKIT_CLIENT_SECRET ?? "orgkit-demo-app-secret",
    redirectUri: `${baseUrl}/callback`,
    // the session cookie's signing secret: a random one per start unless set (sessions live in memory anyway)
    sessionSecret: env.SESSION_SECRET ?? randomBytes(32).toString("base64url"),
    databaseUrl: env.DATABASE_URL ?? `sqlite:${new URL("../data/app.sqlite", import.meta.url).pathname}`,
    // realm admin credentials for webhook registration and the initial sync (master realm, admin-cli)
    adminUsername: env.ORGKIT_ADMIN_USERNAME ?? null,
    adminPassword: env.ORGKIT_ADMIN_PASSWORD ?? null,
    adminRealm: env.ORGKIT_ADMIN_REALM ?? "master",
    // where Keycloak reaches the webhook endpoint (the browser's base URL unless set)
    webhookUrl: env.ORGKIT_WEBHOOK_URL ?? `${baseUrl}/api/webhooks/orgkit`,
    // a secret given by hand (e.g. an endpoint registered with curl); else the registered one from the database
    webhookSecret: env.ORGKIT_WEBHOOK_SECRET ?? null,
    // GET /debug/sync answers the webhook-synced tables as JSON; for tests, off unless set
    debugEndpoints: env.APP_DEBUG_ENDPOINTS === "true",
  });
}

function integer(value, name) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) {
    throw new Error(`${name} must be a port number, got ${value}`);
  }
  return number;
}

function trimSlash(url) {
  return url.replace(/\/+$/, "");
}
