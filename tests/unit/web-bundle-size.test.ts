/**
 * The widget's weight budget: the loader (`/widget.js`) plus every script the
 * chat page it opens loads (its entry and the chunks it preloads) stay within
 * 60 KB gzipped. Builds web/ first when the build is missing or stale.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DIST = path.join(ROOT, 'dist', 'web');
const BUDGET_BYTES = 60 * 1024;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-web.mjs')], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The scripts the built chat page loads: `<script src>` and `<link rel="modulepreload">` under /static/. */
function chatPageScripts(): string[] {
  const html = readFileSync(path.join(DIST, 'chat', 'index.html'), 'utf8');
  const urls = [...html.matchAll(/<script[^>]+src="(\/static\/[^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="(\/static\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(urls)].map((u) => path.join(DIST, u.replace(/^\/static\//, '')));
}

it('keeps the widget loader and the chat page scripts within 60 KB gzipped', () => {
  const scripts = chatPageScripts();
  expect(scripts.length).toBeGreaterThan(0);
  const files = [path.join(DIST, 'widget.js'), ...scripts];
  const sizes = files.map((f) => ({ file: path.relative(DIST, f), gzip: gzipped(f) }));
  const total = sizes.reduce((a, s) => a + s.gzip, 0);
  expect(total, `widget bundle ${total} bytes gzipped: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(BUDGET_BYTES);
  // The loader itself stays tiny: it runs on every page of the host site.
  expect(sizes[0]!.gzip).toBeLessThan(8 * 1024);
});
