/**
 * The escalation rule engine: given a tenant's rules and the facts about one
 * inbound customer message, decide which rule (if any) escalates. No I/O except
 * through the injected {@link SentimentScorer}.
 */

import type { ChannelType } from '../domain/model.js';
import { detectHumanRequest } from './human-request.js';
import { matchKeywords } from './keywords.js';
import { configuredTriggers, type BusinessHours, type RuleWithId, type TriggerKind } from './rules.js';
import type { SentimentResult, SentimentScorer } from './sentiment.js';
import { detectSituations, type SituationHit } from './situations.js';

export interface EscalationFacts {
  /** The customer's message text ("" for media-only messages: text triggers then do not fire). */
  text: string;
  channel: ChannelType;
  customerTags: readonly string[];
  /** Best retrieval score for the bot's answer; null/undefined when no retrieval ran. */
  retrievalConfidence?: number | null;
  consecutiveUnsure: number;
  repeatedFailures: number;
  now: Date;
  language?: string;
  /** Earlier customer messages of the conversation, oldest first (repeated frustration). */
  history?: readonly string[];
  /** The message carries files (image, voice, document...): `payload.attachments` or kind image/file. */
  hasMedia?: boolean;
  /** The customer asked for a person without saying so in words: pressed the "Talk to a person" button, or said "yes" to the bot's offer. */
  asksForHuman?: 'button' | 'accepted_offer';
}

export interface EscalationDeps {
  /** Called at most once per evaluation (per `analysis`, when given), and only if a rule needs it. Errors propagate. */
  sentiment: SentimentScorer;
  /**
   * What was already worked out about `facts.text` (and its history and language), filled in as
   * rules need it: evaluating the same message again — after the answer — does not analyse it twice.
   */
  analysis?: TextAnalysis;
}

/** The text analyses of one message, shared by the evaluations of that message. */
export interface TextAnalysis {
  sentiment?: Promise<SentimentResult>;
  human?: ReturnType<typeof detectHumanRequest>;
  situations?: SituationHit[];
}

export interface EscalationMatch<R extends RuleWithId = RuleWithId> {
  rule: R;
  /** `{ match, fired: TriggerKind[], <kind>: what fired }`, stored on the ticket for agents. */
  evidence: Record<string, unknown>;
}

/** Order of evaluation: priority (1 first), then name, then id, so ties are stable. */
export function sortRules<R extends RuleWithId>(rules: readonly R[]): R[] {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...rules].sort((a, b) => a.priorityLevel - b.priorityLevel || cmp(a.name, b.name) || cmp(a.id, b.id));
}

/**
 * The first active rule, in {@link sortRules} order, whose triggers fire for `facts`, or null.
 *
 * `match: 'any'` fires when any configured trigger fires; `'all'` when every one does.
 * `triggerConditions.channels` only restricts where a rule applies. A trigger whose fact
 * is missing (no text, retrievalConfidence null, unknown time zone) does not fire.
 */
export async function evaluateRules<R extends RuleWithId>(
  rules: readonly R[],
  facts: EscalationFacts,
  deps: EscalationDeps,
): Promise<EscalationMatch<R> | null> {
  const hasText = facts.text.trim().length > 0;
  const memo: TextAnalysis = deps.analysis ?? {};
  const getSentiment = (): Promise<SentimentResult> => (memo.sentiment ??= deps.sentiment.score(facts.text));
  const getHuman = (): ReturnType<typeof detectHumanRequest> => (memo.human ??= detectHumanRequest(facts.text));
  const getSituations = (): SituationHit[] =>
    (memo.situations ??= detectSituations(facts.text, {
      ...(facts.history !== undefined ? { history: facts.history } : {}),
      ...(facts.language !== undefined ? { language: facts.language } : {}),
    }));

  /** Evidence when the trigger fires, undefined when it does not. */
  const check = async (kind: TriggerKind, rule: R): Promise<unknown> => {
    const c = rule.triggerConditions;
    switch (kind) {
      case 'keywords': {
        const matched = hasText ? matchKeywords(facts.text, rule.triggerKeywords) : [];
        return matched.length > 0 ? matched : undefined;
      }
      case 'humanRequest': {
        if (facts.asksForHuman) return { matched: true, evidence: facts.asksForHuman === 'button' ? 'pressed "Talk to a person"' : 'accepted the offer of a person', via: facts.asksForHuman };
        const h = hasText ? getHuman() : { matched: false };
        return h.matched ? h : undefined;
      }
      case 'situations': {
        const wanted = c.situations ?? [];
        const hits = hasText ? getSituations().filter((h) => wanted.includes(h.situation)) : [];
        return hits.length > 0 ? hits : undefined;
      }
      case 'negativeSentiment': {
        if (!hasText || c.negativeSentimentBelow === undefined) return undefined;
        const s = await getSentiment();
        return s.score < c.negativeSentimentBelow
          ? { score: s.score, threshold: c.negativeSentimentBelow, evidence: s.evidence }
          : undefined;
      }
      case 'retrievalConfidence': {
        const confidence = facts.retrievalConfidence;
        if (confidence === null || confidence === undefined || c.minRetrievalConfidence === undefined) return undefined;
        return confidence < c.minRetrievalConfidence ? { confidence, threshold: c.minRetrievalConfidence } : undefined;
      }
      case 'consecutiveUnsure':
        return c.consecutiveUnsure !== undefined && facts.consecutiveUnsure >= c.consecutiveUnsure
          ? { count: facts.consecutiveUnsure, threshold: c.consecutiveUnsure }
          : undefined;
      case 'repeatedFailures':
        return c.repeatedFailures !== undefined && facts.repeatedFailures >= c.repeatedFailures
          ? { count: facts.repeatedFailures, threshold: c.repeatedFailures }
          : undefined;
      case 'customerTags': {
        const have = new Set(facts.customerTags.map((t) => t.trim().toLowerCase()));
        const matched = (c.customerTags ?? []).filter((t) => have.has(t.trim().toLowerCase()));
        return matched.length > 0 ? matched : undefined;
      }
      case 'mediaWithoutText':
        return c.mediaWithoutText === true && facts.hasMedia === true && !hasText ? { media: true } : undefined;
      case 'outsideBusinessHours': {
        if (c.outsideBusinessHours === undefined) return undefined;
        const at = businessHoursAt(c.outsideBusinessHours, facts.now);
        return at !== null && !at.inside ? { timezone: c.outsideBusinessHours.timezone, ...at } : undefined;
      }
    }
  };

  for (const rule of sortRules(rules.filter((r) => r.active))) {
    const channels = rule.triggerConditions.channels;
    if (channels !== undefined && !channels.includes(facts.channel)) continue;
    // Sentiment last: it is the only trigger that may be slow or cost money.
    const kinds = configuredTriggers(rule).sort(
      (a, b) => Number(a === 'negativeSentiment') - Number(b === 'negativeSentiment'),
    );
    if (kinds.length === 0) continue;

    const fired: Record<string, unknown> = {};
    let ok = rule.match === 'all';
    for (const kind of kinds) {
      if (rule.match === 'any' && kind === 'negativeSentiment' && ok) break;
      const evidence = await check(kind, rule);
      if (evidence !== undefined) {
        fired[kind] = evidence;
        if (rule.match === 'any') ok = true;
      } else if (rule.match === 'all') {
        ok = false;
        break;
      }
    }
    if (ok) return { rule, evidence: { match: rule.match, fired: Object.keys(fired), ...fired } };
  }
  return null;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formatters = new Map<string, Intl.DateTimeFormat>();

const minutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * Local weekday and time of `now` in `hours.timezone` and whether that is inside
 * business hours; null for an unknown time zone. `end` before `start` is an overnight
 * shift: 22:00–06:00 on Friday covers Friday 22:00 to Saturday 06:00.
 */
export function businessHoursAt(
  hours: BusinessHours,
  now: Date,
): { inside: boolean; localDay: number; localTime: string } | null {
  let fmt = formatters.get(hours.timezone);
  if (fmt === undefined) {
    try {
      fmt = new Intl.DateTimeFormat('en-US', {
        timeZone: hours.timezone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      return null;
    }
    formatters.set(hours.timezone, fmt);
  }
  const parts = fmt.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const day = WEEKDAYS.indexOf(part('weekday'));
  const localTime = `${part('hour')}:${part('minute')}`;
  const t = minutes(localTime);
  const start = minutes(hours.start);
  const end = minutes(hours.end);
  const open = (d: number): boolean => hours.days.includes(d);
  const inside =
    start < end ? open(day) && t >= start && t < end : (open(day) && t >= start) || (open((day + 6) % 7) && t < end);
  return { inside, localDay: day, localTime };
}
