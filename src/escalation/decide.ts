/**
 * One escalation decision for one message: the offline rules, and the chat-model
 * classifier when one is configured, run side by side.
 *
 * How they combine (documented in the README):
 *  - The rules stand on their own. A rule that fires escalates, whatever the
 *    classifier says; the classifier never vetoes a rule.
 *  - When no rule fires, a classifier verdict `escalate: true` with confidence at or
 *    above {@link CLASSIFIER_MIN_CONFIDENCE} escalates through the tenant's own rule for
 *    that category (the active rule whose triggers cover it: `humanRequest` for
 *    human_request, a sentiment threshold for anger, `situations` for the others),
 *    so ticket priority, category and assignment stay what the admin configured. A
 *    category the tenant has no active rule for (or deactivated) does not escalate.
 *  - A classifier error or timeout leaves the rules' decision as it is.
 * Every verdict, acted on or not, is returned for the AI processing log.
 */
import type { ClassifierVerdict, EscalationClassifier } from './classifier.js';
import { evaluateRules, sortRules, type EscalationDeps, type EscalationFacts, type EscalationMatch } from './evaluate.js';
import type { RuleWithId } from './rules.js';

/** Below this confidence a classifier verdict is logged but not acted on. */
export const CLASSIFIER_MIN_CONFIDENCE = 0.8;

export type ClassifierOutcome =
  | { modelId: string; latencyMs: number; verdict: ClassifierVerdict; acted: boolean }
  | { modelId: string; latencyMs: number; error: string };

export interface EscalationDecision<R extends RuleWithId = RuleWithId> {
  match: EscalationMatch<R> | null;
  /** Absent when no classifier ran (offline, or a message without text). */
  classification?: ClassifierOutcome;
}

/** The active rule that handles a classifier category for this channel, in evaluation order; null if none. */
export function ruleForCategory<R extends RuleWithId>(rules: readonly R[], category: string, channel: EscalationFacts['channel']): R | null {
  const applicable = sortRules(rules.filter((r) => r.active && (r.triggerConditions.channels?.includes(channel) ?? true)));
  const covers = (r: R): boolean => {
    const c = r.triggerConditions;
    if (category === 'human_request') return c.humanRequest === true;
    if (category === 'anger') return c.negativeSentimentBelow !== undefined;
    return (c.situations as readonly string[] | undefined)?.includes(category) ?? false;
  };
  return applicable.find(covers) ?? applicable.find((r) => r.category === category) ?? null;
}

export async function decideEscalation<R extends RuleWithId>(
  rules: readonly R[],
  facts: EscalationFacts,
  deps: EscalationDeps & { classifier?: EscalationClassifier | null; minConfidence?: number },
): Promise<EscalationDecision<R>> {
  const classifier = facts.text.trim().length > 0 ? deps.classifier : null;
  const started = Date.now();
  const classified: Promise<ClassifierOutcome> | null = classifier
    ? classifier.classify({ text: facts.text, history: facts.history ?? [] }).then(
        (verdict): ClassifierOutcome => ({ modelId: classifier.modelId, latencyMs: Date.now() - started, verdict, acted: false }),
        (err: unknown): ClassifierOutcome => ({ modelId: classifier.modelId, latencyMs: Date.now() - started, error: err instanceof Error ? err.message : String(err) }),
      )
    : null;
  const match = await evaluateRules(rules, facts, deps);
  const classification = classified ? await classified : undefined;
  if (match !== null || classification === undefined || !('verdict' in classification)) {
    return { match, ...(classification ? { classification } : {}) };
  }
  const { verdict } = classification;
  const min = deps.minConfidence ?? CLASSIFIER_MIN_CONFIDENCE;
  const rule = verdict.escalate && verdict.category !== 'none' && verdict.confidence >= min ? ruleForCategory(rules, verdict.category, facts.channel) : null;
  if (rule === null) return { match: null, classification };
  return {
    match: { rule, evidence: { match: 'classifier', fired: ['classifier'], classifier: verdict } },
    classification: { ...classification, acted: true },
  };
}
