/**
 * In-language synonyms for knowledge bases in other languages than English,
 * from the LibreOffice thesauri Debian ships as `mythes-<ll>` packages (MyThes
 * format, https://github.com/hunspell/mythes): `th_<ll>_<CC>[_v2].idx` maps each
 * headword to a byte offset in `th_<ll>_<CC>[_v2].dat`, whose first line names
 * the encoding and whose entries are `headword|<senses>` followed by one line
 * per sense, `(part of speech)|synonym|synonym…`. A general lexical resource,
 * as WordNet is for English (src/rag/query-expansion.ts);
 * `scripts/ensure-dictionaries.sh` installs them, and without them nothing is
 * expanded.
 *
 * Nothing is read before a knowledge base in the language asks: then its index
 * is parsed once into two parallel sorted arrays (normalised headword, offset;
 * ~5 MB for the largest, German), entries are read from the `.dat` at their
 * offset, and expansions are kept in a bounded LRU cache. Question words are
 * inflected and headwords are base forms: `lemmaCandidates` lists the
 * headwords sharing a prefix with a word's stem, for the caller to keep those
 * its stemmer maps to the same stem.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { normalizeText } from './text-analysis.js';

export const DEFAULT_THESAURUS_DIR = '/usr/share/mythes';

/** ISO 639-1 → file stems to try, the most general variety first. */
const FILES: Readonly<Record<string, readonly string[]>> = {
  de: ['th_de_DE_v2', 'th_de_AT_v2', 'th_de_CH_v2'],
  fr: ['th_fr_FR_v2', 'thes_fr'],
  es: ['th_es_ES_v2', 'th_es_MX_v2', 'th_es_AR_v2'],
  it: ['th_it_IT_v2'],
  pt: ['th_pt_PT_v2', 'th_pt_BR'],
  pl: ['th_pl_PL_v2'],
  ru: ['th_ru_RU_v2'],
  sv: ['th_sv_SE_v2', 'th_sv_FI_v2'],
  id: ['th_id_ID_v2'],
  cs: ['th_cs_CZ_v2'],
  da: ['th_da_DK'],
  no: ['th_nb_NO_v2', 'th_nn_NO_v2'],
  nb: ['th_nb_NO_v2'],
  uk: ['th_uk_UA_v2'],
  ro: ['th_ro_RO_v2'],
  hu: ['th_hu_HU_v2'],
  en: ['th_en_US_v2'],
};

export interface ThesaurusSynonym {
  /** One word, normalised like the retriever's words (lower case, no diacritics). */
  term: string;
  /** 0..1 relative to the word itself: the first sense weighs most. */
  weight: number;
}

/** Weight of a synonym of the first, second, third… sense (like WordNet's synonyms, src/rag/query-expansion.ts). */
const SENSE_WEIGHT = [0.5, 0.4, 0.3] as const;
const LATER_SENSE_WEIGHT = 0.25;
/** Senses read per entry: the rare ones drift. */
const MAX_SENSES = 4;
/** Synonyms of one sense: the thesauri list the closest first. */
const MAX_PER_SENSE = 4;
export const MAX_SYNONYMS_PER_WORD = 8;
/** Expansions kept per language (each a few hundred bytes). */
const CACHE_SIZE = 10_000;
/** A `.dat` entry is read in blocks of this size until its senses are complete. */
const READ_BLOCK = 4096;
const MAX_ENTRY_BYTES = 256 * 1024;
/** Headwords returned by `lemmaCandidates` at most (a short stem prefixes thousands). */
const MAX_LEMMA_CANDIDATES = 200;

/** A sense or synonym marked as an antonym, in the languages whose thesauri mark them. */
const ANTONYM = /\((?:antonym|ant[oóô]nimo|антоним|антонім|antonim|motsats|antonyme)\)/i;

/** What an entry's sense lines say, synonyms as written (multiword ones included). */
export function parseSenses(lines: string[]): string[][] {
  const senses: string[][] = [];
  for (const line of lines) {
    const fields = line.split('|');
    if (ANTONYM.test(fields[0] ?? '')) continue;
    senses.push(fields.slice(1).filter((s) => !ANTONYM.test(s)).map((s) => s.replace(/\([^)]*\)/g, ' ').trim()).filter(Boolean));
  }
  return senses;
}

function encodingOf(firstLine: string): string {
  const e = firstLine.replace(/^\uFEFF/, '').trim().toLowerCase();
  const iso = /^iso-?8859-?(\d+)$/.exec(e);
  if (iso) return `iso-8859-${iso[1]}`;
  if (e === 'koi8-r' || e === 'koi8-u' || /^(windows|cp)-?125\d$/.test(e)) return e.replace(/^cp-?/, 'windows-');
  return 'utf-8';
}

/** One thesaurus file pair. */
export class Thesaurus {
  private keys: string[] = [];
  private offsets: Float64Array = new Float64Array(0);
  private fd: number | null = null;
  private decoder: TextDecoder = new TextDecoder('utf-8');
  private readonly cache = new Map<string, ThesaurusSynonym[]>();

  constructor(
    private readonly idxPath: string,
    private readonly datPath: string,
  ) {}

  private opened = false;
  /** Reads the index once; an unreadable thesaurus behaves as an empty one (retrieval must not fail for want of synonyms). */
  private open(): void {
    if (this.opened) return;
    this.opened = true;
    try {
      this.load();
    } catch {
      this.keys = [];
      this.offsets = new Float64Array(0);
      this.close();
    }
  }

  private load(): void {
    const raw = readFileSync(this.idxPath);
    // The index is in the `.dat`'s encoding, named on the first line of both.
    const firstEnd = raw.indexOf(10);
    this.decoder = new TextDecoder(encodingOf(raw.subarray(0, firstEnd < 0 ? raw.length : firstEnd).toString('latin1')));
    const lines = this.decoder.decode(raw).split(/\r?\n/).slice(2);
    const pairs: Array<[string, number]> = [];
    for (const line of lines) {
      const bar = line.lastIndexOf('|');
      if (bar <= 0) continue;
      const offset = Number(line.slice(bar + 1));
      if (!Number.isFinite(offset)) continue;
      pairs.push([normalizeText(line.slice(0, bar)), offset]);
    }
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    this.keys = pairs.map((p) => p[0]);
    this.offsets = Float64Array.from(pairs, (p) => p[1]);
    this.fd = openSync(this.datPath, 'r');
  }

  /** First index whose key is ≥ `key`. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether the (normalised) word is a headword. */
  has(word: string): boolean {
    this.open();
    return this.keys[this.lowerBound(word)] === word;
  }

  /** Entries of the normalised headword (several when only accents tell them apart): senses of synonyms as written. */
  entries(word: string): string[][][] {
    this.open();
    const out: string[][][] = [];
    for (let i = this.lowerBound(word); i < this.keys.length && this.keys[i] === word; i++) {
      const senses = this.readEntry(this.offsets[i]!);
      if (senses) out.push(senses);
    }
    return out;
  }

  private readEntry(offset: number): string[][] | null {
    if (this.fd === null) return null;
    for (let size = READ_BLOCK; size <= MAX_ENTRY_BYTES; size *= 4) {
      const buf = Buffer.alloc(size);
      const n = readSync(this.fd, buf, 0, size, offset);
      if (n <= 0) return null;
      const lines = this.decoder.decode(buf.subarray(0, n)).split(/\r?\n/);
      const count = Number(/\|(\d+)\s*$/.exec(lines[0] ?? '')?.[1]);
      if (!Number.isFinite(count)) return null;
      // Complete when the block holds the header, every sense and the start of the next line.
      if (lines.length > count + 1 || n < size) return parseSenses(lines.slice(1, 1 + count));
    }
    return null;
  }

  /**
   * One-word synonyms of a (normalised) word, best first, at most
   * MAX_SYNONYMS_PER_WORD: multiword entries and antonyms left out, weighted
   * by sense rank. Empty when the word is no headword.
   */
  synonyms(word: string): ThesaurusSynonym[] {
    const cached = this.cache.get(word);
    if (cached) {
      this.cache.delete(word);
      this.cache.set(word, cached);
      return cached;
    }
    const out = new Map<string, number>();
    for (const senses of this.entries(word)) {
      senses.slice(0, MAX_SENSES).forEach((sense, rank) => {
        const weight = SENSE_WEIGHT[rank] ?? LATER_SENSE_WEIGHT;
        let taken = 0;
        for (const s of sense) {
          if (taken >= MAX_PER_SENSE) break;
          const term = normalizeText(s);
          if (!/^[\p{L}\p{M}]+$/u.test(term) || term === word) continue;
          taken++;
          if (weight > (out.get(term) ?? 0)) out.set(term, weight);
        }
      });
    }
    const result = [...out.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_SYNONYMS_PER_WORD).map(([term, weight]) => ({ term, weight }));
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(word, result);
    return result;
  }

  /**
   * One-word headwords that start with `stem` and are at most `maxExtra`
   * characters longer: the candidates for a word's base form, for the caller
   * to keep those that stem like the word (inflected "annulée" → stem "annul" →
   * "annuler", "annulation").
   */
  lemmaCandidates(stem: string, maxExtra = 6): string[] {
    this.open();
    const out: string[] = [];
    for (let i = this.lowerBound(stem); i < this.keys.length && out.length < MAX_LEMMA_CANDIDATES; i++) {
      const k = this.keys[i]!;
      if (!k.startsWith(stem)) break;
      if (k.length - stem.length <= maxExtra && /^[\p{L}\p{M}]+$/u.test(k) && out[out.length - 1] !== k) out.push(k);
    }
    return out;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** The thesauri of a folder, one per language, each opened on first use. */
export class ThesaurusLibrary {
  private readonly byLanguage = new Map<string, Thesaurus | null>();

  constructor(private readonly dir: string = DEFAULT_THESAURUS_DIR) {}

  /** The thesaurus of an ISO 639-1 language, or null when none is installed. */
  get(language: string): Thesaurus | null {
    if (this.byLanguage.has(language)) return this.byLanguage.get(language)!;
    let found: Thesaurus | null = null;
    for (const stem of FILES[language] ?? [`th_${language}`]) {
      const idx = path.join(this.dir, `${stem}.idx`);
      const dat = path.join(this.dir, `${stem}.dat`);
      if (existsSync(idx) && existsSync(dat)) {
        found = new Thesaurus(idx, dat);
        break;
      }
    }
    this.byLanguage.set(language, found);
    return found;
  }
}
