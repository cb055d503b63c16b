/**
 * Operator keys exist only through the CLI: `npm run admin -- create-operator-key`
 * prints a `gwo_` key once, `list-operator-keys` never shows it, `revoke-operator-key`
 * ends it; `npm run admin -- queues` is the cross-tenant queue view.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectDatabase, type Database } from '../../src/db/client.js';
import { OperatorService } from '../../src/operators/operator.service.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { REDIS_URL, ROOT } from '../helpers/harness.js';

const run = promisify(execFile);
let db: TestDatabase;
let database: Database;
let env: Record<string, string | undefined>;
const admin = async (...args: string[]) => JSON.parse((await run(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', ...args], { cwd: ROOT, env })).stdout.trim()) as Record<string, unknown>;

beforeAll(async () => {
  db = await createTestDatabase();
  database = connectDatabase(db.url, { max: 2 });
  env = { ...process.env, DATABASE_URL: db.url, REDIS_URL, QUEUE_PREFIX: `tcli${randomBytes(3).toString('hex')}`, ENCRYPTION_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'warn' };
});

afterAll(async () => {
  await database?.close();
  await db?.drop();
});

it('creates, lists and revokes operator keys; the key is shown once and works until revoked', async () => {
  const created = (await admin('create-operator-key', '--name', 'night shift')) as { id: string; operatorKey: string };
  expect(created.operatorKey).toMatch(/^gwo_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
  const operators = new OperatorService(database.db, Buffer.from(env.ENCRYPTION_KEY!, 'base64'), 3600);
  expect(await operators.authenticate(created.operatorKey)).toEqual({ keyId: created.id, name: 'night shift' });

  const listed = (await admin('list-operator-keys')) as { items: Array<Record<string, unknown>> };
  expect(listed.items).toHaveLength(1);
  expect(listed.items[0]).toMatchObject({ id: created.id, name: 'night shift', revokedAt: null });
  expect(JSON.stringify(listed)).not.toContain(created.operatorKey);

  expect(await admin('revoke-operator-key', '--id', created.id)).toEqual({ id: created.id, revoked: true });
  expect(await operators.authenticate(created.operatorKey)).toBeNull();
}, 120_000);

it('prints every queue of every tenant for operators', async () => {
  const view = (await admin('queues')) as { queues: Record<string, Record<string, number>>; outboxBacklog: number; recentFailures: unknown[] };
  expect(Object.keys(view.queues).sort()).toEqual(['conversation', 'ingestion', 'maintenance', 'notifications', 'webhooks']);
  expect(view.queues.conversation).toEqual({ waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0 });
  expect(view.outboxBacklog).toBe(0);
  expect(view.recentFailures).toEqual([]);
}, 120_000);
