/**
 * The admin console in Chromium against the real gateway and workers: sign in
 * with an admin key, connect Telegram through the wizard (fake Bot API), upload
 * a document and watch it reach INDEXED, create an escalation rule, create and
 * revoke an API key (the key then fails), see the report charts drawn with data,
 * export the CSV; on a phone-sized screen too. Screenshots go to
 * tests/e2e/screenshots/ (git-ignored) for a person to look at.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';
import { expectNoSeriousAxeViolations, launchBrowser, screenshotPath } from '../helpers/browser.js';

const BOT_TOKEN = '7200000001:AAH-admin_console_bot';

let h: Harness;
let fake: FakeTelegram;
let browser: Browser;
let page: Page;
let tenant: { tenantId: string; apiKey: string };
const pageErrors: string[] = [];

/** Takes a screenshot, then runs axe-core (WCAG 2.1 A/AA) on the page: no serious or critical violation. */
async function shot(name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(`admin-${name}.png`), fullPage: true });
  await expectNoSeriousAxeViolations(page, name);
}

beforeAll(async () => {
  fake = await startFakeTelegram({ validTokens: [BOT_TOKEN] });
  // Telegram only accepts HTTPS webhook URLs; the browser talks to the gateway directly.
  h = await startHarness({ productWorkers: true, env: { TELEGRAM_API_ROOT: fake.url, PUBLIC_BASE_URL: 'https://gateway.admin-e2e.example' } });
  tenant = await h.createTenant('Console Co');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => void d.accept());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
  await fake?.stop();
});

describe('admin console', () => {
  it('asks for a key (with a link to staff sign-in) and signs in with an admin key', async () => {
    await page.goto(`${h.url}/admin`);
    await page.getByRole('heading', { level: 1, name: 'Admin console' }).waitFor();
    expect(await page.getByRole('link', { name: 'sign-in page' }).getAttribute('href')).toBe('/login?next=/admin');
    await page.getByLabel('Admin API key').fill('gwk_not_a_real_key');
    await page.getByRole('button', { name: 'Sign in with the key' }).click();
    // A wrong key: still the form.
    await page.getByLabel('Admin API key').waitFor();
    await shot('sign-in');
    await page.getByLabel('Admin API key').fill(tenant.apiKey);
    await page.getByRole('button', { name: 'Sign in with the key' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Channels' }).waitFor();
  });

  it('connects a Telegram channel through the wizard against the fake Bot API and tests it', async () => {
    await page.getByRole('button', { name: 'Connect a channel' }).click();
    await page.getByRole('radio', { name: 'Telegram' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Name').fill('Support bot');
    await page.getByLabel('Bot token').fill(BOT_TOKEN);
    await page.getByRole('button', { name: 'Save and connect' }).click();
    await page.getByText('Support bot is connected.').first().waitFor();
    const url = await page.getByLabel('Webhook URL', { exact: true }).inputValue();
    expect(url).toMatch(/^https:\/\/gateway\.admin-e2e\.example\/webhooks\/telegram\/[0-9a-f-]{36}$/);
    // The gateway registered exactly that URL with Telegram.
    expect(fake.callsTo('setWebhook').map((c) => c.body.url)).toContain(url);
    await page.locator('.wizard').getByRole('button', { name: 'Test connection' }).click();
    await page.locator('.wizard').getByText(/Connection works/).waitFor();
    await shot('channels-wizard');
    await page.getByRole('button', { name: 'Done' }).click();
    const card = page.locator('li.channel', { hasText: 'Support bot' });
    await card.getByText('active').waitFor();
    const channels = await h.api(tenant.apiKey, 'GET', '/api/v1/channels');
    expect(channels.body.items).toHaveLength(1);
    expect(channels.body.items[0]).toMatchObject({ type: 'telegram', name: 'Support bot', status: 'active', webhookUrl: url });
    // The token never reached the page after saving.
    expect(await page.content()).not.toContain(BOT_TOKEN);

    // Edit: rename (credentials left blank are kept), then disable (its webhook 404s) and enable again.
    await card.getByRole('button', { name: 'Edit' }).click();
    const edit = card.getByRole('form', { name: 'Edit Support bot' });
    await edit.getByLabel('Name').fill('Helpdesk bot');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    // The list may already show the new name (and the form its new label) when "Saved." appears.
    await page.getByRole('form', { name: /^Edit (Support|Helpdesk) bot$/ }).getByText('Saved.').waitFor();
    const renamed = page.locator('li.channel', { hasText: 'Helpdesk bot' });
    await renamed.getByRole('button', { name: 'Close' }).click();
    await renamed.getByRole('button', { name: 'Disable' }).click();
    await renamed.locator('.badge', { hasText: 'disabled' }).waitFor();
    const id = channels.body.items[0].id as string;
    expect((await fetch(`${h.url}/webhooks/telegram/${id}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"update_id":1}' })).status).toBe(404);
    await renamed.getByRole('button', { name: 'Enable' }).click();
    await renamed.locator('.badge', { hasText: 'active' }).waitFor();
    expect((await h.api(tenant.apiKey, 'GET', `/api/v1/channels/${id}`)).body).toMatchObject({ name: 'Helpdesk bot', status: 'active' });
    await shot('channels');
  });

  it('uploads a document and shows it reaching INDEXED, finds it in the search preview with scores, and points the bot at it', async () => {
    await page.getByRole('link', { name: 'Knowledge' }).click();
    await page.getByLabel('New knowledge base').fill('Help center');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Documents of Help center' }).waitFor();
    await page.getByLabel('File (PDF, Markdown, HTML or text)').setInputFiles({
      name: 'refunds.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('# Refunds\n\nWe refund every order within 14 days of delivery. Refunds go back to the original payment method.\n'),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    const row = page.locator('tr[data-doc-title="refunds"]');
    await row.waitFor();
    // Progress is polled live: the badge moves on to INDEXED without a reload.
    await row.locator('.badge', { hasText: 'INDEXED' }).waitFor({ timeout: 45_000 });
    // Or paste an article.
    await page.getByRole('tab', { name: 'Paste an article' }).click();
    await page.getByLabel('Title').fill('Shipping');
    await page.getByLabel('Article').fill('# Shipping\n\nOrders ship within 2 business days.');
    await page.getByRole('button', { name: 'Add article' }).click();
    await page.locator('tr[data-doc-title="Shipping"] .badge', { hasText: 'INDEXED' }).waitFor({ timeout: 45_000 });
    await shot('knowledge');
    await page.getByLabel('Question').fill('how long do refunds take');
    await page.getByRole('button', { name: 'Search' }).click();
    const hit = page.getByRole('list', { name: 'Search results' }).locator('li').first();
    await hit.waitFor();
    expect(await hit.textContent()).toMatch(/Refunds[\s\S]*score \d+\.\d{4}/);

    // The Telegram bot answers from this knowledge base only, under a name of its own.
    await page.getByRole('link', { name: 'Channels' }).click();
    const card = page.locator('li.channel', { hasText: 'Helpdesk bot' });
    await card.getByRole('button', { name: 'Bot' }).click();
    const bot = card.getByRole('form', { name: 'Bot of Helpdesk bot' });
    await bot.getByLabel('Only these:').check();
    await bot.getByLabel('Help center').check();
    await bot.getByLabel('Bot name').fill('Kit');
    await bot.getByRole('button', { name: 'Save bot settings' }).click();
    await bot.getByText('Bot settings saved.').waitFor();
    const channelId = (await h.api(tenant.apiKey, 'GET', '/api/v1/channels')).body.items[0].id as string;
    const kbId = (await h.api(tenant.apiKey, 'GET', '/api/v1/knowledge-bases')).body.items[0].id as string;
    expect((await h.api(tenant.apiKey, 'GET', `/api/v1/channels/${channelId}/bot`)).body).toMatchObject({ knowledgeBaseIds: [kbId], botName: 'Kit', answerThreshold: null });
  }, 90_000);

  it('creates and edits an escalation rule, and creates a routing rule', async () => {
    await page.getByRole('link', { name: 'Rules' }).click();
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'New escalation rule' }) });
    await form.getByLabel('Name').fill('Legal threats');
    await form.getByLabel('Order (1–5)').fill('1');
    await form.getByLabel('Keywords').fill('lawyer, sue*');
    await form.getByLabel('Legal threat').check();
    await form.getByLabel('Ticket priority').selectOption('urgent');
    await form.getByRole('button', { name: 'Create escalation rule' }).click();
    await page.locator('tr[data-rule-name="Legal threats"]').waitFor();
    const rules = await h.api(tenant.apiKey, 'GET', '/api/v1/escalation-rules');
    const rule = rules.body.items.find((r: { name: string }) => r.name === 'Legal threats');
    expect(rule).toMatchObject({ priorityLevel: 1, triggerKeywords: ['lawyer', 'sue*'], triggerConditions: { situations: ['legal'] }, ticketPriority: 'urgent', active: true });
    // A refusal of the gateway is shown with its reason.
    await form.getByLabel('Name').fill('No trigger');
    await form.getByRole('button', { name: 'Create escalation rule' }).click();
    await form.getByRole('alert').filter({ hasText: /needs at least one trigger/ }).waitFor();

    // Edit it: the form is filled with the rule; what it does not show is kept.
    await page.getByRole('button', { name: 'Edit Legal threats' }).click();
    const edit = page.locator('form', { has: page.getByRole('heading', { name: 'Edit “Legal threats”' }) });
    expect(await edit.getByLabel('Keywords').inputValue()).toBe('lawyer, sue*');
    await edit.getByLabel('Ticket priority').selectOption('high');
    await edit.getByRole('button', { name: 'Save escalation rule' }).click();
    await edit.getByText('Escalation rule “Legal threats” saved.').waitFor();
    const edited = (await h.api(tenant.apiKey, 'GET', `/api/v1/escalation-rules/${rule.id}`)).body;
    expect(edited).toMatchObject({ ticketPriority: 'high', triggerKeywords: ['lawyer', 'sue*'], triggerConditions: { situations: ['legal'] } });
    await edit.getByRole('button', { name: 'Close' }).click();

    // A routing rule: Spanish web chat conversations get priority high and a tag.
    const routing = page.locator('form', { has: page.getByRole('heading', { name: 'New routing rule' }) });
    await routing.getByLabel('Name').fill('Spanish chats');
    await routing.getByLabel('Languages').fill('es');
    await routing.getByLabel('Set priority').selectOption('high');
    await routing.getByLabel('Add tags').fill('spanish');
    await routing.getByLabel('Web chat (widget)').check();
    await routing.getByRole('button', { name: 'Create routing rule' }).click();
    await page.locator('tr[data-rule-name="Spanish chats"]').waitFor();
    const routes = (await h.api(tenant.apiKey, 'GET', '/api/v1/routing-rules')).body.items;
    expect(routes).toEqual([expect.objectContaining({ name: 'Spanish chats', criteria: { channels: ['webchat'], languages: ['es'] }, actions: { priority: 'high', addTags: ['spanish'] } })]);
    await shot('rules');
  });

  it('creates an API key (shown once) and revokes it: the next call with it fails', async () => {
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByLabel('Key name').fill('CRM integration');
    await page.getByRole('button', { name: 'Create key' }).click();
    const plaintext = await page.getByLabel(/New key “CRM integration”/).inputValue();
    expect(plaintext).toMatch(/^gwk_/);
    expect((await h.api(plaintext, 'GET', '/api/v1/conversations')).status).toBe(200);
    await shot('keys');
    await page.getByRole('button', { name: 'Revoke CRM integration' }).click();
    await page.locator('tr[data-key-name="CRM integration"]').getByText('revoked').waitFor();
    expect((await h.api(plaintext, 'GET', '/api/v1/conversations')).status).toBe(401);
    // The console's own key still works.
    expect((await h.api(tenant.apiKey, 'GET', '/api/v1/api-keys')).status).toBe(200);
  });

  it('adds an agent (key shown once, it works), puts them in a team and edits the team', async () => {
    await page.getByRole('link', { name: 'Agents & teams' }).click();
    const add = page.getByRole('form', { name: 'Add an agent' });
    await add.getByLabel('Email').fill('bea@console.test');
    await add.getByLabel('Name').fill('Bea');
    await add.getByLabel('Role').selectOption('supervisor');
    await add.getByRole('button', { name: 'Add agent' }).click();
    const key = await page.getByLabel('The new agent’s API key (shown once)').inputValue();
    expect((await h.api(key, 'GET', '/api/v1/tickets')).status).toBe(200);
    const create = page.getByRole('form', { name: 'Create a team' });
    await create.getByLabel('Team name').fill('Tier 1');
    await create.getByLabel('Time zone').fill('Europe/Berlin');
    await create.getByLabel('Bea').check();
    await create.getByRole('button', { name: 'Create team' }).click();
    await page.getByRole('button', { name: 'Edit team Tier 1' }).click();
    const edit = page.getByRole('form', { name: 'Edit team Tier 1' });
    await edit.getByLabel('Team name').fill('Tier one');
    await edit.getByRole('button', { name: 'Save team' }).click();
    await page.getByText('Team saved.').waitFor();
    const bea = (await h.api(tenant.apiKey, 'GET', '/api/v1/agents')).body.items.find((a: { email: string }) => a.email === 'bea@console.test');
    expect(bea).toMatchObject({ name: 'Bea', role: 'supervisor' });
    expect((await h.api(tenant.apiKey, 'GET', '/api/v1/teams')).body.items).toEqual([expect.objectContaining({ name: 'Tier one', timeZone: 'Europe/Berlin', memberIds: [bea.id] })]);
    await shot('people');
  });

  it('draws the report charts with data and exports the CSV', async () => {
    // Some traffic: two web chat conversations, one taken over by a person.
    const wc = (await h.api(tenant.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Site chat' })).body.id as string;
    const admin = (await h.api(tenant.apiKey, 'POST', '/api/v1/agents', { email: 'ada@console.test', name: 'Ada', role: 'admin' })).body as { apiKey: string };
    for (const n of [1, 2]) {
      const s = (await (await fetch(`${h.url}/api/v1/webchat/${wc}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
      const sent = await fetch(`${h.url}/api/v1/webchat/${wc}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text: `Question ${n}: how long do refunds take?`, clientMessageId: `q${n}` }) });
      expect(sent.status).toBe(202);
      if (n === 2) expect((await h.api(admin.apiKey, 'POST', `/api/v1/conversations/${s.conversationId}/takeover`)).status).toBe(201);
    }
    await waitFor(async () => (await h.api(tenant.apiKey, 'GET', '/api/v1/analytics/overview')).body.escalationsByReason?.length > 0);

    await page.getByRole('link', { name: 'Reports' }).click();
    const perChannel = page.locator('figure[data-chart="Conversations per channel per day"]');
    await perChannel.waitFor();
    expect(Number(await perChannel.getAttribute('data-points'))).toBeGreaterThan(0);
    // Chart.js drew on the canvas: it has a size and non-blank pixels.
    const drawn = await perChannel.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0 || c.height === 0) return 0;
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      let painted = 0;
      for (let i = 3; i < px.length; i += 4) if ((px[i] ?? 0) > 0) painted++;
      return painted;
    });
    expect(drawn).toBeGreaterThan(0);
    const reasons = page.locator('figure[data-chart="Escalations by reason"]');
    expect(Number(await reasons.getAttribute('data-points'))).toBeGreaterThan(0);
    await reasons.getByText('Numbers of “Escalations by reason”').click();
    await reasons.getByRole('cell', { name: 'manual takeover' }).waitFor();
    expect(await page.locator('.tiles').textContent()).toMatch(/Conversations\s*2/);
    // The agent who took the conversation over, from the per-agent analytics.
    await page.getByRole('table', { name: 'Agents in this period' }).getByRole('row', { name: /Ada\s+0\s+1/ }).waitFor();
    await shot('reports');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^report-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(csv[0]).toBe('metric,day,dimension,value');
    expect(csv.some((l) => /^conversations,\d{4}-\d{2}-\d{2},webchat,2$/.test(l))).toBe(true);
    expect(csv).toContain('escalations,,manual takeover,1');
  }, 90_000);

  it('is usable on a phone-sized screen and keyboard-reachable', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('about:blank');
    await page.goto(`${h.url}/admin#/channels`);
    await page.getByRole('heading', { level: 2, name: 'Channels' }).waitFor();
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await shot('phone');
    for (const [route, heading] of [['#/knowledge', 'Knowledge bases'], ['#/rules', 'Escalation rules'], ['#/people', 'Agents'], ['#/keys', 'API keys'], ['#/reports', 'Reports']] as const) {
      await page.goto(`${h.url}/admin${route}`);
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-wrap, .side'))
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`),
      );
      expect(wide, `${route}: wider than the screen`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(375);
    }
    await page.locator('figure.chart canvas').first().waitFor();
    await shot('phone-reports');
    expect(pageErrors).toEqual([]);
  });
});
