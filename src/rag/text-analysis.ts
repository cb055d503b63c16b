import { LruCache } from './lru.js';
import { SUPPORT_SYNONYMS } from './support-vocabulary.js';

/**
 * Language-light text analysis shared by the offline embedder, the extractive
 * answerer and the follow-up rewriter. Pure and deterministic: the same text
 * always yields the same terms, so stored vectors stay comparable.
 */

const STOP_WORDS = new Set(
  [
    // English (incl. contractions written without the apostrophe)
    'a an the and or but if of to in on at by for with from as is are was were be been being am do does did doing',
    'have has had having i me my mine we us our ours you your yours he him his she her hers it its they them their',
    'theirs this that these those there here what which who whom whose when where why how can could would should will',
    'shall may might must not no so than too very just also about into over out up down off then once all any some such',
    'only own same other more most each few both again further please get got getting im ive id dont doesnt didnt cant',
    'cannot isnt arent wasnt wont hasnt havent whats wheres theres thats hi hello hey thanks thank yes ok okay oh oops',
    'want wanted need like know tell much many still even yet ago now already',
    // Spanish
    'el la los las un una unos unas del al en y que por para con sin mi mis tu tus su sus se me te le lo les nos es',
    'son esta este estos estas eso esto como cuando donde cual cuales quien hay muy mas pero si ya puedo puede quiero',
    'necesito tengo hola gracias favor yo ser estar fue ha han he hacen hago',
    // Portuguese
    'os as um uma do da dos das em na nas ou com sem meu minha seu sua voce eu nao sim onde qual muito tem isso isto',
    'ao aos pelo pela obrigado ola',
    // French
    'le les une des du et qui quoi pour par avec sans dans sur mon ma mes ton ta tes sa ses je il elle vous ils elles',
    'est sont ce cet cette ces comment quand pas ne au aux bonjour merci suis ai avez puis peux qu',
    // German
    'der die das den dem ein eine einen einem einer und oder aber ich du er sie wir ihr mein meine meinen dein ist sind',
    'bin habe haben zu mit von auf fur im aus bei nach wie wo wann warum nicht kein keine noch auch nur sehr mich mir',
    'dich dir uns euch hallo danke bitte kann konnen',
  ]
    .join(' ')
    .split(' '),
);

/** Scripts written without spaces between words: indexed as character uni/bigrams. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]+/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/**
 * Scripts written without spaces that ICU's dictionary word breaker segments (Intl.Segmenter): Han, kana,
 * Thai, Lao, Khmer, Myanmar. Postgres's parser takes a whole run between spaces for one word, so a
 * question's run never equals an article's; segmented, both sides share words. The character n-grams
 * stay (they span the words), and the dictionaries cut Chinese and Japanese runs their own way
 * (BilingualLexicon.segment: ICU cuts "パスワード" into "パス ワード").
 */
const SEGMENTED_SCRIPTS = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}]';
const SEGMENTED_RUN = new RegExp(`${SEGMENTED_SCRIPTS}+`, 'gu');
const SEGMENTED_CHAR = new RegExp(SEGMENTED_SCRIPTS, 'u');
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The ICU words of a run of a spaceless script, in order. */
function segmentRun(run: string): string[] {
  const out: string[] = [];
  for (const part of wordSegmenter.segment(run)) if (part.isWordLike) out.push(part.segment);
  return out;
}

/**
 * Korean writes a case particle onto its noun ("비밀번호를", "요금이", "앱에서"): Postgres's parser keeps
 * the whole word, so a question's "비밀번호를" never meets an article's "비밀번호는". The particle is split off
 * (the standard postpositions of Korean grammar, longest first) when at least two syllables are left, so
 * a short noun that merely ends like one ("나이", "회사") stays whole.
 */
const HANGUL = /\p{Script=Hangul}/u;
const HANGUL_WORD = /\p{Script=Hangul}{3,}/gu;
const PARTICLES = ['에서는', '으로는', '에게서', '한테서', '께서는', '까지는', '부터는', '에서도', '에서', '에게', '한테', '께서', '으로', '까지', '부터', '처럼', '보다', '마다', '이나', '이랑', '하고', '은', '는', '이', '가', '을', '를', '에', '의', '도', '만', '로', '와', '과'];
function splitParticle(word: string): string {
  for (const p of PARTICLES) if (word.endsWith(p) && word.length - p.length >= 2) return `${word.slice(0, -p.length)} ${p}`;
  return word;
}

/**
 * The text with a space between the words of every run of those scripts, and Korean particles split
 * off their nouns (the indexer's tsvector input, the retriever's words and lexeme lookups); any other
 * text is returned as it is.
 */
export function segmentSpaceless(text: string): string {
  let out = text;
  if (SEGMENTED_CHAR.test(out)) out = out.replace(SEGMENTED_RUN, (run) => segmentRun(run).join(' '));
  if (HANGUL.test(out)) out = out.replace(HANGUL_WORD, splitParticle);
  return out;
}

const VOWEL = /[aeiouy]/;

const NON_ASCII = /[^\x00-\x7f]/;
const INNER_APOSTROPHE = /(\p{L})['’](\p{L})/gu;

/** NFKD, Latin diacritics stripped, recomposed (Hangul, kana), lower-cased. */
export function normalizeText(text: string): string {
  // ASCII has nothing to decompose or recompose (the common case, and a hot path of re-ranking).
  if (!NON_ASCII.test(text)) {
    const lower = text.toLowerCase();
    return lower.includes("'") ? lower.replace(INNER_APOSTROPHE, '$1$2') : lower;
  }
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(INNER_APOSTROPHE, '$1$2');
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * Light suffix stemmer (plural, -ing, -ed, -ly, final -e) that is deliberately
 * conservative: conflating too much hurts precision more than missing a form.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ing') && w.length >= 6 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length >= 5 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ly') && w.length >= 6) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length >= 4 && w.endsWith('e') && !VOWEL.test(w.charAt(w.length - 2))) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const last = w.charAt(w.length - 1);
  if (w.length >= 4 && last === w.charAt(w.length - 2) && !/[aeiouylsz]/.test(last)) return w.slice(0, -1);
  return w;
}

/** Letters of a word in sorted order: equal for a word and its transposition typos ("refnud"). */
export function anagramKey(word: string): string {
  return Array.from(word).sort().join('');
}

/** Stemmed phrase (space-joined) → canonical concept. */
const PHRASES = new Map<string, string>();
/**
 * One-word variants and their one-letter deletions → canonical concept (null when
 * ambiguous). Two words within one edit (deletion, insertion, substitution or
 * adjacent swap) share an entry here, which catches "pasword" or "refnud". Keys
 * keep the first letter, which typos rarely hit ("effect" is not "defect").
 */
const NEAR = new Map<string, string | null>();
const FUZZY_MIN_LENGTH = 6;
let maxPhraseLength = 1;
for (const [canonical, variants] of Object.entries(SUPPORT_SYNONYMS)) {
  for (const variant of [canonical, ...variants]) {
    const words = normalizeText(variant).match(WORD) ?? [];
    if (words.length === 0) continue;
    PHRASES.set(words.map(stem).join(' '), canonical);
    maxPhraseLength = Math.max(maxPhraseLength, words.length);
    if (words.length === 1 && words[0]!.length >= FUZZY_MIN_LENGTH - 1) {
      for (const key of nearKeys(words[0]!)) {
        const known = NEAR.get(key);
        NEAR.set(key, known === undefined || known === canonical ? canonical : null);
      }
    }
  }
}

function nearKeys(word: string): string[] {
  const first = word.charAt(0);
  return [`${first}|${word}`, ...Array.from(word, (_, i) => `${first}|${word.slice(0, i)}${word.slice(i + 1)}`)];
}

/**
 * nearConcept's answers by token (null: none). A pure function of the token, asked for every content
 * word of every text analysed (a question is analysed for retrieval and again by the embedder, and the
 * same words recur question after question): at most NEAR_CONCEPT_MEMO tokens (about 100 bytes each).
 */
export const NEAR_CONCEPT_MEMO = 20_000;
const nearConceptMemo = new LruCache<string, string | null>(NEAR_CONCEPT_MEMO);

/** Concept of a word one typo away from a known variant, if exactly one. */
export function nearConcept(token: string): string | undefined {
  if (token.length < FUZZY_MIN_LENGTH || /\d/.test(token)) return undefined;
  const memo = nearConceptMemo.get(token);
  if (memo !== undefined) return memo ?? undefined;
  const concept = nearConceptOf(token);
  nearConceptMemo.set(token, concept ?? null);
  return concept;
}

/** Tokens whose nearConcept answer is memoised (tests). */
export function nearConceptMemoSize(): number {
  return nearConceptMemo.size;
}

function nearConceptOf(token: string): string | undefined {
  const found = new Set<string | null>();
  for (const key of nearKeys(token)) {
    const hit = NEAR.get(key);
    if (hit !== undefined) found.add(hit);
  }
  const [only] = found;
  return found.size === 1 && only ? only : undefined;
}

/**
 * Concepts recognised by shape rather than by word: an amount of money answers
 * "how much", an amount of time answers "how long".
 */
const PATTERN_CONCEPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['price', /[$€£¥]\s?\d|\d(?:[.,]\d+)?\s?(?:€|eur|usd|gbp|dollars?|euros?)\b/u],
  [
    'duration',
    /\d+\s+(?:to\s+\d+\s+)?(?:business\s+|working\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|minutos?|horas?|dias?|semanas?|mes(?:es)?|anos?|jours?|heures?|semaines?|mois|tage?n?|stunden?|wochen?|monate?n?)\b/u,
  ],
];

export interface TextAnalysis {
  /** Content words (stop-words dropped), normalised but not stemmed, in order. */
  readonly words: string[];
  /** Stems of `words`, same order. */
  readonly stems: string[];
  /** Canonical support concepts mentioned (see SUPPORT_SYNONYMS), in order, may repeat. */
  readonly concepts: string[];
  /** Concepts of words one typo away from a known variant: weaker evidence than `concepts`. */
  readonly nearConcepts: string[];
  /**
   * Concepts recognised by shape (an amount of money, a duration). Too common to
   * help retrieval, but they tell which sentence answers "how much" or "how long".
   */
  readonly shapeConcepts: string[];
  /** Characters of CJK/Thai runs, in order. */
  readonly cjkChars: string[];
  /** Adjacent character pairs inside CJK/Thai runs. */
  readonly cjkBigrams: string[];
}

/** An apostrophe that ends an English contraction ("don't", "it's", "we're"): the word stays one. */
const CONTRACTION = /(\p{L})['’](?=(?:s|t|re|ve|ll|d|m)(?!\p{L}))/giu;
/**
 * Normalised text (normalizeText) with elisions split off: French, Italian and
 * Catalan write an article or pronoun into the next word ("l'abonnement",
 * "dell'ordine", "qu'il"), which Postgres's parser splits, so the documents'
 * lexemes are "abonn", not "labonn". English contractions stay glued as
 * normalizeText leaves them ("dont", "its").
 */
export function normalizeWords(text: string): string {
  return normalizeText(text.replace(CONTRACTION, '$1').replace(INNER_APOSTROPHE, '$1 $2'));
}

export function analyzeText(text: string): TextAnalysis {
  const normalized = normalizeWords(text);
  const words: string[] = [];
  const stems: string[] = [];
  const allStems: string[] = [];
  const allTokens: string[] = [];
  const cjkChars: string[] = [];
  const cjkBigrams: string[] = [];
  for (const token of normalized.match(WORD) ?? []) {
    if (CJK_CHAR.test(token)) {
      for (const run of token.match(CJK_RUN) ?? []) {
        const chars = Array.from(run);
        cjkChars.push(...chars);
        for (let i = 0; i + 1 < chars.length; i++) cjkBigrams.push(chars[i]! + chars[i + 1]!);
      }
      for (const part of token.split(CJK_RUN)) if (part) pushWord(part);
      // These scripts also count by word (the character pairs above still span word boundaries).
      if (SEGMENTED_CHAR.test(token)) for (const run of token.match(SEGMENTED_RUN) ?? []) for (const w of segmentRun(run)) pushWord(w);
      continue;
    }
    if (HANGUL.test(token)) {
      for (const w of splitParticle(token).split(' ')) pushWord(w);
      continue;
    }
    pushWord(token);
  }

  function pushWord(token: string): void {
    const s = stem(token);
    allStems.push(s);
    allTokens.push(token);
    if (isStopWord(token) || isStopWord(s) || (token.length < 2 && !/\d/.test(token))) return;
    words.push(token);
    stems.push(s);
  }

  const concepts: string[] = [];
  const nearConcepts: string[] = [];
  for (let i = 0; i < allStems.length; i++) {
    let matched = false;
    for (let n = Math.min(maxPhraseLength, allStems.length - i); n >= 1; n--) {
      const canonical = PHRASES.get(allStems.slice(i, i + n).join(' '));
      if (canonical !== undefined) {
        concepts.push(canonical);
        matched = true;
      }
    }
    const token = allTokens[i]!;
    if (!matched && !isStopWord(token)) {
      const canonical = nearConcept(token);
      if (canonical) nearConcepts.push(canonical);
    }
  }
  const shapeConcepts = PATTERN_CONCEPTS.filter(([, pattern]) => pattern.test(normalized)).map(([canonical]) => canonical);
  return { words, stems, concepts, nearConcepts, shapeConcepts, cjkChars, cjkBigrams };
}

/** Distinct matchable terms of a text: stems, `~concept`s and CJK bigrams (or chars). */
export function keyTerms(text: string): Set<string> {
  const a = analyzeText(text);
  const terms = new Set<string>(a.stems);
  for (const c of [...a.concepts, ...a.nearConcepts, ...a.shapeConcepts]) terms.add(`~${c}`);
  for (const g of a.cjkBigrams.length > 0 ? a.cjkBigrams : a.cjkChars) terms.add(g);
  return terms;
}
