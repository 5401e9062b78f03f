import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgkit } from '../dist/index.js';
import { createOrgkitClient, OrgkitApiError } from '../dist/client.js';
import { verifyWebhook } from '../dist/webhooks.js';
import { Receiver, type Received } from './support/receiver.js';
import { adminToken, baseUrl, eventually, issuer, login, payload, realm, refresh } from './support/server.js';

const orgkit = createOrgkit({ issuer, audience: 'orgkit-demo-api' });
const admin = createOrgkitClient({ baseUrl, realm, token: adminToken });

/** A client that always sends the user's current access token, refreshed when it is near expiry. */
async function clientOf(username: string) {
  let tokens = await login(username);
  return createOrgkitClient({
    baseUrl, realm,
    token: async () => {
      if (Number(payload(tokens.access_token).exp) * 1000 - Date.now() < 10_000) {
        tokens = await refresh(tokens);
      }
      return tokens.access_token;
    },
  });
}

async function apiError(promise: Promise<unknown>): Promise<OrgkitApiError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(OrgkitApiError);
  return error as OrgkitApiError;
}

describe('the typed client against the real API', () => {
  let alice: Awaited<ReturnType<typeof clientOf>>;
  let receiver: Receiver;
  const slug = `sdk-${Date.now().toString(36)}`;
  let orgId: string;
  let bobId: string;

  beforeAll(async () => {
    alice = await clientOf('alice');
    receiver = await Receiver.start();
  });
  afterAll(() => receiver.close());

  it('me.organizations, me.activeOrganization, me.setActiveOrganization, and the refreshed token carries the new org', async () => {
    const tokens = await login('bob');
    const bob = createOrgkitClient({ baseUrl, realm, token: tokens.access_token });

    const mine = await bob.me.organizations();
    expect(mine.map((m) => [m.slug, m.role])).toEqual([['acme', 'org:member'], ['globex', 'org:admin']]);
    expect((await bob.me.activeOrganization()).organization).toBeNull();

    const switched = await bob.me.setActiveOrganization('globex');
    expect(switched.organization?.slug).toBe('globex');
    expect((await bob.me.activeOrganization()).organization?.slug).toBe('globex');
    expect((await bob.me.organizations()).find((m) => m.active)?.slug).toBe('globex');

    const claims = await orgkit.verifyToken((await refresh(tokens)).access_token);
    expect(claims.org_id).toBe(switched.organization?.id);
    expect(claims.org_role).toBe('org:admin');
  });

  it('me.setActiveOrganization refuses an organization the caller is not in', async () => {
    const carol = await clientOf('carol');

    expect((await apiError(carol.me.setActiveOrganization('globex'))).status).toBe(404);
  });

  it('me.invitations and roles.list', async () => {
    expect(Array.isArray(await alice.me.invitations())).toBe(true);
    const roles = await alice.roles.list();
    expect(roles.map((r) => r.key)).toEqual(expect.arrayContaining(['org:admin', 'org:member', 'org:billing']));
    expect(roles.find((r) => r.key === 'org:billing')?.permissions.map((p) => p.key).sort())
      .toEqual(['org:invoices:manage', 'org:invoices:read', 'org:sys_memberships:read']);
  });

  it('organizations.create and get', async () => {
    const created = await alice.organizations.create({ name: `SDK ${slug}`, slug });
    orgId = created.id;

    expect(created).toMatchObject({ object: 'organization', slug, name: `SDK ${slug}` });
    expect((await alice.organizations.get(slug)).id).toBe(orgId);
    const conflict = await apiError(admin.admin.organizations.create({ name: `SDK ${slug} again`, slug }));
    expect(conflict.status).toBe(409);
    expect(conflict.error).toBe('slug_taken');
  });

  let webhookId: string;
  let firstSecret: string;
  let secondSecret: string;

  /** The receiver's deliveries of organization.updated for the test's organization. */
  const updatesOfOurs = (): Received[] => receiver.received.filter((r) => {
    const event = JSON.parse(r.body.toString('utf8')) as { type: string; data: { id?: string } };
    return event.type === 'organization.updated' && event.data.id === orgId;
  });

  it('admin.webhooks.create, list, get, eventTypes, update', async () => {
    const created = await admin.admin.webhooks.create({ url: receiver.url, event_types: ['organization.updated'] });
    webhookId = created.id;
    firstSecret = created.secret!;

    expect(firstSecret).toMatch(/^whsec_/);
    expect((await admin.admin.webhooks.list()).map((w) => w.id)).toContain(webhookId);
    expect((await admin.admin.webhooks.get(webhookId)).secret).toBeUndefined();
    expect(await admin.admin.webhooks.eventTypes()).toContain('organization.updated');
    const updated = await admin.admin.webhooks.update(webhookId, { description: 'sdk test' });
    expect(updated.description).toBe('sdk test');
  });

  it('organizations.update sends organization.updated, and verifyWebhook accepts the real delivery', async () => {
    const updated = await alice.organizations.update(slug, { description: 'first change' });
    expect(updated.description).toBe('first change');

    const [delivery] = await eventually('the delivery', async () => (updatesOfOurs().length >= 1 ? updatesOfOurs() : null));
    const event = await verifyWebhook({ headers: delivery.headers, body: delivery.body }, firstSecret);

    expect(event).toMatchObject({ type: 'organization.updated', object: 'event', data: { id: orgId, slug, description: 'first change' } });
    expect(delivery.headers['webhook-signature']).toMatch(/^v1,[^ ]+$/);
  });

  it('admin.webhooks.rotateSecret: both secrets verify the next delivery (two signatures)', async () => {
    const rotated = await admin.admin.webhooks.rotateSecret(webhookId);
    secondSecret = rotated.secret!;
    expect(secondSecret).not.toBe(firstSecret);
    expect(rotated.previous_secret_expires_at).toBeGreaterThan(Date.now());

    await alice.organizations.update(slug, { description: 'second change' });
    const delivery = await eventually('the second delivery', async () => updatesOfOurs()[1]);

    expect(String(delivery.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect((await verifyWebhook({ headers: delivery.headers, body: delivery.body }, secondSecret)).data).toMatchObject({ description: 'second change' });
    expect((await verifyWebhook({ headers: delivery.headers, body: delivery.body }, firstSecret)).data).toMatchObject({ description: 'second change' });
  });

  it('admin.webhooks.deliveries, delivery and replay', async () => {
    const deliveries = await eventually('two succeeded messages', async () => {
      const list = await admin.admin.webhooks.deliveries(webhookId, { event_type: 'organization.updated' });
      return list.filter((d) => d.status === 'succeeded').length >= 2 ? list : null;
    });
    const latest = await admin.admin.webhooks.delivery(webhookId, deliveries[0].id);
    expect(JSON.parse(latest.payload!)).toMatchObject({ type: 'organization.updated', data: { id: orgId } });

    const replayed = await admin.admin.webhooks.replay(webhookId, latest.id);
    expect(replayed.message_id).toBe(latest.message_id);
    const again = await eventually('the replayed delivery', async () =>
      updatesOfOurs().filter((r) => r.headers['webhook-id'] === latest.message_id).length >= 2 ? true : null);
    expect(again).toBe(true);
  });

  it('members.list, get, update, remove (bob added through admin.organizations.members.add)', async () => {
    const added = await admin.admin.organizations.members.add(slug, { user: 'bob', role: 'org:member' });
    bobId = added.user_id;

    expect((await alice.members.list(slug)).map((m) => m.username).sort()).toEqual(['alice', 'bob']);
    expect((await alice.members.list(slug, { search: 'bob', max: 5 })).map((m) => m.username)).toEqual(['bob']);
    expect((await alice.members.update(slug, bobId, { role: 'org:billing' })).role).toBe('org:billing');
    expect((await alice.members.get(slug, bobId)).role).toBe('org:billing');
    await alice.members.remove(slug, bobId);
    expect((await alice.members.list(slug)).map((m) => m.username)).toEqual(['alice']);
  });

  it('members.update refuses to leave the organization without an admin', async () => {
    const me = (await alice.members.list(slug))[0];

    const error = await apiError(alice.members.update(slug, me.user_id, { role: 'org:member' }));
    expect(error.status).toBe(409);
    expect(error.error).toBe('last_admin');
  });

  it('invitations.create, list, get, resend, revoke', async () => {
    const sent = await alice.invitations.create(slug, { email: 'dave@example.com', role: 'org:member' });
    expect(sent).toMatchObject({ object: 'organization_invitation', email_address: 'dave@example.com', role: 'org:member', status: 'pending' });
    expect(sent.url).toMatch(/^http/);

    expect((await alice.invitations.list(slug)).map((i) => i.id)).toContain(sent.id);
    expect((await alice.invitations.list(slug, { status: 'revoked' })).map((i) => i.id)).not.toContain(sent.id);
    expect((await alice.invitations.get(slug, sent.id)).url).toBeNull();
    const resent = await alice.invitations.resend(slug, sent.id);
    expect(resent.url).toMatch(/^http/);
    expect(resent.url).not.toBe(sent.url);
    expect((await alice.invitations.revoke(slug, sent.id)).status).toBe('revoked');
    expect((await apiError(alice.invitations.revoke(slug, sent.id))).error).toBe('invitation_not_pending');
  });

  it('auditLog.list and get show what the tests did', async () => {
    const entries = await alice.auditLog.list(slug);
    const actions = entries.map((e) => e.action);

    expect(actions).toEqual(expect.arrayContaining([
      'organization.created', 'organization.updated', 'member.added', 'member.role_changed', 'member.removed',
      'invitation.created', 'invitation.resent', 'invitation.revoked',
    ]));
    const [revoked] = await alice.auditLog.list(slug, { action: 'invitation.revoked' });
    expect((await alice.auditLog.get(slug, revoked.id)).action).toBe('invitation.revoked');
  });

  it('organizations.delete, then get answers 404', async () => {
    await alice.organizations.delete(slug);

    expect((await apiError(alice.organizations.get(slug))).status).toBe(404);
  });

  it('admin.webhooks.delete', async () => {
    await admin.admin.webhooks.delete(webhookId);

    expect((await apiError(admin.admin.webhooks.get(webhookId))).status).toBe(404);
    expect((await admin.admin.webhooks.list()).map((w) => w.id)).not.toContain(webhookId);
  });

  it('admin.organizations.create, list, get, update, delete', async () => {
    const adminSlug = `${slug}-admin`;
    const created = await admin.admin.organizations.create({ name: `Admin ${adminSlug}`, slug: adminSlug, owner: 'carol', private_metadata: { crm: '42' } });

    expect(created.private_metadata).toEqual({ crm: '42' });
    expect((await admin.admin.organizations.list({ search: adminSlug })).map((o) => o.slug)).toContain(adminSlug);
    expect((await admin.admin.organizations.get(created.id)).slug).toBe(adminSlug);
    expect((await admin.admin.organizations.members.list(adminSlug)).map((m) => [m.username, m.role])).toEqual([['carol', 'org:admin']]);
    expect((await admin.admin.organizations.update(adminSlug, { max_allowed_memberships: 5 })).max_allowed_memberships).toBe(5);
    await admin.admin.organizations.delete(adminSlug);
    expect((await apiError(admin.admin.organizations.get(adminSlug))).status).toBe(404);
  });

  it('organizations.list is for superadmins: 403 for alice', async () => {
    expect((await apiError(alice.organizations.list())).status).toBe(403);
  });
});
