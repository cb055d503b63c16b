/** Common set-up of fault tests: environment of the spawned processes, readiness, a tenant with a web chat connection. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../../helpers/harness.js';
import { runScript, type AppProcess, type ProcessSet } from './processes.js';
import type { Checker, Visitor } from './traffic.js';

export interface StackEnv {
  env: Record<string, string>;
  prefix: string;
  dataDir: string;
  /** Removes the data directory and this stack's Redis keys. */
  cleanup(): Promise<void>;
}

/** Environment shared by every process of one test file (same database, Redis, key prefix and encryption key). */
export function stackEnv(opts: { databaseUrl: string; redisUrl: string; extra?: Record<string, string> }): StackEnv {
  const prefix = `tf${randomBytes(4).toString('hex')}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gwfault-data-'));
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: opts.databaseUrl,
    REDIS_URL: opts.redisUrl,
    QUEUE_PREFIX: prefix,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    RESPONDER: 'echo',
    WHATSAPP_WEB_SESSIONS: 'false',
    // One HTTP process per `npm run gateway` (the default is one per core): the crash windows stay those of one process; gateway-cluster.test.ts covers N.
    GATEWAY_PROCESSES: '1',
    OUTBOX_POLL_MS: '250',
    // A dead worker's job is picked up again within seconds, not the production 30 s.
    JOB_LOCK_MS: '4000',
    JOB_STALLED_INTERVAL_MS: '1500',
    // Every simulated visitor posts from 127.0.0.1: the per-IP web chat limits would count them as one.
    RATE_LIMIT_WEBCHAT_SESSIONS_PER_IP: '100000',
    RATE_LIMIT_WEBCHAT_MESSAGES_PER_IP: '100000',
    ...opts.extra,
  };
  return {
    env,
    prefix,
    dataDir,
    async cleanup() {
      rmSync(dataDir, { recursive: true, force: true });
      const r = new Redis(opts.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
      r.on('error', () => undefined);
      try {
        await r.connect();
        const keys = await r.keys(`${prefix}:*`);
        if (keys.length > 0) await r.del(...keys);
      } catch {
        /* a dedicated server that is already gone */
      } finally {
        r.disconnect();
      }
    },
  };
}

/** Port + the env entries that make a gateway listen there. */
export async function httpEnv(): Promise<{ port: number; base: string; env: Record<string, string> }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  return { port, base, env: { PORT: String(port), PUBLIC_BASE_URL: base } };
}

/** LINE only accepts https webhook endpoints: the public address fault tests give a gateway that takes LINE webhooks (the test talks to its port). */
export const HTTPS_PUBLIC_BASE_URL = 'https://gateway.faults.example';

export interface GatewayProcess {
  proc: AppProcess;
  /** Where the test talks to it (plain http on its own port). */
  base: string;
  /** Resolves once it answers GET /health; fails early if it exits. */
  ready(): Promise<void>;
}

/** Spawns `npm run gateway` (or `npm start`: gateway and worker in one) on a free port with the stack's env; `publicBaseUrl` overrides the public address. */
export async function spawnGatewayProcess(
  procs: ProcessSet,
  env: Record<string, string>,
  opts: { name: string; script?: 'gateway' | 'start'; publicBaseUrl?: string; args?: string[] },
): Promise<GatewayProcess> {
  const http = await httpEnv();
  const proc = procs.spawn(opts.script ?? 'gateway', { ...env, ...http.env, ...(opts.publicBaseUrl ? { PUBLIC_BASE_URL: opts.publicBaseUrl } : {}) }, { name: opts.name, ...(opts.args ? { args: opts.args } : {}) });
  return { proc, base: http.base, ready: () => waitHealthy(proc, http.base) };
}

/** Waits until a worker process (`npm run worker`, `npm start`) logs that its conversation worker started; fails early if it exits. */
export function workerStarted(worker: AppProcess, timeoutMs = 180_000): Promise<string> {
  return worker.waitForLine(/conversation worker started/, timeoutMs);
}

/** Teardown shared by fault tests: closes the visitors' streams, stops every process, closes the checker, removes the stack's data and Redis keys. */
export async function stopStack(s: { visitors?: Visitor[]; procs: ProcessSet; ck?: Checker; stack?: StackEnv }): Promise<void> {
  for (const v of s.visitors ?? []) v.stream.close();
  await s.procs.stopAll();
  await s.ck?.close();
  await s.stack?.cleanup();
}

/** Polls GET /health until 200; fails early if the process exits. */
export async function waitHealthy(p: AppProcess, base: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!p.alive()) throw new Error(`${p.name} exited ${JSON.stringify(p.exit)} before answering /health:\n${p.output().slice(-3000)}`);
    try {
      const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${p.name} did not answer /health at ${base}:\n${p.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `npm run admin -- create-tenant` (creates and migrates the database when needed). */
export async function createTenant(env: Record<string, string>, name: string): Promise<{ tenantId: string; apiKey: string }> {
  const out = await runScript('admin', ['create-tenant', '--name', name], { ...env, LOG_LEVEL: 'warn' });
  return JSON.parse(out.trim().split('\n').pop()!) as { tenantId: string; apiKey: string };
}

export async function api<T = Record<string, unknown>>(base: string, key: string, method: string, p: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${p}`, {
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
  return { status: res.status, body: parsed as T };
}

export async function createWebchatConnection(base: string, apiKey: string): Promise<string> {
  const res = await api<{ id: string }>(base, apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'fault test site' });
  if (res.status !== 201 && res.status !== 200) throw new Error(`creating the web chat connection: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** Connects a LINE channel through the API (against the fake LINE API the gateway's env points at); fails unless it is created. */
export async function createLineConnection(base: string, apiKey: string, name: string, credentials: { channelSecret: string; channelAccessToken: string }): Promise<string> {
  const res = await api<{ id: string }>(base, apiKey, 'POST', '/api/v1/channels', { type: 'line', name, credentials });
  if (res.status !== 201) throw new Error(`creating the LINE connection: expected 201, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}
