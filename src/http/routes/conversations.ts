/**
 * `GET /api/v1/conversations` (filters: status, channel, customerId, assignee,
 * from/to, q = text search over messages, cf.<key>=value), `GET /api/v1/conversations/:id`
 * (with its status history and feedback), `PATCH /api/v1/conversations/:id`
 * (custom fields), `GET /api/v1/conversations/:id/messages`: the tenant's own
 * conversations only.
 */
import { customFieldFilters } from '../../custom-fields/filters.js';
import { Router } from 'express';
import { z } from 'zod';
import { isoDate, safeText, uuidText } from '../../domain/input.js';
import { withIdParams } from '../input.js';
import type { Container } from '../../app/container.js';
import { CHANNEL_TYPES, CONVERSATION_STATUSES } from '../../domain/model.js';
import { PayloadError } from '../../domain/errors.js';
import { auth, requireRole } from '../auth.js';
import { parseBody } from '../parse.js';

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)));

export const listQuery = z.object({
  status: csv(CONVERSATION_STATUSES).optional(),
  channel: csv(CHANNEL_TYPES).optional(),
  customerId: uuidText.optional(),
  assignee: z.union([z.literal('me'), z.literal('unassigned'), uuidText]).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: safeText({ trim: true, min: 1, max: 200 }).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export const messagesQuery = z.object({ after: uuidText.optional() });
/** Body of PATCH /conversations/:id: custom-field values (null removes one). */
export const conversationPatchBody = z.object({ customFields: z.record(z.string().max(60), z.unknown()) }).strict();

export function conversationRoutes(c: Container): Router {
  const r = withIdParams(Router());
  r.get('/conversations', requireRole('agent', 'analyst'), async (req, res) => {
    const q = parseBody(listQuery, req.query);
    if (q.from && q.to && q.from > q.to) throw new PayloadError('from must be before to');
    const assignee = q.assignee === 'me' ? (auth(req).userId ?? 'unassigned') : q.assignee;
    res.json({ items: await c.conversations.list(auth(req).tenantId, { ...q, assignee, customFields: customFieldFilters(req.query as Record<string, unknown>) }) });
  });
  r.get('/conversations/:id', requireRole('agent', 'analyst'), async (req, res) => {
    const tenantId = auth(req).tenantId;
    const conv = await c.conversations.get(tenantId, String(req.params.id));
    const [statusHistory, feedback] = await Promise.all([c.conversations.statusHistory(tenantId, conv.id), c.csat.forConversation(tenantId, conv.id)]);
    res.json({
      id: conv.id,
      status: conv.status,
      channel: conv.channel,
      customerId: conv.customerId,
      botPaused: conv.botPaused,
      assignedAgentId: conv.assignedAgentId,
      customFields: conv.customFields,
      lastMessageAt: conv.lastMessageAt?.toISOString() ?? null,
      completedAt: conv.completedAt?.toISOString() ?? null,
      createdAt: conv.createdAt.toISOString(),
      statusHistory,
      feedback: feedback.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
    });
  });
  r.patch('/conversations/:id', requireRole('agent'), async (req, res) => {
    const tenantId = auth(req).tenantId;
    const body = parseBody(conversationPatchBody, req.body);
    const conv = await c.conversations.get(tenantId, String(req.params.id));
    const values = await c.customFields.validate(tenantId, 'conversation', body.customFields, conv.customFields);
    await c.conversations.setCustomFields(tenantId, conv.id, values);
    res.json({ id: conv.id, customFields: values });
  });
  r.get('/conversations/:id/messages', requireRole('agent', 'analyst'), async (req, res) => {
    const q = parseBody(messagesQuery, req.query);
    res.json({ items: await c.conversations.messages(auth(req).tenantId, String(req.params.id), { afterMessageId: q.after }) });
  });
  return r;
}
