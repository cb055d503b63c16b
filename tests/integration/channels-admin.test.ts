/**
 * Channel administration through the running gateway against the fake Telegram
 * Bot API: PATCH (rename, rotate credentials — checked with the platform,
 * re-encrypted, never echoed, audited), POST …/test, disable and delete (the
 * webhook then answers 404), tenant isolation and roles; and the reports of
 * `GET /api/v1/analytics/overview` (JSON and CSV).
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, channelConnections } from '../../drizzle/schema.js';
import { decryptSecret } from '../../src/security/crypto.js';
import { decryptWebhookSecret } from '../../src/connections/connection.service.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const TOKEN = '7100000001:AAH-admin_first_bot';
const ROTATED = '7100000002:AAH-admin_rotated_bot';
const REVOKED = '7100000099:AAH-admin_revoked_bot';
const PUBLIC_BASE_URL = 'https://gateway.admin.example';

let fake: FakeTelegram;
let h: Harness;
let A: { tenantId: string; apiKey: string };
let B: { tenantId: string; apiKey: string };
let agentKey: string;

beforeAll(async () => {
  fake = await startFakeTelegram({ validTokens: [TOKEN, ROTATED] });
  h = await startHarness({ workers: 0, env: { TELEGRAM_API_ROOT: fake.url, PUBLIC_BASE_URL } });
  A = await h.createTenant('A');
  B = await h.createTenant('B');
  const agent = await h.api(A.apiKey, 'POST', '/api/v1/agents', { email: 'agent@a.example', name: 'Agent A' });
  expect(agent.status).toBe(201);
  agentKey = agent.body.apiKey;
}, 60_000);

afterAll(async () => {
  await h?.close();
  await fake?.stop();
});

const row = async (id: string) => (await h.c.database.db.select().from(channelConnections).where(eq(channelConnections.id, id)))[0]!;

/** A Telegram update as the platform posts it, with the secret token it was given by setWebhook. */
async function postUpdate(id: string, updateId: number): Promise<number> {
  const secret = decryptWebhookSecret(h.config.security.encryptionKey, await row(id));
  const res = await fetch(`${h.url}/webhooks/telegram/${id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
    body: JSON.stringify({ update_id: updateId, message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: 42, type: 'private' }, from: { id: 42, first_name: 'Ann' }, text: 'hello' } }),
  });
  await res.arrayBuffer();
  return res.status;
}

describe('PATCH, test, disable and delete a channel', () => {
  let id: string;

  beforeAll(async () => {
    const created = await h.api(A.apiKey, 'POST', '/api/v1/channels', { type: 'telegram', name: 'Support bot', credentials: { botToken: TOKEN } });
    expect(created.status).toBe(201);
    id = created.body.id;
  });

  it('renames and rotates the bot token: checked with Telegram, re-encrypted, never echoed, audited without the secret', async () => {
    fake.reset();
    const res = await h.api(A.apiKey, 'PATCH', `/api/v1/channels/${id}`, { name: 'Renamed bot', credentials: { botToken: ROTATED } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, name: 'Renamed bot', status: 'active', webhookUrl: `${PUBLIC_BASE_URL}/webhooks/telegram/${id}` });
    const raw = JSON.stringify(res.body);
    expect(raw).not.toContain(ROTATED);
    expect(raw).not.toContain('credentials');
    // The new token was used with the platform: getMe and setWebhook to the same URL.
    expect(fake.callsTo('getMe').map((c) => c.token)).toContain(ROTATED);
    const hook = fake.callsTo('setWebhook').find((c) => c.token === ROTATED);
    expect(hook?.body.url).toBe(`${PUBLIC_BASE_URL}/webhooks/telegram/${id}`);
    // Stored encrypted under the tenant, holding the new token.
    const stored = await row(id);
    expect(stored.credentialsEnc).not.toContain(ROTATED);
    expect(JSON.parse(decryptSecret(h.config.security.encryptionKey, stored.credentialsEnc, A.tenantId))).toEqual({ botToken: ROTATED });
    const audit = await h.c.database.db.select().from(auditLog).where(and(eq(auditLog.tenantId, A.tenantId), eq(auditLog.entityId, id), eq(auditLog.action, 'channel.update')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes).toMatchObject({ name: { from: 'Support bot', to: 'Renamed bot' }, credentials: { rotated: ['botToken'] } });
    expect(JSON.stringify(audit[0]!.changes)).not.toContain(ROTATED);
    // GET never shows them either.
    const got = await h.api(A.apiKey, 'GET', `/api/v1/channels/${id}`);
    expect(JSON.stringify(got.body)).not.toContain(ROTATED);
  });

  it('refuses credentials the platform rejects (400 with the reason) and keeps the old ones', async () => {
    const res = await h.api(A.apiKey, 'PATCH', `/api/v1/channels/${id}`, { credentials: { botToken: REVOKED } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('channel_rejected');
    expect(JSON.stringify(res.body)).not.toContain(REVOKED);
    expect(JSON.parse(decryptSecret(h.config.security.encryptionKey, (await row(id)).credentialsEnc, A.tenantId))).toEqual({ botToken: ROTATED });
    const malformed = await h.api(A.apiKey, 'PATCH', `/api/v1/channels/${id}`, { credentials: { botToken: 'not a token' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/botToken/);
    expect((await h.api(A.apiKey, 'PATCH', `/api/v1/channels/${id}`, {})).status).toBe(400);
    expect((await h.api(A.apiKey, 'PATCH', `/api/v1/channels/${id}`, { status: 'gone' })).status).toBe(400);
    expect((await h.api(A.apiKey, 'PATCH', `/api/v1/channels/${id}`, { webhookSecret: 'x' })).status).toBe(400);
  });

  it('tests the connection with the platform and records the outcome', async () => {
    fake.reset();
    const ok = await h.api(A.apiKey, 'POST', `/api/v1/channels/${id}/test`);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ ok: true, channel: { id, status: 'active' } });
    expect(fake.callsTo('getMe')).toHaveLength(1);
    fake.failNext('getMe', { status: 401, description: 'Unauthorized' });
    const failed = await h.api(A.apiKey, 'POST', `/api/v1/channels/${id}/test`);
    expect(failed.status).toBe(200);
    expect(failed.body.ok).toBe(false);
    expect(failed.body.channel.status).toBe('error');
    expect(failed.body.channel.statusReason).toBeTruthy();
    expect((await h.api(A.apiKey, 'POST', `/api/v1/channels/${id}/test`)).body.channel).toMatchObject({ status: 'active', statusReason: null });
  });

  it('another tenant gets 404 and an agent 403 on every write; nothing changes', async () => {
    for (const [method, path, body] of [
      ['PATCH', `/api/v1/channels/${id}`, { name: 'Stolen' }],
      ['DELETE', `/api/v1/channels/${id}`, undefined],
      ['DELETE', `/api/v1/channels/${id}?purge=true`, undefined],
      ['POST', `/api/v1/channels/${id}/test`, undefined],
    ] as const) {
      expect((await h.api(B.apiKey, method, path, body)).status, `${method} ${path} as tenant B`).toBe(404);
      expect((await h.api(agentKey, method, path, body)).status, `${method} ${path} as an agent`).toBe(403);
    }
    expect(await row(id)).toMatchObject({ name: 'Renamed bot', status: 'active' });
  });

  it('a disabled channel takes no webhooks (404); enabling it again registers the webhook; purge deletes it', async () => {
    expect(await postUpdate(id, 1001)).toBe(200);
    const disabled = await h.api(A.apiKey, 'DELETE', `/api/v1/channels/${id}`);
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ id, status: 'disabled' });
    expect(await postUpdate(id, 1002)).toBe(404);
    // Testing a disabled channel checks the credentials but leaves it disabled.
    const tested = await h.api(A.apiKey, 'POST', `/api/v1/channels/${id}/test`);
    expect(tested.body).toMatchObject({ ok: true, channel: { status: 'disabled' } });
    expect(await postUpdate(id, 1002)).toBe(404);
    // Still listed (history kept), marked disabled.
    const list = await h.api(A.apiKey, 'GET', '/api/v1/channels');
    expect(list.body.items.find((c: { id: string }) => c.id === id)?.status).toBe('disabled');
    fake.reset();
    const enabled = await h.api(A.apiKey, 'PATCH', `/api/v1/channels/${id}`, { status: 'active' });
    expect(enabled.body).toMatchObject({ status: 'active', statusReason: null });
    expect(fake.callsTo('setWebhook')).toHaveLength(1);
    expect(await postUpdate(id, 1003)).toBe(200);
    expect((await h.api(A.apiKey, 'DELETE', `/api/v1/channels/${id}?purge=maybe`)).status).toBe(400);
    expect((await h.api(A.apiKey, 'DELETE', `/api/v1/channels/${id}?purge=true`)).status).toBe(204);
    const gone = await fetch(`${h.url}/webhooks/telegram/${id}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"update_id":1}' });
    expect(gone.status).toBe(404);
    expect((await h.api(A.apiKey, 'GET', `/api/v1/channels/${id}`)).status).toBe(404);
    const actions = (await h.c.database.db.select().from(auditLog).where(and(eq(auditLog.tenantId, A.tenantId), eq(auditLog.entityId, id)))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['channel.create', 'channel.update', 'channel.delete']));
  });

  it('web chat: settings merge and credentials validate against the web chat schema', async () => {
    const wc = await h.api(A.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Widget', credentials: { allowedOrigins: ['https://shop.example'] } });
    const a = await h.api(A.apiKey, 'PATCH', `/api/v1/channels/${wc.body.id}`, { settings: { theme: 'dark' } });
    const b = await h.api(A.apiKey, 'PATCH', `/api/v1/channels/${wc.body.id}`, { settings: { position: 'left' }, credentials: { welcomeMessage: 'Hi there' } });
    expect(a.status).toBe(200);
    expect(b.body.settings).toMatchObject({ theme: 'dark', position: 'left' });
    const creds = JSON.parse(decryptSecret(h.config.security.encryptionKey, (await row(wc.body.id)).credentialsEnc, A.tenantId));
    expect(creds).toEqual({ allowedOrigins: ['https://shop.example'], welcomeMessage: 'Hi there' });
    const bad = await h.api(A.apiKey, 'PATCH', `/api/v1/channels/${wc.body.id}`, { credentials: { allowedOrigins: ['not a url'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/allowedOrigins/);
  });
});

describe('GET /api/v1/analytics/overview', () => {
  it('reports conversations per channel per day, containment, escalations by reason, CSAT; as JSON and CSV; tenant-scoped', async () => {
    const wc = await h.api(A.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Reports widget' });
    const session = await (await fetch(`${h.url}/api/v1/webchat/${wc.body.id}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
    const msg = await fetch(`${h.url}/api/v1/webchat/${wc.body.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ text: 'I want a person', clientMessageId: 'r-1' }),
    });
    expect(msg.status).toBe(202);
    const admin = await h.api(A.apiKey, 'POST', '/api/v1/agents', { email: 'taker@a.example', name: 'Taker', role: 'admin' });
    const takeover = await h.api(admin.body.apiKey, 'POST', `/api/v1/conversations/${session.conversationId}/takeover`);
    expect(takeover.status).toBe(201);

    const today = new Date().toISOString().slice(0, 10);
    const res = await h.api(A.apiKey, 'GET', '/api/v1/analytics/overview');
    expect(res.status).toBe(200);
    expect(res.body.conversationsPerChannel).toEqual([{ day: today, channel: 'webchat', conversations: 1 }]);
    expect(res.body.escalationsByReason).toEqual([{ reason: 'manual takeover', tickets: 1 }]);
    for (const key of ['containment', 'responseTimes', 'csat', 'csatDistribution', 'slaBreaches']) expect(Array.isArray(res.body[key]), key).toBe(true);

    const other = await h.api(B.apiKey, 'GET', '/api/v1/analytics/overview');
    expect(other.body.conversationsPerChannel).toEqual([]);
    expect(other.body.escalationsByReason).toEqual([]);

    const csv = await fetch(`${h.url}/api/v1/analytics/overview?format=csv`, { headers: { authorization: `Bearer ${A.apiKey}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="report-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('metric,day,dimension,value');
    expect(lines).toContain(`conversations,${today},webchat,1`);
    expect(lines).toContain('escalations,,manual takeover,1');

    expect((await h.api(A.apiKey, 'GET', '/api/v1/analytics/overview?format=xml')).status).toBe(400);
    expect((await h.api(A.apiKey, 'GET', '/api/v1/analytics/overview?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z')).status).toBe(400);
    expect((await h.api(agentKey, 'GET', '/api/v1/analytics/overview')).status).toBe(403);
  });
});
