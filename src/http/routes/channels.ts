/**
 * `POST/GET /api/v1/channels`: connect a platform account; credentials go in, never come out.
 * `GET/PUT /api/v1/channels/:id/bot`: the channel's bot (knowledge bases, answer threshold, greeting, name).
 * `PATCH /api/v1/channels/:id` (name, settings, credentials — merged, re-checked with the platform, never echoed —, status),
 * `DELETE /api/v1/channels/:id` (disable; `?purge=true` deletes with its conversations), `POST /api/v1/channels/:id/test`.
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

/** Credentials are merged into the stored ones (name only what rotates); settings are merged too. */
export const patchChannelSchema = z
  .object({
    name: safeText({ trim: true, min: 1, max: 200 }).optional(),
    settings: z.record(z.string().max(100), z.unknown()).optional(),
    credentials: z.record(z.string().max(100), z.unknown()).optional(),
    status: z.enum(['active', 'disabled'], { error: 'status must be active or disabled' }).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change: give name, settings, credentials or status' });

export const deleteQuery = z.object({ purge: z.enum(['true', 'false'], { error: 'purge must be true or false' }).optional() });

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
  r.patch('/channels/:id', requireRole(), async (req, res) => {
    res.json(await c.connections.update(auth(req).tenantId, String(req.params.id), parseBody(patchChannelSchema, req.body), auth(req)));
  });
  r.delete('/channels/:id', requireRole(), async (req, res) => {
    const q = parseBody(deleteQuery, req.query);
    const result = await c.connections.remove(auth(req).tenantId, String(req.params.id), { purge: q.purge === 'true' }, auth(req));
    if (result.deleted) return void res.status(204).end();
    res.json(result.channel);
  });
  // Checks the stored credentials with the platform again; the outcome is also the connection's status.
  r.post('/channels/:id/test', requireRole(), async (req, res) => {
    res.json(await c.connections.test(auth(req).tenantId, String(req.params.id)));
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
