/**
 * postgres.js as patched by patches/postgres+3.4.9.patch: every statement of a
 * connection that closes settles (fails with the connection error), however it
 * was waiting. Unpatched, two kinds stayed pending forever, hanging whoever
 * awaited them (a group-commit batch, then every web chat post and webhook
 * behind it — tests/integration/ingest-connection-reset.test.ts):
 * - statements queued on a reserved connection behind a full pipeline;
 * - statements sent after the socket's 'error' event and before its 'close'
 *   (what a rejection handler of the failed statements sends, e.g. a ROLLBACK).
 */
import postgres from 'postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { startResetProxy, type ResetProxy } from '../helpers/reset-proxy.js';

let db: TestDatabase;
let admin: postgres.Sql;
/** Resets a client connection as soon as a statement containing `reset_me` passes. */
let proxy: ResetProxy | undefined;
const clients: postgres.Sql[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  admin = postgres(db.url, { max: 1, onnotice: () => {} });
  proxy = await startResetProxy(db.url, (sent) => sent.includes('reset_me'));
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end({ timeout: 1 })));
  await admin?.end({ timeout: 1 });
  await proxy?.close();
  await db?.drop();
});

const client = (url: string) => {
  const c = postgres(url, { max: 2, onnotice: () => {} });
  clients.push(c);
  return c;
};

it('fails the statements queued on a reserved connection when its backend is terminated', async () => {
  const sql = client(db.url);
  const tx = await sql.reserve();
  const [row] = await tx<{ pid: number }[]>`select pg_backend_pid() as pid`;
  // The first two go out pipelined; the pipeline is then full and the rest wait on the handle.
  const statements = [tx`select pg_sleep(5)`, tx`select ${1}::int`, tx`select ${2}::int`, tx`select 3`].map((q) => q.execute());
  // Handlers first: the statements may fail while the terminate is still being answered (else: unhandled rejections).
  const outcome = Promise.allSettled(statements);
  await admin`select pg_terminate_backend(${row!.pid})`;
  const settled = await outcome;
  expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
});

it('fails a statement sent on a connection between its socket error and its close', async () => {
  const sql = client(proxy!.url);
  const tx = await sql.reserve();
  await tx`select 1`;
  // The reset fails the statement in flight; its rejection handler runs before the socket's 'close' and sends another.
  const late = tx`select 'reset_me'`.then(
    () => 'the reset statement succeeded',
    () => tx`select 2`.then(() => 'the late statement succeeded', (err: { code?: string }) => `late statement failed: ${err.code}`),
  );
  expect(await late).toMatch(/^late statement failed: /);
});
