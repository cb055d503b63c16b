/**
 * The escalation classifier: when a chat model is configured (OPENAI_API_KEY /
 * OPENAI_BASE_URL), it reads each customer message with its recent history and
 * returns a structured verdict — category, escalate yes/no, confidence, a one-line
 * reason — alongside the offline rules. How the verdict combines with the rules is
 * in ./decide.ts; the rules never depend on it.
 */
import { z } from 'zod';
import type { ChatModelHandle } from '../rag/models.js';
import { SITUATIONS } from './situations.js';

/** The classifier's categories: the default rules' categories, plus "none". */
export const CLASSIFIER_CATEGORIES = ['human_request', 'anger', ...SITUATIONS, 'none'] as const;
export type ClassifierCategory = (typeof CLASSIFIER_CATEGORIES)[number];

export const classifierVerdictSchema = z.object({
  category: z.enum(CLASSIFIER_CATEGORIES).describe('What the customer is doing; "none" when no category applies'),
  escalate: z.boolean().describe('Whether a support lead would hand this conversation to a person now'),
  confidence: z.number().min(0).max(1).describe('0..1'),
  reason: z.string().max(300).describe('One line: why'),
});
export type ClassifierVerdict = z.infer<typeof classifierVerdictSchema>;

export interface EscalationClassifierInput {
  text: string;
  /** Earlier customer messages, oldest first. */
  history: readonly string[];
}

/** Anything that can classify a message for escalation; ./decide.ts depends only on this. */
export interface EscalationClassifier {
  readonly modelId: string;
  classify(input: EscalationClassifierInput): Promise<ClassifierVerdict>;
}

const PROMPT = [
  'You triage customer-support chat messages for a support lead. Decide whether a human agent must take over now.',
  'Escalate: an explicit or indirect request for a person; anger or abuse; frustration repeated across messages;',
  'legal threats (lawyer, court, suing, chargeback); complaints to a regulator, ombudsman or consumer-protection body;',
  'churn (closing the account, cancelling the contract, moving to a competitor); security incidents (account taken over,',
  'unauthorised charges, lost or stolen card or device, SIM swap, phishing that succeeded, fraud); vulnerable customers',
  '(bereavement, financial hardship with distress, any hint of self-harm — always escalate those).',
  'Do not escalate informational, hypothetical, negated or past-and-resolved mentions ("what should I do if my card is',
  'ever stolen?", "what does the cancellation fee cover?"), routine questions, or mild frustration the bot can handle.',
  'The message may be in any language. Answer with the category, escalate, your confidence (0..1) and a one-line reason.',
].join(' ');

/** Keep each message bounded: the verdict needs the gist, not a pasted document. */
const clip = (s: string): string => (s.length > 1500 ? `${s.slice(0, 1500)}…` : s);

export class ChatEscalationClassifier implements EscalationClassifier {
  readonly modelId: string;
  private readonly timeoutMs: number;

  constructor(
    private readonly chat: ChatModelHandle,
    opts: { timeoutMs?: number } = {},
  ) {
    this.modelId = `${chat.modelId} (escalation-classify)`;
    this.timeoutMs = opts.timeoutMs ?? 15_000;
  }

  async classify({ text, history }: EscalationClassifierInput): Promise<ClassifierVerdict> {
    const { HumanMessage, SystemMessage } = await import('@langchain/core/messages');
    const model = (await this.chat.model()).withStructuredOutput(classifierVerdictSchema, { name: 'escalation_verdict', method: 'jsonSchema' });
    const input = JSON.stringify({ earlier_messages: history.slice(-5).map(clip), message: clip(text) });
    const raw: unknown = await model.invoke([new SystemMessage(PROMPT), new HumanMessage(input)], { signal: AbortSignal.timeout(this.timeoutMs) });
    // Validate again: an OpenAI-compatible server may not enforce the schema.
    return classifierVerdictSchema.parse(raw);
  }
}
