/**
 * Postgres crashes under web chat and LINE webhook traffic. A throwaway cluster
 * is crashed five times (`pg_ctlcluster … stop -m immediate`: every backend
 * dies at once) and started again ~3 s later, while visitors and a LINE user
 * keep writing through `npm start` (gateway + worker in one process) and a
 * separate `npm run gateway`, answered by those and a separate `npm run worker`.
 *
 * Required: no process exits (unpatched postgres.js throws an uncaught
 * TypeError from `nextWrite` on a reserved connection, or an unhandled
 * rejection from its type fetch — see patches/postgres+3.4.9.patch); a post or
 * webhook that fails during the outage gets 503 + Retry-After (never a 2xx
 * that would drop it, never a bare 500); every accepted message is stored once
 * and answered exactly once, in order, in the database, on the visitor's
 * stream and at the fake LINE API.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeLine, type FakeLine } from '../fakes/line-api.js';
import { checkLineUsers, lineConverse, newLineUser, waitForLineReplies, type LineTarget } from './helpers/line.js';
import { createPgCluster, type PgCluster } from './helpers/pg-cluster.js';
import { ProcessSet, type AppProcess } from './helpers/processes.js';
import { createLineConnection, createTenant, createWebchatConnection, HTTPS_PUBLIC_BASE_URL, spawnGatewayProcess, stackEnv, stopStack, workerStarted, type StackEnv } from './helpers/stack.js';
import { barrier, checker, checkExactlyOnce, converse, Ledger, newVisitor, waitForAllAnswers, type Checker, type Visitor } from './helpers/traffic.js';
import { REDIS_URL } from '../helpers/harness.js';

const CRASHES = 5;
const DOWN_MS = 3000;
const LINE_SECRET = 'pg-fault-line-secret';
const LINE_TOKEN = 'pg-fault-line-token';

let cluster: PgCluster | undefined;
let fake: FakeLine | undefined;
let lineId: string;
let stack: StackEnv | undefined;
let ck: Checker | undefined;
const procs = new ProcessSet();
let visitors: Visitor[] = [];

afterAll(async () => {
  await stopStack({ visitors, procs, ck, stack });
  await cluster?.drop();
  await fake?.stop();
});

let start: AppProcess;
let gateway: AppProcess;
let worker: AppProcess;
let bases: string[];
let connectionId: string;

beforeAll(async () => {
  [cluster, fake] = await Promise.all([createPgCluster(), startFakeLine({ validTokens: [LINE_TOKEN] })]);
  stack = stackEnv({ databaseUrl: cluster.url('gateway'), redisUrl: REDIS_URL, extra: { LINE_API_BASE_URL: fake.url, LINE_DATA_API_BASE_URL: fake.dataUrl } });
  const { apiKey } = await createTenant(stack.env, 'Postgres crash');
  const a = await spawnGatewayProcess(procs, stack.env, { name: 'npm start', script: 'start', publicBaseUrl: HTTPS_PUBLIC_BASE_URL });
  const b = await spawnGatewayProcess(procs, stack.env, { name: 'npm run gateway', publicBaseUrl: HTTPS_PUBLIC_BASE_URL });
  start = a.proc;
  gateway = b.proc;
  worker = procs.spawn('worker', stack.env, { name: 'npm run worker' });
  await Promise.all([a.ready(), b.ready(), workerStarted(worker)]);
  bases = [a.base, b.base];
  connectionId = await createWebchatConnection(a.base, apiKey);
  lineId = await createLineConnection(a.base, apiKey, 'pg fault LINE', { channelSecret: LINE_SECRET, channelAccessToken: LINE_TOKEN });
  ck = checker(cluster.url('gateway'), REDIS_URL, stack.prefix);
});

it('survives five Postgres crashes under web chat and LINE traffic and answers every accepted message exactly once', async () => {
  const ledger = new Ledger();
  ledger.fatal = () => procs.unexpectedExits()[0];
  visitors = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => newVisitor(ledger, bases, connectionId, i)));
  const lineUser = newLineUser(false);
  const line: LineTarget = { fake: fake!, bases, connectionId: lineId, channelSecret: LINE_SECRET };

  let crashing = true;
  const outages: Array<{ crashedAt: number; upAt: number }> = [];
  const crashLoop = (async () => {
    try {
      for (let n = 0; n < CRASHES; n++) {
        // Let traffic flow (and reserved connections hold advisory locks) before each crash.
        const before = ledger.accepted;
        const deadline = Date.now() + 20_000;
        while (ledger.accepted < before + 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        const crashedAt = Date.now();
        await cluster!.crash();
        await new Promise((r) => setTimeout(r, DOWN_MS));
        await cluster!.start();
        outages.push({ crashedAt, upAt: Date.now() });
      }
    } finally {
      crashing = false;
    }
  })();

  // Each visitor talks through both gateways in turn, for as long as the crashes go on.
  await Promise.all([
    ...visitors.map((v, i) => converse(ledger, v, { min: 4, keepGoing: () => crashing, bases, label: `pg${i}`, gapMs: 120 })),
    lineConverse(ledger, line, lineUser, { min: 4, keepGoing: () => crashing, label: 'pgline' }),
  ]);
  await crashLoop;
  expect(outages).toHaveLength(CRASHES);

  await Promise.all([waitForAllAnswers(ck!, visitors), waitForLineReplies(fake!, ck!, [lineUser])]);
  await barrier(ledger, ck!, visitors);
  await lineConverse(ledger, line, lineUser, { min: 1, label: 'pgline-barrier' });
  await waitForLineReplies(fake!, ck!, [lineUser]);
  const report = await checkExactlyOnce(ck!, visitors);
  const lineReport = await checkLineUsers(fake!, ck!, [lineUser]);
  console.info(
    '[faults] postgres crash:',
    JSON.stringify({ posts: ledger.summary(), outages: outages.length, webchat: { ...report, problems: report.problems.length }, line: { ...lineReport, problems: lineReport.problems.length } }),
  );

  // Every process survived all five crashes.
  expect(procs.unexpectedExits()).toEqual([]);
  for (const p of [start, gateway, worker]) expect(p.alive(), `${p.name} is alive`).toBe(true);
  expect(`${start.output()}${gateway.output()}${worker.output()}`).not.toMatch(/Cannot read properties of null \(reading 'write'\)/);

  // The outages were really observed by the clients, and answered 503 + Retry-After, never a bare 500.
  expect(ledger.rejected5xx).toBeGreaterThan(0);
  expect(ledger.badOutageAnswers).toEqual([]);
  expect(ledger.networkErrors, JSON.stringify(ledger.networkFailures)).toBe(0);

  expect([...report.problems, ...lineReport.problems]).toEqual([]);
  expect(report.storedInbound + lineReport.accepted).toBe(ledger.accepted);
  expect(report.answeredInDb + lineReport.answered).toBe(ledger.accepted);
  expect(report.seenOnStreams + lineReport.received).toBe(ledger.accepted);
});
