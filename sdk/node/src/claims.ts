import type { JWTPayload } from 'jose';

/** The organization claims of orgkit's token mapper (docs/claims.md), next to Keycloak's own. */
export interface OrgkitClaims {
  /** Keycloak's user session id. */
  sid?: string;
  /** The client the token was issued to. */
  azp?: string;
  /** Keycloak's token type: `Bearer` for access tokens, `ID` for id tokens. */
  typ?: string;
  preferred_username?: string;
  email?: string;
  /** The active organization's id (absent without an active organization). */
  org_id?: string;
  org_slug?: string;
  /** Exactly one role, e.g. `org:admin`. */
  org_role?: string;
  /** The role's custom permissions, sorted (`org:sys_*` only with `orgkit.system-permissions`). */
  org_permissions?: string[];
  [claim: string]: unknown;
}

export type Claims = JWTPayload & OrgkitClaims;
