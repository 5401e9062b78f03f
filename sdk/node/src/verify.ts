import {
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTVerifyGetKey,
} from 'jose';
import type { Claims } from './claims.js';
import { TokenVerificationError } from './errors.js';

export interface VerifierOptions {
  /** The realm's issuer, e.g. `http://localhost:8080/realms/orgkit-demo`. */
  issuer: string;
  /** When given, `aud` (or else `azp`) must hold one of these. */
  audience?: string | string[];
  /** Seconds of clock skew allowed for `exp` and `nbf`; default 5. */
  clockTolerance?: number;
  /**
   * Seconds after a JWKS fetch during which a token with an unknown `kid` does not fetch again
   * (and is refused); default 30. Protects the server from tokens with made-up key ids.
   */
  jwksCooldown?: number;
  /** Seconds a fetched JWKS is used before it is fetched again; default 600. */
  jwksCacheMaxAge?: number;
  /** Milliseconds to wait for the discovery document or the JWKS; default 5000. */
  timeout?: number;
  /** The fetch used for the discovery document (tests); default the global fetch. */
  fetch?: typeof fetch;
}

/** Asymmetric algorithms only: an `HS256` token could be signed with a public key. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/** Verifies access tokens of one realm against its JWKS (found through OIDC discovery, cached). */
export class Verifier {
  private readonly issuer: string;
  private readonly audiences: string[] | null;
  private readonly clockTolerance: number;
  private readonly options: VerifierOptions;
  private keys: Promise<JWTVerifyGetKey> | null = null;

  constructor(options: VerifierOptions) {
    if (!options || typeof options.issuer !== 'string' || options.issuer.length === 0) {
      throw new TypeError('createOrgkit needs the issuer, e.g. http://localhost:8080/realms/orgkit-demo');
    }
    this.options = options;
    this.issuer = options.issuer.replace(/\/+$/, '');
    const audience = options.audience;
    this.audiences = audience === undefined ? null : Array.isArray(audience) ? [...audience] : [audience];
    this.clockTolerance = options.clockTolerance ?? 5;
  }

  async verify(token: string): Promise<Claims> {
    if (typeof token !== 'string' || token.split('.').length !== 3) {
      throw new TokenVerificationError('token_malformed', 'not a signed JWT');
    }
    let unverified: Claims;
    try {
      decodeProtectedHeader(token);
      unverified = decodeJwt(token) as Claims;
    } catch (e) {
      throw new TokenVerificationError('token_malformed', 'the token cannot be decoded', { cause: e });
    }
    // before any key lookup: a token of another realm must not make us fetch keys
    if (unverified.iss !== this.issuer) {
      throw new TokenVerificationError('token_invalid_issuer', `the token was not issued by ${this.issuer}`);
    }
    const keys = await this.jwks();
    let claims: Claims;
    try {
      const result = await jwtVerify(token, keys, {
        issuer: this.issuer,
        algorithms: ALGORITHMS,
        clockTolerance: this.clockTolerance,
      });
      claims = result.payload as Claims;
    } catch (e) {
      throw translate(e);
    }
    if (typeof claims.typ === 'string' && claims.typ.toLowerCase() !== 'bearer') {
      throw new TokenVerificationError('token_malformed', `not an access token (typ ${claims.typ})`);
    }
    if (this.audiences !== null && !this.audienceMatches(claims)) {
      throw new TokenVerificationError('token_invalid_audience', `the token is not meant for ${this.audiences.join(' or ')}`);
    }
    return claims;
  }

  private audienceMatches(claims: Claims): boolean {
    const aud = claims.aud === undefined ? [] : Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    const wanted = this.audiences ?? [];
    return aud.some((a) => wanted.includes(a)) || (typeof claims.azp === 'string' && wanted.includes(claims.azp));
  }

  /** The realm's key set, found once through discovery; a failed discovery is tried again next time. */
  private jwks(): Promise<JWTVerifyGetKey> {
    if (this.keys === null) {
      this.keys = this.discover().catch((e) => {
        this.keys = null;
        throw e;
      });
    }
    return this.keys;
  }

  private async discover(): Promise<JWTVerifyGetKey> {
    const url = `${this.issuer}/.well-known/openid-configuration`;
    const timeout = this.options.timeout ?? 5000;
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await (this.options.fetch ?? fetch)(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(timeout),
      });
      if (response.status !== 200) {
        throw new Error(`HTTP ${response.status}`);
      }
      document = (await response.json()) as typeof document;
    } catch (e) {
      throw new TokenVerificationError('jwks_unavailable', `cannot read ${url}: ${(e as Error).message}`, { cause: e });
    }
    if (document.issuer !== this.issuer || typeof document.jwks_uri !== 'string') {
      throw new TokenVerificationError('jwks_unavailable', `${url} is not the discovery document of ${this.issuer}`);
    }
    const remote = createRemoteJWKSet(new URL(document.jwks_uri), {
      cooldownDuration: (this.options.jwksCooldown ?? 30) * 1000,
      cacheMaxAge: (this.options.jwksCacheMaxAge ?? 600) * 1000,
      timeoutDuration: timeout,
    });
    const getKey: JWTVerifyGetKey = async (header, token) => {
      try {
        return await remote(header, token);
      } catch (e) {
        if (e instanceof errors.JWKSNoMatchingKey || e instanceof errors.JWKSMultipleMatchingKeys
          || e instanceof errors.JOSEAlgNotAllowed || e instanceof errors.JOSENotSupported) {
          throw e;
        }
        throw new TokenVerificationError('jwks_unavailable', `cannot read the key set: ${(e as Error).message}`, { cause: e });
      }
    };
    return getKey;
  }
}

function translate(e: unknown): TokenVerificationError {
  if (e instanceof TokenVerificationError) {
    return e;
  }
  if (e instanceof errors.JWTExpired) {
    return new TokenVerificationError('token_expired', 'the token has expired', { cause: e });
  }
  if (e instanceof errors.JWTClaimValidationFailed) {
    switch (e.claim) {
      case 'iss':
        return new TokenVerificationError('token_invalid_issuer', 'the token has another issuer', { cause: e });
      case 'nbf':
      case 'iat':
        return new TokenVerificationError('token_not_active', `the token is not valid yet (${e.claim})`, { cause: e });
      default:
        return new TokenVerificationError('token_malformed', `the token's ${e.claim} claim is invalid`, { cause: e });
    }
  }
  if (e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JWKSNoMatchingKey
    || e instanceof errors.JWKSMultipleMatchingKeys || e instanceof errors.JOSEAlgNotAllowed
    || e instanceof errors.JOSENotSupported) {
    return new TokenVerificationError('token_invalid_signature', 'the token\'s signature cannot be verified with the realm\'s keys', { cause: e });
  }
  return new TokenVerificationError('token_malformed', 'the token is not a valid JWT', { cause: e });
}
