/** The agent inbox in a real browser: a customer asks for a human, the ticket appears live, the agent replies and closes. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { messages } from '../../drizzle/schema.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';
import { launchBrowser } from '../helpers/browser.js';

let h: Harness;
let browser: Browser;

beforeAll(async () => {
  h = await startHarness({ productWorkers: true });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

it('shows a new escalation live and lets the agent reply, hand back and close', async () => {
  const t = await h.createTenant('Inbox');
  const agent = (await h.api(t.apiKey, 'POST', '/api/v1/agents', { email: 'ines@x.test', name: 'Inés', languages: ['en'] })).body as { apiKey: string; id: string };
  const conn = (await h.api(t.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id as string;

  const page = await browser.newPage();
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto(`${h.url}/inbox`);
  await page.getByLabel('API key').fill(agent.apiKey);
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.getByText('connected as agent').waitFor();

  // A customer asks for a person on web chat: the ticket appears without reloading.
  const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
  await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text: 'Please let me talk to a human agent', clientMessageId: 'i1' }) });
  const row = page.locator('.t', { hasText: 'talk to a human' });
  await row.waitFor({ timeout: 20_000 });
  await row.click();
  await page.locator('.m.in', { hasText: 'talk to a human' }).waitFor();

  await page.getByLabel('Reply').fill('Hi, this is Inés. How can I help?');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await page.locator('.m.agent', { hasText: 'this is Inés' }).waitFor();
  const delivered = await waitFor(async () => {
    const rows = await h.c.database.db.select().from(messages).where(and(eq(messages.conversationId, s.conversationId), eq(messages.senderType, 'agent')));
    return rows.find((r) => r.deliveryStatus === 'sent');
  });
  expect(delivered.text).toBe('Hi, this is Inés. How can I help?');

  await page.getByLabel('Reply').fill('internal: VIP customer');
  await page.getByRole('button', { name: 'Add internal note' }).click();
  await page.locator('.m.note', { hasText: 'VIP customer' }).waitFor();

  await page.getByRole('button', { name: /Close/ }).click();
  await page.locator('#ticketStatus', { hasText: 'closed' }).waitFor();

  // The live stream was opened with a single-use ticket: the key never appeared in a URL.
  expect(urls.some((u) => u.includes('/api/v1/inbox/stream?ticket=gst_'))).toBe(true);
  expect(urls.some((u) => u.includes(agent.apiKey) || u.includes(encodeURIComponent(agent.apiKey)) || u.includes('access_token'))).toBe(false);

  // Deactivating the agent ends the open stream at once; the page says so.
  expect((await h.api(t.apiKey, 'PATCH', `/api/v1/agents/${agent.id}`, { status: 'deactivated' })).status).toBe(200);
  await page.getByText(/disconnected: access ended/).waitFor();
  await page.close();
});
