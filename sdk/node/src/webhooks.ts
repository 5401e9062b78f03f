/**
 * Verification of orgkit's webhooks (docs/webhooks.md): Standard Webhooks signatures, sent as
 * `webhook-*` or `svix-*` headers. Web Crypto only, so it runs in Node, Next.js and edge runtimes.
 */

export type WebhookErrorReason =
  | 'missing_headers'
  | 'invalid_secret'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'invalid_signature'
  | 'invalid_body';

export class WebhookVerificationError extends Error {
  readonly reason: WebhookErrorReason;

  constructor(reason: WebhookErrorReason, message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
    this.reason = reason;
  }
}

/** Clerk's event envelope, as orgkit sends it. */
export interface OrgkitWebhookEvent<D = Record<string, unknown>> {
  type: string;
  object: 'event';
  data: D;
  /** When the change happened, epoch milliseconds. */
  timestamp: number;
  /** The realm's id. */
  instance_id: string;
  event_attributes: { http_request?: { client_ip: string; user_agent: string } } & Record<string, unknown>;
}

type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

/** A received webhook: a Fetch `Request`, or the headers and the raw (unparsed) body. */
export type WebhookInput = Request | { headers: HeaderBag; body: string | Uint8Array | ArrayBuffer };

export interface VerifyWebhookOptions {
  /** How far the timestamp may be from now, in seconds; default 300. */
  toleranceSeconds?: number;
  /** The time to check against (tests); default now. */
  now?: Date;
}

const STYLES = [
  { id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' },
  { id: 'svix-id', timestamp: 'svix-timestamp', signature: 'svix-signature' },
] as const;

/**
 * Checks the signature (any of the space separated `v1,` values, so both secrets verify during a
 * rotation) and the timestamp, then parses the body. `secret` is the endpoint's `whsec_...`.
 */
export async function verifyWebhook<D = Record<string, unknown>>(
  input: WebhookInput,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<OrgkitWebhookEvent<D>> {
  const key = await hmacKey(secret);
  const headers = input.headers as HeaderBag;
  const style = STYLES.find((s) => read(headers, s.id) !== null) ?? STYLES[0];
  const id = read(headers, style.id);
  const timestamp = read(headers, style.timestamp);
  const signatures = read(headers, style.signature);
  if (id === null || timestamp === null || signatures === null) {
    throw new WebhookVerificationError('missing_headers',
      'webhook-id, webhook-timestamp and webhook-signature (or svix-id, svix-timestamp and svix-signature) are required');
  }
  if (!/^[0-9]{1,15}$/.test(timestamp)) {
    throw new WebhookVerificationError('invalid_timestamp', 'the timestamp is not unix seconds');
  }
  const tolerance = options.toleranceSeconds ?? 300;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const sentAt = Number(timestamp);
  if (now - sentAt > tolerance) {
    throw new WebhookVerificationError('timestamp_too_old', 'the message was signed too long ago');
  }
  if (sentAt - now > tolerance) {
    throw new WebhookVerificationError('timestamp_too_new', 'the message was signed in the future');
  }
  const body = await rawBody(input);
  const signed = concat(new TextEncoder().encode(`${id}.${timestamp}.`), body);
  let valid = false;
  for (const candidate of signatures.split(' ')) {
    const [version, value] = candidate.split(',', 2);
    if (version !== 'v1' || value === undefined) {
      continue;
    }
    const signature = base64(value);
    // Web Crypto's HMAC verify compares in constant time
    if (signature !== null && await crypto.subtle.verify('HMAC', key, signature as BufferSource, signed as BufferSource)) {
      valid = true;
    }
  }
  if (!valid) {
    throw new WebhookVerificationError('invalid_signature', 'no signature matches the secret');
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as OrgkitWebhookEvent<D>;
  } catch {
    throw new WebhookVerificationError('invalid_body', 'the signed body is not JSON');
  }
}

async function hmacKey(secret: string): Promise<CryptoKey> {
  const bytes = typeof secret === 'string' ? base64(secret.startsWith('whsec_') ? secret.slice(6) : secret) : null;
  if (bytes === null || bytes.length === 0) {
    throw new WebhookVerificationError('invalid_secret', 'the secret is whsec_ followed by base64');
  }
  return crypto.subtle.importKey('raw', bytes as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
}

function read(headers: HeaderBag, name: string): string | null {
  if (headers === null || typeof headers !== 'object') {
    return null;
  }
  const value = typeof (headers as { get?: unknown }).get === 'function'
    ? (headers as { get(n: string): string | null }).get(name)
    : recordValue(headers as Record<string, string | string[] | undefined>, name);
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.length > 0 ? first : null;
}

function recordValue(headers: Record<string, string | string[] | undefined>, name: string): string | string[] | undefined {
  if (name in headers) {
    return headers[name];
  }
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

async function rawBody(input: WebhookInput): Promise<Uint8Array> {
  if (typeof Request !== 'undefined' && input instanceof Request) {
    return new Uint8Array(await input.arrayBuffer());
  }
  const body = (input as { body: unknown }).body;
  if (typeof body === 'string') {
    return new TextEncoder().encode(body);
  }
  if (body instanceof Uint8Array) {
    return body;
  }
  if (body instanceof ArrayBuffer) {
    return new Uint8Array(body);
  }
  throw new WebhookVerificationError('invalid_body',
    'the body must be the raw string or bytes as received (e.g. express.raw({type: "application/json"})), not parsed JSON');
}

function base64(value: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
    return null;
  }
  try {
    const binary = atob(value);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  } catch {
    return null;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
