/**
 * The command behind an npm script of package.json, for everything that starts
 * the product's real entry points as child processes (fault tests, benches).
 * When the script is `node [--flags] <file.mjs> …` (the launcher) or `tsx <file>`
 * it runs with this node directly — no npm/sh wrapper, so a SIGKILL reaches the
 * process itself and its exit shows the signal, and node's own flags (the
 * worker's young-generation cap, src/app/heap.ts) come along; otherwise through
 * `npm run` in a process group of its own. Moving an entry point or changing its
 * flags therefore only needs package.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type Script = 'start' | 'gateway' | 'worker' | 'admin';

const packageScripts = (): Record<string, string> =>
  (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The command that runs an npm script: executable, its arguments, and whether it needs a process group of its own. */
export function scriptCommand(script: Script, args: string[] = []): { cmd: string; args: string[]; group: boolean } {
  const line = packageScripts()[script];
  if (!line) throw new Error(`package.json has no "${script}" script`);
  const tsx = /^tsx\s+(\S+\.ts)$/.exec(line.trim());
  if (tsx?.[1]) return { cmd: process.execPath, args: ['--import', 'tsx', tsx[1], ...args], group: false };
  // `node [--flag=value …] <file.mjs> [words …]`
  const node = /^node((?:\s+--[\w-]+(?:=\S+)?)*)\s+(\S+\.m?js)((?:\s+[\w-]+)*)$/.exec(line.trim());
  if (node?.[2]) {
    const words = (s: string | undefined) => (s ?? '').trim().split(/\s+/).filter(Boolean);
    return { cmd: process.execPath, args: [...words(node[1]), node[2], ...words(node[3]), ...args], group: false };
  }
  return { cmd: 'npm', args: ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], group: true };
}

/** The node arguments of a script that runs with this node directly (benches start those only). */
export function nodeScriptArgs(script: Script): string[] {
  const c = scriptCommand(script);
  if (c.cmd !== process.execPath) throw new Error(`package.json: script "${script}" does not run node directly`);
  return c.args;
}
