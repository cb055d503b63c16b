/**
 * File upload from the web chat page in Chromium: a visitor attaches a PNG (shown inline from its signed link, stored as an
 * attachments row); a disguised executable is refused with the gateway's reason and a Retry button.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { attachments } from '../../drizzle/schema.js';
import type { Harness } from '../helpers/harness.js';
import { screenshotPath, startWebchatBrowserHarness, type WebchatBrowserHarness } from '../helpers/browser.js';

// A real 1×1 PNG (the gateway sniffs the bytes).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
// An ELF header: an executable, whatever its name says.
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120, 0)]);

let env: WebchatBrowserHarness | undefined;
let h: Harness;
let browser: Browser;
let connectionId: string;
let tenantId: string;

beforeAll(async () => {
  env = await startWebchatBrowserHarness('Uploads');
  ({ h, browser, connectionId, tenantId } = env);
}, 120_000);

afterAll(async () => {
  await env?.close();
});

it('sends a picked image (shown inline, stored) and shows why a disguised executable is refused', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${h.url}/chat/${connectionId}`);
  const attach = page.getByRole('button', { name: 'Attach a file' });
  await attach.waitFor();
  // Keyboard reachable: Tab from the message box lands on it.
  await page.getByLabel('Message').focus();
  await page.keyboard.press('Tab');
  expect(await attach.evaluate((el) => el === document.activeElement)).toBe(true);

  await page.locator('input[type=file]').setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: PNG });
  const img = page.locator('.m.in img.attachment-image');
  await img.waitFor({ timeout: 15_000 });
  await page.locator('.m.in .state', { hasText: 'Sent' }).waitFor();
  expect(await img.getAttribute('alt')).toBe('dot.png');
  // The image loaded in the page (the CSP allows it) and its link answers 200 with the bytes.
  await page.waitForFunction(() => (document.querySelector('.m.in img.attachment-image') as HTMLImageElement | null)?.naturalWidth === 1);
  const src = (await img.getAttribute('src'))!;
  expect(src).toMatch(/\/files\//);
  const file = await fetch(src);
  expect(file.status).toBe(200);
  expect(file.headers.get('content-type')).toContain('image/png');
  expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);

  const rows = await h.c.database.db.select().from(attachments).where(and(eq(attachments.tenantId, tenantId), eq(attachments.fileName, 'dot.png')));
  expect(rows).toHaveLength(1);
  expect(rows[0]!.contentType).toBe('image/png');
  expect(rows[0]!.parentType).toBe('message');
  expect(rows[0]!.uploadedBy).toBe('customer');

  // An executable named x.jpg: refused, with the reason, and a Retry button.
  await page.locator('input[type=file]').setInputFiles({ name: 'x.jpg', mimeType: 'image/jpeg', buffer: ELF });
  const failed = page.locator('.m.in.failed', { hasText: 'x.jpg' });
  await failed.waitFor({ timeout: 15_000 });
  expect(await failed.locator('.state').textContent()).toMatch(/Not sent: this type of file is not accepted/);
  await failed.getByRole('button', { name: 'Retry' }).waitFor();
  expect(await h.c.database.db.select().from(attachments).where(and(eq(attachments.tenantId, tenantId), eq(attachments.fileName, 'x.jpg')))).toHaveLength(0);
  await page.screenshot({ path: screenshotPath('chat-upload.png') });

  // After a reload the history (from the server) still shows the image.
  await page.reload();
  await page.locator('.m.in img.attachment-image').waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => (document.querySelector('.m.in img.attachment-image') as HTMLImageElement | null)?.naturalWidth === 1);
  expect(errors).toEqual([]);
  await page.close();
});
