/**
 * The operations surface: Prometheus metrics from prom-client (default process
 * metrics + ours, web chat counted like every channel), Bull Board at
 * /admin/queues for platform operators only, /api/v1/queues scoped to the
 * caller's tenant, security headers on HTML pages, /ready without error text.
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer } from '../../src/app/container.js';
import { loadConfig } from '../../src/config/index.js';
import { EchoResponder } from '../../src/conversation/echo.responder.js';
import { createApp } from '../../src/http/app.js';
import { CONVERSATION_QUEUE } from '../../src/queue/queues.js';
import { startConversationWorker } from '../../src/worker/conversation.worker.js';
import { REDIS_URL, startHarness, waitFor, type Harness } from '../helpers/harness.js';

let h: Harness;
let tenantA: { tenantId: string; apiKey: string };
let tenantB: { tenantId: string; apiKey: string };
let connA: string;
let connB: string;
let operatorKey: string;

async function webchatMessage(conn: string, text: string): Promise<number> {
  const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string };
  const res = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
    body: JSON.stringify({ text, clientMessageId: randomBytes(6).toString('hex') }),
  });
  return res.status;
}

async function metricsText(): Promise<string> {
  const res = await fetch(`${h.url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of one sample, e.g. sample(text, 'gateway_inbound_messages_total{channel="webchat"}'). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

beforeAll(async () => {
  // No product worker at first: the jobs stay in the queue for the queue views below.
  h = await startHarness({ workers: 0 });
  tenantA = await h.createTenant('Ops A');
  tenantB = await h.createTenant('Ops B');
  connA = (await h.api(tenantA.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'A' })).body.id;
  connB = (await h.api(tenantB.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'B', credentials: { allowedOrigins: ['https://shop.example'] } })).body.id;
  operatorKey = (await h.c.operators.createKey('test operator')).key;
});

afterAll(async () => {
  await h?.close();
});

describe('/metrics (prom-client)', () => {
  it('exposes the default process and runtime metrics', async () => {
    const text = await metricsText();
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
  });

  it('counts web chat messages like every other channel, and rejected requests by status', async () => {
    expect(await webchatMessage(connA, 'metrics one')).toBe(202);
    expect(await webchatMessage(connA, 'metrics two')).toBe(202);
    const forged = await fetch(`${h.url}/api/v1/webchat/${connA}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer forged' }, body: '{"text":"x","clientMessageId":"f"}' });
    expect(forged.status).toBe(401);
    const unknownConnection = await fetch(`${h.url}/webhooks/telegram/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`, { method: 'POST', body: '{}' });
    expect(unknownConnection.status).toBe(404);
    await fetch(`${h.url}/webhooks/not-a-channel/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`, { method: 'POST', body: '{}' });

    const text = await metricsText();
    expect(sample(text, 'gateway_webhook_requests_total{channel="webchat",outcome="accepted",status="202"}')).toBe(2);
    expect(sample(text, 'gateway_webhook_requests_total{channel="webchat",outcome="rejected",status="401"}')).toBe(1);
    expect(sample(text, 'gateway_webhook_requests_total{channel="telegram",outcome="rejected",status="404"}')).toBe(1);
    // A made-up channel in the URL does not open a series of its own.
    expect(text).not.toContain('not-a-channel');
    expect(sample(text, 'gateway_webhook_requests_total{channel="unknown",outcome="rejected",status="404"}')).toBe(1);
    expect(sample(text, 'gateway_inbound_messages_total{channel="webchat"}')).toBe(2);
    expect(sample(text, 'gateway_ingest_duration_seconds_count{channel="webchat"}')).toBe(2);
    // Queue depths are read from Redis at scrape time.
    await waitFor(async () => sample(await metricsText(), 'gateway_queue_jobs{queue="conversation",state="waiting"}') === 2, { what: 'two waiting jobs in the metrics' });
    expect(sample(text, 'gateway_redis_up')).toBe(1);
  });
});

describe('/api/v1/queues (tenant admin)', () => {
  let failing: Worker;
  let failingConnection: Redis;

  beforeAll(async () => {
    expect(await webchatMessage(connB, 'tenant B message')).toBe(202);
    // Every job fails for good, with its tenant in the reason: each tenant must see only its own.
    failingConnection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    failing = new Worker(CONVERSATION_QUEUE, async (job) => {
      throw new UnrecoverableError(`simulated failure of tenant ${String((job.data as { tenantId: string }).tenantId)}`);
    }, { connection: failingConnection, prefix: h.config.redis.prefix });
    await waitFor(async () => (await h.c.queues.get(CONVERSATION_QUEUE)!.getJobCounts('failed')).failed === 3, { what: 'three failed jobs' });
    await failing.close();
    failingConnection.disconnect();
  });

  it("shows the caller's tenant only: its counts and its own failures", async () => {
    const a = await h.api(tenantA.apiKey, 'GET', '/api/v1/queues');
    expect(a.status).toBe(200);
    expect(a.body.tenantId).toBe(tenantA.tenantId);
    expect(a.body.queues.conversation.inboundPending).toBe(2);
    expect(a.body.recentFailures).toHaveLength(2);
    for (const f of a.body.recentFailures) expect(f.failedReason).toBe(`simulated failure of tenant ${tenantA.tenantId}`);
    expect(JSON.stringify(a.body)).not.toContain(tenantB.tenantId);

    const b = await h.api(tenantB.apiKey, 'GET', '/api/v1/queues');
    expect(b.body.queues.conversation.inboundPending).toBe(1);
    expect(b.body.recentFailures.map((f: { failedReason: string }) => f.failedReason)).toEqual([`simulated failure of tenant ${tenantB.tenantId}`]);
    expect(JSON.stringify(b.body)).not.toContain(tenantA.tenantId);
  });

  it('is for admins only', async () => {
    const agent = (await h.api(tenantA.apiKey, 'POST', '/api/v1/agents', { email: 'ops-agent@a.test', name: 'Agent' })).body as { apiKey: string };
    expect((await h.api(agent.apiKey, 'GET', '/api/v1/queues')).status).toBe(403);
  });
});

describe('/admin/queues (Bull Board, platform operators only)', () => {
  it('refuses tenant keys, admin ones included, with 403, and anonymous callers with 401', async () => {
    expect((await fetch(`${h.url}/admin/queues`, { headers: { authorization: `Bearer ${tenantA.apiKey}`, accept: 'text/html' } })).status).toBe(403);
    expect((await fetch(`${h.url}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${tenantA.apiKey}` } })).status).toBe(403);
    expect((await fetch(`${h.url}/admin/queues/api/queues`)).status).toBe(401);
    expect((await fetch(`${h.url}/admin/queues/api/queues`, { headers: { authorization: 'Bearer gwo_00000000_forged' } })).status).toBe(401);
    // A browser without a session is sent to the sign-in form.
    const browser = await fetch(`${h.url}/admin/queues`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(browser.status).toBe(303);
    expect(browser.headers.get('location')).toBe('/admin/login');
    // A tenant admin key does not open a session either.
    const login = await fetch(`${h.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key: tenantA.apiKey }) });
    expect(login.status).toBe(401);
    expect(login.headers.get('set-cookie')).toBeNull();
  });

  it("serves Bull Board over every queue, with every tenant's jobs, to an operator key", async () => {
    const page = await fetch(`${h.url}/admin/queues`, { headers: { authorization: `Bearer ${operatorKey}` } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<base href="/admin/queues/"');
    const api = await fetch(`${h.url}/admin/queues/api/queues?activeQueue=conversation&status=failed`, { headers: { authorization: `Bearer ${operatorKey}` } });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: Array<{ name: string; counts: Record<string, number>; jobs: Array<{ failedReason: string }> }> };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['conversation', 'ingestion', 'maintenance', 'notifications', 'webhooks']);
    const conversation = body.queues.find((q) => q.name === 'conversation')!;
    expect(conversation.counts.failed).toBe(3);
    const reasons = conversation.jobs.map((j) => j.failedReason).join(' ');
    expect(reasons).toContain(tenantA.tenantId);
    expect(reasons).toContain(tenantB.tenantId);
  });

  it('signs a browser in with an httpOnly, SameSite=Strict session cookie that stops working when the key is revoked', async () => {
    const { id, key } = await h.c.operators.createKey('short-lived');
    const login = await fetch(`${h.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `key=${encodeURIComponent(key)}`, redirect: 'manual' });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/admin/queues');
    const setCookie = login.headers.get('set-cookie') ?? '';
    const attributes = setCookie.split(/;\s*/);
    expect(attributes[0]).toMatch(/^gw_operator=.+/);
    expect(attributes).toEqual(expect.arrayContaining(['Max-Age=3600', 'Path=/admin', 'HttpOnly', 'SameSite=Strict']));
    expect(attributes).not.toContain('Secure'); // plain HTTP here; set over HTTPS
    const cookie = setCookie.split(';')[0]!;
    expect((await fetch(`${h.url}/admin/queues/api/queues`, { headers: { cookie } })).status).toBe(200);
    // A tampered cookie is refused.
    expect((await fetch(`${h.url}/admin/queues/api/queues`, { headers: { cookie: `${cookie.slice(0, -2)}xx` } })).status).toBe(401);
    expect(await h.c.operators.revoke(id)).toBe(true);
    expect((await fetch(`${h.url}/admin/queues/api/queues`, { headers: { cookie } })).status).toBe(401);
  });

  it('never lets an operator key into the tenant API', async () => {
    expect((await h.api(operatorKey, 'GET', '/api/v1/me')).status).toBe(401);
    expect((await h.api(operatorKey, 'GET', '/api/v1/queues')).status).toBe(401);
  });

  it('retries failed jobs from the board; the worker then answers them and the metrics count it', async () => {
    const worker = startConversationWorker(h.c, { responder: new EchoResponder() });
    try {
      const retry = await fetch(`${h.url}/admin/queues/api/queues/conversation/retry/failed`, { method: 'PUT', headers: { authorization: `Bearer ${operatorKey}` } });
      expect(retry.status).toBe(200);
      await waitFor(async () => (await h.c.queues.get(CONVERSATION_QUEUE)!.getJobCounts('completed')).completed! >= 3, { what: 'retried jobs completed' });
      const text = await metricsText();
      expect(sample(text, 'gateway_messages_answered_total')).toBe(3);
      expect(sample(text, 'gateway_job_duration_seconds_count{queue="conversation",outcome="completed"}')).toBeGreaterThanOrEqual(3);
      const a = await h.api(tenantA.apiKey, 'GET', '/api/v1/queues');
      expect(a.body.queues.conversation.inboundPending).toBe(0);
      expect(a.body.queues.conversation.inboundAnswered).toBe(2);
      // Clean: the board removes a job (cleaning a whole list spares jobs younger than Bull Board's 5 s grace).
      const q = h.c.queues.get(CONVERSATION_QUEUE)!;
      const [done] = await q.getJobs(['completed'], 0, 0);
      const clean = await fetch(`${h.url}/admin/queues/api/queues/conversation/${encodeURIComponent(done!.id!)}/clean`, { method: 'PUT', headers: { authorization: `Bearer ${operatorKey}` } });
      expect(clean.status).toBe(204);
      expect(await q.getJob(done!.id!)).toBeUndefined();
    } finally {
      await worker.close();
    }
  });
});

describe('security headers on HTML pages (helmet)', () => {
  const csp = (res: Response) => res.headers.get('content-security-policy') ?? '';

  it('never lets the agent inbox or the operator pages be framed, and runs only our own scripts', async () => {
    for (const path of ['/inbox', '/login', '/admin/login']) {
      const res = await fetch(`${h.url}${path}`);
      expect(res.status).toBe(200);
      expect(csp(res)).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const html = await res.text();
      if (path === '/admin/login') {
        const nonce = /script-src 'nonce-([^']+)'/.exec(csp(res))?.[1] ?? /style-src 'nonce-([^']+)'/.exec(csp(res))?.[1];
        expect(nonce).toBeTruthy();
        // Every inline element carries this response's nonce.
        expect(html.match(/<(script|style)\b[^>]*>/g)?.every((tag) => tag.includes(`nonce="${nonce}"`))).toBe(true);
      } else {
        // Built pages (web/): scripts are files of our origin, nothing inline.
        expect(csp(res)).toContain("script-src 'self'");
        expect(html.match(/<script\b[^>]*>/g)?.every((tag) => / src="\/static\/assets\//.test(tag))).toBe(true);
      }
    }
    const again = /script-src 'nonce-([^']+)'/.exec(csp(await fetch(`${h.url}/admin/login`)))?.[1];
    const first = /script-src 'nonce-([^']+)'/.exec(csp(await fetch(`${h.url}/admin/login`)))?.[1];
    expect(again).not.toBe(first);
    const board = await fetch(`${h.url}/admin/queues`, { headers: { authorization: `Bearer ${operatorKey}` } });
    expect(csp(board)).toContain("frame-ancestors 'none'");
    expect(board.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("lets the web chat page be framed where the widget lives: the connection's allowed origins, else anywhere", async () => {
    const open = await fetch(`${h.url}/chat/${connA}`);
    expect(open.status).toBe(200);
    expect(csp(open)).toContain('frame-ancestors *');
    expect(open.headers.get('x-frame-options')).toBeNull();
    expect(open.headers.get('x-content-type-options')).toBe('nosniff');
    const restricted = await fetch(`${h.url}/chat/${connB}`);
    expect(csp(restricted)).toMatch(/frame-ancestors 'self' https:\/\/shop\.example(;|$)/);
    expect((await fetch(`${h.url}/chat/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`)).status).toBe(404);
  });
});

describe('/ready', () => {
  it('says what is down without the error text, which goes to the log', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (l: string) => void lines.push(l) });
    const config = loadConfig({ ...h.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere', DATABASE_POOL_MAX: '1' });
    const c = createContainer(config, { logger });
    const { app, hub } = createApp(c);
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const addr = server.address();
      const res = await fetch(`http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/ready`);
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ status: 'degraded', checks: { postgres: 'down', redis: 'ok' } });
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|nowhere/);
      expect(lines.join('')).toContain('readiness check failed');
      expect(lines.join('')).toContain('ECONNREFUSED');
    } finally {
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await c.close();
    }
  });
});
