/**
 * Customers across channels:
 *   GET    /api/v1/customers?q=&tag=&cf.<key>=&limit=&offset= (agent)
 *   GET    /api/v1/customers/:id                          (agent) identities, conversations, tickets
 *   PATCH  /api/v1/customers/:id                          (agent) name, email, phone, language, tags, customFields
 *   GET    /api/v1/customers/:id/merge-suggestions        (agent) same verified email or phone; never merged automatically
 *   POST   /api/v1/customers/:id/merge {sourceCustomerId} (admin) idempotent
 *   DELETE /api/v1/customers/:id                          (admin) GDPR erasure, statistics kept
 */
import { customFieldFilters } from '../../custom-fields/filters.js';
import { Router } from 'express';
import { z } from 'zod';
import { safeText, uuidText } from '../../domain/input.js';
import type { Container } from '../../app/container.js';
import { normaliseEmail, normalisePhone } from '../../customers/contact.js';
import { withIdParams } from '../input.js';
import { auth, requireRole } from '../auth.js';
import { parseBody } from '../parse.js';
import { customerDetailView, customerView } from '../views/customer.view.js';

export const listQuery = z.object({
  q: safeText({ max: 200 }).optional(),
  tag: safeText({ trim: true, min: 1, max: 50 }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const email = z
  .string()
  .max(320)
  .transform((v, ctx) => {
    const e = normaliseEmail(v);
    if (!e) {
      ctx.addIssue({ code: 'custom', message: 'must be an email address (name@example.com)' });
      return z.NEVER;
    }
    return e;
  });
const phone = z
  .string()
  .max(40)
  .transform((v, ctx) => {
    const p = normalisePhone(v);
    if (!p) {
      ctx.addIssue({ code: 'custom', message: 'must be a phone number: 7 to 15 digits, optionally with + and the country code' });
      return z.NEVER;
    }
    return p;
  });
/** Custom field values: shape only here (keys, scalar or list values); per-definition checks belong to the custom-field definitions. */
const customFieldValue = z.union([safeText({ max: 2000 }), z.number().finite(), z.boolean(), z.null(), z.array(safeText({ max: 200 })).max(50)]);
const customFields = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, 'custom field keys: a letter, then letters, digits, _ . - (at most 64)'), customFieldValue)
  .refine((o) => Object.keys(o).length <= 100, { message: 'at most 100 custom fields' });

export const customerPatchSchema = z
  .object({
    name: safeText({ trim: true, min: 1, max: 200 }).nullable().optional(),
    email: email.nullable().optional(),
    phone: phone.nullable().optional(),
    language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or pt-BR').nullable().optional(),
    tags: z.array(safeText({ trim: true, min: 1, max: 50 })).max(50).optional(),
    customFields: customFields.optional(),
  })
  .strict();

export const mergeBodySchema = z.object({ sourceCustomerId: uuidText }).strict();

export function customerRoutes(c: Container): Router {
  const r = withIdParams(Router());
  const agent = requireRole('agent');

  r.get('/customers', agent, async (req, res) => {
    const q = parseBody(listQuery, req.query);
    const page = await c.customers.list(auth(req).tenantId, { ...q, customFields: customFieldFilters(req.query as Record<string, unknown>) });
    res.json({ items: page.items.map(customerView), total: page.total, limit: q.limit, offset: q.offset });
  });

  r.get('/customers/:id', agent, async (req, res) => {
    res.json(customerDetailView(await c.customers.get(auth(req).tenantId, String(req.params.id))));
  });

  r.patch('/customers/:id', agent, async (req, res) => {
    const patch = parseBody(customerPatchSchema, req.body);
    res.json(customerView(await c.customers.update(auth(req).tenantId, String(req.params.id), patch, auth(req))));
  });

  r.get('/customers/:id/merge-suggestions', agent, async (req, res) => {
    res.json({ items: await c.customers.mergeSuggestions(auth(req).tenantId, String(req.params.id)) });
  });

  r.post('/customers/:id/merge', requireRole(), async (req, res) => {
    const body = parseBody(mergeBodySchema, req.body);
    const { result, repeated } = await c.customers.merge(auth(req).tenantId, String(req.params.id), body.sourceCustomerId, auth(req));
    res.status(200).json({ ...result, repeated });
  });

  r.delete('/customers/:id', requireRole(), async (req, res) => {
    res.json(await c.customers.erase(auth(req).tenantId, String(req.params.id), auth(req)));
  });
  return r;
}
