/**
 * Agents (staff users) and their API keys: admins create them; the key is
 * shown once. `PATCH {"role"}` changes what every key of the user may do, and
 * `PATCH {"status":"deactivated"}` ends the user's access (`offline` and
 * `away` are presence only); both apply on the next request in every process.
 * `password` (create or patch) sets the user's sign-in password; never echoed.
 */
import { Router } from 'express';
import { z } from 'zod';
import { safeText } from '../../domain/input.js';
import { USER_STATUSES } from '../../domain/model.js';
import { withIdParams } from '../input.js';
import type { Container } from '../../app/container.js';
import { auth, requireRole } from '../auth.js';
import { parseBody } from '../parse.js';
import { agentView } from '../views/agent.view.js';
import { newPasswordSchema } from './auth.js';

export const agentBody = z.object({
  email: z.string().max(320).email(),
  name: safeText({ trim: true, min: 1, max: 200 }),
  role: z.enum(['agent', 'supervisor', 'admin', 'analyst']).default('agent'),
  skills: z.array(safeText({ trim: true, min: 1, max: 50 })).max(50).default([]),
  languages: z.array(z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)).max(20).default([]),
  team: safeText({ max: 100 }).optional(),
  maxLoad: z.number().int().min(1).max(1000).default(10),
  /** An initial (or new) sign-in password; stored as a scrypt hash, never echoed. */
  password: newPasswordSchema.optional(),
});
export const patchBody = agentBody.partial().omit({ email: true }).extend({ status: z.enum(USER_STATUSES).optional() });

export function agentRoutes(c: Container): Router {
  const r = withIdParams(Router());
  r.get('/agents', requireRole('agent', 'analyst'), async (req, res) => {
    res.json({ items: (await c.agents.list(auth(req).tenantId)).map(agentView) });
  });
  r.post('/agents', requireRole(), async (req, res) => {
    const { password, ...body } = parseBody(agentBody, req.body);
    const { agent, apiKey } = await c.agents.create(auth(req).tenantId, body, auth(req));
    if (password !== undefined) await c.staffSessions.setPassword(agent.tenantId, agent.id, password);
    res.status(201).json({ ...agentView(agent), apiKey });
  });
  r.patch('/agents/:id', requireRole(), async (req, res) => {
    const { tenantId } = auth(req);
    const { password, ...patch } = parseBody(patchBody, req.body);
    const agent = await c.agents.update(tenantId, String(req.params.id), patch, auth(req));
    // A new password or deactivation ends the user's browser sessions.
    if (password !== undefined) await c.staffSessions.setPassword(tenantId, agent.id, password);
    else if (patch.status === 'deactivated') await c.staffSessions.revokeUser(tenantId, agent.id);
    // Every key of the user has the new role / status on its next request; open streams re-check now.
    if (patch.role !== undefined || patch.status !== undefined) await c.apiKeys.userChanged(tenantId, agent.id);
    res.json(agentView(agent));
  });
  return r;
}
