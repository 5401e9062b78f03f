import type { Api, Query } from "./client";
import type { components, operations } from "./schema";

// The API's shapes, generated from docs/openapi.yaml (`npm run gen:api` writes ./schema.d.ts).
type Schemas = components["schemas"];

/** One of my organizations with my role there (`GET /me/organizations`). */
export type Membership = Schemas["Membership"];

export type ActiveOrganization = Schemas["ActiveOrganization"];

export type Organization = Schemas["Organization"];

export type OrganizationInput = Schemas["OrganizationInput"];

export type Member = Schemas["Member"];

export type Role = Schemas["Role"];
export type Permission = Schemas["Permission"];

/** Whether I may create an organization now, and the slug rules (`GET /me/organization-creation`). */
export type CreationPolicy =
  operations["getOrganizationCreation"]["responses"][200]["content"]["application/json"];

/** An invitation as the invitations API shows it (times in epoch milliseconds). */
export type Invitation = Schemas["Invitation"];

export type InvitationStatus = Invitation["status"];

/** What the invitation list filters by: Clerk's statuses and orgkit's declined (shown as revoked with `declined: true`). */
export type InvitationStatusFilter = InvitationStatus | "declined";

/** The answer to a create or resend: the invitation with its link (clear token) and whether the email went out. */
export type SentInvitation = Schemas["SentInvitation"];

export type InvitationRequest = Schemas["InvitationInput"];

const PAGE = 100;
const org = (id: string) => `organizations/${encodeURIComponent(id)}`;

/** Every organization I belong to, following the API's pages. */
export async function myOrganizations(api: Api, signal?: AbortSignal): Promise<Membership[]> {
  const all: Membership[] = [];
  for (let first = 0; ; first += PAGE) {
    const page = await api.get<Membership[]>("me/organizations", { first, max: PAGE }, signal);
    all.push(...page);
    if (page.length < PAGE) return all;
  }
}

export const setActiveOrganization = (api: Api, organization: string | null) =>
  api.put<ActiveOrganization>("me/active-organization", { organization });

export const creationPolicy = (api: Api, signal?: AbortSignal) =>
  api.get<CreationPolicy>("me/organization-creation", undefined, signal);

export const createOrganization = (api: Api, input: OrganizationInput) =>
  api.post<Organization>("organizations", input);

export const getOrganization = (api: Api, id: string, signal?: AbortSignal) =>
  api.get<Organization>(org(id), undefined, signal);

export const updateOrganization = (api: Api, id: string, input: OrganizationInput) =>
  api.patch<Organization>(org(id), input);

export const deleteOrganization = (api: Api, id: string) => api.del(org(id));

/** Sets the logo (PNG, JPEG or WebP, at most 1 MiB; org:sys_profile:manage); answers the organization. */
export const uploadLogo = (api: Api, id: string, file: Blob) => api.upload<Organization>(`${org(id)}/logo`, file);

export const removeLogo = (api: Api, id: string) => api.del(`${org(id)}/logo`);

export const roles = (api: Api, signal?: AbortSignal) => api.get<Role[]>("roles", undefined, signal);

export const members = (api: Api, id: string, query: Query, signal?: AbortSignal) =>
  api.get<Member[]>(`${org(id)}/members`, query, signal);

export const changeRole = (api: Api, id: string, userId: string, role: string) =>
  api.patch<Member>(`${org(id)}/members/${encodeURIComponent(userId)}`, { role });

/** Removes a member; with my own user id, I leave the organization. */
export const removeMember = (api: Api, id: string, userId: string) =>
  api.del(`${org(id)}/members/${encodeURIComponent(userId)}`);

export const invitations = (api: Api, id: string, query: Query, signal?: AbortSignal) =>
  api.get<Invitation[]>(`${org(id)}/invitations`, query, signal);

/** One invitation, or several in one all-or-nothing request. */
export const invite = (api: Api, id: string, requests: InvitationRequest[]) =>
  requests.length === 1
    ? api.post<SentInvitation>(`${org(id)}/invitations`, requests[0])
    : api.post<SentInvitation[]>(`${org(id)}/invitations`, requests);

export const resendInvitation = (api: Api, id: string, invitationId: string) =>
  api.post<SentInvitation>(`${org(id)}/invitations/${encodeURIComponent(invitationId)}/resend`);

export const revokeInvitation = (api: Api, id: string, invitationId: string) =>
  api.del(`${org(id)}/invitations/${encodeURIComponent(invitationId)}`);

export const myInvitations = (api: Api, signal?: AbortSignal) =>
  api.get<Invitation[]>("me/invitations", undefined, signal);

export const answerInvitation = (api: Api, invitationId: string, answer: "accept" | "decline") =>
  api.post<unknown>(`me/invitations/${encodeURIComponent(invitationId)}/${answer}`);

/** An organization suggested to me through the verified domain of my email (`GET /me/organization-suggestions`). */
export type Suggestion = Schemas["OrganizationSuggestion"];

export type MembershipRequest = Schemas["MembershipRequest"];

export type Domain = Schemas["Domain"];

export type EnrollmentMode = Domain["enrollment_mode"];

/** Suggestions, or none when the server has no domain enrollment (404). */
export const suggestions = (api: Api, signal?: AbortSignal) =>
  api.get<Suggestion[]>("me/organization-suggestions", undefined, signal).catch((error) => {
    if (error?.status === 404) return [] as Suggestion[];
    throw error;
  });

export const requestMembership = (api: Api, organization: string) =>
  api.post<MembershipRequest>("me/membership-requests", { organization });

export const membershipRequests = (api: Api, id: string, query: Query, signal?: AbortSignal) =>
  api.get<MembershipRequest[]>(`${org(id)}/membership-requests`, query, signal);

export const decideMembershipRequest = (api: Api, id: string, requestId: string, decision: "approve" | "reject") =>
  api.post<MembershipRequest>(`${org(id)}/membership-requests/${encodeURIComponent(requestId)}/${decision}`);

export const domains = (api: Api, id: string, signal?: AbortSignal) =>
  api.get<Domain[]>(`${org(id)}/domains`, undefined, signal);

export const addDomain = (api: Api, id: string, name: string, enrollmentMode: EnrollmentMode) =>
  api.post<Domain>(`${org(id)}/domains`, { name, enrollment_mode: enrollmentMode });

export const updateDomain = (api: Api, id: string, name: string, enrollmentMode: EnrollmentMode) =>
  api.patch<Domain>(`${org(id)}/domains/${encodeURIComponent(name)}`, { enrollment_mode: enrollmentMode });

export const verifyDomain = (api: Api, id: string, name: string) =>
  api.post<Domain>(`${org(id)}/domains/${encodeURIComponent(name)}/verify`);

export const deleteDomain = (api: Api, id: string, name: string) =>
  api.del(`${org(id)}/domains/${encodeURIComponent(name)}`);

/** An organization's security settings (`GET|PUT /organizations/{org}/security`; needs orgkit-spi-security). */
export type SecuritySettings = Schemas["OrganizationSecurity"];

/** Read by every member. */
export const securitySettings = (api: Api, id: string, signal?: AbortSignal) =>
  api.get<SecuritySettings>(`${org(id)}/security`, undefined, signal);

/** Changed with org:sys_profile:manage; the body must be exactly `{"mfa_required": bool}`. */
export const updateSecuritySettings = (api: Api, id: string, mfaRequired: boolean) =>
  api.put<SecuritySettings>(`${org(id)}/security`, { mfa_required: mfaRequired } satisfies SecuritySettings);
