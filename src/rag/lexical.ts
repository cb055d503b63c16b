/**
 * The lexical re-ranker: BM25F (Robertson & Zaragoza, "The Probabilistic
 * Relevance Framework: BM25 and Beyond", 2009) over a chunk's fields — document
 * title and heading path weigh more than body text — with weighted query term
 * groups (a word and its expansions) and pseudo-relevance feedback (Rocchio /
 * RM3 style: the strongest terms of the top passages are added to the query,
 * then every candidate is scored again).
 *
 * Terms are Postgres lexemes: the knowledge base's own text-search
 * configuration stems the query, the expansions and the candidates alike, so
 * the re-ranker agrees with the GIN index in every language Postgres supports.
 */

/** `'lexeme':1,4A 'other':2` → lexeme → number of positions. */
export function parseTsvector(text: string): Map<string, number> {
  const out = new Map<string, number>();
  scanTsvector(text, (lexeme, heading, body, plain) => out.set(lexeme, (out.get(lexeme) ?? 0) + heading + body + plain));
  return out;
}

const QUOTE = 39;
const COLON = 58;
const COMMA = 44;
const LABEL_A = 65;
const LABEL_B = 66;
const LABEL_C = 67;

/**
 * Walks Postgres' text output of a tsvector (`'lexeme':1A,4B 'it''s':2`) once,
 * without regular expressions: each lexeme (quotes un-doubled) with its number
 * of positions by weight label, A, B or C, D or none (a lexeme without
 * positions counts once, unlabelled). Re-ranking parses a hundred or more
 * candidates per question, so this runs in the hot path.
 */
function scanTsvector(text: string, onLexeme: (lexeme: string, a: number, bc: number, d: number) => void): void {
  const len = text.length;
  let i = text.indexOf("'");
  while (i >= 0) {
    // The lexeme: up to the next lone quote ('' stands for one quote).
    let lexeme = '';
    let start = i + 1;
    let end = -1;
    for (let j = start; ; ) {
      const q = text.indexOf("'", j);
      if (q < 0) return;
      if (text.charCodeAt(q + 1) === QUOTE) {
        lexeme += text.slice(start, q + 1);
        j = start = q + 2;
        continue;
      }
      lexeme += text.slice(start, q);
      end = q + 1;
      break;
    }
    let a = 0;
    let bc = 0;
    let d = 0;
    let j = end;
    let tokens = 0;
    if (text.charCodeAt(j) === COLON) {
      // Positions `1A,4,7B`: each one's label is its last character.
      let last = -1;
      for (j++; j < len; j++) {
        const c = text.charCodeAt(j);
        if (c === COMMA) {
          if (last === LABEL_A) a++;
          else if (last === LABEL_B || last === LABEL_C) bc++;
          else d++;
          tokens++;
          last = -1;
        } else if ((c >= 48 && c <= 57) || (c >= LABEL_A && c <= 68)) last = c;
        else break;
      }
      if (j > end + 1) {
        if (last === LABEL_A) a++;
        else if (last === LABEL_B || last === LABEL_C) bc++;
        else d++;
        tokens++;
      }
    }
    if (tokens === 0) {
      d = 1;
      j = end;
    }
    onLexeme(lexeme, a, bc, d);
    i = text.indexOf("'", j);
  }
}

/**
 * A stored chunk tsvector split into fields by weight label (see the indexer):
 * A = title and heading path, B = body in the knowledge base's language,
 * D = the unstemmed copy of the body (ignored here). Chunks indexed before the
 * body had its own label carry it as D, which then counts as body.
 */
export function chunkFields(tsv: string, bodyChars: number): FieldTerms {
  // Made only when needed: a field without lexemes is the shared empty NO_TERMS (fields are read, never changed).
  let heading: Map<string, number> | null = null;
  let body: Map<string, number> | null = null;
  let plain: Map<string, number> | null = null;
  scanTsvector(tsv, (lexeme, a, bc, d) => {
    if (a > 0) (heading ??= new Map()).set(lexeme, (heading.get(lexeme) ?? 0) + a);
    if (bc > 0) (body ??= new Map()).set(lexeme, (body.get(lexeme) ?? 0) + bc);
    // The unstemmed copy is the body only while no B lexeme is seen (a chunk indexed before the body had its label): once one is, it is dropped anyway.
    else if (d > 0 && body === null) (plain ??= new Map()).set(lexeme, (plain.get(lexeme) ?? 0) + d);
  });
  return { title: NO_TERMS, heading: heading ?? NO_TERMS, body: body ?? plain ?? NO_TERMS, bodyChars };
}

/** The terms of an empty field, shared by every chunk whose field is empty (FieldTerms are never changed once made). */
const NO_TERMS: ReadonlyMap<string, number> = new Map();

/** Quotes a lexeme for a tsquery literal (no normalisation happens on input). */
export function tsqueryLiteral(lexemes: Iterable<string>, operator: '|' | '&' = '|'): string {
  return [...lexemes].map((l) => `'${l.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(` ${operator} `);
}

/**
 * The lexemes that select full-text candidates in a large knowledge base: when
 * the chunks containing any of them could outnumber `budget` (the knowledge
 * base's document frequencies say so), lexemes leave the match, strongest kept
 * first as long as their chunks fit, so the bounded candidate set is made of the
 * chunks with the question's telling words rather than of the first rows that
 * contain "get" or "use". Candidates are still ranked by every lexeme, and the
 * re-ranker scores every group. A knowledge base smaller than the budget keeps
 * the whole match.
 */
export function withinMatchBudget(lexemes: string[], stats: LexicalStats, budget: number): string[] {
  const dfOf = (l: string) => stats.df.get(l) ?? 0;
  if (Math.min(stats.n, lexemes.reduce((sum, l) => sum + dfOf(l), 0)) <= budget) return lexemes;
  const kept: string[] = [];
  let matched = 0;
  for (const l of lexemes) {
    if (matched + dfOf(l) > budget) continue;
    kept.push(l);
    matched += dfOf(l);
  }
  // Every lexeme is common: the rarest alone.
  return kept.length > 0 ? kept : [[...lexemes].sort((a, b) => dfOf(a) - dfOf(b) || a.localeCompare(b))[0]!];
}

/** Corpus statistics of the knowledge bases in scope. */
export interface LexicalStats {
  /** Chunks in scope. */
  n: number;
  /** Mean body length in characters. */
  avgBodyChars: number;
  /** Mean length of a whole document's body in characters. */
  avgDocChars: number;
  /** Lexeme → number of chunks containing it. */
  df: Map<string, number>;
  /** Lexemes by first character, for one-typo lookups of words the knowledge base does not contain. */
  byInitial: Map<string, string[]>;
}

export function buildStats(n: number, avgBodyChars: number, documents: number, rows: Iterable<{ word: string; ndoc: number }>): LexicalStats {
  const df = new Map<string, number>();
  const byInitial = new Map<string, string[]>();
  for (const { word, ndoc } of rows) {
    df.set(word, Number(ndoc));
    if (word.length >= 4 && !/\d/.test(word)) {
      const key = word.charAt(0);
      let list = byInitial.get(key);
      if (!list) byInitial.set(key, (list = []));
      list.push(word);
    }
  }
  const avg = Math.max(1, avgBodyChars);
  return { n: Math.max(1, n), avgBodyChars: avg, avgDocChars: (avg * Math.max(1, n)) / Math.max(1, documents), df, byInitial };
}

/** Robertson–Spärck Jones idf, never negative. */
export function idf(stats: LexicalStats, lexeme: string): number {
  const df = stats.df.get(lexeme) ?? 0;
  if (df === 0) return 0;
  return Math.log(1 + (stats.n - df + 0.5) / (df + 0.5));
}

/**
 * The knowledge-base lexeme one edit away (insertion, deletion, substitution or
 * adjacent swap) from `word`, sharing its first letter, the most frequent if
 * several: "pasword" → "password", "refnud" → "refund".
 */
export function nearestKnownLexeme(stats: LexicalStats, word: string): string | undefined {
  if (word.length < 5 || /\d/.test(word)) return undefined;
  let best: string | undefined;
  let bestDf = 0;
  for (const candidate of stats.byInitial.get(word.charAt(0)) ?? []) {
    if (Math.abs(candidate.length - word.length) > 1 || !withinOneEdit(word, candidate)) continue;
    const df = stats.df.get(candidate) ?? 0;
    if (df > bestDf) {
      best = candidate;
      bestDf = df;
    }
  }
  return best;
}

/**
 * Knowledge-base lexemes that share a long prefix with a word the knowledge base
 * does not contain: cognates across languages ("electricidad" / "electr",
 * "tarifa" / "tariff") and derivations the stemmer keeps apart. At most `max`,
 * most frequent first.
 */
export function prefixRelatives(stats: LexicalStats, word: string, max = 3): string[] {
  if (word.length < 6 || /\d/.test(word)) return [];
  const out: Array<[string, number]> = [];
  for (const candidate of stats.byInitial.get(word.charAt(0)) ?? []) {
    if (candidate.length < 5) continue;
    let i = 0;
    while (i < word.length && i < candidate.length && word[i] === candidate[i]) i++;
    // Most of the knowledge-base word must be shared ("electr" yes, "electron" no).
    if (i >= 5 && i >= 0.8 * candidate.length) out.push([candidate, stats.df.get(candidate) ?? 0]);
  }
  return out.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, max).map(([l]) => l);
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** One query concept: the customer's word and the lexemes standing in for it. */
export interface TermGroup {
  /** Importance of the group (1 for a word of an asking sentence). */
  weight: number;
  /** Lexeme → weight relative to the group (1 for the word itself). */
  members: Map<string, number>;
  /** Where the group came from (for the AI log): the word, or `prf`. */
  source: string;
}

/** A chunk's lexemes by field with their counts; read, never changed (empty fields share one map). */
export interface FieldTerms {
  title: ReadonlyMap<string, number>;
  heading: ReadonlyMap<string, number>;
  body: ReadonlyMap<string, number>;
  bodyChars: number;
}

/** BM25F parameters; the field boosts follow the usual practice of weighting titles 2–3× body text. */
export const BM25F = {
  k1: 1.2,
  b: 0.75,
  boost: { title: 2.5, heading: 2, body: 1 },
} as const;

/**
 * BM25's query-term-frequency factor, (k3 + 1)·qtf / (k3 + qtf) (Robertson et al., Okapi at TREC-3):
 * a word the customer writes more than once (mostly in a long message) weighs more, saturating; 1 for
 * a word written once, so a short question is unchanged. k3 3: on the round 9 held-out sets, French
 * DEV2 0.567 / 0.858 / 0.682 → 0.583 / 0.858 / 0.693 (long messages hit@1 0.45 → 0.50), English DEV
 * 0.725 / 0.875 / 0.781 → 0.725 / 0.875 / 0.784; k3 1.5 moved neither, k3 8 lost an English long
 * message from the top 5. In-sample sets identical.
 */
export const QUERY_TF_K3 = 3;
export function queryTermFrequency(count: number): number {
  return ((QUERY_TF_K3 + 1) * count) / (QUERY_TF_K3 + count);
}

/** Pseudo-relevance feedback: how many top passages, how many terms, and their weight. */
export const PRF = { passages: 3, terms: 8, weight: 0.3 } as const;

/**
 * Term groups prepared for scoring many candidates with bm25fCompiled: each
 * lexeme with the groups it belongs to and its weight × idf there.
 */
export interface CompiledGroups {
  weights: Float64Array;
  byLexeme: Map<string, GroupEntry[]>;
  /** byLexeme's keys and values in its order, for the loops that walk every lexeme (no iterator entry per lexeme). */
  lexemes: string[];
  entryLists: GroupEntry[][];
  members: number;
  /** Scratch: the best member score of each group for the candidate being scored. */
  best: Float64Array;
}

export function compileGroups(groups: TermGroup[], idfOf: (l: string) => number): CompiledGroups {
  const byLexeme = new Map<string, Array<{ group: number; weightIdf: number }>>();
  let members = 0;
  groups.forEach((g, group) => {
    for (const [lexeme, w] of g.members) {
      members++;
      const i = idfOf(lexeme);
      if (i === 0) continue;
      let entries = byLexeme.get(lexeme);
      if (!entries) byLexeme.set(lexeme, (entries = []));
      entries.push({ group, weightIdf: w * i });
    }
  });
  return { weights: Float64Array.from(groups, (g) => g.weight), byLexeme, lexemes: [...byLexeme.keys()], entryLists: [...byLexeme.values()], members, best: new Float64Array(groups.length) };
}

/**
 * bm25f over compiled groups, the same score to the last bit: a group's best
 * member is a maximum (in any order), the groups are summed in their order.
 * It walks the candidate's lexemes or the query's members, whichever are
 * fewer, rather than looking every member up in every field.
 */
export function bm25fCompiled(q: CompiledGroups, fields: FieldTerms, stats: LexicalStats): number {
  const norm = 1 - BM25F.b + (BM25F.b * fields.bodyChars) / stats.avgBodyChars;
  q.best.fill(0);
  // A lexeme in several fields is visited more than once: the maximum does not mind.
  if (fields.title.size + fields.heading.size + fields.body.size < q.members) {
    creditField(q, fields.title, fields, norm);
    creditField(q, fields.heading, fields, norm);
    creditField(q, fields.body, fields, norm);
  } else {
    for (let i = 0; i < q.lexemes.length; i++) credit(q.best, q.entryLists[i]!, fieldsTf(fields, q.lexemes[i]!, norm));
  }
  return groupSum(q);
}

/** Credits the query's groups with each lexeme of `field` that they contain. */
function creditField(q: CompiledGroups, field: ReadonlyMap<string, number>, fields: FieldTerms, norm: number): void {
  for (const lexeme of field.keys()) {
    const entries = q.byLexeme.get(lexeme);
    if (entries) credit(q.best, entries, fieldsTf(fields, lexeme, norm));
  }
}

/** A lexeme's BM25F term frequency over the fields (boosted, body length-normalised by `norm`). */
function fieldsTf(fields: FieldTerms, lexeme: string, norm: number): number {
  return BM25F.boost.title * (fields.title.get(lexeme) ?? 0) + BM25F.boost.heading * (fields.heading.get(lexeme) ?? 0) + (BM25F.boost.body * (fields.body.get(lexeme) ?? 0)) / norm;
}

/**
 * bm25fCompiled over `groups` followed by the groups compiled in `more`, given `base`, the
 * bm25fCompiled score of `groups` alone: the same number to the last bit without scoring `groups`
 * again. A group's best member does not depend on the other groups, and groupSum adds the groups in
 * their order, so the sum over the later groups simply goes on from `base` (pseudo-relevance
 * feedback appends its terms to the question's groups and scores every candidate again).
 */
export function bm25fContinued(base: number, more: CompiledGroups, fields: FieldTerms, stats: LexicalStats): number {
  const norm = 1 - BM25F.b + (BM25F.b * fields.bodyChars) / stats.avgBodyChars;
  more.best.fill(0);
  for (let i = 0; i < more.lexemes.length; i++) credit(more.best, more.entryLists[i]!, fieldsTf(fields, more.lexemes[i]!, norm));
  let score = base;
  for (let g = 0; g < more.best.length; g++) score += more.weights[g]! * more.best[g]!;
  return score;
}

/**
 * bm25fCompiled of a whole document made of `chunks` (its candidate chunks, the
 * first one's title; a lexeme's heading tf the largest of any chunk, its body tf
 * and the body length the chunks' sums), the same score to the last bit, without
 * building the merged fields: only the query's lexemes are looked up.
 */
export function bm25fCompiledDocument(q: CompiledGroups, chunks: readonly FieldTerms[], stats: LexicalStats): number {
  let bodyChars = 0;
  for (const f of chunks) bodyChars += f.bodyChars;
  const norm = 1 - BM25F.b + (BM25F.b * bodyChars) / stats.avgBodyChars;
  const title = chunks[0]?.title;
  q.best.fill(0);
  for (let i = 0; i < q.lexemes.length; i++) {
    const lexeme = q.lexemes[i]!;
    let heading = 0;
    let body = 0;
    for (let c = 0; c < chunks.length; c++) {
      const f = chunks[c]!;
      heading = Math.max(heading, f.heading.get(lexeme) ?? 0);
      body += f.body.get(lexeme) ?? 0;
    }
    credit(q.best, q.entryLists[i]!, BM25F.boost.title * (title?.get(lexeme) ?? 0) + BM25F.boost.heading * heading + (BM25F.boost.body * body) / norm);
  }
  return groupSum(q);
}

type GroupEntry = { group: number; weightIdf: number };

/** A lexeme's saturated tf, credited to each of its groups where it beats the group's best member so far. */
function credit(best: Float64Array, entries: readonly GroupEntry[], tf: number): void {
  if (tf === 0) return;
  const saturation = tf / (BM25F.k1 + tf);
  for (const e of entries) {
    const s = e.weightIdf * saturation;
    if (s > best[e.group]!) best[e.group] = s;
  }
}

/** The groups' best member scores, weighted and summed in group order. */
function groupSum(q: CompiledGroups): number {
  let score = 0;
  for (let g = 0; g < q.best.length; g++) score += q.weights[g]! * q.best[g]!;
  return score;
}

/** The BM25F score of one chunk for weighted term groups (best member of each group counts); one candidate: see bm25fCompiled for many. */
export function bm25f(groups: TermGroup[], fields: FieldTerms, stats: LexicalStats, idfOf: (l: string) => number): number {
  return bm25fCompiled(compileGroups(groups, idfOf), fields, stats);
}

/**
 * The strongest new terms of the top passages: tf·idf within each passage,
 * weighted by the passage's score, for lexemes not already in the query and
 * neither rare typos nor near-stop-words (in most chunks).
 */
export function feedbackTerms(top: Array<{ fields: FieldTerms; score: number }>, known: Set<string>, stats: LexicalStats, idfOf: (l: string) => number): TermGroup[] {
  if (top.length === 0) return [];
  const maxScore = Math.max(...top.map((t) => t.score)) || 1;
  const weightOf = new Map<string, number>();
  for (const { fields, score } of top) {
    // Body text only: headings repeat the title's words in every chunk of a document.
    const total = [...fields.body.values()].reduce((a, b) => a + b, 0) || 1;
    for (const [lexeme, tf] of fields.body) {
      const df = stats.df.get(lexeme) ?? 0;
      if (known.has(lexeme) || lexeme.length < 3 || !/^[\p{L}\p{M}]+$/u.test(lexeme) || df < 2 || df > stats.n * 0.25) continue;
      weightOf.set(lexeme, (weightOf.get(lexeme) ?? 0) + (tf / total) * idfOf(lexeme) * (score / maxScore));
    }
  }
  const ranked = [...weightOf.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, PRF.terms);
  const strongest = ranked[0]?.[1] ?? 1;
  return ranked.map(([lexeme, w]) => ({ weight: (PRF.weight * w) / strongest, members: new Map([[lexeme, 1]]), source: 'prf' }));
}
