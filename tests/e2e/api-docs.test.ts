/** /docs: Swagger UI over the generated document, in Chromium, under the page's CSP (no inline scripts). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Harness } from '../helpers/harness.js';
import { screenshotPath, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

let env: BrowserHarness | undefined;
let h: Harness;
let browser: Browser;

beforeAll(async () => {
  env = await startBrowserHarness({ workers: 0 });
  ({ h, browser } = env);
}, 60_000);

afterAll(async () => {
  await env?.close();
});

it('shows every tag and the path parameters of an operation', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.goto(`${h.url}/docs`);
  await page.locator('.opblock-tag', { hasText: 'Tickets' }).first().waitFor({ timeout: 30_000 });
  const doc = (await (await fetch(`${h.url}/openapi.json`)).json()) as { tags: Array<{ name: string }> };
  for (const { name } of doc.tags) await page.locator('.opblock-tag', { hasText: name }).first().waitFor();
  // Open GET /api/v1/tickets/{id}: its "id" path parameter is listed (the hand-written document said "No parameters").
  const op = page.locator('#operations-Tickets-getApiV1TicketsId');
  await op.locator('.opblock-summary').click();
  await op.locator('.parameters-col_name', { hasText: 'id' }).first().waitFor();
  expect(await op.locator('.parameter__in', { hasText: 'path' }).count()).toBeGreaterThan(0);
  await page.screenshot({ path: screenshotPath('api-docs.png'), fullPage: false });
  expect(errors).toEqual([]);
  await page.close();
});
