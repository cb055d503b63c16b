/**
 * The group commit (src/conversation/ingest.batcher.ts) when its reserved
 * connection is reset in the middle of a batch, as a Postgres crash does
 * (`stop -m immediate`): the batch's messages must fail at once with the
 * connection error (the HTTP layer answers 503 + Retry-After), and the batcher
 * must take the next messages. It used to hang for good: the ROLLBACK it sent
 * after the reset was never settled by postgres.js, so that batch — and every
 * later message of its threads, and of all threads once both batch slots were
 * stuck — never got an answer (30 s client timeouts in
 * tests/faults/postgres-crash.test.ts).
 *
 * A TCP proxy in front of the test database resets the client's socket
 * (RST: ECONNRESET) as soon as the batch's lock statement reaches it.
 */
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { IngestBatcher } from '../../src/conversation/ingest.batcher.js';
import { connectDatabase, type Database } from '../../src/db/client.js';
import { NotFoundError } from '../../src/domain/errors.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { startResetProxy, type ResetProxy } from '../helpers/reset-proxy.js';

let db: TestDatabase;
let proxy: ResetProxy | undefined;
let database: Database;
/** While true, the proxy resets a client connection when the batch's lock statement goes through it. */
let resetOnLock = true;

beforeAll(async () => {
  db = await createTestDatabase();
  proxy = await startResetProxy(db.url, (sent) => resetOnLock && sent.includes('pg_advisory_xact_lock'));
  // The gateway's own client settings (src/db/client.ts), through the proxy.
  database = connectDatabase(proxy.url, { max: 2 });
});

afterAll(async () => {
  await database?.close();
  await proxy?.close();
  await db?.drop();
});

const message = (text: string) => ({
  platformMessageId: randomUUID(),
  externalUserId: 'visitor-1',
  externalThreadId: 'visitor-1',
  kind: 'text' as const,
  text,
  payload: {},
  sentAt: new Date(),
});

it('fails a batch whose connection is reset with the connection error, and takes the next batch', async () => {
  const batcher = new IngestBatcher(database.sql, pino({ level: 'silent' }), { maxWaitMs: 0, maxBatch: 10, concurrency: 1 });
  // A connection of no tenant: nothing is stored, the batch only has to reach (and pass) its lock statement.
  const conn = { id: randomUUID(), tenantId: randomUUID(), type: 'webchat' as const };

  await expect(batcher.submit(conn, message('during the crash'))).rejects.toMatchObject({ code: 'ECONNRESET' });
  expect(proxy!.resets()).toBe(1);

  // Postgres is back: the same thread's next message is committed (its connection is unknown: 404), not left waiting behind the failed batch.
  resetOnLock = false;
  await expect(batcher.submit(conn, message('after the crash'))).rejects.toBeInstanceOf(NotFoundError);
});
