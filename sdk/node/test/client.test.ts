import { describe, expect, it } from 'vitest';
import { createOrgkitClient, OrgkitApiError } from '../src/client.js';

interface Seen {
  method: string;
  url: string;
  authorization: string | null;
  body: unknown;
}

/** A fetch that records each request and answers from a list. */
function recorder(answers: Array<{ status: number; body?: unknown }>) {
  const seen: Seen[] = [];
  const fetch = async (request: Request) => {
    const text = await request.text();
    seen.push({
      method: request.method, url: request.url, authorization: request.headers.get('authorization'),
      body: text === '' ? undefined : JSON.parse(text),
    });
    const answer = answers.shift() ?? { status: 200, body: {} };
    return answer.body === undefined
      ? new Response(null, { status: answer.status })
      : Response.json(answer.body, { status: answer.status });
  };
  return { seen, fetch };
}

describe('createOrgkitClient', () => {
  it('sends the bearer token, the realm and the path of each helper', async () => {
    const { seen, fetch } = recorder([
      { status: 200, body: [] },
      { status: 200, body: { organization: null } },
      { status: 200, body: [] },
      { status: 204 },
      { status: 201, body: { id: 'inv-1', url: 'http://x' } },
    ]);
    const client = createOrgkitClient({ baseUrl: 'http://kc.test/', realm: 'orgkit-demo', token: 'tok', fetch });

    await client.me.organizations();
    await client.me.setActiveOrganization(null);
    await client.members.list('acme', { search: 'bo b', max: 10 });
    await client.members.remove('acme', 'user 1');
    const sent = await client.invitations.create('acme', { email: 'dave@example.com', role: 'org:member' });

    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET http://kc.test/realms/orgkit-demo/orgkit/me/organizations',
      'PUT http://kc.test/realms/orgkit-demo/orgkit/me/active-organization',
      'GET http://kc.test/realms/orgkit-demo/orgkit/organizations/acme/members?search=bo%20b&max=10',
      'DELETE http://kc.test/realms/orgkit-demo/orgkit/organizations/acme/members/user%201',
      'POST http://kc.test/realms/orgkit-demo/orgkit/organizations/acme/invitations',
    ]);
    expect(seen.every((s) => s.authorization === 'Bearer tok')).toBe(true);
    expect(seen[1].body).toEqual({ organization: null });
    expect(seen[4].body).toEqual({ email: 'dave@example.com', role: 'org:member' });
    expect(sent.url).toBe('http://x');
  });

  it('asks a token function before every request', async () => {
    const { seen, fetch } = recorder([{ status: 200, body: [] }, { status: 200, body: [] }]);
    let n = 0;
    const client = createOrgkitClient({ baseUrl: 'http://kc.test', realm: 'r', token: async () => `t${++n}`, fetch });

    await client.admin.webhooks.list();
    await client.admin.organizations.list();

    expect(seen.map((s) => s.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
    expect(seen.map((s) => new URL(s.url).pathname)).toEqual([
      '/admin/realms/r/orgkit/webhooks', '/admin/realms/r/orgkit/organizations',
    ]);
  });

  it('throws OrgkitApiError with the API error code and text', async () => {
    const { fetch } = recorder([{ status: 403, body: { error: 'forbidden', error_description: 'requires org:sys_memberships:manage' } }]);
    const client = createOrgkitClient({ baseUrl: 'http://kc.test', realm: 'r', token: 't', fetch });

    const error = await client.members.update('acme', 'u1', { role: 'org:admin' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(OrgkitApiError);
    expect(error).toMatchObject({ status: 403, error: 'forbidden', error_description: 'requires org:sys_memberships:manage' });
  });

  it('throws OrgkitApiError for an answer without a JSON error body', async () => {
    const fetch = async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } });
    const client = createOrgkitClient({ baseUrl: 'http://kc.test', realm: 'r', token: 't', fetch });

    await expect(client.organizations.get('acme')).rejects.toMatchObject({ status: 502, error: 'http_502' });
  });
});
