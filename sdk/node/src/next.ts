import type { Auth } from './auth.js';
import type { Orgkit } from './index.js';
import { checkRequirement, refusal, refusalBody, refusalHeaders, type Refusal, type Requirement } from './protect.js';

export type { Refusal, Requirement } from './protect.js';

export interface NextProtectOptions {
  /** The Response for a signed-out request instead of the JSON 401 (e.g. a redirect to sign-in). */
  onUnauthorized?: (request: Request, refused: Refusal) => Response | Promise<Response>;
  /** The Response for a request that lacks the organization, role or permission instead of the JSON 403. */
  onForbidden?: (request: Request, refused: Refusal) => Response | Promise<Response>;
}

/** A route handler's own second argument (`{params}`) with the caller's auth. */
export type AuthContext<C> = C & { auth: Auth };

/**
 * Wraps an App Router route handler: it runs with `auth` once the request has a valid token (and
 * the requirement, when given); otherwise the answer is the JSON 401/403.
 */
export function withAuth<C = unknown>(
  orgkit: Orgkit,
  handler: (request: Request, context: AuthContext<C>) => Response | Promise<Response>,
  requirement?: Requirement,
  options: NextProtectOptions = {},
): (request: Request, context: C) => Promise<Response> {
  checkRequirement(requirement);
  return async (request, context) => {
    const auth = await orgkit.getAuth(request);
    const refused = refusal(auth, requirement);
    if (refused !== null) {
      return answer(request, refused, options);
    }
    const base = (context ?? {}) as C & object;
    return handler(request, { ...base, auth } as AuthContext<C>);
  };
}

/** Which requests `orgkitMiddleware` protects: a path prefix, a RegExp on the path, a list, or a test. */
export type Matcher = string | RegExp | ((request: Request) => boolean) | Array<string | RegExp>;

export interface MiddlewareOptions extends NextProtectOptions {
  protect: Matcher;
  /** What the protected requests need besides a valid token. */
  require?: Requirement;
}

/**
 * For `middleware.ts`: a `Response` (401/403) stops the request, `undefined` lets it through.
 * `export default (req) => guard(req) ?? NextResponse.next()`.
 */
export function orgkitMiddleware(orgkit: Orgkit, options: MiddlewareOptions): (request: Request) => Promise<Response | undefined> {
  checkRequirement(options.require);
  return async (request) => {
    if (!matches(options.protect, request)) {
      return undefined;
    }
    const refused = refusal(await orgkit.getAuth(request), options.require);
    return refused === null ? undefined : answer(request, refused, options);
  };
}

function matches(matcher: Matcher, request: Request): boolean {
  if (typeof matcher === 'function') {
    return matcher(request);
  }
  const path = new URL(request.url).pathname;
  const list = Array.isArray(matcher) ? matcher : [matcher];
  return list.some((m) => typeof m === 'string'
    ? path === m || path.startsWith(m.endsWith('/') ? m : `${m}/`)
    : m.test(path));
}

async function answer(request: Request, refused: Refusal, options: NextProtectOptions): Promise<Response> {
  if (refused.status === 401 && options.onUnauthorized) {
    return options.onUnauthorized(request, refused);
  }
  if (refused.status === 403 && options.onForbidden) {
    return options.onForbidden(request, refused);
  }
  return new Response(JSON.stringify(refusalBody(refused)), { status: refused.status, headers: refusalHeaders(refused) });
}
