/**
 * Offline evaluation of a rule set against labelled conversations (precision /
 * recall, and the same per slice), so rule or vocabulary changes can be measured
 * before tenants see them.
 */

import { evaluateRules, type EscalationDeps, type EscalationFacts } from './evaluate.js';
import type { Rule } from './rules.js';

export interface EscalationCase {
  /** Customer messages in order. */
  messages: readonly string[];
  /** Whether a support lead would want this conversation escalated. */
  escalate: boolean;
  /** What the customer is doing ("churn", "security", "near-miss"…): a slice of the report. */
  why?: string;
  /** Language of the case (ISO 639-1): a slice of the report. */
  lang?: string;
}

export interface CaseOutcome {
  index: number;
  expected: boolean;
  escalated: boolean;
  why?: string;
  lang?: string;
  /** The rule that fired, if any. */
  rule?: string;
}

export interface EscalationEvalResult {
  n: number;
  /** tp / (tp + fp); 0 when nothing was escalated. */
  precision: number;
  /** tp / (tp + fn); 0 when no case should escalate. */
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Cases the rules got wrong, with the rule that fired (false positives) for debugging. */
  errors: Array<{ index: number; expected: boolean; messages: readonly string[]; rule?: string }>;
  outcomes: CaseOutcome[];
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * A case counts as escalated when any of its messages escalates. Each message is
 * judged with the earlier messages of the case as its history. Facts are those of a
 * plain web-chat visitor: channel `webchat`, no tags, no retrieval confidence, no
 * unsure answers or failures, the case's `lang` as the customer's language, so only
 * text triggers (keywords, human request, situations, sentiment) can fire.
 */
export async function evaluateCases(
  cases: readonly EscalationCase[],
  rules: ReadonlyArray<Rule & { id?: string }>,
  deps: EscalationDeps,
  now: Date = new Date(),
): Promise<EscalationEvalResult> {
  const withIds = rules.map((r, i) => ({ ...r, id: r.id ?? `rule-${i}` }));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const errors: EscalationEvalResult['errors'] = [];
  const outcomes: CaseOutcome[] = [];

  for (const [index, c] of cases.entries()) {
    let firedBy: string | undefined;
    for (const [i, text] of c.messages.entries()) {
      const facts: EscalationFacts = {
        text,
        channel: 'webchat',
        customerTags: [],
        retrievalConfidence: null,
        consecutiveUnsure: 0,
        repeatedFailures: 0,
        now,
        history: c.messages.slice(0, i),
        ...(c.lang !== undefined ? { language: c.lang } : {}),
      };
      const match = await evaluateRules(withIds, facts, deps);
      if (match !== null) {
        firedBy = match.rule.name;
        break;
      }
    }
    const escalated = firedBy !== undefined;
    if (escalated && c.escalate) tp += 1;
    else if (escalated) fp += 1;
    else if (c.escalate) fn += 1;
    else tn += 1;
    if (escalated !== c.escalate) {
      errors.push({ index, expected: c.escalate, messages: c.messages, ...(firedBy !== undefined ? { rule: firedBy } : {}) });
    }
    outcomes.push({
      index,
      expected: c.escalate,
      escalated,
      ...(c.why !== undefined ? { why: c.why } : {}),
      ...(c.lang !== undefined ? { lang: c.lang } : {}),
      ...(firedBy !== undefined ? { rule: firedBy } : {}),
    });
  }

  return {
    n: cases.length,
    precision: tp + fp === 0 ? 0 : round3(tp / (tp + fp)),
    recall: tp + fn === 0 ? 0 : round3(tp / (tp + fn)),
    tp,
    fp,
    fn,
    tn,
    errors,
    outcomes,
  };
}

/** One report line: `{"why":"churn","n":20,"recall":0.9}` or `{"lang":"de","n":30,"recall":0.9,"false_alarms":1}`. */
export type SliceLine = { why: string; n: number; recall?: number; false_alarms?: number } | { lang: string; n: number; recall?: number; false_alarms: number };

/**
 * Figures per `why` and per `lang` value, in order of first appearance. A `why`
 * slice reports recall when it has cases that should escalate and false alarms
 * when it has cases that should not (a slice usually has one kind); a `lang` slice
 * reports false alarms always and recall when it has cases that should escalate.
 */
export function sliceReport(outcomes: readonly CaseOutcome[]): SliceLine[] {
  const groups = (key: 'why' | 'lang'): Map<string, CaseOutcome[]> => {
    const m = new Map<string, CaseOutcome[]>();
    for (const o of outcomes) {
      const v = o[key];
      if (v === undefined) continue;
      m.set(v, [...(m.get(v) ?? []), o]);
    }
    return m;
  };
  const figures = (os: readonly CaseOutcome[]): { positives: number; recall?: number; negatives: number; false_alarms: number } => {
    const pos = os.filter((o) => o.expected);
    const neg = os.filter((o) => !o.expected);
    return {
      positives: pos.length,
      ...(pos.length > 0 ? { recall: round3(pos.filter((o) => o.escalated).length / pos.length) } : {}),
      negatives: neg.length,
      false_alarms: neg.filter((o) => o.escalated).length,
    };
  };
  const lines: SliceLine[] = [];
  for (const [why, os] of groups('why')) {
    const f = figures(os);
    lines.push({ why, n: os.length, ...(f.recall !== undefined ? { recall: f.recall } : {}), ...(f.negatives > 0 ? { false_alarms: f.false_alarms } : {}) });
  }
  for (const [lang, os] of groups('lang')) {
    const f = figures(os);
    lines.push({ lang, n: os.length, ...(f.recall !== undefined ? { recall: f.recall } : {}), false_alarms: f.false_alarms });
  }
  return lines;
}
