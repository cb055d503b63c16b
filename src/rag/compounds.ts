/**
 * Compound words in the languages that write them as one word (German,
 * Dutch, the Scandinavian languages, Finnish): "Akkulaufzeit" is "Akku" +
 * "Laufzeit", and a question may say either while the article says the other.
 * Postgres' Snowball stemmers do not split compounds, so neither matches the
 * other. Splitting follows the corpus-based method of Koehn & Knight
 * ("Empirical Methods for Compound Splitting", EACL 2003): a word splits into
 * parts that are themselves words of the knowledge base, optionally joined by
 * a linking element ("Versand-s-kosten"), the split whose parts are most
 * frequent winning. No dictionary, only the knowledge base's own vocabulary
 * (its document frequencies, which hold both the stemmed lexemes and the
 * unstemmed words of the body).
 */
import type { LexicalStats } from './lexical.js';

/** Text-search configurations of languages that write compounds as one word. */
export const COMPOUNDING_CONFIGS: ReadonlySet<string> = new Set(['german', 'dutch', 'swedish', 'danish', 'norwegian', 'finnish']);

/** A knowledge base in one language that writes compounds as one word (its configurations, as the retriever's diagnostics list them). */
export function compoundingKnowledgeBase(languages: readonly string[]): boolean {
  return languages.length === 1 && COMPOUNDING_CONFIGS.has(languages[0]!);
}

/** Shortest part of a compound (shorter pieces are too often a coincidence: "ein", "tag"). */
export const MIN_PART = 4;
/** Linking elements between the parts of Germanic compounds (Fugenelemente: "Liefer-ung-s-zeit"). */
const LINKERS = ['s', 'es', 'n', 'en', 'e', 'er'];

interface CompoundIndex {
  /** Lexemes sorted, for those starting with a part. */
  sorted: string[];
  /** Lexemes written backwards, sorted, for those ending with a part. */
  reversed: string[];
}

const indexes = new WeakMap<LexicalStats, CompoundIndex>();

function indexOf(stats: LexicalStats): CompoundIndex {
  let index = indexes.get(stats);
  if (!index) {
    const words = [...stats.df.keys()].filter((w) => w.length >= 2 * MIN_PART && /^[\p{L}\p{M}]+$/u.test(w));
    index = { sorted: [...words].sort(), reversed: words.map(reverse).sort() };
    indexes.set(stats, index);
  }
  return index;
}

function reverse(w: string): string {
  return [...w].reverse().join('');
}

/** Whether `part` is a word of the knowledge base, directly or once a linking element at `side` is taken off. */
function isPart(stats: LexicalStats, part: string, side: 'end' | 'start'): boolean {
  if (part.length >= MIN_PART && stats.df.has(part)) return true;
  for (const l of LINKERS) {
    const bare = side === 'end' ? (part.endsWith(l) ? part.slice(0, -l.length) : '') : part.startsWith(l) ? part.slice(l.length) : '';
    if (bare.length >= MIN_PART && stats.df.has(bare)) return true;
  }
  return false;
}

/** The entries of a sorted list that start with `prefix`. */
function withPrefix(sorted: string[], prefix: string): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
  return out;
}

/**
 * Knowledge-base words that are compounds with `word` as their first or last
 * part, the rest being a word of the knowledge base too: "akku" →
 * "akkulaufzeit", "kost" → "versandkost". At most `max`, most frequent first.
 */
export function compoundsContaining(stats: LexicalStats, word: string, max = 4): string[] {
  if (word.length < MIN_PART || !/^[\p{L}\p{M}]+$/u.test(word)) return [];
  const { sorted, reversed } = indexOf(stats);
  const found = new Set<string>();
  for (const c of withPrefix(sorted, word)) if (c !== word && isPart(stats, c.slice(word.length), 'start')) found.add(c);
  for (const r of withPrefix(reversed, reverse(word))) {
    const c = reverse(r);
    if (c !== word && isPart(stats, c.slice(0, c.length - word.length), 'end')) found.add(c);
  }
  return [...found].sort((a, b) => (stats.df.get(b) ?? 0) - (stats.df.get(a) ?? 0) || a.localeCompare(b)).slice(0, max);
}

/**
 * The two parts of a word the knowledge base does not contain that are both
 * its words ("akkulaufzeit" → "akku", "laufzeit"), linking element dropped;
 * of several splits, the one whose parts are most frequent (geometric mean).
 * Null when none.
 */
export function splitCompound(stats: LexicalStats, word: string): [string, string] | null {
  if (word.length < 2 * MIN_PART || !/^[\p{L}\p{M}]+$/u.test(word)) return null;
  let best: [string, string] | null = null;
  let bestScore = 0;
  const dfOf = (w: string) => stats.df.get(w) ?? 0;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const tail = word.slice(i);
    if (!stats.df.has(tail)) continue;
    const head = word.slice(0, i);
    const heads = [head, ...LINKERS.filter((l) => head.endsWith(l)).map((l) => head.slice(0, -l.length))].filter((h) => h.length >= MIN_PART && stats.df.has(h));
    for (const h of heads) {
      const score = Math.sqrt(dfOf(h) * dfOf(tail));
      if (score > bestScore) {
        bestScore = score;
        best = [h, tail];
      }
    }
  }
  return best;
}
