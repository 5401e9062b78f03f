import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgkit, type Orgkit } from '../src/index.js';
import { LocalIssuer } from './support/issuer.js';

let idp: LocalIssuer;
let orgkit: Orgkit;

beforeAll(async () => {
  idp = await LocalIssuer.start();
  orgkit = createOrgkit({ issuer: idp.issuer });
});
afterAll(() => idp.close());

function nodeRequest(headers: Record<string, string>): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  req.headers = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return req;
}

const kinds = [
  ['a Node IncomingMessage', (headers: Record<string, string>) => nodeRequest(headers)],
  ['a Fetch Request', (headers: Record<string, string>) => new Request('http://app.test/api', { headers })],
] as const;

describe.each(kinds)('getAuth with %s', (_kind, make) => {
  it('reads the bearer token and the organization claims', async () => {
    const token = await idp.token({ org_id: 'org-1', org_slug: 'acme', org_role: 'org:billing', org_permissions: ['org:invoices:read'] });

    const auth = await orgkit.getAuth(make({ Authorization: `Bearer ${token}` }));

    expect(auth).toMatchObject({
      isAuthenticated: true, userId: 'user-1', sessionId: 'session-1', orgId: 'org-1', orgSlug: 'acme',
      orgRole: 'org:billing', orgPermissions: ['org:invoices:read'], token,
    });
    expect(auth.has({ permission: 'org:invoices:read' })).toBe(true);
    expect(auth.tokenError).toBeUndefined();
  });

  it('is signed out without a token, with no error', async () => {
    const auth = await orgkit.getAuth(make({}));

    expect(auth).toMatchObject({ isAuthenticated: false, userId: null, orgId: null, claims: null, token: null });
    expect(auth.tokenError).toBeUndefined();
  });

  it('is signed out with the reason for a refused token', async () => {
    const expired = await idp.token({}, { expiresIn: -60 });

    const auth = await orgkit.getAuth(make({ authorization: `Bearer ${expired}` }));

    expect(auth.isAuthenticated).toBe(false);
    expect(auth.tokenError).toBe('token_expired');
    expect(auth.token).toBeNull();
  });

  it('ignores other authorization schemes', async () => {
    const auth = await orgkit.getAuth(make({ authorization: 'Basic dXNlcjpwYXNz' }));

    expect(auth.isAuthenticated).toBe(false);
    expect(auth.tokenError).toBeUndefined();
  });

  it('is signed in without an organization when the token has no org_id', async () => {
    const auth = await orgkit.getAuth(make({ authorization: `Bearer ${await idp.token()}` }));

    expect(auth.isAuthenticated).toBe(true);
    expect(auth.orgId).toBeNull();
    expect(auth.orgPermissions).toEqual([]);
  });
});

describe('getAuth with getToken', () => {
  it('takes the token from where the app keeps it', async () => {
    const token = await idp.token({ sub: 'from-cookie' });
    const fromCookie = createOrgkit({
      issuer: idp.issuer,
      getToken: (request) => (request as Request).headers.get('cookie')?.replace(/^at=/, '') ?? null,
    });

    const auth = await fromCookie.getAuth(new Request('http://app.test/', { headers: { cookie: `at=${token}` } }));

    expect(auth.userId).toBe('from-cookie');
  });
});
