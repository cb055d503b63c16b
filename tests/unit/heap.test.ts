/**
 * The worker's and the gateway's V8 flags are set on node's command line, never at run time (src/app/heap.ts):
 * package.json's scripts and docker-compose.yml carry exactly the lists of src/app/heap.ts, node accepts them, and no
 * source file calls v8.setFlagsFromString.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GATEWAY_NODE_FLAGS, WORKER_NODE_FLAGS } from '../../src/app/heap.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

const cases = [
  { entry: 'worker', flags: WORKER_NODE_FLAGS },
  { entry: 'gateway', flags: GATEWAY_NODE_FLAGS },
] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('V8 flags of the long-running processes', () => {
  for (const { entry, flags } of cases) {
    it(`npm run ${entry} passes ${flags.join(' ')} to node, before the launcher`, () => {
      expect(scripts[entry]).toBe(`node ${flags.join(' ')} scripts/launch.mjs ${entry}`);
    });

    it(`docker-compose.yml runs the ${entry} with the same flags`, () => {
      const commands = [...read('docker-compose.yml').matchAll(/command: (\[.*\])/g)].map((m) => JSON.parse(m[1]!) as string[]);
      const mine = commands.filter((c) => c.at(-1) === entry && c.includes('scripts/launch.mjs'));
      expect(mine.length).toBeGreaterThan(0);
      for (const c of mine) expect(c).toEqual(['node', ...flags, 'scripts/launch.mjs', entry]);
    });

    it(`node accepts the ${entry}'s flags`, () => {
      const r = spawnSync(process.execPath, [...flags, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('ok');
    });
  }

  it('no source file changes V8 flags at run time', () => {
    const offenders = sourceFiles('src').filter((f) => /setFlagsFromString\s*\(/.test(read(f)));
    expect(offenders).toEqual([]);
  });
});
