/**
 * What the queues hold, seen two ways:
 *
 * - `forTenant(tenantId)` — one tenant's work, for `GET /api/v1/queues`
 *   (tenant admins). BullMQ's counters are shared by every tenant, so the
 *   counts come from the tenant's own rows (messages of the last
 *   `RECENT_DAYS` days, documents, outbox); the failures listed are the
 *   tenant's own failed jobs (every job's data carries its tenantId), found
 *   among the newest `FAILURE_SCAN` failed jobs of each queue.
 * - `all()` — every tenant's, for platform operators (the CLI; Bull Board at
 *   /admin/queues shows the same) and never on /api/v1.
 */
import type { Job, Queue } from 'bullmq';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { redactText } from '../logging/logger.js';

export const RECENT_DAYS = 7;
/** How many of each queue's newest failed jobs are searched for one tenant's failures. */
export const FAILURE_SCAN = 500;
const FAILURES_SHOWN = 20;
const JOB_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;

export interface FailedJobView {
  queue: string;
  id: string | undefined;
  name: string;
  attemptsMade: number;
  failedReason: string;
  finishedOn: number | undefined;
}

export interface TenantQueueView {
  tenantId: string;
  /** Message counts cover messages created in the last `recentDays` days. */
  recentDays: number;
  queues: {
    conversation: { inboundPending: number; inboundAnswered: number; outboundPending: number; outboundSent: number; outboundFailed: number };
    ingestion: { queued: number; processing: number; indexed: number; failed: number };
  };
  /** The tenant's work recorded but not yet handed to the queue. */
  outboxBacklog: number;
  recentFailures: FailedJobView[];
}

export interface AllQueuesView {
  queues: Record<string, Record<(typeof JOB_STATES)[number], number>>;
  outboxBacklog: number;
  recentFailures: Array<FailedJobView & { tenantId: string | null }>;
}

/** A failed job as shown to admins: its reason without SQL parameters or secrets (drizzle puts the query's parameters in the message). */
function failedView(queue: string, j: Job): FailedJobView {
  return { queue, id: j.id, name: j.name, attemptsMade: j.attemptsMade, failedReason: redactText(j.failedReason ?? ''), finishedOn: j.finishedOn };
}

function tenantOf(j: Job): string | null {
  const data: unknown = j.data;
  return data !== null && typeof data === 'object' && typeof (data as { tenantId?: unknown }).tenantId === 'string' ? (data as { tenantId: string }).tenantId : null;
}

export class QueueOverview {
  constructor(
    private readonly db: Db,
    private readonly queues: ReadonlyMap<string, Queue>,
  ) {}

  async forTenant(tenantId: string): Promise<TenantQueueView> {
    const [messages, documents, outbox, failures] = await Promise.all([
      this.db.execute<{ inbound_pending: number; inbound_answered: number; outbound_pending: number; outbound_sent: number; outbound_failed: number }>(sql`
        select count(*) filter (where direction = 'in' and processing_status = 'pending')::int as inbound_pending,
               count(*) filter (where direction = 'in' and processing_status = 'replied')::int as inbound_answered,
               count(*) filter (where direction = 'out' and delivery_status = 'pending')::int as outbound_pending,
               count(*) filter (where direction = 'out' and delivery_status in ('sent', 'delivered', 'read'))::int as outbound_sent,
               count(*) filter (where direction = 'out' and delivery_status = 'failed')::int as outbound_failed
        from messages
        where tenant_id = ${tenantId} and created_at > now() - make_interval(days => ${RECENT_DAYS})`),
      this.db.execute<{ queued: number; processing: number; indexed: number; failed: number }>(sql`
        select count(*) filter (where status = 'UPLOADED')::int as queued,
               count(*) filter (where status in ('PROCESSING', 'CHUNKING', 'EMBEDDING'))::int as processing,
               count(*) filter (where status = 'INDEXED')::int as indexed,
               count(*) filter (where status = 'FAILED')::int as failed
        from documents where tenant_id = ${tenantId}`),
      this.db.execute<{ n: number }>(sql`select count(*)::int as n from outbox where dispatched_at is null and tenant_id = ${tenantId}`),
      this.failures((j) => tenantOf(j) === tenantId, FAILURE_SCAN),
    ]);
    const m = messages[0];
    const d = documents[0];
    return {
      tenantId,
      recentDays: RECENT_DAYS,
      queues: {
        conversation: {
          inboundPending: m?.inbound_pending ?? 0,
          inboundAnswered: m?.inbound_answered ?? 0,
          outboundPending: m?.outbound_pending ?? 0,
          outboundSent: m?.outbound_sent ?? 0,
          outboundFailed: m?.outbound_failed ?? 0,
        },
        ingestion: { queued: d?.queued ?? 0, processing: d?.processing ?? 0, indexed: d?.indexed ?? 0, failed: d?.failed ?? 0 },
      },
      outboxBacklog: outbox[0]?.n ?? 0,
      recentFailures: failures,
    };
  }

  /** Every tenant's jobs: for operators and the CLI only. */
  async all(): Promise<AllQueuesView> {
    const queues: AllQueuesView['queues'] = {};
    for (const [name, q] of this.queues) {
      const counts = await q.getJobCounts(...JOB_STATES);
      queues[name] = { waiting: counts.waiting ?? 0, active: counts.active ?? 0, delayed: counts.delayed ?? 0, completed: counts.completed ?? 0, failed: counts.failed ?? 0 };
    }
    const [backlog] = await this.db.execute<{ n: number }>(sql`select count(*)::int as n from outbox where dispatched_at is null`);
    const recentFailures: AllQueuesView['recentFailures'] = [];
    for (const [name, q] of this.queues) {
      for (const j of await q.getJobs(['failed'], 0, FAILURES_SHOWN - 1)) recentFailures.push({ ...failedView(name, j), tenantId: tenantOf(j) });
    }
    return { queues, outboxBacklog: backlog?.n ?? 0, recentFailures };
  }

  private async failures(keep: (j: Job) => boolean, scan: number): Promise<FailedJobView[]> {
    const out: FailedJobView[] = [];
    for (const [name, q] of this.queues) {
      // Newest first; a job that vanished between listing and reading comes back undefined.
      const jobs = (await q.getJobs(['failed'], 0, scan - 1)) as Array<Job | undefined>;
      for (const j of jobs) if (j && keep(j)) out.push(failedView(name, j));
    }
    return out.sort((a, b) => (b.finishedOn ?? 0) - (a.finishedOn ?? 0)).slice(0, FAILURES_SHOWN);
  }
}
