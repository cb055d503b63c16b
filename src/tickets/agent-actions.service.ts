/**
 * What an agent does with a ticket: reply to the customer, add a private note,
 * assign, hand back to the bot, close, or take a conversation over. Every
 * action is one transaction over the ticket, its history, the conversation and
 * the agents' load counters; a message to the customer is recorded in it as
 * pending outbound (src/conversation/outbound.ts), delivered by the worker.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { conversations, tickets, users } from '../../drizzle/schema.js';
import type { Db, Tx } from '../db/client.js';
import { PayloadError } from '../domain/errors.js';
import type { Actor } from '../domain/model.js';
import { recordOutboundTx } from '../conversation/outbound.js';
import { insertAttachment } from '../attachments/attachment.queries.js';
import type { StoredBlob } from '../attachments/attachment.service.js';
import { isImageType } from '../attachments/sniff.js';
import { setStatusCauseTx } from '../conversation/status-history.js';
import { publishEventTx } from '../notifications/domain-events.js';
import type { EmailNotifier } from '../notifications/email-notifications.js';
import { claimAgentTx, releaseAgentTx } from './assignment.js';
import { resumeSla } from './sla.js';
import { HANDBACK_TEXT } from './texts.js';
import type { CsatService } from './csat.service.js';
import type { TicketEscalationService } from './escalation.service.js';
import type { InboxPublisher } from './inbox-events.js';
import { retryOnConflict } from '../db/errors.js';
import { addTicketEventTx, lockTicketTx, type ConversationRow, type TicketQueries, type TicketRow } from './ticket.queries.js';

export interface AgentActionsDeps {
  db: Db;
  inbox: InboxPublisher;
  tickets: TicketQueries;
  escalation: TicketEscalationService;
  csat: CsatService;
  /** Called after a commit that may have recorded an outbound message, so the relay enqueues at once. */
  onWorkRecorded?: () => void;
  slaWarningMinutes?: number;
  /** E-mail notifications (assignment, mentions in notes), recorded in each action's transaction. */
  notifier?: EmailNotifier | null;
}

export class AgentActionsService {
  private readonly onWorkRecorded: () => void;

  constructor(private readonly deps: AgentActionsDeps) {
    this.onWorkRecorded = deps.onWorkRecorded ?? (() => {});
  }

  /** Runs `fn` with the ticket and its conversation (null: a ticket without a chat) locked, then tells the inbox. */
  private async mutate<T>(tenantId: string, ticketId: string, fn: (tx: Tx, t: TicketRow, conv: ConversationRow | null) => Promise<T>): Promise<T> {
    // A deadlock with a worker or a scheduled scan (they lock conversation and ticket rows too) is retried.
    const result = await retryOnConflict(() =>
      this.deps.db.transaction(async (tx) => {
        const { ticket, conversation } = await lockTicketTx(tx, tenantId, ticketId);
        return fn(tx, ticket, conversation);
      }),
    );
    this.onWorkRecorded();
    const fresh = await this.deps.tickets.get(tenantId, ticketId);
    await this.deps.inbox.publish(tenantId, { event: 'ticket.updated', data: fresh });
    return result;
  }

  /** The agent's reply goes to the customer on the channel they wrote from. */
  /**
   * With `file` (an already stored blob), the message carries it: recorded with
   * the message, sent by the worker with a fresh signed link.
   */
  async reply(tenantId: string, ticketId: string, actor: Actor, text: string, clientId?: string, file?: StoredBlob): Promise<{ messageId: string | null }> {
    return this.mutate(tenantId, ticketId, async (tx, t, conv) => {
      if (t.status === 'closed') throw new PayloadError('the ticket is closed');
      if (!conv) throw new PayloadError('the ticket has no conversation to reply on');
      const key = `agent-${t.id}-${clientId ?? randomUUID()}`;
      const draft = file
        ? { kind: isImageType(file.contentType) ? ('image' as const) : ('file' as const), text, senderType: 'agent' as const, attachment: { name: file.fileName, mimeType: file.contentType, size: file.sizeBytes } }
        : { kind: 'text' as const, text, senderType: 'agent' as const };
      const [messageId] = await recordOutboundTx(tx, conv, [{ draft, senderUserId: actor.userId, idempotencyKey: key }], { enqueue: true });
      if (!messageId) return { messageId: null };
      if (file) {
        await insertAttachment(tx, {
          tenantId,
          parentType: 'message',
          parentId: messageId,
          conversationId: conv.id,
          fileName: file.fileName,
          contentType: file.contentType,
          sizeBytes: file.sizeBytes,
          checksum: file.checksum,
          storageKey: file.storageKey,
          uploadedBy: actor.userId ?? 'agent',
          status: 'stored',
        });
      }
      const ref = { tenantId, ticketId: t.id };
      await addTicketEventTx(tx, ref, { type: 'message', role: 'agent', authorId: actor.userId, content: file ? [text, `[file: ${file.fileName}]`].filter(Boolean).join('\n') : text, messageId });
      const becomesOpen = t.status === 'new' || t.status === 'pending' || t.status === 'resolved';
      if (becomesOpen) await addTicketEventTx(tx, ref, { type: 'status-update', role: 'agent', authorId: actor.userId, oldValue: t.status, newValue: 'open' });
      let assignee = t.assigneeId;
      if (!assignee && actor.userId) {
        assignee = actor.userId;
        await claimAgentTx(tx, tenantId, actor.userId);
        await addTicketEventTx(tx, ref, { type: 'assignment-added', role: 'agent', authorId: actor.userId, agentId: actor.userId });
      }
      await tx
        .update(tickets)
        .set({
          status: becomesOpen ? 'open' : t.status,
          assigneeId: assignee,
          firstResponseAt: t.firstResponseAt ?? sql`now()`,
          ...(t.status === 'pending' ? resumeSla(t, this.deps.slaWarningMinutes ?? 15) : {}),
          lastActivityAt: sql`now()`,
          updatedAt: sql`now()`,
        })
        .where(eq(tickets.id, t.id));
      // An agent writing on a conversation takes it: the bot stays quiet.
      await tx.update(conversations).set({ status: 'ESCALATED', botPaused: true, assignedAgentId: assignee, updatedAt: sql`now()` }).where(eq(conversations.id, conv.id));
      return { messageId };
    });
  }

  /**
   * Internal note: history only (private), never sent to the customer. Users
   * mentioned in it (`@local-part` of their e-mail, `@"Full Name"`) get an e-mail.
   */
  async note(tenantId: string, ticketId: string, actor: Actor, text: string): Promise<void> {
    await this.mutate(tenantId, ticketId, async (tx, t) => {
      const noteId = await addTicketEventTx(tx, { tenantId, ticketId: t.id }, { type: 'note-added', role: 'agent', authorId: actor.userId, content: text, visibility: 'private' });
      await tx.update(tickets).set({ lastActivityAt: sql`now()`, updatedAt: sql`now()` }).where(eq(tickets.id, t.id));
      await this.deps.notifier?.notifyTx(tx, { kind: 'mention', tenantId, ticketId: t.id, actorId: actor.userId, text, noteId });
    });
  }

  async assign(tenantId: string, ticketId: string, actor: Actor, agentId: string): Promise<void> {
    await this.mutate(tenantId, ticketId, async (tx, t, conv) => {
      const [agent] = await tx.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, agentId))).limit(1);
      if (!agent) throw new PayloadError('agentId is not an agent of this tenant');
      if (t.assigneeId === agentId) return;
      const ref = { tenantId, ticketId: t.id };
      if (t.assigneeId) {
        await releaseAgentTx(tx, tenantId, t.assigneeId);
        await addTicketEventTx(tx, ref, { type: 'assignment-removed', role: 'agent', authorId: actor.userId, agentId: t.assigneeId });
      }
      await claimAgentTx(tx, tenantId, agentId);
      await addTicketEventTx(tx, ref, { type: 'assignment-added', role: 'agent', authorId: actor.userId, agentId });
      if (t.status === 'new') await addTicketEventTx(tx, ref, { type: 'status-update', role: 'agent', authorId: actor.userId, oldValue: 'new', newValue: 'open' });
      await tx.update(tickets).set({ assigneeId: agentId, status: t.status === 'new' ? 'open' : t.status, lastActivityAt: sql`now()`, updatedAt: sql`now()` }).where(eq(tickets.id, t.id));
      if (conv) await tx.update(conversations).set({ assignedAgentId: agentId }).where(eq(conversations.id, conv.id));
      await publishEventTx(tx, tenantId, 'ticket.updated', { ticketId: t.id, conversationId: conv?.id ?? null, change: 'assigned', assigneeId: agentId, status: t.status === 'new' ? 'open' : t.status });
      await this.deps.notifier?.notifyTx(tx, { kind: 'assignment', tenantId, ticketId: t.id, assigneeId: agentId, actorId: actor.userId });
    });
  }

  /** The bot resumes; the ticket waits for the customer (pending) or is closed. */
  async handback(tenantId: string, ticketId: string, actor: Actor, opts: { close?: boolean } = {}): Promise<void> {
    await this.mutate(tenantId, ticketId, async (tx, t, conv) => {
      if (t.status === 'closed') throw new PayloadError('the ticket is closed');
      if (!conv) throw new PayloadError('the ticket has no conversation to hand back');
      const next = opts.close ? 'closed' : 'pending';
      const ref = { tenantId, ticketId: t.id };
      await addTicketEventTx(tx, ref, { type: 'status-update', role: 'agent', authorId: actor.userId, oldValue: t.status, newValue: next, content: 'handed back to the bot' });
      if (t.assigneeId) {
        await releaseAgentTx(tx, tenantId, t.assigneeId);
        await addTicketEventTx(tx, ref, { type: 'assignment-removed', role: 'agent', authorId: actor.userId, agentId: t.assigneeId });
      }
      await tx
        .update(tickets)
        .set({ status: next, assigneeId: null, lastActivityAt: sql`now()`, updatedAt: sql`now()`, ...(opts.close ? { closedAt: sql`now()` } : t.slaPausedAt ? {} : { slaPausedAt: sql`now()` }) })
        .where(eq(tickets.id, t.id));
      await setStatusCauseTx(tx, 'handed back to the bot');
      await tx
        .update(conversations)
        .set({ status: 'ACTIVE', botPaused: false, assignedAgentId: null, consecutiveUnsure: 0, updatedAt: sql`now()` })
        .where(eq(conversations.id, conv.id));
      // The customer is told the bot is back (a close asks for the rating instead).
      if (!opts.close) {
        await recordOutboundTx(tx, conv, [{ draft: { kind: 'text', text: HANDBACK_TEXT, senderType: 'system' }, idempotencyKey: `handback-${t.id}-${randomUUID()}` }], { enqueue: true });
      }
      await publishEventTx(tx, tenantId, next === 'closed' ? 'ticket.closed' : 'ticket.updated', { ticketId: t.id, conversationId: conv.id, change: 'handed-back', status: next });
    });
  }

  /** Closes the ticket, completes the conversation and asks the customer for a 1–5 rating. */
  async close(tenantId: string, ticketId: string, actor: Actor): Promise<void> {
    await this.mutate(tenantId, ticketId, (tx, t, conv) => this.closeTx(tx, t, conv, actor));
  }

  /** Closing in the caller's transaction (also `PATCH /tickets/:id {status: closed}`): the conversation completes and the customer is asked for a rating. */
  async closeTx(tx: Tx, t: TicketRow, conv: ConversationRow | null, actor: Actor): Promise<void> {
    if (t.status === 'closed') return;
    const tenantId = t.tenantId;
    const ref = { tenantId, ticketId: t.id };
    await addTicketEventTx(tx, ref, { type: 'status-update', role: actor.role, authorId: actor.userId, oldValue: t.status, newValue: 'closed' });
    const agentId = t.assigneeId ?? actor.userId;
    if (t.assigneeId) await releaseAgentTx(tx, tenantId, t.assigneeId);
    await tx.update(tickets).set({ status: 'closed', closedAt: sql`now()`, slaPausedAt: null, lastActivityAt: sql`now()`, updatedAt: sql`now()` }).where(eq(tickets.id, t.id));
    await publishEventTx(tx, tenantId, 'ticket.closed', { ticketId: t.id, conversationId: conv?.id ?? null, status: 'closed', closedBy: actor.userId });
    if (!conv || conv.status === 'COMPLETED') return;
    await setStatusCauseTx(tx, 'ticket closed by an agent');
    await tx
      .update(conversations)
      .set({ status: 'COMPLETED', botPaused: false, completedAt: sql`now()`, consecutiveUnsure: 0, updatedAt: sql`now()` })
      .where(eq(conversations.id, conv.id));
    await this.deps.csat.requestRatingTx(tx, conv, { ticketId: t.id, agentId });
  }

  /** Manual escalation of a conversation the bot was handling: the calling agent takes it. */
  async takeover(tenantId: string, conversationId: string, actor: Actor): Promise<TicketRow> {
    return this.deps.escalation.escalate({ tenantId, conversationId, reason: 'takeover', evidence: { takeoverBy: actor.userId }, priority: 'medium', agentId: actor.userId, acknowledge: false });
  }
}
