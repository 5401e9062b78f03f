// The app's HTTP surface without Keycloak: the webhook endpoint (signature, idempotency, refusals)
// and what a signed-out browser gets.
import assert from "node:assert/strict";
import { createHmac, randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";

import { createApp } from "../src/app.js";
import { readConfig } from "../src/config.js";
import { openDatabase } from "../src/db.js";
import { directory } from "../src/data.js";
import { orgkitFor } from "../src/orgkit.js";

const SECRET = `whsec_${randomBytes(32).toString("base64")}`;
const quiet = { info() {}, warn() {}, error() {} };

function signed(body, { id = `msg_${randomBytes(8).toString("hex")}`, secret = SECRET, at = Math.floor(Date.now() / 1000) } = {}) {
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${at}.${body}`).digest("base64");
  return { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": String(at), "webhook-signature": `v1,${signature}` };
}

async function serve(options) {
  const config = readConfig({ ORGKIT_ISSUER: "http://127.0.0.1:9/realms/test", SESSION_SECRET: "s", ...options.env });
  const app = createApp({ config, db: options.db, orgkit: orgkitFor(config, () => null), signIn: { fresh: async () => null }, webhookSecret: options.secret, log: quiet });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

describe("the webhook endpoint", () => {
  let db;
  let app;
  let secret = SECRET;
  before(async () => {
    db = await openDatabase("sqlite::memory:");
    app = await serve({ db, secret: () => secret });
  });
  after(async () => {
    app.server.close();
    await db.close();
  });
  const post = (body, headers) => fetch(`${app.url}/api/webhooks/orgkit`, { method: "POST", headers, body });

  test("applies a signed event once and answers a redelivery as a duplicate", async () => {
    const body = JSON.stringify({ type: "organization.created", object: "event", timestamp: 1, instance_id: "r",
      data: { object: "organization", id: "org-1", slug: "acme", name: "Acme", updated_at: 1 } });
    const headers = signed(body);
    const first = await post(body, headers);
    assert.equal(first.status, 200);
    assert.deepEqual(await first.json(), { outcome: "applied" });
    assert.deepEqual(await (await post(body, headers)).json(), { outcome: "duplicate" });
    assert.deepEqual((await directory(db).snapshot()).organizations, [{ id: "org-1", slug: "acme", name: "Acme" }]);
  });

  test("refuses a wrong signature, missing headers, an old timestamp and a payload without ids with 400 JSON", async () => {
    const body = JSON.stringify({ type: "organization.deleted", data: { id: "org-1" } });
    const cases = [
      signed(body, { secret: `whsec_${randomBytes(32).toString("base64")}` }),
      { "content-type": "application/json" },
      signed(body, { at: Math.floor(Date.now() / 1000) - 3600 }),
    ];
    for (const headers of cases) {
      const answer = await post(body, headers);
      assert.equal(answer.status, 400);
      assert.equal((await answer.json()).error, "invalid_webhook");
    }
    const shapeless = JSON.stringify({ type: "organization.created", data: { name: "no id" } });
    const answer = await post(shapeless, signed(shapeless));
    assert.equal(answer.status, 400);
    assert.equal((await answer.json()).error, "invalid_event");
    assert.equal((await directory(db).snapshot()).organizations.length, 1, "nothing was deleted by the refused deliveries");
  });

  test("answers 503 (so orgkit retries) while the signing secret is not known", async () => {
    secret = null;
    try {
      const body = JSON.stringify({ type: "organization.created", data: {} });
      assert.equal((await post(body, signed(body))).status, 503);
    } finally {
      secret = SECRET;
    }
  });
});

describe("a signed-out browser", () => {
  let db;
  let app;
  before(async () => {
    db = await openDatabase("sqlite::memory:");
    app = await serve({ db, secret: () => SECRET });
  });
  after(async () => {
    app.server.close();
    await db.close();
  });

  test("is sent to sign in from a protected page, and gets 401 JSON for the token", async () => {
    const page = await fetch(`${app.url}/invoices?x=1`, { redirect: "manual" });
    assert.equal(page.status, 302);
    assert.equal(page.headers.get("location"), "/login?returnTo=%2Finvoices%3Fx%3D1");
    const token = await fetch(`${app.url}/auth/token`);
    assert.equal(token.status, 401);
    assert.equal((await token.json()).error, "unauthorized");
    assert.equal(token.headers.get("access-control-allow-origin"), null);
  });

  test("cannot post a form without the session's CSRF token", async () => {
    const answer = await fetch(`${app.url}/invoices`, { method: "POST", body: new URLSearchParams({ customer: "A", amount: "1" }) });
    assert.equal(answer.status, 403);
    assert.equal((await answer.json()).error, "invalid_csrf_token");
  });

  test("has no debug endpoint unless APP_DEBUG_ENDPOINTS=true", async () => {
    assert.equal((await fetch(`${app.url}/debug/sync`)).status, 404);
    const debug = await serve({ db, secret: () => SECRET, env: { APP_DEBUG_ENDPOINTS: "true" } });
    try {
      assert.deepEqual(await (await fetch(`${debug.url}/debug/sync`)).json(), { users: [], organizations: [], memberships: [] });
    } finally {
      debug.server.close();
    }
  });
});
