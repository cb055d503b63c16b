/**
 * The responder decides what the bot says to an inbound message. The RAG
 * pipeline (src/rag) implements this interface; until it lands, the worker
 * uses the PlaceholderResponder below, which says plainly that it is one.
 */
import type { OutboundDraft } from '../../channels/degrade.js';
import type { MessageKind } from '../domain/model.js';

export interface ResponderInput {
  tenantId: string;
  conversationId: string;
  message: { id: string; kind: MessageKind; text: string; payload: Record<string, unknown> };
  history: Array<{ role: 'customer' | 'bot' | 'agent'; text: string }>;
  language?: string | null;
}

export interface ResponderResult {
  drafts: OutboundDraft[];
  /** Model that produced the answer, e.g. `local-extractive-v1`, `gpt-4o-mini`. */
  model: string;
  modelVersion?: string;
  /** Retrieval confidence in [0,1] when retrieval ran. */
  confidence?: number | null;
  /** The bot said it is not sure (feeds escalation). */
  unsure?: boolean;
  retrieved?: Array<{ chunkId: string; score: number }>;
  /** Free-form details for the AI processing log. */
  details?: Record<string, unknown>;
}

export interface Responder {
  readonly name: string;
  respond(input: ResponderInput): Promise<ResponderResult>;
}

/**
 * NOT an AI answer: acknowledges the message so the pipeline can be exercised
 * end to end before a knowledge base exists. Logged as a placeholder on every use.
 */
export class PlaceholderResponder implements Responder {
  readonly name = 'placeholder';
  constructor(private readonly opts: { delayMs?: number } = {}) {}

  async respond(input: ResponderInput): Promise<ResponderResult> {
    if (this.opts.delayMs) await new Promise((r) => setTimeout(r, this.opts.delayMs));
    const quoted = input.message.text.length > 200 ? `${input.message.text.slice(0, 200)}…` : input.message.text;
    return {
      drafts: [{ kind: 'text', senderType: 'bot', text: `[placeholder responder] Received: "${quoted}"` }],
      model: 'placeholder',
      confidence: null,
      details: { note: 'placeholder responder: no retrieval, no model' },
    };
  }
}
