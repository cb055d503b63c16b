/**
 * Per-test-file databases cloned from a migrated template. The template is
 * built once per test run in global setup; names carry the run id so
 * concurrent runs on one machine never touch each other's databases.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';

export const PG_BASE_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';

declare module 'vitest' {
  export interface ProvidedContext {
    testRunId: string;
  }
}

export const templateName = (runId: string) => `gw_tpl_${runId}`;

export function dbUrl(name: string): string {
  return `${PG_BASE_URL}/${name}`;
}

export async function withAdmin<T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(dbUrl('postgres'), { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const runId = inject('testRunId');
  const name = `gw_t_${runId}_${randomBytes(4).toString('hex')}`;
  await withAdmin(async (sql) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await sql.unsafe(`create database ${name} template ${templateName(runId)}`);
        return;
      } catch (err) {
        // Two files cloning the template at the same instant can collide; retry briefly.
        if (attempt > 30 || !String((err as Error).message).includes('being accessed by other users')) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  return {
    name,
    url: dbUrl(name),
    drop: () => withAdmin(async (sql) => void (await sql.unsafe(`drop database if exists ${name} with (force)`))),
  };
}
