/**
 * Redis SIGKILLed under web chat and LINE webhook traffic. A dedicated
 * redis-server (AOF, appendfsync always, as BullMQ asks of a production Redis)
 * is killed three times and started again ~2 s later while visitors write
 * through `npm run gateway` and LINE users send signed webhooks; `npm run
 * worker` answers. Ingest needs only Postgres (the outbox relays the job when
 * Redis is back), so posts keep being accepted during the outage.
 *
 * Required: gateway and worker survive; every accepted message is stored once
 * and answered exactly once, in order — in the database, on each visitor's SSE
 * stream, and at the fake LINE API (what each LINE user received).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeLine, type FakeLine } from '../fakes/line-api.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { checkLineUsers, lineConverse, newLineUser, waitForLineReplies, type LineTarget } from './helpers/line.js';
import { ProcessSet, type AppProcess } from './helpers/processes.js';
import { startRedisServer, type RedisServer } from './helpers/redis-server.js';
import { createLineConnection, createTenant, createWebchatConnection, HTTPS_PUBLIC_BASE_URL, spawnGatewayProcess, stackEnv, stopStack, workerStarted, type StackEnv } from './helpers/stack.js';
import { barrier, checker, checkExactlyOnce, converse, Ledger, newVisitor, waitForAllAnswers, type Checker, type Visitor } from './helpers/traffic.js';

const KILLS = 3;
const DOWN_MS = 2000;
const LINE_SECRET = 'redis-fault-line-secret';
const LINE_TOKEN = 'redis-fault-line-token';

let redis: RedisServer | undefined;
let db: TestDatabase | undefined;
let fake: FakeLine | undefined;
let stack: StackEnv | undefined;
let ck: Checker | undefined;
const procs = new ProcessSet();
let visitors: Visitor[] = [];
let base: string;
let webchatId: string;
let lineId: string;
let gateway: AppProcess;
let worker: AppProcess;

beforeAll(async () => {
  [redis, db, fake] = await Promise.all([startRedisServer({ aof: true }), createTestDatabase(), startFakeLine({ validTokens: [LINE_TOKEN] })]);
  stack = stackEnv({ databaseUrl: db.url, redisUrl: redis.url, extra: { LINE_API_BASE_URL: fake.url, LINE_DATA_API_BASE_URL: fake.dataUrl } });
  const { apiKey } = await createTenant(stack.env, 'Redis kill');
  const g = await spawnGatewayProcess(procs, stack.env, { name: 'npm run gateway', publicBaseUrl: HTTPS_PUBLIC_BASE_URL });
  gateway = g.proc;
  base = g.base;
  worker = procs.spawn('worker', stack.env, { name: 'npm run worker' });
  await Promise.all([g.ready(), workerStarted(worker)]);
  webchatId = await createWebchatConnection(base, apiKey);
  lineId = await createLineConnection(base, apiKey, 'redis fault LINE', { channelSecret: LINE_SECRET, channelAccessToken: LINE_TOKEN });
  ck = checker(db.url, redis.url, stack.prefix);
});

afterAll(async () => {
  await stopStack({ visitors, procs, ck, stack });
  await redis?.stop();
  await fake?.stop();
  await db?.drop();
});

it('survives three Redis kills under web chat and LINE traffic and answers every accepted message exactly once', async () => {
  const ledger = new Ledger();
  ledger.fatal = () => procs.unexpectedExits()[0];
  visitors = await Promise.all([0, 1, 2, 3].map((i) => newVisitor(ledger, [base], webchatId, i)));
  const lineUsers = [newLineUser(false), newLineUser(true)];
  const line: LineTarget = { fake: fake!, bases: [base], connectionId: lineId, channelSecret: LINE_SECRET };

  let killing = true;
  let kills = 0;
  const killLoop = (async () => {
    try {
      for (let n = 0; n < KILLS; n++) {
        const before = ledger.accepted;
        const deadline = Date.now() + 20_000;
        while (ledger.accepted < before + 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        await redis!.kill();
        await new Promise((r) => setTimeout(r, DOWN_MS));
        await redis!.start();
        kills++;
      }
    } finally {
      killing = false;
    }
  })();

  await Promise.all([
    ...visitors.map((v, i) => converse(ledger, v, { min: 4, keepGoing: () => killing, label: `rk${i}`, gapMs: 150 })),
    ...lineUsers.map((u, i) => lineConverse(ledger, line, u, { min: 4, keepGoing: () => killing, label: `line${i}` })),
  ]);
  await killLoop;
  expect(kills).toBe(KILLS);

  await Promise.all([waitForAllAnswers(ck!, visitors), waitForLineReplies(fake!, ck!, lineUsers)]);
  // Barriers: a last message per conversation, answered after everything else.
  await barrier(ledger, ck!, visitors);
  await Promise.all(lineUsers.map((u, i) => lineConverse(ledger, line, u, { min: 1, label: `line-barrier${i}` })));
  await waitForLineReplies(fake!, ck!, lineUsers);

  const report = await checkExactlyOnce(ck!, visitors);
  const lineReport = await checkLineUsers(fake!, ck!, lineUsers);
  const problems = [...report.problems, ...lineReport.problems];
  const lineAnswered = lineReport.answered;
  const lineSeen = lineReport.received;
  console.info('[faults] redis kill:', JSON.stringify({ posts: ledger.summary(), kills, webchat: { accepted: report.accepted, answered: report.answeredInDb, seen: report.seenOnStreams }, line: { accepted: lineReport.accepted, answered: lineAnswered, received: lineSeen }, problems: problems.length }));

  expect(procs.unexpectedExits()).toEqual([]);
  expect(gateway.alive() && worker.alive()).toBe(true);
  expect(problems).toEqual([]);
  expect(report.answeredInDb + lineAnswered).toBe(ledger.accepted);
  expect(report.seenOnStreams + lineSeen).toBe(ledger.accepted);
});
