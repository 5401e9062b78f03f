import assert from "node:assert/strict";
import { test } from "node:test";

import { readConfig } from "../src/config.js";
import { safeReturnTo } from "../src/signin.js";

test("after sign-in only the app's own paths are returned to", () => {
  for (const path of ["/", "/invoices", "/team?tab=invites"]) {
    assert.equal(safeReturnTo(path), path);
  }
  for (const elsewhere of ["https://evil.example/", "//evil.example/", "/\\evil.example", "invoices", "", undefined, ["/a"], "/a b"]) {
    assert.equal(safeReturnTo(elsewhere), "/");
  }
});

test("the demo's defaults, and env vars that override them", () => {
  const demo = readConfig({});
  assert.equal(demo.issuer, "http://localhost:8080/realms/orgkit-demo");
  assert.equal(demo.keycloakUrl, "http://localhost:8080");
  assert.equal(demo.realm, "orgkit-demo");
  assert.equal(demo.redirectUri, "http://localhost:3000/callback");
  assert.equal(demo.clientId, "orgkit-demo-app");
  const other = readConfig({ ORGKIT_ISSUER: "https://id.example.com/auth/realms/prod/", PORT: "4000", ORGKIT_CLIENT_ID: "web" });
  assert.equal(other.keycloakUrl, "https://id.example.com/auth");
  assert.equal(other.realm, "prod");
  assert.equal(other.baseUrl, "http://localhost:4000");
  assert.equal(other.webhookUrl, "http://localhost:4000/api/webhooks/orgkit");
  assert.equal(other.clientId, "web");
  assert.throws(() => readConfig({ ORGKIT_ISSUER: "http://localhost:8080/" }), /realms/);
  assert.throws(() => readConfig({ PORT: "http" }), /PORT/);
});
