import type { Auth } from './auth.js';

/** What a protected route needs besides a valid token. */
export type Requirement = { permission: string } | { role: string } | { organization: true };

/** A refusal as the JSON body the orgkit API itself answers with. */
export interface Refusal {
  status: 401 | 403;
  error: 'unauthorized' | 'no_active_organization' | 'forbidden';
  error_description: string;
}

/** Why `auth` may not pass, or null when it may. */
export function refusal(auth: Auth, requirement?: Requirement): Refusal | null {
  if (!auth.isAuthenticated) {
    return {
      status: 401,
      error: 'unauthorized',
      error_description: auth.tokenError === undefined
        ? 'a bearer token is required'
        : `the bearer token was refused (${auth.tokenError})`,
    };
  }
  if (requirement === undefined) {
    return null;
  }
  if (auth.orgId === null) {
    return { status: 403, error: 'no_active_organization', error_description: 'an active organization is required' };
  }
  if ('permission' in requirement && !auth.has({ permission: requirement.permission })) {
    return { status: 403, error: 'forbidden', error_description: `requires permission ${requirement.permission}` };
  }
  if ('role' in requirement && !auth.has({ role: requirement.role })) {
    return { status: 403, error: 'forbidden', error_description: `requires role ${requirement.role}` };
  }
  return null;
}

/** The headers of a refusal: RFC 6750's challenge on 401. */
export function refusalHeaders(refused: Refusal): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'cache-control': 'no-store' };
  if (refused.status === 401) {
    headers['www-authenticate'] = refused.error_description.startsWith('the bearer token was refused')
      ? 'Bearer error="invalid_token"'
      : 'Bearer';
  }
  return headers;
}

export function refusalBody(refused: Refusal): { error: string; error_description: string } {
  return { error: refused.error, error_description: refused.error_description };
}

/** Refuses a requirement that names nothing, when the route is set up rather than on a request. */
export function checkRequirement(requirement: Requirement | undefined): void {
  if (requirement === undefined) {
    return;
  }
  const r = requirement as { permission?: unknown; role?: unknown; organization?: unknown };
  const valid = (typeof r.permission === 'string' && r.permission.length > 0 && r.role === undefined)
    || (typeof r.role === 'string' && r.role.length > 0 && r.permission === undefined)
    || (r.organization === true && r.permission === undefined && r.role === undefined);
  if (!valid) {
    throw new TypeError('a requirement is {permission: "org:..."}, {role: "org:..."} or {organization: true}');
  }
}
