/** A Fetch `Request` (Next.js, Hono, ...) or anything with Node's `IncomingMessage` headers (Express). */
export type RequestLike =
  | { headers: { get(name: string): string | null } }
  | { headers: Record<string, string | string[] | undefined> };

/** One header of a Fetch or Node request; a repeated Node header gives its first value. */
export function header(request: RequestLike, name: string): string | null {
  const headers = request?.headers as unknown;
  if (headers === null || typeof headers !== 'object') {
    return null;
  }
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(n: string): string | null }).get(name);
  }
  const value = (headers as Record<string, string | string[] | undefined>)[name.toLowerCase()];
  if (Array.isArray(value)) {
    return value[0] ?? null;
  }
  return typeof value === 'string' ? value : null;
}

/** The token of an `Authorization: Bearer <token>` header, else null. */
export function bearerToken(request: RequestLike): string | null {
  const value = header(request, 'authorization');
  if (value === null) {
    return null;
  }
  const match = /^Bearer[ ]+([^ ]+)[ ]*$/i.exec(value);
  return match ? match[1] : null;
}
