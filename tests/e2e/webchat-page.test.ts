/** The web chat page in a real browser: a visitor writes, the bot answers, a reload resumes the conversation. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startHarness, type Harness } from '../helpers/harness.js';
import { launchBrowser } from '../helpers/browser.js';

let h: Harness;
let browser: Browser;
let connectionId: string;

beforeAll(async () => {
  h = await startHarness();
  const t = await h.createTenant('Browser');
  connectionId = (await h.api(t.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'site' })).body.id;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

it('lets a visitor chat with the bot and resume after a reload', async () => {
  const page = await browser.newPage();
  await page.goto(`${h.url}/chat/${connectionId}`);
  await page.getByLabel('Message').fill('Do you ship to Canada?');
  await page.getByRole('button', { name: 'Send' }).click();
  const reply = page.locator('.m.out').first();
  await reply.waitFor({ timeout: 15_000 });
  expect(await reply.textContent()).toContain('Do you ship to Canada?');
  expect(await page.locator('.m.in').count()).toBe(1);

  await page.reload();
  await page.locator('.m.out').first().waitFor({ timeout: 15_000 });
  // History replayed from the server: the visitor's message and the bot's reply, once each.
  expect(await page.locator('.m.in').count()).toBe(1);
  expect(await page.locator('.m.out').count()).toBe(1);
  await page.close();
});
