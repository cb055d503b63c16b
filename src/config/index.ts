/**
 * Configuration: one zod schema built from sections, parsed once at boot from
 * the environment, failing fast with a readable message. Nothing else in the
 * code base reads `process.env`.
 */
import { z } from 'zod';
import type { PlatformEndpoints } from '../../channels/types.js';

/** Points of the reply path where the test-only fault hook (GW_FAULT_KILL_AT) can kill a worker. */
export const REPLY_PATH_POINTS = ['before-record', 'after-record', 'after-send'] as const;
export type ReplyPathPoint = (typeof REPLY_PATH_POINTS)[number];

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const bool = (def: boolean) =>
  z.preprocess((v) => (v === undefined || v === '' ? def : ['1', 'true', 'yes', 'on'].includes(String(v).toLowerCase())), z.boolean());

const dbSection = z.object({
  DATABASE_URL: z.string().default('postgres://postgres@127.0.0.1:5432/gateway'),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
});

const redisSection = z.object({
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  /** Key prefix of every BullMQ queue and Redis key: lets several gateways (and test files) share one Redis. */
  QUEUE_PREFIX: z.string().default('gw'),
});

const httpSection = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_BASE_URL: optionalString,
  /** Largest webhook / API body accepted (bytes). */
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_000_000),
});

const securitySection = z.object({
  /** 32 random bytes, base64. Encrypts channel credentials (AES-256-GCM) and signs web chat tokens. */
  ENCRYPTION_KEY: z
    .string({ error: 'ENCRYPTION_KEY is required: 32 random bytes in base64 (openssl rand -base64 32)' })
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'ENCRYPTION_KEY must be 32 bytes encoded in base64 (openssl rand -base64 32)'),
});

const platformSection = z.object({
  TELEGRAM_API_ROOT: z.string().url().default('https://api.telegram.org'),
  LINE_API_BASE_URL: z.string().url().default('https://api.line.me'),
  LINE_DATA_API_BASE_URL: z.string().url().default('https://api-data.line.me'),
  WHATSAPP_GRAPH_API_URL: z.string().url().default('https://graph.facebook.com/v21.0'),
  BOTFRAMEWORK_OPENID_METADATA_URL: optionalString,
  BOTFRAMEWORK_LOGIN_URL: optionalString,
  /** System Chromium that whatsapp-web.js sessions drive (never downloaded). */
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Run WhatsApp Web sessions in this gateway process (one per whatsapp_web connection). */
  WHATSAPP_WEB_SESSIONS: bool(true),
});

const llmSection = z.object({
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_CHAT_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
});

const ragSection = z.object({
  /** Below this retrieval confidence (0–1) the bot says it is not sure instead of answering. */
  RAG_UNSURE_THRESHOLD: z.coerce.number().min(0).max(1).default(0.28),
});

const workerSection = z.object({
  WORKER_CONCURRENCY: z.coerce.number().int().positive().default(8),
  /** How long a job may run without its lock being renewed before BullMQ considers it stalled. */
  JOB_LOCK_MS: z.coerce.number().int().positive().default(30_000),
  JOB_STALLED_INTERVAL_MS: z.coerce.number().int().positive().default(30_000),
  JOB_ATTEMPTS: z.coerce.number().int().positive().default(8),
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(1000),
  /** `rag` (the product) or `echo` (diagnostics: repeats the customer's message, for channel smoke tests). */
  RESPONDER: z.enum(['rag', 'echo']).default('rag'),
  /** Artificial delay before each bot answer (simulates model latency in tests and benchmarks). */
  RESPONDER_DELAY_MS: z.coerce.number().int().min(0).default(0),
  /**
   * Test-only fault injection, honoured only when NODE_ENV=test: the worker process SIGKILLs itself
   * the first time a reply reaches this point (before it is recorded, recorded but not sent, sent but not marked sent).
   */
  GW_FAULT_KILL_AT: z.preprocess(emptyToUndefined, z.enum(REPLY_PATH_POINTS).optional()),
});

const logSection = z.object({
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: bool(false),
  NODE_ENV: z.string().default('development'),
});

export const configSchema = dbSection
  .extend(redisSection.shape)
  .extend(httpSection.shape)
  .extend(securitySection.shape)
  .extend(platformSection.shape)
  .extend(llmSection.shape)
  .extend(ragSection.shape)
  .extend(workerSection.shape)
  .extend(logSection.shape);

export type RawConfig = z.infer<typeof configSchema>;

export interface Config {
  db: { url: string; poolMax: number };
  redis: { url: string; prefix: string };
  http: { port: number; host: string; publicBaseUrl: string; bodyLimitBytes: number };
  security: { encryptionKey: Buffer };
  /** Handed to every adapter as its platform endpoints. */
  platforms: PlatformEndpoints;
  whatsappWeb: { chromiumPath: string; sessionsEnabled: boolean };
  rag: { unsureThreshold: number };
  llm: { apiKey?: string; baseUrl?: string; chatModel: string; embeddingModel: string };
  worker: { concurrency: number; lockMs: number; stalledIntervalMs: number; attempts: number; outboxPollMs: number; responderDelayMs: number; responder: 'rag' | 'echo' };
  log: { level: RawConfig['LOG_LEVEL']; pretty: boolean };
  env: string;
  /** Test-only fault injection; always null unless NODE_ENV=test. */
  faults: { killAt: ReplyPathPoint | null };
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    db: { url: c.DATABASE_URL, poolMax: c.DATABASE_POOL_MAX },
    redis: { url: c.REDIS_URL, prefix: c.QUEUE_PREFIX },
    http: {
      port: c.PORT,
      host: c.HOST,
      publicBaseUrl: (c.PUBLIC_BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
      bodyLimitBytes: c.BODY_LIMIT_BYTES,
    },
    security: { encryptionKey: Buffer.from(c.ENCRYPTION_KEY, 'base64') },
    platforms: {
      telegramApiRoot: c.TELEGRAM_API_ROOT,
      lineApiBaseUrl: c.LINE_API_BASE_URL,
      lineDataApiBaseUrl: c.LINE_DATA_API_BASE_URL,
      whatsappGraphApiUrl: c.WHATSAPP_GRAPH_API_URL,
      botframeworkOpenIdMetadataUrl: c.BOTFRAMEWORK_OPENID_METADATA_URL,
      botframeworkLoginUrl: c.BOTFRAMEWORK_LOGIN_URL,
    },
    rag: { unsureThreshold: c.RAG_UNSURE_THRESHOLD },
    whatsappWeb: { chromiumPath: c.CHROMIUM_PATH, sessionsEnabled: c.WHATSAPP_WEB_SESSIONS },
    llm: { apiKey: c.OPENAI_API_KEY, baseUrl: c.OPENAI_BASE_URL, chatModel: c.OPENAI_CHAT_MODEL, embeddingModel: c.OPENAI_EMBEDDING_MODEL },
    worker: {
      concurrency: c.WORKER_CONCURRENCY,
      lockMs: c.JOB_LOCK_MS,
      stalledIntervalMs: c.JOB_STALLED_INTERVAL_MS,
      attempts: c.JOB_ATTEMPTS,
      outboxPollMs: c.OUTBOX_POLL_MS,
      responderDelayMs: c.RESPONDER_DELAY_MS,
      responder: c.RESPONDER,
    },
    log: { level: c.LOG_LEVEL, pretty: c.LOG_PRETTY },
    env: c.NODE_ENV,
    faults: { killAt: c.NODE_ENV === 'test' ? (c.GW_FAULT_KILL_AT ?? null) : null },
  };
}
