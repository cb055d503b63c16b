/**
 * A dedicated redis-server on a spare port, started as a child process so a
 * test can SIGKILL it and start it again on the same port and data directory.
 * With `aof` it persists every write before answering (appendfsync always),
 * as a production Redis for BullMQ should (AOF, `maxmemory-policy noeviction`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../../helpers/harness.js';

export interface RedisServer {
  port: number;
  url: string;
  /** SIGKILL: no shutdown, no final save. */
  kill(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function startRedisServer(opts: { aof: boolean }): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'gwfault-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let log = '';

  const args = [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--dir', dir,
    '--save', '',
    '--maxmemory-policy', 'noeviction',
    ...(opts.aof ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no']),
  ];

  async function waitUntilUp(): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      r.on('error', () => undefined);
      try {
        await r.connect();
        // Loading the AOF answers LOADING until done.
        if ((await r.ping()) === 'PONG') return;
      } catch {
        /* not yet */
      } finally {
        r.disconnect();
      }
      if (Date.now() > deadline) throw new Error(`redis-server on ${port} did not come up:\n${log.slice(-2000)}`);
      await new Promise((res) => setTimeout(res, 100));
    }
  }

  const server: RedisServer = {
    port,
    url,
    async start() {
      if (child && child.exitCode === null && child.signalCode === null) throw new Error('redis-server already running');
      child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
      child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
      await waitUntilUp();
    },
    async kill() {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return;
      const exited = new Promise((res) => c.once('exit', res));
      c.kill('SIGKILL');
      await exited;
    },
    async stop() {
      await server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
