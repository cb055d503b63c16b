/**
 * Knowledge bases end to end: ingestion of every format through the queue,
 * pipeline states incl. FAILED, atomic re-indexing, hybrid retrieval quality,
 * tenant isolation, answers with citations, "not sure" on weak retrieval, and
 * the AI processing log.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { aiProcessingLogs, documents, knowledgeBases, knowledgeChunks, messages } from '../../drizzle/schema.js';
import { evaluateRetrieval, readQa } from '../../src/cli/eval-rag.js';
import { DocumentIndexer } from '../../src/rag/indexer.js';
import { createEmbedder } from '../../src/rag/models.js';
import { UNSURE_TEXT, UNSURE_THRESHOLD_DEFAULT } from '../../src/rag/rag.responder.js';
import { Retriever } from '../../src/rag/retriever.js';
import { encodeWordVectors, WordVectors } from '../../src/rag/word-vectors.js';
import { ROOT, startHarness, waitFor, type Harness } from '../helpers/harness.js';

let h: Harness;
let tenantA: { tenantId: string; apiKey: string };
let tenantB: { tenantId: string; apiKey: string };
let kbA: string;
const KB_DIR = path.join(ROOT, 'examples/help-center');

async function makePdf(lines: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  lines.forEach((l, i) => page.drawText(l, { x: 40, y: 780 - i * 18, size: 11, font }));
  return Buffer.from(await doc.save());
}

async function waitIndexed(key: string, kb: string, docId: string, want: 'INDEXED' | 'FAILED' = 'INDEXED') {
  return waitFor(
    async () => {
      const r = await h.api(key, 'GET', `/api/v1/knowledge-bases/${kb}/documents/${docId}`);
      return r.body.status === want ? r.body : r.body.status === 'FAILED' && want !== 'FAILED' ? Promise.reject(new Error(`FAILED: ${r.body.statusReason}`)) : null;
    },
    { timeoutMs: 30_000, what: `document ${docId} ${want}` },
  );
}

/** A knowledge base of tenant A made through the API, each `[title, text]` article indexed; returns its id. */
async function knowledgeBaseOf(name: string, articles: ReadonlyArray<readonly [string, string]>): Promise<string> {
  const kb = (await h.api(tenantA.apiKey, 'POST', '/api/v1/knowledge-bases', { name })).body.id as string;
  for (const [title, content] of articles) {
    const doc = await h.api(tenantA.apiKey, 'POST', `/api/v1/knowledge-bases/${kb}/documents`, { title, content, format: 'text' });
    await waitIndexed(tenantA.apiKey, kb, doc.body.id);
  }
  return kb;
}

async function uploadFixtures(key: string, kb: string): Promise<void> {
  const files = (await readdir(KB_DIR)).sort();
  const ids: string[] = [];
  for (const f of files) {
    const ext = path.extname(f);
    const format = ext === '.md' ? 'markdown' : ext === '.html' ? 'html' : 'text';
    const res = await h.api(key, 'POST', `/api/v1/knowledge-bases/${kb}/documents`, { title: path.basename(f, ext), content: await readFile(path.join(KB_DIR, f), 'utf8'), format });
    expect(res.status).toBe(202);
    ids.push(res.body.id);
  }
  for (const id of ids) await waitIndexed(key, kb, id);
}

async function chat(key: string, text: string) {
  const conn = (await h.api(key, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id as string;
  const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
  await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text, clientMessageId: 'q1' }) });
  const reply = await waitFor(async () => {
    const rows = await h.c.database.db.select().from(messages).where(and(eq(messages.conversationId, s.conversationId), eq(messages.direction, 'out')));
    return rows.find((r) => r.deliveryStatus === 'sent');
  });
  const [inbound] = await h.c.database.db.select().from(messages).where(and(eq(messages.conversationId, s.conversationId), eq(messages.direction, 'in')));
  const logs = await h.c.database.db.select().from(aiProcessingLogs).where(eq(aiProcessingLogs.entityId, inbound!.id)).orderBy(asc(aiProcessingLogs.createdAt));
  return { reply, logs };
}

beforeAll(async () => {
  h = await startHarness({ productWorkers: true });
  tenantA = await h.createTenant('Acme');
  tenantB = await h.createTenant('Other');
  const kb = await h.api(tenantA.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Help center' });
  expect(kb.status).toBe(201);
  kbA = kb.body.id;
  await uploadFixtures(tenantA.apiKey, kbA);
}, 120_000);

afterAll(async () => h?.close());

describe('ingestion', () => {
  it('indexes markdown, html and text into chunks with vectors and tsvectors', async () => {
    const list = await h.api(tenantA.apiKey, 'GET', `/api/v1/knowledge-bases/${kbA}/documents`);
    expect(list.body.items).toHaveLength(15);
    expect(list.body.items.every((d: { status: string }) => d.status === 'INDEXED')).toBe(true);
    const rows = await h.c.database.sql`select count(*)::int as n, count(distinct embedding_model) as models, min(length(content)) as minlen, max(length(content)) as maxlen,
      bool_and(tsv <> ''::tsvector) as all_tsv from knowledge_chunks where tenant_id = ${tenantA.tenantId}`;
    expect(rows[0]!.n).toBeGreaterThan(30);
    expect(Number(rows[0]!.models)).toBe(1);
    expect(rows[0]!.maxlen).toBeLessThanOrEqual(800);
    expect(rows[0]!.all_tsv).toBe(true);
    const withHeadings = await h.c.database.sql`select count(*)::int as n from knowledge_chunks where tenant_id = ${tenantA.tenantId} and cardinality(heading_path) > 0`;
    expect(withHeadings[0]!.n).toBeGreaterThan(10);
    const kb = await h.api(tenantA.apiKey, 'GET', `/api/v1/knowledge-bases/${kbA}`);
    expect(kb.body).toMatchObject({ documentCount: 15, embeddingModel: 'local-hash-v1-1024', status: 'ACTIVE' });
  });

  it('accepts a PDF upload (multipart) and a corrupt one ends FAILED with the reason', async () => {
    const kb = (await h.api(tenantA.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'PDFs' })).body.id as string;
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await makePdf(['Warehouse policy', 'Pallets are collected every Thursday by the freight partner Zephyr Logistics.']))], { type: 'application/pdf' }), 'warehouse.pdf');
    const res = await fetch(`${h.url}/api/v1/knowledge-bases/${kb}/documents`, { method: 'POST', headers: { authorization: `Bearer ${tenantA.apiKey}` }, body: form });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const doc = await waitIndexed(tenantA.apiKey, kb, id);
    expect(doc).toMatchObject({ title: 'warehouse', format: 'pdf', fileName: 'warehouse.pdf' });
    const hits = await h.api(tenantA.apiKey, 'GET', `/api/v1/knowledge-bases/${kb}/search?q=${encodeURIComponent('which freight partner collects pallets')}`);
    expect(hits.body.items[0].content).toContain('Zephyr Logistics');

    const bad = new FormData();
    bad.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.7 this is not really a pdf'))], { type: 'application/pdf' }), 'broken.pdf');
    const badRes = await fetch(`${h.url}/api/v1/knowledge-bases/${kb}/documents`, { method: 'POST', headers: { authorization: `Bearer ${tenantA.apiKey}` }, body: bad });
    const failed = await waitIndexed(tenantA.apiKey, kb, ((await badRes.json()) as { id: string }).id, 'FAILED');
    expect(failed.statusReason).toBeTruthy();

    const unsupported = new FormData();
    unsupported.append('file', new Blob([new Uint8Array(Buffer.from('xx'))], { type: 'application/zip' }), 'archive.zip');
    const rejected = await fetch(`${h.url}/api/v1/knowledge-bases/${kb}/documents`, { method: 'POST', headers: { authorization: `Bearer ${tenantA.apiKey}` }, body: unsupported });
    expect(rejected.status).toBe(400);
  });

  it('goes through PROCESSING → CHUNKING → EMBEDDING → INDEXED', async () => {
    const kb = (await h.api(tenantA.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'States' })).body.id as string;
    const doc = await h.c.knowledge.addDocument(tenantA.tenantId, kb, { title: 'Doc', format: 'markdown', content: '# Title\n\nSome text about states.' }, { enqueue: false });
    expect(doc.status).toBe('UPLOADED');
    const indexer = new DocumentIndexer(h.c.database.db, createEmbedder(h.config));
    const seen: string[] = [];
    await indexer.index(tenantA.tenantId, doc.id, async (p) => {
      const [row] = await h.c.database.db.select({ status: documents.status }).from(documents).where(eq(documents.id, doc.id));
      seen.push(`${p.stage}:${row!.status}`);
    });
    expect([...new Set(seen)]).toEqual(['PROCESSING:PROCESSING', 'CHUNKING:CHUNKING', 'EMBEDDING:EMBEDDING', 'INDEXED:INDEXED']);
  });

  it('re-indexes a changed document by replacing its chunks; a stale run writes nothing', async () => {
    const kb = (await h.api(tenantA.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Reindex' })).body.id as string;
    const created = await h.api(tenantA.apiKey, 'POST', `/api/v1/knowledge-bases/${kb}/documents`, { title: 'Parking', content: 'Customer parking is on level 2 of the Orchard garage.', format: 'text' });
    await waitIndexed(tenantA.apiKey, kb, created.body.id);
    const put = await h.api(tenantA.apiKey, 'PUT', `/api/v1/knowledge-bases/${kb}/documents/${created.body.id}`, { title: 'Parking', content: 'Customer parking moved to the Riverside lot behind the store.', format: 'text' });
    expect(put.status).toBe(202);
    expect(put.body.version).toBe(2);
    await waitIndexed(tenantA.apiKey, kb, created.body.id);
    const chunks = await h.c.database.db.select().from(knowledgeChunks).where(eq(knowledgeChunks.documentId, created.body.id));
    expect(chunks.map((c) => c.content).join(' ')).toContain('Riverside');
    expect(chunks.map((c) => c.content).join(' ')).not.toContain('Orchard');
    expect(chunks.every((c) => c.documentVersion === 2)).toBe(true);

    // An index run that read version 2 while the content moved on to version 3 must not write.
    const indexer = new DocumentIndexer(h.c.database.db, createEmbedder(h.config));
    const stale = await indexer.index(tenantA.tenantId, created.body.id, async (p) => {
      if (p.stage === 'EMBEDDING' && p.percent === 30) await h.c.database.db.update(documents).set({ version: 3 }).where(eq(documents.id, created.body.id));
    });
    expect(stale.status).toBe('STALE');
    const after = await h.c.database.db.select().from(knowledgeChunks).where(eq(knowledgeChunks.documentId, created.body.id));
    expect(after.map((c) => c.id).sort()).toEqual(chunks.map((c) => c.id).sort());

    const del = await h.api(tenantA.apiKey, 'DELETE', `/api/v1/knowledge-bases/${kb}/documents/${created.body.id}`);
    expect(del.status).toBe(204);
    expect(await h.c.database.db.select().from(knowledgeChunks).where(eq(knowledgeChunks.documentId, created.body.id))).toHaveLength(0);
  });

  it('rejects bad document input with 400 and a reason', async () => {
    const r1 = await h.api(tenantA.apiKey, 'POST', `/api/v1/knowledge-bases/${kbA}/documents`, { title: 'x', content: '', format: 'text' });
    expect(r1.status).toBe(400);
    const r2 = await h.api(tenantA.apiKey, 'POST', `/api/v1/knowledge-bases/${kbA}/documents`, { title: 'x', content: 'y', format: 'docx' });
    expect(r2.status).toBe(400);
    expect(r2.body.error.message).toMatch(/format/);
    expect((await h.api(tenantA.apiKey, 'POST', '/api/v1/knowledge-bases', {})).status).toBe(400);
  });
});

describe('retrieval', () => {
  it('hybrid retrieval beats vector-only and keyword-only on the fixture questions', async () => {
    const retriever = new Retriever(h.c.database.db, createEmbedder(h.config));
    const paraphrases = await readQa(path.join(ROOT, 'tests/fixtures/rag-qa.jsonl'));
    const keywords = await readQa(path.join(ROOT, 'tests/fixtures/rag-qa-keywords.jsonl'));
    const all = [...paraphrases, ...keywords];
    const run = (cases: typeof all, mode: 'hybrid' | 'vector' | 'text') => evaluateRetrieval(retriever, tenantA.tenantId, cases, { mode });
    const [hybrid, vector, text] = await Promise.all([run(all, 'hybrid'), run(all, 'vector'), run(all, 'text')]);
    console.info('retrieval on fixtures', { hybrid, vector, text });
    expect(hybrid.hit5).toBeGreaterThan(vector.hit5);
    expect(hybrid.hit5).toBeGreaterThan(text.hit5);
    // Each single mode has its blind spot; hybrid covers both.
    expect((await run(keywords, 'hybrid')).mrr).toBeGreaterThan((await run(keywords, 'vector')).mrr);
    expect((await run(paraphrases, 'hybrid')).mrr).toBeGreaterThan((await run(paraphrases, 'text')).mrr);
    expect(hybrid.hit5).toBeGreaterThanOrEqual(0.97);
  }, 180_000);

  it('finds a passage through WordNet synonyms and a typo through the knowledge base vocabulary', async () => {
    const kb = await knowledgeBaseOf('Parking', [
      ['Car park', 'Customer car parking is on level 2 of the Orchard garage, free for two hours.'],
      ['Bicycle storage', 'Bicycles can be locked in the racks next to the main entrance.'],
    ]);
    const retriever = new Retriever(h.c.database.db, createEmbedder(h.config));
    // "automobile" is in neither article; WordNet knows it as a "car".
    const synonym = await retriever.retrieveDetailed(tenantA.tenantId, 'where can I leave my automobile?', { knowledgeBaseIds: [kb] });
    expect(synonym.chunks[0]?.title).toBe('Car park');
    expect(synonym.diagnostics.expansions).toContain('automobile→car');
    const typo = await retriever.retrieveDetailed(tenantA.tenantId, 'where is the bicycel rack', { knowledgeBaseIds: [kb] });
    expect(typo.chunks[0]?.title).toBe('Bicycle storage');
    expect(typo.diagnostics.expansions.some((e) => e.startsWith('bicycel→'))).toBe(true);
  });

  it('ranks articles by word vectors when they are given: a question sharing no word with its article', async () => {
    const kb = await knowledgeBaseOf('Vectors', [
      ['Refunds', 'A refund is paid to the original card within five days.'],
      ['Sign in', 'Reset your password from the login page.'],
    ]);
    // A tiny space in which "money" lies near "refund" and far from the sign-in words.
    const { vectors, words } = encodeWordVectors([
      { word: 'money', vector: [2, 0.6, 0.1, 0] },
      { word: 'refund', vector: [1.8, 1, -0.2, 0.1] },
      { word: 'password', vector: [-0.1, 0.2, 1.9, 0.1] },
      { word: 'login', vector: [0.1, -0.2, 1.5, 0.3] },
    ]);
    const wordVectors = new WordVectors(vectors, words.trimEnd().split('\n'));
    const scores = async (vectorsOrNone: WordVectors | null) => {
      const r = await new Retriever(h.c.database.db, createEmbedder(h.config), { wordVectors: vectorsOrNone }).retrieve(tenantA.tenantId, 'where is my money', { knowledgeBaseIds: [kb] });
      return new Map(r.map((c) => [c.title, c.score]));
    };
    const [without, withVectors] = [await scores(null), await scores(wordVectors)];
    // One more list in the fusion, in which only the refund article ranks (at 1: 1 / (60 + 1)), weighing 2 for an
    // English knowledge base (ENGLISH_SEMANTIC_FUSION_WEIGHT).
    expect(withVectors.get('Refunds')! - (without.get('Refunds') ?? 0)).toBeCloseTo(2 / 61, 6);
    expect(withVectors.get('Sign in') ?? 0).toBeCloseTo(without.get('Sign in') ?? 0, 6);
    expect([...withVectors].sort((a, b) => b[1] - a[1])[0]![0]).toBe('Refunds');
    // The tenant's later tests see the knowledge bases they expect.
    expect((await h.api(tenantA.apiKey, 'DELETE', `/api/v1/knowledge-bases/${kb}`)).status).toBeLessThan(300);
  });

  it('fuses no vector ranking for a long message: its candidates are ranked by the text rankings alone', async () => {
    const kb = await knowledgeBaseOf('Long messages', [
      ['Parking permits', 'A parking permit for the garage is renewed every year at the front desk.'],
      ['Garage opening hours', 'The garage opens at six and closes at midnight; the front desk keeps the keys.'],
    ]);
    const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { wordVectors: null });
    const scores = async (question: string, mode: 'hybrid' | 'text') => {
      const r = await retriever.retrieveDetailed(tenantA.tenantId, question, { knowledgeBaseIds: [kb], mode });
      return { focused: r.diagnostics.focused, vectorRanked: r.chunks.some((c) => c.vectorRank !== null), top: r.chunks[0]!.title, byTitle: new Map(r.chunks.map((c) => [c.title, c.score])) };
    };
    const long = 'We moved into the building last spring and the garage has been fine so far. My partner usually drives to work. Last week the front desk told us something about the garage. How do I renew the parking permit?';
    const [hybrid, text] = [await scores(long, 'hybrid'), await scores(long, 'text')];
    expect(hybrid.focused).toBe(true);
    // The vector leg ran and found candidates, but the fused scores are those of the text rankings.
    expect(hybrid.vectorRanked).toBe(true);
    expect(hybrid.top).toBe(text.top);
    for (const [title, score] of text.byTitle) expect(hybrid.byTitle.get(title)).toBeCloseTo(score, 9);
    // A short question's fusion still counts the vector ranking.
    const short = 'how do I renew the parking permit';
    const [shortHybrid, shortText] = [await scores(short, 'hybrid'), await scores(short, 'text')];
    expect(shortHybrid.focused).toBe(false);
    expect(shortHybrid.byTitle.get(shortText.top)! - shortText.byTitle.get(shortText.top)!).toBeGreaterThan(1 / 100);
    expect((await h.api(tenantA.apiKey, 'DELETE', `/api/v1/knowledge-bases/${kb}`)).status).toBeLessThan(300);
  });

  it('takes pseudo-relevance feedback for a short question only, not for a long message', async () => {
    const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { wordVectors: null });
    const question = 'How long does a refund take to reach my card?';
    const short = await retriever.retrieveDetailed(tenantA.tenantId, question, { knowledgeBaseIds: [kbA] });
    expect(short.diagnostics.focused).toBe(false);
    expect(short.diagnostics.feedback.length).toBeGreaterThan(0);
    const long = await retriever.retrieveDetailed(tenantA.tenantId, `I bought a jacket from you last month and it did not fit, so I sent it back with the label from the box. The parcel arrived at your warehouse on Monday according to the tracking. Nobody has written to me since then. ${question}`, { knowledgeBaseIds: [kbA] });
    expect(long.diagnostics.focused).toBe(true);
    expect(long.diagnostics.feedback).toEqual([]);
    expect(long.chunks.length).toBeGreaterThan(0);
  });

  it("analyses a question in the scope's current language when the knowledge base's language changed since the last question", async () => {
    const kb = await knowledgeBaseOf('Garage', [['Car park', 'Customer car parking is on level 2 of the garage.']]);
    const retriever = new Retriever(h.c.database.db, createEmbedder(h.config));
    const question = 'where can I leave my automobile?';
    const english = await retriever.retrieveDetailed(tenantA.tenantId, question, { knowledgeBaseIds: [kb] });
    expect(english.diagnostics.expansions).toContain('automobile→car');
    // The same retriever, which analysed the last question in English, meets a knowledge base now in Spanish: no WordNet.
    await h.c.database.db.update(knowledgeBases).set({ language: 'spanish', lastUpdatedAt: new Date() }).where(eq(knowledgeBases.id, kb));
    const spanish = await retriever.retrieveDetailed(tenantA.tenantId, question, { knowledgeBaseIds: [kb] });
    expect(spanish.diagnostics.languages).toEqual(['spanish']);
    expect(spanish.diagnostics.expansions).not.toContain('automobile→car');
    // The tenant's later tests see the knowledge bases they expect.
    expect((await h.api(tenantA.apiKey, 'DELETE', `/api/v1/knowledge-bases/${kb}`)).status).toBeLessThan(300);
  });

  it('prepares a question from the scope as last seen only while it is unchanged: a document indexed since is searched with the new statistics', async () => {
    // A tenant of its own: its documents stay out of the other tests' answers.
    const tenant = await h.createTenant('Scope speculation');
    const kb = (await h.api(tenant.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Storage' })).body.id as string;
    const first = await h.api(tenant.apiKey, 'POST', `/api/v1/knowledge-bases/${kb}/documents`, { title: 'Bicycle storage', content: 'Bicycles are stored in the basement rack.', format: 'text' });
    await waitIndexed(tenant.apiKey, kb, first.body.id);
    const retriever = new Retriever(h.c.database.db, createEmbedder(h.config));
    const question = 'where do I charge my scooter battery?';
    // Twice: the second question is prepared from the scope and statistics the first one read.
    for (let i = 0; i < 2; i++) {
      const before = await retriever.retrieveDetailed(tenant.tenantId, question, { knowledgeBaseIds: [kb] });
      expect(before.diagnostics.terms).not.toContain('scooter');
    }
    const second = await h.api(tenant.apiKey, 'POST', `/api/v1/knowledge-bases/${kb}/documents`, { title: 'Scooter charging', content: 'Scooter batteries charge at the sockets next to the lift.', format: 'text' });
    await waitIndexed(tenant.apiKey, kb, second.body.id);
    const after = await retriever.retrieveDetailed(tenant.tenantId, question, { knowledgeBaseIds: [kb] });
    expect(after.diagnostics.terms).toContain('scooter');
    expect(after.chunks[0]?.title).toBe('Scooter charging');
  });

  it('bounds the work per question: the 32 strongest words, the first 4,000 characters', async () => {
    const retriever = new Retriever(h.c.database.db, createEmbedder(h.config));
    // A message made of a hundred distinct words the knowledge base does contain.
    const kbText = (await Promise.all((await readdir(KB_DIR)).map((f) => readFile(path.join(KB_DIR, f), 'utf8')))).join(' ');
    const known = [...new Set(kbText.toLowerCase().match(/\b[a-z]{6,}\b/g))].slice(0, 100);
    expect(known.length).toBe(100);
    const result = await retriever.retrieveDetailed(tenantA.tenantId, known.join(' '));
    expect(result.diagnostics.terms.length).toBe(32);
    expect(result.diagnostics.droppedTerms).toBeGreaterThan(50);
    expect(result.chunks.length).toBeGreaterThan(0);
    // Past the first 4,000 characters nothing is read.
    const beyond = await retriever.retrieveDetailed(tenantA.tenantId, `${'zq '.repeat(1400)} refund`);
    expect(beyond.diagnostics.terms).toEqual([]);
    const within = await retriever.retrieveDetailed(tenantA.tenantId, `${'zq '.repeat(1000)} refund`);
    expect(within.diagnostics.terms).toContain('refund');
  });

  it('uses the new words of a re-indexed document at once: the cached statistics follow the knowledge base', async () => {
    const kb = (await h.api(tenantA.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Statistics' })).body.id as string;
    const doc = await h.api(tenantA.apiKey, 'POST', `/api/v1/knowledge-bases/${kb}/documents`, { title: 'Garden', content: 'The garden is open from nine to five, next to the Orchard garage.', format: 'text' });
    await waitIndexed(tenantA.apiKey, kb, doc.body.id);
    const retriever = new Retriever(h.c.database.db, createEmbedder(h.config));
    const question = 'where is the quokka enclosure';
    const before = await retriever.retrieveDetailed(tenantA.tenantId, question, { knowledgeBaseIds: [kb] });
    // The knowledge base does not know the word yet: it carries nothing.
    expect(before.diagnostics.terms).not.toContain('quokka');

    const put = await h.api(tenantA.apiKey, 'PUT', `/api/v1/knowledge-bases/${kb}/documents/${doc.body.id}`, { title: 'Garden', content: 'The quokka enclosure is in the garden, next to the Orchard garage.', format: 'text' });
    expect(put.status).toBe(202);
    await waitIndexed(tenantA.apiKey, kb, doc.body.id);
    // The same retriever (statistics cached from the first question) sees the re-indexed vocabulary.
    const after = await retriever.retrieveDetailed(tenantA.tenantId, question, { knowledgeBaseIds: [kb] });
    expect(after.diagnostics.terms).toContain('quokka');
    expect(after.chunks[0]?.content).toContain('quokka');
    expect(after.chunks[0]?.textScore).not.toBeNull();
  });

  it('says where the time went when asked, and finds the same chunks', async () => {
    // Both legs in Postgres each time (no in-memory snapshot, whose vector scores differ from pgvector's in the seventh digit).
    const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { snapshotMaxChunks: 0 });
    const question = 'how long does a refund take to reach my card?';
    const stages = () => ({ prepare: 0, embed: 0, vectorLeg: 0, textLeg: 0, candidates: 0, rerank: 0 });
    const plain = await retriever.retrieve(tenantA.tenantId, question);
    const hybrid = stages();
    expect(await retriever.retrieve(tenantA.tenantId, question, { timings: hybrid })).toEqual(plain);
    for (const stage of ['prepare', 'vectorLeg', 'textLeg', 'candidates', 'rerank'] as const) expect(hybrid[stage], stage).toBeGreaterThan(0);
    // Text only: no question vector, no vector leg.
    const text = stages();
    expect((await retriever.retrieve(tenantA.tenantId, question, { mode: 'text', timings: text })).length).toBeGreaterThan(0);
    expect(text.textLeg).toBeGreaterThan(0);
    expect(text.vectorLeg).toBe(0);
    // An empty knowledge-base list searches nothing, not even the vector leg that starts before the scope is known.
    const none = stages();
    expect(await retriever.retrieve(tenantA.tenantId, question, { knowledgeBaseIds: [], timings: none })).toEqual([]);
    expect(none.vectorLeg).toBe(0);
  });

  it('lets no single article fill the results: at most 3 chunks of one before the others', async () => {
    const kb = (await h.api(tenantA.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Lockers' })).body.id as string;
    // A long article whose every section names lockers, and a short one that names them once.
    const long = Array.from({ length: 8 }, (_, i) => `## Locker rules part ${i + 1}\n\nLockers and locker keys: rule ${i + 1} of the locker policy says lockers are emptied at night. ${'Keep the changing room tidy and dry. '.repeat(12)}`).join('\n\n');
    for (const [title, content, format] of [
      ['Locker policy', long, 'markdown'],
      ['Lost property', 'Items left in a locker overnight go to lost property at reception.', 'text'],
    ]) {
      const doc = await h.api(tenantA.apiKey, 'POST', `/api/v1/knowledge-bases/${kb}/documents`, { title, content, format });
      await waitIndexed(tenantA.apiKey, kb, doc.body.id);
    }
    const retriever = new Retriever(h.c.database.db, createEmbedder(h.config));
    const chunks = await retriever.retrieve(tenantA.tenantId, 'locker keys lockers rules', { knowledgeBaseIds: [kb], k: 4 });
    expect(chunks.filter((c) => c.title === 'Locker policy').length).toBeLessThanOrEqual(3);
    expect(chunks.map((c) => c.title)).toContain('Lost property');
    // Nothing is lost: past the cap the long article's other chunks follow.
    const all = await retriever.retrieve(tenantA.tenantId, 'locker keys lockers rules', { knowledgeBaseIds: [kb], k: 20 });
    expect(all.filter((c) => c.title === 'Locker policy').length).toBeGreaterThan(3);
  });

  it("never returns another tenant's chunks", async () => {
    const kbB = (await h.api(tenantB.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'B' })).body.id as string;
    const doc = await h.api(tenantB.apiKey, 'POST', `/api/v1/knowledge-bases/${kbB}/documents`, { title: 'B refunds', content: 'Tenant B refunds take 90 days.', format: 'text' });
    await waitIndexed(tenantB.apiKey, kbB, doc.body.id);
    const retriever = new Retriever(h.c.database.db, createEmbedder(h.config));
    const forB = await retriever.retrieve(tenantB.tenantId, 'how long do refunds take');
    expect(forB.length).toBeGreaterThan(0);
    expect(forB.every((c) => c.knowledgeBaseId === kbB)).toBe(true);
    const forA = await retriever.retrieve(tenantA.tenantId, 'Tenant B refunds take 90 days');
    expect(forA.every((c) => c.knowledgeBaseId !== kbB)).toBe(true);
    expect((await h.api(tenantA.apiKey, 'GET', `/api/v1/knowledge-bases/${kbB}/documents`)).status).toBe(404);
    expect((await h.api(tenantA.apiKey, 'GET', `/api/v1/knowledge-bases/${kbB}/search?q=refunds`)).status).toBe(404);
  });
});

describe('answers', () => {
  it('answers from the knowledge base with a citation and logs each AI step', async () => {
    const { reply, logs } = await chat(tenantA.apiKey, 'How long do I have to return an item?');
    expect(reply.text).toMatch(/Source: returns-and-refunds/);
    expect(reply.text).not.toBe(UNSURE_TEXT);
    expect(logs.map((l) => l.processingType)).toEqual(['retrieve', 'respond']);
    const respond = logs.find((l) => l.processingType === 'respond')!;
    expect(respond.model).toBe('local-extractive-v1');
    expect(respond.retrieved.length).toBeGreaterThan(0);
    expect(Number(respond.confidence)).toBeGreaterThanOrEqual(UNSURE_THRESHOLD_DEFAULT);
    expect(logs[0]!.retrieved[0]).toHaveProperty('chunkId');
  });

  it('says it is not sure when retrieval is weak, and logs it', async () => {
    const { reply, logs } = await chat(tenantA.apiKey, 'What is the airspeed velocity of an unladen swallow?');
    expect(reply.text).toBe(UNSURE_TEXT);
    const respond = logs.find((l) => l.processingType === 'respond')!;
    expect(respond.output).toMatchObject({ unsure: true });
    expect(Number(respond.confidence)).toBeLessThan(UNSURE_THRESHOLD_DEFAULT);
  });

  it('uses the conversation history for a follow-up question', async () => {
    const conn = (await h.api(tenantA.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id as string;
    const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
    const send = (text: string, id: string) => fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text, clientMessageId: id }) });
    await send('How long does shipping to Canada take?', 'f1');
    await waitFor(async () => (await h.c.database.db.select().from(messages).where(and(eq(messages.conversationId, s.conversationId), eq(messages.direction, 'out')))).length === 1);
    await send('and how much does it cost?', 'f2');
    const rewrite = await waitFor(async () => {
      const rows = await h.c.database.db.select().from(aiProcessingLogs).where(and(eq(aiProcessingLogs.conversationId, s.conversationId), eq(aiProcessingLogs.processingType, 'rewrite')));
      return rows[0];
    });
    expect(String(rewrite.output.query)).toMatch(/canada/i);
  });
});
