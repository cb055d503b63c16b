/**
 * Queue wiring, in one place: queue names, job payload schemas, job ids and
 * default job options. Producers never call `queue.add` directly: they record
 * work in the outbox (./outbox.ts) inside their transaction.
 */
import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import type { RedisOptions } from 'ioredis';
import type { RedisConfig } from '../config/index.js';
import { createRedisClient, type RedisClient } from './redis-client.js';
import { z } from 'zod';

/** Everything a conversation needs doing: answer inbound messages, deliver outbound ones, in order. */
export const CONVERSATION_QUEUE = 'conversation';

export const conversationJobSchema = z.object({
  tenantId: z.string().uuid(),
  conversationId: z.string().uuid(),
  /** The message that caused the job (inbound to answer, or outbound to deliver). */
  messageId: z.string().uuid(),
});
export type ConversationJob = z.infer<typeof conversationJobSchema>;

/** Knowledge-base ingestion: extract → chunk → embed → index one document. */
export const INGESTION_QUEUE = 'ingestion';

export const ingestionJobSchema = z.object({
  tenantId: z.string().uuid(),
  documentId: z.string().uuid(),
});
export type IngestionJob = z.infer<typeof ingestionJobSchema>;

/**
 * Scheduled housekeeping (repeatable jobs, one schedule per job name however
 * many workers start): `retention` purges archived records after 30 days,
 * audit entries after a year, and tickets/messages past each tenant's retention.
 */
export const MAINTENANCE_QUEUE = 'maintenance';
export const RETENTION_JOB = 'retention';

/** Registers (or updates) the retention schedule. Idempotent: the scheduler id is fixed. */
export async function scheduleRetention(queue: Queue, everyMs: number): Promise<void> {
  await queue.upsertJobScheduler('retention-schedule', { every: everyMs }, { name: RETENTION_JOB, data: {}, opts: { removeOnComplete: { count: 50 }, removeOnFail: { count: 50 } } });
}

/**
 * Scheduled desk work (no tenant: each job scans every tenant): SLA breach
 * warnings and breaches, and completing bot-only conversations after
 * inactivity. BullMQ job schedulers (repeatable jobs): every process that runs
 * workers upserts the same scheduler ids, so there is one schedule however
 * many workers start. Same queue as the retention job (MAINTENANCE_QUEUE).
 */
export const MAINTENANCE_JOBS = { slaScan: 'sla-scan', inactivityScan: 'inactivity-scan' } as const;
export type MaintenanceJobName = (typeof MAINTENANCE_JOBS)[keyof typeof MAINTENANCE_JOBS];

export async function scheduleMaintenance(queue: Queue, every: { slaCheckMs: number; inactivityCheckMs: number }): Promise<void> {
  const opts = { removeOnComplete: { count: 100 }, removeOnFail: { age: 7 * 24 * 3600 } };
  await queue.upsertJobScheduler(MAINTENANCE_JOBS.slaScan, { every: every.slaCheckMs }, { name: MAINTENANCE_JOBS.slaScan, data: {}, opts });
  await queue.upsertJobScheduler(MAINTENANCE_JOBS.inactivityScan, { every: every.inactivityCheckMs }, { name: MAINTENANCE_JOBS.inactivityScan, data: {}, opts });
}

/** Outgoing event webhooks: one job per delivery (a communication_log row) of one event to one subscription. */
export const WEBHOOK_QUEUE = 'webhooks';

export const webhookJobSchema = z.object({
  tenantId: z.string().uuid(),
  /** The communication_log row of the delivery: it holds the subscription and the exact body. */
  logId: z.string().uuid(),
});
export type WebhookJob = z.infer<typeof webhookJobSchema>;

/**
 * Webhook deliveries and e-mails retry on their own schedule (WEBHOOK_MAX_ATTEMPTS /
 * NOTIFICATION_MAX_ATTEMPTS, and a first delay that doubles).
 */
export function webhookJobOptions(attempts: number, baseDelayMs: number): JobsOptions {
  return {
    attempts,
    backoff: { type: 'exponential', delay: baseDelayMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

/** E-mail notifications to agents and supervisors: one job per e-mail (a communication_log row: one event × one recipient). */
export const NOTIFICATION_QUEUE = 'notifications';

export const notificationJobSchema = z.object({
  tenantId: z.string().uuid(),
  /** The communication_log row of the e-mail: recipient, template and the template's values. */
  logId: z.string().uuid(),
});
export type NotificationJob = z.infer<typeof notificationJobSchema>;

/** BullMQ job ids may not contain ':'; they are deterministic so a relayed job is added once. */
export const jobIds = {
  inbound: (messageId: string) => `in-${messageId}`,
  outbound: (messageId: string) => `out-${messageId}`,
  webhook: (logId: string) => `wh-${logId}`,
  email: (logId: string) => `mail-${logId}`,
  index: (documentId: string, version: number, reason = 'index') => `${reason}-${documentId}-v${version}`,
};

export function defaultJobOptions(attempts: number): JobsOptions {
  return {
    attempts,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

/** A connection for workers: BullMQ requires maxRetriesPerRequest null so blocking commands wait out Redis restarts. */
export function workerConnection(redis: RedisConfig): RedisClient {
  return createRedisClient(redis, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

/**
 * A connection for producers (the outbox relay): fail fast when Redis is down
 * so the row stays in the outbox and is retried, instead of hanging a request.
 */
export function producerConnection(redis: RedisConfig, extra: RedisOptions = {}): RedisClient {
  return createRedisClient(redis, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, ...extra });
}

/** `prefix`: RedisConfig.prefix, hash-tagged (`{gw}`) in cluster mode so every key of the queue shares a slot. */
export function createQueue(name: string, connection: ConnectionOptions, prefix: string): Queue {
  return new Queue(name, { connection, prefix });
}
