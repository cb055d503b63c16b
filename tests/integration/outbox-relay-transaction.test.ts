/**
 * The outbox relay's pass (src/queue/outbox.ts) claims rows FOR UPDATE SKIP
 * LOCKED, adds their jobs to BullMQ and deletes them, then commits: the
 * delete must go out before the COMMIT it is pipelined with, or it runs on
 * its own after the claim's locks are gone (another relay could claim the
 * same rows meanwhile). The driver's `debug` hook lists the statements in the
 * order they are sent on the wire.
 */
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { drizzle } from 'drizzle-orm/postgres-js';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../drizzle/schema.js';
import type { Db } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/client.js';
import { createLogger } from '../../src/logging/logger.js';
import { OutboxRelay, recordOutboxSql } from '../../src/queue/outbox.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { REDIS_URL } from '../helpers/harness.js';

let db: TestDatabase;
let sql: postgres.Sql;
let queue: Queue;
let redis: Redis;
const sent: string[] = [];
const prefix = `relaytx${randomBytes(3).toString('hex')}`;

beforeAll(async () => {
  db = await createTestDatabase();
  await runMigrations(db.url);
  sql = postgres(db.url, { max: 2, onnotice: () => {}, debug: (_conn, query) => void sent.push(query.replace(/\s+/g, ' ').trim()) });
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  queue = new Queue('relaytx', { connection: redis, prefix });
});

afterAll(async () => {
  await queue?.obliterate({ force: true }).catch(() => undefined);
  await queue?.close();
  redis?.disconnect();
  await sql?.end({ timeout: 5 });
  await db?.drop();
});

describe('outbox relay transaction', () => {
  it('sends the delete of the relayed rows before the COMMIT of the pass that claimed them', async () => {
    const drizzleDb = drizzle(sql, { schema }) as unknown as Db;
    await recordOutboxSql(
      sql,
      [1, 2, 3].map((n) => ({ tenantId: null, queue: 'relaytx', jobName: 'job', jobId: `relaytx-${n}`, data: { n } })),
    );
    const relay = new OutboxRelay(drizzleDb, sql, new Map([['relaytx', queue]]), createLogger({ level: 'silent' }), { pollMs: 60_000, attempts: 3 });
    sent.length = 0;
    expect(await relay.drain()).toBe(3);

    const at = (re: RegExp) => sent.findIndex((q) => re.test(q));
    const claim = at(/^select id, queue, job_name, job_id, data from outbox/i);
    const del = at(/^delete from outbox where id = any/i);
    const commit = sent.findIndex((q, i) => i > claim && /^commit$/i.test(q));
    expect(claim).toBeGreaterThan(sent.findIndex((q) => /^begin$/i.test(q)));
    expect(del).toBeGreaterThan(claim);
    expect(commit).toBeGreaterThan(del);
    expect((await queue.getJobs(['waiting'])).map((j) => j.id).sort()).toEqual(['relaytx-1', 'relaytx-2', 'relaytx-3']);
    expect((await sql`select count(*)::int as n from outbox`)[0]!.n).toBe(0);
  });
});
