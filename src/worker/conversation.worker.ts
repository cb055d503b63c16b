/**
 * The BullMQ worker for the conversation queue: parses job data with zod and
 * hands it to the ConversationProcessor. Job fate is decided by error type:
 * busy conversation or platform rate limit → delayed (no attempt used),
 * bad job data → UnrecoverableError, anything else → retry with backoff.
 */
import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Container } from '../app/container.js';
import { ConversationBusyError, type ConversationProcessor } from '../conversation/conversation.processor.js';
import type { ConversationHooks } from '../conversation/hooks.js';
import type { Responder } from '../conversation/responder.js';
import { withTenant } from '../db/tenant-context.js';
import { RateLimitedError } from '../domain/errors.js';
import { warmProductDetector } from '../escalation/learned/learned-detector.js';
import { CONVERSATION_QUEUE, conversationJobSchema, workerConnection } from '../queue/queues.js';

export interface RunningWorker {
  worker: Worker;
  processor: ConversationProcessor;
  close(): Promise<void>;
}

/**
 * Runs the container's processor (the configured responder + escalation), or
 * one answering with `responder` and only the given `hooks` (tests, benchmarks).
 */
export function startConversationWorker(c: Container, opts: { responder?: Responder; hooks?: ConversationHooks; concurrency?: number } = {}): RunningWorker {
  // The learned escalation model trains before the first job, not inside it (ESCALATION_LEARNED).
  if (c.config.escalation.learned) warmProductDetector(c.logger);
  const processor = opts.responder ? c.processorWith({ responder: opts.responder, hooks: opts.hooks }) : c.processor;
  const connection = workerConnection(c.config.redis);
  connection.on('error', (err: Error) => c.logger.debug({ err: err.message }, 'redis (worker) connection error'));

  const handle = async (job: Job, token?: string): Promise<{ answered: number; sent: number }> => {
    const parsed = conversationJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid job data: ${parsed.error.message}`);
    const { tenantId, conversationId } = parsed.data;
    const log = c.logger.child({ tenantId, conversationId, jobId: job.id });
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      // The job's transactions (reply, escalation, tickets) run under row-level security for its tenant.
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const done = await withTenant(tenantId, () => processor.process(tenantId, conversationId, log, { finalAttempt }));
      c.metrics.conversationJob('completed', seconds(), done);
      return done;
    } catch (err) {
      c.metrics.conversationJob(err instanceof ConversationBusyError || err instanceof RateLimitedError ? 'delayed' : 'failed', seconds());
      if (err instanceof ConversationBusyError) {
        // Another worker holds the conversation and will process our message in order; check back soon.
        await job.moveToDelayed(Date.now() + 150 + Math.floor(Math.random() * 250), token);
        throw new DelayedError();
      }
      if (err instanceof RateLimitedError) {
        log.warn({ retryAfterMs: err.retryAfterMs }, 'platform rate limit: waiting before retry');
        await job.moveToDelayed(Date.now() + err.retryAfterMs, token);
        throw new DelayedError();
      }
      log.warn({ err: (err as Error).message, attempt: job.attemptsMade + 1 }, 'conversation job failed, will retry');
      throw err;
    }
  };

  const worker = new Worker(CONVERSATION_QUEUE, handle, {
    connection,
    prefix: c.config.redis.prefix,
    concurrency: opts.concurrency ?? c.config.worker.concurrency,
    lockDuration: c.config.worker.lockMs,
    stalledInterval: c.config.worker.stalledIntervalMs,
    maxStalledCount: 5,
  });
  worker.on('error', (err: Error) => c.logger.debug({ err: err.message }, 'worker error'));
  worker.on('failed', (job, err) => {
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) c.logger.error({ jobId: job.id, err: err.message }, 'conversation job failed for good');
  });

  return {
    worker,
    processor,
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
