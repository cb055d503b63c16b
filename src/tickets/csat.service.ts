/**
 * Customer satisfaction: closing a ticket, or a bot-only conversation completing
 * after inactivity, asks the customer for a 1–5 rating (buttons where the
 * channel has them); the answer, within a day, is stored as feedback for the
 * ticket and its agent, or for the chat. The customer's next message after the
 * rating is stored as its free-text comment. Anything else the customer writes
 * instead of a rating reopens the conversation as usual.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { conversations, feedback } from '../../drizzle/schema.js';
import type { Button } from '../../channels/types.js';
import type { Db, Tx } from '../db/client.js';
import { recordOutboundTx, type OutboundConversation } from '../conversation/outbound.js';
import { CSAT_COMMENT_INVITE, CSAT_QUESTION, CSAT_THANKS, CHAT_RATING_QUESTION } from './texts.js';
import { addTicketEventTx, type ConversationRow } from './ticket.queries.js';
import { publishEventTx } from '../notifications/domain-events.js';

/** How long a closed conversation waits for the rating. */
const CSAT_WINDOW_MS = 24 * 3600 * 1000;
/** After the rating, how long the next message counts as its comment (later, it starts a new conversation). */
const COMMENT_WINDOW_MS = 30 * 60 * 1000;

const NOT_AWAITING = { awaitingCsatTicketId: null, awaitingCsatAgentId: null, awaitingCsatUntil: null, awaitingFeedback: null, awaitingFeedbackId: null } as const;

export type CsatOutcome = 'stored' | 'comment-stored' | 'not-a-rating' | 'none-pending';

/** The conversation waits for a rating now (an agent closed its ticket, or the chat completed, less than a day ago). */
export function isAwaitingCsat(conv: Pick<ConversationRow, 'awaitingCsatTicketId' | 'awaitingCsatUntil' | 'awaitingFeedback'>, now = new Date()): boolean {
  return Boolean((conv.awaitingCsatTicketId || conv.awaitingFeedback) && conv.awaitingCsatUntil && conv.awaitingCsatUntil >= now);
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

  /** A bot-only conversation completed: the customer is asked to rate the chat (no ticket, no agent). */
  async requestChatRatingTx(tx: Tx, conv: OutboundConversation): Promise<void> {
    await tx
      .update(conversations)
      .set({ awaitingFeedback: 'rating', awaitingFeedbackId: null, awaitingCsatTicketId: null, awaitingCsatAgentId: null, awaitingCsatUntil: new Date(Date.now() + CSAT_WINDOW_MS) })
      .where(eq(conversations.id, conv.id));
    const buttons: Button[] = [1, 2, 3, 4, 5].map((n) => ({ title: '★'.repeat(n), payload: `csat:${n}` }));
    await recordOutboundTx(tx, conv, [{ draft: { kind: 'buttons', text: CHAT_RATING_QUESTION, senderType: 'system', buttons }, idempotencyKey: `chat-csat-${conv.id}` }], { enqueue: true });
  }

  /**
   * Stores the customer's answer: a rating (then the next message is its
   * comment), or the comment after a rating. `rating` null while a rating is
   * awaited (not a rating) makes the conversation live again.
   */
  async recordRating(tenantId: string, conv: ConversationRow, rating: number | null, messageId: string, text = ''): Promise<CsatOutcome> {
    if (!isAwaitingCsat(conv)) return 'none-pending';
    if (conv.awaitingFeedback === 'comment' && conv.awaitingFeedbackId) {
      const comment = text.trim().slice(0, 2000);
      if (!comment) return 'none-pending';
      await this.db.transaction(async (tx) => {
        await tx.update(feedback).set({ comment }).where(and(eq(feedback.id, conv.awaitingFeedbackId!), eq(feedback.tenantId, tenantId), isNull(feedback.comment)));
        const [fb] = await tx.select({ ticketId: feedback.ticketId }).from(feedback).where(eq(feedback.id, conv.awaitingFeedbackId!));
        if (fb?.ticketId) await addTicketEventTx(tx, { tenantId, ticketId: fb.ticketId }, { type: 'feedback', role: 'customer', content: comment, messageId, fieldName: 'comment' });
        await tx.update(conversations).set(NOT_AWAITING).where(eq(conversations.id, conv.id));
      });
      return 'comment-stored';
    }
    const ticketId = conv.awaitingCsatTicketId;
    if (rating === null) {
      // Not a rating: the customer simply continues; the conversation is live again.
      await this.db.update(conversations).set({ ...NOT_AWAITING, status: 'ACTIVE', completedAt: null }).where(eq(conversations.id, conv.id));
      return 'not-a-rating';
    }
    const key = ticketId ?? conv.id;
    await this.db.transaction(async (tx) => {
      const [fb] = await tx
        .insert(feedback)
        .values({ tenantId, ticketId: ticketId ?? null, conversationId: conv.id, agentId: ticketId ? conv.awaitingCsatAgentId : null, rating })
        .onConflictDoNothing()
        .returning({ id: feedback.id });
      if (fb) await publishEventTx(tx, tenantId, 'feedback.created', { feedbackId: fb.id, ticketId: ticketId ?? null, conversationId: conv.id, agentId: ticketId ? conv.awaitingCsatAgentId : null, rating });
      if (ticketId) await addTicketEventTx(tx, { tenantId, ticketId }, { type: 'feedback', role: 'customer', content: String(rating), messageId, newValue: String(rating) });
      // The rating is in; the next message within the window is its comment.
      await tx
        .update(conversations)
        .set(fb ? { awaitingFeedback: 'comment', awaitingFeedbackId: fb.id, awaitingCsatTicketId: null, awaitingCsatAgentId: null, awaitingCsatUntil: new Date(Date.now() + COMMENT_WINDOW_MS) } : NOT_AWAITING)
        .where(eq(conversations.id, conv.id));
      await recordOutboundTx(
        tx,
        conv,
        [
          { draft: { kind: 'text', text: CSAT_THANKS, senderType: 'system' }, idempotencyKey: `csat-thanks-${key}` },
          ...(fb ? [{ draft: { kind: 'text' as const, text: CSAT_COMMENT_INVITE, senderType: 'system' as const }, idempotencyKey: `csat-comment-${key}` }] : []),
        ],
        { enqueue: true },
      );
    });
    this.onWorkRecorded();
    return 'stored';
  }

  /** Feedback given on a conversation (chat and ticket ratings), newest first. */
  async forConversation(tenantId: string, conversationId: string) {
    return this.db
      .select({ id: feedback.id, ticketId: feedback.ticketId, rating: feedback.rating, comment: feedback.comment, createdAt: feedback.createdAt })
      .from(feedback)
      .where(and(eq(feedback.tenantId, tenantId), eq(feedback.conversationId, conversationId)))
      .orderBy(sql`${feedback.createdAt} desc`);
  }
}
