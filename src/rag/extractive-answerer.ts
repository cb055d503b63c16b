import { cosineSimilarity, type LocalHashEmbeddings } from './local-embeddings.js';
import { keyTerms } from './text-analysis.js';

/**
 * Below this confidence the offline answerer's best sentence is unlikely to
 * answer the question: the caller should say it is unsure / offer a human.
 * Calibrated on tests/fixtures (see tests/unit/rag.answerer.test.ts).
 */
export const UNSURE_THRESHOLD_DEFAULT = 0.28;

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
}

interface Sentence extends PassageSentence {
  passage: number;
  index: number;
  match: number;
  score: number;
}

const BULLET = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+/;
const SENTENCE_END = /(?<=[.!?]["”')\]]*)\s+(?=["“'(¿¡]?[\p{Lu}\p{N}])|(?<=[。！？])/u;
/** Weight of embedding similarity vs. keyword overlap in a sentence's match. */
const COSINE_WEIGHT = 0.55;
const MAX_ANSWER_CHARS = 600;
/** Share of the confidence that depends on how many question terms the passages contain. */
const COVERAGE_WEIGHT = 0.3;
/** How much a passage's retrieval rank (relative score) weighs on its sentences. */
const PASSAGE_WEIGHT = 0.5;
/** Share of a sentence's match computed with its passage's headings prepended. */
const CONTEXT_WEIGHT = 0.4;

export interface PassageSentence {
  /** Verbatim slice of the passage (a list item keeps its marker). */
  text: string;
  /** List item or table row: joined with a newline rather than a space. */
  block: boolean;
  /** Line of the passage it came from. */
  line: number;
}

/**
 * Splits a passage into sentences: lines, list items, table rows, then . ! ? 。
 * boundaries. Heading-like lines (short, unpunctuated, followed by more text, as
 * in plain-text and PDF sources) are dropped: they label an answer, they are not one.
 */
export function splitSentences(text: string): PassageSentence[] {
  const out: PassageSentence[] = [];
  const lines = text.split('\n').map((l) => l.trim());
  lines.forEach((line, index) => {
    if (!/[\p{L}\p{N}]/u.test(line) || /^\|?[\s:|-]+\|?$/.test(line)) return;
    if (BULLET.test(line) || line.includes(' | ')) {
      out.push({ text: line, block: true, line: index });
      return;
    }
    const hasMore = lines.slice(index + 1).some((l) => /[\p{L}\p{N}]/u.test(l));
    if (hasMore && !/[.!?:;,)。！？]$/.test(line) && line.split(/\s+/).length <= 8) return;
    for (const part of line.split(SENTENCE_END)) {
      const sentence = part.trim();
      if (/[\p{L}\p{N}]/u.test(sentence)) out.push({ text: sentence, block: false, line: index });
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
  const questionVector = await input.embedder.embedQuery(input.question);
  const questionTerms = keyTerms(input.question);
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
    splitSentences(passage.text).forEach((s, index) => {
      const content = s.text.replace(BULLET, '');
      const alone = matchOf(content);
      const inContext = context ? matchOf(context + content) : alone;
      const match = (1 - CONTEXT_WEIGHT) * alone + CONTEXT_WEIGHT * inContext;
      // Very short lines ("2. Click Return items") match easily but say little.
      const brevity = Math.min(1, content.split(/\s+/).length / 8) ** 0.25;
      sentences.push({ ...s, passage: p, index, match, score: match * weight * brevity });
    });
  });

  /** Embedding similarity blended with the share of question terms the text contains. */
  function matchOf(text: string): number {
    const cosine = Math.max(0, cosineSimilarity(questionVector, input.embedder.embedSync(text)));
    const terms = keyTerms(text);
    let shared = 0;
    for (const t of questionTerms) {
      if (terms.has(t)) {
        shared++;
        found.add(t);
      }
    }
    const overlap = questionTerms.size > 0 ? shared / questionTerms.size : 0;
    return Math.min(1, COSINE_WEIGHT * cosine + (1 - COSINE_WEIGHT) * overlap);
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
  return { text, usedChunkIds, citations, confidence: Number(confidence.toFixed(4)) };
}

/**
 * Grows the answer from the best sentence: a lead-in ending with ":" brings its
 * best list item and a list item its lead-in; then neighbours that also match;
 * then strong sentences elsewhere in the same document. Contiguous text reads as one answer.
 */
function selectAround(best: Sentence, all: Sentence[], passages: AnswerPassage[], maxSentences: number): Sentence[] {
  const chosen = [best];
  const inPassage = all.filter((s) => s.passage === best.passage);
  const at = (index: number): Sentence | undefined => inPassage.find((s) => s.index === index);
  const byScore = (a: Sentence, b: Sentence): number => b.score - a.score;
  const isLeadIn = (s: Sentence): boolean => /:\s*$/.test(s.text);
  const room = (): boolean =>
    chosen.length < maxSentences && chosen.reduce((n, s) => n + s.text.length, 0) < MAX_ANSWER_CHARS;

  // "The warranty does not cover:" needs its best item; an item needs its lead-in.
  if (isLeadIn(best) && room()) {
    const items: Sentence[] = [];
    for (let i = best.index + 1; at(i)?.block; i++) items.push(at(i)!);
    const item = items.sort(byScore)[0] ?? at(best.index + 1);
    if (item) chosen.push(item);
  } else if (best.block) {
    let i = best.index - 1;
    while (at(i)?.block) i--;
    const leadIn = at(i);
    if (leadIn && isLeadIn(leadIn) && room()) chosen.push(leadIn);
  }
  while (room()) {
    const indexes = chosen.filter((s) => s.passage === best.passage).map((s) => s.index);
    const next = [at(Math.min(...indexes) - 1), at(Math.max(...indexes) + 1)]
      .filter((s): s is Sentence => s !== undefined && s.score >= 0.5 * best.score)
      .sort(byScore)[0];
    if (next === undefined) break;
    chosen.push(next);
  }
  for (const s of [...all].sort(byScore)) {
    if (!room() || s.score < 0.85 * best.score) break;
    const sameDocument = passages[s.passage]!.documentId === passages[best.passage]!.documentId;
    if (sameDocument && !chosen.some((c) => c === s || c.text === s.text)) chosen.push(s);
  }
  return chosen;
}
