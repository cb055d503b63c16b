/**
 * Extension points of the conversation processor, so escalation and tickets
 * (src/escalation, src/tickets) plug in without the processor knowing them.
 */
import type { Logger } from 'pino';
import type { conversations, messages } from '../../drizzle/schema.js';
import type { ResponderResult } from './responder.js';

/**
 * What the processor reads about an inbound message's past, once, for the
 * responder and the hooks (one statement instead of one per reader).
 */
export interface MessageContext {
  /** The conversation's last 10 messages before this one, oldest first, without system messages. */
  history: Array<{ role: 'customer' | 'bot' | 'agent'; text: string }>;
  /** The customer's previous messages in the conversation, newest first, up to 5. */
  previousCustomerTexts: string[];
  /** The conversation's customer (undefined if the row is gone). */
  customer: { tags: string[]; language: string | null } | undefined;
}

export type HookDecision = { action: 'answer' } | { action: 'skip'; reason: string };

export interface ConversationHooks {
  /** Runs before the bot answers an inbound message (escalation rules go here). */
  /** `context`: the processor's read of the message's past (the hooks read none of it themselves). */
  beforeAnswer(input: { conversation: typeof conversations.$inferSelect; message: typeof messages.$inferSelect; log: Logger; context: Promise<MessageContext> }): Promise<HookDecision>;
  /** Runs after the answer was recorded (e.g. low confidence → escalation). */
  afterAnswer(input: { conversation: typeof conversations.$inferSelect; message: typeof messages.$inferSelect; context: Promise<MessageContext>; result: ResponderResult; log: Logger }): Promise<void>;
}
