/**
 * Webhook ingest side by side, in one run: the bare baseline
 * (bench/bare-baseline.ts: Express, verify nothing, one Postgres insert, one
 * BullMQ add) and the real gateway process (`npm run gateway`: verify the LINE
 * signature, parse, store identity/conversation/message + outbox, relay to
 * BullMQ), each its own process, driven by autocannon with the same signed
 * LINE webhook load: 50 connections, 2,000 distinct users, one text message
 * per request. Prints msg/s (2xx only), p50/p99, non-2xx and errors, the peak
 * RSS of each process, and the gateway/bare ratios. Asserts nothing.
 *
 * The measured time is split into rounds that alternate bare and gateway, so
 * a load change on the machine during the run hits both alike: msg/s is over
 * all rounds, p50/p99 the median of the rounds' figures.
 *
 * Env: BENCH_WEBHOOK_SECONDS (12 per target), BENCH_WEBHOOK_ROUNDS (3),
 * BENCH_WEBHOOK_CONNECTIONS (50), BENCH_WEBHOOK_USERS (2000),
 * BENCH_WEBHOOK_WARMUP_SECONDS (3), BENCH_GATEWAY_PROCESSES (1), BENCH_GATEWAY_CPU_PROF=1 (writes a
 * .cpuprofile of the gateway to bench/results/; `node bench/cpuprofile-summary.mjs <file>` summarises it),
 * BENCH_NODE_ENV (development, through tsx; `production` runs the compiled dist/ of `npm run build`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type postgres from 'postgres';
import { connectDatabase } from '../src/db/client.js';
import { createServer } from 'node:net';
import { createBenchDatabase, createBenchLineConnection, REDIS_URL, deleteRedisPrefix, signedLineText } from './lib.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_WEBHOOK_SECONDS ?? 12);
const WARMUP_SECONDS = Number(process.env.BENCH_WEBHOOK_WARMUP_SECONDS ?? 3);
const ROUNDS = Math.max(1, Number(process.env.BENCH_WEBHOOK_ROUNDS ?? 3));
const CONNECTIONS = Number(process.env.BENCH_WEBHOOK_CONNECTIONS ?? 50);
const USERS = Number(process.env.BENCH_WEBHOOK_USERS ?? 2000);
const CHANNEL_SECRET = 'bench-line-channel-secret';
const DESTINATION = 'U8e742f61d673b39c7fff3cecb7536ef0';
const TEXTS = ['How long do refunds take?', 'Do you ship to Canada?', 'How can I reset my password?', 'Which payment methods do you accept?', 'Where is my order?'];

export interface TargetFigures {
  name: string;
  msgPerSec: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  peakRssMb: number;
  /** CPU time of the process (user + system) per 2xx message: load-independent. */
  cpuMsPerMsg: number;
  /**
   * CPU time of the Postgres backends serving the bench database's clients per 2xx message (each target is
   * driven alone, so its own). Autovacuum is left out: when it runs is chance, and it made this figure jump 2×.
   */
  pgCpuMsPerMsg: number;
}

/** One signed LINE webhook per request: a new event id and message id every time, users cycling over `USERS`. */
class LineLoad {
  private next = 0;
  private readonly run = randomBytes(4).toString('hex');
  constructor(private readonly secret: string) {}

  request(): { body: string; signature: string } {
    const i = this.next++;
    const user = `U${this.run}${String(i % USERS).padStart(24, '0')}`;
    const { body, signature } = signedLineText({
      secret: this.secret,
      destination: DESTINATION,
      user,
      text: TEXTS[i % TEXTS.length]!,
      eventId: `01B${this.run}${String(i).padStart(15, '0')}`.toUpperCase(),
      messageId: `${this.run.length}${String(i).padStart(17, '0')}`,
    });
    return { body, signature };
  }
}

export interface Proc {
  child: ChildProcess;
  port: number;
  /** The last 200 chunks of the process's output, stdout and stderr. */
  stderr: string[];
}

/** A line saying that `name` exited before the bench stopped it, with its last output; null while it runs. */
export function exitedEarly(name: string, p: Proc): string | null {
  if (p.child.exitCode === null && p.child.signalCode === null) return null;
  return `${`${name} EXITED`.padEnd(28)} during the run (${p.child.exitCode !== null ? `code ${p.child.exitCode}` : p.child.signalCode}); last output: ${p.stderr.join('').slice(-1500).replace(/\s+/g, ' ')}`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
    srv.on('error', reject);
  });
}

/**
 * Starts `node <args>` listening on a free port (env PORT / BARE_PORT) and waits until GET /health answers 200
 * (on `healthPort` when given: a worker serves /health on WORKER_METRICS_PORT).
 */
export async function startProcess(args: string[], env: Record<string, string>, healthPort?: number): Promise<Proc> {
  const port = await freePort();
  // stdout too: the processes log there (pino, LOG_LEVEL warn in the benches), and a crash's last log line is the clue.
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port), BARE_PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  const keep = (d: Buffer) => {
    stderr.push(d.toString());
    if (stderr.length > 200) stderr.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const deadline = Date.now() + Number(process.env.BENCH_READY_SECONDS ?? 300) * 1000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}: ${stderr.join('').slice(-2000)}`);
    const ok = await fetch(`http://127.0.0.1:${healthPort ?? port}/health`).then((r) => r.ok, () => false);
    if (ok) return { child, port, stderr };
    if (Date.now() > deadline) throw new Error(`${args.join(' ')} not ready: ${stderr.join('').slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function stopProcess(p: Proc): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  const exited = new Promise<void>((r) => p.child.once('exit', () => r()));
  p.child.kill('SIGTERM');
  const t = setTimeout(() => p.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(t);
}

export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const m = status.match(/VmRSS:\s+(\d+) kB/);
  return m ? Number(m[1]) / 1024 : NaN;
}

/** utime + stime of `pid` in ms (/proc/<pid>/stat, clock ticks of 10 ms). */
export async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU ms per Postgres backend serving the bench database (`pid` → ms), read from /proc. */
type PgCpu = () => Promise<Map<number, number>>;

/** {@link PgCpu} of the Postgres backends serving `sql`'s database, other than `sql`'s own current one. */
export function postgresCpu(sql: postgres.Sql): PgCpu {
  return async () => {
    const rows = await sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()`;
    return new Map(await Promise.all(rows.map(async (r) => [r.pid, await cpuMs(r.pid)] as [number, number])));
  };
}

export function pgCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0);
  return ms;
}

async function drive(name: string, url: string, load: LineLoad, seconds: number, pid: number, pgCpu: PgCpu): Promise<TargetFigures> {
  let peak = 0;
  const sampler = setInterval(() => {
    void rssMb(pid).then((mb) => {
      if (mb > peak) peak = mb;
    });
  }, 250);
  const cpuBefore = await cpuMs(pid);
  const pgBefore = await pgCpu();
  try {
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => {
            const { body, signature } = load.request();
            return { ...req, body, headers: { 'content-type': 'application/json; charset=utf-8', 'x-line-signature': signature } };
          },
        },
      ],
    });
    const ok = result['2xx'];
    return {
      name,
      msgPerSec: ok / seconds,
      p50: result.latency.p50,
      p99: result.latency.p99,
      ok,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      peakRssMb: Math.max(peak, await rssMb(pid)),
      cpuMsPerMsg: ((await cpuMs(pid)) - cpuBefore) / Math.max(1, ok),
      pgCpuMsPerMsg: pgCpuDelta(pgBefore, await pgCpu()) / Math.max(1, ok),
    };
  } finally {
    clearInterval(sampler);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

function combine(name: string, rounds: TargetFigures[], seconds: number): TargetFigures {
  const ok = rounds.reduce((n, r) => n + r.ok, 0);
  return {
    name,
    msgPerSec: ok / seconds,
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    ok,
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    peakRssMb: Math.max(...rounds.map((r) => r.peakRssMb)),
    cpuMsPerMsg: rounds.reduce((n, r) => n + r.cpuMsPerMsg * r.ok, 0) / Math.max(1, ok),
    pgCpuMsPerMsg: rounds.reduce((n, r) => n + r.pgCpuMsPerMsg * r.ok, 0) / Math.max(1, ok),
  };
}

const fmt = (f: TargetFigures) =>
  `${f.name.padEnd(28)} ${f.msgPerSec.toFixed(0).padStart(6)} msg/s  p50=${f.p50.toFixed(1).padStart(6)} ms  p99=${f.p99.toFixed(1).padStart(6)} ms  2xx=${String(f.ok).padStart(6)}  non-2xx=${f.non2xx}  errors=${f.errors}  peak RSS=${f.peakRssMb.toFixed(0)} MB  CPU ${f.cpuMsPerMsg.toFixed(2)} ms/msg  Postgres CPU ${f.pgCpuMsPerMsg.toFixed(2)} ms/msg`;

export interface WebhookIngestResult {
  lines: string[];
  bare: TargetFigures;
  gateway: TargetFigures;
}

export async function benchWebhookIngest(): Promise<WebhookIngestResult> {
  const database = await createBenchDatabase();
  const prefix = `bench${randomBytes(3).toString('hex')}`;
  const encryptionKey = randomBytes(32);
  const procs: Proc[] = [];
  const db = connectDatabase(database.url, { max: 2 });
  try {
    const { connectionId } = await createBenchLineConnection(db.db, encryptionKey, CHANNEL_SECRET);
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      ENCRYPTION_KEY: encryptionKey.toString('base64'),
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.BENCH_GATEWAY_LOG_LEVEL ?? 'warn',
      WHATSAPP_WEB_SESSIONS: 'false',
      NODE_ENV: process.env.BENCH_NODE_ENV ?? 'development',
      // One HTTP process, like the bare baseline, by default: RSS and CPU are read from the process started here,
      // which under BENCH_GATEWAY_PROCESSES=N > 1 is the cluster primary only (throughput and latency stay right).
      GATEWAY_PROCESSES: process.env.BENCH_GATEWAY_PROCESSES ?? '1',
    };

    const bare = await startProcess(['--import', 'tsx', 'bench/bare-baseline.ts'], { ...env, QUEUE_PREFIX: `${prefix}bare` });
    procs.push(bare);
    const prof = process.env.BENCH_GATEWAY_CPU_PROF === '1' ? ['--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, 'bench', 'results')}`] : [];
    const gateway = await startProcess([...prof, 'scripts/launch.mjs', 'gateway'], env);
    procs.push(gateway);

    const bareUrl = `http://127.0.0.1:${bare.port}/webhook`;
    const gwUrl = `http://127.0.0.1:${gateway.port}/webhooks/line/${connectionId}`;
    const pgCpu = postgresCpu(db.sql);
    const bareLoad = new LineLoad(CHANNEL_SECRET);
    const gwLoad = new LineLoad(CHANNEL_SECRET);
    // Warm both up (JIT, pools, prepared statements) with the same kind of load, then measure.
    await drive('warm-up', bareUrl, bareLoad, WARMUP_SECONDS, bare.child.pid!, pgCpu);
    await drive('warm-up', gwUrl, gwLoad, WARMUP_SECONDS, gateway.child.pid!, pgCpu);
    const slice = SECONDS / ROUNDS;
    const bareRounds: TargetFigures[] = [];
    const gwRounds: TargetFigures[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      bareRounds.push(await drive('bare', bareUrl, bareLoad, slice, bare.child.pid!, pgCpu));
      gwRounds.push(await drive('gateway', gwUrl, gwLoad, slice, gateway.child.pid!, pgCpu));
    }
    const bareFigures = combine('bare (1 insert + 1 add)', bareRounds, SECONDS);
    const gwFigures = combine('gateway (LINE webhook)', gwRounds, SECONDS);

    const metrics = await fetch(`http://127.0.0.1:${gateway.port}/metrics`).then((r) => r.text(), () => '');
    const metric = (name: string) => Number(metrics.match(new RegExp(`^${name} (\\S+)$`, 'm'))?.[1] ?? NaN);
    const avgBatch = metric('gateway_ingest_batch_size_sum') / metric('gateway_ingest_batch_size_count');
    const [stored] = await db.sql<{ messages: number; pending: number }[]>`
      select (select count(*)::int from messages) as messages, (select count(*)::int from outbox where dispatched_at is null) as pending`;
    const lines = [
      `webhook ingest side by side: ${CONNECTIONS} connections, ${SECONDS} s each in ${ROUNDS} alternating rounds (after ${WARMUP_SECONDS} s warm-up), ${USERS} users, signed LINE text webhooks`,
      fmt(bareFigures),
      fmt(gwFigures),
      `ratio gateway/bare: throughput ${(gwFigures.msgPerSec / bareFigures.msgPerSec).toFixed(2)}x  p99 ${(gwFigures.p99 / bareFigures.p99).toFixed(2)}x  (stored messages ${stored?.messages ?? '?'}, outbox not yet relayed ${stored?.pending ?? '?'}, ${avgBatch.toFixed(1)} messages per group commit)`,
    ];
    return { lines, bare: bareFigures, gateway: gwFigures };
  } finally {
    for (const p of procs.reverse()) await stopProcess(p);
    await db.sql.end({ timeout: 2 });
    await deleteRedisPrefix(prefix);
    await deleteRedisPrefix(`${prefix}bare`);
    await database.drop();
  }
}
