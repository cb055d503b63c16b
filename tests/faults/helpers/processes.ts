/**
 * The product's real entry points as child processes, for fault tests.
 *
 * Each process is started from its npm script (`start`, `gateway`, `worker`,
 * `admin`) as tests/helpers/npm-script.ts says how: the launcher with node
 * directly (a SIGKILL reaches the process itself), anything else through npm.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../helpers/harness.js';
import { scriptCommand, type Script } from '../../helpers/npm-script.js';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface AppProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  /** Everything the process wrote (stdout + stderr), capped to the last few MB. */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<Exit>;
  exit: Exit | null;
  alive(): boolean;
  /** Waits until the output has a line matching `re`; fails early if the process exits first. */
  waitForLine(re: RegExp, timeoutMs?: number): Promise<string>;
  /** Sends a signal to the process (its group when run through npm). */
  signal(sig: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL if it is still alive after `graceMs`; resolves on exit. */
  stop(graceMs?: number): Promise<Exit>;
}

const MAX_OUTPUT = 4 * 1024 * 1024;

export function spawnApp(script: Script, env: Record<string, string>, opts: { name?: string; args?: string[] } = {}): AppProcess {
  const { cmd, args, group } = scriptCommand(script, opts.args);
  const child = spawn(cmd, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: group,
  });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString();
    if (out.length > MAX_OUTPUT) out = out.slice(-MAX_OUTPUT / 2);
    for (const l of listeners) l();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const p: AppProcess = {
    name: opts.name ?? script,
    child,
    pid: child.pid ?? -1,
    output: () => out,
    exit: null,
    exited: new Promise<Exit>((resolve) => {
      child.once('exit', (code, signal) => {
        p.exit = { code, signal };
        for (const l of listeners) l();
        resolve(p.exit);
      });
    }),
    alive: () => p.exit === null,
    waitForLine(re, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const line = out.split('\n').find((l) => re.test(l));
          if (line !== undefined) {
            done();
            resolve(line);
          } else if (p.exit) {
            done();
            reject(new Error(`${p.name} exited (${JSON.stringify(p.exit)}) before printing ${re}; output:\n${out.slice(-3000)}`));
          }
        };
        const t = setTimeout(() => {
          done();
          reject(new Error(`${p.name}: timed out waiting for ${re}; output:\n${out.slice(-3000)}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(t);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    signal(sig) {
      if (!p.alive()) return;
      try {
        if (group && child.pid) process.kill(-child.pid, sig);
        else child.kill(sig);
      } catch {
        /* already gone */
      }
    },
    async stop(graceMs = 10_000) {
      if (!p.alive()) return p.exit!;
      p.signal('SIGTERM');
      const t = setTimeout(() => p.signal('SIGKILL'), graceMs);
      const exit = await p.exited;
      clearTimeout(t);
      return exit;
    },
  };
  return p;
}

/** Runs a script to completion and returns its stdout (throws with the output on a non-zero exit). */
export async function runScript(script: Script, args: string[], env: Record<string, string>): Promise<string> {
  const p = spawnApp(script, env, { args });
  let stdout = '';
  p.child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  const exit = await p.exited;
  if (exit.code !== 0) throw new Error(`npm run ${script} ${args.join(' ')} failed (${JSON.stringify(exit)}):\n${p.output().slice(-3000)}`);
  return stdout;
}

/** Every process a test file started, so teardown can stop them all even after a failure. */
export class ProcessSet {
  readonly all: AppProcess[] = [];

  spawn(script: Script, env: Record<string, string>, opts: { name?: string; args?: string[] } = {}): AppProcess {
    const p = spawnApp(script, env, opts);
    this.all.push(p);
    return p;
  }

  /** Processes that exited although nobody asked them to (name, exit, output tail). */
  unexpectedExits(expected: Set<AppProcess> = new Set()): string[] {
    return this.all.filter((p) => p.exit && !expected.has(p)).map((p) => `${p.name} (pid ${p.pid}) exited ${JSON.stringify(p.exit)}:\n${p.output().slice(-4000)}`);
  }

  /** Stops every process; with FAULT_LOG_DIR set, keeps each one's output there for a post-mortem. */
  async stopAll(): Promise<void> {
    await Promise.all(this.all.map((p) => p.stop(5_000)));
    const dir = process.env.FAULT_LOG_DIR;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      for (const p of this.all) writeFileSync(path.join(dir, `${p.name.replace(/\W+/g, '-')}-${p.pid}.log`), p.output());
    }
  }
}
