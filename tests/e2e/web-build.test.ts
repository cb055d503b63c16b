/** The Vite-built pages of web/ as the gateway serves them: the HTML, its hashed assets, security headers, and a render in Chromium. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Harness } from '../helpers/harness.js';
import { startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

let env: BrowserHarness | undefined;
let h: Harness;
let browser: Browser;

beforeAll(async () => {
  env = await startBrowserHarness();
  ({ h, browser } = env);
}, 60_000);

afterAll(async () => {
  await env?.close();
});

it('serves /admin from the build with same-origin-only scripts and immutable assets', async () => {
  const res = await fetch(`${h.url}/admin`);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-cache');
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  const html = await res.text();
  const script = /src="(\/static\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  const asset = await fetch(`${h.url}${script}`);
  expect(asset.status).toBe(200);
  expect(asset.headers.get('content-type')).toMatch(/javascript/);
  expect(asset.headers.get('cache-control')).toContain('immutable');
  expect((await fetch(`${h.url}/static/assets/missing-0000.js`)).status).toBe(404);
});

it('renders the admin page in a browser without console errors', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.goto(`${h.url}/admin`);
  await page.getByRole('heading', { level: 1, name: 'Admin console' }).waitFor();
  // Signed out: the console asked who is signed in (401) and shows the key form.
  await page.getByLabel('Admin API key').waitFor();
  expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  await page.close();
});
