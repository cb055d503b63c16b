/**
 * Durable ingest: inbound messages are group-committed (./ingest.batcher.ts):
 * the messages of concurrent webhooks are stored together, each with its
 * customer identity and conversation and its job in the outbox, in one
 * transaction of a few set-based statements. A redelivered platform message
 * id is a no-op. Batches take the advisory lock of each platform thread, so
 * deliveries to one thread serialise and `messages.seq` follows arrival order:
 * the worker's per-conversation order is the order messages were accepted.
 * Status receipts, identity events and web chat sessions take the
 * one-transaction path below (`ensureConversationTx`, same locks).
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type postgres from 'postgres';
import type { Logger } from 'pino';
import { channelIdentities, conversations, customers, earlyReceipts, messages } from '../../drizzle/schema.js';
import type { DeliveryStatusUpdate, IdentityEvent, InboundEvent, InboundMessage } from '../../channels/types.js';
import type { ConnectionRow } from '../connections/connection.service.js';
import type { Db, Tx } from '../db/client.js';
import { sanitizeDeep } from '../domain/input.js';
import { publishEventTx } from '../notifications/domain-events.js';
import { recordOutbox } from '../queue/outbox.js';
import { CONVERSATION_QUEUE, jobIds } from '../queue/queues.js';
import { insertInboundMessageTx } from './ingest.queries.js';
import { IngestBatcher, type IngestBatchOptions, type StoredMessage } from './ingest.batcher.js';

export interface IngestResult {
  stored: Array<{ messageId: string; conversationId: string }>;
  duplicates: number;
  statusUpdates: number;
  identityUpdates: number;
  ignored: string[];
}

export interface ThreadRef {
  externalUserId: string;
  externalThreadId: string;
  userDisplayName?: string;
  language?: string;
  threadMetadata?: Record<string, unknown>;
}

export interface EnsuredConversation {
  conversationId: string;
  customerId: string;
  identityId: string;
  created: boolean;
}

type ConnectionRef = Pick<ConnectionRow, 'id' | 'tenantId' | 'type'>;

async function lockKey(tx: Tx, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 7))`);
}

/** Finds or creates identity + customer + open conversation for a platform thread. Call inside a transaction. */
export async function ensureConversationTx(tx: Tx, conn: ConnectionRef, ref: ThreadRef): Promise<EnsuredConversation> {
  await lockKey(tx, `thread:${conn.id}:${ref.externalThreadId}`);
  if (ref.externalUserId !== ref.externalThreadId) await lockKey(tx, `user:${conn.id}:${ref.externalUserId}`);

  let [identity] = await tx
    .select()
    .from(channelIdentities)
    .where(and(eq(channelIdentities.connectionId, conn.id), eq(channelIdentities.externalUserId, ref.externalUserId)))
    .limit(1)
    // FOR SHARE: a customer merge (src/customers/customer.service.ts) moving this identity waits for this
    // message, or this message waits for the merge and sees the identity's new customer.
    .for('share');
  if (!identity) {
    const [customer] = await tx
      .insert(customers)
      .values({ tenantId: conn.tenantId, displayName: ref.userDisplayName ?? null, language: ref.language ?? null })
      .returning({ id: customers.id });
    if (!customer) throw new Error('customer insert returned nothing');
    [identity] = await tx
      .insert(channelIdentities)
      .values({
        tenantId: conn.tenantId,
        customerId: customer.id,
        connectionId: conn.id,
        channel: conn.type,
        externalUserId: ref.externalUserId,
        displayName: ref.userDisplayName ?? null,
        language: ref.language ?? null,
      })
      .returning();
  } else if ((ref.userDisplayName && ref.userDisplayName !== identity.displayName) || (ref.language && ref.language !== identity.language)) {
    await tx
      .update(channelIdentities)
      .set({ displayName: ref.userDisplayName ?? identity.displayName, language: ref.language ?? identity.language, updatedAt: sql`now()` })
      .where(eq(channelIdentities.id, identity.id));
  }
  if (!identity) throw new Error('identity insert returned nothing');

  // The open conversation of the thread; or one just completed that still waits for the rating (or its comment).
  const [open] = await tx
    .select({ id: conversations.id })
    .from(conversations)
    .where(
      and(
        eq(conversations.connectionId, conn.id),
        eq(conversations.externalThreadId, ref.externalThreadId),
        sql`(${conversations.status} <> 'COMPLETED' or ((${conversations.awaitingCsatTicketId} is not null or ${conversations.awaitingFeedback} is not null) and ${conversations.awaitingCsatUntil} > now()))`,
      ),
    )
    .orderBy(sql`${conversations.status} = 'COMPLETED'`, desc(conversations.createdAt))
    .limit(1);
  if (open) return { conversationId: open.id, customerId: identity.customerId, identityId: identity.id, created: false };

  const [created] = await tx
    .insert(conversations)
    .values({
      tenantId: conn.tenantId,
      customerId: identity.customerId,
      connectionId: conn.id,
      identityId: identity.id,
      channel: conn.type,
      externalThreadId: ref.externalThreadId,
      status: 'NEW',
      metadata: ref.threadMetadata ?? {},
    })
    .returning({ id: conversations.id });
  if (!created) throw new Error('conversation insert returned nothing');
  await publishEventTx(tx, conn.tenantId, 'conversation.created', { conversationId: created.id, channel: conn.type, customerId: identity.customerId });
  return { conversationId: created.id, customerId: identity.customerId, identityId: identity.id, created: true };
}

/** A concurrent delivery of the same platform id won the race (single-transaction path). */
class DuplicateDelivery extends Error {
  constructor() {
    super('duplicate delivery');
    this.name = 'DuplicateDelivery';
  }
}

export interface IngestOptions {
  /** Runs in the transaction that stores each new message (not for a redelivery): rows that belong to it, e.g. its uploaded file. */
  onStoredTx?: (tx: Tx, stored: { messageId: string; conversationId: string }) => Promise<void>;
}

/** Told about every ingested batch, whichever channel or path (webhook, web chat, WhatsApp Web session) it came from: metrics. */
export interface IngestObserver {
  ingested(channel: string, result: IngestResult, seconds: number): void;
  /** A group commit stored a batch of `size` messages. */
  ingestBatch?(size: number): void;
}

export const DEFAULT_INGEST_BATCH: IngestBatchOptions = { maxWaitMs: 2, maxBatch: 100, concurrency: 2 };

export class IngestService {
  private readonly batcher: IngestBatcher;

  constructor(
    private readonly db: Db,
    /** The postgres.js client under `db`: the group commit's prepared statements run on it. */
    sqlClient: postgres.Sql,
    private readonly logger: Logger,
    /**
     * Called after a commit that recorded work, so the relay enqueues without waiting for its poll;
     * with the ids of the outbox rows when they are known (the group commit), else without (the relay scans).
     */
    private readonly onWorkRecorded: (outboxIds?: string[]) => void = () => {},
    private readonly observer?: IngestObserver,
    batchOptions: IngestBatchOptions = DEFAULT_INGEST_BATCH,
  ) {
    this.batcher = new IngestBatcher(sqlClient, logger, batchOptions, (size, stored, outboxIds) => {
      observer?.ingestBatch?.(size);
      if (stored > 0) this.onWorkRecorded(outboxIds.length > 0 ? outboxIds : undefined);
    });
  }

  /** Committed group-commit batches and the messages they carried. */
  get batchStats(): { batches: number; messages: number } {
    return { ...this.batcher.stats };
  }

  async ensureConversation(conn: ConnectionRef, ref: ThreadRef): Promise<EnsuredConversation> {
    const conv = await this.db.transaction((tx) => ensureConversationTx(tx, conn, ref));
    // A new conversation may have recorded webhook deliveries (conversation.created).
    if (conv.created) this.onWorkRecorded();
    return conv;
  }

  /**
   * Stores what an adapter parsed. Every channel's events pass here, so this is
   * where platform content is made storable: invalid code points (NUL, lone
   * surrogates...) are removed from every string, nesting is bounded and
   * impossible dates become "now". A platform's message is stored, never lost
   * to a database error on what it contains.
   */
  async ingest(conn: ConnectionRef, events: InboundEvent[], opts: IngestOptions = {}): Promise<IngestResult> {
    const started = process.hrtime.bigint();
    const result: IngestResult = { stored: [], duplicates: 0, statusUpdates: 0, identityUpdates: 0, ignored: [] };
    // Consecutive messages join the group commit together (in order); other events apply in between, in order.
    let messages: Array<Promise<StoredMessage | null>> = [];
    const settleMessages = async () => {
      if (messages.length === 0) return;
      const settled = await Promise.allSettled(messages);
      messages = [];
      for (const s of settled) {
        if (s.status === 'rejected') throw s.reason;
        if (s.value) result.stored.push(s.value);
        else result.duplicates++;
      }
    };
    for (const event of events.map((e) => sanitizeDeep(e))) {
      if (event.type === 'message') {
        if (opts.onStoredTx) {
          // Something must be written with the message in its transaction (a web chat upload's
          // attachment row): one transaction of its own, not the group commit. Uploads are rare.
          await settleMessages();
          const stored = await this.storeMessage(conn, event.message, opts.onStoredTx);
          if (stored) result.stored.push(stored);
          else result.duplicates++;
          continue;
        }
        messages.push(this.batcher.submit(conn, event.message));
        continue;
      }
      await settleMessages();
      switch (event.type) {
        case 'status':
          result.statusUpdates += await this.applyStatus(conn, event.status);
          break;
        case 'identity':
          result.identityUpdates += await this.applyIdentity(conn, event.identity);
          break;
        case 'ignored':
          result.ignored.push(event.reason);
          this.logger.info({ connectionId: conn.id, channel: conn.type, reason: event.reason }, 'webhook event ignored');
          break;
      }
    }
    await settleMessages();
    this.observer?.ingested(conn.type, result, Number(process.hrtime.bigint() - started) / 1e9);
    return result;
  }

  private async isKnown(conn: ConnectionRef, platformMessageId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: messages.id })
      .from(messages)
      .where(and(eq(messages.connectionId, conn.id), eq(messages.platformMessageId, platformMessageId), eq(messages.direction, 'in')))
      .limit(1);
    return Boolean(row);
  }

  /** Returns null for a redelivery of a message already stored. */
  private async storeMessage(conn: ConnectionRef, m: InboundMessage, onStoredTx?: IngestOptions['onStoredTx']): Promise<{ messageId: string; conversationId: string } | null> {
    if (await this.isKnown(conn, m.platformMessageId)) return null;
    try {
      return await this.db.transaction(async (tx) => {
        const conv = await ensureConversationTx(tx, conn, m);
        const row = await insertInboundMessageTx(tx, conn, conv.conversationId, m);
        // A concurrent delivery of the same id won the race: undo identity/conversation touches too.
        if (!row) throw new DuplicateDelivery();
        await tx
          .update(conversations)
          .set({
            lastMessageAt: sql`now()`,
            lastInboundAt: sql`now()`,
            updatedAt: sql`now()`,
            ...(m.threadMetadata && !conv.created ? { metadata: sql`${conversations.metadata} || ${JSON.stringify(m.threadMetadata)}::jsonb` } : {}),
          })
          .where(eq(conversations.id, conv.conversationId));
        await recordOutbox(tx, [
          {
            tenantId: conn.tenantId,
            queue: CONVERSATION_QUEUE,
            jobName: 'inbound',
            jobId: jobIds.inbound(row.id),
            data: { tenantId: conn.tenantId, conversationId: conv.conversationId, messageId: row.id },
          },
        ]);
        await publishEventTx(tx, conn.tenantId, 'message.created', {
          conversationId: conv.conversationId,
          messageId: row.id,
          direction: 'in',
          senderType: 'customer',
          kind: m.kind,
          text: m.text,
          channel: conn.type,
        });
        if (onStoredTx) await onStoredTx(tx, { messageId: row.id, conversationId: conv.conversationId });
        return { messageId: row.id, conversationId: conv.conversationId };
      });
    } catch (err) {
      if (err instanceof DuplicateDelivery) return null;
      throw err;
    }
  }

  /**
   * Platform receipts only move a message forward (sent → delivered → read);
   * receipts arrive out of order, and a late "delivered" must not undo "read".
   * "failed" applies unless the message was already read.
   */
  private async applyStatus(conn: ConnectionRef, s: DeliveryStatusUpdate): Promise<number> {
    const rank = sql`(case ${messages.deliveryStatus} when 'pending' then 0 when 'sent' then 1 when 'delivered' then 2 when 'read' then 3 else 4 end)`;
    const newRank = { sent: 1, delivered: 2, read: 3, failed: 4 }[s.status];
    const updated = await this.db
      .update(messages)
      .set({ deliveryStatus: s.status, ...(s.error ? { deliveryError: s.error } : {}) })
      .where(
        and(
          eq(messages.connectionId, conn.id),
          eq(messages.direction, 'out'),
          eq(messages.platformMessageId, s.platformMessageId),
          s.status === 'failed' ? sql`${messages.deliveryStatus} <> 'read'` : sql`${rank} < ${newRank}`,
        ),
      )
      .returning({ id: messages.id });
    if (updated.length === 0) {
      // Unknown id: either not ours, or the receipt beat our record of the send. Keep it a day.
      await this.db.insert(earlyReceipts).values({ connectionId: conn.id, platformMessageId: s.platformMessageId, status: s.status, error: s.error ?? null });
      await this.db.delete(earlyReceipts).where(sql`${earlyReceipts.createdAt} < now() - interval '1 day'`);
    }
    return updated.length;
  }

  private async applyIdentity(conn: ConnectionRef, e: IdentityEvent): Promise<number> {
    return this.db.transaction(async (tx) => {
      const conv = await ensureConversationTx(tx, conn, { externalUserId: e.externalUserId, externalThreadId: e.externalUserId, userDisplayName: e.userDisplayName });
      await tx.update(channelIdentities).set({ status: e.status, updatedAt: sql`now()` }).where(eq(channelIdentities.id, conv.identityId));
      return 1;
    });
  }
}
