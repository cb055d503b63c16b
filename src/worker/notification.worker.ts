/**
 * The BullMQ worker for e-mail notifications: one job per e-mail (a
 * communication_log row). A 4xx answer or a network error throws (BullMQ
 * retries with exponential backoff, NOTIFICATION_MAX_ATTEMPTS in all); a 5xx
 * answer ends the job at once. Every attempt is recorded on the row; a row
 * that is no longer `queued` is never sent again (src/notifications/email.service.ts).
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Container } from '../app/container.js';
import { EMAIL_TEMPLATES, renderEmail } from '../notifications/email-templates.js';
import { NOTIFICATION_QUEUE, notificationJobSchema, workerConnection } from '../queue/queues.js';

export interface RunningNotificationWorker {
  worker: Worker;
  close(): Promise<void>;
}

export function startNotificationWorker(c: Container, opts: { concurrency?: number } = {}): RunningNotificationWorker {
  if (c.email.configured) {
    // A build without the template files (they are copied next to the compiled module) would fail every send: say so now.
    try {
      for (const t of EMAIL_TEMPLATES) renderEmail(t, {});
    } catch (err) {
      c.logger.error({ err }, 'e-mail templates are missing or broken: every notification e-mail will fail');
    }
  }
  const connection = workerConnection(c.config.redis);
  connection.on('error', (err: Error) => c.logger.debug({ err: err.message }, 'redis (notification worker) connection error'));

  const handle = async (job: Job): Promise<{ outcome: string }> => {
    const parsed = notificationJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid job data: ${parsed.error.message}`);
    const { tenantId, logId } = parsed.data;
    const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const outcome = await c.email.attempt(tenantId, logId, last);
    const log = c.logger.child({ tenantId, logId, jobId: job.id, attempt: job.attemptsMade + 1 });
    if (outcome.kind === 'settled' || outcome.kind === 'sent') {
      if (outcome.kind === 'sent') log.debug('notification e-mail sent');
      return { outcome: outcome.kind };
    }
    if (outcome.kind === 'skipped') {
      log.info({ reason: outcome.reason }, 'notification e-mail skipped');
      return { outcome: 'skipped' };
    }
    log.warn({ error: outcome.error, final: outcome.kind === 'permanent' || last }, 'notification e-mail failed');
    if (outcome.kind === 'permanent') throw new UnrecoverableError(outcome.error);
    throw new Error(outcome.error);
  };

  const worker = new Worker(NOTIFICATION_QUEUE, handle, {
    connection,
    prefix: c.config.redis.prefix,
    concurrency: opts.concurrency ?? 2,
    // An attempt holds its row while the SMTP server answers (three timeouts at most).
    lockDuration: Math.max(c.config.worker.lockMs, c.config.notifications.timeoutMs * 4),
  });
  worker.on('error', (err: Error) => c.logger.debug({ err: err.message }, 'notification worker error'));
  return {
    worker,
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
