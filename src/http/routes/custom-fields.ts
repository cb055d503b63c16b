/**
 * `GET/POST /api/v1/custom-fields`, `PATCH/DELETE /api/v1/custom-fields/:id`:
 * custom fields of tickets, customers and conversations (text, number, date,
 * dropdown with options; required or not). Staff read them; admins change them.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { safeText } from '../../domain/input.js';
import { CUSTOM_FIELD_ENTITIES, CUSTOM_FIELD_KEY, CUSTOM_FIELD_TYPES } from '../../custom-fields/validate.js';
import type { CustomFieldRow } from '../../custom-fields/custom-fields.service.js';
import { auth, requireRole } from '../auth.js';
import { withIdParams } from '../input.js';
import { parseBody } from '../parse.js';

const option = safeText({ trim: true, min: 1, max: 100 });
export const customFieldBody = z
  .object({
    entity: z.enum(CUSTOM_FIELD_ENTITIES),
    key: z.string().regex(CUSTOM_FIELD_KEY, 'must be lowercase letters, digits and _ (starting with a letter, at most 50)'),
    label: safeText({ trim: true, min: 1, max: 100 }),
    type: z.enum(CUSTOM_FIELD_TYPES),
    options: z.array(option).max(200).optional(),
    required: z.boolean().optional(),
  })
  .strict();
export const customFieldPatchBody = z
  .object({ label: safeText({ trim: true, min: 1, max: 100 }).optional(), options: z.array(option).max(200).optional(), required: z.boolean().optional() })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one of label, options, required (entity, key and type cannot change)' });
export const listQuery = z.object({ entity: z.enum(CUSTOM_FIELD_ENTITIES).optional() });

function fieldView(f: CustomFieldRow) {
  return { id: f.id, entity: f.entity, key: f.key, label: f.label, type: f.type, options: f.options, required: f.required, createdAt: f.createdAt.toISOString(), updatedAt: f.updatedAt.toISOString() };
}

export function customFieldRoutes(c: Container): Router {
  const r = withIdParams(Router());
  r.get('/custom-fields', requireRole('agent', 'analyst'), async (req, res) => {
    const q = parseBody(listQuery, req.query);
    res.json({ items: (await c.customFields.list(auth(req).tenantId, q.entity)).map(fieldView) });
  });
  r.get('/custom-fields/:id', requireRole('agent', 'analyst'), async (req, res) => {
    res.json(fieldView(await c.customFields.get(auth(req).tenantId, String(req.params.id))));
  });
  r.post('/custom-fields', requireRole(), async (req, res) => {
    res.status(201).json(fieldView(await c.customFields.create(auth(req).tenantId, parseBody(customFieldBody, req.body))));
  });
  r.patch('/custom-fields/:id', requireRole(), async (req, res) => {
    res.json(fieldView(await c.customFields.update(auth(req).tenantId, String(req.params.id), parseBody(customFieldPatchBody, req.body))));
  });
  r.delete('/custom-fields/:id', requireRole(), async (req, res) => {
    await c.customFields.delete(auth(req).tenantId, String(req.params.id));
    res.status(204).end();
  });
  return r;
}
