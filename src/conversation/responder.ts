/**
 * The responder decides what the bot says to an inbound message. The product
 * answers with the knowledge-base responder (src/rag/rag.responder.ts); the
 * echo responder (./echo.responder.ts) is a diagnostics mode for channel
 * smoke tests.
 */
import type { OutboundDraft } from '../../channels/degrade.js';
import type { ChannelType, MessageKind } from '../domain/model.js';

export interface ResponderInput {
  tenantId: string;
  conversationId: string;
  /** The channel connection the message came in on (its bot config applies). */
  connectionId?: string;
  channel: ChannelType;
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
  /** Earlier AI steps (rewrite, retrieve...), each written as its own AI processing log row. */
  steps?: AiStep[];
}

export interface AiStep {
  processingType: 'rewrite' | 'retrieve' | 'sentiment' | 'summarize' | 'escalation';
  input: Record<string, unknown>;
  output: Record<string, unknown>;
  retrieved?: Array<{ chunkId: string; score: number }>;
  model: string;
  latencyMs: number;
}

export interface Responder {
  readonly name: string;
  respond(input: ResponderInput): Promise<ResponderResult>;
  /**
   * Optional: starts the reads `respond` will make for this message (its channel's settings) while the
   * processor reads the message's past, so that they go out together (one socket write on the job's
   * connection, src/db/pinned-connection.ts); `respond` for the same message then uses what was read.
   */
  prefetch?(input: Pick<ResponderInput, 'tenantId' | 'connectionId'> & { messageId: string }): void;
}
