/**
 * The agent workspace (/inbox) in Chromium, signed in with email + password:
 * a customer's escalation appears live; the agent replies with a canned
 * response (`/`), adds a note, reassigns, hands back and closes; a failed send
 * keeps the text; the stream is opened with single-use tickets and ends when
 * the user is deactivated; a phone shows one pane at a time. Screenshots go to
 * tests/e2e/screenshots/ (git-ignored).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { messages, tickets } from '../../drizzle/schema.js';
import { Redis } from 'ioredis';
import { InboxPublisher } from '../../src/tickets/inbox-events.js';
import { REDIS_URL, waitFor, type Harness } from '../helpers/harness.js';
import { screenshotPath, signInToInbox, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

const PASSWORD = 'correct horse battery';
let env: BrowserHarness | undefined;
let h: Harness;
let browser: Browser;

beforeAll(async () => {
  env = await startBrowserHarness({ productWorkers: true });
  ({ h, browser } = env);
}, 90_000);

afterAll(async () => {
  await env?.close();
});

const signIn = (page: Page, email: string) => signInToInbox(page, h.url, email, PASSWORD);

async function escalate(conn: string, text: string): Promise<{ conversationId: string; token: string }> {
  const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
  const res = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text, clientMessageId: `c-${Date.now()}` }) });
  expect(res.status).toBeLessThan(300);
  return s;
}

it('signs in, shows an escalation live, replies with a canned response, notes, keeps text on a failed send, reassigns, hands back and closes', async () => {
  const t = await h.createTenant('Workspace');
  const ines = (await h.api(t.apiKey, 'POST', '/api/v1/agents', { email: 'ines@ws.test', name: 'Inés', role: 'admin', languages: ['en'], password: PASSWORD })).body as { id: string };
  const bruno = (await h.api(t.apiKey, 'POST', '/api/v1/agents', { email: 'bruno@ws.test', name: 'Bruno', role: 'agent', languages: ['en'], password: PASSWORD })).body as { id: string };
  expect((await h.api(t.apiKey, 'POST', '/api/v1/canned-responses', { shortcut: 'refund', text: 'Refunds take 5 working days.' })).status).toBe(201);
  const conn = (await h.api(t.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id as string;

  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const urls: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // Desktop notifications, recorded: the agent allowed them and looks at another window.
  await page.addInitScript(() => {
    const w = window as unknown as { __notes: string[]; Notification: unknown };
    w.__notes = [];
    w.Notification = class {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      onclick: (() => void) | null = null;
      constructor(title: string) {
        w.__notes.push(title);
      }
    };
    Document.prototype.hasFocus = () => false;
  });
  const notes = () => page.evaluate(() => (window as unknown as { __notes: string[] }).__notes);
  await signIn(page, 'ines@ws.test');

  // A customer asks for a person on web chat: the ticket appears without reloading.
  const s = await escalate(conn, 'Please let me talk to a human agent');
  const row = page.locator('.ticket-row', { hasText: 'talk to a human' });
  await row.waitFor({ timeout: 30_000 });
  const [ticket] = await h.c.database.db.select().from(tickets).where(eq(tickets.conversationId, s.conversationId));
  // The title names why a person is needed, not only what the customer wrote first.
  expect(ticket!.title).toMatch(/^.+: Please let me talk to a human agent$/);
  await expect(row.locator('.unread').textContent()).resolves.toBe('1');
  await page.waitForFunction(() => document.title.startsWith('(1) Inbox'));
  await page.screenshot({ path: screenshotPath('inbox-list.png') });

  await row.click();
  await page.locator('.msg.customer', { hasText: 'talk to a human' }).waitFor();
  await page.locator('.escalation .reason').waitFor();
  expect(await page.locator('.escalation .reason').textContent()).toBe(ticket!.title.split(':')[0]);

  // The customer writes again: the open ticket shows it live and the agent is told.
  const follow = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text: 'Is anyone there?', clientMessageId: 'c-follow' }) });
  expect(follow.status).toBeLessThan(300);
  await page.locator('.msg.customer', { hasText: 'Is anyone there?' }).waitFor({ timeout: 20_000 });
  await expect.poll(notes).toContain('New customer message');
  await page.waitForFunction(() => document.title.startsWith('(2) Inbox'));

  // Reply with a canned response: "/ref" + Enter inserts it.
  const reply = page.getByLabel('Reply to the customer');
  await reply.click();
  await reply.pressSequentially('Hello! /ref');
  await page.getByRole('option', { name: /refund/ }).waitFor();
  await reply.press('Enter');
  expect(await reply.inputValue()).toBe('Hello! Refunds take 5 working days.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await page.locator('.msg.agent', { hasText: 'Refunds take 5 working days.' }).waitFor();
  expect(await reply.inputValue()).toBe('');
  const delivered = await waitFor(async () => {
    const rows = await h.c.database.db.select().from(messages).where(and(eq(messages.conversationId, s.conversationId), eq(messages.senderType, 'agent')));
    return rows.find((r) => r.deliveryStatus === 'sent');
  });
  expect(delivered.text).toBe('Hello! Refunds take 5 working days.');

  // A private note.
  await page.getByRole('tab', { name: 'Note' }).click();
  await page.getByLabel('Internal note').fill('VIP customer, be quick');
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.locator('.msg.note', { hasText: 'VIP customer' }).waitFor();

  // The composer never loses text: a draft survives a reload, a failed send keeps it.
  await page.getByRole('tab', { name: 'Reply' }).click();
  await reply.fill('This text must not be lost');
  await page.reload();
  await page.getByText(/live · signed in as/).waitFor({ timeout: 20_000 });
  expect(await page.getByLabel('Reply to the customer').inputValue()).toBe('This text must not be lost');
  await page.route('**/api/v1/tickets/*/messages', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'try again later' } }) }));
  await page.getByRole('button', { name: 'Send reply' }).click();
  await page.getByRole('alert').filter({ hasText: 'Not sent' }).waitFor();
  expect(await page.getByLabel('Reply to the customer').inputValue()).toBe('This text must not be lost');
  await page.screenshot({ path: screenshotPath('inbox-send-failed.png') });
  await page.unroute('**/api/v1/tickets/*/messages');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await page.locator('.msg.agent', { hasText: 'This text must not be lost' }).waitFor();
  expect(await page.getByLabel('Reply to the customer').inputValue()).toBe('');

  // Reassign to another agent.
  await page.getByLabel('Assign to agent').selectOption({ label: 'Bruno (active)' });
  await page.locator('.ticket-head .assignee', { hasText: 'Bruno' }).waitFor();
  expect((await h.api(t.apiKey, 'GET', `/api/v1/tickets/${ticket!.id}`)).body.assigneeId).toBe(bruno.id);

  // A supervisor elsewhere assigns it to Inés: she is told, and the open ticket follows.
  expect((await h.api(t.apiKey, 'POST', `/api/v1/tickets/${ticket!.id}/assign`, { agentId: ines.id })).status).toBe(200);
  await expect.poll(notes, { timeout: 20_000 }).toContain('Ticket assigned to you');
  await page.locator('.ticket-head .assignee', { hasText: 'Inés' }).waitFor();
  // An SLA warning from the SLA clock (src/tickets/sla.ts publishes it on the inbox channel).
  const redis = new Redis(REDIS_URL);
  try {
    await new InboxPublisher(redis, h.env.QUEUE_PREFIX!).publish(t.tenantId, { event: 'ticket.sla_warning', data: { ticketId: ticket!.id, assigneeId: ines.id, target: 'firstResponse', dueAt: new Date(Date.now() + 300_000).toISOString() } });
  } finally {
    redis.disconnect();
  }
  await expect.poll(notes, { timeout: 20_000 }).toContain('SLA warning');

  // Hand back to the bot (pending, unassigned), then close.
  await page.getByRole('button', { name: 'Hand back to bot' }).click();
  await page.locator('.ticket-status', { hasText: 'pending' }).waitFor();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await page.locator('.ticket-status', { hasText: 'closed' }).waitFor();
  // State-aware: a closed ticket offers Reopen, not Close or Hand back.
  await page.getByRole('button', { name: 'Reopen' }).waitFor();
  expect(await page.getByRole('button', { name: 'Hand back to bot' }).count()).toBe(0);
  await page.screenshot({ path: screenshotPath('inbox-ticket.png') });

  // The live stream was opened with single-use tickets: no key or session token in any URL.
  expect(urls.some((u) => u.includes('/api/v1/inbox/stream?ticket=gst_'))).toBe(true);
  expect(urls.some((u) => u.includes(t.apiKey) || u.includes('gws_') || u.includes('access_token'))).toBe(false);

  // Deactivating the user ends the open stream at once; the page says so.
  expect((await h.api(t.apiKey, 'PATCH', `/api/v1/agents/${ines.id}`, { status: 'deactivated' })).status).toBe(200);
  await page.getByText(/disconnected: access ended/).waitFor({ timeout: 20_000 });
  expect(pageErrors).toEqual([]);
  await page.close();
}, 180_000);

it('keyboard: j/k move through the list and Enter opens a ticket; a phone shows one pane at a time', async () => {
  const t = await h.createTenant('Phone');
  await h.api(t.apiKey, 'POST', '/api/v1/agents', { email: 'pia@ws.test', name: 'Pia', role: 'supervisor', languages: ['en'], password: PASSWORD });
  const conn = (await h.api(t.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id as string;
  await escalate(conn, 'I want to speak to a human about my order');
  await escalate(conn, 'Let me talk to a real person please');

  const desk = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await signIn(desk, 'pia@ws.test');
  await desk.locator('.ticket-row').nth(1).waitFor({ timeout: 30_000 });
  await desk.locator('body').press('j');
  await desk.locator('body').press('k');
  const first = await desk.locator('.ticket-row').first().getAttribute('data-ticket-id');
  await desk.keyboard.press('Enter');
  await desk.waitForURL(new RegExp(`#${first}$`));
  await desk.locator('.ticket-head h2').waitFor();
  // Sign-in redirects stay on this site: a foreign `next` lands on the inbox.
  await desk.goto(`${h.url}/login?next=${encodeURIComponent('//evil.example/x')}`);
  await desk.waitForURL(`${h.url}/inbox`);
  // Signing out ends the session: the inbox sends the browser back to sign in.
  await desk.getByRole('button', { name: 'Sign out' }).click();
  await desk.waitForURL(/\/login\?next=/);
  await desk.goto(`${h.url}/inbox`);
  await desk.waitForURL(/\/login\?next=%2Finbox/);
  await desk.close();

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await signIn(phone, 'pia@ws.test');
  const row = phone.locator('.ticket-row').first();
  await row.waitFor({ timeout: 30_000 });
  expect(await phone.locator('.list-pane').isVisible()).toBe(true);
  expect(await phone.locator('.detail-pane').isVisible()).toBe(false);
  await phone.screenshot({ path: screenshotPath('inbox-phone-list.png') });
  const title = (await row.locator('.title').textContent()) ?? '';
  await row.click();
  await phone.getByLabel('Reply to the customer').waitFor();
  // The whole conversation is there: the customer's words that led to the ticket too.
  expect(await phone.locator('.msg.customer').count()).toBeGreaterThan(0);
  expect(title).toContain(((await phone.locator('.msg.customer .text').last().textContent()) ?? '').trim());
  expect(await phone.locator('.list-pane').isVisible()).toBe(false);
  expect(await phone.locator('.detail-pane').isVisible()).toBe(true);
  // The composer is on screen, not pushed off it.
  const box = await phone.getByLabel('Reply to the customer').boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await phone.screenshot({ path: screenshotPath('inbox-phone-ticket.png') });
  // The customer is a tap away.
  expect(await phone.getByRole('complementary', { name: 'Customer' }).isVisible()).toBe(false);
  await phone.getByRole('button', { name: 'Customer' }).click();
  await phone.getByRole('complementary', { name: 'Customer' }).getByText('Web chat:').waitFor();
  await phone.screenshot({ path: screenshotPath('inbox-phone-customer.png') });
  await phone.getByRole('complementary', { name: 'Customer' }).getByRole('button', { name: 'Close' }).click();
  expect(await phone.getByRole('complementary', { name: 'Customer' }).isVisible()).toBe(false);
  // Every line of the conversation takes its room (none squeezed to nothing by the flex layout).
  const heights = await phone.locator('.timeline > li').evaluateAll((els) => els.map((e) => (e as HTMLElement).offsetHeight));
  expect(Math.min(...heights)).toBeGreaterThan(0);
  await phone.getByRole('button', { name: '← Tickets' }).click();
  await row.waitFor();
  expect(await phone.locator('.detail-pane').isVisible()).toBe(false);
  await phone.close();
}, 180_000);
