/** The standalone web chat page in a real browser: a visitor writes, the bot answers, a reload resumes the conversation. */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startHarness, type Harness } from '../helpers/harness.js';
import { launchBrowser } from '../helpers/browser.js';

let h: Harness;
let browser: Browser;
let connectionId: string;

beforeAll(async () => {
  // The page is Vite-built (web/chat): build it when missing or stale (`npm test` does it in pretest).
  execFileSync(process.execPath, ['scripts/build-web.mjs'], { stdio: 'ignore' });
  h = await startHarness();
  const t = await h.createTenant('Browser');
  connectionId = (await h.api(t.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'site' })).body.id;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

it('serves the built page with its framing rules and 404 for an unknown chat', async () => {
  const res = await fetch(`${h.url}/chat/${connectionId}`);
  expect(res.status).toBe(200);
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  // No allowed origins: any site may embed it.
  expect(csp).toContain('frame-ancestors *');
  expect(res.headers.get('x-frame-options')).toBeNull();
  expect(await res.text()).toMatch(/src="\/static\/assets\/chat-[^"]+\.js"/);
  expect((await fetch(`${h.url}/chat/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  expect((await fetch(`${h.url}/chat/not-a-uuid`)).status).toBe(404);
});

it('lets a visitor chat with the bot and resume after a reload', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${h.url}/chat/${connectionId}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByLabel('Message').fill('Do you ship to Canada?');
  await page.getByRole('button', { name: 'Send' }).click();
  const reply = page.locator('.m.out').first();
  await reply.waitFor({ timeout: 15_000 });
  expect(await reply.textContent()).toContain('Do you ship to Canada?');
  expect(await page.locator('.m.in').count()).toBe(1);
  await page.locator('.m.in .state', { hasText: 'Sent' }).waitFor();

  await page.reload();
  await page.locator('.m.out').first().waitFor({ timeout: 15_000 });
  // History replayed from the server: the visitor's message and the bot's reply, once each.
  expect(await page.locator('.m.in').count()).toBe(1);
  expect(await page.locator('.m.out').count()).toBe(1);
  expect(await page.locator('.m.in time').count()).toBe(1);
  expect(errors).toEqual([]);
  await page.close();
});
