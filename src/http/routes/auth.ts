/**
 * Staff sign-in for the browser consoles (machines keep API keys):
 *   POST /api/v1/auth/login     {email, password, tenantId?} → cookie `gw_session` + {user, tenant}
 *   POST /api/v1/auth/logout    ends the session, clears the cookie
 *   GET  /api/v1/auth/me        {user|null, tenant, role} (session or API key)
 *   PUT  /api/v1/me/password    {currentPassword, newPassword}
 * Failed sign-ins are 401s, so the failed-auth throttle in front counts them (429 + Retry-After).
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { uuidText } from '../../domain/input.js';
import { ForbiddenError } from '../../domain/errors.js';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../security/passwords.js';
import { TenantChoiceRequired } from '../../tenancy/staff-sessions.service.js';
import { auth, csrfRefusal, SESSION_COOKIE } from '../auth.js';
import { readCookie } from '../cookies.js';
import { errorBody } from '../errors.js';
import { parseBody } from '../parse.js';

/** A new password: what every endpoint that sets one accepts. */
export const newPasswordSchema = z.string().min(PASSWORD_MIN, `must have at least ${PASSWORD_MIN} characters`).max(PASSWORD_MAX);

export const loginBody = z.object({
  email: z.string().trim().min(1).max(320),
  // Bounded: scrypt runs over whatever is sent.
  password: z.string().min(1).max(PASSWORD_MAX),
  tenantId: uuidText.optional(),
});

export const passwordBody = z.object({ currentPassword: z.string().max(PASSWORD_MAX).optional(), newPassword: newPasswordSchema });

function cookieOptions(c: Container) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: c.config.http.publicBaseUrl.startsWith('https:'), path: '/' };
}

/** Routes that work without a credential (sign-in, sign-out). Mount before the authentication middleware. */
export function authPublicRoutes(c: Container): Router {
  const r = Router();
  r.post('/auth/login', async (req: Request, res: Response) => {
    const body = parseBody(loginBody, req.body);
    try {
      const out = await c.staffSessions.login(body.email, body.password, body.tenantId);
      res.cookie(SESSION_COOKIE, out.token, { ...cookieOptions(c), maxAge: c.staffSessions.ttlSeconds * 1000 });
      c.logger.info({ tenantId: out.tenant.id, userId: out.user.id }, 'staff signed in');
      res.json({ user: out.user, tenant: out.tenant, expiresAt: out.expiresAt.toISOString() });
    } catch (err) {
      if (!(err instanceof TenantChoiceRequired)) throw err;
      res.status(409).json(errorBody('tenant_required', err.message, { tenants: err.tenants }));
    }
  });

  r.post('/auth/logout', async (req, res) => {
    const token = readCookie(req, SESSION_COOKIE);
    if (token !== undefined) {
      const refusal = csrfRefusal(req, c.config.http.publicBaseUrl);
      if (refusal) throw new ForbiddenError(refusal);
      const session = await c.staffSessions.authenticate(token);
      if (session?.sessionId) {
        await c.staffSessions.revoke(session.sessionId);
        // Its open streams re-check themselves and close.
        if (session.userId) await c.apiKeys.userChanged(session.tenantId, session.userId);
      }
    }
    res.clearCookie(SESSION_COOKIE, cookieOptions(c));
    res.status(204).end();
  });
  return r;
}

/** Routes of a signed-in caller (after the authentication middleware). */
export function authRoutes(c: Container): Router {
  const r = Router();
  r.get('/auth/me', async (req, res) => {
    res.json(await c.staffSessions.whoami(auth(req)));
  });
  r.put('/me/password', async (req, res) => {
    const body = parseBody(passwordBody, req.body);
    await c.staffSessions.changePassword(auth(req), body.currentPassword, body.newPassword);
    res.status(204).end();
  });
  return r;
}
