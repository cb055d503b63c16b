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
import { type BilingualLexicon, UNSPACED_SCRIPT } from './bilingual.js';
import { idOrder } from './id-order.js';
import { isStopWord, normalizeText } from './text-analysis.js';
import type { WordVectors } from './word-vectors.js';

/** Words of a text with their counts, as rows of the vectors (unknown words dropped). */
interface TextWords {
  ids: Int32Array;
  counts: Float32Array;
}

const MAX_CACHED_TEXTS = 20_000;
/** By lookup key, then text (no key built per text: the texts are long and new strings from each query). */
const textCache = new Map<string, Map<string, TextWords>>();
let cachedTexts = 0;
const cacheOwner = new WeakMap<WordVectors, true>();

const LETTERS = /[\p{L}\p{M}]+/gu;

/**
 * How a normalised word of the knowledge base's language reaches the vectors:
 * its rows (English: the word's own; another language: its English
 * translations', ./bilingual.ts). `key` tells lookups apart in the cache.
 */
export interface VectorLookup {
  key: string;
  rows(word: string): readonly number[];
  /**
   * The words of a normalised text, where they are not its runs of letters (Chinese and Japanese, written
   * without spaces: see segmentedGlossLookup). Each word is then taken as it is, however short.
   */
  words?(text: string): string[];
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
export function glossLookup(vectors: WordVectors, bilingual: BilingualLexicon, iso: string, more?: WordGlosses): VectorLookup {
  const take = (ids: number[], term: string) => {
    const id = /^[a-z]+$/.test(term) ? vectors.id(term) : -1;
    if (id >= 0 && !ids.includes(id)) ids.push(id);
  };
  return {
    key: more ? `${iso}+${more.key}` : iso,
    rows: (w) => {
      const ids: number[] = [];
      for (const t of bilingual.translate(w, iso, 'en')) {
        if (ids.length >= GLOSSES_PER_WORD) break;
        take(ids, t.term);
      }
      // A word FreeDict lacks (its dictionaries into English are small for most languages: 4,500 Spanish headwords).
      if (ids.length === 0 && more) {
        for (const t of more.glosses(w)) {
          if (ids.length >= GLOSSES_PER_WORD) break;
          take(ids, t);
        }
      }
      return ids;
    },
  };
}

/** Single-word English translations taken per word of Chinese or Japanese (a character's first sense is often not the word's). */
const SEGMENTED_GLOSSES_PER_WORD = 1;

/**
 * A knowledge base in Chinese or Japanese through its words' English translations (CC-CEDICT; FreeDict's
 * Japanese–English), so its everyday paraphrases reach the English vectors as another language's words do
 * through glossLookup: "退钱" and "退款" both lead to "refund". Runs of those scripts are cut into the
 * dictionary's words (BilingualLexicon.segment, longest match first); words of other scripts in the text
 * (an English question, a brand written in Latin letters) are looked up as English.
 */
export function segmentedGlossLookup(vectors: WordVectors, bilingual: BilingualLexicon, iso: 'zh' | 'ja'): VectorLookup {
  return {
    key: `${iso}:segmented`,
    words: (text) => {
      const out: string[] = [];
      for (const token of text.match(LETTERS) ?? []) {
        if (!UNSPACED_SCRIPT.test(token)) {
          if (token.length >= 2 && !isStopWord(token)) out.push(token);
          continue;
        }
        for (const w of bilingual.segment(token, iso, 'en')) if (!isStopWord(w)) out.push(w);
      }
      return out;
    },
    rows: (w) => {
      if (!UNSPACED_SCRIPT.test(w)) {
        const id = vectors.id(w);
        return id >= 0 ? [id] : [];
      }
      const ids: number[] = [];
      for (const t of bilingual.translate(w, iso, 'en')) {
        if (ids.length >= SEGMENTED_GLOSSES_PER_WORD) break;
        const id = /^[a-z]+$/.test(t.term) ? vectors.id(t.term) : -1;
        if (id >= 0 && !ids.includes(id)) ids.push(id);
      }
      return ids;
    },
  };
}

/** The words of a normalised text a lookup reads (its own segmentation, or the runs of letters of two letters or more that are not stop words). */
function lookupWords(text: string, lookup: VectorLookup): string[] {
  if (lookup.words) return lookup.words(text);
  return (text.match(LETTERS) ?? []).filter((w) => w.length >= 2 && !isStopWord(w));
}

/** English translations of normalised words from another lexicon than FreeDict's (a machine translator's, see Retriever); `key` tells it apart in the caches. */
export interface WordGlosses {
  key: string;
  glosses(word: string): readonly string[];
}

/** Rows and counts of a text's content words (cached per text: the same chunks come back question after question). */
export function textWords(vectors: WordVectors, text: string, lookup: VectorLookup = englishLookup(vectors)): TextWords {
  if (!cacheOwner.has(vectors)) {
    // A cache per set of vectors: a test's tiny vectors do not see the real ones' rows.
    textCache.clear();
    cachedTexts = 0;
    cacheOwner.set(vectors, true);
  }
  let byText = textCache.get(lookup.key);
  if (!byText) textCache.set(lookup.key, (byText = new Map()));
  const cached = byText.get(text);
  if (cached) return cached;
  const counts = new Map<number, number>();
  for (const w of lookupWords(normalizeText(text), lookup)) {
    for (const id of lookup.rows(w)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const out = { ids: Int32Array.from(counts.keys()), counts: Float32Array.from(counts.values()) };
  if (cachedTexts >= MAX_CACHED_TEXTS) {
    // The oldest text of the lookup with the most texts (one lookup in practice: the knowledge base's language).
    const largest = [...textCache.values()].reduce((a, b) => (b.size > a.size ? b : a));
    largest.delete(largest.keys().next().value as string);
    cachedTexts--;
  }
  byText.set(text, out);
  cachedTexts++;
  return out;
}

/** Share (0..1) of a text's content words that reach the vectors; 1 for a text without content words. */
export function vectorCoverage(text: string, lookup: VectorLookup): number {
  let n = 0;
  let found = 0;
  for (const w of lookupWords(normalizeText(text), lookup)) {
    n++;
    if (lookup.rows(w).length > 0) found++;
  }
  return n === 0 ? 1 : found / n;
}

/** A question word's cosines with the words met in candidate texts, by their dense index; NaN not yet computed. */
interface CosineRow {
  id: number;
  cos: Float32Array;
}

/**
 * Cosines of question words (rows) with the words of candidate texts
 * (columns, numbered densely as they are first met), per set of vectors.
 * Bounded by the number of cells kept: the least recently used question word
 * goes first. Holds the very values computed before (float32 of
 * `vectors.cosine(question word, text word)`, 1 for the word itself).
 */
class CosineMemo {
  /** Column of each row of the vectors, -1 for a word not met yet. */
  readonly dense: Int32Array;
  private columns = 0;
  private readonly rows = new Map<number, CosineRow>();
  private cells = 0;

  constructor(
    private readonly vectors: WordVectors,
    private readonly maxCells: number,
  ) {
    this.dense = new Int32Array(vectors.size).fill(-1);
  }

  /** Gives a column to each word of `ids` that has none. */
  admit(ids: Int32Array): void {
    for (const id of ids) if (this.dense[id] === -1) this.dense[id] = this.columns++;
  }

  /** The row of question word `id`, wide enough for every column admitted so far. */
  row(id: number): CosineRow {
    let r = this.rows.get(id);
    if (r) this.rows.delete(id);
    else r = { id, cos: new Float32Array(0) };
    this.rows.set(id, r);
    if (r.cos.length < this.columns) {
      const wider = new Float32Array(Math.max(this.columns, Math.min(this.dense.length, Math.ceil(r.cos.length * 1.5)))).fill(Number.NaN);
      wider.set(r.cos);
      this.cells += wider.length - r.cos.length;
      r.cos = wider;
      this.evict(id);
    }
    return r;
  }

  /** Computes the cell of `row` for word `id` (column `x`), as stored (float32). */
  compute(row: CosineRow, id: number, x: number): number {
    row.cos[x] = row.id === id ? 1 : this.vectors.cosine(row.id, id);
    return row.cos[x]!;
  }

  private evict(keep: number): void {
    for (const [id, r] of this.rows) {
      if (this.cells <= this.maxCells || id === keep) break;
      this.rows.delete(id);
      this.cells -= r.cos.length;
    }
  }
}

/** Cells of the cosine memo (4 bytes each): 1M = 4 MB, some 300 question words over a knowledge base of 3,000 words. */
const MAX_COSINE_CELLS = 1_000_000;
const memos = new WeakMap<WordVectors, CosineMemo>();

function cosineMemo(vectors: WordVectors): CosineMemo {
  let m = memos.get(vectors);
  if (!m) memos.set(vectors, (m = new CosineMemo(vectors, MAX_COSINE_CELLS)));
  return m;
}

export interface SemanticOptions {
  /** SIF smoothing: a word of probability p weighs a / (a + p). */
  sifA: number;
  /** Matches weaker than this cosine count for nothing (0.3 and 0.5 measured no better than 0.4). */
  floor: number;
  /**
   * A question word that no candidate article contains (its best cosine anywhere below 1, the customer's
   * own word for something the articles name otherwise): scored in each article by its soft-match mass
   * instead of its single best match, each of the article's words adding its rescaled cosine × its count,
   * divided by the article's word count to this power, then scaled so that the article with the most mass
   * gets the word's best rescaled cosine anywhere. An article that talks at length about the neighbours
   * of "smashed" ("damaged", "broken", "cracked") then outranks one that mentions one of them in passing:
   * the translation language model of Berger & Lafferty (SIGIR 1999) with word-embedding translation
   * probabilities (Zuccon et al., ADCS 2015), kept to the words that need translating. Undefined: off
   * (every word by its best match). Measured in the README (round 14): 0.5.
   */
  absentWordMass?: number;
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
  // Each question word against each distinct word of the candidates (a few thousand words), kept
  // across questions: the same question words and articles come back question after question.
  const memo = cosineMemo(vectors);
  for (const d of docs) for (const tw of d.words) memo.admit(tw.ids);
  const rows = qIds.map((q) => memo.row(q));
  const dense = memo.dense;
  const span = 1 - opts.floor;
  const rescaled = (c: number) => (c > opts.floor ? (c - opts.floor) / span : 0);
  // best[i·n + j]: question word j's best cosine in document i.
  const n = qIds.length;
  const best = new Float32Array(docs.length * n);
  docs.forEach((d, i) => {
    const o = i * n;
    for (const tw of d.words) {
      for (const id of tw.ids) {
        const x = dense[id]!;
        for (let j = 0; j < n; j++) {
          const row = rows[j]!;
          let c = row.cos[x]!;
          if (c !== c) c = memo.compute(row, id, x);
          if (c > best[o + j]!) best[o + j] = c;
        }
      }
    }
  });
  const value = opts.absentWordMass === undefined ? null : absentWordValues(docs, rows, dense, best, rescaled, opts.absentWordMass);
  docs.forEach((d, i) => {
    let s = 0;
    for (let j = 0; j < n; j++) s += qWeights[j]! * (value?.[j]?.[i] ?? rescaled(best[i * n + j]!));
    scores.set(d.docId, s / total);
  });
  return scores;
}

/** A cosine as stored in the memo: an exact match (the word itself) is 1. */
const EXACT = 0.9999;

/**
 * SemanticOptions.absentWordMass: for each question word no document contains (best cosine below 1 in
 * all), its value in each document (by document index); undefined for the words some document contains.
 * `best` holds the best cosines as semanticScores computed them (documents × question words); every cell
 * read here is in the memo already.
 */
function absentWordValues(
  docs: ReadonlyArray<{ words: TextWords[] }>,
  rows: readonly CosineRow[],
  dense: Int32Array,
  best: Float32Array,
  rescaled: (c: number) => number,
  lengthExponent: number,
): Array<Float64Array | undefined> {
  const n = rows.length;
  const lengths = docs.map((d) => d.words.reduce((a, tw) => a + tw.counts.reduce((x, y) => x + y, 0), 0));
  return rows.map((row, j) => {
    let top = 0;
    for (let i = 0; i < docs.length; i++) top = Math.max(top, best[i * n + j]!);
    if (top >= EXACT || rescaled(top) === 0) return undefined;
    const mass = new Float64Array(docs.length);
    docs.forEach((d, i) => {
      let m = 0;
      for (const tw of d.words) tw.ids.forEach((id, k) => (m += rescaled(row.cos[dense[id]!]!) * tw.counts[k]!));
      mass[i] = m / Math.max(1, lengths[i]!) ** lengthExponent;
    });
    const most = Math.max(...mass);
    const scale = most > 0 ? rescaled(top) / most : 0;
    return mass.map((m) => m * scale);
  });
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
  return semanticRankingOfDocuments(vectors, sentences, rows, docTexts, tieBreak, opts, lookup);
}

/**
 * {@link semanticRanking} with each article's texts already gathered (as
 * semanticRanking gathers them): the retriever builds the same map for the
 * character n-grams, and the texts' strings, hashed once, are found in the
 * caches at once.
 */
export function semanticRankingOfDocuments<R extends { id: string; document_id: string }>(
  vectors: WordVectors,
  sentences: ReadonlyArray<{ text: string; weight: number }>,
  rows: readonly R[],
  docTexts: ReadonlyMap<string, readonly string[]>,
  tieBreak: (row: R) => number,
  opts: SemanticOptions = DEFAULT_SEMANTIC_OPTIONS,
  lookup: VectorLookup = englishLookup(vectors),
): R[] {
  const score = semanticScores(vectors, sentences, docTexts, opts, lookup);
  const byId = idOrder(rows.map((r) => r.id));
  return rows
    .filter((r) => (score.get(r.document_id) ?? 0) > 0)
    .sort((a, b) => score.get(b.document_id)! - score.get(a.document_id)! || tieBreak(b) - tieBreak(a) || byId(a.id, b.id));
}
