/**
 * The fault tests and benches run each npm script's node command directly (no npm/sh wrapper), so a
 * SIGKILL reaches the process itself and its exit shows the signal. The worker's script
 * carries a node flag (`--max-semi-space-size`, src/app/heap.ts): it must come along,
 * before the launcher, and must not send the script through npm.
 */
import { describe, expect, it } from 'vitest';
import { scriptCommand } from '../helpers/npm-script.js';

describe('fault-test process command', () => {
  it('runs `npm run worker` as node with the script’s own flags, directly', () => {
    const c = scriptCommand('worker', ['--extra']);
    expect(c.cmd).toBe(process.execPath);
    expect(c.group).toBe(false);
    expect(c.args).toEqual(['--max-semi-space-size=8', '--no-regexp-tier-up', '--heap-growing-percent=100', 'scripts/launch.mjs', 'worker', '--extra']);
  });

  it('runs the gateway launcher directly too', () => {
    const c = scriptCommand('gateway');
    expect(c).toEqual({ cmd: process.execPath, args: ['--heap-growing-percent=100', 'scripts/launch.mjs', 'gateway'], group: false });
  });
});
