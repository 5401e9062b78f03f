import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { DataError, invoices } from "../src/data.js";
import { DATABASES, freshDatabase } from "./databases.js";

for (const url of DATABASES) {
  describe(`invoices are scoped by organization (${url.split(":")[0]})`, () => {
    let db;
    let store;
    before(async () => {
      db = await freshDatabase(url);
      store = invoices(db);
    });
    after(() => db.close());

    test("an organization lists only its own invoices, newest first", async () => {
      const first = await store.create("org-acme", { customer: "Wayne", amount: "120" }, "alice");
      const second = await store.create("org-acme", { customer: "Stark", amount: "99.5" }, "alice");
      await store.create("org-globex", { customer: "Hooli", amount: "7.25" }, "bob");

      const acme = await store.list("org-acme");
      assert.deepEqual(new Set(acme.map((i) => i.id)), new Set([first.id, second.id]));
      assert.ok(acme.every((i) => i.org_id === "org-acme"));
      assert.deepEqual((await store.list("org-globex")).map((i) => i.customer), ["Hooli"]);
      assert.deepEqual(await store.list("org-initech"), []);
    });

    test("an invoice of another organization is not found by its id, nor removed", async () => {
      const globex = await store.create("org-globex", { customer: "Initrode", amount: "1" }, "bob");

      assert.equal(await store.get("org-acme", globex.id), null);
      assert.equal(await store.remove("org-acme", globex.id), false);
      assert.equal((await store.get("org-globex", globex.id)).customer, "Initrode");
      assert.equal(await store.remove("org-globex", globex.id), true);
      assert.equal(await store.get("org-globex", globex.id), null);
    });

    test("every query refuses to run without an organization", async () => {
      for (const missing of [undefined, null, ""]) {
        await assert.rejects(store.list(missing), DataError);
        await assert.rejects(store.get(missing, "x"), DataError);
        await assert.rejects(store.create(missing, { customer: "A", amount: "1" }, "u"), DataError);
        await assert.rejects(store.remove(missing, "x"), DataError);
      }
    });

    test("amounts are stored in cents and bad input is refused with the field named", async () => {
      assert.equal((await store.create("org-a", { customer: "A", amount: "12.5" }, "u")).amount_cents, 1250);
      assert.equal((await store.create("org-a", { customer: "A", amount: "3" }, "u")).amount_cents, 300);
      for (const [input, field] of [
        [{ customer: "A", amount: "-1" }, "amount"],
        [{ customer: "A", amount: "1.234" }, "amount"],
        [{ customer: "A", amount: "ten" }, "amount"],
        [{ customer: "  ", amount: "1" }, "customer"],
        [{ amount: "1" }, "customer"],
      ]) {
        await assert.rejects(store.create("org-a", input, "u"), (error) => error instanceof DataError && error.field === field);
      }
    });
  });
}
