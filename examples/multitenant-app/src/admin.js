// A realm admin's access to Keycloak (ORGKIT_ADMIN_USERNAME/PASSWORD, by default through the master
// realm's admin-cli like Keycloak's own tools): a token kept until shortly before it expires, the
// listings of the start-up sync, and the registration of the app's webhook endpoint.
import { SYNCED_EVENT_TYPES } from "./sync.js";

const PAGE = 100;

export function adminTokens(config, fetchImpl = fetch) {
  let current = null;
  return async function adminToken() {
    if (current && current.expiresAt - 15_000 > Date.now()) {
      return current.token;
    }
    const response = await fetchImpl(`${config.keycloakUrl}/realms/${encodeURIComponent(config.adminRealm)}/protocol/openid-connect/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "password",
        client_id: "admin-cli",
        username: config.adminUsername,
        password: config.adminPassword,
      }),
    });
    if (!response.ok) {
      throw new Error(`the admin sign-in (${config.adminUsername} on realm ${config.adminRealm}) answered ${response.status}`);
    }
    const answer = await response.json();
    current = { token: answer.access_token, expiresAt: Date.now() + answer.expires_in * 1000 };
    return current.token;
  };
}

/** What fullSync() lists: every organization with its members, and the realm's users. */
export function adminListing(config, client, adminToken, fetchImpl = fetch) {
  return {
    organizations: () => paged((first) => client.admin.organizations.list({ first, max: PAGE })),
    members: (orgId) => paged((first) => client.admin.organizations.members.list(orgId, { first, max: PAGE })),
    // Keycloak's own users API (not orgkit's): id, username, email, firstName, lastName
    users: () => paged(async (first) => {
      const url = `${config.keycloakUrl}/admin/realms/${encodeURIComponent(config.realm)}/users?briefRepresentation=true&first=${first}&max=${PAGE}`;
      const response = await fetchImpl(url, { headers: { authorization: `Bearer ${await adminToken()}` } });
      if (!response.ok) {
        throw new Error(`listing the users answered ${response.status}`);
      }
      return response.json();
    }),
  };
}

async function* paged(fetchPage) {
  for (let first = 0; ; first += PAGE) {
    const page = await fetchPage(first);
    yield* page;
    if (page.length < PAGE) {
      return;
    }
  }
}

/**
 * Makes sure orgkit sends the synced event types to `url`, and returns the signing secret. Reuses
 * the endpoint registered for the same URL: with the secret stored at its creation when there is
 * one, else with a rotated one (a secret is shown only when created or rotated). The secret is kept
 * in the app's database and never logged.
 */
export async function registerWebhookEndpoint(client, settings, url) {
  const existing = (await client.admin.webhooks.list()).find((endpoint) => endpoint.url === url);
  const storedId = await settings.get("webhook.endpoint_id");
  const storedSecret = await settings.get("webhook.secret");
  if (existing) {
    const wanted = { event_types: [...SYNCED_EVENT_TYPES], enabled: true };
    if (!existing.enabled || !sameTypes(existing.event_types, wanted.event_types)) {
      await client.admin.webhooks.update(existing.id, wanted);
    }
    if (existing.id === storedId && storedSecret) {
      return { id: existing.id, secret: storedSecret, action: "reused" };
    }
    const rotated = await client.admin.webhooks.rotateSecret(existing.id);
    await remember(settings, existing.id, rotated.secret);
    return { id: existing.id, secret: rotated.secret, action: "reused with a new secret" };
  }
  const created = await client.admin.webhooks.create({
    url,
    description: "orgkit example multi-tenant app",
    event_types: [...SYNCED_EVENT_TYPES],
    enabled: true,
    header_style: "standard",
  });
  await remember(settings, created.id, created.secret);
  return { id: created.id, secret: created.secret, action: "created" };
}

async function remember(settings, id, secret) {
  await settings.set("webhook.endpoint_id", id);
  await settings.set("webhook.secret", secret);
}

function sameTypes(a = [], b = []) {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}
