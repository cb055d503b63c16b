/** `GET /api/v1/ai-logs?conversationId=&ticketId=`: the AI processing log of a conversation or ticket (staff and analysts). */
import { Router } from 'express';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { PayloadError } from '../../domain/errors.js';
import { uuidText } from '../../domain/input.js';
import { auth, requireRole } from '../auth.js';
import { parseBody } from '../parse.js';

export const query = z.object({ conversationId: uuidText.optional(), ticketId: uuidText.optional(), limit: z.coerce.number().int().min(1).max(500).optional() });

export function aiLogRoutes(c: Container): Router {
  const r = Router();
  r.get('/ai-logs', requireRole('supervisor', 'analyst'), async (req, res) => {
    const q = parseBody(query, req.query);
    if (!q.conversationId && !q.ticketId) throw new PayloadError('give conversationId or ticketId');
    res.json({ items: await c.aiLogs.list(auth(req).tenantId, q) });
  });
  return r;
}
