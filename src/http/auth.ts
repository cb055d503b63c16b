/** Bearer API-key authentication for /api/v1; the resolved tenant scopes every query of the request. */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Db } from '../db/client.js';
import { ForbiddenError, UnauthorizedError } from '../domain/errors.js';
import type { UserRole } from '../domain/model.js';
import { authenticateApiKey, type AuthContext } from '../tenancy/tenant.service.js';

declare module 'express-serve-static-core' {
  interface Request {
    auth?: AuthContext;
  }
}

export function requireApiKey(db: Db): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    // EventSource cannot send headers: SSE endpoints also take ?access_token= (never logged: logs carry the path only).
    const fromQuery = req.method === 'GET' && req.path.endsWith('/stream') && typeof req.query.access_token === 'string' ? req.query.access_token : undefined;
    const key = header?.startsWith('Bearer ') ? header.slice(7).trim() : fromQuery;
    if (!key) throw new UnauthorizedError('missing API key: send Authorization: Bearer <key>');
    const auth = await authenticateApiKey(db, key);
    if (!auth) throw new UnauthorizedError('invalid or revoked API key');
    req.auth = auth;
    next();
  };
}

/**
 * Admins may do everything; other roles only what is listed. A supervisor may
 * do everything an agent may (it sits between agent and admin).
 */
export function requireRole(...roles: UserRole[]): RequestHandler {
  const allowed = roles.includes('agent') && !roles.includes('supervisor') ? [...roles, 'supervisor' as const] : roles;
  return (req, _res, next) => {
    const role = req.auth?.role;
    if (!role) throw new UnauthorizedError();
    if (role !== 'admin' && !allowed.includes(role)) throw new ForbiddenError(`this needs one of the roles: admin, ${allowed.join(', ')}`);
    next();
  };
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
