/**
 * The embeddable widget in Chromium, on a plain host page served from another
 * origin: open it, greeting and theme, a question answered from the knowledge
 * base with a source card, "Talk to a person" on an unsure answer escalates,
 * a message typed while offline is delivered once when the browser is back,
 * the conversation closed by an agent is rated, and a reload shows history and
 * rating; axe-core finds no serious or critical violations. A site that is not
 * among the connection's allowed origins can neither frame the chat nor open a
 * session. Screenshots go to tests/e2e/screenshots/ (git-ignored).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { conversations, feedback, messages, tickets } from '../../drizzle/schema.js';
import { DocumentIndexer } from '../../src/rag/indexer.js';
import { createEmbedder } from '../../src/rag/models.js';
import { buildWebPages, launchBrowser, screenshotPath } from '../helpers/browser.js';
import { ROOT, startHarness, waitFor, type Harness } from '../helpers/harness.js';

const WELCOME = 'Hi, I am Ava. Ask me about orders, returns and refunds.';
const RETURNS_URL = 'https://help.acme.example/returns-and-refunds';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let h: Harness;
let browser: Browser;
let admin: { tenantId: string; apiKey: string };
let agentKey: string;
let connectionId: string;
let allowedHost: { server: Server; origin: string };
let otherHost: { server: Server; origin: string };

/** A plain page on its own origin (with CSS that would break an unprotected widget) embedding what `embed()` returns at request time. */
async function hostSite(embed: () => string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    if (req.url !== '/') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme shop</title>
<style>body{font-family:serif;background:#fafafa} button{all:unset} iframe{border:10px solid red}</style></head>
<body><main><h1>Acme shop</h1><p>Our products.</p></main>${embed()}</body></html>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  // `localhost`, not 127.0.0.1: another origin (and another site) than the gateway's.
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}

async function axeScan(frame: Frame | Page): Promise<Array<{ id: string; impact: string; help: string; nodes: number }>> {
  // Evaluated over CDP, so the page's CSP (scripts from its own origin only) does not apply to the scanner.
  await frame.evaluate(axeSource);
  return frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: unknown[] }> }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
}

const inbound = (text: string) =>
  h.c.database.db
    .select({ id: messages.id })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(and(eq(conversations.connectionId, connectionId), eq(messages.direction, 'in'), eq(messages.text, text)));

beforeAll(async () => {
  buildWebPages();
  h = await startHarness({ productWorkers: true });
  admin = await h.createTenant('Acme');
  const agent = await h.api(admin.apiKey, 'POST', '/api/v1/agents', { email: 'ana@acme.test', name: 'Ana Lima', languages: ['en'] });
  expect(agent.status).toBe(201);
  agentKey = agent.body.apiKey;

  const kb = await h.c.knowledge.createKnowledgeBase(admin.tenantId, { name: 'Help center', language: 'english' });
  const indexer = new DocumentIndexer(h.c.database.db, createEmbedder(h.config));
  const content = readFileSync(path.join(ROOT, 'examples', 'help-center', 'returns-and-refunds.md'), 'utf8');
  const doc = await h.c.knowledge.addDocument(admin.tenantId, kb.id, { title: 'Returns and refunds', format: 'markdown', content, sourceUrl: RETURNS_URL }, { enqueue: false });
  await indexer.index(admin.tenantId, doc.id);

  const script = () => `<script src="${h.url}/widget.js" data-connection="${connectionId}" async></script>`;
  allowedHost = await hostSite(script);
  // Not allowed: it frames the chat page directly and loads the loader.
  otherHost = await hostSite(() => `<iframe title="chat" src="${h.url}/chat/${connectionId}?embed=1"></iframe>${script()}`);
  const created = await h.api(admin.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Shop', credentials: { allowedOrigins: [allowedHost.origin] } });
  expect(created.status).toBe(201);
  connectionId = created.body.id;
  const bot = await h.api(admin.apiKey, 'PUT', `/api/v1/channels/${connectionId}/bot`, {
    botName: 'Ava',
    widget: { color: '#0b6e4f', welcomeMessage: WELCOME, position: 'left', preChatForm: false },
  });
  expect(bot.status).toBe(200);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  for (const host of [allowedHost, otherHost]) await new Promise((r) => host?.server.close(r));
  await h?.close();
});

async function openWidget(page: Page): Promise<FrameLocator> {
  await page.goto(allowedHost.origin);
  const launcher = page.getByRole('button', { name: 'Open chat with Ava' });
  await launcher.waitFor({ timeout: 15_000 });
  // 
  await launcher.focus();
  await page.keyboard.press('Enter');
  const chat = page.frameLocator('iframe[title="Chat with Ava"]');
  await chat.getByRole('heading', { level: 1, name: 'Ava' }).waitFor({ timeout: 15_000 });
  return chat;
}

async function ask(chat: FrameLocator, text: string): Promise<void> {
  const input = chat.getByLabel('Message');
  await input.fill(text);
  await input.press('Enter');
}

it('works on another site: greeting, answer with a source card, "Talk to a person", offline delivery, rating, history after reload, accessibility', async () => {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const chat = await openWidget(page);

  // Greeting and theme: the welcome message, the bot's name; the launcher on the left.
  await chat.getByText(WELCOME).waitFor();
  const launcherBox = await page.getByRole('button', { name: 'Close chat with Ava' }).boundingBox();
  expect(launcherBox!.x).toBeLessThan(200);
  await page.screenshot({ path: screenshotPath('widget-open.png') });

  // A question answered from the knowledge base, its source as a clickable card.
  await ask(chat, 'How long do I have to return an item?');
  const card = chat.locator('a.source-card').first();
  await card.waitFor({ timeout: 30_000 });
  expect(await card.getAttribute('href')).toBe(RETURNS_URL);
  expect(await card.getAttribute('target')).toBe('_blank');
  // Rendered, not raw Markdown; the citation line is the card, not text.
  expect(await chat.locator('.m.out.bot .body strong').count()).toBeGreaterThan(0);
  expect(await chat.locator('.m.out.bot .body').first().textContent()).not.toMatch(/\*\*|Source:/);
  await chat.locator('.m.in .state', { hasText: 'Sent' }).first().waitFor();
  expect(await chat.locator('.m.in time').count()).toBe(1);

  // An unsure answer offers a person as a quick reply; pressing it escalates.
  await ask(chat, 'What is the airspeed velocity of an unladen swallow?');
  const talk = chat.getByRole('button', { name: 'Talk to a person' });
  await talk.waitFor({ timeout: 30_000 });
  await page.screenshot({ path: screenshotPath('widget-unsure.png') });
  await talk.click();
  const ticket = await waitFor(
    async () => {
      const rows = await h.c.database.db
        .select({ id: tickets.id, conversationId: tickets.conversationId })
        .from(tickets)
        .innerJoin(conversations, eq(conversations.id, tickets.conversationId))
        .where(eq(conversations.connectionId, connectionId));
      return rows[0];
    },
    { what: 'a ticket for the hand-off', timeoutMs: 30_000 },
  );
  // The customer is told a person takes over.
  await chat.locator('.m.out', { hasText: 'member of our team' }).waitFor({ timeout: 30_000 });

  // The visitor closes the panel (Escape inside the chat); an agent answers: the launcher counts it, their name is on the message.
  await page.keyboard.press('Escape');
  const launcher1 = page.getByRole('button', { name: 'Open chat with Ava' });
  await launcher1.waitFor();
  const reply = await h.api(agentKey, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { text: 'Hello, I am **Ana**. How can I help?' });
  expect(reply.status).toBeLessThan(300);
  await page.getByRole('button', { name: 'Open chat with Ava (1 new message)' }).waitFor({ timeout: 30_000 });
  await page.screenshot({ path: screenshotPath('widget-unread.png') });
  await launcher1.click();
  const agentMsg = chat.locator('.m.out.agent').first();
  await agentMsg.waitFor({ timeout: 30_000 });
  expect(await agentMsg.locator('.name').textContent()).toBe('Ana Lima');

  // Offline for 15 s: the message waits (pending, then "not sent" with Retry) behind a reconnecting banner…
  await context.setOffline(true);
  const offlineText = 'Written while offline: is my refund on its way?';
  await ask(chat, offlineText);
  await chat.getByRole('status').filter({ hasText: 'Reconnecting' }).waitFor({ timeout: 15_000 });
  await chat.locator('.m.in', { hasText: offlineText }).locator('.state').waitFor();
  expect(await chat.locator('.m.in', { hasText: offlineText }).locator('.state').textContent()).toMatch(/Sending|Not sent/);
  // After a few failed attempts it says so and offers Retry (while still retrying by itself).
  await chat.locator('.m.in', { hasText: offlineText }).getByRole('button', { name: 'Retry' }).waitFor({ timeout: 15_000 });
  await page.screenshot({ path: screenshotPath('widget-offline.png') });
  await new Promise((r) => setTimeout(r, 15_000));
  expect(await inbound(offlineText)).toHaveLength(0);
  // …and back online it is delivered, once.
  await context.setOffline(false);
  await chat.locator('.m.in', { hasText: offlineText }).locator('.state', { hasText: /^Sent$/ }).waitFor({ timeout: 30_000 });
  await waitFor(async () => (await inbound(offlineText)).length > 0, { what: 'the offline message stored' });
  expect(await inbound(offlineText)).toHaveLength(1);
  await chat.getByRole('status').filter({ hasText: 'Reconnecting' }).waitFor({ state: 'detached', timeout: 30_000 });

  // The agent closes the conversation: the visitor rates it with labelled buttons.
  const closed = await h.api(agentKey, 'POST', `/api/v1/tickets/${ticket.id}/close`, {});
  expect(closed.status).toBeLessThan(300);
  const rate4 = chat.getByRole('button', { name: 'Rate 4 of 5' });
  await rate4.waitFor({ timeout: 30_000 });
  expect(await chat.getByRole('button', { name: /^Rate [1-5] of 5$/ }).count()).toBe(5);
  await rate4.click();
  await chat.getByText('You rated this conversation 4 of 5').waitFor();
  await waitFor(async () => (await h.c.database.db.select().from(feedback).where(eq(feedback.conversationId, ticket.conversationId!)))[0]?.rating === 4, {
    what: 'the rating stored',
    timeoutMs: 30_000,
  });

  // Accessibility of the chat (in its frame) and of the launcher on the host page.
  const frame = page.frames().find((f) => f.url().includes(`/chat/${connectionId}`))!;
  expect(await axeScan(frame)).toEqual([]);
  expect(await axeScan(page)).toEqual([]);

  // A reload after the close: the history and the rating are still there.
  const chat2 = await openWidget(page);
  await chat2.locator('.m.in', { hasText: 'How long do I have to return an item?' }).waitFor({ timeout: 15_000 });
  await chat2.locator('a.source-card').first().waitFor();
  await chat2.locator('.m.in', { hasText: offlineText }).waitFor();
  expect(await chat2.locator('.m.in', { hasText: offlineText }).count()).toBe(1);
  await chat2.getByText('You rated this conversation 4 of 5').waitFor({ timeout: 15_000 });
  expect(await chat2.getByRole('button', { name: /^Rate [1-5] of 5$/ }).count()).toBe(0);
  await page.screenshot({ path: screenshotPath('widget-history.png') });

  // Escape closes the panel and gives the focus back to the launcher.
  await chat2.getByLabel('Message').focus();
  await page.keyboard.press('Escape');
  const launcher = page.getByRole('button', { name: 'Open chat with Ava' });
  await launcher.waitFor();
  expect(await launcher.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
}, 240_000);

it('refuses sites outside the allowed origins: no frame, no session', async () => {
  const page = await browser.newPage();
  const refusedFrame = page.waitForEvent('console', { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 15_000 });
  const refusedConfig = page.waitForEvent('requestfailed', { predicate: (r) => r.url().endsWith(`/webchat/${connectionId}/config`), timeout: 15_000 });
  await page.goto(otherHost.origin);
  await refusedFrame;
  await refusedConfig;
  expect(await page.locator('[data-gateway-chat]').count()).toBe(0);
  const session = await page.evaluate(
    (url) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then(
        () => 'allowed',
        () => 'refused',
      ),
    `${h.url}/api/v1/webchat/${connectionId}/sessions`,
  );
  expect(session).toBe('refused');
  await page.screenshot({ path: screenshotPath('widget-refused-origin.png') });

  // The same requests from the allowed origin are answered with CORS headers.
  const res = await fetch(`${h.url}/api/v1/webchat/${connectionId}/config`, { headers: { origin: allowedHost.origin } });
  expect(res.headers.get('access-control-allow-origin')).toBe(allowedHost.origin);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ botName: 'Ava', welcomeMessage: WELCOME, color: '#0b6e4f', position: 'left', preChatForm: false });
  expect(JSON.stringify(body)).not.toMatch(/allowedOrigins|secret/i);
  const csp = (await fetch(`${h.url}/chat/${connectionId}`)).headers.get('content-security-policy') ?? '';
  expect(csp).toContain(`frame-ancestors 'self' ${allowedHost.origin}`);
  const widget = await fetch(`${h.url}/widget.js`);
  expect(widget.status).toBe(200);
  expect(widget.headers.get('content-type')).toMatch(/javascript/);
  expect(widget.headers.get('cache-control')).toBe('public, max-age=300');
  expect(widget.headers.get('access-control-allow-origin')).toBe('*');
  await page.close();
});
