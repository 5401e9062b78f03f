import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgkit } from '../dist/index.js';
import { createOrgkitClient } from '../dist/client.js';
import { orgkitMiddleware, protect, requireAuth } from '../dist/express.js';
import { adminToken, baseUrl, createUser, issuer, login, realm, refresh } from './support/server.js';

let server: Server;
let app: string;

beforeAll(async () => {
  const orgkit = createOrgkit({ issuer, audience: 'orgkit-demo-api' });
  const api = express();
  api.use(orgkitMiddleware(orgkit));
  api.get('/api/me', requireAuth(orgkit), (req, res) => {
    res.json({ userId: req.auth!.userId, org: req.auth!.orgSlug });
  });
  api.get('/api/invoices', protect(orgkit, { permission: 'org:invoices:read' }), (req, res) => {
    res.json({ org: req.auth!.orgSlug, role: req.auth!.orgRole });
  });
  await new Promise<void>((resolve) => {
    server = api.listen(0, '127.0.0.1', () => resolve());
  });
  app = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

async function get(path: string, token?: string) {
  const response = await fetch(app + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: await response.json() };
}

describe('an Express API guarded by @orgkit/node, with tokens of the real realm', () => {
  it('401 without a token', async () => {
    expect(await get('/api/invoices')).toEqual({ status: 401, body: { error: 'unauthorized', error_description: 'a bearer token is required' } });
    expect((await get('/api/me')).status).toBe(401);
  });

  it('401 naming the reason for a tampered token', async () => {
    const [h, p, s] = (await login('alice')).access_token.split('.');

    expect(await get('/api/me', `${h}.${p}.${s.startsWith('A') ? 'B' : 'A'}${s.slice(1)}`)).toEqual({
      status: 401, body: { error: 'unauthorized', error_description: 'the bearer token was refused (token_invalid_signature)' },
    });
  });

  it("200 for alice (acme's admin)", async () => {
    const { access_token } = await login('alice');

    expect(await get('/api/invoices', access_token)).toEqual({ status: 200, body: { org: 'acme', role: 'org:admin' } });
    expect((await get('/api/me', access_token)).body.org).toBe('acme');
  });

  it('403 no_active_organization for bob without an active organization', async () => {
    const tokens = await login('bob');
    await createOrgkitClient({ baseUrl, realm, token: tokens.access_token }).me.setActiveOrganization(null);
    const { access_token } = await refresh(tokens);

    expect(await get('/api/me', access_token)).toMatchObject({ status: 200, body: { org: null } });
    expect(await get('/api/invoices', access_token)).toEqual({
      status: 403, body: { error: 'no_active_organization', error_description: 'an active organization is required' },
    });
  });

  it('403 forbidden for bob as a member of acme', async () => {
    const tokens = await login('bob');
    await createOrgkitClient({ baseUrl, realm, token: tokens.access_token }).me.setActiveOrganization('acme');

    expect(await get('/api/invoices', (await refresh(tokens)).access_token)).toEqual({
      status: 403, body: { error: 'forbidden', error_description: 'requires permission org:invoices:read' },
    });
  });

  it('200 for a billing member of acme', async () => {
    const admin = createOrgkitClient({ baseUrl, realm, token: adminToken });
    const username = await createUser('billing');
    await admin.admin.organizations.members.add('acme', { user: username, role: 'org:billing' });
    const tokens = await login(username);
    await createOrgkitClient({ baseUrl, realm, token: tokens.access_token }).me.setActiveOrganization('acme');

    expect(await get('/api/invoices', (await refresh(tokens)).access_token)).toEqual({ status: 200, body: { org: 'acme', role: 'org:billing' } });
  });
});
