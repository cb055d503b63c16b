/**
 * The spine end to end over the web chat channel: session → message → durable
 * ingest → BullMQ → worker → reply on the SSE stream; idempotency, auth,
 * malformed input, tenant isolation and encrypted credentials.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordOutbox } from '../../src/queue/outbox.js';
import { eq, sql } from 'drizzle-orm';
import { channelConnections, conversations, messages } from '../../drizzle/schema.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';
import { openSse } from '../helpers/sse.js';

let h: Harness;
let tenantA: { tenantId: string; apiKey: string };
let tenantB: { tenantId: string; apiKey: string };
let connA: string;
let connB: string;

async function session(conn: string, token?: string) {
  const res = await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(token ? { token } : {}),
  });
  return { status: res.status, body: (await res.json()) as { token: string; conversationId: string } };
}

async function post(conn: string, token: string | undefined, body: string | object) {
  const res = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function count(table: 'messages' | 'conversations'): Promise<number> {
  const rows = await h.c.database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`));
  return rows[0]?.n ?? 0;
}

beforeAll(async () => {
  h = await startHarness();
  tenantA = await h.createTenant('Tenant A');
  tenantB = await h.createTenant('Tenant B');
  const a = await h.api(tenantA.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Site A', credentials: { allowedOrigins: ['https://a.example'] } });
  const b = await h.api(tenantB.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Site B' });
  expect(a.status).toBe(201);
  expect(b.status).toBe(201);
  connA = a.body.id;
  connB = b.body.id;
});

afterAll(async () => {
  await h?.close();
});

describe('web chat end to end', () => {
  it('creates a connection with an id and webhookUrl and never returns credentials', async () => {
    const created = await h.api(tenantA.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Secret site', credentials: { welcomeMessage: 'hi-secret-marker' } });
    expect(created.status).toBe(201);
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body.webhookUrl).toBe(`${h.env.PUBLIC_BASE_URL}/webhooks/webchat/${created.body.id}`);
    expect(JSON.stringify(created.body)).not.toContain('hi-secret-marker');
    expect(created.body.credentials).toBeUndefined();
    const list = await h.api(tenantA.apiKey, 'GET', '/api/v1/channels');
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain('hi-secret-marker');
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(created.body.id);
    // At rest: AES-GCM ciphertext, not the plaintext.
    const [row] = await h.c.database.db.select().from(channelConnections).where(eq(channelConnections.id, created.body.id));
    expect(row?.credentialsEnc).toMatch(/^v1\./);
    expect(row?.credentialsEnc).not.toContain('hi-secret-marker');
  });

  it('answers a visitor message on the SSE stream, with the message JSON shape', async () => {
    const s = await session(connA);
    expect(s.status).toBe(201);
    const stream = await openSse(`${h.url}/api/v1/webchat/${connA}/stream?token=${encodeURIComponent(s.body.token)}`);
    try {
      await stream.waitFor((e) => e.event === 'ready');
      const sent = await post(connA, s.body.token, { text: 'Where is my order?', clientMessageId: 'm-1' });
      expect(sent.status).toBe(202);
      expect(sent.body.conversationId).toBe(s.body.conversationId);
      const reply = await stream.waitFor((e) => e.event === 'message' && e.data.direction === 'out');
      expect(reply.data).toMatchObject({ conversationId: s.body.conversationId, direction: 'out', senderType: 'bot', kind: 'text' });
      expect(reply.data.text).toContain('Where is my order?');
      expect(typeof reply.data.id).toBe('string');
      expect(typeof reply.data.createdAt).toBe('string');

      // The stream may carry the reply a moment before the worker records it as sent.
      const msgs = await waitFor(async () => {
        const r = await h.api(tenantA.apiKey, 'GET', `/api/v1/conversations/${s.body.conversationId}/messages`);
        return r.body.items?.[1]?.deliveryStatus === 'sent' ? r : null;
      });
      expect(msgs.status).toBe(200);
      expect(msgs.body.items.map((m: any) => [m.direction, m.senderType])).toEqual([
        ['in', 'customer'],
        ['out', 'bot'],
      ]);
      for (const m of msgs.body.items) expect(Object.keys(m)).toEqual(expect.arrayContaining(['id', 'direction', 'senderType', 'kind', 'text', 'createdAt']));
      expect(msgs.body.items[1].deliveryStatus).toBe('sent');
      const [conv] = await h.c.database.db.select().from(conversations).where(eq(conversations.id, s.body.conversationId));
      expect(conv?.status).toBe('ACTIVE');
    } finally {
      stream.close();
    }
  });

  it('stores a retried message (same clientMessageId) once and answers it once', async () => {
    const s = await session(connA);
    const results = await Promise.all([1, 2, 3].map(() => post(connA, s.body.token, { text: 'only once please', clientMessageId: 'dup-1' })));
    expect(results.map((r) => r.status)).toEqual([202, 202, 202]);
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(1);
    const again = await post(connA, s.body.token, { text: 'only once please', clientMessageId: 'dup-1' });
    expect(again.body.duplicate).toBe(true);
    await waitFor(async () => {
      const rows = await h.c.database.db.select().from(messages).where(eq(messages.conversationId, s.body.conversationId));
      return rows.some((r) => r.direction === 'out' && r.deliveryStatus === 'sent') ? rows : null;
    });
    await new Promise((r) => setTimeout(r, 500));
    const rows = await h.c.database.db.select().from(messages).where(eq(messages.conversationId, s.body.conversationId));
    expect(rows.filter((r) => r.direction === 'in')).toHaveLength(1);
    expect(rows.filter((r) => r.direction === 'out')).toHaveLength(1);
  });

  it('resumes a returning visitor with the old token and replays history on the stream', async () => {
    const s = await session(connA);
    await post(connA, s.body.token, { text: 'first visit', clientMessageId: 'v-1' });
    await waitFor(async () => {
      const rows = await h.c.database.db.select().from(messages).where(eq(messages.conversationId, s.body.conversationId));
      return rows.some((r) => r.direction === 'out' && r.deliveryStatus === 'sent');
    });
    const resumed = await session(connA, s.body.token);
    expect(resumed.status).toBe(200);
    expect(resumed.body.conversationId).toBe(s.body.conversationId);
    const stream = await openSse(`${h.url}/api/v1/webchat/${connA}/stream?token=${encodeURIComponent(resumed.body.token)}`);
    try {
      await stream.waitFor((e) => e.event === 'ready');
      expect(stream.messages().map((m) => m.direction)).toEqual(['in', 'out']);
    } finally {
      stream.close();
    }
  });

  it('rejects forged or missing visitor tokens with 401 and stores nothing', async () => {
    const before = await count('messages');
    const s = await session(connA);
    const forged = `${s.body.token.split('.')[0]}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
    expect((await post(connA, forged, { text: 'x', clientMessageId: 'f-1' })).status).toBe(401);
    expect((await post(connA, undefined, { text: 'x', clientMessageId: 'f-2' })).status).toBe(401);
    // A token of another connection does not work here either.
    const other = await session(connB);
    expect((await post(connA, other.body.token, { text: 'x', clientMessageId: 'f-3' })).status).toBe(401);
    const stream = await fetch(`${h.url}/api/v1/webchat/${connA}/stream?token=${encodeURIComponent(forged)}`);
    expect(stream.status).toBe(401);
    await stream.body?.cancel();
    expect(await count('messages')).toBe(before);
  });

  it('answers malformed input with 400 and a reason, and keeps serving', async () => {
    const s = await session(connA);
    const bad = await post(connA, s.body.token, '{"text": "unterminated');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/invalid JSON/);
    const shape = await post(connA, s.body.token, { text: 42, clientMessageId: 'ok' });
    expect(shape.status).toBe(400);
    expect(shape.body.error.message).toMatch(/text/);
    const empty = await post(connA, s.body.token, { text: '   ', clientMessageId: 'e-1' });
    expect(empty.status).toBe(400);
    const noId = await post(connA, s.body.token, { text: 'hello' });
    expect(noId.status).toBe(400);
    expect(noId.body.error.message).toMatch(/clientMessageId/);
    const badChannel = await h.api(tenantA.apiKey, 'POST', '/api/v1/channels', { type: 'fax' });
    expect(badChannel.status).toBe(400);
    const badJson = await fetch(`${h.url}/api/v1/channels`, { method: 'POST', headers: { authorization: `Bearer ${tenantA.apiKey}`, 'content-type': 'application/json' }, body: '{nope' });
    expect(badJson.status).toBe(400);
    const ok = await post(connA, s.body.token, { text: 'still there?', clientMessageId: 'ok-1' });
    expect(ok.status).toBe(202);
    expect((await fetch(`${h.url}/health`)).status).toBe(200);
  });

  it('keeps tenants apart: a key of tenant A never reads tenant B', async () => {
    const sb = await session(connB);
    await post(connB, sb.body.token, { text: 'tenant B secret question', clientMessageId: 'b-1' });
    const listA = await h.api(tenantA.apiKey, 'GET', '/api/v1/conversations');
    expect(listA.status).toBe(200);
    expect(listA.body.items.map((c: { id: string }) => c.id)).not.toContain(sb.body.conversationId);
    const listB = await h.api(tenantB.apiKey, 'GET', '/api/v1/conversations');
    expect(listB.body.items.map((c: { id: string }) => c.id)).toContain(sb.body.conversationId);
    const cross = await h.api(tenantA.apiKey, 'GET', `/api/v1/conversations/${sb.body.conversationId}/messages`);
    expect(cross.status).toBe(404);
    const crossChannel = await h.api(tenantA.apiKey, 'GET', `/api/v1/channels/${connB}`);
    expect(crossChannel.status).toBe(404);
    const channelsA = await h.api(tenantA.apiKey, 'GET', '/api/v1/channels');
    expect(channelsA.body.items.map((c: { id: string }) => c.id)).not.toContain(connB);
  });

  it('requires an API key for the REST API', async () => {
    expect((await fetch(`${h.url}/api/v1/conversations`)).status).toBe(401);
    expect((await h.api('gwk_00000000_nope', 'GET', '/api/v1/conversations')).status).toBe(401);
  });

  it('keeps the bot silent when a human has taken the conversation', async () => {
    const s = await session(connA);
    await h.c.database.db.update(conversations).set({ botPaused: true }).where(eq(conversations.id, s.body.conversationId));
    const sent = await post(connA, s.body.token, { text: 'are you there bot?', clientMessageId: 'p-1' });
    const messageId: string = sent.body.messageId;
    const processed = await waitFor(async () => {
      const [m] = await h.c.database.db.select().from(messages).where(eq(messages.id, messageId));
      return m?.processingStatus !== 'pending' ? m : null;
    });
    expect(processed.processingStatus).toBe('skipped');
    const rows = await h.c.database.db.select().from(messages).where(eq(messages.conversationId, s.body.conversationId));
    expect(rows.filter((r) => r.direction === 'out')).toHaveLength(0);
  });

  it('serves health, readiness, metrics and the OpenAPI description', async () => {
    expect((await fetch(`${h.url}/ready`)).status).toBe(200);
    const metrics = await (await fetch(`${h.url}/metrics`)).text();
    expect(metrics).toContain('gateway_queue_jobs{queue="conversation",state="completed"}');
    expect(metrics).toMatch(/^gateway_outbox_backlog \d+$/m);
    const doc = (await (await fetch(`${h.url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/channels', '/api/v1/conversations', '/api/v1/webchat/{connectionId}/stream']));
    const queues = await h.api(tenantA.apiKey, 'GET', '/api/v1/queues');
    expect(queues.status).toBe(200);
    expect(queues.body.tenantId).toBe(tenantA.tenantId);
    expect(queues.body.queues.conversation.inboundAnswered).toBeGreaterThan(0);
  });
});

describe('delivery receipts', () => {
  it('keeps a receipt that arrives before the send is recorded, and applies it once it is', async () => {
    const s = await session(connA);
    const [conv] = await h.c.database.db.select().from(conversations).where(eq(conversations.id, s.body.conversationId));
    const id = randomUUID();
    // Web chat uses our own message id as the platform id, so the receipt can name it in advance.
    const resolved = await h.c.connections.resolve(connA, 'webchat');
    const early = await h.c.ingest.ingest(resolved!.row, [{ type: 'status', status: { platformMessageId: id, status: 'read', at: new Date() } }]);
    expect(early.statusUpdates).toBe(0);
    await h.c.database.db.transaction(async (tx) => {
      await tx.insert(messages).values({ id, tenantId: tenantA.tenantId, conversationId: conv!.id, connectionId: connA, direction: 'out', senderType: 'agent', kind: 'text', text: 'from an agent', idempotencyKey: `receipt-${id}`, deliveryStatus: 'pending' });
      await recordOutbox(tx, [{ tenantId: tenantA.tenantId, queue: 'conversation', jobName: 'outbound', jobId: `out-${id}`, data: { tenantId: tenantA.tenantId, conversationId: conv!.id, messageId: id } }]);
    });
    h.c.relay.kick();
    const row = await waitFor(async () => {
      const [m] = await h.c.database.db.select().from(messages).where(eq(messages.id, id));
      return m && m.deliveryStatus !== 'pending' && m.deliveryStatus !== 'sent' ? m : null;
    });
    expect(row.deliveryStatus).toBe('read');
  });
});
