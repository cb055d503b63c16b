import { MIN_PART } from './compounds.js';
import { cosineSimilarity, type LocalHashEmbeddings } from './local-embeddings.js';
import { focusQuery } from './query-focus.js';
import type { LexemeLookup } from './kb-lexemes.js';
import { analyzeText, isStopWord, keyTerms, normalizeWords } from './text-analysis.js';

/**
 * Below this answer confidence the answerer's best sentence rarely answers the
 * question (in-sample, on tests/fixtures: see tests/unit/rag.answerer.test.ts).
 * The responder decides on a combined retrieval confidence instead, with its
 * own threshold calibrated on held-out data (rag.responder.ts).
 */
export const ANSWER_CONFIDENCE_FLOOR = 0.28;

export interface AnswerPassage {
  chunkId: string;
  documentId: string;
  title: string;
  sourceUrl?: string | null;
  text: string;
  /**
   * Headings above the chunk (from the chunker). Optional: when given, they count
   * as context of every sentence, so "- Express: £11.95" under "United Kingdom"
   * can answer a question about UK express delivery.
   */
  headingPath?: string[];
  /** Retrieval score; only its size relative to the other passages matters. */
  score: number;
}

export interface AnswerInput {
  question: string;
  passages: AnswerPassage[];
  embedder: LocalHashEmbeddings;
  /** At most this many sentences in the answer (1–3 is sensible). Default 3. */
  maxSentences?: number;
  /** Passage texts already analysed with this `embedder` (the same passages answer many questions). */
  features?: PassageFeatureCache;
  /**
   * The knowledge base is not in English: words sharing a long prefix count as
   * forms of one word (see INFLECTION_PREFIX). Off for English, which keyTerms
   * stems already and where a shared prefix joins unrelated words
   * ("internet"/"international", "transfer"/"transform").
   */
  inflectedLanguage?: boolean;
  /**
   * The question's words the knowledge base's text-search configuration drops
   * as stop words (RetrievalDiagnostics.stopWords). They are no evidence that
   * a sentence answers: left out of the question's terms and its vector.
   */
  stopWords?: readonly string[];
  /**
   * The knowledge base's language writes compounds as one word (German, Dutch,
   * the Nordic languages): a question word also meets a sentence word that is
   * its first or last part, or of which it is ("Akku" / "Akkuladezeit").
   */
  compoundingLanguage?: boolean;
  /**
   * The knowledge base's lexemes (./kb-lexemes.ts), in a knowledge base in
   * another language than English: question and sentences are matched on the
   * stems of its own stemmer, without its stop words, instead of on our
   * English-suffix stems (see `lexemeText`).
   */
  lexemes?: LexemeLookup;
}

/** What a passage text contributes to a match, whatever the question: its embedding (sparse) and key terms. */
interface PassageFeatures {
  /** Indices and values of the non-zero dimensions of the normalised embedding, in index order. */
  index: Int32Array;
  value: Float64Array;
  /** Sum of squares of `value`. */
  norm2: number;
  terms: Set<string>;
  /** `inflectionKey`s of the terms. */
  inflections: Set<string>;
}

/**
 * Embeddings and key terms of passage texts, kept across questions (least
 * recently used out first). Belongs to one embedder. A hit gives exactly the
 * cosine a fresh embedding would: the non-zero terms summed in the same order.
 */
export class PassageFeatureCache {
  private readonly entries = new Map<string, PassageFeatures>();
  /** Passage layouts by passage text (passageLayout), at most maxEntries / 10 (a passage has a few sentences, each a features entry). */
  private readonly layouts = new Map<string, PassageLayout>();

  constructor(
    private readonly embedder: LocalHashEmbeddings,
    private readonly maxEntries = 20_000,
  ) {}

  /**
   * A passage's sentences, lists and tables as the answerer reads them (passageLayout), kept across
   * questions: they depend on the text and its headings only. `context`: the headings' prefix.
   */
  layout(text: string, context: string): PassageLayout {
    const known = this.layouts.get(text);
    if (known !== undefined && known.context === context) {
      this.layouts.delete(text);
      this.layouts.set(text, known);
      return known;
    }
    const layout = passageLayout(text, context);
    this.layouts.delete(text);
    if (this.layouts.size >= Math.max(1, Math.floor(this.maxEntries / 10))) this.layouts.delete(this.layouts.keys().next().value!);
    this.layouts.set(text, layout);
    return layout;
  }

  /** `analysed`: the text as the knowledge base's lexemes (lexemeText), when the answerer matches on them. */
  get(text: string, analysed?: string): PassageFeatures {
    const key = analysed === undefined ? text : `${analysed}\u0000${text}`;
    const known = this.entries.get(key);
    if (known) {
      this.entries.delete(key);
      this.entries.set(key, known);
      return known;
    }
    const dense = analysed === undefined ? this.embedder.embedSync(text) : this.embedder.embedLexemes(analysed, text);
    let n = 0;
    for (const v of dense) if (v !== 0) n++;
    const index = new Int32Array(n);
    const value = new Float64Array(n);
    let norm2 = 0;
    for (let i = 0, j = 0; i < dense.length; i++) {
      const v = dense[i]!;
      if (v === 0) continue;
      index[j] = i;
      value[j++] = v;
      norm2 += v * v;
    }
    const terms = termsOf(text, analysed);
    const features: PassageFeatures = { index, value, norm2, terms, inflections: inflectionKeys(terms) };
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, features);
    return features;
  }

  /** Cosine similarity of a dense question vector (of squared norm `questionNorm2`) with the text. */
  cosine(question: readonly number[], questionNorm2: number, f: PassageFeatures): number {
    if (question.length !== this.embedder.dimensions) throw new RangeError(`vector lengths differ: ${question.length} vs ${this.embedder.dimensions}`);
    let dot = 0;
    for (let j = 0; j < f.index.length; j++) dot += question[f.index[j]!]! * f.value[j]!;
    return questionNorm2 === 0 || f.norm2 === 0 ? 0 : dot / Math.sqrt(questionNorm2 * f.norm2);
  }
}

export interface Citation {
  documentId: string;
  title: string;
  sourceUrl?: string | null;
}

export interface ExtractiveAnswer {
  /** Verbatim sentences from the passages, in passage order; '' when nothing matched. */
  text: string;
  usedChunkIds: string[];
  citations: Citation[];
  /**
   * How well the best sentence matches the question (embedding similarity and
   * shared terms), damped when the passages miss many of the question's terms; 0..1.
   */
  confidence: number;
  /** What the responder's confidence is computed from (./answer-confidence.ts); absent when no sentence matched. */
  evidence?: AnswerEvidence;
}

/**
 * What the answer's confidence is computed from (./answer-confidence.ts), besides retrieval's own figures.
 */
export interface AnswerEvidence {
  /** The best sentence's match (embedding cosine and shared terms, its headings counting), before the coverage damping of `confidence`. */
  match: number;
  /**
   * Share of the question's key terms found in the best sentence's document (any of its retrieved
   * passages, headings included); 0 for a question without key terms.
   */
  documentCoverage: number;
  /** The question's key terms, and those the best sentence's document has. */
  questionTerms: string[];
  inBestDocument: string[];
}

interface Sentence extends PassageSentence {
  passage: number;
  index: number;
  match: number;
  score: number;
  /** Match of the whole list or table the line belongs to. */
  blockMatch?: number;
  /** The line's own match, before its block's lifted it. */
  ownMatch: number;
  /** Question terms the sentence (with its headings) shares. */
  shared: Set<string>;
}

const BULLET = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+/;
const SENTENCE_END = /(?<=[.!?]["”')\]]*)\s+(?=["“'(¿¡]?[\p{Lu}\p{N}])|(?<=[。！？।॥؟۔])\s*/u;
/** Weight of embedding similarity vs. keyword overlap in a sentence's match. */
const COSINE_WEIGHT = 0.55;
const MAX_ANSWER_CHARS = 600;
/** Share of the confidence that depends on how many question terms the passages contain. */
const COVERAGE_WEIGHT = 0.3;
/** How much a passage's retrieval rank (relative score) weighs on its sentences. */
const PASSAGE_WEIGHT = 0.5;
/** Share of a sentence's match computed with its passage's headings prepended. */
const CONTEXT_WEIGHT = 0.4;
/** A list or table line scores at least this share of its whole block's match. */
const BLOCK_WEIGHT = 0.75;

export interface PassageSentence {
  /** Verbatim slice of the passage (a list item keeps its marker). */
  text: string;
  /** List item or table row: joined with a newline rather than a space. */
  block: boolean;
  /** Line of the passage it came from. */
  line: number;
}

/**
 * Splits a passage into sentences: lines, list items, table rows, then . ! ? 。 ।
 * boundaries. Heading-like lines (short, unpunctuated, followed by more text, as
 * in plain-text and PDF sources) are dropped: they label an answer, they are not one.
 */
export function splitSentences(text: string): PassageSentence[] {
  const out: PassageSentence[] = [];
  const lines = text.split('\n').map((l) => l.trim());
  lines.forEach((line, index) => {
    // A Markdown table's separator row belongs to the table (it renders without it as text).
    if (/^\|?[\s:|-]+\|?$/.test(line) && line.includes('-') && line.includes('|')) {
      out.push({ text: line, block: true, line: index });
      return;
    }
    if (!/[\p{L}\p{M}\p{N}]/u.test(line)) return;
    if (BULLET.test(line) || line.includes(' | ')) {
      out.push({ text: line, block: true, line: index });
      return;
    }
    const hasMore = lines.slice(index + 1).some((l) => /[\p{L}\p{M}\p{N}]/u.test(l));
    if (hasMore && !/[.!?:;,)。！？।॥؟۔]$/.test(line) && line.split(/\s+/).length <= 8) return;
    for (const part of line.split(SENTENCE_END)) {
      const sentence = part.trim();
      if (/[\p{L}\p{M}\p{N}]/u.test(sentence)) out.push({ text: sentence, block: false, line: index });
    }
  });
  return out;
}

/**
 * Offline answerer: picks the 1–3 passage sentences that best match the
 * question and returns them verbatim with their sources. It never writes text
 * of its own, so it cannot invent a policy; when nothing matches well the low
 * `confidence` tells the caller to hand over instead of answering.
 */
export async function answerExtractively(input: AnswerInput): Promise<ExtractiveAnswer> {
  const maxSentences = Math.max(1, input.maxSentences ?? 3);
  // In a long message, the sentences that ask are what the answer must match.
  const question = focusQuery(input.question).focusText;
  const lexemes = input.lexemes ? await input.lexemes(wordsOf([question, ...input.passages.flatMap((p) => [p.text, ...(p.headingPath ?? [])])])) : null;
  const analyse = (text: string): string | undefined => (lexemes ? lexemeText(text, lexemes) : undefined);
  const analysedQuestion = analyse(question);
  // The knowledge base's stop words have no lexeme: lexemeText leaves them out already.
  const dropped = new Set(lexemes ? [] : (input.stopWords ?? []));
  const questionVector = analysedQuestion === undefined ? await input.embedder.embedQuery(question) : input.embedder.embedLexemes(analysedQuestion, question);
  const questionTerms = analysedQuestion === undefined ? questionKeyTerms(question, dropped) : termsOf(question, analysedQuestion);
  const cache = input.features;
  // Each question term with its truncation key (inflectedLanguage), looked up in every sentence.
  const questionKeys = [...questionTerms].map((t): [string, string | null] => [t, input.inflectedLanguage ? inflectionKey(t) : null]);
  let questionNorm2 = 0;
  for (const v of questionVector) questionNorm2 += v * v;
  const scores = input.passages.map((p) => p.score);
  const top = Math.max(...scores);
  const spread = top - Math.min(...scores);

  const sentences: Sentence[] = [];
  const found = new Set<string>();
  input.passages.forEach((passage, p) => {
    // Min-max, so the weighting works the same for cosine, RRF or ts_rank scores.
    const relative = spread > 0 ? (passage.score - (top - spread)) / spread : 1;
    const weight = 1 - PASSAGE_WEIGHT + PASSAGE_WEIGHT * relative;
    const context = passage.headingPath?.length ? `${passage.headingPath.join(' > ')}: ` : '';
    const layout = cache ? cache.layout(passage.text, context) : passageLayout(passage.text, context);
    const own: Sentence[] = [];
    for (const l of layout.sentences) {
      const alone = matchOf(l.content);
      const inContext = l.inContext !== null ? matchOf(l.inContext) : alone;
      const match = (1 - CONTEXT_WEIGHT) * alone.match + CONTEXT_WEIGHT * inContext.match;
      const shared = new Set(alone.shared);
      for (const t of inContext.shared) shared.add(t);
      own.push({ ...l.sentence, passage: p, match, ownMatch: match, score: match * weight * l.brevity, shared });
    }
    // A list or table answers as a whole ("which items can't be returned" is answered by the
    // list under that heading, though no single item repeats the question's words).
    for (const b of layout.blocks) {
      const wholeMatch = matchOf(b.whole).match;
      const blockMatch = (1 - CONTEXT_WEIGHT) * wholeMatch + CONTEXT_WEIGHT * (b.inContext !== null ? matchOf(b.inContext).match : wholeMatch);
      for (const i of b.lines) {
        const l = own[i]!;
        l.blockMatch = blockMatch;
        if (BLOCK_WEIGHT * blockMatch > l.match) {
          l.match = BLOCK_WEIGHT * blockMatch;
          l.score = l.match * weight;
        }
      }
    }
    sentences.push(...own);
  });

  /** Embedding similarity blended with the share of question terms the text contains. */
  function matchOf(text: string): { match: number; shared: Set<string> } {
    let cosine: number;
    let terms: Set<string>;
    let inflections: Set<string>;
    const analysed = analyse(text);
    if (cache) {
      const f = cache.get(text, analysed);
      cosine = Math.max(0, cache.cosine(questionVector, questionNorm2, f));
      terms = f.terms;
      inflections = f.inflections;
    } else {
      cosine = Math.max(0, cosineSimilarity(questionVector, analysed === undefined ? input.embedder.embedSync(text) : input.embedder.embedLexemes(analysed, text)));
      terms = termsOf(text, analysed);
      inflections = inflectionKeys(terms);
    }
    const shared = new Set<string>();
    for (const [t, key] of questionKeys) {
      if (terms.has(t) || (key !== null && inflections.has(key)) || (input.compoundingLanguage === true && compoundShares(t, terms))) {
        shared.add(t);
        found.add(t);
      }
    }
    const overlap = questionTerms.size > 0 ? shared.size / questionTerms.size : 0;
    return { match: Math.min(1, COSINE_WEIGHT * cosine + (1 - COSINE_WEIGHT) * overlap), shared };
  }

  const best = sentences.reduce<Sentence | undefined>((a, b) => (a === undefined || b.score > a.score ? b : a), undefined);
  if (best === undefined || best.match <= 0) return { text: '', usedChunkIds: [], citations: [], confidence: 0 };

  const chosen = selectAround(best, sentences, input.passages, maxSentences);
  chosen.sort((a, b) => a.passage - b.passage || a.index - b.index);

  let text = '';
  chosen.forEach((s, i) => {
    const previous = chosen[i - 1];
    if (previous) {
      const sameLine = previous.passage === s.passage && previous.line === s.line;
      text += sameLine && previous.index + 1 === s.index ? ' ' : '\n';
    }
    text += s.text;
  });

  const usedChunkIds: string[] = [];
  const citations: Citation[] = [];
  for (const s of chosen) {
    const passage = input.passages[s.passage]!;
    if (!usedChunkIds.includes(passage.chunkId)) usedChunkIds.push(passage.chunkId);
    if (!citations.some((c) => c.documentId === passage.documentId)) {
      citations.push({ documentId: passage.documentId, title: passage.title, sourceUrl: passage.sourceUrl ?? null });
    }
  }
  // Question terms that no passage mentions at all ("poem", "jupiter") are the
  // clearest sign the question is outside the knowledge base.
  const coverage = questionTerms.size > 0 ? found.size / questionTerms.size : 0;
  const confidence = best.match * (1 - COVERAGE_WEIGHT + COVERAGE_WEIGHT * coverage);
  const bestDocumentId = input.passages[best.passage]!.documentId;
  const inBestDocument = new Set<string>();
  for (const s of sentences) if (input.passages[s.passage]!.documentId === bestDocumentId) for (const t of s.shared) inBestDocument.add(t);
  const evidence: AnswerEvidence = {
    match: best.match,
    documentCoverage: questionTerms.size > 0 ? inBestDocument.size / questionTerms.size : 0,
    questionTerms: [...questionTerms],
    inBestDocument: [...inBestDocument],
  };
  return { text, usedChunkIds, citations, confidence: Number(confidence.toFixed(4)), evidence };
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The distinct words of texts, as normalizeWords writes them (the keys of a LexemeLookup). */
export function wordsOf(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const w of normalizeWords(t).match(WORD) ?? []) out.add(w);
  return [...out];
}

/**
 * A text as the knowledge base's lexemes, in order: each word replaced by its
 * lexeme, stop words (no lexeme, or in our own list) left out, words the lookup
 * does not know kept.
 * Our analysis of this text (keyTerms, the hashed embedding) then matches
 * "polizze" with "polizza" and ignores "della", as the knowledge base's
 * full-text index does.
 */
export function lexemeText(text: string, lexemes: ReadonlyMap<string, string | null>): string {
  const out: string[] = [];
  for (const w of normalizeWords(text).match(WORD) ?? []) {
    // Our own stop list (text-analysis.ts) holds function words the Snowball lists keep ("puedo", "kann", "comment"): they stay out, as without lexemes.
    if (isStopWord(w)) continue;
    const l = lexemes.get(w);
    if (l !== null) out.push(l ?? w);
  }
  return out.join(' ');
}

/** Key terms of a text, or of its lexemes plus the support concepts and shapes (an amount, a duration) of the text itself. */
function termsOf(text: string, analysed: string | undefined): Set<string> {
  if (analysed === undefined) return keyTerms(text);
  const terms = keyTerms(analysed);
  for (const t of keyTerms(text)) if (t.startsWith('~')) terms.add(t);
  return terms;
}

/**
 * The question's key terms (keyTerms) without the stems of `stopWords`, unless
 * a kept word has the same stem.
 */
export function questionKeyTerms(question: string, stopWords: ReadonlySet<string>): Set<string> {
  const terms = keyTerms(question);
  if (stopWords.size === 0) return terms;
  const a = analyzeText(question);
  const kept = new Set(a.stems.filter((_, i) => !stopWords.has(a.words[i]!)));
  a.stems.forEach((s, i) => {
    if (stopWords.has(a.words[i]!) && !kept.has(s)) terms.delete(s);
  });
  return terms;
}

/** A term of `terms` is the first or last part of `term` written together, or `term` one of its parts (German, Dutch compounds; parts of MIN_PART letters or more, as ./compounds.ts splits them). */
export function compoundShares(term: string, terms: ReadonlySet<string>): boolean {
  if (!/^[\p{L}\p{M}]+$/u.test(term)) return false;
  for (const u of terms) {
    if (!/^[\p{L}\p{M}]+$/u.test(u)) continue;
    const [short, long] = u.length < term.length ? [u, term] : [term, u];
    if (short.length < MIN_PART || long.length - short.length < MIN_PART - 1) continue;
    if (long.startsWith(short) || long.endsWith(short)) return true;
  }
  return false;
}

/**
 * Leading characters two words must share to count as forms of one word when
 * their stems differ. keyTerms stems only English suffixes; in the languages
 * with richer inflection (Spanish "cancelo"/"cancelar", German
 * "Rechnungen"/"Rechnung", French "facturé"/"facturation") forms share a long
 * prefix: truncation is the usual language-independent stand-in for a stemmer.
 * Five letters, not six: German "kosten"/"kostet" or Spanish "tarda"/"tardan"
 * share only five (the knowledge base's own stemmer joins them); measured on
 * DEV2 (German) 48% → 50% answered at 0.47, off-topic unchanged.
 */
const INFLECTION_PREFIX = 5;

/** The truncation key of a word term (null for short words, concepts and CJK terms). */
export function inflectionKey(term: string): string | null {
  return term.length >= INFLECTION_PREFIX && /^[\p{L}\p{M}]+$/u.test(term) && !CJK_TERM.test(term) ? term.slice(0, INFLECTION_PREFIX) : null;
}
const CJK_TERM = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;

function inflectionKeys(terms: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const t of terms) {
    const k = inflectionKey(t);
    if (k) out.add(k);
  }
  return out;
}

/** Longest table or list quoted whole; a longer one keeps its header, lead-in and the rows that match. */
const MAX_WHOLE_BLOCK_LINES = 12;

/**
 * The lines of the list or table around `s` (consecutive block lines of one
 * passage, no blank line between), with the sentence ending in ":" that
 * introduces it, if any.
 */
function blockAround<S extends PassageSentence & { index: number }>(s: S, inPassage: readonly S[]): { leadIn: S | undefined; lines: S[] } {
  const byLine = new Map(inPassage.filter((x) => x.block).map((x) => [x.line, x]));
  let first = s.line;
  let last = s.line;
  while (byLine.has(first - 1)) first--;
  while (byLine.has(last + 1)) last++;
  const lines: S[] = [];
  for (let l = first; l <= last; l++) lines.push(byLine.get(l)!);
  const before = inPassage.filter((x) => !x.block && x.line < first).sort((a, b) => b.index - a.index)[0];
  const leadIn = before && /:\s*$/.test(before.text) && before.line >= first - 2 ? before : undefined;
  return { leadIn, lines };
}

/** A table's header row: the first row of a pipe table (Markdown header or HTML th row). */
function isTableRow(s: Sentence): boolean {
  return s.block && s.text.includes('|');
}

/**
 * Grows the answer from the best sentence. A list item or a table row never
 * goes alone: the whole list or table comes with its lead-in and header row
 * (a long one with its header and the rows that match). Then neighbours that
 * also match, then strong sentences elsewhere in the same document.
 */
function selectAround(best: Sentence, all: Sentence[], passages: AnswerPassage[], maxSentences: number): Sentence[] {
  const inPassage = all.filter((s) => s.passage === best.passage);
  const byScore = (a: Sentence, b: Sentence): number => b.score - a.score;
  const chosen: Sentence[] = [];
  const add = (...items: Array<Sentence | undefined>) => {
    for (const s of items) if (s && !chosen.includes(s)) chosen.push(s);
  };
  const chars = () => chosen.reduce((n, s) => n + s.text.length, 0);
  const room = (): boolean => chosen.length < maxSentences && chars() < MAX_ANSWER_CHARS;
  const addBlock = (anchor: Sentence) => {
    const { leadIn, lines } = blockAround(anchor, anchor.passage === best.passage ? inPassage : all.filter((x) => x.passage === anchor.passage));
    add(leadIn);
    if (lines.length <= MAX_WHOLE_BLOCK_LINES) add(...lines);
    else {
      const header = isTableRow(lines[0]!) ? lines[0] : undefined;
      const rows = lines.filter((l) => /[\p{L}\p{M}\p{N}]/u.test(l.text) && l !== header);
      const threshold = 0.8 * Math.max(...rows.map((l) => l.ownMatch));
      add(header, lines[1] && !/[\p{L}\p{M}\p{N}]/u.test(lines[1].text) ? lines[1] : undefined, ...rows.filter((l) => l.ownMatch >= threshold));
    }
  };

  const next = at(best.index + 1);
  function at(index: number): Sentence | undefined {
    return inPassage.find((s) => s.index === index);
  }
  if (best.block) addBlock(best);
  else {
    add(best);
    // "The warranty does not cover:" is answered by what follows it.
    if (/:\s*$/.test(best.text) && next?.block) addBlock(next);
  }
  while (room()) {
    const indexes = chosen.filter((s) => s.passage === best.passage).map((s) => s.index);
    const candidate = [at(Math.min(...indexes) - 1), at(Math.max(...indexes) + 1)]
      .filter((s): s is Sentence => s !== undefined && !chosen.includes(s) && s.score >= 0.5 * best.score)
      .sort(byScore)[0];
    if (candidate === undefined) break;
    // A neighbouring list or table joins whole, or not at all.
    if (candidate.block) {
      const before = chosen.length;
      addBlock(candidate);
      if (chars() > 2 * MAX_ANSWER_CHARS) chosen.splice(before);
      break;
    }
    add(candidate);
  }
  for (const s of [...all].sort(byScore)) {
    if (!room() || s.score < 0.85 * best.score) break;
    const sameDocument = passages[s.passage]!.documentId === passages[best.passage]!.documentId;
    if (!sameDocument || chosen.some((c) => c === s || c.text === s.text)) continue;
    if (s.block) {
      const before = chosen.length;
      addBlock(s);
      if (chars() > 2 * MAX_ANSWER_CHARS) chosen.splice(before);
      continue;
    }
    const follows = all.find((x) => x.passage === s.passage && x.index === s.index + 1);
    if (/:\s*$/.test(s.text)) {
      // A lead-in comes with its list or table, or not at all.
      if (!follows?.block) continue;
      const before = chosen.length;
      const { lines } = blockAround(follows, all.filter((x) => x.passage === s.passage));
      add(s, ...(lines.length <= MAX_WHOLE_BLOCK_LINES ? lines : []));
      if (chosen.length === before + 1) chosen.pop();
      continue;
    }
    add(s);
  }
  return chosen;
}

/**
 * Sentences of a passage without the pieces a chunk boundary cut: a chunk that
 * starts inside a sentence (lower-case start) or ends inside one (a long
 * passage whose last line has no final punctuation). Quoting half a sentence
 * reads as a different policy.
 */
export function wholeSentences(text: string): PassageSentence[] {
  const sentences = splitSentences(text);
  const first = sentences[0];
  if (first && !first.block && /^[\p{Ll}]/u.test(first.text)) sentences.shift();
  const last = sentences[sentences.length - 1];
  if (last && !last.block && text.length >= 450 && !/[.!?:;)\]"”。！？।॥؟۔]$/.test(last.text)) sentences.pop();
  return sentences;
}

/**
 * What the answerer reads of a passage before it sees the question: its whole sentences (each without its
 * list marker, with the headings' prefix, and its brevity factor) and its lists and tables (their lines, by
 * index in `sentences`, and their whole text, with and without the headings' prefix), in the order the
 * answerer scores them. A pure function of the text and the headings.
 */
export interface PassageLayout {
  readonly context: string;
  readonly sentences: ReadonlyArray<{ sentence: PassageSentence & { index: number }; content: string; inContext: string | null; brevity: number }>;
  readonly blocks: ReadonlyArray<{ lines: readonly number[]; whole: string; inContext: string | null }>;
}

/** The layout of a passage (see PassageLayout); `context`: its headings' prefix, '' for none. */
export function passageLayout(text: string, context: string): PassageLayout {
  const sentences = wholeSentences(text).map((s, index) => {
    const content = s.text.replace(BULLET, '');
    // Very short lines ("2. Click Return items") match easily but say little.
    const brevity = Math.min(1, content.split(/\s+/).length / 8) ** 0.25;
    return { sentence: { ...s, index }, content, inContext: context ? context + content : null, brevity };
  });
  const inPassage = sentences.map((l) => l.sentence);
  const blocks: Array<PassageLayout['blocks'][number]> = [];
  const inBlock = new Set<number>();
  for (const s of inPassage) {
    if (!s.block || inBlock.has(s.index)) continue;
    const { leadIn, lines } = blockAround(s, inPassage);
    for (const l of lines) inBlock.add(l.index);
    const whole = [leadIn?.text, ...lines.map((l) => l.text.replace(BULLET, ''))].filter(Boolean).join('\n');
    blocks.push({ lines: lines.map((l) => l.index), whole, inContext: context ? context + whole : null });
  }
  return { context, sentences, blocks };
}
