/**
 * Starts every worker of a process: the conversation worker (answers and
 * delivers) and the ingestion worker (knowledge-base documents), and schedules
 * re-embedding when the configured embedder changed.
 */
import type { Container } from '../app/container.js';
import { createAiStack } from '../app/responder-factory.js';
import { EchoResponder } from '../conversation/echo.responder.js';
import type { ConversationHooks } from '../conversation/hooks.js';
import type { Responder } from '../conversation/responder.js';
import { startConversationWorker } from './conversation.worker.js';
import { startIngestionWorker } from './ingestion.worker.js';
import { EscalationHooks } from '../escalation/escalation.hooks.js';
import { ChatSentimentScorer } from '../escalation/chat-sentiment.js';
import { ChatEscalationClassifier } from '../escalation/classifier.js';
import { LexiconSentimentScorer } from '../escalation/sentiment.js';
import { createChatModel } from '../rag/models.js';

export interface RunningWorkers {
  close(): Promise<void>;
}

export async function startWorkers(c: Container, opts: { hooks?: ConversationHooks; responder?: Responder } = {}): Promise<RunningWorkers> {
  const ai = createAiStack(c);
  let responder: Responder = opts.responder ?? ai.responder;
  if (!opts.responder && c.config.worker.responder === 'echo') {
    c.logger.warn('responder: ECHO diagnostics mode (RESPONDER=echo): the bot repeats messages instead of answering from the knowledge base');
    responder = new EchoResponder({ delayMs: c.config.worker.responderDelayMs });
  } else if (c.config.worker.responderDelayMs > 0 && !opts.responder) {
    const inner = responder;
    const delay = c.config.worker.responderDelayMs;
    responder = { name: inner.name, respond: async (input) => (await new Promise((r) => setTimeout(r, delay)), inner.respond(input)) };
  }
  const chat = createChatModel(c.config);
  const hooks =
    opts.hooks ??
    new EscalationHooks(c.database.db, c.tickets, chat ? new ChatSentimentScorer(chat) : new LexiconSentimentScorer(), c.logger.child({ component: 'escalation' }), chat ? new ChatEscalationClassifier(chat) : null);
  const conversation = startConversationWorker(c, { responder, hooks });
  const ingestion = startIngestionWorker(c, { embedder: ai.embedder });
  const scheduled = await c.knowledge.scheduleReembedding(ai.embedder.modelId);
  if (scheduled > 0) c.logger.warn({ documents: scheduled, embeddingModel: ai.embedder.modelId }, 'embedder changed: re-embedding knowledge bases');
  return {
    async close() {
      await Promise.all([conversation.close(), ingestion.close()]);
    },
  };
}
