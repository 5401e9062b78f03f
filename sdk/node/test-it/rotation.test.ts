import { describe, expect, it } from 'vitest';
import { createOrgkit } from '../dist/index.js';
import { issuer, keycloakAdmin, kid, login } from './support/server.js';

describe('key rotation on the real realm', () => {
  it('a warm instance verifies a token signed with a key added after it cached the JWKS', async () => {
    // no cooldown: the new kid comes within seconds of the first fetch (the default waits 30 s)
    const orgkit = createOrgkit({ issuer, audience: 'orgkit-demo-api', jwksCooldown: 0 });
    const before = await login('alice');
    await orgkit.verifyToken(before.access_token);

    const realmRep = (await (await keycloakAdmin('GET', '')).json()) as { id: string };
    const added = await keycloakAdmin('POST', '/components', {
      name: `rsa-rotated-${Date.now()}`,
      providerId: 'rsa-generated',
      providerType: 'org.keycloak.keys.KeyProvider',
      parentId: realmRep.id,
      config: { priority: ['1000'], enabled: ['true'], active: ['true'], algorithm: ['RS256'], keySize: ['2048'] },
    });
    expect(added.status).toBe(201);
    const after = await login('alice');

    expect(kid(after.access_token)).not.toBe(kid(before.access_token));
    const claims = await orgkit.verifyToken(after.access_token);
    expect(claims.preferred_username).toBe('alice');
    // the old key is still published: tokens signed before the rotation stay valid
    await expect(orgkit.verifyToken(before.access_token)).resolves.toBeDefined();
  });
});
