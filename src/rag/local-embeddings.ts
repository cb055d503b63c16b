import { Embeddings } from '@langchain/core/embeddings';
import { fnv1a } from './fnv1a.js';
import { LruCache } from './lru.js';
import { analyzeText, anagramKey, type TextAnalysis } from './text-analysis.js';

/** Name recorded with stored chunks; bump the version when features change (old vectors become incomparable). */
export const LOCAL_EMBEDDING_MODEL = 'local-hash-v1';

/** Relative weight of each feature family (before sublinear tf and L2 normalisation). */
const WEIGHTS = {
  unigram: 1.0,
  bigram: 0.35,
  charGram: 0.2,
  anagram: 0.5,
  // Paraphrase concepts weigh more than a plain word: with no corpus statistics
  // (no IDF) they are the best signal of what a support question is about.
  concept: 1.5,
  nearConcept: 0.9,
  cjkChar: 0.5,
  cjkBigram: 1.0,
} as const;

/** One namespace char per family so "ab" as a word and as a char-gram hash apart. */
const NS = { unigram: 'w', bigram: 'b', charGram: 'g', anagram: 'a', concept: 's', nearConcept: 's', cjkChar: 'c', cjkBigram: 'd' } as const;

const NS_SEED: Record<keyof typeof NS, number> = {
  unigram: fnv1a(NS.unigram),
  bigram: fnv1a(NS.bigram),
  charGram: fnv1a(NS.charGram),
  anagram: fnv1a(NS.anagram),
  concept: fnv1a(NS.concept),
  nearConcept: fnv1a(NS.nearConcept),
  cjkChar: fnv1a(NS.cjkChar),
  cjkBigram: fnv1a(NS.cjkBigram),
};

/** Accumulates signed, sublinearly weighted hashed features into a dense vector. */
class FeatureVector {
  private readonly counts = new Map<number, number>();
  readonly values: Float64Array;

  constructor(private readonly dimensions: number) {
    this.values = new Float64Array(dimensions);
  }

  add(hash: number, weight: number): void {
    const previous = this.counts.get(hash) ?? 0;
    this.counts.set(hash, previous + 1);
    // Sublinear tf: the n-th occurrence adds w·(1+ln n) − w·(1+ln(n−1)).
    const delta = previous === 0 ? 1 : Math.log(previous + 1) - Math.log(previous);
    const sign = hash & 0x80000000 ? -1 : 1;
    this.values[hash % this.dimensions]! += sign * weight * delta;
  }

  addTerm(family: keyof typeof NS, term: string): void {
    this.add(fnv1a(term, 0, term.length, NS_SEED[family]), WEIGHTS[family]);
  }

  toNormalizedArray(): number[] {
    let sum = 0;
    for (const v of this.values) sum += v * v;
    const norm = Math.sqrt(sum);
    const out = new Array<number>(this.dimensions);
    for (let i = 0; i < this.dimensions; i++) out[i] = norm > 0 ? this.values[i]! / norm : 0;
    return out;
  }
}

export interface LocalHashEmbeddingsOptions {
  /** Vector length; must match the database column. Default 512. */
  dimensions?: number;
  /**
   * Query expansion (e.g. WordNet): a query word's expansions are added as word
   * features, weighted by the expansion's weight × QUERY_EXPANSION_WEIGHT, so a
   * question in everyday words moves towards passages in the company's words.
   * Documents are embedded without it, so stored vectors do not depend on it.
   */
  expandQueryWord?: (word: string) => Array<{ term: string; weight: number }>;
}

/** Share of a word's weight given to each of its expansions in a query vector. */
const QUERY_EXPANSION_WEIGHT = 0.5;

/**
 * Stems of expansion terms (a pure function of the term): every question word brings its expansions,
 * each a whole text analysis, and the same words come back question after question. Bounded.
 */
const EXPANSION_STEMS = new LruCache<string, readonly string[]>(20_000);

function expansionStems(term: string): readonly string[] {
  let stems = EXPANSION_STEMS.get(term);
  if (stems === undefined) EXPANSION_STEMS.set(term, (stems = analyzeText(term).stems));
  return stems;
}

/**
 * Offline, deterministic text embedder based on signed feature hashing, used when
 * no OpenAI key is configured. No model download, no network: quality comes from
 * word unigrams/bigrams (stemmed, stop-words dropped), character 3/4-grams and a
 * sorted-letters key per word (typo robustness, incl. transpositions), CJK/Thai character n-grams and a support-vocabulary paraphrase map
 * (see support-vocabulary.ts). Vectors are L2-normalised, so cosine = dot product.
 * An input with no usable feature (empty, punctuation only) yields the zero vector.
 */
export class LocalHashEmbeddings extends Embeddings {
  readonly dimensions: number;

  constructor(options: LocalHashEmbeddingsOptions = {}) {
    super({});
    const dimensions = options.dimensions ?? 512;
    if (!Number.isInteger(dimensions) || dimensions < 8) {
      throw new RangeError(`dimensions must be an integer >= 8, got ${dimensions}`);
    }
    this.dimensions = dimensions;
    this.expandQueryWord = options.expandQueryWord;
  }

  private readonly expandQueryWord: LocalHashEmbeddingsOptions['expandQueryWord'];

  /** Identifies the embedder *and* its vector size, e.g. `local-hash-v1-512`. */
  get modelId(): string {
    return `${LOCAL_EMBEDDING_MODEL}-${this.dimensions}`;
  }

  /** Synchronous core, for callers that embed inside a tight loop. */
  embedSync(text: string, expand?: LocalHashEmbeddingsOptions['expandQueryWord']): number[] {
    const a = analyzeText(text);
    return this.vector(a, a, expand);
  }

  /**
   * A text written as a knowledge base's lexemes (the answerer's lexemeText):
   * its words' features from `lexemes`, its support concepts from `original`,
   * whose words the paraphrase map knows (the lexemes are stems of another stemmer).
   */
  embedLexemes(lexemes: string, original: string): number[] {
    return this.vector(analyzeText(lexemes), analyzeText(original));
  }

  private vector(a: TextAnalysis, conceptSource: TextAnalysis, expand?: LocalHashEmbeddingsOptions['expandQueryWord']): number[] {
    const fv = new FeatureVector(this.dimensions);
    if (expand) {
      for (const word of new Set(a.words)) {
        if (!/^[a-z]{3,}$/.test(word)) continue;
        for (const e of expand(word)) {
          for (const s of expansionStems(e.term)) fv.add(fnv1a(s, 0, s.length, NS_SEED.unigram), WEIGHTS.unigram * e.weight * QUERY_EXPANSION_WEIGHT);
        }
      }
    }
    for (let i = 0; i < a.stems.length; i++) {
      const s = a.stems[i]!;
      fv.addTerm('unigram', s);
      if (i + 1 < a.stems.length) fv.addTerm('bigram', `${s} ${a.stems[i + 1]!}`);
    }
    for (const word of a.words) {
      if (/^\d+$/.test(word)) continue;
      if (word.length >= 5) fv.addTerm('anagram', anagramKey(word));
      const padded = `<${word}>`;
      for (const n of [3, 4]) {
        for (let i = 0; i + n <= padded.length; i++) {
          fv.add(fnv1a(padded, i, i + n, NS_SEED.charGram), WEIGHTS.charGram);
        }
      }
    }
    for (const c of conceptSource.concepts) fv.addTerm('concept', c);
    for (const c of conceptSource.nearConcepts) fv.addTerm('nearConcept', c);
    for (const c of a.cjkChars) fv.addTerm('cjkChar', c);
    for (const g of a.cjkBigrams) fv.addTerm('cjkBigram', g);
    return fv.toNormalizedArray();
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < documents.length; i++) {
      // Yield now and then so a large upload does not block the event loop.
      if (i > 0 && i % 500 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      out.push(this.embedSync(documents[i]!));
    }
    return out;
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embedSync(document, this.expandQueryWord);
  }
}

/** Cosine similarity; 0 when either vector is zero. */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new RangeError(`vector lengths differ: ${a.length} vs ${b.length}`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
