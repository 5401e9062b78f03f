import createClient, { type Client } from 'openapi-fetch';
import type { components, operations, paths } from './generated/openapi.js';

export type { components, operations, paths } from './generated/openapi.js';

type Schemas = components['schemas'];
export type Organization = Schemas['Organization'];
export type OrganizationInput = Schemas['OrganizationInput'];
export type Membership = Schemas['Membership'];
export type ActiveOrganization = Schemas['ActiveOrganization'];
export type Member = Schemas['Member'];
export type MemberInput = Schemas['MemberInput'];
export type Invitation = Schemas['Invitation'];
export type InvitationInput = Schemas['InvitationInput'];
export type SentInvitation = Schemas['SentInvitation'];
export type AuditEntry = Schemas['AuditEntry'];
export type Role = Schemas['Role'];
export type WebhookEndpoint = Schemas['WebhookEndpoint'];
export type WebhookEndpointInput = Schemas['WebhookEndpointInput'];
export type WebhookDelivery = Schemas['WebhookDelivery'];

type Query<O extends keyof operations> = operations[O] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** An answer of the API that is not a success, with the API's own error code and text. */
export class OrgkitApiError extends Error {
  readonly status: number;
  readonly error: string;
  readonly error_description: string;

  constructor(status: number, error: string, description: string) {
    super(`${status} ${error}: ${description}`);
    this.name = 'OrgkitApiError';
    this.status = status;
    this.error = error;
    this.error_description = description;
  }
}

export interface OrgkitClientOptions {
  /** Keycloak's base URL, e.g. `http://localhost:8080`. */
  baseUrl: string;
  realm: string;
  /** The bearer token: the user's access token for the self-service API, a realm admin's for `admin`. */
  token: string | (() => string | Promise<string>);
  fetch?: (input: Request) => Promise<Response>;
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

async function unwrap<T>(pending: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) {
    const body = (error ?? {}) as { error?: unknown; error_description?: unknown };
    throw new OrgkitApiError(
      response.status,
      typeof body.error === 'string' ? body.error : `http_${response.status}`,
      typeof body.error_description === 'string' ? body.error_description : response.statusText,
    );
  }
  return data as T;
}

/** The typed orgkit API of one realm: `raw` is the openapi-fetch client, the rest are thin helpers. */
export function createOrgkitClient(options: OrgkitClientOptions) {
  const raw: Client<paths> = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/+$/, ''), fetch: options.fetch });
  raw.use({
    async onRequest({ request }) {
      const token = typeof options.token === 'function' ? await options.token() : options.token;
      request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  });
  const realm = options.realm;
  const r = { realm };
  const o = (org: string) => ({ realm, org });

  const adminOrganizations = {
    list: (query: Query<'adminListOrganizations'> = {}) =>
      unwrap(raw.GET('/admin/realms/{realm}/orgkit/organizations', { params: { path: r, query } })),
    create: (body: OrganizationInput) =>
      unwrap(raw.POST('/admin/realms/{realm}/orgkit/organizations', { params: { path: r }, body })),
    get: (org: string) =>
      unwrap(raw.GET('/admin/realms/{realm}/orgkit/organizations/{org}', { params: { path: o(org) } })),
    update: (org: string, body: OrganizationInput) =>
      unwrap(raw.PATCH('/admin/realms/{realm}/orgkit/organizations/{org}', { params: { path: o(org) }, body })),
    delete: (org: string) =>
      unwrap(raw.DELETE('/admin/realms/{realm}/orgkit/organizations/{org}', { params: { path: o(org) } })).then(() => undefined),
    members: {
      list: (org: string, query: Query<'adminListMembers'> = {}) =>
        unwrap(raw.GET('/admin/realms/{realm}/orgkit/organizations/{org}/members', { params: { path: o(org), query } })),
      add: (org: string, body: MemberInput) =>
        unwrap(raw.POST('/admin/realms/{realm}/orgkit/organizations/{org}/members', { params: { path: o(org) }, body })),
      get: (org: string, userId: string) =>
        unwrap(raw.GET('/admin/realms/{realm}/orgkit/organizations/{org}/members/{userId}', { params: { path: { ...o(org), userId } } })),
      update: (org: string, userId: string, body: MemberInput) =>
        unwrap(raw.PATCH('/admin/realms/{realm}/orgkit/organizations/{org}/members/{userId}', { params: { path: { ...o(org), userId } }, body })),
      remove: (org: string, userId: string) =>
        unwrap(raw.DELETE('/admin/realms/{realm}/orgkit/organizations/{org}/members/{userId}', { params: { path: { ...o(org), userId } } })).then(() => undefined),
    },
  };

  const hook = (id: string) => ({ realm, id });
  const adminWebhooks = {
    list: () => unwrap(raw.GET('/admin/realms/{realm}/orgkit/webhooks', { params: { path: r } })),
    eventTypes: () => unwrap(raw.GET('/admin/realms/{realm}/orgkit/webhooks/event-types', { params: { path: r } })),
    /** The answer carries the endpoint's `secret`, shown this once. */
    create: (body: WebhookEndpointInput) =>
      unwrap(raw.POST('/admin/realms/{realm}/orgkit/webhooks', { params: { path: r }, body })),
    get: (id: string) => unwrap(raw.GET('/admin/realms/{realm}/orgkit/webhooks/{id}', { params: { path: hook(id) } })),
    update: (id: string, body: WebhookEndpointInput) =>
      unwrap(raw.PATCH('/admin/realms/{realm}/orgkit/webhooks/{id}', { params: { path: hook(id) }, body })),
    delete: (id: string) =>
      unwrap(raw.DELETE('/admin/realms/{realm}/orgkit/webhooks/{id}', { params: { path: hook(id) } })).then(() => undefined),
    /** A new secret (in the answer); the previous one keeps signing for 24 hours. */
    rotateSecret: (id: string) =>
      unwrap(raw.POST('/admin/realms/{realm}/orgkit/webhooks/{id}/rotate-secret', { params: { path: hook(id) } })),
    deliveries: (id: string, query: Query<'adminListWebhookDeliveries'> = {}) =>
      unwrap(raw.GET('/admin/realms/{realm}/orgkit/webhooks/{id}/deliveries', { params: { path: hook(id), query } })),
    delivery: (id: string, delivery: string) =>
      unwrap(raw.GET('/admin/realms/{realm}/orgkit/webhooks/{id}/deliveries/{delivery}', { params: { path: { ...hook(id), delivery } } })),
    replay: (id: string, delivery: string) =>
      unwrap(raw.POST('/admin/realms/{realm}/orgkit/webhooks/{id}/deliveries/{delivery}/replay', { params: { path: { ...hook(id), delivery } } })),
  };

  return {
    raw,
    me: {
      organizations: (query: Query<'listMyOrganizations'> = {}) =>
        unwrap(raw.GET('/realms/{realm}/orgkit/me/organizations', { params: { path: r, query } })),
      activeOrganization: () =>
        unwrap(raw.GET('/realms/{realm}/orgkit/me/active-organization', { params: { path: r } })),
      /** Switches the session's active organization (id or slug; null for none); refresh the token next. */
      setActiveOrganization: (organization: string | null) =>
        unwrap(raw.PUT('/realms/{realm}/orgkit/me/active-organization', { params: { path: r }, body: { organization } })),
      invitations: (query: Query<'listMyInvitations'> = {}) =>
        unwrap(raw.GET('/realms/{realm}/orgkit/me/invitations', { params: { path: r, query } })),
    },
    roles: {
      list: () => unwrap(raw.GET('/realms/{realm}/orgkit/roles', { params: { path: r } })),
    },
    organizations: {
      /** Every organization of the realm (superadmins only). */
      list: (query: Query<'listAllOrganizations'> = {}) =>
        unwrap(raw.GET('/realms/{realm}/orgkit/organizations', { params: { path: r, query } })),
      create: (body: OrganizationInput) =>
        unwrap(raw.POST('/realms/{realm}/orgkit/organizations', { params: { path: r }, body })),
      get: (org: string) => unwrap(raw.GET('/realms/{realm}/orgkit/organizations/{org}', { params: { path: o(org) } })),
      update: (org: string, body: OrganizationInput) =>
        unwrap(raw.PATCH('/realms/{realm}/orgkit/organizations/{org}', { params: { path: o(org) }, body })),
      delete: (org: string) =>
        unwrap(raw.DELETE('/realms/{realm}/orgkit/organizations/{org}', { params: { path: o(org) } })).then(() => undefined),
    },
    members: {
      list: (org: string, query: Query<'listMembers'> = {}) =>
        unwrap(raw.GET('/realms/{realm}/orgkit/organizations/{org}/members', { params: { path: o(org), query } })),
      get: (org: string, userId: string) =>
        unwrap(raw.GET('/realms/{realm}/orgkit/organizations/{org}/members/{userId}', { params: { path: { ...o(org), userId } } })),
      update: (org: string, userId: string, body: Pick<MemberInput, 'role' | 'public_metadata' | 'private_metadata'>) =>
        unwrap(raw.PATCH('/realms/{realm}/orgkit/organizations/{org}/members/{userId}', { params: { path: { ...o(org), userId } }, body })),
      /** Removes a member, or leaves the organization when `userId` is the caller. */
      remove: (org: string, userId: string) =>
        unwrap(raw.DELETE('/realms/{realm}/orgkit/organizations/{org}/members/{userId}', { params: { path: { ...o(org), userId } } })).then(() => undefined),
    },
    invitations: {
      list: (org: string, query: Query<'listInvitations'> = {}) =>
        unwrap(raw.GET('/realms/{realm}/orgkit/organizations/{org}/invitations', { params: { path: o(org), query } })),
      /** Invites one address; the answer has the accept link in `url` (only here and in `resend`). */
      create: (org: string, body: InvitationInput) =>
        unwrap(raw.POST('/realms/{realm}/orgkit/organizations/{org}/invitations', { params: { path: o(org) }, body }))
          .then((sent) => sent as SentInvitation),
      /** Invites up to 50 addresses, all or none. */
      createMany: (org: string, body: InvitationInput[]) =>
        unwrap(raw.POST('/realms/{realm}/orgkit/organizations/{org}/invitations', { params: { path: o(org) }, body }))
          .then((sent) => sent as SentInvitation[]),
      get: (org: string, id: string) =>
        unwrap(raw.GET('/realms/{realm}/orgkit/organizations/{org}/invitations/{id}', { params: { path: { ...o(org), id } } })),
      resend: (org: string, id: string) =>
        unwrap(raw.POST('/realms/{realm}/orgkit/organizations/{org}/invitations/{id}/resend', { params: { path: { ...o(org), id } } })),
      revoke: (org: string, id: string) =>
        unwrap(raw.DELETE('/realms/{realm}/orgkit/organizations/{org}/invitations/{id}', { params: { path: { ...o(org), id } } })),
    },
    auditLog: {
      list: (org: string, query: Query<'listAuditLog'> = {}) =>
        unwrap(raw.GET('/realms/{realm}/orgkit/organizations/{org}/audit-log', { params: { path: o(org), query } })),
      get: (org: string, entry: string) =>
        unwrap(raw.GET('/realms/{realm}/orgkit/organizations/{org}/audit-log/{entry}', { params: { path: { ...o(org), entry } } })),
    },
    admin: {
      organizations: adminOrganizations,
      webhooks: adminWebhooks,
    },
  };
}

export type OrgkitClient = ReturnType<typeof createOrgkitClient>;
