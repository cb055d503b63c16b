/**
 * Triage of a ticket (`PATCH /api/v1/tickets/:id`) and tickets opened without a
 * chat (`POST /api/v1/tickets`). Every field change writes its history event
 * with its author in the same transaction as the change; a category or
 * priority change re-times the SLA; `pending` pauses the SLA clock and leaving
 * it (or a customer reply) resumes it.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { conversations, customers, ticketCategories, tickets, users } from '../../drizzle/schema.js';
import type { Db, Tx } from '../db/client.js';
import { retryOnConflict } from '../db/errors.js';
import { ForbiddenError, NotFoundError, PayloadError } from '../domain/errors.js';
import type { Actor, TicketPriority, TicketStatus } from '../domain/model.js';
import { validateCustomFieldValues } from '../custom-fields/custom-fields.service.js';
import { diffCustomFields } from '../custom-fields/validate.js';
import type { EmailNotifier } from '../notifications/email-notifications.js';
import type { AgentActionsService } from './agent-actions.service.js';
import { claimAgentTx, releaseAgentTx } from './assignment.js';
import type { InboxPublisher } from './inbox-events.js';
import { alertResets, resumeSla, slaDueTimes } from './sla.js';
import { addTicketEventTx, canSee, lockTicketTx, type TicketEventInput, type TicketRow } from './ticket.queries.js';

export interface TicketPatch {
  status?: TicketStatus;
  priority?: TicketPriority;
  categoryId?: string | null;
  tags?: string[];
  customFields?: Record<string, unknown>;
  assigneeId?: string | null;
  teamId?: string | null;
}

export interface NewTicket {
  customerId: string;
  subject: string;
  description?: string;
  priority?: TicketPriority;
  categoryId?: string;
  tags?: string[];
  customFields?: Record<string, unknown>;
  assigneeId?: string;
  teamId?: string;
  source?: string;
}

/** Who acts, and whether they see every ticket (supervisor, admin) or only their own and the unassigned queue (agent). */
export interface DeskActor extends Actor {
  seesAll: boolean;
}

export interface TicketDeskDeps {
  db: Db;
  inbox: InboxPublisher;
  agentActions: AgentActionsService;
  ensureTenantDefaults?: (db: Db, tenantId: string) => Promise<void>;
  slaWarningMinutes: number;
  onWorkRecorded?: () => void;
  /** The plan's monthly ticket limit: a ticket opened by a person over it is refused (402 naming the limit). */
  plans?: { ticketAllowanceTx(tx: Tx, tenantId: string, opts: { manual: boolean }): Promise<{ overLimit: boolean }> };
  /** E-mail notifications (assignment, a ticket waiting in a team's queue), recorded in the change's transaction. */
  notifier?: EmailNotifier | null;
}

const STAFF_ROLES = ['agent', 'supervisor', 'admin'] as const;

export class TicketDeskService {
  constructor(private readonly deps: TicketDeskDeps) {}

  private async staffMemberTx(tx: Tx, tenantId: string, userId: string): Promise<void> {
    const [u] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.id, userId), inArray(users.role, [...STAFF_ROLES])))
      .limit(1);
    if (!u) throw new PayloadError('assigneeId: not an agent of this tenant');
  }

  private async categoryTx(tx: Tx, tenantId: string, categoryId: string, field = 'categoryId') {
    const [cat] = await tx.select().from(ticketCategories).where(and(eq(ticketCategories.tenantId, tenantId), eq(ticketCategories.id, categoryId))).limit(1);
    if (!cat) throw new PayloadError(`${field}: no such ticket category`);
    return cat;
  }

  private assertMayAssign(actor: DeskActor, assigneeId: string | null | undefined, current: string | null): void {
    if (actor.seesAll || assigneeId === undefined) return;
    const toSelfOrNobody = assigneeId === null ? current === null || current === actor.userId : assigneeId === actor.userId;
    if (!toSelfOrNobody) throw new ForbiddenError('an agent assigns tickets only to itself; a supervisor or admin reassigns');
  }

  async update(tenantId: string, ticketId: string, actor: DeskActor, patch: TicketPatch): Promise<TicketRow> {
    const warn = this.deps.slaWarningMinutes;
    // A deadlock with a worker or a scheduled scan is retried (src/db/errors.ts).
    await retryOnConflict(() => this.deps.db.transaction(async (tx) => {
      const { ticket: t, conversation: conv } = await lockTicketTx(tx, tenantId, ticketId);
      if (!actor.seesAll && !canSee(t, actor.userId)) throw new NotFoundError('ticket');
      if (t.status === 'closed') throw new PayloadError('status: the ticket is closed; closed tickets cannot be changed');
      this.assertMayAssign(actor, patch.assigneeId, t.assigneeId);

      const ref = { tenantId, ticketId: t.id };
      const author = { role: actor.role, authorId: actor.userId } as const;
      const events: TicketEventInput[] = [];
      const set: Partial<typeof tickets.$inferInsert> = {};
      const fieldChange = (fieldName: string, oldValue: string | null, newValue: string | null) => {
        if (oldValue !== null) events.push({ type: 'field-removed', ...author, fieldName, oldValue });
        if (newValue !== null) events.push({ type: 'field-added', ...author, fieldName, newValue });
      };

      let priority = t.priority;
      let categoryId = t.categoryId;
      if (patch.priority !== undefined && patch.priority !== t.priority) {
        priority = patch.priority;
        set.priority = priority;
        events.push({ type: 'priority-changed', ...author, fieldName: 'priority', oldValue: t.priority, newValue: priority });
      }
      if (patch.categoryId !== undefined && patch.categoryId !== t.categoryId) {
        if (patch.categoryId !== null) {
          const cat = await this.categoryTx(tx, tenantId, patch.categoryId);
          if (!cat.active) throw new PayloadError('categoryId: the category is inactive');
        }
        categoryId = patch.categoryId;
        set.categoryId = categoryId;
        fieldChange('categoryId', t.categoryId, categoryId);
      }
      if (priority !== t.priority || categoryId !== t.categoryId) {
        const cat = categoryId ? await this.categoryTx(tx, tenantId, categoryId) : null;
        const times = slaDueTimes(t.createdAt, priority, cat, t.slaPausedSeconds);
        Object.assign(set, times, alertResets(times, warn));
      }
      if (patch.tags !== undefined) {
        const next = [...new Set(patch.tags)];
        for (const tag of next.filter((x) => !t.tags.includes(x))) events.push({ type: 'tag-added', ...author, fieldName: 'tags', newValue: tag });
        for (const tag of t.tags.filter((x) => !next.includes(x))) events.push({ type: 'tag-removed', ...author, fieldName: 'tags', oldValue: tag });
        set.tags = next;
      }
      if (patch.customFields !== undefined) {
        const merged = await validateCustomFieldValues(tx, tenantId, 'ticket', patch.customFields, t.customFields);
        for (const d of diffCustomFields(t.customFields, merged)) fieldChange(`customFields.${d.key}`, d.old === null ? null : String(d.old), d.new === null ? null : String(d.new));
        set.customFields = merged;
      }
      if (patch.teamId !== undefined && patch.teamId !== t.teamId) {
        set.teamId = patch.teamId;
        fieldChange('teamId', t.teamId, patch.teamId);
      }
      let status: TicketStatus = t.status;
      if (patch.assigneeId !== undefined && patch.assigneeId !== t.assigneeId) {
        if (patch.assigneeId) await this.staffMemberTx(tx, tenantId, patch.assigneeId);
        if (t.assigneeId) {
          await releaseAgentTx(tx, tenantId, t.assigneeId);
          events.push({ type: 'assignment-removed', ...author, agentId: t.assigneeId });
        }
        if (patch.assigneeId) {
          await claimAgentTx(tx, tenantId, patch.assigneeId);
          events.push({ type: 'assignment-added', ...author, agentId: patch.assigneeId });
          if (t.status === 'new' && patch.status === undefined) status = 'open';
        }
        set.assigneeId = patch.assigneeId;
        if (conv) await tx.update(conversations).set({ assignedAgentId: patch.assigneeId }).where(eq(conversations.id, conv.id));
      }
      if (patch.status !== undefined) status = patch.status;
      const closing = status === 'closed';
      if (status !== t.status && !closing) {
        events.push({ type: 'status-update', ...author, fieldName: 'status', oldValue: t.status, newValue: status });
        set.status = status;
        if (t.status === 'pending') Object.assign(set, resumeSla({ ...t, ...(set as Partial<TicketRow>) }, warn));
        if (status === 'pending' && !t.slaPausedAt) set.slaPausedAt = new Date();
        if (status === 'resolved') set.resolvedAt = new Date();
        else if (t.status === 'resolved') set.resolvedAt = null;
      }
      for (const e of events) await addTicketEventTx(tx, ref, e);
      if (!closing && this.deps.notifier) {
        const assignee = set.assigneeId !== undefined ? set.assigneeId : t.assigneeId;
        if (set.assigneeId) await this.deps.notifier.notifyTx(tx, { kind: 'assignment', tenantId, ticketId: t.id, assigneeId: set.assigneeId, actorId: actor.userId });
        // Unassigned into a team's queue (moved to the team, or the assignee removed): the team's supervisors.
        const team = set.teamId !== undefined ? set.teamId : t.teamId;
        const entersQueue = !assignee && team && (set.teamId !== undefined || set.assigneeId === null);
        if (entersQueue) await this.deps.notifier.notifyTx(tx, { kind: 'team-queue', tenantId, ticketId: t.id, teamId: team, actorId: actor.userId });
      }
      if (Object.keys(set).length === 0 && !closing) return;
      await tx
        .update(tickets)
        .set({ ...set, lastActivityAt: sql`now()`, updatedAt: sql`now()` })
        .where(eq(tickets.id, t.id));
      if (closing) {
        const [fresh] = await tx.select().from(tickets).where(eq(tickets.id, t.id));
        await this.deps.agentActions.closeTx(tx, fresh!, conv, actor);
      }
    }));
    this.deps.onWorkRecorded?.();
    const [fresh] = await this.deps.db.select().from(tickets).where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, ticketId)));
    await this.deps.inbox.publish(tenantId, { event: 'ticket.updated', data: fresh! });
    return fresh!;
  }

  async create(tenantId: string, actor: DeskActor, input: NewTicket): Promise<TicketRow> {
    this.assertMayAssign(actor, input.assigneeId, null);
    await this.deps.ensureTenantDefaults?.(this.deps.db, tenantId);
    const ticket = await this.deps.db.transaction(async (tx) => {
      const [customer] = await tx.select({ id: customers.id }).from(customers).where(and(eq(customers.tenantId, tenantId), eq(customers.id, input.customerId)));
      if (!customer) throw new NotFoundError('customer');
      await this.deps.plans?.ticketAllowanceTx(tx, tenantId, { manual: true });
      const cat = input.categoryId
        ? await this.categoryTx(tx, tenantId, input.categoryId)
        : (await tx.select().from(ticketCategories).where(and(eq(ticketCategories.tenantId, tenantId), eq(ticketCategories.name, 'general'))).limit(1))[0];
      if (cat && !cat.active && input.categoryId) throw new PayloadError('categoryId: the category is inactive');
      const customFields = await validateCustomFieldValues(tx, tenantId, 'ticket', input.customFields ?? {});
      if (input.assigneeId) {
        await this.staffMemberTx(tx, tenantId, input.assigneeId);
        await claimAgentTx(tx, tenantId, input.assigneeId);
      }
      const now = new Date();
      const priority = input.priority ?? 'medium';
      const status = input.assigneeId ? 'open' : 'new';
      const [row] = await tx
        .insert(tickets)
        .values({
          tenantId,
          conversationId: null,
          customerId: customer.id,
          title: input.subject,
          description: input.description ?? '',
          status,
          priority,
          categoryId: cat?.id ?? null,
          tags: [...new Set(input.tags ?? [])],
          customFields,
          sourceChannel: null,
          source: input.source ?? 'api',
          assigneeId: input.assigneeId ?? null,
          teamId: input.teamId ?? null,
          escalationEvidence: { createdBy: actor.userId, source: input.source ?? 'api' },
          ...slaDueTimes(now, priority, cat),
          createdAt: now,
        })
        .returning();
      const ref = { tenantId, ticketId: row!.id };
      await addTicketEventTx(tx, ref, { type: 'status-update', role: actor.role, authorId: actor.userId, fieldName: 'status', oldValue: null, newValue: status });
      if (input.assigneeId) await addTicketEventTx(tx, ref, { type: 'assignment-added', role: actor.role, authorId: actor.userId, agentId: input.assigneeId });
      if (input.assigneeId) await this.deps.notifier?.notifyTx(tx, { kind: 'assignment', tenantId, ticketId: row!.id, assigneeId: input.assigneeId, actorId: actor.userId });
      else if (input.teamId) await this.deps.notifier?.notifyTx(tx, { kind: 'team-queue', tenantId, ticketId: row!.id, teamId: input.teamId, actorId: actor.userId });
      return row!;
    });
    this.deps.onWorkRecorded?.();
    await this.deps.inbox.publish(tenantId, { event: 'ticket.created', data: ticket });
    return ticket;
  }
}
