/** Test knowledge bases: articles indexed synchronously (no ingestion worker needed). */
import { createEmbedder } from '../../src/rag/models.js';
import { DocumentIndexer } from '../../src/rag/indexer.js';
import type { Harness } from './harness.js';

/** Creates a knowledge base for the tenant and indexes each `[title, markdown]` article in it; returns the KB id. */
export async function indexArticles(h: Harness, tenantId: string, kb: { name: string; language: string }, articles: ReadonlyArray<readonly [string, string]>): Promise<string> {
  const { id } = await h.c.knowledge.createKnowledgeBase(tenantId, kb);
  const indexer = new DocumentIndexer(h.c.database.db, createEmbedder(h.config));
  for (const [title, content] of articles) {
    const doc = await h.c.knowledge.addDocument(tenantId, id, { title, format: 'markdown', content }, { enqueue: false });
    await indexer.index(tenantId, doc.id);
  }
  return id;
}
