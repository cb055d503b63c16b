/**
 * The production build as the image runs it: `tsc -p tsconfig.build.json`
 * into a folder that holds no TypeScript source, then `NODE_ENV=production
 * node scripts/launch.mjs gateway|worker` with plain node (no tsx loader).
 * scripts/prod-smoke.sh (CI) repeats this after installing production
 * dependencies only.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { freePort, REDIS_URL, ROOT } from '../helpers/harness.js';

const run = promisify(execFile);
let dir: string;
let db: TestDatabase;
const prefix = `tprod${randomBytes(3).toString('hex')}`;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'gw-prod-'));
  await run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', path.join(dir, 'dist')], { cwd: ROOT, timeout: 170_000 });
  // `npm run build` copies the e-mail templates next to the compiled module.
  cpSync(path.join(ROOT, 'src/notifications/templates'), path.join(dir, 'dist/src/notifications/templates'), { recursive: true });
  // What the runtime image holds: package.json, node_modules, dist/, migrations, examples, the launcher.
  cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  mkdirSync(path.join(dir, 'drizzle'));
  cpSync(path.join(ROOT, 'drizzle/migrations'), path.join(dir, 'drizzle/migrations'), { recursive: true });
  cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
  mkdirSync(path.join(dir, 'scripts'));
  cpSync(path.join(ROOT, 'scripts/launch.mjs'), path.join(dir, 'scripts/launch.mjs'));
  db = await createTestDatabase();
}, 180_000);

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
  const r = new Redis(REDIS_URL);
  const keys = await r.keys(`${prefix}:*`);
  if (keys.length) await r.del(...keys);
  r.disconnect();
  await db?.drop();
});

function start(entry: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let out = '';
  const child = spawn(process.execPath, ['scripts/launch.mjs', entry], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      DATA_DIR: path.join(dir, 'data'),
      WHATSAPP_WEB_SESSIONS: 'false',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return { child, output: () => out };
}

async function waitHealthy(url: string, p: { child: ChildProcess; output: () => string }): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (p.child.exitCode !== null) throw new Error(`exited with ${p.child.exitCode}:\n${p.output()}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`no answer from ${url}:\n${p.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stop(child: ChildProcess): Promise<number | null> {
  child.kill('SIGTERM');
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

it('emits JavaScript for every entry point and no TypeScript source is needed to run it', () => {
  for (const entry of ['start', 'gateway', 'worker', 'admin']) expect(existsSync(path.join(dir, 'dist/src/cli', `${entry}.js`))).toBe(true);
  expect(existsSync(path.join(dir, 'src'))).toBe(false);
});

it('starts the gateway and a worker from dist/ under NODE_ENV=production', async () => {
  const port = await freePort();
  const gateway = start('gateway', { PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}` });
  await waitHealthy(`http://127.0.0.1:${port}/health`, gateway);
  expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
  expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toMatch(/^process_cpu_user_seconds_total[ {]/m); // `{gateway_process="n"}` when npm run gateway runs one process per core
  // Production logs are JSON lines (no pino-pretty without a terminal or LOG_PRETTY).
  const firstLine = gateway.output().split('\n').find((l) => l.trim());
  expect(() => JSON.parse(firstLine ?? '')).not.toThrow();

  const metricsPort = await freePort();
  const worker = start('worker', { WORKER_METRICS_PORT: String(metricsPort) });
  await waitHealthy(`http://127.0.0.1:${metricsPort}/health`, worker);
  expect(await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text()).toContain('gateway_job_duration_seconds');

  expect(await stop(worker.child)).toBe(0);
  expect(await stop(gateway.child)).toBe(0);
}, 120_000);
