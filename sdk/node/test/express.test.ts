import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgkit } from '../src/index.js';
import { orgkitMiddleware, protect, requireAuth } from '../src/express.js';
import { LocalIssuer } from './support/issuer.js';

let idp: LocalIssuer;
let server: Server;
let base: string;

beforeAll(async () => {
  idp = await LocalIssuer.start();
  const orgkit = createOrgkit({ issuer: idp.issuer });
  const app = express();
  app.get('/public', orgkitMiddleware(orgkit), (req, res) => {
    res.json({ signedIn: req.auth?.isAuthenticated, tokenError: req.auth?.tokenError ?? null });
  });
  app.get('/me', requireAuth(orgkit), (req, res) => {
    res.json({ userId: req.auth!.userId, orgId: req.auth!.orgId });
  });
  app.get('/invoices', protect(orgkit, { permission: 'org:invoices:read' }), (req, res) => {
    res.json({ org: req.auth!.orgSlug });
  });
  app.get('/admin', protect(orgkit, { role: 'org:admin' }), (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/org', protect(orgkit, { organization: true }), (req, res) => {
    res.json({ org: req.auth!.orgId });
  });
  app.get('/page', protect(orgkit, { permission: 'org:invoices:read' }, {
    onUnauthorized: (_req, res) => res.redirect('/sign-in'),
    onForbidden: (_req, res, _next, refused) => res.status(403).type('html').send(`<p>${refused.error}</p>`),
  }), (_req, res) => {
    res.send('invoices');
  });
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await idp.close();
});

async function get(path: string, token?: string) {
  const response = await fetch(base + path, { headers: token ? { authorization: `Bearer ${token}` } : {}, redirect: 'manual' });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  return { status: response.status, body: json, headers: response.headers };
}

const billing = () => idp.token({ org_id: 'org-1', org_slug: 'acme', org_role: 'org:billing', org_permissions: ['org:invoices:manage', 'org:invoices:read'] });
const memberOnly = () => idp.token({ org_id: 'org-1', org_slug: 'acme', org_role: 'org:member', org_permissions: [] });

describe('express', () => {
  it('orgkitMiddleware sets req.auth and lets every request through', async () => {
    expect((await get('/public')).body).toEqual({ signedIn: false, tokenError: null });
    expect((await get('/public', 'x.y.z')).body).toEqual({ signedIn: false, tokenError: 'token_malformed' });
    expect((await get('/public', await memberOnly())).body).toEqual({ signedIn: true, tokenError: null });
  });

  it('requireAuth answers 401 JSON without a token and passes a valid one', async () => {
    const refused = await get('/me');

    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ error: 'unauthorized', error_description: 'a bearer token is required' });
    expect(refused.headers.get('www-authenticate')).toBe('Bearer');
    expect(await get('/me', await idp.token())).toMatchObject({ status: 200, body: { userId: 'user-1', orgId: null } });
  });

  it('requireAuth names the reason a token was refused', async () => {
    const refused = await get('/me', await idp.token({}, { expiresIn: -60 }));

    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ error: 'unauthorized', error_description: 'the bearer token was refused (token_expired)' });
    expect(refused.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });

  it('protect answers 401 when signed out', async () => {
    expect(await get('/invoices')).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
  });

  it('protect answers 403 no_active_organization for a token without org_id', async () => {
    const refused = await get('/invoices', await idp.token());

    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: 'no_active_organization', error_description: 'an active organization is required' });
  });

  it('protect answers 403 forbidden naming the missing permission', async () => {
    const refused = await get('/invoices', await memberOnly());

    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: 'forbidden', error_description: 'requires permission org:invoices:read' });
  });

  it('protect passes a member who has the permission', async () => {
    expect(await get('/invoices', await billing())).toEqual(expect.objectContaining({ status: 200, body: { org: 'acme' } }));
  });

  it('protect checks a role', async () => {
    expect(await get('/admin', await billing())).toMatchObject({ status: 403, body: { error: 'forbidden', error_description: 'requires role org:admin' } });
    const admin = await idp.token({ org_id: 'org-1', org_role: 'org:admin', org_permissions: [] });
    expect(await get('/admin', admin)).toMatchObject({ status: 200 });
  });

  it('protect with {organization: true} needs only an active organization', async () => {
    expect(await get('/org', await idp.token())).toMatchObject({ status: 403, body: { error: 'no_active_organization' } });
    expect(await get('/org', await memberOnly())).toMatchObject({ status: 200, body: { org: 'org-1' } });
  });

  it('lets the app answer its own 401 and 403', async () => {
    const signedOut = await get('/page');
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.get('location')).toBe('/sign-in');
    expect(await get('/page', await memberOnly())).toMatchObject({ status: 403, body: '<p>forbidden</p>' });
    expect(await get('/page', await billing())).toMatchObject({ status: 200, body: 'invoices' });
  });

  it('refuses a requirement that names nothing when the route is set up', () => {
    const orgkit = createOrgkit({ issuer: idp.issuer });

    expect(() => protect(orgkit, {} as never)).toThrow(TypeError);
    expect(() => protect(orgkit, { permission: '' })).toThrow(TypeError);
  });
});
