/**
 * Postgres crashes under web chat traffic. A throwaway cluster is crashed five
 * times (`pg_ctlcluster … stop -m immediate`: every backend dies at once) and
 * started again ~3 s later, while visitors keep writing through `npm start`
 * (gateway + worker in one process) and a separate `npm run gateway`, answered
 * by those and a separate `npm run worker`.
 *
 * Required: no process exits (postgres.js used to throw an uncaught TypeError
 * from `nextWrite` on a reserved connection — see patches/postgres+*.patch);
 * a post that fails during the outage gets 503 + Retry-After (never a 2xx that
 * would drop it, never a bare 500); every accepted message is stored once and
 * answered exactly once, in order, in the database and on the visitor's stream.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPgCluster, type PgCluster } from './helpers/pg-cluster.js';
import { ProcessSet, type AppProcess } from './helpers/processes.js';
import { createTenant, createWebchatConnection, httpEnv, stackEnv, waitHealthy, type StackEnv } from './helpers/stack.js';
import { barrier, checker, checkExactlyOnce, converse, Ledger, newVisitor, waitForAllAnswers, type Checker, type Visitor } from './helpers/traffic.js';
import { REDIS_URL } from '../helpers/harness.js';

const CRASHES = 5;
const DOWN_MS = 3000;

let cluster: PgCluster | undefined;
let stack: StackEnv | undefined;
let ck: Checker | undefined;
const procs = new ProcessSet();
let visitors: Visitor[] = [];

afterAll(async () => {
  for (const v of visitors) v.stream.close();
  await procs.stopAll();
  await ck?.close();
  await stack?.cleanup();
  await cluster?.drop();
});

let start: AppProcess;
let gateway: AppProcess;
let worker: AppProcess;
let bases: string[];
let connectionId: string;

beforeAll(async () => {
  cluster = await createPgCluster();
  stack = stackEnv({ databaseUrl: cluster.url('gateway'), redisUrl: REDIS_URL });
  const { apiKey } = await createTenant(stack.env, 'Postgres crash');
  const a = await httpEnv();
  const b = await httpEnv();
  start = procs.spawn('start', { ...stack.env, ...a.env }, { name: 'npm start' });
  gateway = procs.spawn('gateway', { ...stack.env, ...b.env }, { name: 'npm run gateway' });
  worker = procs.spawn('worker', stack.env, { name: 'npm run worker' });
  await Promise.all([waitHealthy(start, a.base), waitHealthy(gateway, b.base), worker.waitForLine(/conversation worker started/, 90_000)]);
  bases = [a.base, b.base];
  connectionId = await createWebchatConnection(a.base, apiKey);
  ck = checker(cluster.url('gateway'), REDIS_URL, stack.prefix);
});

it('survives five Postgres crashes under web chat traffic and answers every accepted message exactly once', async () => {
  const ledger = new Ledger();
  ledger.fatal = () => procs.unexpectedExits()[0];
  visitors = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => newVisitor(ledger, bases, connectionId, i)));

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
  await Promise.all(visitors.map((v, i) => converse(ledger, v, { min: 4, keepGoing: () => crashing, bases, label: `pg${i}`, gapMs: 120 })));
  await crashLoop;
  expect(outages).toHaveLength(CRASHES);

  await waitForAllAnswers(ck!, visitors, 60_000);
  await barrier(ledger, ck!, visitors);
  const report = await checkExactlyOnce(ck!, visitors);
  console.info('[faults] postgres crash:', JSON.stringify({ ...ledger.summary(), ...report, problems: report.problems.length }));

  // Every process survived all five crashes.
  expect(procs.unexpectedExits()).toEqual([]);
  for (const p of [start, gateway, worker]) expect(p.alive(), `${p.name} is alive`).toBe(true);
  expect(`${start.output()}${gateway.output()}${worker.output()}`).not.toMatch(/Cannot read properties of null \(reading 'write'\)/);

  // The outages were really observed by the clients, and answered 503 + Retry-After, never a bare 500.
  expect(ledger.rejected5xx).toBeGreaterThan(0);
  expect(ledger.badOutageAnswers).toEqual([]);
  expect(ledger.networkErrors).toBe(0);

  expect(report.problems).toEqual([]);
  expect(report.storedInbound).toBe(ledger.accepted);
  expect(report.answeredInDb).toBe(ledger.accepted);
  expect(report.seenOnStreams).toBe(ledger.accepted);
});
