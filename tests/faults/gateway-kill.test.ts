/**
 * `npm run gateway` SIGKILLed right after it answered 200 to a group-committed
 * batch of LINE webhooks, before any worker ran: the 200 means committed, so
 * every accepted message is in Postgres; its job was either relayed to BullMQ
 * before the kill or is still an outbox row that the next gateway's relay
 * hands over. A new gateway and a worker then answer each message exactly once.
 */
import postgres from 'postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { echoText } from '../../src/conversation/echo.responder.js';
import { startFakeLine, type FakeLine } from '../fakes/line-api.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { REDIS_URL, waitFor } from '../helpers/harness.js';
import { lineTextBody, newLineUserId, postLineWebhook, receivedBy } from './helpers/line.js';
import { ProcessSet } from './helpers/processes.js';
import { createLineConnection, createTenant, HTTPS_PUBLIC_BASE_URL, spawnGatewayProcess, stackEnv, workerStarted, type StackEnv } from './helpers/stack.js';

const SECRET = 'gateway-kill-line-secret';
const TOKEN = 'gateway-kill-line-token';
const USERS = 6;

let db: TestDatabase | undefined;
let fake: FakeLine | undefined;
let stack: StackEnv | undefined;
let pg: postgres.Sql | undefined;
const procs = new ProcessSet();

beforeAll(async () => {
  [db, fake] = await Promise.all([createTestDatabase(), startFakeLine({ validTokens: [TOKEN] })]);
  stack = stackEnv({ databaseUrl: db.url, redisUrl: REDIS_URL, extra: { LINE_API_BASE_URL: fake.url, LINE_DATA_API_BASE_URL: fake.dataUrl } });
  pg = postgres(db.url, { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await procs.stopAll();
  await pg?.end();
  await stack?.cleanup();
  await fake?.stop();
  await db?.drop();
});

it('a gateway killed right after its 200s loses nothing: each message is stored, then answered once by the next gateway and a worker', async () => {
  const { apiKey } = await createTenant(stack!.env, 'Gateway kill');
  const first = await spawnGatewayProcess(procs, stack!.env, { name: 'npm run gateway (killed)', publicBaseUrl: HTTPS_PUBLIC_BASE_URL });
  const gateway = first.proc;
  await first.ready();
  const lineId = await createLineConnection(first.base, apiKey, 'gateway kill LINE', { channelSecret: SECRET, channelAccessToken: TOKEN });

  // Concurrent webhooks (one group-committed batch or a few); SIGKILL as soon as the last 200 is in.
  const users = Array.from({ length: USERS }, () => newLineUserId());
  const answers = await Promise.all(users.map((u, i) => postLineWebhook(first.base, lineId, SECRET, lineTextBody(fake!.botInfo.userId, u, `before the kill ${i}`, false))));
  gateway.signal('SIGKILL');
  await gateway.exited;
  expect(answers.map((a) => a.status)).toEqual(users.map(() => 200));

  const stored = await pg!<{ text: string; processing_status: string }[]>`select text, processing_status from messages where direction = 'in' order by text`;
  expect(stored.map((r) => r.text)).toEqual(users.map((_, i) => `before the kill ${i}`).sort());

  const next = await spawnGatewayProcess(procs, stack!.env, { name: 'npm run gateway (after)', publicBaseUrl: HTTPS_PUBLIC_BASE_URL });
  const worker = procs.spawn('worker', stack!.env, { name: 'npm run worker' });
  await Promise.all([next.ready(), workerStarted(worker)]);

  await waitFor(async () => users.every((u) => receivedBy(fake!, u, []).length >= 1), { timeoutMs: 120_000, what: 'a reply to every user' });
  // Anything doubled would arrive within the relay's poll and a job retry: give it that time, then count.
  await new Promise((r) => setTimeout(r, 3000));
  for (const [i, u] of users.entries()) expect(receivedBy(fake!, u, [])).toEqual([echoText(`before the kill ${i}`)]);
  const rows = await pg!<{ direction: string; n: number }[]>`select direction, count(*)::int as n from messages group by direction order by direction`;
  expect(rows).toEqual([
    { direction: 'in', n: USERS },
    { direction: 'out', n: USERS },
  ]);
  expect(procs.unexpectedExits(new Set([gateway]))).toEqual([]);
});
