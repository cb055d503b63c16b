/**
 * A worker SIGKILLed in each window of the reply path, through the test-only
 * fault hook (GW_FAULT_KILL_AT, honoured with NODE_ENV=test): before the reply
 * is recorded, recorded but not sent, sent but not marked sent. Each time a
 * new worker process picks the job up (BullMQ's stalled check) and the
 * customer sees exactly one reply: on the web chat SSE stream (message ids)
 * and at the fake LINE API (X-Line-Retry-Key on push; the reply-token path).
 * The database state right after each kill proves the kill hit its window.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLine, type FakeLine } from '../fakes/line-api.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { REDIS_URL } from '../helpers/harness.js';
import { lineTextBody, newLineUserId, postLineWebhook, receivedBy, replyTokensOf } from './helpers/line.js';
import { ProcessSet, type AppProcess } from './helpers/processes.js';
import { api, createTenant, createWebchatConnection, httpEnv, stackEnv, waitHealthy, type StackEnv } from './helpers/stack.js';
import { barrier, checker, checkExactlyOnce, converse, leftToDo, Ledger, newVisitor, type Checker, type Visitor } from './helpers/traffic.js';

const LINE_SECRET = 'fault-line-channel-secret';
const LINE_TOKEN = 'fault-line-access-token';

let db: TestDatabase | undefined;
let stack: StackEnv | undefined;
let fake: FakeLine | undefined;
let ck: Checker | undefined;
const procs = new ProcessSet();
const visitors: Visitor[] = [];
let base: string;
let webchatId: string;
let lineId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await startFakeLine({ validTokens: [LINE_TOKEN] });
  stack = stackEnv({
    databaseUrl: db.url,
    redisUrl: REDIS_URL,
    extra: { LINE_API_BASE_URL: fake.url, LINE_DATA_API_BASE_URL: fake.dataUrl },
  });
  const { apiKey } = await createTenant(stack.env, 'Worker kill');
  const http = await httpEnv();
  base = http.base;
  // LINE only accepts https webhook endpoints: the public address is https, the test talks to the port.
  const gateway = procs.spawn('gateway', { ...stack.env, ...http.env, PUBLIC_BASE_URL: 'https://gateway.faults.example' }, { name: 'npm run gateway' });
  await waitHealthy(gateway, base);
  webchatId = await createWebchatConnection(base, apiKey);
  const line = await api<{ id: string }>(base, apiKey, 'POST', '/api/v1/channels', {
    type: 'line',
    name: 'fault LINE',
    credentials: { channelSecret: LINE_SECRET, channelAccessToken: LINE_TOKEN },
  });
  expect(line.status).toBe(201);
  lineId = line.body.id;
  ck = checker(db.url, REDIS_URL, stack.prefix);
});

afterAll(async () => {
  for (const v of visitors) v.stream.close();
  await procs.stopAll();
  await ck?.close();
  await stack?.cleanup();
  await fake?.stop();
  await db?.drop();
});

type Point = 'before-record' | 'after-record' | 'after-send';

function spawnWorker(name: string, extra: Record<string, string> = {}): AppProcess {
  return procs.spawn('worker', { ...stack!.env, WORKER_CONCURRENCY: '1', ...extra }, { name });
}

/**
 * Spawns a worker armed to SIGKILL itself at `point` and runs `send`. Once that
 * worker holds the job, a plain worker is started (it cannot take the job before
 * BullMQ finds it stalled, i.e. after the dead worker's lock expired). Resolves
 * after the kill, with the rescuer still starting.
 */
async function killDuring(point: Point, send: () => Promise<void>): Promise<AppProcess> {
  const doomed = spawnWorker(`worker killed ${point}`, { GW_FAULT_KILL_AT: point });
  await doomed.waitForLine(/conversation worker started/, 90_000);
  await send();
  const deadline = Date.now() + 60_000;
  while (doomed.alive() && (await ck!.queue.getActiveCount()) === 0) {
    if (Date.now() > deadline) throw new Error(`${doomed.name} never took the job:\n${doomed.output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const rescuer = spawnWorker(`rescuer ${point}`);
  const exit = await Promise.race([doomed.exited, new Promise<null>((r) => setTimeout(() => r(null), 60_000))]);
  expect(exit, `${doomed.name} was killed by its fault hook; output:\n${doomed.output().slice(-1500)}`).toEqual({ code: null, signal: 'SIGKILL' });
  expect(doomed.output()).toMatch(new RegExp(`"point":"${point}".*fault injection: SIGKILL`));
  return rescuer;
}

/** Waits until the rescuer has picked the stalled job up and nothing is left to do. */
async function rescue(rescuer: AppProcess): Promise<void> {
  await rescuer.waitForLine(/conversation worker started/, 90_000);
  const deadline = Date.now() + 90_000;
  while ((await leftToDo(ck!)) !== null) {
    if (Date.now() > deadline) throw new Error(`work left after the rescue: ${await leftToDo(ck!)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function inboundState(text: string) {
  const rows = await ck!.sql<{ processing_status: string; out_status: string | null; out_attempts: number | null }[]>`
    select i.processing_status, o.delivery_status as out_status, o.attempts as out_attempts
    from messages i left join messages o on o.in_reply_to = i.id and o.direction = 'out'
    where i.direction = 'in' and i.text = ${text}`;
  return rows;
}

/** What the database must show right after a kill at `point`. */
function expectWindow(point: Point, rows: Awaited<ReturnType<typeof inboundState>>): void {
  expect(rows.length).toBe(1);
  const row = rows[0]!;
  if (point === 'before-record') expect(row).toMatchObject({ processing_status: 'pending', out_status: null });
  if (point === 'after-record') expect(row).toMatchObject({ processing_status: 'replied', out_status: 'pending', out_attempts: 0 });
  if (point === 'after-send') expect(row).toMatchObject({ processing_status: 'replied', out_status: 'pending', out_attempts: 1 });
}

const figures: Array<Record<string, unknown>> = [];
afterAll(() => console.info('[faults] worker kill:', JSON.stringify(figures)));

describe('web chat', () => {
  for (const point of ['before-record', 'after-record', 'after-send'] as const) {
    it(`a worker killed ${point} leaves one reply on the visitor's stream`, async () => {
      const ledger = new Ledger();
      const v = await newVisitor(ledger, [base], webchatId, 0);
      visitors.push(v);
      const label = `wk-${point}`;
      const rescuer = await killDuring(point, () => converse(ledger, v, { min: 1, label }));
      expectWindow(point, await inboundState(`${label} message 0`));
      // Sent but not marked: the customer already has the reply; otherwise not yet.
      if (point === 'after-send') await v.stream.waitFor((e) => e.event === 'message' && e.data.direction === 'out');
      expect(v.stream.messages().filter((m: { direction?: string }) => m.direction === 'out')).toHaveLength(point === 'after-send' ? 1 : 0);

      await rescue(rescuer);
      await barrier(ledger, ck!, [v]);
      const report = await checkExactlyOnce(ck!, [v]);
      figures.push({ channel: 'webchat', point, accepted: ledger.accepted, answered: report.answeredInDb, seen: report.seenOnStreams });
      expect(report.problems).toEqual([]);
      expect(report.seenOnStreams).toBe(2);
      await rescuer.stop();
    });
  }
});

describe('LINE', () => {
  for (const mode of ['push', 'reply token'] as const) {
    it(`a worker killed after-send (${mode}) leaves one message at the LINE user`, async () => {
      const user = newLineUserId();
      const fresh = mode === 'reply token';
      const first = lineTextBody(fake!.botInfo.userId, user, `line ${mode} first`, fresh);
      const accept = async (raw: string) => {
        for (let i = 0; (await postLineWebhook(base, lineId, LINE_SECRET, raw)) !== 200; i++) {
          if (i > 50) throw new Error('LINE webhook never accepted');
          await new Promise((r) => setTimeout(r, 300));
        }
      };
      const rescuer = await killDuring('after-send', () => accept(first));
      expectWindow('after-send', await inboundState(`line ${mode} first`));
      // The user already has the reply (accepted by LINE), not yet marked sent.
      expect(receivedBy(fake!, user, replyTokensOf([first]))).toHaveLength(1);
      await rescue(rescuer);
      // A second message, answered after the first: any duplicate of the first reply would come before it.
      const second = lineTextBody(fake!.botInfo.userId, user, `line ${mode} second`, fresh);
      await accept(second);
      const deadline = Date.now() + 60_000;
      while (!receivedBy(fake!, user, replyTokensOf([first, second])).some((t) => t.includes('line ' + mode + ' second'))) {
        if (Date.now() > deadline) throw new Error('the second LINE reply never arrived');
        await new Promise((r) => setTimeout(r, 200));
      }
      const received = receivedBy(fake!, user, replyTokensOf([first, second]));
      figures.push({ channel: `line ${mode}`, point: 'after-send', accepted: 2, received: received.length });
      expect(received).toEqual([expect.stringContaining(`"line ${mode} first"`), expect.stringContaining(`"line ${mode} second"`)]);
      await rescuer.stop();
    });
  }
});
