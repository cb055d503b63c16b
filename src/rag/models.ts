/**
 * Which models the product uses. With OPENAI_API_KEY (and optionally
 * OPENAI_BASE_URL for any OpenAI-compatible server) it is @langchain/openai;
 * without, the honest local defaults: the hashed-feature embedder and the
 * extractive answerer. The model id is recorded with every vector and every
 * AI log row, so nobody mistakes one for the other.
 */
import type { Embeddings } from '@langchain/core/embeddings';
import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import { EMBEDDING_DIMENSIONS } from '../../drizzle/schema.js';
import { LocalHashEmbeddings } from './local-embeddings.js';
import { expandWord } from './query-expansion.js';

export interface EmbedderHandle {
  embeddings: Embeddings;
  /** Stored on chunks and knowledge bases; a change means re-embedding. */
  modelId: string;
  local: boolean;
}

export interface ChatModelHandle {
  model: ChatOpenAI;
  modelId: string;
}

export function createEmbedder(config: Config): EmbedderHandle {
  if (config.llm.apiKey) {
    return {
      embeddings: new OpenAIEmbeddings({
        model: config.llm.embeddingModel,
        dimensions: EMBEDDING_DIMENSIONS,
        apiKey: config.llm.apiKey,
        maxRetries: 2,
        timeout: 30_000,
        ...(config.llm.baseUrl ? { configuration: { baseURL: config.llm.baseUrl } } : {}),
      }),
      modelId: `openai:${config.llm.embeddingModel}-${EMBEDDING_DIMENSIONS}`,
      local: false,
    };
  }
  const local = new LocalHashEmbeddings({ dimensions: EMBEDDING_DIMENSIONS, expandQueryWord: expandWord });
  return { embeddings: local, modelId: local.modelId, local: true };
}

/** The chat model when configured; null means answers are extractive (offline). */
export function createChatModel(config: Config): ChatModelHandle | null {
  if (!config.llm.apiKey) return null;
  return {
    model: new ChatOpenAI({
      model: config.llm.chatModel,
      temperature: 0,
      apiKey: config.llm.apiKey,
      maxRetries: 2,
      timeout: 60_000,
      ...(config.llm.baseUrl ? { configuration: { baseURL: config.llm.baseUrl } } : {}),
    }),
    modelId: `openai:${config.llm.chatModel}`,
  };
}

export function describeModels(config: Config, logger: Logger): void {
  if (config.llm.apiKey) {
    logger.info({ chatModel: config.llm.chatModel, embeddingModel: config.llm.embeddingModel, baseUrl: config.llm.baseUrl ?? 'https://api.openai.com/v1' }, 'models: OpenAI-compatible API');
  } else {
    logger.warn('models: OFFLINE defaults (no OPENAI_API_KEY): local hashed-feature embeddings and extractive answers quoted from the knowledge base');
  }
}

/** Postgres text-search configurations we accept for a knowledge base's language. */
export const TEXT_SEARCH_LANGUAGES = ['simple', 'english', 'spanish', 'portuguese', 'french', 'german', 'italian', 'dutch', 'danish', 'finnish', 'hungarian', 'norwegian', 'romanian', 'russian', 'swedish', 'turkish', 'indonesian'] as const;
export type TextSearchLanguage = (typeof TEXT_SEARCH_LANGUAGES)[number];
