/**
 * `POST/GET /api/v1/channels`: connect a platform account; credentials go in, never come out.
 * `GET/PUT /api/v1/channels/:id/bot`: the channel's bot (knowledge bases, answer threshold, greeting, name).
 * `POST /api/v1/channels/:id/rotate-secret` (web chat) logs every visitor out.
 */
import { Router } from 'express';
import { z } from 'zod';
import { safeText, uuidText } from '../../domain/input.js';
import { withIdParams } from '../input.js';
import type { Container } from '../../app/container.js';
import { CHANNEL_TYPES } from '../../domain/model.js';
import { auth, requireRole } from '../auth.js';
import { parseBody } from '../parse.js';
import { webchatWidgetSchema } from '../../../channels/webchat/webchat.schema.js';

export const createChannelSchema = z.object({
  type: z.enum(CHANNEL_TYPES, { error: `type must be one of ${CHANNEL_TYPES.join(', ')}` }),
  name: safeText({ trim: true, min: 1, max: 200 }).optional(),
  credentials: z.record(z.string(), z.unknown()).default({}),
});

export const botConfigBody = z
  .object({
    knowledgeBaseIds: z.array(uuidText).max(100).nullable().default(null),
    answerThreshold: z.number().min(0).max(1).nullable().default(null),
    greeting: safeText({ trim: true, min: 1, max: 1000 }).nullable().default(null),
    botName: safeText({ trim: true, min: 1, max: 100 }).nullable().default(null),
    /** Web chat only: the widget's look. Omitted: unchanged; null: cleared. */
    widget: webchatWidgetSchema.nullable().optional(),
  })
  .strict();

export function channelRoutes(c: Container): Router {
  const r = withIdParams(Router());
  r.post('/channels', requireRole(), async (req, res) => {
    const body = parseBody(createChannelSchema, req.body);
    const view = await c.connections.create(auth(req).tenantId, body, auth(req));
    res.status(201).json(view);
  });
  r.get('/channels', requireRole('agent', 'analyst'), async (req, res) => {
    res.json({ items: await c.connections.list(auth(req).tenantId) });
  });
  r.get('/channels/:id', requireRole('agent', 'analyst'), async (req, res) => {
    res.json(await c.connections.get(auth(req).tenantId, String(req.params.id)));
  });
  r.get('/channels/:id/bot', requireRole('agent', 'analyst'), async (req, res) => {
    res.json(await c.botConfigs.get(auth(req).tenantId, String(req.params.id)));
  });
  r.put('/channels/:id/bot', requireRole(), async (req, res) => {
    res.json(await c.botConfigs.put(auth(req).tenantId, String(req.params.id), parseBody(botConfigBody, req.body)));
  });
  // Web chat: a new connection secret; every visitor token signed under the old one stops working.
  r.post('/channels/:id/rotate-secret', requireRole(), async (req, res) => {
    res.json(await c.connections.rotateSecret(auth(req).tenantId, String(req.params.id)));
  });
  return r;
}
