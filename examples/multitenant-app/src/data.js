// Every query of the app. Tenant data (invoices) is always read and written through an
// organization id: there is no function that finds an invoice by its id alone, so a request
// acting in one organization cannot reach another organization's rows.
import { randomUUID } from "node:crypto";

export class DataError extends Error {
  constructor(field, message) {
    super(message);
    this.field = field;
  }
}

function requireOrg(orgId) {
  if (typeof orgId !== "string" || orgId.length === 0) {
    throw new DataError("org_id", "an organization id is required");
  }
  return orgId;
}

/** Invoices of one organization at a time. */
export function invoices(db) {
  return {
    async list(orgId) {
      return db.all(
        "SELECT id, org_id, customer, amount_cents, created_by, created_at FROM invoices WHERE org_id = ? ORDER BY created_at DESC, id",
        [requireOrg(orgId)],
      );
    },

    async get(orgId, id) {
      return db.get(
        "SELECT id, org_id, customer, amount_cents, created_by, created_at FROM invoices WHERE org_id = ? AND id = ?",
        [requireOrg(orgId), String(id)],
      );
    },

    /** `input`: {customer, amount} as typed in the form (amount in the currency's units, e.g. "12.50"). */
    async create(orgId, input, createdBy) {
      const invoice = {
        id: randomUUID(),
        org_id: requireOrg(orgId),
        customer: customerOf(input.customer),
        amount_cents: centsOf(input.amount),
        created_by: String(createdBy),
        created_at: Date.now(),
      };
      await db.run(
        "INSERT INTO invoices (id, org_id, customer, amount_cents, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        [invoice.id, invoice.org_id, invoice.customer, invoice.amount_cents, invoice.created_by, invoice.created_at],
      );
      return invoice;
    },

    async remove(orgId, id) {
      const { changes } = await db.run("DELETE FROM invoices WHERE org_id = ? AND id = ?", [requireOrg(orgId), String(id)]);
      return changes > 0;
    },
  };
}

function customerOf(value) {
  const customer = typeof value === "string" ? value.trim() : "";
  if (customer.length === 0 || customer.length > 200) {
    throw new DataError("customer", "Customer must be 1 to 200 characters.");
  }
  return customer;
}

function centsOf(value) {
  const text = typeof value === "string" ? value.trim() : String(value ?? "");
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) {
    throw new DataError("amount", "Amount must be a number like 120 or 99.50.");
  }
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/**
 * The app's copy of Keycloak's users, organizations and memberships, kept by webhooks and the
 * start-up sync. A row is only replaced by a state at least as new (`updated_at`, epoch ms), since
 * webhooks may arrive out of order.
 */
export function directory(db) {
  return {
    async upsertUser(user) {
      await db.run(
        `INSERT INTO users (id, username, email, first_name, last_name, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET username = excluded.username, email = excluded.email,
           first_name = excluded.first_name, last_name = excluded.last_name, updated_at = excluded.updated_at
         WHERE users.updated_at <= excluded.updated_at`,
        [user.id, user.username ?? null, user.email ?? null, user.first_name ?? null, user.last_name ?? null, user.updated_at],
      );
    },
    /** A user first seen in a membership: added when unknown, never replacing what user.* events stored. */
    async ensureUser(user) {
      await db.run(
        `INSERT INTO users (id, username, email, first_name, last_name, updated_at) VALUES (?, ?, ?, ?, ?, 0)
         ON CONFLICT (id) DO NOTHING`,
        [user.id, user.username ?? null, user.email ?? null, user.first_name ?? null, user.last_name ?? null],
      );
    },
    async deleteUser(id) {
      await db.run("DELETE FROM memberships WHERE user_id = ?", [id]);
      await db.run("DELETE FROM users WHERE id = ?", [id]);
    },
    async upsertOrganization(org) {
      await db.run(
        `INSERT INTO organizations (id, slug, name, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, name = excluded.name, updated_at = excluded.updated_at
         WHERE organizations.updated_at <= excluded.updated_at`,
        [org.id, org.slug, org.name, org.updated_at],
      );
    },
    async deleteOrganization(id) {
      await db.run("DELETE FROM memberships WHERE org_id = ?", [id]);
      await db.run("DELETE FROM organizations WHERE id = ?", [id]);
    },
    async upsertMembership(membership) {
      await db.run(
        `INSERT INTO memberships (org_id, user_id, role, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (org_id, user_id) DO UPDATE SET role = excluded.role, updated_at = excluded.updated_at
         WHERE memberships.updated_at <= excluded.updated_at`,
        [membership.org_id, membership.user_id, membership.role, membership.updated_at],
      );
    },
    async deleteMembership(orgId, userId) {
      await db.run("DELETE FROM memberships WHERE org_id = ? AND user_id = ?", [requireOrg(orgId), userId]);
    },
    async organization(orgId) {
      return db.get("SELECT id, slug, name FROM organizations WHERE id = ?", [requireOrg(orgId)]);
    },
    /** Members of one organization with what the app knows of each user. */
    async members(orgId) {
      return db.all(
        `SELECT m.user_id, m.role, u.username, u.email, u.first_name, u.last_name
           FROM memberships m LEFT JOIN users u ON u.id = m.user_id
          WHERE m.org_id = ? ORDER BY u.username, m.user_id`,
        [requireOrg(orgId)],
      );
    },
    /** Rows older than `before` that the last full listing did not name: gone while nobody listened. */
    async pruneOrganizations(keepIds, before) {
      const rows = await db.all("SELECT id FROM organizations WHERE updated_at < ?", [before]);
      for (const { id } of rows.filter((row) => !keepIds.has(row.id))) {
        await this.deleteOrganization(id);
      }
    },
    async pruneMemberships(orgId, keepUserIds, before) {
      const rows = await db.all("SELECT user_id FROM memberships WHERE org_id = ? AND updated_at < ?", [requireOrg(orgId), before]);
      for (const { user_id: userId } of rows.filter((row) => !keepUserIds.has(row.user_id))) {
        await this.deleteMembership(orgId, userId);
      }
    },
    async pruneUsers(keepIds, before) {
      const rows = await db.all("SELECT id FROM users WHERE updated_at < ?", [before]);
      for (const { id } of rows.filter((row) => !keepIds.has(row.id))) {
        await this.deleteUser(id);
      }
    },
    /** The three tables, for GET /debug/sync. */
    async snapshot() {
      return {
        users: await db.all("SELECT id, username, email, first_name, last_name FROM users ORDER BY username, id"),
        organizations: await db.all("SELECT id, slug, name FROM organizations ORDER BY slug"),
        memberships: await db.all("SELECT org_id, user_id, role FROM memberships ORDER BY org_id, user_id"),
      };
    },
  };
}

/** Remembers applied webhook messages; `claim` is false for one seen before. */
export function webhookMessages(db) {
  return {
    async claim(webhookId, type) {
      const { changes } = await db.run(
        "INSERT INTO webhook_messages (webhook_id, type, received_at) VALUES (?, ?, ?) ON CONFLICT (webhook_id) DO NOTHING",
        [webhookId, type, Date.now()],
      );
      return changes > 0;
    },
  };
}

/** Small named values: the registered webhook endpoint's id and signing secret. */
export function settings(db) {
  return {
    async get(name) {
      return (await db.get("SELECT value FROM settings WHERE name = ?", [name]))?.value ?? null;
    },
    async set(name, value) {
      await db.run(
        "INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        [name, value],
      );
    },
  };
}
