/**
 * Operator sign-in for the queue board:
 *   GET  /admin/login   the form
 *   POST /admin/login   { key } (form or JSON) → session cookie (httpOnly, SameSite=Strict, Path=/admin,
 *                       Secure over HTTPS, OPERATOR_SESSION_TTL_SECONDS) → 303 to /admin/queues (form) or 200 JSON
 *   POST /admin/logout  clears the cookie
 * The board itself (Bull Board at /admin/queues) is mounted in ../app.ts behind `requireOperator`.
 */
import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { UnauthorizedError } from '../../domain/errors.js';
import { OPERATOR_COOKIE } from '../operator-auth.js';
import { adminLoginHtml } from '../pages/admin-login.js';
import { parseBody } from '../parse.js';
import { cspNonce, unframedPageHeaders } from '../security-headers.js';

export const loginBody = z.object({ key: z.string().trim().min(1).max(300) });

const cookieOptions = (req: Request) => ({ httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/admin' });

export function adminRoutes(c: Container): Router {
  const r = Router();
  const page = (res: Response, status: number, error?: string) => void res.status(status).type('html').send(adminLoginHtml(String(res.locals.cspNonce), { error }));

  r.get('/admin/login', cspNonce, unframedPageHeaders, (_req, res) => page(res, 200));

  r.post('/admin/login', cspNonce, unframedPageHeaders, express.urlencoded({ extended: false, limit: '4kb' }), express.json({ limit: '4kb' }), async (req, res) => {
    const fromForm = typeof req.is('application/x-www-form-urlencoded') === 'string';
    const { key } = parseBody(loginBody, req.body);
    const operator = await c.operators.authenticate(key);
    if (!operator) {
      c.logger.warn({ ip: req.ip }, 'operator sign-in rejected');
      if (fromForm) return page(res, 401, 'Invalid or revoked operator key.');
      throw new UnauthorizedError('invalid or revoked operator key');
    }
    const session = c.operators.issueSession(operator);
    res.cookie(OPERATOR_COOKIE, session.token, { ...cookieOptions(req), maxAge: c.operators.sessionTtlSeconds * 1000 });
    c.logger.info({ operatorKeyId: operator.keyId, operator: operator.name }, 'operator signed in');
    if (fromForm) return void res.redirect(303, '/admin/queues');
    res.json({ operator: operator.name, expiresAt: session.expiresAt.toISOString() });
  });

  r.post('/admin/logout', (req, res) => {
    res.clearCookie(OPERATOR_COOKIE, cookieOptions(req));
    res.redirect(303, '/admin/login');
  });
  return r;
}
