/**
 * The ingestion pipeline of one document, through the seed-002 states:
 * UPLOADED → PROCESSING (text extraction) → CHUNKING → EMBEDDING → INDEXED,
 * or FAILED with the reason. The new chunks replace the old ones in one
 * transaction, and only if the document still has the version this run read:
 * a retrieval sees the old chunks or the new ones, never a mix, and a stale
 * run (content changed meanwhile) writes nothing.
 */
import { and, eq, sql } from 'drizzle-orm';
import { documents, knowledgeBases, knowledgeChunks } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import { PayloadError } from '../domain/errors.js';
import { chunkDocument } from './chunker.js';
import { segmentSpaceless } from './text-analysis.js';
import { extractText, type SourceFormat } from './extract.js';
import type { EmbedderHandle } from './models.js';

export type IndexStage = 'PROCESSING' | 'CHUNKING' | 'EMBEDDING' | 'INDEXED';

export interface IndexProgress {
  stage: IndexStage;
  /** 0–100 for the whole pipeline. */
  percent: number;
}

export type IndexOutcome = { status: 'INDEXED'; chunks: number } | { status: 'STALE' } | { status: 'GONE' };

export class PermanentIndexError extends PayloadError {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentIndexError';
  }
}

/** Title and heading path go into the embedded text: they carry what a short chunk is about. */
export function chunkEmbeddingText(title: string, headingPath: string[], content: string): string {
  return `${[title, ...headingPath].join(' > ')}\n${content}`;
}

/** Chunk caps (KB_MAX_CHUNKS_PER_DOCUMENT / KB_MAX_CHUNKS_PER_TENANT): checked before anything is embedded. */
export interface IndexLimits {
  maxChunksPerDocument?: number;
  maxChunksPerTenant?: number;
}

export class DocumentIndexer {
  constructor(
    private readonly db: Db,
    private readonly embedder: EmbedderHandle,
    private readonly limits: IndexLimits = {},
  ) {}

  /** Refuses a document whose chunks would exceed a cap: embedding them is where memory and time go. */
  private async assertWithinLimits(tenantId: string, documentId: string, chunks: number): Promise<void> {
    const { maxChunksPerDocument, maxChunksPerTenant } = this.limits;
    if (maxChunksPerDocument && chunks > maxChunksPerDocument) {
      throw new PermanentIndexError(`the document makes ${chunks} chunks; the limit is ${maxChunksPerDocument} per document (split it or raise KB_MAX_CHUNKS_PER_DOCUMENT)`);
    }
    if (!maxChunksPerTenant) return;
    const [row] = await this.db.execute<{ n: number }>(
      sql`select coalesce(sum(chunk_count), 0)::int as n from documents where tenant_id = ${tenantId} and id <> ${documentId} and status = 'INDEXED'`,
    );
    if ((row?.n ?? 0) + chunks > maxChunksPerTenant) {
      throw new PermanentIndexError(`the tenant would hold ${(row?.n ?? 0) + chunks} chunks; the limit is ${maxChunksPerTenant} (KB_MAX_CHUNKS_PER_TENANT)`);
    }
  }

  private async setStatus(documentId: string, version: number, status: (typeof documents.$inferSelect)['status'], reason: string | null = null): Promise<void> {
    await this.db
      .update(documents)
      .set({ status, statusReason: reason, updatedAt: sql`now()` })
      .where(and(eq(documents.id, documentId), eq(documents.version, version)));
  }

  async markFailed(tenantId: string, documentId: string, reason: string): Promise<void> {
    await this.db
      .update(documents)
      .set({ status: 'FAILED', statusReason: reason.slice(0, 1000), updatedAt: sql`now()` })
      .where(and(eq(documents.tenantId, tenantId), eq(documents.id, documentId)));
  }

  async index(tenantId: string, documentId: string, onProgress: (p: IndexProgress) => void | Promise<void> = () => {}): Promise<IndexOutcome> {
    const [doc] = await this.db
      .select()
      .from(documents)
      .where(and(eq(documents.tenantId, tenantId), eq(documents.id, documentId)))
      .limit(1);
    if (!doc) return { status: 'GONE' };
    const [kb] = await this.db.select().from(knowledgeBases).where(eq(knowledgeBases.id, doc.knowledgeBaseId)).limit(1);
    if (!kb) return { status: 'GONE' };
    const version = doc.version;

    await this.setStatus(doc.id, version, 'PROCESSING');
    await onProgress({ stage: 'PROCESSING', percent: 5 });
    const extracted = await extractText({ format: doc.format as SourceFormat, content: doc.content ?? undefined, data: doc.sourceData ?? undefined });
    if (!extracted.text.trim()) throw new PermanentIndexError('the document has no text');

    await this.setStatus(doc.id, version, 'CHUNKING');
    await onProgress({ stage: 'CHUNKING', percent: 20 });
    const chunks = (await chunkDocument({ content: extracted.text, format: extracted.format })).filter((c) => c.text.trim().length > 0);
    if (chunks.length === 0) throw new PermanentIndexError('the document produced no chunks');
    await this.assertWithinLimits(tenantId, doc.id, chunks.length);

    await this.setStatus(doc.id, version, 'EMBEDDING');
    await onProgress({ stage: 'EMBEDDING', percent: 30 });
    const vectors: number[][] = [];
    const batch = 64;
    for (let i = 0; i < chunks.length; i += batch) {
      const slice = chunks.slice(i, i + batch);
      vectors.push(...(await this.embedder.embeddings.embedDocuments(slice.map((c) => chunkEmbeddingText(doc.title, c.headingPath, c.text)))));
      await onProgress({ stage: 'EMBEDDING', percent: 30 + Math.round((60 * Math.min(chunks.length, i + batch)) / chunks.length) });
    }

    const cfg = kb.language;
    const written = await this.db.transaction(async (tx) => {
      const [current] = await tx.select({ version: documents.version }).from(documents).where(eq(documents.id, doc.id)).for('update');
      if (!current || current.version !== version) return false;
      await tx.delete(knowledgeChunks).where(eq(knowledgeChunks.documentId, doc.id));
      for (let i = 0; i < chunks.length; i += 200) {
        await tx.insert(knowledgeChunks).values(
          chunks.slice(i, i + 200).map((c, j) => {
            const heading = [doc.title, ...c.headingPath].join(' ');
            return {
              tenantId,
              knowledgeBaseId: doc.knowledgeBaseId,
              documentId: doc.id,
              documentVersion: version,
              position: c.position,
              content: c.text,
              headingPath: c.headingPath,
              embedding: vectors[i + j]!,
              embeddingModel: this.embedder.modelId,
              // Fields by weight label: A = title and headings, B = body, D = unstemmed copy of the
              // body (exact words: names, codes). The retriever's BM25F reads the labels back.
              // Runs of Chinese, Japanese, Thai, Lao, Khmer and Myanmar segmented into words first (Postgres's parser cannot).
              tsv: sql`setweight(to_tsvector(${cfg}::regconfig, unaccent(${segmentSpaceless(heading)})), 'A') || setweight(to_tsvector(${cfg}::regconfig, unaccent(${segmentSpaceless(c.text)})), 'B') || setweight(to_tsvector('simple', unaccent(${segmentSpaceless(c.text)})), 'D')`,
            };
          }),
        );
      }
      await tx
        .update(documents)
        .set({
          status: 'INDEXED',
          statusReason: null,
          chunkCount: chunks.length,
          indexedAt: sql`now()`,
          updatedAt: sql`now()`,
          ...(doc.format === 'pdf' ? { content: extracted.text } : {}),
        })
        .where(eq(documents.id, doc.id));
      await tx
        .update(knowledgeBases)
        .set({ embeddingModel: this.embedder.modelId, lastUpdatedAt: sql`now()` })
        .where(eq(knowledgeBases.id, doc.knowledgeBaseId));
      return true;
    });
    if (!written) return { status: 'STALE' };
    await onProgress({ stage: 'INDEXED', percent: 100 });
    return { status: 'INDEXED', chunks: chunks.length };
  }
}
