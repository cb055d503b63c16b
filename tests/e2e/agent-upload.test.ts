/**
 * The agent workspace's "Attach file" in Chromium: a refused file keeps the reply's text and file; a PDF sent with a
 * reply on a web chat ticket is stored on the outbound message, shown as a link (the cookie session fetches it) and
 * reaches the visitor's stream with a signed link; a customer's photo shows as a thumbnail.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { attachments, messages } from '../../drizzle/schema.js';
import { waitFor, type Harness } from '../helpers/harness.js';
import { signInToInbox, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

const PASSWORD = 'correct horse battery';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120, 0)]);
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

/** The visitor's stream until a message with an attachment arrives. */
async function streamAttachment(conn: string, token: string): Promise<{ text: string; attachments: Array<{ fileName: string; url: string | null }> }> {
  const ac = new AbortController();
  const res = await fetch(`${h.url}/api/v1/webchat/${conn}/stream?token=${encodeURIComponent(token)}`, { signal: ac.signal });
  const reader = res.body!.getReader();
  const dec = new TextDecoder();
  let buf = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buf += dec.decode(value, { stream: true });
      // Whole events only; a partial one waits for the rest.
      const blocks = buf.split('\n\n');
      buf = blocks.pop() ?? '';
      for (const block of blocks) {
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        const event = /^event: (.+)$/m.exec(block)?.[1] ?? 'message';
        if (!data || event !== 'message') continue;
        const m = JSON.parse(data.slice(6)) as { direction?: string; text: string; attachments?: Array<{ fileName: string; url: string | null }> };
        if (m.direction === 'out' && m.attachments?.length) return { text: m.text, attachments: m.attachments };
      }
    }
  } finally {
    ac.abort();
  }
}

it('attaches a PDF to a reply: refused files keep the draft; the sent file is stored, linked and reaches the visitor', async () => {
  const t = await h.createTenant('Agent uploads');
  await h.api(t.apiKey, 'POST', '/api/v1/agents', { email: 'ana@up.test', name: 'Ana', role: 'admin', languages: ['en'], password: PASSWORD });
  const conn = (await h.api(t.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id as string;
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await signInToInbox(page, h.url, 'ana@up.test', PASSWORD);

  const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
  const sent = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text: 'Please let me talk to a human agent about my invoice', clientMessageId: 'c-1' }) });
  expect(sent.status).toBeLessThan(300);
  const row = page.locator('.ticket-row', { hasText: 'talk to a human' });
  await row.waitFor({ timeout: 30_000 });
  await row.click();
  await page.locator('.msg.customer', { hasText: 'talk to a human' }).waitFor();

  // The customer sends a photo: the ticket shows it as a thumbnail, loaded with the agent's cookie session.
  const form = new FormData();
  form.append('clientMessageId', 'c-photo');
  form.append('file', new Blob([PNG], { type: 'image/png' }), 'photo.png');
  const photo = await fetch(`${h.url}/api/v1/webchat/${conn}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${s.token}` }, body: form });
  expect(photo.status).toBe(202);
  const thumb = page.locator('.msg.customer .attachments a', { hasText: 'photo.png' }).locator('img.thumb');
  await thumb.waitFor({ timeout: 20_000 });
  expect(await thumb.getAttribute('src')).toMatch(/^\/api\/v1\/attachments\//);
  await page.waitForFunction(() => (document.querySelector('.msg.customer img.thumb') as HTMLImageElement | null)?.naturalWidth === 1);

  const reply = page.getByLabel('Reply to the customer');
  const fileInput = page.locator('[data-testid=reply-file]');
  await page.getByRole('button', { name: 'Attach file' }).waitFor();

  // A disguised executable: refused with the reason; the text and the file stay for another try.
  await reply.fill('Here is your invoice');
  await fileInput.setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: ELF });
  await page.locator('.attached-file', { hasText: 'invoice.pdf' }).waitFor();
  await page.getByRole('button', { name: 'Send reply' }).click();
  await page.locator('.composer-error', { hasText: /Not sent: .*not accepted.*text and file are kept/ }).waitFor({ timeout: 15_000 });
  expect(await reply.inputValue()).toBe('Here is your invoice');
  expect(await page.locator('.attached-file', { hasText: 'invoice.pdf' }).count()).toBe(1);

  // Swap in the real PDF and send.
  await page.getByRole('button', { name: 'Remove invoice.pdf' }).click();
  await fileInput.setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.getByRole('button', { name: 'Send reply' }).click();
  const link = page.locator('.msg.agent .attachments a', { hasText: 'invoice.pdf' });
  await link.waitFor({ timeout: 15_000 });
  expect(await reply.inputValue()).toBe('');
  expect(await page.locator('.attached-file').count()).toBe(0);
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/api\/v1\/attachments\/[0-9a-f-]+$/);
  // Same origin: the signed-in agent's cookie session fetches it.
  const got = await page.evaluate(async (u) => {
    const r = await fetch(u, { credentials: 'same-origin' });
    return { status: r.status, type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength };
  }, href);
  expect(got).toEqual({ status: 200, type: expect.stringContaining('application/pdf'), size: PDF.length });

  // The outbound message carries the file (DB), and the visitor's stream shows it with a signed link.
  const out = await waitFor(async () => {
    const rows = await h.c.database.db.select().from(messages).where(and(eq(messages.conversationId, s.conversationId), eq(messages.senderType, 'agent')));
    return rows.find((r) => r.direction === 'out');
  });
  expect(out.text).toBe('Here is your invoice');
  const files = await h.c.database.db.select().from(attachments).where(and(eq(attachments.parentType, 'message'), eq(attachments.parentId, out.id)));
  expect(files).toHaveLength(1);
  expect(files[0]!.fileName).toBe('invoice.pdf');
  expect(files[0]!.contentType).toBe('application/pdf');
  const streamed = await streamAttachment(conn, s.token);
  expect(streamed.text).toBe('Here is your invoice');
  expect(streamed.attachments[0]!.fileName).toBe('invoice.pdf');
  expect(streamed.attachments[0]!.url).toMatch(/\/files\//);
  expect((await fetch(streamed.attachments[0]!.url!)).status).toBe(200);
  await page.close();
}, 120_000);
