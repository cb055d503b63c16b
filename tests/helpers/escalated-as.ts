/** The escalation unit tests' one question: which default rule, if any, escalates a message. */
import { defaultEscalationRules } from '../../src/escalation/default-rules.js';
import { evaluateRules, type EscalationFacts } from '../../src/escalation/evaluate.js';
import { LexiconSentimentScorer } from '../../src/escalation/sentiment.js';

const rules = defaultEscalationRules().map((r, i) => ({ ...r, id: `rule-${i}` }));
const deps = { sentiment: new LexiconSentimentScorer() };

/** The facts of one web chat message with its earlier messages, nothing else known (no tags, no retrieval, a weekday morning). */
export function messageFacts(text: string, history?: string[], language?: string): EscalationFacts {
  return { text, ...(history ? { history } : {}), channel: 'webchat', customerTags: [], retrievalConfidence: null, consecutiveUnsure: 0, repeatedFailures: 0, now: new Date('2026-01-05T10:00:00Z'), ...(language ? { language } : {}) };
}

/** The category of the default rule that escalates `text` (a single message, no history), or null. */
export async function escalatedAs(text: string, language?: string): Promise<string | null> {
  const m = await evaluateRules(
    rules,
    messageFacts(text, undefined, language),
    deps,
  );
  return m?.rule.category ?? null;
}
