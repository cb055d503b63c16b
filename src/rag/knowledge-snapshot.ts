/**
 * In-memory copies of small knowledge bases, so that a question to one costs
 * Postgres one scope read instead of two candidate legs (./retrieval.queries.ts).
 *
 * Most help centres are small: the demo's 15 articles are a few dozen chunks.
 * For such a scope, the two legs are an exact scan that reads (and detoasts)
 * every chunk's vector and a handful of GIN look-ups, about half of Postgres's
 * CPU per answered message on the answer benchmark — on the one engine every
 * gateway and worker shares. A snapshot holds the visible chunks of a scope
 * (its rows, its vectors as float32, its tsvectors as weighted positions) and
 * answers both legs the way Postgres does:
 *
 * - the vector leg: cosine distance (pgvector's `<=>`, 1 − a·b / √(|a|²|b|²),
 *   clamped), nearest first, ties by chunk id; computed in double precision
 *   from the stored float32 values (pgvector sums in float32, so the two may
 *   differ in the seventh digit);
 * - the full-text leg: chunks with any of the match's lexemes, ordered by
 *   `ts_rank(tsv, rank, 32)` — Postgres's calc_rank_or step by step in float32,
 *   the same values — then chunk id. A snapshot holds at most as many chunks
 *   as that leg ranks (ANY_TERM_CANDIDATES), so its bound never cuts.
 *
 * A snapshot is keyed by its scope's version (./retriever.ts statsKey: every
 * knowledge base's last change and content version, which triggers bump on any
 * change of their documents or chunks, migration 0028), read in the question's
 * own scope read: it cannot outlive a change. It is loaded on a scope's first
 * question of a version, in the background (that question runs the legs in
 * Postgres), by one query on the owner's connection that filters on the tenant
 * itself, as the legs do. Bounded: a scope of more than `maxScopeChunks` chunks
 * is remembered as too large (until its version changes) and served by
 * Postgres; all snapshots together hold at most `maxChunks` chunks, least
 * recently used out first (RETRIEVAL_SNAPSHOT_MAX_CHUNKS; 0 turns them off).
 */
import type postgres from 'postgres';
import type { CandidateRow } from './retrieval.queries.js';

/** A chunk as a snapshot holds it: its row without the leg's ranks, whether customers see it, its vector and its weighted positions. */
interface SnapshotChunk {
  readonly row: Omit<CandidateRow, 'vscore' | 'vrank' | 'trank'>;
  readonly published: boolean;
  /** Null when the chunk has no vector of the embedder's model (the vector leg skips it, as Postgres does). */
  readonly vector: Float32Array | null;
  /** |v|² summed in double precision. */
  readonly norm2: number;
}

/** ts_rank's default weights by label: D, C, B, A. */
const RANK_WEIGHTS = [0.1, 0.2, 0.4, 1.0].map((w) => Math.fround(w));
const f = Math.fround;

/**
 * Postgres's text output of a tsvector (`'lexeme':1A,4B 'it''s':2`, a quote or a
 * backslash doubled inside a lexeme) → each lexeme with its positions' weight
 * labels in stored order (0 = D … 3 = A). A lexeme without positions reads as
 * one position of weight D, as ts_rank reads it.
 */
export function tsvectorWeights(text: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const len = text.length;
  let i = text.indexOf("'");
  while (i >= 0 && i < len) {
    let lexeme = '';
    let j = i + 1;
    for (; j < len; j++) {
      const c = text[j]!;
      if (c === "'" || c === '\\') {
        if (text[j + 1] === c) {
          lexeme += c;
          j++;
          continue;
        }
        if (c === "'") break;
      }
      lexeme += c;
    }
    j++;
    const weights: number[] = [];
    if (text[j] === ':') {
      j++;
      while (j < len) {
        while (j < len && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const label = text[j];
        if (label === 'A' || label === 'B' || label === 'C' || label === 'D') {
          weights.push(label === 'A' ? 3 : label === 'B' ? 2 : label === 'C' ? 1 : 0);
          j++;
        } else weights.push(0);
        if (text[j] !== ',') break;
        j++;
      }
    }
    out.set(lexeme, Uint8Array.from(weights.length > 0 ? weights : [0]));
    i = text.indexOf("'", j);
  }
  return out;
}

/** Byte order of UTF-8 strings (Postgres's tsCompareString without prefixes): the order ts_rank visits a query's operands in. */
function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * `ts_rank(tsv, q, 32)` for a query of lexemes OR-ed (or one lexeme): Postgres's
 * calc_rank_or (src/backend/utils/adt/tsrank.c) with its float32 arithmetic, then
 * normalisation 32 (rank / (rank + 1)). `operands`: each distinct lexeme's
 * positions' weight labels in the chunk (undefined: absent), in byte order.
 */
export function tsRankOr(operands: ReadonlyArray<Uint8Array | undefined>): number {
  let res = 0;
  for (const post of operands) {
    if (post === undefined) continue;
    let resj = 0;
    let wjm = -1;
    let jm = 0;
    for (let j = 0; j < post.length; j++) {
      const w = RANK_WEIGHTS[post[j]!]!;
      resj = f(resj + f(w / ((j + 1) * (j + 1))));
      if (w > wjm) {
        wjm = w;
        jm = j;
      }
    }
    res = f(res + f(f(wjm + resj) - f(wjm / ((jm + 1) * (jm + 1)))) / 1.64493406685);
  }
  if (operands.length > 0) res = f(res / operands.length);
  if (res < 0) res = f(1e-20);
  return f(res / f(res + 1));
}

/** RETRIEVAL_SNAPSHOT_MAX_CHUNKS's default: chunks of small knowledge bases held in memory per process. */
export const DEFAULT_SNAPSHOT_MAX_CHUNKS = 2000;

/** A scope whose snapshot could not be loaded (a statement timeout, a lost connection) is not tried again before this. */
const RETRY_AFTER_MS = 30_000;

/** The visible chunks of one scope, and both candidate legs over them. */
export class KnowledgeSnapshot {
  private readonly postings = new Map<string, Array<{ chunk: number; weights: Uint8Array }>>();

  /** `chunks` in chunk id order (the legs' tie-break). */
  constructor(private readonly chunks: readonly SnapshotChunk[]) {
    chunks.forEach((c, i) => {
      for (const [lexeme, weights] of tsvectorWeights(c.row.tsv)) {
        const list = this.postings.get(lexeme);
        if (list) list.push({ chunk: i, weights });
        else this.postings.set(lexeme, [{ chunk: i, weights }]);
      }
    });
  }

  get size(): number {
    return this.chunks.length;
  }

  /** The vector leg (./retrieval.queries.ts vectorLeg): the n nearest visible chunks with a vector, nearest first. */
  vectorLeg(q: { vector: readonly number[]; n: number; includeUnpublished: boolean }): CandidateRow[] {
    // The question's vector as Postgres stores the literal: float32; its non-zero dimensions only.
    const dims: number[] = [];
    const values: number[] = [];
    let qNorm2 = 0;
    for (let i = 0; i < q.vector.length; i++) {
      const v = f(q.vector[i]!);
      if (v === 0) continue;
      dims.push(i);
      values.push(v);
      qNorm2 += v * v;
    }
    const scored: Array<{ chunk: number; dist: number }> = [];
    this.chunks.forEach((c, i) => {
      if (!c.vector || c.vector.length !== q.vector.length || (!c.published && !q.includeUnpublished)) return;
      let dot = 0;
      for (let k = 0; k < dims.length; k++) dot += values[k]! * c.vector[dims[k]!]!;
      const sim = dot / Math.sqrt(qNorm2 * c.norm2);
      // pgvector: NaN for a zero vector (ordered after every number), else clamped to [-1, 1].
      scored.push({ chunk: i, dist: Number.isNaN(sim) ? Number.NaN : 1 - Math.min(1, Math.max(-1, sim)) });
    });
    scored.sort((a, b) => nanLast(a.dist, b.dist) || a.chunk - b.chunk);
    return scored.slice(0, Math.max(0, Math.trunc(q.n))).map((s, i) => ({ ...this.chunks[s.chunk]!.row, vscore: 1 - s.dist, vrank: i + 1, trank: null }));
  }

  /** The full-text leg (./retrieval.queries.ts textLeg): visible chunks with any `match` lexeme, by ts_rank of the `rank` lexemes, the best n. */
  textLeg(q: { match: readonly string[]; rank: readonly string[]; n: number; includeUnpublished: boolean }): CandidateRow[] {
    const matched = new Set<number>();
    for (const lexeme of new Set(q.match)) for (const p of this.postings.get(lexeme) ?? []) matched.add(p.chunk);
    const operands = [...new Set(q.rank)].sort(byteOrder);
    const perChunk = new Map<number, Array<Uint8Array | undefined>>();
    operands.forEach((lexeme, k) => {
      for (const p of this.postings.get(lexeme) ?? []) {
        if (!matched.has(p.chunk)) continue;
        let slots = perChunk.get(p.chunk);
        if (!slots) perChunk.set(p.chunk, (slots = new Array<Uint8Array | undefined>(operands.length)));
        slots[k] = p.weights;
      }
    });
    const none = new Array<Uint8Array | undefined>(operands.length);
    const ranked: Array<{ chunk: number; rank: number }> = [];
    for (const i of matched) {
      const c = this.chunks[i]!;
      if (!c.published && !q.includeUnpublished) continue;
      ranked.push({ chunk: i, rank: tsRankOr(perChunk.get(i) ?? none) });
    }
    ranked.sort((a, b) => b.rank - a.rank || a.chunk - b.chunk);
    return ranked.slice(0, Math.max(0, Math.trunc(q.n))).map((r, i) => ({ ...this.chunks[r.chunk]!.row, vscore: null, vrank: null, trank: i + 1 }));
  }
}

function nanLast(a: number, b: number): number {
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return a - b;
}

/** pgvector's binary form (vector_send): dimensions (int16), unused (int16), then each value as a big-endian float32. */
export function vectorFromBinary(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dim = view.getInt16(0);
  const out = new Float32Array(dim);
  for (let i = 0; i < dim; i++) out[i] = view.getFloat32(4 + i * 4);
  return out;
}

type LoadedRow = Omit<CandidateRow, 'vscore' | 'vrank' | 'trank'> & { published: boolean; vector: Uint8Array | null };

/**
 * Snapshots by scope version, loaded in the background, least recently used out
 * first. `get` never waits: a scope whose snapshot is not ready (or too large)
 * gets null and its question runs the legs in Postgres.
 */
export class KnowledgeSnapshots {
  /** Ready snapshots and scopes known to be too large (null), by scope key; each key holds its version's. */
  private readonly entries = new Map<string, { version: string; snapshot: KnowledgeSnapshot | null }>();
  private readonly loading = new Map<string, string>();
  /** When a scope's load last failed: its questions read Postgres, and no load is tried again for {@link RETRY_AFTER_MS}. */
  private readonly failedAt = new Map<string, number>();
  private held = 0;

  constructor(
    private readonly sql: () => postgres.Sql,
    private readonly opts: { maxChunks: number; maxScopeChunks: number; onError?: (err: unknown) => void },
  ) {}

  /** Chunks held by every snapshot together. */
  get chunks(): number {
    return this.held;
  }

  /** The snapshot of this scope at this version if ready, else null; nothing is loaded. */
  peek(key: string, version: string): KnowledgeSnapshot | null {
    if (this.opts.maxChunks <= 0) return null;
    const e = this.entries.get(key);
    return e && e.version === version ? e.snapshot : null;
  }

  /**
   * The snapshot of this scope at this version, if ready; otherwise null, and
   * its load is started (once per version) unless the scope is known to be too large.
   */
  get(key: string, version: string, scope: { tenantId: string; knowledgeBaseIds: readonly string[]; embeddingModel: string }): KnowledgeSnapshot | null {
    if (this.opts.maxChunks <= 0 || this.opts.maxScopeChunks <= 0) return null;
    const e = this.entries.get(key);
    if (e && e.version === version) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, e);
      return e.snapshot;
    }
    const failed = this.failedAt.get(key);
    if (failed !== undefined && Date.now() - failed < RETRY_AFTER_MS) return null;
    if (this.loading.get(key) !== version) {
      this.loading.set(key, version);
      this.load(key, version, scope).then(
        () => this.failedAt.delete(key),
        (err: unknown) => {
          this.failedAt.set(key, Date.now());
          if (this.failedAt.size > 256) this.failedAt.delete(this.failedAt.keys().next().value as string);
          this.opts.onError?.(err);
        },
      ).finally(() => {
        if (this.loading.get(key) === version) this.loading.delete(key);
      });
    }
    return null;
  }

  private async load(key: string, version: string, scope: { tenantId: string; knowledgeBaseIds: readonly string[]; embeddingModel: string }): Promise<void> {
    const limit = Math.min(this.opts.maxScopeChunks, this.opts.maxChunks);
    // The owner's connection (a system path, as the legs): the tenant filtered here, not by row-level security.
    const rows = await this.sql()<LoadedRow[]>`
      select c.id, c.document_id, c.knowledge_base_id, d.title, d.source_url, c.content, c.heading_path, c.position, c.tsv::text as tsv,
             d.is_public as published,
             case when c.embedding_model = ${scope.embeddingModel} then vector_send(c.embedding) end as vector
      from knowledge_chunks c
      join documents d on d.id = c.document_id and d.tenant_id = ${scope.tenantId} and d.status = 'INDEXED' and d.version = c.document_version
      where c.tenant_id = ${scope.tenantId} and c.knowledge_base_id = any(${[...scope.knowledgeBaseIds]}::uuid[])
      order by c.id
      limit ${limit + 1}`;
    if (this.loading.get(key) !== version) return;
    const snapshot =
      rows.length > limit
        ? null
        : new KnowledgeSnapshot(
            rows.map((r) => {
              const vector = r.vector ? vectorFromBinary(r.vector) : null;
              let norm2 = 0;
              if (vector) for (let i = 0; i < vector.length; i++) norm2 += vector[i]! * vector[i]!;
              const { published, vector: _binary, ...row } = r;
              return { row: { ...row, heading_path: row.heading_path ?? [] }, published, vector, norm2 };
            }),
          );
    this.drop(key);
    this.entries.set(key, { version, snapshot });
    if (snapshot) this.held += snapshot.size;
    // Within the budget, and remembered scope keys (too-large ones hold no chunks) bounded too: the least
    // recently used out (the new one last).
    for (const k of this.entries.keys()) {
      if ((this.held <= this.opts.maxChunks && this.entries.size <= 256) || k === key) break;
      this.drop(k);
    }
  }

  /** Forgets a scope's entry and the chunks it held. */
  private drop(key: string): void {
    const e = this.entries.get(key);
    if (e?.snapshot) this.held -= e.snapshot.size;
    this.entries.delete(key);
  }
}
