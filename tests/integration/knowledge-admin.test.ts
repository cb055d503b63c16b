/**
 * Knowledge administration and each channel's bot: renaming, archiving and
 * deleting knowledge bases; document types and publishing (unpublished
 * documents are found by agents' searches, never used in answers to
 * customers; an archived knowledge base is never searched); GET/PUT
 * /channels/:id/bot restricting the bot to some knowledge bases, overriding the
 * answer threshold and greeting on first contact — through the real workers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { aiProcessingLogs, channelBotConfigs, documents, knowledgeChunks, messages } from '../../drizzle/schema.js';
import { UNSURE_TEXT, UNSURE_THRESHOLD_DEFAULT } from '../../src/rag/rag.responder.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';

let h: Harness;
let A: { tenantId: string; apiKey: string };
let B: { tenantId: string; apiKey: string };
let agentKey: string;
let kbParking: string;
let kbWarranty: string;
let kbB: string;
let parkingDoc: string;
let secretDoc: string;
let channel: string;
let channelB: string;

const PARKING = `# Bicycle parking

The bicycle parking garage is on level minus two of the building. Bicycle parking is free for customers and the garage opens at six in the morning.`;
const WARRANTY = `# Warranty claims

A warranty claim for a broken kettle is made with the receipt. Kettles have a warranty of two years and a broken kettle is replaced at the counter.`;
const SECRET = `# Internal discount codes

Staff may grant the discount code ORCHID-TWELVE for a damaged parcel complaint: twelve percent off the next order.`;

async function waitIndexed(key: string, kb: string, docId: string) {
  return waitFor(
    async () => {
      const r = await h.api(key, 'GET', `/api/v1/knowledge-bases/${kb}/documents/${docId}`);
      if (r.body.status === 'FAILED') throw new Error(`FAILED: ${r.body.statusReason}`);
      return r.body.status === 'INDEXED' ? r.body : null;
    },
    { timeoutMs: 60_000, what: `document ${docId} indexed` },
  );
}

async function addDoc(key: string, kb: string, body: Record<string, unknown>): Promise<string> {
  const res = await h.api(key, 'POST', `/api/v1/knowledge-bases/${kb}/documents`, { format: 'markdown', ...body });
  expect(res.status).toBe(202);
  await waitIndexed(key, kb, res.body.id);
  return res.body.id as string;
}

/** A new web chat conversation on `conn` with one customer message; returns the bot's texts in order. */
async function chat(conn: string, text: string): Promise<{ texts: string[]; respond: typeof aiProcessingLogs.$inferSelect }> {
  const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
  const sent = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text, clientMessageId: 'q1' }) });
  expect(sent.status).toBeLessThan(300);
  const db = h.c.database.db;
  const [inbound] = await waitFor(async () => {
    const rows = await db.select().from(messages).where(and(eq(messages.conversationId, s.conversationId), eq(messages.direction, 'in')));
    return rows[0]?.processingStatus === 'replied' ? rows : null;
  }, { timeoutMs: 60_000, what: 'the bot answered' });
  const out = await db.select().from(messages).where(and(eq(messages.conversationId, s.conversationId), eq(messages.direction, 'out'))).orderBy(asc(messages.seq));
  const [respond] = await db.select().from(aiProcessingLogs).where(and(eq(aiProcessingLogs.entityId, inbound!.id), eq(aiProcessingLogs.processingType, 'respond')));
  return { texts: out.map((m) => m.text), respond: respond! };
}

beforeAll(async () => {
  h = await startHarness({ productWorkers: true });
  A = await h.createTenant('Acme');
  B = await h.createTenant('Other');
  const agent = await h.api(A.apiKey, 'POST', '/api/v1/agents', { email: 'agent@acme.example', name: 'Agent A' });
  expect(agent.status).toBe(201);
  agentKey = agent.body.apiKey;
  kbParking = (await h.api(A.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Parking' })).body.id;
  kbWarranty = (await h.api(A.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Warranty' })).body.id;
  kbB = (await h.api(B.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'B help' })).body.id;
  parkingDoc = await addDoc(A.apiKey, kbParking, { title: 'Bicycle parking', content: PARKING, type: 'article' });
  await addDoc(A.apiKey, kbWarranty, { title: 'Warranty claims', content: WARRANTY, type: 'faq' });
  secretDoc = await addDoc(A.apiKey, kbWarranty, { title: 'Internal discount codes', content: SECRET, published: false });
  channel = (await h.api(A.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Site' })).body.id;
  channelB = (await h.api(B.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'B site' })).body.id;
}, 180_000);

afterAll(async () => h?.close());

describe('documents: type and published', () => {
  it('are stored and shown; the defaults are document and published', async () => {
    const list = await h.api(A.apiKey, 'GET', `/api/v1/knowledge-bases/${kbWarranty}/documents`);
    const byTitle = Object.fromEntries(list.body.items.map((d: { title: string }) => [d.title, d]));
    expect(byTitle['Warranty claims']).toMatchObject({ type: 'faq', published: true });
    expect(byTitle['Internal discount codes']).toMatchObject({ type: 'document', published: false });
  });

  it('rejects an unknown type with a 400 naming it', async () => {
    const res = await h.api(A.apiKey, 'POST', `/api/v1/knowledge-bases/${kbWarranty}/documents`, { title: 'x', content: 'y', type: 'memo' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/type/);
  });

  it('PATCH changes type, published and title, and validates', async () => {
    const path = `/api/v1/knowledge-bases/${kbParking}/documents/${parkingDoc}`;
    expect((await h.api(A.apiKey, 'PATCH', path, {})).status).toBe(400);
    expect((await h.api(A.apiKey, 'PATCH', path, { type: 'memo' })).status).toBe(400);
    expect((await h.api(A.apiKey, 'PATCH', path, { published: 'yes' })).status).toBe(400);
    expect((await h.api(A.apiKey, 'PATCH', path, { title: '' })).status).toBe(400);
    expect((await h.api(A.apiKey, 'PATCH', path, { content: 'no' })).status).toBe(400);
    expect((await h.api(A.apiKey, 'PATCH', `/api/v1/knowledge-bases/${kbParking}/documents/not-a-uuid`, { type: 'faq' })).status).toBe(400);
    const ok = await h.api(A.apiKey, 'PATCH', path, { type: 'faq' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ type: 'faq', published: true, title: 'Bicycle parking' });
    // The wrong knowledge base, another tenant, an agent.
    expect((await h.api(A.apiKey, 'PATCH', `/api/v1/knowledge-bases/${kbWarranty}/documents/${parkingDoc}`, { type: 'faq' })).status).toBe(404);
    expect((await h.api(B.apiKey, 'PATCH', path, { type: 'faq' })).status).toBe(404);
    expect((await h.api(agentKey, 'PATCH', path, { type: 'faq' })).status).toBe(403);
    // A new title is re-indexed (titles are searched).
    const renamed = await h.api(A.apiKey, 'PATCH', path, { title: 'Bike parking garage' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.version).toBe(2);
    await waitIndexed(A.apiKey, kbParking, parkingDoc);
  });
});

describe('unpublished documents', () => {
  it('are found by an agent search but never in an answer to a customer', async () => {
    const search = await h.api(agentKey, 'GET', `/api/v1/knowledge-bases/${kbWarranty}/search?q=${encodeURIComponent('discount code for a damaged parcel')}`);
    expect(search.status).toBe(200);
    expect(search.body.items.some((c: { documentId: string }) => c.documentId === secretDoc)).toBe(true);

    const customer = await h.c.retriever.retrieve(A.tenantId, 'discount code for a damaged parcel');
    expect(customer.some((c) => c.documentId === secretDoc)).toBe(false);

    const answer = await chat(channel, 'Which discount code can I get for a damaged parcel?');
    expect(answer.texts.join('\n')).not.toMatch(/ORCHID/);
    const [secretChunks] = await h.c.database.db.select({ id: knowledgeChunks.id }).from(knowledgeChunks).where(eq(knowledgeChunks.documentId, secretDoc));
    expect(answer.respond.retrieved.map((r) => r.chunkId)).not.toContain(secretChunks!.id);
  });

  it('publishing one makes it available to customers', async () => {
    const res = await h.api(A.apiKey, 'PATCH', `/api/v1/knowledge-bases/${kbWarranty}/documents/${secretDoc}`, { published: true });
    expect(res.body.published).toBe(true);
    const customer = await h.c.retriever.retrieve(A.tenantId, 'discount code for a damaged parcel');
    expect(customer.some((c) => c.documentId === secretDoc)).toBe(true);
    await h.api(A.apiKey, 'PATCH', `/api/v1/knowledge-bases/${kbWarranty}/documents/${secretDoc}`, { published: false });
  });
});

describe('PATCH /knowledge-bases/:id', () => {
  it('validates, renames and describes', async () => {
    const path = `/api/v1/knowledge-bases/${kbParking}`;
    expect((await h.api(A.apiKey, 'PATCH', path, {})).status).toBe(400);
    expect((await h.api(A.apiKey, 'PATCH', path, { status: 'DELETED' })).status).toBe(400);
    expect((await h.api(A.apiKey, 'PATCH', path, { status: 'BUILDING' })).status).toBe(400);
    expect((await h.api(A.apiKey, 'PATCH', path, { name: 'x'.repeat(201) })).status).toBe(400);
    expect((await h.api(A.apiKey, 'PATCH', path, { language: 'german' })).status).toBe(400);
    expect((await h.api(A.apiKey, 'PATCH', '/api/v1/knowledge-bases/123', { name: 'n' })).status).toBe(400);
    expect((await h.api(B.apiKey, 'PATCH', path, { name: 'stolen' })).status).toBe(404);
    expect((await h.api(agentKey, 'PATCH', path, { name: 'n' })).status).toBe(403);
    const ok = await h.api(A.apiKey, 'PATCH', path, { name: 'Parking & bikes', description: 'Where to leave a bicycle' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: 'Parking & bikes', description: 'Where to leave a bicycle', status: 'ACTIVE' });
  });

  it('archived: never searched, by customers or agents; unarchived: back', async () => {
    const q = 'where is the bicycle parking garage';
    expect((await h.c.retriever.retrieve(A.tenantId, q)).some((c) => c.documentId === parkingDoc)).toBe(true);
    expect((await h.api(A.apiKey, 'PATCH', `/api/v1/knowledge-bases/${kbParking}`, { status: 'ARCHIVED' })).body.status).toBe('ARCHIVED');
    expect((await h.c.retriever.retrieve(A.tenantId, q)).some((c) => c.documentId === parkingDoc)).toBe(false);
    const search = await h.api(agentKey, 'GET', `/api/v1/knowledge-bases/${kbParking}/search?q=${encodeURIComponent(q)}`);
    expect(search.body).toMatchObject({ items: [], archived: true });
    const answer = await chat(channel, 'Where is the bicycle parking garage?');
    expect(answer.texts.join('\n')).not.toMatch(/level minus two/);
    expect((await h.api(A.apiKey, 'PATCH', `/api/v1/knowledge-bases/${kbParking}`, { status: 'ACTIVE' })).body.status).toBe('ACTIVE');
    expect((await h.c.retriever.retrieve(A.tenantId, q)).some((c) => c.documentId === parkingDoc)).toBe(true);
  });
});

describe('GET/PUT /channels/:id/bot', () => {
  it('defaults: every active knowledge base and RAG_UNSURE_THRESHOLD', async () => {
    const res = await h.api(agentKey, 'GET', `/api/v1/channels/${channel}/bot`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ channelId: channel, knowledgeBaseIds: null, answerThreshold: null, greeting: null, botName: null, isDefault: true, effectiveThreshold: UNSURE_THRESHOLD_DEFAULT });
    const answer = await chat(channel, 'Where is the bicycle parking garage?');
    expect(answer.texts.join('\n')).toMatch(/level minus two/);
  });

  it('validates: knowledge bases of the tenant only, threshold in [0,1], known fields', async () => {
    const path = `/api/v1/channels/${channel}/bot`;
    const foreign = await h.api(A.apiKey, 'PUT', path, { knowledgeBaseIds: [kbB] });
    expect(foreign.status).toBe(400);
    expect(JSON.stringify(foreign.body)).toMatch(new RegExp(kbB));
    expect((await h.api(A.apiKey, 'PUT', path, { knowledgeBaseIds: ['nope'] })).status).toBe(400);
    expect((await h.api(A.apiKey, 'PUT', path, { answerThreshold: 1.5 })).status).toBe(400);
    expect((await h.api(A.apiKey, 'PUT', path, { answerThreshold: 'high' })).status).toBe(400);
    expect((await h.api(A.apiKey, 'PUT', path, { greeting: '' })).status).toBe(400);
    expect((await h.api(A.apiKey, 'PUT', path, { persona: 'pirate' })).status).toBe(400);
    expect((await h.api(A.apiKey, 'PUT', '/api/v1/channels/xyz/bot', {})).status).toBe(400);
    expect((await h.api(B.apiKey, 'PUT', path, {})).status).toBe(404);
    expect((await h.api(B.apiKey, 'GET', path)).status).toBe(404);
    expect((await h.api(A.apiKey, 'GET', `/api/v1/channels/${channelB}/bot`)).status).toBe(404);
    expect((await h.api(agentKey, 'PUT', path, {})).status).toBe(403);
  });

  it('restricts the bot to its knowledge bases', async () => {
    const put = await h.api(A.apiKey, 'PUT', `/api/v1/channels/${channel}/bot`, { knowledgeBaseIds: [kbWarranty], botName: 'Kit' });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ knowledgeBaseIds: [kbWarranty], botName: 'Kit', isDefault: false });
    const parking = await chat(channel, 'Where is the bicycle parking garage?');
    expect(parking.texts.join('\n')).not.toMatch(/level minus two/);
    expect(parking.texts).toContain(UNSURE_TEXT);
    const warranty = await chat(channel, 'How do I make a warranty claim for a broken kettle?');
    expect(warranty.texts.join('\n')).toMatch(/receipt/);
  });

  it('overrides the answer threshold', async () => {
    await h.api(A.apiKey, 'PUT', `/api/v1/channels/${channel}/bot`, { knowledgeBaseIds: [kbWarranty], answerThreshold: 0.999 });
    const strict = await chat(channel, 'How do I make a warranty claim for a broken kettle?');
    expect(strict.texts).toEqual([UNSURE_TEXT]);
    expect(strict.respond.output).toMatchObject({ unsure: true, threshold: 0.999 });
    expect((await h.api(A.apiKey, 'GET', `/api/v1/channels/${channel}/bot`)).body.effectiveThreshold).toBeCloseTo(0.999);
  });

  it('greets on first contact', async () => {
    await h.api(A.apiKey, 'PUT', `/api/v1/channels/${channel}/bot`, { greeting: 'Hi, I am {botName}, the Acme helper.', botName: 'Kit' });
    const first = await chat(channel, 'How do I make a warranty claim for a broken kettle?');
    expect(first.texts[0]).toBe('Hi, I am Kit, the Acme helper.');
    expect(first.texts.slice(1).join('\n')).toMatch(/receipt/);
    const hello = await chat(channel, 'hello');
    expect(hello.texts).toEqual(['Hi, I am Kit, the Acme helper.']);
  });

  it('deleting a knowledge base removes it from bot configs, with its documents and chunks', async () => {
    await h.api(A.apiKey, 'PUT', `/api/v1/channels/${channel}/bot`, { knowledgeBaseIds: [kbWarranty, kbParking] });
    expect((await h.api(B.apiKey, 'DELETE', `/api/v1/knowledge-bases/${kbWarranty}`)).status).toBe(404);
    expect((await h.api(agentKey, 'DELETE', `/api/v1/knowledge-bases/${kbWarranty}`)).status).toBe(403);
    expect((await h.api(A.apiKey, 'DELETE', `/api/v1/knowledge-bases/${kbWarranty}`)).status).toBe(204);
    expect((await h.api(A.apiKey, 'GET', `/api/v1/knowledge-bases/${kbWarranty}`)).status).toBe(404);
    expect((await h.api(A.apiKey, 'DELETE', `/api/v1/knowledge-bases/${kbWarranty}`)).status).toBe(404);
    const db = h.c.database.db;
    expect(await db.select().from(documents).where(eq(documents.knowledgeBaseId, kbWarranty))).toHaveLength(0);
    expect(await db.select().from(knowledgeChunks).where(eq(knowledgeChunks.knowledgeBaseId, kbWarranty))).toHaveLength(0);
    const [cfg] = await db.select().from(channelBotConfigs).where(eq(channelBotConfigs.connectionId, channel));
    expect(cfg!.knowledgeBaseIds).toEqual([kbParking]);
  });
});
