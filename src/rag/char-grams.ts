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
      if (w.length < MIN_WORD || isStopWord(w) || allDigits(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + weight);
    }
  }
  return counts;
}

function allDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
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
 * Gram → id and word → the ids of its grams, shared by every call: a pure
 * function of the word, so each word is cut into grams once per process rather
 * than once per candidate per question. Both are dropped when the words
 * outnumber MAX_INTERNED_WORDS (a few MB).
 */
const gramIds = new Map<string, number>();
const wordGramIds = new Map<string, Int32Array>();
const MAX_INTERNED_WORDS = 50_000;

function internedGrams(word: string): Int32Array {
  let list = wordGramIds.get(word);
  if (list === undefined) {
    const grams = gramsOf(word);
    list = new Int32Array(grams.length);
    for (let i = 0; i < grams.length; i++) {
      let id = gramIds.get(grams[i]!);
      if (id === undefined) gramIds.set(grams[i]!, (id = gramIds.size));
      list[i] = id;
    }
    wordGramIds.set(word, list);
  }
  return list;
}

/** Per call, interned gram id → dense index of this call's grams (valid where `stamp` holds the call's epoch). */
let stamp = new Int32Array(1024);
let local = new Int32Array(1024);
let epoch = 0;

/** 1 + ln(count) for the small whole counts documents have. */
const SUBLINEAR_TF = Float64Array.from({ length: 1024 }, (_, c) => 1 + Math.log(Math.max(1, c)));
const sublinear = (c: number) => (c < SUBLINEAR_TF.length && Number.isInteger(c) ? SUBLINEAR_TF[c]! : 1 + Math.log(Math.max(1, c)));

/**
 * Cosine of TF-IDF gram vectors between the question and each document
 * (document id → its text parts), the IDF taken over these documents. Grams
 * are interned per distinct word (and kept across calls), so the cost grows
 * with the words of the candidates, not with every character of them.
 */
export function charGramScores(question: Array<{ text: string; weight: number }>, documents: Map<string, string[]>): Map<string, number> {
  const q = charGramProfile(question);
  const out = new Map<string, number>();
  if (q.size === 0 || documents.size === 0) return out;
  if (wordGramIds.size > MAX_INTERNED_WORDS) {
    wordGramIds.clear();
    gramIds.clear();
  }
  if (++epoch >= 0x7fffffff) {
    stamp.fill(0);
    epoch = 1;
  }
  // This call's grams get dense indexes 0, 1, … in order of first appearance.
  let size = 0;
  // Per document: the grams it has and their sublinear tf.
  const docs: Array<{ id: string; grams: Int32Array; tf: Float64Array }> = [];
  let dense = new Float64Array(4096);
  const touched: number[] = [];
  for (const [id, texts] of documents) {
    touched.length = 0;
    for (const [w, c] of wordCounts(texts.map((text) => ({ text, weight: 1 })))) {
      const list = internedGrams(w);
      for (let i = 0; i < list.length; i++) {
        const g = list[i]!;
        if (g >= stamp.length) {
          const n = Math.max(stamp.length * 2, g + 1);
          const grownStamp = new Int32Array(n);
          grownStamp.set(stamp);
          stamp = grownStamp;
          const grownLocal = new Int32Array(n);
          grownLocal.set(local);
          local = grownLocal;
        }
        if (stamp[g] !== epoch) {
          stamp[g] = epoch;
          local[g] = size++;
        }
        const l = local[g]!;
        if (l >= dense.length) {
          const bigger = new Float64Array(Math.max(dense.length * 2, l + 1));
          bigger.set(dense);
          dense = bigger;
        }
        if (dense[l] === 0) touched.push(l);
        dense[l]! += c;
      }
    }
    const grams = Int32Array.from(touched);
    const tf = new Float64Array(grams.length);
    for (let i = 0; i < grams.length; i++) {
      tf[i] = sublinear(dense[grams[i]!]!);
      dense[grams[i]!] = 0;
    }
    docs.push({ id, grams, tf });
  }
  const df = new Float64Array(size);
  for (const d of docs) for (let i = 0; i < d.grams.length; i++) df[d.grams[i]!]! += 1;
  const n = docs.length;
  // Smoothed so a gram of every document still counts a little, and one of none counts as rare.
  const idfOf = (count: number) => Math.log(1 + (n + 1) / (count + 0.5));
  const idf = new Float64Array(size);
  for (let g = 0; g < size; g++) idf[g] = idfOf(df[g]!);
  const qw = new Float64Array(size);
  let qNorm = 0;
  for (const [gram, tf] of q) {
    const interned = gramIds.get(gram);
    const l = interned !== undefined && interned < stamp.length && stamp[interned] === epoch ? local[interned]! : -1;
    const w = tf * (l < 0 ? idfOf(0) : idf[l]!);
    qNorm += w * w;
    if (l >= 0) qw[l] = w;
  }
  qNorm = Math.sqrt(qNorm);
  for (const d of docs) {
    let dot = 0;
    let norm = 0;
    for (let i = 0; i < d.grams.length; i++) {
      const g = d.grams[i]!;
      const w = d.tf[i]! * idf[g]!;
      norm += w * w;
      dot += qw[g]! * w;
    }
    out.set(d.id, norm > 0 && qNorm > 0 ? dot / (Math.sqrt(norm) * qNorm) : 0);
  }
  return out;
}
