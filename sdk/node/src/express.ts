import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Auth } from './auth.js';
import type { Orgkit } from './index.js';
import { checkRequirement, refusal, refusalBody, refusalHeaders, type Refusal, type Requirement } from './protect.js';

export type { Refusal, Requirement } from './protect.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by orgkit's middlewares. */
      auth?: Auth;
    }
  }
}

export interface ProtectOptions {
  /** Answers a signed-out request instead of the JSON 401. */
  onUnauthorized?: (req: Request, res: Response, next: NextFunction, refused: Refusal) => void;
  /** Answers a request that lacks the organization, role or permission instead of the JSON 403. */
  onForbidden?: (req: Request, res: Response, next: NextFunction, refused: Refusal) => void;
}

/** Sets `req.auth` on every request and never rejects one. */
export function orgkitMiddleware(orgkit: Orgkit): RequestHandler {
  return (req, _res, next) => {
    orgkit.getAuth(req).then((auth) => {
      req.auth = auth;
      next();
    }, next);
  };
}

/** 401 unless the request carries a valid token; sets `req.auth`. */
export function requireAuth(orgkit: Orgkit, options: ProtectOptions = {}): RequestHandler {
  return guard(orgkit, undefined, options);
}

/**
 * 401 when signed out, 403 `no_active_organization` without an active organization, 403
 * `forbidden` when `has()` fails; sets `req.auth`.
 */
export function protect(orgkit: Orgkit, requirement: Requirement, options: ProtectOptions = {}): RequestHandler {
  checkRequirement(requirement);
  return guard(orgkit, requirement, options);
}

function guard(orgkit: Orgkit, requirement: Requirement | undefined, options: ProtectOptions): RequestHandler {
  return (req, res, next) => {
    const known = req.auth;
    const auth = known !== undefined ? Promise.resolve(known) : orgkit.getAuth(req);
    auth.then((auth) => {
      req.auth = auth;
      const refused = refusal(auth, requirement);
      if (refused === null) {
        next();
      } else if (refused.status === 401 && options.onUnauthorized) {
        options.onUnauthorized(req, res, next, refused);
      } else if (refused.status === 403 && options.onForbidden) {
        options.onForbidden(req, res, next, refused);
      } else {
        res.status(refused.status).set(refusalHeaders(refused)).json(refusalBody(refused));
      }
    }).catch(next);
  };
}
