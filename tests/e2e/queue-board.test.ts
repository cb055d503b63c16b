/**
 * In a real browser: an operator signs in and Bull Board renders under its
 * Content-Security-Policy; the pages run without CSP violations; another site
 * can frame the web chat page but not the agent inbox.
 */
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startWebchatBrowserHarness, type WebchatBrowserHarness } from '../helpers/browser.js';
import type { Harness } from '../helpers/harness.js';

let env: WebchatBrowserHarness | undefined;
let h: Harness;
let browser: Browser;
let connectionId: string;
let operatorKey: string;
let outer: Server;
let outerUrl: string;

/** CSP violations the page reports. Bull Board's Google Fonts stylesheet is blocked on purpose (no third-party requests). */
function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (/Content Security Policy/i.test(text) && !text.includes('fonts.googleapis.com')) found.push(text);
  });
  return found;
}

beforeAll(async () => {
  env = await startWebchatBrowserHarness('Board');
  ({ h, browser, connectionId } = env);
  operatorKey = (await h.c.operators.createKey('browser operator')).key;
  // Another origin (another port) that tries to frame our pages.
  outer = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(`<!doctype html><iframe id="inbox" src="${h.url}/inbox"></iframe><iframe id="chat" src="${h.url}/chat/${connectionId}"></iframe>`);
  });
  await new Promise<void>((resolve) => outer.listen(0, '127.0.0.1', () => resolve()));
  const addr = outer.address();
  outerUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (outer ? outer.close(() => resolve()) : resolve()));
  await env?.close();
});

it('signs an operator in through the form and renders Bull Board with every queue', async () => {
  const page = await browser.newPage();
  const violations = cspViolations(page);
  await page.goto(`${h.url}/admin/queues`);
  // No session yet: the sign-in form.
  expect(new URL(page.url()).pathname).toBe('/admin/login');
  await page.getByLabel('Operator key').fill(operatorKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/admin\/queues/);
  await page.getByText('conversation', { exact: true }).first().waitFor({ timeout: 20_000 });
  await page.getByText('ingestion', { exact: true }).first().waitFor();
  // The session cookie is invisible to scripts.
  expect(await page.evaluate(() => document.cookie)).not.toContain('gw_operator');
  expect(violations).toEqual([]);
  await page.close();
});

it('rejects a tenant admin key at the sign-in form', async () => {
  const t = await h.createTenant('Not an operator');
  const page = await browser.newPage();
  await page.goto(`${h.url}/admin/login`);
  await page.getByLabel('Operator key').fill(t.apiKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  expect(await page.getByRole('alert').textContent()).toContain('Invalid or revoked operator key');
  // Still no session: the board sends the browser back to the form.
  await page.goto(`${h.url}/admin/queues`);
  expect(new URL(page.url()).pathname).toBe('/admin/login');
  await page.close();
});

it('runs the inbox and web chat pages without CSP violations', async () => {
  const page = await browser.newPage();
  const violations = cspViolations(page);
  await page.goto(`${h.url}/chat/${connectionId}`);
  await page.getByLabel('Message').fill('hello under a CSP');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.locator('.m.out').first().waitFor({ timeout: 15_000 });
  // Signed out, the inbox sends the browser to the sign-in page: both run under their CSP.
  await page.goto(`${h.url}/inbox`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  expect(violations).toEqual([]);
  await page.close();
});

it('lets another site frame the web chat page but not the agent inbox', async () => {
  const page = await browser.newPage();
  await page.goto(outerUrl);
  const chat = await (await page.$('#chat'))!.contentFrame();
  // The chat page rendered inside the frame: its heading (the bot's name) and the message box.
  await chat!.getByRole('heading', { level: 1 }).waitFor({ timeout: 10_000 });
  await chat!.getByPlaceholder('Type a message…').waitFor({ timeout: 10_000 });
  const inbox = await (await page.$('#inbox'))!.contentFrame();
  // frame-ancestors 'none': Chromium replaces the frame with its error page.
  await expect.poll(() => inbox!.url(), { timeout: 10_000 }).toMatch(/^chrome-error:/);
  expect(await inbox!.getByLabel('Password').count()).toBe(0);
  await page.close();
});
