import { describe, expect, it } from 'vitest';
import { createOrgkit, TokenVerificationError, type TokenErrorReason } from '../dist/index.js';
import { eventually, issuer, login, payload, shortIssuer, shortRealm } from './support/server.js';

async function reason(promise: Promise<unknown>): Promise<TokenErrorReason> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TokenVerificationError);
  return (error as TokenVerificationError).reason;
}

describe('verifyToken against the real realm', () => {
  const orgkit = createOrgkit({ issuer, audience: 'orgkit-demo-api' });

  it('verifies an access token of the realm (found through discovery and the JWKS)', async () => {
    const { access_token } = await login('alice');

    const claims = await orgkit.verifyToken(access_token);

    expect(claims.iss).toBe(issuer);
    expect(claims.preferred_username).toBe('alice');
    expect(claims.azp).toBe('orgkit-demo-cli');
    expect(claims.org_slug).toBe('acme');
    expect(claims.sub).toBe(payload(access_token).sub);
  });

  it('refuses a token whose signature was tampered with', async () => {
    const [header, body, signature] = (await login('alice')).access_token.split('.');
    const flipped = (signature.startsWith('A') ? 'B' : 'A') + signature.slice(1);

    expect(await reason(orgkit.verifyToken(`${header}.${body}.${flipped}`))).toBe('token_invalid_signature');
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const [header, , signature] = (await login('bob')).access_token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...payload((await login('alice')).access_token), preferred_username: 'mallory' })).toString('base64url');

    expect(await reason(orgkit.verifyToken(`${header}.${forged}.${signature}`))).toBe('token_invalid_signature');
  });

  it("refuses another realm's token", async () => {
    const { access_token } = await login('alice', shortRealm);

    expect(await reason(orgkit.verifyToken(access_token))).toBe('token_invalid_issuer');
  });

  it('refuses a token for another audience, and checks aud when asked', async () => {
    const { access_token } = await login('alice');
    const otherApi = createOrgkit({ issuer, audience: 'billing-api' });

    expect(await reason(otherApi.verifyToken(access_token))).toBe('token_invalid_audience');
    expect(payload(access_token).aud).toContain('orgkit-demo-api');
    await expect(orgkit.verifyToken(access_token)).resolves.toBeDefined();
  });

  it('refuses an expired token (a realm whose tokens live 3 seconds)', async () => {
    const strict = createOrgkit({ issuer: shortIssuer, clockTolerance: 0 });
    const { access_token } = await login('alice', shortRealm);
    const claims = payload(access_token);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(3);
    await expect(strict.verifyToken(access_token)).resolves.toMatchObject({ preferred_username: 'alice' });

    const expired = await eventually('the token to expire', () =>
      strict.verifyToken(access_token).then(() => null, (e: TokenVerificationError) => e.reason), 15_000);

    expect(expired).toBe('token_expired');
  });

  it('refuses an id token and a refresh token as bearer tokens', async () => {
    const tokens = (await login('alice')) as unknown as { id_token: string; refresh_token: string };

    expect(await reason(createOrgkit({ issuer }).verifyToken(tokens.id_token))).toBe('token_malformed');
    expect(await reason(createOrgkit({ issuer }).verifyToken(tokens.refresh_token))).toBe('token_invalid_signature');
  });
});
