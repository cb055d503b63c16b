/**
 * Which models the product uses. With OPENAI_API_KEY (and optionally
 * OPENAI_BASE_URL for any OpenAI-compatible server) it is @langchain/openai;
 * without, the honest local defaults: the hashed-feature embedder and the
 * extractive answerer. The model id is recorded with every vector and every
 * AI log row, so nobody mistakes one for the other.
 *
 * @langchain/openai (with the openai client and langsmith) is loaded on the
 * first call to a model, not at start: the HTTP gateway builds the handles but
 * never calls a chat model, so it never carries that code.
 */
import { Embeddings } from '@langchain/core/embeddings';
import type { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
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
  /** The chat model, built on first use (the module is loaded then). */
  model(): Promise<ChatOpenAI>;
  modelId: string;
}

let openai: Promise<typeof import('@langchain/openai')> | undefined;
/** A failed load (a broken install) is not remembered: the next call tries again. */
const loadOpenAI = () => (openai ??= import('@langchain/openai').catch((err: unknown) => ((openai = undefined), Promise.reject(err))));

/** One instance per handle, built on first use. */
function lazily<T>(build: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= build().catch((err: unknown) => ((value = undefined), Promise.reject(err))));
}

/** OpenAI embeddings behind LangChain's Embeddings interface, loaded on the first embedding. */
class LazyOpenAIEmbeddings extends Embeddings {
  private readonly load: () => Promise<OpenAIEmbeddings>;
  constructor(fields: ConstructorParameters<typeof OpenAIEmbeddings>[0] & object) {
    super({});
    this.load = lazily(async () => new (await loadOpenAI()).OpenAIEmbeddings(fields));
  }
  async embedDocuments(documents: string[]): Promise<number[][]> {
    return (await this.load()).embedDocuments(documents);
  }
  async embedQuery(document: string): Promise<number[]> {
    return (await this.load()).embedQuery(document);
  }
}

export function createEmbedder(config: Config): EmbedderHandle {
  if (config.llm.apiKey) {
    return {
      embeddings: new LazyOpenAIEmbeddings({
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
  const apiKey = config.llm.apiKey;
  if (!apiKey) return null;
  return {
    model: lazily(
      async () =>
        new (await loadOpenAI()).ChatOpenAI({
          model: config.llm.chatModel,
          temperature: 0,
          apiKey,
          maxRetries: 2,
          timeout: 60_000,
          ...(config.llm.baseUrl ? { configuration: { baseURL: config.llm.baseUrl } } : {}),
        }),
    ),
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
