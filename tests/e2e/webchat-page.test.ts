/** The standalone web chat page in a real browser: a visitor writes, the bot answers, a reload resumes the conversation. */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { channelIdentities, customers } from '../../drizzle/schema.js';
import type { Browser } from 'playwright-core';
import type { Harness } from '../helpers/harness.js';
import { screenshotPath, startWebchatBrowserHarness, type WebchatBrowserHarness } from '../helpers/browser.js';

let env: WebchatBrowserHarness | undefined;
let h: Harness;
let browser: Browser;
let connectionId: string;
let apiKey: string;

beforeAll(async () => {
  // The page is Vite-built (web/chat): the helper builds it when missing or stale.
  env = await startWebchatBrowserHarness('Browser');
  ({ h, browser, connectionId, apiKey } = env);
}, 120_000);

afterAll(async () => {
  await env?.close();
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

it('asks for name and email first when the pre-chat form is on, and files them on the customer', async () => {
  const conn = (await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'form' })).body.id as string;
  expect((await h.api(apiKey, 'PUT', `/api/v1/channels/${conn}/bot`, { botName: 'Kit', widget: { preChatForm: true, welcomeMessage: 'Hello from Kit' } })).status).toBe(200);
  const page = await browser.newPage();
  await page.goto(`${h.url}/chat/${conn}`);
  await page.getByText('Hello from Kit').waitFor();
  expect(await page.getByLabel('Message').count()).toBe(0);
  await page.getByLabel('Name').fill('Robin Roe');
  await page.getByLabel('Email').fill('robin@example.com');
  await page.getByRole('button', { name: 'Start chat' }).click();
  await page.getByLabel('Message').fill('Hi there');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.locator('.m.in .state', { hasText: 'Sent' }).waitFor();
  const [identity] = await h.c.database.db.select().from(channelIdentities).where(and(eq(channelIdentities.connectionId, conn)));
  expect(identity?.displayName).toBe('Robin Roe');
  const [customer] = await h.c.database.db.select().from(customers).where(eq(customers.id, identity!.customerId));
  expect(customer?.email).toBe('robin@example.com');
  // A returning visitor is not asked again.
  await page.reload();
  await page.getByLabel('Message').waitFor();
  expect(await page.getByLabel('Name').count()).toBe(0);
  await page.close();
});

it('fits a phone screen: the composer stays in view', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 664 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${h.url}/chat/${connectionId}`);
  const input = page.getByLabel('Message');
  await input.waitFor();
  const box = await input.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(664);
  await page.screenshot({ path: screenshotPath('chat-page-phone.png') });
  await context.close();
});
