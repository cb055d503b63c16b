/** Read side of conversations for the REST API. Every query is scoped by tenant. */
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import { channelIdentities, conversations, customers, messages } from '../../drizzle/schema.js';
import type { Db, DbOrTx } from '../db/client.js';
import { NotFoundError } from '../domain/errors.js';
import type { ConversationStatus, MessageJson } from '../domain/model.js';

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

export async function listConversations(db: DbOrTx, tenantId: string, opts: { status?: ConversationStatus; limit?: number } = {}) {
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
    .where(and(eq(conversations.tenantId, tenantId), opts.status ? eq(conversations.status, opts.status) : undefined))
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
  return rows.map(toMessageJson);
}

/** The read side bound to the database, as the container hands it to the HTTP routes. */
export class ConversationQueries {
  constructor(private readonly db: Db) {}

  list(tenantId: string, opts: { status?: ConversationStatus; limit?: number } = {}) {
    return listConversations(this.db, tenantId, opts);
  }

  get(tenantId: string, conversationId: string) {
    return assertConversation(this.db, tenantId, conversationId);
  }

  messages(tenantId: string, conversationId: string, opts: { afterMessageId?: string; limit?: number } = {}): Promise<MessageJson[]> {
    return listMessages(this.db, tenantId, conversationId, opts);
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
