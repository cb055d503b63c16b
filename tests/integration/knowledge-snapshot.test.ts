/**
 * Small knowledge bases held in memory (src/rag/knowledge-snapshot.ts): both
 * candidate legs answered from the snapshot give what Postgres's legs give
 * (the same chunks in the same order, the same ts_rank, the same retrieval
 * results), a change of what a knowledge base can show (unpublished, deleted,
 * chunks rewritten) is never served from an old snapshot, a scope too large is
 * left to Postgres, and one tenant's snapshot never answers another's question.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawClient } from '../../src/db/client.js';
import { KnowledgeSnapshots, tsRankOr, tsvectorWeights, type KnowledgeSnapshot } from '../../src/rag/knowledge-snapshot.js';
import { createEmbedder } from '../../src/rag/models.js';
import { runLeg, textLeg, vectorLeg, type CandidateRow } from '../../src/rag/retrieval.queries.js';
import { tsqueryLiteral } from '../../src/rag/lexical.js';
import { Retriever } from '../../src/rag/retriever.js';
import { indexArticles } from '../helpers/knowledge.js';
import { ROOT, startHarness, waitFor, type Harness } from '../helpers/harness.js';

let h: Harness;
let tenantId: string;
let otherTenant: string;
let kb: string;
let otherKb: string;
const QUESTIONS: string[] = [];

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  tenantId = (await h.createTenant('Snapshot shop')).tenantId;
  otherTenant = (await h.createTenant('Other shop')).tenantId;
  const dir = path.join(ROOT, 'examples/help-center');
  const articles: Array<[string, string]> = [];
  for (const f of (await readdir(dir)).sort()) articles.push([path.basename(f, path.extname(f)), await readFile(path.join(dir, f), 'utf8')]);
  kb = await indexArticles(h, tenantId, { name: 'Help', language: 'english' }, articles);
  otherKb = await indexArticles(h, otherTenant, { name: 'Other help', language: 'english' }, [['Bicycle tyres', '# Bicycle tyres\n\nWe patch bicycle tyres while you wait. A refund of a tyre is possible within 30 days.']]);
  for (const line of (await readFile(path.join(ROOT, 'tests/fixtures/rag-qa.jsonl'), 'utf8')).split('\n').filter(Boolean)) {
    QUESTIONS.push((JSON.parse(line) as { question: string }).question);
  }
}, 120_000);

afterAll(async () => h?.close());

const scopeOf = () => ({ tenantId, knowledgeBaseIds: [kb], embeddingModel: createEmbedder(h.config).modelId });

async function versionOf(kbId: string): Promise<string> {
  const [row] = await rawClient(h.c.database.db)<Array<{ v: string }>>`select last_updated_at::text || '#' || content_version::text as v from knowledge_bases where id = ${kbId}`;
  return row!.v;
}

/** A loaded snapshot of the tenant's knowledge base at its current version. */
async function loaded(snapshots: KnowledgeSnapshots, key = 'k'): Promise<KnowledgeSnapshot> {
  const version = await versionOf(kb);
  return waitFor(async () => snapshots.get(key, version, scopeOf()), { timeoutMs: 10_000, what: 'snapshot loaded' });
}

const ids = (rows: CandidateRow[]) => rows.map((r) => r.id);

describe('the in-memory legs against Postgres', () => {
  it('ranks full-text candidates as Postgres does (ts_rank, ties by id), for random lexeme sets', async () => {
    const snapshot = await loaded(new KnowledgeSnapshots(() => rawClient(h.c.database.db), { maxChunks: 2000, maxScopeChunks: 1000 }));
    const lexemes = (await rawClient(h.c.database.db)<Array<{ word: string }>>`select word from ts_stat(${`select tsv from knowledge_chunks where tenant_id = '${tenantId}'`}::text) order by word`).map((r) => r.word);
    expect(lexemes.length).toBeGreaterThan(300);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let compared = 0;
    for (let t = 0; t < 60; t++) {
      const pick = Array.from({ length: 1 + Math.floor(next() * 8) }, () => lexemes[Math.floor(next() * lexemes.length)]!);
      // Some lexemes no chunk has, and a repeated one.
      const rank = [...pick, pick[0]!, ...(t % 3 === 0 ? ['zzqxunknown'] : [])];
      const match = pick.slice(0, Math.max(1, pick.length - 1));
      const n = t % 2 === 0 ? 120 : 5;
      const pg = (await runLeg(rawClient(h.c.database.db), {}, textLeg({ tenantId, knowledgeBaseIds: [kb], includeUnpublished: false, match: tsqueryLiteral(match), rank: tsqueryLiteral(rank), anyTermCandidates: 1000, n }))) as CandidateRow[];
      const mem = snapshot.textLeg({ match, rank, n, includeUnpublished: false });
      expect(ids(mem)).toEqual(ids(pg));
      expect(mem.map((r) => r.trank)).toEqual(pg.map((r) => r.trank));
      expect(mem.map((r) => r.tsv)).toEqual(pg.map((r) => r.tsv));
      compared += pg.length;
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('computes ts_rank to the float as Postgres does', async () => {
    const client = rawClient(h.c.database.db);
    const rows = await client<Array<{ tsv: string }>>`select tsv::text as tsv from knowledge_chunks where tenant_id = ${tenantId} order by id limit 40`;
    let compared = 0;
    for (const [i, { tsv }] of rows.entries()) {
      const weights = tsvectorWeights(tsv);
      const words = [...weights.keys()];
      const query = [words[i % words.length]!, words[(i * 7) % words.length]!, 'absentlexeme', words[(i * 3) % words.length]!];
      const [pg] = await client<Array<{ r: number }>>`select ts_rank(${tsv}::tsvector, ${tsqueryLiteral(query)}::tsquery, 32) as r`;
      const operands = [...new Set(query)].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      expect(tsRankOr(operands.map((l) => weights.get(l)))).toBe(Math.fround(pg!.r));
      compared++;
    }
    expect(compared).toBe(40);
  });

  it('finds the nearest chunks as Postgres does, with the same scores to six digits', async () => {
    const snapshot = await loaded(new KnowledgeSnapshots(() => rawClient(h.c.database.db), { maxChunks: 2000, maxScopeChunks: 1000 }));
    const embedder = createEmbedder(h.config);
    for (const question of QUESTIONS.slice(0, 40)) {
      const vector = await embedder.embeddings.embedQuery(question);
      const pg = (await runLeg(rawClient(h.c.database.db), { efSearch: 80 }, vectorLeg({ tenantId, knowledgeBaseIds: [kb], includeUnpublished: false, vector: `[${vector.join(',')}]`, embeddingModel: embedder.modelId, n: 40 }))) as CandidateRow[];
      const mem = snapshot.vectorLeg({ vector, n: 40, includeUnpublished: false });
      expect(ids(mem)).toEqual(ids(pg));
      mem.forEach((r, i) => expect(r.vscore!).toBeCloseTo(pg[i]!.vscore!, 6));
    }
  });

  it('gives the same retrieval results as a retriever that reads every candidate from Postgres', async () => {
    const fromPostgres = new Retriever(h.c.database.db, createEmbedder(h.config), { snapshotMaxChunks: 0 });
    const inMemory = new Retriever(h.c.database.db, createEmbedder(h.config));
    await inMemory.retrieve(tenantId, 'warm up');
    await waitFor(async () => inMemory.snapshotChunks > 0 || null, { timeoutMs: 10_000, what: 'snapshot held' });
    for (const question of QUESTIONS) {
      const a = await fromPostgres.retrieveDetailed(tenantId, question);
      const b = await inMemory.retrieveDetailed(tenantId, question);
      expect(b.chunks.map((c) => [c.id, c.score, c.textScore, c.vectorRank, c.textRank])).toEqual(a.chunks.map((c) => [c.id, c.score, c.textScore, c.vectorRank, c.textRank]));
      expect(b.diagnostics).toEqual(a.diagnostics);
    }
    expect(fromPostgres.snapshotChunks).toBe(0);
  });
});

describe('what a knowledge base can show', () => {
  it('bumps the content version on every change of its documents and chunks', async () => {
    const client = rawClient(h.c.database.db);
    const v0 = await versionOf(kb);
    const [doc] = await client<Array<{ id: string }>>`select id from documents where knowledge_base_id = ${kb} order by id limit 1`;
    // A chunk rewritten outside any service: the statement trigger sees it.
    await client`update knowledge_chunks set position = position where document_id = ${doc!.id}`;
    const v1 = await versionOf(kb);
    expect(v1).not.toBe(v0);
    // A column no search reads: no bump.
    await client`update documents set updated_at = now() where id = ${doc!.id}`;
    expect(await versionOf(kb)).toBe(v1);
    await client`update documents set is_public = is_public where id = ${doc!.id}`;
    expect(await versionOf(kb)).toBe(v1);
    // Searchable no more (re-indexing), then the indexer's steps (no change of what can be found), then searchable again.
    await client`update documents set status = 'PROCESSING' where id = ${doc!.id}`;
    const v2 = await versionOf(kb);
    expect(v2).not.toBe(v1);
    await client`update documents set status = 'CHUNKING' where id = ${doc!.id}`;
    await client`update documents set status = 'EMBEDDING' where id = ${doc!.id}`;
    expect(await versionOf(kb)).toBe(v2);
    await client`update documents set status = 'INDEXED' where id = ${doc!.id}`;
    expect(await versionOf(kb)).not.toBe(v2);
  });

  it('never shows an unpublished or deleted article to customers from an older snapshot', async () => {
    const retriever = new Retriever(h.c.database.db, createEmbedder(h.config));
    const question = 'how do I redeem a gift card balance';
    const giftCards = async () => {
      const r = await retriever.retrieve(tenantId, question, { k: 20 });
      return r.filter((c) => c.title === 'gift-cards').length;
    };
    await retriever.retrieve(tenantId, question);
    await waitFor(async () => retriever.snapshotChunks > 0 || null, { timeoutMs: 10_000, what: 'snapshot held' });
    expect(await giftCards()).toBeGreaterThan(0);
    const [doc] = await rawClient(h.c.database.db)<Array<{ id: string }>>`select id from documents where knowledge_base_id = ${kb} and title = 'gift-cards'`;
    await h.c.knowledge.updateDocument(tenantId, kb, doc!.id, { published: false });
    // The question right after the change, and many after it (the new snapshot loading and loaded).
    for (let i = 0; i < 12; i++) {
      expect(await giftCards()).toBe(0);
      await new Promise((r) => setTimeout(r, 25));
    }
    // Agents still find it (unpublished articles are theirs), from the same snapshot.
    expect((await retriever.retrieve(tenantId, question, { k: 20, audience: 'agent' })).some((c) => c.title === 'gift-cards')).toBe(true);
    await h.c.knowledge.updateDocument(tenantId, kb, doc!.id, { published: true });
    await waitFor(async () => ((await giftCards()) > 0 ? true : null), { timeoutMs: 10_000, what: 'published again' });
    await h.c.knowledge.deleteDocument(tenantId, kb, doc!.id);
    for (let i = 0; i < 6; i++) {
      expect((await retriever.retrieve(tenantId, question, { k: 20, audience: 'agent' })).some((c) => c.title === 'gift-cards')).toBe(false);
    }
  });

  it("answers each tenant from its own chunks only", async () => {
    const retriever = new Retriever(h.c.database.db, createEmbedder(h.config));
    for (let i = 0; i < 4; i++) {
      const mine = await retriever.retrieve(otherTenant, 'refund for a tyre', { k: 10 });
      expect(mine.length).toBeGreaterThan(0);
      expect(new Set(mine.map((c) => c.knowledgeBaseId))).toEqual(new Set([otherKb]));
      const theirs = await retriever.retrieve(tenantId, 'bicycle tyres patch', { k: 10 });
      expect(theirs.every((c) => c.knowledgeBaseId === kb)).toBe(true);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(retriever.snapshotChunks).toBeGreaterThan(1);
  });

  it('leaves a scope larger than its bound to Postgres, and loads it once per version', async () => {
    let loads = 0;
    const snapshots = new KnowledgeSnapshots(
      () => {
        loads++;
        return rawClient(h.c.database.db);
      },
      { maxChunks: 2000, maxScopeChunks: 5 },
    );
    const version = await versionOf(kb);
    for (let i = 0; i < 20; i++) {
      expect(snapshots.get('big', version, scopeOf())).toBeNull();
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(loads).toBe(1);
    expect(snapshots.chunks).toBe(0);
    // A load that fails is not tried again at once: its questions read Postgres meanwhile.
    let failures = 0;
    const errors: unknown[] = [];
    const failing = new KnowledgeSnapshots(
      () => {
        failures++;
        throw new Error('connection lost');
      },
      { maxChunks: 2000, maxScopeChunks: 1000, onError: (err) => errors.push(err) },
    );
    for (let i = 0; i < 10; i++) {
      expect(failing.get('k', version, scopeOf())).toBeNull();
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(failures).toBe(1);
    expect(errors).toHaveLength(1);
    // Off: never loads.
    const off = new KnowledgeSnapshots(() => {
      throw new Error('loaded');
    }, { maxChunks: 0, maxScopeChunks: 1000 });
    expect(off.get('k', version, scopeOf())).toBeNull();
  });
});
