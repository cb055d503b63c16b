/**
 * `GET/POST/DELETE /api/v1/webhook-subscriptions[/:id]` (outgoing event
 * webhooks; the secret is in the create answer only) and
 * `GET /api/v1/communication-log`: admins only.
 * `GET/PUT /api/v1/me/notification-preferences`: the caller's own e-mail
 * preferences (any user's key); `GET/PUT /api/v1/agents/:id/notification-preferences`: admins.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { DOMAIN_EVENTS } from '../../notifications/domain-events.js';
import { auth, requireRole } from '../auth.js';
import { withIdParams } from '../input.js';
import { parseBody } from '../parse.js';
import { preferencesPatchSchema } from '../../notifications/preferences.js';

export const webhookSubscriptionBody = z.object({
  url: z.string().min(1).max(2000),
  events: z.array(z.enum(DOMAIN_EVENTS)).min(1).max(DOMAIN_EVENTS.length * 2),
});

const isoDate = z
  .string()
  .max(40)
  .refine((v) => !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 date-time')
  .transform((v) => new Date(v));

export const communicationLogQuery = z.object({
  status: z.enum(['queued', 'sent', 'failed', 'skipped']).optional(),
  channel: z.enum(['webhook', 'email']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export function notificationRoutes(c: Container): Router {
  const r = withIdParams(Router());
  const admin = requireRole();
  r.get('/webhook-subscriptions', admin, async (req, res) => void res.json({ items: await c.webhooks.list(auth(req).tenantId) }));
  r.get('/webhook-subscriptions/:id', admin, async (req, res) => void res.json(await c.webhooks.get(auth(req).tenantId, String(req.params.id))));
  r.post('/webhook-subscriptions', admin, async (req, res) => {
    const body = parseBody(webhookSubscriptionBody, req.body);
    res.status(201).json(await c.webhooks.create(auth(req).tenantId, auth(req).userId ?? null, body));
  });
  r.delete('/webhook-subscriptions/:id', admin, async (req, res) => {
    await c.webhooks.remove(auth(req).tenantId, String(req.params.id));
    res.status(204).end();
  });
  r.get('/communication-log', admin, async (req, res) => {
    const q = parseBody(communicationLogQuery, req.query);
    const { items, total } = await c.webhooks.log(auth(req).tenantId, q);
    res.json({ items, total, limit: q.limit, offset: q.offset });
  });

  const anyUser = requireRole('agent', 'analyst');
  r.get('/me/notification-preferences', anyUser, async (req, res) => void res.json(await c.notificationPreferences.get(auth(req).tenantId, auth(req).userId)));
  r.put('/me/notification-preferences', anyUser, async (req, res) => {
    const body = parseBody(preferencesPatchSchema, req.body);
    res.json(await c.notificationPreferences.update(auth(req).tenantId, auth(req).userId, body));
  });
  r.get('/agents/:id/notification-preferences', admin, async (req, res) => void res.json(await c.notificationPreferences.get(auth(req).tenantId, String(req.params.id))));
  r.put('/agents/:id/notification-preferences', admin, async (req, res) => {
    const body = parseBody(preferencesPatchSchema, req.body);
    res.json(await c.notificationPreferences.update(auth(req).tenantId, String(req.params.id), body));
  });
  return r;
}
