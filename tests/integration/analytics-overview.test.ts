/**
 * `GET /api/v1/analytics/overview` over real conversations and tickets whose
 * times are then moved to known days: every figure of the admin console's
 * reports, UTC day bucketing, the period bounds, tenant isolation, the CSV.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { conversations, feedback, messages, tickets } from '../../drizzle/schema.js';
import { overviewCsv } from '../../src/analytics/analytics.queries.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';

let h: Harness;
let A: { tenantId: string; apiKey: string };
let B: { tenantId: string; apiKey: string };

beforeAll(async () => {
  h = await startHarness(); // one echo worker: every customer message gets a bot answer
  A = await h.createTenant('A');
  B = await h.createTenant('B');
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const db = () => h.c.database.db;

/** A web chat conversation with one customer message and the bot's answer. */
async function conversationWithBotAnswer(t: { apiKey: string }, channelId: string, text: string): Promise<string> {
  const s = (await (await fetch(`${h.url}/api/v1/webchat/${channelId}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
  const res = await fetch(`${h.url}/api/v1/webchat/${channelId}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text, clientMessageId: `m-${text.length}-${Date.now()}` }) });
  expect(res.status).toBe(202);
  await waitFor(async () => (await db().select().from(messages).where(and(eq(messages.conversationId, s.conversationId), eq(messages.senderType, 'bot')))).length > 0, { what: 'the bot answer' });
  return s.conversationId;
}

it('reports every figure per UTC day for the tenant and period only', async () => {
  const wcA = (await h.api(A.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'A chat' })).body.id as string;
  const wcB = (await h.api(B.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'B chat' })).body.id as string;
  const admin = (await h.api(A.apiKey, 'POST', '/api/v1/agents', { email: 'ada@a.test', name: 'Ada', role: 'admin' })).body as { apiKey: string };

  const contained = await conversationWithBotAnswer(A, wcA, 'What are your opening hours?');
  const escalated = await conversationWithBotAnswer(A, wcA, 'I need a person');
  const byRule = await conversationWithBotAnswer(A, wcA, 'I will call my lawyer');
  const outside = await conversationWithBotAnswer(A, wcA, 'An old question');
  const otherTenant = await conversationWithBotAnswer(B, wcB, 'Hello from B');
  const t1 = (await h.api(admin.apiKey, 'POST', `/api/v1/conversations/${escalated}/takeover`)).body.id as string;
  const t2 = (await h.api(admin.apiKey, 'POST', `/api/v1/conversations/${byRule}/takeover`)).body.id as string;
  expect([t1, t2].every(Boolean)).toBe(true);

  // Move everything to known times (late on 10 March, so some figures fall on the 11th).
  const at = (iso: string) => new Date(iso);
  await db().update(conversations).set({ createdAt: at('2026-03-10T22:00:00Z') }).where(inArray(conversations.id, [contained, escalated, byRule, otherTenant]));
  await db().update(conversations).set({ createdAt: at('2026-02-10T10:00:00Z') }).where(eq(conversations.id, outside));
  await db()
    .update(tickets)
    .set({
      createdAt: at('2026-03-10T23:30:00Z'),
      firstResponseAt: at('2026-03-10T23:40:00Z'), // 600 s
      firstResponseBreachedAt: at('2026-03-10T23:35:00Z'),
      resolvedAt: at('2026-03-11T01:30:00Z'), // 7200 s
      resolutionBreachedAt: at('2026-03-11T01:00:00Z'),
    })
    .where(eq(tickets.id, t1));
  await db()
    .update(tickets)
    .set({ createdAt: at('2026-03-10T23:00:00Z'), firstResponseAt: at('2026-03-11T00:00:00Z'), escalationEvidence: { ruleName: 'Legal threats', fired: ['keywords'] } }) // 3600 s
    .where(eq(tickets.id, t2));
  await db().insert(feedback).values([
    { tenantId: A.tenantId, conversationId: escalated, ticketId: t1, rating: 5, createdAt: at('2026-03-11T02:00:00Z') },
    { tenantId: A.tenantId, conversationId: contained, rating: 2, createdAt: at('2026-03-11T03:00:00Z') },
  ]);

  const res = await h.api(A.apiKey, 'GET', '/api/v1/analytics/overview?from=2026-03-01T00:00:00Z&to=2026-03-31T23:59:59Z');
  expect(res.status).toBe(200);
  const r = res.body;
  expect(r.conversationsPerChannel).toEqual([{ day: '2026-03-10', channel: 'webchat', conversations: 3 }]);
  expect(r.containment).toEqual([{ day: '2026-03-10', botConversations: 3, containedByBot: 1 }]);
  expect(r.escalationsByReason).toEqual([
    { reason: 'Legal threats', tickets: 1 },
    { reason: 'manual takeover', tickets: 1 },
  ]);
  expect(r.responseTimes).toEqual([
    { day: '2026-03-10', avgFirstResponseSeconds: 600, respondedTickets: 1, avgResolutionSeconds: null, resolvedTickets: 0 },
    { day: '2026-03-11', avgFirstResponseSeconds: 3600, respondedTickets: 1, avgResolutionSeconds: 7200, resolvedTickets: 1 },
  ]);
  expect(r.csat).toEqual([{ day: '2026-03-11', average: 3.5, responses: 2 }]);
  expect(r.csatDistribution).toEqual([
    { rating: 2, responses: 1 },
    { rating: 5, responses: 1 },
  ]);
  expect(r.slaBreaches).toEqual([
    { day: '2026-03-10', firstResponse: 1, resolution: 0 },
    { day: '2026-03-11', firstResponse: 0, resolution: 1 },
  ]);

  // February holds only the older conversation; tenant B sees its own only.
  const feb = await h.api(A.apiKey, 'GET', '/api/v1/analytics/overview?from=2026-02-01T00:00:00Z&to=2026-02-28T23:59:59Z');
  expect(feb.body.conversationsPerChannel).toEqual([{ day: '2026-02-10', channel: 'webchat', conversations: 1 }]);
  expect(feb.body.escalationsByReason).toEqual([]);
  const b = await h.api(B.apiKey, 'GET', '/api/v1/analytics/overview?from=2026-03-01T00:00:00Z&to=2026-03-31T23:59:59Z');
  expect(b.body.conversationsPerChannel).toEqual([{ day: '2026-03-10', channel: 'webchat', conversations: 1 }]);
  expect(b.body.escalationsByReason).toEqual([]);
  expect(b.body.csat).toEqual([]);

  const csv = await fetch(`${h.url}/api/v1/analytics/overview?from=2026-03-01T00:00:00Z&to=2026-03-31T23:59:59Z&format=csv`, { headers: { authorization: `Bearer ${A.apiKey}` } });
  expect(csv.headers.get('content-disposition')).toBe('attachment; filename="report-2026-03-01-2026-03-31.csv"');
  const lines = (await csv.text()).split('\r\n');
  expect(lines).toEqual(
    expect.arrayContaining([
      'metric,day,dimension,value',
      'conversations,2026-03-10,webchat,3',
      'bot_conversations,2026-03-10,,3',
      'contained_by_bot,2026-03-10,,1',
      'escalations,,Legal threats,1',
      'avg_first_response_seconds,2026-03-11,,3600',
      'avg_resolution_seconds,2026-03-10,,',
      'csat_average,2026-03-11,,3.5',
      'sla_breaches,2026-03-11,resolution,1',
    ]),
  );
});

it('CSV: quotes commas and quotes, and defuses spreadsheet formulas in reasons', () => {
  const csv = overviewCsv({
    conversationsPerChannel: [],
    containment: [],
    escalationsByReason: [
      { reason: '=HYPERLINK("x")', tickets: 1 },
      { reason: 'billing, "urgent"', tickets: 2 },
      { reason: '-1 star', tickets: 3 },
    ],
    responseTimes: [],
    csat: [],
    csatDistribution: [],
    slaBreaches: [],
  });
  expect(csv.split('\r\n')).toEqual(['metric,day,dimension,value', `escalations,,"'=HYPERLINK(""x"")",1`, 'escalations,,"billing, ""urgent""",2', "escalations,,'-1 star,3", '']);
});
