/**
 * Reading what the gateway stored for one platform thread (a chat, a user, a
 * group: `conversations.external_thread_id`) through the harness's database,
 * as the channel suites check it after a webhook.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { conversations, messages } from '../../drizzle/schema.js';
import { waitFor, type Harness } from './harness.js';

export type MessageRow = typeof messages.$inferSelect;

/** Every stored message of `threadId` on the connection, in conversation order. */
export async function threadMessages(h: Harness, connectionId: string, threadId: string): Promise<MessageRow[]> {
  const rows = await h.c.database.db
    .select({ m: messages })
    .from(messages)
    .innerJoin(conversations, eq(messages.conversationId, conversations.id))
    .where(and(eq(conversations.connectionId, connectionId), eq(conversations.externalThreadId, threadId)))
    .orderBy(asc(messages.seq));
  return rows.map((r) => r.m);
}

/**
 * Waits until the thread has at least `n` replies, every one `sent` (or
 * `failed`; `settled`: none still pending), and returns all its messages.
 */
export function waitForThreadReplies(
  h: Harness,
  connectionId: string,
  threadId: string,
  n: number,
  opts: { status?: 'sent' | 'failed' | 'settled'; timeoutMs?: number; what?: string } = {},
): Promise<MessageRow[]> {
  const status = opts.status ?? 'sent';
  const done = (r: MessageRow) => (status === 'settled' ? r.deliveryStatus !== 'pending' : r.deliveryStatus === status);
  return waitFor(
    async () => {
      const rows = await threadMessages(h, connectionId, threadId);
      const out = rows.filter((r) => r.direction === 'out');
      return out.length >= n && out.every(done) ? rows : null;
    },
    { what: opts.what ?? `${n} replies in ${threadId}`, ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}) },
  );
}

export type CountedTable = 'messages' | 'outbox' | 'conversations' | 'channel_connections' | 'channel_identities';

/**
 * How many rows `table` has in the harness's database (all tenants). For `outbox`, how many rows were ever
 * recorded (its id sequence): the relay deletes the rows it relays, so their count says nothing about what was written.
 */
export async function countRows(h: Harness, table: CountedTable): Promise<number> {
  const query = table === 'outbox' ? `select (case when is_called then last_value else 0 end)::int as n from outbox_id_seq` : `select count(*)::int as n from ${table}`;
  const rows = await h.c.database.db.execute<{ n: number }>(sql.raw(query));
  return rows[0]?.n ?? 0;
}
