/**
 * Web chat visitor tokens (issue 10): signed under a per-connection key
 * derived from ENCRYPTION_KEY (HKDF), expiring, refreshed by resuming the
 * session, and invalidated by rotating the connection's secret; the
 * connection's webhook secret is encrypted at rest, including rows written
 * in plaintext before (the boot-time data migration).
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelConnections } from '../../drizzle/schema.js';
import { issueVisitorToken } from '../../channels/webchat/webchat.adapter.js';
import { runDataMigrations } from '../../src/app/bootstrap.js';
import { decryptWebhookSecret } from '../../src/connections/connection.service.js';
import { encryptSecret, hmacTokenSigner, randomToken, visitorTokenSigner } from '../../src/security/crypto.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { openSse } from '../helpers/sse.js';

let h: Harness;
let tenant: { tenantId: string; apiKey: string };
let conn: string;

async function session(connId: string, token?: string) {
  const res = await fetch(`${h.url}/api/v1/webchat/${connId}/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(token ? { token } : {}),
  });
  return { status: res.status, body: (await res.json()) as { token: string; expiresAt: string; conversationId: string; visitorId: string; resumed: boolean } };
}

async function post(connId: string, token: string, text: string) {
  const res = await fetch(`${h.url}/api/v1/webchat/${connId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ text, clientMessageId: randomUUID() }),
  });
  return res.status;
}

const streamStatus = async (connId: string, token: string) => {
  const ac = new AbortController();
  const res = await fetch(`${h.url}/api/v1/webchat/${connId}/stream?token=${encodeURIComponent(token)}`, { signal: ac.signal });
  ac.abort();
  return res.status;
};

async function storedSecret(connId: string): Promise<{ stored: string; plain: string }> {
  const [row] = await h.c.database.db.select().from(channelConnections).where(eq(channelConnections.id, connId));
  if (!row) throw new Error('no row');
  return { stored: row.webhookSecret, plain: decryptWebhookSecret(h.config.security.encryptionKey, row) };
}

beforeAll(async () => {
  h = await startHarness({ env: { WEBCHAT_TOKEN_TTL_SECONDS: '3600' } });
  tenant = await h.createTenant('Tokens');
  conn = (await h.api(tenant.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id;
});

afterAll(async () => {
  await h?.close();
});

describe('web chat visitor tokens', () => {
  it('carry an expiry (WEBCHAT_TOKEN_TTL_SECONDS) and a resumed session gets a fresh token for the same conversation', async () => {
    const before = Date.now();
    const s = await session(conn);
    expect(s.status).toBe(201);
    const exp = Date.parse(s.body.expiresAt);
    expect(exp).toBeGreaterThanOrEqual(before + 3_599_000);
    expect(exp).toBeLessThanOrEqual(Date.now() + 3_601_000);
    const payload = JSON.parse(Buffer.from(s.body.token.split('.')[0]!, 'base64url').toString('utf8'));
    expect(payload.exp - payload.iat).toBe(3600);

    const again = await session(conn, s.body.token);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ resumed: true, conversationId: s.body.conversationId, visitorId: s.body.visitorId });
    expect(await post(conn, again.body.token, 'hello with the refreshed token')).toBe(202);
  });

  it('an expired token is refused everywhere, and a session started with it is a new visitor', async () => {
    const s = await session(conn);
    const { plain } = await storedSecret(conn);
    // The same key the gateway uses, with a clock two hours ahead of the token's expiry.
    const past = visitorTokenSigner(h.config.security.encryptionKey, conn, 3600, () => Date.now() - 7_200_000);
    const expired = issueVisitorToken(past, plain, { connectionId: conn, visitorId: s.body.visitorId });
    expect(await post(conn, expired, 'late')).toBe(401);
    expect(await streamStatus(conn, expired)).toBe(401);
    const resumed = await session(conn, expired);
    expect(resumed.status).toBe(201);
    expect(resumed.body.resumed).toBe(false);
    expect(resumed.body.visitorId).not.toBe(s.body.visitorId);
    // Signed right with the right key and not expired: accepted (the test above is not failing for another reason).
    const fresh = issueVisitorToken(visitorTokenSigner(h.config.security.encryptionKey, conn, 3600), plain, { connectionId: conn, visitorId: s.body.visitorId });
    expect(await post(conn, fresh, 'on time')).toBe(202);
  });

  it('are signed with a key derived from ENCRYPTION_KEY: the connection secret alone (or another key) forges nothing', async () => {
    const s = await session(conn);
    const { plain } = await storedSecret(conn);
    const exp = Math.floor(Date.now() / 1000) + 3600;
    // The old scheme: HMAC straight under the connection's secret.
    const withSecretOnly = hmacTokenSigner.sign(plain, { c: conn, v: s.body.visitorId, iat: exp - 3600, exp });
    expect(await post(conn, withSecretOnly, 'forged')).toBe(401);
    const otherMaster = visitorTokenSigner(Buffer.alloc(32, 7), conn, 3600);
    expect(await post(conn, issueVisitorToken(otherMaster, plain, { connectionId: conn, visitorId: s.body.visitorId }), 'forged')).toBe(401);
    // Per connection: the key of another connection (same master, same secret) does not fit either.
    const otherConn = visitorTokenSigner(h.config.security.encryptionKey, randomUUID(), 3600);
    expect(await post(conn, issueVisitorToken(otherConn, plain, { connectionId: conn, visitorId: s.body.visitorId }), 'forged')).toBe(401);
  });

  it('rotating the connection secret logs every visitor out; new sessions work', async () => {
    const c2 = (await h.api(tenant.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Rotating' })).body.id as string;
    const s = await session(c2);
    expect(await post(c2, s.body.token, 'before rotation')).toBe(202);
    const open = await openSse(`${h.url}/api/v1/webchat/${c2}/stream?token=${encodeURIComponent(s.body.token)}`);
    await open.waitFor((e) => e.event === 'ready');
    open.close();
    const before = await storedSecret(c2);

    const rotated = await h.api(tenant.apiKey, 'POST', `/api/v1/channels/${c2}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(JSON.stringify(rotated.body)).not.toContain(before.plain);
    const after = await storedSecret(c2);
    expect(after.plain).not.toBe(before.plain);

    expect(await post(c2, s.body.token, 'after rotation')).toBe(401);
    expect(await streamStatus(c2, s.body.token)).toBe(401);
    const resumed = await session(c2, s.body.token);
    expect(resumed.body.resumed).toBe(false);
    expect(await post(c2, resumed.body.token, 'new session')).toBe(202);

    // Admins only, own tenant only, web chat only.
    const other = await h.createTenant('Other');
    expect((await h.api(other.apiKey, 'POST', `/api/v1/channels/${c2}/rotate-secret`)).status).toBe(404);
    const agent = (await h.api(tenant.apiKey, 'POST', '/api/v1/agents', { email: 'rot@x.test', name: 'Rot' })).body;
    expect((await h.api(agent.apiKey, 'POST', `/api/v1/channels/${c2}/rotate-secret`)).status).toBe(403);
  });
});

describe('webhook secrets at rest', () => {
  it('are stored encrypted (AES-256-GCM, bound to their row) and never returned', async () => {
    const { stored, plain } = await storedSecret(conn);
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(plain);
    expect(plain.length).toBeGreaterThanOrEqual(32);
    const views = [(await h.api(tenant.apiKey, 'GET', `/api/v1/channels/${conn}`)).body, (await h.api(tenant.apiKey, 'GET', '/api/v1/channels')).body];
    for (const v of views) {
      expect(JSON.stringify(v)).not.toContain(plain);
      expect(JSON.stringify(v)).not.toContain(stored);
    }
    // Copied to another row, the ciphertext does not open.
    expect(() => decryptWebhookSecret(h.config.security.encryptionKey, { id: randomUUID(), tenantId: tenant.tenantId, webhookSecret: stored })).toThrow();
  });

  it('rows written in plaintext by an older version are encrypted by the data migration, and keep working', async () => {
    const id = randomUUID();
    const legacy = randomToken(32);
    await h.c.database.db.insert(channelConnections).values({
      id,
      tenantId: tenant.tenantId,
      type: 'telegram',
      name: 'legacy',
      credentialsEnc: encryptSecret(h.config.security.encryptionKey, JSON.stringify({ botToken: '1:legacy' }), tenant.tenantId),
      webhookSecret: legacy,
    });
    // Read as plaintext until migrated (a rolling upgrade).
    expect((await h.c.connections.resolve(id, 'telegram'))?.ctx.connection.webhookSecret).toBe(legacy);

    await runDataMigrations(h.db.url, h.config.security.encryptionKey, pino({ level: 'silent' }));
    const after = await storedSecret(id);
    expect(after.stored).toMatch(/^v1\./);
    expect(after.stored).not.toContain(legacy);
    expect(after.plain).toBe(legacy);
    // Idempotent: a second run changes nothing.
    await runDataMigrations(h.db.url, h.config.security.encryptionKey, pino({ level: 'silent' }));
    expect((await storedSecret(id)).stored).toBe(after.stored);

    // Telegram still authenticates its webhook with the same secret.
    const res = await fetch(`${h.url}/webhooks/telegram/${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': legacy },
      body: JSON.stringify({ update_id: 1, message: { message_id: 1, date: 1, chat: { id: 5, type: 'private' }, from: { id: 5, is_bot: false, first_name: 'L' }, text: 'hi' } }),
    });
    expect(res.status).toBe(200);
  });
});
