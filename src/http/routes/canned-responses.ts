/**
 * Canned responses (the agent composer's `/` shortcut):
 *   GET    /api/v1/canned-responses         → {items: [{id, shortcut, text, createdBy, createdAt}]}
 *   POST   /api/v1/canned-responses         {shortcut, text} → 201 (409 when the shortcut exists)
 *   DELETE /api/v1/canned-responses/:id     → 204 (an agent: its own; supervisors and admins: any)
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { safeText } from '../../domain/input.js';
import type { CannedResponseRow } from '../../tickets/canned-responses.repo.js';
import { auth, requireRole, seesAllTickets } from '../auth.js';
import { withIdParams } from '../input.js';
import { parseBody } from '../parse.js';

export const createBody = z
  .object({
    shortcut: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, 'letters, digits, - and _ (1–40), starting with a letter or digit'),
    text: safeText({ trim: true, min: 1, max: 4000 }),
  })
  .strict();

const view = (r: CannedResponseRow) => ({ id: r.id, shortcut: r.shortcut, text: r.text, createdBy: r.createdBy, createdAt: r.createdAt.toISOString() });

export function cannedResponseRoutes(c: Container): Router {
  const r = withIdParams(Router());
  const agent = requireRole('agent');
  r.get('/canned-responses', agent, async (req, res) => {
    res.json({ items: (await c.cannedResponses.list(auth(req).tenantId)).map(view) });
  });
  r.post('/canned-responses', agent, async (req, res) => {
    const body = parseBody(createBody, req.body);
    res.status(201).json(view(await c.cannedResponses.create(auth(req).tenantId, body, auth(req).userId)));
  });
  r.delete('/canned-responses/:id', agent, async (req, res) => {
    await c.cannedResponses.delete(auth(req).tenantId, String(req.params.id), { userId: auth(req).userId, any: seesAllTickets(req) });
    res.status(204).end();
  });
  return r;
}
