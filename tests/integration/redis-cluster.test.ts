/**
 * The gateway and a worker process over a Redis Cluster (REDIS_CLUSTER_NODES):
 * a local 3-master cluster started by this file, the real gateway (ingest,
 * outbox relay, SSE, limits, stream tickets) and the real worker entry point
 * (`src/cli/worker.ts`, a child process). Every key must carry the hash tag
 * `{QUEUE_PREFIX}`: BullMQ's scripts and our multi-key scripts (the outbound
 * rate limiter) touch several keys, which a cluster serves only from one slot.
 */
import type { ChildProcess } from 'node:child_process';
import { and, asc, eq } from 'drizzle-orm';
import { Cluster } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversations, messages } from '../../drizzle/schema.js';
import { duplicateForBlocking, wawebKeys } from '../../channels/whatsapp-web/whatsapp-web.bridge.js';
import { echoText } from '../../src/conversation/echo.responder.js';
import { RedisRateLimiter } from '../../src/outbound/rate-limiter.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { startHarness, waitFor, waitForOutput, type Harness } from '../helpers/harness.js';
import { startRedisCluster, type RedisClusterProcess } from '../helpers/redis-cluster.js';
import { openSse } from '../helpers/sse.js';

const TOKEN = '7000000051:AAH-cluster_bot';

let cluster: RedisClusterProcess;
let fake: FakeTelegram;
let h: Harness;
let worker: ChildProcess;
let apiKey: string;
let webchatId: string;

/** Every key of the cluster (KEYS on each master). */
async function clusterKeys(): Promise<string[]> {
  const client = h.c.redis as Cluster;
  const perNode = await Promise.all(client.nodes('master').map((n) => n.keys('*')));
  return perNode.flat();
}

async function webchatSession(): Promise<{ token: string; conversationId: string }> {
  const res = await fetch(`${h.url}/api/v1/webchat/${webchatId}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  expect(res.status).toBe(201);
  return (await res.json()) as { token: string; conversationId: string };
}

beforeAll(async () => {
  cluster = await startRedisCluster();
  fake = await startFakeTelegram({ validTokens: [TOKEN] });
  // Telegram only calls HTTPS webhooks: the public URL is https, the test posts to the local http listener.
  h = await startHarness({ workers: 0, env: { REDIS_CLUSTER_NODES: cluster.nodes, TELEGRAM_API_ROOT: fake.url, PUBLIC_BASE_URL: 'https://gateway.cluster.example' } });
  worker = h.spawnWorker();
  await waitForOutput(worker, /conversation worker started/, 60_000);
  apiKey = (await h.createTenant('Cluster tenant')).apiKey;
  const created = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Site' });
  expect(created.status).toBe(201);
  webchatId = created.body.id;
}, 120_000);

afterAll(async () => {
  await h?.close();
  await fake?.stop();
  await cluster?.stop();
});

describe('Redis Cluster', () => {
  it('connects every client to the cluster and hash-tags the key prefix', () => {
    expect(h.config.redis.cluster?.nodes).toHaveLength(3);
    expect(h.config.redis.prefix).toBe(`{${h.env.QUEUE_PREFIX}}`);
    expect(h.c.redis).toBeInstanceOf(Cluster);
  });

  it('answers a web chat message: stored, relayed to BullMQ, answered by the worker process, pushed on the SSE stream', async () => {
    const s = await webchatSession();
    const stream = await openSse(`${h.url}/api/v1/webchat/${webchatId}/stream?token=${encodeURIComponent(s.token)}`);
    try {
      await stream.waitFor((e) => e.event === 'ready');
      const sent = await fetch(`${h.url}/api/v1/webchat/${webchatId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
        body: JSON.stringify({ text: 'Is my parcel on its way?', clientMessageId: 'c-1' }),
      });
      expect(sent.status).toBe(202);
      const reply = await stream.waitFor((e) => e.event === 'message' && e.data.direction === 'out', 30_000);
      expect(reply.data.text).toBe(echoText('Is my parcel on its way?'));
      const rows = await waitFor(async () => {
        const r = await h.c.database.db.select().from(messages).where(eq(messages.conversationId, s.conversationId)).orderBy(asc(messages.seq));
        return r.length === 2 && r[1]!.deliveryStatus === 'sent' ? r : null;
      }, { what: 'the reply recorded as sent' });
      expect(rows.map((m) => [m.direction, m.senderType])).toEqual([
        ['in', 'customer'],
        ['out', 'bot'],
      ]);
    } finally {
      stream.close();
    }
    const keys = await clusterKeys();
    expect(keys).toContain(`${h.config.redis.prefix}:conversation:meta`);
    // The abuse limits counted in the cluster (not in their in-memory fallback).
    expect(keys.some((k) => k.startsWith(`${h.config.redis.prefix}:limit:webchat-message:conn:`))).toBe(true);
    // Nothing of this gateway outside its hash tag (which would land on another slot).
    expect(keys.filter((k) => k.includes(h.env.QUEUE_PREFIX!) && !k.startsWith(`${h.config.redis.prefix}:`))).toEqual([]);
  });

  it('delivers Telegram replies through the multi-key rate limiter (per chat and per bot windows in one script)', async () => {
    const created = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'telegram', name: 'Bot', credentials: { botToken: TOKEN } });
    expect(created.status).toBe(201);
    const connId: string = created.body.id;
    const secret = String(fake.callsTo('setWebhook').find((c) => c.token === TOKEN)?.body.secret_token ?? '');
    expect(secret).not.toBe('');
    const chatId = 5_550_001;
    for (const [i, text] of ['first question', 'second question'].entries()) {
      const update = {
        update_id: 777_000 + i,
        message: { message_id: 10 + i, from: { id: chatId, is_bot: false, first_name: 'Ada' }, chat: { id: chatId, type: 'private', first_name: 'Ada' }, date: Math.floor(Date.now() / 1000), text },
      };
      const res = await fetch(`${h.url}/webhooks/telegram/${connId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
        body: JSON.stringify(update),
      });
      expect(res.status).toBe(200);
    }
    const out = await waitFor(
      async () => {
        const rows = await h.c.database.db
          .select({ m: messages })
          .from(messages)
          .innerJoin(conversations, eq(messages.conversationId, conversations.id))
          .where(and(eq(conversations.connectionId, connId), eq(messages.direction, 'out')));
        return rows.length === 2 && rows.every((r) => r.m.deliveryStatus === 'sent') ? rows : null;
      },
      { timeoutMs: 30_000, what: 'two Telegram replies sent' },
    );
    expect(out).toHaveLength(2);
    const sends = fake.callsTo('sendMessage').filter((c) => c.token === TOKEN && String(c.body.chat_id) === String(chatId));
    expect(sends.map((c) => c.body.text)).toEqual([echoText('first question'), echoText('second question')]);
    const rl = (await clusterKeys()).filter((k) => k.startsWith(`${h.config.redis.prefix}:rl:tg:${connId}:`));
    expect(rl.length).toBeGreaterThanOrEqual(2);
  });

  it('takes several windows atomically only under one hash tag (an untagged prefix is refused by the cluster)', async () => {
    const tagged = new RedisRateLimiter(h.c.redis, `${h.config.redis.prefix}:rl:`);
    const rules = [
      { key: 'probe:conn-1:chat', max: 1, perMs: 60_000 },
      { key: 'probe:conn-1:bot', max: 5, perMs: 60_000 },
    ];
    expect(await tagged.tryAcquireAll(rules)).toBe(0);
    expect(await tagged.tryAcquireAll(rules)).toBeGreaterThan(0);
    const untagged = new RedisRateLimiter(h.c.redis, `${h.env.QUEUE_PREFIX}:rl:`);
    await expect(untagged.tryAcquireAll(rules)).rejects.toThrow(/CROSSSLOT/);
  });

  it('reads every WhatsApp Web command list with one BLPOP on a blocking duplicate of the cluster client', async () => {
    const lists = ['conn-a', 'conn-b'].map((id) => wawebKeys(h.config.redis.prefix, id).out);
    const blocking = duplicateForBlocking(h.c.redis);
    try {
      expect(blocking).toBeInstanceOf(Cluster);
      await h.c.redis.rpush(lists[1]!, '{"op":"typing"}');
      expect(await blocking.blpop(...lists, 5)).toEqual([lists[1], '{"op":"typing"}']);
    } finally {
      blocking.disconnect();
    }
  });

  it('publishes inbox events to a stream opened with a single-use stream ticket', async () => {
    const issued = await h.api(apiKey, 'POST', '/api/v1/inbox/stream-tickets');
    expect(issued.status).toBe(201);
    const inbox = await openSse(`${h.url}${issued.body.streamUrl}`);
    try {
      await inbox.waitFor((e) => e.event === 'ready');
      // The ticket worked once (GETDEL on the cluster).
      const again = await fetch(`${h.url}${issued.body.streamUrl}`);
      expect(again.status).toBe(401);
      await again.body?.cancel();
      const s = await webchatSession();
      const [conv] = await h.c.database.db.select({ customerId: conversations.customerId }).from(conversations).where(eq(conversations.id, s.conversationId));
      const ticket = await h.api(apiKey, 'POST', '/api/v1/tickets', { customerId: conv!.customerId, subject: 'Parcel lost' });
      expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
      const event = await inbox.waitFor((e) => e.event === 'ticket.created' && e.data.id === ticket.body.id);
      expect(event.data).toMatchObject({ title: 'Parcel lost', customerId: conv!.customerId });
    } finally {
      inbox.close();
    }
  });
});
