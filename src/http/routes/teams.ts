/**
 * Teams and routing rules (admins edit, agents read):
 *   GET/POST /api/v1/teams, GET/PATCH/DELETE /api/v1/teams/:id
 *     { name, focusArea?, memberIds?, timeZone?, schedule?: { monday: ["09:00-17:00"], ... } | null, holidays?: ["2026-12-25"] }
 *   GET/POST /api/v1/routing-rules, GET/PATCH/DELETE /api/v1/routing-rules/:id
 *     { name, position?, active?, continue?, criteria: {...}, actions: { teamId?, agentId?, priority?, addTags? } }
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { safeText, uuidText } from '../../domain/input.js';
import { routingActionsSchema, routingCriteriaSchema } from '../../routing/evaluate.js';
import { routingRuleView } from '../../routing/routing-rules.repo.js';
import { isValidTimeZone, parseShift, WEEKDAYS } from '../../teams/schedule.js';
import { teamView } from '../../teams/team.service.js';
import { auth, requireRole } from '../auth.js';
import { withIdParams } from '../input.js';
import { parseBody } from '../parse.js';

const shift = z.string().refine((s) => parseShift(s) !== null, { message: 'must be a shift HH:MM-HH:MM (00:00–24:00, start ≠ end; an end before the start crosses midnight)' });
const schedule = z
  .object(Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(shift).max(10).optional()])) as Record<(typeof WEEKDAYS)[number], z.ZodOptional<z.ZodArray<typeof shift>>>)
  .strict();
const holiday = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date');
const timeZone = z.string().max(64).refine(isValidTimeZone, { message: 'must be an IANA time zone such as Europe/Berlin' });

const teamFields = {
  name: safeText({ trim: true, min: 1, max: 100 }),
  focusArea: safeText({ trim: true, max: 200 }).nullable(),
  memberIds: z.array(uuidText).max(500),
  timeZone,
  schedule: schedule.nullable(),
  holidays: z.array(holiday).max(400),
};
export const teamCreate = z
  .object({
    name: teamFields.name,
    focusArea: teamFields.focusArea.default(null),
    memberIds: teamFields.memberIds.default([]),
    timeZone: teamFields.timeZone.default('UTC'),
    schedule: teamFields.schedule.default(null),
    holidays: teamFields.holidays.default([]),
  })
  .strict();
export const teamPatch = z
  .object(teamFields)
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change' });

const ruleFields = {
  name: safeText({ trim: true, min: 1, max: 200 }),
  position: z.number().int().min(0).max(1_000_000),
  active: z.boolean(),
  continue: z.boolean(),
  criteria: routingCriteriaSchema,
  actions: routingActionsSchema,
};
export const ruleCreate = z
  .object({
    ...ruleFields,
    position: ruleFields.position.optional(),
    active: ruleFields.active.default(true),
    continue: ruleFields.continue.default(false),
    criteria: ruleFields.criteria.default({}),
  })
  .strict();
export const rulePatch = z
  .object(ruleFields)
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change' });

export function teamRoutes(c: Container): Router {
  const r = withIdParams(Router());
  r.get('/teams', requireRole('agent', 'analyst'), async (req, res) => {
    res.json({ items: (await c.teams.list(auth(req).tenantId)).map((t) => teamView(t)) });
  });
  r.get('/teams/:id', requireRole('agent', 'analyst'), async (req, res) => {
    res.json(teamView(await c.teams.get(auth(req).tenantId, String(req.params.id))));
  });
  r.post('/teams', requireRole(), async (req, res) => {
    res.status(201).json(teamView(await c.teams.create(auth(req).tenantId, parseBody(teamCreate, req.body))));
  });
  r.patch('/teams/:id', requireRole(), async (req, res) => {
    res.json(teamView(await c.teams.update(auth(req).tenantId, String(req.params.id), parseBody(teamPatch, req.body))));
  });
  r.delete('/teams/:id', requireRole(), async (req, res) => {
    await c.teams.delete(auth(req).tenantId, String(req.params.id));
    res.status(204).end();
  });

  r.get('/routing-rules', requireRole('agent', 'analyst'), async (req, res) => {
    res.json({ items: (await c.routingRules.list(auth(req).tenantId)).map(routingRuleView) });
  });
  r.get('/routing-rules/:id', requireRole('agent', 'analyst'), async (req, res) => {
    res.json(routingRuleView(await c.routingRules.get(auth(req).tenantId, String(req.params.id))));
  });
  r.post('/routing-rules', requireRole(), async (req, res) => {
    res.status(201).json(routingRuleView(await c.routingRules.create(auth(req).tenantId, parseBody(ruleCreate, req.body))));
  });
  r.patch('/routing-rules/:id', requireRole(), async (req, res) => {
    res.json(routingRuleView(await c.routingRules.update(auth(req).tenantId, String(req.params.id), parseBody(rulePatch, req.body))));
  });
  r.delete('/routing-rules/:id', requireRole(), async (req, res) => {
    await c.routingRules.delete(auth(req).tenantId, String(req.params.id));
    res.status(204).end();
  });
  return r;
}
