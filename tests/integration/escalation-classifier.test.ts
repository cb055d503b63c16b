/**
 * With a chat model configured (here the fake OpenAI server speaking structured
 * output), the escalation classifier runs beside the rules before each answer:
 * every verdict is logged as `escalation-classify`; a confident verdict escalates
 * what the rules missed through the tenant's own rule for that category; it never
 * overrides a rule, respects a deactivated rule, and a failing classifier leaves
 * the rules in charge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { aiProcessingLogs, messages, tickets } from '../../drizzle/schema.js';
import { startFakeOpenAI, FAKE_OPENAI_DEFAULT_KEY, type FakeOpenAI } from '../fakes/openai-api.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';

let h: Harness;
let fake: FakeOpenAI;
let tenant: { tenantId: string; apiKey: string };
let conn: string;

/** The verdict the fake "model" gives, by a marker word in the customer's message. */
function verdictFor(message: string): unknown {
  if (message.includes('lately')) return { category: 'vulnerable', escalate: true, confidence: 0.93, reason: 'customer sounds overwhelmed' };
  if (message.includes('maybe')) return { category: 'churn', escalate: true, confidence: 0.5, reason: 'unsure whether they want to leave' };
  if (message.includes('glitch')) return { category: 'nonsense', escalate: 'yes' };
  return { category: 'none', escalate: false, confidence: 0.9, reason: 'routine' };
}

beforeAll(async () => {
  fake = await startFakeOpenAI({
    structured: (name, msgs) => {
      if (name !== 'escalation_verdict') return undefined;
      const last = msgs.filter((m) => m.role === 'user').at(-1)?.text ?? '{}';
      return verdictFor((JSON.parse(last) as { message: string }).message);
    },
  });
  h = await startHarness({ productWorkers: true, env: { OPENAI_API_KEY: FAKE_OPENAI_DEFAULT_KEY, OPENAI_BASE_URL: fake.url } });
  tenant = await h.createTenant('Classifier tenant');
  conn = (await h.api(tenant.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id;
}, 60_000);

afterAll(async () => {
  await h?.close();
  await fake?.stop();
});

async function say(text: string) {
  const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
  const r = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text, clientMessageId: 'm1' }) });
  expect(r.status).toBe(202);
  const messageId = ((await r.json()) as { messageId: string }).messageId;
  await waitFor(async () => {
    const [m] = await h.c.database.db.select().from(messages).where(eq(messages.id, messageId));
    return m && m.processingStatus !== 'pending' ? m : null;
  });
  const logs = await h.c.database.db.select().from(aiProcessingLogs).where(eq(aiProcessingLogs.entityId, messageId));
  const ticketRows = await h.c.database.db.select().from(tickets).where(eq(tickets.conversationId, s.conversationId));
  return { messageId, conversationId: s.conversationId, logs, ticket: ticketRows[0] };
}

describe('escalation classifier beside the rules', () => {
  it('escalates what the rules missed when confident, through the tenant rule for that category, and logs the verdict', async () => {
    const { logs, ticket } = await say('It has all been a lot lately, please go easy on my account');
    const verdict = logs.find((l) => l.processingType === 'escalation-classify');
    expect(verdict).toMatchObject({ model: 'openai:gpt-4o-mini (escalation-classify)', output: { category: 'vulnerable', escalate: true, confidence: 0.93, reason: 'customer sounds overwhelmed', acted: true } });
    expect(verdict?.input).toMatchObject({ text: 'It has all been a lot lately, please go easy on my account', history: [] });
    const rules = (await h.api(tenant.apiKey, 'GET', '/api/v1/escalation-rules')).body.items as Array<{ id: string; name: string }>;
    const vulnerable = rules.find((r) => r.name === 'Vulnerable customer');
    expect(ticket).toMatchObject({ escalationRuleId: vulnerable?.id, priority: 'urgent' });
    expect(ticket?.escalationEvidence).toMatchObject({ match: 'classifier', fired: ['classifier'], classifier: { category: 'vulnerable' } });
    const call = fake.calls.find((c) => (c.body as { response_format?: { json_schema?: { name?: string } } }).response_format?.json_schema?.name === 'escalation_verdict');
    expect(call).toBeDefined();
  });

  it('logs but does not act on a verdict below the confidence bar', async () => {
    const { logs, ticket } = await say('maybe I should look at other options for my plan');
    expect(logs.find((l) => l.processingType === 'escalation-classify')?.output).toMatchObject({ category: 'churn', escalate: true, confidence: 0.5, acted: false });
    expect(ticket).toBeUndefined();
  });

  it('never stands in the way of a rule: the rule escalates, the classifier verdict is logged as not acted on', async () => {
    const { logs, ticket } = await say('I want to talk to a human please');
    expect(logs.find((l) => l.processingType === 'escalation-classify')?.output).toMatchObject({ category: 'none', escalate: false, acted: false });
    expect(logs.find((l) => l.processingType === 'escalation')?.output).toMatchObject({ rule: 'Explicit request for a human' });
    expect(ticket?.escalationEvidence).toMatchObject({ ruleName: 'Explicit request for a human' });
  });

  it('leaves the rules in charge when the model answers outside the schema', async () => {
    const { logs, ticket } = await say('glitch: I want to talk to a human');
    const failed = logs.find((l) => l.processingType === 'escalation-classify');
    expect(failed?.output).toHaveProperty('error');
    expect(ticket?.escalationEvidence).toMatchObject({ ruleName: 'Explicit request for a human' });
  });

  it('does not escalate a category whose rule the admin deactivated', async () => {
    const rules = (await h.api(tenant.apiKey, 'GET', '/api/v1/escalation-rules')).body.items as Array<{ id: string; name: string }>;
    const vulnerable = rules.find((r) => r.name === 'Vulnerable customer')!;
    expect((await h.api(tenant.apiKey, 'PUT', `/api/v1/escalation-rules/${vulnerable.id}`, { active: false })).status).toBe(200);
    const { logs, ticket } = await say('Everything has been so heavy lately, please be patient with me');
    expect(logs.find((l) => l.processingType === 'escalation-classify')?.output).toMatchObject({ category: 'vulnerable', escalate: true, acted: false });
    expect(ticket).toBeUndefined();
    const stored = await h.c.database.db.select().from(aiProcessingLogs).where(and(eq(aiProcessingLogs.tenantId, tenant.tenantId), eq(aiProcessingLogs.processingType, 'escalation-classify')));
    expect(stored.length).toBeGreaterThanOrEqual(5);
  });
});
