/**
 * Extension points of the conversation processor, so escalation and tickets
 * (src/escalation, src/tickets) plug in without the processor knowing them.
 */
import type { Logger } from 'pino';
import type { conversations, messages } from '../../drizzle/schema.js';
import type { ResponderResult } from './responder.js';

export type HookDecision = { action: 'answer' } | { action: 'skip'; reason: string };

export interface ConversationHooks {
  /** Runs before the bot answers an inbound message (escalation rules go here). */
  beforeAnswer(input: { conversation: typeof conversations.$inferSelect; message: typeof messages.$inferSelect; log: Logger }): Promise<HookDecision>;
  /** Runs after the answer was recorded (e.g. low confidence → escalation). */
  afterAnswer(input: { conversation: typeof conversations.$inferSelect; message: typeof messages.$inferSelect; result: ResponderResult; log: Logger }): Promise<void>;
}
