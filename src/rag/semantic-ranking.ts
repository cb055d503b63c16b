/**
 * Word-vector similarity of a question and the candidate articles
 * (./word-vectors.ts): a signal that survives paraphrase, where the customer's
 * everyday words ("money back", "stuck") and the article's ("refund",
 * "frozen") share no letters but lie close in a space learnt from
 * co-occurrence. One more ranking in the retriever's fusion (./retriever.ts).
 *
 * For each question word, its best cosine with any word of the article (an
 * exact match is 1), above a floor rescaled to 0..1, averaged with SIF weights
 * (Arora et al. 2017, word probability from its frequency rank): a soft term
 * match, BERTScore's recall (Zhang et al. 2020) with static vectors. Measured
 * on the English DEV2 held-out set against the alternatives: the cosine of
 * SIF-weighted mean vectors (centred on the candidates' mean) ranked far worse
 * alone (paraphrase hit@5 0.51 vs 0.73), the best chunk instead of the whole
 * article worse (0.71), a soft IDF over the candidates on top of SIF worse in
 * the fusion (0.69 vs 0.73).
 */
import type { BilingualLexicon } from './bilingual.js';
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

/**
 * How a normalised word of the knowledge base's language reaches the vectors:
 * its rows (English: the word's own; another language: its English
 * translations', ./bilingual.ts). `key` tells lookups apart in the cache.
 */
export interface VectorLookup {
  key: string;
  rows(word: string): readonly number[];
}

export function englishLookup(vectors: WordVectors): VectorLookup {
  return {
    key: 'en',
    rows: (w) => {
      const id = vectors.id(w);
      return id >= 0 ? [id] : [];
    },
  };
}

/** Single-word English translations of a word taken per word (the first are the usual ones). */
const GLOSSES_PER_WORD = 1;

/** A word of another language through its English translations (FreeDict dictionaries, ./bilingual.ts). */
export function glossLookup(vectors: WordVectors, bilingual: BilingualLexicon, iso: string): VectorLookup {
  return {
    key: iso,
    rows: (w) => {
      const ids: number[] = [];
      for (const t of bilingual.translate(w, iso, 'en')) {
        if (ids.length >= GLOSSES_PER_WORD) break;
        const id = /^[a-z]+$/.test(t.term) ? vectors.id(t.term) : -1;
        if (id >= 0 && !ids.includes(id)) ids.push(id);
      }
      return ids;
    },
  };
}

/** Rows and counts of a text's content words (cached per text: the same chunks come back question after question). */
export function textWords(vectors: WordVectors, text: string, lookup: VectorLookup = englishLookup(vectors)): TextWords {
  if (!cacheOwner.has(vectors)) {
    // A cache per set of vectors: a test's tiny vectors do not see the real ones' rows.
    textCache.clear();
    cacheOwner.set(vectors, true);
  }
  const key = `${lookup.key}|${text}`;
  const cached = textCache.get(key);
  if (cached) return cached;
  const counts = new Map<number, number>();
  for (const w of normalizeText(text).match(LETTERS) ?? []) {
    if (w.length < 2 || isStopWord(w)) continue;
    for (const id of lookup.rows(w)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const out = { ids: Int32Array.from(counts.keys()), counts: Float32Array.from(counts.values()) };
  if (textCache.size >= MAX_CACHED_TEXTS) textCache.delete(textCache.keys().next().value as string);
  textCache.set(key, out);
  return out;
}

/** Share (0..1) of a text's content words that reach the vectors; 1 for a text without content words. */
export function vectorCoverage(text: string, lookup: VectorLookup): number {
  let n = 0;
  let found = 0;
  for (const w of normalizeText(text).match(LETTERS) ?? []) {
    if (w.length < 2 || isStopWord(w)) continue;
    n++;
    if (lookup.rows(w).length > 0) found++;
  }
  return n === 0 ? 1 : found / n;
}

export interface SemanticOptions {
  /** SIF smoothing: a word of probability p weighs a / (a + p). */
  sifA: number;
  /** Matches weaker than this cosine count for nothing (0.3 and 0.5 measured no better than 0.4). */
  floor: number;
}

export const DEFAULT_SEMANTIC_OPTIONS: SemanticOptions = { sifA: 1e-3, floor: 0.4 };

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
 * Soft-match similarity (0..1) of the question (weighted sentences) to each
 * document (its texts), by document id; 0 for a document without a match.
 */
export function semanticScores(
  vectors: WordVectors,
  sentences: ReadonlyArray<{ text: string; weight: number }>,
  docTexts: ReadonlyMap<string, readonly string[]>,
  opts: SemanticOptions = DEFAULT_SEMANTIC_OPTIONS,
  lookup: VectorLookup = englishLookup(vectors),
): Map<string, number> {
  const question = new Map<number, number>();
  for (const s of sentences) {
    const tw = textWords(vectors, s.text, lookup);
    tw.ids.forEach((id) => question.set(id, Math.max(question.get(id) ?? 0, s.weight * sifWeight(id, opts.sifA))));
  }
  const scores = new Map<string, number>();
  if (question.size === 0) return scores;
  const qIds = [...question.keys()];
  const qWeights = qIds.map((id) => question.get(id)!);
  const total = qWeights.reduce((a, b) => a + b, 0);
  const docs = [...docTexts].map(([docId, texts]) => ({ docId, words: texts.map((t) => textWords(vectors, t, lookup)) }));
  // Each question word against each distinct word of the candidates, once (a few thousand words).
  const cosines = new Map<number, Float32Array>();
  for (const d of docs) {
    for (const tw of d.words) {
      for (const id of tw.ids) {
        if (cosines.has(id)) continue;
        const row = new Float32Array(qIds.length);
        for (let j = 0; j < qIds.length; j++) row[j] = qIds[j] === id ? 1 : vectors.cosine(qIds[j]!, id);
        cosines.set(id, row);
      }
    }
  }
  const span = 1 - opts.floor;
  const best = new Float32Array(qIds.length);
  for (const d of docs) {
    best.fill(0);
    for (const tw of d.words) {
      for (const id of tw.ids) {
        const row = cosines.get(id)!;
        for (let j = 0; j < row.length; j++) if (row[j]! > best[j]!) best[j] = row[j]!;
      }
    }
    let s = 0;
    for (let j = 0; j < qIds.length; j++) if (best[j]! > opts.floor) s += (qWeights[j]! * (best[j]! - opts.floor)) / span;
    scores.set(d.docId, s / total);
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
  lookup: VectorLookup = englishLookup(vectors),
): R[] {
  const docTexts = new Map<string, string[]>();
  for (const r of rows) {
    const t = docTexts.get(r.document_id);
    if (!t) docTexts.set(r.document_id, texts(r, true));
    else t.push(...texts(r, false));
  }
  const score = semanticScores(vectors, sentences, docTexts, opts, lookup);
  return rows
    .filter((r) => (score.get(r.document_id) ?? 0) > 0)
    .sort((a, b) => score.get(b.document_id)! - score.get(a.document_id)! || tieBreak(b) - tieBreak(a) || a.id.localeCompare(b.id));
}
