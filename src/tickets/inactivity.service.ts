/**
 * A conversation the bot handled alone (no ticket in progress, bot not paused)
 * completes after CONVERSATION_INACTIVITY_MINUTES without a message, and the
 * customer is asked to rate the chat (./csat.service.ts). Run by the
 * `inactivity-scan` repeatable job (src/queue/queues.ts) over every tenant.
 */
import { and, inArray, sql } from 'drizzle-orm';
import { conversations } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import { setStatusCauseTx } from '../conversation/status-history.js';
import type { CsatService } from './csat.service.js';

/** Conversations completed per transaction: a long backlog is worked off in batches. */
const BATCH = 200;

export class InactivityService {
  constructor(
    private readonly db: Db,
    private readonly csat: CsatService,
    private readonly inactivityMinutes: number,
    private readonly onWorkRecorded: () => void = () => {},
  ) {}

  /** Completes every inactive bot-only conversation; returns their ids. */
  async completeInactive(now = new Date()): Promise<string[]> {
    const done: string[] = [];
    for (;;) {
      const batch = await this.db.transaction(async (tx) => {
        const rows = await tx.execute<{ id: string; tenant_id: string; connection_id: string; bot_answered: boolean }>(sql`
          select c.id, c.tenant_id, c.connection_id,
                 exists (select 1 from messages m where m.conversation_id = c.id and m.sender_type = 'bot') as bot_answered
          from conversations c
          where c.status in ('NEW', 'ACTIVE') and c.bot_paused = false
            and coalesce(c.last_message_at, c.created_at) < ${now.toISOString()}::timestamptz - make_interval(mins => ${this.inactivityMinutes})
            and not exists (select 1 from tickets t where t.conversation_id = c.id and t.status::text not in ('resolved', 'closed'))
          order by c.last_message_at nulls first
          limit ${BATCH}
          for update of c skip locked`);
        if (rows.length === 0) return [];
        await setStatusCauseTx(tx, `no activity for ${this.inactivityMinutes} minutes`);
        await tx
          .update(conversations)
          .set({ status: 'COMPLETED', completedAt: sql`now()`, consecutiveUnsure: 0, updatedAt: sql`now()` })
          .where(and(inArray(conversations.id, rows.map((r) => r.id)), sql`${conversations.status} in ('NEW', 'ACTIVE')`));
        // Only a chat the bot actually answered is worth rating.
        for (const r of rows.filter((x) => x.bot_answered)) {
          await this.csat.requestChatRatingTx(tx, { id: r.id, tenantId: r.tenant_id, connectionId: r.connection_id });
        }
        return rows.map((r) => r.id);
      });
      done.push(...batch);
      if (batch.length < BATCH) break;
    }
    if (done.length) this.onWorkRecorded();
    return done;
  }
}
