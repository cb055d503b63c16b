/** Tickets' reads and their history rows. Every query is scoped by tenant. */
import { customFieldConditions } from '../custom-fields/filters.js';
import { and, asc, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { conversations, ticketEvents, tickets } from '../../drizzle/schema.js';
import { tenantRead, type Db, type Tx } from '../db/client.js';
import { NotFoundError } from '../domain/errors.js';
import type { Actor, TicketEventType, TicketEventVisibility, TicketPriority, TicketStatus } from '../domain/model.js';

export type TicketRow = typeof tickets.$inferSelect;

export interface TicketActivity {
  customerName: string | null;
  lastMessageAt: Date | null;
  /** Customer messages not answered by an agent yet. */
  unread: number;
  /** The oldest of them: how long the customer has been waiting. */
  waitingSince: Date | null;
}
export type TicketEventRow = typeof ticketEvents.$inferSelect;
export type ConversationRow = typeof conversations.$inferSelect;

export interface TicketFilter {
  status?: TicketStatus[];
  assignee?: string | 'unassigned';
  priority?: TicketPriority[];
  slaBreached?: boolean;
  categoryId?: string;
  teamId?: string;
  customerId?: string;
  /** Words in the title, the description or the customer's name (case-insensitive). */
  q?: string;
  tag?: string;
  /** `cf.<key>=value` filters: the custom field's stored value, as text. */
  customFields?: Record<string, string>;
  /** Agents see their own tickets and unassigned ones; supervisors and admins see all (undefined). */
  visibleTo?: string | null;
  limit?: number;
}

/** An agent (role `agent`) sees tickets assigned to it and the unassigned queue; supervisors and admins every ticket. */
export function canSee(t: Pick<TicketRow, 'assigneeId'>, visibleTo: string | null | undefined): boolean {
  if (visibleTo === undefined) return true;
  return t.assigneeId === null || (visibleTo !== null && t.assigneeId === visibleTo);
}

export interface TicketEventInput {
  type: TicketEventType;
  role: Actor['role'];
  authorId?: string | null;
  visibility?: TicketEventVisibility;
  content?: string | null;
  fieldName?: string;
  oldValue?: string | null;
  newValue?: string | null;
  agentId?: string | null;
  messageId?: string | null;
}

/** Appends one row to a ticket's history, in the transaction of the change it records. Returns its id. */
export async function addTicketEventTx(tx: Tx, t: { tenantId: string; ticketId: string }, e: TicketEventInput): Promise<string> {
  const [row] = await tx.insert(ticketEvents).values({
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
  }).returning({ id: ticketEvents.id });
  return row!.id;
}

/** The ticket and its conversation (null for a ticket opened without a chat), both row-locked until the transaction ends. */
export async function lockTicketTx(tx: Tx, tenantId: string, ticketId: string): Promise<{ ticket: TicketRow; conversation: ConversationRow | null }> {
  const [ticket] = await tx.select().from(tickets).where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, ticketId))).for('update');
  if (!ticket) throw new NotFoundError('ticket');
  if (!ticket.conversationId) return { ticket, conversation: null };
  const [conversation] = await tx.select().from(conversations).where(eq(conversations.id, ticket.conversationId)).for('update');
  if (!conversation) throw new NotFoundError('conversation');
  return { ticket, conversation };
}

export class TicketQueries {
  constructor(private readonly db: Db) {}

  /** The tenant's ticket; with `visibleTo` (an agent), only if that agent may see it. */
  async get(tenantId: string, ticketId: string, visibleTo?: string | null): Promise<TicketRow> {
    if (!/^[0-9a-f-]{36}$/i.test(ticketId)) throw new NotFoundError('ticket');
    const [t] = await tenantRead(this.db, (q) => q.select().from(tickets).where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, ticketId))).limit(1));
    if (!t || !canSee(t, visibleTo)) throw new NotFoundError('ticket');
    return t;
  }

  async list(tenantId: string, f: TicketFilter): Promise<TicketRow[]> {
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
      if (breach) conds.push(and(sql`${tickets.status}::text not in ('resolved', 'closed')`, sql`${tickets.slaPausedAt} is null`, breach)!);
    }
    if (f.categoryId) conds.push(eq(tickets.categoryId, f.categoryId));
    if (f.teamId) conds.push(eq(tickets.teamId, f.teamId));
    if (f.customerId) conds.push(eq(tickets.customerId, f.customerId));
    if (f.tag) conds.push(sql`${tickets.tags} @> array[${f.tag}]::text[]`);
    if (f.q) {
      const like = `%${f.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      conds.push(
        sql`(${tickets.title} ilike ${like} or ${tickets.description} ilike ${like} or exists (select 1 from customers c where c.id = ${tickets.customerId} and c.tenant_id = ${tickets.tenantId} and c.display_name ilike ${like}))`,
      );
    }
    conds.push(...customFieldConditions(tickets.customFields, f.customFields));
    if (f.visibleTo !== undefined) conds.push(f.visibleTo ? or(isNull(tickets.assigneeId), eq(tickets.assigneeId, f.visibleTo))! : isNull(tickets.assigneeId));
    return tenantRead(this.db, (q) =>
      q
        .select()
        .from(tickets)
        .where(and(...conds))
        .orderBy(desc(tickets.lastActivityAt))
        .limit(Math.min(f.limit ?? 100, 500)),
    );
  }

  /**
   * What the inbox list shows beside each ticket: the customer's name, the
   * last message, and the customer messages still waiting for an agent — those
   * after the last agent reply or, before any, after the bot's last message
   * preceding the ticket (`unread`, `waitingSince`).
   */
  async activity(tenantId: string, ticketIds: string[]): Promise<Map<string, TicketActivity>> {
    if (ticketIds.length === 0) return new Map();
    const rows = await this.db.execute<{ ticket_id: string; customer_name: string | null; last_message_at: Date | string | null; unread: number; waiting_since: Date | string | null }>(sql`
      select t.id as ticket_id, c.display_name as customer_name,
        (select max(m.created_at) from messages m where m.tenant_id = t.tenant_id and m.conversation_id = t.conversation_id) as last_message_at,
        w.unread, w.waiting_since
      from tickets t
      left join customers c on c.id = t.customer_id and c.tenant_id = t.tenant_id
      cross join lateral (
        select coalesce(
          (select max(m.seq) from messages m where m.tenant_id = t.tenant_id and m.conversation_id = t.conversation_id and m.sender_type = 'agent'),
          (select max(m.seq) from messages m where m.tenant_id = t.tenant_id and m.conversation_id = t.conversation_id and m.sender_type = 'bot' and m.created_at < t.created_at),
          0) as seq
      ) b
      cross join lateral (
        select count(*)::int as unread, min(m.created_at) as waiting_since
        from messages m where m.tenant_id = t.tenant_id and m.conversation_id = t.conversation_id and m.sender_type = 'customer' and m.seq > b.seq
      ) w
      where t.tenant_id = ${tenantId} and t.id in (${sql.join(ticketIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
    const date = (v: Date | string | null) => (v === null ? null : new Date(v));
    return new Map(
      [...rows].map((r) => [r.ticket_id, { customerName: r.customer_name, lastMessageAt: date(r.last_message_at), unread: Number(r.unread), waitingSince: date(r.waiting_since) }]),
    );
  }

  async history(tenantId: string, ticketId: string): Promise<TicketEventRow[]> {
    return tenantRead(this.db, (q) => q.select().from(ticketEvents).where(and(eq(ticketEvents.tenantId, tenantId), eq(ticketEvents.ticketId, ticketId))).orderBy(asc(ticketEvents.createdAt)));
  }
}
