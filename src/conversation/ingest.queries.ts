/**
 * The set-based statements of the ingest group commit (./ingest.batcher.ts).
 * postgres.js tagged templates: each has a fixed text, so the driver prepares
 * it once per connection and later batches only bind and execute; rows travel
 * as ONE jsonb parameter (`jsonb_to_recordset`), whatever the batch size.
 * No query building per request.
 *
 * Values go in as JSON text with a cast: the drizzle client on the same pool
 * makes the driver's json/timestamp serializers transparent (drizzle-orm/postgres-js).
 */
import type postgres from 'postgres';
import { sql as drizzleSql } from 'drizzle-orm';
import { messages } from '../../drizzle/schema.js';
import type { InboundMessage } from '../../channels/types.js';
import type { Tx } from '../db/client.js';

/** Any postgres.js handle that runs queries on one connection (a transaction or a reserved connection). */
type Sql = postgres.ISql;

const json = (v: unknown) => JSON.stringify(v);
/** Ids as a Postgres array literal, for `= any(…::uuid[])`: one parameter, an index lookup by key. */
const idArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * Plan settings of a group commit's writes (SET LOCAL, sent right before them).
 * Each write statement takes its rows as one JSON document and looks nothing up
 * but by primary key (the conversations it touches) or its conflict index, so a
 * plan made for specific values is no better than the generic one: with the
 * pools' default (force_custom_plan, src/db/client.ts) Postgres planned every
 * write of every batch again. The generic plan is made once per connection
 * (again when the tables' statistics change); seq scans are off so one made
 * while a table is still empty (a fresh install) finds rows by the primary key
 * as the table grows. The batch's reads keep custom plans: which index their
 * lookups use does depend on the tables' sizes. tests/integration/group-commit-transaction.test.ts
 * reads the plans.
 */
export function writePlanSettings(tx: Sql): Promise<unknown> {
  return tx`select set_config('plan_cache_mode', 'force_generic_plan', true), set_config('enable_seqscan', 'off', true)`.execute();
}

/**
 * Locks what the batch touches, in one deterministic order (by lock key hash,
 * so two batches never wait on each other in a cycle): the advisory locks of
 * `ensureConversationTx` (thread, and user when it is not the thread), so
 * deliveries to one thread from any process serialise and `messages.seq`
 * follows commit order. Returns the connections that still exist, locked
 * against deletion (KEY SHARE) until commit.
 */
export async function lockBatch(tx: Sql, lockKeys: string[], connectionIds: string[]): Promise<Set<string>> {
  const [row] = await tx<{ live: string[] | string | null }[]>`
    select (select count(pg_advisory_xact_lock(h))::int
              from (select distinct hashtextextended(k, 7) as h from jsonb_array_elements_text(${json(lockKeys)}::jsonb) as k order by h) s) as n,
           (select json_agg(l.id) from (
              select c.id from channel_connections c
               where c.id = any(${idArray(connectionIds)}::uuid[]) for key share of c) l) as live`;
  return new Set(fromJson<string[]>(row?.live) ?? []);
}

/** A json column as the driver hands it: parsed, or as text when the drizzle client on the pool turned its parser off. */
function fromJson<T>(v: unknown): T | null {
  return v === null || v === undefined ? null : ((typeof v === 'string' ? JSON.parse(v) : v) as T);
}

export interface IdentityRow {
  id: string;
  connection_id: string;
  external_user_id: string;
  customer_id: string;
  display_name: string | null;
  language: string | null;
}

export interface BatchState {
  /** `${connectionId}\n${platformMessageId}` of inbound messages already stored. */
  known: Set<string>;
  identities: IdentityRow[];
  /** Open (or awaiting-feedback) conversation per `${connectionId}\n${externalThreadId}`. */
  conversations: Map<string, string>;
  /** Tenants with a subscription to conversation.created or message.created. */
  subscribedTenants: Set<string>;
}

/**
 * Everything the batch must know, read after the locks (a statement of its
 * own, so its snapshot is taken once they are held), in one statement: which deliveries are redeliveries, the identities (FOR SHARE:
 * a customer merge moving one waits for this commit), the open conversations,
 * and whether any tenant subscribed to the events ingest publishes.
 * Each key is looked up on its own (`lateral … limit 1`): a join with the
 * recordset (the planner guesses 100 rows for it) was planned as a hash join
 * over the whole messages or conversations table, a cost that grew with the
 * table and was most of Postgres's CPU per batch.
 */
export async function readBatchState(
  tx: Sql,
  input: { messages: Array<{ c: string; p: string }>; users: Array<{ c: string; u: string }>; threads: Array<{ c: string; t: string }>; tenants: string[] },
): Promise<BatchState> {
  const [row] = await tx<{ known: unknown; identities: unknown; conversations: unknown; subs: unknown }[]>`
    select
      (select json_agg(json_build_array(m.connection_id, m.platform_message_id)) from jsonb_to_recordset(${json(input.messages)}::jsonb) as k(c uuid, p text)
         cross join lateral (
           select m.connection_id, m.platform_message_id from messages m
            where m.connection_id = k.c and m.platform_message_id = k.p and m.direction = 'in' limit 1) m) as known,
      (select json_agg(i) from jsonb_to_recordset(${json(input.users)}::jsonb) as k(c uuid, u text)
         cross join lateral (
           select i.id, i.connection_id, i.external_user_id, i.customer_id, i.display_name, i.language from channel_identities i
            where i.connection_id = k.c and i.external_user_id = k.u limit 1 for share of i) i) as identities,
      -- The open conversation of the thread; or one just completed that still waits for the rating (or its comment).
      (select json_agg(json_build_array(c.id, c.connection_id, c.external_thread_id)) from jsonb_to_recordset(${json(input.threads)}::jsonb) as k(c uuid, t text)
         cross join lateral (
           select c.id, c.connection_id, c.external_thread_id from conversations c
            where c.connection_id = k.c and c.external_thread_id = k.t
              and (c.status <> 'COMPLETED' or ((c.awaiting_csat_ticket_id is not null or c.awaiting_feedback is not null) and c.awaiting_csat_until > now()))
            order by (c.status = 'COMPLETED'), c.created_at desc limit 1) c) as conversations,
      (select json_agg(distinct s.tenant_id) from webhook_subscriptions s
        where s.tenant_id = any(${idArray(input.tenants)}::uuid[])
          and s.events && array['conversation.created', 'message.created']::text[]) as subs`;
  const known = fromJson<Array<[string, string]>>(row?.known) ?? [];
  const conversations = fromJson<Array<[string, string, string]>>(row?.conversations) ?? [];
  return {
    known: new Set(known.map(([c, p]) => `${c}\n${p}`)),
    identities: fromJson<IdentityRow[]>(row?.identities) ?? [],
    conversations: new Map(conversations.map(([id, c, t]) => [`${c}\n${t}`, id])),
    subscribedTenants: new Set(fromJson<string[]>(row?.subs) ?? []),
  };
}

export interface NewCustomer {
  id: string;
  tenant_id: string;
  display_name: string | null;
  language: string | null;
}
export interface NewIdentity extends NewCustomer {
  customer_id: string;
  connection_id: string;
  channel: string;
  external_user_id: string;
}
export interface IdentityPatch {
  id: string;
  display_name: string | null;
  language: string | null;
}
export interface NewConversation {
  id: string;
  tenant_id: string;
  customer_id: string;
  connection_id: string;
  identity_id: string;
  channel: string;
  external_thread_id: string;
  metadata: Record<string, unknown>;
}
export interface NewMessage {
  /** Arrival order within the batch: `messages.seq` follows it. */
  ord: number;
  id: string;
  tenant_id: string;
  conversation_id: string;
  connection_id: string;
  kind: string;
  text: string;
  payload: unknown;
  platform_message_id: string;
  sent_at: Date;
  job_id: string;
}
export interface ConversationTouch {
  id: string;
  /** Thread metadata to merge (`||`), null for none. */
  patch: Record<string, unknown> | null;
}

/**
 * All writes of a batch, pipelined (one round trip): new customers and their
 * identities, identity name/language changes, new conversations, then ONE
 * statement that inserts the messages in arrival order (`ON CONFLICT DO
 * NOTHING` on the platform id), the outbox row of each inserted message and
 * the conversations' last-message times and metadata. Returns the ids of the
 * messages actually inserted and of their outbox rows (the relay moves those
 * by primary key, without scanning the outbox for what is due).
 */
export async function writeBatch(
  tx: Sql,
  w: { customers: NewCustomer[]; identities: NewIdentity[]; identityPatches: IdentityPatch[]; conversations: NewConversation[]; messages: NewMessage[]; touches: ConversationTouch[]; queue: string },
): Promise<{ inserted: Set<string>; outboxIds: string[] }> {
  const pending: Array<Promise<unknown>> = [];
  if (w.customers.length > 0) {
    pending.push(
      tx`
      insert into customers (id, tenant_id, display_name, language)
      select r.id, r.tenant_id, r.display_name, r.language
        from jsonb_to_recordset(${json(w.customers)}::jsonb) as r(id uuid, tenant_id uuid, display_name text, language text)`.execute(),
    );
  }
  if (w.identities.length > 0) {
    pending.push(
      tx`
      insert into channel_identities (id, tenant_id, customer_id, connection_id, channel, external_user_id, display_name, language)
      select r.id, r.tenant_id, r.customer_id, r.connection_id, r.channel::channel_type, r.external_user_id, r.display_name, r.language
        from jsonb_to_recordset(${json(w.identities)}::jsonb)
          as r(id uuid, tenant_id uuid, customer_id uuid, connection_id uuid, channel text, external_user_id text, display_name text, language text)`.execute(),
    );
  }
  if (w.identityPatches.length > 0) {
    pending.push(
      tx`
      update channel_identities i set display_name = r.display_name, language = r.language, updated_at = now()
        from jsonb_to_recordset(${json(w.identityPatches)}::jsonb) as r(id uuid, display_name text, language text)
       where i.id = r.id and i.id = any(${idArray(w.identityPatches.map((p) => p.id))}::uuid[])`.execute(),
    );
  }
  if (w.conversations.length > 0) {
    pending.push(
      tx`
      insert into conversations (id, tenant_id, customer_id, connection_id, identity_id, channel, external_thread_id, status, metadata)
      select r.id, r.tenant_id, r.customer_id, r.connection_id, r.identity_id, r.channel::channel_type, r.external_thread_id, 'NEW', r.metadata
        from jsonb_to_recordset(${json(w.conversations)}::jsonb)
          as r(id uuid, tenant_id uuid, customer_id uuid, connection_id uuid, identity_id uuid, channel text, external_thread_id text, metadata jsonb)`.execute(),
    );
  }
  // Every statement is `.execute()`d as it is made, so it is sent before the caller's COMMIT
  // (ingest.batcher.ts pipelines the COMMIT right behind the writes): a query that is only awaited
  // (Promise.all) is sent a microtask later, and the COMMIT went first — the writes then ran outside
  // the batch's transaction, after its advisory locks were released.
  const inserted = tx<{ id: string | null; outbox_id: string | null }[]>`
    with r as (
      select * from jsonb_to_recordset(${json(w.messages)}::jsonb)
        as r(ord int, id uuid, tenant_id uuid, conversation_id uuid, connection_id uuid, kind text, text text, payload jsonb, platform_message_id text, sent_at timestamptz, job_id text)
    ), ins as (
      insert into messages (id, tenant_id, conversation_id, connection_id, direction, sender_type, kind, text, payload, platform_message_id, processing_status, platform_sent_at)
      select r.id, r.tenant_id, r.conversation_id, r.connection_id, 'in', 'customer', r.kind::message_kind, r.text, coalesce(r.payload, '{}'::jsonb), r.platform_message_id, 'pending', r.sent_at
        from r order by r.ord
      on conflict (connection_id, platform_message_id) where direction = 'in' do nothing
      returning id, tenant_id, conversation_id
    ), jobs as (
      insert into outbox (tenant_id, queue, job_name, job_id, data)
      select ins.tenant_id, ${w.queue}, 'inbound', r.job_id, jsonb_build_object('tenantId', ins.tenant_id, 'conversationId', ins.conversation_id, 'messageId', ins.id)
        from ins join r on r.id = ins.id order by r.ord
      returning id
    ), touched as (
      update conversations c
         set last_message_at = now(), last_inbound_at = now(), updated_at = now(),
             metadata = case when t.patch is null then c.metadata else c.metadata || t.patch end
        from jsonb_to_recordset(${json(w.touches)}::jsonb) as t(id uuid, patch jsonb)
       where c.id = t.id and c.id = any(array(select ins.conversation_id from ins))
      returning 1
    )
    select id, null::bigint as outbox_id from ins union all select null, id from jobs`.execute();
  pending.push(inserted);
  await Promise.all(pending);
  const rows = await inserted;
  const ids = new Set<string>();
  const outboxIds: string[] = [];
  for (const r of rows) {
    if (r.id !== null) ids.add(r.id);
    if (r.outbox_id !== null) outboxIds.push(String(r.outbox_id));
  }
  return { inserted: ids, outboxIds };
}

/**
 * One inbound message in a transaction of its own (a web chat upload, whose
 * attachment row must commit with it): the same row the group commit writes.
 * Undefined when the platform id is already stored (a redelivery won the race).
 */
export async function insertInboundMessageTx(tx: Tx, conn: { id: string; tenantId: string }, conversationId: string, m: InboundMessage): Promise<{ id: string } | undefined> {
  const [row] = await tx
    .insert(messages)
    .values({
      tenantId: conn.tenantId,
      conversationId,
      connectionId: conn.id,
      direction: 'in',
      senderType: 'customer',
      kind: m.kind,
      text: m.text,
      payload: m.payload as Record<string, unknown>,
      platformMessageId: m.platformMessageId,
      processingStatus: 'pending',
      platformSentAt: m.sentAt,
    })
    .onConflictDoNothing({ target: [messages.connectionId, messages.platformMessageId], where: drizzleSql`direction = 'in'` })
    .returning({ id: messages.id });
  return row;
}
