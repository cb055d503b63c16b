/**
 * Teams, schedules and routing rules: the CRUD endpoints (validation, tenant
 * isolation, roles) and who gets an escalated ticket — only members on shift,
 * routing precedence (position, first match, continue), the team queue and the
 * out-of-hours message with the next opening in the team's time zone, a
 * holiday, the `assignment` step in the AI processing log; end to end through
 * the product's conversation processor once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { aiProcessingLogs, channelIdentities, conversations, customers, messages, tickets } from '../../drizzle/schema.js';
import { describeOpening, zonedInstant } from '../../src/teams/schedule.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
let A: { tenantId: string; apiKey: string };
let B: { tenantId: string; apiKey: string };
let C: { tenantId: string; apiKey: string };
const agents: Record<string, { id: string; apiKey: string }> = {};
let bAgent: string;
let conn: string;
let connC: string;
let openTeam: string;
let closedTeam: string;
let holidayTeam: string;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ALL_DAY = Object.fromEntries(WEEKDAYS.map((d) => [d, ['00:00-24:00']]));

/** The local calendar date in `tz`, `plus` days from today. */
function localDate(tz: string, plus = 0): { y: number; m: number; d: number; weekday: string; key: string } {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date()).map((p) => [p.type, p.value]));
  const t = new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day) + plus));
  const r = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  return { ...r, weekday: WEEKDAYS[t.getUTCDay()]!, key: t.toISOString().slice(0, 10) };
}

async function agent(key: string, name: string) {
  const res = await h.api(key, 'POST', '/api/v1/agents', { email: `${name.toLowerCase()}@example.test`, name });
  expect(res.status).toBe(201);
  return res.body as { id: string; apiKey: string };
}

/** A web chat conversation whose customer said `text` (no worker: nothing answers). */
async function conversationSaying(connection: string, text: string, opts: { language?: string; tags?: string[] } = {}) {
  const s = (await (await fetch(`${h.url}/api/v1/webchat/${connection}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
  const r = await fetch(`${h.url}/api/v1/webchat/${connection}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text, clientMessageId: 'm1' }) });
  expect(r.status).toBe(202);
  const db = h.c.database.db;
  const [conv] = await db.select().from(conversations).where(eq(conversations.id, s.conversationId));
  if (opts.language) await db.update(channelIdentities).set({ language: opts.language }).where(eq(channelIdentities.id, conv!.identityId));
  if (opts.tags) await db.update(customers).set({ tags: opts.tags }).where(eq(customers.id, conv!.customerId));
  return s.conversationId;
}

async function escalate(tenantId: string, conversationId: string) {
  const ticket = await h.c.ticketEscalation.escalate({ tenantId, conversationId, reason: 'rule', evidence: { ruleName: 'test' }, priority: 'medium', assignment: { strategy: 'round_robin' }, acknowledge: true });
  const db = h.c.database.db;
  const outs = await db.select().from(messages).where(and(eq(messages.conversationId, conversationId), eq(messages.direction, 'out'))).orderBy(asc(messages.seq));
  const [log] = await db.select().from(aiProcessingLogs).where(and(eq(aiProcessingLogs.entityId, ticket.id), eq(aiProcessingLogs.processingType, 'assignment')));
  return { ticket, ack: outs.map((m) => m.text).join('\n'), log };
}

async function deleteAllRules(key: string) {
  for (const r of (await h.api(key, 'GET', '/api/v1/routing-rules')).body.items) expect((await h.api(key, 'DELETE', `/api/v1/routing-rules/${r.id}`)).status).toBe(204);
}

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  A = await h.createTenant('Acme');
  B = await h.createTenant('Other');
  C = await h.createTenant('Night shop');
  for (const name of ['Ana', 'Bob', 'Cy']) agents[name] = await agent(A.apiKey, name);
  bAgent = (await agent(B.apiKey, 'Bea')).id;
  conn = (await h.api(A.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id;
  connC = (await h.api(C.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id;
}, 60_000);

afterAll(async () => h?.close());

describe('teams API', () => {
  it('validates the body with a 400 naming the field', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{}, /name/],
      [{ name: 'X', timeZone: 'Mars/Olympus' }, /timeZone/],
      [{ name: 'X', schedule: { monday: ['9-5'] } }, /schedule\.monday/],
      [{ name: 'X', schedule: { monday: ['09:00-09:00'] } }, /schedule\.monday/],
      [{ name: 'X', schedule: { funday: ['09:00-17:00'] } }, /funday|schedule/],
      [{ name: 'X', holidays: ['2026-02-30'] }, /holidays/],
      [{ name: 'X', holidays: ['25/12/2026'] }, /holidays/],
      [{ name: 'X', memberIds: ['nope'] }, /memberIds/],
      [{ name: 'X', memberIds: [bAgent] }, /memberIds/],
      [{ name: 'X', colour: 'red' }, /colour|body/],
    ];
    for (const [body, re] of cases) {
      const res = await h.api(A.apiKey, 'POST', '/api/v1/teams', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.body), JSON.stringify(body)).toMatch(re);
    }
  });

  it('creates teams with members, schedule, time zone and holidays; shows whether they are open', async () => {
    const open = await h.api(A.apiKey, 'POST', '/api/v1/teams', { name: 'Always on', focusArea: 'Tier 1', memberIds: [agents.Ana!.id], timeZone: 'UTC', schedule: ALL_DAY });
    expect(open.status).toBe(201);
    expect(open.body).toMatchObject({ name: 'Always on', focusArea: 'Tier 1', memberIds: [agents.Ana!.id], openNow: true, nextOpeningAt: null });
    openTeam = open.body.id;
    // Open only three days from now, 09:00–10:00 in Kolkata.
    const later = localDate('Asia/Kolkata', 3);
    const closed = await h.api(A.apiKey, 'POST', '/api/v1/teams', { name: 'Billing', memberIds: [agents.Bob!.id], timeZone: 'Asia/Kolkata', schedule: { [later.weekday]: ['09:00-10:00'] } });
    expect(closed.status).toBe(201);
    expect(closed.body.openNow).toBe(false);
    expect(closed.body.nextOpeningAt).toBe(zonedInstant(later.y, later.m, later.d, 9 * 60, 'Asia/Kolkata').toISOString());
    closedTeam = closed.body.id;
    const today = localDate('UTC');
    const holiday = await h.api(A.apiKey, 'POST', '/api/v1/teams', { name: 'Holiday crew', memberIds: [agents.Cy!.id], timeZone: 'UTC', schedule: ALL_DAY, holidays: [today.key] });
    expect(holiday.body.openNow).toBe(false);
    const tomorrow = localDate('UTC', 1);
    expect(holiday.body.nextOpeningAt).toBe(new Date(Date.UTC(tomorrow.y, tomorrow.m - 1, tomorrow.d)).toISOString());
    holidayTeam = holiday.body.id;
    expect((await h.api(A.apiKey, 'POST', '/api/v1/teams', { name: 'Billing' })).status).toBe(400);
  });

  it('lists, reads and patches; tenant B gets 404, an agent 403 for writes', async () => {
    const list = await h.api(agents.Ana!.apiKey, 'GET', '/api/v1/teams');
    expect(list.status).toBe(200);
    expect(list.body.items.map((t: { name: string }) => t.name)).toEqual(['Always on', 'Billing', 'Holiday crew']);
    expect((await h.api(A.apiKey, 'GET', `/api/v1/teams/${openTeam}`)).body.name).toBe('Always on');
    const patched = await h.api(A.apiKey, 'PATCH', `/api/v1/teams/${openTeam}`, { focusArea: 'Tier 1 and 2', memberIds: [agents.Ana!.id, agents.Ana!.id] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ focusArea: 'Tier 1 and 2', memberIds: [agents.Ana!.id] });
    expect((await h.api(A.apiKey, 'PATCH', `/api/v1/teams/${openTeam}`, {})).status).toBe(400);
    expect((await h.api(A.apiKey, 'PATCH', `/api/v1/teams/${openTeam}`, { schedule: { monday: ['25:00-26:00'] } })).status).toBe(400);
    expect((await h.api(A.apiKey, 'GET', '/api/v1/teams/not-a-uuid')).status).toBe(400);
    for (const [method, body] of [['GET', undefined], ['PATCH', { name: 'Mine' }], ['DELETE', undefined]] as const) {
      expect((await h.api(B.apiKey, method, `/api/v1/teams/${openTeam}`, body)).status, method).toBe(404);
    }
    expect((await h.api(agents.Ana!.apiKey, 'POST', '/api/v1/teams', { name: 'Agents only' })).status).toBe(403);
    expect((await h.api(agents.Ana!.apiKey, 'PATCH', `/api/v1/teams/${openTeam}`, { name: 'n' })).status).toBe(403);
    expect((await h.api(agents.Ana!.apiKey, 'DELETE', `/api/v1/teams/${openTeam}`)).status).toBe(403);
    expect((await h.api(B.apiKey, 'GET', '/api/v1/teams')).body.items).toEqual([]);
  });
});

describe('routing rules API', () => {
  it('validates criteria and actions; the team and agent must be the tenant’s', async () => {
    const bTeam = (await h.api(B.apiKey, 'POST', '/api/v1/teams', { name: 'B team' })).body.id;
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ name: 'r', actions: {} }, /actions/],
      [{ name: 'r' }, /actions/],
      [{ name: 'r', actions: { teamId: bTeam } }, /teamId/],
      [{ name: 'r', actions: { agentId: bAgent } }, /agentId/],
      [{ name: 'r', actions: { priority: 'whenever' } }, /priority/],
      [{ name: 'r', criteria: { text: { regex: '(a+)+$' } }, actions: { priority: 'high' } }, /regex.*nested/],
      [{ name: 'r', criteria: { text: { regex: 'x'.repeat(300) } }, actions: { priority: 'high' } }, /regex/],
      [{ name: 'r', criteria: { channel: 'webchat' }, actions: { priority: 'high' } }, /channel|criteria/],
      [{ name: 'r', criteria: { channels: ['fax'] }, actions: { priority: 'high' } }, /channels/],
      [{ name: 'r', position: -1, actions: { priority: 'high' } }, /position/],
    ];
    for (const [body, re] of cases) {
      const res = await h.api(A.apiKey, 'POST', '/api/v1/routing-rules', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.body), JSON.stringify(body)).toMatch(re);
    }
  });

  it('creates (last by default), reads, patches and deletes; tenant B gets 404, an agent 403 for writes', async () => {
    const one = await h.api(A.apiKey, 'POST', '/api/v1/routing-rules', { name: 'one', actions: { addTags: ['a'] } });
    const two = await h.api(A.apiKey, 'POST', '/api/v1/routing-rules', { name: 'two', actions: { addTags: ['b'] } });
    expect([one.status, two.status]).toEqual([201, 201]);
    expect(two.body.position).toBeGreaterThan(one.body.position);
    expect(one.body).toMatchObject({ active: true, continue: false, criteria: {} });
    const moved = await h.api(A.apiKey, 'PATCH', `/api/v1/routing-rules/${two.body.id}`, { position: 0 });
    expect(moved.body.position).toBe(0);
    expect((await h.api(agents.Ana!.apiKey, 'GET', '/api/v1/routing-rules')).body.items.map((r: { name: string }) => r.name)).toEqual(['two', 'one']);
    expect((await h.api(A.apiKey, 'PATCH', `/api/v1/routing-rules/${two.body.id}`, {})).status).toBe(400);
    for (const [method, body] of [['GET', undefined], ['PATCH', { name: 'x' }], ['DELETE', undefined]] as const) {
      expect((await h.api(B.apiKey, method, `/api/v1/routing-rules/${one.body.id}`, body)).status, method).toBe(404);
    }
    expect((await h.api(agents.Ana!.apiKey, 'POST', '/api/v1/routing-rules', { name: 'x', actions: { addTags: ['a'] } })).status).toBe(403);
    expect((await h.api(agents.Ana!.apiKey, 'PATCH', `/api/v1/routing-rules/${one.body.id}`, { name: 'x' })).status).toBe(403);
    expect((await h.api(agents.Ana!.apiKey, 'DELETE', `/api/v1/routing-rules/${one.body.id}`)).status).toBe(403);
    await deleteAllRules(A.apiKey);
    expect((await h.api(A.apiKey, 'GET', `/api/v1/routing-rules/${one.body.id}`)).status).toBe(404);
  });
});

describe('assignment', () => {
  it('picks only members on shift (an agent whose every team is closed is skipped)', async () => {
    const assignees = new Set<string | null>();
    for (let i = 0; i < 4; i++) {
      const { ticket, log } = await escalate(A.tenantId, await conversationSaying(conn, `question ${i}`));
      assignees.add(ticket.assigneeId);
      expect(log!.output).toMatchObject({ matchedRules: [], offShiftAgents: expect.arrayContaining([agents.Bob!.id, agents.Cy!.id]) });
    }
    // Bob (Billing, closed) and Cy (Holiday crew, on holiday) are off shift; Ana works.
    expect([...assignees]).toEqual([agents.Ana!.id]);
  });

  it('a routed team that is closed: the ticket waits in its queue and the customer learns the next opening', async () => {
    await h.api(A.apiKey, 'POST', '/api/v1/routing-rules', { name: 'invoices to billing', criteria: { text: { contains: ['invoice'] } }, actions: { teamId: closedTeam } });
    const { ticket, ack, log } = await escalate(A.tenantId, await conversationSaying(conn, 'My invoice is wrong'));
    expect(ticket).toMatchObject({ teamId: closedTeam, assigneeId: null, status: 'new' });
    const later = localDate('Asia/Kolkata', 3);
    const opening = zonedInstant(later.y, later.m, later.d, 9 * 60, 'Asia/Kolkata');
    expect(ack).toContain(describeOpening(opening, 'Asia/Kolkata'));
    expect(ack).toMatch(/09:00/);
    expect(log!.output).toMatchObject({ matchedRules: [{ name: 'invoices to billing' }], teamId: closedTeam, assigneeId: null, outOfHours: { teamId: closedTeam, nextOpeningAt: opening.toISOString() } });
    // In the customer's language.
    const es = await escalate(A.tenantId, await conversationSaying(conn, 'Mi invoice está mal', { language: 'es' }));
    expect(es.ack).toMatch(/Nuestro equipo/);
    expect(es.ack).toContain(describeOpening(opening, 'Asia/Kolkata', 'es'));
  });

  it('a holiday closes a team that is otherwise always on', async () => {
    await deleteAllRules(A.apiKey);
    await h.api(A.apiKey, 'POST', '/api/v1/routing-rules', { name: 'holiday', criteria: { text: { contains: ['gift card'] } }, actions: { teamId: holidayTeam } });
    const { ticket, ack } = await escalate(A.tenantId, await conversationSaying(conn, 'gift card problem'));
    expect(ticket).toMatchObject({ teamId: holidayTeam, assigneeId: null });
    const tomorrow = localDate('UTC', 1);
    expect(ack).toContain(describeOpening(new Date(Date.UTC(tomorrow.y, tomorrow.m - 1, tomorrow.d)), 'UTC'));
  });

  it('an open routed team: a member on shift gets it', async () => {
    await deleteAllRules(A.apiKey);
    await h.api(A.apiKey, 'POST', '/api/v1/routing-rules', { name: 'to the open team', actions: { teamId: openTeam } });
    const { ticket, ack } = await escalate(A.tenantId, await conversationSaying(conn, 'hello there'));
    expect(ticket).toMatchObject({ teamId: openTeam, assigneeId: agents.Ana!.id, status: 'open' });
    expect(ack).not.toMatch(/not available/);
  });

  it('precedence: position order, first match wins, continue goes on', async () => {
    await deleteAllRules(A.apiKey);
    const tagVip = (await h.api(A.apiKey, 'POST', '/api/v1/routing-rules', { name: 'vip', position: 10, continue: true, criteria: { customerTags: ['vip'] }, actions: { addTags: ['vip'], priority: 'urgent' } })).body;
    const toAna = (await h.api(A.apiKey, 'POST', '/api/v1/routing-rules', { name: 'refunds to Ana', position: 20, criteria: { text: { regex: 'refund\\s+#\\d+' } }, actions: { agentId: agents.Ana!.id, addTags: ['refund'] } })).body;
    const toBilling = (await h.api(A.apiKey, 'POST', '/api/v1/routing-rules', { name: 'everything to billing', position: 30, actions: { teamId: closedTeam } })).body;
    expect([tagVip.id, toAna.id, toBilling.id].every(Boolean)).toBe(true);

    const first = await escalate(A.tenantId, await conversationSaying(conn, 'where is my refund #123', { tags: ['VIP'] }));
    expect(first.ticket).toMatchObject({ assigneeId: agents.Ana!.id, priority: 'urgent', teamId: null });
    expect(first.ticket.tags).toEqual(['vip', 'refund']);
    expect(first.log!.output.matchedRules).toEqual([{ id: tagVip.id, name: 'vip' }, { id: toAna.id, name: 'refunds to Ana' }]);

    // Without `continue` the vip rule stops the evaluation.
    await h.api(A.apiKey, 'PATCH', `/api/v1/routing-rules/${tagVip.id}`, { continue: false });
    const second = await escalate(A.tenantId, await conversationSaying(conn, 'where is my refund #124', { tags: ['vip'] }));
    expect(second.ticket).toMatchObject({ assigneeId: agents.Ana!.id, priority: 'urgent', tags: ['vip'] });
    expect(second.log!.output.matchedRules).toEqual([{ id: tagVip.id, name: 'vip' }]);

    // Moved first, the catch-all wins over everything.
    await h.api(A.apiKey, 'PATCH', `/api/v1/routing-rules/${toBilling.id}`, { position: 1 });
    const third = await escalate(A.tenantId, await conversationSaying(conn, 'where is my refund #125', { tags: ['vip'] }));
    expect(third.ticket).toMatchObject({ teamId: closedTeam, assigneeId: null, priority: 'medium', tags: [] });

    // An inactive rule is skipped.
    await h.api(A.apiKey, 'PATCH', `/api/v1/routing-rules/${toBilling.id}`, { active: false });
    const fourth = await escalate(A.tenantId, await conversationSaying(conn, 'where is my refund #126'));
    expect(fourth.ticket).toMatchObject({ assigneeId: agents.Ana!.id, tags: ['refund'] });
  });

  it('a team used by a routing rule cannot be deleted; once free, its queue is emptied', async () => {
    const del = await h.api(A.apiKey, 'DELETE', `/api/v1/teams/${closedTeam}`);
    expect(del.status).toBe(400);
    expect(JSON.stringify(del.body)).toMatch(/everything to billing/);
    await deleteAllRules(A.apiKey);
    expect((await h.api(A.apiKey, 'DELETE', `/api/v1/teams/${closedTeam}`)).status).toBe(204);
    expect((await h.api(A.apiKey, 'GET', `/api/v1/teams/${closedTeam}`)).status).toBe(404);
    expect(await h.c.database.db.select().from(tickets).where(eq(tickets.teamId, closedTeam))).toEqual([]);
  });

  it('outside every team’s hours: unassigned, in the queue of the team that opens first, the customer told when', async () => {
    const night = await agent(C.apiKey, 'Nia');
    const inTwo = localDate('Europe/Lisbon', 2);
    const inFour = localDate('Europe/Lisbon', 4);
    await h.api(C.apiKey, 'POST', '/api/v1/teams', { name: 'Late', memberIds: [night.id], timeZone: 'Europe/Lisbon', schedule: { [inFour.weekday]: ['08:00-12:00'] } });
    const soon = (await h.api(C.apiKey, 'POST', '/api/v1/teams', { name: 'Soon', memberIds: [night.id], timeZone: 'Europe/Lisbon', schedule: { [inTwo.weekday]: ['22:00-02:00'] } })).body;
    const { ticket, ack, log } = await escalate(C.tenantId, await conversationSaying(connC, 'anyone?'));
    expect(ticket).toMatchObject({ assigneeId: null, teamId: soon.id, status: 'new' });
    const opening = zonedInstant(inTwo.y, inTwo.m, inTwo.d, 22 * 60, 'Europe/Lisbon');
    expect(ack).toContain(describeOpening(opening, 'Europe/Lisbon'));
    expect(log!.output).toMatchObject({ openTeams: [], outOfHours: { teamId: soon.id, nextOpeningAt: opening.toISOString() } });
  });
});

describe('end to end through the conversation processor', () => {
  it('a human request is routed by the rules and the decision is logged', async () => {
    await deleteAllRules(A.apiKey);
    await h.api(A.apiKey, 'POST', '/api/v1/routing-rules', { name: 'web chat to the open team', criteria: { channels: ['webchat'] }, actions: { teamId: openTeam, addTags: ['web'] } });
    const conversationId = await conversationSaying(conn, 'I need to talk to a human right now');
    // The product's processor: responder + escalation hooks, as the worker runs it.
    await h.c.processor.process(A.tenantId, conversationId, h.c.logger);
    const [ticket] = await h.c.database.db.select().from(tickets).where(eq(tickets.conversationId, conversationId));
    expect(ticket).toMatchObject({ teamId: openTeam, assigneeId: agents.Ana!.id, tags: ['web'] });
    const [log] = await h.c.database.db.select().from(aiProcessingLogs).where(and(eq(aiProcessingLogs.entityId, ticket!.id), eq(aiProcessingLogs.processingType, 'assignment')));
    expect(log).toMatchObject({ entityType: 'ticket', conversationId, model: 'routing-rules-v1' });
  });
});
