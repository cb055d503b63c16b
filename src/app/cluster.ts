/**
 * `npm run gateway` on every core: a primary process that prepared the
 * database forks N HTTP processes sharing the port (node:cluster hands
 * connections round-robin), restarts one that dies, and on SIGTERM/SIGINT
 * stops them all gracefully. The primary serves nothing itself and opens no
 * connection, so it stays small. A process whose primary dies exits at once
 * (node:cluster), so a supervisor above (compose `restart:`) sees one failure.
 */
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

export interface ClusterOptions {
  processes: number;
  /** Only the first process runs WhatsApp Web sessions (one browser per session, never two). */
  whatsappWebSessions: boolean;
  logger: Logger;
}

/** `--processes N` among the arguments, or undefined. */
export function processesFlag(args: string[]): number | undefined {
  const i = args.findIndex((a) => a === '--processes' || a.startsWith('--processes='));
  if (i < 0) return undefined;
  const raw = args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`--processes must be an integer from 1 to 64 (got ${String(raw)})`);
  return n;
}

export function superviseCluster(opts: ClusterOptions): Promise<void> {
  const { logger } = opts;
  let stopping = false;
  const slots = new Map<number, { worker: Worker; startedAt: number; restarts: number }>();

  const fork = (slot: number, restarts = 0) => {
    const worker = cluster.fork({ WHATSAPP_WEB_SESSIONS: slot === 0 && opts.whatsappWebSessions ? 'true' : 'false' });
    slots.set(slot, { worker, startedAt: Date.now(), restarts });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      const s = slots.get(slot);
      // A process that ran a while starts again at once; one that keeps dying waits longer each time (≤ 30 s).
      const again = s && Date.now() - s.startedAt > 30_000 ? 0 : (s?.restarts ?? 0) + 1;
      const delay = again === 0 ? 0 : Math.min(30_000, 500 * 2 ** (again - 1));
      logger.error({ pid: worker.process.pid, code, signal, slot, restartInMs: delay }, 'gateway process exited; starting another');
      setTimeout(() => !stopping && fork(slot, again), delay).unref();
    });
  };

  // From TypeScript source (development: the launcher registered tsx in this process), the
  // forked processes need the same loader; the production build is plain JavaScript.
  if (process.argv[1]?.endsWith('.ts') && !process.execArgv.some((a) => a.includes('tsx'))) cluster.setupPrimary({ execArgv: [...process.execArgv, '--import', 'tsx'] });
  for (let i = 0; i < opts.processes; i++) fork(i);
  logger.info({ processes: opts.processes, pid: process.pid }, 'gateway cluster started');

  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'stopping the gateway processes');
      const alive = [...slots.values()].map((s) => s.worker).filter((w) => !w.isDead());
      if (alive.length === 0) return resolve();
      let left = alive.length;
      const force = setTimeout(() => alive.forEach((w) => !w.isDead() && w.process.kill('SIGKILL')), 20_000);
      force.unref();
      for (const w of alive) {
        w.once('exit', () => {
          if (--left === 0) {
            clearTimeout(force);
            resolve();
          }
        });
        w.process.kill('SIGTERM');
      }
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
  });
}
