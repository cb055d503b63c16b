/**
 * Domain events for tenants' own systems (outgoing webhooks). Every event is
 * published from ONE place: `publishEventTx`, called inside the transaction
 * that made the change. It looks up the tenant's subscriptions to the event
 * and records, for each, a `communication_log` row (queued) and an outbox
 * entry; the outbox relay hands the delivery job to BullMQ after the commit
 * (src/queue/outbox.ts). So an event is delivered if and only if its change
 * committed, even when Redis is down or the process dies right after commit.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { communicationLog, webhookSubscriptions } from '../../drizzle/schema.js';
import type { DbOrTx } from '../db/client.js';
import { recordOutbox } from '../queue/outbox.js';
import { WEBHOOK_QUEUE, jobIds } from '../queue/queues.js';

export const DOMAIN_EVENTS = ['conversation.created', 'message.created', 'conversation.escalated', 'ticket.updated', 'ticket.closed', 'feedback.created'] as const;
export type DomainEventType = (typeof DOMAIN_EVENTS)[number];

/** The JSON body every receiver gets (and whose raw bytes are signed). */
export interface DomainEventBody {
  id: string;
  type: DomainEventType;
  tenantId: string;
  createdAt: string;
  data: Record<string, unknown>;
}

/** Records one delivery per subscription of `tenantId` to `type`, in the caller's transaction. Returns how many. */
export async function publishEventTx(tx: DbOrTx, tenantId: string, type: DomainEventType, data: Record<string, unknown>): Promise<number> {
  const subs = await tx
    .select({ id: webhookSubscriptions.id, url: webhookSubscriptions.url })
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.tenantId, tenantId), sql`${type} = any(${webhookSubscriptions.events})`));
  if (subs.length === 0) return 0;
  const body: DomainEventBody = { id: randomUUID(), type, tenantId, createdAt: new Date().toISOString(), data };
  const rows = await tx
    .insert(communicationLog)
    .values(
      subs.map((s) => ({
        tenantId,
        channel: 'webhook',
        recipient: s.url,
        template: type,
        status: 'queued',
        subscriptionId: s.id,
        eventId: body.id,
        payload: body as unknown as Record<string, unknown>,
      })),
    )
    .returning({ id: communicationLog.id });
  await recordOutbox(
    tx,
    rows.map((r) => ({ tenantId, queue: WEBHOOK_QUEUE, jobName: 'deliver', jobId: jobIds.webhook(r.id), data: { tenantId, logId: r.id } })),
  );
  return rows.length;
}
