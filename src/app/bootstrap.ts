/**
 * Start-up checks shared by the entry points (./boot.ts, the CLIs):
 * a readable line when Postgres or Redis is unreachable (with how to start it),
 * the database created if missing, pgvector built if missing (root only),
 * migrations applied, and a local encryption key when none is configured.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { Logger } from 'pino';
import { loadConfig, logSettings, PROJECT_ROOT, type Config, type RedisConfig } from '../config/index.js';
import { createRedisClient } from '../queue/redis-client.js';
import { connectDatabase, runMigrations } from '../db/client.js';
import { encryptPlaintextWebhookSecrets } from '../connections/connection.service.js';
import { createLogger } from '../logging/logger.js';

export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/**
 * The local key used when ENCRYPTION_KEY is not set: read from, or generated
 * into, `<DATA_DIR>/encryption.key`. Handed to the config loader as its
 * `encryptionKeyFallback`; the environment is never modified.
 */
export function localEncryptionKey(dataDir: string, logger: Logger): string {
  const file = path.join(dataDir, 'encryption.key');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    logger.warn({ file }, 'ENCRYPTION_KEY not set: generated a local key file (git-ignored). Set ENCRYPTION_KEY in production and keep it safe: losing it loses every stored channel credential.');
  } else {
    logger.warn({ file }, 'ENCRYPTION_KEY not set: using the local key file');
  }
  return readFileSync(file, 'utf8').trim();
}

/** Configuration for CLIs: a logger on stderr (their stdout is data) and the config, with the local key fallback. */
export function cliConfig(defaultLevel: 'warn' | 'info' = 'warn'): { config: Config; logger: Logger } {
  const logger = createLogger({ level: logSettings(undefined, defaultLevel).level, fd: 2 });
  const config = loadConfig(undefined, { encryptionKeyFallback: (dataDir) => localEncryptionKey(dataDir, logger) });
  return { config, logger };
}

export async function ensureDatabase(url: string, logger: Logger): Promise<void> {
  const target = new URL(url);
  const dbName = decodeURIComponent(target.pathname.replace(/^\//, '')) || 'postgres';
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${dbName}`;
    if (rows.length === 0) {
      await sql.unsafe(`create database "${dbName.replace(/"/g, '""')}"`);
      logger.info({ database: dbName }, 'created database');
    }
    const available = await sql<{ n: number }[]>`select count(*)::int as n from pg_available_extensions where name = 'vector'`;
    if ((available[0]?.n ?? 0) === 0) {
      logger.warn('pgvector is not installed: building it from the Debian source package (scripts/ensure-pgvector.sh)…');
      try {
        execFileSync('bash', [path.join(PROJECT_ROOT, 'scripts/ensure-pgvector.sh'), dbName], { stdio: 'inherit' });
      } catch {
        throw new StartupError('pgvector is missing and could not be built: run `sudo bash scripts/ensure-pgvector.sh` (or use a Postgres image with pgvector)');
      }
    }
  } catch (err) {
    if (err instanceof StartupError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
      throw new StartupError(
        `PostgreSQL is not reachable at ${target.host}: start it (e.g. \`pg_ctlcluster 15 main start\`, or \`docker compose up -d postgres\`) or set DATABASE_URL`,
      );
    }
    throw err;
  } finally {
    await sql.end({ timeout: 2 });
  }
}

export async function checkRedis(redis: RedisConfig): Promise<void> {
  const r = createRedisClient(redis, { maxRetriesPerRequest: 0, enableOfflineQueue: true, lazyConnect: true, connectTimeout: 3000, retryStrategy: () => null });
  r.on('error', () => undefined);
  try {
    await r.connect();
    await r.ping();
  } catch {
    throw new StartupError(
      redis.cluster
        ? `Redis Cluster is not reachable at ${redis.cluster.nodes.map((n) => `${n.host}:${n.port}`).join(',')}: start it or fix REDIS_CLUSTER_NODES`
        : `Redis is not reachable at ${redis.url}: start it (e.g. \`redis-server --daemonize yes\`, or \`docker compose up -d redis\`) or set REDIS_URL`,
    );
  } finally {
    r.disconnect();
  }
}

/**
 * Data migrations that need the application's key (SQL migrations cannot
 * encrypt): webhook secrets stored in plaintext by older versions are
 * encrypted. Idempotent, run after the SQL migrations by every migrating entry point.
 */
export async function runDataMigrations(databaseUrl: string, encryptionKey: Buffer, logger: Logger): Promise<void> {
  const database = connectDatabase(databaseUrl, { max: 1 });
  try {
    const n = await encryptPlaintextWebhookSecrets(database.db, encryptionKey);
    if (n > 0) logger.info({ connections: n }, 'webhook secrets encrypted at rest');
  } finally {
    await database.close();
  }
}

export async function prepareServices(env: { databaseUrl: string; redis: RedisConfig; encryptionKey?: Buffer }, logger: Logger): Promise<void> {
  await ensureDatabase(env.databaseUrl, logger);
  await checkRedis(env.redis);
  await runMigrations(env.databaseUrl);
  if (env.encryptionKey) await runDataMigrations(env.databaseUrl, env.encryptionKey, logger);
  logger.info('database migrations applied');
}
