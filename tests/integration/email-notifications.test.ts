/**
 * E-mail notifications to agents and supervisors, end to end against a local
 * SMTP server (tests/fakes/smtp.ts) with authentication: assignment, a ticket
 * waiting in a team's queue, SLA warning and breach, the customer answering on a
 * pending ticket, mentions in notes; per-user preferences; deactivated users;
 * a failing SMTP server (4xx retried then failed, 5xx failed at once); the same
 * job run twice; the communication log; tenant isolation; and without SMTP_URL
 * every notification is logged `skipped`, never sent. The SMTP password never
 * reaches a log line.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { communicationLog, messages, outbox, tickets } from '../../drizzle/schema.js';
import { NOTIFICATION_QUEUE, jobIds } from '../../src/queue/queues.js';
import { startConversationWorker } from '../../src/worker/conversation.worker.js';
import { startNotificationWorker } from '../../src/worker/notification.worker.js';
import { EchoResponder } from '../../src/conversation/echo.responder.js';
import { startFakeSmtp, type CapturedMail, type FakeSmtp } from '../fakes/smtp.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';

const SMTP_PASSWORD = 'S3cr3t-smtp-pw!';
let smtp: FakeSmtp;
let h: Harness;
let bare: Harness;
const logLines: string[] = [];
let acme: { tenantId: string; apiKey: string };
let other: { tenantId: string; apiKey: string };
type Person = { id: string; apiKey: string; email: string };
let ana: Person;
let ben: Person;
let sue: Person;
let dan: Person;
let teamId: string;
let conn: string;
let customerId: string;

const db = () => h.c.database.db;

async function person(email: string, name: string, role: string): Promise<Person> {
  const res = await h.api(acme.apiKey, 'POST', '/api/v1/agents', { email, name, role });
  expect(res.status).toBe(201);
  return { id: res.body.id, apiKey: res.body.apiKey, email };
}

async function visitor() {
  const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
  let n = 0;
  const say = async (text: string) => {
    const r = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text, clientMessageId: `m${n++}` }) });
    expect(r.status).toBe(202);
    const id = ((await r.json()) as { messageId: string }).messageId;
    await waitFor(async () => (await db().select().from(messages).where(eq(messages.id, id)))[0]?.processingStatus !== 'pending', { what: 'processed message' });
    return id;
  };
  return { ...s, say };
}

async function newTicket(subject: string, extra: Record<string, unknown> = {}, key = acme.apiKey): Promise<string> {
  const res = await h.api(key, 'POST', '/api/v1/tickets', { customerId, subject, ...extra });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** E-mails about `ticketId` (the link names it) to `to`. */
const mailsAbout = (ticketId: string, to?: string): CapturedMail[] => smtp.messages.filter((m) => m.text.includes(ticketId) && (to === undefined || m.to.includes(to)));

async function logRows(ticketId: string) {
  const rows = await db().select().from(communicationLog).where(and(eq(communicationLog.tenantId, acme.tenantId), eq(communicationLog.channel, 'email')));
  return rows.filter((r) => (r.payload as { ticketId?: string } | null)?.ticketId === ticketId);
}

/** Every e-mail row of the ticket has left `queued`. */
async function settled(ticketId: string, n: number) {
  return waitFor(
    async () => {
      const rows = await logRows(ticketId);
      return rows.length >= n && rows.every((r) => r.status !== 'queued') ? rows : null;
    },
    { what: `${n} settled e-mail(s) of ticket ${ticketId}`, timeoutMs: 30_000 },
  );
}

beforeAll(async () => {
  smtp = await startFakeSmtp({ user: 'mailer', pass: SMTP_PASSWORD });
  const logDestination = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logLines.push(chunk.toString());
      cb();
    },
  });
  h = await startHarness({
    workers: 0,
    logDestination,
    env: { SMTP_URL: smtp.url, SMTP_FROM: 'Support Desk <desk@acme.test>', NOTIFICATION_RETRY_BASE_MS: '50', NOTIFICATION_MAX_ATTEMPTS: '3', SLA_WARNING_MINUTES: '15', LOG_LEVEL: 'debug' },
  });
  h.workers.push(startConversationWorker(h.c, { responder: new EchoResponder(), hooks: h.c.escalationHooks }));
  h.workers.push(startNotificationWorker(h.c));
  bare = await startHarness({ workers: 0 });
  acme = await h.createTenant('Acme');
  other = await h.createTenant('Other');
  ana = await person('ana.lopez@acme.test', 'Ana Lopez', 'agent');
  ben = await person('ben@acme.test', 'Ben Okafor', 'agent');
  sue = await person('sue@acme.test', 'Sue Park', 'supervisor');
  dan = await person('dan@acme.test', 'Dan Gone', 'agent');
  const team = await h.api(acme.apiKey, 'POST', '/api/v1/teams', { name: 'Billing', memberIds: [ana.id, sue.id] });
  expect(team.status).toBe(201);
  teamId = team.body.id;
  conn = (await h.api(acme.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id;
  const v = await visitor();
  await v.say('hello');
  const conv = await h.api(acme.apiKey, 'GET', `/api/v1/conversations/${v.conversationId}`);
  customerId = conv.body.customerId ?? conv.body.customer?.id;
  expect(customerId).toBeTruthy();
}, 120_000);

afterAll(async () => {
  await h?.close();
  await bare?.close();
  await smtp?.stop();
});

describe('notifications', () => {
  it('assignment: one e-mail to the assignee with the ticket link, logged sent; nothing to the person who assigned', async () => {
    const ticketId = await newTicket('Router keeps <rebooting> & "dropping"');
    expect((await h.api(sue.apiKey, 'POST', `/api/v1/tickets/${ticketId}/assign`, { agentId: ana.id })).status).toBe(200);
    const [row] = await settled(ticketId, 1);
    expect(row).toMatchObject({ channel: 'email', recipient: ana.email, template: 'ticket-assigned', status: 'sent', attempts: 1, userId: ana.id, error: null });
    const mails = mailsAbout(ticketId);
    expect(mails).toHaveLength(1);
    const m = mails[0]!;
    expect(m.to).toEqual([ana.email]);
    expect(m.from).toBe('desk@acme.test');
    expect(m.subject).toBe('Ticket assigned to you: Router keeps <rebooting> & "dropping"');
    const link = `${h.config.http.publicBaseUrl}/inbox#ticket=${ticketId}`;
    expect(m.text).toContain(link);
    expect(m.text).toContain('Sue Park assigned a ticket to you.');
    expect(m.html).toContain(`href="${link}"`);
    // Values are escaped in HTML.
    expect(m.html).toContain('Router keeps &lt;rebooting&gt; &amp; &quot;dropping&quot;');
    expect(m.html).not.toContain('<rebooting>');
    expect(m.messageId).toBe(`<${row!.id}@127.0.0.1>`);

    const log = await h.api(acme.apiKey, 'GET', '/api/v1/communication-log?channel=email&status=sent&limit=500');
    expect(log.status).toBe(200);
    const entry = log.body.items.find((i: { id: string }) => i.id === row!.id);
    expect(entry).toMatchObject({ channel: 'email', recipient: ana.email, template: 'ticket-assigned', status: 'sent', attempts: 1 });
    expect(entry.sentAt).toBeTruthy();
    expect(entry.payload).toBeUndefined();
  });

  it('a ticket created unassigned in a team queue: e-mail to the team supervisor only; one created assigned: to the assignee', async () => {
    const queued = await newTicket('Invoice missing', { teamId });
    const [row] = await settled(queued, 1);
    expect(row).toMatchObject({ recipient: sue.email, template: 'team-queue', status: 'sent' });
    expect(mailsAbout(queued).map((m) => m.subject)).toEqual(['New ticket in the Billing queue: Invoice missing']);

    const assigned = await newTicket('Refund please', { assigneeId: ben.id });
    await settled(assigned, 1);
    expect(mailsAbout(assigned).map((m) => m.to)).toEqual([[ben.email]]);
  });

  it('a ticket moved unassigned into a team, or unassigned inside one: the team supervisor', async () => {
    const moved = await newTicket('Card declined');
    expect((await h.api(acme.apiKey, 'PATCH', `/api/v1/tickets/${moved}`, { teamId })).status).toBe(200);
    const [row] = await settled(moved, 1);
    expect(row).toMatchObject({ recipient: sue.email, template: 'team-queue', status: 'sent' });

    const unassigned = await newTicket('Wrong invoice address', { assigneeId: ana.id, teamId });
    await settled(unassigned, 1);
    expect((await h.api(acme.apiKey, 'PATCH', `/api/v1/tickets/${unassigned}`, { assigneeId: null })).status).toBe(200);
    const rows = await settled(unassigned, 2);
    expect(rows.map((r) => `${r.template}→${r.recipient}`).sort()).toEqual([`team-queue→${sue.email}`, `ticket-assigned→${ana.email}`]);
  });

  it('an escalation routed to a team with nobody free (no agent among its members): the team supervisor', async () => {
    const queueOnly = await h.api(acme.apiKey, 'POST', '/api/v1/teams', { name: 'Escalations', memberIds: [sue.id] });
    expect(queueOnly.status).toBe(201);
    const rule = await h.api(acme.apiKey, 'POST', '/api/v1/routing-rules', { name: 'humans to escalations', criteria: { text: { contains: ['human'] } }, actions: { teamId: queueOnly.body.id } });
    expect(rule.status).toBe(201);
    try {
      const v = await visitor();
      await v.say('I want to talk to a human please');
      const [t] = await waitFor(async () => {
        const found = await db().select().from(tickets).where(eq(tickets.conversationId, v.conversationId));
        return found.length ? found : null;
      }, { what: 'escalated ticket' });
      expect(t).toMatchObject({ teamId: queueOnly.body.id, assigneeId: null });
      const [row] = await settled(t!.id, 1);
      expect(row).toMatchObject({ recipient: sue.email, template: 'team-queue', status: 'sent' });
      expect(mailsAbout(t!.id, sue.email)[0]?.subject).toMatch(/^New ticket in the Escalations queue: /);
    } finally {
      await h.api(acme.apiKey, 'DELETE', `/api/v1/routing-rules/${rule.body.id}`);
    }
  });

  it('SLA warning and breach: the assignee gets both, the team supervisor the breach', async () => {
    const ticketId = await newTicket('Outage at the warehouse', { assigneeId: ana.id, teamId });
    await settled(ticketId, 1); // the assignment
    await db().update(tickets).set({ firstResponseDueAt: new Date(Date.now() + 5 * 60_000), resolutionDueAt: new Date(Date.now() + 24 * 3600_000) }).where(eq(tickets.id, ticketId));
    const warnings = await h.c.sla.scan();
    expect(warnings.filter((a) => a.ticketId === ticketId).map((a) => a.kind)).toEqual(['warning']);
    await settled(ticketId, 2);
    const warning = mailsAbout(ticketId, ana.email).find((m) => m.subject.startsWith('SLA warning'));
    expect(warning?.subject).toBe('SLA warning: Outage at the warehouse');
    expect(warning?.text).toContain('The first response of this ticket is due at');

    await db().update(tickets).set({ firstResponseDueAt: new Date(Date.now() - 60_000) }).where(eq(tickets.id, ticketId));
    const breaches = await h.c.sla.scan();
    expect(breaches.filter((a) => a.ticketId === ticketId).map((a) => a.kind)).toEqual(['breach']);
    const rows = await settled(ticketId, 4);
    expect(rows.map((r) => `${r.template}→${r.recipient}:${r.status}`).sort()).toEqual(
      [`sla-breach→${ana.email}:sent`, `sla-warning→${ana.email}:sent`, `team-sla-breach→${sue.email}:sent`, `ticket-assigned→${ana.email}:sent`].sort(),
    );
    expect(mailsAbout(ticketId, ana.email).map((m) => m.subject)).toContain('SLA breached: Outage at the warehouse');
    expect(mailsAbout(ticketId, sue.email).map((m) => m.subject)).toEqual(['SLA breached in Billing: Outage at the warehouse']);
    // A second scan announces nothing again.
    expect((await h.c.sla.scan()).filter((a) => a.ticketId === ticketId)).toEqual([]);
    expect(await logRows(ticketId)).toHaveLength(4);
  });

  it('the customer answers on a pending ticket: the assignee gets the reply', async () => {
    const v = await visitor();
    await v.say('My parcel never arrived');
    const take = await h.api(ana.apiKey, 'POST', `/api/v1/conversations/${v.conversationId}/takeover`, {});
    expect(take.status).toBe(201);
    const ticketId = take.body.id as string;
    expect((await h.api(ana.apiKey, 'PATCH', `/api/v1/tickets/${ticketId}`, { status: 'pending' })).status).toBe(200);
    // Taking it over herself is no news to Ana: no e-mail so far.
    expect(await logRows(ticketId)).toEqual([]);
    await v.say('The order number is 4711 <script>');
    const [row] = await settled(ticketId, 1);
    expect(row).toMatchObject({ recipient: ana.email, template: 'customer-replied', status: 'sent' });
    // The log keeps a reference to the message, never a copy of its text.
    expect(JSON.stringify(row!.payload)).not.toContain('4711');
    const [m] = mailsAbout(ticketId);
    expect(m?.subject).toMatch(/^The customer replied: /);
    expect(m?.text).toContain('The order number is 4711 <script>');
    expect(m?.html).toContain('The order number is 4711 &lt;script&gt;');
    // The ticket is open again: a further message is not "a reply to a pending ticket".
    await v.say('Any news?');
    expect(await logRows(ticketId)).toHaveLength(1);
  });

  it('mentions in a note: @local-part and @"Full Name" get an e-mail; the author, e-mail addresses and unknown names do not', async () => {
    const ticketId = await newTicket('Chargeback');
    const note = 'Looping in @ana.lopez and @"sue park": see x@ben.com, and @nobody. Thanks @ben.';
    expect((await h.api(ben.apiKey, 'POST', `/api/v1/tickets/${ticketId}/notes`, { text: note })).status).toBe(201);
    const rows = await settled(ticketId, 2);
    expect(rows.map((r) => r.recipient).sort()).toEqual([ana.email, sue.email].sort());
    expect(rows.every((r) => r.template === 'mention' && r.status === 'sent')).toBe(true);
    expect(rows.every((r) => !JSON.stringify(r.payload).includes('Looping'))).toBe(true);
    const m = mailsAbout(ticketId, ana.email)[0]!;
    expect(m.subject).toBe('Ben Okafor mentioned you: Chargeback');
    expect(m.text).toContain(note);
    expect(mailsAbout(ticketId, ben.email)).toEqual([]);
  });
});

describe('preferences', () => {
  it('GET/PUT /me/notification-preferences: all on by default; turned off → no e-mail and no log row', async () => {
    const mine = await h.api(ana.apiKey, 'GET', '/api/v1/me/notification-preferences');
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({
      userId: ana.id,
      email: ana.email,
      role: 'agent',
      active: true,
      preferences: { assignment: true, customerReply: true, mention: true, slaWarning: true, slaBreach: true, teamSlaBreach: true, teamQueue: true },
    });
    const put = await h.api(ana.apiKey, 'PUT', '/api/v1/me/notification-preferences', { assignment: false, mention: false });
    expect(put.status).toBe(200);
    expect(put.body.preferences).toMatchObject({ assignment: false, mention: false, customerReply: true, slaBreach: true });
    // Keys left out keep their value.
    expect((await h.api(ana.apiKey, 'PUT', '/api/v1/me/notification-preferences', { mention: true })).body.preferences).toMatchObject({ assignment: false, mention: true });

    const ticketId = await newTicket('Muted assignment');
    expect((await h.api(acme.apiKey, 'POST', `/api/v1/tickets/${ticketId}/assign`, { agentId: ana.id })).status).toBe(200);
    // The same change notifies others normally: a note mentioning Ben after it proves the queue ran past Ana's.
    expect((await h.api(acme.apiKey, 'POST', `/api/v1/tickets/${ticketId}/notes`, { text: 'cc @ben' })).status).toBe(201);
    const rows = await settled(ticketId, 1);
    expect(rows.map((r) => `${r.template}→${r.recipient}`)).toEqual([`mention→${ben.email}`]);
    expect(mailsAbout(ticketId, ana.email)).toEqual([]);

    expect((await h.api(ana.apiKey, 'PUT', '/api/v1/me/notification-preferences', { assignment: true })).status).toBe(200);
  });

  it('admins read and set any user of their tenant: GET/PUT /agents/:id/notification-preferences', async () => {
    const put = await h.api(acme.apiKey, 'PUT', `/api/v1/agents/${sue.id}/notification-preferences`, { teamSlaBreach: false });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ userId: sue.id, role: 'supervisor', preferences: { teamSlaBreach: false, teamQueue: true } });
    expect((await h.api(sue.apiKey, 'GET', '/api/v1/me/notification-preferences')).body.preferences.teamSlaBreach).toBe(false);
    expect((await h.api(acme.apiKey, 'PUT', `/api/v1/agents/${sue.id}/notification-preferences`, { teamSlaBreach: true })).body.preferences.teamSlaBreach).toBe(true);
  });

  it('are described in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${h.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/api/v1/me/notification-preferences'] ?? {}).sort()).toEqual(['get', 'put']);
    expect(Object.keys(doc.paths['/api/v1/agents/{id}/notification-preferences'] ?? {}).sort()).toEqual(['get', 'put']);
  });

  it('bad bodies are 400 with a reason', async () => {
    for (const body of [{ assignment: 'no' }, { sms: true }, [true], { assignment: null }]) {
      const res = await h.api(ana.apiKey, 'PUT', '/api/v1/me/notification-preferences', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.message).toBeTruthy();
    }
    expect((await h.api(acme.apiKey, 'GET', '/api/v1/agents/not-a-uuid/notification-preferences')).status).toBe(400);
  });

  it('tenant isolation: another tenant gets 404, an agent 403 on other users and on the log', async () => {
    for (const method of ['GET', 'PUT'] as const) {
      const res = await h.api(other.apiKey, method, `/api/v1/agents/${ana.id}/notification-preferences`, method === 'PUT' ? { assignment: false } : undefined);
      expect(res.status, method).toBe(404);
      expect((await h.api(ben.apiKey, method, `/api/v1/agents/${ana.id}/notification-preferences`, method === 'PUT' ? { assignment: false } : undefined)).status).toBe(403);
    }
    expect((await h.api(acme.apiKey, 'GET', `/api/v1/agents/${ana.id}/notification-preferences`)).body.preferences.assignment).toBe(true);
    // /me is always the caller's own; a service key has no user to have preferences.
    expect((await h.api(other.apiKey, 'GET', '/api/v1/me/notification-preferences')).body.email).toMatch(/^admin@/);
    const service = await h.api(acme.apiKey, 'POST', '/api/v1/api-keys', { role: 'agent', name: 'integration' });
    expect(service.status).toBe(201);
    expect((await h.api(service.body.apiKey, 'GET', '/api/v1/me/notification-preferences')).status).toBe(403);
    expect((await h.api(service.body.apiKey, 'PUT', '/api/v1/me/notification-preferences', { mention: false })).status).toBe(403);
    expect((await h.api(ana.apiKey, 'GET', '/api/v1/communication-log')).status).toBe(403);
    expect((await h.api(other.apiKey, 'GET', '/api/v1/communication-log?channel=email')).body).toMatchObject({ items: [], total: 0 });
  });
});

describe('delivery', () => {
  it('a deactivated user never gets e-mail: nothing queued, and a queued one is skipped at send time', async () => {
    expect((await h.api(acme.apiKey, 'PATCH', `/api/v1/agents/${dan.id}`, { status: 'deactivated' })).status).toBe(200);
    const ticketId = await newTicket('For Dan');
    expect((await h.api(acme.apiKey, 'POST', `/api/v1/tickets/${ticketId}/assign`, { agentId: dan.id })).status).toBe(200);
    expect((await h.api(acme.apiKey, 'POST', `/api/v1/tickets/${ticketId}/notes`, { text: '@dan and @ben' })).status).toBe(201);
    const rows = await settled(ticketId, 1);
    expect(rows.map((r) => r.recipient)).toEqual([ben.email]);

    // Queued while Dan was active, sent after he left: skipped, never sent.
    const [row] = await db()
      .insert(communicationLog)
      .values({ tenantId: acme.tenantId, channel: 'email', recipient: dan.email, template: 'ticket-assigned', userId: dan.id, payload: { ticketId, pref: 'assignment' } })
      .returning();
    expect(await h.c.email.attempt(acme.tenantId, row!.id, false)).toEqual({ kind: 'skipped', reason: 'the recipient was deactivated' });
    const [after] = await db().select().from(communicationLog).where(eq(communicationLog.id, row!.id));
    expect(after).toMatchObject({ status: 'skipped', attempts: 1, error: 'the recipient was deactivated' });
    expect(mailsAbout(ticketId, dan.email)).toEqual([]);
  });

  it('a failing SMTP server: 451 retried then logged failed with the error and attempts; 550 fails at once; a 451 once then sent', async () => {
    smtp.failWith(451);
    const t1 = await newTicket('Transient trouble');
    expect((await h.api(acme.apiKey, 'POST', `/api/v1/tickets/${t1}/assign`, { agentId: ben.id })).status).toBe(200);
    const [r1] = await settled(t1, 1);
    expect(r1).toMatchObject({ status: 'failed', attempts: 3 });
    expect(r1?.error).toMatch(/^SMTP 451/);
    expect(r1?.sentAt).toBeNull();
    expect(mailsAbout(t1)).toEqual([]);

    smtp.failWith(550);
    const t2 = await newTicket('Permanent trouble');
    expect((await h.api(acme.apiKey, 'POST', `/api/v1/tickets/${t2}/assign`, { agentId: ben.id })).status).toBe(200);
    const [r2] = await settled(t2, 1);
    expect(r2).toMatchObject({ status: 'failed', attempts: 1 });
    expect(r2?.error).toMatch(/^SMTP 550/);

    smtp.failWith(451, 1);
    const t3 = await newTicket('Flaky trouble');
    expect((await h.api(acme.apiKey, 'POST', `/api/v1/tickets/${t3}/assign`, { agentId: ben.id })).status).toBe(200);
    const [r3] = await settled(t3, 1);
    expect(r3).toMatchObject({ status: 'sent', attempts: 2, error: null });
    expect(mailsAbout(t3)).toHaveLength(1);
    smtp.accept();

    const failed = await h.api(acme.apiKey, 'GET', '/api/v1/communication-log?channel=email&status=failed');
    expect(failed.body.items.map((i: { id: string }) => i.id).sort()).toEqual([r1!.id, r2!.id].sort());
    expect(failed.body.items.find((i: { id: string }) => i.id === r1!.id)).toMatchObject({ attempts: 3, status: 'failed' });
  });

  it('the job run twice (re-run after success, a duplicate job, two at once) sends one e-mail', async () => {
    const ticketId = await newTicket('Exactly once');
    expect((await h.api(acme.apiKey, 'POST', `/api/v1/tickets/${ticketId}/assign`, { agentId: ben.id })).status).toBe(200);
    const [row] = await settled(ticketId, 1);
    expect(row?.status).toBe('sent');
    // A re-run after the success: the row is no longer queued.
    expect(await h.c.email.attempt(acme.tenantId, row!.id, false)).toEqual({ kind: 'settled' });
    // The relay adding the same job id again: BullMQ keeps the one job; a job with another id runs and sends nothing.
    const queue = h.c.queues.get(NOTIFICATION_QUEUE)!;
    const again = await queue.add('send', { tenantId: acme.tenantId, logId: row!.id }, { jobId: jobIds.email(row!.id) });
    expect((await queue.getJob(again.id!))?.finishedOn).toBeTruthy();
    const dup = await queue.add('send', { tenantId: acme.tenantId, logId: row!.id }, { jobId: `dup-${row!.id}` });
    await waitFor(async () => ((await queue.getJob(dup.id!))?.finishedOn ? true : null), { what: 'duplicate job finished' });
    expect((await queue.getJob(dup.id!))?.returnvalue).toEqual({ outcome: 'settled' });
    expect(mailsAbout(ticketId)).toHaveLength(1);
    const [after] = await db().select().from(communicationLog).where(eq(communicationLog.id, row!.id));
    expect(after).toMatchObject({ status: 'sent', attempts: 1 });

    // Two attempts at the same queued row at once: one holds it, the other leaves it alone.
    const [fresh] = await db()
      .insert(communicationLog)
      .values({ tenantId: acme.tenantId, channel: 'email', recipient: ben.email, template: 'ticket-assigned', userId: ben.id, payload: { ticketId, pref: 'assignment' } })
      .returning();
    const outcomes = await Promise.all([h.c.email.attempt(acme.tenantId, fresh!.id, false), h.c.email.attempt(acme.tenantId, fresh!.id, false)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['sent', 'settled']);
    expect(mailsAbout(ticketId)).toHaveLength(2);
    expect(new Set(mailsAbout(ticketId).map((m) => m.messageId)).size).toBe(2);
  });

  it('never logs the SMTP password', () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.some((l) => l.includes('notification e-mail failed'))).toBe(true);
    expect(logLines.filter((l) => l.includes(SMTP_PASSWORD))).toEqual([]);
    expect(logLines.filter((l) => l.includes(encodeURIComponent(SMTP_PASSWORD)))).toEqual([]);
  });
});

describe('without SMTP_URL', () => {
  it('records every notification as skipped (not configured) and queues nothing', async () => {
    const t = await bare.createTenant('Bare');
    const agent = await bare.api(t.apiKey, 'POST', '/api/v1/agents', { email: 'zoe@bare.test', name: 'Zoe' });
    const session = (await (await fetch(`${bare.url}/api/v1/webchat/${(await bare.api(t.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { conversationId: string };
    const take = await bare.api(t.apiKey, 'POST', `/api/v1/conversations/${session.conversationId}/takeover`, {});
    expect(take.status).toBe(201);
    expect((await bare.api(t.apiKey, 'POST', `/api/v1/tickets/${take.body.id}/assign`, { agentId: agent.body.id })).status).toBe(200);
    const log = await bare.api(t.apiKey, 'GET', '/api/v1/communication-log?channel=email');
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({ recipient: 'zoe@bare.test', template: 'ticket-assigned', status: 'skipped', attempts: 0, error: 'e-mail is not configured (SMTP_URL is unset)', sentAt: null });
    expect((await bare.api(t.apiKey, 'GET', '/api/v1/communication-log?status=skipped')).body.total).toBe(1);
    expect(await bare.c.database.db.select().from(outbox).where(eq(outbox.queue, NOTIFICATION_QUEUE))).toEqual([]);
  });
});
