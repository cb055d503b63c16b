/**
 * Customer satisfaction: closing a ticket asks the customer for a 1–5 rating
 * (buttons where the channel has them); the answer, within a day, is stored as
 * feedback for the ticket and its agent. Anything else the customer writes
 * reopens the conversation as usual.
 */
import { eq } from 'drizzle-orm';
import { conversations, feedback } from '../../drizzle/schema.js';
import type { Button } from '../../channels/types.js';
import type { Db, Tx } from '../db/client.js';
import { recordOutboundTx, type OutboundConversation } from '../conversation/outbound.js';
import { CSAT_QUESTION, CSAT_THANKS } from './texts.js';
import { addTicketEventTx, type ConversationRow } from './ticket.queries.js';
import { publishEventTx } from '../notifications/domain-events.js';

/** How long a closed conversation waits for the rating. */
const CSAT_WINDOW_MS = 24 * 3600 * 1000;

const NOT_AWAITING = { awaitingCsatTicketId: null, awaitingCsatAgentId: null, awaitingCsatUntil: null } as const;

export type CsatOutcome = 'stored' | 'not-a-rating' | 'none-pending';

/** The conversation waits for a rating now (an agent closed its ticket less than a day ago). */
export function isAwaitingCsat(conv: Pick<ConversationRow, 'awaitingCsatTicketId' | 'awaitingCsatUntil'>, now = new Date()): boolean {
  return Boolean(conv.awaitingCsatTicketId && conv.awaitingCsatUntil && conv.awaitingCsatUntil >= now);
}

export class CsatService {
  constructor(
    private readonly db: Db,
    /** Called after a commit that recorded an outbound message, so the relay enqueues at once. */
    private readonly onWorkRecorded: () => void = () => {},
  ) {}

  /** In the closing transaction: the conversation waits for a rating, and the question is queued. */
  async requestRatingTx(tx: Tx, conv: OutboundConversation, closed: { ticketId: string; agentId: string | null }): Promise<void> {
    await tx
      .update(conversations)
      .set({ awaitingCsatTicketId: closed.ticketId, awaitingCsatAgentId: closed.agentId, awaitingCsatUntil: new Date(Date.now() + CSAT_WINDOW_MS) })
      .where(eq(conversations.id, conv.id));
    const buttons: Button[] = [1, 2, 3, 4, 5].map((n) => ({ title: '★'.repeat(n), payload: `csat:${n}` }));
    await recordOutboundTx(tx, conv, [{ draft: { kind: 'buttons', text: CSAT_QUESTION, senderType: 'system', buttons }, idempotencyKey: `csat-${closed.ticketId}` }], { enqueue: true });
  }

  /** Stores the customer's answer; `rating` null (not a rating) makes the conversation live again. */
  async recordRating(tenantId: string, conv: ConversationRow, rating: number | null, messageId: string): Promise<CsatOutcome> {
    const ticketId = conv.awaitingCsatTicketId;
    if (!ticketId || !isAwaitingCsat(conv)) return 'none-pending';
    if (rating === null) {
      // Not a rating: the customer simply continues; the conversation is live again.
      await this.db.update(conversations).set({ ...NOT_AWAITING, status: 'ACTIVE', completedAt: null }).where(eq(conversations.id, conv.id));
      return 'not-a-rating';
    }
    await this.db.transaction(async (tx) => {
      const inserted = await tx
        .insert(feedback)
        .values({ tenantId, ticketId, conversationId: conv.id, agentId: conv.awaitingCsatAgentId, rating })
        .onConflictDoNothing()
        .returning({ id: feedback.id });
      if (inserted[0]) await publishEventTx(tx, tenantId, 'feedback.created', { feedbackId: inserted[0].id, ticketId, conversationId: conv.id, agentId: conv.awaitingCsatAgentId, rating });
      await addTicketEventTx(tx, { tenantId, ticketId }, { type: 'feedback', role: 'customer', content: String(rating), messageId, newValue: String(rating) });
      await tx.update(conversations).set(NOT_AWAITING).where(eq(conversations.id, conv.id));
      await recordOutboundTx(tx, conv, [{ draft: { kind: 'text', text: CSAT_THANKS, senderType: 'system' }, idempotencyKey: `csat-thanks-${ticketId}` }], { enqueue: true });
    });
    this.onWorkRecorded();
    return 'stored';
  }
}
