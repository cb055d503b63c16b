/**
 * A throwaway 3-master Redis Cluster for one test file: three `redis-server
 * --cluster-enabled yes` processes on spare ports (each also needs its bus port,
 * port + 10000), joined with `redis-cli --cluster create`, ready once every node
 * reports `cluster_state:ok`. `stop()` SIGKILLs the servers and removes their files.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface RedisClusterProcess {
  ports: number[];
  /** The value of REDIS_CLUSTER_NODES: `127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3`. */
  nodes: string;
  stop(): Promise<void>;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** Ports P with P and P + 10000 (the cluster bus) free, from a range whose bus ports stay below 65536. */
async function clusterPorts(n: number): Promise<number[]> {
  const out: number[] = [];
  for (let tries = 0; out.length < n; tries++) {
    if (tries > 500) throw new Error('no free ports for a Redis Cluster');
    const p = 20_000 + Math.floor(Math.random() * 20_000);
    if (out.includes(p) || out.includes(p - 10_000) || out.includes(p + 10_000)) continue;
    if ((await portFree(p)) && (await portFree(p + 10_000))) out.push(p);
  }
  return out;
}

async function clusterState(port: number): Promise<string> {
  try {
    const { stdout } = await run('redis-cli', ['-p', String(port), 'cluster', 'info']);
    return /cluster_state:(\w+)/.exec(stdout)?.[1] ?? 'unknown';
  } catch {
    return 'down';
  }
}

async function until(what: string, fn: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > deadline) throw new Error(`Redis Cluster: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startRedisCluster(): Promise<RedisClusterProcess> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gw-redis-cluster-'));
  const ports = await clusterPorts(3);
  const servers: ChildProcess[] = ports.map((p) =>
    spawn(
      'redis-server',
      ['--port', String(p), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-config-file', path.join(dir, `nodes-${p}.conf`), '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
      { stdio: 'ignore' },
    ),
  );
  const stop = async () => {
    await Promise.all(
      servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.exitCode !== null || s.signalCode !== null) return resolve();
            s.once('exit', () => resolve());
            s.kill('SIGKILL');
          }),
      ),
    );
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const p of ports) await until(`node ${p} to start`, async () => (await clusterState(p)) !== 'down');
    await run('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes']);
    for (const p of ports) await until(`node ${p} to report cluster_state:ok`, async () => (await clusterState(p)) === 'ok');
  } catch (err) {
    await stop();
    throw err;
  }
  return { ports, nodes: ports.map((p) => `127.0.0.1:${p}`).join(','), stop };
}
