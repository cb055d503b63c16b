/**
 * The BullMQ worker for knowledge-base ingestion. Progress (stage + percent)
 * is reported on the job; content that can never be indexed (empty, corrupt
 * PDF...) fails the document at once (UnrecoverableError), anything else
 * retries with backoff and marks the document FAILED on the last attempt.
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Container } from '../app/container.js';
import { withTenant } from '../db/tenant-context.js';
import { PayloadError } from '../domain/errors.js';
import { INGESTION_QUEUE, ingestionJobSchema, workerConnection } from '../queue/queues.js';
import type { IndexOutcome } from '../rag/indexer.js';

export interface RunningIngestionWorker {
  worker: Worker;
  close(): Promise<void>;
}

export function startIngestionWorker(c: Container, opts: { concurrency?: number } = {}): RunningIngestionWorker {
  const { indexer, knowledge } = c;
  const connection = workerConnection(c.config.redis);
  connection.on('error', (err: Error) => c.logger.debug({ err: err.message }, 'redis (ingestion worker) connection error'));

  const handle = async (job: Job): Promise<IndexOutcome> => {
    const parsed = ingestionJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid job data: ${parsed.error.message}`);
    const { tenantId, documentId } = parsed.data;
    // The document's transactions run under row-level security for its tenant.
    return withTenant(tenantId, async () => {
      const log = c.logger.child({ tenantId, documentId, jobId: job.id });
      const started = process.hrtime.bigint();
      const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
      try {
        const outcome = await indexer.index(tenantId, documentId, async (p) => {
          await job.updateProgress(p);
          log.debug(p, 'ingestion progress');
        });
        log.info({ outcome, embeddingModel: c.embedder.modelId }, 'document ingestion finished');
        c.metrics.ingestionJob('completed', seconds());
        return outcome;
      } catch (err) {
        c.metrics.ingestionJob('failed', seconds());
        const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        if (err instanceof PayloadError || last) {
          await indexer.markFailed(tenantId, documentId, (err as Error).message);
          log.warn({ err: (err as Error).message }, 'document ingestion FAILED');
          if (err instanceof PayloadError) throw new UnrecoverableError((err as Error).message);
        }
        throw err;
      } finally {
        const [doc] = await knowledge.documentsByIds(tenantId, [documentId]);
        if (doc) {
          await knowledge.settleKnowledgeBase(doc.knowledgeBaseId);
          // The last document of an import recalibrates the knowledge base's threshold; a failure keeps the last one.
          await c.kbCalibrator?.calibrateWhenSettled(tenantId, doc.knowledgeBaseId).catch((err: unknown) => log.warn({ err: (err as Error).message }, 'knowledge base calibration failed: its last threshold stays'));
        }
      }
    });
  };

  const worker = new Worker(INGESTION_QUEUE, handle, {
    connection,
    prefix: c.config.redis.prefix,
    concurrency: opts.concurrency ?? 2,
    lockDuration: Math.max(c.config.worker.lockMs, 60_000),
  });
  worker.on('error', (err: Error) => c.logger.debug({ err: err.message }, 'ingestion worker error'));
  return {
    worker,
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
