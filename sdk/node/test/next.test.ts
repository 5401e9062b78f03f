import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgkit, type Orgkit } from '../src/index.js';
import { orgkitMiddleware, withAuth } from '../src/next.js';
import { LocalIssuer } from './support/issuer.js';

let idp: LocalIssuer;
let orgkit: Orgkit;

beforeAll(async () => {
  idp = await LocalIssuer.start();
  orgkit = createOrgkit({ issuer: idp.issuer });
});
afterAll(() => idp.close());

const request = (path: string, token?: string) =>
  new Request(`http://app.test${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const billing = () => idp.token({ org_id: 'org-1', org_slug: 'acme', org_role: 'org:billing', org_permissions: ['org:invoices:read'] });
const memberOnly = () => idp.token({ org_id: 'org-1', org_slug: 'acme', org_role: 'org:member', org_permissions: [] });

describe('withAuth (route handlers)', () => {
  type Ctx = { params: Promise<{ id: string }> };
  let GET: (request: Request, context: Ctx) => Promise<Response>;
  beforeAll(() => {
    GET = withAuth<Ctx>(orgkit, async (_request, { auth, params }) =>
      Response.json({ org: auth.orgSlug, id: (await params).id }), { permission: 'org:invoices:read' });
  });
  const ctx: Ctx = { params: Promise.resolve({ id: 'inv-1' }) };

  it('runs the handler with auth and the route context', async () => {
    const response = await GET(request('/api/invoices/inv-1', await billing()), ctx);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ org: 'acme', id: 'inv-1' });
  });

  it('answers 401 when signed out', async () => {
    const response = await GET(request('/api/invoices/inv-1'), ctx);

    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ error: 'unauthorized', error_description: 'a bearer token is required' });
  });

  it('answers 403 no_active_organization without org_id', async () => {
    const response = await GET(request('/api/invoices/inv-1', await idp.token()), ctx);

    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'no_active_organization', error_description: 'an active organization is required' });
  });

  it('answers 403 forbidden without the permission', async () => {
    const response = await GET(request('/api/invoices/inv-1', await memberOnly()), ctx);

    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'forbidden', error_description: 'requires permission org:invoices:read' });
  });

  it('needs only a valid token without a requirement', async () => {
    const handler = withAuth(orgkit, (_request, { auth }) => Response.json({ user: auth.userId }));

    expect(await (await handler(request('/api/me', await idp.token()), undefined)).json()).toEqual({ user: 'user-1' });
    expect((await handler(request('/api/me'), undefined)).status).toBe(401);
  });
});

describe('orgkitMiddleware (middleware.ts)', () => {
  it('passes requests outside the matcher without looking at them', async () => {
    const middleware = orgkitMiddleware(orgkit, { protect: '/dashboard' });

    expect(await middleware(request('/'))).toBeUndefined();
    expect(await middleware(request('/dashboards'))).toBeUndefined();
  });

  it('stops signed-out requests to protected paths and passes valid ones', async () => {
    const middleware = orgkitMiddleware(orgkit, { protect: ['/dashboard', /^\/api\//] });

    const refused = await middleware(request('/dashboard/settings'));
    expect(refused?.status).toBe(401);
    expect(await refused?.json()).toEqual({ error: 'unauthorized', error_description: 'a bearer token is required' });
    expect((await middleware(request('/api/x')))?.status).toBe(401);
    expect(await middleware(request('/dashboard', await idp.token()))).toBeUndefined();
  });

  it('checks a requirement and lets the app answer', async () => {
    const middleware = orgkitMiddleware(orgkit, {
      protect: (req) => new URL(req.url).pathname.startsWith('/billing'),
      require: { permission: 'org:invoices:read' },
      onUnauthorized: (req) => Response.redirect(new URL('/sign-in', req.url), 307),
    });

    const redirect = await middleware(request('/billing'));
    expect(redirect?.status).toBe(307);
    expect(redirect?.headers.get('location')).toBe('http://app.test/sign-in');
    const forbidden = await middleware(request('/billing', await memberOnly()));
    expect(forbidden?.status).toBe(403);
    expect(await forbidden?.json()).toEqual({ error: 'forbidden', error_description: 'requires permission org:invoices:read' });
    expect((await middleware(request('/billing', await idp.token())))?.status).toBe(403);
    expect(await middleware(request('/billing', await billing()))).toBeUndefined();
  });
});
