/**
 * The escalation rule engine: given a tenant's rules and the facts about one
 * inbound customer message, decide which rule (if any) escalates. No I/O except
 * through the injected {@link SentimentScorer}.
 */

import type { ChannelType } from '../domain/model.js';
import { detectHumanRequest } from './human-request.js';
import { matchKeywords } from './keywords.js';
import { SURE_LEARNED_ANGER, type LearnedCategory, type LearnedEscalationDetector, type LearnedVerdict } from './learned/learned-detector.js';
import { configuredTriggers, type BusinessHours, type RuleWithId, type TriggerKind } from './rules.js';
import type { SentimentResult, SentimentScorer } from './sentiment.js';
import { detectSituations, type Situation, type SituationHit } from './situations.js';

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
  /**
   * The learned detector (ESCALATION_LEARNED): a second source of the human-request, anger
   * and situation triggers beside the hand-written ones, and optionally a veto on them.
   * Absent or null: the rules alone, as before round 15.
   */
  learned?: LearnedEscalationDetector | null;
}

/** The text analyses of one message, shared by the evaluations of that message. */
export interface TextAnalysis {
  sentiment?: Promise<SentimentResult>;
  human?: ReturnType<typeof detectHumanRequest>;
  situations?: SituationHit[];
  /** Situations whose words the rules found but held back (negated, hypothetical…), filled with `situations`. */
  held?: Set<Situation>;
  learned?: LearnedVerdict;
}

/** Which detector made a text trigger fire: the hand-written rules, the learned model, or both. */
export type TriggerSource = 'rules' | 'learned' | 'both';

/** Triggers a learned veto may silence: the text analyses. Keywords, tags, hours, retrieval and counts are the admin's facts. */
const VETOABLE: ReadonlySet<TriggerKind> = new Set(['humanRequest', 'situations', 'negativeSentiment']);

export interface EscalationMatch<R extends RuleWithId = RuleWithId> {
  rule: R;
  /**
   * `{ match, fired: TriggerKind[], source?, <kind>: what fired }`, stored on the ticket for agents.
   * `source` is there when a learned detector ran: `rules`, `learned` or `both` (which detector
   * made the text triggers fire), and `vetoed` lists rules the model silenced before this one.
   */
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
      held: (memo.held = new Set()),
    }));
  const learned = hasText ? (deps.learned ?? null) : null;
  const getLearned = (): LearnedVerdict | null => (learned === null ? null : (memo.learned ??= learned.verdict(facts.text, facts.history ?? [])));
  /** The learned evidence for `category`, when the model is sure enough. */
  const learnedFires = (category: LearnedCategory): { source: 'learned'; category: LearnedCategory; probability: number; unservedLanguage?: true } | undefined => {
    const v = getLearned();
    const p = v === null ? null : learned!.fires(v, category);
    if (p === null) return undefined;
    // A message in a language no pack serves met the lower thresholds of such messages (UNSERVED_LEARNED_THRESHOLDS).
    return { source: 'learned', category, probability: Math.round(p * 1000) / 1000, ...(v!.unserved ? { unservedLanguage: true as const } : {}) };
  };
  /** Per fired text trigger of the rule being checked: did the rules, the model, or both make it fire. */
  let sources: TriggerSource[] = [];
  const note = (rulesFired: boolean, learnedFired: boolean): void => {
    if (rulesFired || learnedFired) sources.push(rulesFired && learnedFired ? 'both' : rulesFired ? 'rules' : 'learned');
  };

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
        const h: ReturnType<typeof detectHumanRequest> = hasText ? getHuman() : { matched: false };
        // As with the situations below: the model does not overrule a request the rules found and held back (declined, negated…).
        const l = learned && h.held !== true ? learnedFires('human_request') : undefined;
        note(h.matched, l !== undefined);
        return h.matched ? (l ? { ...h, learned: l } : h) : l;
      }
      case 'situations': {
        const wanted = c.situations ?? [];
        const ruleHits = hasText ? getSituations().filter((h) => wanted.includes(h.situation)) : [];
        const hits: Array<SituationHit | { situation: LearnedCategory; source: 'learned'; probability: number; unservedLanguage?: true }> = [...ruleHits];
        let agreed = false;
        // The model does not overrule the rules' own "no": a situation whose words they found and held back
        // (negated, hypothetical, a question about it, resolved, someone else's) stays held back.
        for (const s of learned ? wanted : []) {
          const ruled = ruleHits.some((h) => h.situation === s);
          if (!ruled && memo.held?.has(s) === true) continue;
          const l = learnedFires(s);
          if (l === undefined) continue;
          if (ruled) agreed = true;
          else hits.push({ situation: s, source: 'learned', probability: l.probability, ...(l.unservedLanguage ? { unservedLanguage: true as const } : {}) });
        }
        note(ruleHits.length > 0, agreed || hits.length > ruleHits.length);
        return hits.length > 0 ? hits : undefined;
      }
      case 'negativeSentiment': {
        if (!hasText || c.negativeSentimentBelow === undefined) return undefined;
        // The model first: a sure learned "anger" spares a (possibly paid) sentiment call.
        const l = learned ? learnedFires('anger') : undefined;
        if (l && l.probability >= SURE_LEARNED_ANGER) {
          note(false, true);
          return l;
        }
        const s = await getSentiment();
        // Less sure (between the anger threshold and SURE_LEARNED_ANGER): the model fires when the message reads negative
        // at all; slang praise ("you guys are insane 😍") reads positive.
        if (l && s.score < 0) {
          note(false, true);
          return { ...l, sentiment: s.score };
        }
        const fired = s.score < c.negativeSentimentBelow;
        note(fired, false);
        return fired ? { score: s.score, threshold: c.negativeSentimentBelow, evidence: s.evidence } : undefined;
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

  const vetoed: string[] = [];
  for (const rule of sortRules(rules.filter((r) => r.active))) {
    const channels = rule.triggerConditions.channels;
    if (channels !== undefined && !channels.includes(facts.channel)) continue;
    sources = [];
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
    if (!ok) continue;
    if (learned === null) return { rule, evidence: { match: rule.match, fired: Object.keys(fired), ...fired } };
    const source: TriggerSource = sources.includes('both') || (sources.includes('rules') && sources.includes('learned')) ? 'both' : sources.includes('learned') ? 'learned' : 'rules';
    if (isVetoed(rule, fired, source, learned, getLearned())) {
      vetoed.push(rule.name);
      continue;
    }
    return { rule, evidence: { match: rule.match, fired: Object.keys(fired), source, ...(vetoed.length > 0 ? { vetoed } : {}), ...fired } };
  }
  return null;
}

/**
 * A rule the model vetoes: it fired on the hand-written text detectors alone (the model
 * did not agree on any of its triggers), every trigger that fired is a text analysis,
 * none of them is self-harm, and the model puts at least the veto probability on
 * "needs no person" (near_miss + routine). A veto only skips this rule; a later rule
 * may still fire.
 */
function isVetoed(rule: RuleWithId, fired: Record<string, unknown>, source: TriggerSource, learned: LearnedEscalationDetector, verdict: LearnedVerdict | null): boolean {
  if (source !== 'rules' || verdict === null || !learned.vetoes(verdict)) return false;
  const kinds = Object.keys(fired) as TriggerKind[];
  if (kinds.length === 0 || !kinds.every((k) => VETOABLE.has(k))) return false;
  const situations = (fired.situations as Array<{ situation: string }> | undefined) ?? [];
  return rule.category !== 'self_harm' && !situations.some((h) => h.situation === 'self_harm');
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
