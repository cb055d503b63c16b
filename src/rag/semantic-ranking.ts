/**
 * Word-vector similarity of a question and the candidate articles
 * (./word-vectors.ts): a signal that survives paraphrase, where the customer's
 * everyday words ("money back", "stuck") and the article's ("refund",
 * "frozen") share no letters but lie close in a space learnt from co-occurrence.
 */
import { isStopWord, normalizeText } from './text-analysis.js';
import type { WordVectors } from './word-vectors.js';

/** Words of a text with their counts, as rows of the vectors (unknown words dropped). */
interface TextWords {
  ids: Int32Array;
  counts: Float32Array;
}

const MAX_CACHED_TEXTS = 20_000;
const textCache = new Map<string, TextWords>();
const cacheOwner = new WeakMap<WordVectors, true>();

const LETTERS = /\p{L}+/gu;

/** Rows and counts of a text's content words (cached per text: the same chunks come back question after question). */
export function textWords(vectors: WordVectors, text: string): TextWords {
  if (!cacheOwner.has(vectors)) {
    // A cache per set of vectors: a test's tiny vectors do not see the real ones' rows.
    textCache.clear();
    cacheOwner.set(vectors, true);
  }
  const cached = textCache.get(text);
  if (cached) return cached;
  const counts = new Map<number, number>();
  for (const w of normalizeText(text).match(LETTERS) ?? []) {
    if (w.length < 2 || isStopWord(w)) continue;
    const id = vectors.id(w);
    if (id >= 0) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const out = { ids: Int32Array.from(counts.keys()), counts: Float32Array.from(counts.values()) };
  if (textCache.size >= MAX_CACHED_TEXTS) textCache.delete(textCache.keys().next().value as string);
  textCache.set(text, out);
  return out;
}

export interface SemanticOptions {
  /** SIF smoothing (Arora et al. 2017): a word of probability p weighs a / (a + p). */
  sifA: number;
  /** Soft matches weaker than this cosine count for nothing. */
  floor: number;
  method: 'mean' | 'soft';
  /** Share of the best chunk's match in an article's score (the rest: the whole article's). */
  chunkShare: number;
}

export const DEFAULT_SEMANTIC_OPTIONS: SemanticOptions = { sifA: 1e-3, floor: 0.4, method: 'soft', chunkShare: 0 };

/**
 * Probability of the word in row `id` by Zipf's law over the vectors' corpus
 * (rows are in frequency order; H ≈ ln 400k + γ for GloVe 6B's vocabulary).
 */
function zipfProbability(id: number): number {
  return 1 / ((id + 1) * 13.5);
}

function sifWeight(id: number, a: number): number {
  return a / (a + zipfProbability(id));
}

/**
 * Similarity of the question (weighted sentences) to each document (its
 * texts), by document id; documents without a known word score 0.
 *
 * `soft`: for each question word, its best cosine with any word of the
 * document (an exact match is 1), above `floor` rescaled to 0..1, averaged
 * with SIF weights — a soft term match (BERTScore's recall with static vectors,
 * Zhang et al. 2020). `mean`: cosine of the SIF-weighted mean vectors, centred
 * on the candidates' mean (the common direction every text shares).
 */
export function semanticScores(vectors: WordVectors, sentences: ReadonlyArray<{ text: string; weight: number }>, docChunks: ReadonlyMap<string, ReadonlyArray<readonly string[]>>, opts: SemanticOptions = DEFAULT_SEMANTIC_OPTIONS): Map<string, number> {
  const question = new Map<number, number>();
  for (const s of sentences) {
    const tw = textWords(vectors, s.text);
    tw.ids.forEach((id) => question.set(id, Math.max(question.get(id) ?? 0, s.weight * sifWeight(id, opts.sifA))));
  }
  const scores = new Map<string, number>();
  if (question.size === 0) return scores;
  const docs = [...docChunks].map(([docId, chunks]) => ({ docId, chunks: chunks.map((texts) => texts.map((t) => textWords(vectors, t))) }));
  if (opts.method === 'mean') return meanScores(vectors, question, docs.map((d) => ({ docId: d.docId, words: d.chunks.flat() })), opts);

  // Soft match: each question word against the distinct words of all candidates, once.
  const qIds = [...question.keys()];
  const qWeights = qIds.map((id) => question.get(id)!);
  const total = qWeights.reduce((a, b) => a + b, 0);
  const best = new Map<number, Float32Array>();
  for (const d of docs) {
    for (const tw of d.chunks.flat()) {
      for (const id of tw.ids) {
        if (best.has(id)) continue;
        const row = new Float32Array(qIds.length);
        for (let j = 0; j < qIds.length; j++) row[j] = qIds[j] === id ? 1 : vectors.cosine(qIds[j]!, id);
        best.set(id, row);
      }
    }
  }
  const span = 1 - opts.floor;
  const matchOf = (words: readonly TextWords[]) => {
    const max = new Float32Array(qIds.length);
    for (const tw of words) {
      for (const id of tw.ids) {
        const row = best.get(id)!;
        for (let j = 0; j < row.length; j++) if (row[j]! > max[j]!) max[j] = row[j]!;
      }
    }
    for (let j = 0; j < qIds.length; j++) max[j] = max[j]! > opts.floor ? (max[j]! - opts.floor) / span : 0;
    return max;
  };
  const weighted = (m: Float32Array) => {
    let s = 0;
    for (let j = 0; j < qIds.length; j++) s += qWeights[j]! * m[j]!;
    return s / total;
  };
  for (const d of docs) {
    const chunkMatches = d.chunks.map(matchOf);
    const doc = new Float32Array(qIds.length);
    for (const m of chunkMatches) for (let j = 0; j < m.length; j++) if (m[j]! > doc[j]!) doc[j] = m[j]!;
    const bestChunk = Math.max(...chunkMatches.map(weighted));
    scores.set(d.docId, (1 - opts.chunkShare) * weighted(doc) + opts.chunkShare * bestChunk);
  }
  return scores;
}

function meanScores(vectors: WordVectors, question: Map<number, number>, docs: Array<{ docId: string; words: TextWords[] }>, opts: SemanticOptions): Map<string, number> {
  const dims = vectors.dimensions;
  const q = new Float32Array(dims);
  for (const [id, w] of question) vectors.addTo(q, id, w);
  const docVectors = docs.map((d) => {
    const v = new Float32Array(dims);
    let n = 0;
    for (const tw of d.words) {
      tw.ids.forEach((id, i) => {
        vectors.addTo(v, id, tw.counts[i]! * sifWeight(id, opts.sifA));
        n += tw.counts[i]!;
      });
    }
    if (n > 0) for (let i = 0; i < dims; i++) v[i]! /= n;
    return { docId: d.docId, v, n };
  });
  const mean = new Float32Array(dims);
  const withWords = docVectors.filter((d) => d.n > 0);
  for (const d of withWords) for (let i = 0; i < dims; i++) mean[i]! += d.v[i]! / withWords.length;
  const unit = (v: Float32Array) => {
    const n = Math.hypot(...v) || 1;
    return v.map((x) => x / n);
  };
  const qu = unit(q);
  const scores = new Map<string, number>();
  for (const d of withWords) {
    const centred = withWords.length > 2 ? d.v.map((x, i) => x - mean[i]!) : d.v;
    const du = unit(centred);
    let dot = 0;
    for (let i = 0; i < dims; i++) dot += qu[i]! * du[i]!;
    scores.set(d.docId, dot);
  }
  return scores;
}

/**
 * The candidate chunks ordered by their article's word-vector similarity to
 * the question (ties: `tieBreak` descending, then id), articles without any
 * similarity left out. `texts(row, first)` is what a chunk adds to its
 * article (title and heading path for its first chunk).
 */
export function semanticRanking<R extends { id: string; document_id: string }>(
  vectors: WordVectors,
  sentences: ReadonlyArray<{ text: string; weight: number }>,
  rows: readonly R[],
  texts: (row: R, first: boolean) => string[],
  tieBreak: (row: R) => number,
  opts: SemanticOptions = DEFAULT_SEMANTIC_OPTIONS,
): R[] {
  const docChunks = new Map<string, string[][]>();
  for (const r of rows) {
    const t = docChunks.get(r.document_id);
    if (!t) docChunks.set(r.document_id, [texts(r, true)]);
    else t.push(texts(r, true));
  }
  const score = semanticScores(vectors, sentences, docChunks, opts);
  return rows
    .filter((r) => (score.get(r.document_id) ?? 0) > 0)
    .sort((a, b) => score.get(b.document_id)! - score.get(a.document_id)! || tieBreak(b) - tieBreak(a) || a.id.localeCompare(b.id));
}
