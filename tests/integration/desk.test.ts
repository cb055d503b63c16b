/**
 * The support desk (issue 13): ticket triage with a history event per change,
 * tickets without a chat, SLA re-timing, pause/resume and breach warnings
 * (through the maintenance queue's repeatable job), ticket categories, custom
 * fields per type, conversation status history, inactivity completion with chat
 * feedback, the supervisor role, AI logs, and tenant isolation of every new route.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { aiProcessingLogs, conversations, feedback, messages, tickets } from '../../drizzle/schema.js';
import { EchoResponder } from '../../src/conversation/echo.responder.js';
import { defaultEscalationRules } from '../../src/escalation/default-rules.js';
import { MAINTENANCE_QUEUE } from '../../src/queue/queues.js';
import { startConversationWorker } from '../../src/worker/conversation.worker.js';
import { startMaintenanceWorker } from '../../src/worker/maintenance.worker.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';
import { openSse, type SseClient } from '../helpers/sse.js';

let h: Harness;
let A: { tenantId: string; apiKey: string };
let B: { tenantId: string; apiKey: string };
let ana: { id: string; apiKey: string };
let bob: { id: string; apiKey: string };
let sue: { id: string; apiKey: string };
let analyst: { id: string; apiKey: string };
let conn: string;
let inbox: SseClient;
let categories: Map<string, string>;

type Api = { status: number; body: any };
const api = (key: string, method: string, p: string, body?: unknown): Promise<Api> => h.api(key, method, p, body);
const db = () => h.c.database.db;

async function staff(role: string, name: string) {
  const res = await api(A.apiKey, 'POST', '/api/v1/agents', { email: `${name.toLowerCase()}@acme.test`, name, role });
  expect(res.status).toBe(201);
  return res.body as { id: string; apiKey: string };
}

async function visitor() {
  const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
  let n = 0;
  const say = async (text: string) => {
    const r = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text, clientMessageId: `m${n++}` }) });
    expect(r.status).toBe(202);
    const messageId = ((await r.json()) as { messageId: string }).messageId;
    await waitFor(async () => {
      const [m] = await db().select().from(messages).where(eq(messages.id, messageId));
      return m && m.processingStatus !== 'pending';
    }, { what: `message "${text}" processed` });
    return messageId;
  };
  return { ...s, say };
}

/** A customer of tenant A (the one behind a web chat visitor). */
async function customerOf(conversationId: string): Promise<string> {
  const [c] = await db().select({ customerId: conversations.customerId }).from(conversations).where(eq(conversations.id, conversationId));
  return c!.customerId;
}

async function newTicket(key: string, body: Record<string, unknown>): Promise<any> {
  const res = await api(key, 'POST', '/api/v1/tickets', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const minutesBetween = (a: string, b: string) => (new Date(b).getTime() - new Date(a).getTime()) / 60_000;

beforeAll(async () => {
  h = await startHarness({ workers: 0, env: { SLA_CHECK_INTERVAL_SECONDS: '1', INACTIVITY_CHECK_INTERVAL_SECONDS: '1', SLA_WARNING_MINUTES: '15' } });
  h.workers.push(startConversationWorker(h.c, { responder: new EchoResponder(), hooks: h.c.escalationHooks }));
  h.workers.push(await startMaintenanceWorker(h.c));
  A = await h.createTenant('Acme');
  B = await h.createTenant('Other');
  ana = await staff('agent', 'Ana');
  bob = await staff('agent', 'Bob');
  sue = await staff('supervisor', 'Sue');
  analyst = await staff('analyst', 'Alex');
  conn = (await api(A.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id;
  const cats = await api(A.apiKey, 'GET', '/api/v1/ticket-categories');
  categories = new Map(cats.body.items.map((c: { name: string; id: string }) => [c.name, c.id]));
  inbox = await openSse(`${h.url}/api/v1/inbox/stream`, { authorization: `Bearer ${sue.apiKey}` });
  await inbox.waitFor((e) => e.event === 'ready');
}, 90_000);

afterAll(async () => {
  inbox?.close();
  await h?.close();
});

describe('ticket categories', () => {
  it('seeds a real category for every default escalation category, with SLA minutes', async () => {
    const res = await api(ana.apiKey, 'GET', '/api/v1/ticket-categories');
    expect(res.status).toBe(200);
    const names = res.body.items.map((c: { name: string }) => c.name);
    for (const rule of defaultEscalationRules()) if (rule.category) expect(names, rule.name).toContain(rule.category);
    expect(res.body.items.find((c: { name: string }) => c.name === 'legal')).toMatchObject({ firstResponseMinutes: 15, resolutionMinutes: 240, active: true });
  });

  it('creates and edits categories with validation; only admins change them', async () => {
    expect((await api(A.apiKey, 'POST', '/api/v1/ticket-categories', { name: 'Returns', firstResponseMinutes: 120, resolutionMinutes: 60 })).status).toBe(400);
    expect((await api(A.apiKey, 'POST', '/api/v1/ticket-categories', { firstResponseMinutes: 10, resolutionMinutes: 60 })).status).toBe(400);
    expect((await api(A.apiKey, 'POST', '/api/v1/ticket-categories', { name: 'Returns', firstResponseMinutes: 0, resolutionMinutes: 60 })).status).toBe(400);
    expect((await api(sue.apiKey, 'POST', '/api/v1/ticket-categories', { name: 'Returns', firstResponseMinutes: 10, resolutionMinutes: 60 })).status).toBe(403);
    const created = await api(A.apiKey, 'POST', '/api/v1/ticket-categories', { name: 'Returns', firstResponseMinutes: 10, resolutionMinutes: 60 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Returns', firstResponseMinutes: 10, resolutionMinutes: 60, active: true });
    const dup = await api(A.apiKey, 'POST', '/api/v1/ticket-categories', { name: 'Returns', firstResponseMinutes: 10, resolutionMinutes: 60 });
    expect(dup.status).toBe(400);
    expect(dup.body.error.message).toMatch(/already exists/);
    const patched = await api(A.apiKey, 'PATCH', `/api/v1/ticket-categories/${created.body.id}`, { resolutionMinutes: 90, active: false });
    expect(patched.body).toMatchObject({ resolutionMinutes: 90, active: false });
    expect((await api(A.apiKey, 'PATCH', `/api/v1/ticket-categories/${created.body.id}`, { resolutionMinutes: 5 })).status).toBe(400);
    expect((await api(A.apiKey, 'PATCH', `/api/v1/ticket-categories/${created.body.id}`, {})).status).toBe(400);
    expect((await api(A.apiKey, 'PATCH', `/api/v1/ticket-categories/${randomUUID()}`, { active: true })).status).toBe(404);
    // An inactive category is not offered for tickets.
    const v = await visitor();
    const t = await newTicket(sue.apiKey, { customerId: await customerOf(v.conversationId), subject: 'Return request' });
    const r = await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${t.id}`, { categoryId: created.body.id });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/categoryId.*inactive/);
  });
});

describe('tickets: create without a chat, triage with history', () => {
  it('POST /tickets opens a ticket for a customer without a conversation, validated', async () => {
    const v = await visitor();
    const customerId = await customerOf(v.conversationId);
    expect((await api(sue.apiKey, 'POST', '/api/v1/tickets', { subject: 'no customer' })).status).toBe(400);
    expect((await api(sue.apiKey, 'POST', '/api/v1/tickets', { customerId, subject: '' })).status).toBe(400);
    expect((await api(sue.apiKey, 'POST', '/api/v1/tickets', { customerId, subject: 'x', priority: 'critical' })).status).toBe(400);
    expect((await api(sue.apiKey, 'POST', '/api/v1/tickets', { customerId, subject: 'x', extra: 1 })).status).toBe(400);
    expect((await api(sue.apiKey, 'POST', '/api/v1/tickets', { customerId: randomUUID(), subject: 'x' })).status).toBe(404);
    expect((await api(sue.apiKey, 'POST', '/api/v1/tickets', { customerId, subject: 'x', assigneeId: randomUUID() })).status).toBe(400);
    const t = await newTicket(sue.apiKey, { customerId, subject: 'Phone call: router broken', description: 'Called at 9:00', priority: 'low', source: 'phone', tags: ['router'] });
    expect(t).toMatchObject({ conversationId: null, customerId, status: 'new', priority: 'low', source: 'phone', sourceChannel: null, tags: ['router'], categoryId: categories.get('general') });
    expect(minutesBetween(t.createdAt, t.firstResponseDueAt)).toBeCloseTo(90, 5); // general 60 min × low 1.5
    const detail = await api(sue.apiKey, 'GET', `/api/v1/tickets/${t.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.messages).toEqual([]);
    await inbox.waitFor((e) => e.event === 'ticket.created' && e.data.id === t.id);
    // A ticket without a chat cannot take a reply to the customer, but can be closed.
    expect((await api(sue.apiKey, 'POST', `/api/v1/tickets/${t.id}/messages`, { text: 'hi' })).status).toBe(400);
    const closed = await api(sue.apiKey, 'POST', `/api/v1/tickets/${t.id}/close`);
    expect(closed.body.status).toBe('closed');
  });

  it('PATCH writes one history event per change, with its author', async () => {
    const v = await visitor();
    const customerId = await customerOf(v.conversationId);
    await api(A.apiKey, 'POST', '/api/v1/custom-fields', { entity: 'ticket', key: 'tier', label: 'Tier', type: 'dropdown', options: ['gold', 'silver'] });
    const t = await newTicket(sue.apiKey, { customerId, subject: 'Triage me', priority: 'low' });
    const teamId = randomUUID();
    const res = await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${t.id}`, {
      status: 'open',
      priority: 'high',
      categoryId: categories.get('billing'),
      tags: ['vip', 'router'],
      customFields: { tier: 'gold' },
      assigneeId: ana.id,
      teamId,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'open', priority: 'high', categoryId: categories.get('billing'), tags: ['vip', 'router'], customFields: { tier: 'gold' }, assigneeId: ana.id, teamId });
    await inbox.waitFor((e) => e.event === 'ticket.updated' && e.data.id === t.id && e.data.teamId === teamId);

    const second = await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${t.id}`, { tags: ['vip'], customFields: { tier: null }, assigneeId: null, categoryId: null, teamId: null, status: 'resolved' });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ status: 'resolved', assigneeId: null, categoryId: null, tags: ['vip'], customFields: {}, teamId: null });
    expect(second.body.resolvedAt).not.toBeNull();
    expect(second.body.firstResponseDueAt).toBeNull();

    const history = (await api(sue.apiKey, 'GET', `/api/v1/tickets/${t.id}`)).body.history as Array<Record<string, any>>;
    const mine = history.filter((e) => e.createdBy === sue.id);
    const summary = mine.map((e) => [e.type, e.fieldName, e.oldValue ?? e.agentId, e.newValue ?? e.agentId].filter((x) => x !== null && x !== undefined).join(' '));
    expect(summary).toEqual(
      expect.arrayContaining([
        'status-update status new open',
        'priority-changed priority low high',
        `field-added categoryId ${categories.get('billing')}`,
        'tag-added tags vip',
        'tag-added tags router',
        'field-added customFields.tier gold',
        `field-added teamId ${teamId}`,
        'tag-removed tags router',
        'field-removed customFields.tier gold',
        `field-removed categoryId ${categories.get('billing')}`,
        `field-removed teamId ${teamId}`,
        'status-update status open resolved',
      ]),
    );
    expect(mine.filter((e) => e.type === 'assignment-added').map((e) => e.agentId)).toEqual([ana.id]);
    expect(mine.filter((e) => e.type === 'assignment-removed').map((e) => e.agentId)).toEqual([ana.id]);
    // Nothing changed → no event.
    const before = history.length;
    await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${t.id}`, { tags: ['vip'] });
    expect((await api(sue.apiKey, 'GET', `/api/v1/tickets/${t.id}`)).body.history.length).toBe(before);
  });

  it('PATCH validation: unknown fields, bad values, empty body, closed tickets', async () => {
    const v = await visitor();
    const t = await newTicket(sue.apiKey, { customerId: await customerOf(v.conversationId), subject: 'validate' });
    const bad: Array<[Record<string, unknown>, RegExp]> = [
      [{}, /at least one/],
      [{ status: 'done' }, /status/],
      [{ priority: 'critical' }, /priority/],
      [{ categoryId: 'nope' }, /categoryId/],
      [{ categoryId: randomUUID() }, /categoryId: no such ticket category/],
      [{ tags: 'vip' }, /tags/],
      [{ assigneeId: randomUUID() }, /assigneeId: not an agent/],
      [{ teamId: 'x' }, /teamId/],
      [{ title: 'x' }, /title|Unrecognized/i],
    ];
    for (const [body, re] of bad) {
      const r = await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${t.id}`, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.message).toMatch(re);
    }
    expect((await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${randomUUID()}`, { priority: 'high' })).status).toBe(404);
    expect((await api(sue.apiKey, 'PATCH', '/api/v1/tickets/not-a-uuid', { priority: 'high' })).status).toBe(400);
    const closed = await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${t.id}`, { status: 'closed' });
    expect(closed.body.status).toBe('closed');
    const again = await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${t.id}`, { status: 'open' });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/closed/);
  });

  it('a category or priority change re-times the SLA', async () => {
    const v = await visitor();
    const t = await newTicket(sue.apiKey, { customerId: await customerOf(v.conversationId), subject: 'timing', priority: 'medium' });
    expect(minutesBetween(t.createdAt, t.firstResponseDueAt)).toBeCloseTo(60, 5);
    expect(minutesBetween(t.createdAt, t.resolutionDueAt)).toBeCloseTo(24 * 60, 5);
    const urgent = (await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${t.id}`, { priority: 'urgent' })).body;
    expect(minutesBetween(t.createdAt, urgent.firstResponseDueAt)).toBeCloseTo(30, 5);
    expect(minutesBetween(t.createdAt, urgent.resolutionDueAt)).toBeCloseTo(12 * 60, 5);
    const legal = (await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${t.id}`, { categoryId: categories.get('legal') })).body;
    expect(minutesBetween(t.createdAt, legal.firstResponseDueAt)).toBeCloseTo(7.5, 5);
    expect(minutesBetween(t.createdAt, legal.resolutionDueAt)).toBeCloseTo(120, 5);
  });
});

describe('SLA clock', () => {
  it('pending pauses the clock; the customer reply resumes it and moves the due times by the paused time', async () => {
    const v = await visitor();
    await v.say('hello there');
    const take = await api(ana.apiKey, 'POST', `/api/v1/conversations/${v.conversationId}/takeover`);
    expect(take.status).toBe(201);
    const id = take.body.id as string;
    const pending = await api(ana.apiKey, 'PATCH', `/api/v1/tickets/${id}`, { status: 'pending' });
    expect(pending.body.sla).toMatchObject({ paused: true, firstResponseBreached: false });
    // Ten minutes pass while the ticket waits on the customer.
    const [row] = await db().select().from(tickets).where(eq(tickets.id, id));
    await db().update(tickets).set({ slaPausedAt: new Date(row!.slaPausedAt!.getTime() - 10 * 60_000) }).where(eq(tickets.id, id));
    await v.say('here is the information you asked for');
    const resumed = await waitFor(async () => {
      const [t] = await db().select().from(tickets).where(eq(tickets.id, id));
      return t && t.status === 'open' ? t : null;
    }, { what: 'ticket reopened by the customer' });
    expect(resumed.slaPausedAt).toBeNull();
    expect(resumed.slaPausedSeconds).toBeGreaterThanOrEqual(600);
    expect(resumed.slaPausedSeconds).toBeLessThan(900);
    const shift = (resumed.resolutionDueAt!.getTime() - row!.resolutionDueAt!.getTime()) / 1000;
    expect(shift).toBe(resumed.slaPausedSeconds);
    const history = (await api(ana.apiKey, 'GET', `/api/v1/tickets/${id}`)).body.history;
    expect(history.some((e: any) => e.type === 'status-update' && e.role === 'customer' && e.oldValue === 'pending' && e.newValue === 'open')).toBe(true);
    expect(history.some((e: any) => e.type === 'status-update' && e.createdBy === ana.id && e.newValue === 'pending')).toBe(true);
  });

  it('warns shortly before the due time and announces the breach at it, once each, on the inbox stream (repeatable job)', async () => {
    const schedulers = await h.c.queues.get(MAINTENANCE_QUEUE)!.getJobSchedulers();
    expect(schedulers.map((s) => s.key ?? s.name).sort()).toEqual(expect.arrayContaining(['inactivity-scan', 'sla-scan']));
    const v = await visitor();
    const t = await newTicket(sue.apiKey, { customerId: await customerOf(v.conversationId), subject: 'SLA watch' });
    const paused = await newTicket(sue.apiKey, { customerId: await customerOf(v.conversationId), subject: 'SLA paused' });
    await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${paused.id}`, { status: 'pending' });
    // First response due in 5 minutes: inside SLA_WARNING_MINUTES (15).
    const soon = new Date(Date.now() + 5 * 60_000);
    await db().update(tickets).set({ firstResponseDueAt: soon }).where(eq(tickets.id, t.id));
    await db().update(tickets).set({ firstResponseDueAt: new Date(Date.now() - 60_000) }).where(eq(tickets.id, paused.id));
    const warning = await inbox.waitFor((e) => e.event === 'ticket.sla_warning' && e.data.ticketId === t.id, 15_000);
    expect(warning.data).toMatchObject({ target: 'firstResponse', dueAt: soon.toISOString() });
    await db().update(tickets).set({ firstResponseDueAt: new Date(Date.now() - 1000) }).where(eq(tickets.id, t.id));
    const breach = await inbox.waitFor((e) => e.event === 'ticket.sla_breached' && e.data.ticketId === t.id, 15_000);
    expect(breach.data.target).toBe('firstResponse');
    const detail = (await api(sue.apiKey, 'GET', `/api/v1/tickets/${t.id}`)).body;
    expect(detail.slaBreached).toBe(true);
    const alerts = detail.history.filter((e: any) => e.type === 'sla-warning' || e.type === 'sla-breach').map((e: any) => `${e.type} ${e.fieldName}`);
    expect(alerts).toEqual(['sla-warning firstResponse', 'sla-breach firstResponse']);
    expect(inbox.events.filter((e) => e.event === 'ticket.sla_warning' && e.data.ticketId === t.id)).toHaveLength(1);
    // The paused ticket is past its due time but waits on the customer: no alert.
    expect(inbox.events.some((e) => e.event.startsWith('ticket.sla_') && e.data.ticketId === paused.id)).toBe(false);
    const pausedDetail = (await api(sue.apiKey, 'GET', `/api/v1/tickets/${paused.id}`)).body;
    expect(pausedDetail.history.some((e: any) => e.type === 'sla-warning' || e.type === 'sla-breach')).toBe(false);
    expect(pausedDetail.slaBreached).toBe(false);
  });
});

describe('conversations: status history, inactivity, feedback, filters', () => {
  it('records every status change with its cause; a bot-only chat completes after inactivity and takes a rating and a comment', async () => {
    const v = await visitor();
    await v.say('what are your opening hours?');
    const escalated = await visitor();
    await escalated.say('hi');
    await api(ana.apiKey, 'POST', `/api/v1/conversations/${escalated.conversationId}/takeover`);
    // Both silent for two days: only the one the bot handled alone completes.
    const old = new Date(Date.now() - 48 * 3600_000);
    await db().update(conversations).set({ lastMessageAt: old }).where(eq(conversations.id, v.conversationId));
    await db().update(conversations).set({ lastMessageAt: old }).where(eq(conversations.id, escalated.conversationId));
    const completed = await waitFor(async () => {
      const [c] = await db().select().from(conversations).where(eq(conversations.id, v.conversationId));
      return c?.status === 'COMPLETED' ? c : null;
    }, { what: 'inactive conversation completed', timeoutMs: 20_000 });
    expect(completed.awaitingFeedback).toBe('rating');
    const question = await waitFor(async () => (await db().select().from(messages).where(and(eq(messages.conversationId, v.conversationId), eq(messages.senderType, 'system'))))[0]);
    expect(question.text).toMatch(/1 \(poor\) to 5/);
    const [stillEscalated] = await db().select().from(conversations).where(eq(conversations.id, escalated.conversationId));
    expect(stillEscalated!.status).toBe('ESCALATED');

    await v.say('4');
    const [fb] = await waitFor(async () => {
      const rows = await db().select().from(feedback).where(eq(feedback.conversationId, v.conversationId));
      return rows.length ? rows : null;
    });
    expect(fb).toMatchObject({ rating: 4, ticketId: null, comment: null });
    await v.say('Quick and clear answers, thank you');
    await waitFor(async () => (await db().select().from(feedback).where(eq(feedback.id, fb!.id)))[0]?.comment);

    const detail = await api(ana.apiKey, 'GET', `/api/v1/conversations/${v.conversationId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.statusHistory.map((s: any) => `${s.from}→${s.to}`)).toEqual(['null→NEW', 'NEW→ACTIVE', 'ACTIVE→COMPLETED']);
    expect(detail.body.statusHistory[2].cause).toMatch(/no activity for 1440 minutes/);
    expect(detail.body.statusHistory.every((s: any) => typeof s.at === 'string' && s.cause)).toBe(true);
    expect(detail.body.feedback).toEqual([expect.objectContaining({ rating: 4, comment: 'Quick and clear answers, thank you', ticketId: null })]);
    const esc = await api(ana.apiKey, 'GET', `/api/v1/conversations/${escalated.conversationId}`);
    expect(esc.body.statusHistory.map((s: any) => s.to)).toEqual(['NEW', 'ACTIVE', 'ESCALATED']);
    expect(esc.body.statusHistory[2].cause).toBe('taken over by an agent');
  });

  it('filters the list by status, channel, customer, assignee, dates and message text', async () => {
    const v = await visitor();
    await v.say('my parcel number is ZX-4471');
    const other = await visitor();
    await other.say('something else entirely');
    const ids = (r: Api) => r.body.items.map((i: { id: string }) => i.id);
    const q = await api(ana.apiKey, 'GET', '/api/v1/conversations?q=zx-4471');
    expect(ids(q)).toEqual([v.conversationId]);
    expect(ids(await api(ana.apiKey, 'GET', '/api/v1/conversations?q=100%25'))).toEqual([]);
    expect(ids(await api(ana.apiKey, 'GET', `/api/v1/conversations?customerId=${await customerOf(other.conversationId)}`))).toEqual([other.conversationId]);
    expect(ids(await api(ana.apiKey, 'GET', '/api/v1/conversations?channel=telegram'))).toEqual([]);
    expect(ids(await api(ana.apiKey, 'GET', '/api/v1/conversations?channel=webchat&status=ACTIVE&limit=200'))).toEqual(expect.arrayContaining([v.conversationId, other.conversationId]));
    expect(ids(await api(ana.apiKey, 'GET', '/api/v1/conversations?status=COMPLETED'))).not.toContain(v.conversationId);
    const mine = ids(await api(ana.apiKey, 'GET', '/api/v1/conversations?assignee=me'));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine).not.toContain(v.conversationId);
    expect(ids(await api(ana.apiKey, 'GET', '/api/v1/conversations?assignee=unassigned&limit=200'))).toContain(v.conversationId);
    expect(ids(await api(ana.apiKey, 'GET', '/api/v1/conversations?from=2999-01-01'))).toEqual([]);
    expect(ids(await api(ana.apiKey, 'GET', '/api/v1/conversations?to=2000-01-01'))).toEqual([]);
    for (const bad of ['status=OPEN', 'channel=fax', 'customerId=x', 'assignee=bob', 'from=yesterday', 'from=2026-02-01&to=2026-01-01']) {
      expect((await api(ana.apiKey, 'GET', `/api/v1/conversations?${bad}`)).status, bad).toBe(400);
    }
  });
});

describe('custom fields', () => {
  it('definitions: validation per type and admin-only changes', async () => {
    const post = (b: Record<string, unknown>) => api(A.apiKey, 'POST', '/api/v1/custom-fields', b);
    expect((await post({ entity: 'ticket', key: 'x', label: 'X', type: 'dropdown' })).status).toBe(400);
    expect((await post({ entity: 'ticket', key: 'x', label: 'X', type: 'text', options: ['a'] })).status).toBe(400);
    expect((await post({ entity: 'ticket', key: 'Bad Key', label: 'X', type: 'text' })).status).toBe(400);
    expect((await post({ entity: 'order', key: 'x', label: 'X', type: 'text' })).status).toBe(400);
    expect((await post({ entity: 'ticket', key: 'x', label: 'X', type: 'color' })).status).toBe(400);
    expect((await post({ entity: 'ticket', key: 'x', label: 'X', type: 'dropdown', options: ['a', 'a'] })).status).toBe(400);
    expect((await api(sue.apiKey, 'POST', '/api/v1/custom-fields', { entity: 'ticket', key: 'x', label: 'X', type: 'text' })).status).toBe(403);
    for (const b of [
      { entity: 'ticket', key: 'notes', label: 'Notes', type: 'text' },
      { entity: 'ticket', key: 'order_total', label: 'Order total', type: 'number' },
      { entity: 'ticket', key: 'due_on', label: 'Due on', type: 'date' },
      { entity: 'conversation', key: 'topic', label: 'Topic', type: 'dropdown', options: ['sales', 'support'] },
    ]) {
      const r = await post(b);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    expect((await post({ entity: 'ticket', key: 'notes', label: 'Again', type: 'text' })).status).toBe(400);
    // The same key on another entity is another field.
    expect((await post({ entity: 'customer', key: 'notes', label: 'Notes', type: 'text' })).status).toBe(201);
    const list = await api(ana.apiKey, 'GET', '/api/v1/custom-fields?entity=ticket');
    expect(list.body.items.map((f: { key: string }) => f.key)).toEqual(['due_on', 'notes', 'order_total', 'tier']);
    expect((await api(ana.apiKey, 'GET', '/api/v1/custom-fields?entity=nope')).status).toBe(400);
    const tier = list.body.items.find((f: { key: string }) => f.key === 'tier');
    const patched = await api(A.apiKey, 'PATCH', `/api/v1/custom-fields/${tier.id}`, { options: ['gold', 'silver', 'bronze'], label: 'Customer tier' });
    expect(patched.body).toMatchObject({ options: ['gold', 'silver', 'bronze'], label: 'Customer tier', type: 'dropdown' });
    expect((await api(A.apiKey, 'PATCH', `/api/v1/custom-fields/${tier.id}`, { type: 'text' })).status).toBe(400);
    expect((await api(A.apiKey, 'PATCH', `/api/v1/custom-fields/${tier.id}`, { options: [] })).status).toBe(400);
  });

  it('values are validated on ticket and conversation writes (400 naming the field) and filterable', async () => {
    const v = await visitor();
    await v.say('hello');
    const customerId = await customerOf(v.conversationId);
    const t = await newTicket(sue.apiKey, { customerId, subject: 'fields', customFields: { tier: 'bronze', order_total: 12.5 } });
    const other = await newTicket(sue.apiKey, { customerId, subject: 'fields 2', customFields: { tier: 'gold' } });
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ order_total: 'abc' }, /customFields\.order_total: "Order total" must be a number/],
      [{ due_on: 'tomorrow' }, /customFields\.due_on: "Due on" must be an ISO 8601 date/],
      [{ due_on: '2026-02-30T99:00' }, /customFields\.due_on/],
      [{ tier: 'platinum' }, /customFields\.tier: "Customer tier" must be one of: gold, silver, bronze/],
      [{ notes: 42 }, /customFields\.notes: "Notes" must be a string/],
      [{ nope: 1 }, /customFields\.nope: no such ticket custom field/],
    ];
    for (const [customFields, re] of cases) {
      const r = await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${t.id}`, { customFields });
      expect(r.status, JSON.stringify(customFields)).toBe(400);
      expect(r.body.error.message).toMatch(re);
      const c = await api(sue.apiKey, 'POST', '/api/v1/tickets', { customerId, subject: 'x', customFields });
      expect(c.status).toBe(400);
    }
    const ok = await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${t.id}`, { customFields: { notes: 'called twice', due_on: '2026-12-24', order_total: 99 } });
    expect(ok.body.customFields).toEqual({ tier: 'bronze', order_total: 99, notes: 'called twice', due_on: '2026-12-24' });
    const ids = (r: Api) => r.body.items.map((i: { id: string }) => i.id);
    expect(ids(await api(sue.apiKey, 'GET', '/api/v1/tickets?cf.tier=bronze'))).toEqual([t.id]);
    expect(ids(await api(sue.apiKey, 'GET', '/api/v1/tickets?cf.tier=gold'))).toContain(other.id);
    expect(ids(await api(sue.apiKey, 'GET', '/api/v1/tickets?cf.order_total=99'))).toEqual([t.id]);
    expect((await api(sue.apiKey, 'GET', '/api/v1/tickets?cf.Bad-Key=1')).status).toBe(400);

    const conv = await api(ana.apiKey, 'PATCH', `/api/v1/conversations/${v.conversationId}`, { customFields: { topic: 'billing' } });
    expect(conv.status).toBe(400);
    expect(conv.body.error.message).toMatch(/customFields\.topic/);
    expect((await api(ana.apiKey, 'PATCH', `/api/v1/conversations/${v.conversationId}`, { customFields: { tier: 'gold' } })).status).toBe(400);
    expect((await api(ana.apiKey, 'PATCH', `/api/v1/conversations/${v.conversationId}`, { customFields: { topic: 'sales' } })).body.customFields).toEqual({ topic: 'sales' });
    expect((await api(ana.apiKey, 'GET', `/api/v1/conversations/${v.conversationId}`)).body.customFields).toEqual({ topic: 'sales' });
    // Conversation lists filter on custom fields too.
    const convIds = (r: Api) => r.body.items.map((i: { id: string }) => i.id);
    expect(convIds(await api(sue.apiKey, 'GET', '/api/v1/conversations?cf.topic=sales'))).toEqual([v.conversationId]);
    expect(convIds(await api(sue.apiKey, 'GET', '/api/v1/conversations?cf.topic=support'))).toEqual([]);
    expect((await api(sue.apiKey, 'GET', '/api/v1/conversations?cf.Bad-Key=1')).status).toBe(400);
    expect((await api(analyst.apiKey, 'PATCH', `/api/v1/conversations/${v.conversationId}`, { customFields: { topic: 'support' } })).status).toBe(403);
  });

  it('a required field must be given on create and cannot be removed; a deleted field is no longer accepted', async () => {
    const v = await visitor();
    const customerId = await customerOf(v.conversationId);
    const region = await api(A.apiKey, 'POST', '/api/v1/custom-fields', { entity: 'ticket', key: 'region', label: 'Region', type: 'text', required: true });
    expect(region.status).toBe(201);
    const missing = await api(sue.apiKey, 'POST', '/api/v1/tickets', { customerId, subject: 'needs region' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/customFields\.region: "Region" is required/);
    const t = await newTicket(sue.apiKey, { customerId, subject: 'has region', customFields: { region: 'EU' } });
    const removed = await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${t.id}`, { customFields: { region: null } });
    expect(removed.status).toBe(400);
    expect(removed.body.error.message).toMatch(/region/);
    expect((await api(A.apiKey, 'DELETE', `/api/v1/custom-fields/${region.body.id}`)).status).toBe(204);
    expect((await api(A.apiKey, 'GET', `/api/v1/custom-fields/${region.body.id}`)).status).toBe(404);
    expect((await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${t.id}`, { customFields: { region: 'US' } })).status).toBe(400);
    expect((await api(A.apiKey, 'DELETE', `/api/v1/custom-fields/${region.body.id}`)).status).toBe(404);
  });
});

describe('roles', () => {
  it('an agent sees its own tickets and the unassigned queue; a supervisor sees and reassigns every ticket', async () => {
    const v = await visitor();
    const customerId = await customerOf(v.conversationId);
    const bobs = await newTicket(sue.apiKey, { customerId, subject: "Bob's", assigneeId: bob.id });
    const free = await newTicket(sue.apiKey, { customerId, subject: 'nobody yet' });
    expect((await api(ana.apiKey, 'GET', `/api/v1/tickets/${bobs.id}`)).status).toBe(404);
    expect((await api(ana.apiKey, 'PATCH', `/api/v1/tickets/${bobs.id}`, { priority: 'high' })).status).toBe(404);
    expect((await api(ana.apiKey, 'POST', `/api/v1/tickets/${bobs.id}/notes`, { text: 'peek' })).status).toBe(404);
    const anaList = (await api(ana.apiKey, 'GET', '/api/v1/tickets?limit=500')).body.items.map((t: { id: string }) => t.id);
    expect(anaList).toContain(free.id);
    expect(anaList).not.toContain(bobs.id);
    expect((await api(ana.apiKey, 'PATCH', `/api/v1/tickets/${free.id}`, { assigneeId: bob.id })).status).toBe(403);
    expect((await api(ana.apiKey, 'POST', `/api/v1/tickets/${free.id}/assign`, { agentId: bob.id })).status).toBe(403);
    expect((await api(ana.apiKey, 'POST', '/api/v1/tickets', { customerId, subject: 'for bob', assigneeId: bob.id })).status).toBe(403);
    const claimed = await api(ana.apiKey, 'PATCH', `/api/v1/tickets/${free.id}`, { assigneeId: ana.id, priority: 'high' });
    expect(claimed.body).toMatchObject({ assigneeId: ana.id, status: 'open', priority: 'high' });

    const supList = (await api(sue.apiKey, 'GET', '/api/v1/tickets?limit=500')).body.items.map((t: { id: string }) => t.id);
    expect(supList).toEqual(expect.arrayContaining([bobs.id, free.id]));
    const moved = await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${bobs.id}`, { assigneeId: ana.id });
    expect(moved.body.assigneeId).toBe(ana.id);
    expect((await api(ana.apiKey, 'GET', `/api/v1/tickets/${bobs.id}`)).status).toBe(200);
    expect((await api(sue.apiKey, 'POST', `/api/v1/tickets/${free.id}/assign`, { agentId: bob.id })).status).toBe(200);
    // Staff roles stay what they were: supervisors do not manage agents; analysts do not work tickets.
    expect((await api(sue.apiKey, 'POST', '/api/v1/agents', { email: 'x@acme.test', name: 'X' })).status).toBe(403);
    expect((await api(analyst.apiKey, 'GET', '/api/v1/tickets')).status).toBe(403);
  });

  it("an agent's inbox stream carries its own tickets and the unassigned queue, not a colleague's", async () => {
    const anaStream = await openSse(`${h.url}/api/v1/inbox/stream`, { authorization: `Bearer ${ana.apiKey}` });
    try {
      await anaStream.waitFor((e) => e.event === 'ready');
      const v = await visitor();
      const customerId = await customerOf(v.conversationId);
      const bobs = await newTicket(sue.apiKey, { customerId, subject: 'stream: Bob only', assigneeId: bob.id });
      expect((await api(sue.apiKey, 'PATCH', `/api/v1/tickets/${bobs.id}`, { priority: 'urgent' })).status).toBe(200);
      const free = await newTicket(sue.apiKey, { customerId, subject: 'stream: the queue' });
      expect((await api(ana.apiKey, 'PATCH', `/api/v1/tickets/${free.id}`, { assigneeId: ana.id })).status).toBe(200);
      // The supervisor sees both; the agent sees the queue ticket and its own claim, in order.
      await inbox.waitFor((e) => e.event === 'ticket.updated' && e.data.id === bobs.id && e.data.priority === 'urgent');
      await anaStream.waitFor((e) => e.event === 'ticket.created' && e.data.id === free.id);
      await anaStream.waitFor((e) => e.event === 'ticket.updated' && e.data.id === free.id && e.data.assigneeId === ana.id);
      expect(anaStream.events.filter((e) => e.data?.id === bobs.id || e.data?.ticketId === bobs.id)).toEqual([]);
    } finally {
      anaStream.close();
    }
  });

  it('an agent sees only its own analytics; a supervisor the team', async () => {
    const own = await api(ana.apiKey, 'GET', '/api/v1/analytics/agents');
    expect(own.status).toBe(200);
    expect(own.body.tenant).toBeNull();
    expect(own.body.items.every((i: { agentId: string }) => i.agentId === ana.id)).toBe(true);
    const team = await api(sue.apiKey, 'GET', '/api/v1/analytics/agents');
    expect(team.body.tenant).not.toBeNull();
    const agentIds = new Set(team.body.items.map((i: { agentId: string }) => i.agentId));
    expect(agentIds.has(ana.id) || agentIds.size > 0).toBe(true);
    expect([...agentIds].some((id) => id !== ana.id)).toBe(true);
  });
});

describe('AI logs', () => {
  it('lists a ticket’s and a conversation’s processing log with retrieved chunks and scores, including the assignment decision', async () => {
    const v = await visitor();
    await v.say('hello');
    const take = await api(ana.apiKey, 'POST', `/api/v1/conversations/${v.conversationId}/takeover`);
    await db().insert(aiProcessingLogs).values({
      tenantId: A.tenantId,
      entityType: 'message',
      entityId: randomUUID(),
      conversationId: v.conversationId,
      processingType: 'respond',
      input: { question: 'hello' },
      retrieved: [{ chunkId: randomUUID(), score: 0.83 }],
      output: { answer: 'Hi!' },
      model: 'test-model',
      latencyMs: 12,
    });
    const byTicket = await api(sue.apiKey, 'GET', `/api/v1/ai-logs?ticketId=${take.body.id}`);
    expect(byTicket.status).toBe(200);
    const steps = byTicket.body.items.map((i: { step: string }) => i.step);
    expect(steps).toEqual(expect.arrayContaining(['assignment', 'respond']));
    const respond = byTicket.body.items.find((i: { step: string }) => i.step === 'respond');
    expect(respond).toMatchObject({ input: { question: 'hello' }, output: { answer: 'Hi!' }, model: 'test-model', latencyMs: 12 });
    expect(respond.retrieved[0]).toMatchObject({ score: 0.83 });
    expect(byTicket.body.items.find((i: { step: string }) => i.step === 'assignment').output).toMatchObject({ assigneeId: ana.id });
    const byConv = await api(analyst.apiKey, 'GET', `/api/v1/ai-logs?conversationId=${v.conversationId}`);
    expect(byConv.body.items.map((i: { step: string }) => i.step)).toContain('respond');
    expect((await api(sue.apiKey, 'GET', '/api/v1/ai-logs')).status).toBe(400);
    expect((await api(sue.apiKey, 'GET', '/api/v1/ai-logs?ticketId=x')).status).toBe(400);
    expect((await api(sue.apiKey, 'GET', `/api/v1/ai-logs?ticketId=${randomUUID()}`)).status).toBe(404);
    expect((await api(ana.apiKey, 'GET', `/api/v1/ai-logs?ticketId=${take.body.id}`)).status).toBe(403);
  });
});

describe('tenant isolation', () => {
  it("a key of tenant B gets 404 for tenant A's ids on every new route", async () => {
    const v = await visitor();
    await v.say('hello');
    const customerId = await customerOf(v.conversationId);
    const t = await newTicket(sue.apiKey, { customerId, subject: 'A only', customFields: { tier: 'gold' } });
    const field = (await api(A.apiKey, 'GET', '/api/v1/custom-fields')).body.items[0].id;
    const cat = categories.get('general')!;
    const b = B.apiKey;
    const cases: Array<[string, string, unknown?]> = [
      ['PATCH', `/api/v1/tickets/${t.id}`, { priority: 'high' }],
      ['GET', `/api/v1/ticket-categories/${cat}`],
      ['PATCH', `/api/v1/ticket-categories/${cat}`, { active: false }],
      ['GET', `/api/v1/custom-fields/${field}`],
      ['PATCH', `/api/v1/custom-fields/${field}`, { label: 'stolen' }],
      ['DELETE', `/api/v1/custom-fields/${field}`],
      ['GET', `/api/v1/ai-logs?ticketId=${t.id}`],
      ['GET', `/api/v1/ai-logs?conversationId=${v.conversationId}`],
      ['GET', `/api/v1/conversations/${v.conversationId}`],
      ['PATCH', `/api/v1/conversations/${v.conversationId}`, { customFields: {} }],
      ['POST', '/api/v1/tickets', { customerId, subject: 'not mine' }],
    ];
    for (const [method, path, body] of cases) expect((await api(b, method, path, body)).status, `${method} ${path}`).toBe(404);
    // Nothing leaked into B's lists, and A's records are unchanged.
    expect((await api(b, 'GET', '/api/v1/tickets?cf.tier=gold')).body.items).toEqual([]);
    expect((await api(b, 'GET', `/api/v1/conversations?customerId=${customerId}`)).body.items).toEqual([]);
    expect((await api(b, 'GET', '/api/v1/custom-fields')).body.items).toEqual([]);
    expect((await api(A.apiKey, 'GET', `/api/v1/ticket-categories/${cat}`)).body.active).toBe(true);
    // B's own ticket cannot point at A's category.
    const bConv = await db().select().from(conversations).where(eq(conversations.tenantId, B.tenantId));
    expect(bConv).toEqual([]);
    const bTicketCat = await api(b, 'GET', '/api/v1/ticket-categories');
    expect(bTicketCat.body.items.map((c: { id: string }) => c.id)).not.toContain(cat);
  });
});
