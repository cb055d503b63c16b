/** The escalation unit tests' one question: which default rule, if any, escalates a message. */
import { defaultEscalationRules } from '../../src/escalation/default-rules.js';
import { evaluateRules } from '../../src/escalation/evaluate.js';
import { LexiconSentimentScorer } from '../../src/escalation/sentiment.js';

const rules = defaultEscalationRules().map((r, i) => ({ ...r, id: `rule-${i}` }));
const deps = { sentiment: new LexiconSentimentScorer() };

/** The category of the default rule that escalates `text` (a single message, no history), or null. */
export async function escalatedAs(text: string, language?: string): Promise<string | null> {
  const m = await evaluateRules(
    rules,
    { text, channel: 'webchat', customerTags: [], retrievalConfidence: null, consecutiveUnsure: 0, repeatedFailures: 0, now: new Date('2026-01-05T10:00:00Z'), ...(language ? { language } : {}) },
    deps,
  );
  return m?.rule.category ?? null;
}
