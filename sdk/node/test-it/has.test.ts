import { beforeAll, describe, expect, it } from 'vitest';
import { createOrgkit, type Auth } from '../dist/index.js';
import { createOrgkitClient } from '../dist/client.js';
import { PERMISSIONS, ROLES } from './support/catalog.js';
import { adminToken, baseUrl, createUser, issuer, login, realm, refresh, type TokenSet } from './support/server.js';

const orgkit = createOrgkit({ issuer, audience: 'orgkit-demo-api' });
const admin = createOrgkitClient({ baseUrl, realm, token: adminToken });

async function auth(token: string): Promise<Auth> {
  return orgkit.getAuth(new Request('http://app.test/', { headers: { authorization: `Bearer ${token}` } }));
}

/** Switches the session's active organization with the client, then refreshes its token. */
async function switchTo(tokens: TokenSet, org: string | null): Promise<TokenSet> {
  await createOrgkitClient({ baseUrl, realm, token: tokens.access_token }).me.setActiveOrganization(org);
  return refresh(tokens);
}

/** Every has() answer over the demo catalog, as the list of checks that are true. */
function truths(a: Auth): string[] {
  return [
    ...ROLES.filter((role) => a.has({ role })),
    ...PERMISSIONS.filter((permission) => a.has({ permission })),
  ];
}

describe('has() with real tokens of the demo realm', () => {
  let acmeId: string;
  let globexId: string;

  beforeAll(async () => {
    acmeId = (await admin.admin.organizations.get('acme')).id;
    globexId = (await admin.admin.organizations.get('globex')).id;
  });

  it('alice, org:admin of acme: her role and the custom permissions (no org:sys_* in tokens by default)', async () => {
    const a = await auth((await login('alice')).access_token);

    expect(a).toMatchObject({ isAuthenticated: true, orgId: acmeId, orgSlug: 'acme', orgRole: 'org:admin' });
    expect(a.orgPermissions).toEqual(['org:invoices:manage', 'org:invoices:read']);
    expect(truths(a)).toEqual(['org:admin', 'org:invoices:read', 'org:invoices:manage']);
  });

  it('a user in two organizations has none active at the first sign-in: has() is false for everything', async () => {
    const username = await createUser('two-orgs');
    await admin.admin.organizations.members.add('acme', { user: username, role: 'org:member' });
    await admin.admin.organizations.members.add('globex', { user: username, role: 'org:admin' });

    const a = await auth((await login(username)).access_token);

    expect(a.isAuthenticated).toBe(true);
    expect(a.orgId).toBeNull();
    expect(truths(a)).toEqual([]);
  });

  it('bob switched to acme is org:member: only his role', async () => {
    const a = await auth((await switchTo(await login('bob'), 'acme')).access_token);

    expect(a).toMatchObject({ orgId: acmeId, orgSlug: 'acme', orgRole: 'org:member', orgPermissions: [] });
    expect(truths(a)).toEqual(['org:member']);
  });

  it('bob switched to globex is org:admin there', async () => {
    const a = await auth((await switchTo(await login('bob'), globexId)).access_token);

    expect(a).toMatchObject({ orgId: globexId, orgSlug: 'globex', orgRole: 'org:admin' });
    expect(truths(a)).toEqual(['org:admin', 'org:invoices:read', 'org:invoices:manage']);
  });

  it('bob switched back to none has no organization again', async () => {
    const tokens = await switchTo(await login('bob'), 'acme');

    const a = await auth((await switchTo(tokens, null)).access_token);

    expect(a.orgId).toBeNull();
    expect(truths(a)).toEqual([]);
  });

  it('carol, added to acme as org:billing through the admin API, has the billing permissions', async () => {
    const added = await admin.admin.organizations.members.add('acme', { user: 'carol', role: 'org:billing' });
    expect(added.role).toBe('org:billing');

    const a = await auth((await switchTo(await login('carol'), 'acme')).access_token);

    expect(a).toMatchObject({ orgId: acmeId, orgRole: 'org:billing', orgPermissions: ['org:invoices:manage', 'org:invoices:read'] });
    expect(truths(a)).toEqual(['org:billing', 'org:invoices:read', 'org:invoices:manage']);
  });
});
