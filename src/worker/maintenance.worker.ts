/**
 * The BullMQ worker of scheduled housekeeping (src/queue/queues.ts
 * MAINTENANCE_QUEUE): `retention` purges what is past its time; `sla-scan`
 * announces SLA breach warnings and breaches; `inactivity-scan` completes
 * bot-only conversations after inactivity. All scan every tenant, are idempotent
 * and safe to run concurrently (rows are claimed with UPDATE … RETURNING / SKIP
 * LOCKED); a failed run is retried at the next schedule.
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Container } from '../app/container.js';
import { MAINTENANCE_JOBS, MAINTENANCE_QUEUE, RETENTION_JOB, scheduleMaintenance, scheduleRetention, workerConnection } from '../queue/queues.js';
import type { RetentionReport } from '../retention/retention.service.js';

export interface RunningMaintenanceWorker {
  worker: Worker;
  close(): Promise<void>;
}

export async function startMaintenanceWorker(c: Container): Promise<RunningMaintenanceWorker> {
  const connection = workerConnection(c.config.redis);
  connection.on('error', (err: Error) => c.logger.debug({ err: err.message }, 'redis (maintenance worker) connection error'));
  const handle = async (job: Job): Promise<RetentionReport | { count: number }> => {
    if (job.name === RETENTION_JOB) return c.retention.run();
    if (job.name === MAINTENANCE_JOBS.slaScan) {
      const alerts = await c.sla.scan();
      if (alerts.length) c.logger.info({ alerts: alerts.length }, 'SLA warnings and breaches announced');
      return { count: alerts.length };
    }
    if (job.name === MAINTENANCE_JOBS.inactivityScan) {
      const done = await c.inactivity.completeInactive();
      if (done.length) c.logger.info({ conversations: done.length }, 'inactive bot conversations completed');
      return { count: done.length };
    }
    throw new UnrecoverableError(`unknown maintenance job ${job.name}`);
  };
  const worker = new Worker(MAINTENANCE_QUEUE, handle, { connection, prefix: c.config.redis.prefix, concurrency: 1 });
  worker.on('error', (err: Error) => c.logger.debug({ err: err.message }, 'maintenance worker error'));
  const queue = c.queues.get(MAINTENANCE_QUEUE);
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  // Redis may be down when a worker starts: the schedules are upserted as soon as it answers (the worker's own jobs wait anyway).
  const schedule = async (attempt: number): Promise<void> => {
    if (!queue || closed) return;
    try {
      await scheduleMaintenance(queue, { slaCheckMs: c.config.desk.slaCheckIntervalMs, inactivityCheckMs: c.config.desk.inactivityCheckIntervalMs });
      await scheduleRetention(queue, c.config.ops.retentionEveryMs);
    } catch (err) {
      c.logger.warn({ err: (err as Error).message, attempt }, 'could not schedule the maintenance jobs yet; retrying');
      retry = setTimeout(() => void schedule(attempt + 1), Math.min(1000 * 2 ** attempt, 30_000));
      retry.unref();
    }
  };
  await schedule(0);
  return {
    worker,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await worker.close();
      connection.disconnect();
    },
  };
}
