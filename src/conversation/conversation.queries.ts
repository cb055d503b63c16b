/** Read side of conversations for the REST API. Every query is scoped by tenant. */
import { customFieldConditions, type CustomFieldFilters } from '../custom-fields/filters.js';
import { and, asc, desc, eq, gt, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { channelIdentities, conversations, customers, feedback, messages, users } from '../../drizzle/schema.js';
import { tenantRead, type Db, type DbOrTx } from '../db/client.js';
import { NotFoundError } from '../domain/errors.js';
import { conversationStatusHistory } from './status-history.js';
import { messageAttachments } from '../attachments/attachment.queries.js';
import type { ChannelType, ConversationStatus, MessageJson } from '../domain/model.js';

type MessageRow = typeof messages.$inferSelect;

export type { MessageJson };

export function toMessageJson(m: MessageRow): MessageJson {
  return {
    id: m.id,
    conversationId: m.conversationId,
    direction: m.direction,
    senderType: m.senderType,
    kind: m.kind,
    text: m.text,
    payload: m.payload,
    deliveryStatus: m.deliveryStatus,
    deliveryError: m.deliveryError,
    createdAt: m.createdAt.toISOString(),
  };
}

export interface ConversationFilter {
  status?: ConversationStatus[];
  channel?: ChannelType[];
  customerId?: string;
  /** An agent's id, or 'unassigned'. */
  assignee?: string;
  /** Created at or after / before. */
  from?: Date;
  to?: Date;
  /** Text search over the conversation's messages (case-insensitive substring). */
  q?: string;
  /** `cf.<key>=value` filters on the conversation's custom fields. */
  customFields?: CustomFieldFilters;
  limit?: number;
}

/** `%`, `_` and `\` match themselves in a LIKE pattern. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listConversations(db: DbOrTx, tenantId: string, opts: ConversationFilter = {}) {
  const conds: SQL[] = [eq(conversations.tenantId, tenantId)];
  if (opts.status?.length) conds.push(inArray(conversations.status, opts.status));
  if (opts.channel?.length) conds.push(inArray(conversations.channel, opts.channel));
  if (opts.customerId) conds.push(eq(conversations.customerId, opts.customerId));
  if (opts.assignee === 'unassigned') conds.push(isNull(conversations.assignedAgentId));
  else if (opts.assignee) conds.push(eq(conversations.assignedAgentId, opts.assignee));
  if (opts.from) conds.push(gte(conversations.createdAt, opts.from));
  if (opts.to) conds.push(lte(conversations.createdAt, opts.to));
  conds.push(...customFieldConditions(conversations.customFields, opts.customFields));
  if (opts.q) {
    conds.push(sql`exists (select 1 from ${messages} m where m.conversation_id = ${conversations.id} and m.tenant_id = ${tenantId} and m.text ilike ${likePattern(opts.q)})`);
  }
  const rows = await db
    .select({
      id: conversations.id,
      channel: conversations.channel,
      connectionId: conversations.connectionId,
      status: conversations.status,
      botPaused: conversations.botPaused,
      assignedAgentId: conversations.assignedAgentId,
      customerId: conversations.customerId,
      customerName: sql<string | null>`coalesce(${channelIdentities.displayName}, ${customers.displayName})`,
      externalUserId: channelIdentities.externalUserId,
      lastMessageAt: conversations.lastMessageAt,
      createdAt: conversations.createdAt,
    })
    .from(conversations)
    .innerJoin(customers, and(eq(customers.id, conversations.customerId), eq(customers.tenantId, tenantId)))
    .innerJoin(channelIdentities, eq(channelIdentities.id, conversations.identityId))
    .where(and(...conds))
    .orderBy(desc(sql`coalesce(${conversations.lastMessageAt}, ${conversations.createdAt})`))
    .limit(Math.min(opts.limit ?? 50, 200));
  return rows.map((r) => ({
    ...r,
    lastMessageAt: r.lastMessageAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function assertConversation(db: DbOrTx, tenantId: string, conversationId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(conversationId)) throw new NotFoundError('conversation');
  const [conv] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId)))
    .limit(1);
  if (!conv) throw new NotFoundError('conversation');
  return conv;
}

export async function listMessages(db: DbOrTx, tenantId: string, conversationId: string, opts: { afterMessageId?: string; limit?: number } = {}): Promise<MessageJson[]> {
  await assertConversation(db, tenantId, conversationId);
  let afterSeq: number | undefined;
  if (opts.afterMessageId && /^[0-9a-f-]{36}$/i.test(opts.afterMessageId)) {
    const [m] = await db
      .select({ seq: messages.seq })
      .from(messages)
      .where(and(eq(messages.tenantId, tenantId), eq(messages.id, opts.afterMessageId)))
      .limit(1);
    afterSeq = m?.seq;
  }
  const rows = await db
    .select()
    .from(messages)
    .where(and(eq(messages.tenantId, tenantId), eq(messages.conversationId, conversationId), afterSeq !== undefined ? gt(messages.seq, afterSeq) : undefined))
    .orderBy(asc(messages.seq))
    .limit(Math.min(opts.limit ?? 200, 1000));
  const files = await messageAttachments(db, tenantId, rows.map((r) => r.id));
  return rows.map((r) => ({ ...toMessageJson(r), attachments: files.get(r.id) ?? [] }));
}

/** One conversation of a web chat visitor, as the chat page shows it after a reload. */
export interface ThreadConversation {
  id: string;
  status: ConversationStatus;
  createdAt: string;
  completedAt: string | null;
  rating: number | null;
  awaitingRating: boolean;
}

/** The read side bound to the database, as the container hands it to the HTTP routes. */
export class ConversationQueries {
  constructor(private readonly db: Db) {}

  list(tenantId: string, opts: ConversationFilter = {}) {
    return tenantRead(this.db, (q) => listConversations(q, tenantId, opts));
  }

  get(tenantId: string, conversationId: string) {
    return tenantRead(this.db, (q) => assertConversation(q, tenantId, conversationId));
  }

  messages(tenantId: string, conversationId: string, opts: { afterMessageId?: string; limit?: number } = {}): Promise<MessageJson[]> {
    return tenantRead(this.db, (q) => listMessages(q, tenantId, conversationId, opts));
  }

  statusHistory(tenantId: string, conversationId: string) {
    return tenantRead(this.db, (q) => conversationStatusHistory(q, tenantId, conversationId));
  }

  /** Replaces the conversation's custom-field values (validated by the caller). */
  async setCustomFields(tenantId: string, conversationId: string, values: Record<string, unknown>): Promise<void> {
    await this.db
      .update(conversations)
      .set({ customFields: values, updatedAt: sql`now()` })
      .where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId)));
  }

  /**
   * A web chat visitor's recent conversations (oldest first), closed ones
   * included, with the rating they gave each (null: none) and whether one is
   * still awaited, so a reloaded chat shows its history and rating.
   */
  async threadConversations(tenantId: string, connectionId: string, externalThreadId: string, limit = 5): Promise<ThreadConversation[]> {
    const rows = await this.db
      .select({
        id: conversations.id,
        status: conversations.status,
        createdAt: conversations.createdAt,
        completedAt: conversations.completedAt,
        awaitingCsatTicketId: conversations.awaitingCsatTicketId,
        awaitingFeedback: conversations.awaitingFeedback,
        awaitingCsatUntil: conversations.awaitingCsatUntil,
      })
      .from(conversations)
      .where(and(eq(conversations.tenantId, tenantId), eq(conversations.connectionId, connectionId), eq(conversations.externalThreadId, externalThreadId)))
      .orderBy(desc(conversations.createdAt))
      .limit(limit);
    const ratings = new Map<string, number>();
    if (rows.length > 0) {
      const fb = await this.db
        .select({ conversationId: feedback.conversationId, rating: feedback.rating })
        .from(feedback)
        .where(and(eq(feedback.tenantId, tenantId), inArray(feedback.conversationId, rows.map((r) => r.id))))
        .orderBy(asc(feedback.createdAt));
      for (const f of fb) ratings.set(f.conversationId, f.rating); // the latest wins
    }
    const now = new Date();
    return rows.reverse().map((r) => ({
      id: r.id,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      completedAt: r.completedAt?.toISOString() ?? null,
      rating: ratings.get(r.id) ?? null,
      awaitingRating: !ratings.has(r.id) && r.awaitingFeedback !== 'comment' && Boolean((r.awaitingCsatTicketId || r.awaitingFeedback === 'rating') && r.awaitingCsatUntil && r.awaitingCsatUntil >= now),
    }));
  }

  /** The last `limit` messages of these conversations in order (after a message, when given), with the name of the agent who wrote each. */
  async threadMessages(tenantId: string, conversationIds: readonly string[], opts: { afterMessageId?: string; limit?: number } = {}): Promise<Array<MessageJson & { senderName?: string }>> {
    if (conversationIds.length === 0) return [];
    let afterSeq: number | undefined;
    if (opts.afterMessageId && /^[0-9a-f-]{36}$/i.test(opts.afterMessageId)) {
      const [m] = await this.db
        .select({ seq: messages.seq })
        .from(messages)
        .where(and(eq(messages.tenantId, tenantId), eq(messages.id, opts.afterMessageId)))
        .limit(1);
      afterSeq = m?.seq;
    }
    const rows = await this.db
      .select({ m: messages, senderName: users.name })
      .from(messages)
      .leftJoin(users, and(eq(users.id, messages.senderUserId), eq(users.tenantId, tenantId)))
      .where(and(eq(messages.tenantId, tenantId), inArray(messages.conversationId, [...conversationIds]), afterSeq !== undefined ? gt(messages.seq, afterSeq) : undefined))
      .orderBy(desc(messages.seq))
      .limit(Math.min(opts.limit ?? 100, 500));
    const files = await messageAttachments(this.db, tenantId, rows.map((r) => r.m.id));
    return rows.reverse().map(({ m, senderName }) => ({ ...toMessageJson(m), attachments: files.get(m.id) ?? [], ...(senderName && m.senderType === 'agent' ? { senderName } : {}) }));
  }

  /** The open (not completed) conversation of a platform thread, e.g. a web chat visitor's. */
  async openConversationId(connectionId: string, externalThreadId: string): Promise<string | null> {
    const [row] = await this.db
      .select({ id: conversations.id })
      .from(conversations)
      .where(and(eq(conversations.connectionId, connectionId), eq(conversations.externalThreadId, externalThreadId), sql`${conversations.status} <> 'COMPLETED'`))
      .limit(1);
    return row?.id ?? null;
  }
}
