/**
 * SLA clock of a ticket (seed 004 categories with response/resolution minutes).
 * Due times are creation + the category's minutes × the priority's factor +
 * the time the ticket spent `pending` (waiting on the customer: the clock stands
 * still). A category or priority change re-times them; the scan (a BullMQ
 * repeatable job, src/queue/queues.ts) announces a breach **warning**
 * SLA_WARNING_MINUTES before a due time and the breach at it, once each, on the
 * inbox stream, in the ticket's history and by e-mail (the assignee; breaches
 * also the team's supervisors), recorded in the claim's transaction.
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import type { EmailNotifier } from '../notifications/email-notifications.js';
import type { TicketPriority } from '../domain/model.js';
import type { InboxPublisher } from './inbox-events.js';
import { addTicketEventTx, type TicketRow } from './ticket.queries.js';

/** Share of the category's minutes a priority gets (Zendesk-style SLA targets per priority). */
export const PRIORITY_SLA_FACTOR: Record<TicketPriority, number> = { urgent: 0.5, high: 0.75, medium: 1, low: 1.5 };

const MINUTE = 60_000;

export interface SlaCategory {
  responseSlaMinutes: number;
  resolutionSlaMinutes: number;
}

export interface SlaTimes {
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
}

/** Due times of a ticket created at `createdAt`, paused for `pausedSeconds` so far. */
export function slaDueTimes(createdAt: Date, priority: TicketPriority, category: SlaCategory | null | undefined, pausedSeconds = 0): SlaTimes {
  if (!category) return { firstResponseDueAt: null, resolutionDueAt: null };
  const f = PRIORITY_SLA_FACTOR[priority];
  const base = createdAt.getTime() + pausedSeconds * 1000;
  return {
    firstResponseDueAt: new Date(base + Math.round(category.responseSlaMinutes * f * MINUTE)),
    resolutionDueAt: new Date(base + Math.round(category.resolutionSlaMinutes * f * MINUTE)),
  };
}

/** New due times reset the warnings and breaches that no longer hold. */
export function alertResets(times: SlaTimes, warningMinutes: number, now = new Date()) {
  const warnFrom = (d: Date | null) => (d ? d.getTime() - warningMinutes * MINUTE : Number.POSITIVE_INFINITY);
  const fr = times.firstResponseDueAt;
  const rs = times.resolutionDueAt;
  return {
    ...(warnFrom(fr) > now.getTime() ? { firstResponseWarnedAt: null } : {}),
    ...(!fr || fr > now ? { firstResponseBreachedAt: null } : {}),
    ...(warnFrom(rs) > now.getTime() ? { resolutionWarnedAt: null } : {}),
    ...(!rs || rs > now ? { resolutionBreachedAt: null } : {}),
  };
}

/** The clock starts again: the paused time moves both due times. Returns the columns to set. */
export function resumeSla(t: Pick<TicketRow, 'slaPausedAt' | 'slaPausedSeconds' | 'firstResponseDueAt' | 'resolutionDueAt'>, warningMinutes: number, now = new Date()) {
  if (!t.slaPausedAt) return {};
  const paused = Math.max(0, Math.round((now.getTime() - t.slaPausedAt.getTime()) / 1000));
  const shift = (d: Date | null) => (d ? new Date(d.getTime() + paused * 1000) : null);
  const times = { firstResponseDueAt: shift(t.firstResponseDueAt), resolutionDueAt: shift(t.resolutionDueAt) };
  return { slaPausedAt: null, slaPausedSeconds: t.slaPausedSeconds + paused, ...times, ...alertResets(times, warningMinutes, now) };
}

export type SlaAlertKind = 'warning' | 'breach';
export type SlaTarget = 'firstResponse' | 'resolution';

export interface SlaAlert {
  ticketId: string;
  tenantId: string;
  /** Who the ticket is with (null: the queue): the inbox stream shows an agent only its own. */
  assigneeId: string | null;
  kind: SlaAlertKind;
  target: SlaTarget;
  dueAt: string;
}

const ALERTS: Array<{ kind: SlaAlertKind; target: SlaTarget; mark: string; due: string; open: string; lead: boolean }> = [
  { kind: 'warning', target: 'firstResponse', mark: 'first_response_warned_at', due: 'first_response_due_at', open: 'first_response_at is null', lead: true },
  { kind: 'breach', target: 'firstResponse', mark: 'first_response_breached_at', due: 'first_response_due_at', open: 'first_response_at is null', lead: false },
  { kind: 'warning', target: 'resolution', mark: 'resolution_warned_at', due: 'resolution_due_at', open: 'true', lead: true },
  { kind: 'breach', target: 'resolution', mark: 'resolution_breached_at', due: 'resolution_due_at', open: 'true', lead: false },
];

/**
 * Marks and announces every warning and breach that is due now (all tenants).
 * Each UPDATE … RETURNING claims its rows, so concurrent scans by several
 * workers announce each alert once.
 */
export async function scanSla(db: Db, inbox: InboxPublisher, warningMinutes: number, notifier?: EmailNotifier | null): Promise<SlaAlert[]> {
  const alerts: SlaAlert[] = [];
  for (const a of ALERTS) {
    const lead = a.lead ? warningMinutes : 0;
    const claimed = await db.transaction(async (tx: Tx) => {
      const rows = await tx.execute<{ id: string; tenant_id: string; assignee_id: string | null; team_id: string | null; due: Date | string }>(sql`
        update tickets set ${sql.raw(a.mark)} = now()
        where ${sql.raw(a.mark)} is null
          and status::text not in ('resolved', 'closed')
          and sla_paused_at is null
          and ${sql.raw(a.open)}
          and ${sql.raw(a.due)} is not null
          and ${sql.raw(a.due)} - make_interval(mins => ${lead}) <= now()
        returning id, tenant_id, assignee_id, team_id, ${sql.raw(a.due)} as due`);
      for (const r of rows) {
        const dueAt = new Date(r.due).toISOString();
        await addTicketEventTx(tx, { tenantId: r.tenant_id, ticketId: r.id }, {
          type: a.kind === 'warning' ? 'sla-warning' : 'sla-breach',
          role: 'system',
          visibility: 'private',
          fieldName: a.target,
          newValue: dueAt,
        });
        await notifier?.notifyTx(tx, { kind: 'sla', tenantId: r.tenant_id, ticketId: r.id, alert: a.kind, target: a.target, dueAt, assigneeId: r.assignee_id, teamId: r.team_id });
      }
      return rows.map((r) => ({ ticketId: r.id, tenantId: r.tenant_id, assigneeId: r.assignee_id, kind: a.kind, target: a.target, dueAt: new Date(r.due).toISOString() }));
    });
    alerts.push(...claimed);
  }
  for (const al of alerts) {
    await inbox.publish(al.tenantId, { event: al.kind === 'warning' ? 'ticket.sla_warning' : 'ticket.sla_breached', data: { ticketId: al.ticketId, assigneeId: al.assigneeId, target: al.target, dueAt: al.dueAt } });
  }
  return alerts;
}

/** The scan bound to the container's database, inbox, e-mail notifier and SLA_WARNING_MINUTES. */
export class SlaMonitor {
  constructor(
    private readonly db: Db,
    private readonly inbox: InboxPublisher,
    readonly warningMinutes: number,
    private readonly opts: { notifier?: EmailNotifier | null; onWorkRecorded?: () => void } = {},
  ) {}

  async scan(): Promise<SlaAlert[]> {
    const alerts = await scanSla(this.db, this.inbox, this.warningMinutes, this.opts.notifier);
    // E-mails were recorded in the outbox: relay them now rather than at the next poll.
    if (alerts.length > 0) this.opts.onWorkRecorded?.();
    return alerts;
  }
}
