/**
 * Outgoing event webhooks and the communication log, end to end: admins
 * subscribe a local receiver, real conversations/tickets/CSAT produce the
 * events, each delivery is signed (HMAC-SHA256 of the raw body with the
 * subscription's secret), retried after 5xx, given up after max attempts, and
 * recorded in the communication log. SSRF targets are refused without
 * WEBHOOK_ALLOW_PRIVATE_TARGETS, at create time and at delivery time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { communicationLog, feedback, messages, tickets, webhookSubscriptions } from '../../drizzle/schema.js';
import { encryptSecret } from '../../src/security/crypto.js';
import { startWebhookReceiver, type WebhookReceiver } from '../fakes/webhook-receiver.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';

let h: Harness;
let strict: Harness;
let rx: WebhookReceiver;
let acme: { tenantId: string; apiKey: string };
let other: { tenantId: string; apiKey: string };
let agentKey: string;
let agentId: string;
let conn: string;
const subs: Record<'ok' | 'flaky' | 'down', { id: string; secret: string }> = {} as never;

const SUBSCRIBED = ['conversation.created', 'message.created', 'conversation.escalated', 'ticket.closed', 'feedback.created'];

function verify(secret: string, raw: string, header: unknown): boolean {
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(raw).digest('hex'));
  const got = Buffer.from(header.slice(7));
  return got.length === expected.length && timingSafeEqual(got, expected);
}

async function visitor() {
  const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
  let n = 0;
  const say = async (text: string) => {
    const r = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text, clientMessageId: `m${n++}` }) });
    expect(r.status).toBe(202);
    const id = ((await r.json()) as { messageId: string }).messageId;
    await waitFor(async () => (await h.c.database.db.select().from(messages).where(eq(messages.id, id)))[0]?.processingStatus !== 'pending', { what: 'processed message' });
    return id;
  };
  return { ...s, say };
}

beforeAll(async () => {
  rx = await startWebhookReceiver();
  h = await startHarness({ productWorkers: true, env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: '1', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_MAX_ATTEMPTS: '4' } });
  strict = await startHarness({ workers: 0 });
  acme = await h.createTenant('Acme');
  other = await h.createTenant('Other');
  const agent = await h.api(acme.apiKey, 'POST', '/api/v1/agents', { email: 'ana@acme.test', name: 'Ana' });
  agentKey = agent.body.apiKey;
  agentId = agent.body.id;
  conn = (await h.api(acme.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id;
  for (const [name, events] of [
    ['ok', SUBSCRIBED],
    ['flaky', ['conversation.created']],
    ['down', ['conversation.created']],
  ] as const) {
    const res = await h.api(acme.apiKey, 'POST', '/api/v1/webhook-subscriptions', { url: `${rx.url}/${name}`, events });
    expect(res.status).toBe(201);
    expect(res.body.secret).toMatch(/^whsec_/);
    subs[name] = { id: res.body.id, secret: res.body.secret };
  }
}, 90_000);

afterAll(async () => {
  await h?.close();
  await strict?.close();
  await rx?.stop();
});

describe('webhook subscriptions API', () => {
  it('lists subscriptions without their secrets; the secret is stored encrypted', async () => {
    const list = await h.api(acme.apiKey, 'GET', '/api/v1/webhook-subscriptions');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(3);
    expect(JSON.stringify(list.body)).not.toContain(subs.ok.secret);
    const [row] = await h.c.database.db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, subs.ok.id));
    expect(row?.secretEncrypted).toMatch(/^v1\./);
    expect(row?.secretEncrypted).not.toContain(subs.ok.secret);
  });

  it('rejects unknown events, bad URLs and non-UUID ids with 400', async () => {
    expect((await h.api(acme.apiKey, 'POST', '/api/v1/webhook-subscriptions', { url: `${rx.url}/x`, events: ['ticket.exploded'] })).status).toBe(400);
    expect((await h.api(acme.apiKey, 'POST', '/api/v1/webhook-subscriptions', { url: 'ftp://example.com/x', events: ['ticket.closed'] })).status).toBe(400);
    expect((await h.api(acme.apiKey, 'POST', '/api/v1/webhook-subscriptions', { url: 'not a url', events: ['ticket.closed'] })).status).toBe(400);
    expect((await h.api(acme.apiKey, 'POST', '/api/v1/webhook-subscriptions', { url: `${rx.url}/x`, events: [] })).status).toBe(400);
    expect((await h.api(acme.apiKey, 'DELETE', '/api/v1/webhook-subscriptions/nope')).status).toBe(400);
  });

  it("gives another tenant's key 404 and an agent key 403", async () => {
    expect((await h.api(other.apiKey, 'GET', `/api/v1/webhook-subscriptions/${subs.ok.id}`)).status).toBe(404);
    expect((await h.api(other.apiKey, 'DELETE', `/api/v1/webhook-subscriptions/${subs.ok.id}`)).status).toBe(404);
    expect((await h.api(other.apiKey, 'GET', '/api/v1/webhook-subscriptions')).body.items).toEqual([]);
    expect((await h.api(agentKey, 'GET', '/api/v1/webhook-subscriptions')).status).toBe(403);
    expect((await h.api(agentKey, 'POST', '/api/v1/webhook-subscriptions', { url: `${rx.url}/ok`, events: ['ticket.closed'] })).status).toBe(403);
    expect((await h.api(agentKey, 'GET', '/api/v1/communication-log')).status).toBe(403);
    // Still there for its owner.
    expect((await h.api(acme.apiKey, 'GET', `/api/v1/webhook-subscriptions/${subs.ok.id}`)).status).toBe(200);
  });
});

describe('event deliveries', () => {
  it('delivers each subscribed event once, signed, and no unsubscribed event', async () => {
    const v = await visitor();
    await v.say('Hello, where is my parcel?');
    const take = await h.api(acme.apiKey, 'POST', `/api/v1/conversations/${v.conversationId}/takeover`, {});
    expect(take.status).toBe(201);
    const ticketId = take.body.id as string;
    // ticket.updated is not subscribed by /ok: the assignment must not reach it.
    expect((await h.api(acme.apiKey, 'POST', `/api/v1/tickets/${ticketId}/assign`, { agentId })).status).toBe(200);
    expect((await h.api(agentKey, 'POST', `/api/v1/tickets/${ticketId}/close`, {})).status).toBe(200);
    await v.say('5');
    await waitFor(async () => (await h.c.database.db.select().from(feedback).where(eq(feedback.ticketId, ticketId))).length > 0, { what: 'feedback' });

    const okDeliveries = await waitFor(
      () => {
        const got = rx.received.filter((r) => r.path === '/ok');
        const types = new Set(got.map((r) => (JSON.parse(r.raw) as { type: string }).type));
        return Promise.resolve(SUBSCRIBED.every((t) => types.has(t)) ? got : null);
      },
      { what: 'every subscribed event at /ok', timeoutMs: 30_000 },
    );
    const bodies = okDeliveries.map((r) => JSON.parse(r.raw) as { id: string; type: string; tenantId: string; data: Record<string, unknown> });
    for (const r of okDeliveries) {
      expect(verify(subs.ok.secret, r.raw, r.headers['x-gateway-signature'])).toBe(true);
      expect(verify(subs.flaky.secret, r.raw, r.headers['x-gateway-signature'])).toBe(false);
      expect(r.headers['x-gateway-event-id']).toBe((JSON.parse(r.raw) as { id: string }).id);
      expect(Number(r.headers['x-gateway-timestamp'])).toBeGreaterThan(1_600_000_000);
    }
    // Once each: no event id twice; two customer messages, one of everything else; nothing unsubscribed.
    expect(new Set(bodies.map((b) => b.id)).size).toBe(bodies.length);
    const count = (t: string) => bodies.filter((b) => b.type === t).length;
    expect(count('conversation.created')).toBe(1);
    expect(count('message.created')).toBe(2);
    expect(count('conversation.escalated')).toBe(1);
    expect(count('ticket.closed')).toBe(1);
    expect(count('feedback.created')).toBe(1);
    expect(count('ticket.updated')).toBe(0);
    expect(bodies.every((b) => b.tenantId === acme.tenantId)).toBe(true);
    expect(bodies.find((b) => b.type === 'conversation.escalated')?.data).toMatchObject({ conversationId: v.conversationId, ticketId });
    expect(bodies.find((b) => b.type === 'feedback.created')?.data).toMatchObject({ ticketId, rating: 5 });
    const [t] = await h.c.database.db.select().from(tickets).where(eq(tickets.id, ticketId));
    expect(t?.status).toBe('closed');

    const sentLog = await h.api(acme.apiKey, 'GET', '/api/v1/communication-log?channel=webhook&status=sent&limit=500');
    expect(sentLog.status).toBe(200);
    const okRows = sentLog.body.items.filter((i: { recipient: string }) => i.recipient === `${rx.url}/ok`);
    expect(okRows).toHaveLength(bodies.length);
    expect(okRows.every((i: { attempts: number; sentAt: string | null }) => i.attempts === 1 && i.sentAt)).toBe(true);
  });

  it('retries after a 500 and then succeeds; gives up after max attempts and logs failed', async () => {
    const flaky = await waitFor(async () => {
      const [row] = await h.c.database.db.select().from(communicationLog).where(eq(communicationLog.subscriptionId, subs.flaky.id));
      return row?.status === 'sent' ? row : null;
    }, { what: 'flaky delivery sent', timeoutMs: 30_000 });
    expect(flaky.attempts).toBe(2);
    expect(rx.received.filter((r) => r.path === '/flaky').map((r) => r.status)).toEqual([500, 200]);

    const down = await waitFor(async () => {
      const [row] = await h.c.database.db.select().from(communicationLog).where(eq(communicationLog.subscriptionId, subs.down.id));
      return row?.status === 'failed' ? row : null;
    }, { what: 'down delivery failed', timeoutMs: 30_000 });
    expect(down.attempts).toBe(4);
    expect(down.error).toBe('HTTP 500');
    expect(rx.received.filter((r) => r.path === '/down')).toHaveLength(4);

    const failed = await h.api(acme.apiKey, 'GET', '/api/v1/communication-log?status=failed');
    expect(failed.body.items.map((i: { id: string }) => i.id)).toEqual([down.id]);
    expect(failed.body.items[0]).toMatchObject({ channel: 'webhook', template: 'conversation.created', status: 'failed', attempts: 4 });
  });

  it('filters, paginates and scopes the communication log', async () => {
    const all = await h.api(acme.apiKey, 'GET', '/api/v1/communication-log?limit=500');
    expect(all.body.total).toBeGreaterThan(3);
    const page = await h.api(acme.apiKey, 'GET', '/api/v1/communication-log?limit=2&offset=1');
    expect(page.body.items).toHaveLength(2);
    expect(page.body.items[0].id).toBe(all.body.items[1].id);
    // No SMTP_URL here: the assignment's e-mail to the agent is logged skipped, never sent.
    const emails = (await h.api(acme.apiKey, 'GET', '/api/v1/communication-log?channel=email')).body.items as Array<{ status: string; channel: string }>;
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.every((i) => i.channel === 'email' && i.status === 'skipped')).toBe(true);
    expect((await h.api(acme.apiKey, 'GET', `/api/v1/communication-log?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`)).body.items).toEqual([]);
    expect((await h.api(other.apiKey, 'GET', '/api/v1/communication-log')).body).toMatchObject({ items: [], total: 0 });
    expect((await h.api(acme.apiKey, 'GET', '/api/v1/communication-log?status=lost')).status).toBe(400);
    expect((await h.api(acme.apiKey, 'GET', '/api/v1/communication-log?from=yesterday')).status).toBe(400);
  });

  it('stops delivering to a deleted subscription', async () => {
    expect((await h.api(acme.apiKey, 'DELETE', `/api/v1/webhook-subscriptions/${subs.down.id}`)).status).toBe(204);
    expect((await h.api(acme.apiKey, 'GET', `/api/v1/webhook-subscriptions/${subs.down.id}`)).status).toBe(404);
    const before = rx.received.length;
    const v = await visitor();
    await v.say('Another question');
    await waitFor(() => Promise.resolve(rx.received.filter((r) => r.path === '/flaky').length >= 3 ? true : null), { what: 'next flaky delivery', timeoutMs: 30_000 });
    expect(rx.received.slice(before).filter((r) => r.path === '/down')).toEqual([]);
  });
});

describe('SSRF: private targets refused without WEBHOOK_ALLOW_PRIVATE_TARGETS', () => {
  it('refuses loopback, private, link-local, IPv6 loopback, IPv4-mapped and names resolving to loopback (400)', async () => {
    const t = await strict.createTenant('Strict');
    for (const url of [
      `${rx.url}/ok`,
      'http://10.1.2.3/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://192.168.1.10/hook',
      'http://[::1]:8080/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://[fd00::1]/hook',
      'http://[fe80::1]/hook',
      `http://localhost:${rx.port}/ok`,
    ]) {
      const res = await strict.api(t.apiKey, 'POST', '/api/v1/webhook-subscriptions', { url, events: ['ticket.closed'] });
      expect(res.status, url).toBe(400);
      expect(res.body.error.message, url).toMatch(/refused|resolve/);
    }
    expect((await strict.api(t.apiKey, 'GET', '/api/v1/webhook-subscriptions')).body.items).toEqual([]);
  });

  it('refuses again at delivery time (a name that now resolves to loopback) and logs the delivery failed', async () => {
    const t = await strict.createTenant('Rebound');
    const db = strict.c.database.db;
    const [sub] = await db
      .insert(webhookSubscriptions)
      .values({ tenantId: t.tenantId, url: `http://localhost:${rx.port}/rebound`, events: ['ticket.closed'], secretEncrypted: encryptSecret(strict.config.security.encryptionKey, 'whsec_x', t.tenantId) })
      .returning();
    const [entry] = await db
      .insert(communicationLog)
      .values({ tenantId: t.tenantId, channel: 'webhook', recipient: sub!.url, template: 'ticket.closed', subscriptionId: sub!.id, payload: { id: 'e', type: 'ticket.closed' } })
      .returning();
    const outcome = await strict.c.webhooks.attempt(t.tenantId, entry!.id, false);
    expect(outcome.kind).toBe('permanent');
    const [row] = await db.select().from(communicationLog).where(eq(communicationLog.id, entry!.id));
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row?.error).toMatch(/refused/);
    expect(rx.received.filter((r) => r.path === '/rebound')).toEqual([]);
  });
});
