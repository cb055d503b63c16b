/**
 * The BullMQ worker of scheduled housekeeping (src/queue/queues.ts
 * MAINTENANCE_QUEUE): the retention job. A failed run is retried at the next
 * schedule; the job is idempotent (it deletes what is past its time).
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Container } from '../app/container.js';
import { MAINTENANCE_QUEUE, RETENTION_JOB, scheduleRetention, workerConnection } from '../queue/queues.js';
import type { RetentionReport } from '../retention/retention.service.js';

export interface RunningMaintenanceWorker {
  worker: Worker;
  close(): Promise<void>;
}

export async function startMaintenanceWorker(c: Container): Promise<RunningMaintenanceWorker> {
  const connection = workerConnection(c.config.redis.url);
  connection.on('error', (err: Error) => c.logger.debug({ err: err.message }, 'redis (maintenance worker) connection error'));
  const handle = async (job: Job): Promise<RetentionReport> => {
    if (job.name !== RETENTION_JOB) throw new UnrecoverableError(`unknown maintenance job ${job.name}`);
    return c.retention.run();
  };
  const worker = new Worker(MAINTENANCE_QUEUE, handle, { connection, prefix: c.config.redis.prefix, concurrency: 1 });
  worker.on('error', (err: Error) => c.logger.debug({ err: err.message }, 'maintenance worker error'));
  const queue = c.queues.get(MAINTENANCE_QUEUE);
  if (queue) {
    await scheduleRetention(queue, c.config.ops.retentionEveryMs).catch((err: unknown) => c.logger.warn({ err: (err as Error).message }, 'retention schedule could not be registered (Redis down?); the next worker start retries'));
  }
  return {
    worker,
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
