/**
 * `npm run gateway -- --processes 2`: two HTTP processes share the port under a
 * primary that prepared the database. Both serve requests; a process that is
 * SIGKILLed is replaced while the port keeps answering; web chat traffic before
 * and after the kill is answered exactly once, in order; SIGTERM to the primary
 * stops every process.
 */
import { execFileSync } from 'node:child_process';
import { get } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { REDIS_URL, waitFor } from '../helpers/harness.js';
import { openSse } from '../helpers/sse.js';
import { ProcessSet, type AppProcess } from './helpers/processes.js';
import { createTenant, createWebchatConnection, spawnGatewayProcess, stackEnv, stopStack, workerStarted, type StackEnv } from './helpers/stack.js';
import { barrier, checker, checkExactlyOnce, converse, Ledger, newVisitor, waitForAllAnswers, type Checker, type Visitor } from './helpers/traffic.js';

let db: TestDatabase | undefined;
let stack: StackEnv | undefined;
let ck: Checker | undefined;
const procs = new ProcessSet();
let gateway: AppProcess;
let base: string;
let connectionId: string;
const visitors: Visitor[] = [];

/** Pids of the primary's HTTP processes (its node children running the gateway entry point). */
function children(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => /gateway\.(ts|js)/.test(l))
      .map((l) => Number(l.trim().split(/\s+/)[0]))
      .filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

/** The distinct `gateway_process` labels /metrics reports over `n` requests: one per process that answered. */
async function answeringProcesses(n: number): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    // A new TCP connection each time (fetch would reuse one: same process every time).
    const text = await new Promise<string>((resolve, reject) => {
      get(`${base}/metrics`, { agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolve(body)).on('error', reject);
      }).on('error', reject);
    });
    const id = /gateway_process="(\d+)"/.exec(text)?.[1];
    if (id) seen.add(id);
  }
  return seen;
}

beforeAll(async () => {
  db = await createTestDatabase();
  stack = stackEnv({ databaseUrl: db.url, redisUrl: REDIS_URL });
  const { apiKey } = await createTenant(stack.env, 'Cluster');
  const g = await spawnGatewayProcess(procs, stack.env, { name: 'npm run gateway -- --processes 2', args: ['--processes', '2'] });
  gateway = g.proc;
  base = g.base;
  const worker = procs.spawn('worker', stack.env, { name: 'npm run worker' });
  await Promise.all([g.ready(), workerStarted(worker)]);
  connectionId = await createWebchatConnection(base, apiKey);
  ck = checker(db.url, REDIS_URL, stack.prefix);
});

afterAll(async () => {
  await stopStack({ visitors, procs, ck, stack });
  await db?.drop();
});

it('runs two HTTP processes that both answer, replaces a killed one, and answers every message once', async () => {
  // Both processes answer once both have booted (the port answers as soon as the first one listens).
  await waitFor(async () => ((await answeringProcesses(10)).size === 2) || null, { what: 'two gateway processes answering', timeoutMs: 180_000 });
  const first = children(gateway.pid);
  expect(first).toHaveLength(2);

  const ledger = new Ledger();
  ledger.fatal = () => procs.unexpectedExits()[0];
  for (let i = 0; i < 3; i++) visitors.push(await newVisitor(ledger, [base], connectionId, i));
  await Promise.all(visitors.map((v, i) => converse(ledger, v, { min: 4, bases: [base], label: `a${i}` })));
  await waitForAllAnswers(ck!, visitors);

  // One HTTP process dies: the primary starts another; the port keeps answering meanwhile.
  process.kill(first[0]!, 'SIGKILL');
  const replaced = await waitFor(async () => {
    const now = children(gateway.pid);
    return now.length === 2 && !now.includes(first[0]!) ? now : null;
  }, { what: 'a replacement gateway process', timeoutMs: 120_000 });
  expect(replaced).toContain(first[1]);
  expect((await fetch(`${base}/health`)).status).toBe(200);
  await waitFor(async () => ((await answeringProcesses(10)).size === 2) || null, { what: 'both processes answering again', timeoutMs: 120_000 });

  // Streams that were on the killed process ended with it: every visitor reconnects, as the widget does
  // (the stream replays the conversation so far), and new messages are answered once, in order.
  for (const v of visitors) {
    v.stream.close();
    v.stream = await openSse(`${base}/api/v1/webchat/${connectionId}/stream?token=${encodeURIComponent(v.token)}`);
    await v.stream.waitFor((e) => e.event === 'ready', 30_000);
  }
  await Promise.all(visitors.map((v, i) => converse(ledger, v, { min: 4, bases: [base], label: `b${i}` })));
  await waitForAllAnswers(ck!, visitors);
  await barrier(ledger, ck!, visitors);
  const report = await checkExactlyOnce(ck!, visitors);
  expect(report.problems).toEqual([]);
  expect(report.answeredInDb).toBe(report.accepted);
  expect(gateway.alive()).toBe(true);

  // SIGTERM to the primary stops every HTTP process and the primary itself.
  const survivors = children(gateway.pid);
  const exit = await gateway.stop(30_000);
  expect(exit.code).toBe(0);
  await waitFor(async () => survivors.every((pid) => { try { process.kill(pid, 0); return false; } catch { return true; } }) || null, { what: 'HTTP processes gone' });
});
