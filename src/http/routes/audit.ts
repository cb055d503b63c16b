/**
 * `GET /api/v1/audit-log` (admin): who did what to which record, newest first.
 * Filters: actorId (user or key id), action, entityType, entityId, from/to; paginated (limit, offset).
 *
 * `GET /api/v1/tenant` (admin): the plan, its limits and this month's usage.
 */
import { Router } from 'express';
import { z } from 'zod';
import { isoDate, safeText, uuidText } from '../../domain/input.js';
import type { Container } from '../../app/container.js';
import { auth, requireRole } from '../auth.js';
import { parseBody } from '../parse.js';

export const auditQuery = z.object({
  actorId: uuidText.optional(),
  action: safeText({ trim: true, min: 1, max: 100 }).optional(),
  entityType: safeText({ trim: true, min: 1, max: 100 }).optional(),
  entityId: uuidText.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export function auditRoutes(c: Container): Router {
  const r = Router();
  r.get('/audit-log', requireRole(), async (req, res) => {
    const q = parseBody(auditQuery, req.query);
    const page = await c.audit.list(auth(req).tenantId, q);
    res.json({
      items: page.items.map((e) => ({
        id: e.id,
        actorType: e.actorType,
        actorUserId: e.actorUserId,
        actorKeyId: e.actorKeyId,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        changes: e.changes,
        createdAt: e.createdAt.toISOString(),
      })),
      total: page.total,
      limit: q.limit,
      offset: q.offset,
    });
  });
  r.get('/tenant', requireRole(), async (req, res) => {
    res.json(await c.plans.usage(auth(req).tenantId));
  });
  return r;
}
