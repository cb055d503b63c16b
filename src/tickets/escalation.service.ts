/**
 * Opening a ticket (seeds 003/004): a rule fired or an agent took the
 * conversation over. The ticket, its first history events, the conversation
 * (ESCALATED, bot paused, assignee), the agent's load and the acknowledgement to
 * the customer are ONE transaction: a crash leaves all of it or none.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { aiProcessingLogs, channelIdentities, conversations, messages, tenants, ticketCategories, tickets } from '../../drizzle/schema.js';
import type { Db, Tx } from '../db/client.js';
import { NotFoundError } from '../domain/errors.js';
import type { TicketPriority } from '../domain/model.js';
import { recordOutboundTx } from '../conversation/outbound.js';
import { setStatusCauseTx } from '../conversation/status-history.js';
import { resumeSla, slaDueTimes } from './sla.js';
import { claimAgentTx, pickAgentTx, type AssignmentPolicy } from './assignment.js';
import { ROUTING_MODEL, type RouteOutcome, type TicketRouter } from './ticket-router.js';
import type { InboxPublisher } from './inbox-events.js';
import { acknowledgementText } from './texts.js';
import { addTicketEventTx, type ConversationRow, type TicketRow } from './ticket.queries.js';
import { publishEventTx } from '../notifications/domain-events.js';
import type { EmailNotifier } from '../notifications/email-notifications.js';

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

export interface TicketEscalationDeps {
  db: Db;
  inbox: InboxPublisher;
  logger: Logger;
  /** Called after a commit that recorded an outbound message, so the relay enqueues at once. */
  onWorkRecorded?: () => void;
  /** With a chat model configured, ticket descriptions are written by it (outside the transaction). */
  summarizer?: ConversationSummarizer | null;
  /**
   * Gives the tenant its default ticket categories before its first ticket
   * (tenants created before escalation existed). The container wires the
   * escalation defaults here, so tickets do not depend on the rules engine.
   */
  ensureTenantDefaults?: (tx: Tx, tenantId: string) => Promise<void>;
  /**
   * The plan's monthly ticket limit (src/tenancy/plans.ts): a takeover (a person
   * opening the ticket) over the limit is refused (402); an escalation is not —
   * the customer is handed over and the ticket is flagged `overLimit`.
   */
  plans?: { ticketAllowanceTx(tx: Tx, tenantId: string, opts: { manual: boolean }): Promise<{ overLimit: boolean }> };
  slaWarningMinutes?: number;
  /** Routing rules and team schedules for rule escalations; without it the rule's assignment policy picks alone. */
  router?: TicketRouter | null;
  /** E-mail notifications (assignment, team queue, customer reply on a pending ticket), recorded in the change's transaction. */
  notifier?: EmailNotifier | null;
}


export class TicketEscalationService {
  private readonly onWorkRecorded: () => void;

  constructor(private readonly deps: TicketEscalationDeps) {
    this.onWorkRecorded = deps.onWorkRecorded ?? (() => {});
  }

  /**
   * Creates the ticket, moves the conversation to ESCALATED and pauses the bot
   * in the caller's transaction. Returns the open ticket if the conversation
   * already has one.
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
      if (existing.status !== 'resolved') return { ticket: existing, created: false };
      // A resolved ticket whose conversation escalates again is reopened, not duplicated.
      await addTicketEventTx(tx, { tenantId: input.tenantId, ticketId: existing.id }, { type: 'status-update', role: input.reason === 'takeover' ? 'agent' : 'bot', authorId: input.agentId ?? null, oldValue: 'resolved', newValue: 'open' });
      const [reopened] = await tx.update(tickets).set({ status: 'open', resolvedAt: null, lastActivityAt: sql`now()`, updatedAt: sql`now()` }).where(eq(tickets.id, existing.id)).returning();
      return { ticket: reopened ?? existing, created: false };
    }
    await this.deps.ensureTenantDefaults?.(tx, input.tenantId);
    const allowance = this.deps.plans ? await this.deps.plans.ticketAllowanceTx(tx, input.tenantId, { manual: input.reason === 'takeover' }) : { overLimit: false };

    const catName = input.category ?? 'general';
    let [category] = await tx
      .select()
      .from(ticketCategories)
      .where(and(eq(ticketCategories.tenantId, input.tenantId), eq(ticketCategories.name, catName), eq(ticketCategories.active, true)))
      .limit(1);
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
    // The title says why a person is needed (the rule, or a takeover) and what the customer last said,
    // so two tickets that began with the same question still read differently in the inbox.
    const reason = input.reason === 'takeover' ? 'Taken over by an agent' : String(input.evidence.ruleName ?? '').trim() || 'Escalated';
    const trigger = (customerLines.at(-1)?.text ?? `conversation with ${who}`).replace(/\s+/g, ' ').trim();
    const full = `${reason}: ${trigger}`;
    const title = full.length > 120 ? `${full.slice(0, 119)}…` : full;
    // Extractive summary (offline): what the customer said, most recent last, and why it escalated.
    const description = [
      `${who} on ${conv.channel}.`,
      ...(input.summary ? [input.summary] : customerLines.slice(-5).map((m) => `Customer: ${m.text.length > 300 ? `${m.text.slice(0, 297)}…` : m.text}`)),
      `Escalated: ${input.reason === 'takeover' ? 'manual takeover by an agent' : `rule "${String(input.evidence.ruleName ?? '')}"`}.`,
    ].join('\n');

    const now = new Date();
    // A takeover has its agent; a rule escalation is routed (rules, teams on shift) when a router is wired.
    let routed: RouteOutcome | null = null;
    if (!input.agentId && this.deps.router) {
      routed = await this.deps.router.routeTx(tx, {
        tenantId: input.tenantId,
        conversation: conv,
        language: identity?.language ?? null,
        category: category?.name ?? null,
        priority: input.priority,
        text: customerLines.map((m) => m.text).join('\n'),
        policy: input.assignment,
      });
    }
    // SLA due times follow the final priority (a routing rule may have set it).
    const due = slaDueTimes(now, routed?.priority ?? input.priority, category);
    const assigneeId = input.agentId ?? (routed ? routed.assigneeId : input.assignment ? await pickAgentTx(tx, input.tenantId, input.assignment, identity?.language ?? null) : null);
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
        priority: routed?.priority ?? input.priority,
        categoryId: category?.id ?? null,
        tags: routed?.addTags ?? [],
        sourceChannel: conv.channel,
        assigneeId,
        teamId: routed?.teamId ?? null,
        escalationRuleId: input.ruleId ?? null,
        escalationEvidence: input.evidence,
        acknowledged: input.acknowledge,
        overLimit: allowance.overLimit,
        ...due,
        createdAt: now,
      })
      .returning();
    if (!ticket) throw new Error('ticket insert returned nothing');
    const ref = { tenantId: input.tenantId, ticketId: ticket.id };
    if (routed) {
      await tx.insert(aiProcessingLogs).values({
        tenantId: input.tenantId,
        entityType: 'ticket',
        entityId: ticket.id,
        conversationId: conv.id,
        processingType: 'assignment',
        input: routed.input,
        output: routed.output,
        model: ROUTING_MODEL,
        latencyMs: Date.now() - now.getTime(),
      });
    }
    await addTicketEventTx(tx, ref, { type: 'escalated', role: input.reason === 'takeover' ? 'agent' : 'bot', authorId: input.agentId ?? null, visibility: 'private', content: JSON.stringify(input.evidence) });
    await addTicketEventTx(tx, ref, { type: 'status-update', role: 'system', oldValue: null, newValue: ticket.status });
    if (assigneeId) await addTicketEventTx(tx, ref, { type: 'assignment-added', role: 'system', agentId: assigneeId });
    if (assigneeId) await this.deps.notifier?.notifyTx(tx, { kind: 'assignment', tenantId: input.tenantId, ticketId: ticket.id, assigneeId, actorId: input.agentId ?? null });
    else if (ticket.teamId) await this.deps.notifier?.notifyTx(tx, { kind: 'team-queue', tenantId: input.tenantId, ticketId: ticket.id, teamId: ticket.teamId, actorId: null });
    // The assignment decision is part of the AI processing log (GET /api/v1/ai-logs?ticketId=);
    // a routed decision was logged above with its rules.
    if (!routed) await tx.insert(aiProcessingLogs).values({
      tenantId: input.tenantId,
      entityType: 'ticket',
      entityId: ticket.id,
      conversationId: conv.id,
      processingType: 'assignment',
      input: { reason: input.reason, assignment: (input.assignment ?? null) as unknown, customerLanguage: identity?.language ?? null, category: category?.name ?? null },
      output: { assigneeId, status: ticket.status },
      model: input.agentId ? 'manual' : input.assignment ? `assignment:${input.assignment.strategy}` : 'none',
      latencyMs: Date.now() - now.getTime(),
    });
    await setStatusCauseTx(tx, input.reason === 'takeover' ? 'taken over by an agent' : `escalation rule "${String(input.evidence.ruleName ?? '')}"`);
    if (input.messageId) {
      const [m] = await tx.select({ text: messages.text }).from(messages).where(eq(messages.id, input.messageId));
      if (m) await addTicketEventTx(tx, ref, { type: 'message', role: 'customer', content: m.text, messageId: input.messageId });
    }
    await tx
      .update(conversations)
      .set({ status: 'ESCALATED', botPaused: true, assignedAgentId: assigneeId, updatedAt: sql`now()` })
      .where(eq(conversations.id, conv.id));
    if (input.acknowledge) await this.acknowledgeTx(tx, conv, ticket.id, identity?.language ?? null, routed?.outOfHours?.text);
    await publishEventTx(tx, input.tenantId, 'conversation.escalated', {
      conversationId: conv.id,
      ticketId: ticket.id,
      reason: input.reason,
      priority: ticket.priority,
      assigneeId: ticket.assigneeId,
    });
    return { ticket, created: true };
  }

  /** "A person will answer here": once per ticket (the idempotency key is the ticket's). */
  private async acknowledgeTx(tx: Tx, conv: ConversationRow, ticketId: string, language: string | null, outOfHoursText?: string): Promise<void> {
    const [tenant] = await tx.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, conv.tenantId));
    const custom = (tenant?.settings.escalation as { ackTexts?: Record<string, string> } | undefined)?.ackTexts;
    // Out of hours the customer learns when someone will answer instead.
    const text = outOfHoursText ?? acknowledgementText(language, custom);
    await recordOutboundTx(tx, conv, [{ draft: { kind: 'text', text, senderType: 'system' }, idempotencyKey: `ack-${ticketId}` }], { enqueue: true });
  }

  /** After an escalation committed: tell the inbox. */
  async announce(ticket: TicketRow, created: boolean): Promise<void> {
    this.onWorkRecorded();
    await this.deps.inbox.publish(ticket.tenantId, { event: created ? 'ticket.created' : 'ticket.updated', data: ticket });
  }

  private async summarize(input: EscalateInput): Promise<string | null> {
    const summarizer = this.deps.summarizer;
    if (!summarizer || input.summary) return input.summary ?? null;
    const recent = await this.deps.db
      .select({ text: messages.text, senderType: messages.senderType, id: messages.id })
      .from(messages)
      .where(and(eq(messages.tenantId, input.tenantId), eq(messages.conversationId, input.conversationId)))
      .orderBy(desc(messages.seq))
      .limit(20);
    const lines = recent.reverse().map((m) => ({ role: m.senderType, text: m.text }));
    const started = Date.now();
    try {
      const summary = (await summarizer.summarize(lines)).trim().slice(0, 2000);
      await this.deps.db.insert(aiProcessingLogs).values({
        tenantId: input.tenantId,
        entityType: 'conversation',
        entityId: input.conversationId,
        conversationId: input.conversationId,
        processingType: 'summarize',
        input: { messages: lines.length },
        output: { summary },
        model: summarizer.modelId,
        latencyMs: Date.now() - started,
      });
      return summary || null;
    } catch (err) {
      // The ticket matters more than its prose: fall back to the extractive description.
      this.deps.logger.warn({ err: (err as Error).message }, 'summary by the chat model failed; using the extractive description');
      return null;
    }
  }

  async escalate(input: EscalateInput): Promise<TicketRow> {
    const summary = await this.summarize(input);
    const r = await this.deps.db.transaction((tx) => this.escalateTx(tx, { ...input, summary }));
    await this.announce(r.ticket, r.created);
    this.deps.logger.info({ tenantId: input.tenantId, ticketId: r.ticket.id, conversationId: input.conversationId, reason: input.reason }, 'conversation escalated to a ticket');
    return r.ticket;
  }

  /**
   * A customer message on an escalated conversation: kept in the ticket history,
   * reopens a pending ticket, and the customer is told once that a person will answer.
   */
  async onCustomerMessageWhileEscalated(tenantId: string, conversationId: string, messageId: string, text: string): Promise<void> {
    const result = await this.deps.db.transaction(async (tx) => {
      const [t] = await tx.select().from(tickets).where(and(eq(tickets.tenantId, tenantId), eq(tickets.conversationId, conversationId), sql`${tickets.status} <> 'closed'`)).for('update');
      if (!t) return null;
      const ref = { tenantId, ticketId: t.id };
      await addTicketEventTx(tx, ref, { type: 'message', role: 'customer', content: text, messageId });
      const reopened = t.status === 'pending' || t.status === 'resolved';
      if (reopened) await addTicketEventTx(tx, ref, { type: 'status-update', role: 'customer', oldValue: t.status, newValue: 'open' });
      // The agent was waiting on the customer: tell them the customer answered.
      if (t.status === 'pending' && t.assigneeId) await this.deps.notifier?.notifyTx(tx, { kind: 'customer-reply', tenantId, ticketId: t.id, assigneeId: t.assigneeId, messageId });
      let ack = false;
      if (!t.acknowledged) {
        const [conv] = await tx.select().from(conversations).where(eq(conversations.id, conversationId));
        const [identity] = conv ? await tx.select().from(channelIdentities).where(eq(channelIdentities.id, conv.identityId)) : [];
        if (conv) await this.acknowledgeTx(tx, conv, t.id, identity?.language ?? null);
        ack = true;
      }
      const [updated] = await tx
        .update(tickets)
        .set({
          lastActivityAt: sql`now()`,
          updatedAt: sql`now()`,
          // The customer answered: a paused SLA clock runs again.
          ...resumeSla(t, this.deps.slaWarningMinutes ?? 15),
          ...(reopened ? { status: 'open' as const, resolvedAt: null } : {}),
          ...(ack ? { acknowledged: true } : {}),
        })
        .where(eq(tickets.id, t.id))
        .returning();
      return updated ?? null;
    });
    if (result) {
      this.onWorkRecorded();
      await this.deps.inbox.publish(tenantId, { event: 'ticket.message', data: { ticketId: result.id, assigneeId: result.assigneeId, conversationId, messageId, text, role: 'customer' } });
    }
  }
}
