/**
 * Character n-gram similarity of a question and the candidate articles: TF-IDF
 * over the 3- to 5-grams of each word (padded with word boundaries, as in
 * fastText's subword units, Bojanowski et al. 2017), cosine between the
 * question and each document. Needs no stemmer, no dictionary and no language
 * detection, so it works the same in every language with spaces between words:
 * inflections and derivations share most of their grams ("rembourser" /
 * "remboursement", "cancelled" / "cancellation"), a typo spoils only the grams
 * around it, and cognates across languages ("reimbursement" / "remboursement")
 * still overlap. The IDF comes from the candidate documents themselves, so
 * grams every article shares ("flight", "compte") count for little.
 */
import { isStopWord, normalizeText } from './text-analysis.js';

const GRAM_SIZES = [3, 4, 5] as const;
/** Words shorter than this add no grams of their own (articles, pronouns, numbers). */
const MIN_WORD = 3;

/** Content words of a text with their (weighted) counts. */
function wordCounts(parts: Array<{ text: string; weight: number }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { text, weight } of parts) {
    for (const w of normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (w.length < MIN_WORD || isStopWord(w) || /^\d+$/.test(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + weight);
    }
  }
  return counts;
}

function gramsOf(word: string): string[] {
  const padded = `<${word}>`;
  const out: string[] = [];
  for (const n of GRAM_SIZES) for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
  return out;
}

/** Gram → sublinear weight of a text (sentence weights multiply the counts). */
export function charGramProfile(parts: Array<{ text: string; weight: number }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [w, c] of wordCounts(parts)) for (const g of gramsOf(w)) counts.set(g, (counts.get(g) ?? 0) + c);
  for (const [g, c] of counts) counts.set(g, 1 + Math.log(Math.max(1, c)));
  return counts;
}

/**
 * What the char-gram ranking reads of texts and words, kept across questions:
 * the same articles come back question after question, so each text is split
 * into counted words and each word into interned grams once. Texts are keys
 * (a re-indexed chunk is a new text), least recently used out first; the word
 * and gram tables are emptied, with the texts, when the vocabulary outgrows
 * `maxWords`. Memory: a few bytes per word occurrence of the cached texts.
 */
export class CharGramCache {
  private readonly wordIds = new Map<string, number>();
  private readonly wordGrams: Int32Array[] = [];
  private readonly gramIds = new Map<string, number>();
  private readonly texts = new Map<string, { words: Int32Array; counts: Int32Array }>();
  /** Per call: the call's own dense gram numbering (first seen, first numbered), by global gram id. */
  private stamp = new Int32Array(0);
  private local = new Int32Array(0);
  private epoch = 0;

  constructor(
    private readonly maxTexts = 4_000,
    private readonly maxWords = 200_000,
  ) {}

  /** Cached texts (tests). */
  get size(): number {
    return this.texts.size;
  }

  /** Starts a call: tables are bounded between calls, never during one. */
  begin(): void {
    if (this.wordIds.size > this.maxWords) {
      this.wordIds.clear();
      this.wordGrams.length = 0;
      this.gramIds.clear();
      this.texts.clear();
      this.stamp = new Int32Array(0);
      this.local = new Int32Array(0);
    }
    if (this.epoch >= 0x3fffffff) {
      this.stamp.fill(0);
      this.epoch = 0;
    }
    this.epoch++;
  }

  /** Content words of a text (word ids) with their counts, in order of first occurrence. */
  text(text: string): { words: Int32Array; counts: Int32Array } {
    const known = this.texts.get(text);
    if (known) {
      this.texts.delete(text);
      this.texts.set(text, known);
      return known;
    }
    const counts = wordCounts([{ text, weight: 1 }]);
    const entry = { words: new Int32Array(counts.size), counts: new Int32Array(counts.size) };
    let i = 0;
    for (const [w, c] of counts) {
      entry.words[i] = this.wordId(w);
      entry.counts[i++] = c;
    }
    if (this.texts.size >= this.maxTexts) this.texts.delete(this.texts.keys().next().value!);
    this.texts.set(text, entry);
    return entry;
  }

  grams(wordId: number): Int32Array {
    return this.wordGrams[wordId]!;
  }

  /** The call's number of a global gram id, numbering it if it is new to the call. */
  localId(gram: number, next: number): number {
    if (this.stamp[gram] !== this.epoch) {
      this.stamp[gram] = this.epoch;
      this.local[gram] = next;
    }
    return this.local[gram]!;
  }

  /** The call's number of a gram, or undefined when no text of the call has it. */
  localOf(gram: string): number | undefined {
    const g = this.gramIds.get(gram);
    return g !== undefined && this.stamp[g] === this.epoch ? this.local[g] : undefined;
  }

  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.wordGrams.length;
      this.wordIds.set(word, id);
      const grams = gramsOf(word);
      const ids = new Int32Array(grams.length);
      grams.forEach((g, i) => {
        let gid = this.gramIds.get(g);
        if (gid === undefined) this.gramIds.set(g, (gid = this.gramIds.size));
        ids[i] = gid;
      });
      this.wordGrams.push(ids);
      if (this.stamp.length < this.gramIds.size) {
        const size = Math.max(this.gramIds.size, this.stamp.length * 2, 1024);
        const stamp = new Int32Array(size);
        stamp.set(this.stamp);
        const local = new Int32Array(size);
        local.set(this.local);
        this.stamp = stamp;
        this.local = local;
      }
    }
    return id;
  }
}

/**
 * Cosine of TF-IDF gram vectors between the question and each document
 * (document id → its text parts), the IDF taken over these documents. Grams
 * are numbered per distinct word, so the cost grows with the distinct words of
 * the candidates, not with every character of them; with a `cache`, texts and
 * words seen by earlier calls are not analysed again (same scores).
 */
export function charGramScores(question: Array<{ text: string; weight: number }>, documents: Map<string, string[]>, cache: CharGramCache = new CharGramCache()): Map<string, number> {
  const q = charGramProfile(question);
  const out = new Map<string, number>();
  if (q.size === 0 || documents.size === 0) return out;
  cache.begin();
  let grams = 0;
  // Per document: the grams it has and their sublinear tf.
  const docs: Array<{ id: string; grams: number[]; tf: number[] }> = [];
  let dense = new Float64Array(4096);
  const wordCount = new Map<number, number>();
  for (const [id, texts] of documents) {
    const touched: number[] = [];
    // The document's words in order of first occurrence, counted over its texts.
    wordCount.clear();
    for (const text of texts) {
      const t = cache.text(text);
      for (let i = 0; i < t.words.length; i++) wordCount.set(t.words[i]!, (wordCount.get(t.words[i]!) ?? 0) + t.counts[i]!);
    }
    for (const [w, c] of wordCount) {
      for (const global of cache.grams(w)) {
        const g = cache.localId(global, grams);
        if (g === grams) grams++;
        if (g >= dense.length) {
          const bigger = new Float64Array(Math.max(dense.length * 2, g + 1));
          bigger.set(dense);
          dense = bigger;
        }
        if (dense[g] === 0) touched.push(g);
        dense[g]! += c;
      }
    }
    const tf = touched.map((g) => 1 + Math.log(Math.max(1, dense[g]!)));
    for (const g of touched) dense[g] = 0;
    docs.push({ id, grams: touched, tf });
  }
  const df = new Float64Array(grams);
  for (const d of docs) for (const g of d.grams) df[g]! += 1;
  const n = docs.length;
  // Smoothed so a gram of every document still counts a little, and one of none counts as rare.
  const idfOf = (count: number) => Math.log(1 + (n + 1) / (count + 0.5));
  const qw = new Float64Array(grams);
  let qNorm = 0;
  for (const [g, tf] of q) {
    const id = cache.localOf(g);
    const w = tf * idfOf(id === undefined ? 0 : df[id]!);
    qNorm += w * w;
    if (id !== undefined) qw[id] = w;
  }
  qNorm = Math.sqrt(qNorm);
  for (const d of docs) {
    let dot = 0;
    let norm = 0;
    d.grams.forEach((g, i) => {
      const w = d.tf[i]! * idfOf(df[g]!);
      norm += w * w;
      dot += qw[g]! * w;
    });
    out.set(d.id, norm > 0 && qNorm > 0 ? dot / (Math.sqrt(norm) * qNorm) : 0);
  }
  return out;
}
