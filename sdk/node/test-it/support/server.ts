/**
 * The Keycloak under test, from the variables NodeSdkIT sets. Demo users' passwords are their
 * usernames (realm-export/orgkit-demo-realm.json); tokens come from the public demo CLI client.
 */
function env(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error(`${name} is not set: this suite runs from integration-tests (NodeSdkIT)`);
  }
  return value;
}

export const baseUrl = env('ORGKIT_IT_BASE_URL');
export const realm = env('ORGKIT_IT_REALM');
/** Another realm (alice, password alice, client orgkit-demo-cli) whose access tokens live 3 seconds. */
export const shortRealm = env('ORGKIT_IT_SHORT_REALM');
export const issuer = `${env('ORGKIT_IT_PUBLIC_URL')}/realms/${realm}`;
export const shortIssuer = `${env('ORGKIT_IT_PUBLIC_URL')}/realms/${shortRealm}`;
const adminUser = env('ORGKIT_IT_ADMIN_USER');
const adminPassword = env('ORGKIT_IT_ADMIN_PASSWORD');

export interface TokenSet {
  access_token: string;
  refresh_token: string;
}

async function tokenRequest(inRealm: string, form: Record<string, string>): Promise<TokenSet> {
  const response = await fetch(`${baseUrl}/realms/${inRealm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  if (response.status !== 200) {
    throw new Error(`token request in ${inRealm} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as TokenSet;
}

/** The password grant of orgkit-demo-cli for a demo user. */
export function login(username: string, inRealm = realm): Promise<TokenSet> {
  return tokenRequest(inRealm, { grant_type: 'password', client_id: 'orgkit-demo-cli', username, password: username, scope: 'openid' });
}

/** A refresh in the same session: the token then carries the session's active organization. */
export function refresh(tokens: TokenSet, inRealm = realm): Promise<TokenSet> {
  return tokenRequest(inRealm, { grant_type: 'refresh_token', client_id: 'orgkit-demo-cli', refresh_token: tokens.refresh_token });
}

let admin: { token: string; at: number } | null = null;

/** A master realm admin's access token (they live 60 s; taken again after 30). */
export async function adminToken(): Promise<string> {
  if (admin === null || Date.now() - admin.at > 30_000) {
    const tokens = await tokenRequest('master', { grant_type: 'password', client_id: 'admin-cli', username: adminUser, password: adminPassword });
    admin = { token: tokens.access_token, at: Date.now() };
  }
  return admin.token;
}

/** Keycloak's own admin API (for what orgkit does not wrap: users, key providers). */
export async function keycloakAdmin(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${baseUrl}/admin/realms/${realm}${path}`, {
    method,
    headers: { authorization: `Bearer ${await adminToken()}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The payload of a JWT, unverified (to compare what the server issued with what the SDK says). */
export function payload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The key id a token was signed with. */
export function kid(jwt: string): string {
  return (JSON.parse(Buffer.from(jwt.split('.')[0], 'base64url').toString('utf8')) as { kid: string }).kid;
}

/** Polls until `check` gives a value (not a fixed sleep), at most `timeoutMs`. */
export async function eventually<T>(what: string, check: () => Promise<T | null | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== null && value !== undefined) {
        return value;
      }
    } catch (e) {
      last = e;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** Creates an enabled user whose password is its username, with a verified <username>@example.com. */
export async function createUser(prefix: string): Promise<string> {
  const username = `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const response = await keycloakAdmin('POST', '/users', {
    username, enabled: true, email: `${username}@example.com`, emailVerified: true, firstName: prefix, lastName: 'Test',
    credentials: [{ type: 'password', value: username, temporary: false }],
  });
  if (response.status !== 201) {
    throw new Error(`cannot create ${username}: ${response.status} ${await response.text()}`);
  }
  return username;
}
