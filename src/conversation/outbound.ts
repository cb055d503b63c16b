/**
 * The one way to record a message to the customer (bot reply, agent reply,
 * acknowledgement, CSAT question): a pending outbound row with a deterministic
 * idempotency key, inside the caller's transaction. Delivery is always the
 * processor's ordered flush (`ConversationProcessor.flushOutbound`), so every
 * sender gets the same order, retry and "record before send" guarantees.
 */
import type { OutboundDraft } from '../../channels/degrade.js';
import { messages } from '../../drizzle/schema.js';
import type { Tx } from '../db/client.js';
import { recordOutbox } from '../queue/outbox.js';
import { CONVERSATION_QUEUE, jobIds } from '../queue/queues.js';

/** The conversation a message goes to: enough to address it and scope it to its tenant. */
export interface OutboundConversation {
  id: string;
  tenantId: string;
  connectionId: string;
}

export interface OutboundRecord {
  draft: OutboundDraft;
  /** Unique per connection: recording the same key twice records one message. */
  idempotencyKey: string;
  /** The agent who wrote it. */
  senderUserId?: string | null;
  /** The inbound message this answers. */
  inReplyTo?: string | null;
}

/**
 * Records the messages as pending outbound. With `enqueue`, also records an
 * outbox job per message so a worker delivers it (messages recorded outside the
 * processor: agents, tickets); the processor leaves it off because it flushes
 * right after. Returns the ids of the rows recorded now (a key seen before
 * records nothing). Call `relay.kick()` after the commit when enqueueing.
 */
/** The stored form of a draft: sender, kind, text and the payload (buttons, file, numbered options). */
export function outboundRow(draft: OutboundDraft): { senderType: OutboundDraft['senderType']; kind: OutboundDraft['kind']; text: string; payload: Record<string, unknown> } {
  return {
    senderType: draft.senderType,
    kind: draft.kind,
    text: draft.text,
    payload: {
      ...(draft.buttons ? { buttons: draft.buttons } : {}),
      ...(draft.attachment ? { attachments: [draft.attachment] } : {}),
      ...(draft.numberedOptions ? { numberedOptions: draft.numberedOptions } : {}),
    },
  };
}

export async function recordOutboundTx(tx: Tx, conv: OutboundConversation, records: OutboundRecord[], opts: { enqueue: boolean }): Promise<string[]> {
  if (records.length === 0) return [];
  const rows = await tx
    .insert(messages)
    .values(
      records.map(({ draft, idempotencyKey, senderUserId, inReplyTo }) => ({
        tenantId: conv.tenantId,
        conversationId: conv.id,
        connectionId: conv.connectionId,
        direction: 'out' as const,
        ...outboundRow(draft),
        senderUserId: senderUserId ?? null,
        idempotencyKey,
        inReplyTo: inReplyTo ?? null,
        deliveryStatus: 'pending' as const,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: messages.id });
  const ids = rows.map((r) => r.id);
  if (opts.enqueue && ids.length > 0) {
    await recordOutbox(
      tx,
      ids.map((id) => ({ tenantId: conv.tenantId, queue: CONVERSATION_QUEUE, jobName: 'outbound', jobId: jobIds.outbound(id), data: { tenantId: conv.tenantId, conversationId: conv.id, messageId: id } })),
    );
  }
  return ids;
}
