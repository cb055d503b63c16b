/** The API's JSON for tickets, their history and live inbox events. */
import type { InboxEvent } from '../../tickets/inbox-events.js';
import type { TicketActivity, TicketEventRow, TicketRow } from '../../tickets/ticket.queries.js';

export function ticketView(t: TicketRow, now = new Date()) {
  // A paused clock (pending: waiting on the customer) does not breach; resolved and closed tickets are done.
  const running = t.status !== 'closed' && t.status !== 'resolved' && !t.slaPausedAt;
  const firstResponseBreached = running && !t.firstResponseAt && t.firstResponseDueAt !== null && t.firstResponseDueAt < now;
  const resolutionBreached = running && t.resolutionDueAt !== null && t.resolutionDueAt < now;
  return {
    id: t.id,
    conversationId: t.conversationId,
    customerId: t.customerId,
    title: t.title,
    description: t.description,
    status: t.status,
    priority: t.priority,
    categoryId: t.categoryId,
    tags: t.tags,
    customFields: t.customFields,
    sourceChannel: t.sourceChannel,
    source: t.source,
    assigneeId: t.assigneeId,
    teamId: t.teamId,
    assignees: t.assigneeId ? [t.assigneeId] : [],
    escalationRuleId: t.escalationRuleId,
    escalationEvidence: t.escalationEvidence,
    overLimit: t.overLimit,
    firstResponseDueAt: t.firstResponseDueAt?.toISOString() ?? null,
    resolutionDueAt: t.resolutionDueAt?.toISOString() ?? null,
    firstResponseAt: t.firstResponseAt?.toISOString() ?? null,
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    closedAt: t.closedAt?.toISOString() ?? null,
    lastActivityAt: t.lastActivityAt.toISOString(),
    createdAt: t.createdAt.toISOString(),
    slaBreached: firstResponseBreached || resolutionBreached,
    sla: {
      firstResponseBreached,
      resolutionBreached,
      paused: t.slaPausedAt !== null,
      pausedSince: t.slaPausedAt?.toISOString() ?? null,
      pausedSeconds: t.slaPausedSeconds,
      firstResponseWarnedAt: t.firstResponseWarnedAt?.toISOString() ?? null,
      resolutionWarnedAt: t.resolutionWarnedAt?.toISOString() ?? null,
    },
  };
}

/** The inbox list's extra fields of a ticket (absent activity: nothing said yet). */
export function activityView(a: TicketActivity | undefined) {
  return {
    customerName: a?.customerName ?? null,
    lastMessageAt: a?.lastMessageAt?.toISOString() ?? null,
    unread: a?.unread ?? 0,
    waitingSince: a?.waitingSince?.toISOString() ?? null,
  };
}

export function eventView(e: TicketEventRow) {
  return {
    id: e.id,
    type: e.type,
    content: e.content,
    fieldName: e.fieldName,
    oldValue: e.oldValue,
    newValue: e.newValue,
    agentId: e.agentId,
    createdBy: e.authorId,
    role: e.role,
    visibility: e.visibility,
    messageId: e.messageId,
    createdAt: e.createdAt.toISOString(),
  };
}

const TICKET_DATES = [
  'firstResponseDueAt',
  'resolutionDueAt',
  'firstResponseAt',
  'slaPausedAt',
  'firstResponseWarnedAt',
  'firstResponseBreachedAt',
  'resolutionWarnedAt',
  'resolutionBreachedAt',
  'resolvedAt',
  'closedAt',
  'lastActivityAt',
  'createdAt',
  'updatedAt',
] as const;

/** A ticket row that went through JSON (Redis pub/sub): its timestamps are Dates again. */
function reviveTicket(data: Record<string, unknown>): TicketRow {
  const row: Record<string, unknown> = { ...data };
  for (const k of TICKET_DATES) row[k] = typeof row[k] === 'string' ? new Date(row[k]) : null;
  return row as unknown as TicketRow;
}

/** One inbox pub/sub message → the SSE event name and its JSON (tickets shaped as in the REST API). */
export function inboxEventView(raw: string): { event: string; data: unknown } {
  const e = JSON.parse(raw) as InboxEvent;
  if (e.event === 'ticket.created' || e.event === 'ticket.updated') return { event: e.event, data: ticketView(reviveTicket(e.data as unknown as Record<string, unknown>)) };
  return { event: e.event, data: e.data };
}
