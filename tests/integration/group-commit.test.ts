/**
 * Group commit of inbound messages (src/conversation/ingest.batcher.ts)
 * through the running gateway, with signed LINE webhooks, the echo worker and
 * the fake LINE API. The batch window is widened here (INGEST_BATCH_WAIT_MS
 * 1 s, INGEST_BATCH_MAX 3) so that three concurrent requests form exactly one
 * batch, whatever the machine's load; the batcher's own counters say which
 * messages were committed together.
 *
 * Redis is a dedicated redis-server the suite can kill: ingest must answer 200
 * without it, and the job must follow when it returns.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelConnections, messages } from '../../drizzle/schema.js';
import type { InboundMessage } from '../../channels/types.js';
import { echoText } from '../../src/conversation/echo.responder.js';
import { uuidv7Time } from '../../src/db/uuidv7.js';
import { signLineBody, startFakeLine, type FakeLine } from '../fakes/line-api.js';
import { startRedisServer, type RedisServer } from '../faults/helpers/redis-server.js';
import { insertConnection } from '../helpers/connections.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';
import { threadMessages, type MessageRow } from '../helpers/thread-messages.js';

const SECRET = 'group-commit-channel-secret';
const TOKEN = 'group-commit-channel-token';

let fake: FakeLine;
let redis: RedisServer;
let h: Harness;
let connId: string;
let tenantId: string;

const newUserId = () => `U${randomBytes(16).toString('hex')}`;
let nextId = 700_000_000_000_000_000n + BigInt(Math.floor(Math.random() * 1_000_000)) * 1000n;

interface LineEvent {
  type: 'message';
  mode: 'active';
  timestamp: number;
  replyToken: string;
  source: { type: 'user'; userId: string };
  webhookEventId: string;
  deliveryContext: { isRedelivery: boolean };
  message: { type: 'text'; id: string; quoteToken: string; text: string };
}

/** A text message from `userId`; stamped in 2016, so its reply token is stale and the reply is a push to the user. */
function textEvent(userId: string, text: string): LineEvent {
  const id = String(nextId++);
  return {
    type: 'message',
    mode: 'active',
    timestamp: 1462629479859,
    replyToken: randomBytes(16).toString('hex'),
    source: { type: 'user', userId },
    webhookEventId: `01GC${randomBytes(11).toString('hex').toUpperCase()}`.slice(0, 26),
    deliveryContext: { isRedelivery: false },
    message: { type: 'text', id, quoteToken: 'q', text },
  };
}

interface Answer {
  status: number;
  body: { stored?: number; duplicates?: number; error?: { code: string; message: string } };
}

async function post(events: LineEvent[] | string, connectionId = connId): Promise<Answer> {
  const raw = typeof events === 'string' ? events : JSON.stringify({ destination: fake.botInfo.userId, events });
  const res = await fetch(`${h.url}/webhooks/line/${connectionId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-line-signature': signLineBody(raw, SECRET) },
    body: raw,
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

const threadRows = (userId: string) => threadMessages(h, connId, userId);

/** Texts the user received at the fake LINE API, in order. */
const received = (userId: string) => fake.deliveries.filter((d) => d.to === userId).flatMap((d) => d.messages.map((m) => (m as { text?: string }).text));

async function waitForReplies(userId: string, n: number): Promise<MessageRow[]> {
  return waitFor(
    async () => {
      const rows = await threadRows(userId);
      const out = rows.filter((r) => r.direction === 'out' && r.deliveryStatus === 'sent');
      return out.length >= n && received(userId).length >= n ? rows : null;
    },
    { timeoutMs: 30_000, what: `${n} replies to ${userId}` },
  );
}

/** Runs `fn` and returns how many batches and messages the group commit stored meanwhile. */
async function batched<T>(fn: () => Promise<T>): Promise<{ result: T; batches: number; messages: number }> {
  const before = h.c.ingest.batchStats;
  const result = await fn();
  const after = h.c.ingest.batchStats;
  return { result, batches: after.batches - before.batches, messages: after.messages - before.messages };
}

const settle = (ms = 500) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  [fake, redis] = await Promise.all([startFakeLine({ validTokens: [TOKEN] }), startRedisServer({ aof: false })]);
  h = await startHarness({
    env: {
      REDIS_URL: redis.url,
      LINE_API_BASE_URL: fake.url,
      LINE_DATA_API_BASE_URL: fake.dataUrl,
      INGEST_BATCH_WAIT_MS: '1000',
      INGEST_BATCH_MAX: '3',
      OUTBOX_POLL_MS: '200',
    },
  });
  tenantId = (await h.createTenant('group commit')).tenantId;
  connId = (await insertConnection(h, tenantId, 'line', { channelSecret: SECRET, channelAccessToken: TOKEN })).id;
});

afterAll(async () => {
  await h?.close();
  await redis?.stop();
  await fake?.stop();
});

describe('group commit keeps the guarantees of one transaction per message', () => {
  it('stores the same delivery sent 3× concurrently in one batch once, and replies once', async () => {
    const user = newUserId();
    const event = textEvent(user, 'one batch, three copies');
    const { result, batches, messages: n } = await batched(() => Promise.all([1, 2, 3].map(() => post([event]))));
    expect(result.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(result.map((r) => r.body.stored).sort()).toEqual([0, 0, 1]);
    expect(result.reduce((s, r) => s + (r.body.duplicates ?? 0), 0)).toBe(2);
    expect({ batches, messages: n }).toEqual({ batches: 1, messages: 3 });

    const rows = await waitForReplies(user, 1);
    await settle();
    expect(rows.filter((r) => r.direction === 'in').map((r) => r.platformMessageId)).toEqual([event.webhookEventId]);
    expect((await threadRows(user)).filter((r) => r.direction === 'out')).toHaveLength(1);
    expect(received(user)).toEqual([echoText('one batch, three copies')]);
  });

  it('stores the same delivery sent in three successive batches once, and replies once', async () => {
    const user = newUserId();
    const event = textEvent(user, 'three batches, three copies');
    const answers: Answer[] = [];
    const { batches } = await batched(async () => {
      for (let i = 0; i < 3; i++) answers.push(await post([event]));
    });
    expect(batches).toBe(3);
    expect(answers.map((a) => [a.status, a.body.stored, a.body.duplicates])).toEqual([
      [200, 1, 0],
      [200, 0, 1],
      [200, 0, 1],
    ]);
    await waitForReplies(user, 1);
    await settle();
    expect((await threadRows(user)).map((r) => r.direction)).toEqual(['in', 'out']);
    expect(received(user)).toEqual([echoText('three batches, three copies')]);
  });

  it('keeps the arrival order of 3 deliveries of one thread stored in one batch, and answers in that order', async () => {
    const user = newUserId();
    const events = ['first', 'second', 'third'].map((t) => textEvent(user, t));
    const { result, batches, messages: n } = await batched(() => post(events));
    expect(result).toMatchObject({ status: 200, body: { stored: 3, duplicates: 0 } });
    expect({ batches, messages: n }).toEqual({ batches: 1, messages: 3 });

    const rows = await waitForReplies(user, 3);
    const inbound = rows.filter((r) => r.direction === 'in');
    expect(inbound.map((r) => r.text)).toEqual(['first', 'second', 'third']);
    expect(new Set(inbound.map((r) => r.conversationId)).size).toBe(1);
    expect(received(user)).toEqual(['first', 'second', 'third'].map(echoText));
  });

  it('gives the rows of a batch time-ordered (UUIDv7) ids in arrival order, and deletes the outbox rows it relayed', async () => {
    const user = newUserId();
    const events = ['one', 'two', 'three'].map((t) => textEvent(user, t));
    const { result } = await batched(() => post(events));
    expect(result).toMatchObject({ status: 200, body: { stored: 3 } });
    const rows = await waitForReplies(user, 3);
    const inbound = rows.filter((r) => r.direction === 'in');
    const v7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(inbound.map((r) => r.text)).toEqual(['one', 'two', 'three']);
    for (const r of inbound) expect(r.id).toMatch(v7);
    // Arrival (seq) order is id order: each insert lands after the previous one in the primary key.
    expect(inbound.map((r) => r.id)).toEqual(inbound.map((r) => r.id).sort());
    const [ids] = await h.c.database.db.execute<{ conversation: string; customer: string; identity: string }>(sql`
      select c.id as conversation, c.customer_id as customer, c.identity_id as identity from conversations c where c.id = ${inbound[0]!.conversationId}`);
    expect(ids).toBeDefined();
    for (const id of Object.values(ids!)) expect(id).toMatch(v7);
    // Rows inserted without an id (other paths) get the SQL twin as their default.
    const [made] = await h.c.database.db.execute<{ id: string; ms: number }>(sql`select uuid_generate_v7()::text as id, (extract(epoch from now()) * 1000)::float8 as ms`);
    expect(made!.id).toMatch(v7);
    expect(Math.abs(uuidv7Time(made!.id) - made!.ms)).toBeLessThan(60_000);
    // Relayed (the replies exist, so the jobs ran): the relay deleted the rows instead of marking them.
    const left = await h.c.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from outbox where job_id = any(${`{${inbound.map((r) => `in-${r.id}`).join(',')}}`}::text[])`,
    );
    expect(left[0]?.n).toBe(0);
  });

  it("checks a message against its conversation's tenant and connection, and deleting the connection deletes its messages", async () => {
    const other = await insertConnection(h, tenantId, 'line', { channelSecret: SECRET, channelAccessToken: TOKEN });
    const user = newUserId();
    expect(await post([textEvent(user, 'on the other connection')], other.id)).toMatchObject({ status: 200, body: { stored: 1 } });
    const [stored] = await threadMessages(h, other.id, user);
    expect(stored).toMatchObject({ connectionId: other.id, tenantId });
    const elsewhere = (await h.createTenant('group commit, elsewhere')).tenantId;
    const insert = (tenant: string, connection: string) =>
      h.c.database.db.insert(messages).values({
        tenantId: tenant,
        conversationId: stored!.conversationId,
        connectionId: connection,
        direction: 'out',
        senderType: 'agent',
        kind: 'text',
        text: 'misfiled',
      });
    // The conversation exists, but not under that tenant or that connection: refused (foreign key violation).
    await expect(insert(elsewhere, other.id)).rejects.toMatchObject({ cause: { code: '23503' } });
    await expect(insert(tenantId, connId)).rejects.toMatchObject({ cause: { code: '23503' } });
    await h.c.database.db.delete(channelConnections).where(eq(channelConnections.id, other.id));
    const left = await h.c.database.db.execute<{ n: number }>(sql`select count(*)::int as n from messages where connection_id = ${other.id}`);
    expect(left[0]?.n).toBe(0);
  });

  it('answers a malformed request 400 and stores the rest of its batch', async () => {
    const users = [newUserId(), newUserId()];
    const answers = await Promise.all([post([textEvent(users[0]!, 'good 1')]), post('{"destination":"x","events":"not a list"}'), post([textEvent(users[1]!, 'good 2')])]);
    expect(answers.map((a) => a.status)).toEqual([200, 400, 200]);
    expect(answers[1]!.body.error?.message).toBeTruthy();
    for (const [i, u] of users.entries()) {
      const rows = await waitForReplies(u, 1);
      expect(rows.filter((r) => r.direction === 'in').map((r) => r.text)).toEqual([`good ${i + 1}`]);
    }
  });

  it('fails only the message the database refuses when it shares a batch with good ones', async () => {
    const conn = { id: connId, tenantId, type: 'line' as const };
    const users = [newUserId(), newUserId(), newUserId()];
    const message = (u: string, text: string, kind: string): InboundMessage =>
      ({ platformMessageId: randomUUID(), externalUserId: u, externalThreadId: u, kind, text, payload: {}, sentAt: new Date() }) as InboundMessage;
    const { result, batches } = await batched(() =>
      Promise.allSettled([
        h.c.ingest.ingest(conn, [{ type: 'message', message: message(users[0]!, 'fine 1', 'text') }]),
        // Not a message kind the database knows: the batch fails, and is retried one message at a time.
        h.c.ingest.ingest(conn, [{ type: 'message', message: message(users[1]!, 'bad', 'no-such-kind') }]),
        h.c.ingest.ingest(conn, [{ type: 'message', message: message(users[2]!, 'fine 2', 'text') }]),
      ]),
    );
    expect(result.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(batches).toBe(2); // the two good messages, each alone after the failed attempt
    expect((await waitForReplies(users[0]!, 1)).filter((r) => r.direction === 'in').map((r) => r.text)).toEqual(['fine 1']);
    expect((await waitForReplies(users[2]!, 1)).filter((r) => r.direction === 'in').map((r) => r.text)).toEqual(['fine 2']);
    expect(await threadRows(users[1]!)).toEqual([]);
  });

  it('answers 404 to a delivery for a connection deleted meanwhile, and stores the rest of its batch', async () => {
    const other = await insertConnection(h, tenantId, 'line', { channelSecret: SECRET, channelAccessToken: TOKEN });
    // Deleted behind the gateway's back: its connection cache still resolves it, so the delivery reaches the batch.
    await h.c.database.db.delete(channelConnections).where(eq(channelConnections.id, other.id));
    const users = [newUserId(), newUserId(), newUserId()];
    const { result, batches, messages: n } = await batched(() =>
      Promise.all([post([textEvent(users[0]!, 'kept 1')]), post([textEvent(users[1]!, 'gone')], other.id), post([textEvent(users[2]!, 'kept 2')])]),
    );
    expect(result.map((r) => r.status)).toEqual([200, 404, 200]);
    expect({ batches, messages: n }).toEqual({ batches: 1, messages: 3 });
    await waitForReplies(users[0]!, 1);
    await waitForReplies(users[2]!, 1);
    const orphans = await h.c.database.db.execute<{ n: number }>(sql`select count(*)::int as n from messages where connection_id = ${other.id}`);
    expect(orphans[0]?.n).toBe(0);
  });

  it('answers 200 while Redis is down, and the job follows when Redis returns', async () => {
    const user = newUserId();
    await redis.kill();
    try {
      const answer = await post([textEvent(user, 'while redis sleeps')]);
      expect(answer).toMatchObject({ status: 200, body: { stored: 1 } });
      const [row] = (await threadRows(user)).filter((r) => r.direction === 'in');
      expect(row).toMatchObject({ text: 'while redis sleeps', processingStatus: 'pending' });
      const pending = await h.c.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from outbox where dispatched_at is null and job_id = ${`in-${row!.id}`}`,
      );
      expect(pending[0]?.n).toBe(1);
    } finally {
      await redis.start();
    }
    await waitForReplies(user, 1);
    expect(received(user)).toEqual([echoText('while redis sleeps')]);
  });
});
