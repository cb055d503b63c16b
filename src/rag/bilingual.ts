/**
 * Offline word-by-word query translation from FreeDict bilingual dictionaries
 * (https://freedict.org, GPL; Debian's `dict-freedict-<src>-<dst>` packages in
 * the dictd format of dictfmt(1): a `<name>.index` of `headword\toffset\tlength`
 * lines, offsets in dictd's base64, into a dictzip-compressed `<name>.dict.dz`).
 * `scripts/ensure-dictionaries.sh` installs them; without them nothing is
 * translated and retrieval works as before.
 *
 * A question in another language than the knowledge base gets, for each of its
 * words, the dictionary's translations into the knowledge base's language, so
 * a Spanish "¿cómo cancelo mi póliza?" also searches "cancel" and "policy" in an
 * English help center. Both directions of a language pair are used when
 * installed: `spa-eng` read forwards, `eng-spa` read backwards (its Spanish
 * translations point back to the English headword), since the small
 * dictionaries each cover different words.
 *
 * Inflected forms are found by the longest shared prefix with a headword
 * (`cancelo` → `cancelar`, `Rechnungen` → `Rechnung`), with most of the
 * headword shared: a light, language-independent stand-in for a lemmatiser.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_RAG_DICTIONARY_DIR, expandHome } from '../config/index.js';
import { isStopWord, normalizeText } from './text-analysis.js';

/** ISO 639-1 → the ISO 639-3 codes FreeDict names its dictionaries by. */
const ISO3: Readonly<Record<string, string>> = {
  en: 'eng', es: 'spa', de: 'deu', fr: 'fra', it: 'ita', pt: 'por', nl: 'nld', pl: 'pol', sv: 'swe', tr: 'tur', ru: 'rus',
  da: 'dan', fi: 'fin', hu: 'hun', cs: 'ces', ja: 'jpn', el: 'ell', bg: 'bul', id: 'ind', no: 'nor', nb: 'nor', lt: 'lit', ar: 'ara', zh: 'zho', cy: 'cym',
};

/**
 * Where the dictionaries are: Debian's FreeDict packages, then the ones `scripts/ensure-cjk-dictionary.mjs`
 * builds (CC-CEDICT as `cedict-zho-eng`). `RAG_DICTIONARY_DIR` takes such a list, `:`-separated.
 */
export const DEFAULT_DICTIONARY_DIR = DEFAULT_RAG_DICTIONARY_DIR.split(':').map(expandHome).join(':');
/** The file-name prefixes of a pair's dictionaries: `freedict-deu-eng.index`, `cedict-zho-eng.index`. */
const DICTIONARY_PREFIXES = ['freedict', 'cedict'] as const;

export interface Translation {
  /** A word of the target language, normalised (lower case, no diacritics). */
  term: string;
  /** 0..1 relative to the original word: earlier senses and exact headwords weigh more. */
  weight: number;
}

/** Weight of the first translation of an exact headword; later senses and prefix matches weigh less. */
const EXACT_WEIGHT = 0.8;
const PREFIX_FACTOR = 0.75;
const SENSE_DECAY = 0.85;
const MIN_WEIGHT = 0.3;
/** Words of a multi-word translation ("direct debit") each count less than a one-word one. */
const PHRASE_FACTOR = 0.7;
export const MAX_TRANSLATIONS_PER_WORD = 8;
/** A prefix match must share at least this many characters and this share of the headword. */
const MIN_PREFIX = 4;
const MIN_PREFIX_SHARE = 0.7;
/** The longest headword the segmenter tries, in characters (CC-CEDICT's and JMdict's words are shorter nearly always). */
const MAX_SEGMENT = 8;
const HIRAGANA_ONLY = /^\p{Script=Hiragana}+$/u;
/** Scripts written without spaces between words, which the segmenter cuts into dictionary words. */
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeDictNumber(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 64 + B64.indexOf(ch);
  return n;
}

/** The translations in a dictd entry's body: headword line dropped, notes, labels and cross-references removed. */
export function entryTranslations(entry: string): string[][] {
  const senses: string[][] = [];
  const lines = entry.split('\n').slice(1);
  for (const raw of lines) {
    if (/^\s*(see|synonyms?|note|antonyms?|example|usage)\s*:/i.test(raw) || /^\s{3,}/.test(raw)) continue;
    const line = raw
      .replace(/<[^>]*>|\[[^\]]*\]|\{[^}]*\}|\([^)]*\)|"[^"]*"|\/[^/]*\//g, ' ')
      .replace(/^\s*\d+\.\s*/, '')
      .trim();
    if (!line) continue;
    senses.push(line.split(/\s*[,;]\s*/).map((t) => t.trim()).filter(Boolean));
  }
  return senses;
}

/**
 * One dictionary file. Read forwards, only the index is parsed up front and an
 * entry is decoded when a word asks for it; read backwards, every entry is
 * parsed once (only for files under REVERSE_MAX_BYTES: the small ones, which
 * need the other direction's help most).
 */
class DictFile {
  /** Normalised single-word headword → where its entries are (forwards) or their translations (backwards). */
  readonly keys = new Map<string, Array<[number, number]> | string[][]>();
  private readonly dict: Buffer;

  constructor(
    base: string,
    private readonly reverse: boolean,
  ) {
    const index = readFileSync(`${base}.index`, 'utf8');
    this.dict = gunzipSync(readFileSync(`${base}.dict.dz`));
    for (const line of index.split('\n')) {
      const [head, off, len] = line.split('\t');
      if (!head || !off || !len || head.startsWith('00database') || head.startsWith('00-database')) continue;
      const at: [number, number] = [decodeDictNumber(off), decodeDictNumber(len)];
      if (!reverse) {
        const key = normalizeText(head);
        if (!/^[\p{L}\p{M}]+$/u.test(key)) continue;
        const known = this.keys.get(key) as Array<[number, number]> | undefined;
        if (known) known.push(at);
        else this.keys.set(key, [at]);
        continue;
      }
      // Backwards: each one-word translation points back to the headword (itself a translation).
      entryTranslations(this.entry(at)).forEach((sense, i) => {
        for (const t of sense) {
          const key = normalizeText(t);
          if (!/^[\p{L}\p{M}]+$/u.test(key)) continue;
          const senses = (this.keys.get(key) as string[][] | undefined) ?? [];
          while (senses.length <= i) senses.push([]);
          if (!senses[i]!.includes(head)) senses[i]!.push(head);
          this.keys.set(key, senses);
        }
      });
    }
  }

  private entry([offset, length]: [number, number]): string {
    return this.dict.toString('utf8', offset, offset + length);
  }

  senses(key: string): string[][] {
    const v = this.keys.get(key);
    if (!v) return [];
    if (this.reverse) return v as string[][];
    // Several entries of one headword (German–English has one per sense) are merged sense by sense.
    const out: string[][] = [];
    for (const at of v as Array<[number, number]>)
      entryTranslations(this.entry(at)).forEach((s, i) => {
        while (out.length <= i) out.push([]);
        out[i]!.push(...s);
      });
    return out;
  }
}

/**
 * Welsh initial consonant mutations undone: a dictionary lists a word in its radical form ("costio", "pris",
 * "talu"), a sentence mutates its first sound after many words ("yn gostio", "ei bris", "i dalu"; soft, nasal
 * and aspirate mutation, King, "Modern Welsh: A Comprehensive Grammar", 2015, ch. 1). Each guess is looked up
 * as a headword, so a wrong one finds nothing; normalised words (no diacritics).
 */
export function welshRadicals(word: string): string[] {
  const out: string[] = [];
  const swap = (from: string, to: string[]) => {
    if (word.startsWith(from) && word.length > from.length + 1) for (const t of to) out.push(t + word.slice(from.length));
  };
  // Nasal (ngh, mh, nh, ng, m, n) and aspirate (ch, ph, th, h + vowel) first: their two-letter onsets would read as soft ones.
  swap('ngh', ['c']);
  swap('mh', ['p']);
  swap('nh', ['t']);
  swap('ng', ['g']);
  swap('ch', ['c']);
  swap('ph', ['p']);
  swap('th', ['t']);
  swap('dd', ['d']);
  if (/^h[aeiouwy]/.test(word)) swap('h', ['']);
  // Soft mutation: g ← c, b ← p, d ← t, f ← b/m, l ← ll, r ← rh, a lost g before a vowel or consonant.
  if (!/^(ng|ch|dd)/.test(word)) {
    swap('g', ['c']);
    swap('b', ['p']);
    swap('d', ['t']);
  }
  swap('f', ['b', 'm']);
  if (!word.startsWith('ll')) swap('l', ['ll']);
  if (!word.startsWith('rh')) swap('r', ['rh']);
  if (/^[aeiouwylr]/.test(word)) out.push(`g${word}`);
  // Nasal mutation of b and d (m, n) last: the same onsets are also radical.
  if (!/^(mh|nh|ng)/.test(word)) {
    swap('m', ['b']);
    swap('n', ['d']);
  }
  return out;
}

/** Per source language, guesses at a word's dictionary form that a prefix match cannot make (the change is at the start). */
const RADICAL_FORMS: Readonly<Record<string, (word: string) => string[]>> = { cy: welshRadicals };

/** Backwards reading parses every entry: only for the small dictionaries (the large ones cover enough forwards). */
const REVERSE_MAX_BYTES = 4_000_000;

/** The dictionaries of one language pair, both directions, with a sorted key list for prefix lookups. */
class PairLexicon {
  private readonly keys: string[];


  private has(key: string): boolean {
    return this.files.some((f) => f.keys.has(key));
  }

  /**
   * A run of a script written without spaces (Chinese, Japanese) cut into this pair's headwords, longest
   * first from the left (forward maximum matching, the classic dictionary segmenter); a character no
   * headword starts with is skipped. Hiragana pieces of one or two characters (particles, endings) are
   * left out: grammar, not topic.
   */
  segment(run: string): string[] {
    const chars = [...run];
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; ) {
      let len = Math.min(MAX_SEGMENT, chars.length - i);
      while (len > 0 && !this.has(chars.slice(i, i + len).join(''))) len--;
      if (len === 0) {
        i++;
        continue;
      }
      pieces.push(chars.slice(i, i + len).join(''));
      i += len;
    }
    return pieces.filter((p) => !(HIRAGANA_ONLY.test(p) && [...p].length <= 2));
  }

  constructor(
    private readonly files: DictFile[],
    /** The radical forms of a word of the source language whose first sound a grammatical context changed (Welsh mutations). */
    private readonly radicals: (word: string) => string[] = () => [],
  ) {
    this.keys = [...new Set(files.flatMap((f) => [...f.keys.keys()]))].sort();
  }

  /** Headwords for a word: itself, its radical form, or the ones sharing the longest prefix with it (most of the headword). */
  headwords(word: string): { keys: string[]; exact: boolean } {
    if (this.has(word)) return { keys: [word], exact: true };
    const radical = this.radicals(word).find((r) => this.has(r));
    if (radical) return { keys: [radical], exact: true };
    if (word.length < MIN_PREFIX + 1) return { keys: [], exact: false };
    // Sorted keys: the ones sharing the longest prefix with `word` sit around its insertion point.
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    let best = 0;
    let found: string[] = [];
    const consider = (k: string) => {
      let i = 0;
      while (i < k.length && i < word.length && k[i] === word[i]) i++;
      if (i < MIN_PREFIX || i < MIN_PREFIX_SHARE * k.length || i < MIN_PREFIX_SHARE * word.length) return;
      if (i > best) {
        best = i;
        found = [k];
      } else if (i === best) found.push(k);
    };
    const stem = word.slice(0, MIN_PREFIX);
    for (let j = lo - 1; j >= 0 && this.keys[j]!.startsWith(stem); j--) consider(this.keys[j]!);
    for (let j = lo; j < this.keys.length && this.keys[j]!.startsWith(stem); j++) consider(this.keys[j]!);
    // The shortest headwords first: "cancelar" before "cancelarse".
    return { keys: found.sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, 2), exact: false };
  }

  translate(word: string): Translation[] {
    const { keys, exact } = this.headwords(word);
    const best = new Map<string, number>();
    for (const k of keys) {
      const senses: string[][] = [];
      for (const f of this.files)
        f.senses(k).forEach((s, i) => {
          while (senses.length <= i) senses.push([]);
          senses[i]!.push(...s);
        });
      let weight = EXACT_WEIGHT * (exact ? 1 : PREFIX_FACTOR);
      for (const sense of senses) {
        for (const phrase of sense) {
          const words = (normalizeText(phrase).match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => w.length >= 2 && !isStopWord(w));
          const w = words.length > 1 ? weight * PHRASE_FACTOR : weight;
          for (const t of words) if (w >= MIN_WEIGHT && (best.get(t) ?? 0) < w) best.set(t, w);
        }
        weight *= SENSE_DECAY;
      }
    }
    // Stable: within one weight, the dictionary's order (its first translation is the usual one).
    return rankedTranslations(best);
  }
}

/**
 * Each term's best weight as a word's translations: rounded, the strongest first (a stable sort, so within
 * one weight the order the terms were first met), at most MAX_TRANSLATIONS_PER_WORD.
 */
export function rankedTranslations(best: ReadonlyMap<string, number>): Translation[] {
  return [...best.entries()]
    .map(([term, weight]) => ({ term, weight: Number(weight.toFixed(3)) }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_TRANSLATIONS_PER_WORD);
}

/**
 * Translates words between two languages with whatever FreeDict dictionaries
 * are installed in `dir`. Pairs load on first use and stay in memory (a few MB
 * for most pairs, ~100 MB for German–English).
 */
export class BilingualLexicon {
  private readonly pairs = new Map<string, PairLexicon | null>();

  private readonly dirs: string[];

  /** `dirs`: one folder, or several `:`-separated (each searched for every pair; `~` already expanded). */
  constructor(dirs: string = DEFAULT_DICTIONARY_DIR) {
    this.dirs = dirs.split(':').filter(Boolean);
  }

  private pair(from: string, to: string): PairLexicon | null {
    const a = ISO3[from];
    const b = ISO3[to];
    if (!a || !b || a === b) return null;
    const key = `${a}-${b}`;
    if (this.pairs.has(key)) return this.pairs.get(key)!;
    const files: DictFile[] = [];
    for (const dir of this.dirs)
      for (const prefix of DICTIONARY_PREFIXES) {
        const forward = path.join(dir, `${prefix}-${a}-${b}`);
        const backward = path.join(dir, `${prefix}-${b}-${a}`);
        try {
          if (existsSync(`${forward}.index`) && existsSync(`${forward}.dict.dz`)) files.push(new DictFile(forward, false));
          if (existsSync(`${backward}.index`) && existsSync(`${backward}.dict.dz`) && statSync(`${backward}.dict.dz`).size <= REVERSE_MAX_BYTES) files.push(new DictFile(backward, true));
        } catch {
          // An unreadable or truncated file: translate with what loaded (possibly nothing).
        }
      }
    const lexicon = files.length > 0 ? new PairLexicon(files, RADICAL_FORMS[from]) : null;
    this.pairs.set(key, lexicon);
    return lexicon;
  }

  /**
   * The share of `words` (normalised, two letters or more) that are headwords of the pair's dictionaries as
   * they are or in their radical form (no prefix match: a lemmatiser's guess would count any language's word);
   * null without a dictionary for the pair. What word-list language identification reads
   * (./language.ts refineLanguageByLexicon).
   */
  headwordShare(words: readonly string[], from: string, to: string): number | null {
    const lexicon = this.pair(from, to);
    if (!lexicon) return null;
    const asked = [...new Set(words.map(normalizeText).filter((w) => w.length >= 2 && /^[\p{L}\p{M}]+$/u.test(w)))];
    return asked.length === 0 ? 0 : asked.filter((w) => lexicon.headwords(w).exact).length / asked.length;
  }

  /** Whether any dictionary for the pair is installed. */
  supports(from: string, to: string): boolean {
    return this.pair(from, to) !== null;
  }

  /**
   * The dictionary words of a run of Chinese or Japanese (`from`), with the headwords of its dictionary
   * into `to` or, failing one, into English; empty without such a dictionary.
   */
  segment(run: string, from: string, to: string): string[] {
    const lexicon = this.pair(from, to) ?? this.pair(from, 'en');
    return lexicon ? lexicon.segment(normalizeText(run)) : [];
  }

  /** Translations of one word (any case, with or without diacritics) from ISO language `from` into `to`. */
  translate(word: string, from: string, to: string): Translation[] {
    const w = normalizeText(word);
    // One character is a word in Chinese and Japanese.
    if ((w.length < 2 && !UNSPACED_SCRIPT.test(w)) || /\d/.test(w)) return [];
    return this.pair(from, to)?.translate(w) ?? [];
  }
}

/** Weight factor of a synonym found through English and back, on top of both translations' weights. */
const PIVOT_WEIGHT = 0.7;
/**
 * Synonyms of a word of a non-English knowledge base by bilingual pivoting
 * (Bannard & Callison-Burch, "Paraphrasing with Bilingual Parallel Corpora",
 * ACL 2005, here with dictionaries): the word's English translations, and
 * their translations back. "coche" → car → "auto", "automóvil".
 */
export function pivotSynonyms(lexicon: BilingualLexicon, word: string, language: string): Array<{ term: string; weight: number }> {
  const out = new Map<string, number>();
  for (const en of lexicon.translate(word, language, 'en').slice(0, 3)) {
    for (const back of lexicon.translate(en.term, 'en', language).slice(0, 4)) {
      if (back.term === word) continue;
      const w = PIVOT_WEIGHT * en.weight * back.weight;
      if (w > (out.get(back.term) ?? 0)) out.set(back.term, w);
    }
  }
  return [...out.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([term, weight]) => ({ term, weight }));
}

/**
 * Translations of a word between two languages no installed dictionary joins,
 * through English (transitive translation, Ballesteros, "Cross-language
 * retrieval via transitive translation", 2000): its best English translations,
 * then theirs, each weighted by the product of both. Fewer of each than a
 * direct dictionary gives, as every step adds wrong senses.
 */
export function transitiveTranslations(lexicon: BilingualLexicon, word: string, from: string, to: string): Translation[] {
  const out = new Map<string, number>();
  for (const en of lexicon.translate(word, from, 'en').slice(0, 3)) {
    for (const t of lexicon.translate(en.term, 'en', to).slice(0, 3)) {
      const w = en.weight * t.weight;
      if (w >= MIN_WEIGHT * MIN_WEIGHT && w > (out.get(t.term) ?? 0)) out.set(t.term, w);
    }
  }
  return rankedTranslations(out);
}

/**
 * A word's translations from `from` into `to`: a direct dictionary's where it knows the word, through
 * English otherwise. The direct pairs between two languages other than English are often small
 * (FreeDict's Wiktionary-derived ones), so a word they miss is still translated transitively.
 */
export function translateWord(lexicon: BilingualLexicon, word: string, from: string, to: string): Translation[] {
  const direct = lexicon.translate(word, from, to);
  if (direct.length > 0 || from === 'en' || to === 'en') return direct;
  return transitiveTranslations(lexicon, word, from, to);
}
