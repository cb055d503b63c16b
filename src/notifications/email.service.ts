/**
 * Sends one queued e-mail notification (a `communication_log` row written by
 * EmailNotifier) through SMTP with nodemailer, and records the attempt on the
 * row. The row is locked for the attempt (FOR UPDATE SKIP LOCKED) and only a
 * `queued` row is sent, so a job that runs twice — a retry after a success, a
 * duplicate job — sends the e-mail once. The Message-ID is the row's id, so a
 * mail system that sees the same message twice (a crash between the SMTP
 * answer and the commit) can tell.
 *
 * Outcomes follow RFC 5321: 4xx answers and network errors are transient
 * (retried by the job), 5xx answers permanent. A recipient deactivated, or
 * who turned the kind off, between the change and the send is `skipped`.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { communicationLog, messages, teams, ticketEvents, tickets, users } from '../../drizzle/schema.js';
import type { Db, Tx } from '../db/client.js';
import { redactText } from '../logging/logger.js';
import type { EmailPayload } from './email-notifications.js';
import { EMAIL_TEMPLATES, renderEmail, type EmailTemplate, type RenderedEmail } from './email-templates.js';
import { effectivePreferences, EMAIL_PREFERENCE_KEYS, type EmailPreferenceKey } from './preferences.js';

export interface EmailSettings {
  /** smtp:// or smtps:// URL; null = not configured (every e-mail is `skipped`). */
  smtpUrl: string | null;
  from: string;
  timeoutMs: number;
  /** Links in e-mails point here (PUBLIC_BASE_URL). */
  publicBaseUrl: string;
}

export type EmailOutcome = { kind: 'sent' } | { kind: 'retry'; error: string } | { kind: 'permanent'; error: string } | { kind: 'skipped'; reason: string } | { kind: 'settled' };

/** nodemailer options from the URL, with our timeouts; no pooling (a send opens and closes its connection). */
export function smtpOptions(smtpUrl: string, timeoutMs: number): SMTPTransport.Options {
  const u = new URL(smtpUrl);
  const secure = u.protocol === 'smtps:';
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    logger: false,
    debug: false,
  };
}

/** The agent workspace's link to a ticket. */
export function ticketUrl(publicBaseUrl: string, ticketId: string): string {
  return `${publicBaseUrl}/inbox#ticket=${encodeURIComponent(ticketId)}`;
}

/** Longest quote of a message or note in an e-mail. */
const EXCERPT_MAX = 1000;

const TARGET_NAMES: Record<string, string> = { firstResponse: 'first response', resolution: 'resolution' };

/** SMTP reply code and text of a nodemailer error, else its code and message. Never carries credentials. */
function classify(err: unknown): { kind: 'retry' | 'permanent'; error: string } {
  const e = err as { responseCode?: unknown; response?: unknown; code?: unknown; message?: unknown };
  const code = typeof e.responseCode === 'number' ? e.responseCode : null;
  const detail = redactText(String(typeof e.response === 'string' ? e.response : (e.message ?? err))).slice(0, 500);
  if (code !== null) return { kind: code >= 500 ? 'permanent' : 'retry', error: detail.startsWith(String(code)) ? `SMTP ${detail}` : `SMTP ${code} ${detail}` };
  // No reply code: connection refused, timeout, TLS, DNS — worth another try (a bad password answers 535: permanent).
  return { kind: 'retry', error: `${typeof e.code === 'string' ? `${e.code}: ` : ''}${detail}` };
}

export class EmailService {
  /** Built on the first send: nodemailer is loaded only by a process that sends e-mail (the worker). */
  private transport: Promise<Transporter<SMTPTransport.SentMessageInfo>> | null = null;
  private readonly host: string;

  constructor(
    private readonly db: Db,
    private readonly settings: EmailSettings,
  ) {
    this.host = URL.canParse(settings.publicBaseUrl) ? new URL(settings.publicBaseUrl).hostname || 'gateway' : 'gateway';
  }

  get configured(): boolean {
    return Boolean(this.settings.smtpUrl);
  }

  /**
   * One attempt at the e-mail of log row `logId`. `last` marks the final
   * attempt: a transient failure then also ends as `failed`.
   */
  async attempt(tenantId: string, logId: string, last: boolean): Promise<EmailOutcome> {
    return this.db.transaction(async (tx) => {
      const [entry] = await tx
        .select()
        .from(communicationLog)
        .where(and(eq(communicationLog.tenantId, tenantId), eq(communicationLog.id, logId), eq(communicationLog.channel, 'email')))
        .for('update', { skipLocked: true });
      // Sent, failed or skipped already (a re-run), held by another attempt, or gone: nothing to do.
      if (!entry || entry.status !== 'queued') return { kind: 'settled' } as const;
      const outcome = await this.tryEntry(tx, entry);
      const failed = outcome.kind === 'permanent' || (outcome.kind === 'retry' && last);
      const status = outcome.kind === 'sent' ? 'sent' : outcome.kind === 'skipped' ? 'skipped' : failed ? 'failed' : 'queued';
      await tx
        .update(communicationLog)
        .set({
          attempts: sql`${communicationLog.attempts} + 1`,
          lastAttemptAt: sql`now()`,
          status,
          error: outcome.kind === 'retry' || outcome.kind === 'permanent' ? outcome.error : outcome.kind === 'skipped' ? outcome.reason : null,
          ...(outcome.kind === 'sent' ? { sentAt: sql`now()` } : {}),
        })
        .where(eq(communicationLog.id, entry.id));
      return outcome;
    });
  }

  private async tryEntry(tx: Tx, entry: typeof communicationLog.$inferSelect): Promise<EmailOutcome> {
    const payload = (entry.payload ?? {}) as EmailPayload;
    const template = EMAIL_TEMPLATES.find((t) => t === entry.template);
    if (!template || typeof payload.ticketId !== 'string') return { kind: 'permanent', error: `not an e-mail notification (template ${entry.template})` };
    const [user] = entry.userId
      ? await tx.select().from(users).where(and(eq(users.tenantId, entry.tenantId), eq(users.id, entry.userId)))
      : [];
    if (!user || user.status === 'deactivated') return { kind: 'skipped', reason: 'the recipient was deactivated' };
    const pref = EMAIL_PREFERENCE_KEYS.find((k) => k === payload.pref);
    if (pref && !effectivePreferences(user.notificationPreferences)[pref as EmailPreferenceKey]) return { kind: 'skipped', reason: 'the recipient turned this notification off' };
    const smtpUrl = this.settings.smtpUrl;
    if (!smtpUrl) return { kind: 'skipped', reason: 'e-mail is not configured (SMTP_URL is unset)' };
    const rendered = await this.render(tx, entry.tenantId, template, payload, user.name);
    if (!rendered) return { kind: 'permanent', error: 'the ticket no longer exists' };
    try {
      this.transport ??= import('nodemailer').then((m) => m.default.createTransport(smtpOptions(smtpUrl, this.settings.timeoutMs)));
      await (await this.transport).sendMail({
        from: this.settings.from,
        to: entry.recipient,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: `<${entry.id}@${this.host}>`,
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', 'X-Gateway-Notification': template },
      });
      return { kind: 'sent' };
    } catch (err) {
      return classify(err);
    }
  }

  /** The template's values, read now (names and titles as they are at send time). Null when the ticket is gone. */
  private async render(tx: Tx, tenantId: string, template: EmailTemplate, p: EmailPayload, recipientName: string): Promise<RenderedEmail | null> {
    const [t] = await tx
      .select({ id: tickets.id, title: tickets.title, priority: tickets.priority, status: tickets.status, assigneeId: tickets.assigneeId, teamId: tickets.teamId })
      .from(tickets)
      .where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, p.ticketId)));
    if (!t) return null;
    const nameOf = async (id: string | null | undefined, fallback: string) => {
      if (!id) return fallback;
      const [u] = await tx.select({ name: users.name }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
      return u?.name ?? fallback;
    };
    const quoted = async (): Promise<string> => {
      if (typeof p.messageId === 'string') {
        const [m] = await tx.select({ text: messages.text }).from(messages).where(and(eq(messages.tenantId, tenantId), eq(messages.id, p.messageId)));
        return m?.text ?? '';
      }
      if (typeof p.noteId === 'string') {
        const [n] = await tx.select({ content: ticketEvents.content }).from(ticketEvents).where(and(eq(ticketEvents.tenantId, tenantId), eq(ticketEvents.id, p.noteId)));
        return n?.content ?? '';
      }
      return '';
    };
    const text = await quoted();
    const teamId = p.teamId ?? t.teamId;
    const [team] = teamId ? await tx.select({ name: teams.name }).from(teams).where(and(eq(teams.tenantId, tenantId), eq(teams.id, teamId))) : [];
    return renderEmail(template, {
      recipientName,
      actorName: await nameOf(p.actorId, template === 'mention' ? 'A colleague' : 'The gateway'),
      assigneeName: await nameOf(t.assigneeId, 'nobody'),
      teamName: team?.name ?? 'your team',
      ticketTitle: t.title,
      ticketId: t.id,
      ticketUrl: ticketUrl(this.settings.publicBaseUrl, t.id),
      priority: t.priority,
      status: t.status,
      target: TARGET_NAMES[String(p.target)] ?? 'SLA target',
      dueAt: typeof p.dueAt === 'string' ? p.dueAt : '',
      excerpt: text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX - 1)}…` : text || '(no longer available)',
    });
  }

  close(): void {
    void this.transport?.then((t) => t.close(), () => undefined);
  }
}
