/**
 * Three `npm run gateway` and three `npm run worker` processes on one database
 * and one Redis, with web chat traffic spread over them: each visitor's stream
 * is on one gateway and its posts go to all three in turn; any worker may take
 * any job. Every accepted message is stored once and answered exactly once, in
 * order (the conversation advisory lock holds across processes), each reply is
 * sent once (one attempt), and the work really is spread over the processes.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { REDIS_URL } from '../helpers/harness.js';
import { ProcessSet, type AppProcess } from './helpers/processes.js';
import { createTenant, createWebchatConnection, spawnGatewayProcess, stackEnv, stopStack, workerStarted, type StackEnv } from './helpers/stack.js';
import { barrier, checker, checkExactlyOnce, converse, Ledger, newVisitor, waitForAllAnswers, type Checker, type Visitor } from './helpers/traffic.js';

const GATEWAYS = 3;
const WORKERS = 3;
const CONVERSATIONS = 6;
const PER_CONVERSATION = 10;

let db: TestDatabase | undefined;
let stack: StackEnv | undefined;
let ck: Checker | undefined;
const procs = new ProcessSet();
let visitors: Visitor[] = [];
let bases: string[] = [];
let workers: AppProcess[] = [];
let connectionId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  // A little model latency, so jobs of one conversation overlap across workers.
  stack = stackEnv({ databaseUrl: db.url, redisUrl: REDIS_URL, extra: { RESPONDER_DELAY_MS: '40', WORKER_CONCURRENCY: '4' } });
  const { apiKey } = await createTenant(stack.env, 'Scale');
  const gateways = await Promise.all(Array.from({ length: GATEWAYS }, (_, i) => spawnGatewayProcess(procs, stack!.env, { name: `npm run gateway #${i + 1}` })));
  workers = Array.from({ length: WORKERS }, (_, i) => procs.spawn('worker', stack!.env, { name: `npm run worker #${i + 1}` }));
  await Promise.all([...gateways.map((g) => g.ready()), ...workers.map((w) => workerStarted(w))]);
  bases = gateways.map((g) => g.base);
  connectionId = await createWebchatConnection(bases[0]!, apiKey);
  ck = checker(db.url, REDIS_URL, stack.prefix);
});

afterAll(async () => {
  await stopStack({ visitors, procs, ck, stack });
  await db?.drop();
});

it('three gateways and three workers answer every message of every conversation exactly once, in order', async () => {
  const ledger = new Ledger();
  ledger.fatal = () => procs.unexpectedExits()[0];
  visitors = await Promise.all(Array.from({ length: CONVERSATIONS }, (_, i) => newVisitor(ledger, bases, connectionId, i)));
  await Promise.all(visitors.map((v, i) => converse(ledger, v, { min: PER_CONVERSATION, bases, label: `sc${i}` })));
  await waitForAllAnswers(ck!, visitors);
  await barrier(ledger, ck!, visitors);
  const report = await checkExactlyOnce(ck!, visitors);

  // Which worker process delivered each reply (its pid is on every log line).
  const deliveredBy = new Map<number, number>();
  for (const w of workers) deliveredBy.set(w.pid, (w.output().match(/"msg":"message delivered to channel"/g) ?? []).length);
  const attempts = await ck!.sql<{ attempts: number; n: number }[]>`select attempts, count(*)::int as n from messages where direction = 'out' group by attempts`;
  console.info('[faults] scale:', JSON.stringify({ posts: ledger.summary(), webchat: { ...report, problems: report.problems.length }, acceptedByGateway: [...ledger.acceptedBy.values()], deliveredByWorker: [...deliveredBy.values()], sendAttempts: attempts }));

  expect(procs.unexpectedExits()).toEqual([]);
  expect(report.problems).toEqual([]);
  expect(report.accepted).toBe(CONVERSATIONS * (PER_CONVERSATION + 1));
  expect(report.answeredInDb).toBe(report.accepted);
  expect(report.seenOnStreams).toBe(report.accepted);
  // Each reply was handed to the channel once: no second worker re-sent it.
  expect(attempts).toEqual([{ attempts: 1, n: report.accepted }]);
  // The traffic really went through every gateway, and the replies through several workers.
  expect([...ledger.acceptedBy.keys()].sort()).toEqual([...bases].sort());
  expect([...deliveredBy.values()].filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
  expect([...deliveredBy.values()].reduce((a, b) => a + b, 0)).toBe(report.accepted);
});
