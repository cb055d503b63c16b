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
import type postgres from 'postgres';
import { communicationLog, webhookSubscriptions } from '../../drizzle/schema.js';
import type { DbOrTx } from '../db/client.js';
import { recordOutbox, recordOutboxSql } from '../queue/outbox.js';
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

function eventBody(tenantId: string, type: DomainEventType, data: Record<string, unknown>): DomainEventBody {
  return { id: randomUUID(), type, tenantId, createdAt: new Date().toISOString(), data };
}

/** Records one delivery per subscription of `tenantId` to `type`, in the caller's transaction. Returns how many. */
export async function publishEventTx(tx: DbOrTx, tenantId: string, type: DomainEventType, data: Record<string, unknown>): Promise<number> {
  const subs = await tx
    .select({ id: webhookSubscriptions.id, url: webhookSubscriptions.url })
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.tenantId, tenantId), sql`${type} = any(${webhookSubscriptions.events})`));
  if (subs.length === 0) return 0;
  const body = eventBody(tenantId, type, data);
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

export interface PendingDomainEvent {
  tenantId: string;
  type: DomainEventType;
  data: Record<string, unknown>;
}

/**
 * `publishEventTx` for many events at once, on a raw postgres.js transaction
 * (the ingest group commit): the same rows (one `communication_log` row and one
 * outbox entry per subscription of each event), in three statements whatever
 * the number of events. Events are recorded in the order given.
 */
export async function publishEventsSql(tx: postgres.ISql, events: PendingDomainEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  const tenants = [...new Set(events.map((e) => e.tenantId))];
  const subs = await tx<{ id: string; tenant_id: string; url: string; events: string[] }[]>`
    select s.id, s.tenant_id, s.url, s.events from webhook_subscriptions s
     where s.tenant_id in (select (jsonb_array_elements_text(${JSON.stringify(tenants)}::jsonb))::uuid)
     order by s.created_at, s.id`;
  const logs: Array<{ id: string; tenant_id: string; recipient: string; template: string; subscription_id: string; event_id: string; payload: DomainEventBody }> = [];
  for (const e of events) {
    const matching = subs.filter((s) => s.tenant_id === e.tenantId && s.events.includes(e.type));
    if (matching.length === 0) continue;
    const body = eventBody(e.tenantId, e.type, e.data);
    for (const s of matching) logs.push({ id: randomUUID(), tenant_id: e.tenantId, recipient: s.url, template: e.type, subscription_id: s.id, event_id: body.id, payload: body });
  }
  if (logs.length === 0) return 0;
  await tx`
    insert into communication_log (id, tenant_id, channel, recipient, template, status, subscription_id, event_id, payload)
    select r.id, r.tenant_id, 'webhook', r.recipient, r.template, 'queued', r.subscription_id, r.event_id, r.payload
      from jsonb_to_recordset(${JSON.stringify(logs)}::jsonb)
        as r(id uuid, tenant_id uuid, recipient text, template text, subscription_id uuid, event_id uuid, payload jsonb)`;
  await recordOutboxSql(
    tx,
    logs.map((l) => ({ tenantId: l.tenant_id, queue: WEBHOOK_QUEUE, jobName: 'deliver', jobId: jobIds.webhook(l.id), data: { tenantId: l.tenant_id, logId: l.id } })),
  );
  return logs.length;
}
