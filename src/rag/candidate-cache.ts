/**
 * What the re-ranker reads of a candidate chunk, kept across questions by
 * chunk id: its parsed tsvector fields (./lexical.ts) and the texts it adds to
 * its article for the character n-gram and word-vector rankings. The same
 * chunks come back question after question, each time as new strings from the
 * driver; an entry also holds the first strings seen, which replace the row's
 * equal ones (`content`, `tsv`), so the caches keyed by text further on
 * (character n-grams, word vectors, the answerer's passage features) find them
 * by identity instead of hashing kilobytes of text again. The content's
 * character n-grams are also held by the entry (a GramText): a question whose
 * candidates were candidates before reads them without a look-up by text.
 */
import { GramText, type GramSource } from './char-grams.js';
import { chunkFields, type FieldTerms } from './lexical.js';
import type { CandidateRow } from './retrieval.queries.js';

/** One chunk's entry: the row's texts as first seen and what was computed from them. */
export interface CandidateEntry {
  readonly tsv: string;
  readonly content: string;
  readonly title: string;
  readonly headingPath: readonly string[];
  /** Parsed tsvector (chunkFields, the content's length as body length). Shared: read, never changed. */
  readonly fields: FieldTerms;
  /** What the chunk adds to its article's text as the article's first chunk, and as a later one (chunkGramTexts). */
  readonly firstTexts: readonly string[];
  readonly laterTexts: readonly string[];
  /** The same texts for charGramScores: the heading text as a string, the content as one GramText shared by both. */
  readonly firstGrams: readonly GramSource[];
  readonly laterGrams: readonly GramSource[];
}

/**
 * Entries by chunk id, least recently used out first, bounded by an estimate of
 * their bytes. An entry is only reused when the row's tsvector, content, title
 * and heading path are those it was made from: a re-indexed or renamed chunk is
 * read afresh (re-indexing gives new chunk ids anyway).
 */
export class CandidateCache {
  private readonly entries = new Map<string, CandidateEntry & { bytes: number }>();
  private bytes = 0;

  /** `maxBytes`: an estimate of what the entries hold (the texts at 2 bytes a character, the parsed tsvector about twice its text). */
  constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

  get size(): number {
    return this.entries.size;
  }

  /** The row's entry, made (and the oldest dropped past the budget) when missing or stale; the row's `content` and `tsv` become the entry's equal strings. */
  get(row: CandidateRow): CandidateEntry {
    let e = this.entries.get(row.id);
    if (e !== undefined) {
      this.entries.delete(row.id);
      if (e.tsv !== row.tsv || e.content !== row.content || e.title !== row.title || !sameStrings(e.headingPath, row.heading_path)) {
        this.bytes -= e.bytes;
        e = undefined;
      }
    }
    if (e === undefined) {
      e = entry(row);
      this.bytes += e.bytes;
      while (this.bytes > this.maxBytes && this.entries.size > 0) {
        const [oldest, old] = this.entries.entries().next().value!;
        this.entries.delete(oldest);
        this.bytes -= old.bytes;
      }
    }
    this.entries.set(row.id, e);
    row.content = e.content;
    row.tsv = e.tsv;
    return e;
  }
}

function entry(row: CandidateRow): CandidateEntry & { bytes: number } {
  const firstTexts = chunkGramTexts(row, true);
  const laterTexts = chunkGramTexts(row, false);
  const content = new GramText(row.content);
  // The content is the last text of both (chunkGramTexts).
  const withContent = (texts: string[]): GramSource[] => texts.map((t, i) => (i === texts.length - 1 ? content : t));
  return {
    tsv: row.tsv,
    content: row.content,
    title: row.title,
    headingPath: row.heading_path,
    fields: chunkFields(row.tsv, row.content.length),
    firstTexts,
    laterTexts,
    firstGrams: withContent(firstTexts),
    laterGrams: withContent(laterTexts),
    // The content's grams are the n-gram memo's entry for the text, counted in its budget (held here too once the memo has dropped them: a few hundred bytes).
    bytes: row.tsv.length * 6 + row.content.length * 2 + 256,
  };
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What a chunk adds to its article's text for the character n-gram ranking:
 * the article's first chunk its title and heading path, a later one its
 * heading path (if any); then its content.
 */
export function chunkGramTexts(r: Pick<CandidateRow, 'title' | 'heading_path' | 'content'>, firstOfDocument: boolean): string[] {
  const head = firstOfDocument ? [r.title, ...r.heading_path].join(' ') : r.heading_path.length > 0 ? r.heading_path.join(' ') : null;
  return head === null ? [r.content] : [head, r.content];
}
