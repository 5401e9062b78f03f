import assert from "node:assert/strict";
import { after, beforeEach, describe, test } from "node:test";

import { directory } from "../src/data.js";
import { EventShapeError, applyWebhookEvent, fullSync } from "../src/sync.js";
import { DATABASES, freshDatabase } from "./databases.js";

// payloads as docs/webhooks.md shows them (Clerk's shapes plus orgkit's flat fields)
const acme = { object: "organization", id: "org-acme", slug: "acme", name: "Acme", updated_at: 1000 };
const user = (id, username, updatedAt = 1000) => ({
  object: "user", id, username, first_name: username, last_name: "Test", primary_email_address_id: `e-${id}`,
  email_addresses: [{ object: "email_address", id: `e-${id}`, email_address: `${username}@example.com` }], updated_at: updatedAt,
});
const membership = (orgId, userId, role, updatedAt = 1000) => ({
  object: "organization_membership", id: `${orgId}:${userId}`, role, permissions: [], updated_at: updatedAt,
  organization: { object: "organization", id: orgId, slug: orgId.replace("org-", ""), name: orgId, updated_at: 1000 },
  public_user_data: { user_id: userId, identifier: `${userId}@example.com`, first_name: userId, last_name: null },
  organization_id: orgId, user_id: userId, username: userId, email: `${userId}@example.com`, managed: false,
});
const event = (type, data) => ({ type, object: "event", data, timestamp: 5000, instance_id: "realm-id" });

for (const url of DATABASES) {
  describe(`webhook sync (${url.split(":")[0]})`, () => {
    let db;
    let dir;
    let n = 0;
    const send = (type, data, id = `msg_${++n}`) => applyWebhookEvent(db, id, event(type, data));
    beforeEach(async () => {
      await db?.close();
      db = await freshDatabase(url);
      dir = directory(db);
    });
    after(() => db.close());

    test("users, organizations and memberships follow the created, updated and deleted events", async () => {
      await send("user.created", user("u-alice", "alice"));
      await send("organization.created", acme);
      await send("organizationMembership.created", membership("org-acme", "u-alice", "org:admin"));
      await send("organization.updated", { ...acme, name: "Acme Corp", updated_at: 2000 });
      await send("user.updated", { ...user("u-alice", "alice", 2000), first_name: "Alice" });
      await send("organizationMembership.updated", membership("org-acme", "u-alice", "org:billing", 2000));

      assert.deepEqual(await dir.snapshot(), {
        users: [{ id: "u-alice", username: "alice", email: "alice@example.com", first_name: "Alice", last_name: "Test" }],
        organizations: [{ id: "org-acme", slug: "acme", name: "Acme Corp" }],
        memberships: [{ org_id: "org-acme", user_id: "u-alice", role: "org:billing" }],
      });

      await send("organizationMembership.deleted", membership("org-acme", "u-alice", "org:billing", 3000));
      assert.deepEqual((await dir.snapshot()).memberships, []);
      await send("organizationMembership.created", membership("org-acme", "u-alice", "org:member", 4000));
      await send("organization.deleted", { object: "organization", id: "org-acme", slug: "acme", deleted: true });
      await send("user.deleted", { object: "user", id: "u-alice", deleted: true });
      assert.deepEqual(await dir.snapshot(), { users: [], organizations: [], memberships: [] });
    });

    test("a redelivered webhook-id is applied once", async () => {
      await send("organization.created", acme, "msg_same");
      await send("organization.deleted", { object: "organization", id: "org-acme", deleted: true }, "msg_other");
      assert.equal(await send("organization.created", acme, "msg_same"), "duplicate");
      assert.deepEqual((await dir.snapshot()).organizations, []);
    });

    test("an older state arriving late does not replace a newer one", async () => {
      await send("organizationMembership.created", membership("org-acme", "u-bob", "org:member", 1000));
      await send("organizationMembership.updated", membership("org-acme", "u-bob", "org:admin", 3000));
      await send("organizationMembership.updated", membership("org-acme", "u-bob", "org:billing", 2000));
      assert.deepEqual((await dir.snapshot()).memberships, [{ org_id: "org-acme", user_id: "u-bob", role: "org:admin" }]);
    });

    test("a membership event adds an unknown user and organization, without overwriting a known user", async () => {
      await send("user.created", { ...user("u-bob", "bob", 9000), first_name: "Robert" });
      await send("organizationMembership.created", membership("org-globex", "u-bob", "org:admin"));
      await send("organizationMembership.created", membership("org-globex", "u-carol", "org:member"));
      const snapshot = await dir.snapshot();
      assert.deepEqual(snapshot.organizations.map((o) => o.id), ["org-globex"]);
      assert.deepEqual(snapshot.users.map((u) => [u.id, u.first_name]), [["u-bob", "Robert"], ["u-carol", "u-carol"]]);
    });

    test("types the app does not keep are recorded and ignored; payloads without ids are refused", async () => {
      assert.equal(await send("session.created", { object: "session", id: "s1" }), "ignored");
      await assert.rejects(send("organization.created", { name: "no id" }), EventShapeError);
      await assert.rejects(applyWebhookEvent(db, "", event("organization.created", acme)), EventShapeError);
      // a refused payload is not remembered: a fixed redelivery of the same id is applied
      await assert.rejects(send("organizationMembership.created", { role: "org:member" }, "msg_fixed"), EventShapeError);
      assert.equal(await send("organization.created", acme, "msg_fixed"), "applied");
    });

    test("the full sync makes the tables match the listing and removes what the listing no longer has", async () => {
      await send("organization.created", { ...acme, id: "org-gone", slug: "gone", updated_at: 10 });
      await send("organizationMembership.created", membership("org-acme", "u-left", "org:member", 10));
      await send("user.created", user("u-deleted", "deleted", 10));
      const listing = {
        async *users() {
          yield { id: "u-alice", username: "alice", email: "alice@example.com", firstName: "Alice", lastName: "Liddell" };
          yield { id: "u-bob", username: "bob", email: "bob@example.com", firstName: "Bob", lastName: "Builder" };
        },
        async *organizations() {
          yield acme;
        },
        async *members(orgId) {
          assert.equal(orgId, "org-acme");
          yield membership("org-acme", "u-alice", "org:admin");
          yield membership("org-acme", "u-bob", "org:member");
        },
      };
      assert.deepEqual(await fullSync(db, listing), { users: 2, organizations: 1, memberships: 2 });
      const snapshot = await dir.snapshot();
      assert.deepEqual(snapshot.organizations, [{ id: "org-acme", slug: "acme", name: "Acme" }]);
      assert.deepEqual(snapshot.memberships.map((m) => [m.user_id, m.role]), [["u-alice", "org:admin"], ["u-bob", "org:member"]]);
      assert.deepEqual(snapshot.users.map((u) => [u.username, u.last_name]), [["alice", "Liddell"], ["bob", "Builder"]]);
    });
  });
}
