/**
 * Authentication of platform operators on /admin (see src/operators/): an
 * operator key as `Authorization: Bearer gwo_…` (scripts), or the session
 * cookie set by `POST /admin/login` (browsers). Tenant API keys — admin ones
 * included — get 403: the queue board shows every tenant's jobs.
 */
import type { RequestHandler } from 'express';
import { readCookie } from './cookies.js';
import { ForbiddenError, UnauthorizedError } from '../domain/errors.js';
import type { Operator, OperatorService } from '../operators/operator.service.js';

/** The operator session cookie: httpOnly, SameSite=Strict, scoped to /admin. */
export const OPERATOR_COOKIE = 'gw_operator';

declare module 'express-serve-static-core' {
  interface Request {
    operator?: Operator;
  }
}

export function requireOperator(operators: OperatorService): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (bearer?.startsWith('gwk_')) throw new ForbiddenError('the queue board needs a platform operator key (npm run admin -- create-operator-key); tenant API keys are not accepted');
    const operator = bearer ? await operators.authenticate(bearer) : await operators.verifySession(readCookie(req, OPERATOR_COOKIE));
    if (!operator) {
      // A browser without a (valid) session is sent to the sign-in form; API clients get a 401.
      if (!bearer && req.method === 'GET' && req.accepts(['json', 'html']) === 'html') return void res.redirect(303, '/admin/login');
      throw new UnauthorizedError(bearer ? 'invalid or revoked operator key' : 'sign in at /admin/login with an operator key, or send Authorization: Bearer <operator key>');
    }
    req.operator = operator;
    next();
  };
}
