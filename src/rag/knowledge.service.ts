/**
 * Knowledge bases and their documents, per tenant. Every write that needs
 * indexing records the index job in the outbox in the same transaction.
 */
import { archiveRecord, recordAudit, SYSTEM_ACTOR, type AuditActor } from '../audit/audit.js';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { channelBotConfigs, documents, knowledgeBases } from '../../drizzle/schema.js';
import type { DocumentType } from '../domain/model.js';
import type { Db, DbOrTx } from '../db/client.js';
import { NotFoundError, PayloadError } from '../domain/errors.js';
import { recordOutbox } from '../queue/outbox.js';
import { INGESTION_QUEUE, jobIds } from '../queue/queues.js';
import path from 'node:path';
import { detectFormat, type SourceFormat } from './extract.js';
import { TEXT_SEARCH_LANGUAGES } from './models.js';

export type KnowledgeBaseRow = typeof knowledgeBases.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;

export interface NewDocument {
  title: string;
  format: SourceFormat;
  content?: string;
  data?: Buffer;
  sourceUrl?: string | null;
  fileName?: string | null;
  tags?: string[];
  category?: string | null;
  /** article | faq | document | upload (default: upload for a file, document otherwise). */
  type?: DocumentType;
  /** Default true; unpublished documents are only for agents' searches. */
  published?: boolean;
  metadata?: Record<string, unknown>;
}

export interface KnowledgeBasePatch {
  name?: string;
  description?: string | null;
  /** ARCHIVED: kept, but never searched; ACTIVE brings it back. */
  status?: 'ACTIVE' | 'ARCHIVED';
}

export interface DocumentPatch {
  title?: string;
  type?: DocumentType;
  published?: boolean;
}

const uuidRe = /^[0-9a-f-]{36}$/i;

/**
 * An uploaded or imported file as a document: the format from its name (or MIME
 * type) unless given, the title from its name unless given; PDFs keep their bytes
 * for extraction, text formats are decoded as UTF-8.
 */
export function documentFromFile(fileName: string, data: Buffer, opts: { mimeType?: string; format?: SourceFormat; title?: string } = {}): NewDocument {
  const format = opts.format ?? detectFormat(fileName, opts.mimeType);
  return {
    title: opts.title ?? path.basename(fileName, path.extname(fileName)),
    format,
    fileName,
    type: 'upload',
    ...(format === 'pdf' ? { data } : { content: data.toString('utf8') }),
  };
}

export function documentView(d: DocumentRow) {
  return {
    id: d.id,
    knowledgeBaseId: d.knowledgeBaseId,
    title: d.title,
    format: d.format,
    status: d.status,
    statusReason: d.statusReason,
    sourceUrl: d.sourceUrl,
    fileName: d.fileName,
    tags: d.tags,
    category: d.category,
    type: d.type,
    published: d.published,
    /** Same as `published` (its earlier name). */
    isPublic: d.published,
    metadata: d.metadata,
    version: d.version,
    chunkCount: d.chunkCount,
    contentLength: d.content?.length ?? d.sourceData?.length ?? 0,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    indexedAt: d.indexedAt?.toISOString() ?? null,
  };
}

export function knowledgeBaseView(k: KnowledgeBaseRow) {
  return {
    id: k.id,
    name: k.name,
    description: k.description,
    status: k.status,
    language: k.language,
    documentCount: k.documentCount,
    embeddingModel: k.embeddingModel,
    /** Its own unsure threshold (kb-calibration.ts); null until first calibrated. */
    calibration: k.calibration ?? null,
    lastUpdatedAt: k.lastUpdatedAt.toISOString(),
    createdAt: k.createdAt.toISOString(),
  };
}

async function enqueueIndex(tx: DbOrTx, tenantId: string, documentId: string, version: number, reason = 'index'): Promise<void> {
  await recordOutbox(tx, [
    { tenantId, queue: INGESTION_QUEUE, jobName: 'index-document', jobId: jobIds.index(documentId, version, reason), data: { tenantId, documentId } },
  ]);
}

export class KnowledgeService {
  constructor(
    private readonly db: Db,
    private readonly onWorkRecorded: () => void = () => {},
  ) {}

  async createKnowledgeBase(tenantId: string, input: { name: string; description?: string | null; language?: string }, actor: AuditActor = SYSTEM_ACTOR): Promise<KnowledgeBaseRow> {
    const language = input.language ?? 'english';
    if (!(TEXT_SEARCH_LANGUAGES as readonly string[]).includes(language)) throw new PayloadError(`language must be one of ${TEXT_SEARCH_LANGUAGES.join(', ')}`);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.insert(knowledgeBases).values({ tenantId, name: input.name, description: input.description ?? null, language }).returning();
      if (!row) throw new Error('knowledge base insert returned nothing');
      await recordAudit(tx, { tenantId, actor, action: 'knowledge-base.create', entityType: 'knowledge-base', entityId: row.id, changes: { name: row.name, language } });
      return row;
    });
  }

  async listKnowledgeBases(tenantId: string): Promise<KnowledgeBaseRow[]> {
    return this.db.select().from(knowledgeBases).where(eq(knowledgeBases.tenantId, tenantId)).orderBy(asc(knowledgeBases.createdAt));
  }

  async getKnowledgeBase(tenantId: string, id: string): Promise<KnowledgeBaseRow> {
    if (!uuidRe.test(id)) throw new NotFoundError('knowledge base');
    const [row] = await this.db.select().from(knowledgeBases).where(and(eq(knowledgeBases.tenantId, tenantId), eq(knowledgeBases.id, id))).limit(1);
    if (!row) throw new NotFoundError('knowledge base');
    return row;
  }

  async updateKnowledgeBase(tenantId: string, id: string, patch: KnowledgeBasePatch): Promise<KnowledgeBaseRow> {
    const current = await this.getKnowledgeBase(tenantId, id);
    // Un-archiving a knowledge base whose vectors are stale is left to the re-embedding check at boot.
    const status = patch.status === 'ACTIVE' && current.status !== 'ARCHIVED' ? undefined : patch.status;
    const [row] = await this.db
      .update(knowledgeBases)
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(status ? { status } : {}),
        lastUpdatedAt: sql`now()`,
      })
      .where(and(eq(knowledgeBases.tenantId, tenantId), eq(knowledgeBases.id, id)))
      .returning();
    if (!row) throw new NotFoundError('knowledge base');
    return row;
  }

  /** The knowledge base, its documents and chunks (cascade), and its place in every channel's bot config. */
  async deleteKnowledgeBase(tenantId: string, id: string): Promise<void> {
    await this.getKnowledgeBase(tenantId, id);
    await this.db.transaction(async (tx) => {
      await tx
        .update(channelBotConfigs)
        .set({ knowledgeBaseIds: sql`array_remove(${channelBotConfigs.knowledgeBaseIds}, ${id}::uuid)`, updatedAt: sql`now()` })
        .where(and(eq(channelBotConfigs.tenantId, tenantId), sql`${id}::uuid = any(${channelBotConfigs.knowledgeBaseIds})`));
      await tx.delete(knowledgeBases).where(and(eq(knowledgeBases.tenantId, tenantId), eq(knowledgeBases.id, id)));
    });
  }

  /** Title, type, published. A new title is re-indexed (titles are searched); the others apply at once. */
  async updateDocument(tenantId: string, kbId: string, docId: string, patch: DocumentPatch): Promise<DocumentRow> {
    const current = await this.getDocument(tenantId, kbId, docId);
    const retitled = patch.title !== undefined && patch.title !== current.title;
    const row = await this.db.transaction(async (tx) => {
      const [doc] = await tx
        .update(documents)
        .set({
          ...(patch.title !== undefined ? { title: patch.title } : {}),
          ...(patch.type !== undefined ? { type: patch.type } : {}),
          ...(patch.published !== undefined ? { published: patch.published } : {}),
          ...(retitled ? { version: sql`${documents.version} + 1`, status: 'UPLOADED' as const, statusReason: null } : {}),
          updatedAt: sql`now()`,
        })
        .where(and(eq(documents.tenantId, tenantId), eq(documents.id, docId)))
        .returning();
      if (!doc) throw new NotFoundError('document');
      await tx.update(knowledgeBases).set({ lastUpdatedAt: sql`now()` }).where(eq(knowledgeBases.id, kbId));
      if (retitled) await enqueueIndex(tx, tenantId, doc.id, doc.version);
      return doc;
    });
    if (retitled) this.onWorkRecorded();
    return row;
  }

  /** `enqueue: false` when the caller indexes the document itself (CLI bulk import, evaluation). */
  async addDocument(tenantId: string, kbId: string, input: NewDocument, opts: { enqueue?: boolean } = {}): Promise<DocumentRow> {
    await this.getKnowledgeBase(tenantId, kbId);
    const row = await this.db.transaction(async (tx) => {
      const [doc] = await tx
        .insert(documents)
        .values({
          tenantId,
          knowledgeBaseId: kbId,
          title: input.title,
          format: input.format,
          content: input.content ?? null,
          sourceData: input.data ?? null,
          sourceUrl: input.sourceUrl ?? null,
          fileName: input.fileName ?? null,
          tags: input.tags ?? [],
          category: input.category ?? null,
          type: input.type ?? 'document',
          published: input.published ?? true,
          metadata: input.metadata ?? {},
        })
        .returning();
      if (!doc) throw new Error('document insert returned nothing');
      await tx
        .update(knowledgeBases)
        .set({ documentCount: sql`${knowledgeBases.documentCount} + 1`, lastUpdatedAt: sql`now()` })
        .where(eq(knowledgeBases.id, kbId));
      if (opts.enqueue !== false) await enqueueIndex(tx, tenantId, doc.id, doc.version);
      return doc;
    });
    if (opts.enqueue !== false) this.onWorkRecorded();
    return row;
  }

  async listDocuments(tenantId: string, kbId: string): Promise<DocumentRow[]> {
    await this.getKnowledgeBase(tenantId, kbId);
    return this.db
      .select()
      .from(documents)
      .where(and(eq(documents.tenantId, tenantId), eq(documents.knowledgeBaseId, kbId)))
      .orderBy(desc(documents.createdAt));
  }

  async getDocument(tenantId: string, kbId: string, docId: string): Promise<DocumentRow> {
    if (!uuidRe.test(docId)) throw new NotFoundError('document');
    const [doc] = await this.db
      .select()
      .from(documents)
      .where(and(eq(documents.tenantId, tenantId), eq(documents.knowledgeBaseId, kbId), eq(documents.id, docId)))
      .limit(1);
    if (!doc) throw new NotFoundError('document');
    return doc;
  }

  /** Replaces the content: a new version is indexed; the old chunks serve answers until it is ready. */
  async replaceDocument(tenantId: string, kbId: string, docId: string, input: Partial<NewDocument> & { format: SourceFormat }): Promise<DocumentRow> {
    await this.getDocument(tenantId, kbId, docId);
    const row = await this.db.transaction(async (tx) => {
      const [doc] = await tx
        .update(documents)
        .set({
          ...(input.title ? { title: input.title } : {}),
          format: input.format,
          content: input.content ?? null,
          sourceData: input.data ?? null,
          ...(input.sourceUrl !== undefined ? { sourceUrl: input.sourceUrl } : {}),
          ...(input.fileName !== undefined ? { fileName: input.fileName } : {}),
          ...(input.tags ? { tags: input.tags } : {}),
          ...(input.category !== undefined ? { category: input.category } : {}),
          ...(input.type !== undefined ? { type: input.type } : {}),
          ...(input.published !== undefined ? { published: input.published } : {}),
          version: sql`${documents.version} + 1`,
          status: 'UPLOADED',
          statusReason: null,
          updatedAt: sql`now()`,
        })
        .where(and(eq(documents.tenantId, tenantId), eq(documents.id, docId)))
        .returning();
      if (!doc) throw new NotFoundError('document');
      await enqueueIndex(tx, tenantId, doc.id, doc.version);
      return doc;
    });
    this.onWorkRecorded();
    return row;
  }

  async deleteDocument(tenantId: string, kbId: string, docId: string, actor: AuditActor = SYSTEM_ACTOR): Promise<void> {
    await this.getDocument(tenantId, kbId, docId);
    await this.db.transaction(async (tx) => {
      // Chunks go with the document (ON DELETE CASCADE), in this transaction; the document itself to the archive (30 days).
      const deleted = await tx.delete(documents).where(and(eq(documents.tenantId, tenantId), eq(documents.id, docId))).returning();
      for (const d of deleted) {
        const { sourceData: _binary, ...snapshot } = d;
        await archiveRecord(tx, { tenantId, entityType: 'document', entityId: d.id, snapshot });
        await recordAudit(tx, { tenantId, actor, action: 'document.delete', entityType: 'document', entityId: d.id, changes: { knowledgeBaseId: kbId, title: d.title } });
      }
      if (deleted.length > 0) {
        await tx
          .update(knowledgeBases)
          .set({ documentCount: sql`greatest(${knowledgeBases.documentCount} - 1, 0)`, lastUpdatedAt: sql`now()` })
          .where(eq(knowledgeBases.id, kbId));
      }
    });
  }

  /**
   * Knowledge bases built with another embedder than the configured one are
   * marked BUILDING and every document is re-indexed (vectors of different
   * models are never compared: retrieval only reads the current model's).
   */
  async scheduleReembedding(currentModelId: string): Promise<number> {
    const stale = await this.db
      .select()
      .from(knowledgeBases)
      .where(and(ne(knowledgeBases.embeddingModel, currentModelId), ne(knowledgeBases.status, 'ARCHIVED')));
    let scheduled = 0;
    for (const kb of stale) {
      await this.db.transaction(async (tx) => {
        await tx.update(knowledgeBases).set({ status: 'BUILDING' }).where(eq(knowledgeBases.id, kb.id));
        const docs = await tx.select({ id: documents.id, version: documents.version }).from(documents).where(eq(documents.knowledgeBaseId, kb.id));
        for (const d of docs) await enqueueIndex(tx, kb.tenantId, d.id, d.version, `reembed-${currentModelId.replace(/[^A-Za-z0-9-]/g, '-')}`);
        scheduled += docs.length;
      });
    }
    if (scheduled > 0) this.onWorkRecorded();
    return scheduled;
  }

  /** BUILDING → ACTIVE once no document of the knowledge base is still in the pipeline. */
  async settleKnowledgeBase(kbId: string): Promise<void> {
    await this.db.execute(sql`
      update knowledge_bases set status = 'ACTIVE'
      where id = ${kbId} and status = 'BUILDING'
        and not exists (select 1 from documents d where d.knowledge_base_id = ${kbId} and d.status not in ('INDEXED', 'FAILED'))`);
  }

  async documentsByIds(tenantId: string, ids: string[]): Promise<DocumentRow[]> {
    if (ids.length === 0) return [];
    return this.db.select().from(documents).where(and(eq(documents.tenantId, tenantId), inArray(documents.id, ids)));
  }
}
