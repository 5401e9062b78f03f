// Starts the example app: the database, the web server, then (with admin credentials) the webhook
// endpoint's registration and a full sync of users, organizations and memberships.
import { adminListing, adminTokens, registerWebhookEndpoint } from "./admin.js";
import { createApp } from "./app.js";
import { readConfig } from "./config.js";
import { settings } from "./data.js";
import { openDatabase } from "./db.js";
import { orgkitFor } from "./orgkit.js";
import { signIn as createSignIn } from "./signin.js";
import { fullSync } from "./sync.js";

const log = {
  info: (message) => console.log(`[ledgerly] ${message}`),
  warn: (message) => console.warn(`[ledgerly] ${message}`),
  error: (message) => console.error(`[ledgerly] ${message}`),
};

const config = readConfig();
const db = await openDatabase(config.databaseUrl);
const signIn = createSignIn(config);
const orgkit = orgkitFor(config, (req) => req.session?.tokens?.access_token);
const store = settings(db);
let secret = config.webhookSecret ?? (await store.get("webhook.secret"));

const app = createApp({ config, db, signIn, orgkit, webhookSecret: () => secret, log });
const server = app.listen(config.port, config.host);
await new Promise((resolve, reject) => server.once("listening", resolve).once("error", reject));
log.info(`listening at ${config.baseUrl} (issuer ${config.issuer}, database ${db.kind})`);

if (config.adminUsername && config.adminPassword) {
  const adminToken = adminTokens(config);
  const admin = orgkit.adminClient(adminToken);
  try {
    const endpoint = await registerWebhookEndpoint(admin, store, config.webhookUrl);
    secret = config.webhookSecret ?? endpoint.secret;
    log.info(`webhook endpoint ${endpoint.id} for ${config.webhookUrl}: ${endpoint.action}`);
    const counts = await fullSync(db, adminListing(config, admin, adminToken));
    log.info(`synced ${counts.users} users, ${counts.organizations} organizations, ${counts.memberships} memberships`);
  } catch (error) {
    log.error(`webhook registration or sync failed: ${error.message}`);
    process.exitCode = 1;
    server.close();
    await db.close();
    process.exit(1);
  }
} else {
  log.info("ORGKIT_ADMIN_USERNAME/PASSWORD not set: no webhook registration or start-up sync"
    + (secret ? "" : "; webhooks are refused until ORGKIT_WEBHOOK_SECRET is set"));
}
log.info("ready");

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections?.();
    db.close().finally(() => process.exit(0));
  });
}
