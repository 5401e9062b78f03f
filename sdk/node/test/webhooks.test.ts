import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook, WebhookVerificationError, type WebhookErrorReason } from '../src/webhooks.js';

const secret = `whsec_${randomBytes(32).toString('base64')}`;
const otherSecret = `whsec_${randomBytes(32).toString('base64')}`;
const body = JSON.stringify({
  data: { id: 'org-1', slug: 'acme', name: 'Acme' }, object: 'event', type: 'organization.updated',
  timestamp: 1732200000123, instance_id: 'realm-1', event_attributes: { http_request: { client_ip: '', user_agent: '' } },
});

/** Signs as docs/webhooks.md says: v1, base64 HMAC-SHA256 over "{id}.{timestamp}.{body}". */
function sign(key: string, id: string, timestamp: number, payload: string): string {
  const raw = Buffer.from(key.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', raw).update(`${id}.${timestamp}.${payload}`).digest('base64')}`;
}

/** One clock for a whole file: what a test signs and the header it sends must name the same second. */
const NOW = Math.floor(Date.now() / 1000);

function headers(style: 'webhook' | 'svix', signature: string, timestamp = NOW, id = 'msg_2xYz') {
  return { [`${style}-id`]: id, [`${style}-timestamp`]: String(timestamp), [`${style}-signature`]: signature };
}

async function reason(promise: Promise<unknown>): Promise<WebhookErrorReason> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).reason;
}

describe('verifyWebhook', () => {
  const now = NOW;

  it.each(['webhook', 'svix'] as const)('verifies %s-* headers and parses the event', async (style) => {
    const event = await verifyWebhook({ headers: headers(style, sign(secret, 'msg_2xYz', now, body)), body }, secret);

    expect(event.type).toBe('organization.updated');
    expect(event.object).toBe('event');
    expect(event.data).toEqual({ id: 'org-1', slug: 'acme', name: 'Acme' });
    expect(event.instance_id).toBe('realm-1');
  });

  it('verifies a Fetch Request (Next.js route handler)', async () => {
    const request = new Request('http://app.test/api/webhooks', {
      method: 'POST', body, headers: { ...headers('webhook', sign(secret, 'msg_2xYz', now, body)), 'content-type': 'application/json' },
    });

    expect((await verifyWebhook(request, secret)).type).toBe('organization.updated');
  });

  it('verifies a raw Buffer body and Node-style headers with repeated values', async () => {
    const h = headers('svix', sign(secret, 'msg_2xYz', now, body));

    const event = await verifyWebhook({ headers: { ...h, 'svix-id': ['msg_2xYz'] }, body: Buffer.from(body) }, secret);

    expect(event.type).toBe('organization.updated');
  });

  it('finds headers regardless of their case in a plain object', async () => {
    const h = headers('webhook', sign(secret, 'msg_2xYz', now, body));
    const mixed = Object.fromEntries(Object.entries(h).map(([k, v]) => [k.replace(/^w/, 'W'), v]));

    expect((await verifyWebhook({ headers: mixed, body }, secret)).type).toBe('organization.updated');
  });

  it('accepts either secret during a rotation (two signatures)', async () => {
    const both = `${sign(otherSecret, 'msg_2xYz', now, body)} ${sign(secret, 'msg_2xYz', now, body)}`;

    expect((await verifyWebhook({ headers: headers('webhook', both), body }, secret)).type).toBe('organization.updated');
    expect((await verifyWebhook({ headers: headers('webhook', both), body }, otherSecret)).type).toBe('organization.updated');
  });

  it('ignores signatures of other versions', async () => {
    const mixed = `v2,${sign(secret, 'msg_2xYz', now, body).slice(3)} ${sign(secret, 'msg_2xYz', now, body)}`;

    await expect(verifyWebhook({ headers: headers('webhook', mixed), body }, secret)).resolves.toBeDefined();
    expect(await reason(verifyWebhook({ headers: headers('webhook', mixed.split(' ')[0]), body }, secret))).toBe('invalid_signature');
  });

  it('refuses a bad signature', async () => {
    expect(await reason(verifyWebhook({ headers: headers('webhook', sign(otherSecret, 'msg_2xYz', now, body)), body }, secret)))
      .toBe('invalid_signature');
    expect(await reason(verifyWebhook({ headers: headers('webhook', 'v1,not-base64!'), body }, secret))).toBe('invalid_signature');
  });

  it('refuses a changed body, id or timestamp', async () => {
    const signature = sign(secret, 'msg_2xYz', now, body);

    expect(await reason(verifyWebhook({ headers: headers('webhook', signature), body: body.replace('Acme', 'Evil') }, secret)))
      .toBe('invalid_signature');
    expect(await reason(verifyWebhook({ headers: headers('webhook', signature, now, 'msg_other'), body }, secret)))
      .toBe('invalid_signature');
    expect(await reason(verifyWebhook({ headers: headers('webhook', signature, now - 1), body }, secret)))
      .toBe('invalid_signature');
  });

  it('refuses a stale timestamp and one from the future, within the tolerance it passes', async () => {
    const old = now - 301;
    const future = now + 301;

    expect(await reason(verifyWebhook({ headers: headers('webhook', sign(secret, 'm', old, body), old, 'm'), body }, secret)))
      .toBe('timestamp_too_old');
    expect(await reason(verifyWebhook({ headers: headers('webhook', sign(secret, 'm', future, body), future, 'm'), body }, secret)))
      .toBe('timestamp_too_new');
    await expect(verifyWebhook({ headers: headers('webhook', sign(secret, 'm', old, body), old, 'm'), body }, secret,
      { toleranceSeconds: 600 })).resolves.toBeDefined();
    expect(await reason(verifyWebhook({ headers: headers('webhook', sign(secret, 'm', now, body), now, 'm'), body }, secret,
      { now: new Date((now + 10) * 1000), toleranceSeconds: 5 }))).toBe('timestamp_too_old');
  });

  it('refuses a timestamp that is not unix seconds', async () => {
    const h = { 'webhook-id': 'm', 'webhook-timestamp': '2024-01-01T00:00:00Z', 'webhook-signature': 'v1,AAAA' };

    expect(await reason(verifyWebhook({ headers: h, body }, secret))).toBe('invalid_timestamp');
  });

  it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'])('refuses a message without %s', async (missing) => {
    const h: Record<string, string> = headers('webhook', sign(secret, 'msg_2xYz', now, body));
    delete h[missing];

    expect(await reason(verifyWebhook({ headers: h, body }, secret))).toBe('missing_headers');
  });

  it('refuses a secret that is not base64', async () => {
    expect(await reason(verifyWebhook({ headers: headers('webhook', 'v1,AAAA'), body }, 'whsec_***'))).toBe('invalid_secret');
  });

  it('refuses a parsed body: the signature is over the raw bytes', async () => {
    const h = headers('webhook', sign(secret, 'msg_2xYz', now, body));

    expect(await reason(verifyWebhook({ headers: h, body: JSON.parse(body) }, secret))).toBe('invalid_body');
  });
});

describe('verifyWebhook in an Express route with express.raw (as the README shows)', () => {
  it('verifies the raw body and answers 400 with the reason otherwise', async () => {
    const { default: express } = await import('express');
    const app = express();
    const received: string[] = [];
    app.post('/webhooks/orgkit', express.raw({ type: 'application/json' }), async (req, res) => {
      try {
        const event = await verifyWebhook({ headers: req.headers, body: req.body }, secret);
        received.push(event.type);
        res.sendStatus(204);
      } catch (e) {
        if (e instanceof WebhookVerificationError) {
          res.status(400).json({ error: e.reason });
          return;
        }
        throw e;
      }
    });
    const server = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}/webhooks/orgkit`;
      const now = Math.floor(Date.now() / 1000);
      const post = (signature: string) => fetch(url, {
        method: 'POST', body, headers: { ...headers('svix', signature, now), 'content-type': 'application/json' },
      });

      expect((await post(sign(secret, 'msg_2xYz', now, body))).status).toBe(204);
      const refused = await post(sign(otherSecret, 'msg_2xYz', now, body));
      expect(refused.status).toBe(400);
      expect(await refused.json()).toEqual({ error: 'invalid_signature' });
      expect(received).toEqual(['organization.updated']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
