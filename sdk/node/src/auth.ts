import type { Claims } from './claims.js';
import type { TokenErrorReason } from './errors.js';

/** What `has()` checks: a role key (`org:admin`) or a permission key (`org:invoices:read`). */
export type HasParams = { role: string; permission?: never } | { permission: string; role?: never };

/** The caller as the request's token shows them (Clerk's `auth()`). */
export interface Auth {
  isAuthenticated: boolean;
  /** `sub` */
  userId: string | null;
  /** `sid` */
  sessionId: string | null;
  /** `org_id`: the active organization, null without one */
  orgId: string | null;
  /** `org_slug` */
  orgSlug: string | null;
  /** `org_role` */
  orgRole: string | null;
  /** `org_permissions` */
  orgPermissions: string[];
  /**
   * Clerk's `has()`: `{role}` is true iff it is the active organization's role, `{permission}` iff the
   * token lists it; both false without an active organization or when signed out.
   */
  has(params: HasParams): boolean;
  claims: Claims | null;
  /** The verified access token (to call the orgkit API on the user's behalf), null when signed out. */
  token: string | null;
  /** Why the request's token was refused; absent when there was no token or it was valid. */
  tokenError?: TokenErrorReason;
}

/** The signed-out auth, with the reason when a token was sent but refused. */
export function signedOut(tokenError?: TokenErrorReason): Auth {
  const auth: Auth = {
    isAuthenticated: false,
    userId: null,
    sessionId: null,
    orgId: null,
    orgSlug: null,
    orgRole: null,
    orgPermissions: [],
    has: () => false,
    claims: null,
    token: null,
  };
  if (tokenError !== undefined) {
    auth.tokenError = tokenError;
  }
  return auth;
}

/** The auth of verified claims. */
export function authFromClaims(claims: Claims, token: string | null = null): Auth {
  const orgId = text(claims.org_id);
  const orgRole = orgId === null ? null : text(claims.org_role);
  const orgPermissions = orgId === null || !Array.isArray(claims.org_permissions)
    ? []
    : claims.org_permissions.filter((p): p is string => typeof p === 'string');
  return {
    isAuthenticated: true,
    userId: text(claims.sub),
    sessionId: text(claims.sid),
    orgId,
    orgSlug: orgId === null ? null : text(claims.org_slug),
    orgRole,
    orgPermissions,
    has(params: HasParams): boolean {
      if (orgId === null || params === null || typeof params !== 'object') {
        return false;
      }
      if (typeof params.role === 'string') {
        return orgRole !== null && orgRole === params.role;
      }
      if (typeof params.permission === 'string') {
        return orgPermissions.includes(params.permission);
      }
      return false;
    },
    claims,
    token,
  };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}
