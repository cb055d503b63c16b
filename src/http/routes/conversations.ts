/** `GET /api/v1/conversations[/:id/messages]`: the tenant's own conversations only. */
import { Router } from 'express';
import { z } from 'zod';
import { uuidText } from '../../domain/input.js';
import { withIdParams } from '../input.js';
import type { Container } from '../../app/container.js';
import { CONVERSATION_STATUSES } from '../../domain/model.js';
import { auth, requireRole } from '../auth.js';
import { parseBody } from '../parse.js';

const listQuery = z.object({
  status: z.enum(CONVERSATION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
const messagesQuery = z.object({ after: uuidText.optional() });

export function conversationRoutes(c: Container): Router {
  const r = withIdParams(Router());
  r.get('/conversations', requireRole('agent', 'analyst'), async (req, res) => {
    const q = parseBody(listQuery, req.query);
    res.json({ items: await c.conversations.list(auth(req).tenantId, q) });
  });
  r.get('/conversations/:id', requireRole('agent', 'analyst'), async (req, res) => {
    const conv = await c.conversations.get(auth(req).tenantId, String(req.params.id));
    res.json({ id: conv.id, status: conv.status, channel: conv.channel, botPaused: conv.botPaused, assignedAgentId: conv.assignedAgentId, createdAt: conv.createdAt.toISOString() });
  });
  r.get('/conversations/:id/messages', requireRole('agent', 'analyst'), async (req, res) => {
    const q = parseBody(messagesQuery, req.query);
    res.json({ items: await c.conversations.messages(auth(req).tenantId, String(req.params.id), { afterMessageId: q.after }) });
  });
  return r;
}
