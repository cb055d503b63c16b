/**
 * Which staff member gets which e-mail, decided inside the transaction of the
 * change (like domain events, src/notifications/domain-events.ts): one
 * `communication_log` row per event × recipient (channel `email`, status
 * `queued`) and an outbox entry whose job id is the row's, so an e-mail goes
 * out if and only if its change committed, once. Without SMTP_URL the rows are
 * written `skipped` and nothing is queued: the log shows what would have gone out.
 *
 * Who: the assignee (assignment, SLA warning and breach, customer reply on a
 * `pending` ticket), mentioned users (`@local-part` of their e-mail address or
 * `@"Full Name"` in a note), and supervisors of the ticket's team (an
 * unassigned ticket in the team's queue, SLA breaches; a ticket without team,
 * or a team without a supervisor among its members: every supervisor of the
 * tenant). Never the person who made the change, never a deactivated user,
 * never analysts, and only what the user's preferences allow.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { communicationLog, teamMembers, users } from '../../drizzle/schema.js';
import type { DbOrTx } from '../db/client.js';
import { recordOutbox } from '../queue/outbox.js';
import { NOTIFICATION_QUEUE, jobIds } from '../queue/queues.js';
import type { EmailTemplate } from './email-templates.js';
import { effectivePreferences, type EmailPreferenceKey } from './preferences.js';

export type SlaTargetName = 'firstResponse' | 'resolution';

/** Something that happened to a ticket that staff may want an e-mail about. */
export type NotificationEvent =
  | { kind: 'assignment'; tenantId: string; ticketId: string; assigneeId: string; actorId: string | null }
  | { kind: 'team-queue'; tenantId: string; ticketId: string; teamId: string; actorId: string | null }
  | { kind: 'sla'; tenantId: string; ticketId: string; alert: 'warning' | 'breach'; target: SlaTargetName; dueAt: string; assigneeId: string | null; teamId: string | null }
  | { kind: 'customer-reply'; tenantId: string; ticketId: string; assigneeId: string; messageId: string }
  /** `text` is read for mentions only; the e-mail quotes the note by its history row (`noteId`). */
  | { kind: 'mention'; tenantId: string; ticketId: string; actorId: string | null; text: string; noteId: string };

/** What the sender needs to render one e-mail (stored as the log row's payload). */
export interface EmailPayload {
  ticketId: string;
  /** The preference that allowed it: checked again at send time. */
  pref: EmailPreferenceKey;
  actorId?: string | null;
  teamId?: string | null;
  target?: SlaTargetName;
  dueAt?: string;
  /**
   * What the e-mail quotes, by reference: the customer's message or the note
   * (ticket history row). The text itself is read at send time, so the log
   * keeps no copy of it past retention or a GDPR erasure.
   */
  messageId?: string;
  noteId?: string;
  [key: string]: unknown;
}

interface Candidate {
  userId: string;
  template: EmailTemplate;
  pref: EmailPreferenceKey;
  /** Only users of this role (team-wide e-mails: supervisors). */
  role?: 'supervisor';
  extra?: Partial<EmailPayload>;
}

/**
 * Mentions in a note: `@` + the local part of a user's e-mail address
 * (`@ana.lopez` for ana.lopez@acme.com), or `@"Full Name"` (quotes required,
 * the name as in the user's profile). Case-insensitive. An `@` inside a word
 * (an e-mail address written in the note) is not a mention.
 */
export function parseMentions(text: string): { localParts: string[]; names: string[] } {
  const localParts = new Set<string>();
  const names = new Set<string>();
  const re = /(?<![\w.+\-@])@(?:"([^"\n\r]{1,200})"|([A-Za-z0-9][A-Za-z0-9._+\-]{0,63}))/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) {
      const name = m[1].trim().toLowerCase();
      if (name) names.add(name);
    } else if (m[2] !== undefined) {
      // "@ana." at the end of a sentence mentions ana.
      localParts.add(m[2].replace(/[._+\-]+$/, '').toLowerCase());
    }
  }
  return { localParts: [...localParts].filter(Boolean), names: [...names] };
}

async function supervisorsOf(tx: DbOrTx, tenantId: string, teamId: string | null): Promise<string[]> {
  if (teamId) {
    const members = await tx
      .select({ id: users.id })
      .from(teamMembers)
      .innerJoin(users, and(eq(users.id, teamMembers.userId), eq(users.tenantId, teamMembers.tenantId)))
      .where(and(eq(teamMembers.tenantId, tenantId), eq(teamMembers.teamId, teamId), eq(users.role, 'supervisor'), ne(users.status, 'deactivated')));
    if (members.length > 0) return members.map((m) => m.id);
  }
  const all = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.role, 'supervisor'), ne(users.status, 'deactivated')));
  return all.map((u) => u.id);
}

async function candidatesFor(tx: DbOrTx, e: NotificationEvent): Promise<Candidate[]> {
  switch (e.kind) {
    case 'assignment':
      return [{ userId: e.assigneeId, template: 'ticket-assigned', pref: 'assignment', extra: { actorId: e.actorId } }];
    case 'team-queue':
      return (await supervisorsOf(tx, e.tenantId, e.teamId)).map((id) => ({ userId: id, template: 'team-queue', pref: 'teamQueue', role: 'supervisor', extra: { teamId: e.teamId } }));
    case 'customer-reply':
      return [{ userId: e.assigneeId, template: 'customer-replied', pref: 'customerReply', extra: { messageId: e.messageId } }];
    case 'sla': {
      const extra = { target: e.target, dueAt: e.dueAt, teamId: e.teamId };
      const out: Candidate[] = [];
      if (e.assigneeId) {
        out.push(
          e.alert === 'warning'
            ? { userId: e.assigneeId, template: 'sla-warning', pref: 'slaWarning', extra }
            : { userId: e.assigneeId, template: 'sla-breach', pref: 'slaBreach', extra },
        );
      }
      if (e.alert === 'breach') {
        for (const id of await supervisorsOf(tx, e.tenantId, e.teamId)) out.push({ userId: id, template: 'team-sla-breach', pref: 'teamSlaBreach', role: 'supervisor', extra });
      }
      return out;
    }
    case 'mention': {
      const { localParts, names } = parseMentions(e.text);
      if (localParts.length === 0 && names.length === 0) return [];
      const textArray = (xs: string[]) => (xs.length ? sql`array[${sql.join(xs.map((x) => sql`${x}`), sql`, `)}]::text[]` : sql`'{}'::text[]`);
      const rows = await tx
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.tenantId, e.tenantId),
            sql`(lower(split_part(${users.email}, '@', 1)) = any(${textArray(localParts)}) or lower(${users.name}) = any(${textArray(names)}))`,
          ),
        );
      return rows.map((r) => ({ userId: r.id, template: 'mention', pref: 'mention', extra: { actorId: e.actorId, noteId: e.noteId } }));
    }
  }
}

export interface EmailNotifierOptions {
  /** SMTP_URL is set: rows are queued and sent; otherwise they are logged `skipped`. */
  enabled: boolean;
}

export class EmailNotifier {
  constructor(private readonly opts: EmailNotifierOptions) {}

  get enabled(): boolean {
    return this.opts.enabled;
  }

  /**
   * Records the e-mails `e` calls for in the caller's transaction (log rows +
   * outbox entries). Returns how many rows were written (queued or skipped).
   */
  async notifyTx(tx: DbOrTx, e: NotificationEvent): Promise<number> {
    const actorId = 'actorId' in e ? e.actorId : null;
    const candidates = (await candidatesFor(tx, e)).filter((c) => c.userId !== actorId);
    if (candidates.length === 0) return 0;
    const ids = [...new Set(candidates.map((c) => c.userId))];
    const people = await tx
      .select({ id: users.id, email: users.email, role: users.role, prefs: users.notificationPreferences })
      .from(users)
      .where(and(eq(users.tenantId, e.tenantId), inArray(users.id, ids), ne(users.status, 'deactivated'), ne(users.role, 'analyst')));
    const byId = new Map(people.map((p) => [p.id, p]));
    const seen = new Set<string>();
    const chosen: Array<{ c: Candidate; email: string }> = [];
    // One e-mail per person and event: the first (personal) reason wins over a team-wide one.
    for (const c of candidates) {
      const p = byId.get(c.userId);
      if (!p || seen.has(p.id)) continue;
      if (c.role && p.role !== c.role) continue;
      if (!effectivePreferences(p.prefs)[c.pref]) continue;
      seen.add(p.id);
      chosen.push({ c, email: p.email });
    }
    if (chosen.length === 0) return 0;
    const eventId = randomUUID();
    const rows = await tx
      .insert(communicationLog)
      .values(
        chosen.map(({ c, email }) => ({
          tenantId: e.tenantId,
          channel: 'email',
          recipient: email,
          template: c.template,
          status: this.opts.enabled ? 'queued' : 'skipped',
          error: this.opts.enabled ? null : 'e-mail is not configured (SMTP_URL is unset)',
          userId: c.userId,
          eventId,
          payload: { ticketId: e.ticketId, pref: c.pref, ...c.extra } satisfies EmailPayload,
        })),
      )
      .returning({ id: communicationLog.id });
    if (this.opts.enabled) {
      await recordOutbox(
        tx,
        rows.map((r) => ({ tenantId: e.tenantId, queue: NOTIFICATION_QUEUE, jobName: 'send', jobId: jobIds.email(r.id), data: { tenantId: e.tenantId, logId: r.id } })),
      );
    }
    return rows.length;
  }
}
