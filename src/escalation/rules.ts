/**
 * Escalation rule schema: what an admin POSTs to `/api/v1/escalation-rules` and
 * what the engine evaluates. Pure (zod only).
 *
 * Objects are strict so a typo ("triggerKeyword") is reported instead of
 * silently producing a rule that never fires.
 */

import { z } from 'zod';
import { CHANNEL_TYPES, TICKET_PRIORITIES } from '../domain/model.js';
import { PayloadError } from '../domain/errors.js';
import { SITUATIONS } from './situations.js';

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const keyword = z
  .string()
  .trim()
  .min(1, { error: 'keywords must not be empty' })
  .max(100, { error: 'keywords are at most 100 characters' })
  .refine((k) => !k.slice(0, -1).includes('*') && k !== '*', {
    error: '"*" is only allowed at the end of a keyword (prefix match), e.g. "refund*"',
  });

export const businessHoursSchema = z
  .strictObject({
    timezone: z.string().refine(isTimeZone, { error: 'must be an IANA time zone such as "Europe/Madrid"' }),
    days: z
      .array(z.int().min(0).max(6), { error: 'must be a list of weekdays 0 (Sunday) .. 6 (Saturday)' })
      .min(1, { error: 'list at least one business day (0 = Sunday .. 6 = Saturday)' })
      .refine((d) => new Set(d).size === d.length, { error: 'weekdays must not repeat' }),
    start: z.string().regex(HHMM, { error: 'must be "HH:MM" (24-hour), e.g. "09:00"' }),
    end: z.string().regex(HHMM, { error: 'must be "HH:MM" (24-hour), e.g. "18:00"; "24:00" means midnight' }),
  })
  .refine((h) => h.start !== h.end, {
    error: 'start and end must differ (use end < start for an overnight shift, e.g. 22:00 → 06:00)',
    path: ['end'],
  });

export const triggerConditionsSchema = z.strictObject({
  /** Fires on an explicit request for a person ({@link detectHumanRequest}). */
  humanRequest: z.boolean().optional(),
  /**
   * Fires when the message describes one of these situations ({@link detectSituations}):
   * security incident, vulnerable customer, legal threat, complaint to a regulator,
   * churn, repeated frustration — multilingual, with near-miss guards.
   */
  situations: z
    .array(z.enum(SITUATIONS, { error: `must be one of: ${SITUATIONS.join(', ')}` }))
    .min(1, { error: 'list at least one situation, or leave situations out' })
    .refine((s) => new Set(s).size === s.length, { error: 'situations must not repeat' })
    .optional(),
  /** Fires when the sentiment score (-1..1) is strictly below this. */
  negativeSentimentBelow: z.number().gt(-1, { error: 'must be greater than -1 (scores are -1..1)' }).max(1).optional(),
  /** Fires when the RAG retrieval confidence (0..1) is strictly below this. */
  minRetrievalConfidence: z.number().min(0).max(1, { error: 'confidence is 0..1' }).optional(),
  /** Fires when the last N bot answers in a row were "unsure". */
  consecutiveUnsure: z.int().min(1).optional(),
  /** Fires after N failed attempts (e.g. the same intent unresolved N times). */
  repeatedFailures: z.int().min(1).optional(),
  /**
   * Fires on a message that carries media (image, voice, file) and no text to
   * read: the bot cannot answer it, a person looks at it.
   */
  mediaWithoutText: z.boolean().optional(),
  /** Fires when the customer has any of these tags (case-insensitive). */
  customerTags: z
    .array(z.string().trim().min(1))
    .min(1, { error: 'list at least one tag, or leave customerTags out' })
    .optional(),
  /** A restriction, not a trigger: the rule only applies on these channels. */
  channels: z
    .array(z.enum(CHANNEL_TYPES, { error: `must be one of: ${CHANNEL_TYPES.join(', ')}` }))
    .min(1, { error: 'list at least one channel, or leave channels out for all channels' })
    .optional(),
  /** Fires when `now` is outside these hours in `timezone`. */
  outsideBusinessHours: businessHoursSchema.optional(),
});

export { TICKET_PRIORITIES, type TicketPriority } from '../domain/model.js';

export const assignmentSchema = z.strictObject({
  strategy: z.enum(['round_robin', 'least_loaded'], { error: 'must be "round_robin" or "least_loaded"' }),
  skills: z.array(z.string().trim().min(1)).optional(),
  /** BCP 47 tags ("es", "pt-BR") agents must speak. */
  languages: z
    .array(z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as "es" or "pt-BR"' }))
    .optional(),
  team: z.string().trim().min(1).optional(),
});

const priority = { error: 'must be a whole number 1..5 (1 = evaluated first)' };
const ruleFields = {
  name: z.string().trim().min(1, { error: 'name is required' }).max(120),
  active: z.boolean(),
  /** 1 = most important, evaluated first. */
  priorityLevel: z.int(priority).min(1, priority).max(5, priority),
  triggerKeywords: z.array(keyword).max(500),
  triggerConditions: triggerConditionsSchema,
  /** How keywords and trigger conditions combine. `channels` is always a restriction. */
  match: z.enum(['any', 'all'], { error: 'must be "any" or "all"' }),
  ticketPriority: z.enum(TICKET_PRIORITIES, { error: `must be one of: ${TICKET_PRIORITIES.join(', ')}` }),
  category: z.string().trim().min(1).max(80).optional(),
  assignment: assignmentSchema,
};

const ruleObject = z.strictObject({
  ...ruleFields,
  active: ruleFields.active.default(true),
  triggerKeywords: ruleFields.triggerKeywords.default([]),
  triggerConditions: ruleFields.triggerConditions.default({}),
  match: ruleFields.match.default('any'),
});
type RuleShape = z.output<typeof ruleObject>;

export const TRIGGER_KINDS = [
  'keywords', 'humanRequest', 'situations', 'negativeSentiment', 'retrievalConfidence',
  'consecutiveUnsure', 'repeatedFailures', 'customerTags', 'outsideBusinessHours', 'mediaWithoutText',
] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** The trigger kinds a rule has configured (keywords and conditions; never `channels`). */
export function configuredTriggers(rule: Pick<RuleShape, 'triggerKeywords' | 'triggerConditions'>): TriggerKind[] {
  const c = rule.triggerConditions;
  const kinds: TriggerKind[] = [];
  if (rule.triggerKeywords.length > 0) kinds.push('keywords');
  if (c.humanRequest === true) kinds.push('humanRequest');
  if (c.situations !== undefined) kinds.push('situations');
  if (c.negativeSentimentBelow !== undefined) kinds.push('negativeSentiment');
  if (c.minRetrievalConfidence !== undefined) kinds.push('retrievalConfidence');
  if (c.consecutiveUnsure !== undefined) kinds.push('consecutiveUnsure');
  if (c.repeatedFailures !== undefined) kinds.push('repeatedFailures');
  if (c.customerTags !== undefined) kinds.push('customerTags');
  if (c.outsideBusinessHours !== undefined) kinds.push('outsideBusinessHours');
  if (c.mediaWithoutText === true) kinds.push('mediaWithoutText');
  return kinds;
}

/** A full rule, as created. */
export const escalationRuleSchema = ruleObject.refine((r) => configuredTriggers(r).length > 0, {
  error:
    'a rule needs at least one trigger: triggerKeywords, or a triggerConditions entry other than channels ' +
    '(humanRequest: true, situations, negativeSentimentBelow, minRetrievalConfidence, consecutiveUnsure, repeatedFailures, customerTags, outsideBusinessHours, mediaWithoutText: true)',
  path: ['triggerConditions'],
});

/**
 * A partial update (PATCH): any subset of fields, each validated as above, no
 * defaults filled in. Merge it into the stored rule and re-parse the result with
 * {@link escalationRuleSchema} so the "at least one trigger" check still holds.
 */
export const escalationRulePatchSchema = z.strictObject(ruleFields).partial();

export type RuleInput = z.input<typeof escalationRuleSchema>;
export type Rule = z.output<typeof escalationRuleSchema>;
export type RuleWithId = Rule & { id: string };
export type BusinessHours = z.output<typeof businessHoursSchema>;

/**
 * Parse an admin-supplied rule. Throws {@link PayloadError} whose message lists every
 * problem with its path, e.g.
 * `priorityLevel: must be 1..5 (1 = evaluated first); triggerConditions.channels[0]: must be one of: …`.
 */
export function parseEscalationRule(input: unknown): Rule {
  const result = escalationRuleSchema.safeParse(input);
  if (result.success) return result.data;
  throw new PayloadError(formatIssues(result.error), result.error.issues);
}

/** One line, `path: message` per issue, joined by "; ". */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const path = i.path
        .map((p, n) => (typeof p === 'number' ? `[${p}]` : `${n === 0 ? '' : '.'}${String(p)}`))
        .join('');
      return path.length > 0 ? `${path}: ${i.message}` : i.message;
    })
    .join('; ');
}
