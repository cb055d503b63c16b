/** Authentication for /api/v1 (bearer API keys, staff session cookies); the resolved tenant scopes every query of the request. */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ForbiddenError, UnauthorizedError } from '../domain/errors.js';
import type { UserRole } from '../domain/model.js';
import { withTenant } from '../db/tenant-context.js';
import type { StreamTickets } from '../security/stream-tickets.js';
import type { ApiKeyService, AuthContext } from '../tenancy/api-keys.service.js';
import type { StaffSessionService } from '../tenancy/staff-sessions.service.js';
import { readCookie } from './cookies.js';

declare module 'express-serve-static-core' {
  interface Request {
    auth?: AuthContext;
  }
}

/** The staff session cookie set by `POST /api/v1/auth/login`. */
export const SESSION_COOKIE = 'gw_session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A stream ticket's subject for a staff session (an API key's is its id). */
export const sessionSubject = (sessionId: string) => `session:${sessionId}`;

/**
 * CSRF defence for cookie-authenticated writes: the browser sends the cookie
 * with any cross-site request, but a cross-site form cannot set
 * `X-Requested-With`, and a cross-site `fetch` carries its own `Origin`.
 * Returns the reason to refuse, or null.
 */
export function csrfRefusal(req: Request, publicBaseUrl: string): string | null {
  if (SAFE_METHODS.has(req.method)) return null;
  if (!req.headers['x-requested-with']) return 'a signed-in browser request that changes something must carry X-Requested-With';
  const own = new Set([new URL(publicBaseUrl).origin, `${req.protocol}://${req.get('host') ?? ''}`]);
  const origin = req.headers.origin;
  if (origin !== undefined) return own.has(origin) ? null : 'cross-origin request refused';
  const referer = req.headers.referer;
  if (referer !== undefined) {
    let from: string | null = null;
    try {
      from = new URL(referer).origin;
    } catch {
      from = null;
    }
    if (!from || !own.has(from)) return 'cross-origin request refused';
  }
  return null;
}

export interface Authenticators {
  apiKeys: ApiKeyService;
  sessions: StaffSessionService;
  tickets: StreamTickets;
  publicBaseUrl: string;
}

/**
 * Who calls /api/v1: `Authorization: Bearer <key>` (machines), or the staff
 * session cookie `gw_session` (browsers; writes pass the CSRF check above).
 * Streams (`GET …/stream`) may instead carry `?ticket=` from `POST
 * /api/v1/inbox/stream-tickets` (EventSource cannot send headers): a
 * short-lived, single-use ticket naming the key or session, which is then
 * checked like the key or session itself. Keys never go in URLs. Either way
 * the user's current role and status are read on every request.
 */
export function requireApiKey(a: Authenticators): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    const key = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const ticket = !key && req.method === 'GET' && req.path.endsWith('/stream') && typeof req.query.ticket === 'string' ? req.query.ticket : undefined;
    if (ticket !== undefined) {
      const subject = await a.tickets.redeem(ticket);
      const ctx = !subject ? null : subject.startsWith('session:') ? await a.sessions.authenticateById(subject.slice(8)) : await a.apiKeys.authenticateById(subject);
      if (!ctx) throw new UnauthorizedError('invalid, expired or used stream ticket: get a new one (POST /api/v1/inbox/stream-tickets)');
      req.auth = ctx;
      return withTenant(ctx.tenantId, () => next());
    }
    if (!key) {
      const session = readCookie(req, SESSION_COOKIE);
      if (session === undefined) throw new UnauthorizedError('missing API key: send Authorization: Bearer <key>, or sign in (POST /api/v1/auth/login)');
      const ctx = await a.sessions.authenticate(session);
      if (!ctx) throw new UnauthorizedError('your session has ended: sign in again');
      const refusal = csrfRefusal(req, a.publicBaseUrl);
      if (refusal) throw new ForbiddenError(refusal);
      req.auth = ctx;
      return withTenant(ctx.tenantId, () => next());
    }
    const ctx = await a.apiKeys.authenticate(key);
    if (!ctx) throw new UnauthorizedError('invalid, revoked or expired API key');
    req.auth = ctx;
    // The rest of the request runs for this tenant: its transactions are under row-level security.
    withTenant(ctx.tenantId, () => next());
  };
}

/**
 * Admins may do everything; other roles only what is listed. A supervisor may
 * do everything an agent may (it sits between agent and admin).
 */
export function requireRole(...roles: UserRole[]): RequestHandler {
  const allowed = roles.includes('agent') && !roles.includes('supervisor') ? [...roles, 'supervisor' as const] : roles;
  const check: RequestHandler = (req, _res, next) => {
    const role = req.auth?.role;
    if (!role) throw new UnauthorizedError();
    if (role !== 'admin' && !allowed.includes(role)) throw new ForbiddenError(`this needs one of the roles: admin, ${allowed.join(', ')}`);
    next();
  };
  // Read by the OpenAPI document (src/http/openapi/route-table.ts): the roles it lists are the ones enforced here.
  return Object.assign(check, { allowedRoles: ['admin', ...allowed] as UserRole[] });
}

/** Supervisors and admins see (and reassign) every ticket of the tenant; agents their own and the unassigned queue. */
export function seesAllTickets(req: Request): boolean {
  const role = auth(req).role;
  return role === 'admin' || role === 'supervisor';
}

export function auth(req: Request): AuthContext {
  if (!req.auth) throw new UnauthorizedError();
  return req.auth;
}
