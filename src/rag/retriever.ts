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
import { TEXT_SEARCH_LANGUAGES } from './models.js';

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

/** Upper bound of any-term full-text matches ranked per query. */
const ANY_TERM_CANDIDATES = 1000;

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

    // The text-search configurations of the knowledge bases in scope (validated names, usually one).
    const langRows = await this.db.execute<{ language: string }>(
      sql`select distinct language from knowledge_bases kb where kb.tenant_id = ${tenantId} and kb.status <> 'ARCHIVED' ${kbFilter}`,
    );
    const languages = [...langRows].map((r) => r.language).filter((l) => (TEXT_SEARCH_LANGUAGES as readonly string[]).includes(l));
    if (languages.length === 0) languages.push('simple');
    const perLanguage = (build: (cfg: string) => ReturnType<typeof sql>) => sql.join(languages.map((l) => build(l)), sql` || `);
    const tqAll = sql`(${perLanguage((l) => sql`websearch_to_tsquery(${sql.raw(`'${l}'`)}::regconfig, unaccent(${text}))`)})`;
    const tqAny = sql`(${perLanguage((l) => sql`replace(websearch_to_tsquery(${sql.raw(`'${l}'`)}::regconfig, unaccent(${text}))::text, ' & ', ' | ')::tsquery`)})`;
    const ftsLimit = mode === 'vector' ? 0 : n;

    const rows = await this.db.transaction(async (tx) => {
      // pgvector 0.8: keep scanning the HNSW graph until enough rows pass the tenant filter.
      await tx.execute(sql`set local hnsw.iterative_scan = relaxed_order`);
      await tx.execute(sql`set local hnsw.ef_search = ${sql.raw(String(Math.max(40, n * 2)))}`);
      const result = await tx.execute<Row>(sql`
        with scope as (
          select kb.id from knowledge_bases kb
          where kb.tenant_id = ${tenantId} and kb.status <> 'ARCHIVED' ${kbFilter}
        ),
        -- Nearest chunks straight from the HNSW index (filters applied during the scan),
        -- then the document checks on those few rows only.
        vec_raw as (
          select c.id, c.document_id, c.knowledge_base_id, c.document_version, c.embedding <=> ${vecLiteral}::vector as dist
          from knowledge_chunks c
          where c.tenant_id = ${tenantId} and c.embedding_model = ${this.embedder.modelId} and ${vecLiteral}::vector is not null
          order by c.embedding <=> ${vecLiteral}::vector
          limit ${mode === 'text' ? 0 : n * 2}
        ),
        vec as (
          select v.id, 1 - v.dist as score, row_number() over (order by v.dist) as rank
          from vec_raw v
          join scope on scope.id = v.knowledge_base_id
          join documents d on d.id = v.document_id and d.tenant_id = ${tenantId} and d.is_public and d.status = 'INDEXED' and d.version = v.document_version
          order by v.dist
          limit ${mode === 'text' ? 0 : n}
        ),
        -- Chunks with every term first; only when there are too few, chunks with any term
        -- (a question rarely contains every word of its answer, but ranking every chunk
        -- that shares one common word does not scale). The tsqueries are expressions of
        -- constants, so the GIN index serves them.
        fts_all as (
          select c.id, ts_rank_cd(c.tsv, ${tqAll}, 32) + 1 as score
          from knowledge_chunks c
          join scope on scope.id = c.knowledge_base_id
          join documents d on d.id = c.document_id and d.tenant_id = ${tenantId} and d.is_public and d.status = 'INDEXED' and d.version = c.document_version
          where c.tenant_id = ${tenantId} and c.tsv @@ ${tqAll}
          order by score desc
          limit ${ftsLimit}
        ),
        -- Any-term matches are ranked within a bounded candidate set: on a large corpus a
        -- common word matches most chunks, and this weak signal must not cost seconds.
        fts_any as (
          select m.id, ts_rank_cd(m.tsv, ${tqAny}, 32) as score
          from (
            select c.id, c.tsv
            from knowledge_chunks c
            join scope on scope.id = c.knowledge_base_id
            join documents d on d.id = c.document_id and d.tenant_id = ${tenantId} and d.is_public and d.status = 'INDEXED' and d.version = c.document_version
            where (select count(*) from fts_all) < ${ftsLimit}
              and c.tenant_id = ${tenantId} and c.tsv @@ ${tqAny}
            limit ${ANY_TERM_CANDIDATES}
          ) m
          order by score desc
          limit ${ftsLimit}
        ),
        fts as (
          select id, score, row_number() over (order by score desc) as rank
          from (select id, max(score) as score from (select * from fts_all union all select * from fts_any) u group by id) best
          order by score desc
          limit ${ftsLimit}
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
