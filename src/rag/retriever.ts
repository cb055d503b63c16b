/**
 * Hybrid retrieval, tenant-scoped (its knowledge bases that are not archived,
 * indexed documents, published ones only unless an agent searches), in two stages:
 *
 * 1. Candidates from two legs that run at the same time on two pooled
 *    connections, each one prepared statement (./retrieval.queries.ts): vector
 *    top-n by cosine distance (HNSW) and full-text matches (GIN on the stored
 *    tsvector, ranked with ts_rank) of the query's strongest lexemes — the
 *    customer's words, their WordNet and support-vocabulary expansions,
 *    one-typo corrections against the knowledge base's own vocabulary. The
 *    full-text leg starts before the question is embedded, and without waiting
 *    for the scope (knowledge bases, languages, versions) to be read again when
 *    it is prepared from the scope as last seen, statistics cached: its rows are
 *    used once that read confirms the scope unchanged, otherwise the question
 *    is retrieved again from the scope as it is.
 * 2. In process: BM25F over title, heading path and body of each candidate with
 *    the weighted term groups, pseudo-relevance feedback, a character n-gram
 *    TF-IDF similarity of whole articles (src/rag/char-grams.ts), then
 *    reciprocal rank fusion with the vector ranking, at most
 *    MAX_CHUNKS_PER_DOCUMENT chunks of one article ahead of the others' (./diversify.ts).
 *
 * Long messages go through the focus path (src/rag/query-focus.ts) and the
 * work per question is bounded: at most MAX_QUERY_GROUPS word groups, at most
 * MAX_MATCH_LEXEMES lexemes in the full-text match (fewer on a large knowledge
 * base, see withinMatchBudget), at most ANY_TERM_CANDIDATES rows ranked in SQL.
 * Nothing per question scales with the corpus: the document frequencies are
 * cached per knowledge-base scope until one of its knowledge bases changes
 * (`last_updated_at`, set by every index run) and WordNet expansions per word;
 * what the re-ranker reads of a candidate chunk (its parsed tsvector, its words
 * split into character n-grams) is kept per text, so a re-indexed chunk is read
 * afresh and the same articles coming back question after question are not.
 */
import { sql } from 'drizzle-orm';
import { rawClient, type Db } from '../db/client.js';
import { pinnedOr } from '../db/pinned-connection.js';
import type { EmbedderHandle } from './models.js';
import { TEXT_SEARCH_LANGUAGES } from './models.js';
import { collocations, expandWord, phraseGroups, type Expansion } from './query-expansion.js';
import { focusQuery } from './query-focus.js';
import {
  bm25fCompiled,
  bm25fCompiledDocument,
  bm25fContinued,
  buildStats,
  compileGroups,
  feedbackTerms,
  idf,
  nearestKnownLexeme,
  prefixRelatives,
  parseTsvector,
  PRF,
  queryTermFrequency,
  tsqueryLiteral,
  withinMatchBudget,
  type FieldTerms,
  type LexicalStats,
  type TermGroup,
} from './lexical.js';
import { BilingualLexicon, DEFAULT_DICTIONARY_DIR, pivotSynonyms, rankedTranslations, translateWord, UNSPACED_SCRIPT, type Translation } from './bilingual.js';
import { MAX_SYNONYMS_PER_WORD, Thesaurus, ThesaurusLibrary, type ThesaurusSynonym } from './thesaurus.js';
import { ApertiumTranslator, type QuestionTranslator } from './machine-translation.js';
import { detectLanguageCandidates, isForeignQuestion, isoForFtsConfig, refineLanguageByLexicon, type DetectedLanguage } from './language.js';
import { reciprocalRankFusion } from './rrf.js';
import { capPerDocument } from './diversify.js';
import { runLeg, scopeRows, textLeg, vectorLeg, type CandidateRow, type LegScope, type TextLegInput } from './retrieval.queries.js';
import { charGramScores, warmCharGrams, type GramSource } from './char-grams.js';
import { CandidateCache, type CandidateEntry } from './candidate-cache.js';
import { DEFAULT_SNAPSHOT_MAX_CHUNKS, KnowledgeSnapshots, type KnowledgeSnapshot } from './knowledge-snapshot.js';
import { firstInOrder, idOrder, rankedRows } from './id-order.js';
import { compoundingKnowledgeBase, compoundsContaining, splitCompound } from './compounds.js';
import { SUPPORT_SYNONYMS } from './support-vocabulary.js';
import { analyzeText, isStopWord, normalizeText, normalizeWords, segmentSpaceless } from './text-analysis.js';
import { DEFAULT_SEMANTIC_OPTIONS, glossLookup, segmentedGlossLookup, semanticRankingOfDocuments, vectorCoverage } from './semantic-ranking.js';
import { sharedWordVectors, type WordVectors } from './word-vectors.js';
import { isFrameWord } from './kb-lexemes.js';
import { hasLexiconRoute, lexiconTranslations } from './lexicon-glosses.js';

export interface RetrievedChunk {
  id: string;
  documentId: string;
  knowledgeBaseId: string;
  title: string;
  sourceUrl: string | null;
  content: string;
  headingPath: string[];
  position: number;
  /** Fused RRF score. */
  score: number;
  vectorScore: number | null;
  /** BM25F score of the lexical re-ranker (null when the chunk matched no query term). */
  textScore: number | null;
  vectorRank: number | null;
  textRank: number | null;
}

export interface RetrieveOptions {
  k?: number;
  /** Candidates taken from each side before re-ranking. */
  candidates?: number;
  /** Restrict to these knowledge bases; an empty list means none (nothing is found). */
  knowledgeBaseIds?: string[];
  mode?: 'hybrid' | 'vector' | 'text';
  /**
   * `customer` (default): published documents only, what the bot may answer from.
   * `agent`: unpublished documents too, for agents' own look-ups. Archived
   * knowledge bases are never searched.
   */
  audience?: 'customer' | 'agent';
  /** Filled in with where the time went, when given (benchmarks, the AI processing log). */
  timings?: RetrievalTimings;
  /**
   * The scope of this question as the caller read it ahead (`readScope`, same tenant and knowledge bases,
   * for this very question): taken instead of reading it again.
   */
  scopeRead?: Promise<ScopeRow[]>;
}

/**
 * Wall-clock milliseconds of one question's stages. The legs overlap: the
 * full-text leg starts when the question's lexemes are known, the vector leg
 * once the question is embedded, so `candidates` is less than their sum.
 */
export interface RetrievalTimings {
  /** Scope, statistics, term groups, translation: everything before the legs. */
  prepare: number;
  embed: number;
  vectorLeg: number;
  textLeg: number;
  /** From the start of the legs until both have answered. */
  candidates: number;
  /** Lexical re-ranking, character n-grams and fusion. */
  rerank: number;
}

/** What retrieval did with the question, for the AI processing log and the responder. */
export interface RetrievalDiagnostics {
  /** Text-search configurations of the knowledge bases in scope. */
  languages: string[];
  /** The message was long and its asking sentences were focused on. */
  focused: boolean;
  /** What the vector leg embedded. */
  focusText: string;
  /** Customer words kept (strongest first) and how many were dropped by the cap. */
  terms: string[];
  droppedTerms: number;
  /** Expansions that matched the knowledge base, `word→expansion`. */
  expansions: string[];
  feedback: string[];
  /** Dictionary translations of a question in another language than the knowledge base, `word→translation`. */
  translations: string[];
  /** Share of the question's content words the knowledge base contains (0..1; null without words). */
  knownWordShare: number | null;
  /**
   * The question's words that the knowledge base's text-search configuration
   * drops as stop words (normalised, as `normalizeWords` writes them): its own
   * language's function words, which our short multilingual list misses
   * (German "es", "was", "welche"). The answerer leaves them out of its keyword
   * share, as the known-word share does.
   */
  stopWords: string[];
}

export interface RetrievalResult {
  chunks: RetrievedChunk[];
  diagnostics: RetrievalDiagnostics;
}

/** The full-text leg's part of a question (./retrieval.queries.ts), with its lexemes as lists for an in-memory snapshot. */
type TextLegRequest = Omit<TextLegInput, keyof LegScope> & { matchLexemes: string[]; rankLexemes: string[] };

interface Prepared {
  diagnostics: RetrievalDiagnostics;
  stats: LexicalStats | null;
  groups: TermGroup[];
  /** Null: nothing to search (an empty question, no knowledge base in scope). */
  scope: LegScope | null;
  /** The knowledge bases in scope as prepared from (the scope as last seen until `confirmed`). */
  scopeRows: ScopeRow[];
  /** Null: no full-text leg (vector mode, or no lexeme the knowledge base knows). */
  text: TextLegRequest | null;
  /** What the vector leg embeds; null: no vector leg (text mode). */
  embedText: string | null;
  /** The question's (focused) sentences and its offline translation, weighted: what the character n-gram ranking reads. */
  sentences: Array<{ text: string; weight: number }>;
  /**
   * Resolves true when what was prepared holds for the scope as it is now; false when it was
   * prepared from the scope as last seen (see prepare()) and the scope has changed since.
   */
  confirmed: Promise<boolean>;
}

/**
 * Full-text candidates re-ranked per query: enough to cover most chunks of the
 * articles in question (whole-document evidence needs them), few enough to
 * parse in a few milliseconds.
 */
const TEXT_CANDIDATES = 120;
/** Upper bound of any-term full-text matches ranked per query. */
const ANY_TERM_CANDIDATES = 1000;
/** At most this many of the customer's words (the strongest by weight × idf) take part. */
export const MAX_QUERY_GROUPS = 32;
/** At most this many lexemes in the full-text match (the strongest). */
const MAX_MATCH_LEXEMES = 24;
/** Only this many leading characters of a message are analysed (a pasted document is not a question). */
export const MAX_QUERY_CHARS = 4000;
/** Weight of support-vocabulary variants and of a one-typo correction, relative to the word. */
const CONCEPT_WEIGHT = 0.6;
/** Weight of the words of a machine translation of the question (the customer's own words are 1). */
const TRANSLATION_WEIGHT = 0.9;
/** A one-character piece of a Chinese or Japanese question (often a particle, a measure word or one of several readings), relative to a longer one. */
const SINGLE_CHARACTER_FACTOR = 0.5;
/** Detector confidence enough to translate a question most of whose words the knowledge base lacks. */
const LOOSE_FOREIGN_CONFIDENCE = 0.25;
const TYPO_WEIGHT = 0.8;
/** Weight of a knowledge-base compound of which a question word is a part ("akku" → "akkulaufzeit"), relative to the word. */
const COMPOUND_WEIGHT = 0.5;
/** Weight of each part of a split compound the knowledge base does not contain, relative to the word. */
const SPLIT_WEIGHT = 0.6;
/** Translations per word in the text the vector and character n-gram rankings read of a dictionary-translated question. */
const GLOSS_TRANSLATIONS = 2;
/**
 * The English leg of a transitive translation through the machine translator's word lexicon as well
 * (QuestionTranslator.translateWords). On the round 11 Spanish DEV set other-language questions' MRR
 * rose 0.464 → 0.477 (hit@1 / hit@5 unchanged); an English question's words through it as well (it has
 * the machine translation already) measured no better. Each English word's first TRANSITIVE_ENGLISH translations, the first at
 * LEXICON_WEIGHT × the English word's weight, each next one LEXICON_DECAY lower, as FreeDict's senses are
 * weighed (./bilingual.ts); a translation below MIN_TRANSLATION_WEIGHT is dropped.
 */
const APERTIUM_ENGLISH_LEG = true;
/**
 * Whether the dictionaries' words correct the detected language of a question most of whose words the
 * knowledge base lacks (refineLanguage), among the detector's first LEXICON_CANDIDATES languages. On the
 * round 13 DEV set (British-English pet insurance, 15 questions in 9 languages) with the Welsh–English
 * dictionary and Welsh radicals (./bilingual.ts welshRadicals): other-language hit@5 0.733 → 0.80, MRR
 * 0.61 → 0.644 (without it Welsh, which the detector cannot tell, is never looked up); floors identical.
 */
const REFINE_LANGUAGE_BY_LEXICON = true;
const LEXICON_CANDIDATES = 3;
const TRANSITIVE_ENGLISH = 3;
const LEXICON_WEIGHT = 0.8;
const LEXICON_DECAY = 0.85;
const MIN_TRANSLATION_WEIGHT = 0.09;
/**
 * Whether the word-vector ranking reads a knowledge base in another language than English through
 * English glosses when the machine translator has a word lexicon from its language into English
 * (QuestionTranslator.translateWords: Apertium's spa-eng pair for Spanish), the words FreeDict lacks
 * glossed by it (prefetchGlosses). Through FreeDict's glosses alone (`semanticGlosses`, off) it measured
 * lower on Italian, French and German sets (README), and on the round 11 Spanish DEV set no better
 * (0.592 / 0.858 / 0.71 against 0.592 / 0.867 / 0.706); with the lexicon's glosses too 0.608 / 0.875 /
 * 0.717 (paraphrase hit@5 0.80 → 0.822, long messages 0.50 / 0.90 → 0.70 / 0.95), in-sample banco hit@5
 * 0.86 → 0.895. At most MAX_LEXICON_GLOSSES words are kept per language.
 */
const LEXICON_GLOSSES = true;
const MAX_LEXICON_GLOSSES = 100_000;
/**
 * Whether a knowledge base whose language has no word lexicon into English, only one into Spanish (Italian,
 * French, Portuguese, Romanian with Debian's Apertium pairs), takes the LEXICON_GLOSSES path through
 * Spanish (./lexicon-glosses.ts: ita-spa then spa-eng, "ladri" → ladrón → thief). Off: on the round 14
 * Italian DEV2 set (home insurance and assistance) 0.70 / 0.85 / 0.769 → 0.683 / 0.858 / 0.764
 * (paraphrases 0.556 / 0.778 → 0.533 / 0.80, other languages' hit@1 0.40 → 0.333); with questions in
 * another language left out of the ranking 0.692 / 0.858 / 0.768: one more article in the top 5, one
 * fewer first, as with FreeDict's glosses alone (`semanticGlosses`: 0.683 / 0.858 / 0.761 there).
 */
const CHAINED_LEXICON_GLOSSES = false;
/**
 * Whether the English leg of a transitive translation (APERTIUM_ENGLISH_LEG) goes through Spanish when the
 * translator has no word lexicon from English into the knowledge base's language (./lexicon-glosses.ts:
 * eng-spa then spa-ita for an Italian knowledge base). Off: on the same set, other languages 0.40 / 0.667 /
 * 0.506 → 0.333 / 0.733 / 0.486 (overall 0.692 / 0.858 / 0.766); with the chained translations at 0.6 or
 * 0.8 × LEXICON_WEIGHT, 0.333 / 0.667.
 */
const CHAINED_ENGLISH_LEG = false;
/** Weight of a knowledge-base word sharing a long prefix with an unknown one (cognates, derivations). */
const PREFIX_WEIGHT = 0.5;
/**
 * Weight of the character n-gram ranking in the fusion (the others weigh 1). On
 * the dev held-out sets it lifted hit@1 (0.57 → 0.62 English, 0.58 → 0.61
 * French) at full weight but also pushed a few right articles out of the top 5
 * of the in-sample sets; a little below the others keeps most of the first and
 * little of the second.
 */
const CHAR_GRAM_FUSION_WEIGHT = 0.7;
/**
 * At most this many chunks of one article before the next articles' chunks
 * (the rest follow, so scores are no longer in order past the cap). The
 * document-level rankings give every chunk of the best article neighbouring
 * ranks, so a long article could fill the top k alone. On the English dev
 * held-out set (articles ranked from the top 20 chunks) paraphrase hit@5 rose
 * 0.689 → 0.711 with 3, the answerer's confidence distribution did not move.
 * The responder's 6 passages come from at least 2 articles.
 */
const MAX_CHUNKS_PER_DOCUMENT = 3;
/**
 * Weight of the word-vector ranking in the fusion (./semantic-ranking.ts). On
 * the English DEV2 held-out set it lifted paraphrase hit@5 0.689 → 0.733 and
 * hit@1 0.311 → 0.444 at 1 (0.5, 0.7, 0.8, 1.3, 1.5 all measured lower).
 */
const SEMANTIC_FUSION_WEIGHT = 1;
/**
 * Weight of the word-vector ranking for an English knowledge base, where the vectors read the articles' own words (no
 * dictionary between them). Round 18 (2026-12-07): 1 → 2 lifted the English DEV set (pet insurance) hit@5 0.900 →
 * 0.917–0.925 (paraphrases 0.733 → 0.800–0.833), the in-sample help center 0.985 → 1 and the telecom one 0.917 → 0.933
 * (hit@1 unchanged on all three); 1.5 measured 0.900. A variant raising it only when the best lexical article covered
 * under half of the question's words measured the same within one question. Round 14's DEV2 had measured 1.3 and 1.5
 * lower, with an earlier pipeline. Other languages keep {@link SEMANTIC_FUSION_WEIGHT} (the Spanish in-sample set lost
 * a first place at 2).
 */
const ENGLISH_SEMANTIC_FUSION_WEIGHT = 2;
/**
 * Word vectors for a knowledge base in Chinese or Japanese, through its words' English translations
 * (segmentedGlossLookup: CC-CEDICT, FreeDict's Japanese–English): the only signal offline that links a
 * customer's everyday word to the article's in those languages. Measured in the README (round 17).
 */
const SEGMENTED_GLOSSES = true;
/**
 * Length exponent of the soft-match mass of a question word no candidate contains, when the Retriever's
 * `semanticAbsentMass` is on (SemanticOptions.absentWordMass). On the round 14 DEV set, the word-vector
 * ranking alone: 0.3 → paraphrase hit@5 0.80, 0.5 → 0.80 (hit@1 0.444), 0.7 → 0.778; 1 (the plain
 * translation model's p(w|d)) fused 0.689 against 0.711 at 0.5.
 */
const ABSENT_WORD_MASS = 0.5;
/**
 * Whether the vector ranking takes part in the fusion for a long message (the
 * focus path, ./query-focus.ts). It does not: the vector leg embeds the whole
 * message with the local hashed-feature embedder, where the story's many words
 * outweigh the few that name the topic. Alone, it was the weakest ranking of
 * long messages on the round 8 held-out sets (hit@1 / hit@5 0.40 / 0.70 German,
 * 0.20 / 0.50 English; the others 0.35–0.75 / 0.65–0.95), and left out of the
 * fusion long messages rose 0.55 / 0.90 → 0.70 / 0.95 and 0.45 / 0.75 → 0.50 /
 * 0.75, every other kind of question unchanged (in-sample sets identical). Its
 * candidates still join the re-ranked rows. Embedding only the asking
 * sentences instead measured worse (English long hit@1 0.35).
 */
const LONG_MESSAGE_VECTOR_FUSION = false;
/**
 * Whether a long message (the focus path) takes pseudo-relevance feedback. It
 * does not: a long message already brings many words of its own, and the
 * feedback terms of its first pass's top passages, which its story's words
 * often chose, pull the ranking towards them (query drift: Mitra, Singhal &
 * Buckley, SIGIR 1998). Without it, long
 * messages of the round 8 German held-out set rose from hit@1 0.70 to 0.85
 * (hit@5 0.95 both), the English set's were unchanged, every other kind of
 * question is untouched (short questions keep the feedback) and the in-sample
 * sets measured identical.
 */
const LONG_MESSAGE_FEEDBACK = false;
/** Knowledge-base statistics are recomputed when a knowledge base changes, or after this long. */
const STATS_TTL_MS = 10 * 60_000;
const STATS_CACHE_SCOPES = 32;
const LANGUAGE_GUESSES = 1024;
/** About 100 bytes each: at most ~30 MB of statistics per process. */
const STATS_CACHE_MAX_LEXEMES = 300_000;
const LEXEME_CACHE_SIZE = 20_000;
/** Base forms of an inflected word: headwords starting with its stem (at least this long), at most this much longer, at most this many. */
const MIN_LEMMA_STEM = 4;
const LEMMA_MAX_EXTRA = 5;
const MAX_LEMMA_CANDIDATES = 40;
/** Weight of a base form of the word (it is the same lexeme mostly; another derivation sometimes) and factor of its synonyms. */
const LEMMA_WEIGHT = 0.8;
const LEMMA_FACTOR = 0.9;

/** A knowledge base in a question's scope: its text-search configuration and last change. */
export type ScopeRow = { id: string; language: string; updated: string };

/** Single-word variants of each support concept, by canonical name. */
const CONCEPT_WORDS: ReadonlyMap<string, string[]> = new Map(
  Object.entries(SUPPORT_SYNONYMS).map(([canonical, variants]) => [
    canonical,
    [...new Set([canonical, ...variants].map((v) => normalizeText(v)).filter((v) => /^[\p{L}\p{M}\p{N}]+$/u.test(v)))],
  ]),
);

export class Retriever {
  private readonly statsCache = new Map<string, { version: string; at: number; stats: Promise<LexicalStats>; lexemes: number }>();
  /** Lexemes of words, by the scope's languages (comma-joined), then word; at most LEXEME_CACHE_SIZE words in all. */
  private readonly lexemeCache = new Map<string, Map<string, string[]>>();
  private lexemeCacheSize = 0;
  /** Each scope's knowledge bases (languages, versions) when last read, by tenant and knowledge-base list; at most LANGUAGE_GUESSES scopes. */
  private readonly lastScopes = new Map<string, ScopeRow[]>();
  /** Candidate chunks come back question after question: their tsvectors are parsed, and their words split into grams, once. */
  private readonly candidateCache = new CandidateCache();
  /** Small knowledge bases' chunks in memory, answering both candidate legs without Postgres (./knowledge-snapshot.ts). */
  private readonly snapshots: KnowledgeSnapshots;

  constructor(
    private readonly db: Db,
    private readonly embedder: EmbedderHandle,
    private readonly opts: {
      expand?: (word: string) => Expansion[];
      /** Word translations (FreeDict); by default the dictionaries in `dictionaryDir`. */
      bilingual?: BilingualLexicon;
      dictionaryDir?: string;
      /** Whole-question translation (Apertium by default; null for none). */
      translator?: QuestionTranslator | null;
      /** In-language synonyms of other languages than English (MyThes): these, or the thesauri in `thesaurusDir`; none when neither is given. */
      thesauri?: ThesaurusLibrary | null;
      thesaurusDir?: string;
      /** English word vectors (./word-vectors.ts): these, or the files in `wordVectorsDir`; none when neither is given. */
      wordVectors?: WordVectors | null;
      wordVectorsDir?: string;
      /**
       * Word vectors for knowledge bases in other languages too, through the FreeDict English translations of
       * their words. Off: on the Italian DEV set paraphrase hit@5 rose 0.778 → 0.822 but overall hit@1 and MRR
       * fell (0.700 / 0.858 / 0.772 → 0.683 / 0.867 / 0.766). A knowledge base whose language the translator
       * has a word lexicon into English for (Spanish, with Apertium) takes them anyway, glossed by both
       * (LEXICON_GLOSSES).
       */
      semanticGlosses?: boolean;
      /**
       * The word-vector ranking scores a question word no candidate article contains by its soft-match mass
       * in each article (SemanticOptions.absentWordMass, ABSENT_WORD_MASS). Off by default: on the round 14
       * DEV set everyday paraphrases rose (hit@5 0.667 → 0.711; the ranking alone 0.711 → 0.80) but the
       * in-sample telecom set lost two first places (README, round 14).
       */
      semanticAbsentMass?: boolean;
      /** Word vectors for a knowledge base in Chinese or Japanese through its words' English translations (SEGMENTED_GLOSSES, on by default). */
      segmentedGlosses?: boolean;
      /** Chunks held in memory for small knowledge bases (RETRIEVAL_SNAPSHOT_MAX_CHUNKS; 0: none). */
      snapshotMaxChunks?: number;
      /** A snapshot that could not be loaded (its questions read Postgres meanwhile). */
      onSnapshotError?: (err: unknown) => void;
    } = {},
  ) {
    this.snapshots = new KnowledgeSnapshots(() => rawClient(this.db), {
      maxChunks: opts.snapshotMaxChunks ?? DEFAULT_SNAPSHOT_MAX_CHUNKS,
      maxScopeChunks: ANY_TERM_CANDIDATES,
      onError: opts.onSnapshotError,
    });
    this.bilingual = opts.bilingual ?? sharedLexicon(opts.dictionaryDir ?? DEFAULT_DICTIONARY_DIR);
    this.translator = opts.translator === undefined ? sharedTranslator : opts.translator;
    this.thesauri = opts.thesauri === undefined ? (opts.thesaurusDir ? sharedThesauri(opts.thesaurusDir) : null) : opts.thesauri;
    const { wordVectors, wordVectorsDir } = opts;
    this.wordVectorsOption = () => (wordVectors !== undefined ? wordVectors : wordVectorsDir ? sharedWordVectors(wordVectorsDir) : null);
  }

  /** Chunks this retriever holds in memory for small knowledge bases (./knowledge-snapshot.ts). */
  get snapshotChunks(): number {
    return this.snapshots.chunks;
  }

  private readonly bilingual: BilingualLexicon;
  /** By knowledge-base language, normalised word → its English translations from the translator's word lexicon ([] none; see prefetchGlosses). */
  private readonly lexiconGlosses = new Map<string, Map<string, string[]>>();
  private readonly thesauri: ThesaurusLibrary | null;
  private readonly translator: QuestionTranslator | null;

  private readonly wordVectorsOption: () => WordVectors | null;

  /**
   * The word-vector ranking of the candidates (./semantic-ranking.ts) and its
   * fusion weight; null without vectors, or for a knowledge base in another
   * language than English unless `semanticGlosses` (its words through their
   * FreeDict English translations).
   */
  private semanticList(rows: CandidateRow[], docTexts: ReadonlyMap<string, readonly string[]>, sentences: Array<{ text: string; weight: number }>, languages: string[], tieBreak: (r: CandidateRow) => number): { rows: CandidateRow[]; weight: number } | null {
    const vectors = this.wordVectorsOption();
    if (!vectors) return null;
    const options = this.opts.semanticAbsentMass ? { ...DEFAULT_SEMANTIC_OPTIONS, absentWordMass: ABSENT_WORD_MASS } : DEFAULT_SEMANTIC_OPTIONS;
    if (languages.includes('english')) return { rows: semanticRankingOfDocuments(vectors, sentences, rows, docTexts, tieBreak, options), weight: ENGLISH_SEMANTIC_FUSION_WEIGHT };
    const spaceless = (this.opts.segmentedGlosses ?? SEGMENTED_GLOSSES) && languages.length === 1 && languages[0] === 'simple' ? spacelessLanguage(docTexts) : null;
    if (spaceless && this.bilingual.supports(spaceless, 'en')) {
      const lookup = segmentedGlossLookup(vectors, this.bilingual, spaceless);
      const coverage = Math.min(...sentences.map((s) => vectorCoverage(s.text, lookup)));
      return { rows: semanticRankingOfDocuments(vectors, sentences, rows, docTexts, tieBreak, options, lookup), weight: SEMANTIC_FUSION_WEIGHT * coverage };
    }
    const iso = languages.length === 1 ? isoForFtsConfig(languages[0]!) : null;
    if (!iso || iso === 'en' || !this.bilingual.supports(iso, 'en')) return null;
    const glosses = this.lexiconGlosses.get(iso);
    if (!this.opts.semanticGlosses && !(LEXICON_GLOSSES && glosses)) return null;
    const lookup = glossLookup(vectors, this.bilingual, iso, glosses && { key: 'lexicon', glosses: (w) => glosses.get(w) ?? [] });
    // Weighed by the share of the question's words the dictionary takes to the vectors: a typo or an
    // inflection it lacks leaves the ranking to a few words (Italian DEV: typo hit@1 0.73 → 0.87 with it).
    const coverage = Math.min(...sentences.map((s) => vectorCoverage(s.text, lookup)));
    return { rows: semanticRankingOfDocuments(vectors, sentences, rows, docTexts, tieBreak, options, lookup), weight: SEMANTIC_FUSION_WEIGHT * coverage };
  }

  /**
   * English translations of the words of `texts` (the candidate articles', the question's) that FreeDict
   * lacks, from the machine translator's word lexicon (QuestionTranslator.translateWords), kept per
   * language across questions (the same articles come back): what the word-vector ranking of a knowledge
   * base in another language than English reads besides FreeDict's glosses (LEXICON_GLOSSES). Nothing
   * without such a lexicon for the knowledge base's language.
   */
  private async prefetchGlosses(texts: Iterable<readonly string[]>, languages: string[]): Promise<void> {
    const iso = languages.length === 1 ? isoForFtsConfig(languages[0]!) : null;
    if (!iso || iso === 'en' || !this.translator || !hasLexiconRoute(this.translator, iso, 'en', CHAINED_LEXICON_GLOSSES) || !this.bilingual.supports(iso, 'en')) return;
    let known = this.lexiconGlosses.get(iso);
    if (!known) this.lexiconGlosses.set(iso, (known = new Map()));
    // The lexicon analyses words as written (accents kept); the ranking looks them up normalised.
    const asked = new Map<string, string>();
    for (const list of texts)
      for (const t of list)
        for (const w of t.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []) {
          const key = normalizeText(w);
          if (key.length < 3 || known.has(key) || asked.has(key) || isStopWord(key)) continue;
          if (this.bilingual.translate(key, iso, 'en').length > 0) known.set(key, []);
          else asked.set(key, w);
        }
    if (asked.size === 0) return;
    const found = await lexiconTranslations(this.translator, [...asked.values()], iso, 'en');
    if (known.size + asked.size > MAX_LEXICON_GLOSSES) known.clear();
    for (const [key, w] of asked) known.set(key, (found.get(w) ?? []).map((t) => normalizeText(t)));
  }

  async retrieve(tenantId: string, query: string, opts: RetrieveOptions = {}): Promise<RetrievedChunk[]> {
    return (await this.retrieveDetailed(tenantId, query, opts)).chunks;
  }

  async retrieveDetailed(tenantId: string, query: string, opts: RetrieveOptions = {}): Promise<RetrievalResult> {
    return this.retrieveIn(tenantId, query, opts, true);
  }

  /** `speculate`: prepare() may work from the scope as last seen while the scope is read (see prepare()). */
  private async retrieveIn(tenantId: string, query: string, opts: RetrieveOptions, speculate: boolean): Promise<RetrievalResult> {
    const k = opts.k ?? 6;
    const mode = opts.mode ?? 'hybrid';
    const timings = opts.timings;
    const n = opts.candidates ?? 40;
    const t0 = performance.now();
    // The vector leg needs neither the statistics nor the question's lexemes: it starts at once, on the
    // message as it came, and runs while prepare() works. Only a question searched in translation too
    // embeds other text (prepare() says so); that one's early leg is dropped and the leg runs again.
    // prepare() first: its first query goes out while the question is embedded (see embed()).
    const preparing = this.prepare(tenantId, query, opts, speculate);
    const asked = query.trim().slice(0, MAX_QUERY_CHARS);
    // A scope whose chunks were held in memory last time (./knowledge-snapshot.ts) is likely to be again:
    // its question is embedded early but its vector leg waits for the scope (no leg in Postgres).
    const lastScope = opts.knowledgeBaseIds?.length === 0 ? undefined : this.lastScopes.get(scopeKeyOf(tenantId, opts));
    const likelyInMemory = lastScope !== undefined && this.snapshotOf(tenantId, lastScope, false) !== null;
    const early = mode !== 'text' && asked && opts.knowledgeBaseIds?.length !== 0 ? this.earlyVector(asked, likelyInMemory ? null : legScope(tenantId, opts), n, timings) : null;
    const { diagnostics, stats, groups, scope, scopeRows, text, embedText, sentences, confirmed } = await preparing;
    const t1 = performance.now();
    if (timings) timings.prepare = t1 - t0;
    if (!scope || !stats || (embedText === null && !text)) {
      if (!(await confirmed)) return this.retrieveIn(tenantId, query, opts, false);
      return { chunks: [], diagnostics };
    }
    // Every candidate asks for the idf of the same few lexemes.
    const idfs = new Map<string, number>();
    const idfOf = (lexeme: string) => {
      let v = idfs.get(lexeme);
      if (v === undefined) idfs.set(lexeme, (v = idf(stats, lexeme)));
      return v;
    };

    const snapshot = this.snapshotOf(tenantId, scopeRows, true);
    const embedding = embedText === null ? null : early?.text === embedText ? early.embedding : this.embed(embedText, timings);
    const vectorRows =
      embedding === null
        ? null
        : snapshot
          ? timed(timings, 'vectorLeg', embedding.then((vector) => snapshot.vectorLeg({ vector, n, includeUnpublished: scope.includeUnpublished })))
          : early?.text === embedText && early.rows
            ? early.rows
            : this.vectorLegOf(scope, embedding, n, timings);
    const fetching = this.candidates(scope, text, vectorRows, mode, timings, snapshot);
    // Not left unhandled while the scope is confirmed.
    fetching.catch(() => undefined);
    // Prepared from a scope that has changed since it was last seen: everything again, from the scope as it is.
    if (!(await confirmed)) return this.retrieveIn(tenantId, query, opts, false);
    const { rows, entries } = await fetching;
    const t2 = performance.now();
    if (timings) timings.candidates = t2 - t1;
    // The lexical fields serve the text rankings only; parsed once per chunk text across questions.
    // By row index: each row's candidate entry (from the legs, see candidates()), its fields and (below) its text score.
    const fields = entries.map((e) => e.fields);

    // Ties are broken by chunk id, as localeCompare orders them.
    const byId = idOrder(rows.map((r) => r.id));
    // Each row's text score by its index (0: no match), read by the sorts below without a map look-up per comparison.
    let rowText = new Float64Array(rows.length);
    let finalGroups = groups;
    if (mode !== 'vector' && groups.length > 0) {
      const compiled = compileGroups(groups, idfOf);
      const first = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) first[i] = bm25fCompiled(compiled, fields[i]!, stats);
      rowText = first;
      // Pseudo-relevance feedback from the best passages of the first pass (not for a long message: LONG_MESSAGE_FEEDBACK).
      const top = firstInOrder(
        rows.map((_, i) => i),
        PRF.passages,
        (a, b) => first[b]! - first[a]! || byId(rows[a]!.id, rows[b]!.id),
      ).filter((i) => first[i]! > 0);
      const known = new Set(groups.flatMap((g) => [...g.members.keys()]));
      const feedback = feedbackTerms(top.map((i) => ({ fields: fields[i]!, score: first[i]! })), known, stats, idfOf);
      if (feedback.length > 0 && !(diagnostics.focused && !LONG_MESSAGE_FEEDBACK)) {
        diagnostics.feedback = feedback.map((g) => [...g.members.keys()][0]!);
        finalGroups = [...groups, ...feedback];
        // The question's groups as scored above, the feedback's added to each score (bm25fContinued: the same scores as all groups at once).
        const more = compileGroups(feedback, idfOf);
        rowText = new Float64Array(rows.length);
        for (let i = 0; i < rows.length; i++) rowText[i] = bm25fContinued(first[i]!, more, fields[i]!, stats);
      }
      diagnostics.expansions = matchedExpansions(groups, fields);
    }
    const textScores = new Map<string, number>();
    if (mode !== 'vector' && groups.length > 0) rows.forEach((r, i) => textScores.set(r.id, rowText[i]!));

    const byVector = rows.filter((r) => r.vrank !== null).sort((a, b) => a.vrank! - b.vrank!);
    const byText = rankedRows(rows, rowText, null, byId);
    const textRank = new Map(byText.map((r, i) => [r.id, i + 1]));
    // Whole-document evidence: the words of a question are often spread over several chunks of one article.
    let byDocument: CandidateRow[] = [];
    if (mode !== 'vector' && groups.length > 0) {
      const docs = new Map<string, FieldTerms[]>();
      rows.forEach((r, i) => {
        const d = docs.get(r.document_id);
        if (!d) docs.set(r.document_id, [fields[i]!]);
        else d.push(fields[i]!);
      });
      const docStats = { ...stats, avgBodyChars: stats.avgDocChars };
      const compiled = compileGroups(finalGroups, idfOf);
      const docScore = new Map([...docs].map(([id, chunks]) => [id, bm25fCompiledDocument(compiled, chunks, docStats)]));
      byDocument = rankedRows(rows, perRow(rows, (r) => docScore.get(r.document_id)!), rowText, byId);
    }
    // Subword evidence, language-independent (src/rag/char-grams.ts): inflections, typos, cognates.
    let byCharGrams: CandidateRow[] = [];
    // Each article's texts (chunkGramTexts), for the character n-grams (the contents' grams kept in the
    // candidate entries) and, when installed, the word vectors.
    const docTexts = new Map<string, string[]>();
    const vectorsInstalled = mode !== 'vector' && this.wordVectorsOption() !== null;
    if (mode !== 'vector') {
      const docGrams = new Map<string, GramSource[]>();
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i]!;
        const e = entries[i]!;
        const g = docGrams.get(r.document_id);
        if (!g) docGrams.set(r.document_id, [...e.firstGrams]);
        else g.push(...e.laterGrams);
        if (!vectorsInstalled) continue;
        const t = docTexts.get(r.document_id);
        if (!t) docTexts.set(r.document_id, [...e.firstTexts]);
        else t.push(...e.laterTexts);
      }
      const gramScore = charGramScores(sentences, docGrams);
      byCharGrams = rankedRows(rows, perRow(rows, (r) => gramScore.get(r.document_id) ?? 0), rowText, byId);
    }
    // A long message's vector ranking finds candidates but is not fused: see LONG_MESSAGE_VECTOR_FUSION.
    const textual = mode === 'text' || (mode === 'hybrid' && diagnostics.focused && !LONG_MESSAGE_VECTOR_FUSION);
    const lists = mode === 'vector' ? [byVector] : textual ? [byText, byDocument, byCharGrams] : [byVector, byText, byDocument, byCharGrams];
    const weights = mode === 'vector' ? [1] : textual ? [1, 1, CHAR_GRAM_FUSION_WEIGHT] : [1, 1, 1, CHAR_GRAM_FUSION_WEIGHT];
    // The word lexicon's English glosses of the articles' and the question's words (LEXICON_GLOSSES), before the ranking reads them.
    if (LEXICON_GLOSSES && vectorsInstalled) await this.prefetchGlosses([...docTexts.values(), sentences.map((s) => s.text)], diagnostics.languages);
    // Word-vector ranking of the articles (./semantic-ranking.ts), when the vectors are installed.
    const semantic = mode === 'vector' ? null : this.semanticList(rows, docTexts, sentences, diagnostics.languages, (r) => textScores.get(r.id) ?? 0);
    if (semantic) {
      lists.push(semantic.rows);
      weights.push(semantic.weight);
    }
    // A long article matching a few common words in every chunk must not fill the window (./diversify.ts).
    const fused = capPerDocument(reciprocalRankFusion(lists, { weights }), (f) => f.item.document_id, MAX_CHUNKS_PER_DOCUMENT);
    const chunks = fused.slice(0, k).map(({ item, score }) => ({
      id: item.id,
      documentId: item.document_id,
      knowledgeBaseId: item.knowledge_base_id,
      title: item.title,
      sourceUrl: item.source_url,
      content: item.content,
      headingPath: item.heading_path,
      position: item.position,
      score,
      vectorScore: item.vscore,
      textScore: textScores.has(item.id) && textScores.get(item.id)! > 0 ? Number(textScores.get(item.id)!.toFixed(4)) : null,
      vectorRank: item.vrank,
      textRank: textRank.get(item.id) ?? null,
    }));
    if (timings) timings.rerank = performance.now() - t2;
    return { chunks, diagnostics };
  }

  /**
   * Everything before the candidate legs: scope, statistics, the question's
   * term groups (expansions, translations, typo corrections) and the lexemes of
   * the full-text match; the embedding is left to the caller, which runs it
   * while the full-text leg is under way.
   */
  private async prepare(tenantId: string, query: string, opts: RetrieveOptions, speculate = false): Promise<Prepared> {
    const text = query.trim().slice(0, MAX_QUERY_CHARS);
    const focus = focusQuery(text);
    const diagnostics: RetrievalDiagnostics = { languages: [], focused: focus.long, focusText: focus.focusText, terms: [], droppedTerms: 0, expansions: [], feedback: [], translations: [], knownWordShare: null, stopWords: [] };
    const confirmed = Promise.resolve(true);
    const none: Prepared = { diagnostics, stats: null, groups: [], scope: null, scopeRows: [], text: null, embedText: null, sentences: [], confirmed };
    if (!text) return none;

    const scoping = opts.scopeRead ?? this.scope(tenantId, opts.knowledgeBaseIds);
    const scopeKey = scopeKeyOf(tenantId, opts);
    const last = opts.knowledgeBaseIds?.length === 0 ? undefined : this.lastScopes.get(scopeKey);
    // The scope as last seen, with its statistics still cached: the question is prepared from it while the
    // scope is read again, so the full-text leg need not wait for that round trip. The caller uses what was
    // prepared only once the scope is confirmed unchanged (same knowledge bases, languages and versions, the
    // same statistics): prepare() reads nothing else, so that is what it would have prepared after the read.
    const lastKey = speculate && last ? statsKey(tenantId, last) : undefined;
    const lastStats = lastKey ? this.cachedStats(lastKey.key, lastKey.version) : undefined;
    if (last && lastStats) {
      const confirming = scoping.then((rows) => {
        this.rememberScope(scopeKey, rows);
        return sameScope(rows, last) && this.stats(tenantId, rows) === lastStats;
      });
      // Not left unhandled if preparing fails first; the caller awaits it.
      confirming.catch(() => undefined);
      await afterQueuedWrites();
      return { ...(await this.prepareIn(tenantId, text, focus, diagnostics, opts, last, lastStats, null)), confirmed: confirming };
    }
    // The question's words are analysed in the languages the scope had last time while the scope is read
    // again; taken only if they are still its languages (the analysis depends on nothing else).
    const guessed = last ? scopeLanguages(last) : undefined;
    const early = guessed ? afterQueuedWrites().then(() => this.termGroups(focus.sentences, guessed)) : null;
    early?.catch(() => undefined);
    const scopeRows = await scoping;
    diagnostics.languages = scopeLanguages(scopeRows);
    if (scopeRows.length === 0) return none;
    this.rememberScope(scopeKey, scopeRows);
    const languages = diagnostics.languages;
    return { ...(await this.prepareIn(tenantId, text, focus, diagnostics, opts, scopeRows, this.stats(tenantId, scopeRows), early && guessed!.join(',') === languages.join(',') ? early : null)), confirmed };
  }

  /** The scope's rows kept for the next question of the same scope (bounded: the least recently asked go). */
  private rememberScope(scopeKey: string, rows: ScopeRow[]): void {
    this.lastScopes.delete(scopeKey);
    if (rows.length === 0) return;
    this.lastScopes.set(scopeKey, rows);
    if (this.lastScopes.size > LANGUAGE_GUESSES) this.lastScopes.delete(this.lastScopes.keys().next().value as string);
  }

  /**
   * prepare() for a known, non-empty scope: its statistics, the question's term groups (`early`: already
   * analysed in the scope's languages), translation, the lexemes of the full-text match.
   */
  private async prepareIn(
    tenantId: string,
    text: string,
    focus: ReturnType<typeof focusQuery>,
    diagnostics: RetrievalDiagnostics,
    opts: RetrieveOptions,
    scopeRows: ScopeRow[],
    statsOf: Promise<LexicalStats>,
    early: Promise<Awaited<ReturnType<Retriever['termGroups']>>> | null,
  ): Promise<Omit<Prepared, 'confirmed'>> {
    const mode = opts.mode ?? 'hybrid';
    const languages = scopeLanguages(scopeRows);
    diagnostics.languages = languages;
    // The statistics and the lexemes do not depend on each other.
    const [stats, raw] = await Promise.all([statsOf, early ?? this.termGroups(focus.sentences, languages)]);
    // A question in another language than the knowledge base: its words' dictionary translations join their groups.
    const translated = await this.translate(text, raw, stats, languages, focus);
    diagnostics.translations = translated.pairs;
    // The vector embeds the whole message: in a long one the story around the question names the topic.
    const embedText = mode === 'text' ? null : translated.text ? `${text}\n${translated.text}` : text;

    let groups: TermGroup[] = [];
    let matchLexemes: string[] = [];
    if (mode !== 'vector') {
      if (compoundingKnowledgeBase(languages)) await this.decompound(raw.groups, stats, languages);
      // The same few lexemes are asked for again and again (selectGroups, strongestLexemes).
      const idfs = new Map<string, number>();
      const idfOf = (lexeme: string) => {
        let v = idfs.get(lexeme);
        if (v === undefined) idfs.set(lexeme, (v = idf(stats, lexeme)));
        return v;
      };
      const selected = selectGroups(raw.groups, stats, idfOf);
      groups = selected.groups;
      diagnostics.terms = groups.map((g) => g.source);
      diagnostics.droppedTerms = selected.dropped;
      diagnostics.stopWords = raw.stopWords;
      diagnostics.knownWordShare = raw.contentWords > 0 ? Number((selected.knownWords / raw.contentWords).toFixed(3)) : null;
      matchLexemes = strongestLexemes(groups, idfOf, MAX_MATCH_LEXEMES);
    }
    return {
      diagnostics,
      stats,
      groups,
      scope: legScope(tenantId, opts),
      scopeRows,
      text: matchLexemes.length > 0 ? textLegRequest(withinMatchBudget(matchLexemes, stats, ANY_TERM_CANDIDATES), matchLexemes) : null,
      embedText,
      sentences: translated.text ? [...focus.sentences, { text: translated.text, weight: TRANSLATION_WEIGHT }] : focus.sentences,
    };
  }

  /**
   * Reads a question's scope ahead (RetrieveOptions.scopeRead), on the connection a conversation job
   * pinned when there is one: written with the job's other reads of the message (src/db/pinned-connection.ts).
   */
  readScope(tenantId: string, knowledgeBaseIds?: string[]): Promise<ScopeRow[]> {
    return this.scope(tenantId, knowledgeBaseIds, pinnedOr(rawClient(this.db)));
  }

  /** The knowledge bases in scope with their language and last change. */
  private async scope(tenantId: string, knowledgeBaseIds?: string[], client = rawClient(this.db)): Promise<ScopeRow[]> {
    if (knowledgeBaseIds && knowledgeBaseIds.length === 0) return [];
    const rows = await scopeRows(client, { tenantId, knowledgeBaseIds: knowledgeBaseIds?.length ? knowledgeBaseIds : null });
    return rows.map((r) => ({ ...r, language: (TEXT_SEARCH_LANGUAGES as readonly string[]).includes(r.language) ? r.language : 'simple' }));
  }

  /**
   * Document frequencies of every lexeme of the knowledge bases in scope
   * (Postgres `ts_stat`), cached per scope until one of them changes. Computed
   * once per change: about 0.25 s for 100k chunks.
   */
  private stats(tenantId: string, scopeRows: ScopeRow[]): Promise<LexicalStats> {
    const { key, version } = statsKey(tenantId, scopeRows);
    const cached = this.cachedStats(key, version);
    if (cached) return cached;
    const ids = scopeRows.map((r) => r.id);
    const stats = (async () => {
      const idList = sql`array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;
      const [totals] = await this.db.execute<{ n: number; avg: number | null; docs: number }>(
        sql`select count(*)::int as n, avg(length(content))::float8 as avg, count(distinct document_id)::int as docs from knowledge_chunks where tenant_id = ${tenantId} and knowledge_base_id = any(${idList})`,
      );
      const words = await this.db.execute<{ word: string; ndoc: number }>(
        sql`select word, ndoc from ts_stat(format('select tsv from knowledge_chunks where tenant_id = %L and knowledge_base_id = any(%L::uuid[])', ${tenantId}::text, ${idList}::text))`,
      );
      return buildStats(totals?.n ?? 0, totals?.avg ?? 1, totals?.docs ?? 1, words);
    })();
    const entry = { version, at: Date.now(), stats, lexemes: 0 };
    stats.then(
      (s) => {
        entry.lexemes = s.df.size;
        // Bounded memory: the least recently computed scopes go first.
        let total = [...this.statsCache.values()].reduce((n, e) => n + e.lexemes, 0);
        for (const [k, e] of this.statsCache) {
          if (total <= STATS_CACHE_MAX_LEXEMES || k === key) break;
          this.statsCache.delete(k);
          total -= e.lexemes;
        }
      },
      () => this.statsCache.delete(key),
    );
    this.statsCache.delete(key);
    this.statsCache.set(key, entry);
    while (this.statsCache.size > STATS_CACHE_SCOPES) this.statsCache.delete(this.statsCache.keys().next().value as string);
    return stats;
  }

  /** The statistics cached under `key` if they are of this `version` and not too old (statsKey); nothing is computed. */
  private cachedStats(key: string, version: string): Promise<LexicalStats> | undefined {
    const cached = this.statsCache.get(key);
    return cached && cached.version === version && Date.now() - cached.at < STATS_TTL_MS ? cached.stats : undefined;
  }

  /** Lexemes of words in each configuration (Postgres stems them as it stemmed the documents), cached. */
  private async lexemes(words: string[], languages: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    const missing: string[] = [];
    const languagesKey = languages.join(',');
    const cache = this.lexemeCache.get(languagesKey);
    for (const w of words) {
      const cached = cache?.get(w);
      if (cached) out.set(w, cached);
      else missing.push(w);
    }
    if (missing.length > 0) {
      // A Thai (Lao, Khmer, Myanmar) word or phrase, a dictionary's translation say, is cut as the indexer cut the articles.
      const asked = new Map(missing.map((m) => [segmentSpaceless(m), m]));
      const rows = await this.db.execute<{ w: string; v: string }>(
        sql`select w, string_agg(to_tsvector(l::regconfig, unaccent(w))::text, ' ') as v
            from unnest(${sql`array[${sql.join([...asked.keys()].map((m) => sql`${m}`), sql`, `)}]::text[]`}) w,
                 unnest(${sql`array[${sql.join(languages.map((l) => sql`${l}`), sql`, `)}]::text[]`}) l
            group by w`,
      );
      for (const r of rows) {
        const lexemes = [...parseTsvector(r.v ?? '').keys()];
        const word = asked.get(r.w) ?? r.w;
        out.set(word, lexemes);
        this.rememberLexemes(languagesKey, word, lexemes);
      }
    }
    return out;
  }

  /** Caches a word's lexemes; past LEXEME_CACHE_SIZE words the oldest word of the oldest language set goes. */
  private rememberLexemes(languagesKey: string, word: string, lexemes: string[]): void {
    let cache = this.lexemeCache.get(languagesKey);
    if (!cache) this.lexemeCache.set(languagesKey, (cache = new Map()));
    if (!cache.has(word)) this.lexemeCacheSize++;
    cache.delete(word);
    cache.set(word, lexemes);
    while (this.lexemeCacheSize > LEXEME_CACHE_SIZE) {
      const [oldestKey, oldest] = this.lexemeCache.entries().next().value!;
      const first = oldest.keys().next();
      if (first.done) {
        this.lexemeCache.delete(oldestKey);
        continue;
      }
      oldest.delete(first.value);
      this.lexemeCacheSize--;
      if (oldest.size === 0) this.lexemeCache.delete(oldestKey);
    }
  }

  /**
   * One group per content word of the question (weighted by its sentence): the
   * word's lexemes, its WordNet expansions (English knowledge bases) or its
   * thesaurus and pivot synonyms (other languages), and the other single-word
   * variants of a support concept it belongs to.
   */
  private async termGroups(sentences: Array<{ text: string; weight: number }>, languages: string[]): Promise<{ groups: RawGroup[]; contentWords: number; stopWords: string[]; unspacedRuns: string[] }> {
    const wordWeight = new Map<string, number>();
    const wordCount = new Map<string, number>();
    const conceptWeight = new Map<string, number>();
    const phraseWeight = new Map<string, number>();
    const unspacedRuns = new Set<string>();
    const useWordNet = languages.includes('english') || languages.includes('simple');
    const expand = this.opts.expand ?? expandWord;
    const wordnet = (phrase: string) => expand(phrase);
    const frameConfig = languages.length === 1 ? languages[0]! : null;
    for (const s of sentences) {
      const normalized = normalizeWords(s.text);
      for (const token of normalized.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
        // A Chinese or Japanese run stays whole for the dictionaries (translate), its ICU words are the query's.
        if (UNSPACED_SCRIPT.test(token) && !isStopWord(token) && token.length >= 2) unspacedRuns.add(token);
        for (const w of segmentSpaceless(token).split(' ')) {
          // Nor do the words that frame a question in the knowledge base's language ("pourquoi", "voudrais", "posso"):
          // Snowball keeps them, our list drops their English equivalents ("want", "how"), see isFrameWord.
          if (isStopWord(w) || (w.length < 2 && !/\d/.test(w)) || (frameConfig !== null && isFrameWord(frameConfig, w))) continue;
          wordWeight.set(w, Math.max(wordWeight.get(w) ?? 0, s.weight));
          wordCount.set(w, (wordCount.get(w) ?? 0) + 1);
        }
      }
      const a = analyzeText(s.text);
      for (const c of [...a.concepts, ...a.nearConcepts]) conceptWeight.set(c, Math.max(conceptWeight.get(c) ?? 0, s.weight));
      if (useWordNet) for (const phrase of collocations(normalized, wordnet)) phraseWeight.set(phrase, Math.max(phraseWeight.get(phrase) ?? 0, s.weight));
    }
    // Another language: in-language synonyms (thesaurus) and synonyms through English and back (bilingual
    // pivot), where installed. Both together measured a little better at hit@1/MRR than either alone (README).
    const kbIso = languages.length === 1 ? isoForFtsConfig(languages[0]!) : null;
    const thesaurus = !useWordNet && kbIso && kbIso !== 'en' ? (this.thesauri?.get(kbIso) ?? null) : null;
    const pivot = !useWordNet && kbIso && kbIso !== 'en' && this.bilingual.supports(kbIso, 'en') && this.bilingual.supports('en', kbIso) ? kbIso : null;
    const inLanguage = thesaurus ? await this.thesaurusSynonyms(thesaurus, [...wordWeight.keys()], languages) : new Map<string, ThesaurusSynonym[]>();
    const groups: Array<{ weight: number; source: string; words: Map<string, number> }> = [];
    for (const [word, weight] of wordWeight) {
      const words = new Map([[word, 1]]);
      if (useWordNet && /^[a-z]+$/.test(word)) for (const e of expand(word)) words.set(e.term, Math.max(words.get(e.term) ?? 0, e.weight));
      for (const e of inLanguage.get(word) ?? []) words.set(e.term, Math.max(words.get(e.term) ?? 0, e.weight));
      if (pivot && /^[\p{L}\p{M}]{3,}$/u.test(word)) for (const e of pivotSynonyms(this.bilingual, word, pivot)) words.set(e.term, Math.max(words.get(e.term) ?? 0, e.weight));
      groups.push({ weight: weight * queryTermFrequency(wordCount.get(word) ?? 1), source: word, words });
    }
    // A two-word WordNet lemma ("give back", "call off") stands for its one-word synonyms ("refund", "cancel").
    for (const [phrase, { weight, expansions }] of phraseGroups(phraseWeight, expand)) {
      groups.push({ weight, source: `~${phrase}`, words: expansions });
    }
    for (const [concept, weight] of conceptWeight) {
      const words = new Map((CONCEPT_WORDS.get(concept) ?? []).map((w) => [w, CONCEPT_WEIGHT]));
      groups.push({ weight, source: `~${concept}`, words });
    }
    const lexemes = await this.lexemes([...new Set(groups.flatMap((g) => [...g.words.keys()]))], languages);
    const resolved: RawGroup[] = [];
    const stopWords: string[] = [];
    for (const g of groups) {
      const members = new Map<string, number>();
      for (const [w, weight] of g.words) for (const l of lexemes.get(w) ?? []) members.set(l, Math.max(members.get(l) ?? 0, weight));
      const own = g.source.startsWith('~') ? [] : (lexemes.get(g.source) ?? []);
      // The configuration's stop words ("get", "via"...) carry nothing.
      if (!g.source.startsWith('~') && own.length === 0) {
        stopWords.push(g.source);
        continue;
      }
      if (members.size > 0) resolved.push({ weight: g.weight, source: g.source, members, own });
    }
    // The words the knowledge base's own configuration keeps: its stop words ("de", "desde", "quel") are
    // no evidence either way, and forms of one lexeme ("cancelar", "cancela") are one word, as in selectGroups.
    const contentWords = new Set(resolved.filter((g) => !g.source.startsWith('~')).map((g) => g.own.join(' '))).size;
    return { groups: resolved, contentWords, stopWords, unspacedRuns: [...unspacedRuns] };
  }

  /**
   * Compounds (./compounds.ts), in a knowledge base in a language that writes
   * them as one word: a word the knowledge base does not contain is split into
   * two of its words, which join as groups of their own a little below the
   * word; and each word's group takes the knowledge base's compounds of which
   * it is the first or last part, below the word itself.
   */
  private async decompound(groups: RawGroup[], stats: LexicalStats, languages: string[]): Promise<void> {
    const splits: Array<{ group: RawGroup; parts: [string, string] }> = [];
    for (const g of [...groups]) {
      if (g.own.length > 0 && !g.own.some((l) => stats.df.has(l))) {
        const parts = splitCompound(stats, g.source);
        if (parts) splits.push({ group: g, parts });
      }
    }
    for (const g of groups) {
      for (const [l, w] of [...g.members]) for (const c of compoundsContaining(stats, l)) if (w * COMPOUND_WEIGHT > (g.members.get(c) ?? 0)) g.members.set(c, w * COMPOUND_WEIGHT);
    }
    if (splits.length === 0) return;
    const lexemes = await this.lexemes([...new Set(splits.flatMap((s) => s.parts))], languages);
    for (const { group, parts } of splits) {
      for (const part of parts) {
        const members = new Map((lexemes.get(part) ?? []).filter((l) => stats.df.has(l)).map((l) => [l, 1]));
        if (members.size === 0) continue;
        group.split = true;
        groups.push({ weight: group.weight * SPLIT_WEIGHT, source: `${group.source}>${part}`, members, own: [], translated: group.translated });
      }
    }
  }

  /**
   * In-language synonyms of the question's words from the language's thesaurus
   * (src/rag/thesaurus.ts). A word that is no headword (an inflected form)
   * takes the synonyms of the headwords its stemmer maps to the same lexeme,
   * a little lower: the headwords starting with its stem are stemmed by the
   * same Postgres configuration as the documents.
   */
  private async thesaurusSynonyms(thesaurus: Thesaurus, words: string[], languages: string[]): Promise<Map<string, ThesaurusSynonym[]>> {
    const out = new Map<string, ThesaurusSynonym[]>();
    const unknown: string[] = [];
    for (const w of words) {
      if (!/^[\p{L}\p{M}]{3,}$/u.test(w)) continue;
      const s = thesaurus.synonyms(w);
      if (s.length > 0) out.set(w, s);
      else if (!thesaurus.has(w)) unknown.push(w);
    }
    if (unknown.length === 0) return out;
    const own = await this.lexemes(unknown, languages);
    const candidates = new Map<string, string[]>();
    for (const w of unknown) {
      const stem = own.get(w)?.[0];
      if (stem && stem.length >= MIN_LEMMA_STEM) candidates.set(w, thesaurus.lemmaCandidates(stem, LEMMA_MAX_EXTRA).slice(0, MAX_LEMMA_CANDIDATES));
    }
    const stems = await this.lexemes([...new Set([...candidates.values()].flat())], languages);
    for (const [w, cands] of candidates) {
      const stem = own.get(w)![0]!;
      const merged = new Map<string, number>();
      for (const lemma of cands.filter((c) => (stems.get(c) ?? []).includes(stem))) {
        if (lemma !== w) merged.set(lemma, Math.max(merged.get(lemma) ?? 0, LEMMA_WEIGHT));
        for (const s of thesaurus.synonyms(lemma)) merged.set(s.term, Math.max(merged.get(s.term) ?? 0, s.weight * LEMMA_FACTOR));
      }
      if (merged.size > 0) out.set(w, [...merged.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_SYNONYMS_PER_WORD).map(([term, weight]) => ({ term, weight })));
    }
    return out;
  }

  /**
   * A question the knowledge base's language does not share (isForeignQuestion:
   * detected language and unknown words) is searched in translation too: the
   * whole question machine-translated offline (Apertium), whose words join as
   * groups of their own a little below the customer's, and each word's
   * dictionary translations (FreeDict) added to its group below the word.
   * Without a dictionary for the pair, both go through English: the question
   * machine-translated into English and its words looked up in the English
   * dictionary, each customer word through two dictionaries. Returns the
   * `word→translation` pairs the knowledge base knows and the text for the
   * vector and character n-gram rankings: the machine translation, or else the
   * best known dictionary translations of each word.
   */
  private async translate(text: string, raw: { groups: RawGroup[]; contentWords: number; unspacedRuns: readonly string[] }, stats: LexicalStats, languages: string[], focus: ReturnType<typeof focusQuery>): Promise<{ pairs: string[]; text: string | null }> {
    const none = { pairs: [], text: null };
    const kbConfig = languages[0] ?? 'simple';
    const kbIso = isoForFtsConfig(kbConfig);
    const words = raw.groups.filter((g) => !g.source.startsWith('~'));
    if (!kbIso || words.length === 0 || raw.contentWords === 0) return none;
    // Counted like contentWords: once per stemmed form ("cancelar", "cancela" are one word).
    const known = new Set(words.filter((g) => g.own.some((l) => stats.df.has(l))).map((g) => g.own.join(' '))).size;
    // Looser than the responder's refusal test: a translation of a question that was not foreign only
    // repeats its words (they merge with the customer's own groups), a missed one loses the question.
    const share = known / raw.contentWords;
    // Most of the words known: neither foreign nor loose whatever the detector says, so it need not run.
    if (share >= 0.5) return none;
    const verdict = isForeignQuestion(text, kbConfig, share);
    // Short questions fool the n-gram detector: the dictionaries' words have a say (refineLanguageByLexicon).
    const detected = REFINE_LANGUAGE_BY_LEXICON ? this.refineLanguage(text, verdict.detected, kbIso) : verdict.detected;
    const foreign = verdict.foreign;
    const from = detected.code;
    // Hardly any word known: whatever language the detector leans to is worth a try.
    const loose = (share < 0.5 && detected.confidence >= LOOSE_FOREIGN_CONFIDENCE) || share <= 0.2;
    if (!from || from === kbIso || !(foreign || loose)) return none;
    const pairs: string[] = [];
    const asked = focus.long ? focus.focusText : text;
    const machine = this.translator ? await this.translator.translate(asked, from, kbIso) : null;
    if (machine) {
      const translatedGroups = await this.termGroups([{ text: machine, weight: TRANSLATION_WEIGHT }], languages);
      raw.groups.push(...translatedGroups.groups.map((g) => ({ ...g, translated: true })));
      pairs.push(`mt→${machine.slice(0, 200)}`);
    }
    // Each word through a direct dictionary where it knows it, through English otherwise (translateWord:
    // transitive translation, Ballesteros 2000); with no direct dictionary for the pair, also the question
    // machine-translated into English where a route exists, its words through the English dictionary.
    const direct = this.bilingual.supports(from, kbIso);
    const viaEnglish = !direct && from !== 'en' && kbIso !== 'en' && this.bilingual.supports('en', kbIso);
    const wordTranslations = (word: string): Translation[] => translateWord(this.bilingual, word, from, kbIso);
    const english = !machine && viaEnglish && this.translator ? await this.translator.translate(asked, from, 'en') : null;
    let englishGroups = english
      ? [...new Set(normalizeWords(english).match(/[\p{L}]+/gu) ?? [])]
          .filter((w) => w.length >= 2 && !isStopWord(w))
          .map((w) => ({ source: w, translations: this.bilingual.translate(w, 'en', kbIso) }))
      : [];
    if (english) pairs.push(`mt(en)→${english.slice(0, 200)}`);
    // Chinese and Japanese words are the question's runs cut by the dictionary (below), not ICU's words.
    const byWord = new Map(words.filter((g) => !UNSPACED_SCRIPT.test(g.source)).map((g) => [g, wordTranslations(g.source)]));
    // Chinese and Japanese have no spaces: a "word" of the question is a whole run, cut into the
    // dictionary's words first (BilingualLexicon.segment), each its own group; a single character
    // (often a function word or one of several readings) counts less.
    const pieces = new Map<string, { weight: number; translations: Translation[] }>();
    for (const run of raw.unspacedRuns) {
      for (const piece of this.bilingual.segment(run, from, kbIso)) {
        if (!pieces.has(piece)) pieces.set(piece, { weight: TRANSLATION_WEIGHT * ([...piece].length === 1 ? SINGLE_CHARACTER_FACTOR : 1), translations: wordTranslations(piece) });
      }
    }
    // The English leg of each transitive translation through the machine translator's own bilingual
    // dictionary too (QuestionTranslator.translateWords), where it has a pair from English into the
    // knowledge base's language: FreeDict's English dictionaries into most languages are small.
    if (APERTIUM_ENGLISH_LEG && this.translator?.translateWords && kbIso !== 'en') {
      const englishOf = (word: string): Translation[] => (from === 'en' ? [{ term: word, weight: 1 }] : this.bilingual.translate(word, from, 'en').slice(0, TRANSITIVE_ENGLISH));
      const legs = new Map<string, Translation[]>();
      for (const g of byWord.keys()) if (from !== 'en' && (!this.bilingual.supports(from, kbIso) || this.bilingual.translate(g.source, from, kbIso).length === 0)) legs.set(g.source, englishOf(g.source));
      for (const piece of pieces.keys()) if (this.bilingual.translate(piece, from, kbIso).length === 0) legs.set(piece, englishOf(piece));
      for (const e of englishGroups) legs.set(e.source, [{ term: e.source, weight: 1 }]);
      const englishWords = [...new Set([...legs.values()].flat().map((t) => t.term).filter((t) => /^[a-z]+$/.test(t)))];
      const found = englishWords.length > 0 ? await (CHAINED_ENGLISH_LEG ? lexiconTranslations(this.translator, englishWords, 'en', kbIso) : this.translator.translateWords(englishWords, 'en', kbIso)) : new Map<string, string[]>();
      if (found.size > 0) {
        const widened = (word: string, base: readonly Translation[]): Translation[] => {
          const extra = (legs.get(word) ?? []).flatMap((en) => (found.get(en.term) ?? []).slice(0, TRANSITIVE_ENGLISH).map((t, i) => ({ term: normalizeText(t), weight: en.weight * LEXICON_WEIGHT * LEXICON_DECAY ** i })));
          return mergeTranslations(base, extra);
        };
        for (const [g, translations] of byWord) if (legs.has(g.source)) byWord.set(g, widened(g.source, translations));
        for (const [piece, p] of pieces) if (legs.has(piece)) pieces.set(piece, { ...p, translations: widened(piece, p.translations) });
        englishGroups = englishGroups.map((e) => ({ ...e, translations: widened(e.source, e.translations) }));
      }
    }
    if (byWord.size > 0 || englishGroups.length > 0 || pieces.size > 0) {
      const lexemes = await this.lexemes(
        [...new Set([...[...byWord.values()].flat(), ...englishGroups.flatMap((e) => e.translations), ...[...pieces.values()].flatMap((p) => p.translations)].map((t) => t.term))],
        languages,
      );
      const known = (t: Translation) => (lexemes.get(t.term) ?? []).filter((l) => stats.df.has(l));
      // What the vector and character n-gram rankings read when no machine translation into the knowledge base's language exists: each word's best known translations.
      const gloss: string[] = [];
      // A word's translations join `members`, unknown ones too (a compound of the knowledge base may contain them: decompound).
      const take = (source: string, translations: readonly Translation[], members: Map<string, number>) => {
        let glossed = 0;
        for (const t of translations) {
          for (const l of lexemes.get(t.term) ?? []) members.set(l, Math.max(members.get(l) ?? 0, t.weight));
          if (known(t).length === 0) continue;
          pairs.push(`${source}→${t.term}`);
          if (glossed++ < GLOSS_TRANSLATIONS) gloss.push(t.term);
        }
      };
      for (const [g, translations] of byWord) take(g.source, translations, g.members);
      for (const e of englishGroups) {
        const members = new Map<string, number>();
        take(e.source, e.translations, members);
        if (members.size > 0) raw.groups.push({ weight: TRANSLATION_WEIGHT, source: `en:${e.source}`, members, own: [], translated: true });
      }
      for (const [piece, p] of pieces) {
        const members = new Map<string, number>();
        take(piece, p.translations, members);
        if (members.size > 0) raw.groups.push({ weight: p.weight, source: `${from}:${piece}`, members, own: [], translated: true });
      }
      if (!machine && gloss.length > 0) return { pairs: pairs.slice(0, 40), text: gloss.join(' ') };
    }
    return { pairs: pairs.slice(0, 40), text: machine };
  }

  /**
   * The question's language with the dictionaries' say (./language.ts refineLanguageByLexicon): the
   * detector's first LEXICON_CANDIDATES languages (those scoring at least a quarter of the first) and the
   * languages it cannot tell, each judged by the share of the question's words its dictionary into the
   * knowledge base's language (else into English) has as headwords.
   */
  private refineLanguage(text: string, detected: DetectedLanguage, kbIso: string): DetectedLanguage {
    // A question the detector reads in the knowledge base's language stays so (its unknown words are rare ones).
    if (!detected.code || detected.code === kbIso) return detected;
    const ranked = detectLanguageCandidates(text, LEXICON_CANDIDATES);
    const top = ranked[0]?.score ?? 0;
    const candidates = ranked.filter((c) => c.code !== kbIso && c.score >= top / 4);
    const words = normalizeWords(text).match(/[\p{L}\p{M}]+/gu) ?? [];
    const share = (code: string): number | null => {
      if (code === kbIso) return null;
      const to = this.bilingual.supports(code, kbIso) ? kbIso : 'en';
      return code === to ? null : this.bilingual.headwordShare(words, code, to);
    };
    return refineLanguageByLexicon(detected, candidates, share);
  }

  /**
   * The candidate legs, at the same time on two pooled connections
   * (./retrieval.queries.ts): the vector leg from the start of the question
   * (see retrieveDetailed), the full-text leg as soon as the lexemes are known.
   * A chunk both found is merged into one row. What the re-ranker reads of a
   * chunk is prepared as each leg answers, while the other one is still under
   * way, and handed to the re-ranker with the rows (their candidate entries).
   */
  private async candidates(
    scope: LegScope,
    text: TextLegRequest | null,
    vectorRows: Promise<CandidateRow[]> | null,
    mode: NonNullable<RetrieveOptions['mode']>,
    timings: RetrievalTimings | undefined,
    snapshot: KnowledgeSnapshot | null,
  ): Promise<{ rows: CandidateRow[]; entries: CandidateEntry[] }> {
    const client = rawClient(this.db);
    // Each leg's rows with their candidate entries (by row index; none in vector mode, which reads none).
    const warm = (rows: CandidateRow[]) => ({ rows, entries: mode !== 'vector' ? this.warm(rows) : [] });
    const none = { rows: [] as CandidateRow[], entries: [] as CandidateEntry[] };
    const textRows = !text
      ? Promise.resolve(none)
      : snapshot
        ? timed(timings, 'textLeg', Promise.resolve(snapshot.textLeg({ match: text.matchLexemes, rank: text.rankLexemes, n: text.n, includeUnpublished: scope.includeUnpublished }))).then(warm)
        : timed(timings, 'textLeg', runLeg(client, {}, textLeg({ ...scope, ...text })) as Promise<CandidateRow[]>).then(warm);
    // Not left unhandled while the other leg runs.
    textRows.catch(() => undefined);
    const [byVector, byText] = await Promise.all([vectorRows ? vectorRows.then(warm) : Promise.resolve(none), textRows]);
    const rows = new Map<string, CandidateRow>(byVector.rows.map((r) => [r.id, r]));
    const entries = [...byVector.entries];
    byText.rows.forEach((r, i) => {
      const seen = rows.get(r.id);
      if (seen) seen.trank = r.trank;
      else {
        rows.set(r.id, r);
        if (mode !== 'vector') entries.push(byText.entries[i]!);
      }
    });
    return { rows: [...rows.values()], entries };
  }

  /** The vector leg of a question in Postgres: its n nearest visible chunks to `embedding` (see embed()). */
  private async vectorLegOf(scope: LegScope, embedding: Promise<number[]>, n: number, timings?: RetrievalTimings): Promise<CandidateRow[]> {
    const vector = await embedding;
    return timed(
      timings,
      'vectorLeg',
      runLeg(rawClient(this.db), { efSearch: Math.max(40, n * 2) }, vectorLeg({ ...scope, vector: `[${vector.join(',')}]`, embeddingModel: this.embedder.modelId, n })) as Promise<CandidateRow[]>,
    );
  }

  /** The question's embedding, once prepare()'s first query is on the wire (afterQueuedWrites). */
  private async embed(text: string, timings?: RetrievalTimings): Promise<number[]> {
    await afterQueuedWrites();
    return timed(timings, 'embed', this.embedder.embeddings.embedQuery(text));
  }

  /**
   * The message as it came, embedded while prepare() works, and its vector leg in Postgres started at
   * once unless `scope` is null (the scope's chunks are likely in memory: the leg waits for the scope).
   */
  private earlyVector(text: string, scope: LegScope | null, n: number, timings?: RetrievalTimings): { text: string; embedding: Promise<number[]>; rows: Promise<CandidateRow[]> | null } {
    const embedding = this.embed(text, timings);
    const rows = scope ? this.vectorLegOf(scope, embedding, n, timings) : null;
    // Not left unhandled while prepare() runs (or when it finds nothing to search).
    embedding.catch(() => undefined);
    rows?.catch(() => undefined);
    return { text, embedding, rows };
  }

  /**
   * The in-memory copy of the scope's chunks at its version (./knowledge-snapshot.ts) when ready;
   * `load`: start loading it when it is not (the question at hand reads Postgres).
   */
  private snapshotOf(tenantId: string, scopeRows: ScopeRow[], load: boolean): KnowledgeSnapshot | null {
    if (scopeRows.length === 0) return null;
    const { key, version } = statsKey(tenantId, scopeRows);
    const model = this.embedder.modelId;
    if (!load) return this.snapshots.peek(`${key}|${model}`, version);
    return this.snapshots.get(`${key}|${model}`, version, { tenantId, knowledgeBaseIds: scopeRows.map((r) => r.id), embeddingModel: model });
  }

  /** Parses candidate chunks' tsvectors and cuts their texts into character n-grams (the candidate cache), as each leg answers; the rows' entries, by row index, for the re-ranker. */
  private warm(rows: CandidateRow[]): CandidateEntry[] {
    return rows.map((r) => {
      const e = this.candidateCache.get(r);
      // Whether it will be its article's first chunk is not known yet: both forms.
      warmCharGrams(e.firstGrams);
      warmCharGrams(e.laterGrams);
      return e;
    });
  }

  /**
   * `EXPLAIN (ANALYZE, BUFFERS)` of both candidate legs for a question, with
   * the parameters retrieval would use (benchmarks; the plans of a live system).
   */
  async explain(tenantId: string, query: string, opts: RetrieveOptions = {}): Promise<{ vector: string[]; text: string[] }> {
    const prepared = await this.prepare(tenantId, query, opts);
    if (!prepared.scope) return { vector: [], text: [] };
    const client = rawClient(this.db);
    const n = opts.candidates ?? 40;
    const vector = prepared.embedText === null ? null : await this.embedder.embeddings.embedQuery(prepared.embedText);
    return {
      vector: vector ? ((await runLeg(client, { efSearch: Math.max(40, n * 2) }, vectorLeg({ ...prepared.scope!, vector: `[${vector.join(',')}]`, embeddingModel: this.embedder.modelId, n }), true)) as string[]) : [],
      text: prepared.text ? ((await runLeg(client, {}, textLeg({ ...prepared.scope!, ...prepared.text! }), true)) as string[]) : [],
    };
  }
}

/** Characters of the candidate articles read to tell a Chinese knowledge base from a Japanese one (spacelessLanguage). */
const SPACELESS_SAMPLE_CHARS = 2_000;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAN = /\p{Script=Han}/gu;

/**
 * Chinese or Japanese, for candidate articles of a knowledge base without a text-search language of its own
 * (`simple`) that are mostly written in Han characters and kana: Japanese when kana are a tenth of them or
 * more (Japanese prose is mostly kana), Chinese when Han characters alone are; null for anything else.
 */
export function spacelessLanguage(docTexts: ReadonlyMap<string, readonly string[]>): 'zh' | 'ja' | null {
  let sample = '';
  outer: for (const texts of docTexts.values())
    for (const t of texts) {
      sample += t;
      if (sample.length >= SPACELESS_SAMPLE_CHARS) break outer;
    }
  const kana = sample.match(KANA)?.length ?? 0;
  const han = sample.match(HAN)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0 || (kana + han) / letters < 0.5) return null;
  return kana >= (kana + han) / 10 ? 'ja' : 'zh';
}

/** The text-search configurations of a scope's knowledge bases (`simple` for none). */
function scopeLanguages(rows: ScopeRow[]): string[] {
  const languages = [...new Set(rows.map((r) => r.language))];
  if (languages.length === 0) languages.push('simple');
  return languages;
}

/** A scope's key in the statistics cache (tenant and knowledge bases) and the version the statistics are of (their updates). */
function statsKey(tenantId: string, rows: ScopeRow[]): { key: string; version: string } {
  return { key: `${tenantId}:${rows.map((r) => r.id).join(',')}`, version: rows.map((r) => r.updated).join(',') };
}

/** A scope as asked (lastScopes' key): the tenant and the knowledge bases named, if any. */
function scopeKeyOf(tenantId: string, opts: RetrieveOptions): string {
  return `${tenantId}|${opts.knowledgeBaseIds?.join(',') ?? '*'}`;
}

/** Whether two reads of a scope found the same knowledge bases, languages and versions. */
function sameScope(a: ScopeRow[], b: ScopeRow[]): boolean {
  return a.length === b.length && a.every((r, i) => r.id === b[i]!.id && r.language === b[i]!.language && r.updated === b[i]!.updated);
}

function textLegRequest(matchLexemes: string[], rankLexemes: string[]): TextLegRequest {
  return { match: tsqueryLiteral(matchLexemes), rank: tsqueryLiteral(rankLexemes), anyTermCandidates: ANY_TERM_CANDIDATES, n: TEXT_CANDIDATES, matchLexemes, rankLexemes };
}

/** The scope of a question's legs (the knowledge bases themselves are resolved in SQL). */
function legScope(tenantId: string, opts: RetrieveOptions): LegScope {
  return { tenantId, knowledgeBaseIds: opts.knowledgeBaseIds?.length ? opts.knowledgeBaseIds : null, includeUnpublished: opts.audience === 'agent' };
}

/**
 * Resolves once the queries asked so far are on the wire: postgres.js writes
 * them from a setImmediate, so work that holds the thread (an in-process
 * embedder, WordNet look-ups) goes after that, while they are under way.
 */
function afterQueuedWrites(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/** `p`, its wall time recorded under `stage` when timings are asked for. */
function timed<T>(timings: RetrievalTimings | undefined, stage: 'embed' | 'vectorLeg' | 'textLeg', p: Promise<T>): Promise<T> {
  if (!timings) return p;
  const t = performance.now();
  return p.finally(() => (timings[stage] = performance.now() - t));
}

const sharedTranslator = new ApertiumTranslator();

const thesaurusLibraries = new Map<string, ThesaurusLibrary>();
/** One thesaurus library per folder in the process: a language's thesaurus opens on its first question. */
function sharedThesauri(dir: string): ThesaurusLibrary {
  let l = thesaurusLibraries.get(dir);
  if (!l) thesaurusLibraries.set(dir, (l = new ThesaurusLibrary(dir)));
  return l;
}

const lexicons = new Map<string, BilingualLexicon>();
/** One lexicon per dictionary folder in the process: dictionaries load once, on the first foreign question. */
function sharedLexicon(dir: string): BilingualLexicon {
  let l = lexicons.get(dir);
  if (!l) lexicons.set(dir, (l = new BilingualLexicon(dir)));
  return l;
}

/**
 * A word's dictionary translations with more of them (another lexicon's), each term once at its higher
 * weight, the strongest first, at most MAX_TRANSLATIONS_PER_WORD.
 */
export function mergeTranslations(base: readonly Translation[], extra: readonly Translation[]): Translation[] {
  const weights = new Map<string, number>();
  for (const t of [...base, ...extra]) if (t.term && t.weight >= MIN_TRANSLATION_WEIGHT && t.weight > (weights.get(t.term) ?? 0)) weights.set(t.term, t.weight);
  return rankedTranslations(weights);
}

interface RawGroup extends TermGroup {
  /** Lexemes of the word itself (empty for a support concept). */
  own: string[];
  /** A word of the machine translation, not of the customer (not counted in the known-word share). */
  translated?: boolean;
  /** Split into two words of the knowledge base (a compound it writes apart). */
  split?: boolean;
}

/**
 * Merges groups of the same word form, adds one-typo corrections for words the
 * knowledge base does not contain, and keeps the MAX_QUERY_GROUPS strongest
 * (weight × best idf): a 4,000-character message of random words costs no more
 * than a question of 32 words.
 */
function selectGroups(raw: RawGroup[], stats: LexicalStats, idfOf: (l: string) => number): { groups: TermGroup[]; dropped: number; knownWords: number } {
  const byOwn = new Map<string, RawGroup>();
  const groups: RawGroup[] = [];
  let knownWords = 0;
  for (const g of raw) {
    const key = g.own.join(' ');
    const same = key ? byOwn.get(key) : undefined;
    if (same) {
      same.weight = Math.max(same.weight, g.weight);
      continue;
    }
    if (key) byOwn.set(key, g);
    if (g.own.length > 0) {
      if (g.own.some((l) => stats.df.has(l))) knownWords += g.translated ? 0 : 1;
      else {
        // A compound of two of the knowledge base's words (decompound) is a word it knows, written together.
        if (g.split && !g.translated) knownWords++;
        for (const l of g.own) {
          const near = nearestKnownLexeme(stats, l);
          if (near) g.members.set(near, Math.max(g.members.get(near) ?? 0, TYPO_WEIGHT));
          else for (const r of prefixRelatives(stats, l)) g.members.set(r, Math.max(g.members.get(r) ?? 0, PREFIX_WEIGHT));
        }
      }
    }
    groups.push(g);
  }
  // A concept group adds nothing when a customer word already carries the same lexemes.
  const ownLexemes = new Set(groups.flatMap((g) => g.own));
  const useful = groups.filter((g) => g.own.length > 0 || ![...g.members.keys()].every((l) => ownLexemes.has(l) || !stats.df.has(l)));
  // Each group's strength once, not once per comparison of the sort.
  const strengths = new Map(useful.map((g) => [g, g.weight * Math.max(0, ...[...g.members].map(([l, w]) => w * idfOf(l)))]));
  const strength = (g: RawGroup) => strengths.get(g)!;
  const ranked = useful.filter((g) => strength(g) > 0).sort((a, b) => strength(b) - strength(a) || a.source.localeCompare(b.source));
  const kept = ranked.slice(0, MAX_QUERY_GROUPS);
  return { groups: kept.map(({ weight, members, source }) => ({ weight, members, source })), dropped: ranked.length - kept.length, knownWords };
}

/** `value` of each row, by row index. */
function perRow<R>(rows: readonly R[], value: (row: R) => number): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = value(rows[i]!);
  return out;
}

/** The lexemes that best tell documents apart: weight × idf, at most `max`. */
function strongestLexemes(groups: TermGroup[], idfOf: (l: string) => number, max: number): string[] {
  const best = new Map<string, number>();
  for (const g of groups) for (const [l, w] of g.members) best.set(l, Math.max(best.get(l) ?? 0, g.weight * w * idfOf(l)));
  return [...best.entries()]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([l]) => l);
}

function matchedExpansions(groups: TermGroup[], candidates: FieldTerms[]): string[] {
  const expansions = (g: TermGroup) => {
    const [own] = g.members.keys();
    return [...g.members].filter(([l, w]) => w < 1 && l !== own).map(([l]) => l);
  };
  // One pass over the candidates' lexemes, not one per expansion.
  const wanted = new Set(groups.flatMap(expansions));
  const found = new Set<string>();
  for (const f of candidates) {
    for (const field of [f.body, f.heading, f.title]) {
      // Whichever side is smaller: a few expansions against a chunk's many lexemes, mostly.
      if (wanted.size < field.size) {
        for (const l of wanted) if (field.has(l)) found.add(l);
      } else for (const l of field.keys()) if (wanted.has(l)) found.add(l);
    }
  }
  const out: string[] = [];
  for (const g of groups) for (const l of expansions(g)) if (found.has(l)) out.push(`${g.source}→${l}`);
  return out.slice(0, 20);
}
