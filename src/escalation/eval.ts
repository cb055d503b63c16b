/**
 * Offline evaluation of a rule set against labelled conversations (precision /
 * recall), so rule or lexicon changes can be measured before tenants see them.
 */

import { evaluateRules, type EscalationDeps, type EscalationFacts } from './evaluate.js';
import type { Rule } from './rules.js';

export interface EscalationCase {
  /** Customer messages in order. */
  messages: readonly string[];
  /** Whether a support lead would want this conversation escalated. */
  escalate: boolean;
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
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * A case counts as escalated when any of its messages escalates. Facts are those
 * of a plain web-chat visitor: channel `webchat`, no tags, no retrieval confidence,
 * no unsure answers or failures, so only text triggers (keywords, human request,
 * sentiment) can fire.
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

  for (const [index, c] of cases.entries()) {
    let firedBy: string | undefined;
    for (const text of c.messages) {
      const facts: EscalationFacts = {
        text,
        channel: 'webchat',
        customerTags: [],
        retrievalConfidence: null,
        consecutiveUnsure: 0,
        repeatedFailures: 0,
        now,
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
  };
}
