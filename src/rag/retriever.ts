/**
 * Hybrid retrieval in one SQL statement (one snapshot: a concurrent re-index
 * is seen entirely or not at all): vector top-k by cosine distance (HNSW) and
 * full-text top-k (GIN, the knowledge base's language via websearch_to_tsquery,
 * its terms OR-ed: a question rarely contains every word of its answer),
 * scoped to the tenant, its active knowledge bases and public indexed
 * documents, then fused with reciprocal rank fusion.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { EmbedderHandle } from './models.js';
import { reciprocalRankFusion } from './rrf.js';

export interface RetrievedChunk {
  id: string;
  documentId: string;
  knowledgeBaseId: string;
  title: string;
  sourceUrl: string | null;
  content: string;
  headingPath: string[];
  position: number;
  /** Fused RRF score. */
  score: number;
  vectorScore: number | null;
  textScore: number | null;
  vectorRank: number | null;
  textRank: number | null;
}

export interface RetrieveOptions {
  k?: number;
  /** Candidates taken from each side before fusion. */
  candidates?: number;
  knowledgeBaseIds?: string[];
  mode?: 'hybrid' | 'vector' | 'text';
}

type Row = {
  id: string;
  document_id: string;
  knowledge_base_id: string;
  title: string;
  source_url: string | null;
  content: string;
  heading_path: string[];
  position: number;
  vscore: number | null;
  tscore: number | null;
  vrank: number | null;
  trank: number | null;
};

export class Retriever {
  constructor(
    private readonly db: Db,
    private readonly embedder: EmbedderHandle,
  ) {}

  async retrieve(tenantId: string, query: string, opts: RetrieveOptions = {}): Promise<RetrievedChunk[]> {
    const k = opts.k ?? 6;
    const n = opts.candidates ?? 30;
    const mode = opts.mode ?? 'hybrid';
    const text = query.trim();
    if (!text) return [];
    const vec = mode === 'text' ? null : await this.embedder.embeddings.embedQuery(text);
    const vecLiteral = vec ? `[${vec.join(',')}]` : null;
    const kbFilter = opts.knowledgeBaseIds?.length ? sql`and kb.id in (${sql.join(opts.knowledgeBaseIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;

    const rows = await this.db.transaction(async (tx) => {
      // pgvector 0.8: keep scanning the HNSW graph until enough rows pass the tenant filter.
      await tx.execute(sql`set local hnsw.iterative_scan = relaxed_order`);
      await tx.execute(sql`set local hnsw.ef_search = ${sql.raw(String(Math.max(40, n * 2)))}`);
      const result = await tx.execute<Row>(sql`
        with scope as (
          select kb.id, kb.language::regconfig as cfg from knowledge_bases kb
          where kb.tenant_id = ${tenantId} and kb.status <> 'ARCHIVED' ${kbFilter}
        ),
        vec as (
          select c.id, 1 - (c.embedding <=> ${vecLiteral}::vector) as score,
                 row_number() over (order by c.embedding <=> ${vecLiteral}::vector) as rank
          from knowledge_chunks c
          join scope on scope.id = c.knowledge_base_id
          join documents d on d.id = c.document_id and d.tenant_id = ${tenantId} and d.is_public and d.status = 'INDEXED' and d.version = c.document_version
          where c.tenant_id = ${tenantId} and c.embedding_model = ${this.embedder.modelId} and ${vecLiteral}::vector is not null
          order by c.embedding <=> ${vecLiteral}::vector
          limit ${mode === 'text' ? 0 : n}
        ),
        q as (
          select scope.id as kb_id,
                 websearch_to_tsquery(scope.cfg, unaccent(${text}))::text as tq_all,
                 replace(websearch_to_tsquery(scope.cfg, unaccent(${text}))::text, ' & ', ' | ') as tq_any
          from scope
        ),
        -- Chunks with every term first; only when there are too few, chunks with any term
        -- (a question rarely contains every word of its answer, but ranking every chunk
        -- that shares one common word does not scale).
        fts_all as (
          select c.id, ts_rank_cd(c.tsv, q.tq_all::tsquery, 32) + 1 as score
          from knowledge_chunks c
          join q on q.kb_id = c.knowledge_base_id and q.tq_all <> ''
          join documents d on d.id = c.document_id and d.tenant_id = ${tenantId} and d.is_public and d.status = 'INDEXED' and d.version = c.document_version
          where c.tenant_id = ${tenantId} and c.tsv @@ q.tq_all::tsquery
          order by score desc
          limit ${mode === 'vector' ? 0 : n}
        ),
        fts_any as (
          select c.id, ts_rank_cd(c.tsv, q.tq_any::tsquery, 32) as score
          from knowledge_chunks c
          join q on q.kb_id = c.knowledge_base_id and q.tq_any <> ''
          join documents d on d.id = c.document_id and d.tenant_id = ${tenantId} and d.is_public and d.status = 'INDEXED' and d.version = c.document_version
          where (select count(*) from fts_all) < ${mode === 'vector' ? 0 : n}
            and c.tenant_id = ${tenantId} and c.tsv @@ q.tq_any::tsquery
          order by score desc
          limit ${mode === 'vector' ? 0 : n}
        ),
        fts as (
          select id, score, row_number() over (order by score desc) as rank
          from (select id, max(score) as score from (select * from fts_all union all select * from fts_any) u group by id) best
          order by score desc
          limit ${mode === 'vector' ? 0 : n}
        ),
        hits as (select id from vec union select id from fts)
        select c.id, c.document_id, c.knowledge_base_id, d.title, d.source_url, c.content, c.heading_path, c.position,
               vec.score::float8 as vscore, fts.score::float8 as tscore, vec.rank::int as vrank, fts.rank::int as trank
        from hits
        join knowledge_chunks c on c.id = hits.id and c.tenant_id = ${tenantId}
        join documents d on d.id = c.document_id
        left join vec on vec.id = c.id
        left join fts on fts.id = c.id
      `);
      return [...result];
    });

    const byVector = rows.filter((r) => r.vrank !== null).sort((a, b) => (a.vrank ?? 0) - (b.vrank ?? 0));
    const byText = rows.filter((r) => r.trank !== null).sort((a, b) => (a.trank ?? 0) - (b.trank ?? 0));
    const fused = reciprocalRankFusion([byVector, byText]);
    return fused.slice(0, k).map(({ item, score }) => ({
      id: item.id,
      documentId: item.document_id,
      knowledgeBaseId: item.knowledge_base_id,
      title: item.title,
      sourceUrl: item.source_url,
      content: item.content,
      headingPath: item.heading_path,
      position: item.position,
      score,
      vectorScore: item.vscore,
      textScore: item.tscore,
      vectorRank: item.vrank,
      textRank: item.trank,
    }));
  }
}
