#!/usr/bin/env node
/**
 * Runs one entry point of src/cli/ (`npm start`, `npm run gateway|worker|admin`):
 *   NODE_ENV=production → the compiled JavaScript in dist/ (`npm run build`);
 *                         plain node, no TypeScript tooling, so the image can
 *                         install production dependencies only.
 *   otherwise           → the TypeScript source, through tsx (a dev dependency).
 *
 *   node scripts/launch.mjs <entry> [args…]
 *   node scripts/launch.mjs --which <entry>    prints "<dist|tsx> <file>" and exits
 *
 * Plain JavaScript on purpose: it must run where tsx is not installed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = ['start', 'gateway', 'worker', 'admin', 'eval-rag', 'eval-escalation'];

/** What runs for `name`: the build under NODE_ENV=production, the source otherwise. */
export function resolveEntry(name, nodeEnv, root = ROOT) {
  if (!ENTRIES.includes(name)) throw new Error(`unknown entry point "${name}"; one of: ${ENTRIES.join(', ')}`);
  return nodeEnv === 'production'
    ? { mode: 'dist', file: path.join(root, 'dist', 'src', 'cli', `${name}.js`) }
    : { mode: 'tsx', file: path.join(root, 'src', 'cli', `${name}.ts`) };
}

async function main() {
  const args = process.argv.slice(2);
  const dryRun = args[0] === '--which';
  if (dryRun) args.shift();
  const name = args.shift();
  let entry;
  try {
    entry = resolveEntry(name ?? '', process.env.NODE_ENV);
  } catch (err) {
    process.stderr.write(`launch: ${err.message}\n`);
    process.exit(64);
  }
  if (dryRun) {
    process.stdout.write(`${entry.mode} ${path.relative(ROOT, entry.file)}\n`);
    return;
  }
  if (!existsSync(entry.file)) {
    process.stderr.write(
      entry.mode === 'dist'
        ? `launch: ${path.relative(ROOT, entry.file)} is missing: NODE_ENV=production runs the compiled build; run \`npm run build\` first\n`
        : `launch: ${path.relative(ROOT, entry.file)} is missing\n`,
    );
    process.exit(1);
  }
  if (entry.mode === 'tsx') {
    try {
      const { register } = await import('tsx/esm/api');
      register();
    } catch {
      process.stderr.write('launch: tsx is not installed (a dev dependency): run `npm ci`, or build with `npm run build` and set NODE_ENV=production\n');
      process.exit(1);
    }
  }
  // The HTTP entry points serve web/'s pages: build them first when missing or stale
  // (development only; a production image ships dist/web from `npm run build`).
  if (entry.mode === 'tsx' && (name === 'start' || name === 'gateway')) {
    const builder = path.join(ROOT, 'scripts', 'build-web.mjs');
    if (existsSync(builder)) {
      try {
        const { ensureWebBuild } = await import(pathToFileURL(builder).href);
        await ensureWebBuild();
      } catch (err) {
        process.stderr.write(`launch: the browser pages could not be built (${err.message}); the API runs without them\n`);
      }
    }
  }
  // The entry reads its own arguments from process.argv.slice(2), as if started directly.
  process.argv = [process.argv[0], entry.file, ...args];
  await import(pathToFileURL(entry.file).href);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
