/**
 * The two candidate legs of hybrid retrieval (./retriever.ts). Each leg is one
 * simple-protocol query — its transaction-local settings and its statement,
 * values inlined as literals (`sqlLiteral`) — so a leg is one socket write and
 * one round trip, with no BEGIN and COMMIT around it (Postgres runs the
 * statements of such a query as one implicit transaction, which the settings
 * last for). Each leg runs on its own pooled connection, so the vector and the
 * full-text leg run at the same time.
 *
 * A system path (src/db/tenant-context.ts): the raw client runs as the owner,
 * outside row-level security, and every leg filters on tenant_id itself. Under
 * RLS Postgres may not use `tsv @@ query` as an index condition (ts_match_vq is
 * not leakproof, so it must run after the policy) and the full-text leg would
 * scan every chunk of the tenant instead of the GIN index.
 *
 * Each leg reads its own snapshot: a re-index that commits between the two
 * legs can put chunks of the old and of the new version of one document into
 * one question's candidates (each leg checks the document version it sees).
 */
import type postgres from 'postgres';
import { sqlLiteral as lit } from '../db/client.js';

/** One candidate chunk as a leg returns it; a chunk found by both legs is merged by the caller. */
export type CandidateRow = {
  id: string;
  document_id: string;
  knowledge_base_id: string;
  title: string;
  source_url: string | null;
  content: string;
  heading_path: string[];
  position: number;
  vscore: number | null;
  vrank: number | null;
  trank: number | null;
  /** The stored tsvector as text (`'lexeme':1A,4B …`), read back by the lexical re-ranker. */
  tsv: string;
};

export interface LegScope {
  tenantId: string;
  /** Restrict to these knowledge bases (non-empty); null = every knowledge base of the tenant that is not archived. */
  knowledgeBaseIds: string[] | null;
  /** Unpublished documents too (agents' look-ups); customers see published ones only. */
  includeUnpublished: boolean;
}

export interface VectorLegInput extends LegScope {
  /** pgvector literal `[0.1,…]`. */
  vector: string;
  embeddingModel: string;
  n: number;
}

export interface TextLegInput extends LegScope {
  /** tsquery literal (lexemes OR-ed, no normalisation on input) that selects candidates through the GIN index. */
  match: string;
  /** tsquery literal the candidates are ranked by (the match's lexemes or more). */
  rank: string;
  /** At most this many matching chunks are ranked (a common word matches most of a large corpus). */
  anyTermCandidates: number;
  /** The best-ranked of those that are returned. */
  n: number;
}

type Sql = postgres.Sql;
/** A leg's statement, its values inlined as literals (run by {@link runLeg}). */
export type LegStatement = { readonly text: string };

const json = (v: unknown) => JSON.stringify(v);

/** Knowledge bases in scope: the tenant's, not archived, optionally restricted. */
function scopeCte(s: LegScope): string {
  const kbs = `${lit(s.knowledgeBaseIds ? json(s.knowledgeBaseIds) : null)}::jsonb`;
  return `scope as (
      select kb.id from knowledge_bases kb
      where kb.tenant_id = ${lit(s.tenantId)} and kb.status <> 'ARCHIVED'
        and (${kbs} is null or kb.id in (select (jsonb_array_elements_text(${kbs}))::uuid))
    )`;
}

/**
 * The knowledge bases in scope with their text-search configuration and version: the last change and the
 * content version (bumped by triggers on every change of their documents and chunks, migration 0028) — the
 * version of the statistics cache and of the in-memory copies of small knowledge bases (./knowledge-snapshot.ts).
 */
export async function scopeRows(sql: Sql, s: Pick<LegScope, 'tenantId' | 'knowledgeBaseIds'>): Promise<Array<{ id: string; language: string; updated: string }>> {
  const kbs = s.knowledgeBaseIds ? json(s.knowledgeBaseIds) : null;
  return sql<Array<{ id: string; language: string; updated: string }>>`
    select kb.id, kb.language, kb.last_updated_at::text || '#' || kb.content_version::text as updated from knowledge_bases kb
    where kb.tenant_id = ${s.tenantId} and kb.status <> 'ARCHIVED'
      and (${kbs}::jsonb is null or kb.id in (select (jsonb_array_elements_text(${kbs}::jsonb))::uuid))
    order by kb.id`;
}

/**
 * The n nearest visible chunks: straight from the HNSW index (tenant and model
 * filtered during the scan, 2n rows), then the document checks on those rows.
 * The question's vector is bound once (`order by dist`: the same expression, so
 * the index still serves the order), not twice: it is ~20 kB of text per leg.
 */
export function vectorLeg(q: VectorLegInput): LegStatement {
  const tenant = lit(q.tenantId);
  return { text: `
    with ${scopeCte(q)},
    vec_raw as (
      select c.id, c.document_id, c.knowledge_base_id, c.document_version, c.embedding <=> ${lit(q.vector)}::vector as dist
      from knowledge_chunks c
      where c.tenant_id = ${tenant} and c.embedding_model = ${lit(q.embeddingModel)}
      order by dist
      limit ${lit(Math.trunc(q.n * 2))}::int
    ),
    vec as (
      select v.id, v.dist, row_number() over (order by v.dist, v.id) as rank
      from vec_raw v
      join scope on scope.id = v.knowledge_base_id
      join documents d on d.id = v.document_id and d.tenant_id = ${tenant} and (${lit(q.includeUnpublished)}::boolean or d.is_public)
        and d.status = 'INDEXED' and d.version = v.document_version
      order by v.dist, v.id
      limit ${lit(Math.trunc(q.n))}::int
    )
    select c.id, c.document_id, c.knowledge_base_id, d.title, d.source_url, c.content, c.heading_path, c.position,
           (1 - vec.dist)::float8 as vscore, vec.rank::int as vrank, null::int as trank, c.tsv::text as tsv
    from vec
    join knowledge_chunks c on c.id = vec.id
    join documents d on d.id = c.document_id
    order by vec.rank` };
}

/**
 * Chunks with any of the match's lexemes: the GIN index on the stored
 * tsvector finds at most `anyTermCandidates` of them, `ts_rank` (not the
 * cover-density `ts_rank_cd`, several times dearer per row) orders those and the
 * best n come back. The bound keeps a common word on a large corpus from
 * costing seconds; the lexical re-ranker scores what comes back.
 */
export function textLeg(q: TextLegInput): LegStatement {
  const tenant = lit(q.tenantId);
  return { text: `
    with ${scopeCte(q)},
    matched as (
      select c.id, c.tsv
      from knowledge_chunks c
      join scope on scope.id = c.knowledge_base_id
      join documents d on d.id = c.document_id and d.tenant_id = ${tenant} and (${lit(q.includeUnpublished)}::boolean or d.is_public)
        and d.status = 'INDEXED' and d.version = c.document_version
      where c.tenant_id = ${tenant} and c.tsv @@ ${lit(q.match)}::tsquery
      limit ${lit(Math.trunc(q.anyTermCandidates))}::int
    ),
    fts as (
      select m.id, row_number() over (order by ts_rank(m.tsv, ${lit(q.rank)}::tsquery, 32) desc, m.id) as rank
      from matched m
      order by rank
      limit ${lit(Math.trunc(q.n))}::int
    )
    select c.id, c.document_id, c.knowledge_base_id, d.title, d.source_url, c.content, c.heading_path, c.position,
           null::float8 as vscore, null::int as vrank, fts.rank::int as trank, c.tsv::text as tsv
    from fts
    join knowledge_chunks c on c.id = fts.id
    join documents d on d.id = c.document_id
    order by fts.rank` };
}

/**
 * Runs one leg: its settings and its statement as one simple-protocol query
 * (one write, one round trip; no parameters, the values are literals), in the
 * implicit transaction Postgres runs such a query in — read only, with the
 * settings local to it, and the pooled connection as it was afterwards.
 * `explain` returns `EXPLAIN (ANALYZE, BUFFERS)` lines instead of rows
 * (benchmarks).
 *
 * Custom plans always, as an unnamed simple-protocol statement is planned: a
 * generic plan cannot see how selective a question's tsquery or a tenant's
 * share of the table is, and picking the HNSW index for a tenant with a few
 * chunks in a large table would return fewer rows than asked.
 */
export async function runLeg(sql: Sql, settings: { efSearch?: number }, leg: LegStatement, explain = false): Promise<CandidateRow[] | string[]> {
  const text =
    `select set_config('transaction_read_only', 'on', true), set_config('hnsw.iterative_scan', 'relaxed_order', true), ` +
    `set_config('hnsw.ef_search', ${lit(String(Math.trunc(settings.efSearch ?? 40)))}, true);\n` +
    (explain ? `explain (analyze, buffers) ${leg.text}` : leg.text);
  // Two statements: postgres.js returns one result per statement.
  const [, rows] = (await sql.unsafe(text)) as unknown as [postgres.Row[], postgres.Row[]];
  return explain ? rows.map((r) => String(r['QUERY PLAN'])) : (rows as unknown as CandidateRow[]);
}
