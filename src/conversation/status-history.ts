/**
 * Conversation status history (NEW→ACTIVE→ESCALATED→COMPLETED and back).
 * A trigger on `conversations` writes a row for every status change (migration
 * `conversation_status_history`), so no code path can skip it. The cause is
 * what the changing transaction said with {@link setStatusCauseTx}; without it
 * the trigger writes a generic cause for the transition.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { conversationStatusEvents } from '../../drizzle/schema.js';
import type { DbOrTx, Tx } from '../db/client.js';

/** The cause the trigger records for status changes made later in this transaction. */
export async function setStatusCauseTx(tx: Tx, cause: string): Promise<void> {
  await tx.execute(sql`select set_config('app.status_cause', ${cause.slice(0, 200)}, true)`);
}

export interface StatusChange {
  from: string | null;
  to: string;
  cause: string;
  at: string;
}

export async function conversationStatusHistory(db: DbOrTx, tenantId: string, conversationId: string): Promise<StatusChange[]> {
  const rows = await db
    .select()
    .from(conversationStatusEvents)
    .where(and(eq(conversationStatusEvents.tenantId, tenantId), eq(conversationStatusEvents.conversationId, conversationId)))
    .orderBy(asc(conversationStatusEvents.id));
  return rows.map((r) => ({ from: r.fromStatus, to: r.toStatus, cause: r.cause, at: r.createdAt.toISOString() }));
}
