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
 * Cosine of TF-IDF gram vectors between the question and each document
 * (document id → its text parts), the IDF taken over these documents. Grams
 * are interned per distinct word, so the cost grows with the distinct words of
 * the candidates, not with every character of them.
 */
export function charGramScores(question: Array<{ text: string; weight: number }>, documents: Map<string, string[]>): Map<string, number> {
  const q = charGramProfile(question);
  const out = new Map<string, number>();
  if (q.size === 0 || documents.size === 0) return out;
  const ids = new Map<string, number>();
  const idsOfWord = new Map<string, Int32Array>();
  const gramIds = (word: string): Int32Array => {
    let list = idsOfWord.get(word);
    if (!list) {
      const grams = gramsOf(word);
      list = new Int32Array(grams.length);
      grams.forEach((g, i) => {
        let id = ids.get(g);
        if (id === undefined) ids.set(g, (id = ids.size));
        list![i] = id;
      });
      idsOfWord.set(word, list);
    }
    return list;
  };
  // Per document: the grams it has and their sublinear tf.
  const docs: Array<{ id: string; grams: number[]; tf: number[] }> = [];
  let dense = new Float64Array(4096);
  for (const [id, texts] of documents) {
    const touched: number[] = [];
    for (const [w, c] of wordCounts(texts.map((text) => ({ text, weight: 1 })))) {
      for (const g of gramIds(w)) {
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
  const df = new Float64Array(ids.size);
  for (const d of docs) for (const g of d.grams) df[g]! += 1;
  const n = docs.length;
  // Smoothed so a gram of every document still counts a little, and one of none counts as rare.
  const idfOf = (count: number) => Math.log(1 + (n + 1) / (count + 0.5));
  const qw = new Float64Array(ids.size);
  let qNorm = 0;
  for (const [g, tf] of q) {
    const id = ids.get(g);
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
