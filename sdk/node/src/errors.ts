/** Why a token was refused; `getAuth` reports it as `tokenError`. */
export type TokenErrorReason =
  | 'token_expired'
  | 'token_invalid_signature'
  | 'token_invalid_issuer'
  | 'token_invalid_audience'
  | 'token_malformed'
  | 'token_not_active'
  | 'jwks_unavailable';

/** Thrown by `verifyToken`. The message never contains the token. */
export class TokenVerificationError extends Error {
  readonly reason: TokenErrorReason;

  constructor(reason: TokenErrorReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TokenVerificationError';
    this.reason = reason;
  }
}
