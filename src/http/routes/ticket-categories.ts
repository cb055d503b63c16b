/**
 * `GET/POST /api/v1/ticket-categories`, `PATCH /api/v1/ticket-categories/:id`:
 * ticket categories and their SLA (first-response and resolution minutes).
 * Agents read them; admins change them.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { safeText } from '../../domain/input.js';
import { auth, requireRole } from '../auth.js';
import { withIdParams } from '../input.js';
import { parseBody } from '../parse.js';
import type { CategoryRow } from '../../tickets/categories.repo.js';

const minutes = z.number().int().min(1).max(365 * 24 * 60);
export const categoryBody = z
  .object({
    name: safeText({ trim: true, min: 1, max: 100 }),
    firstResponseMinutes: minutes,
    resolutionMinutes: minutes,
    active: z.boolean().optional(),
  })
  .strict()
  .refine((b) => b.resolutionMinutes >= b.firstResponseMinutes, { message: 'resolutionMinutes must not be shorter than firstResponseMinutes', path: ['resolutionMinutes'] });
export const categoryPatchBody = z
  .object({ name: safeText({ trim: true, min: 1, max: 100 }).optional(), firstResponseMinutes: minutes.optional(), resolutionMinutes: minutes.optional(), active: z.boolean().optional() })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one of name, firstResponseMinutes, resolutionMinutes, active' });

function categoryView(c: CategoryRow) {
  return {
    id: c.id,
    name: c.name,
    firstResponseMinutes: c.responseSlaMinutes,
    resolutionMinutes: c.resolutionSlaMinutes,
    active: c.active,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function ticketCategoryRoutes(c: Container): Router {
  const r = withIdParams(Router());
  r.get('/ticket-categories', requireRole('agent', 'analyst'), async (req, res) => {
    res.json({ items: (await c.categories.list(auth(req).tenantId)).map(categoryView) });
  });
  r.get('/ticket-categories/:id', requireRole('agent', 'analyst'), async (req, res) => {
    res.json(categoryView(await c.categories.get(auth(req).tenantId, String(req.params.id))));
  });
  r.post('/ticket-categories', requireRole(), async (req, res) => {
    res.status(201).json(categoryView(await c.categories.create(auth(req).tenantId, parseBody(categoryBody, req.body))));
  });
  r.patch('/ticket-categories/:id', requireRole(), async (req, res) => {
    res.json(categoryView(await c.categories.update(auth(req).tenantId, String(req.params.id), parseBody(categoryPatchBody, req.body))));
  });
  return r;
}
