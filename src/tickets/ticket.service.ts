/**
 * Tickets and human takeover (seeds 003/004). Every state change is one
 * transaction: the ticket, its history events, the conversation (status, bot
 * paused, assignee), agent load counters and any message to the customer
 * (recorded as pending outbound + an outbox job, so it is delivered through the
 * same ordered, idempotent path as bot replies).
 */
import { and, asc, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Logger } from 'pino';
import { aiProcessingLogs, channelIdentities, conversations, feedback, messages, ticketCategories, ticketEvents, tickets, users } from '../../drizzle/schema.js';
import type { Button } from '../../channels/types.js';
import type { Db, Tx } from '../db/client.js';
import { NotFoundError, PayloadError } from '../domain/errors.js';
import { recordOutbox } from '../queue/outbox.js';
import { CONVERSATION_QUEUE, jobIds } from '../queue/queues.js';
import type { TicketPriority } from '../escalation/rules.js';
import { ensureEscalationDefaults } from '../escalation/escalation-rules.repo.js';
import { claimAgentTx, pickAgentTx, releaseAgentTx, type AssignmentPolicy } from './assignment.js';
import type { InboxPublisher } from './inbox-events.js';
import { acknowledgementText, CSAT_QUESTION, CSAT_THANKS } from './texts.js';

export type TicketRow = typeof tickets.$inferSelect;
type ConversationRow = typeof conversations.$inferSelect;
export type TicketStatus = TicketRow['status'];

export interface Actor {
  userId: string | null;
  role: 'agent' | 'customer' | 'bot' | 'system';
}

export interface EscalateInput {
  tenantId: string;
  conversationId: string;
  reason: 'rule' | 'takeover';
  ruleId?: string | null;
  evidence: Record<string, unknown>;
  priority: TicketPriority;
  category?: string | null;
  assignment?: AssignmentPolicy;
  /** Manual takeover: the ticket goes to this agent. */
  agentId?: string | null;
  /** Customer message that caused it (appears in the ticket history). */
  messageId?: string | null;
  /** Tell the customer a person will answer (rule escalations). */
  acknowledge: boolean;
  /** A model-written summary; without it the description is extractive. */
  summary?: string | null;
}

/** Writes a ticket description from the conversation (the chat model, when configured). */
export interface ConversationSummarizer {
  readonly modelId: string;
  summarize(lines: Array<{ role: string; text: string }>): Promise<string>;
}

const MINUTE = 60_000;

export function ticketView(t: TicketRow, now = new Date()) {
  const firstResponseBreached = !t.firstResponseAt && t.firstResponseDueAt !== null && t.firstResponseDueAt < now && t.status !== 'closed';
  const resolutionBreached = t.status !== 'closed' && t.resolutionDueAt !== null && t.resolutionDueAt < now;
  return {
    id: t.id,
    conversationId: t.conversationId,
    customerId: t.customerId,
    title: t.title,
    description: t.description,
    status: t.status,
    priority: t.priority,
    categoryId: t.categoryId,
    tags: t.tags,
    customFields: t.customFields,
    sourceChannel: t.sourceChannel,
    assigneeId: t.assigneeId,
    assignees: t.assigneeId ? [t.assigneeId] : [],
    escalationRuleId: t.escalationRuleId,
    escalationEvidence: t.escalationEvidence,
    firstResponseDueAt: t.firstResponseDueAt?.toISOString() ?? null,
    resolutionDueAt: t.resolutionDueAt?.toISOString() ?? null,
    firstResponseAt: t.firstResponseAt?.toISOString() ?? null,
    closedAt: t.closedAt?.toISOString() ?? null,
    lastActivityAt: t.lastActivityAt.toISOString(),
    createdAt: t.createdAt.toISOString(),
    slaBreached: firstResponseBreached || resolutionBreached,
    sla: { firstResponseBreached, resolutionBreached },
  };
}

export function eventView(e: typeof ticketEvents.$inferSelect) {
  return {
    id: e.id,
    type: e.type,
    content: e.content,
    fieldName: e.fieldName,
    oldValue: e.oldValue,
    newValue: e.newValue,
    agentId: e.agentId,
    createdBy: e.authorId,
    role: e.role,
    visibility: e.visibility,
    messageId: e.messageId,
    createdAt: e.createdAt.toISOString(),
  };
}

async function addEvent(
  tx: Tx,
  t: { tenantId: string; ticketId: string },
  e: { type: string; role: Actor['role']; authorId?: string | null; visibility?: 'public' | 'private'; content?: string | null; fieldName?: string; oldValue?: string | null; newValue?: string | null; agentId?: string | null; messageId?: string | null },
): Promise<void> {
  await tx.insert(ticketEvents).values({
    tenantId: t.tenantId,
    ticketId: t.ticketId,
    type: e.type,
    role: e.role,
    authorId: e.authorId ?? null,
    visibility: e.visibility ?? 'public',
    content: e.content ?? null,
    fieldName: e.fieldName ?? null,
    oldValue: e.oldValue ?? null,
    newValue: e.newValue ?? null,
    agentId: e.agentId ?? null,
    messageId: e.messageId ?? null,
  });
}

/** Records a message to the customer and queues its delivery (same path and ordering as bot replies). */
export async function queueOutboundTx(
  tx: Tx,
  conv: Pick<ConversationRow, 'id' | 'tenantId' | 'connectionId'>,
  m: { text: string; senderType: 'agent' | 'bot' | 'system'; senderUserId?: string | null; buttons?: Button[]; idempotencyKey: string },
): Promise<string | null> {
  const [row] = await tx
    .insert(messages)
    .values({
      tenantId: conv.tenantId,
      conversationId: conv.id,
      connectionId: conv.connectionId,
      direction: 'out',
      senderType: m.senderType,
      senderUserId: m.senderUserId ?? null,
      kind: m.buttons?.length ? 'buttons' : 'text',
      text: m.text,
      payload: m.buttons?.length ? { buttons: m.buttons } : {},
      idempotencyKey: m.idempotencyKey,
      deliveryStatus: 'pending',
    })
    .onConflictDoNothing()
    .returning({ id: messages.id });
  if (!row) return null;
  await recordOutbox(tx, [{ tenantId: conv.tenantId, queue: CONVERSATION_QUEUE, jobName: 'outbound', jobId: jobIds.outbound(row.id), data: { tenantId: conv.tenantId, conversationId: conv.id, messageId: row.id } }]);
  return row.id;
}

export class TicketService {
  constructor(
    private readonly db: Db,
    private readonly inbox: InboxPublisher,
    private readonly logger: Logger,
    private readonly onWorkRecorded: () => void = () => {},
  ) {}

  // ---- escalation ---------------------------------------------------------------

  /**
   * Creates the ticket, moves the conversation to ESCALATED and pauses the bot in
   * ONE transaction (a crash leaves either all of it or none). Returns the open
   * ticket if the conversation already has one.
   */
  async escalateTx(tx: Tx, input: EscalateInput): Promise<{ ticket: TicketRow; created: boolean }> {
    const [conv] = await tx
      .select()
      .from(conversations)
      .where(and(eq(conversations.tenantId, input.tenantId), eq(conversations.id, input.conversationId)))
      .for('update');
    if (!conv) throw new NotFoundError('conversation');
    const [existing] = await tx.select().from(tickets).where(and(eq(tickets.conversationId, conv.id), sql`${tickets.status} <> 'closed'`)).limit(1);
    if (existing) {
      await tx.update(conversations).set({ status: 'ESCALATED', botPaused: true, updatedAt: sql`now()` }).where(eq(conversations.id, conv.id));
      return { ticket: existing, created: false };
    }
    await ensureEscalationDefaults(tx, input.tenantId);

    const catName = input.category ?? 'general';
    let [category] = await tx.select().from(ticketCategories).where(and(eq(ticketCategories.tenantId, input.tenantId), eq(ticketCategories.name, catName))).limit(1);
    if (!category) [category] = await tx.select().from(ticketCategories).where(and(eq(ticketCategories.tenantId, input.tenantId), eq(ticketCategories.name, 'general'))).limit(1);

    const recent = await tx
      .select({ text: messages.text, senderType: messages.senderType })
      .from(messages)
      .where(and(eq(messages.conversationId, conv.id), eq(messages.tenantId, input.tenantId)))
      .orderBy(desc(messages.seq))
      .limit(12);
    const customerLines = recent.filter((m) => m.senderType === 'customer' && m.text.trim()).reverse();
    const [identity] = await tx.select().from(channelIdentities).where(eq(channelIdentities.id, conv.identityId)).limit(1);
    const who = identity?.displayName ?? 'customer';
    const first = customerLines[0]?.text ?? `Conversation with ${who}`;
    const title = first.length > 80 ? `${first.slice(0, 77)}…` : first;
    // Extractive summary (offline): what the customer said, most recent last, and why it escalated.
    const description = [
      `${who} on ${conv.channel}.`,
      ...(input.summary ? [input.summary] : customerLines.slice(-5).map((m) => `Customer: ${m.text.length > 300 ? `${m.text.slice(0, 297)}…` : m.text}`)),
      `Escalated: ${input.reason === 'takeover' ? 'manual takeover by an agent' : `rule "${String(input.evidence.ruleName ?? '')}"`}.`,
    ].join('\n');

    const now = Date.now();
    const assigneeId = input.agentId ?? (input.assignment ? await pickAgentTx(tx, input.tenantId, input.assignment, identity?.language ?? null) : null);
    if (input.agentId) await claimAgentTx(tx, input.tenantId, input.agentId);

    const [ticket] = await tx
      .insert(tickets)
      .values({
        tenantId: input.tenantId,
        conversationId: conv.id,
        customerId: conv.customerId,
        title,
        description,
        status: assigneeId ? 'open' : 'new',
        priority: input.priority,
        categoryId: category?.id ?? null,
        sourceChannel: conv.channel,
        assigneeId,
        escalationRuleId: input.ruleId ?? null,
        escalationEvidence: input.evidence,
        acknowledged: input.acknowledge,
        firstResponseDueAt: category ? new Date(now + category.responseSlaMinutes * MINUTE) : null,
        resolutionDueAt: category ? new Date(now + category.resolutionSlaMinutes * MINUTE) : null,
      })
      .returning();
    if (!ticket) throw new Error('ticket insert returned nothing');
    const ref = { tenantId: input.tenantId, ticketId: ticket.id };
    await addEvent(tx, ref, { type: 'escalated', role: input.reason === 'takeover' ? 'agent' : 'bot', authorId: input.agentId ?? null, visibility: 'private', content: JSON.stringify(input.evidence) });
    await addEvent(tx, ref, { type: 'status-update', role: 'system', oldValue: null, newValue: ticket.status });
    if (assigneeId) await addEvent(tx, ref, { type: 'assignment-added', role: 'system', agentId: assigneeId });
    if (input.messageId) {
      const [m] = await tx.select({ text: messages.text }).from(messages).where(eq(messages.id, input.messageId));
      if (m) await addEvent(tx, ref, { type: 'message', role: 'customer', content: m.text, messageId: input.messageId });
    }
    await tx
      .update(conversations)
      .set({ status: 'ESCALATED', botPaused: true, assignedAgentId: assigneeId, updatedAt: sql`now()` })
      .where(eq(conversations.id, conv.id));
    if (input.acknowledge) {
      await queueOutboundTx(tx, conv, { text: await this.ackText(tx, input.tenantId, identity?.language ?? null), senderType: 'system', idempotencyKey: `ack-${ticket.id}` });
    }
    return { ticket, created: true };
  }

  private async ackText(tx: Tx, tenantId: string, language: string | null): Promise<string> {
    const rows = await tx.execute<{ settings: Record<string, unknown> }>(sql`select settings from tenants where id = ${tenantId}`);
    const custom = (rows[0]?.settings.escalation as { ackTexts?: Record<string, string> } | undefined)?.ackTexts;
    return acknowledgementText(language, custom);
  }

  /** After an escalation committed: tell the inbox. */
  async announce(ticket: TicketRow, created: boolean): Promise<void> {
    this.onWorkRecorded();
    await this.inbox.publish(ticket.tenantId, created ? 'ticket.created' : 'ticket.updated', ticketView(ticket));
  }

  private summarizer: ConversationSummarizer | null = null;

  /** With a chat model configured, ticket descriptions are written by it (outside the transaction). */
  setSummarizer(s: ConversationSummarizer | null): void {
    this.summarizer = s;
  }

  private async summarize(input: EscalateInput): Promise<string | null> {
    if (!this.summarizer || input.summary) return input.summary ?? null;
    const recent = await this.db
      .select({ text: messages.text, senderType: messages.senderType, id: messages.id })
      .from(messages)
      .where(and(eq(messages.tenantId, input.tenantId), eq(messages.conversationId, input.conversationId)))
      .orderBy(desc(messages.seq))
      .limit(20);
    const lines = recent.reverse().map((m) => ({ role: m.senderType, text: m.text }));
    const started = Date.now();
    try {
      const summary = (await this.summarizer.summarize(lines)).trim().slice(0, 2000);
      await this.db.insert(aiProcessingLogs).values({
        tenantId: input.tenantId,
        entityType: 'conversation',
        entityId: input.conversationId,
        conversationId: input.conversationId,
        processingType: 'summarize',
        input: { messages: lines.length },
        output: { summary },
        model: this.summarizer.modelId,
        latencyMs: Date.now() - started,
      });
      return summary || null;
    } catch (err) {
      // The ticket matters more than its prose: fall back to the extractive description.
      this.logger.warn({ err: (err as Error).message }, 'summary by the chat model failed; using the extractive description');
      return null;
    }
  }

  async escalate(input: EscalateInput): Promise<TicketRow> {
    const summary = await this.summarize(input);
    const r = await this.db.transaction((tx) => this.escalateTx(tx, { ...input, summary }));
    await this.announce(r.ticket, r.created);
    this.logger.info({ tenantId: input.tenantId, ticketId: r.ticket.id, conversationId: input.conversationId, reason: input.reason }, 'conversation escalated to a ticket');
    return r.ticket;
  }

  /**
   * A customer message on an escalated conversation: kept in the ticket history,
   * reopens a pending ticket, and the customer is told once that a person will answer.
   */
  async onCustomerMessageWhileEscalated(tenantId: string, conversationId: string, messageId: string, text: string): Promise<void> {
    const result = await this.db.transaction(async (tx) => {
      const [t] = await tx.select().from(tickets).where(and(eq(tickets.tenantId, tenantId), eq(tickets.conversationId, conversationId), sql`${tickets.status} <> 'closed'`)).for('update');
      if (!t) return null;
      const ref = { tenantId, ticketId: t.id };
      await addEvent(tx, ref, { type: 'message', role: 'customer', content: text, messageId });
      const reopened = t.status === 'pending';
      if (reopened) await addEvent(tx, ref, { type: 'status-update', role: 'customer', oldValue: 'pending', newValue: 'open' });
      let ack = false;
      if (!t.acknowledged) {
        const [conv] = await tx.select().from(conversations).where(eq(conversations.id, conversationId));
        const [identity] = conv ? await tx.select().from(channelIdentities).where(eq(channelIdentities.id, conv.identityId)) : [];
        if (conv) await queueOutboundTx(tx, conv, { text: await this.ackText(tx, tenantId, identity?.language ?? null), senderType: 'system', idempotencyKey: `ack-${t.id}` });
        ack = true;
      }
      const [updated] = await tx
        .update(tickets)
        .set({ lastActivityAt: sql`now()`, updatedAt: sql`now()`, ...(reopened ? { status: 'open' as const } : {}), ...(ack ? { acknowledged: true } : {}) })
        .where(eq(tickets.id, t.id))
        .returning();
      return updated ?? null;
    });
    if (result) {
      this.onWorkRecorded();
      await this.inbox.publish(tenantId, 'ticket.message', { ticketId: result.id, conversationId, messageId, text, role: 'customer' });
    }
  }

  // ---- agent actions ---------------------------------------------------------------

  async get(tenantId: string, ticketId: string): Promise<TicketRow> {
    if (!/^[0-9a-f-]{36}$/i.test(ticketId)) throw new NotFoundError('ticket');
    const [t] = await this.db.select().from(tickets).where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, ticketId))).limit(1);
    if (!t) throw new NotFoundError('ticket');
    return t;
  }

  async list(
    tenantId: string,
    f: { status?: TicketStatus[]; assignee?: string | 'unassigned'; priority?: TicketPriority[]; slaBreached?: boolean; limit?: number },
  ): Promise<TicketRow[]> {
    const conds: SQL[] = [eq(tickets.tenantId, tenantId)];
    if (f.status?.length) conds.push(inArray(tickets.status, f.status));
    if (f.priority?.length) conds.push(inArray(tickets.priority, f.priority));
    if (f.assignee === 'unassigned') conds.push(isNull(tickets.assigneeId));
    else if (f.assignee) conds.push(eq(tickets.assigneeId, f.assignee));
    if (f.slaBreached) {
      const breach = or(
        and(isNull(tickets.firstResponseAt), lt(tickets.firstResponseDueAt, sql`now()`)),
        lt(tickets.resolutionDueAt, sql`now()`),
      );
      if (breach) conds.push(and(sql`${tickets.status} <> 'closed'`, breach)!);
    }
    return this.db
      .select()
      .from(tickets)
      .where(and(...conds))
      .orderBy(desc(tickets.lastActivityAt))
      .limit(Math.min(f.limit ?? 100, 500));
  }

  async history(tenantId: string, ticketId: string) {
    return this.db.select().from(ticketEvents).where(and(eq(ticketEvents.tenantId, tenantId), eq(ticketEvents.ticketId, ticketId))).orderBy(asc(ticketEvents.createdAt));
  }

  private async mutate<T>(tenantId: string, ticketId: string, fn: (tx: Tx, t: TicketRow, conv: ConversationRow) => Promise<T>): Promise<T> {
    const result = await this.db.transaction(async (tx) => {
      const [t] = await tx.select().from(tickets).where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, ticketId))).for('update');
      if (!t) throw new NotFoundError('ticket');
      const [conv] = await tx.select().from(conversations).where(eq(conversations.id, t.conversationId)).for('update');
      if (!conv) throw new NotFoundError('conversation');
      return fn(tx, t, conv);
    });
    this.onWorkRecorded();
    const fresh = await this.get(tenantId, ticketId);
    await this.inbox.publish(tenantId, 'ticket.updated', ticketView(fresh));
    return result;
  }

  /** The agent's reply goes to the customer on the channel they wrote from. */
  async reply(tenantId: string, ticketId: string, actor: Actor, text: string, clientId?: string): Promise<{ messageId: string | null }> {
    return this.mutate(tenantId, ticketId, async (tx, t, conv) => {
      if (t.status === 'closed') throw new PayloadError('the ticket is closed');
      const key = `agent-${t.id}-${clientId ?? crypto.randomUUID()}`;
      const messageId = await queueOutboundTx(tx, conv, { text, senderType: 'agent', senderUserId: actor.userId, idempotencyKey: key });
      if (!messageId) return { messageId: null };
      const ref = { tenantId, ticketId: t.id };
      await addEvent(tx, ref, { type: 'message', role: 'agent', authorId: actor.userId, content: text, messageId });
      const becomesOpen = t.status === 'new' || t.status === 'pending';
      if (becomesOpen) await addEvent(tx, ref, { type: 'status-update', role: 'agent', authorId: actor.userId, oldValue: t.status, newValue: 'open' });
      let assignee = t.assigneeId;
      if (!assignee && actor.userId) {
        assignee = actor.userId;
        await claimAgentTx(tx, tenantId, actor.userId);
        await addEvent(tx, ref, { type: 'assignment-added', role: 'agent', authorId: actor.userId, agentId: actor.userId });
      }
      await tx
        .update(tickets)
        .set({
          status: becomesOpen ? 'open' : t.status,
          assigneeId: assignee,
          firstResponseAt: t.firstResponseAt ?? sql`now()`,
          lastActivityAt: sql`now()`,
          updatedAt: sql`now()`,
        })
        .where(eq(tickets.id, t.id));
      // An agent writing on a conversation takes it: the bot stays quiet.
      await tx.update(conversations).set({ status: 'ESCALATED', botPaused: true, assignedAgentId: assignee, updatedAt: sql`now()` }).where(eq(conversations.id, conv.id));
      return { messageId };
    });
  }

  /** Internal note: history only (private), never sent to the customer. */
  async note(tenantId: string, ticketId: string, actor: Actor, text: string): Promise<void> {
    await this.mutate(tenantId, ticketId, async (tx, t) => {
      await addEvent(tx, { tenantId, ticketId: t.id }, { type: 'note-added', role: 'agent', authorId: actor.userId, content: text, visibility: 'private' });
      await tx.update(tickets).set({ lastActivityAt: sql`now()`, updatedAt: sql`now()` }).where(eq(tickets.id, t.id));
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
        await addEvent(tx, ref, { type: 'assignment-removed', role: 'agent', authorId: actor.userId, agentId: t.assigneeId });
      }
      await claimAgentTx(tx, tenantId, agentId);
      await addEvent(tx, ref, { type: 'assignment-added', role: 'agent', authorId: actor.userId, agentId });
      if (t.status === 'new') await addEvent(tx, ref, { type: 'status-update', role: 'agent', authorId: actor.userId, oldValue: 'new', newValue: 'open' });
      await tx.update(tickets).set({ assigneeId: agentId, status: t.status === 'new' ? 'open' : t.status, lastActivityAt: sql`now()`, updatedAt: sql`now()` }).where(eq(tickets.id, t.id));
      await tx.update(conversations).set({ assignedAgentId: agentId }).where(eq(conversations.id, conv.id));
    });
  }

  /** The bot resumes; the ticket waits for the customer (pending) or is closed. */
  async handback(tenantId: string, ticketId: string, actor: Actor, opts: { close?: boolean } = {}): Promise<void> {
    await this.mutate(tenantId, ticketId, async (tx, t, conv) => {
      if (t.status === 'closed') throw new PayloadError('the ticket is closed');
      const next = opts.close ? 'closed' : 'pending';
      const ref = { tenantId, ticketId: t.id };
      await addEvent(tx, ref, { type: 'status-update', role: 'agent', authorId: actor.userId, oldValue: t.status, newValue: next, content: 'handed back to the bot' });
      if (t.assigneeId) {
        await releaseAgentTx(tx, tenantId, t.assigneeId);
        await addEvent(tx, ref, { type: 'assignment-removed', role: 'agent', authorId: actor.userId, agentId: t.assigneeId });
      }
      await tx.update(tickets).set({ status: next, assigneeId: null, lastActivityAt: sql`now()`, updatedAt: sql`now()`, ...(opts.close ? { closedAt: sql`now()` } : {}) }).where(eq(tickets.id, t.id));
      await tx
        .update(conversations)
        .set({ status: 'ACTIVE', botPaused: false, assignedAgentId: null, metadata: sql`${conversations.metadata} || '{"consecutiveUnsure":0}'::jsonb`, updatedAt: sql`now()` })
        .where(eq(conversations.id, conv.id));
    });
  }

  /** Closes the ticket, completes the conversation and asks the customer for a 1–5 rating. */
  async close(tenantId: string, ticketId: string, actor: Actor): Promise<void> {
    await this.mutate(tenantId, ticketId, async (tx, t, conv) => {
      if (t.status === 'closed') return;
      const ref = { tenantId, ticketId: t.id };
      await addEvent(tx, ref, { type: 'status-update', role: 'agent', authorId: actor.userId, oldValue: t.status, newValue: 'closed' });
      const agentId = t.assigneeId ?? actor.userId;
      if (t.assigneeId) await releaseAgentTx(tx, tenantId, t.assigneeId);
      await tx.update(tickets).set({ status: 'closed', closedAt: sql`now()`, lastActivityAt: sql`now()`, updatedAt: sql`now()` }).where(eq(tickets.id, t.id));
      const until = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
      await tx
        .update(conversations)
        .set({
          status: 'COMPLETED',
          botPaused: false,
          completedAt: sql`now()`,
          metadata: sql`${conversations.metadata} || ${JSON.stringify({ awaitingCsat: { ticketId: t.id, agentId, until }, consecutiveUnsure: 0 })}::jsonb`,
          updatedAt: sql`now()`,
        })
        .where(eq(conversations.id, conv.id));
      const buttons: Button[] = [1, 2, 3, 4, 5].map((n) => ({ title: '★'.repeat(n), payload: `csat:${n}` }));
      await queueOutboundTx(tx, conv, { text: CSAT_QUESTION, senderType: 'system', buttons, idempotencyKey: `csat-${t.id}` });
    });
  }

  /** Manual escalation of a conversation the bot was handling: the calling agent takes it. */
  async takeover(tenantId: string, conversationId: string, actor: Actor): Promise<TicketRow> {
    return this.escalate({ tenantId, conversationId, reason: 'takeover', evidence: { takeoverBy: actor.userId }, priority: 'medium', agentId: actor.userId, acknowledge: false });
  }

  /** Stores a CSAT answer; returns false when there is nothing to rate or the text is no rating. */
  async recordCsat(tenantId: string, conv: ConversationRow, rating: number | null, messageId: string): Promise<'stored' | 'not-a-rating' | 'none-pending'> {
    const pending = conv.metadata.awaitingCsat as { ticketId?: string; agentId?: string | null; until?: string } | undefined;
    if (!pending?.ticketId || !pending.until || new Date(pending.until) < new Date()) return 'none-pending';
    const clear = sql`(${conversations.metadata} - 'awaitingCsat')`;
    if (rating === null) {
      // Not a rating: the customer simply continues; the conversation is live again.
      await this.db.update(conversations).set({ metadata: clear, status: 'ACTIVE', completedAt: null }).where(eq(conversations.id, conv.id));
      return 'not-a-rating';
    }
    await this.db.transaction(async (tx) => {
      await tx.insert(feedback).values({ tenantId, ticketId: pending.ticketId!, conversationId: conv.id, agentId: pending.agentId ?? null, rating }).onConflictDoNothing();
      await addEvent(tx, { tenantId, ticketId: pending.ticketId! }, { type: 'feedback', role: 'customer', content: String(rating), messageId, newValue: String(rating) });
      await tx.update(conversations).set({ metadata: clear }).where(eq(conversations.id, conv.id));
      await queueOutboundTx(tx, conv, { text: CSAT_THANKS, senderType: 'system', idempotencyKey: `csat-thanks-${pending.ticketId}` });
    });
    this.onWorkRecorded();
    return 'stored';
  }
}
