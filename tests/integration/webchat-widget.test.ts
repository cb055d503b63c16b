/**
 * What the embeddable widget needs from the gateway: the public config (theme
 * set through `PUT /api/v1/channels/:id/bot { widget }`), the pre-chat form on
 * the session, quick replies with their payload ("Talk to a person" on an
 * unsure answer escalates, so does "yes please" to the offer), the agent's
 * name on their messages, a message when the bot takes back over, and a
 * stream that replays closed conversations with their rating.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelIdentities, customers, feedback, messages, tickets } from '../../drizzle/schema.js';
import { HANDOFF_PAYLOAD, HANDOFF_TITLE } from '../../src/conversation/handoff.js';
import { UNSURE_TEXT } from '../../src/rag/rag.responder.js';
import { HANDBACK_TEXT } from '../../src/tickets/texts.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';
import { openSse, type SseClient } from '../helpers/sse.js';

let h: Harness;
let admin: { tenantId: string; apiKey: string };
let other: { tenantId: string; apiKey: string };
let agentKey: string;
let conn: string;

async function visitor(profile: { name?: string; email?: string } = {}, token?: string) {
  const res = await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...profile, ...(token ? { token } : {}) }) });
  expect(res.status).toBeLessThan(300);
  const s = (await res.json()) as { token: string; conversationId: string; visitorId: string };
  let n = 0;
  const say = async (text: string, buttonPayload?: string) => {
    const r = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
      body: JSON.stringify({ text, clientMessageId: `c${n++}`, ...(buttonPayload ? { buttonPayload } : {}) }),
    });
    expect(r.status).toBe(202);
    return ((await r.json()) as { messageId: string }).messageId;
  };
  const stream = (): Promise<SseClient> => openSse(`${h.url}/api/v1/webchat/${conn}/stream?token=${encodeURIComponent(s.token)}`);
  const ticket = () => waitFor(async () => (await h.c.database.db.select().from(tickets).where(eq(tickets.conversationId, s.conversationId)))[0], { what: 'a ticket' });
  return { ...s, say, stream, ticket };
}

beforeAll(async () => {
  // The product's workers (RAG + escalation) over an empty knowledge base: every answer is unsure.
  h = await startHarness({ productWorkers: true });
  admin = await h.createTenant('Widget Co');
  other = await h.createTenant('Other Co');
  const agent = await h.api(admin.apiKey, 'POST', '/api/v1/agents', { email: 'ana@widget.test', name: 'Ana Lima', languages: ['en'] });
  agentKey = agent.body.apiKey;
  conn = (await h.api(admin.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Site', credentials: { allowedOrigins: ['https://shop.example'] } })).body.id;
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('widget config', () => {
  it('serves defaults, then the look set through the bot config, without secrets and with CORS for allowed origins only', async () => {
    const url = `${h.url}/api/v1/webchat/${conn}/config`;
    const defaults = await (await fetch(url)).json();
    expect(defaults).toEqual({ connectionId: conn, botName: 'Assistant', welcomeMessage: expect.any(String), color: '#1f5fbf', logoUrl: null, position: 'right', preChatForm: false });

    const widget = { color: '#aa3300', logoUrl: 'https://cdn.example/logo.png', welcomeMessage: 'Welcome to Widget Co', position: 'left', preChatForm: true };
    const put = await h.api(admin.apiKey, 'PUT', `/api/v1/channels/${conn}/bot`, { botName: 'Wes', widget });
    expect(put.status).toBe(200);
    expect(put.body.widget).toEqual(widget);
    const res = await fetch(url, { headers: { origin: 'https://shop.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    const body = await res.json();
    expect(body).toEqual({ connectionId: conn, botName: 'Wes', ...widget });
    expect(JSON.stringify(body)).not.toMatch(/allowedOrigins|webhookSecret/);
    expect((await fetch(url, { headers: { origin: 'https://evil.example' } })).headers.get('access-control-allow-origin')).toBeNull();

    // A later PUT without `widget` keeps it; null clears it.
    await h.api(admin.apiKey, 'PUT', `/api/v1/channels/${conn}/bot`, { botName: 'Wes' });
    expect((await h.api(admin.apiKey, 'GET', `/api/v1/channels/${conn}/bot`)).body.widget).toEqual(widget);
    await h.api(admin.apiKey, 'PUT', `/api/v1/channels/${conn}/bot`, { botName: 'Wes', widget: null });
    expect((await (await fetch(url)).json()).color).toBe('#1f5fbf');
    await h.api(admin.apiKey, 'PUT', `/api/v1/channels/${conn}/bot`, { botName: 'Wes', widget: { ...widget, preChatForm: false } });
  });

  it('refuses a bad look with a 400 naming the field, and other tenants with 404', async () => {
    for (const [widget, field] of [
      [{ color: 'red' }, 'color'],
      [{ logoUrl: 'javascript:alert(1)' }, 'logoUrl'],
      [{ position: 'top' }, 'position'],
      [{ font: 'Comic Sans' }, 'font'],
    ] as const) {
      const res = await h.api(admin.apiKey, 'PUT', `/api/v1/channels/${conn}/bot`, { widget });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain(field);
    }
    expect((await h.api(other.apiKey, 'PUT', `/api/v1/channels/${conn}/bot`, { widget: { color: '#000000' } })).status).toBe(404);
    expect((await fetch(`${h.url}/api/v1/webchat/00000000-0000-4000-8000-000000000000/config`)).status).toBe(404);
  });
});

describe('visitor flow', () => {
  it('stores the pre-chat name and email on the customer (email unverified) and refuses a bad email', async () => {
    const v = await visitor({ name: 'Pat Doe', email: 'pat@example.com' });
    const [identity] = await h.c.database.db.select().from(channelIdentities).where(and(eq(channelIdentities.connectionId, conn), eq(channelIdentities.externalUserId, v.visitorId)));
    expect(identity?.displayName).toBe('Pat Doe');
    const [customer] = await h.c.database.db.select().from(customers).where(eq(customers.id, identity!.customerId));
    expect(customer).toMatchObject({ displayName: 'Pat Doe', email: 'pat@example.com', emailVerified: false });
    const bad = await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'not-an-email' }) });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('email');
  });

  it('offers "Talk to a person" on an unsure answer; the button escalates', async () => {
    const v = await visitor();
    const stream = await v.stream();
    await v.say('What is the airspeed velocity of an unladen swallow?');
    const unsure = await stream.waitFor((e) => e.event === 'message' && e.data.text === UNSURE_TEXT, 30_000);
    expect(unsure.data.payload.buttons).toEqual([{ title: HANDOFF_TITLE, payload: HANDOFF_PAYLOAD }]);
    const pressed = await v.say(HANDOFF_TITLE, HANDOFF_PAYLOAD);
    const [stored] = await h.c.database.db.select().from(messages).where(eq(messages.id, pressed));
    expect(stored).toMatchObject({ kind: 'button_reply', payload: { buttonPayload: HANDOFF_PAYLOAD } });
    const t = await v.ticket();
    expect(t.escalationEvidence).toMatchObject({ ruleName: 'Explicit request for a human' });
    expect(JSON.stringify(t.escalationEvidence)).toContain('Talk to a person');
    stream.close();
  });

  it('escalates "yes please" after the offer instead of repeating the unsure answer', async () => {
    const v = await visitor();
    const stream = await v.stream();
    await v.say('Can I pay with seashells?');
    await stream.waitFor((e) => e.event === 'message' && e.data.text === UNSURE_TEXT, 30_000);
    await v.say('yes please');
    await v.ticket();
    // The acknowledgement, not a second "I'm not sure".
    await stream.waitFor((e) => e.event === 'message' && /member of our team/.test(e.data.text), 30_000);
    expect(stream.messages().filter((m) => m.text === UNSURE_TEXT)).toHaveLength(1);
    stream.close();
  });

  it('names the agent, tells the customer when the bot takes over again, and replays a closed conversation with its rating', async () => {
    const v = await visitor();
    const stream = await v.stream();
    await v.say('I want to talk to a human please');
    const t = await v.ticket();
    await h.api(agentKey, 'POST', `/api/v1/tickets/${t.id}/messages`, { text: 'Hi, Ana here.' });
    const fromAgent = await stream.waitFor((e) => e.event === 'message' && e.data.senderType === 'agent', 30_000);
    expect(fromAgent.data.senderName).toBe('Ana Lima');

    expect((await h.api(agentKey, 'POST', `/api/v1/tickets/${t.id}/handback`, {})).status).toBe(200);
    const back = await stream.waitFor((e) => e.event === 'message' && e.data.text === HANDBACK_TEXT, 30_000);
    expect(back.data.senderType).toBe('system');

    // The agent then closes the (pending) ticket: the customer rates with the button payload.
    expect((await h.api(agentKey, 'POST', `/api/v1/tickets/${t.id}/close`, {})).status).toBe(200);
    const csat = await stream.waitFor((e) => e.event === 'message' && Array.isArray(e.data.payload?.buttons) && e.data.payload.buttons[0]?.payload === 'csat:1', 30_000);
    expect(csat.data.payload.buttons).toHaveLength(5);
    await v.say('★★★★', 'csat:4');
    await waitFor(async () => (await h.c.database.db.select().from(feedback).where(eq(feedback.conversationId, v.conversationId)))[0]?.rating === 4, { what: 'the rating' });
    stream.close();

    // A reload: the closed conversation's messages and its rating come back.
    const again = await v.stream();
    const ready = await again.waitFor((e) => e.event === 'ready');
    expect(ready.data.conversationId).toBeNull();
    expect(ready.data.conversations).toEqual([expect.objectContaining({ id: v.conversationId, status: 'COMPLETED', rating: 4, awaitingRating: false })]);
    const texts = again.messages().map((m) => m.text);
    expect(texts).toContain('I want to talk to a human please');
    expect(texts).toContain('Hi, Ana here.');
    expect(again.messages().find((m) => m.text === 'Hi, Ana here.').senderName).toBe('Ana Lima');
    again.close();
  });
});
