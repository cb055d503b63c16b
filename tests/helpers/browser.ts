/** Headless Debian Chromium through playwright-core (no browser download), and the browser set-ups the e2e tests share. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT, startHarness, type Harness, type HarnessOptions } from './harness.js';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  // `npm test` installs it first (pretest → scripts/ensure-chromium.sh); a bare `vitest run` may not have.
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: run \`bash scripts/ensure-chromium.sh\` (Debian's chromium package) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Builds web/ (Vite) when the build is missing or stale; `npm test` already does it in pretest. */
export function buildWebPages(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-web.mjs')], { cwd: ROOT, stdio: 'ignore' });
}

const SCREENSHOTS = path.join(ROOT, 'tests', 'e2e', 'screenshots');

/** Where the screenshot `file` goes: tests/e2e/screenshots/ (git-ignored, created when missing), for a person to look at. */
export function screenshotPath(file: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, file);
}

export interface BrowserHarness {
  h: Harness;
  browser: Browser;
  /** Closes the browser, then the harness. */
  close(): Promise<void>;
}

/** The real gateway (see {@link startHarness}) and a headless Chromium; the harness is closed again when the browser fails to start. */
export async function startBrowserHarness(opts: HarnessOptions = {}): Promise<BrowserHarness> {
  const h = await startHarness(opts);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    await h.close();
    throw err;
  }
  return {
    h,
    browser,
    async close() {
      await browser.close();
      await h.close();
    },
  };
}

export interface WebchatBrowserHarness extends BrowserHarness {
  tenantId: string;
  apiKey: string;
  /** The tenant's web chat channel (named `site`), whose page is /chat/<connectionId>. */
  connectionId: string;
}

/** Built web pages, the gateway with an echo worker, a tenant with one web chat channel, and a browser: where the web chat page tests start. */
export async function startWebchatBrowserHarness(tenantName: string): Promise<WebchatBrowserHarness> {
  buildWebPages();
  const bh = await startBrowserHarness();
  try {
    const { tenantId, apiKey } = await bh.h.createTenant(tenantName);
    const created = await bh.h.api(apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'site' });
    if (created.status !== 201) throw new Error(`creating the web chat channel: ${created.status} ${JSON.stringify(created.body)}`);
    return { ...bh, tenantId, apiKey, connectionId: created.body.id as string };
  } catch (err) {
    await bh.close();
    throw err;
  }
}

let axeSource: string | undefined;

/** Runs axe-core (WCAG 2.1 A and AA) on the page and expects no serious or critical violation; `label` names the page in the failure. */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  axeSource ??= readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  // Evaluated over the DevTools protocol: the page's CSP (no inline scripts) does not apply to it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations, `axe on ${label}`).toEqual([]);
}

/** Signs a staff user in to the agent inbox with email and password, from the redirect to /login to the live inbox. */
export async function signInToInbox(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/inbox`);
  // No session: the inbox sends the browser to the sign-in page and back.
  await page.waitForURL(/\/login\?next=%2Finbox/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/inbox/);
  await page.getByText(/live · signed in as/).waitFor({ timeout: 20_000 });
}
