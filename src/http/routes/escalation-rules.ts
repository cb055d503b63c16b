/** `GET/POST/PUT/DELETE /api/v1/escalation-rules[/:id]`: admins edit, agents read. */
import { Router } from 'express';
import { withIdParams } from '../input.js';
import type { Container } from '../../app/container.js';
import { auth, requireRole } from '../auth.js';

export function escalationRuleRoutes(c: Container): Router {
  const r = withIdParams(Router());
  const repo = c.escalationRules;
  r.get('/escalation-rules', requireRole('agent', 'analyst'), async (req, res) => void res.json({ items: await repo.list(auth(req).tenantId) }));
  r.get('/escalation-rules/:id', requireRole('agent', 'analyst'), async (req, res) => void res.json(await repo.get(auth(req).tenantId, String(req.params.id))));
  r.post('/escalation-rules', requireRole(), async (req, res) => void res.status(201).json(await repo.create(auth(req).tenantId, req.body, auth(req))));
  r.put('/escalation-rules/:id', requireRole(), async (req, res) => void res.json(await repo.update(auth(req).tenantId, String(req.params.id), req.body, auth(req))));
  r.delete('/escalation-rules/:id', requireRole(), async (req, res) => {
    await repo.remove(auth(req).tenantId, String(req.params.id), auth(req));
    res.status(204).end();
  });
  return r;
}
