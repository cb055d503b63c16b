/**
 * The group commit's transaction (src/conversation/ingest.batcher.ts,
 * ingest.queries.ts). All writes of a batch commit in the transaction that
 * took its locks: the COMMIT is pipelined right behind the writes, and a
 * write that was only awaited (not executed) used to be sent after it, so it
 * ran in a transaction of its own once the locks were gone.
 *
 * Plans (writePlanSettings): a batch runs its writes with generic plans (made
 * once per connection, not once per batch) and with seq scans off, so a plan
 * made while the tables are empty — a fresh install, as here — finds the
 * conversations it touches by key and stays good as the tables grow.
 *
 * The batcher runs on a one-connection pool of a fresh database with
 * auto_explain loaded for the session (plans of every statement, nested ones
 * too, sent to the client as notices), so the test reads the plans Postgres
 * actually executed and, on the same connection, pg_prepared_statements'
 * count of generic and custom plans.
 */
import { randomUUID } from 'node:crypto';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../channels/types.js';
import { IngestBatcher, type ConnectionRef } from '../../src/conversation/ingest.batcher.js';
import { runMigrations } from '../../src/db/client.js';
import { createLogger } from '../../src/logging/logger.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

let db: TestDatabase;
let sql: postgres.Sql;
const notices: string[] = [];
let conn: ConnectionRef;

function text(user: string, n: number): InboundMessage {
  return {
    platformMessageId: `plan-${randomUUID()}`,
    externalUserId: user,
    externalThreadId: user,
    userDisplayName: `User ${user.slice(0, 6)}`,
    kind: 'text',
    text: `message ${n}`,
    payload: {},
    sentAt: new Date(),
  };
}

beforeAll(async () => {
  db = await createTestDatabase();
  await runMigrations(db.url);
  sql = postgres(db.url, {
    max: 1,
    onnotice: (n) => void notices.push(String(n.message ?? '')),
    connection: {
      plan_cache_mode: 'force_custom_plan', // the pools' default (src/db/client.ts)
      session_preload_libraries: 'auto_explain',
      'auto_explain.log_min_duration': '0',
      'auto_explain.log_level': 'notice',
      'auto_explain.log_nested_statements': 'on',
    },
  });
  drizzle(sql); // as on the gateway's pools: the driver's json serializers made transparent (src/db/client.ts)
  const [tenant] = await sql<{ id: string }[]>`insert into tenants (name) values ('plans') returning id`;
  const [row] = await sql<{ id: string }[]>`
    insert into channel_connections (tenant_id, type, name, credentials_enc, webhook_secret)
    values (${tenant!.id}, 'line', 'plans', 'x', 'y') returning id`;
  conn = { id: row!.id, tenantId: tenant!.id, type: 'line' };
});

afterAll(async () => {
  await sql?.end({ timeout: 5 });
  await db?.drop();
});

describe('group commit transaction', () => {
  it('commits a batch in one transaction: its rows share one transaction id, written while its locks are held', async () => {
    const batcher = new IngestBatcher(sql, createLogger({ level: 'silent' }), { maxWaitMs: 5, maxBatch: 3, concurrency: 1 });
    const users = ['Ux', 'Uy', 'Uz'].map((u) => `${u}${randomUUID().replace(/-/g, '')}`);
    const stored = await Promise.all(users.map((u, i) => batcher.submit(conn, text(u, i))));
    expect(stored.every((s) => s !== null)).toBe(true);
    // New customers, identities and conversations, the messages and their outbox rows: five statements.
    const xids = await sql<{ t: string; xid: string }[]>`
      select 'customer' as t, c.xmin::text as xid from customers c join channel_identities i on i.customer_id = c.id where i.external_user_id in ${sql(users)}
      union all select 'identity', xmin::text from channel_identities where external_user_id in ${sql(users)}
      union all select 'conversation', xmin::text from conversations where external_thread_id in ${sql(users)}
      union all select 'message', m.xmin::text from messages m where m.id in ${sql(stored.map((s) => s!.messageId))}
      union all select 'outbox', o.xmin::text from outbox o where o.data->>'messageId' in ${sql(stored.map((s) => s!.messageId))}`;
    expect(xids.map((r) => r.t).sort()).toEqual([...Array(3).fill('conversation'), ...Array(3).fill('customer'), ...Array(3).fill('identity'), ...Array(3).fill('message'), ...Array(3).fill('outbox')]);
    expect(new Set(xids.map((r) => r.xid)).size).toBe(1);
  });

  it('plans the writes once per connection, finding conversations by index even on empty tables', async () => {
    const batcher = new IngestBatcher(sql, createLogger({ level: 'silent' }), { maxWaitMs: 5, maxBatch: 3, concurrency: 1 });
    notices.length = 0; // the plans of the batches only (not the driver's own catalogue queries)
    const users = ['Ua', 'Ub', 'Uc', 'Ud'].map((u) => `${u}${randomUUID().replace(/-/g, '')}`);
    // Eight batches: new customers, identities and conversations first, then known ones.
    for (let round = 0; round < 8; round++) {
      const stored = await Promise.all(users.slice(0, 3).map((u, i) => batcher.submit(conn, text(round % 2 === 0 ? u : users[3 - i]!, round))));
      expect(stored.every((s) => s !== null)).toBe(true);
    }
    expect(batcher.stats.messages).toBe(24);

    // The writes' plans (not the reads', which are planned for each batch's values, nor the nested foreign-key checks').
    const writes = notices.filter((n) => /Query Text:\s*(with r as|insert into (customers|channel_identities|conversations)|update channel_identities)/i.test(n));
    expect(writes.filter((p) => /insert into messages/i.test(p))).toHaveLength(8);
    expect(writes.filter((p) => /insert into customers/i.test(p)).length).toBeGreaterThan(0);
    const seqScans = writes.flatMap((n) => [...n.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]));
    expect(seqScans).toEqual([]);
    expect(writes.join('\n')).toMatch(/Index Scan on conversations_\w+[^\n]*\n\s*Index Cond: \(id = ANY/); // the touched conversations, by key

    const [counts] = await sql<{ generic: number; custom: number }[]>`
      select coalesce(sum(generic_plans), 0)::int as generic, coalesce(sum(custom_plans), 0)::int as custom
        from pg_prepared_statements where statement ilike '%insert into messages%'`;
    expect(counts!.custom).toBe(0); // custom plans: each of the 8 batches would have planned it again
    expect(counts!.generic).toBeGreaterThanOrEqual(8); // this test's batches and the first test's
  });
});
