/**
 * Typo tolerance for the escalation vocabularies of space-delimited languages:
 * customers in a hurry write "stollen", "scamed", "hackd", "acct". A word that is
 * not in the language pack's vocabulary is replaced by the one vocabulary word
 * (six letters or more) at one edit from it — a letter missing, extra, changed,
 * or two letters swapped — found through an index of single-letter deletions
 * (the symmetric-delete method of SymSpell). Words of the vocabulary are never
 * changed, and a word with two candidates is left alone, so "change" never becomes
 * "charge". Only packs that list chat abbreviations opt in. Chat abbreviations ("acct", "pw", "sum1") come from the pack's own list.
 */
import type { LanguagePack } from './lang/types.js';
import { normalizeText } from './text.js';

/** Shortest word corrected, and shortest vocabulary word it may become. */
const MIN_LENGTH = 6;

interface Speller {
  known: Set<string>;
  /** A deletion variant → the vocabulary word it came from, or null when several did. */
  deletions: Map<string, string | null>;
  abbreviations: Map<string, string>;
  /**
   * {@link correction} by word (of the words it looks up), null for none: customers use the same few thousand words,
   * and each word not in the vocabulary costs two look-ups per letter. Bounded: emptied when it holds {@link CORRECTIONS_MAX} words.
   */
  corrections: Map<string, string | null>;
}

const CORRECTIONS_MAX = 1_000;

const spellers = new WeakMap<LanguagePack, Speller>();

const deletionsOf = (w: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
};

function spellerFor(pack: LanguagePack): Speller {
  let sp = spellers.get(pack);
  if (sp !== undefined) return sp;
  const fold = (s: string): string => (pack.fold ? pack.fold(normalizeText(s)) : normalizeText(s));
  const known = new Set<string>();
  const lists: Array<readonly string[] | undefined> = [...Object.values(pack.concepts), ...Object.values(pack.cues), pack.markers];
  for (const list of lists) {
    for (const term of list ?? []) {
      for (const w of fold(term).replace(/'/g, '').split(/[^\p{L}\p{N}*]+/u)) {
        if (w.length > 0 && !w.includes('*')) known.add(w);
      }
    }
  }
  const deletions = new Map<string, string | null>();
  for (const w of known) {
    if (w.length < MIN_LENGTH || !/^\p{L}+$/u.test(w)) continue;
    for (const d of deletionsOf(w)) {
      const had = deletions.get(d);
      deletions.set(d, had === undefined || had === w ? w : null);
    }
  }
  const abbreviations = new Map(Object.entries(pack.abbreviations ?? {}).map(([k, v]) => [fold(k), fold(v)]));
  sp = { known, deletions, abbreviations, corrections: new Map() };
  spellers.set(pack, sp);
  return sp;
}

/** {@link correction}, through {@link Speller.corrections}. */
function correctionOf(sp: Speller, w: string): string | undefined {
  // Short and known words are never corrected: no need to keep them.
  if (w.length < MIN_LENGTH || sp.known.has(w)) return undefined;
  let c = sp.corrections.get(w);
  if (c === undefined) {
    c = correction(sp, w) ?? null;
    if (sp.corrections.size >= CORRECTIONS_MAX) sp.corrections.clear();
    sp.corrections.set(w, c);
  }
  return c ?? undefined;
}

/** The vocabulary word `w` is a typo of, or undefined. */
function correction(sp: Speller, w: string): string | undefined {
  if (w.length < MIN_LENGTH || sp.known.has(w) || !/^\p{L}+$/u.test(w)) return undefined;
  const found = new Set<string>();
  const add = (c: string | null | undefined): void => {
    if (c !== undefined && c !== null && c.length >= MIN_LENGTH) found.add(c);
  };
  add(sp.deletions.get(w)); // a letter missing: "stoln"
  for (const d of deletionsOf(w)) {
    if (sp.known.has(d)) add(d); // a letter too many: "stollen"
    add(sp.deletions.get(d)); // a letter changed or two swapped: "hscked", "stloen"
  }
  if (found.has(null as unknown as string)) return undefined;
  return found.size === 1 ? [...found][0] : undefined;
}

/** `s` (normalised, folded) with chat abbreviations expanded and typos of vocabulary words corrected. */
export function correctSpelling(s: string, pack: LanguagePack): string {
  // Only packs whose vocabulary is large enough to protect ordinary words opt in (they list abbreviations);
  // with a small vocabulary, a common word one letter from a term would be "corrected" into it. A pack may
  // expand its abbreviations without correcting typos (`typos: false`): inflected languages' correct forms
  // are one letter from each other.
  if (pack.spaceless === true || pack.abbreviations === undefined) return s;
  const sp = spellerFor(pack);
  const typos = pack.typos !== false;
  return s.replace(/[\p{L}\p{N}]+/gu, (w) => sp.abbreviations.get(w) ?? (typos ? correctionOf(sp, w) : undefined) ?? w);
}
