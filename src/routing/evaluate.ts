/**
 * Routing rules (pure): once escalation has decided that a person is needed,
 * routing decides who. Rules are tried in `position` order; every criterion a
 * rule names must hold (AND; a list inside a criterion is OR). The first rule
 * that matches wins, unless it says `continue`: then its actions apply and the
 * following rules are tried too (a later rule's team, agent or priority
 * overrides an earlier one; tags add up).
 */
import { z } from 'zod';
import { CHANNEL_TYPES, TICKET_PRIORITIES, type ChannelType, type TicketPriority } from '../domain/model.js';

/** Text criteria look at this many leading characters; a regex is at most this long. */
export const MAX_TEXT_CHARS = 4000;
export const MAX_PATTERN_CHARS = 200;

/**
 * A regex pattern we agree to run on customer text: bounded length, no
 * backreferences, no nested quantifiers (`(a+)+`), the usual catastrophic-
 * backtracking shapes.
 */
export function unsafePatternReason(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_CHARS) return `longer than ${MAX_PATTERN_CHARS} characters`;
  if (/\\[1-9]|\\k</.test(pattern)) return 'backreferences are not allowed';
  if (hasNestedRepetition(pattern)) return 'nested quantifiers (a repeated group that itself repeats or alternates) are not allowed';
  try {
    new RegExp(pattern, 'iu');
  } catch (err) {
    return `not a valid regular expression (${(err as Error).message})`;
  }
  return null;
}

/**
 * True when a group that is repeated (`+`, `*`, `{n,}`) contains a quantifier
 * or an alternation at any depth: `(a+)+`, `((a*))*`, `(a|aa)+`.
 */
function hasNestedRepetition(pattern: string): boolean {
  const stack: boolean[] = [];
  let inner = false;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') {
      stack.push(inner);
      inner = false;
    } else if (ch === ')') {
      const next = pattern[i + 1];
      const repeated = next === '+' || next === '*' || (next === '{' && /^\{\d*,\d*\}|^\{\d{2,}\}/.test(pattern.slice(i + 1)));
      if (repeated && inner) return true;
      inner = (stack.pop() ?? false) || inner || repeated;
    } else if (ch === '|' || ch === '+' || ch === '*' || (ch === '{' && /^\{\d*,?\d*\}/.test(pattern.slice(i)))) inner = true;
  }
  return false;
}

const text = (max: number) => z.string().min(1).max(max);

export const routingCriteriaSchema = z
  .object({
    channels: z.array(z.enum(CHANNEL_TYPES)).min(1).max(CHANNEL_TYPES.length).optional(),
    /** Language codes (`es`, `pt-BR`); compared on the primary subtag. */
    languages: z.array(z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code like es or pt-BR')).min(1).max(50).optional(),
    /** Ticket category names. */
    categories: z.array(text(100)).min(1).max(50).optional(),
    priorities: z.array(z.enum(TICKET_PRIORITIES)).min(1).max(TICKET_PRIORITIES.length).optional(),
    /** The customer has any of these tags. */
    customerTags: z.array(text(50)).min(1).max(50).optional(),
    /** Every listed field equals (one of) the value(s), compared as text. */
    customFields: z
      .record(text(100), z.union([z.string().max(500), z.number(), z.boolean(), z.array(z.union([z.string().max(500), z.number(), z.boolean()])).min(1).max(50)]))
      .refine((r) => Object.keys(r).length > 0 && Object.keys(r).length <= 20, 'between 1 and 20 fields')
      .optional(),
    text: z
      .object({
        /** Case-insensitive; any of them. */
        contains: z.array(text(200)).min(1).max(50).optional(),
        regex: z
          .string()
          .min(1)
          .superRefine((p, ctx) => {
            const reason = unsafePatternReason(p);
            if (reason) ctx.addIssue({ code: 'custom', message: reason });
          })
          .optional(),
      })
      .strict()
      .refine((t) => t.contains !== undefined || t.regex !== undefined, 'give contains or regex')
      .optional(),
  })
  .strict();

export const routingActionsSchema = z
  .object({
    teamId: z.string().uuid().optional(),
    agentId: z.string().uuid().optional(),
    priority: z.enum(TICKET_PRIORITIES).optional(),
    addTags: z.array(text(50)).min(1).max(20).optional(),
  })
  .strict()
  .refine((a) => Object.keys(a).length > 0, 'a rule needs at least one action: teamId, agentId, priority or addTags');

export type RoutingCriteria = z.infer<typeof routingCriteriaSchema>;
export type RoutingActions = z.infer<typeof routingActionsSchema>;

export interface RoutingRule {
  id: string;
  name: string;
  position: number;
  active: boolean;
  /** Keep evaluating the following rules after this one matched. */
  continue: boolean;
  criteria: RoutingCriteria;
  actions: RoutingActions;
}

export interface RoutingFacts {
  channel: ChannelType;
  language: string | null;
  category: string | null;
  priority: TicketPriority;
  customerTags: string[];
  customFields: Record<string, unknown>;
  /** The customer's recent messages. */
  text: string;
}

export interface RoutingDecision {
  teamId: string | null;
  agentId: string | null;
  priority: TicketPriority | null;
  addTags: string[];
  /** Rules that matched, in order (the last one without `continue` stopped the evaluation). */
  matched: Array<{ id: string; name: string }>;
}

const primary = (lang: string) => lang.toLowerCase().split('-')[0]!;
const asText = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null);

/** Does one rule's criteria hold for these facts? An empty criteria object matches everything. */
export function matches(criteria: RoutingCriteria, facts: RoutingFacts): boolean {
  if (criteria.channels && !criteria.channels.includes(facts.channel)) return false;
  if (criteria.languages && (!facts.language || !criteria.languages.some((l) => primary(l) === primary(facts.language!)))) return false;
  if (criteria.categories && (!facts.category || !criteria.categories.some((c) => c.toLowerCase() === facts.category!.toLowerCase()))) return false;
  if (criteria.priorities && !criteria.priorities.includes(facts.priority)) return false;
  if (criteria.customerTags) {
    const tags = new Set(facts.customerTags.map((t) => t.toLowerCase()));
    if (!criteria.customerTags.some((t) => tags.has(t.toLowerCase()))) return false;
  }
  if (criteria.customFields) {
    for (const [key, want] of Object.entries(criteria.customFields)) {
      const have = facts.customFields[key];
      const haveValues = (Array.isArray(have) ? have : [have]).map(asText).filter((v): v is string => v !== null);
      const wanted = (Array.isArray(want) ? want : [want]).map((v) => String(v));
      if (!wanted.some((w) => haveValues.includes(w))) return false;
    }
  }
  if (criteria.text) {
    const body = facts.text.slice(0, MAX_TEXT_CHARS);
    const lower = body.toLocaleLowerCase();
    if (criteria.text.contains && !criteria.text.contains.some((c) => lower.includes(c.toLocaleLowerCase()))) return false;
    if (criteria.text.regex) {
      // Stored rules were checked when written; a pattern that no longer compiles never matches.
      if (unsafePatternReason(criteria.text.regex)) return false;
      if (!new RegExp(criteria.text.regex, 'iu').test(body)) return false;
    }
  }
  return true;
}

/** Evaluates the rules in position order: first match wins, unless it says `continue`. */
export function evaluateRouting(rules: RoutingRule[], facts: RoutingFacts): RoutingDecision {
  const decision: RoutingDecision = { teamId: null, agentId: null, priority: null, addTags: [], matched: [] };
  const ordered = [...rules].filter((r) => r.active).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  for (const rule of ordered) {
    if (!matches(rule.criteria, facts)) continue;
    decision.matched.push({ id: rule.id, name: rule.name });
    const a = rule.actions;
    if (a.teamId) decision.teamId = a.teamId;
    if (a.agentId) decision.agentId = a.agentId;
    if (a.priority) decision.priority = a.priority;
    for (const t of a.addTags ?? []) if (!decision.addTags.includes(t)) decision.addTags.push(t);
    if (!rule.continue) break;
  }
  return decision;
}
