/**
 * Answering, on the real processes of a deployment: `npm run gateway` and
 * `npm run worker` each in its own process (the RAG responder, offline models
 * unless configured, over the demo knowledge base of examples/help-center),
 * signed LINE webhooks in, replies received by a LINE API stand-in
 * (tests/fakes/line-api.ts) in this process. Prints numbers; asserts nothing.
 *
 * 1. Worker backlog drain: the conversation queue is paused, BENCH_DRAIN_N
 *    questions from BENCH_DRAIN_USERS customers (so several per conversation,
 *    answered in order) are ingested and relayed, the worker is ready; then
 *    the queue resumes and the clock runs until every question is answered
 *    (or skipped) and every reply delivered: answers/s of one worker process.
 * 2. End-to-end reply at a fixed offered load: open loop (requests leave on a
 *    schedule whether or not earlier ones were answered), BENCH_E2E_RATE msg/s
 *    for BENCH_E2E_SECONDS, one question per new customer; latency from the
 *    webhook sent to the reply received at the LINE stand-in. p50/p99 over
 *    every question (unanswered ones count as the timeout, and are reported).
 *
 * Peak RSS of the gateway and the worker process is sampled every 250 ms
 * through both phases. Env: BENCH_DRAIN_N (2000), BENCH_DRAIN_USERS (500),
 * BENCH_E2E_RATE (200), BENCH_E2E_SECONDS (10), BENCH_E2E_TIMEOUT_SECONDS (30),
 * BENCH_WORKER_CPU_PROF=1 (a .cpuprofile of the worker to bench/results/),
 * BENCH_WORKER_CONCURRENCY (the worker's WORKER_CONCURRENCY; its default when unset),
 * BENCH_NODE_ENV (development: the processes run the TypeScript through tsx, as `npm start` does by
 * default; `production` runs the compiled dist/ of `npm run build`, as the Docker image does).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { channelConnections } from '../drizzle/schema.js';
import { createContainer } from '../src/app/container.js';
import { loadConfig } from '../src/config/index.js';
import { encryptWebhookSecret } from '../src/connections/connection.service.js';
import { ingestFolder } from '../src/rag/bulk-ingest.js';
import { createEmbedder } from '../src/rag/models.js';
import { CONVERSATION_QUEUE } from '../src/queue/queues.js';
import { encryptSecret, randomToken } from '../src/security/crypto.js';
import { createTenant } from '../src/tenancy/tenant.service.js';
import { startFakeLine, type FakeLineCall } from '../tests/fakes/line-api.js';
import { nodeScriptArgs } from '../tests/helpers/npm-script.js';
import { createBenchDatabase, deleteRedisPrefix, percentile, REDIS_URL, runConcurrent, signedLineText } from './lib.js';
import { cpuMs, exitedEarly, freePort, pgCpuDelta, postgresCpu, rssMb, startProcess, stopProcess, type Proc } from './webhook-ingest.bench.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const DRAIN_N = Number(process.env.BENCH_DRAIN_N ?? 2000);
const DRAIN_USERS = Number(process.env.BENCH_DRAIN_USERS ?? 500);
const RATE = Number(process.env.BENCH_E2E_RATE ?? 200);
const E2E_SECONDS = Number(process.env.BENCH_E2E_SECONDS ?? 10);
const TIMEOUT_MS = Number(process.env.BENCH_E2E_TIMEOUT_SECONDS ?? 30) * 1000;
const CHANNEL_SECRET = 'bench-line-channel-secret';
const DESTINATION = 'U8e742f61d673b39c7fff3cecb7536ef0';
/** Customer questions the help-center fixture can answer, so the workload is answers, not escalations. */
const QUESTIONS = ['How long do refunds take?', 'Do you ship to Canada?', 'How can I reset my password?', 'Which payment methods do you accept?', 'Where is my order?', 'How do I cancel my subscription?'];

export interface AnswerFigures {
  /**
   * `cpuMsPerAnswer`: CPU time (user + system) of the worker process per answer, which load on the machine does not change much;
   * `pgCpuMsPerAnswer`: the same of the Postgres backends serving the bench database (the worker's, the gateway's, the bench's own polling).
   */
  drain: { n: number; ms: number; answersPerSec: number; replied: number; skipped: number; cpuMsPerAnswer: number; pgCpuMsPerAnswer: number };
  e2e: { rate: number; sent: number; answered: number; p50: number; p99: number; sendRate: number; cpuMsPerMessage: { gateway: number; worker: number } };
  peakRssMb: { gateway: number; worker: number };
}

const run = randomBytes(3).toString('hex');
const userId = (phase: string, i: number) => `U${run}${phase}${String(i).padStart(24, '0')}`.slice(0, 33);

function webhook(user: string, text: string, seq: number): { body: string; signature: string; replyToken: string } {
  return signedLineText({
    secret: CHANNEL_SECRET,
    destination: DESTINATION,
    user,
    text,
    eventId: `01R${run}${String(seq).padStart(18, '0')}`.toUpperCase(),
    messageId: `9${String(seq).padStart(17, '0')}`,
  });
}

/** The user a reply went to: the reply token's owner, or the push target. */
function replyKey(call: FakeLineCall): string | undefined {
  if (call.status !== 200 || typeof call.body !== 'object' || call.body === null) return undefined;
  const b = call.body as { replyToken?: unknown; to?: unknown };
  if (call.path === '/v2/bot/message/reply' && typeof b.replyToken === 'string') return `r:${b.replyToken}`;
  if (call.path === '/v2/bot/message/push' && typeof b.to === 'string') return `u:${b.to}`;
  return undefined;
}

export async function benchIngestAndReply(): Promise<{ lines: string[]; figures: AnswerFigures }> {
  const database = await createBenchDatabase();
  const prefix = `bench${randomBytes(3).toString('hex')}`;
  const encryptionKey = randomBytes(32).toString('base64');
  const line = await startFakeLine();
  const procs: Proc[] = [];
  const env: Record<string, string> = {
    DATABASE_URL: database.url,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    ENCRYPTION_KEY: encryptionKey,
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.BENCH_GATEWAY_LOG_LEVEL ?? 'warn',
    WHATSAPP_WEB_SESSIONS: 'false',
    NODE_ENV: process.env.BENCH_NODE_ENV ?? 'development',
    GATEWAY_PROCESSES: process.env.BENCH_GATEWAY_PROCESSES ?? '1',
    LINE_API_BASE_URL: line.url,
    LINE_DATA_API_BASE_URL: line.dataUrl,
    ...(process.env.BENCH_WORKER_CONCURRENCY ? { WORKER_CONCURRENCY: process.env.BENCH_WORKER_CONCURRENCY } : {}),
  };
  const c = createContainer(loadConfig({ ...env, PORT: '0' }), { logger: pino({ level: 'silent' }) });
  const queueConnection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue(CONVERSATION_QUEUE, { connection: queueConnection, prefix });
  const peak = { gateway: 0, worker: 0 };
  let sampler: NodeJS.Timeout | undefined;
  try {
    const t = await createTenant(c.database.db, { name: 'bench' });
    const connectionId = randomUUID();
    await c.database.db.insert(channelConnections).values({
      id: connectionId,
      tenantId: t.tenantId,
      type: 'line',
      name: 'bench LINE',
      credentialsEnc: encryptSecret(Buffer.from(encryptionKey, 'base64'), JSON.stringify({ channelSecret: CHANNEL_SECRET, channelAccessToken: 'bench-token' }), t.tenantId),
      webhookSecret: encryptWebhookSecret(Buffer.from(encryptionKey, 'base64'), t.tenantId, connectionId, randomToken(32)),
    });
    const kb = await c.knowledge.createKnowledgeBase(t.tenantId, { name: 'help center' });
    await ingestFolder(c.database.db, createEmbedder(c.config), { tenantId: t.tenantId, knowledgeBaseId: kb.id, folder: path.join(ROOT, 'examples/help-center') });

    const gateway = await startProcess(nodeScriptArgs('gateway'), env);
    procs.push(gateway);
    const url = `http://127.0.0.1:${gateway.port}/webhooks/line/${connectionId}`;
    const post = async (w: { body: string; signature: string }, attempts = 1): Promise<void> => {
      try {
        const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8', 'x-line-signature': w.signature }, body: w.body });
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`webhook answered ${r.status}`);
      } catch (err) {
        // A kept-alive socket the server closed meanwhile (ECONNRESET): send again, as LINE redelivers; the event id keeps it stored once.
        if (attempts <= 1 || !(err instanceof TypeError)) throw err;
        await post(w, attempts - 1);
      }
    };

    // 1) Backlog drain. Paused first, so the worker starts on a full queue.
    await queue.pause();
    const metricsPort = await freePort();
    const prof = process.env.BENCH_WORKER_CPU_PROF === '1' ? ['--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, 'bench', 'results')}`] : [];
    const worker = await startProcess([...prof, ...nodeScriptArgs('worker')], { ...env, WORKER_METRICS_PORT: String(metricsPort) }, metricsPort);
    procs.push(worker);
    sampler = setInterval(() => {
      void rssMb(gateway.child.pid!).then((mb) => (peak.gateway = Math.max(peak.gateway, mb || 0)));
      void rssMb(worker.child.pid!).then((mb) => (peak.worker = Math.max(peak.worker, mb || 0)));
    }, 250);
    await runConcurrent(DRAIN_N, 32, (i) => post(webhook(userId('d', i % DRAIN_USERS), QUESTIONS[Math.floor(i / DRAIN_USERS) % QUESTIONS.length]!, i), 3));
    for (;;) {
      const n = await queue.getWaitingCount();
      if (n >= DRAIN_N) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const pending = async () => {
      const [row] = await c.database.sql<{ n: number }[]>`
        select count(*)::int as n from messages
        where (direction = 'in' and processing_status = 'pending') or (direction = 'out' and delivery_status = 'pending')`;
      return row?.n ?? 0;
    };
    const pgCpu = postgresCpu(c.database.sql);
    const drainPg = await pgCpu();
    const drainCpu = await cpuMs(worker.child.pid!);
    const drainStart = performance.now();
    await queue.resume();
    while ((await pending()) > 0) await new Promise((r) => setTimeout(r, 20));
    const drainMs = performance.now() - drainStart;
    const drainCpuMs = (await cpuMs(worker.child.pid!)) - drainCpu;
    const drainPgMs = pgCpuDelta(drainPg, await pgCpu());
    const [outcome] = await c.database.sql<{ replied: number; skipped: number }[]>`
      select count(*) filter (where processing_status = 'replied')::int as replied, count(*) filter (where processing_status = 'skipped')::int as skipped
      from messages where direction = 'in'`;

    // 2) End to end, open loop at RATE msg/s: one new customer per question.
    const total = Math.round(RATE * E2E_SECONDS);
    const sentAt = new Map<string, number>();
    const replyAt = new Map<string, number>();
    const seenCalls = line.calls.length;
    const sendErrors: string[] = [];
    const e2eCpu = { gateway: await cpuMs(gateway.child.pid!), worker: await cpuMs(worker.child.pid!) };
    const e2eStart = performance.now();
    const wallStart = Date.now();
    let sent = 0;
    await new Promise<void>((resolve) => {
      const tick = () => {
        const due = Math.min(total, Math.floor(((performance.now() - e2eStart) / 1000) * RATE) + 1);
        while (sent < due) {
          const i = sent++;
          const user = userId('e', i);
          const w = webhook(user, QUESTIONS[i % QUESTIONS.length]!, DRAIN_N + i);
          const at = Date.now();
          sentAt.set(`r:${w.replyToken}`, at);
          sentAt.set(`u:${user}`, at);
          post(w).catch((err: Error) => sendErrors.push(err.message));
        }
        if (sent >= total) resolve();
        else setTimeout(tick, 2);
      };
      tick();
    });
    const sendRate = (total / (Date.now() - wallStart)) * 1000;
    const deadline = Date.now() + TIMEOUT_MS;
    let scanned = seenCalls;
    for (;;) {
      for (; scanned < line.calls.length; scanned++) {
        const call = line.calls[scanned]!;
        const key = replyKey(call);
        if (!key || !sentAt.has(key)) continue;
        if (!replyAt.has(key)) replyAt.set(key, call.at);
      }
      if (replyAt.size >= total || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const e2eCpuMs = { gateway: (await cpuMs(gateway.child.pid!)) - e2eCpu.gateway, worker: (await cpuMs(worker.child.pid!)) - e2eCpu.worker };
    const latencies = [...replyAt.entries()].map(([k, at]) => at - sentAt.get(k)!);
    const unanswered = total - latencies.length;
    for (let i = 0; i < unanswered; i++) latencies.push(TIMEOUT_MS);
    latencies.sort((a, b) => a - b);

    const figures: AnswerFigures = {
      drain: { n: DRAIN_N, ms: drainMs, answersPerSec: (DRAIN_N / drainMs) * 1000, replied: outcome?.replied ?? 0, skipped: outcome?.skipped ?? 0, cpuMsPerAnswer: drainCpuMs / DRAIN_N, pgCpuMsPerAnswer: drainPgMs / DRAIN_N },
      e2e: { rate: RATE, sent: total, answered: total - unanswered, p50: percentile(latencies, 50), p99: percentile(latencies, 99), sendRate, cpuMsPerMessage: { gateway: e2eCpuMs.gateway / total, worker: e2eCpuMs.worker / total } },
      peakRssMb: peak,
    };
    const concurrency = env.WORKER_CONCURRENCY ?? String(c.config.worker.concurrency);
    const lines = [
      `answering: gateway + worker processes (WORKER_CONCURRENCY=${concurrency}), RAG responder over examples/help-center, signed LINE webhooks, replies at a LINE stand-in`,
      `${'worker backlog drain'.padEnd(28)} n=${String(DRAIN_N).padStart(5)}  throughput=${figures.drain.answersPerSec.toFixed(1).padStart(7)} answers/s  (${DRAIN_USERS} customers, 1 worker process; ${figures.drain.replied} replied, ${figures.drain.skipped} skipped; worker CPU ${figures.drain.cpuMsPerAnswer.toFixed(2)} ms/answer, Postgres CPU ${figures.drain.pgCpuMsPerAnswer.toFixed(2)} ms/answer)`,
      `${`end-to-end reply @${RATE}/s`.padEnd(28)} n=${String(total).padStart(5)}  answered=${figures.e2e.answered}  p50=${figures.e2e.p50.toFixed(1).padStart(7)} ms  p99=${figures.e2e.p99.toFixed(1).padStart(7)} ms  (open loop, offered ${sendRate.toFixed(0)} msg/s for ${E2E_SECONDS} s${sendErrors.length ? `, ${sendErrors.length} webhook errors: ${sendErrors[0]}` : ''}${unanswered ? `, ${unanswered} unanswered within ${TIMEOUT_MS / 1000} s counted as ${TIMEOUT_MS} ms` : ''})`,
      `${'CPU per message @rate'.padEnd(28)} gateway ${figures.e2e.cpuMsPerMessage.gateway.toFixed(2)} ms  worker ${figures.e2e.cpuMsPerMessage.worker.toFixed(2)} ms  (machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`,
      `${'peak RSS'.padEnd(28)} gateway ${peak.gateway.toFixed(0)} MB  worker ${peak.worker.toFixed(0)} MB`,
      ...[exitedEarly('gateway', gateway), exitedEarly('worker', worker)].filter((l): l is string => l !== null),
    ];
    return { lines, figures };
  } finally {
    if (sampler) clearInterval(sampler);
    for (const p of procs.reverse()) await stopProcess(p);
    await queue.close();
    queueConnection.disconnect();
    await c.close();
    await line.stop();
    await deleteRedisPrefix(prefix);
    await database.drop();
  }
}
