/**
 * Starts every worker of a process: the conversation worker (answers and
 * delivers), the ingestion worker (knowledge-base documents), the maintenance
 * worker (retention, SLA alerts, inactive conversations; it upserts their schedules),
 * the outgoing webhook worker, the e-mail notification worker, and schedules re-embedding when the configured embedder changed.
 */
import type { Container } from '../app/container.js';
import type { ConversationHooks } from '../conversation/hooks.js';
import type { Responder } from '../conversation/responder.js';
import { describeModels } from '../rag/models.js';
import { startConversationWorker } from './conversation.worker.js';
import { startIngestionWorker } from './ingestion.worker.js';
import { startMaintenanceWorker } from './maintenance.worker.js';
import { startNotificationWorker } from './notification.worker.js';
import { startWebhookWorker } from './webhook.worker.js';

export interface RunningWorkers {
  close(): Promise<void>;
}

/** The product's workers; `responder` / `hooks` replace the configured ones (tests). */
export async function startWorkers(c: Container, opts: { hooks?: ConversationHooks; responder?: Responder } = {}): Promise<RunningWorkers> {
  describeModels(c.config, c.logger);
  if (!opts.responder && c.config.worker.responder === 'echo') {
    c.logger.warn('responder: ECHO diagnostics mode (RESPONDER=echo): the bot repeats messages instead of answering from the knowledge base');
  }
  const custom = opts.responder || opts.hooks;
  const conversation = startConversationWorker(c, custom ? { responder: opts.responder ?? c.responder, hooks: opts.hooks ?? c.escalationHooks } : {});
  const ingestion = startIngestionWorker(c);
  const maintenance = await startMaintenanceWorker(c);
  const webhooks = startWebhookWorker(c);
  const notifications = startNotificationWorker(c);
  const scheduled = await c.knowledge.scheduleReembedding(c.embedder.modelId);
  if (scheduled > 0) c.logger.warn({ documents: scheduled, embeddingModel: c.embedder.modelId }, 'embedder changed: re-embedding knowledge bases');
  return {
    async close() {
      await Promise.all([conversation.close(), ingestion.close(), maintenance.close(), webhooks.close(), notifications.close()]);
    },
  };
}
