/**
 * Customers across channels: search and profile, edits with normalised and
 * validated contact details, merge suggestions (WhatsApp number = a phone typed
 * for a web chat customer), merges that move identities, conversations,
 * tickets and feedback (idempotent, tenant-scoped, admin only, safe under
 * messages arriving from both identities while they run), and GDPR erasure
 * that leaves no personal data anywhere in the database but keeps the counts.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, channelIdentities, conversations, customers, feedback, messages, tickets } from '../../drizzle/schema.js';
import type { WebhookRequest, ChannelContext } from '../../channels/types.js';
import { kits } from '../contract/kits.js';
import { insertConnection } from '../helpers/connections.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';

let h: Harness;
let A: { tenantId: string; apiKey: string };
let B: { tenantId: string; apiKey: string };
let agentKey: string;
let webchatId: string;
let wa: { id: string; ctx: ChannelContext<unknown> };

// ---------------------------------------------------------------- channel helpers

let waSeq = 0;
/** A signed WhatsApp Cloud API webhook with one text message from `from`. */
async function waMessage(from: string, name: string, text: string): Promise<number> {
  const body = JSON.parse(kits.whatsapp!.samplePayload);
  const value = body.entry[0].changes[0].value;
  value.contacts[0].wa_id = from;
  value.contacts[0].profile.name = name;
  value.messages[0].from = from;
  value.messages[0].id = `wamid.CUST${process.pid}${++waSeq}${randomUUID().slice(0, 8)}`;
  value.messages[0].text.body = text;
  const req: WebhookRequest = { method: 'POST', headers: { 'content-type': 'application/json' }, query: {}, rawBody: Buffer.from(JSON.stringify(body), 'utf8') };
  const signed = kits.whatsapp!.authenticate(req, wa.ctx);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(signed.headers)) if (v !== undefined) headers[k] = v;
  const res = await fetch(`${h.url}/webhooks/whatsapp/${wa.id}`, { method: 'POST', headers, body: new Uint8Array(signed.rawBody) });
  await res.arrayBuffer();
  return res.status;
}

async function webchatSession(): Promise<{ token: string; conversationId: string }> {
  const res = await fetch(`${h.url}/api/v1/webchat/${webchatId}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  expect(res.status).toBe(201);
  return (await res.json()) as { token: string; conversationId: string };
}

async function webchatPost(token: string, text: string): Promise<number> {
  const res = await fetch(`${h.url}/api/v1/webchat/${webchatId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ text, clientMessageId: randomUUID() }),
  });
  await res.arrayBuffer();
  return res.status;
}

const db = () => h.c.database.db;

async function customerOfConversation(conversationId: string): Promise<string> {
  const [c] = await db().select({ customerId: conversations.customerId }).from(conversations).where(eq(conversations.id, conversationId));
  return c!.customerId;
}

async function customerOfWa(from: string): Promise<string> {
  const row = await waitFor(async () => (await db().select({ customerId: channelIdentities.customerId }).from(channelIdentities).where(and(eq(channelIdentities.connectionId, wa.id), eq(channelIdentities.externalUserId, from))))[0], { what: `identity ${from}` });
  return row.customerId;
}

/** A web chat customer with one message stored; returns its customer id and session. */
async function webchatCustomer(text = 'hello there'): Promise<{ customerId: string; token: string; conversationId: string }> {
  const s = await webchatSession();
  expect(await webchatPost(s.token, text)).toBe(202);
  return { customerId: await customerOfConversation(s.conversationId), ...s };
}

beforeAll(async () => {
  const closed = 'http://127.0.0.1:9';
  h = await startHarness({ env: { JOB_ATTEMPTS: '1', WHATSAPP_GRAPH_API_URL: closed } });
  A = await h.createTenant('Customers A');
  B = await h.createTenant('Customers B');
  const agent = await h.api(A.apiKey, 'POST', '/api/v1/agents', { email: 'agent@a.test', name: 'Agent A' });
  expect(agent.status).toBe(201);
  agentKey = agent.body.apiKey;
  // Customer custom fields are validated against the tenant's definitions.
  for (const f of [
    { key: 'plan_tier', label: 'Plan tier', type: 'dropdown', options: ['gold', 'silver'] },
    { key: 'seats', label: 'Seats', type: 'number' },
    { key: 'region', label: 'Region', type: 'text' },
    { key: 'passport', label: 'Passport', type: 'text' },
  ]) {
    expect((await h.api(A.apiKey, 'POST', '/api/v1/custom-fields', { entity: 'customer', ...f })).status).toBe(201);
  }
  const chan = await h.api(A.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Site' });
  expect(chan.status).toBe(201);
  webchatId = chan.body.id;
  wa = await insertConnection(h, A.tenantId, 'whatsapp', kits.whatsapp!.credentials);
}, 60_000);

afterAll(async () => {
  await h?.close();
});

// ---------------------------------------------------------------- profile, edit, search

describe('customers: profile, edit and search', () => {
  let waCustomer: string;
  let webCustomer: string;

  beforeAll(async () => {
    expect(await waMessage('4915112345601', 'Sheena Nelson', 'Where is my order?')).toBe(200);
    waCustomer = await customerOfWa('4915112345601');
    webCustomer = (await webchatCustomer('Hi from the website')).customerId;
  });

  it('PATCH normalises email and phone, merges custom fields, and returns the customer', async () => {
    const res = await h.api(agentKey, 'PATCH', `/api/v1/customers/${webCustomer}`, {
      name: 'Wanda Web',
      email: '  Wanda.Web@Example.COM ',
      phone: '+49 (151) 123-45601',
      language: 'de',
      tags: ['vip', 'vip', 'b2b'],
      customFields: { plan_tier: 'gold', seats: 12 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: webCustomer, name: 'Wanda Web', email: 'wanda.web@example.com', emailVerified: true, phone: '+4915112345601', language: 'de', tags: ['vip', 'b2b'], customFields: { plan_tier: 'gold', seats: 12 } });
    const again = await h.api(agentKey, 'PATCH', `/api/v1/customers/${webCustomer}`, { customFields: { seats: null, region: 'EU' } });
    expect(again.body.customFields).toEqual({ plan_tier: 'gold', region: 'EU' });
    // The list filters on custom fields (`cf.<key>=value`).
    const listed = async (qs: string) => (await h.api(agentKey, 'GET', `/api/v1/customers?${qs}`)).body.items.map((i: { id: string }) => i.id);
    expect(await listed('cf.plan_tier=gold')).toEqual([webCustomer]);
    expect(await listed('cf.region=EU&cf.plan_tier=silver')).toEqual([]);
    expect((await h.api(agentKey, 'GET', '/api/v1/customers?cf.Bad-Key=1')).status).toBe(400);
    const [row] = await db().select().from(customers).where(eq(customers.id, webCustomer));
    expect(row?.customFields).toEqual({ plan_tier: 'gold', region: 'EU' });
  });

  it('PATCH answers 400 naming the field for bad values, and 400/404 for bad ids', async () => {
    const cases: Array<[unknown, string]> = [
      [{ email: 'not-an-email' }, 'email'],
      [{ email: 'a@b' }, 'email'],
      [{ phone: '12' }, 'phone'],
      [{ phone: '+49 151 abc' }, 'phone'],
      [{ language: 'english please' }, 'language'],
      [{ tags: [''] }, 'tags'],
      [{ tags: 'vip' }, 'tags'],
      [{ name: '' }, 'name'],
      [{ customFields: { '9bad': 1 } }, 'customFields'],
      [{ customFields: { ok: { nested: true } } }, 'customFields'],
      [{ customFields: { undefined_field: 'x' } }, 'customFields.undefined_field'],
      [{ customFields: { seats: 'twelve' } }, 'customFields.seats'],
      [{ customFields: { plan_tier: 'platinum' } }, 'customFields.plan_tier'],
      [{ unknownField: 1 }, 'unknownField'],
      [{ name: 'a\u0000b' }, 'name'],
    ];
    for (const [body, field] of cases) {
      const res = await h.api(agentKey, 'PATCH', `/api/v1/customers/${webCustomer}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.message, JSON.stringify(body)).toContain(field);
    }
    expect((await h.api(agentKey, 'PATCH', '/api/v1/customers/not-a-uuid', { name: 'x' })).status).toBe(400);
    expect((await h.api(agentKey, 'PATCH', `/api/v1/customers/${randomUUID()}`, { name: 'x' })).status).toBe(404);
    expect((await h.api(agentKey, 'GET', `/api/v1/customers/${randomUUID()}`)).status).toBe(404);
    // Nothing of the rejected edits was stored.
    const [row] = await db().select().from(customers).where(eq(customers.id, webCustomer));
    expect(row?.email).toBe('wanda.web@example.com');
  });

  it('GET /customers searches name, email, phone (by digits) and channel names, filters by tag, paginates', async () => {
    const search = async (qs: string) => {
      const res = await h.api(agentKey, 'GET', `/api/v1/customers?${qs}`);
      expect(res.status, qs).toBe(200);
      return res.body as { items: Array<{ id: string }>; total: number; limit: number; offset: number };
    };
    expect((await search('q=wanda')).items.map((c) => c.id)).toEqual([webCustomer]);
    expect((await search('q=EXAMPLE.com')).items.map((c) => c.id)).toEqual([webCustomer]);
    expect((await search('q=151-123')).items.map((c) => c.id)).toContain(webCustomer);
    expect((await search('q=Sheena')).items.map((c) => c.id)).toEqual([waCustomer]);
    expect((await search('tag=vip')).items.map((c) => c.id)).toEqual([webCustomer]);
    expect((await search('q=%25')).items).toEqual([]);
    const all = await search('limit=200');
    expect(all.total).toBeGreaterThanOrEqual(2);
    const page1 = await search('limit=1&offset=0');
    const page2 = await search('limit=1&offset=1');
    expect(page1.items).toHaveLength(1);
    expect(page2.items[0]?.id).not.toBe(page1.items[0]?.id);
    expect(page1.total).toBe(all.total);
    for (const bad of ['limit=0', 'limit=abc', 'offset=-1', 'tag=', `q=${'x'.repeat(300)}`]) expect((await h.api(agentKey, 'GET', `/api/v1/customers?${bad}`)).status, bad).toBe(400);
  });

  it('GET /customers/:id shows identities per channel, conversations and tickets', async () => {
    const [conv] = await db().select({ id: conversations.id }).from(conversations).where(eq(conversations.customerId, waCustomer));
    const take = await h.api(A.apiKey, 'POST', `/api/v1/conversations/${conv!.id}/takeover`);
    expect(take.status).toBe(201);
    const res = await h.api(agentKey, 'GET', `/api/v1/customers/${waCustomer}`);
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Sheena Nelson');
    expect(res.body.identities).toEqual([expect.objectContaining({ channel: 'whatsapp', externalUserId: '4915112345601', displayName: 'Sheena Nelson', connectionId: wa.id })]);
    expect(res.body.conversations.map((c: { id: string }) => c.id)).toEqual([conv!.id]);
    expect(res.body.tickets).toEqual([expect.objectContaining({ id: take.body.id, conversationId: conv!.id, status: expect.any(String) })]);
  });

  it('suggests merging the WhatsApp customer and the web chat customer with the same phone, and merges nothing by itself', async () => {
    const res = await h.api(agentKey, 'GET', `/api/v1/customers/${waCustomer}/merge-suggestions`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([expect.objectContaining({ customerId: webCustomer, reasons: ['phone'] })]);
    const back = await h.api(agentKey, 'GET', `/api/v1/customers/${webCustomer}/merge-suggestions`);
    expect(back.body.items.map((s: { customerId: string }) => s.customerId)).toEqual([waCustomer]);
    const [still] = await db().select().from(customers).where(eq(customers.id, webCustomer));
    expect(still?.mergedIntoId).toBeNull();
  });

  it('suggests on a verified email, not on an unverified one', async () => {
    const one = (await webchatCustomer('first')).customerId;
    const two = (await webchatCustomer('second')).customerId;
    await db().update(customers).set({ email: 'shared@example.org', emailVerified: false }).where(eq(customers.id, two));
    expect((await h.api(agentKey, 'PATCH', `/api/v1/customers/${one}`, { email: 'Shared@Example.org' })).status).toBe(200);
    expect((await h.api(agentKey, 'GET', `/api/v1/customers/${one}/merge-suggestions`)).body.items).toEqual([]);
    expect((await h.api(agentKey, 'PATCH', `/api/v1/customers/${two}`, { email: 'shared@example.org' })).status).toBe(200);
    expect((await h.api(agentKey, 'GET', `/api/v1/customers/${one}/merge-suggestions`)).body.items).toEqual([expect.objectContaining({ customerId: two, reasons: ['email'] })]);
  });
});

// ---------------------------------------------------------------- merge

describe('customers: merge', () => {
  it('moves identities, conversations, tickets and feedback, keeps an audit record, and is idempotent', async () => {
    expect(await waMessage('4917000000001', 'Max Merge', 'my parcel is late')).toBe(200);
    const target = await customerOfWa('4917000000001');
    const web = await webchatCustomer('parcel late, writing from the site');
    const source = web.customerId;
    await h.api(agentKey, 'PATCH', `/api/v1/customers/${source}`, { email: 'max@example.net', tags: ['web'] });
    // A ticket on the source with a CSAT answer.
    const take = await h.api(A.apiKey, 'POST', `/api/v1/conversations/${web.conversationId}/takeover`);
    expect(take.status).toBe(201);
    await db().insert(feedback).values({ tenantId: A.tenantId, ticketId: take.body.id, conversationId: web.conversationId, rating: 4 });

    expect((await h.api(agentKey, 'POST', `/api/v1/customers/${target}/merge`, { sourceCustomerId: source })).status).toBe(403);
    const res = await h.api(A.apiKey, 'POST', `/api/v1/customers/${target}/merge`, { sourceCustomerId: source });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ targetCustomerId: target, sourceCustomerId: source, moved: { identities: 1, conversations: 1, tickets: 1, feedback: 1 }, repeated: false });

    const detail = await h.api(agentKey, 'GET', `/api/v1/customers/${target}`);
    expect(detail.body.identities.map((i: { channel: string }) => i.channel).sort()).toEqual(['webchat', 'whatsapp']);
    expect(detail.body.conversations.map((c: { id: string }) => c.id)).toContain(web.conversationId);
    expect(detail.body.tickets.map((t: { id: string }) => t.id)).toContain(take.body.id);
    // Gaps filled from the source, tags combined.
    expect(detail.body).toMatchObject({ name: 'Max Merge', email: 'max@example.net', tags: ['web'] });
    const [tk] = await db().select({ customerId: tickets.customerId }).from(tickets).where(eq(tickets.id, take.body.id));
    expect(tk?.customerId).toBe(target);
    const src = await h.api(agentKey, 'GET', `/api/v1/customers/${source}`);
    expect(src.body).toMatchObject({ mergedIntoId: target, identities: [], conversations: [], tickets: [] });
    expect((await h.api(agentKey, 'GET', '/api/v1/customers?limit=200')).body.items.map((c: { id: string }) => c.id)).not.toContain(source);

    const audit = await db().select().from(auditLog).where(and(eq(auditLog.tenantId, A.tenantId), eq(auditLog.action, 'customer.merge'), eq(auditLog.entityId, target)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes).toMatchObject({ sourceCustomerId: source });
    expect(audit[0]!.actorKeyId).not.toBeNull();

    // Again: the same answer, nothing moved twice, no second record.
    const again = await h.api(A.apiKey, 'POST', `/api/v1/customers/${target}/merge`, { sourceCustomerId: source });
    expect(again.status).toBe(200);
    expect({ ...again.body, repeated: undefined }).toEqual({ ...res.body, repeated: undefined });
    expect(again.body.repeated).toBe(true);
    expect(await db().select().from(auditLog).where(and(eq(auditLog.action, 'customer.merge'), eq(auditLog.entityId, target)))).toHaveLength(1);

    // The web chat visitor writes again: it is the target's conversation now.
    expect(await webchatPost(web.token, 'still waiting')).toBe(202);
    const [m] = await db().select({ conversationId: messages.conversationId }).from(messages).where(eq(messages.text, 'still waiting'));
    expect(await customerOfConversation(m!.conversationId)).toBe(target);
  });

  it('refuses self-merge (400), bad bodies (400), unknown ids (404), a source already merged elsewhere (409)', async () => {
    const a = (await webchatCustomer('a')).customerId;
    const b = (await webchatCustomer('b')).customerId;
    const c = (await webchatCustomer('c')).customerId;
    const merge = (target: string, body: unknown, key = A.apiKey) => h.api(key, 'POST', `/api/v1/customers/${target}/merge`, body);
    expect((await merge(a, { sourceCustomerId: a })).status).toBe(400);
    for (const body of [{}, { sourceCustomerId: 'nope' }, { sourceCustomerId: 5 }, { sourceCustomerId: b, extra: 1 }]) {
      const r = await merge(a, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.message).toMatch(/sourceCustomerId|extra|Unrecognized/i);
    }
    expect((await merge(randomUUID(), { sourceCustomerId: b })).status).toBe(404);
    expect((await merge(a, { sourceCustomerId: randomUUID() })).status).toBe(404);
    expect((await merge('not-a-uuid', { sourceCustomerId: b })).status).toBe(400);
    expect((await merge(a, { sourceCustomerId: b })).status).toBe(200);
    const again = await merge(c, { sourceCustomerId: b });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain(a);
    // Merging into a customer that was merged away: 409 naming the survivor.
    expect((await merge(b, { sourceCustomerId: c })).status).toBe(409);
  });

  it("refuses across tenants: tenant B's key gets 404 for tenant A's customers on every route", async () => {
    const a1 = (await webchatCustomer('tenant a one')).customerId;
    const a2 = (await webchatCustomer('tenant a two')).customerId;
    const bConn = await h.api(B.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'B site' });
    const bs = await fetch(`${h.url}/api/v1/webchat/${bConn.body.id}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const bSession = (await bs.json()) as { conversationId: string };
    const bCustomer = await customerOfConversation(bSession.conversationId);
    const [original] = await db().select().from(customers).where(eq(customers.id, a1));
    expect((await h.api(B.apiKey, 'GET', `/api/v1/customers/${a1}`)).status).toBe(404);
    expect((await h.api(B.apiKey, 'PATCH', `/api/v1/customers/${a1}`, { name: 'stolen' })).status).toBe(404);
    expect((await h.api(B.apiKey, 'GET', `/api/v1/customers/${a1}/merge-suggestions`)).status).toBe(404);
    expect((await h.api(B.apiKey, 'POST', `/api/v1/customers/${a1}/merge`, { sourceCustomerId: a2 })).status).toBe(404);
    // Mixed: B's own target, A's source; A's target, B's source.
    expect((await h.api(B.apiKey, 'POST', `/api/v1/customers/${bCustomer}/merge`, { sourceCustomerId: a1 })).status).toBe(404);
    expect((await h.api(A.apiKey, 'POST', `/api/v1/customers/${a1}/merge`, { sourceCustomerId: bCustomer })).status).toBe(404);
    expect((await h.api(B.apiKey, 'DELETE', `/api/v1/customers/${a1}`)).status).toBe(404);
    const listB = await h.api(B.apiKey, 'GET', '/api/v1/customers?limit=200');
    expect(listB.body.items.map((c: { id: string }) => c.id)).toEqual([bCustomer]);
    const [row] = await db().select().from(customers).where(eq(customers.id, a1));
    expect(row).toEqual(original);
  });

  it('is safe under messages arriving from both identities during the merge: every message ends on the target, none lost', async () => {
    const PER_SIDE = 25;
    for (const round of [0, 1]) {
      const from = `49160000${round}0001`;
      expect(await waMessage(from, `Racer ${round}`, `race ${round} wa first`)).toBe(200);
      const waCustomer = await customerOfWa(from);
      const web = await webchatCustomer(`race ${round} web first`);
      // Round 0 merges the web chat customer into the WhatsApp one, round 1 the other way round.
      const [target, source] = round === 0 ? [waCustomer, web.customerId] : [web.customerId, waCustomer];
      const sends: Array<Promise<number>> = [];
      let mergeStatus = 0;
      for (let i = 0; i < PER_SIDE; i++) {
        sends.push(waMessage(from, `Racer ${round}`, `race ${round} wa ${i}`));
        sends.push(webchatPost(web.token, `race ${round} web ${i}`));
        if (i === Math.floor(PER_SIDE / 3)) {
          sends.push(h.api(A.apiKey, 'POST', `/api/v1/customers/${target}/merge`, { sourceCustomerId: source }).then((r) => (mergeStatus = r.status)));
        }
      }
      const statuses = await Promise.all(sends);
      expect(mergeStatus).toBe(200);
      expect(statuses.filter((s) => s >= 300)).toEqual([]);
      const texts = [`race ${round} wa first`, `race ${round} web first`, ...Array.from({ length: PER_SIDE }, (_, i) => [`race ${round} wa ${i}`, `race ${round} web ${i}`]).flat()];
      const stored = await db()
        .select({ text: messages.text, customerId: conversations.customerId })
        .from(messages)
        .innerJoin(conversations, eq(conversations.id, messages.conversationId))
        .where(and(eq(messages.tenantId, A.tenantId), eq(messages.direction, 'in'), inArray(messages.text, texts)));
      expect(stored.map((s) => s.text).sort()).toEqual([...texts].sort());
      expect(stored.filter((s) => s.customerId !== target)).toEqual([]);
      const left = await db().select({ id: channelIdentities.id }).from(channelIdentities).where(eq(channelIdentities.customerId, source));
      expect(left).toEqual([]);
      expect(await db().select({ id: conversations.id }).from(conversations).where(eq(conversations.customerId, source))).toEqual([]);
      // And after the race, both identities still lead to the target.
      expect(await customerOfWa(from)).toBe(target);
    }
  }, 120_000);
});

// ---------------------------------------------------------------- GDPR erasure

describe('customers: GDPR erasure', () => {
  it('erases every piece of personal data of the customer, keeps counts, ratings and timings, and is audited', async () => {
    const phone = '4917712349876';
    const secretText = 'my secret IBAN is DE89370400440532013000 zebra';
    expect(await waMessage(phone, 'Zelda Privacy', secretText)).toBe(200);
    const customerId = await customerOfWa(phone);
    expect((await h.api(agentKey, 'PATCH', `/api/v1/customers/${customerId}`, { email: 'zelda.privacy@example.com', customFields: { passport: 'X1234567' } })).status).toBe(200);
    const [conv] = await db().select().from(conversations).where(eq(conversations.customerId, customerId));
    // The echo worker answers (quoting the text) before anything else happens.
    await waitFor(async () => (await db().select().from(messages).where(and(eq(messages.conversationId, conv!.id), eq(messages.direction, 'out')))).length > 0, { what: 'the reply' });
    const take = await h.api(A.apiKey, 'POST', `/api/v1/conversations/${conv!.id}/takeover`);
    expect(take.status).toBe(201);
    expect((await h.api(A.apiKey, 'POST', `/api/v1/tickets/${take.body.id}/notes`, { text: 'Zelda called about DE89370400440532013000' })).status).toBe(201);
    await db().insert(feedback).values({ tenantId: A.tenantId, ticketId: take.body.id, conversationId: conv!.id, rating: 2, comment: 'Zelda says: slow' });
    const before = {
      messages: (await db().select({ id: messages.id }).from(messages).where(eq(messages.conversationId, conv!.id))).length,
      ticket: (await db().select().from(tickets).where(eq(tickets.id, take.body.id)))[0]!,
    };

    expect((await h.api(agentKey, 'DELETE', `/api/v1/customers/${customerId}`)).status).toBe(403);
    expect((await h.api(B.apiKey, 'DELETE', `/api/v1/customers/${customerId}`)).status).toBe(404);
    const res = await h.api(A.apiKey, 'DELETE', `/api/v1/customers/${customerId}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.erased).toMatchObject({ customers: 1, identities: 1, conversations: 1, tickets: 1, feedback: 1 });
    expect(res.body.erased.messages).toBe(before.messages);

    // Scan every table of the database for any of the customer's personal data.
    const markers = ['Zelda', 'zelda.privacy', phone, 'DE89370400440532013000', 'zebra', 'X1234567', 'slow'];
    const tables = await db().execute<{ t: string }>(sql`select tablename as t from pg_tables where schemaname = 'public'`);
    const found: string[] = [];
    for (const { t } of tables) {
      for (const marker of markers) {
        const [row] = await db().execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(t)} x where x::text ilike ${`%${marker}%`}`);
        if (row!.n > 0) found.push(`${t}: ${marker} ×${row!.n}`);
      }
    }
    expect(found).toEqual([]);

    // Statistics stay: the message count, the ticket's status, priority and timings, the rating.
    expect((await db().select({ id: messages.id }).from(messages).where(eq(messages.conversationId, conv!.id))).length).toBe(before.messages);
    const [ticket] = await db().select().from(tickets).where(eq(tickets.id, take.body.id));
    expect(ticket).toMatchObject({ status: before.ticket.status, priority: before.ticket.priority, customerId, createdAt: before.ticket.createdAt, firstResponseDueAt: before.ticket.firstResponseDueAt });
    const [fb] = await db().select().from(feedback).where(eq(feedback.ticketId, take.body.id));
    expect(fb).toMatchObject({ rating: 2, comment: null });
    const detail = await h.api(agentKey, 'GET', `/api/v1/customers/${customerId}`);
    expect(detail.body).toMatchObject({ name: null, email: null, phone: null, erasedAt: expect.any(String), customFields: {} });
    expect(detail.body.conversations).toHaveLength(1);
    expect(detail.body.tickets).toHaveLength(1);

    const audit = await h.api(A.apiKey, 'GET', `/api/v1/audit-log?action=customer.erase&entityId=${customerId}`);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'customer.erase', entityType: 'customer', entityId: customerId })]);
    // An erased customer is not edited, merged or listed; the same WhatsApp number writing again is a new customer.
    expect((await h.api(agentKey, 'PATCH', `/api/v1/customers/${customerId}`, { name: 'Back' })).status).toBe(409);
    expect((await h.api(agentKey, 'GET', '/api/v1/customers?limit=200')).body.items.map((c: { id: string }) => c.id)).not.toContain(customerId);
    expect(await waMessage(phone, 'Zelda Privacy', 'hello again')).toBe(200);
    expect(await customerOfWa(phone)).not.toBe(customerId);
  });
});
