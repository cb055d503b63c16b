/**
 * The worker's SQL per answered message (issue #12): every statement costs the
 * driver and Postgres work, and every socket write a system call, the main part
 * of the worker's CPU per answer. The product's processor and escalation hooks
 * answer a web chat message; the statements sent to Postgres (both pools: the
 * work and the conversation lock) are counted with the driver's `debug`
 * callback, the socket writes to Postgres at the socket. Also: the one-round-trip
 * writes (`tenantStatement`) run under row-level security and leave the pooled
 * connection as it was.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { and, asc, eq } from 'drizzle-orm';
import { aiProcessingLogs, messages } from '../../drizzle/schema.js';
import { ConversationBusyError, ConversationProcessor } from '../../src/conversation/conversation.processor.js';
import type { Responder, ResponderInput } from '../../src/conversation/responder.js';
import { recordReply } from '../../src/conversation/reply.queries.js';
import { connectDatabase, rawClient } from '../../src/db/client.js';
import { withTenant } from '../../src/db/tenant-context.js';
import { webchatVisitor } from '../helpers/webhooks.js';
import { startHarness, type Harness } from '../helpers/harness.js';

/** Statements of one answered message (and the delivery of its reply), from the lock to the unlock. */
const MAX_STATEMENTS_PER_ANSWER = 9;
/**
 * Socket writes of the same: the job's statements go out on its own connection, those it issues together in
 * one write (the lock and the first read; the message's past and the rules; the sent mark, the early receipts and the unlock).
 */
const MAX_WRITES_PER_ANSWER = 5;

let h: Harness;
let tenant: { tenantId: string; apiKey: string };
let other: { tenantId: string; apiKey: string };
let conn: string;
let lockSql: postgres.Sql;
const statements: string[] = [];
const seen: ResponderInput[] = [];
/** Socket writes to Postgres from this process while `writes.on`. */
const writes = { on: false, n: 0 };
const socketWrite = net.Socket.prototype.write;
let pgPort = 5432;

const responder: Responder = {
  name: 'fixed',
  respond: async (input) => {
    seen.push(input);
    return { drafts: [{ senderType: 'bot', kind: 'text', text: `answer to: ${input.message.text}` }], model: 'fixed-v1', confidence: 0.9 };
  },
};

const visitor = () => webchatVisitor(h.url, conn);

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  tenant = await h.createTenant('Counted');
  other = await h.createTenant('Other');
  conn = (await h.api(tenant.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id;
  lockSql = postgres(h.db.url, { max: 2, onnotice: () => {}, debug: (_id, query) => statements.push(query) });
  rawClient(h.c.database.db).options.debug = (_id: number, query: string) => statements.push(query);
  pgPort = Number(new URL(h.db.url).port || 5432);
  net.Socket.prototype.write = function (this: net.Socket, ...args: Parameters<net.Socket['write']>) {
    if (writes.on && this.remotePort === pgPort) writes.n++;
    return socketWrite.apply(this, args);
  } as net.Socket['write'];
}, 60_000);

afterAll(async () => {
  net.Socket.prototype.write = socketWrite;
  if (h) rawClient(h.c.database.db).options.debug = false;
  await lockSql?.end({ timeout: 5 });
  await h?.close();
});

describe('worker SQL per answer', () => {
  it(`answers a message (escalation hooks on) and delivers the reply in at most ${MAX_STATEMENTS_PER_ANSWER} statements`, async () => {
    const processor = new ConversationProcessor({
      db: h.c.database.db,
      sql: lockSql,
      connections: h.c.connections,
      responder,
      logger: h.c.logger,
      maxSendAttempts: 3,
      hooks: h.c.escalationHooks,
    });
    const v = await visitor();
    const run = () => withTenant(tenant.tenantId, () => processor.process(tenant.tenantId, v.conversationId, h.c.logger));
    // The first answer of a tenant seeds its escalation rules and fills the per-process caches.
    await v.say('Do you ship to Canada?');
    expect(await run()).toEqual({ answered: 1, sent: 1 });

    const second = await v.say('How long do refunds take?');
    // The gateway's outbox relay shares the pool: relay what is due, then keep it quiet while counting.
    await h.c.relay.stop();
    await h.c.relay.drain();
    statements.length = 0;
    Object.assign(writes, { on: true, n: 0 });
    expect(await run()).toEqual({ answered: 1, sent: 1 });
    writes.on = false;
    // The driver's type lookup runs once per new pooled connection, not per answer.
    const counted = statements.filter((q) => !q.includes('pg_catalog.pg_type'));
    expect(counted.length, counted.join('\n---\n')).toBeLessThanOrEqual(MAX_STATEMENTS_PER_ANSWER);
    expect(writes.n, counted.join('\n---\n')).toBeLessThanOrEqual(MAX_WRITES_PER_ANSWER);

    // The job of a message an earlier job already answered: one write (the lock statement and the first
    // read, which finds nothing to do without the lock), no lock taken.
    statements.length = 0;
    Object.assign(writes, { on: true, n: 0 });
    expect(await run()).toEqual({ answered: 0, sent: 0 });
    writes.on = false;
    expect(statements.filter((q) => !q.includes('pg_catalog.pg_type'))).toHaveLength(2);
    expect(writes.n).toBe(1);
    const probe = await lockSql.reserve();
    try {
      const [free] = await probe`select pg_try_advisory_lock(hashtextextended(${v.conversationId}, 42)) as locked`;
      expect(free?.locked).toBe(true);
      await probe`select pg_advisory_unlock(hashtextextended(${v.conversationId}, 42))`;
    } finally {
      probe.release();
    }
    h.c.relay.start();

    // Same outcome as ever: the message replied, its reply delivered, the AI log written, the history given to the responder.
    const [inbound] = await h.c.database.db.select().from(messages).where(eq(messages.id, second));
    expect(inbound?.processingStatus).toBe('replied');
    const replies = await h.c.database.db.select().from(messages).where(eq(messages.inReplyTo, second));
    expect(replies.map((r) => [r.text, r.deliveryStatus, r.attempts])).toEqual([['answer to: How long do refunds take?', 'sent', 1]]);
    const logs = await h.c.database.db.select().from(aiProcessingLogs).where(and(eq(aiProcessingLogs.entityId, second), eq(aiProcessingLogs.processingType, 'respond')));
    expect(logs).toHaveLength(1);
    expect(seen.at(-1)?.history).toEqual([
      { role: 'customer', text: 'Do you ship to Canada?' },
      { role: 'bot', text: 'answer to: Do you ship to Canada?' },
    ]);
    const all = await h.c.database.db.select().from(messages).where(eq(messages.conversationId, v.conversationId)).orderBy(asc(messages.seq));
    expect(all.map((m) => m.direction)).toEqual(['in', 'out', 'in', 'out']);
  });

  it('takes nothing from a conversation another worker holds: the read sent with the lock statement records no send attempt', async () => {
    const processor = new ConversationProcessor({ db: h.c.database.db, sql: lockSql, connections: h.c.connections, responder, logger: h.c.logger, maxSendAttempts: 3 });
    const v = await visitor();
    const inboundId = await v.say('Is anyone there?');
    // A reply waiting to be sent (as one recorded before a crash).
    const [pendingReply] = await h.c.database.sql<{ id: string }[]>`
      insert into messages (tenant_id, conversation_id, connection_id, direction, sender_type, kind, text, payload, idempotency_key, in_reply_to, delivery_status)
      values (${tenant.tenantId}, ${v.conversationId}, ${conn}, 'out', 'bot', 'text', 'a reply waiting', '{}'::jsonb, ${`reply-${inboundId}-x`}, ${inboundId}, 'pending')
      returning id`;
    const holder = await lockSql.reserve();
    try {
      await holder`select pg_advisory_lock(hashtextextended(${v.conversationId}, 42))`;
      const busy = withTenant(tenant.tenantId, () => processor.process(tenant.tenantId, v.conversationId, h.c.logger));
      await expect(busy).rejects.toBeInstanceOf(ConversationBusyError);
      const [row] = await h.c.database.db.select().from(messages).where(eq(messages.id, pendingReply!.id));
      expect(row).toMatchObject({ attempts: 0, deliveryStatus: 'pending' });
    } finally {
      await holder`select pg_advisory_unlock(hashtextextended(${v.conversationId}, 42))`;
      holder.release();
    }
    // Once free: the waiting reply is sent (its first attempt), then the message answered.
    expect(await withTenant(tenant.tenantId, () => processor.process(tenant.tenantId, v.conversationId, h.c.logger))).toEqual({ answered: 1, sent: 2 });
    const [sentRow] = await h.c.database.db.select().from(messages).where(eq(messages.id, pendingReply!.id));
    expect(sentRow).toMatchObject({ attempts: 1, deliveryStatus: 'sent' });
  });

  it('records a reply in one round trip under row-level security: another tenant records nothing, and the pooled connection is the owner again', async () => {
    const v = await visitor();
    const inboundId = await v.say('Where is my order?');
    const single = connectDatabase(h.db.url, { max: 1 });
    try {
      const input = { tenantId: tenant.tenantId, conversationId: v.conversationId, connectionId: conn, inboundId, parts: [{ senderType: 'bot', kind: 'text', text: "it's on its way \\ o'clock", payload: {}, idempotencyKey: `reply-${inboundId}-0` }], logs: [], unsure: false };
      // Under the other tenant, row-level security hides the message: nothing is recorded.
      expect(await withTenant(other.tenantId, () => recordReply(single.db, input))).toBe(false);
      const [who] = await rawClient(single.db)`select current_user as role, current_setting('app.tenant_id', true) as tenant`;
      expect(who).toMatchObject({ role: 'postgres' });
      expect(who?.tenant ?? '').toBe('');
      expect(await h.c.database.db.select().from(messages).where(eq(messages.inReplyTo, inboundId))).toHaveLength(0);
      // Under its own tenant it is recorded once, the text as written (quotes and backslashes inlined as literals).
      expect(await withTenant(tenant.tenantId, () => recordReply(single.db, input))).toBe(true);
      expect(await withTenant(tenant.tenantId, () => recordReply(single.db, input))).toBe(false);
      const replies = await h.c.database.db.select().from(messages).where(eq(messages.inReplyTo, inboundId));
      expect(replies.map((r) => r.text)).toEqual(["it's on its way \\ o'clock"]);
    } finally {
      await single.close();
    }
  });
});
