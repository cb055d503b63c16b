/**
 * Customers across channels: search, profile, edit, merge, merge suggestions
 * and GDPR erasure. Every query is scoped by tenant; another tenant's id is a
 * plain 404. Each change writes its audit entry in its own transaction.
 *
 * Merge lock order (the same as ingest's, so they cannot deadlock on these):
 * customers (FOR NO KEY UPDATE, by id) → the source's channel identities (FOR
 * NO KEY UPDATE) → its conversations → its tickets. Ingest reads a thread's
 * identity FOR SHARE (src/conversation/ingest.service.ts), so a message that
 * arrives during a merge either commits first (and its conversation is moved
 * with the rest) or waits for the merge and then sees the identity's new
 * customer. A deadlock with another path (agent actions lock ticket →
 * conversation) is retried.
 */
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import {
  aiProcessingLogs,
  auditLog,
  channelIdentities,
  conversations,
  customers,
  feedback,
  messages,
  ticketEvents,
  tickets,
} from '../../drizzle/schema.js';
import type { Db, Tx } from '../db/client.js';
import { sqlStateOf } from '../db/errors.js';
import { ConflictError, NotFoundError, PayloadError } from '../domain/errors.js';
import { isUuid } from '../domain/input.js';
import { diffFields, recordAudit, type AuditActor } from '../audit/audit.js';
import { phoneDigits } from './contact.js';
import { validateCustomFieldValues } from '../custom-fields/custom-fields.service.js';
import { customFieldConditions, type CustomFieldFilters } from '../custom-fields/filters.js';
import { deleteConversationAttachments } from '../attachments/attachment.queries.js';

export type CustomerRow = typeof customers.$inferSelect;

export interface CustomerFilter {
  q?: string;
  tag?: string;
  /** `cf.<key>=value` filters on the customer's custom fields. */
  customFields?: CustomFieldFilters;
  limit: number;
  offset: number;
}

/** Already validated and normalised by the caller (src/http/routes/customers.ts). `null` clears a field. */
export interface CustomerPatch {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  language?: string | null;
  tags?: string[];
  /** Merged into the stored values; a key set to null is removed. */
  customFields?: Record<string, unknown>;
}

export interface MergeResult {
  targetCustomerId: string;
  sourceCustomerId: string;
  moved: { identities: number; conversations: number; tickets: number; feedback: number };
  mergedAt: string;
}

export interface MergeSuggestion {
  customerId: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  /** What they share: `email` (verified on both sides) and/or `phone` (normalised; WhatsApp numbers included). */
  reasons: Array<'email' | 'phone'>;
}

export interface EraseResult {
  customerId: string;
  erased: { customers: number; identities: number; conversations: number; messages: number; tickets: number; ticketEvents: number; feedback: number; aiLogs: number };
}

const ERASED = '[erased]';

/** Escapes LIKE wildcards so a search for `50%` finds "50%". */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class CustomerService {
  constructor(
    private readonly db: Db,
    /** Deletes attachment bytes no row uses any more, after an erasure committed (src/attachments). */
    private readonly files?: { purgeBlobs(keys: readonly string[]): Promise<void> },
  ) {}

  private async row(tx: Db | Tx, tenantId: string, id: string): Promise<CustomerRow> {
    if (!isUuid(id)) throw new NotFoundError('customer');
    const [c] = await tx.select().from(customers).where(and(eq(customers.tenantId, tenantId), eq(customers.id, id))).limit(1);
    if (!c) throw new NotFoundError('customer');
    return c;
  }

  /**
   * What a web chat visitor typed in the pre-chat form: their name (on the
   * customer and the channel identity, which the inbox shows) and email,
   * unverified (typed by the visitor, so it never suggests merges). Erased or
   * merged customers are left alone.
   */
  async setSelfReported(tenantId: string, customerId: string, identityId: string, p: { name?: string; email?: string }): Promise<void> {
    if (!p.name && !p.email) return;
    await this.db.transaction(async (tx) => {
      const set: Partial<typeof customers.$inferInsert> = {};
      if (p.name) set.displayName = p.name;
      if (p.email) Object.assign(set, { email: p.email, emailVerified: false });
      await tx
        .update(customers)
        .set({ ...set, updatedAt: sql`now()` })
        .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId), isNull(customers.erasedAt), isNull(customers.mergedIntoId)));
      if (p.name) await tx.update(channelIdentities).set({ displayName: p.name, updatedAt: sql`now()` }).where(and(eq(channelIdentities.id, identityId), eq(channelIdentities.customerId, customerId)));
    });
  }

  /** Active customers (not merged away, not erased), newest first. `q` searches name, email and phone (also the channel display names). */
  async list(tenantId: string, f: CustomerFilter): Promise<{ items: CustomerRow[]; total: number }> {
    const conds: SQL[] = [eq(customers.tenantId, tenantId), isNull(customers.mergedIntoId), isNull(customers.erasedAt)];
    if (f.q) {
      const p = likePattern(f.q.trim());
      const digits = phoneDigits(f.q);
      conds.push(
        or(
          sql`${customers.displayName} ilike ${p}`,
          sql`${customers.email} ilike ${p}`,
          sql`${customers.phone} ilike ${p}`,
          digits.length >= 4 ? sql`regexp_replace(coalesce(${customers.phone}, ''), '\\D', '', 'g') like ${`%${digits}%`}` : undefined,
          sql`exists (select 1 from ${channelIdentities} ci where ci.customer_id = ${customers.id} and ci.tenant_id = ${tenantId} and ci.display_name ilike ${p})`,
        )!,
      );
    }
    if (f.tag) conds.push(sql`${f.tag} = any(${customers.tags})`);
    conds.push(...customFieldConditions(customers.customFields, f.customFields));
    const where = and(...conds);
    const [items, [count]] = await Promise.all([
      this.db.select().from(customers).where(where).orderBy(desc(customers.createdAt), desc(customers.id)).limit(f.limit).offset(f.offset),
      this.db.select({ n: sql<number>`count(*)::int` }).from(customers).where(where),
    ]);
    return { items, total: count?.n ?? 0 };
  }

  /** The customer with its identities per channel, its conversations and its tickets. */
  async get(tenantId: string, id: string) {
    const customer = await this.row(this.db, tenantId, id);
    const [identities, convs, ticketRows] = await Promise.all([
      this.db.select().from(channelIdentities).where(and(eq(channelIdentities.tenantId, tenantId), eq(channelIdentities.customerId, id))).orderBy(asc(channelIdentities.createdAt)),
      this.db
        .select({ id: conversations.id, channel: conversations.channel, connectionId: conversations.connectionId, status: conversations.status, lastMessageAt: conversations.lastMessageAt, createdAt: conversations.createdAt })
        .from(conversations)
        .where(and(eq(conversations.tenantId, tenantId), eq(conversations.customerId, id)))
        .orderBy(desc(conversations.createdAt))
        .limit(200),
      this.db
        .select({ id: tickets.id, conversationId: tickets.conversationId, title: tickets.title, status: tickets.status, priority: tickets.priority, assigneeId: tickets.assigneeId, createdAt: tickets.createdAt, closedAt: tickets.closedAt })
        .from(tickets)
        .where(and(eq(tickets.tenantId, tenantId), eq(tickets.customerId, id)))
        .orderBy(desc(tickets.createdAt))
        .limit(200),
    ]);
    return { customer, identities, conversations: convs, tickets: ticketRows };
  }

  async update(tenantId: string, id: string, patch: CustomerPatch, actor: AuditActor): Promise<CustomerRow> {
    return this.db.transaction(async (tx) => {
      if (!isUuid(id)) throw new NotFoundError('customer');
      const [current] = await tx.select().from(customers).where(and(eq(customers.tenantId, tenantId), eq(customers.id, id))).for('no key update');
      if (!current) throw new NotFoundError('customer');
      if (current.erasedAt) throw new ConflictError('this customer was erased (GDPR); it cannot be edited');
      if (current.mergedIntoId) throw new ConflictError(`this customer was merged into ${current.mergedIntoId}; edit that customer`);
      const set: Partial<typeof customers.$inferInsert> = {};
      if (patch.name !== undefined) set.displayName = patch.name;
      if (patch.email !== undefined) {
        set.email = patch.email;
        // Entered by staff: trusted enough to suggest merges on it.
        set.emailVerified = patch.email !== null;
      }
      if (patch.phone !== undefined) set.phone = patch.phone;
      if (patch.language !== undefined) set.language = patch.language;
      if (patch.tags !== undefined) set.tags = [...new Set(patch.tags)];
      if (patch.customFields !== undefined) {
        // Checked against the tenant's customer field definitions (GET /api/v1/custom-fields):
        // unknown keys and wrong types are a 400 naming the field; null removes a value.
        set.customFields = await validateCustomFieldValues(tx, tenantId, 'customer', patch.customFields, current.customFields);
      }
      const changes = diffFields(
        { name: current.displayName, email: current.email, emailVerified: current.emailVerified, phone: current.phone, language: current.language, tags: current.tags, customFields: current.customFields },
        { name: set.displayName, email: set.email, emailVerified: set.emailVerified, phone: set.phone, language: set.language, tags: set.tags, customFields: set.customFields },
      );
      if (Object.keys(changes).length === 0) return current;
      const [row] = await tx.update(customers).set({ ...set, updatedAt: sql`now()` }).where(eq(customers.id, id)).returning();
      await recordAudit(tx, { tenantId, actor, action: 'customer.update', entityType: 'customer', entityId: id, changes });
      return row!;
    });
  }

  /** Moves everything of `sourceId` to `targetId` (see the file comment for the lock order). Idempotent. */
  async merge(tenantId: string, targetId: string, sourceId: string, actor: AuditActor): Promise<{ result: MergeResult; repeated: boolean }> {
    if (!isUuid(targetId)) throw new NotFoundError('customer');
    if (!isUuid(sourceId)) throw new PayloadError('sourceCustomerId: must be a UUID');
    if (targetId === sourceId) throw new PayloadError('sourceCustomerId: a customer cannot be merged into itself');
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.db.transaction((tx) => this.mergeTx(tx, tenantId, targetId, sourceId, actor));
      } catch (err) {
        const state = sqlStateOf(err);
        if (attempt < 5 && (state === '40P01' || state === '40001')) continue;
        throw err;
      }
    }
  }

  private async mergeTx(tx: Tx, tenantId: string, targetId: string, sourceId: string, actor: AuditActor): Promise<{ result: MergeResult; repeated: boolean }> {
    const locked = await tx
      .select()
      .from(customers)
      .where(and(eq(customers.tenantId, tenantId), inArray(customers.id, [targetId, sourceId])))
      .orderBy(asc(customers.id))
      .for('no key update');
    const target = locked.find((c) => c.id === targetId);
    const source = locked.find((c) => c.id === sourceId);
    if (!target) throw new NotFoundError('customer');
    if (!source) throw new NotFoundError('source customer');
    if (target.mergedIntoId) throw new ConflictError(`customer ${targetId} was itself merged into ${target.mergedIntoId}; merge into that customer`);
    if (target.erasedAt || source.erasedAt) throw new ConflictError('an erased customer cannot be merged');
    if (source.mergedIntoId && source.mergedIntoId !== targetId) throw new ConflictError(`customer ${sourceId} was already merged into ${source.mergedIntoId}`);

    // Identities first (ingest holds them FOR SHARE while it stores a message), then conversations, then tickets.
    await tx.select({ id: channelIdentities.id }).from(channelIdentities).where(and(eq(channelIdentities.tenantId, tenantId), eq(channelIdentities.customerId, sourceId))).orderBy(asc(channelIdentities.id)).for('no key update');
    const ids = await tx.update(channelIdentities).set({ customerId: targetId, updatedAt: sql`now()` }).where(and(eq(channelIdentities.tenantId, tenantId), eq(channelIdentities.customerId, sourceId))).returning({ id: channelIdentities.id });
    const convs = await tx.update(conversations).set({ customerId: targetId, updatedAt: sql`now()` }).where(and(eq(conversations.tenantId, tenantId), eq(conversations.customerId, sourceId))).returning({ id: conversations.id });
    const tks = await tx.update(tickets).set({ customerId: targetId, updatedAt: sql`now()` }).where(and(eq(tickets.tenantId, tenantId), eq(tickets.customerId, sourceId))).returning({ id: tickets.id });
    // Feedback (CSAT) belongs to a ticket and a conversation: it moved with them.
    const movedFeedback = async (): Promise<number> => {
      if (tks.length === 0 && convs.length === 0) return 0;
      const [f] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(feedback)
        .where(and(eq(feedback.tenantId, tenantId), or(tks.length ? inArray(feedback.ticketId, tks.map((t) => t.id)) : undefined, convs.length ? inArray(feedback.conversationId, convs.map((c) => c.id)) : undefined)));
      return f?.n ?? 0;
    };

    if (source.mergedIntoId === targetId) {
      // Repeated merge: whatever reached the source since (nothing, normally) was swept above; answer as the first time did.
      const [first] = await tx
        .select({ changes: auditLog.changes })
        .from(auditLog)
        .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, 'customer.merge'), eq(auditLog.entityId, targetId), sql`${auditLog.changes}->>'sourceCustomerId' = ${sourceId}`))
        .orderBy(asc(auditLog.createdAt))
        .limit(1);
      const stored = first?.changes.result as MergeResult | undefined;
      if (ids.length + convs.length + tks.length > 0) {
        await recordAudit(tx, { tenantId, actor, action: 'customer.merge', entityType: 'customer', entityId: targetId, changes: { sourceCustomerId: sourceId, sweep: { identities: ids.length, conversations: convs.length, tickets: tks.length } } });
      }
      return { result: stored ?? { targetCustomerId: targetId, sourceCustomerId: sourceId, moved: { identities: 0, conversations: 0, tickets: 0, feedback: 0 }, mergedAt: new Date().toISOString() }, repeated: true };
    }

    // The target keeps its own details; gaps are filled from the source; tags and custom fields are combined.
    const fill: Partial<typeof customers.$inferInsert> = {};
    if (!target.displayName && source.displayName) fill.displayName = source.displayName;
    if (!target.email && source.email) {
      fill.email = source.email;
      fill.emailVerified = source.emailVerified;
    }
    if (!target.phone && source.phone) fill.phone = source.phone;
    if (!target.language && source.language) fill.language = source.language;
    const tags = [...new Set([...target.tags, ...source.tags])];
    await tx
      .update(customers)
      .set({ ...fill, tags, customFields: { ...source.customFields, ...target.customFields }, metadata: { ...source.metadata, ...target.metadata }, updatedAt: sql`now()` })
      .where(eq(customers.id, targetId));
    await tx.update(customers).set({ mergedIntoId: targetId, updatedAt: sql`now()` }).where(eq(customers.id, sourceId));
    // Earlier merges into the source now point at the survivor.
    await tx.update(customers).set({ mergedIntoId: targetId }).where(and(eq(customers.tenantId, tenantId), eq(customers.mergedIntoId, sourceId)));

    const result: MergeResult = {
      targetCustomerId: targetId,
      sourceCustomerId: sourceId,
      moved: { identities: ids.length, conversations: convs.length, tickets: tks.length, feedback: await movedFeedback() },
      mergedAt: new Date().toISOString(),
    };
    await recordAudit(tx, { tenantId, actor, action: 'customer.merge', entityType: 'customer', entityId: targetId, changes: { sourceCustomerId: sourceId, result: { ...result } } });
    return { result, repeated: false };
  }

  /**
   * Customers that look like the same person: the same verified email, or the
   * same phone (the customer's phone or a WhatsApp number, compared by digits).
   * Suggestions only: nothing is ever merged without a person asking.
   */
  async mergeSuggestions(tenantId: string, id: string): Promise<MergeSuggestion[]> {
    const customer = await this.row(this.db, tenantId, id);
    const phones = new Set<string>();
    if (customer.phone) phones.add(phoneDigits(customer.phone));
    const wa = await this.db
      .select({ ext: channelIdentities.externalUserId })
      .from(channelIdentities)
      .where(and(eq(channelIdentities.tenantId, tenantId), eq(channelIdentities.customerId, id), inArray(channelIdentities.channel, ['whatsapp', 'whatsapp_web'])));
    for (const w of wa) {
      const d = phoneDigits(w.ext.split('@')[0] ?? '');
      if (d.length >= 7 && d.length <= 15) phones.add(d);
    }
    const phoneList = [...phones].filter((p) => p.length >= 7);
    const email = customer.emailVerified && customer.email ? customer.email.toLowerCase() : null;
    if (!email && phoneList.length === 0) return [];
    const phoneMatch = phoneList.length
      ? or(
          inArray(sql`regexp_replace(coalesce(${customers.phone}, ''), '\\D', '', 'g')`, phoneList),
          sql`exists (select 1 from ${channelIdentities} ci where ci.customer_id = ${customers.id} and ci.tenant_id = ${tenantId} and ci.channel in ('whatsapp', 'whatsapp_web') and regexp_replace(split_part(ci.external_user_id, '@', 1), '\\D', '', 'g') in ${phoneList})`,
        )
      : undefined;
    const emailMatch = email ? and(eq(customers.emailVerified, true), sql`lower(${customers.email}) = ${email}`) : undefined;
    const rows = await this.db
      .select({
        customerId: customers.id,
        name: customers.displayName,
        email: customers.email,
        phone: customers.phone,
        emailMatch: emailMatch ? sql<boolean>`coalesce(${emailMatch}, false)` : sql<boolean>`false`,
        phoneMatch: phoneMatch ? sql<boolean>`coalesce(${phoneMatch}, false)` : sql<boolean>`false`,
      })
      .from(customers)
      .where(and(eq(customers.tenantId, tenantId), sql`${customers.id} <> ${id}`, isNull(customers.mergedIntoId), isNull(customers.erasedAt), or(emailMatch, phoneMatch)))
      .orderBy(asc(customers.createdAt))
      .limit(50);
    return rows.map((r) => ({
      customerId: r.customerId,
      name: r.name,
      email: r.email,
      phone: r.phone,
      reasons: [...(r.emailMatch ? (['email'] as const) : []), ...(r.phoneMatch ? (['phone'] as const) : [])],
    }));
  }

  /**
   * GDPR erasure: the customer's personal data is anonymised everywhere it is
   * held (profile, channel identities and their platform ids, conversation
   * thread ids, message texts and payloads, ticket titles/descriptions/history
   * texts, CSAT comments, AI log inputs and outputs, earlier audit diffs);
   * counts, ratings, statuses and timings stay for statistics. Customers merged
   * into this one are erased with it. Open conversations are completed.
   */
  async erase(tenantId: string, id: string, actor: AuditActor): Promise<EraseResult> {
    const { result, storageKeys } = await this.eraseTx(tenantId, id, actor);
    // The customer's files: rows went with the transaction, bytes go after it committed.
    if (this.files && storageKeys.length > 0) await this.files.purgeBlobs(storageKeys);
    return result;
  }

  private async eraseTx(tenantId: string, id: string, actor: AuditActor): Promise<{ result: EraseResult; storageKeys: string[] }> {
    return this.db.transaction(async (tx) => {
      if (!isUuid(id)) throw new NotFoundError('customer');
      const [current] = await tx.select().from(customers).where(and(eq(customers.tenantId, tenantId), eq(customers.id, id))).for('no key update');
      if (!current) throw new NotFoundError('customer');
      const merged = await tx.select({ id: customers.id }).from(customers).where(and(eq(customers.tenantId, tenantId), eq(customers.mergedIntoId, id)));
      const customerIds = [id, ...merged.map((m) => m.id)];
      await tx.select({ id: channelIdentities.id }).from(channelIdentities).where(and(eq(channelIdentities.tenantId, tenantId), inArray(channelIdentities.customerId, customerIds))).orderBy(asc(channelIdentities.id)).for('no key update');

      const erasedCustomers = await tx
        .update(customers)
        .set({ displayName: null, email: null, phone: null, emailVerified: false, tags: [], customFields: {}, metadata: {}, erasedAt: sql`coalesce(${customers.erasedAt}, now())`, updatedAt: sql`now()` })
        .where(and(eq(customers.tenantId, tenantId), inArray(customers.id, customerIds)))
        .returning({ id: customers.id });
      const identities = await tx
        .update(channelIdentities)
        .set({ displayName: null, externalUserId: sql`'erased:' || ${channelIdentities.id}::text`, metadata: {}, status: 'blocked', updatedAt: sql`now()` })
        .where(and(eq(channelIdentities.tenantId, tenantId), inArray(channelIdentities.customerId, customerIds)))
        .returning({ id: channelIdentities.id });
      const convs = await tx
        .update(conversations)
        .set({
          externalThreadId: sql`'erased:' || ${conversations.id}::text`,
          metadata: {},
          status: 'COMPLETED',
          botPaused: true,
          completedAt: sql`coalesce(${conversations.completedAt}, now())`,
          awaitingCsatTicketId: null,
          awaitingCsatAgentId: null,
          awaitingCsatUntil: null,
          updatedAt: sql`now()`,
        })
        .where(and(eq(conversations.tenantId, tenantId), inArray(conversations.customerId, customerIds)))
        .returning({ id: conversations.id });
      const convIds = convs.map((c) => c.id);
      const tks = await tx
        .update(tickets)
        .set({ title: ERASED, description: ERASED, customFields: {}, escalationEvidence: {}, tags: [], updatedAt: sql`now()` })
        .where(and(eq(tickets.tenantId, tenantId), inArray(tickets.customerId, customerIds)))
        .returning({ id: tickets.id });
      const ticketIds = tks.map((t) => t.id);
      let msgCount = 0;
      let eventCount = 0;
      let feedbackCount = 0;
      let aiCount = 0;
      const storageKeys = await deleteConversationAttachments(tx, tenantId, convIds);
      if (convIds.length > 0) {
        // Pending outbound messages are not sent any more: their text is gone.
        const msgCountRows = await tx
          .update(messages)
          .set({
            text: ERASED,
            payload: {},
            deliveryError: null,
            deliveryStatus: sql`case when ${messages.deliveryStatus} = 'pending' then 'failed'::delivery_status else ${messages.deliveryStatus} end`,
            processingStatus: sql`case when ${messages.processingStatus} = 'pending' then 'skipped'::processing_status else ${messages.processingStatus} end`,
          })
          .where(and(eq(messages.tenantId, tenantId), inArray(messages.conversationId, convIds)))
          .returning({ id: messages.id });
        msgCount = msgCountRows.length;
        const fb = await tx.update(feedback).set({ comment: null }).where(and(eq(feedback.tenantId, tenantId), inArray(feedback.conversationId, convIds))).returning({ id: feedback.id });
        feedbackCount = fb.length;
        const logs = await tx
          .update(aiProcessingLogs)
          .set({ input: {}, output: { erased: true } })
          .where(
            and(
              eq(aiProcessingLogs.tenantId, tenantId),
              or(
                inArray(aiProcessingLogs.conversationId, convIds),
                inArray(aiProcessingLogs.entityId, [...convIds, ...ticketIds]),
                // Message-level logs by subquery: a long history must not become thousands of parameters.
                sql`${aiProcessingLogs.entityId} in (select m.id from ${messages} m where m.tenant_id = ${tenantId} and m.conversation_id in ${convIds})`,
              ),
            ),
          )
          .returning({ id: aiProcessingLogs.id });
        aiCount = logs.length;
      }
      if (ticketIds.length > 0) {
        const ev = await tx
          .update(ticketEvents)
          .set({ content: sql`case when ${ticketEvents.content} is null then null else ${ERASED} end`, oldValue: sql`case when ${ticketEvents.type} like 'field-%' then null else ${ticketEvents.oldValue} end`, newValue: sql`case when ${ticketEvents.type} like 'field-%' then null else ${ticketEvents.newValue} end` })
          .where(and(eq(ticketEvents.tenantId, tenantId), inArray(ticketEvents.ticketId, ticketIds)))
          .returning({ id: ticketEvents.id });
        eventCount = ev.length;
      }
      // Earlier audit diffs of these customers held their details.
      await tx
        .update(auditLog)
        .set({ changes: sql`jsonb_build_object('erased', true, 'fields', coalesce((select jsonb_agg(k) from jsonb_object_keys(${auditLog.changes}) k), '[]'::jsonb))` })
        .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.entityType, 'customer'), inArray(auditLog.entityId, customerIds), sql`${auditLog.action} <> 'customer.merge'`));
      const result: EraseResult = {
        customerId: id,
        erased: { customers: erasedCustomers.length, identities: identities.length, conversations: convIds.length, messages: msgCount, tickets: ticketIds.length, ticketEvents: eventCount, feedback: feedbackCount, aiLogs: aiCount },
      };
      await recordAudit(tx, { tenantId, actor, action: 'customer.erase', entityType: 'customer', entityId: id, changes: { ...result.erased, mergedCustomers: merged.map((m) => m.id) } });
      return { result, storageKeys };
    });
  }
}
