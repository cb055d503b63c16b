/**
 * The audit log (entries in the transaction of their change, filters, admin
 * only, tenant-scoped), plans (GET /api/v1/tenant, 402 naming the limit for
 * agents and manual tickets, escalation over the limit still hands the
 * customer over and flags the ticket, `npm run admin -- set-plan`) and the
 * retention job (archive 30 days, audit 1 year, tickets/messages past the
 * tenant's retention), with explicit timestamps instead of waiting.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archivedRecords, auditLog, conversations, customers, messages, tenants, tickets, users } from '../../drizzle/schema.js';
import { EchoResponder } from '../../src/conversation/echo.responder.js';
import { MAINTENANCE_QUEUE, RETENTION_JOB } from '../../src/queue/queues.js';
import { startConversationWorker } from '../../src/worker/conversation.worker.js';
import { startMaintenanceWorker } from '../../src/worker/maintenance.worker.js';
import { ROOT, startHarness, waitFor, type Harness } from '../helpers/harness.js';

let h: Harness;
let A: { tenantId: string; apiKey: string };
let B: { tenantId: string; apiKey: string };
let agent: { id: string; apiKey: string };
let webchatId: string;

const db = () => h.c.database.db;

async function session(conn = webchatId): Promise<{ token: string; conversationId: string }> {
  const res = await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  expect(res.status).toBe(201);
  return (await res.json()) as { token: string; conversationId: string };
}

async function say(token: string, text: string, conn = webchatId): Promise<void> {
  const res = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ text, clientMessageId: randomUUID() }),
  });
  expect(res.status).toBe(202);
}

function runAdmin(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/admin.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...h.env, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  // One worker with the product's escalation hooks (and an echo bot), so a request for a person escalates.
  h = await startHarness({ workers: 0 });
  h.workers.push(startConversationWorker(h.c, { responder: new EchoResponder(), hooks: h.c.escalationHooks }));
  A = await h.createTenant('Audit A');
  B = await h.createTenant('Audit B');
  const created = await h.api(A.apiKey, 'POST', '/api/v1/agents', { email: 'ann@a.test', name: 'Ann' });
  expect(created.status).toBe(201);
  agent = { id: created.body.id, apiKey: created.body.apiKey };
  const chan = await h.api(A.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Site' });
  webchatId = chan.body.id;
}, 60_000);

afterAll(async () => {
  await h?.close();
});

// ---------------------------------------------------------------- audit log

describe('audit log', () => {
  it('records admin actions with their actor: channel, agent, knowledge base, escalation rules, documents (archived)', async () => {
    const actions = async () => (await db().select().from(auditLog).where(eq(auditLog.tenantId, A.tenantId))).map((e) => e.action);
    expect(await actions()).toEqual(expect.arrayContaining(['channel.create', 'agent.create']));
    expect((await h.api(A.apiKey, 'PATCH', `/api/v1/agents/${agent.id}`, { status: 'away', maxLoad: 3 })).status).toBe(200);
    // A change that touches neither role nor status is not an audited event.
    expect((await h.api(A.apiKey, 'PATCH', `/api/v1/agents/${agent.id}`, { maxLoad: 4 })).status).toBe(200);
    const kb = await h.api(A.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Help' });
    const doc = await h.api(A.apiKey, 'POST', `/api/v1/knowledge-bases/${kb.body.id}/documents`, { title: 'Refunds', content: 'Refunds take 5 days.' });
    expect((await h.api(A.apiKey, 'DELETE', `/api/v1/knowledge-bases/${kb.body.id}/documents/${doc.body.id}`)).status).toBeLessThan(300);
    const rules = await h.api(A.apiKey, 'GET', '/api/v1/escalation-rules');
    const { id: ruleId, ...rule } = rules.body.items[0];
    const newRule = await h.api(A.apiKey, 'POST', '/api/v1/escalation-rules', { ...rule, name: 'Audit rule' });
    expect(newRule.status).toBe(201);
    expect((await h.api(A.apiKey, 'PUT', `/api/v1/escalation-rules/${ruleId}`, { active: false })).status).toBe(200);
    expect((await h.api(A.apiKey, 'DELETE', `/api/v1/escalation-rules/${newRule.body.id}`)).status).toBe(204);

    const entries = await db().select().from(auditLog).where(eq(auditLog.tenantId, A.tenantId));
    const of = (action: string) => entries.filter((e) => e.action === action);
    expect(of('agent.update')).toEqual([expect.objectContaining({ entityId: agent.id, changes: { status: { from: 'active', to: 'away' } }, actorType: 'api_key' })]);
    expect(of('knowledge-base.create')).toEqual([expect.objectContaining({ entityId: kb.body.id })]);
    expect(of('document.delete')).toEqual([expect.objectContaining({ entityId: doc.body.id })]);
    expect(of('escalation-rule.create')).toHaveLength(1);
    expect(of('escalation-rule.update')).toEqual([expect.objectContaining({ entityId: ruleId, changes: { active: { from: true, to: false } } })]);
    expect(of('escalation-rule.delete')).toEqual([expect.objectContaining({ entityId: newRule.body.id })]);
    // Deleted rows wait in the archive.
    const archived = await db().select().from(archivedRecords).where(eq(archivedRecords.tenantId, A.tenantId));
    expect(archived.map((a) => [a.entityType, a.entityId]).sort()).toEqual([['document', doc.body.id], ['escalation-rule', newRule.body.id]].sort());
    expect(archived.find((a) => a.entityType === 'document')?.snapshot).toMatchObject({ title: 'Refunds', content: 'Refunds take 5 days.' });
  });

  it('is written in the transaction of the change: a change that fails at commit leaves no entry', async () => {
    const s = await session();
    await say(s.token, 'hello');
    const [conv] = await db().select().from(conversations).where(eq(conversations.id, s.conversationId));
    // A deferred constraint trigger fails the transaction at COMMIT, after the audit row was inserted.
    await db().execute(sql`create or replace function fail_boom() returns trigger language plpgsql as $$ begin if new.display_name = 'boom' then raise exception 'boom'; end if; return new; end $$`);
    await db().execute(sql`create constraint trigger customers_boom after update on customers deferrable initially deferred for each row execute function fail_boom()`);
    try {
      const res = await h.api(agent.apiKey, 'PATCH', `/api/v1/customers/${conv!.customerId}`, { name: 'boom', email: 'boom@example.com' });
      expect(res.status).toBeGreaterThanOrEqual(400);
      const ok = await h.api(agent.apiKey, 'PATCH', `/api/v1/customers/${conv!.customerId}`, { name: 'Fine' });
      expect(ok.status).toBe(200);
    } finally {
      await db().execute(sql`drop trigger customers_boom on customers`);
    }
    const entries = await db().select().from(auditLog).where(and(eq(auditLog.action, 'customer.update'), eq(auditLog.entityId, conv!.customerId)));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.changes).toMatchObject({ name: { to: 'Fine' } });
    expect(entries[0]!.actorUserId).toBe(agent.id);
    const [row] = await db().select().from(customers).where(eq(customers.id, conv!.customerId));
    expect(row?.email).toBeNull();
  });

  it('GET /api/v1/audit-log filters by actor, action, entity and time, paginates, and validates', async () => {
    const list = async (qs: string, key = A.apiKey) => h.api(key, 'GET', `/api/v1/audit-log?${qs}`);
    const byAgent = await list(`actorId=${agent.id}`);
    expect(byAgent.status).toBe(200);
    expect(byAgent.body.items.length).toBeGreaterThan(0);
    expect(byAgent.body.items.every((e: { actorUserId: string }) => e.actorUserId === agent.id)).toBe(true);
    const rules = await list('entityType=escalation-rule');
    expect(rules.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['escalation-rule.create', 'escalation-rule.delete', 'escalation-rule.update']);
    const one = await list(`entityType=agent&entityId=${agent.id}&action=agent.update`);
    expect(one.body.items).toHaveLength(1);
    const all = await list('limit=500');
    const page = await list('limit=2&offset=1');
    expect(page.body.items.map((e: { id: string }) => e.id)).toEqual(all.body.items.slice(1, 3).map((e: { id: string }) => e.id));
    expect(page.body.total).toBe(all.body.total);
    expect((await list('from=2999-01-01')).body.items).toEqual([]);
    expect((await list('to=2000-01-01')).body.items).toEqual([]);
    expect((await list(`from=2000-01-01&to=2999-01-01`)).body.total).toBe(all.body.total);
    for (const bad of ['actorId=abc', 'entityId=1', 'from=yesterday', 'to=10000-01-01', 'limit=0', 'limit=501', 'offset=-1']) {
      const r = await list(bad);
      expect(r.status, bad).toBe(400);
      expect(r.body.error.message).toContain(bad.split('=')[0]);
    }
    expect((await list('', agent.apiKey)).status).toBe(403);
    // Tenant B sees none of tenant A's entries, not even by id.
    const other = await list(`entityId=${agent.id}`, B.apiKey);
    expect(other.status).toBe(200);
    expect(other.body.items).toEqual([]);
  });
});

// ---------------------------------------------------------------- plans

describe('plans', () => {
  let P: { tenantId: string; apiKey: string };

  beforeAll(async () => {
    P = await h.createTenant('Basic plan', 'basic');
  });

  it('GET /api/v1/tenant shows the plan, its limits and this month’s usage (admin only)', async () => {
    const res = await h.api(P.apiKey, 'GET', '/api/v1/tenant');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tenantId: P.tenantId, plan: 'basic', retentionDays: 730, limits: { monthlyTickets: 50, agents: 3 }, usage: { tickets: 0, overLimitTickets: 0, agents: 1 } });
    expect(res.body.usage.month).toMatch(/^\d{4}-\d{2}$/);
    expect((await h.api(agent.apiKey, 'GET', '/api/v1/tenant')).status).toBe(403);
  });

  it('refuses the agent over the limit with 402 naming the limit; analysts take no seat', async () => {
    const mk = (i: number, role = 'agent') => h.api(P.apiKey, 'POST', '/api/v1/agents', { email: `seat${i}@p.test`, name: `Seat ${i}`, role });
    expect((await mk(1)).status).toBe(201);
    expect((await mk(2)).status).toBe(201);
    const over = await mk(3);
    expect(over.status).toBe(402);
    expect(over.body.error).toMatchObject({ code: 'plan_limit_exceeded', details: { limit: 'agents', plan: 'basic', max: 3, used: 3 } });
    expect(over.body.error.message).toContain('agents');
    const analyst = await mk(4, 'analyst');
    expect(analyst.status).toBe(201);
    // Giving the analyst a seat is the same as creating an agent.
    const promote = await h.api(P.apiKey, 'PATCH', `/api/v1/agents/${analyst.body.id}`, { role: 'agent' });
    expect(promote.status).toBe(402);
    expect(promote.body.error.details.limit).toBe('agents');
    expect((await db().select().from(users).where(eq(users.tenantId, P.tenantId))).length).toBe(4);
    // Concurrent creations cannot both take the last seat.
    const Q = await h.createTenant('Race plan', 'basic');
    const race = await Promise.all([1, 2, 3, 4].map((i) => h.api(Q.apiKey, 'POST', '/api/v1/agents', { email: `r${i}@q.test`, name: `R${i}` })));
    expect(race.map((r) => r.status).sort()).toEqual([201, 201, 402, 402]);
  });

  it('over the monthly ticket limit: a manual takeover is a 402 naming the limit, an escalation still hands the customer over (ticket flagged overLimit)', async () => {
    const chan = await h.api(P.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'P site' });
    const first = await session(chan.body.id);
    await say(first.token, 'hello', chan.body.id);
    const [conv] = await db().select().from(conversations).where(eq(conversations.id, first.conversationId));
    // 50 tickets this month (closed, on one conversation), as if the month had been busy.
    await db().insert(tickets).values(Array.from({ length: 50 }, (_, i) => ({ tenantId: P.tenantId, conversationId: conv!.id, customerId: conv!.customerId, title: `t${i}`, description: 'd', status: 'closed' as const, sourceChannel: 'webchat' as const })));
    // A ticket of last month does not count.
    await db().insert(tickets).values({ tenantId: P.tenantId, conversationId: conv!.id, customerId: conv!.customerId, title: 'old', description: 'd', status: 'closed', sourceChannel: 'webchat', createdAt: new Date(Date.UTC(2020, 0, 15)) });

    const take = await h.api(P.apiKey, 'POST', `/api/v1/conversations/${first.conversationId}/takeover`);
    expect(take.status).toBe(402);
    expect(take.body.error).toMatchObject({ code: 'plan_limit_exceeded', details: { limit: 'monthlyTickets', plan: 'basic', max: 50, used: 50 } });
    const [stillOpen] = await db().select().from(conversations).where(eq(conversations.id, first.conversationId));
    expect(stillOpen?.status).not.toBe('ESCALATED');
    // A ticket opened by hand without a chat (POST /api/v1/tickets) is refused the same way.
    const manual = await h.api(P.apiKey, 'POST', '/api/v1/tickets', { customerId: conv!.customerId, subject: 'Phone call', source: 'phone' });
    expect(manual.status).toBe(402);
    expect(manual.body.error).toMatchObject({ code: 'plan_limit_exceeded', details: { limit: 'monthlyTickets' } });

    // The customer asks for a person: the rule escalates anyway.
    const s = await session(chan.body.id);
    await say(s.token, 'Can I speak to someone please? No bot, a person.', chan.body.id);
    const ticket = await waitFor(async () => (await db().select().from(tickets).where(eq(tickets.conversationId, s.conversationId)))[0], { what: 'the escalation ticket' });
    expect(ticket.overLimit).toBe(true);
    const [escalated] = await db().select().from(conversations).where(eq(conversations.id, s.conversationId));
    expect(escalated).toMatchObject({ status: 'ESCALATED', botPaused: true });
    const ack = await waitFor(async () => (await db().select().from(messages).where(and(eq(messages.conversationId, s.conversationId), eq(messages.senderType, 'system'))))[0], { what: 'the acknowledgement' });
    expect(ack.direction).toBe('out');
    const view = await h.api(P.apiKey, 'GET', `/api/v1/tickets/${ticket.id}`);
    expect(view.body.overLimit).toBe(true);
    const usage = await h.api(P.apiKey, 'GET', '/api/v1/tenant');
    expect(usage.body.usage).toMatchObject({ tickets: 51, overLimitTickets: 1 });

    // `npm run admin -- set-plan`: on pro the takeover goes through.
    const cli = await runAdmin(['set-plan', P.tenantId, 'pro']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout.trim().split('\n').pop()!)).toMatchObject({ plan: 'pro', limits: { monthlyTickets: 2000, agents: 25 } });
    const take2 = await h.api(P.apiKey, 'POST', `/api/v1/conversations/${first.conversationId}/takeover`);
    expect(take2.status).toBe(201);
    expect(take2.body.overLimit).toBe(false);
    expect((await h.api(P.apiKey, 'POST', '/api/v1/agents', { email: 'seat9@p.test', name: 'Seat 9' })).status).toBe(201);
    const audit = await db().select().from(auditLog).where(and(eq(auditLog.tenantId, P.tenantId), eq(auditLog.action, 'tenant.set-plan')));
    expect(audit).toEqual([expect.objectContaining({ actorType: 'system', changes: { plan: { from: 'basic', to: 'pro' } } })]);
    await h.c.plans.setPlan(P.tenantId, 'enterprise');
    expect((await h.api(P.apiKey, 'GET', '/api/v1/tenant')).body).toMatchObject({ plan: 'enterprise', limits: { monthlyTickets: null, agents: null } });
  }, 300_000);

  it('set-plan refuses a plan that does not exist', async () => {
    const bad = await runAdmin(['set-plan', P.tenantId, 'gold']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('basic, pro, enterprise');
    expect((await h.api(P.apiKey, 'GET', '/api/v1/tenant')).body.plan).toBe('enterprise');
  }, 180_000);
});

// ---------------------------------------------------------------- retention

describe('retention', () => {
  const DAY = 86_400_000;

  it('purges archived records after 30 days, audit entries after a year, tickets and messages past the tenant’s retention; keeps the rest', async () => {
    const now = new Date(Date.UTC(2031, 5, 15, 12));
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const R = await h.createTenant('Retention long'); // default retention: 730 days
    const S = await h.createTenant('Retention short');
    await db().update(tenants).set({ retentionDays: 30 }).where(eq(tenants.id, S.tenantId));

    // Conversations with explicit timestamps (through the real web chat path, then dated).
    const make = async (t: { apiKey: string }) => {
      const chan = await h.api(t.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'R' });
      const mk = async (text: string) => {
        const s = await session(chan.body.id);
        await say(s.token, text, chan.body.id);
        const [conv] = await db().select().from(conversations).where(eq(conversations.id, s.conversationId));
        return conv!;
      };
      return mk;
    };
    const mkR = await make(R);
    const mkS = await make(S);
    const oldConv = await mkR('old conversation');
    const liveConv = await mkR('live conversation');
    const shortConv = await mkS('short retention');
    const setConv = (id: string, last: Date) => db().update(conversations).set({ lastMessageAt: last, createdAt: last }).where(eq(conversations.id, id));
    const setMsgs = (convId: string, at: Date) => db().update(messages).set({ createdAt: at }).where(eq(messages.conversationId, convId));
    await setConv(oldConv.id, ago(800));
    await setMsgs(oldConv.id, ago(800));
    await setConv(liveConv.id, ago(1));
    await setMsgs(liveConv.id, ago(1));
    await setConv(shortConv.id, ago(40));
    await setMsgs(shortConv.id, ago(40));
    // In the live conversation: one message past retention, a closed ticket past retention, a recent closed one.
    const [oldMsg] = await db().select().from(messages).where(eq(messages.conversationId, liveConv.id)).limit(1);
    await db().update(messages).set({ createdAt: ago(731) }).where(eq(messages.id, oldMsg!.id));
    const ticketRow = (title: string, closedDaysAgo: number) => ({ tenantId: R.tenantId, conversationId: liveConv.id, customerId: liveConv.customerId, title, description: 'd', status: 'closed' as const, sourceChannel: 'webchat' as const, closedAt: ago(closedDaysAgo), lastActivityAt: ago(closedDaysAgo), createdAt: ago(closedDaysAgo + 1) });
    await db().insert(tickets).values([ticketRow('ancient', 900), ticketRow('recent', 10)]);
    await db().insert(tickets).values({ tenantId: R.tenantId, conversationId: oldConv.id, customerId: oldConv.customerId, title: 'with old conv', description: 'd', status: 'closed', sourceChannel: 'webchat', closedAt: ago(799), lastActivityAt: ago(799) });
    // Archive and audit rows around their limits.
    await db().insert(archivedRecords).values([
      { tenantId: R.tenantId, entityType: 'document', entityId: randomUUID(), snapshot: { v: 'expired' }, deletedAt: ago(31) },
      { tenantId: R.tenantId, entityType: 'document', entityId: randomUUID(), snapshot: { v: 'kept' }, deletedAt: ago(29) },
    ]);
    await db().insert(auditLog).values([
      { tenantId: R.tenantId, actorType: 'system', action: 'test.expired', entityType: 'test', createdAt: ago(366) },
      { tenantId: R.tenantId, actorType: 'system', action: 'test.kept', entityType: 'test', createdAt: ago(364) },
    ]);

    const report = await h.c.retention.run(now);
    expect(report.archivedRecords).toBeGreaterThanOrEqual(1);
    expect(report.auditEntries).toBeGreaterThanOrEqual(1);

    const archive = await db().select().from(archivedRecords).where(eq(archivedRecords.tenantId, R.tenantId));
    expect(archive.map((a) => a.snapshot.v)).toEqual(['kept']);
    const audit = (await db().select().from(auditLog).where(and(eq(auditLog.tenantId, R.tenantId), sql`${auditLog.action} like 'test.%'`))).map((a) => a.action);
    expect(audit).toEqual(['test.kept']);
    expect(await db().select().from(conversations).where(eq(conversations.id, oldConv.id))).toEqual([]);
    expect(await db().select().from(messages).where(eq(messages.conversationId, oldConv.id))).toEqual([]);
    expect(await db().select().from(conversations).where(eq(conversations.id, liveConv.id))).toHaveLength(1);
    expect(await db().select().from(messages).where(eq(messages.id, oldMsg!.id))).toEqual([]);
    expect((await db().select().from(messages).where(eq(messages.conversationId, liveConv.id))).length).toBeGreaterThan(0);
    const left = (await db().select({ title: tickets.title }).from(tickets).where(eq(tickets.tenantId, R.tenantId))).map((t) => t.title);
    expect(left).toEqual(['recent']);
    // 40 days old: gone for the tenant keeping 30 days…
    expect(await db().select().from(conversations).where(eq(conversations.id, shortConv.id))).toEqual([]);
    // …while the other tenants' recent rows (this file's other tests, written today) are untouched by a run "now".
    const before = (await db().select({ n: sql<number>`count(*)::int` }).from(messages))[0]!.n;
    await h.c.retention.run();
    expect((await db().select({ n: sql<number>`count(*)::int` }).from(messages))[0]!.n).toBe(before);
  });

  it('runs as a BullMQ repeatable job wired in the maintenance queue', async () => {
    const worker = await startMaintenanceWorker(h.c);
    try {
      const queue = h.c.queues.get(MAINTENANCE_QUEUE)!;
      // The queue also holds the desk's schedules (sla-scan, inactivity-scan): one each.
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.filter((j) => j.name === RETENTION_JOB)).toEqual([expect.objectContaining({ key: 'retention-schedule', name: RETENTION_JOB, every: h.config.ops.retentionEveryMs })]);
      // Registering again (a second worker starting) keeps one schedule per job.
      await (await startMaintenanceWorker(h.c)).close();
      expect(await queue.getJobSchedulers()).toHaveLength(schedulers.length);
      expect(schedulers.map((j) => j.name).sort()).toEqual(['inactivity-scan', RETENTION_JOB, 'sla-scan'].sort());
      const expired = randomUUID();
      await db().insert(archivedRecords).values({ tenantId: A.tenantId, entityType: 'document', entityId: expired, snapshot: {}, deletedAt: new Date(Date.now() - 40 * DAY) });
      const job = await queue.add(RETENTION_JOB, {});
      await waitFor(async () => ['completed', 'failed'].includes(await job.getState()), { what: 'the retention job' });
      expect(await job.getState()).toBe('completed');
      expect(await db().select().from(archivedRecords).where(eq(archivedRecords.entityId, expired))).toEqual([]);
    } finally {
      await worker.close();
    }
  });
});
