import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgkit, TokenVerificationError, type TokenErrorReason } from '../src/index.js';
import { LocalIssuer } from './support/issuer.js';

let idp: LocalIssuer;

beforeAll(async () => {
  idp = await LocalIssuer.start();
});
afterAll(() => idp.close());

async function reason(promise: Promise<unknown>): Promise<TokenErrorReason> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TokenVerificationError);
  return (error as TokenVerificationError).reason;
}

describe('verifyToken', () => {
  it('returns the claims of a valid token', async () => {
    const orgkit = createOrgkit({ issuer: idp.issuer });
    const token = await idp.token({ org_id: 'org-1', org_role: 'org:admin' });

    const claims = await orgkit.verifyToken(token);

    expect(claims.sub).toBe('user-1');
    expect(claims.org_id).toBe('org-1');
    expect(claims.iss).toBe(idp.issuer);
  });

  it('accepts the issuer with a trailing slash in the options', async () => {
    const orgkit = createOrgkit({ issuer: `${idp.issuer}/` });

    await expect(orgkit.verifyToken(await idp.token())).resolves.toMatchObject({ sub: 'user-1' });
  });

  it('refuses an expired token', async () => {
    const orgkit = createOrgkit({ issuer: idp.issuer, clockTolerance: 0 });

    expect(await reason(orgkit.verifyToken(await idp.token({}, { expiresIn: -10 })))).toBe('token_expired');
  });

  it('allows the clock tolerance past exp and no more', async () => {
    const orgkit = createOrgkit({ issuer: idp.issuer, clockTolerance: 30 });

    await expect(orgkit.verifyToken(await idp.token({}, { expiresIn: -10 }))).resolves.toBeDefined();
    expect(await reason(orgkit.verifyToken(await idp.token({}, { expiresIn: -60 })))).toBe('token_expired');
  });

  it('refuses a token whose signature was tampered with', async () => {
    const orgkit = createOrgkit({ issuer: idp.issuer });
    const [header, payload, signature] = (await idp.token()).split('.');
    const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);

    expect(await reason(orgkit.verifyToken(`${header}.${payload}.${flipped}`))).toBe('token_invalid_signature');
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const orgkit = createOrgkit({ issuer: idp.issuer });
    const [header, , signature] = (await idp.token({ org_role: 'org:member' })).split('.');
    const forged = Buffer.from(JSON.stringify({
      iss: idp.issuer, sub: 'user-1', exp: Math.floor(Date.now() / 1000) + 300, org_id: 'o', org_role: 'org:admin',
    })).toString('base64url');

    expect(await reason(orgkit.verifyToken(`${header}.${forged}.${signature}`))).toBe('token_invalid_signature');
  });

  it('refuses a token signed by a key the realm does not publish under that kid', async () => {
    const orgkit = createOrgkit({ issuer: idp.issuer });
    const stranger = await generateKeyPair('RS256');

    expect(await reason(orgkit.verifyToken(await idp.token({}, { key: stranger.privateKey })))).toBe('token_invalid_signature');
  });

  it('refuses a token of another issuer before fetching any key', async () => {
    const orgkit = createOrgkit({ issuer: idp.issuer });
    const before = idp.jwksFetches;

    expect(await reason(orgkit.verifyToken(await idp.token({}, { issuer: 'http://127.0.0.1:1/realms/other' })))).toBe('token_invalid_issuer');
    expect(idp.jwksFetches).toBe(before);
  });

  it('refuses a token for another audience, and accepts aud or azp', async () => {
    const orgkit = createOrgkit({ issuer: idp.issuer, audience: 'orgkit-demo-api' });

    expect(await reason(orgkit.verifyToken(await idp.token({ aud: 'someone-else', azp: 'other-client' })))).toBe('token_invalid_audience');
    expect(await reason(orgkit.verifyToken(await idp.token({ azp: 'other-client' })))).toBe('token_invalid_audience');
    await expect(orgkit.verifyToken(await idp.token({ aud: ['account', 'orgkit-demo-api'] }))).resolves.toBeDefined();
    await expect(orgkit.verifyToken(await idp.token({ azp: 'orgkit-demo-api' }))).resolves.toBeDefined();
  });

  it('takes a list of audiences', async () => {
    const orgkit = createOrgkit({ issuer: idp.issuer, audience: ['a', 'b'] });

    await expect(orgkit.verifyToken(await idp.token({ aud: 'b' }))).resolves.toBeDefined();
    expect(await reason(orgkit.verifyToken(await idp.token({ aud: 'c' })))).toBe('token_invalid_audience');
  });

  it('refuses a token that is not valid yet (nbf in the future)', async () => {
    const orgkit = createOrgkit({ issuer: idp.issuer });

    expect(await reason(orgkit.verifyToken(await idp.token({ nbf: Math.floor(Date.now() / 1000) + 120 })))).toBe('token_not_active');
  });

  it('refuses an id token presented as an access token', async () => {
    const orgkit = createOrgkit({ issuer: idp.issuer });

    expect(await reason(orgkit.verifyToken(await idp.token({ typ: 'ID' })))).toBe('token_malformed');
  });

  it.each([
    ['an empty string', ''],
    ['two parts', 'abc.def'],
    ['garbage in three parts', 'not.a.jwt'],
    ['a payload that is not JSON', `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from('nope').toString('base64url')}.c2ln`],
  ])('refuses a malformed token: %s', async (_name, token) => {
    const orgkit = createOrgkit({ issuer: idp.issuer });

    expect(await reason(orgkit.verifyToken(token))).toBe('token_malformed');
  });

  it('refuses an unsigned (alg none) token', async () => {
    const orgkit = createOrgkit({ issuer: idp.issuer });
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ iss: idp.issuer, sub: 'x', exp: Math.floor(Date.now() / 1000) + 60 })).toString('base64url');

    expect(await reason(orgkit.verifyToken(`${header}.${payload}.`))).toBe('token_invalid_signature');
  });

  it('reports jwks_unavailable when the discovery document cannot be read, and tries again later', async () => {
    let calls = 0;
    const failing: typeof fetch = async () => {
      calls++;
      return new Response('down', { status: 503 });
    };
    const orgkit = createOrgkit({ issuer: idp.issuer, fetch: failing });
    const token = await idp.token();

    expect(await reason(orgkit.verifyToken(token))).toBe('jwks_unavailable');
    expect(await reason(orgkit.verifyToken(token))).toBe('jwks_unavailable');
    expect(calls).toBe(2);
  });

  it('caches the key set: many tokens, one JWKS fetch', async () => {
    const orgkit = createOrgkit({ issuer: idp.issuer });
    const before = idp.jwksFetches;

    for (let i = 0; i < 5; i++) {
      await orgkit.verifyToken(await idp.token({ sub: `user-${i}` }));
    }

    expect(idp.jwksFetches - before).toBe(1);
  });

  it('follows a key rotation: a new kid after the cache is warm fetches the key set again', async () => {
    const rotating = await LocalIssuer.start();
    try {
      const orgkit = createOrgkit({ issuer: rotating.issuer, jwksCooldown: 0 });
      await orgkit.verifyToken(await rotating.token());
      expect(rotating.jwksFetches).toBe(1);

      const kid = await rotating.addKey();
      const claims = await orgkit.verifyToken(await rotating.token({ sub: 'after-rotation' }));

      expect(claims.sub).toBe('after-rotation');
      expect(rotating.jwksFetches).toBe(2);
      expect(kid).toBe('key-2');
    } finally {
      await rotating.close();
    }
  });

  it('does not fetch again for an unknown kid within the cooldown', async () => {
    const rotating = await LocalIssuer.start();
    try {
      const orgkit = createOrgkit({ issuer: rotating.issuer, jwksCooldown: 60 });
      await orgkit.verifyToken(await rotating.token());

      expect(await reason(orgkit.verifyToken(await rotating.token({}, { kid: 'made-up' })))).toBe('token_invalid_signature');
      expect(rotating.jwksFetches).toBe(1);
    } finally {
      await rotating.close();
    }
  });
});
