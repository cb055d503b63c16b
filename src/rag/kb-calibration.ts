/**
 * Per-knowledge-base calibration of the unsure threshold, with no labelled
 * questions. Held-out sets put the best threshold anywhere from 0.335 to 0.595
 * (README, "Evaluation"): a German knowledge base's answerable questions score
 * lower than an English one's, a knowledge base of short articles higher. So
 * when a knowledge base is (re)indexed it asks itself questions:
 *
 * - answerable probes: a few content words of one of its own sentences with a
 *   word it does not have (the customer's own), or a question-like heading;
 * - adjacent off-topic probes: one content word of each of two articles with
 *   such a word (its vocabulary, no article answering: the hard kind);
 * - general-knowledge questions in its language (calibration-pool.ts);
 *
 * runs them through the responder's confidence (retrieval, offline answerer,
 * answer-confidence.ts) and derives the threshold from them (deriveThreshold).
 * A knowledge base too small to probe, or whose probes do not order as they
 * should, keeps the default.
 */
import { and, asc, eq, notInArray } from 'drizzle-orm';
import type { Logger } from 'pino';
import { documents, knowledgeBases, knowledgeChunks } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import type { KbCalibration } from '../domain/model.js';
import { responderConfidence } from './answer-confidence.js';
import { GENERAL_KNOWLEDGE_QUESTIONS } from './calibration-pool.js';
import { answerExtractively, splitSentences, type PassageFeatureCache } from './extractive-answerer.js';
import type { KbLexemes } from './kb-lexemes.js';
import { isForeignQuestion, isoForFtsConfig } from './language.js';
import { LocalHashEmbeddings } from './local-embeddings.js';
import { answererLanguageOptions } from './rag.responder.js';
import type { Retriever } from './retriever.js';
import { isStopWord, normalizeText, segmentSpaceless } from './text-analysis.js';
import { seededRandom } from '../domain/seeded-random.js';

/** One passage of the knowledge base, as the probes are made from it. */
export interface CalibrationPassage {
  documentId: string;
  title: string;
  headingPath: readonly string[];
  text: string;
}

export interface CalibrationProbes {
  /** Questions one article answers, in a customer's words. */
  answerable: string[];
  /** The knowledge base's vocabulary with no article answering: the hard off-topic kind. */
  adjacent: string[];
  /** General-knowledge questions in its language. */
  general: string[];
}

export type { KbCalibration };

/** Below this many published articles the default threshold stays: too few to tell their own answers from other topics. */
export const MIN_CALIBRATION_DOCUMENTS = 5;
/** Below this many probes of each kind the default stays. */
export const MIN_CALIBRATION_PROBES = 8;
export const MAX_ANSWERABLE_PROBES = 24;
export const MAX_HEADING_PROBES = 12;
/** Adjacent probes asked: the threshold is a quantile of theirs, so enough of them that another sample moves it by about 0.01–0.02. */
export const MAX_ADJACENT_PROBES = 120;
/** Derived thresholds are kept within these bounds (the held-out sets' best thresholds ran 0.335–0.595). */
export const CALIBRATED_MIN = 0.3;
export const CALIBRATED_MAX = 0.65;

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Scripts written without spaces (segmentSpaceless cuts them into words): a word of two characters is a content word there. */
const UNSPACED_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+$/u;

/**
 * The words of a text: runs of letters, with the runs of the scripts written without spaces (Chinese, Japanese, Thai…)
 * first cut into words as the indexer cuts them (segmentSpaceless). Without the cut a whole Chinese clause was one
 * "word", and the probes were near-verbatim sentences that every article answered with high confidence.
 */
function wordsOf(text: string): string[] {
  return segmentSpaceless(text).match(WORD) ?? [];
}


/**
 * The knowledge base's own function words: those in at least half of its articles (any language), plus our
 * short stop list, numbers and one- or two-letter words. What is left are the words a question is about.
 */
function contentWordTest(byDocument: ReadonlyMap<string, readonly CalibrationPassage[]>): (word: string) => boolean {
  const df = new Map<string, number>();
  for (const passages of byDocument.values()) {
    const seen = new Set<string>();
    for (const p of passages) for (const w of wordsOf(p.text)) seen.add(normalizeText(w));
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const common = Math.max(2, byDocument.size / 2);
  return (word) => {
    const n = normalizeText(word);
    return (n.length > 2 || (n.length === 2 && UNSPACED_WORD.test(n))) && !/^\d/.test(n) && !isStopWord(n) && (df.get(n) ?? 0) < common;
  };
}

/** `k` items of `xs` in their order, picked at random. */
function pickInOrder<T>(xs: readonly T[], k: number, rnd: () => number): T[] {
  const idx = xs.map((_, i) => i).sort(() => rnd() - 0.5).slice(0, k).sort((a, b) => a - b);
  return idx.map((i) => xs[i]!);
}

/**
 * The probes a knowledge base calibrates with (`language`: its text-search configuration), deterministic for the
 * same passages:
 * - answerable: 2–3 content words of one of an article's sentences with a word the knowledge base does not have
 *   (a customer's own word), round the articles; and question-like headings (two content words or more);
 * - adjacent: one content word of each of two articles with such a word (the knowledge base's vocabulary, no
 *   article answering);
 * - general: the general-knowledge pool in the knowledge base's language (English when it has none).
 * A knowledge base's "content words" are those outside the few in half or more of its articles, our stop list,
 * numbers and words of one or two letters: no language's list is needed.
 */
export function calibrationProbes(passages: readonly CalibrationPassage[], language: string, seed = 14): CalibrationProbes {
  const byDocument = new Map<string, CalibrationPassage[]>();
  for (const p of passages) byDocument.set(p.documentId, [...(byDocument.get(p.documentId) ?? []), p]);
  const isContent = contentWordTest(byDocument);
  const rnd = seededRandom(seed);
  const any = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  // Each article's sentences with enough content words to ask about, and its question-like headings.
  const sentences = new Map<string, string[][]>();
  const headings: string[] = [];
  const known = new Set<string>();
  for (const [doc, ps] of byDocument) {
    const own: string[][] = [];
    const heads = new Set<string>();
    for (const p of ps) {
      for (const w of wordsOf(`${p.title} ${p.headingPath.join(' ')} ${p.text}`)) known.add(normalizeText(w));
      for (const s of splitSentences(p.text)) {
        const words = wordsOf(s.text).filter(isContent);
        if (words.length >= 4) own.push(words);
      }
      for (const h of p.headingPath) if (wordsOf(h).filter(isContent).length >= 2) heads.add(h);
    }
    sentences.set(doc, own);
    if (heads.size > 0) headings.push(any([...heads]));
  }
  const general = [...(GENERAL_KNOWLEDGE_QUESTIONS[isoForFtsConfig(language) ?? 'en'] ?? GENERAL_KNOWLEDGE_QUESTIONS.en!)];
  // Words of the general pool the knowledge base lacks: stand-ins for the words a customer brings.
  const foreignWords = [...new Set(general.flatMap((q) => q.match(WORD) ?? []))].filter((w) => w.length > 3 && !/\d/.test(w) && !known.has(normalizeText(w)) && !isStopWord(normalizeText(w)));
  const docs = [...byDocument.keys()].filter((d) => (sentences.get(d)?.length ?? 0) > 0);
  const probes: CalibrationProbes = { answerable: [], adjacent: [], general };
  if (docs.length === 0) return probes;
  const withForeign = (words: string[]) => {
    if (foreignWords.length === 0) return words.join(' ');
    const at = Math.floor(rnd() * (words.length + 1));
    return [...words.slice(0, at), any(foreignWords), ...words.slice(at)].join(' ');
  };
  for (let i = 0; i < Math.max(MAX_ANSWERABLE_PROBES, MAX_ADJACENT_PROBES); i++) {
    const doc = docs[i % docs.length]!;
    if (i < MAX_ANSWERABLE_PROBES) probes.answerable.push(withForeign(pickInOrder(any(sentences.get(doc)!), 2 + Math.floor(rnd() * 2), rnd)));
    if (i < MAX_ADJACENT_PROBES && docs.length >= 2) {
      const other = docs[(docs.indexOf(doc) + 1 + Math.floor(rnd() * (docs.length - 1))) % docs.length]!;
      probes.adjacent.push(withForeign([...pickInOrder(any(sentences.get(doc)!), 1, rnd), ...pickInOrder(any(sentences.get(other)!), 1, rnd)]));
    }
  }
  probes.answerable.push(...headings.slice(0, MAX_HEADING_PROBES));
  return probes;
}

/** Nearest-rank quantile `q` (0–1) of sorted values; 0 for none. */
export const quantile = (sorted: readonly number[], q: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]! : 0);

/**
 * Where among the adjacent probes' confidences the threshold lies: the mean of those between these quantiles
 * (around the lower quarter; a window rather than one quantile, so one probe more or less moves it little). An
 * adjacent probe carries words of exactly two articles and one the knowledge base lacks: harder than most real
 * off-topic questions, whose upper tail it stands for. Chosen on three in-sample sets and the round-14 DEV set
 * (README, "Per-knowledge-base calibration").
 */
export const ADJACENT_WINDOW: readonly [number, number] = [0.2, 0.3];

export type ThresholdDerivation = { threshold: number } | { threshold: null; reason: string };

/**
 * The knowledge base's threshold from its probes' confidences: the mean of the adjacent probes' confidences within
 * ADJACENT_WINDOW, within CALIBRATED_MIN..CALIBRATED_MAX. Null (the caller keeps the default) when there are too
 * few probes, or when they do not order as they should — the answerable probes' median not above the threshold,
 * or the general-knowledge questions' not below it — which says the probes do not describe this knowledge base.
 */
export function deriveThreshold(answerable: readonly number[], adjacent: readonly number[], general: readonly number[]): ThresholdDerivation {
  if (answerable.length < MIN_CALIBRATION_PROBES || adjacent.length < MIN_CALIBRATION_PROBES) {
    return { threshold: null, reason: `too few probes (${answerable.length} answerable, ${adjacent.length} adjacent; ${MIN_CALIBRATION_PROBES} of each needed)` };
  }
  const sorted = [...adjacent].sort((x, y) => x - y);
  const from = Math.max(0, Math.ceil(ADJACENT_WINDOW[0] * sorted.length) - 1);
  const to = Math.max(from, Math.ceil(ADJACENT_WINDOW[1] * sorted.length) - 1);
  const window = sorted.slice(from, to + 1);
  const level = window.reduce((a, b) => a + b, 0) / window.length;
  const t = Math.round(Math.min(CALIBRATED_MAX, Math.max(CALIBRATED_MIN, level)) * 1000) / 1000;
  if (median(answerable) <= t) return { threshold: null, reason: `answerable probes' median ${round(median(answerable))} not above the derived ${t}` };
  if (general.length > 0 && median(general) >= t) return { threshold: null, reason: `general-knowledge probes' median ${round(median(general))} not below the derived ${t}` };
  return { threshold: t };
}

/** The responder's confidence for one question, or null when it would refuse it as a question in another language. */
export async function questionConfidence(
  retriever: Retriever,
  tenantId: string,
  question: string,
  opts: { knowledgeBaseIds?: string[]; kbLexemes?: KbLexemes; localEmbedder?: boolean; scorer: LocalHashEmbeddings; features?: PassageFeatureCache },
): Promise<number | null> {
  const r = await retriever.retrieveDetailed(tenantId, question, { k: 6, ...(opts.knowledgeBaseIds ? { knowledgeBaseIds: opts.knowledgeBaseIds } : {}) });
  if (isForeignQuestion(question, r.diagnostics.languages[0] ?? 'simple', r.diagnostics.knownWordShare).foreign) return null;
  const passages = r.chunks.map((c) => ({ chunkId: c.id, documentId: c.documentId, title: c.title, text: c.content, headingPath: c.headingPath, score: c.score }));
  const answer = passages.length
    ? await answerExtractively({ question, passages, embedder: opts.scorer, ...(opts.features ? { features: opts.features } : {}), ...answererLanguageOptions(r.diagnostics, opts.kbLexemes) })
    : null;
  return responderConfidence(answer?.evidence ?? null, r.chunks, r.diagnostics.knownWordShare, opts.localEmbedder ?? true);
}

/** Where the responder reads a knowledge base's own threshold: null when it has none (never calibrated, or kept the default). */
export interface KbThresholdSource {
  forKnowledgeBase(tenantId: string, knowledgeBaseId: string): Promise<number | null>;
}

/** Calibrated thresholds are read at most this often per knowledge base (a recalibration shows within this time). */
const THRESHOLD_TTL_MS = 60_000;

/** The stored calibrations (`knowledge_bases.calibration`), cached per knowledge base for THRESHOLD_TTL_MS. */
export class KbThresholds implements KbThresholdSource {
  private readonly cache = new Map<string, { at: number; value: Promise<number | null> }>();

  constructor(private readonly db: Db, private readonly now: () => number = Date.now) {}

  forKnowledgeBase(tenantId: string, knowledgeBaseId: string): Promise<number | null> {
    const hit = this.cache.get(knowledgeBaseId);
    if (hit && this.now() - hit.at < THRESHOLD_TTL_MS) return hit.value;
    const value = this.db
      .select({ calibration: knowledgeBases.calibration })
      .from(knowledgeBases)
      .where(and(eq(knowledgeBases.tenantId, tenantId), eq(knowledgeBases.id, knowledgeBaseId)))
      .limit(1)
      .then(([row]) => (row?.calibration?.source === 'calibrated' ? row.calibration.threshold : null));
    // A failed read is not kept: the next question tries again.
    value.catch(() => this.cache.delete(knowledgeBaseId));
    if (this.cache.size >= 10_000) this.cache.clear();
    this.cache.set(knowledgeBaseId, { at: this.now(), value });
    return value;
  }
}

/** Calibrates knowledge bases against their own probes and stores the result with each. */
export class KbCalibrator {
  private readonly scorer = new LocalHashEmbeddings({ dimensions: 1024 });

  constructor(
    private readonly db: Db,
    private readonly retriever: Retriever,
    private readonly opts: { defaultThreshold: number; logger?: Logger; kbLexemes?: KbLexemes; localEmbedder?: boolean },
  ) {}

  /** The published, indexed passages of a knowledge base, in a stable order. */
  async passages(tenantId: string, knowledgeBaseId: string): Promise<CalibrationPassage[]> {
    return this.db
      .select({ documentId: knowledgeChunks.documentId, title: documents.title, headingPath: knowledgeChunks.headingPath, text: knowledgeChunks.content })
      .from(knowledgeChunks)
      .innerJoin(documents, eq(documents.id, knowledgeChunks.documentId))
      .where(and(eq(knowledgeChunks.tenantId, tenantId), eq(knowledgeChunks.knowledgeBaseId, knowledgeBaseId), eq(documents.published, true), eq(documents.status, 'INDEXED')))
      .orderBy(asc(documents.title), asc(knowledgeChunks.documentId), asc(knowledgeChunks.position));
  }

  /** Computes the knowledge base's calibration (without storing it). */
  async measure(tenantId: string, knowledgeBaseId: string, language: string, seed?: number): Promise<KbCalibration & { confidences: { answerable: number[]; adjacent: number[]; general: number[] } }> {
    const passages = await this.passages(tenantId, knowledgeBaseId);
    const documentCount = new Set(passages.map((p) => p.documentId)).size;
    const base = { documents: documentCount, calibratedAt: new Date().toISOString() };
    const fallback = (reason: string, answerable: number[] = [], adjacent: number[] = [], general: number[] = []) => ({
      ...base,
      threshold: this.opts.defaultThreshold,
      source: 'default' as const,
      reason,
      probes: { answerable: answerable.length, adjacent: adjacent.length, general: general.length },
      answerableMedian: answerable.length ? round(median(answerable)) : null,
      adjacentMedian: adjacent.length ? round(median(adjacent)) : null,
      confidences: { answerable, adjacent, general },
    });
    if (documentCount < MIN_CALIBRATION_DOCUMENTS) return fallback(`${documentCount} published articles; calibration needs ${MIN_CALIBRATION_DOCUMENTS}`);
    const probes = calibrationProbes(passages, language, seed);
    const ask = async (questions: string[]) => {
      const out: Array<number | null> = [];
      for (const q of questions) out.push(await questionConfidence(this.retriever, tenantId, q, { knowledgeBaseIds: [knowledgeBaseId], scorer: this.scorer, ...(this.opts.kbLexemes ? { kbLexemes: this.opts.kbLexemes } : {}), localEmbedder: this.opts.localEmbedder ?? true }));
      return out;
    };
    const answerable = (await ask(probes.answerable)).filter((x): x is number => x !== null);
    // An off-topic probe the responder would refuse as foreign is declined: confidence 0, as eval:rag counts it.
    const adjacent = (await ask(probes.adjacent)).map((x) => x ?? 0);
    const general = (await ask(probes.general)).map((x) => x ?? 0);
    const derived = deriveThreshold(answerable, adjacent, general);
    if (derived.threshold === null) return fallback(derived.reason, answerable, adjacent, general);
    return {
      ...base,
      threshold: derived.threshold,
      source: 'calibrated',
      probes: { answerable: answerable.length, adjacent: adjacent.length, general: general.length },
      answerableMedian: round(median(answerable)),
      adjacentMedian: round(median(adjacent)),
      confidences: { answerable, adjacent, general },
    };
  }

  /**
   * Calibrates the knowledge base once none of its documents waits for indexing (the last document of an import,
   * not each one); null when some still wait.
   */
  async calibrateWhenSettled(tenantId: string, knowledgeBaseId: string): Promise<KbCalibration | null> {
    const [waiting] = await this.db
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.tenantId, tenantId), eq(documents.knowledgeBaseId, knowledgeBaseId), notInArray(documents.status, ['INDEXED', 'FAILED'])))
      .limit(1);
    return waiting ? null : this.calibrate(tenantId, knowledgeBaseId);
  }

  /** Calibrates the knowledge base and stores the result with it; logs the threshold. */
  async calibrate(tenantId: string, knowledgeBaseId: string): Promise<KbCalibration | null> {
    const [kb] = await this.db.select({ language: knowledgeBases.language }).from(knowledgeBases).where(and(eq(knowledgeBases.tenantId, tenantId), eq(knowledgeBases.id, knowledgeBaseId))).limit(1);
    if (!kb) return null;
    const { confidences: _confidences, ...calibration } = await this.measure(tenantId, knowledgeBaseId, kb.language);
    await this.db.update(knowledgeBases).set({ calibration }).where(and(eq(knowledgeBases.tenantId, tenantId), eq(knowledgeBases.id, knowledgeBaseId)));
    this.opts.logger?.info({ tenantId, knowledgeBaseId, ...calibration }, calibration.source === 'calibrated' ? 'knowledge base calibrated: unsure threshold derived from its own probes' : 'knowledge base calibration: default unsure threshold kept');
    return calibration;
  }
}

function median(xs: readonly number[]): number {
  return quantile([...xs].sort((a, b) => a - b), 0.5);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
