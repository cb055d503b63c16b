/**
 * Escalation, tickets and human takeover, end to end through the product's
 * worker (RAG responder + escalation hooks): rules fire in priority order,
 * ticket + pause are one transaction, agents are assigned by skills/language/
 * load under concurrency, agent replies reach the customer on the channel they
 * wrote from, hand-back resumes the bot, close asks for CSAT and stores it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { aiProcessingLogs, conversations, feedback, messages, tickets, users } from '../../drizzle/schema.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';
import { openSse } from '../helpers/sse.js';

let h: Harness;
let tg: FakeTelegram;
let admin: { tenantId: string; apiKey: string };
let other: { tenantId: string; apiKey: string };
let agentKey: string;
let agentId: string;
let conn: string;

async function createAgent(key: string, body: Record<string, unknown>) {
  const res = await h.api(key, 'POST', '/api/v1/agents', body);
  expect(res.status).toBe(201);
  return res.body as { id: string; apiKey: string };
}

async function visitor() {
  const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
  let n = 0;
  const say = async (text: string) => {
    const r = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text, clientMessageId: `m${n++}` }) });
    expect(r.status).toBe(202);
    return ((await r.json()) as { messageId: string }).messageId;
  };
  const processed = (messageId: string) =>
    waitFor(async () => {
      const [m] = await h.c.database.db.select().from(messages).where(eq(messages.id, messageId));
      return m && m.processingStatus !== 'pending' ? m : null;
    });
  const outs = () => h.c.database.db.select().from(messages).where(and(eq(messages.conversationId, s.conversationId), eq(messages.direction, 'out'))).orderBy(asc(messages.seq));
  const ticket = () => waitFor(async () => (await h.c.database.db.select().from(tickets).where(eq(tickets.conversationId, s.conversationId)))[0], { what: 'ticket' });
  return { ...s, say, processed, outs, ticket };
}

async function allSent(v: { outs: () => Promise<Array<typeof messages.$inferSelect>> }, n: number) {
  return waitFor(async () => {
    const rows = await v.outs();
    return rows.length >= n && rows.every((r) => r.deliveryStatus !== 'pending') ? rows : null;
  }, { what: `${n} delivered outbound messages` });
}

beforeAll(async () => {
  tg = await startFakeTelegram();
  h = await startHarness({ productWorkers: true, env: { TELEGRAM_API_ROOT: tg.url, PUBLIC_BASE_URL: 'https://gateway.e2e.example' } });
  admin = await h.createTenant('Acme');
  other = await h.createTenant('Other');
  const agent = await createAgent(admin.apiKey, { email: 'ana@acme.test', name: 'Ana', skills: ['billing'], languages: ['en', 'es'] });
  agentKey = agent.apiKey;
  agentId = agent.id;
  conn = (await h.api(admin.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id;
}, 60_000);

afterAll(async () => {
  await h?.close();
  await tg?.stop();
});

describe('escalation and takeover over web chat', () => {
  it('escalates an explicit request for a human into an assigned ticket, paused bot and one acknowledgement', async () => {
    const inbox = await openSse(`${h.url}/api/v1/inbox/stream`, { authorization: `Bearer ${agentKey}` });
    await inbox.waitFor((e) => e.event === 'ready');
    const v = await visitor();
    const first = await v.say('I need to talk to a human right now');
    await v.processed(first);
    const ticket = await v.ticket();
    expect(ticket).toMatchObject({ status: 'open', priority: 'high', assigneeId: agentId, sourceChannel: 'webchat' });
    expect(ticket.title).toContain('talk to a human');
    expect(ticket.firstResponseDueAt).toBeInstanceOf(Date);
    const [conv] = await h.c.database.db.select().from(conversations).where(eq(conversations.id, v.conversationId));
    expect(conv).toMatchObject({ status: 'ESCALATED', botPaused: true, assignedAgentId: agentId });
    const outs = await allSent(v, 1);
    expect(outs.map((o) => o.senderType)).toEqual(['system']);
    expect(outs[0]!.text).toMatch(/member of our team/);
    const logs = await h.c.database.db.select().from(aiProcessingLogs).where(and(eq(aiProcessingLogs.entityId, first), eq(aiProcessingLogs.processingType, 'escalation')));
    expect(logs[0]?.output).toMatchObject({ rule: 'Explicit request for a human' });
    await inbox.waitFor((e) => e.event === 'ticket.created' && e.data.id === ticket.id);

    // While escalated: stored, in the ticket history, live in the inbox, and the bot stays silent.
    const second = await v.say('hello? anyone there?');
    expect((await v.processed(second)).processingStatus).toBe('skipped');
    await inbox.waitFor((e) => e.event === 'ticket.message' && e.data.messageId === second);
    const detail = await h.api(agentKey, 'GET', `/api/v1/tickets/${ticket.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.history.filter((e: { type: string; role: string }) => e.type === 'message' && e.role === 'customer').map((e: { content: string }) => e.content)).toEqual([
      'I need to talk to a human right now',
      'hello? anyone there?',
    ]);
    expect(detail.body.messages.length).toBeGreaterThanOrEqual(3);
    expect((await v.outs()).length).toBe(1);
    inbox.close();
  });

  it('delivers agent replies to the customer, keeps notes private, hands back to the bot, closes with CSAT', async () => {
    const v = await visitor();
    const stream = await openSse(`${h.url}/api/v1/webchat/${conn}/stream?token=${encodeURIComponent(v.token)}`);
    await stream.waitFor((e) => e.event === 'ready');
    await v.processed(await v.say('This is ridiculous, I want a real person'));
    const ticket = await v.ticket();

    const reply = await h.api(agentKey, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { text: 'Hi, I am Ana. I will sort this out for you.' });
    expect(reply.status).toBe(202);
    const agentMsg = await stream.waitFor((e) => e.event === 'message' && e.data.senderType === 'agent');
    expect(agentMsg.data.text).toBe('Hi, I am Ana. I will sort this out for you.');
    const note = await h.api(agentKey, 'POST', `/api/v1/tickets/${ticket.id}/notes`, { text: 'Customer is upset about a double charge (internal)' });
    expect(note.status).toBe(201);
    const convMsgs = await h.api(admin.apiKey, 'GET', `/api/v1/conversations/${v.conversationId}/messages`);
    expect(convMsgs.body.items.some((m: { senderType: string }) => m.senderType === 'agent')).toBe(true);
    expect(JSON.stringify(convMsgs.body.items)).not.toContain('double charge');
    const [t1] = await h.c.database.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(t1?.firstResponseAt).toBeInstanceOf(Date);

    // Hand back: the bot answers again.
    const hb = await h.api(agentKey, 'POST', `/api/v1/tickets/${ticket.id}/handback`, {});
    expect(hb.body.status).toBe('pending');
    const afterHandback = await v.say('How long do refunds take?');
    expect((await v.processed(afterHandback)).processingStatus).toBe('replied');
    await stream.waitFor((e) => e.event === 'message' && e.data.senderType === 'bot');

    // Take over again (manual), then close: CSAT question, rating stored on the ticket and for the agent.
    const take = await h.api(agentKey, 'POST', `/api/v1/conversations/${v.conversationId}/takeover`, {});
    expect(take.status).toBe(201);
    const closed = await h.api(agentKey, 'POST', `/api/v1/tickets/${take.body.id}/close`, {});
    expect(closed.body.status).toBe('closed');
    const csat = await stream.waitFor((e) => e.event === 'message' && /1 \(poor\) to 5/.test(e.data.text));
    expect(csat.data.senderType).toBe('system');
    const [conv] = await h.c.database.db.select().from(conversations).where(eq(conversations.id, v.conversationId));
    expect(conv?.status).toBe('COMPLETED');
    await v.processed(await v.say('5'));
    const [fb] = await waitFor(async () => {
      const rows = await h.c.database.db.select().from(feedback).where(eq(feedback.ticketId, take.body.id));
      return rows.length ? rows : null;
    });
    expect(fb).toMatchObject({ rating: 5, agentId });
    await stream.waitFor((e) => e.event === 'message' && e.data.text === 'Thank you for your feedback!');
    stream.close();

    const analytics = await h.api(admin.apiKey, 'GET', '/api/v1/analytics/agents');
    expect(analytics.status).toBe(200);
    const ana = analytics.body.items.filter((i: { agentId: string }) => i.agentId === agentId);
    expect(ana.reduce((s: number, i: { conversationsHandled: number }) => s + i.conversationsHandled, 0)).toBeGreaterThanOrEqual(1);
    expect(ana.some((i: { csatAverage: number | null }) => i.csatAverage === 5)).toBe(true);
    expect(ana.reduce((s: number, i: { escalationsReceived: number }) => s + i.escalationsReceived, 0)).toBeGreaterThanOrEqual(2);
    expect(analytics.body.tenant.botContainmentRate).toBeGreaterThanOrEqual(0);
  });

  it('escalates after two unsure bot answers in a row', async () => {
    const v = await visitor();
    await v.processed(await v.say('What is the airspeed velocity of an unladen swallow?'));
    expect((await v.outs()).length).toBe(1);
    await v.processed(await v.say('Which moon of Jupiter has the thickest ice crust?'));
    const ticket = await v.ticket();
    expect(ticket.escalationEvidence).toMatchObject({ ruleName: 'Bot unsure twice in a row' });
  });

  it('applies admin rules in priority order; a near miss does not fire', async () => {
    const bad = await h.api(admin.apiKey, 'POST', '/api/v1/escalation-rules', { name: 'x', priorityLevel: 9, ticketPriority: 'urgent', assignment: { strategy: 'least_loaded' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/priorityLevel/);
    const vip = await h.api(admin.apiKey, 'POST', '/api/v1/escalation-rules', {
      name: 'Outage words',
      priorityLevel: 1,
      triggerKeywords: ['outage', 'data breach'],
      ticketPriority: 'urgent',
      category: 'technical',
      assignment: { strategy: 'least_loaded' },
    });
    expect(vip.status).toBe(201);
    // Fires both "Outage words" (priority 1) and the human request rule (priority 1, but "E" < "O" by name): keywords + sentiment.
    const v = await visitor();
    await v.processed(await v.say('Is there an outage? Your site is down'));
    const ticket = await v.ticket();
    expect(ticket).toMatchObject({ priority: 'urgent', escalationRuleId: vip.body.id });
    // Near miss: "outages" is not the keyword "outage" (whole words only).
    const w = await visitor();
    const m = await w.say('Do you publish planned outages somewhere?');
    expect((await w.processed(m)).processingStatus).toBe('replied');
    expect(await h.c.database.db.select().from(tickets).where(eq(tickets.conversationId, w.conversationId))).toHaveLength(0);
    const updated = await h.api(admin.apiKey, 'PUT', `/api/v1/escalation-rules/${vip.body.id}`, { active: false });
    expect(updated.body.active).toBe(false);
    expect((await h.api(admin.apiKey, 'DELETE', `/api/v1/escalation-rules/${vip.body.id}`)).status).toBe(204);
  });
});

describe('tickets', () => {
  it('creates the ticket and pauses the bot in one transaction (all or nothing)', async () => {
    const v = await visitor();
    await v.processed(await v.say('hello'));
    await expect(
      h.c.database.db.transaction(async (tx) => {
        await h.c.ticketEscalation.escalateTx(tx, { tenantId: admin.tenantId, conversationId: v.conversationId, reason: 'takeover', evidence: {}, priority: 'low', agentId, acknowledge: true });
        throw new Error('crash between ticket and commit');
      }),
    ).rejects.toThrow('crash');
    expect(await h.c.database.db.select().from(tickets).where(eq(tickets.conversationId, v.conversationId))).toHaveLength(0);
    const [conv] = await h.c.database.db.select().from(conversations).where(eq(conversations.id, v.conversationId));
    expect(conv).toMatchObject({ status: 'ACTIVE', botPaused: false });
  });

  it('assigns by skills and language, least loaded first, with exact loads under concurrent escalations', async () => {
    const t = await h.createTenant('Load');
    const a = await createAgent(t.apiKey, { email: 'a@l.test', name: 'A', skills: ['billing'], languages: ['es'] });
    const b = await createAgent(t.apiKey, { email: 'b@l.test', name: 'B', skills: ['billing'], languages: ['es', 'en'] });
    const c = await createAgent(t.apiKey, { email: 'c@l.test', name: 'C', skills: ['shipping'], languages: ['es'] });
    const webchat = (await h.api(t.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id as string;
    const convIds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const s = (await (await fetch(`${h.url}/api/v1/webchat/${webchat}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { conversationId: string };
      convIds.push(s.conversationId);
    }
    const assignment = { strategy: 'least_loaded' as const, skills: ['billing'], languages: ['es'] };
    await Promise.all(convIds.map((id) => h.c.ticketEscalation.escalate({ tenantId: t.tenantId, conversationId: id, reason: 'rule', evidence: {}, priority: 'medium', assignment, acknowledge: false })));
    const rows = await h.c.database.db.select().from(tickets).where(eq(tickets.tenantId, t.tenantId));
    expect(rows).toHaveLength(6);
    const per = (id: string) => rows.filter((r) => r.assigneeId === id).length;
    expect([per(a.id), per(b.id), per(c.id)]).toEqual([3, 3, 0]);
    const loads = await h.c.database.db.select({ id: users.id, load: users.currentLoad }).from(users).where(eq(users.tenantId, t.tenantId));
    expect(loads.find((l) => l.id === a.id)?.load).toBe(3);
    expect(loads.find((l) => l.id === b.id)?.load).toBe(3);
    expect(loads.find((l) => l.id === c.id)?.load).toBe(0);
    // Closing releases the load.
    const first = rows.find((r) => r.assigneeId === a.id)!;
    await h.api(t.apiKey, 'POST', `/api/v1/tickets/${first.id}/close`, {});
    const [after] = await h.c.database.db.select({ load: users.currentLoad }).from(users).where(eq(users.id, a.id));
    expect(after?.load).toBe(2);
    // Nobody matching: the ticket waits unassigned.
    const s = (await (await fetch(`${h.url}/api/v1/webchat/${webchat}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { conversationId: string };
    const lonely = await h.c.ticketEscalation.escalate({ tenantId: t.tenantId, conversationId: s.conversationId, reason: 'rule', evidence: {}, priority: 'low', assignment: { strategy: 'round_robin', skills: ['legal'] }, acknowledge: false });
    expect(lonely).toMatchObject({ assigneeId: null, status: 'new' });
    const unassigned = await h.api(t.apiKey, 'GET', '/api/v1/tickets?assignee=unassigned');
    expect(unassigned.body.items.map((x: { id: string }) => x.id)).toEqual([lonely.id]);
  });

  it('flags SLA breaches and filters on them', async () => {
    const v = await visitor();
    await v.processed(await v.say('please let me speak to an agent'));
    const ticket = await v.ticket();
    await h.c.database.db.update(tickets).set({ firstResponseDueAt: new Date(Date.now() - 60_000) }).where(eq(tickets.id, ticket.id));
    const breached = await h.api(agentKey, 'GET', '/api/v1/tickets?slaBreached=true');
    const row = breached.body.items.find((x: { id: string }) => x.id === ticket.id);
    expect(row).toMatchObject({ slaBreached: true, sla: { firstResponseBreached: true } });
    const filtered = await h.api(agentKey, 'GET', '/api/v1/tickets?status=open,new&priority=high');
    expect(filtered.status).toBe(200);
    expect(filtered.body.items.every((x: { priority: string; status: string }) => x.priority === 'high' && ['open', 'new'].includes(x.status))).toBe(true);
  });

  it("keeps tenants apart: tenant B's agent cannot see or act on tenant A's tickets", async () => {
    const [someTicket] = await h.c.database.db.select().from(tickets).where(eq(tickets.tenantId, admin.tenantId)).limit(1);
    const bAgent = await createAgent(other.apiKey, { email: 'bob@other.test', name: 'Bob' });
    expect((await h.api(bAgent.apiKey, 'GET', `/api/v1/tickets/${someTicket!.id}`)).status).toBe(404);
    expect((await h.api(bAgent.apiKey, 'POST', `/api/v1/tickets/${someTicket!.id}/messages`, { text: 'hi' })).status).toBe(404);
    expect((await h.api(bAgent.apiKey, 'POST', `/api/v1/conversations/${someTicket!.conversationId}/takeover`, {})).status).toBe(404);
    const list = await h.api(bAgent.apiKey, 'GET', '/api/v1/tickets');
    expect(list.body.items.every((x: { id: string }) => x.id !== someTicket!.id)).toBe(true);
  });
});

describe('takeover on a messaging platform', () => {
  it("delivers the agent's reply on Telegram, where the customer wrote", async () => {
    const created = await h.api(admin.apiKey, 'POST', '/api/v1/channels', { type: 'telegram', name: 'bot', credentials: { botToken: '777:AAH-fake_token' } });
    expect(created.status).toBe(201);
    const secret = tg.calls.find((c) => c.method === 'setWebhook')?.body.secret_token as string;
    const update = { update_id: 900001, message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: 4242, type: 'private', first_name: 'Tom' }, from: { id: 4242, is_bot: false, first_name: 'Tom' }, text: 'can I talk to a human please' } };
    const res = await fetch(`${h.url}/webhooks/telegram/${created.body.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: JSON.stringify(update) });
    expect(res.status).toBe(200);
    const ticket = await waitFor(async () => (await h.c.database.db.select().from(tickets).where(and(eq(tickets.tenantId, admin.tenantId), eq(tickets.sourceChannel, 'telegram'))))[0]);
    await h.api(agentKey, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { text: 'Hello Tom, Ana here from support.' });
    const sent = await waitFor(async () => tg.calls.find((c) => c.method === 'sendMessage' && c.body.text === 'Hello Tom, Ana here from support.'));
    expect(String(sent.body.chat_id)).toBe('4242');
  });
});
