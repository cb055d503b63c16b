/** Shared benchmark helpers: a throwaway database + Redis prefix, the real gateway/worker, percentiles. */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { pino } from 'pino';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config/index.js';
import { createContainer, type Container } from '../src/app/container.js';
import { runMigrations } from '../src/db/client.js';
import { startGateway, type RunningGateway } from '../src/http/server.js';
import { channelConnections } from '../drizzle/schema.js';
import type { Db } from '../src/db/client.js';
import { encryptSecret, randomToken } from '../src/security/crypto.js';
import { encryptWebhookSecret } from '../src/connections/connection.service.js';
import { createTenant } from '../src/tenancy/tenant.service.js';

export const PG = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

export function summary(name: string, latenciesMs: number[], wallMs: number): string {
  const s = [...latenciesMs].sort((a, b) => a - b);
  const rps = (latenciesMs.length / wallMs) * 1000;
  return `${name.padEnd(28)} n=${String(latenciesMs.length).padStart(5)}  throughput=${rps.toFixed(1).padStart(7)}/s  p50=${percentile(s, 50).toFixed(1).padStart(7)} ms  p99=${percentile(s, 99).toFixed(1).padStart(7)} ms`;
}

export interface BenchEnv {
  c: Container;
  gw: RunningGateway;
  env: Record<string, string>;
  close(): Promise<void>;
}

/** A throwaway database with the migrations applied; `drop()` removes it. */
export async function createBenchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const dbName = `gw_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(`${PG}/postgres`, { max: 1, onnotice: () => {} });
  // Leftovers of interrupted runs (older than an hour) go first.
  const stale = await admin<{ datname: string }[]>`
    select datname from pg_database d where datname like 'gw_bench_%'
      and (pg_stat_file('base/' || d.oid || '/PG_VERSION', true)).modification < now() - interval '1 hour'`;
  for (const r of stale) await admin.unsafe(`drop database if exists ${r.datname} with (force)`).catch(() => undefined);
  await admin.unsafe(`create database ${dbName}`);
  await admin.end();
  const url = `${PG}/${dbName}`;
  await runMigrations(url);
  return {
    url,
    async drop() {
      const a = postgres(`${PG}/postgres`, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${dbName} with (force)`);
      await a.end();
    },
  };
}

/** Deletes every Redis key under `prefix:`. */
export async function deleteRedisPrefix(prefix: string): Promise<void> {
  const r = new Redis(REDIS_URL);
  const keys = await r.keys(`${prefix}:*`);
  if (keys.length) await r.del(...keys);
  r.disconnect();
}

/**
 * A named database kept between runs (benches that build a large corpus once and
 * reuse it): created with the migrations applied when missing, never dropped.
 * The name does not start with `gw_bench_`, so the stale-database sweep above
 * leaves it alone.
 */
export async function persistentBenchDatabase(name: string): Promise<{ url: string; created: boolean; drop(): Promise<void> }> {
  const admin = postgres(`${PG}/postgres`, { max: 1, onnotice: () => {} });
  const [found] = await admin<{ n: number }[]>`select count(*)::int as n from pg_database where datname = ${name}`;
  const created = !found?.n;
  if (created) await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = `${PG}/${name}`;
  await runMigrations(url);
  return { url, created, async drop() {} };
}

export async function startBenchEnv(extra: Record<string, string> = {}, existing: { url: string; drop(): Promise<void> } | null = null): Promise<BenchEnv> {
  const database = existing ?? (await createBenchDatabase());
  const url = database.url;
  const prefix = `bench${randomBytes(3).toString('hex')}`;
  const env: Record<string, string> = {
    DATABASE_URL: url,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATABASE_POOL_MAX: '20',
    // One client address makes all the load: the per-IP abuse limits would measure themselves.
    RATE_LIMIT_WEBCHAT_SESSIONS_PER_IP: '1000000',
    RATE_LIMIT_WEBCHAT_MESSAGES_PER_IP: '1000000',
    RATE_LIMIT_WEBCHAT_SESSIONS_PER_CONNECTION: '1000000',
    RATE_LIMIT_WEBCHAT_MESSAGES_PER_CONNECTION: '1000000',
    ...extra,
  };
  const c = createContainer(loadConfig(env), { logger: pino({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' }) });
  const gw = await startGateway(c, { port: 0, host: '127.0.0.1' });
  return {
    c,
    gw,
    env,
    async close() {
      await gw.close();
      await c.close();
      await deleteRedisPrefix(prefix);
      await database.drop();
    },
  };
}

/** Runs `total` tasks with at most `concurrency` in flight; returns per-task latencies (ms) and wall time. */
export async function runConcurrent(total: number, concurrency: number, task: (i: number) => Promise<void>): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const i = next++;
        if (i >= total) return;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, wallMs: performance.now() - started };
}

/** One signed LINE text-message webhook as LINE sends it (a single event); ids must be unique per message. */
export function signedLineText(o: { secret: string; destination: string; user: string; text: string; eventId: string; messageId: string }): { body: string; signature: string; replyToken: string } {
  const replyToken = randomBytes(16).toString('hex');
  const body = JSON.stringify({
    destination: o.destination,
    events: [
      {
        type: 'message',
        mode: 'active',
        timestamp: Date.now(),
        replyToken,
        source: { type: 'user', userId: o.user },
        webhookEventId: o.eventId,
        deliveryContext: { isRedelivery: false },
        message: { type: 'text', id: o.messageId, quoteToken: 'q', text: o.text },
      },
    ],
  });
  return { body, signature: createHmac('sha256', o.secret).update(body).digest('base64'), replyToken };
}

/** A tenant with one LINE connection whose channel secret is `channelSecret` (credentials encrypted with `encryptionKey`): what the ingest benches post to. */
export async function createBenchLineConnection(db: Db, encryptionKey: Buffer, channelSecret: string): Promise<{ tenantId: string; connectionId: string }> {
  const t = await createTenant(db, { name: 'bench' });
  const connectionId = randomUUID();
  await db.insert(channelConnections).values({
    id: connectionId,
    tenantId: t.tenantId,
    type: 'line',
    name: 'bench LINE',
    credentialsEnc: encryptSecret(encryptionKey, JSON.stringify({ channelSecret, channelAccessToken: 'bench-token' }), t.tenantId),
    webhookSecret: encryptWebhookSecret(encryptionKey, t.tenantId, connectionId, randomToken(32)),
  });
  return { tenantId: t.tenantId, connectionId };
}
