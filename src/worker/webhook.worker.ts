/**
 * The BullMQ worker for outgoing event webhooks: one job per delivery. A
 * network error, 5xx, 408 or 429 throws (BullMQ retries with exponential
 * backoff, WEBHOOK_MAX_ATTEMPTS in all); anything permanent (other 4xx, a
 * refused target, a deleted subscription) ends the job at once. Every attempt
 * is recorded on the delivery's communication_log row.
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Container } from '../app/container.js';
import { WEBHOOK_QUEUE, webhookJobSchema, workerConnection } from '../queue/queues.js';

export interface RunningWebhookWorker {
  worker: Worker;
  close(): Promise<void>;
}

export function startWebhookWorker(c: Container, opts: { concurrency?: number } = {}): RunningWebhookWorker {
  const connection = workerConnection(c.config.redis);
  connection.on('error', (err: Error) => c.logger.debug({ err: err.message }, 'redis (webhook worker) connection error'));

  const handle = async (job: Job): Promise<{ status: number } | null> => {
    const parsed = webhookJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid job data: ${parsed.error.message}`);
    const { tenantId, logId } = parsed.data;
    const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const outcome = await c.webhooks.attempt(tenantId, logId, last);
    const log = c.logger.child({ tenantId, logId, jobId: job.id, attempt: job.attemptsMade + 1 });
    if (outcome.kind === 'settled') return null;
    if (outcome.kind === 'sent') {
      log.debug({ status: outcome.status }, 'webhook delivered');
      return { status: outcome.status };
    }
    log.warn({ error: outcome.error, final: outcome.kind === 'permanent' || last }, 'webhook delivery failed');
    if (outcome.kind === 'permanent') throw new UnrecoverableError(outcome.error);
    throw new Error(outcome.error);
  };

  const worker = new Worker(WEBHOOK_QUEUE, handle, {
    connection,
    prefix: c.config.redis.prefix,
    concurrency: opts.concurrency ?? 4,
    lockDuration: Math.max(c.config.worker.lockMs, c.config.webhooks.timeoutMs * 2),
  });
  worker.on('error', (err: Error) => c.logger.debug({ err: err.message }, 'webhook worker error'));
  return {
    worker,
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
