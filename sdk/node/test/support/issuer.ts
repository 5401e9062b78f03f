import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload, type CryptoKey } from 'jose';

interface Key {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

/**
 * A tiny OpenID provider on a random loopback port: the discovery document and a JWKS of keys
 * made here, and tokens signed with them. Counts the JWKS fetches.
 */
export class LocalIssuer {
  jwksFetches = 0;
  private keys: Key[] = [];
  private server: Server | null = null;
  private base = '';
  private counter = 0;

  static async start(): Promise<LocalIssuer> {
    const issuer = new LocalIssuer();
    await issuer.addKey();
    await issuer.listen();
    return issuer;
  }

  get issuer(): string {
    return `${this.base}/realms/test`;
  }

  /** Adds a key that signs from now on; the older keys stay published. */
  async addKey(): Promise<string> {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const kid = `key-${++this.counter}`;
    const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
    this.keys.push({ kid, privateKey, jwk });
    return kid;
  }

  /** A token signed with the newest key (or one made elsewhere), valid for 5 minutes unless changed. */
  async token(claims: JWTPayload = {}, options: { key?: CryptoKey; kid?: string; issuer?: string; expiresIn?: number } = {}): Promise<string> {
    const key = this.keys[this.keys.length - 1];
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ typ: 'Bearer', azp: 'test-client', sub: 'user-1', sid: 'session-1', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? key.kid, typ: 'JWT' })
      .setIssuer(options.issuer ?? this.issuer)
      .setIssuedAt(now)
      .setExpirationTime(now + (options.expiresIn ?? 300))
      .sign(options.key ?? key.privateKey);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private listen(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = req.url ?? '';
      if (path === '/realms/test/.well-known/openid-configuration') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ issuer: this.issuer, jwks_uri: `${this.issuer}/protocol/openid-connect/certs` }));
      } else if (path === '/realms/test/protocol/openid-connect/certs') {
        this.jwksFetches++;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys: this.keys.map((k) => k.jwk) }));
      } else {
        res.writeHead(404).end();
      }
    });
    return new Promise((resolve) => {
      this.server!.listen(0, '127.0.0.1', () => {
        this.base = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
        resolve();
      });
    });
  }
}
