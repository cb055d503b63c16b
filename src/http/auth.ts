/** Bearer API-key authentication for /api/v1; the resolved tenant scopes every query of the request. */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ForbiddenError, UnauthorizedError } from '../domain/errors.js';
import type { UserRole } from '../domain/model.js';
import { withTenant } from '../db/tenant-context.js';
import type { StreamTickets } from '../security/stream-tickets.js';
import type { ApiKeyService, AuthContext } from '../tenancy/api-keys.service.js';

declare module 'express-serve-static-core' {
  interface Request {
    auth?: AuthContext;
  }
}

/**
 * `Authorization: Bearer <key>` on every route; the rest of the request runs in
 * the key's tenant context (src/db/tenant-context.ts). Streams (`GET …/stream`) may
 * instead carry `?ticket=` from `POST /api/v1/inbox/stream-tickets`
 * (EventSource cannot send headers): a short-lived, single-use ticket naming
 * the key, which is then checked like the key itself. Keys never go in URLs.
 */
export function requireApiKey(apiKeys: ApiKeyService, tickets: StreamTickets): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    const key = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const ticket = !key && req.method === 'GET' && req.path.endsWith('/stream') && typeof req.query.ticket === 'string' ? req.query.ticket : undefined;
    if (ticket !== undefined) {
      const keyId = await tickets.redeem(ticket);
      const auth = keyId ? await apiKeys.authenticateById(keyId) : null;
      if (!auth) throw new UnauthorizedError('invalid, expired or used stream ticket: get a new one (POST /api/v1/inbox/stream-tickets)');
      req.auth = auth;
      return withTenant(auth.tenantId, () => next());
    }
    if (!key) throw new UnauthorizedError('missing API key: send Authorization: Bearer <key>');
    const auth = await apiKeys.authenticate(key);
    if (!auth) throw new UnauthorizedError('invalid, revoked or expired API key');
    req.auth = auth;
    // The rest of the request runs for this tenant: its transactions are under row-level security.
    withTenant(auth.tenantId, () => next());
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
