/** Builds the responder the worker answers with: the knowledge-base (RAG) responder. */
import type { Container } from './container.js';
import type { Responder } from '../conversation/responder.js';
import { createChatModel, createEmbedder, describeModels, type EmbedderHandle } from '../rag/models.js';
import { RagResponder } from '../rag/rag.responder.js';
import { Retriever } from '../rag/retriever.js';

export interface AiStack {
  responder: Responder;
  embedder: EmbedderHandle;
}

export function createAiStack(c: Container): AiStack {
  describeModels(c.config, c.logger);
  const embedder = createEmbedder(c.config);
  const responder = new RagResponder({
    retriever: new Retriever(c.database.db, embedder),
    chat: createChatModel(c.config),
    logger: c.logger.child({ component: 'rag' }),
    unsureThreshold: c.config.rag.unsureThreshold,
  });
  return { responder, embedder };
}
