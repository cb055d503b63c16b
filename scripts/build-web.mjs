#!/usr/bin/env node
/**
 * Builds the browser surfaces of web/ into dist/web/ with Vite when the build
 * is missing or older than its sources (`npm run up`, `npm start`, `npm test`
 * call it), or always with --force (`npm run build`).
 *
 *   node scripts/build-web.mjs [--force]
 *
 * Under a production install (no dev dependencies, so no Vite) an existing
 * build is used as it is; a missing one is reported in one line.
 * Plain JavaScript on purpose: the launcher imports it where tsx is absent.
 */
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_SRC = path.join(ROOT, 'web');
export const WEB_DIST = path.join(ROOT, 'dist', 'web');
const STAMP = path.join(WEB_DIST, '.build-stamp');

/** Newest modification time (ms) of the files under `dir`. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** True when dist/web is missing or older than web/ or the lock file (a new Preact or Vite). */
export function webBuildIsStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  const lock = path.join(ROOT, 'package-lock.json');
  return newestMtime(WEB_SRC) > built || (existsSync(lock) && statSync(lock).mtimeMs > built);
}

/** Builds when needed (or forced). Resolves to what happened: 'built' | 'fresh' | 'prebuilt'. */
export async function ensureWebBuild({ force = false, log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  if (!force && !webBuildIsStale()) return 'fresh';
  let vite;
  try {
    vite = await import(pathToFileURL(path.join(ROOT, 'node_modules', 'vite', 'dist', 'node', 'index.js')).href);
  } catch {
    if (existsSync(STAMP)) return 'prebuilt';
    throw new Error('the web front end is not built and Vite is not installed: run `npm ci` and `npm run build`');
  }
  log('web: building the browser pages (Vite)…');
  // Every build starts empty: hashed assets of older builds would pile up (the two configs share the folder).
  rmSync(WEB_DIST, { recursive: true, force: true });
  const configs = ['vite.config.ts', 'vite.widget.config.ts'].map((f) => path.join(WEB_SRC, f)).filter((f) => existsSync(f));
  for (const configFile of configs) await vite.build({ configFile, logLevel: 'warn' });
  writeFileSync(STAMP, new Date().toISOString());
  log(`web: built into ${path.relative(ROOT, WEB_DIST)}/`);
  return 'built';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureWebBuild({ force: process.argv.includes('--force') }).catch((err) => {
    process.stderr.write(`web: ${err.message}\n`);
    process.exit(1);
  });
}
