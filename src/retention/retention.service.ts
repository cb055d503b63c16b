/**
 * Seed 004 retention, run by the `retention` repeatable job (src/queue/queues.ts,
 * src/worker/maintenance.worker.ts):
 *
 * - archived records (snapshots of deleted rows) are purged 30 days after deletion;
 * - audit entries are kept 1 year;
 * - tickets and messages older than the tenant's `retention_days` (default 730)
 *   are purged: closed tickets whose last activity is older, conversations whose
 *   last message is older (with everything in them) unless a ticket of theirs is
 *   still active, and any message older;
 * - staff sessions (`staff_sessions`) are deleted 30 days after they expired or were revoked.
 *
 * Deletes run in batches so a large backlog never holds long locks. `now` is a
 * parameter so tests use explicit timestamps instead of waiting.
 */
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../db/client.js';

export const ARCHIVE_DAYS = 30;
export const AUDIT_DAYS = 365;
export const ENDED_SESSION_DAYS = 30;
const BATCH = 5000;

export interface RetentionReport {
  archivedRecords: number;
  auditEntries: number;
  tickets: number;
  conversations: number;
  messages: number;
  staffSessions: number;
}

export class RetentionService {
  constructor(
    private readonly db: Db,
    private readonly logger?: Logger,
  ) {}

  /** Runs `statement` (a DELETE … RETURNING 1 limited to BATCH rows) until it deletes nothing. */
  private async drain(statement: () => ReturnType<typeof sql>): Promise<number> {
    let total = 0;
    for (;;) {
      const rows = await this.db.execute(statement());
      total += rows.length;
      if (rows.length < BATCH) return total;
    }
  }

  async run(now: Date = new Date()): Promise<RetentionReport> {
    const at = now.toISOString();
    const archivedRecords = await this.drain(
      () => sql`delete from archived_records where id in (select id from archived_records where deleted_at < ${at}::timestamptz - make_interval(days => ${ARCHIVE_DAYS}) limit ${BATCH}) returning 1`,
    );
    const auditEntries = await this.drain(
      () => sql`delete from audit_log where id in (select id from audit_log where created_at < ${at}::timestamptz - make_interval(days => ${AUDIT_DAYS}) limit ${BATCH}) returning 1`,
    );
    const tickets = await this.drain(
      () => sql`delete from tickets where id in (
        select tk.id from tickets tk join tenants t on t.id = tk.tenant_id
        where tk.status = 'closed' and coalesce(tk.closed_at, tk.last_activity_at) < ${at}::timestamptz - make_interval(days => t.retention_days)
        limit ${BATCH}) returning 1`,
    );
    const conversations = await this.drain(
      () => sql`delete from conversations where id in (
        select c.id from conversations c join tenants t on t.id = c.tenant_id
        where coalesce(c.last_message_at, c.created_at) < ${at}::timestamptz - make_interval(days => t.retention_days)
          and not exists (select 1 from tickets tk where tk.conversation_id = c.id and tk.last_activity_at >= ${at}::timestamptz - make_interval(days => t.retention_days))
        limit ${BATCH}) returning 1`,
    );
    const messages = await this.drain(
      () => sql`delete from messages where id in (
        select m.id from messages m join tenants t on t.id = m.tenant_id
        where m.created_at < ${at}::timestamptz - make_interval(days => t.retention_days)
        limit ${BATCH}) returning 1`,
    );
    const staffSessions = await this.drain(
      () => sql`delete from staff_sessions where id in (
        select id from staff_sessions
        where least(expires_at, coalesce(revoked_at, expires_at)) < ${at}::timestamptz - make_interval(days => ${ENDED_SESSION_DAYS})
        limit ${BATCH}) returning 1`,
    );
    const report = { archivedRecords, auditEntries, tickets, conversations, messages, staffSessions };
    this.logger?.info({ ...report }, 'retention run finished');
    return report;
  }
}
