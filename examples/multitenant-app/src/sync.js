// Keeps the app's users, organizations and memberships tables in step with Keycloak: webhook events
// (applied once per webhook-id) and a full listing through the admin API at start-up.
import { directory, webhookMessages } from "./data.js";

/** What the app keeps of a webhook `data` object, by event type. */
const HANDLERS = {
  "user.created": (dir, data, at) => dir.upsertUser(userOf(data, at)),
  "user.updated": (dir, data, at) => dir.upsertUser(userOf(data, at)),
  "user.deleted": (dir, data) => dir.deleteUser(required(data.id, "data.id")),
  "organization.created": (dir, data, at) => dir.upsertOrganization(organizationOf(data, at)),
  "organization.updated": (dir, data, at) => dir.upsertOrganization(organizationOf(data, at)),
  "organization.deleted": (dir, data) => dir.deleteOrganization(required(data.id, "data.id")),
  "organizationMembership.created": (dir, data, at) => membershipChanged(dir, data, at),
  "organizationMembership.updated": (dir, data, at) => membershipChanged(dir, data, at),
  "organizationMembership.deleted": (dir, data) =>
    dir.deleteMembership(required(orgIdOf(data), "data.organization_id"), required(userIdOf(data), "data.user_id")),
};

export const SYNCED_EVENT_TYPES = Object.freeze(Object.keys(HANDLERS));

export class EventShapeError extends Error {}

/**
 * Applies a verified webhook event. Returns "applied", "duplicate" (this webhook-id was applied
 * before) or "ignored" (a type the app does not keep). Throws EventShapeError for a payload
 * without the ids it needs.
 */
export async function applyWebhookEvent(db, webhookId, event) {
  if (typeof webhookId !== "string" || webhookId.length === 0) {
    throw new EventShapeError("the webhook-id header is missing");
  }
  const handler = HANDLERS[event?.type];
  return db.transaction(async (tx) => {
    if (!(await webhookMessages(tx).claim(webhookId, String(event?.type)))) {
      return "duplicate";
    }
    if (!handler) {
      return "ignored";
    }
    const data = event.data ?? {};
    const at = Number(data.updated_at ?? event.timestamp ?? Date.now());
    await handler(directory(tx), data, at);
    return "applied";
  });
}

async function membershipChanged(dir, data, at) {
  const orgId = required(orgIdOf(data), "data.organization_id");
  const userId = required(userIdOf(data), "data.user_id");
  if (data.organization?.id) {
    await dir.upsertOrganization(organizationOf(data.organization, Number(data.organization.updated_at ?? 0)));
  }
  await dir.ensureUser({
    id: userId,
    username: data.username ?? data.public_user_data?.username ?? null,
    email: data.email ?? null,
    first_name: data.first_name ?? data.public_user_data?.first_name ?? null,
    last_name: data.last_name ?? data.public_user_data?.last_name ?? null,
  });
  await dir.upsertMembership({ org_id: orgId, user_id: userId, role: required(data.role, "data.role"), updated_at: at });
}

function userOf(data, at) {
  const primary = (data.email_addresses ?? []).find((e) => e.id === data.primary_email_address_id) ?? data.email_addresses?.[0];
  return {
    id: required(data.id, "data.id"),
    username: data.username ?? null,
    email: primary?.email_address ?? null,
    first_name: data.first_name ?? null,
    last_name: data.last_name ?? null,
    updated_at: at,
  };
}

function organizationOf(data, at) {
  return { id: required(data.id, "data.id"), slug: required(data.slug, "data.slug"), name: data.name ?? data.slug, updated_at: at };
}

const orgIdOf = (data) => data.organization_id ?? data.organization?.id;
const userIdOf = (data) => data.user_id ?? data.public_user_data?.user_id;

function required(value, name) {
  if (typeof value !== "string" || value.length === 0) {
    throw new EventShapeError(`${name} is missing`);
  }
  return value;
}

/**
 * Makes the tables match Keycloak's state as the admin API lists it: `source` has
 * `organizations()`, `members(orgId)` and `users()`, each an async iterable of Clerk-shaped
 * objects (users as Keycloak's UserRepresentation). Rows the listing no longer names are removed
 * unless a webhook wrote them after the sync began.
 */
export async function fullSync(db, source) {
  const startedAt = Date.now();
  const dir = directory(db);
  const counts = { users: 0, organizations: 0, memberships: 0 };
  const userIds = new Set();
  for await (const user of source.users()) {
    await dir.upsertUser({
      id: user.id,
      username: user.username ?? null,
      email: user.email ?? null,
      first_name: user.firstName ?? null,
      last_name: user.lastName ?? null,
      updated_at: startedAt, // Keycloak's users have no change time: the listing is the state as of now
    });
    userIds.add(user.id);
    counts.users++;
  }
  const orgIds = new Set();
  for await (const org of source.organizations()) {
    await dir.upsertOrganization(organizationOf(org, Number(org.updated_at ?? 0)));
    orgIds.add(org.id);
    counts.organizations++;
    const memberIds = new Set();
    for await (const member of source.members(org.id)) {
      await membershipChanged(dir, { ...member, organization: undefined, organization_id: org.id }, Number(member.updated_at ?? 0));
      memberIds.add(member.user_id);
      counts.memberships++;
    }
    await dir.pruneMemberships(org.id, memberIds, startedAt);
  }
  await dir.pruneOrganizations(orgIds, startedAt);
  await dir.pruneUsers(userIds, startedAt);
  return counts;
}
