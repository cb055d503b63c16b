/**
 * Worker processes SIGKILLed in each window of the reply path, through the
 * test-only fault hook (GW_FAULT_KILL_AT, honoured with NODE_ENV=test): before
 * the reply is recorded, recorded but not sent, sent but not marked sent. A new
 * worker process picks the stalled jobs up and the customer sees exactly one
 * reply: on the web chat SSE stream (message ids) and at the fake LINE API
 * (X-Line-Retry-Key on push; the reply-token path). The database state right
 * after each kill proves the kill hit its window.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeLine, type FakeLine } from '../fakes/line-api.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { REDIS_URL } from '../helpers/harness.js';
import { checkLineUsers, lineConverse, lineReceived, newLineUser, replyTokensOf, waitForLineReplies, type LineTarget, type LineUser } from './helpers/line.js';
import { ProcessSet, type AppProcess } from './helpers/processes.js';
import { createLineConnection, createTenant, createWebchatConnection, HTTPS_PUBLIC_BASE_URL, spawnGatewayProcess, stackEnv, stopStack, workerStarted, type StackEnv } from './helpers/stack.js';
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
  const gateway = await spawnGatewayProcess(procs, stack.env, { name: 'npm run gateway', publicBaseUrl: HTTPS_PUBLIC_BASE_URL });
  base = gateway.base;
  await gateway.ready();
  webchatId = await createWebchatConnection(base, apiKey);
  lineId = await createLineConnection(base, apiKey, 'fault LINE', { channelSecret: LINE_SECRET, channelAccessToken: LINE_TOKEN });
  ck = checker(db.url, REDIS_URL, stack.prefix);
});

afterAll(async () => {
  await stopStack({ visitors, procs, ck, stack });
  await fake?.stop();
  await db?.drop();
});

type Point = 'before-record' | 'after-record' | 'after-send';
const POINTS: Point[] = ['before-record', 'after-record', 'after-send'];

function spawnWorker(name: string, extra: Record<string, string> = {}): AppProcess {
  return procs.spawn('worker', { ...stack!.env, WORKER_CONCURRENCY: '1', ...extra }, { name });
}

interface Kill {
  point: Point;
  inboundId: string;
}

/**
 * Starts one worker per entry of `points`, each armed to SIGKILL itself at its
 * point (one job each: a worker dies on the first job it takes, and every job
 * passes all three points), runs `send` (one message per worker, in separate
 * conversations), and waits for every kill. Returns where each worker died and
 * which inbound message it was answering, and a plain worker that was started
 * as soon as the doomed ones held their jobs (it cannot take them before BullMQ
 * finds them stalled, i.e. after the dead workers' locks expired).
 */
async function killDuring(points: Point[], send: () => Promise<void>): Promise<{ kills: Kill[]; rescuer: AppProcess }> {
  const doomed = points.map((point, i) => spawnWorker(`worker killed ${point} #${i}`, { GW_FAULT_KILL_AT: point }));
  await Promise.all(doomed.map((d) => workerStarted(d, 120_000)));
  await send();
  const deadline = Date.now() + 90_000;
  while (doomed.some((d) => d.alive()) && (await ck!.queue.getActiveCount()) < doomed.filter((d) => d.alive()).length) {
    if (Date.now() > deadline) throw new Error(`the doomed workers never took their jobs:\n${doomed.map((d) => d.output().slice(-1000)).join('\n')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const rescuer = spawnWorker('rescuer');
  const kills: Kill[] = [];
  for (const d of doomed) {
    const exit = await Promise.race([d.exited, new Promise<null>((r) => setTimeout(() => r(null), 90_000))]);
    expect(exit, `${d.name} was killed by its fault hook; output:\n${d.output().slice(-1500)}`).toEqual({ code: null, signal: 'SIGKILL' });
    const line = d.output().split('\n').find((l) => l.includes('fault injection: SIGKILL'));
    expect(line, `${d.name} logged its kill`).toBeDefined();
    kills.push(JSON.parse(line!) as Kill);
  }
  expect(kills.map((k) => k.point).sort()).toEqual([...points].sort());
  return { kills, rescuer };
}

/** Waits until the rescuer has picked the stalled jobs up and nothing is left to do. */
async function rescue(rescuer: AppProcess): Promise<void> {
  await workerStarted(rescuer, 120_000);
  const deadline = Date.now() + 120_000;
  while ((await leftToDo(ck!)) !== null) {
    if (Date.now() > deadline) throw new Error(`work left after the rescue: ${await leftToDo(ck!)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function inboundState(inboundId: string) {
  return ck!.sql<{ text: string; conversation_id: string; processing_status: string; out_status: string | null; out_attempts: number | null }[]>`
    select i.text, i.conversation_id, i.processing_status, o.delivery_status as out_status, o.attempts as out_attempts
    from messages i left join messages o on o.in_reply_to = i.id and o.direction = 'out'
    where i.id = ${inboundId} and i.direction = 'in'`;
}

/** What the database must show right after a kill at `point`. */
function expectWindow(point: Point, rows: Awaited<ReturnType<typeof inboundState>>): void {
  expect(rows.length).toBe(1);
  const row = rows[0]!;
  if (point === 'before-record') expect(row).toMatchObject({ processing_status: 'pending', out_status: null });
  if (point === 'after-record') expect(row).toMatchObject({ processing_status: 'replied', out_status: 'pending', out_attempts: 0 });
  // At least one attempt: a send that failed retryably first (a platform slow to answer on a loaded machine) and
  // succeeded on a later attempt of the same job is killed after that one.
  if (point === 'after-send') {
    expect(row).toMatchObject({ processing_status: 'replied', out_status: 'pending' });
    expect(row.out_attempts).toBeGreaterThanOrEqual(1);
  }
}

const figures: Array<Record<string, unknown>> = [];
afterAll(() => console.info('[faults] worker kill:', JSON.stringify(figures)));

it('web chat: a worker killed before the reply is recorded, after it is recorded, or after it is sent leaves one reply on the stream', async () => {
  const ledger = new Ledger();
  const vs = await Promise.all(POINTS.map((_, i) => newVisitor(ledger, [base], webchatId, i)));
  visitors.push(...vs);
  const { kills, rescuer } = await killDuring(POINTS, async () => {
    await Promise.all(vs.map((v, i) => converse(ledger, v, { min: 1, label: `wk${i}` })));
  });
  for (const k of kills) {
    const rows = await inboundState(k.inboundId);
    expectWindow(k.point, rows);
    const v = vs.find((x) => x.conversationId === rows[0]!.conversation_id)!;
    // Sent but not marked: the visitor already has the reply; otherwise not yet.
    if (k.point === 'after-send') await v.stream.waitFor((e) => e.event === 'message' && e.data.direction === 'out');
    expect(v.stream.messages().filter((m: { direction?: string }) => m.direction === 'out'), `stream after a kill ${k.point}`).toHaveLength(k.point === 'after-send' ? 1 : 0);
  }

  await rescue(rescuer);
  await barrier(ledger, ck!, vs);
  const report = await checkExactlyOnce(ck!, vs);
  figures.push({ channel: 'webchat', killed: kills.map((k) => k.point), accepted: ledger.accepted, answered: report.answeredInDb, seen: report.seenOnStreams });
  expect(report.problems).toEqual([]);
  expect(report.answeredInDb).toBe(2 * POINTS.length);
  expect(report.seenOnStreams).toBe(2 * POINTS.length);
  await rescuer.stop();
});

it('LINE: a worker killed after LINE accepted the reply (push with X-Line-Retry-Key, or reply token) leaves one message at the user', async () => {
  const users = [newLineUser(false), newLineUser(true)];
  const mode = (u: LineUser) => (u.fresh ? 'reply token' : 'push');
  const line: LineTarget = { fake: fake!, bases: [base], connectionId: lineId, channelSecret: LINE_SECRET };
  const ledger = new Ledger();
  const { kills, rescuer } = await killDuring(['after-send', 'after-send'], async () => {
    await Promise.all(users.map((u) => lineConverse(ledger, line, u, { min: 1, label: `line ${mode(u)}` })));
  });
  for (const k of kills) expectWindow(k.point, await inboundState(k.inboundId));
  // LINE accepted both replies before the kills: the users have them, the database does not know yet.
  for (const u of users) expect(lineReceived(fake!, u), `${mode(u)}: received before the rescue`).toHaveLength(1);
  // The fresh event was answered with its reply token (the path without a retry key), the stale one by push.
  expect(fake!.deliveries.filter((d) => d.replyToken !== undefined && replyTokensOf(users[1]!.raws).includes(d.replyToken)).map((d) => d.endpoint)).toEqual(['reply']);
  expect(fake!.deliveries.filter((d) => d.to === users[0]!.id).map((d) => [d.endpoint, typeof d.retryKey])).toEqual([['push', 'string']]);

  await rescue(rescuer);
  // A second message each, answered after the first: a duplicate of the first reply would come before it.
  await Promise.all(users.map((u) => lineConverse(ledger, line, u, { min: 1, label: `a different question about opening hours (${mode(u)})` })));
  await waitForLineReplies(fake!, ck!, users);
  const report = await checkLineUsers(fake!, ck!, users);
  figures.push({ channel: 'line', modes: users.map(mode), killed: kills.map((k) => k.point), accepted: report.accepted, answered: report.answered, received: report.received });
  expect(report.problems).toEqual([]);
  expect(report.received).toBe(4);
  await rescuer.stop();
});
