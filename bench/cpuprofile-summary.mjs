#!/usr/bin/env node
/**
 * Summarises a .cpuprofile written by `BENCH_GATEWAY_CPU_PROF=1 npm run bench -- webhooks`:
 * self time by package/file and by function, and inclusive time by function, from the first
 * sample inside the webhook route on (start-up and module loading left out).
 *
 *   node bench/cpuprofile-summary.mjs bench/results/CPU.<…>.cpuprofile [rows] [start-marker]
 *
 * start-marker (default `routes/webhooks`) is a path fragment: the window starts at the first
 * sample with a frame whose file contains it — `workers/` for the worker's profile of
 * `BENCH_WORKER_CPU_PROF=1 npm run bench -- answer`.
 */
import { readFileSync } from 'node:fs';

const [file, rowsArg, marker = 'routes/webhooks'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/cpuprofile-summary.mjs <file.cpuprofile> [rows]\n');
  process.exit(64);
}
const rows = Number(rowsArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const where = (url) => {
  const path = url.replace(/^file:\/\//, '');
  if (path.includes('node_modules/')) return path.replace(/.*node_modules\//, 'nm/');
  return path.replace(/^.*?\/(src|channels|bench)\//, '$1/') || '(native)';
};
const label = (n) => `${n.callFrame.functionName || '(anon)'} ${where(n.callFrame.url)}${n.callFrame.lineNumber >= 0 ? `:${n.callFrame.lineNumber + 1}` : ''}`;
const pkg = (f) => (f.startsWith('nm/') ? f.split('/').slice(0, f.split('/')[1]?.startsWith('@') ? 3 : 2).join('/') : f);

// The window starts at the first sample whose stack has a frame in the marker's files.
const inRoute = new Map();
const isInRoute = (id) => {
  if (!inRoute.has(id)) inRoute.set(id, where(byId.get(id).callFrame.url).includes(marker) || (parent.has(id) && isInRoute(parent.get(id))));
  return inRoute.get(id);
};
const self = new Map();
let started = false;
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  started ||= isInRoute(id);
  if (started) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
}

const bySelfFile = new Map();
const bySelfFn = new Map();
const inclusive = new Map();
let busy = 0;
for (const [id, us] of self) {
  const n = byId.get(id);
  if (n.callFrame.functionName === '(idle)') continue;
  busy += us;
  const f = pkg(where(n.callFrame.url));
  bySelfFile.set(f, (bySelfFile.get(f) ?? 0) + us);
  bySelfFn.set(label(n), (bySelfFn.get(label(n)) ?? 0) + us);
  const seen = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) {
    const k = label(byId.get(x));
    if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + us);
    seen.add(k);
  }
}
const table = (m) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
process.stdout.write(`busy ${(busy / 1e6).toFixed(2)} s (idle left out)\n`);
process.stdout.write(`--- self time by package/file\n${table(bySelfFile)}\n--- self time by function\n${table(bySelfFn)}\n--- inclusive time by function\n${table(inclusive)}\n`);
