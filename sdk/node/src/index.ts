import { authFromClaims, signedOut, type Auth } from './auth.js';
import type { Claims } from './claims.js';
import { TokenVerificationError } from './errors.js';
import { bearerToken, type RequestLike } from './request.js';
import { Verifier, type VerifierOptions } from './verify.js';

export type { Auth, HasParams } from './auth.js';
export { authFromClaims, signedOut } from './auth.js';
export type { Claims, OrgkitClaims } from './claims.js';
export { TokenVerificationError, type TokenErrorReason } from './errors.js';
export { bearerToken, type RequestLike } from './request.js';

export interface OrgkitOptions extends VerifierOptions {
  /**
   * Where `getAuth` finds the access token; default the `Authorization: Bearer` header. An app that
   * keeps the token in its own session (a cookie) returns it from there.
   */
  getToken?: (request: RequestLike) => string | null | undefined | Promise<string | null | undefined>;
}

export interface Orgkit {
  /** The token's claims once its signature, issuer, expiry, not-before and audience are checked. */
  verifyToken(token: string): Promise<Claims>;
  /** The request's auth; never throws for a bad or missing token (see `tokenError`). */
  getAuth(request: RequestLike): Promise<Auth>;
  readonly issuer: string;
}

/** One per realm and process: it caches the realm's keys. */
export function createOrgkit(options: OrgkitOptions): Orgkit {
  const verifier = new Verifier(options);
  const getToken = options.getToken ?? bearerToken;
  const issuer = options.issuer.replace(/\/+$/, '');
  return {
    issuer,
    verifyToken: (token) => verifier.verify(token),
    async getAuth(request) {
      const token = await getToken(request);
      if (token === null || token === undefined || token === '') {
        return signedOut();
      }
      try {
        return authFromClaims(await verifier.verify(token), token);
      } catch (e) {
        if (e instanceof TokenVerificationError) {
          return signedOut(e.reason);
        }
        throw e;
      }
    },
  };
}
