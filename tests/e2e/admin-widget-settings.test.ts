/**
 * Widget settings in the admin console (issue 15), in Chromium against the real
 * gateway: open a web chat channel's widget settings, see the live preview
 * follow the form before anything is saved, save (the public widget config
 * then serves it, the bot's other settings are kept), and see the API's reason
 * for an invalid value. Screenshots go to tests/e2e/screenshots/ (git-ignored).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startHarness, type Harness } from '../helpers/harness.js';
import { expectNoSeriousAxeViolations, launchBrowser, screenshotPath } from '../helpers/browser.js';


let h: Harness;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let tenant: { tenantId: string; apiKey: string };
let channelId: string;
const pageErrors: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(`admin-widget-${name}.png`), fullPage: true });
  await expectNoSeriousAxeViolations(page, name);
}

const publicConfig = async (id: string) => (await (await fetch(`${h.url}/api/v1/webchat/${id}/config`)).json()) as Record<string, unknown>;
const preview = () => page.locator('figure.widget-preview');
const form = () => page.getByRole('form', { name: 'Widget settings of Site chat' });

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  tenant = await h.createTenant('Widget Co');
  channelId = (await h.api(tenant.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Site chat' })).body.id as string;
  // Bot settings the widget form does not show: a save must keep them.
  expect((await h.api(tenant.apiKey, 'PUT', `/api/v1/channels/${channelId}/bot`, { answerThreshold: 0.42, greeting: 'Hello from {botName}!' })).status).toBe(200);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.url });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

describe('admin console: widget settings', () => {
  it('opens the widget settings of a web chat channel from the channel list', async () => {
    await page.goto(`${h.url}/admin`);
    await page.getByLabel('Admin API key').fill(tenant.apiKey);
    await page.getByRole('button', { name: 'Sign in with the key' }).click();
    await page.getByRole('heading', { level: 2, name: 'Channels' }).waitFor();
    await page.getByRole('link', { name: 'Widget settings of Site chat' }).click();
    await page.getByRole('heading', { level: 2, name: 'Widget of Site chat' }).waitFor();
    expect(page.url()).toBe(`${h.url}/admin#/channels/${channelId}/widget`);
    // Nothing stored yet: the gateway's defaults, and the bot's greeting as the welcome message.
    expect(await form().getByLabel('Accent colour (hex)').inputValue()).toBe('#1f5fbf');
    await preview().locator('.pv-welcome', { hasText: 'Hello from Assistant!' }).waitFor();
    expect(await preview().locator('.pv-page').getAttribute('data-position')).toBe('right');
    await shot('initial');
  });

  it('updates the preview as the admin types, before saving', async () => {
    const launcher = preview().locator('.pv-launcher');
    const bg = () => launcher.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await bg()).toBe('rgb(31, 95, 191)');

    await form().getByLabel('Accent colour (hex)').fill('#0b6e4f');
    await form().getByLabel('Welcome message').fill('Welcome to Acme! Ask us anything.');
    await form().getByLabel('Bot name').fill('Kit');
    await form().getByLabel('Bottom left').check();
    await form().getByLabel(/pre-chat form/).check();

    expect(await bg()).toBe('rgb(11, 110, 79)');
    expect(await preview().locator('.pv-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 110, 79)');
    // Text on the accent is the contrast-safe one (white on this green), and the form says so.
    expect(await launcher.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 255, 255)');
    await form().getByText(/Text on it is white \(contrast \d+\.\d:1\)/).waitFor();
    expect(await preview().locator('.pv-welcome').textContent()).toBe('Welcome to Acme! Ask us anything.');
    expect(await preview().locator('.pv-title').textContent()).toBe('Kit');
    expect(await preview().locator('.pv-avatar').first().textContent()).toBe('K');
    await preview().getByText('Before we start, tell us who you are (optional).').waitFor();
    // Bottom left: the launcher sits on the left of the mock page.
    expect(await preview().locator('.pv-page').getAttribute('data-position')).toBe('left');
    const [pageBox, launcherBox] = [await preview().locator('.pv-page').boundingBox(), await launcher.boundingBox()];
    expect(launcherBox!.x - pageBox!.x).toBeLessThan(pageBox!.width / 2);

    // A colour picked with the colour picker drives the preview too.
    await form().getByLabel('Accent colour', { exact: true }).fill('#ffd400');
    expect(await bg()).toBe('rgb(255, 212, 0)');
    // Yellow is light: the text on it turns black.
    expect(await launcher.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
    await form().getByLabel('Accent colour (hex)').fill('#0b6e4f');

    // Nothing saved yet.
    expect(await publicConfig(channelId)).toMatchObject({ color: '#1f5fbf', botName: 'Assistant', position: 'right', preChatForm: false, welcomeMessage: 'Hello from Assistant!' });
    await shot('edited');
  });

  it('saves: the public widget config serves the new look and the other bot settings are kept', async () => {
    await form().getByLabel('Logo URL').fill('https://cdn.acme.example/logo.png');
    await form().getByRole('button', { name: 'Save widget settings' }).click();
    await form().getByText(/Widget settings saved/).waitFor();
    expect(await publicConfig(channelId)).toEqual({
      connectionId: channelId,
      botName: 'Kit',
      welcomeMessage: 'Welcome to Acme! Ask us anything.',
      color: '#0b6e4f',
      logoUrl: 'https://cdn.acme.example/logo.png',
      position: 'left',
      preChatForm: true,
    });
    expect((await h.api(tenant.apiKey, 'GET', `/api/v1/channels/${channelId}/bot`)).body).toMatchObject({ answerThreshold: 0.42, greeting: 'Hello from {botName}!', knowledgeBaseIds: null, botName: 'Kit' });

    // Reloaded, the form shows what was saved.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Widget of Site chat' }).waitFor();
    expect(await form().getByLabel('Accent colour (hex)').inputValue()).toBe('#0b6e4f');
    expect(await form().getByLabel('Welcome message').inputValue()).toBe('Welcome to Acme! Ask us anything.');
    expect(await form().getByLabel('Bottom left').isChecked()).toBe(true);
  });

  it('shows the API’s reason for an invalid value and keeps what was saved', async () => {
    await form().getByLabel('Logo URL').fill('javascript:x');
    await form().getByRole('button', { name: 'Save widget settings' }).click();
    const alert = form().getByRole('alert');
    await alert.filter({ hasText: /logoUrl/ }).waitFor();
    expect(await alert.textContent()).toMatch(/widget\.logoUrl: logoUrl must be .*\(400\)/);
    await form().getByLabel('Accent colour (hex)').fill('green');
    await form().getByLabel('Logo URL').fill('');
    await form().getByRole('button', { name: 'Save widget settings' }).click();
    await form().getByRole('alert').filter({ hasText: 'widget.color: color must be #rrggbb' }).waitFor();
    expect(await publicConfig(channelId)).toMatchObject({ color: '#0b6e4f', logoUrl: 'https://cdn.acme.example/logo.png' });
    await shot('invalid');
    await form().getByLabel('Accent colour (hex)').fill('#0b6e4f');
  });

  it('shows the embed snippet with a working copy button, and is keyboard-operable', async () => {
    const snippet = `<script src="${h.url}/widget.js" data-connection="${channelId}" async></script>`;
    expect(await page.getByLabel('Embed snippet').inputValue()).toBe(snippet);
    await page.locator('.field.copy').getByRole('button', { name: 'Copy' }).click();
    await page.locator('.field.copy').getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // The position radios work with the arrow keys; the preview follows.
    await form().getByLabel('Bottom left').focus();
    await page.keyboard.press('ArrowRight');
    expect(await form().getByLabel('Bottom right').isChecked()).toBe(true);
    expect(await preview().locator('.pv-page').getAttribute('data-position')).toBe('right');
  });

  it('answers another tenant’s channel with not found, and fits a phone-sized screen', async () => {
    const other = await h.createTenant('Other Co');
    const theirs = (await h.api(other.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Their chat' })).body.id as string;
    await page.goto(`${h.url}/admin#/channels/${theirs}/widget`);
    await page.getByRole('alert').filter({ hasText: /404/ }).waitFor();
    expect(await page.content()).not.toContain('Their chat');

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${h.url}/admin#/channels/${channelId}/widget`);
    await page.getByRole('heading', { level: 2, name: 'Widget of Site chat' }).waitFor();
    await preview().locator('.pv-welcome', { hasText: 'Welcome to Acme!' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot('phone');
    expect(pageErrors).toEqual([]);
  });
});
