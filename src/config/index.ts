/**
 * Configuration: one zod schema built from sections, parsed once at boot from
 * the environment, failing fast with a readable message. Nothing else in the
 * code base reads `process.env`.
 */
import { availableParallelism, homedir } from 'node:os';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { PlatformEndpoints } from '../../channels/types.js';

/**
 * Where the bilingual dictionaries are by default: Debian's FreeDict packages, then the folder
 * scripts/ensure-cjk-dictionary.mjs writes CC-CEDICT to (that script, plain JavaScript, repeats this list).
 */
export const DEFAULT_RAG_DICTIONARY_DIR = '/usr/share/dictd:~/.cache/gateway/dictd';

/**
 * The project root (the folder of package.json): relative paths in the
 * configuration (DATA_DIR), the migrations and the scripts start here. Found by
 * walking up, so it is the same from src/config/ (tsx) and dist/src/config/ (the build).
 */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '../..');
  }
}

/** ESCALATION_LEARNED when unset: see escalationSection. */
export const DEFAULT_ESCALATION_LEARNED = true;

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
  QUEUE_PREFIX: z.string().min(1).default('gw'),
  /**
   * Redis Cluster seed nodes, comma-separated: `host:port,host:port` (or `redis://[user:pass@]host:port`,
   * `rediss://…` for TLS). When set, every client is an ioredis Cluster, REDIS_URL is ignored and every
   * key carries the hash tag `{QUEUE_PREFIX}` (BullMQ and our multi-key scripts need one slot).
   */
  REDIS_CLUSTER_NODES: optionalString,
});

/** A Redis Cluster to connect to (REDIS_CLUSTER_NODES): seed nodes and the credentials every node shares. */
export interface RedisClusterConfig {
  nodes: Array<{ host: string; port: number }>;
  username?: string;
  password?: string;
  tls: boolean;
}

/** Where Redis is and how keys are named: `prefix` is `{QUEUE_PREFIX}` (hash-tagged) in cluster mode, QUEUE_PREFIX otherwise. */
export interface RedisConfig {
  url: string;
  prefix: string;
  /** Null: one Redis server at `url`. */
  cluster: RedisClusterConfig | null;
}

/**
 * Parses REDIS_CLUSTER_NODES. The first entry that names a user, a password or
 * `rediss:` sets them for every node (a cluster's nodes share their ACL and TLS).
 */
export function parseClusterNodes(raw: string): RedisClusterConfig {
  const entries = raw.split(',').map((e) => e.trim()).filter((e) => e !== '');
  if (entries.length === 0) throw new ConfigError('REDIS_CLUSTER_NODES: give at least one host:port');
  const out: RedisClusterConfig = { nodes: [], tls: false };
  for (const entry of entries) {
    const withScheme = /^[a-z]+:\/\//i.test(entry) ? entry : `redis://${entry}`;
    const u = URL.canParse(withScheme) ? new URL(withScheme) : null;
    const port = u ? Number(u.port) : NaN;
    if (!u || !['redis:', 'rediss:'].includes(u.protocol) || u.hostname === '' || !Number.isInteger(port) || port < 1 || port > 65535) {
      throw new ConfigError(`REDIS_CLUSTER_NODES: "${entry}" is not host:port (or redis://[user:pass@]host:port)`);
    }
    out.nodes.push({ host: u.hostname.replace(/^\[(.*)\]$/, '$1'), port });
    if (u.protocol === 'rediss:') out.tls = true;
    if (u.username && out.username === undefined) out.username = decodeURIComponent(u.username);
    if (u.password && out.password === undefined) out.password = decodeURIComponent(u.password);
  }
  return out;
}

/** `gw` → `{gw}`: in a cluster every key of a BullMQ queue (and of our multi-key scripts) must hash to one slot. Kept when it already has a tag. */
export function hashTagged(prefix: string): string {
  return /\{[^}]+\}/.test(prefix) ? prefix : `{${prefix}}`;
}

const httpSection = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** `npm run gateway`: HTTP processes sharing the port (node:cluster); default one per core. `--processes N` overrides. */
  GATEWAY_PROCESSES: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
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
  /** Lifetime of a single-use stream ticket (POST /api/v1/inbox/stream-tickets). */
  STREAM_TICKET_TTL_SECONDS: z.coerce.number().int().min(5).max(600).default(60),
  /** Lifetime of a web chat visitor token; the widget refreshes it (POST /api/v1/webchat/:id/sessions/refresh) before then. */
  WEBCHAT_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(30 * 86_400).default(86_400),
  /** Lifetime of a staff browser session (cookie `gw_session`, set by POST /api/v1/auth/login). */
  STAFF_SESSION_TTL_SECONDS: z.coerce.number().int().min(300).max(30 * 86_400).default(12 * 3600),
});

const platformSection = z.object({
  TELEGRAM_API_ROOT: z.string().url().default('https://api.telegram.org'),
  LINE_API_BASE_URL: z.string().url().default('https://api.line.me'),
  LINE_DATA_API_BASE_URL: z.string().url().default('https://api-data.line.me'),
  WHATSAPP_GRAPH_API_URL: z.string().url().default('https://graph.facebook.com/v21.0'),
  WECHAT_API_BASE_URL: z.string().url().default('https://api.weixin.qq.com'),
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
  /** Below this retrieval confidence (0–1) the bot says it is not sure instead of answering (calibration: README, "Evaluation"). */
  RAG_UNSURE_THRESHOLD: z.coerce.number().min(0).max(1).default(0.475),
  /**
   * Each knowledge base derives its own unsure threshold from questions it asks itself when it is (re)indexed
   * (src/rag/kb-calibration.ts); the bot then uses it instead of RAG_UNSURE_THRESHOLD (a channel's own threshold still wins).
   */
  RAG_KB_CALIBRATION: bool(true),
  /**
   * Folders (`:`-separated) of the bilingual dictionaries (dictd format) used to translate questions in another language than
   * the knowledge base, offline: Debian's FreeDict packages, and CC-CEDICT as scripts/ensure-cjk-dictionary.mjs builds it.
   */
  RAG_DICTIONARY_DIR: z.string().min(1).default(DEFAULT_RAG_DICTIONARY_DIR),
  /**
   * LibreOffice thesauri (MyThes format, e.g. /usr/share/mythes) giving in-language synonyms of questions to
   * knowledge bases in other languages than English. Empty (the default): off — on the held-out sets measured so
   * far they did not help (README, "Evaluation").
   */
  RAG_THESAURUS_DIR: z.string().default(''),
  /**
   * Folder of the English word vectors (int8, ~14 MB, prepared there by scripts/ensure-word-vectors.mjs, e.g.
   * ~/.cache/gateway/word-vectors): a word-vector ranking of the candidate articles of English knowledge bases.
   * Empty (the default): off — it lifted the English DEV2 set but cost one top-5 hit on an in-sample set (README,
   * "Evaluation"). Missing files only mean no word-vector ranking.
   */
  RAG_WORD_VECTORS: z.string().default('~/.cache/gateway/word-vectors'),
  /**
   * The word-vector ranking scores a question word no candidate article contains by its soft-match mass in each
   * article rather than by its single best match (src/rag/semantic-ranking.ts absentWordMass). Off (the default):
   * it lifted the round 14 DEV set's paraphrases but cost the in-sample telecom set two first places (README, round 14).
   */
  RAG_SEMANTIC_ABSENT_MASS: bool(false),
  /**
   * Chunks a process holds in memory for small knowledge bases (src/rag/knowledge-snapshot.ts); 0: every question's
   * candidates from Postgres. The default is that module's DEFAULT_SNAPSHOT_MAX_CHUNKS (not imported: rag reads config).
   */
  RETRIEVAL_SNAPSHOT_MAX_CHUNKS: z.coerce.number().int().min(0).default(2_000),
});

/** The offline escalation detector. */
const escalationSection = z.object({
  /**
   * The learned escalation component (src/escalation/learned/): a model trained at first use from
   * data/escalation-corpus that fires the default rules' situations beside the hand-written detectors.
   * The default follows the round 15 measurement (README, "Round 15: a learned component").
   */
  ESCALATION_LEARNED: bool(DEFAULT_ESCALATION_LEARNED),
});

const workerSection = z.object({
  WORKER_CONCURRENCY: z.coerce.number().int().positive().default(8),
  /** How long a job may run without its lock being renewed before BullMQ considers it stalled. */
  JOB_LOCK_MS: z.coerce.number().int().positive().default(30_000),
  JOB_STALLED_INTERVAL_MS: z.coerce.number().int().positive().default(30_000),
  JOB_ATTEMPTS: z.coerce.number().int().positive().default(8),
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(1000),
  /** Group commit of inbound messages: longest a message waits for others before its batch is stored (ms). */
  INGEST_BATCH_WAIT_MS: z.coerce.number().int().min(0).max(1000).default(2),
  /** Group commit: a batch is stored as soon as this many messages are waiting. */
  INGEST_BATCH_MAX: z.coerce.number().int().min(1).max(1000).default(100),
  /** Group commit: batches stored at once per process (each holds one database connection while it commits). */
  INGEST_BATCH_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
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

/** The support desk: SLA alerts and the inactivity of bot-only conversations (BullMQ repeatable jobs). */
const deskSection = z.object({
  /** The SLA breach warning goes out this many minutes before a first-response or resolution due time. */
  SLA_WARNING_MINUTES: z.coerce.number().int().min(0).max(7 * 24 * 60).default(15),
  /** How often the SLA scan runs (warnings and breaches are announced within this delay). */
  SLA_CHECK_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** A conversation the bot handled alone completes after this much silence (default 24 h). */
  CONVERSATION_INACTIVITY_MINUTES: z.coerce.number().int().min(1).max(365 * 24 * 60).default(24 * 60),
  INACTIVITY_CHECK_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(300),
});

/** Abuse limits and input bounds. Rates are per minute unless named otherwise; all counters live in Redis (shared by every process). */
const limitsSection = z.object({
  /** Express `trust proxy`: whose X-Forwarded-For is believed for the client IP that per-IP limits count (`loopback`, a hop count, subnets, `true`, `false`). */
  TRUST_PROXY: z.string().default('loopback'),
  JSON_MAX_DEPTH: z.coerce.number().int().min(2).max(1000).default(32),
  JSON_MAX_ARRAY_LENGTH: z.coerce.number().int().positive().default(10_000),
  RATE_LIMIT_WEBCHAT_SESSIONS_PER_IP: z.coerce.number().int().positive().default(30),
  RATE_LIMIT_WEBCHAT_SESSIONS_PER_CONNECTION: z.coerce.number().int().positive().default(600),
  RATE_LIMIT_WEBCHAT_MESSAGES_PER_IP: z.coerce.number().int().positive().default(120),
  RATE_LIMIT_WEBCHAT_MESSAGES_PER_CONNECTION: z.coerce.number().int().positive().default(3000),
  /** Open SSE streams per API key or web chat visitor token. */
  MAX_STREAMS_PER_TOKEN: z.coerce.number().int().positive().default(10),
  /** Open unauthenticated (web chat) SSE streams per client IP. */
  MAX_STREAMS_PER_IP: z.coerce.number().int().positive().default(50),
  /** Failed API-key authentications allowed per client IP / per presented key prefix within the window, before 429. */
  AUTH_FAILURES_PER_IP: z.coerce.number().int().positive().default(30),
  AUTH_FAILURES_PER_KEY_PREFIX: z.coerce.number().int().positive().default(10),
  AUTH_FAILURE_WINDOW_SECONDS: z.coerce.number().int().positive().default(300),
  AUTH_BLOCK_SECONDS: z.coerce.number().int().positive().default(300),
  /** Largest knowledge-base document accepted (uploaded file or JSON content, bytes): 413 above. */
  KB_UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(10_000_000),
  KB_MAX_CHUNKS_PER_DOCUMENT: z.coerce.number().int().positive().default(2_000),
  KB_MAX_CHUNKS_PER_TENANT: z.coerce.number().int().positive().default(100_000),
  /** Postgres statement_timeout of every retrieval query (the retriever's own connection pool). */
  RETRIEVAL_STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
});

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const optionalBool = z.preprocess((v) => (v === undefined || v === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(v).toLowerCase())), z.boolean().optional());
const logSection = z.object({
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Human-readable logs (pino-pretty). Unset: pretty when stdout is a terminal and NODE_ENV is not production; JSON otherwise. */
  LOG_PRETTY: optionalBool,
  /** `production` runs the compiled build (scripts/launch.mjs) and never pretty-prints logs unless LOG_PRETTY says so. */
  NODE_ENV: z.string().default('development'),
});

const opsSection = z.object({
  /** `npm run worker` serves GET /health and GET /metrics on this port (0 = off; several workers on one host need one port each). */
  WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** Lifetime of the operator's browser session for /admin/queues (cookie set by POST /admin/login). */
  OPERATOR_SESSION_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  /** How often the retention job (archive purge, retention purge, audit expiry) runs: a BullMQ repeatable job. */
  RETENTION_JOB_EVERY_MS: z.coerce.number().int().min(60_000).default(86_400_000),
});

const webhookSection = z.object({
  /** Outgoing event webhooks may target private, loopback, link-local and unique-local addresses (tests, on-premises receivers). Off by default (SSRF). */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: bool(false),
  /** Delivery attempts per event and subscription (network errors, 5xx and 429 are retried with exponential backoff). */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  /** First retry delay; each further retry doubles it. */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(2000),
  /** Per-attempt timeout of a delivery (connect + response). */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});

/** E-mail notifications to agents and supervisors (src/notifications/email.service.ts). Without SMTP_URL nothing is sent: every notification is logged `skipped`. */
const notificationSection = z.object({
  /** smtp://user:pass@host:port (STARTTLS when offered) or smtps://… (implicit TLS). The password is never logged. */
  SMTP_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine((v) => URL.canParse(v) && ['smtp:', 'smtps:'].includes(new URL(v).protocol), 'SMTP_URL must be smtp://[user:pass@]host[:port] or smtps://…')
      .optional(),
  ),
  /** The From address of notifications (`Name <address>` or an address); default no-reply@<host of PUBLIC_BASE_URL>. */
  SMTP_FROM: optionalString,
  /** Per-attempt timeout of one SMTP send (connect, greeting, each command). */
  SMTP_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** Send attempts per e-mail (4xx answers and network errors are retried with exponential backoff; 5xx ends at once). */
  NOTIFICATION_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  /** First retry delay of an e-mail; each further retry doubles it. */
  NOTIFICATION_RETRY_BASE_MS: z.coerce.number().int().min(1).default(5000),
});

/** Attachments (issue 14): where files live, how large they may be, how long a signed link works. */
const attachmentSection = z.object({
  /** Largest attachment a tenant accepts unless its own setting (`tenants.attachment_max_bytes`) says otherwise. */
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().positive().default(25 * 1024 * 1024),
  /** Lifetime of a signed `/files/:token` link (platforms that fetch by URL, the web chat visitor). */
  ATTACHMENT_URL_TTL_SECONDS: z.coerce.number().int().min(30).max(7 * 86_400).default(900),
  /** Any S3-compatible store; unset = local files under DATA_DIR/attachments. */
  S3_ENDPOINT: optionalString,
  S3_BUCKET: optionalString,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_REGION: z.preprocess(emptyToUndefined, z.string().default('us-east-1')),
  /** Path-style URLs (`<endpoint>/<bucket>/<key>`): MinIO and most self-hosted stores need it. */
  S3_FORCE_PATH_STYLE: bool(true),
});

const localSection = z.object({
  /** Local, git-ignored state: the generated encryption key, the demo tenant's credentials. */
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('.data')),
  /** `npm start` seeds a demo tenant on an empty database (also `npm start -- --demo`; `npm run up` asks for it). Never by default. */
  DEMO: bool(false),
});

export const configSchema = dbSection
  .extend(redisSection.shape)
  .extend(httpSection.shape)
  .extend(securitySection.shape)
  .extend(platformSection.shape)
  .extend(llmSection.shape)
  .extend(ragSection.shape)
  .extend(escalationSection.shape)
  .extend(workerSection.shape)
  .extend(logSection.shape)
  .extend(opsSection.shape)
  .extend(localSection.shape)
  .extend(limitsSection.shape)
  .extend(deskSection.shape)
  .extend(webhookSection.shape)
  .extend(notificationSection.shape)
  .extend(attachmentSection.shape);

export type RawConfig = z.infer<typeof configSchema>;

export interface Config {
  db: { url: string; poolMax: number };
  redis: RedisConfig;
  http: { port: number; host: string; publicBaseUrl: string; bodyLimitBytes: number; /** `npm run gateway` processes (node:cluster). */ processes: number };
  security: { encryptionKey: Buffer; streamTicketTtlSeconds: number; webchatTokenTtlSeconds: number; staffSessionTtlSeconds: number };
  /** Handed to every adapter as its platform endpoints. */
  platforms: PlatformEndpoints;
  whatsappWeb: { chromiumPath: string; sessionsEnabled: boolean };
  rag: { unsureThreshold: number; /** Per-knowledge-base thresholds (RAG_KB_CALIBRATION). */ kbCalibration: boolean; dictionaryDir: string; thesaurusDir: string; /** Empty: no word vectors. */ wordVectorsDir: string; semanticAbsentMass: boolean; /** RETRIEVAL_SNAPSHOT_MAX_CHUNKS. */ snapshotMaxChunks: number };
  llm: { apiKey?: string; baseUrl?: string; chatModel: string; embeddingModel: string };
  /** `learned`: ESCALATION_LEARNED, the learned detector runs beside the rules. */
  escalation: { learned: boolean };
  ingest: { batchWaitMs: number; batchMax: number; batchConcurrency: number };
  worker: { concurrency: number; lockMs: number; stalledIntervalMs: number; attempts: number; outboxPollMs: number; responderDelayMs: number; responder: 'rag' | 'echo' };
  log: { level: RawConfig['LOG_LEVEL']; pretty: boolean };
  ops: { workerMetricsPort: number; operatorSessionTtlSeconds: number; retentionEveryMs: number };
  limits: LimitsConfig;
  desk: { slaWarningMinutes: number; slaCheckIntervalMs: number; inactivityMinutes: number; inactivityCheckIntervalMs: number };
  webhooks: { allowPrivateTargets: boolean; maxAttempts: number; retryBaseMs: number; timeoutMs: number };
  /** `smtpUrl` null: e-mail notifications are not configured (logged `skipped`, never sent). */
  notifications: { smtpUrl: string | null; from: string; timeoutMs: number; maxAttempts: number; retryBaseMs: number };
  attachments: AttachmentsConfig;
  /** Absolute path of DATA_DIR. */
  paths: { dataDir: string };
  /** DEMO=1: seed the demo tenant (npm start). */
  demo: boolean;
  env: string;
  /** Test-only fault injection; always null unless NODE_ENV=test. */
  faults: { killAt: ReplyPathPoint | null };
}

export interface AttachmentsConfig {
  maxBytes: number;
  urlTtlSeconds: number;
  /** Set when S3_BUCKET is: files go to that S3-compatible store. */
  s3: { endpoint?: string; bucket: string; accessKeyId?: string; secretAccessKey?: string; region: string; forcePathStyle: boolean } | null;
}

export interface LimitsConfig {
  /** Express `trust proxy` setting (parsed: boolean, hop count, or addresses). */
  trustProxy: boolean | number | string;
  json: { maxDepth: number; maxArrayLength: number };
  webchat: { sessionsPerIp: number; sessionsPerConnection: number; messagesPerIp: number; messagesPerConnection: number };
  streams: { perToken: number; perIp: number };
  auth: { failuresPerIp: number; failuresPerKeyPrefix: number; windowSeconds: number; blockSeconds: number };
  knowledge: { uploadMaxBytes: number; maxChunksPerDocument: number; maxChunksPerTenant: number };
  retrieval: { statementTimeoutMs: number };
}

function trustProxyOf(v: string): boolean | number | string {
  const t = v.trim().toLowerCase();
  if (t === 'true') return true;
  if (t === 'false' || t === '') return false;
  return /^\d+$/.test(t) ? Number(t) : v.trim();
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export interface LoadConfigOptions {
  /**
   * Supplies ENCRYPTION_KEY when the environment has none (`npm start` and the
   * CLIs: a generated local key file in DATA_DIR). Without it the key is required.
   */
  encryptionKeyFallback?: (dataDir: string) => string;
}

function dataDirOf(raw: string | undefined): string {
  return path.resolve(PROJECT_ROOT, emptyToUndefined(raw) === undefined ? '.data' : String(raw));
}

/** LOG_PRETTY when set; otherwise pretty only on a terminal outside production (JSON for log collectors). */
function prettyLogs(flag: boolean | undefined, nodeEnv: string | undefined, stdoutIsTTY: boolean): boolean {
  return flag ?? (stdoutIsTTY && nodeEnv !== 'production');
}

/** Logging settings alone, readable before the rest of the configuration is valid (to report what is not). */
export function logSettings(
  env: Env = process.env,
  defaultLevel: (typeof LOG_LEVELS)[number] = 'info',
  stdoutIsTTY = Boolean(process.stdout.isTTY),
): { level: (typeof LOG_LEVELS)[number]; pretty: boolean } {
  const level = z.enum(LOG_LEVELS).safeParse(env.LOG_LEVEL);
  const flag = logSection.shape.LOG_PRETTY.safeParse(env.LOG_PRETTY);
  return { level: level.success ? level.data : defaultLevel, pretty: prettyLogs(flag.success ? flag.data : undefined, env.NODE_ENV, stdoutIsTTY) };
}

function redisConfigOf(url: string, prefix: string, clusterNodes: string | undefined): RedisConfig {
  if (clusterNodes === undefined) return { url, prefix, cluster: null };
  return { url, prefix: hashTagged(prefix), cluster: parseClusterNodes(clusterNodes) };
}

/**
 * ESCALATION_LEARNED alone, by the rules of the full configuration, for the offline
 * tools (eval:escalation) that run without the rest of the configuration.
 */
export function escalationLearnedSetting(env: Env = process.env): boolean {
  const parsed = escalationSection.shape.ESCALATION_LEARNED.safeParse(env.ESCALATION_LEARNED);
  if (!parsed.success) throw new ConfigError(`invalid configuration:\n  ESCALATION_LEARNED: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}

/** A leading `~` of a configured path, as a shell would expand it. */
export const expandHome = (p: string): string => p.replace(/^~(?=\/|$)/, homedir());

/**
 * Where the trained learned-escalation model is kept between processes (`ESCALATION_MODEL_CACHE_DIR`, default
 * ~/.cache/gateway/escalation-model; src/escalation/learned/learned-detector.ts). Read alone, as ESCALATION_LEARNED is:
 * the detector is built outside the configuration's load.
 */
export function escalationModelCacheDir(env: Env = process.env): string {
  const v = env.ESCALATION_MODEL_CACHE_DIR?.trim();
  return expandHome(v ? v : '~/.cache/gateway/escalation-model');
}

export function loadConfig(env: Env = process.env, opts: LoadConfigOptions = {}): Config {
  const keyMissing = emptyToUndefined(env.ENCRYPTION_KEY) === undefined;
  const withKey = keyMissing && opts.encryptionKeyFallback ? { ...env, ENCRYPTION_KEY: opts.encryptionKeyFallback(dataDirOf(env.DATA_DIR)) } : env;
  const parsed = configSchema.safeParse(withKey);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    db: { url: c.DATABASE_URL, poolMax: c.DATABASE_POOL_MAX },
    redis: redisConfigOf(c.REDIS_URL, c.QUEUE_PREFIX, c.REDIS_CLUSTER_NODES),
    http: {
      port: c.PORT,
      host: c.HOST,
      publicBaseUrl: (c.PUBLIC_BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
      bodyLimitBytes: c.BODY_LIMIT_BYTES,
      processes: c.GATEWAY_PROCESSES,
    },
    security: {
      encryptionKey: Buffer.from(c.ENCRYPTION_KEY, 'base64'),
      streamTicketTtlSeconds: c.STREAM_TICKET_TTL_SECONDS,
      webchatTokenTtlSeconds: c.WEBCHAT_TOKEN_TTL_SECONDS,
      staffSessionTtlSeconds: c.STAFF_SESSION_TTL_SECONDS,
    },
    platforms: {
      telegramApiRoot: c.TELEGRAM_API_ROOT,
      lineApiBaseUrl: c.LINE_API_BASE_URL,
      lineDataApiBaseUrl: c.LINE_DATA_API_BASE_URL,
      whatsappGraphApiUrl: c.WHATSAPP_GRAPH_API_URL,
      wechatApiBaseUrl: c.WECHAT_API_BASE_URL,
      botframeworkOpenIdMetadataUrl: c.BOTFRAMEWORK_OPENID_METADATA_URL,
      botframeworkLoginUrl: c.BOTFRAMEWORK_LOGIN_URL,
    },
    rag: { unsureThreshold: c.RAG_UNSURE_THRESHOLD, kbCalibration: c.RAG_KB_CALIBRATION, dictionaryDir: c.RAG_DICTIONARY_DIR.split(':').map(expandHome).join(':'), thesaurusDir: c.RAG_THESAURUS_DIR, wordVectorsDir: expandHome(c.RAG_WORD_VECTORS), semanticAbsentMass: c.RAG_SEMANTIC_ABSENT_MASS, snapshotMaxChunks: c.RETRIEVAL_SNAPSHOT_MAX_CHUNKS },
    whatsappWeb: { chromiumPath: c.CHROMIUM_PATH, sessionsEnabled: c.WHATSAPP_WEB_SESSIONS },
    llm: { apiKey: c.OPENAI_API_KEY, baseUrl: c.OPENAI_BASE_URL, chatModel: c.OPENAI_CHAT_MODEL, embeddingModel: c.OPENAI_EMBEDDING_MODEL },
    escalation: { learned: c.ESCALATION_LEARNED },
    ingest: { batchWaitMs: c.INGEST_BATCH_WAIT_MS, batchMax: c.INGEST_BATCH_MAX, batchConcurrency: c.INGEST_BATCH_CONCURRENCY },
    worker: {
      concurrency: c.WORKER_CONCURRENCY,
      lockMs: c.JOB_LOCK_MS,
      stalledIntervalMs: c.JOB_STALLED_INTERVAL_MS,
      attempts: c.JOB_ATTEMPTS,
      outboxPollMs: c.OUTBOX_POLL_MS,
      responderDelayMs: c.RESPONDER_DELAY_MS,
      responder: c.RESPONDER,
    },
    log: { level: c.LOG_LEVEL, pretty: prettyLogs(c.LOG_PRETTY, c.NODE_ENV, Boolean(process.stdout.isTTY)) },
    ops: { workerMetricsPort: c.WORKER_METRICS_PORT, operatorSessionTtlSeconds: c.OPERATOR_SESSION_TTL_SECONDS, retentionEveryMs: c.RETENTION_JOB_EVERY_MS },
    limits: {
      trustProxy: trustProxyOf(c.TRUST_PROXY),
      json: { maxDepth: c.JSON_MAX_DEPTH, maxArrayLength: c.JSON_MAX_ARRAY_LENGTH },
      webchat: {
        sessionsPerIp: c.RATE_LIMIT_WEBCHAT_SESSIONS_PER_IP,
        sessionsPerConnection: c.RATE_LIMIT_WEBCHAT_SESSIONS_PER_CONNECTION,
        messagesPerIp: c.RATE_LIMIT_WEBCHAT_MESSAGES_PER_IP,
        messagesPerConnection: c.RATE_LIMIT_WEBCHAT_MESSAGES_PER_CONNECTION,
      },
      streams: { perToken: c.MAX_STREAMS_PER_TOKEN, perIp: c.MAX_STREAMS_PER_IP },
      auth: { failuresPerIp: c.AUTH_FAILURES_PER_IP, failuresPerKeyPrefix: c.AUTH_FAILURES_PER_KEY_PREFIX, windowSeconds: c.AUTH_FAILURE_WINDOW_SECONDS, blockSeconds: c.AUTH_BLOCK_SECONDS },
      knowledge: { uploadMaxBytes: c.KB_UPLOAD_MAX_BYTES, maxChunksPerDocument: c.KB_MAX_CHUNKS_PER_DOCUMENT, maxChunksPerTenant: c.KB_MAX_CHUNKS_PER_TENANT },
      retrieval: { statementTimeoutMs: c.RETRIEVAL_STATEMENT_TIMEOUT_MS },
    },
    desk: {
      slaWarningMinutes: c.SLA_WARNING_MINUTES,
      slaCheckIntervalMs: c.SLA_CHECK_INTERVAL_SECONDS * 1000,
      inactivityMinutes: c.CONVERSATION_INACTIVITY_MINUTES,
      inactivityCheckIntervalMs: c.INACTIVITY_CHECK_INTERVAL_SECONDS * 1000,
    },
    webhooks: {
      allowPrivateTargets: c.WEBHOOK_ALLOW_PRIVATE_TARGETS,
      maxAttempts: c.WEBHOOK_MAX_ATTEMPTS,
      retryBaseMs: c.WEBHOOK_RETRY_BASE_MS,
      timeoutMs: c.WEBHOOK_TIMEOUT_MS,
    },
    notifications: {
      smtpUrl: c.SMTP_URL ?? null,
      from: c.SMTP_FROM ?? `no-reply@${c.PUBLIC_BASE_URL && URL.canParse(c.PUBLIC_BASE_URL) ? new URL(c.PUBLIC_BASE_URL).hostname || 'localhost' : 'localhost'}`,
      timeoutMs: c.SMTP_TIMEOUT_MS,
      maxAttempts: c.NOTIFICATION_MAX_ATTEMPTS,
      retryBaseMs: c.NOTIFICATION_RETRY_BASE_MS,
    },
    attachments: {
      maxBytes: c.ATTACHMENT_MAX_BYTES,
      urlTtlSeconds: c.ATTACHMENT_URL_TTL_SECONDS,
      s3: c.S3_BUCKET
        ? {
            ...(c.S3_ENDPOINT ? { endpoint: c.S3_ENDPOINT } : {}),
            bucket: c.S3_BUCKET,
            ...(c.S3_ACCESS_KEY_ID ? { accessKeyId: c.S3_ACCESS_KEY_ID } : {}),
            ...(c.S3_SECRET_ACCESS_KEY ? { secretAccessKey: c.S3_SECRET_ACCESS_KEY } : {}),
            region: c.S3_REGION,
            forcePathStyle: c.S3_FORCE_PATH_STYLE,
          }
        : null,
    },
    paths: { dataDir: dataDirOf(c.DATA_DIR) },
    demo: c.DEMO,
    env: c.NODE_ENV,
    faults: { killAt: c.NODE_ENV === 'test' ? (c.GW_FAULT_KILL_AT ?? null) : null },
  };
}
