/**
 * Transactional outbox → BullMQ relay.
 *
 * Why: the webhook transaction commits the message and a row here together.
 * If Redis is down, or the process dies between commit and `queue.add`, the
 * row is still here and the relay (running in every gateway process, rows
 * claimed with FOR UPDATE SKIP LOCKED) adds it later. Job ids are
 * deterministic, so adding the same row twice yields one job; and the
 * processor is idempotent, so even a re-run of a completed job is harmless.
 */
import type { Logger } from 'pino';
import type postgres from 'postgres';
import type { JobsOptions, Queue } from 'bullmq';
import { sql as dsql } from 'drizzle-orm';
import { outbox } from '../../drizzle/schema.js';
import { endReserved, type Db, type DbOrTx } from '../db/client.js';
import { withoutTenant } from '../db/tenant-context.js';
import { defaultJobOptions } from './queues.js';

export interface OutboxEntry {
  tenantId: string | null;
  queue: string;
  jobName: string;
  jobId: string;
  data: Record<string, unknown>;
}

export async function recordOutbox(tx: DbOrTx, entries: OutboxEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(outbox).values(entries.map((e) => ({ ...e })));
}

/** `recordOutbox` on a raw postgres.js transaction: one statement for any number of entries, in the order given. */
export async function recordOutboxSql(tx: postgres.ISql, entries: OutboxEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e, ord) => ({ ord, tenant_id: e.tenantId, queue: e.queue, job_name: e.jobName, job_id: e.jobId, data: e.data }));
  await tx`
    insert into outbox (tenant_id, queue, job_name, job_id, data)
    select r.tenant_id, r.queue, r.job_name, r.job_id, r.data
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(ord int, tenant_id uuid, queue text, job_name text, job_id text, data jsonb)
     order by r.ord`;
}

const ADD_TIMEOUT_MS = 3000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`queue add timed out after ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

interface ClaimedRow {
  /** bigint, as text. */
  id: string;
  queue: string;
  job_name: string;
  job_id: string;
  data: unknown;
}

/** The job data as an object (the driver parses jsonb; text is tolerated). */
function parseData(data: unknown): Record<string, unknown> {
  const v: unknown = typeof data === 'string' ? JSON.parse(data) : data;
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
}

export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private again = false;
  private stopped = false;
  /** Rows relayed since start (metrics). */
  relayed = 0;
  failures = 0;

  constructor(
    private readonly db: Db,
    /** The postgres.js client under `db`: the relay's claim and marks run on it. */
    private readonly sql: postgres.Sql,
    private readonly queues: Map<string, Queue>,
    private readonly logger: Logger,
    /** `jobOptions`: per-queue options replacing the default ones (attempts, backoff) for that queue's jobs. */
    private readonly opts: { pollMs: number; attempts: number; batch?: number; jobOptions?: Record<string, JobsOptions> },
  ) {}

  start(): void {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      this.kick();
      this.timer = setTimeout(tick, this.opts.pollMs);
      this.timer.unref();
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }

  /** Outbox ids named by the commits that recorded them, not relayed yet. */
  private hinted: string[] = [];
  /** A kick without ids (or the poll): look for every due row. */
  private scanDue = false;
  /** Past this many named ids waiting (Redis down, say), the names are dropped and the next scan finds the rows. */
  private static readonly MAX_HINTED = 10_000;

  /**
   * Relay now (called right after a commit so the happy path has no polling delay).
   * With the ids of the rows just committed, the relay claims exactly those by
   * primary key; without, it looks for every due row. Looking costs more than
   * it seems: relayed (deleted) rows stay in the pending index as dead entries
   * until vacuum, and under load that scan was most of Postgres's work per
   * message. The poll (`pollMs`) always looks, so nothing named and missed is lost.
   * The relay is a system path: it serves every tenant's rows, so it never runs in
   * the tenant context of the request that happened to kick it.
   */
  kick(outboxIds?: readonly string[]): void {
    if (outboxIds && outboxIds.length > 0 && this.hinted.length < OutboxRelay.MAX_HINTED) this.hinted.push(...outboxIds);
    else this.scanDue = true;
    withoutTenant(() => this.kickNow());
  }

  private kickNow(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.relayPending()
      .catch((err: unknown) => this.logger.error({ err }, 'outbox relay failed'))
      .finally(() => {
        this.running = false;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kickNow();
        }
      });
  }

  /** Relays everything due now (tests, benchmarks). Returns how many rows were dispatched. */
  drain(): Promise<number> {
    this.scanDue = true;
    return this.relayPending();
  }

  /** Relays until nothing named or due is left. Returns how many rows were dispatched. */
  private async relayPending(): Promise<number> {
    const batch = this.opts.batch ?? 500;
    let total = 0;
    while (this.hinted.length > 0) {
      const n = await this.relayBatch(this.hinted.splice(0, batch));
      total += n.dispatched;
      // Enqueueing fails (Redis): what is named waits for the scan, with its backoff.
      if (n.dispatched < n.claimed) {
        this.hinted = [];
        this.scanDue = true;
      }
    }
    if (!this.scanDue) return total;
    this.scanDue = false;
    for (;;) {
      const n = await this.relayBatch();
      total += n.dispatched;
      // A short batch took everything due: asking again would cost an empty round trip per relay run
      // (rows committed meanwhile kick the relay again).
      if (n.claimed < batch || n.dispatched === 0) return total;
    }
  }

  /**
   * Claims up to `batch` due rows, hands them to BullMQ with one `addBulk` per
   * queue (one Redis round trip for the lot) and deletes them in one
   * statement. If Redis fails, the rows of that queue and the rest of the
   * batch stay undispatched with a growing delay. Postgres: BEGIN + claim in
   * one round trip, marks + COMMIT in another (prepared statements).
   * `ids`: claim only these rows (by primary key), if still due.
   */
  private async relayBatch(ids?: string[]): Promise<{ claimed: number; dispatched: number }> {
    const batch = this.opts.batch ?? 500;
    const tx = await this.sql.reserve();
    let open = false;
    let failure: unknown;
    try {
      tx`begin`.execute().catch(() => undefined); // its failure fails the claim after it
      open = true;
      // Named rows: the primary key is the only index the statement can use (whether a row is still
      // due is a column, not a condition), so the planner never walks the pending index's dead entries.
      const rows = ids
        ? (
            await tx<Array<ClaimedRow & { due: boolean }>>`
              select id, queue, job_name, job_id, data, (dispatched_at is null and available_at <= now()) as due from outbox
               where id = any(${`{${ids.join(',')}}`}::bigint[])
               order by id
               for update skip locked`
          ).filter((r) => r.due)
        : await tx<ClaimedRow[]>`
            select id, queue, job_name, job_id, data from outbox
             where dispatched_at is null and available_at <= now()
             order by id limit ${batch}
             for update skip locked`;
      if (rows.length === 0) {
        open = false;
        await tx`commit`;
        return { claimed: 0, dispatched: 0 };
      }

      const byQueue = new Map<string, ClaimedRow[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      const done: string[] = [];
      let failed: ClaimedRow[] = [];
      let failure = '';
      for (const [name, group] of byQueue) {
        const queue = this.queues.get(name);
        try {
          if (!queue) throw new Error(`unknown queue ${name}`);
          const options = this.opts.jobOptions?.[name] ?? defaultJobOptions(this.opts.attempts);
          await withTimeout(
            queue.addBulk(group.map((row) => ({ name: row.job_name, data: parseData(row.data), opts: { ...options, jobId: row.job_id } }))),
            ADD_TIMEOUT_MS,
          );
          done.push(...group.map((r) => r.id));
        } catch (err) {
          this.failures++;
          failure = (err as Error).message;
          failed = group;
          this.logger.warn({ err: failure, queue: name, rows: group.length }, 'outbox: enqueue failed, will retry');
          // Redis is likely down: stop this batch; the rest is claimed again on the next pass.
          break;
        }
      }
      const marks: Array<Promise<unknown>> = [];
      if (failed.length > 0) {
        marks.push(tx`
          update outbox set attempts = attempts + 1, last_error = ${failure},
                 available_at = now() + make_interval(secs => least(60, 0.5 * power(2, least(attempts, 7))))
           where id in (select (jsonb_array_elements_text(${JSON.stringify(failed.map((r) => r.id))}::jsonb))::bigint)`.execute());
      }
      if (done.length > 0) {
        // A relayed row is deleted, not marked: a delete writes no new row version and no index entry (setting
        // dispatched_at, a column of the pending index's predicate, could never be a HOT update), and the table
        // stays as small as the backlog.
        marks.push(tx`delete from outbox where id = any(${`{${done.join(',')}}`}::bigint[])`.execute());
      }
      // Each statement is sent in the order it is executed (`.execute()`): a query that is only
      // awaited (Promise.all) is sent a microtask later, so the COMMIT would overtake the marks.
      const commit = tx`commit`.execute();
      commit.catch(() => undefined); // awaited below, after the marks
      open = false;
      await Promise.all(marks);
      await commit;
      this.relayed += done.length;
      return { claimed: rows.length, dispatched: done.length };
    } catch (err) {
      failure = err;
      throw err;
    } finally {
      await endReserved(tx, open, failure);
    }
  }

  /** Rows not yet handed to the queue (metrics). */
  async backlog(): Promise<number> {
    const rows = await this.db.execute<{ n: number }>(dsql`select count(*)::int as n from outbox where dispatched_at is null`);
    return rows[0]?.n ?? 0;
  }

  /**
   * Deletes dispatched rows older than `olderThanHours` (housekeeping). The relay deletes what it relays;
   * rows marked `dispatched_at` are those relayed before it did (databases that predate migration 0023).
   */
  async prune(olderThanHours = 24): Promise<void> {
    await this.db.execute(dsql`DELETE FROM outbox WHERE dispatched_at < now() - make_interval(hours => ${olderThanHours})`);
  }
}
