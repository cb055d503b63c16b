/**
 * Integration global setup: checks Postgres (with pgvector) and Redis are up,
 * then builds this run's migrated template database that every test file clones.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';
import { runMigrations } from '../../src/db/client.js';
import { dbUrl, templateName, withAdmin } from './db.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch {
    throw new Error('integration tests need Redis on 127.0.0.1:6379 (bash .ci/run starts it)');
  } finally {
    redis.disconnect();
  }

  const runId = randomBytes(3).toString('hex');
  const template = templateName(runId);
  await withAdmin(async (sql) => {
    const ext = await sql`select count(*)::int as n from pg_available_extensions where name = 'vector'`;
    if ((ext[0]?.n ?? 0) === 0) throw new Error('pgvector is not installed: run `bash scripts/ensure-pgvector.sh` (as root)');
    // Leftovers of runs that were killed before their teardown (older than an hour).
    const stale = await sql<{ datname: string }[]>`
      select datname from pg_database d
      where (datname like 'gw_t_%' or datname like 'gw_tpl_%')
        and (pg_stat_file('base/' || d.oid || '/PG_VERSION', true)).modification < now() - interval '1 hour'`;
    for (const r of stale) await sql.unsafe(`drop database if exists ${r.datname} with (force)`).catch(() => undefined);
    await sql.unsafe(`create database ${template}`);
  });
  await runMigrations(dbUrl(template));
  project.provide('testRunId', runId);

  return async () => {
    await withAdmin(async (sql) => {
      const rows = await sql<{ datname: string }[]>`select datname from pg_database where datname like ${`gw_t_${runId}_%`} or datname = ${template}`;
      for (const r of rows) await sql.unsafe(`drop database if exists ${r.datname} with (force)`).catch(() => undefined);
    });
  };
}
