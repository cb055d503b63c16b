/**
 * Character n-gram similarity of a question and the candidate articles: TF-IDF
 * over the 4-grams of each word (padded with word boundaries, as in fastText's
 * subword units, Bojanowski et al. 2017), cosine between the
 * question and each document. Needs no stemmer, no dictionary and no language
 * detection, so it works the same in every language with spaces between words:
 * inflections and derivations share most of their grams ("rembourser" /
 * "remboursement", "cancelled" / "cancellation"), a typo spoils only the grams
 * around it, and cognates across languages ("reimbursement" / "remboursement")
 * still overlap. The IDF comes from the candidate documents themselves, so
 * grams every article shares ("flight", "compte") count for little.
 */
import { isStopWord, normalizeText } from './text-analysis.js';

/**
 * 4-grams only: 3-, 4- and 5-grams together ranked the same within a question on
 * five evaluation sets (two held-out, three in-sample; README, round 9) for about
 * three times the grams to count and score — ~10% of the hybrid retrieval's Node
 * CPU per question on the 100k-chunk bench.
 */
const GRAM_SIZES = [4] as const;
/** Words shorter than this add no grams of their own (articles, pronouns, numbers). */
const MIN_WORD = 3;

const NON_ASCII = /[^\x00-\x7f]/;

/** Content words of a text with their (weighted) counts. */
function wordCounts(parts: Array<{ text: string; weight: number }>): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (w: string, weight: number) => {
    if (w.length < MIN_WORD || isStopWord(w) || allDigits(w)) return;
    counts.set(w, (counts.get(w) ?? 0) + weight);
  };
  for (const { text, weight } of parts) {
    const normalized = normalizeText(text);
    if (NON_ASCII.test(normalized)) {
      for (const w of normalized.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) add(w, weight);
      continue;
    }
    // ASCII (lower-cased): the words are the runs of [a-z0-9], found without a regular expression.
    let start = -1;
    for (let i = 0; i <= normalized.length; i++) {
      const c = i < normalized.length ? normalized.charCodeAt(i) : 0;
      const isWordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (isWordChar) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        if (i - start >= MIN_WORD) add(normalized.slice(start, i), weight);
        start = -1;
      }
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
 * than once per candidate per question. A word that adds no grams (shorter than
 * MIN_WORD, a stop word, all digits) maps to an empty list, so a text's words
 * cost one lookup each. Dropped, with the texts' grams below (which hold these
 * ids), when the words outnumber MAX_INTERNED_WORDS.
 */
const gramIds = new Map<string, number>();
const wordGramIds = new Map<string, Int32Array>();
const MAX_INTERNED_WORDS = 50_000;
const NO_GRAMS = new Int32Array(0);

function internedGrams(word: string): Int32Array {
  let list = wordGramIds.get(word);
  if (list === undefined) {
    if (word.length < MIN_WORD || isStopWord(word) || allDigits(word)) list = NO_GRAMS;
    else {
      const grams = gramsOf(word);
      list = new Int32Array(grams.length);
      for (let i = 0; i < grams.length; i++) {
        let id = gramIds.get(grams[i]!);
        if (id === undefined) gramIds.set(grams[i]!, (id = gramIds.size));
        list[i] = id;
      }
    }
    wordGramIds.set(word, list);
  }
  return list;
}

/**
 * A text's grams (interned ids, in order of first appearance) and their counts,
 * memoised by the text itself: the candidates of one question are often chunks
 * of earlier ones, and a text's grams depend on nothing but the text, so a
 * changed chunk is simply another key. Two generations, each bounded by
 * GENERATION_BYTES (the key text at 2 bytes a character plus 6 bytes per gram;
 * a 3 kB chunk costs about 30 kB): when the young one is full it becomes the
 * old one and the old one goes, so texts still asked for survive (an LRU
 * without the cost of reordering a Map on every hit). At most about
 * 2 × GENERATION_BYTES stay alive, whatever the number of tenants.
 */
let youngTexts = new Map<string, TextGrams>();
let oldTexts = new Map<string, TextGrams>();
let youngBytes = 0;
const GENERATION_BYTES = 24 * 1024 * 1024;

function entryBytes(text: string, entry: TextGrams): number {
  return text.length * 2 + entry.grams.length * 4 + entry.counts.byteLength + 64;
}

interface TextGrams {
  grams: Int32Array;
  counts: Uint16Array | Float64Array;
}

/** A copy of `a`, `n` long (the rest zero): the scratch arrays below grow with the interned grams. */
function grown<A extends Int32Array | Float64Array>(a: A, n: number): A {
  const b = new (a.constructor as new (length: number) => A)(n);
  b.set(a);
  return b;
}

function textGrams(text: string): TextGrams {
  let entry = youngTexts.get(text);
  if (entry !== undefined) return entry;
  entry = oldTexts.get(text);
  if (entry === undefined) entry = countGrams(text);
  const bytes = entryBytes(text, entry);
  if (youngBytes + bytes > GENERATION_BYTES) {
    oldTexts = youngTexts;
    youngTexts = new Map();
    youngBytes = 0;
  }
  youngTexts.set(text, entry);
  youngBytes += bytes;
  return entry;
}

/**
 * Scratch for counting one text's grams: interned id → count, valid where `textStamp` holds `textEpoch`;
 * the text's grams in order of first appearance; the gram lists of its words in order.
 */
let textStamp = new Int32Array(1024);
let textCount = new Float64Array(1024);
let textOrder = new Int32Array(1024);
let textEpoch = 0;
const textWords: Int32Array[] = [];

/**
 * A text's grams in order of first appearance and their counts. Each occurrence of a word adds its
 * grams once: the same counts and order as counting the words first (whole numbers, summed exactly;
 * a word's later occurrences add no gram not seen at its first).
 */
function countGrams(text: string): TextGrams {
  if (++textEpoch >= 0x7fffffff) {
    textStamp.fill(0);
    textEpoch = 1;
  }
  const ep = textEpoch;
  const normalized = normalizeText(text);
  const words = textWords;
  let nWords = 0;
  if (NON_ASCII.test(normalized)) {
    for (const w of normalized.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) if (w.length >= MIN_WORD) words[nWords++] = internedGrams(w);
  } else {
    // ASCII (lower-cased): the words are the runs of [a-z0-9], found without a regular expression.
    let start = -1;
    for (let i = 0; i <= normalized.length; i++) {
      const c = i < normalized.length ? normalized.charCodeAt(i) : 0;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        if (i - start >= MIN_WORD) words[nWords++] = internedGrams(normalized.slice(start, i));
        start = -1;
      }
    }
  }
  // Every id of these words is below gramIds.size now.
  if (gramIds.size > textStamp.length) {
    const n = Math.max(textStamp.length * 2, gramIds.size);
    textStamp = grown(textStamp, n);
    textCount = grown(textCount, n);
  }
  const st = textStamp;
  const ct = textCount;
  let order = textOrder;
  let n = 0;
  for (let k = 0; k < nWords; k++) {
    const list = words[k]!;
    for (let i = 0; i < list.length; i++) {
      const g = list[i]!;
      if (st[g] !== ep) {
        st[g] = ep;
        ct[g] = 1;
        if (n === order.length) textOrder = order = grown(order, n * 2);
        order[n++] = g;
      } else ct[g]! += 1;
    }
  }
  words.length = 0;
  const grams = order.slice(0, n);
  let max = 0;
  for (let i = 0; i < n; i++) if (ct[grams[i]!]! > max) max = ct[grams[i]!]!;
  // A gram more than 65,535 times in one text (no chunk is that long) is counted exactly in a wider array.
  const counts = max > 0xffff ? new Float64Array(n) : new Uint16Array(n);
  for (let i = 0; i < n; i++) counts[i] = ct[grams[i]!]!;
  return { grams, counts };
}

/**
 * Cuts texts into grams ahead of charGramScores (into the memo it reads), e.g.
 * while the question's other candidates are still being fetched. Changes no
 * score: the memo holds what the texts' grams are anyway.
 */
export function warmCharGrams(texts: Iterable<GramSource>): void {
  if (wordGramIds.size > MAX_INTERNED_WORDS) resetCharGramCaches();
  for (const t of texts) sourceGrams(t);
}

/** Forgets every interned word and memoised text (tests; the caches also reset themselves when full). */
export function resetCharGramCaches(): void {
  wordGramIds.clear();
  gramIds.clear();
  youngTexts.clear();
  oldTexts.clear();
  youngBytes = 0;
  internGeneration++;
}

/**
 * Bumped whenever the interned ids are dropped (resetCharGramCaches): a GramText counted under an
 * earlier generation holds ids that no longer mean the same grams and is counted again.
 */
let internGeneration = 0;

/**
 * A text that keeps its grams once found, for a text held elsewhere anyway (a candidate chunk's content
 * in the retriever's candidate cache): the chunk's next questions read them from it instead of looking
 * the whole text up in the memo above, whose look-ups (hashing and comparing kilobytes of text per
 * candidate per question) were the largest item of the character n-gram work on the 100k-chunk bench.
 * Found through the memo the first time (a chunk the candidate cache dropped may still be there), and
 * again after the interned ids were dropped: the very grams and counts the memo holds for the text.
 */
export class GramText {
  /** @internal Grams as counted under `generation` (internGeneration). */
  grams: TextGrams | null = null;
  /** @internal */
  generation = -1;
  constructor(readonly text: string) {}
}

/** A document text for charGramScores: a plain string (memoised by text) or a GramText. */
export type GramSource = string | GramText;

function sourceGrams(source: GramSource): TextGrams {
  if (typeof source === 'string') return textGrams(source);
  if (source.generation !== internGeneration || source.grams === null) {
    source.grams = textGrams(source.text);
    source.generation = internGeneration;
  }
  return source.grams;
}

/**
 * Per call, interned gram id g → at 2g the epoch of the last call that saw it, at 2g + 1 its dense index in
 * that call: side by side, one memory access for both (the interned ids run to the hundreds of thousands on
 * a large knowledge base, and the candidates' grams are looked up in no useful order).
 */
let slots = new Int32Array(2048);
let epoch = 0;
/**
 * Per call, by dense index: the running count of the current document (all zero between documents), then
 * document frequency, idf and the question's weight. Reused across calls (each call zeroes what it reads),
 * as are the documents' grams and weights below, laid end to end: a question allocates none of them.
 */
let dense = new Float64Array(4096);
let df = new Float64Array(4096);
let idf = new Float64Array(4096);
let qw = new Float64Array(4096);
let docGrams = new Int32Array(16384);
let docTf = new Float64Array(16384);
/** Per call: idf of each document frequency 0..n. */
let idfByDf = new Float64Array(256);

/** 1 + ln(count) for the small whole counts documents have. */
const SUBLINEAR_TF = Float64Array.from({ length: 1024 }, (_, c) => 1 + Math.log(Math.max(1, c)));
const sublinear = (c: number) => (c < SUBLINEAR_TF.length && Number.isInteger(c) ? SUBLINEAR_TF[c]! : 1 + Math.log(Math.max(1, c)));

/**
 * Cosine of TF-IDF gram vectors between the question and each document
 * (document id → its text parts), the IDF taken over these documents. Grams
 * are interned per distinct word (and kept across calls), so the cost grows
 * with the words of the candidates, not with every character of them.
 */
export function charGramScores(question: Array<{ text: string; weight: number }>, documents: ReadonlyMap<string, readonly GramSource[]>): Map<string, number> {
  const q = charGramProfile(question);
  const out = new Map<string, number>();
  if (q.size === 0 || documents.size === 0) return out;
  if (wordGramIds.size > MAX_INTERNED_WORDS) resetCharGramCaches();
  if (++epoch >= 0x7fffffff) {
    slots.fill(0);
    epoch = 1;
  }
  // This call's grams get dense indexes 0, 1, … in order of first appearance.
  // Module state is read into locals for the hot loop (no context loads or TDZ checks there).
  const ep = epoch;
  let sl = slots;
  let size = 0;
  let counts = dense;
  // Per document: its grams (dense indexes, in order of first appearance) and their sublinear tf, docGrams/docTf[start, end).
  const docs: Array<{ id: string; start: number; end: number }> = [];
  let grams = docGrams;
  let tf = docTf;
  let used = 0;
  for (const [id, texts] of documents) {
    const start = used;
    // Summing the texts' counts in order gives the counts, and the order of first appearance, of the whole document.
    for (const text of texts) {
      const { grams: list, counts: textCounts } = sourceGrams(text);
      if (2 * gramIds.size > sl.length) slots = sl = grown(sl, Math.max(sl.length * 2, 2 * gramIds.size));
      if (used + list.length > grams.length) {
        const n = Math.max(grams.length * 2, used + list.length);
        docGrams = grams = grown(grams, n);
        docTf = tf = grown(tf, n);
      }
      for (let i = 0; i < list.length; i++) {
        const g2 = 2 * list[i]!;
        let l: number;
        if (sl[g2] !== ep) {
          sl[g2] = ep;
          sl[g2 + 1] = l = size++;
          if (size > counts.length) dense = counts = grown(counts, counts.length * 2);
        } else l = sl[g2 + 1]!;
        if (counts[l] === 0) grams[used++] = l;
        counts[l]! += textCounts[i]!;
      }
    }
    for (let i = start; i < used; i++) {
      tf[i] = sublinear(counts[grams[i]!]!);
      counts[grams[i]!] = 0;
    }
    docs.push({ id, start, end: used });
  }
  if (size > df.length) {
    const n = Math.max(df.length * 2, size);
    df = new Float64Array(n);
    idf = new Float64Array(n);
    qw = new Float64Array(n);
  }
  df.fill(0, 0, size);
  qw.fill(0, 0, size);
  for (let i = 0; i < used; i++) df[grams[i]!]! += 1;
  const n = docs.length;
  // Smoothed so a gram of every document still counts a little, and one of none counts as rare.
  const idfOf = (count: number) => Math.log(1 + (n + 1) / (count + 0.5));
  // A document frequency is a whole number up to n: one logarithm per value, not per gram.
  if (n + 1 > idfByDf.length) idfByDf = new Float64Array(Math.max(idfByDf.length * 2, n + 1));
  for (let c = 0; c <= n; c++) idfByDf[c] = idfOf(c);
  const byDf = idfByDf;
  for (let g = 0; g < size; g++) idf[g] = byDf[df[g]!]!;
  let qNorm = 0;
  for (const [gram, weight] of q) {
    const interned = gramIds.get(gram);
    const l = interned !== undefined && 2 * interned < sl.length && sl[2 * interned] === ep ? sl[2 * interned + 1]! : -1;
    const w = weight * (l < 0 ? idfOf(0) : idf[l]!);
    qNorm += w * w;
    if (l >= 0) qw[l] = w;
  }
  qNorm = Math.sqrt(qNorm);
  for (const d of docs) {
    let dot = 0;
    let norm = 0;
    for (let i = d.start; i < d.end; i++) {
      const g = grams[i]!;
      const w = tf[i]! * idf[g]!;
      norm += w * w;
      dot += qw[g]! * w;
    }
    out.set(d.id, norm > 0 && qNorm > 0 ? dot / (Math.sqrt(norm) * qNorm) : 0);
  }
  return out;
}
