/**
 * How the classifier's verdict combines with the rules (./decide.ts). The classifier
 * here is an in-memory implementation of the EscalationClassifier interface; the real
 * chat-model classifier is exercised against the fake OpenAI server in
 * tests/integration/escalation-classifier.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ClassifierVerdict, EscalationClassifier, EscalationClassifierInput } from '../../src/escalation/classifier.js';
import { CLASSIFIER_MIN_CONFIDENCE, decideEscalation, ruleForCategory } from '../../src/escalation/decide.js';
import { defaultEscalationRules } from '../../src/escalation/default-rules.js';
import type { EscalationFacts } from '../../src/escalation/evaluate.js';
import { LexiconSentimentScorer } from '../../src/escalation/sentiment.js';

class ScriptedClassifier implements EscalationClassifier {
  readonly modelId = 'scripted';
  readonly seen: EscalationClassifierInput[] = [];
  constructor(private readonly verdict: ClassifierVerdict | Error) {}
  classify(input: EscalationClassifierInput): Promise<ClassifierVerdict> {
    this.seen.push(input);
    return this.verdict instanceof Error ? Promise.reject(this.verdict) : Promise.resolve(this.verdict);
  }
}

const rules = defaultEscalationRules().map((r, i) => ({ ...r, id: `r${i}` }));
const facts = (text: string, extra: Partial<EscalationFacts> = {}): EscalationFacts => ({
  text, channel: 'webchat', customerTags: [], retrievalConfidence: null, consecutiveUnsure: 0, repeatedFailures: 0, now: new Date(), ...extra,
});
const sentiment = new LexiconSentimentScorer();
const verdict = (v: Partial<ClassifierVerdict>): ClassifierVerdict => ({ category: 'none', escalate: false, confidence: 0.9, reason: 'r', ...v });

describe('decideEscalation', () => {
  it('escalates what the rules missed through the tenant rule for the category when confident', async () => {
    const classifier = new ScriptedClassifier(verdict({ category: 'vulnerable', escalate: true, confidence: 0.92 }));
    const d = await decideEscalation(rules, facts('could you be gentle with my account, it has been a hard month', { history: ['hi'] }), { sentiment, classifier });
    expect(d.match?.rule.name).toBe('Vulnerable customer');
    expect(d.match?.evidence).toMatchObject({ match: 'classifier', fired: ['classifier'], classifier: { category: 'vulnerable' } });
    expect(d.classification).toMatchObject({ modelId: 'scripted', acted: true });
    expect(classifier.seen[0]).toEqual({ text: 'could you be gentle with my account, it has been a hard month', history: ['hi'] });
  });

  it('does not act below the confidence bar, on "none", or on escalate=false', async () => {
    for (const v of [verdict({ category: 'churn', escalate: true, confidence: CLASSIFIER_MIN_CONFIDENCE - 0.01 }), verdict({ category: 'none', escalate: true }), verdict({ category: 'security', escalate: false })]) {
      const d = await decideEscalation(rules, facts('what are your opening hours?'), { sentiment, classifier: new ScriptedClassifier(v) });
      expect(d.match).toBeNull();
      expect(d.classification).toMatchObject({ acted: false });
    }
  });

  it('never overrides a rule that fired, in either direction', async () => {
    const d = await decideEscalation(rules, facts('My card was stolen'), { sentiment, classifier: new ScriptedClassifier(verdict({ category: 'none', escalate: false, confidence: 1 })) });
    expect(d.match?.rule.name).toBe('Security incident');
    expect(d.classification).toMatchObject({ acted: false });
  });

  it('keeps the rules in charge when the classifier fails', async () => {
    const d = await decideEscalation(rules, facts('I want to talk to a human'), { sentiment, classifier: new ScriptedClassifier(new Error('timeout')) });
    expect(d.match?.rule.name).toBe('Explicit request for a human');
    expect(d.classification).toMatchObject({ error: 'timeout' });
  });

  it('runs no classifier offline or for a message without text', async () => {
    expect((await decideEscalation(rules, facts('hello'), { sentiment })).classification).toBeUndefined();
    const classifier = new ScriptedClassifier(verdict({}));
    expect((await decideEscalation(rules, facts('   '), { sentiment, classifier })).classification).toBeUndefined();
    expect(classifier.seen).toHaveLength(0);
  });
});

describe('ruleForCategory', () => {
  it('finds the rule by what it triggers on, honours deactivation and channel restrictions', () => {
    expect(ruleForCategory(rules, 'human_request', 'webchat')?.name).toBe('Explicit request for a human');
    expect(ruleForCategory(rules, 'anger', 'webchat')?.name).toBe('Anger or abuse');
    expect(ruleForCategory(rules, 'security', 'webchat')?.name).toBe('Security incident');
    const off = rules.map((r) => (r.name === 'Security incident' ? { ...r, active: false } : r));
    expect(ruleForCategory(off, 'security', 'webchat')).toBeNull();
    const telegramOnly = rules.map((r) => (r.name === 'Churn: closing, cancelling or leaving' ? { ...r, triggerConditions: { ...r.triggerConditions, channels: ['telegram' as const] } } : r));
    expect(ruleForCategory(telegramOnly, 'churn', 'webchat')).toBeNull();
    expect(ruleForCategory(telegramOnly, 'churn', 'telegram')?.name).toBe('Churn: closing, cancelling or leaving');
  });
});
