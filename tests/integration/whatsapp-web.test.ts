/**
 * WhatsApp Web end to end against real Postgres and Redis, with the
 * in-process stand-in for whatsapp-web.js's Client (no WhatsApp, no Chromium):
 * connection via the API → the session manager starts a session → QR on the
 * admin endpoint → login → inbound message through the durable ingest path →
 * the worker's reply crosses Redis to the session owner and leaves through the
 * client, once; disconnect → backoff → restart from the stored session; a new
 * manager (gateway restart) resumes without a QR; the RemoteAuth store; tenant
 * isolation of the admin endpoints.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, whatsappWebSessions } from '../../drizzle/schema.js';
import { PostgresRemoteAuthStore } from '../../src/whatsapp-web/remote-auth-store.js';
import { WhatsAppWebSessionManager } from '../../src/whatsapp-web/session-manager.js';
import type { Responder, ResponderInput, ResponderResult } from '../../src/conversation/responder.js';
import { normalizeWhatsAppWebMessage } from '../../channels/whatsapp-web/whatsapp-web.normalize.js';
import { MediaTooLargeError, PermanentSendError } from '../../src/domain/errors.js';
import { createApiKey } from '../../src/tenancy/tenant.service.js';
import { StandInClientFactory, waMessage, type StandInClient } from '../fakes/whatsapp-web-client.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';

const USER = '4917612345678@c.us';
const OTHER_USER = '4917687654321@c.us';
const GROUP = '120363025246125486@g.us';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const DATA_URL = 'data:image/png;base64,';
const placeholder = (text: string) => `[whatsapp-web test] you said: ${text}`;

/** A fixed, placeholder-style answer owned by this file, so the assertions do not depend on the default responder's wording. */
class TestResponder implements Responder {
  readonly name = 'whatsapp-web-test';
  async respond(input: ResponderInput): Promise<ResponderResult> {
    return { drafts: [{ kind: 'text', senderType: 'bot', text: placeholder(input.message.text) }], model: 'test' };
  }
}

let h: Harness;
let dataPath: string;
let factory: StandInClientFactory;
let manager: WhatsAppWebSessionManager;
let tenantA: { tenantId: string; apiKey: string };
let tenantB: { tenantId: string; apiKey: string };
let connId: string;
/** The browser profile the stand-in "stored" at login; every restart must get it back. */
const profileArchive = randomBytes(4096);

function newManager(f: StandInClientFactory): WhatsAppWebSessionManager {
  return WhatsAppWebSessionManager.fromContainer(h.c, {
    clientFactory: f,
    dataPath,
    scanIntervalMs: 100,
    lockTtlMs: 3000,
    // Long enough for the test to see `disconnected`, short enough to keep the file fast.
    backoff: { initialMs: 1000, maxMs: 4000, jitter: 0 },
  });
}

interface SessionBody {
  state: string;
  qr: string | null;
  reason?: string;
  updatedAt: string | null;
  attempt?: number;
  nextRetryAt?: string;
  sessionSavedAt?: string;
}

async function getSession(key = tenantA.apiKey, id = connId): Promise<{ status: number; body: SessionBody }> {
  return h.api(key, 'GET', `/api/v1/channels/${id}/whatsapp-web/session`);
}

async function waitState(state: string, what = `state ${state}`): Promise<SessionBody> {
  return waitFor(
    async () => {
      const r = await getSession();
      return r.status === 200 && r.body.state === state ? r.body : undefined;
    },
    { what, intervalMs: 20 },
  );
}

async function qrPng(key = tenantA.apiKey, id = connId): Promise<{ status: number; type: string | null; body: Buffer }> {
  const res = await fetch(`${h.url}/api/v1/channels/${id}/whatsapp-web/qr.png`, { headers: { authorization: `Bearer ${key}` } });
  return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
}

const client = (f: StandInClientFactory, i: number) => waitFor(async () => f.clients[i], { what: `stand-in client #${i}` });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function inboundRows(platformMessageId: string) {
  return h.c.database.db
    .select()
    .from(messages)
    .where(and(eq(messages.connectionId, connId), eq(messages.direction, 'in'), eq(messages.platformMessageId, platformMessageId)));
}

beforeAll(async () => {
  // The harness gateway must not run sessions itself (it would launch real Chromium): the test's manager does.
  h = await startHarness({ env: { WHATSAPP_WEB_SESSIONS: 'false' }, responder: new TestResponder() });
  expect(h.gw.whatsappWeb).toBeUndefined();
  dataPath = await mkdtemp(path.join(tmpdir(), 'waweb-it-'));
  factory = new StandInClientFactory();
  manager = newManager(factory);
  await manager.start();
  tenantA = await h.createTenant('Tenant A');
  tenantB = await h.createTenant('Tenant B');
});

afterAll(async () => {
  await manager?.stop();
  await h?.close();
  if (dataPath) await rm(dataPath, { recursive: true, force: true });
});

describe('WhatsApp Web session channel', () => {
  let first: StandInClient;
  /** The client of the running session after the manager restart. */
  let current: StandInClient;

  it('QR → ready → message in (twice, stored once) → the reply leaves through the client once', async () => {
    const created = await h.api(tenantA.apiKey, 'POST', '/api/v1/channels', { type: 'whatsapp_web', name: 'Support phone', credentials: {} });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'whatsapp_web', status: 'active' });
    connId = created.body.id;

    first = await client(factory, 0);
    expect(first.input.connectionId).toBe(connId);
    await waitFor(async () => first.initialized, { what: 'initialize()' });
    expect((await getSession()).body.state).toBe('starting');
    expect((await qrPng()).status).toBe(404);

    first.showQr();
    const withQr = await waitState('qr');
    expect(withQr.qr?.startsWith(DATA_URL)).toBe(true);
    expect(Buffer.from((withQr.qr ?? '').slice(DATA_URL.length), 'base64').subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const png = await qrPng();
    expect(png.status).toBe(200);
    expect(png.type).toBe('image/png');
    expect(png.body.subarray(0, 8)).toEqual(PNG_SIGNATURE);

    await first.scan(profileArchive);
    const ready = await waitState('ready');
    expect(ready.qr).toBeNull();
    expect((await qrPng()).status).toBe(404);
    await waitFor(async () => (await getSession()).body.sessionSavedAt, { what: 'session archive saved' });

    const inbound = waMessage({ from: USER, body: 'Where is my order?', rawData: { notifyName: 'Alice' } });
    first.receive(inbound);
    first.receive(inbound); // whatsapp-web.js can re-emit after a reconnect: stored once.

    await waitFor(async () => first.sent.length > 0, { what: 'reply sent through the client' });
    await sleep(600); // room for a wrong second send
    expect(first.sent).toHaveLength(1);
    expect(first.sent[0]).toMatchObject({ chatId: USER, content: placeholder('Where is my order?') });
    expect(first.typing).toContain(USER);

    const rows = await inboundRows(inbound.id._serialized);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'text', text: 'Where is my order?', processingStatus: 'replied' });
    const out = await waitFor(async () => {
      const [m] = await h.c.database.db.select().from(messages).where(and(eq(messages.connectionId, connId), eq(messages.direction, 'out')));
      return m?.deliveryStatus === 'sent' ? m : undefined;
    }, { what: 'outbound marked sent' });
    expect(out.platformMessageId).toBe(first.sent[0]?.id);
  });

  it('a group message is answered in the group', async () => {
    const inbound = waMessage({ from: GROUP, author: OTHER_USER, body: 'Anyone there?' });
    first.receive(inbound);
    await waitFor(async () => first.sent.length === 2, { what: 'group reply' });
    expect(first.sent[1]).toMatchObject({ chatId: GROUP, content: placeholder('Anyone there?') });
  });

  it("a customer's media: the worker side downloads it through the session owner (the manager's bridge), within the limit", async () => {
    const resolved = await h.c.connections.resolve(connId);
    if (!resolved?.adapter.fetchMedia) throw new Error('connection not resolvable, or no fetchMedia');
    const fetchMedia = resolved.adapter.fetchMedia.bind(resolved.adapter);
    // An image as whatsapp-web.js emits it, normalised as the session does on `message`.
    const raw = waMessage({ from: USER, type: 'image', body: 'the crack', hasMedia: true, rawData: { notifyName: 'Alice', mimetype: 'image/jpeg', size: 4096 } });
    const event = normalizeWhatsAppWebMessage(raw);
    if (event.type !== 'message') throw new Error('not a message');
    const attachment = event.message.payload.attachments?.[0];
    if (!attachment) throw new Error('no attachment');
    const inbound = { platformMessageId: event.message.platformMessageId, kind: event.message.kind, payload: event.message.payload };
    const data = Buffer.alloc(4096, 7);
    first.media.set(raw.id._serialized, { mimetype: 'image/jpeg', data: data.toString('base64'), filename: null });

    const got = await fetchMedia(resolved.ctx, attachment, inbound, { maxBytes: 1_000_000 });
    expect(got.body.equals(data)).toBe(true);
    expect(got.contentType).toBe('image/jpeg');
    expect(first.downloads).toEqual([raw.id._serialized]);

    // Past the limit: known from the size WhatsApp announced (the session is not even asked)…
    expect(await fetchMedia(resolved.ctx, attachment, inbound, { maxBytes: 1000 }).catch((e: unknown) => e)).toBeInstanceOf(MediaTooLargeError);
    expect(first.downloads).toHaveLength(1);
    // …or, without it, from the bytes the session decrypted.
    expect(await fetchMedia(resolved.ctx, { ...attachment, size: undefined }, inbound, { maxBytes: 1000 }).catch((e: unknown) => e)).toBeInstanceOf(MediaTooLargeError);
    expect(first.downloads).toHaveLength(2);

    // WhatsApp no longer has it: a permanent failure, not a retry.
    first.media.set(raw.id._serialized, null);
    expect(await fetchMedia(resolved.ctx, attachment, inbound, { maxBytes: 1_000_000 }).catch((e: unknown) => e)).toBeInstanceOf(PermanentSendError);
  });

  it('disconnected → surfaced with reason → restarted with backoff → ready again from the stored session, no QR', async () => {
    first.emit('disconnected', 'NAVIGATION');
    const down = await waitState('disconnected');
    expect(down).toMatchObject({ reason: 'disconnected: NAVIGATION', attempt: 1, qr: null });
    expect(Date.parse(down.nextRetryAt ?? '')).toBeGreaterThan(Date.now());
    // The session manager publishes the state to Redis first, then writes the channel's status: wait for the write.
    const conn = await waitFor(
      async () => {
        const r = await h.api(tenantA.apiKey, 'GET', `/api/v1/channels/${connId}`);
        return (r.body as { status?: string }).status === 'error' ? r : undefined;
      },
      { what: 'channel status error' },
    );
    expect(conn.body).toMatchObject({ status: 'error', statusReason: 'WhatsApp Web disconnected: NAVIGATION' });

    // A worker sending now gets a plain (retryable) error, not a permanent failure.
    const resolved = await h.c.connections.resolve(connId);
    if (!resolved) throw new Error('connection not resolvable');
    const target = { conversationId: 'c', externalUserId: USER, externalThreadId: USER, conversationMetadata: {}, lastInboundAt: null };
    const err = await resolved.adapter.send(resolved.ctx, target, { id: 'x', kind: 'text', text: 'while down', senderType: 'bot' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(PermanentSendError);
    expect((err as Error).message).toContain('not ready');

    const second = await client(factory, 1);
    expect(first.destroyed).toBe(true);
    await waitState('ready', 'ready after restart');
    expect(second.qrCount).toBe(0);
    expect(second.restoredArchive?.equals(profileArchive)).toBe(true);
    const back = await waitFor(
      async () => {
        const r = await h.api(tenantA.apiKey, 'GET', `/api/v1/channels/${connId}`);
        return (r.body as { status?: string }).status === 'active' ? r : undefined;
      },
      { what: 'channel status active again' },
    );
    expect(back.body).toMatchObject({ status: 'active', statusReason: null });

    second.receive(waMessage({ from: USER, body: 'still there?' }));
    await waitFor(async () => second.sent.length === 1, { what: 'reply through the restarted client' });
    expect(second.sent[0]).toMatchObject({ chatId: USER, content: placeholder('still there?') });
  });

  it('a new manager (gateway restart) resumes ready from the stored session without a QR', async () => {
    await manager.stop();
    const stopped = await waitState('disconnected');
    expect(stopped.reason).toContain('stopped');

    const factory2 = new StandInClientFactory();
    manager = newManager(factory2);
    await manager.start();
    const resumed = await client(factory2, 0);
    current = resumed;
    await waitState('ready', 'ready after manager restart');
    expect(resumed.qrCount).toBe(0);
    expect(resumed.restoredArchive?.equals(profileArchive)).toBe(true);

    const sentBefore = factory.clients.reduce((n, c) => n + c.sent.length, 0);
    resumed.receive(waMessage({ from: USER, body: 'after restart' }));
    await waitFor(async () => resumed.sent.length === 1, { what: 'reply through the resumed client' });
    expect(resumed.sent[0]).toMatchObject({ chatId: USER, content: placeholder('after restart') });
    expect(factory.clients.reduce((n, c) => n + c.sent.length, 0)).toBe(sentBefore);
  });

  it('the bridge: a retried outbound id is sent once; a client error is retryable, not permanent', async () => {
    const resolved = await h.c.connections.resolve(connId);
    if (!resolved) throw new Error('connection not resolvable');
    const target = { conversationId: 'c', externalUserId: OTHER_USER, externalThreadId: OTHER_USER, conversationMetadata: {}, lastInboundAt: null };
    const message = { id: '5f0c8a8e-0000-4000-8000-000000000001', kind: 'text' as const, text: 'retried', senderType: 'bot' as const };
    const before = current.sent.length;
    const a = await resolved.adapter.send(resolved.ctx, target, message);
    const b = await resolved.adapter.send(resolved.ctx, target, message);
    expect(b.platformMessageId).toBe(a.platformMessageId);
    expect(current.sent.slice(before)).toEqual([expect.objectContaining({ chatId: OTHER_USER, content: 'retried', id: a.platformMessageId })]);

    current.failSends = 1;
    const failing = { ...message, id: '5f0c8a8e-0000-4000-8000-000000000002', text: 'page crashed once' };
    const err = await resolved.adapter.send(resolved.ctx, target, failing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(PermanentSendError);
    expect((err as Error).message).toContain('page crashed');
    const retried = await resolved.adapter.send(resolved.ctx, target, failing);
    expect(current.sent.at(-1)).toMatchObject({ content: 'page crashed once', id: retried.platformMessageId });

    // Media without a URL can never be sent: permanent.
    const noUrl = await resolved.adapter
      .send(resolved.ctx, target, { ...message, id: '5f0c8a8e-0000-4000-8000-000000000003', kind: 'image', attachment: { platformFileId: 'x' } })
      .catch((e: unknown) => e);
    expect(noUrl).toBeInstanceOf(PermanentSendError);
  });

  it('the RemoteAuth store round-trips an archive through Postgres, encrypted, and delete removes it', async () => {
    const created = await h.api(tenantB.apiKey, 'POST', '/api/v1/channels', { type: 'whatsapp_web', credentials: { phoneNumber: '+4915112345678' } });
    expect(created.status).toBe(201);
    const connB: string = created.body.id;
    const dir = await mkdtemp(path.join(tmpdir(), 'waweb-store-'));
    try {
      const store = new PostgresRemoteAuthStore({ db: h.c.database.db, encryptionKey: h.config.security.encryptionKey, tenantId: tenantB.tenantId, connectionId: connB, dataPath: dir });
      const session = `RemoteAuth-${connB}`;
      expect(await store.sessionExists({ session })).toBe(false);

      const zip = Buffer.concat([Buffer.from('PK\u0003\u0004 plaintext-profile-marker '), randomBytes(8192)]);
      await writeFile(path.join(dir, `${session}.zip`), zip);
      await store.save({ session });
      expect(await store.sessionExists({ session })).toBe(true);

      const [row] = await h.c.database.db.select().from(whatsappWebSessions).where(eq(whatsappWebSessions.connectionId, connB));
      expect(row?.tenantId).toBe(tenantB.tenantId);
      expect(row?.archiveEnc.startsWith('v1.')).toBe(true);
      expect(row?.archiveEnc).not.toContain('plaintext-profile-marker');
      expect(row?.archiveEnc).not.toContain(zip.toString('base64').slice(0, 40));
      expect(row?.archiveEnc).not.toContain(zip.toString('base64url').slice(0, 40));

      const restored = path.join(dir, 'restore', `${session}.zip`);
      await store.extract({ session, path: restored });
      expect((await readFile(restored)).equals(zip)).toBe(true);

      // Scoped to tenant and connection: another tenant's store sees nothing, another session name is refused.
      const foreign = new PostgresRemoteAuthStore({ db: h.c.database.db, encryptionKey: h.config.security.encryptionKey, tenantId: tenantA.tenantId, connectionId: connB, dataPath: dir });
      expect(await foreign.sessionExists({ session })).toBe(false);
      await expect(Promise.resolve().then(() => store.sessionExists({ session: `RemoteAuth-${connId}` }))).rejects.toThrow(/asked about/);

      await store.delete({ session });
      expect(await store.sessionExists({ session })).toBe(false);
      expect(await h.c.database.db.select().from(whatsappWebSessions).where(eq(whatsappWebSessions.connectionId, connB))).toHaveLength(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("tenant B cannot read tenant A's session or QR; agents cannot; other channel types are 404", async () => {
    expect((await getSession(tenantB.apiKey)).status).toBe(404);
    expect((await qrPng(tenantB.apiKey)).status).toBe(404);
    const agent = await createApiKey(h.c.database.db, { tenantId: tenantA.tenantId, role: 'agent', name: 'agent' });
    expect((await getSession(agent.apiKey)).status).toBe(403);
    const webchat = await h.api(tenantA.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' });
    expect((await getSession(tenantA.apiKey, webchat.body.id)).status).toBe(404);
    // Not an id at all: the API's 400 naming the parameter (issue 10).
    expect((await getSession(tenantA.apiKey, 'not-a-uuid')).status).toBe(400);
    expect((await getSession()).status).toBe(200);
  });
});
