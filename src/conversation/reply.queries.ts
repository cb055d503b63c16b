/**
 * The worker's writes of one answer, each in a single statement (data-modifying
 * CTEs), so an answer costs a few round trips whatever the number of reply
 * parts and AI-log rows. Each runs as its own transaction under row-level
 * security in a tenant context, in one round trip (`tenantStatement`, src/db/client.ts).
 */
import { sql } from 'drizzle-orm';
import { tenantStatement, type Db } from '../db/client.js';

/** A reply part as stored: a pending outbound message. */
export interface ReplyPart {
  senderType: string;
  kind: string;
  text: string;
  payload: Record<string, unknown>;
  /** Deterministic (`reply-<inbound id>-<n>`): a second attempt records nothing. */
  idempotencyKey: string;
}

/** One row of `ai_processing_logs` about the inbound message. */
export interface AiLogRow {
  processingType: string;
  input: Record<string, unknown>;
  retrieved: Array<{ chunkId: string; score: number }>;
  output: Record<string, unknown>;
  model: string;
  modelVersion?: string | null;
  confidence?: string | null;
  latencyMs: number;
}

/**
 * Records the bot's reply to `inboundId` in one statement: locks the inbound
 * message and does the rest only while it is still pending (a redelivered job
 * racing with us records no second reply) — the reply parts as pending outbound
 * messages (in order), the AI-log rows, the message marked replied, and the
 * conversation made ACTIVE (if NEW) with its count of consecutive unsure answers.
 * Returns false when the message was no longer pending.
 */
export async function recordReply(
  db: Db,
  input: { tenantId: string; conversationId: string; connectionId: string; inboundId: string; parts: ReplyPart[]; logs: AiLogRow[]; unsure: boolean },
): Promise<boolean> {
  const parts = JSON.stringify(input.parts.map((p, ord) => ({ ord, sender_type: p.senderType, kind: p.kind, text: p.text, payload: p.payload, idempotency_key: p.idempotencyKey })));
  const logs = JSON.stringify(
    input.logs.map((l, ord) => ({
      ord,
      processing_type: l.processingType,
      input: l.input,
      retrieved: l.retrieved,
      output: l.output,
      model: l.model,
      model_version: l.modelVersion ?? null,
      confidence: l.confidence ?? null,
      latency_ms: Math.round(l.latencyMs),
    })),
  );
  const rows = await tenantStatement<{ recorded: number }>(db, sql`
    with inbound as (
      select id from messages where id = ${input.inboundId} and processing_status = 'pending' for update
    ), replies as (
      insert into messages (tenant_id, conversation_id, connection_id, direction, sender_type, kind, text, payload, idempotency_key, in_reply_to, delivery_status)
      select ${input.tenantId}, ${input.conversationId}, ${input.connectionId}, 'out', p.sender_type::sender_type, p.kind::message_kind, p.text, p.payload,
             p.idempotency_key, inbound.id, 'pending'
      from inbound, jsonb_to_recordset(${parts}::jsonb) as p(ord int, sender_type text, kind text, text text, payload jsonb, idempotency_key text)
      order by p.ord
      on conflict do nothing
      returning id
    ), logs as (
      insert into ai_processing_logs (tenant_id, entity_type, entity_id, conversation_id, processing_type, input, retrieved, output, model, model_version, confidence, latency_ms)
      select ${input.tenantId}, 'message', inbound.id, ${input.conversationId}, l.processing_type, l.input, l.retrieved, l.output, l.model, l.model_version, l.confidence, l.latency_ms
      from inbound, jsonb_to_recordset(${logs}::jsonb) as l(ord int, processing_type text, input jsonb, retrieved jsonb, output jsonb, model text, model_version text, confidence text, latency_ms int)
      order by l.ord
      returning id
    ), answered as (
      update messages set processing_status = 'replied' where id in (select id from inbound) returning id
    ), conversation as (
      update conversations
      set status = case when status = 'NEW' then 'ACTIVE'::conversation_status else status end,
          consecutive_unsure = ${input.unsure ? sql`consecutive_unsure + 1` : sql`0`},
          updated_at = now()
      where id = ${input.conversationId} and exists (select 1 from inbound)
      returning id
    )
    select count(*)::int as recorded from answered`);
  return (rows[0]?.recorded ?? 0) > 0;
}

/**
 * Marks an outbound message sent and touches its conversation (merging the
 * adapter's metadata patch), in one statement. (The early receipts of the
 * message are not taken here: `early_receipts` has no tenant and is not granted
 * to the row-level-security role, see migration `row_level_security`.)
 */
export async function markSent(
  db: Db,
  input: { messageId: string; conversationId: string; platformMessageId: string | null; metadataPatch?: Record<string, unknown> },
): Promise<void> {
  const patch = input.metadataPatch ? sql`, metadata = metadata || ${JSON.stringify(input.metadataPatch)}::jsonb` : sql``;
  await tenantStatement(db, sql`
    with sent as (
      update messages set delivery_status = 'sent', sent_at = now(), platform_message_id = ${input.platformMessageId}, delivery_error = null
      where id = ${input.messageId}
      returning id
    )
    update conversations set last_message_at = now(), updated_at = now()${patch}
    where id = ${input.conversationId}`);
}
