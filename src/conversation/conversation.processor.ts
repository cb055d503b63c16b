/**
 * Processes one conversation's pending work, strictly in order:
 *   1. deliver pending outbound messages (oldest first),
 *   2. answer the oldest pending inbound message, record the reply as pending
 *      outbound (same transaction that marks the inbound answered), go to 1.
 *
 * Only one worker (any process) works on a conversation at a time: a Postgres
 * session advisory lock on a reserved connection, which the job's own statements
 * and plain reads then use too (src/db/pinned-connection.ts): what it issues
 * together goes out in one socket write. If the worker process dies,
 * its connection closes and the lock is released at once; BullMQ's stalled
 * check re-queues the job. Because the reply is recorded (with a deterministic
 * idempotency key) before it is sent and marked sent right after, a retried job
 * finds either no reply (answers again, nothing was sent) or a pending one
 * (sends it): the customer gets one reply. The remaining window — the process
 * dies after the platform accepted a message but before we marked it sent — is
 * closed by platform idempotency keys where they exist (LINE X-Line-Retry-Key,
 * web chat message ids de-duplicated by the client).
 */
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type postgres from 'postgres';
import { channelIdentities, conversations, type earlyReceipts, messages, users } from '../../drizzle/schema.js';
import { degrade, looksLikeOptionNumber, matchNumberedOption } from '../../channels/degrade.js';
import type { Attachment, Button, InboundRef, MessagePayload, OutboundMessage, OutboundTarget } from '../../channels/types.js';
import type { ConnectionService, ResolvedConnection } from '../connections/connection.service.js';
import { rawClient, type Db } from '../db/client.js';
import { pinnedDrizzle, withPinnedConnection } from '../db/pinned-connection.js';
import { PermanentSendError, RateLimitedError } from '../domain/errors.js';
import { withHandoffButton } from './handoff.js';
import type { Responder } from './responder.js';
import type { ConversationHooks, MessageContext } from './hooks.js';
import { outboundRow } from './outbound.js';
import { markSent, recordReply } from './reply.queries.js';
import type { ReplyPathPoint } from '../config/index.js';

export class ConversationBusyError extends Error {
  constructor(readonly conversationId: string) {
    super(`conversation ${conversationId} is being processed by another worker`);
    this.name = 'ConversationBusyError';
  }
}

/** The attachment steps of the worker (src/attachments), behind the processor's own seam. */
export interface AttachmentSteps {
  /** Downloads and stores the platform files of an inbound message; idempotent, throws to retry a transient failure. */
  downloadInbound(input: { tenantId: string; conversationId: string; message: typeof messages.$inferSelect; resolved: ResolvedConnection; log: Logger; finalAttempt?: boolean }): Promise<void>;
  /** The stored file an outbound message carries, with a fresh signed URL. */
  outboundAttachment(tenantId: string, messageId: string): Promise<Attachment | undefined>;
}

export interface ProcessorDeps {
  db: Db;
  /** Where the conversation lock's session is reserved, one connection per job in flight (a pool of the worker's concurrency). */
  sql: postgres.Sql;
  connections: ConnectionService;
  responder: Responder;
  logger: Logger;
  /** Give up on an outbound message after this many failed sends. */
  maxSendAttempts: number;
  hooks?: ConversationHooks;
  attachments?: AttachmentSteps;
  /** Called at each point of the reply path with the inbound message answered (the test-only fault hook kills the process there). */
  onReplyPath?: (point: ReplyPathPoint, inboundId: string) => void;
}

type MessageRow = typeof messages.$inferSelect;
type ConversationRow = typeof conversations.$inferSelect;
type EarlyReceipt = Pick<typeof earlyReceipts.$inferSelect, 'status' | 'error'>;

export class ConversationProcessor {
  constructor(private readonly deps: ProcessorDeps) {
    const tenantId = sql.placeholder('tenantId');
    const conversationId = sql.placeholder('conversationId');
    // Run on the job's connection only, after its lock statement: true when that statement took the lock (see process()).
    const lockHeld = sql`current_setting('app.conversation_lock', true) = ${conversationId}`;
    // The attempt of the first pending outbound message (the one sent next), recorded by the same statement
    // that reads it: committed before the send, as the separate increment of the others. Not for a file,
    // whose signed URL is made before its attempt is recorded.
    const attempt = deps.db.$with('attempt', { id: sql<string>`id`.as('id') }).as(sql`
      update messages set attempts = attempts + 1
      where id = (select m.id from messages m
                  where m.tenant_id = ${tenantId} and m.conversation_id = ${conversationId} and m.direction = 'out' and m.delivery_status = 'pending'
                  order by m.seq limit 1)
        and kind not in ('image', 'file')
        and ${lockHeld}
      returning id`);
    // Built once on a handle that runs it on the job's pinned connection (the session of the lock it checks).
    this.pendingWorkQuery = pinnedDrizzle(rawClient(deps.db))
      .with(attempt)
      .select({ conversation: conversations, message: messages, attemptRecorded: sql<string | null>`(select id from ${attempt})`, externalUserId: channelIdentities.externalUserId })
      .from(conversations)
      .leftJoin(channelIdentities, and(eq(channelIdentities.id, conversations.identityId), eq(channelIdentities.tenantId, conversations.tenantId)))
      .leftJoin(
        messages,
        and(
          eq(messages.tenantId, conversations.tenantId),
          eq(messages.conversationId, conversations.id),
          or(
            and(eq(messages.direction, 'out'), eq(messages.deliveryStatus, 'pending')),
            eq(
              messages.id,
              sql`(select m.id from messages m where m.tenant_id = ${tenantId} and m.conversation_id = ${conversationId} and m.direction = 'in' and m.processing_status = 'pending' order by m.seq limit 1)`,
            ),
          ),
        ),
      )
      .where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId), lockHeld))
      .orderBy(asc(messages.seq))
      .prepare('conversation_pending_work');
  }

  /** Runs all pending work of a conversation. Throws ConversationBusyError when another worker holds it. */
  /**
   * `finalAttempt`: the job will not run again, so a transient failure of a file download gives up
   * (the reference is kept) rather than leave this message — and every later one of the conversation — unanswered.
   */
  async process(tenantId: string, conversationId: string, log: Logger, opts: { finalAttempt?: boolean } = {}): Promise<{ answered: number; sent: number }> {
    const conn = await this.deps.sql.reserve();
    const lock = { held: false };
    try {
      return await withPinnedConnection(conn, () => this.processOn(conn, lock, tenantId, conversationId, log, opts.finalAttempt ?? false));
    } finally {
      if (lock.held) await this.unlock(conn, conversationId).catch(() => undefined);
      conn.release();
    }
  }

  private async processOn(conn: postgres.ReservedSql, lock: { held: boolean }, tenantId: string, conversationId: string, log: Logger, finalAttempt: boolean): Promise<{ answered: number; sent: number }> {
    // Locked only when there is work: a job whose message an earlier job already answered (one job per
    // inbound message, the first answers them all) costs one write. Nothing pending in this statement's
    // snapshot means nothing to do: work is committed before its job is queued, and leaves "pending" only
    // once done. The statement leaves in the session whether it took the lock (`app.conversation_lock`):
    // the first read of the work goes out in the same write, runs after it (in a snapshot taken under the
    // lock), and records no attempt and returns nothing unless the lock was taken.
    const locking = conn<Array<{ locked: boolean | null }>>`
      with l as materialized (
        select case when exists (
          select 1 from messages
          where tenant_id = ${tenantId} and conversation_id = ${conversationId}
            and ((direction = 'out' and delivery_status = 'pending') or (direction = 'in' and processing_status = 'pending'))
        ) then pg_try_advisory_lock(hashtextextended(${conversationId}, 42)) end as locked
      )
      select l.locked, set_config('app.conversation_lock', case when l.locked then ${conversationId}::text else '' end, false) from l`.execute();
    const [locked, first] = await Promise.allSettled([locking, this.pendingWork(tenantId, conversationId)]);
    if (locked.status === 'rejected') throw locked.reason;
    const row = locked.value[0];
    if (row?.locked == null) return { answered: 0, sent: 0 };
    lock.held = row.locked;
    if (!lock.held) throw new ConversationBusyError(conversationId);
    if (first.status === 'rejected') throw first.reason;
    let work = first.value;
    let answered = 0;
    let sent = 0;
    // Bounded so a flood on one conversation cannot pin a worker forever; the next job continues.
    for (let i = 0; work; ) {
      let { conversation } = work;
      if (work.outbound.length > 0) {
        // Nothing to answer after these: the unlock goes out with the last one's statements.
        const release = work.inbound
          ? null
          : async () => {
              await this.unlock(conn, conversationId);
              lock.held = false;
            };
        const flushed = await this.flushOutbound(conn, tenantId, conversation, work.outbound, work.attemptRecorded, log, release);
        sent += flushed.sent;
        conversation = flushed.conversation;
      }
      if (!work.inbound) break;
      await this.answer(conn, tenantId, conversation, work.inbound, log, finalAttempt);
      answered++;
      if (++i >= 100) break;
      work = await this.pendingWork(tenantId, conversationId);
    }
    return { answered, sent };
  }

  /** Releases the conversation lock and clears the session's note of it; handed to the connection at once. */
  private unlock(conn: postgres.ReservedSql, conversationId: string): Promise<unknown> {
    return conn`select pg_advisory_unlock(hashtextextended(${conversationId}, 42)), set_config('app.conversation_lock', '', false)`.execute();
  }

  /**
   * The conversation, its pending outbound messages (oldest first, with their attempt counts before this
   * turn) and its oldest pending inbound message, in one statement (built once), which also records the
   * attempt of the first outbound message (`attemptRecorded`: its id), and the customer's platform user id
   * (kept for resolve()). Undefined when there is nothing to do. On the job's connection, under its lock.
   */
  private async pendingWork(
    tenantId: string,
    conversationId: string,
  ): Promise<{ conversation: ConversationRow; outbound: MessageRow[]; inbound: MessageRow | undefined; attemptRecorded: string | null } | undefined> {
    const rows = await this.pendingWorkQuery.execute({ tenantId, conversationId });
    const outbound: MessageRow[] = [];
    let inbound: MessageRow | undefined;
    for (const r of rows) {
      if (!r.message) continue;
      if (r.message.direction === 'out') outbound.push(r.message);
      else inbound = r.message;
    }
    if (outbound.length === 0 && !inbound) return undefined;
    const conversation = rows[0]?.conversation;
    if (!conversation) throw new Error(`conversation ${conversationId} not found for tenant`);
    const ext = rows[0]?.externalUserId;
    if (ext) this.rememberIdentity(conversation, ext);
    return { conversation, outbound, inbound, attemptRecorded: rows[0]?.attemptRecorded ?? null };
  }

  private readonly pendingWorkQuery;

  private target(conv: ConversationRow, externalUserId: string): OutboundTarget {
    return {
      conversationId: conv.id,
      externalUserId,
      externalThreadId: conv.externalThreadId,
      conversationMetadata: conv.metadata,
      lastInboundAt: conv.lastInboundAt,
    };
  }

  private async resolve(conv: ConversationRow): Promise<{ resolved: ResolvedConnection; externalUserId: string }> {
    const [resolved, externalUserId] = await Promise.all([this.deps.connections.resolve(conv.connectionId), this.externalUserId(conv)]);
    if (!resolved) throw new PermanentSendError(`connection ${conv.connectionId} no longer exists`);
    return { resolved, externalUserId };
  }

  /** A channel identity's platform user id never changes: read once per process (bounded), not once per answer and send. */
  private async externalUserId(conv: ConversationRow): Promise<string> {
    const key = `${conv.tenantId}:${conv.identityId}`;
    const known = this.identities.get(key);
    if (known) return known;
    const rows = await this.deps.db.execute<{ external_user_id: string }>(
      sql`select external_user_id from channel_identities where id = ${conv.identityId} and tenant_id = ${conv.tenantId}`,
    );
    const ext = rows[0]?.external_user_id;
    if (!ext) throw new PermanentSendError(`identity ${conv.identityId} missing`);
    this.rememberIdentity(conv, ext);
    return ext;
  }

  private rememberIdentity(conv: ConversationRow, externalUserId: string): void {
    if (this.identities.size >= 10_000) this.identities.clear();
    this.identities.set(`${conv.tenantId}:${conv.identityId}`, externalUserId);
  }

  private readonly identities = new Map<string, string>();

  /**
   * The message's past for the responder and the hooks, in one statement: the conversation's last 10
   * messages, the customer's last 5 (escalation's repeated failures and frustration history) and the
   * customer's tags and language. A tagged template of the driver: prepared once per connection. On the
   * job's connection, in one write with the hooks' reads issued meanwhile (escalation's rules fingerprint).
   */
  private async context(conn: postgres.Sql, tenantId: string, conv: ConversationRow, beforeSeq: number): Promise<MessageContext> {
    const rows = await conn<Array<{ part: number; sender_type: string | null; text: string | null; seq: string | number | null; tags: string[] | null; language: string | null }>>`
      select 0 as part, null::text as sender_type, null::text as text, null::bigint as seq, tags, language from customers where id = ${conv.customerId}
      union all
      (select 1, sender_type::text, text, seq, null::text[], null::text from messages
        where tenant_id = ${tenantId} and conversation_id = ${conv.id} and seq < ${beforeSeq} order by seq desc limit 10)
      union all
      (select 2, sender_type::text, text, seq, null::text[], null::text from messages
        where tenant_id = ${tenantId} and conversation_id = ${conv.id} and direction = 'in' and seq < ${beforeSeq} order by seq desc limit 5)`;
    const newestFirst = (part: number) =>
      rows
        .filter((r) => r.part === part)
        .map((r) => ({ senderType: r.sender_type ?? '', text: r.text ?? '', seq: Number(r.seq) }))
        .sort((x, y) => y.seq - x.seq);
    const customer = rows.find((r) => r.part === 0);
    return {
      history: newestFirst(1)
        .reverse()
        .filter((r) => r.senderType !== 'system')
        .map((r) => ({ role: r.senderType === 'customer' ? 'customer' : r.senderType === 'agent' ? 'agent' : 'bot', text: r.text })),
      previousCustomerTexts: newestFirst(2).map((r) => r.text),
      customer: customer ? { tags: customer.tags ?? [], language: customer.language } : undefined,
    };
  }

  private async answer(conn: postgres.ReservedSql, tenantId: string, conv: ConversationRow, inbound: MessageRow, log: Logger, finalAttempt: boolean): Promise<void> {
    let msg = inbound;
    const mlog = log.child({ messageId: msg.id });
    // Files first, whatever the bot then does: an agent who takes over sees them too. Under the conversation lock, so order holds.
    const inboundFiles = (msg.payload as MessagePayload).attachments;
    if (this.deps.attachments && Array.isArray(inboundFiles) && inboundFiles.length > 0) {
      const { resolved } = await this.resolve(conv);
      await this.deps.attachments.downloadInbound({ tenantId, conversationId: conv.id, message: msg, resolved, log: mlog, finalAttempt });
    }

    // The message's past does not depend on what the hooks decide (they read it too): read it meanwhile.
    const context = this.context(conn, tenantId, conv, msg.seq);
    context.catch(() => undefined);
    // The responder's own reads of the message (its channel's settings) go out with it, unless the bot is known to stay silent.
    if (!conv.botPaused && conv.status !== 'ESCALATED') this.deps.responder.prefetch?.({ tenantId, connectionId: conv.connectionId, messageId: msg.id });
    const decision = this.deps.hooks ? await this.deps.hooks.beforeAnswer({ conversation: conv, message: msg, log: mlog, context }) : { action: 'answer' as const };
    if (conv.botPaused || conv.status === 'ESCALATED' || decision.action === 'skip') {
      await this.deps.db.update(messages).set({ processingStatus: 'skipped' }).where(and(eq(messages.id, msg.id), eq(messages.processingStatus, 'pending')));
      mlog.info({ reason: conv.botPaused ? 'bot paused (human takeover)' : decision.action === 'skip' ? decision.reason : 'escalated' }, 'bot stays silent');
      return;
    }

    if (msg.kind === 'text') msg = await this.mapNumberedReply(tenantId, msg);
    const { resolved, externalUserId } = await this.resolve(conv);
    const inboundRef: InboundRef = { platformMessageId: msg.platformMessageId ?? '', kind: msg.kind, payload: msg.payload as MessagePayload };
    // Read receipt and typing indicator (in that order) while the answer is composed; both done before the reply is recorded and sent.
    const presence = (async () => {
      if (resolved.adapter.acknowledgeInbound) {
        await resolved.adapter.acknowledgeInbound(resolved.ctx, this.target(conv, externalUserId), inboundRef).catch((err: unknown) => mlog.debug({ err }, 'acknowledge failed'));
      }
      if (resolved.adapter.sendTyping) {
        await resolved.adapter.sendTyping(resolved.ctx, this.target(conv, externalUserId), inboundRef).catch((err: unknown) => mlog.debug({ err }, 'typing indicator failed'));
      }
    })();

    const started = Date.now();
    const composed = (async () => {
      const answer = await this.deps.responder.respond({
        tenantId,
        conversationId: conv.id,
        connectionId: conv.connectionId,
        channel: conv.channel,
        message: { id: msg.id, kind: msg.kind, text: msg.text, payload: msg.payload },
        history: (await context).history,
      });
      return { result: answer, latencyMs: Date.now() - started };
    })();
    const [{ result, latencyMs }] = await Promise.all([composed, presence]);
    mlog.info({ model: result.model, confidence: result.confidence ?? null, unsure: result.unsure ?? false, latencyMs }, 'bot answer composed');

    // An unsure answer offers a person: where the channel has buttons, as a "Talk to a person" quick reply.
    const drafts = result.unsure && resolved.adapter.capabilities.maxButtons > 0 ? withHandoffButton(result.drafts) : result.drafts;
    const parts = drafts.flatMap((d) => degrade(d, resolved.adapter.capabilities));
    this.deps.onReplyPath?.('before-record', msg.id);
    // The reply, its AI-log rows (the responder's steps, then the answer) and the status changes: one statement.
    await recordReply(this.deps.db, {
        tenantId,
        conversationId: conv.id,
        connectionId: conv.connectionId,
        inboundId: msg.id,
        parts: parts.map((draft, i) => ({ ...outboundRow(draft), idempotencyKey: `reply-${msg.id}-${i}` })),
        logs: [
          ...(result.steps ?? []).map((step) => ({
            processingType: step.processingType,
            input: step.input,
            retrieved: step.retrieved ?? [],
            output: step.output,
            model: step.model,
            latencyMs: step.latencyMs,
          })),
          {
            processingType: 'respond',
            input: { text: msg.text, kind: msg.kind },
            retrieved: result.retrieved ?? [],
            output: { texts: parts.map((p) => p.text), unsure: result.unsure ?? false, ...(result.details ?? {}) },
            model: result.model,
            modelVersion: result.modelVersion ?? null,
            confidence: result.confidence == null ? null : String(result.confidence),
            latencyMs,
          },
        ],
        unsure: result.unsure ?? false,
      });
    this.deps.onReplyPath?.('after-record', msg.id);
    if (this.deps.hooks) await this.deps.hooks.afterAnswer({ conversation: conv, message: msg, context, result, log: mlog });
  }

  /**
   * Takes the receipts the platform sent before we recorded its id for this message (see early_receipts),
   * only once that id is recorded (after a failed markSent, nothing). A system path (the table has no tenant);
   * handed to the connection at once, so it runs after what was issued before it.
   */
  private takeEarlyReceipts(conn: postgres.ReservedSql, connectionId: string, platformMessageId: string, messageId: string): Promise<EarlyReceipt[]> {
    return conn<EarlyReceipt[]>`
      delete from early_receipts
      where connection_id = ${connectionId} and platform_message_id = ${platformMessageId}
        and exists (select 1 from messages where id = ${messageId} and platform_message_id = ${platformMessageId})
      returning status, error`.execute();
  }

  /** Applies the receipts taken for a message: the furthest status, or its failure. */
  private async applyEarlyReceipts(receipts: EarlyReceipt[], messageId: string): Promise<void> {
    if (receipts.length === 0) return;
    const rank: Record<string, number> = { sent: 1, delivered: 2, read: 3, failed: 4 };
    const failed = receipts.find((r) => r.status === 'failed');
    const best = receipts.reduce((a, b) => ((rank[b.status] ?? 0) > (rank[a.status] ?? 0) && b.status !== 'failed' ? b : a), receipts[0]!);
    const final = failed && !receipts.some((r) => r.status === 'read') ? failed : best;
    await this.deps.db.update(messages).set({ deliveryStatus: final.status, ...(final.error ? { deliveryError: final.error } : {}) }).where(eq(messages.id, messageId));
  }

  /** A bare number answering options the bot rendered as numbered text becomes the button reply it stands for. */
  private async mapNumberedReply(tenantId: string, msg: MessageRow): Promise<MessageRow> {
    if (!looksLikeOptionNumber(msg.text)) return msg;
    const [lastOut] = await this.deps.db
      .select({ payload: messages.payload })
      .from(messages)
      .where(and(eq(messages.tenantId, tenantId), eq(messages.conversationId, msg.conversationId), eq(messages.direction, 'out'), sql`${messages.seq} < ${msg.seq}`))
      .orderBy(desc(messages.seq))
      .limit(1);
    const options = lastOut?.payload.numberedOptions as Button[] | undefined;
    const chosen = matchNumberedOption(msg.text, Array.isArray(options) ? options : undefined);
    if (!chosen) return msg;
    const payload = { ...msg.payload, buttonPayload: chosen.payload, typed: msg.text };
    await this.deps.db.update(messages).set({ kind: 'button_reply', text: chosen.title, payload }).where(eq(messages.id, msg.id));
    return { ...msg, kind: 'button_reply', text: chosen.title, payload };
  }

  /**
   * Sends the conversation's pending outbound messages (read by `pendingWork`) in order. Returns how many
   * were sent, and the conversation with the metadata the adapter patched.
   */
  private async flushOutbound(
    conn: postgres.ReservedSql,
    tenantId: string,
    conversation: ConversationRow,
    pending: MessageRow[],
    attemptRecorded: string | null,
    log: Logger,
    /** Unlocks the conversation: given when nothing follows these messages, sent with the last one's statements. */
    release: (() => Promise<unknown>) | null,
  ): Promise<{ sent: number; conversation: ConversationRow }> {
    let conv = conversation;
    const conversationId = conv.id;
    const { resolved, externalUserId } = await this.resolve(conv);
    const senderIds = [...new Set(pending.flatMap((m) => (m.senderUserId ? [m.senderUserId] : [])))];
    const senderNames = new Map(
      senderIds.length ? (await this.deps.db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.id, senderIds)))).map((u) => [u.id, u.name]) : [],
    );
    let sent = 0;
    for (const [index, m] of pending.entries()) {
      const senderName = m.senderUserId ? senderNames.get(m.senderUserId) : undefined;
      const out: OutboundMessage = {
        id: m.id,
        kind: m.kind === 'buttons' || m.kind === 'image' || m.kind === 'file' ? m.kind : 'text',
        text: m.text,
        senderType: m.senderType === 'customer' ? 'bot' : m.senderType,
        buttons: Array.isArray(m.payload.buttons) ? (m.payload.buttons as OutboundMessage['buttons']) : undefined,
        attachment: Array.isArray(m.payload.attachments) ? (m.payload.attachments[0] as OutboundMessage['attachment']) : undefined,
        retried: m.attempts > 0,
        ...(senderName ? { senderName } : {}),
      };
      // A stored file (an agent's) goes with a fresh signed URL, degraded to the channel now that the URL exists.
      let parts: OutboundMessage[] = [out];
      if ((out.kind === 'image' || out.kind === 'file') && this.deps.attachments) {
        const file = await this.deps.attachments.outboundAttachment(tenantId, m.id);
        if (file) parts = degrade({ ...out, attachment: file }, resolved.adapter.capabilities).map((d, i) => ({ ...d, id: i === 0 ? m.id : `${m.id}:${i}`, retried: out.retried }));
      }
      // Recorded before attempted: the attempt count survives a crash mid-send (the first one's by `pendingWork`).
      if (m.id !== attemptRecorded) await this.deps.db.update(messages).set({ attempts: sql`${messages.attempts} + 1` }).where(eq(messages.id, m.id));
      try {
        let res: Awaited<ReturnType<typeof resolved.adapter.send>> = {};
        for (const [i, part] of parts.entries()) {
          const r = await resolved.adapter.send(resolved.ctx, this.target(conv, externalUserId), part);
          if (i === 0) res = r;
        }
        this.deps.onReplyPath?.('after-send', m.inReplyTo ?? m.id);
        const marking = markSent(this.deps.db, { messageId: m.id, conversationId, platformMessageId: res.platformMessageId ?? null, ...(res.conversationMetadataPatch ? { metadataPatch: res.conversationMetadataPatch } : {}) });
        // In the same write, run after it: the receipts that came early and, after the job's last send, the unlock.
        // All settled before going on: nothing of this job may still be queued on the connection once it is released.
        const taking = res.platformMessageId ? this.takeEarlyReceipts(conn, m.connectionId, res.platformMessageId, m.id) : null;
        const unlocking = release && index === pending.length - 1 ? release() : null;
        const [marked, taken] = await Promise.allSettled([marking, taking, unlocking]);
        if (marked.status === 'rejected') throw marked.reason;
        if (taken.status === 'rejected') throw taken.reason;
        if (taken.value) await this.applyEarlyReceipts(taken.value, m.id);
        if (res.conversationMetadataPatch) conv = { ...conv, metadata: { ...conv.metadata, ...res.conversationMetadataPatch } };
        sent++;
        log.info({ outboundId: m.id, platformMessageId: res.platformMessageId }, 'message delivered to channel');
      } catch (err) {
        if (err instanceof RateLimitedError) throw err;
        const permanent = err instanceof PermanentSendError || m.attempts + 1 >= this.deps.maxSendAttempts;
        if (!permanent) throw err;
        await this.deps.db
          .update(messages)
          .set({ deliveryStatus: 'failed', deliveryError: (err as Error).message })
          .where(and(eq(messages.id, m.id), inArray(messages.deliveryStatus, ['pending'])));
        log.error({ outboundId: m.id, err: (err as Error).message }, 'outbound message failed permanently');
      }
    }
    return { sent, conversation: conv };
  }
}
