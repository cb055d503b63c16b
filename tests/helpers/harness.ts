/**
 * Starts the real gateway (and optionally in-process workers) against this
 * file's own database and Redis key prefix. Child-process workers
 * (`spawnWorker`) run the real entry point for crash and multi-process tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DestinationStream } from 'pino';
import { Redis } from 'ioredis';
import { loadConfig, type Config } from '../../src/config/index.js';
import { createContainer, type Container } from '../../src/app/container.js';
import { startGateway, type RunningGateway } from '../../src/http/server.js';
import { startConversationWorker } from '../../src/worker/conversation.worker.js';
import { startWorkers } from '../../src/worker/run.js';
import type { Responder } from '../../src/conversation/responder.js';
import { EchoResponder } from '../../src/conversation/echo.responder.js';
import { createTenant } from '../../src/tenancy/tenant.service.js';
import { createLogger } from '../../src/logging/logger.js';
import { WORKER_NODE_FLAGS } from '../../src/app/heap.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface HarnessOptions {
  /** Start N in-process BullMQ workers with this responder (default 1 echo worker; 0 for none). */
  workers?: number;
  responder?: Responder;
  /** Run the product's own workers (RAG responder + ingestion) instead of echo workers. */
  productWorkers?: boolean;
  env?: Record<string, string>;
  /** Capture the gateway's logs (the product's logger, with its redaction) at LOG_LEVEL (default debug here). */
  logDestination?: DestinationStream;
}

export interface Harness {
  db: TestDatabase;
  env: Record<string, string>;
  config: Config;
  c: Container;
  gw: RunningGateway;
  url: string;
  workers: Array<{ close(): Promise<void> }>;
  children: ChildProcess[];
  /** A tenant on `plan` (default enterprise: no plan limits in suites that are not about plans). */
  createTenant(name?: string, plan?: 'basic' | 'pro' | 'enterprise'): Promise<{ tenantId: string; apiKey: string }>;
  api(key: string, method: string, p: string, body?: unknown): Promise<{ status: number; body: any }>;
  spawnWorker(extraEnv?: Record<string, string>): ChildProcess;
  close(): Promise<void>;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const db = await createTestDatabase();
  const port = await freePort();
  const prefix = `t${randomBytes(4).toString('hex')}`;
  const env: Record<string, string> = {
    DATABASE_URL: db.url,
    REDIS_URL: REDIS_URL,
    QUEUE_PREFIX: prefix,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    OUTBOX_POLL_MS: '200',
    WHATSAPP_WEB_SESSIONS: 'false',
    DATABASE_POOL_MAX: '8',
    // Every test request comes from 127.0.0.1: per-IP web chat limits are lifted here, and
    // tests/integration/abuse-limits.test.ts sets them (and all other limits) explicitly.
    RATE_LIMIT_WEBCHAT_SESSIONS_PER_IP: '100000',
    RATE_LIMIT_WEBCHAT_MESSAGES_PER_IP: '100000',
    ...opts.env,
  };
  const config = loadConfig(env);
  const logger = opts.logDestination
    ? createLogger({ level: opts.env?.LOG_LEVEL ?? 'debug', destination: opts.logDestination })
    : createLogger({ level: env.LOG_LEVEL ?? 'silent' });
  const c = createContainer(config, { logger });
  const gw = await startGateway(c, { port, host: '127.0.0.1' });
  const workers: Array<{ close(): Promise<void> }> = [];
  if (opts.productWorkers) workers.push(await startWorkers(c));
  for (let i = 0; i < (opts.productWorkers ? 0 : (opts.workers ?? 1)); i++) {
    workers.push(startConversationWorker(c, { responder: opts.responder ?? new EchoResponder() }));
  }
  const children: ChildProcess[] = [];

  const h: Harness = {
    db,
    env,
    config,
    c,
    gw,
    url: gw.url,
    workers,
    children,
    createTenant: (name = 'Tenant', plan = 'enterprise') => createTenant(c.database.db, { name, plan }),
    async api(key, method, p, body) {
      const res = await fetch(`${gw.url}${p}`, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* not JSON */
      }
      return { status: res.status, body: parsed };
    },
    spawnWorker(extraEnv = {}) {
      const child = spawn(process.execPath, [...WORKER_NODE_FLAGS, '--import', 'tsx', path.join(ROOT, 'src/cli/worker.ts')], {
        cwd: ROOT,
        env: { ...process.env, ...env, RESPONDER: 'echo', ...extraEnv, LOG_LEVEL: extraEnv.LOG_LEVEL ?? 'info' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      return child;
    },
    async close() {
      for (const ch of children) if (ch.exitCode === null && ch.signalCode === null) ch.kill('SIGKILL');
      for (const w of workers) await w.close();
      await gw.close();
      await c.close();
      const r = new Redis(REDIS_URL);
      const keys = await r.keys(`${prefix}:*`);
      if (keys.length > 0) await r.del(...keys);
      r.disconnect();
      await db.drop();
    },
  };
  return h;
}

/** Waits until the child prints a line matching `re` (JSON logs); fails at once, with its exit, if the child exits first. */
export function waitForOutput(child: ChildProcess, re: RegExp, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const done = () => {
      clearTimeout(t);
      child.stdout?.off('data', onData);
      child.off('close', onExit);
    };
    const t = setTimeout(() => {
      done();
      reject(new Error(`timed out waiting for ${re}; output:\n${buf.slice(-2000)}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      buf += d.toString();
      const line = buf.split('\n').find((l) => re.test(l));
      if (line) {
        done();
        resolve(line);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      done();
      reject(new Error(`the process exited (${signal ?? `code ${code}`}) before printing ${re}; output:\n${buf.slice(-2000)}`));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (buf += d.toString()));
    if (child.exitCode !== null || child.signalCode !== null) onExit(child.exitCode, child.signalCode);
    else child.on('close', onExit); // after its output streams ended: every line it printed has been seen
  });
}

export async function waitFor<T>(fn: () => Promise<T | undefined | null | false>, opts: { timeoutMs?: number; intervalMs?: number; what?: string } = {}): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${opts.what ?? 'condition'}`);
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 100));
  }
}
