/**
 * Group commit of inbound messages. Concurrent webhooks wait a short, bounded
 * time (`maxWaitMs`, or until `maxBatch` are queued) and are stored together:
 * one transaction of a few set-based statements (./ingest.queries.ts) instead
 * of ~10 round trips per message. Each caller's promise settles only after
 * the commit that stored (or found) its message.
 *
 * Guarantees kept from the one-transaction-per-message path:
 * - a platform message id is stored once: redeliveries already stored, and
 *   copies inside one batch, answer "duplicate";
 * - order per platform thread is arrival order: a batch inserts in arrival
 *   order (`messages.seq`), a thread never has messages in two batches in
 *   flight at once (later ones wait for the next batch), and the thread's
 *   advisory lock orders batches of other processes;
 * - one bad message fails only its own request: a batch that fails is
 *   retried one message at a time, and a message whose connection was deleted
 *   meanwhile is answered 404 while the rest of its batch commits.
 */
import type postgres from 'postgres';
import type { Logger } from 'pino';
import type { InboundMessage } from '../../channels/types.js';
import type { ConnectionRow } from '../connections/connection.service.js';
import { endReserved } from '../db/client.js';
import { uuidv7 } from '../db/uuidv7.js';
import { NotFoundError } from '../domain/errors.js';
import { publishEventsSql, type PendingDomainEvent } from '../notifications/domain-events.js';
import { CONVERSATION_QUEUE, jobIds } from '../queue/queues.js';
import {
  lockBatch,
  writePlanSettings,
  readBatchState,
  writeBatch,
  type ConversationTouch,
  type IdentityPatch,
  type IdentityRow,
  type NewConversation,
  type NewCustomer,
  type NewIdentity,
  type NewMessage,
  type BatchState,
} from './ingest.queries.js';

export type ConnectionRef = Pick<ConnectionRow, 'id' | 'tenantId' | 'type'>;

export interface StoredMessage {
  messageId: string;
  conversationId: string;
}

export interface IngestBatchOptions {
  /** Longest a message waits for companions before its batch starts (ms). */
  maxWaitMs: number;
  /** A batch starts as soon as this many messages are queued. */
  maxBatch: number;
  /** Batches committing at once (each holds one pooled connection). */
  concurrency: number;
}

interface Pending {
  conn: ConnectionRef;
  msg: InboundMessage;
  threadKey: string;
  resolve(v: StoredMessage | null): void;
  reject(err: unknown): void;
}

/** SQLSTATEs of a transaction that lost a race and can simply run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 4;

/**
 * Postgres cannot be reached or is going away (driver errors such as
 * ECONNREFUSED or CONNECTION_CLOSED; SQLSTATE classes 08, 53, 57, 58): the
 * whole batch fails at once (503), retrying its messages one by one would only wait longer.
 */
function unavailable(code: unknown): boolean {
  return typeof code === 'string' && (!/^[0-9A-Z]{5}$/.test(code) || /^(08|53|57|58)/.test(code));
}

const pairKey = (a: string, b: string) => `${a}\n${b}`;

/** Last non-empty value in arrival order, else `fallback` (what sequential updates would leave). */
function lastGiven(values: Array<string | undefined>, fallback: string | null): string | null {
  let v = fallback;
  for (const x of values) if (x) v = x;
  return v;
}

export class IngestBatcher {
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  private inFlight = 0;
  /** Thread keys with a message in a batch being committed. */
  private readonly busyThreads = new Map<string, number>();
  /** Committed batches and the messages they carried (tests, metrics). */
  readonly stats = { batches: 0, messages: 0 };

  constructor(
    private readonly sql: postgres.Sql,
    private readonly logger: Logger,
    private readonly opts: IngestBatchOptions,
    /** Told after every commit: the batch's size, how many new messages it stored and the outbox rows it recorded. */
    private readonly onBatch: (size: number, stored: number, outboxIds: string[]) => void = () => {},
  ) {}

  /** Queues one (sanitized) message; settles after the commit: stored, or null for a redelivery. */
  submit(conn: ConnectionRef, msg: InboundMessage): Promise<StoredMessage | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ conn, msg, threadKey: pairKey(conn.id, msg.externalThreadId), resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.inFlight >= this.opts.concurrency) return; // a finishing batch picks the queue up
    if (this.queue.length >= this.opts.maxBatch || this.opts.maxWaitMs <= 0) return this.flush();
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.flush();
      }, this.opts.maxWaitMs);
    }
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.inFlight < this.opts.concurrency && this.queue.length > 0) {
      const batch = this.take();
      if (batch.length === 0) return; // every queued thread is busy: the running batch flushes on its way out
      this.inFlight++;
      for (const p of batch) this.busyThreads.set(p.threadKey, (this.busyThreads.get(p.threadKey) ?? 0) + 1);
      void this.run(batch).finally(() => {
        this.inFlight--;
        for (const p of batch) {
          const n = (this.busyThreads.get(p.threadKey) ?? 1) - 1;
          if (n <= 0) this.busyThreads.delete(p.threadKey);
          else this.busyThreads.set(p.threadKey, n);
        }
        // Whatever queued meanwhile has waited long enough: group commit.
        if (this.queue.length > 0) this.flush();
      });
    }
  }

  /** Up to `maxBatch` queued messages in arrival order, leaving (in order) those of threads busy in another batch. */
  private take(): Pending[] {
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    for (const p of this.queue) {
      if (batch.length < this.opts.maxBatch && !this.busyThreads.has(p.threadKey)) batch.push(p);
      else rest.push(p);
    }
    this.queue = rest;
    return batch;
  }

  private async run(batch: Pending[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { outcome, outboxIds } = await this.commit(batch);
        this.stats.batches++;
        this.stats.messages += batch.length;
        batch.forEach((p, i) => {
          const o = outcome[i];
          if (o instanceof Error) p.reject(o);
          else p.resolve(o ?? null);
        });
        try {
          this.onBatch(batch.length, outcome.filter((o) => o !== null && !(o instanceof Error)).length, outboxIds);
        } catch (err) {
          this.logger.error({ err }, 'ingest batch observer failed');
        }
        return;
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        if (typeof code === 'string' && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) continue;
        if (batch.length > 1 && !unavailable(code)) {
          // Something in this batch cannot be stored: find it by storing each message alone, in order.
          this.logger.warn({ err: (err as Error).message, size: batch.length }, 'ingest batch failed; storing its messages one by one');
          for (const p of batch) await this.run([p]);
          return;
        }
        for (const p of batch) p.reject(err);
        return;
      }
    }
  }

  /**
   * One transaction for the whole batch. Returns, per message in order: what
   * was stored, null for a duplicate, or the error that message alone fails with.
   */
  private async commit(batch: Pending[]): Promise<{ outcome: Array<StoredMessage | null | Error>; outboxIds: string[] }> {
    const outcome: Array<StoredMessage | null | Error> = batch.map(() => null);
    const lockKeys = new Set<string>();
    const conns = new Set<string>();
    const users = new Map<string, { c: string; u: string }>();
    const threads = new Map<string, { c: string; t: string }>();
    const tenants = new Set<string>();
    for (const { conn, msg } of batch) {
      lockKeys.add(`thread:${conn.id}:${msg.externalThreadId}`);
      if (msg.externalUserId !== msg.externalThreadId) lockKeys.add(`user:${conn.id}:${msg.externalUserId}`);
      conns.add(conn.id);
      users.set(pairKey(conn.id, msg.externalUserId), { c: conn.id, u: msg.externalUserId });
      threads.set(pairKey(conn.id, msg.externalThreadId), { c: conn.id, t: msg.externalThreadId });
      tenants.add(conn.tenantId);
    }

    // Two round trips for a batch without event subscribers: BEGIN + locks + reads pipelined,
    // then writes + COMMIT pipelined (a COMMIT after a failed statement is a ROLLBACK).
    const tx = await this.sql.reserve();
    let open = false;
    let failure: unknown;
    try {
      tx`begin`.execute().catch(() => undefined); // its failure fails the statements after it
      open = true;
      const lockAndRead = Promise.all([
        lockBatch(tx, [...lockKeys], [...conns]),
        readBatchState(tx, {
          messages: batch.map((p) => ({ c: p.conn.id, p: p.msg.platformMessageId })),
          users: [...users.values()],
          threads: [...threads.values()],
          tenants: [...tenants],
        }),
      ]);
      const [live, state] = await lockAndRead;
      const { stored, outboxIds } = await this.store(tx, batch, outcome, live, state);
      for (const [i, s] of stored) outcome[i] = s;
      open = false;
      return { outcome, outboxIds };
    } catch (err) {
      failure = err;
      throw err;
    } finally {
      await endReserved(tx, open, failure);
    }
  }

  /** Decides and writes what the batch stores, then commits. Returns what was stored, by batch index. */
  private async store(
    tx: postgres.ISql,
    batch: Pending[],
    outcome: Array<StoredMessage | null | Error>,
    live: Set<string>,
    state: BatchState,
  ): Promise<{ stored: Map<number, StoredMessage>; outboxIds: string[] }> {
    // Which messages are new: not stored before, first of their platform id in this batch, connection still there.
    const fresh: number[] = [];
    const seen = new Set<string>();
    batch.forEach((p, i) => {
      const key = pairKey(p.conn.id, p.msg.platformMessageId);
      if (!live.has(p.conn.id)) outcome[i] = new NotFoundError('channel connection');
      else if (state.known.has(key) || seen.has(key)) outcome[i] = null;
      else fresh.push(i);
      seen.add(key);
    });
    if (fresh.length === 0) {
      await tx`commit`;
      return { stored: new Map<number, StoredMessage>(), outboxIds: [] };
    }

    // Identities (and their customers) for every sender of a new message.
    const identities = new Map<string, IdentityRow>(state.identities.map((r) => [pairKey(r.connection_id, r.external_user_id), r]));
    const senders = new Map<string, number[]>();
    for (const i of fresh) {
      const p = batch[i]!;
      const key = pairKey(p.conn.id, p.msg.externalUserId);
      senders.set(key, [...(senders.get(key) ?? []), i]);
    }
    const customers: NewCustomer[] = [];
    const newIdentities: NewIdentity[] = [];
    const identityPatches: IdentityPatch[] = [];
    for (const [key, idx] of senders) {
      const { conn, msg } = batch[idx[0]!]!;
      const names = idx.map((i) => batch[i]!.msg.userDisplayName);
      const languages = idx.map((i) => batch[i]!.msg.language);
      const existing = identities.get(key);
      if (!existing) {
        const customer: NewCustomer = { id: uuidv7(), tenant_id: conn.tenantId, display_name: msg.userDisplayName ?? null, language: msg.language ?? null };
        const identity: NewIdentity = {
          id: uuidv7(),
          tenant_id: conn.tenantId,
          customer_id: customer.id,
          connection_id: conn.id,
          channel: conn.type,
          external_user_id: msg.externalUserId,
          display_name: lastGiven(names, null),
          language: lastGiven(languages, null),
        };
        customers.push(customer);
        newIdentities.push(identity);
        identities.set(key, { id: identity.id, connection_id: conn.id, external_user_id: msg.externalUserId, customer_id: customer.id, display_name: identity.display_name, language: identity.language });
      } else {
        const name = lastGiven(names, existing.display_name);
        const language = lastGiven(languages, existing.language);
        if (name !== existing.display_name || language !== existing.language) identityPatches.push({ id: existing.id, display_name: name, language });
      }
    }

    // Conversations: the thread's open one, or a new one owned by the thread's first sender in this batch.
    const newConversations: NewConversation[] = [];
    const conversationOf = new Map<string, string>(state.conversations);
    const events: PendingDomainEvent[] = [];
    const touches = new Map<string, ConversationTouch>();
    const messages: NewMessage[] = [];
    for (const i of fresh) {
      const { conn, msg } = batch[i]!;
      const tkey = pairKey(conn.id, msg.externalThreadId);
      let conversationId = conversationOf.get(tkey);
      const identity = identities.get(pairKey(conn.id, msg.externalUserId))!;
      if (!conversationId) {
        conversationId = uuidv7();
        conversationOf.set(tkey, conversationId);
        newConversations.push({
          id: conversationId,
          tenant_id: conn.tenantId,
          customer_id: identity.customer_id,
          connection_id: conn.id,
          identity_id: identity.id,
          channel: conn.type,
          external_thread_id: msg.externalThreadId,
          metadata: msg.threadMetadata ?? {},
        });
        if (state.subscribedTenants.has(conn.tenantId)) {
          events.push({ tenantId: conn.tenantId, type: 'conversation.created', data: { conversationId, channel: conn.type, customerId: identity.customer_id } });
        }
      } else if (msg.threadMetadata) {
        // The first message of a new conversation brought its metadata already; later ones merge theirs.
        const touch = touches.get(conversationId) ?? { id: conversationId, patch: null };
        touch.patch = { ...(touch.patch ?? {}), ...msg.threadMetadata };
        touches.set(conversationId, touch);
      }
      if (!touches.has(conversationId)) touches.set(conversationId, { id: conversationId, patch: null });
      const id = uuidv7();
      messages.push({
        ord: messages.length,
        id,
        tenant_id: conn.tenantId,
        conversation_id: conversationId,
        connection_id: conn.id,
        kind: msg.kind,
        text: msg.text,
        payload: msg.payload,
        platform_message_id: msg.platformMessageId,
        sent_at: msg.sentAt,
        job_id: jobIds.inbound(id),
      });
    }

    void writePlanSettings(tx).catch(() => undefined); // fails the writes after it if it fails
    const writes = writeBatch(tx, {
      customers,
      identities: newIdentities,
      identityPatches,
      conversations: newConversations,
      messages,
      touches: [...touches.values()],
      queue: CONVERSATION_QUEUE,
    });
    const subscribers = messages.some((m) => state.subscribedTenants.has(m.tenant_id));
    // Nobody to tell: COMMIT rides in the same round trip as the writes.
    const earlyCommit = subscribers ? null : tx`commit`.execute();
    earlyCommit?.catch(() => undefined); // awaited below, after the writes
    const { inserted, outboxIds } = await writes;
    const result = new Map<number, StoredMessage>();
    fresh.forEach((i, n) => {
      const m = messages[n]!;
      if (!inserted.has(m.id)) return; // stored meanwhile under another thread: a duplicate
      result.set(i, { messageId: m.id, conversationId: m.conversation_id });
      if (state.subscribedTenants.has(m.tenant_id)) {
        const { conn, msg } = batch[i]!;
        events.push({
          tenantId: m.tenant_id,
          type: 'message.created',
          data: { conversationId: m.conversation_id, messageId: m.id, direction: 'in', senderType: 'customer', kind: msg.kind, text: msg.text, channel: conn.type },
        });
      }
    });
    if (events.length > 0) await publishEventsSql(tx, events);
    if (earlyCommit) await earlyCommit;
    else await tx`commit`;
    // Event deliveries (publishEventsSql) recorded outbox rows of their own: the relay scans for those.
    return { stored: result, outboxIds: events.length > 0 ? [] : outboxIds };
  }
}
