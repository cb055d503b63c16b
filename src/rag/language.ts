/**
 * Language identification for questions and knowledge bases. Scripts that
 * belong to one language family are decided by the script itself (Hangul,
 * kana, Thai...); Latin, Cyrillic and Arabic text goes to `tinyld` (n-gram
 * profiles, pure JS, loaded on first use in the process that answers).
 * Short questions are hard for any detector, so a caller should combine the
 * detector's confidence with other evidence (see `isForeignQuestion`).
 */
import { createRequire } from 'node:module';

/** ISO 639-1 code → Postgres text-search configuration. */
export const FTS_CONFIG_BY_ISO: Readonly<Record<string, string>> = {
  en: 'english', es: 'spanish', pt: 'portuguese', fr: 'french', de: 'german', it: 'italian', nl: 'dutch', da: 'danish', fi: 'finnish',
  hu: 'hungarian', no: 'norwegian', nb: 'norwegian', ro: 'romanian', ru: 'russian', sv: 'swedish', tr: 'turkish', id: 'indonesian',
};
const ISO_BY_FTS_CONFIG: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(FTS_CONFIG_BY_ISO).filter(([iso]) => iso !== 'nb').map(([iso, cfg]) => [cfg, iso]));

/** English names, for logs and the honest "I can only answer in …" message. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English', es: 'Spanish', pt: 'Portuguese', fr: 'French', de: 'German', it: 'Italian', nl: 'Dutch', da: 'Danish', fi: 'Finnish', hu: 'Hungarian',
  no: 'Norwegian', ro: 'Romanian', ru: 'Russian', sv: 'Swedish', tr: 'Turkish', id: 'Indonesian', pl: 'Polish', cs: 'Czech', uk: 'Ukrainian', el: 'Greek',
  ar: 'Arabic', he: 'Hebrew', fa: 'Persian', hi: 'Hindi', th: 'Thai', vi: 'Vietnamese', ja: 'Japanese', zh: 'Chinese', ko: 'Korean', ms: 'Malay',
};

export function isoForFtsConfig(config: string): string | null {
  return ISO_BY_FTS_CONFIG[config] ?? null;
}

export interface DetectedLanguage {
  /** ISO 639-1 code, or null when nothing could be told. */
  code: string | null;
  /** 0..1: 1 for a script-decided language, the detector's score otherwise. */
  confidence: number;
}

type Detector = { detectAll(text: string): Array<{ lang: string; accuracy: number }> };
let detector: Detector | null = null;
function tinyld(): Detector {
  // The light profile (~14 MB resident) is enough for language names, and loads in ~25 ms.
  return (detector ??= createRequire(import.meta.url)('tinyld/light') as Detector);
}

const SCRIPT_LANGUAGE: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Devanagari}/u, 'hi'],
];

const VIETNAMESE_LETTER = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

export function detectLanguage(text: string): DetectedLanguage {
  const letters = text.replace(/https?:\/\/\S+|\S+@\S+/g, ' ').match(/\p{L}/gu) ?? [];
  if (letters.length < 3) return { code: null, confidence: 0 };
  for (const [script, code] of SCRIPT_LANGUAGE) {
    const count = letters.filter((ch) => script.test(ch)).length;
    if (count >= Math.max(2, letters.length * 0.3)) return { code, confidence: 1 };
  }
  // Letters only Vietnamese writes among Latin-script languages (ă đ ơ ư and the dot-below and hook-above vowels):
  // tinyld's light profile took a Vietnamese help center for Portuguese, whose stemmer then cut its syllables.
  const vietnamese = letters.filter((ch) => VIETNAMESE_LETTER.test(ch)).length;
  if (vietnamese >= Math.max(2, letters.length * 0.05)) return { code: 'vi', confidence: 1 };
  const [best, second] = tinyld().detectAll(text);
  if (!best) return { code: null, confidence: 0 };
  // tinyld's score is 1 when it is sure and small otherwise; on short text the margin over
  // the runner-up tells more: 1.5× the second language counts as 0.5, 2× or more as 0.9.
  if (best.accuracy >= 0.5) return { code: best.lang, confidence: Math.min(1, best.accuracy) };
  const ratio = second && second.accuracy > 0 ? best.accuracy / second.accuracy : 2;
  return { code: best.lang, confidence: Math.max(0, Math.min(0.9, ratio - 1)) };
}

/**
 * The languages a detector ranks for `text`, best first (at most `n`, each with its score): a script-decided
 * language alone, else tinyld's list. Short text often puts the right language second or third
 * (Portuguese and Spanish, Italian and Portuguese), where a word list can still tell them apart
 * (see refineLanguageByLexicon).
 */
export function detectLanguageCandidates(text: string, n = 5): Array<{ code: string; score: number }> {
  const top = detectLanguage(text);
  if (!top.code) return [];
  if (top.confidence >= 1 && !/^[\p{Script=Latin}\P{L}]*$/u.test(text)) return [{ code: top.code, score: 1 }];
  return tinyld()
    .detectAll(text)
    .slice(0, n)
    .map((c) => ({ code: c.lang, score: c.accuracy }));
}

/**
 * Latin-script languages with bilingual dictionaries (./bilingual.ts) that tinyld does not identify: a question in
 * one of them is told by its dictionary's words alone (refineLanguageByLexicon). Welsh.
 */
export const LEXICON_ONLY_LANGUAGES: readonly string[] = ['cy'];

/** A word list's share of a question's words that overrules the detector: alone when the detector is unsure, and by this margin when it is not. */
const LEXICON_MIN_SHARE = 0.5;
const LEXICON_SURE_SHARE = 0.6;
const LEXICON_MARGIN = 0.3;

/**
 * The question's language decided with dictionary words too (word-list language identification, Grefenstette,
 * "Comparing two language identification schemes", 1995): short questions are where n-gram detectors fail
 * ("Sut mae newid fy rhif ffôn?" scored Portuguese with full confidence, a Portuguese question Spanish), and a
 * language none of them knows is told by its words alone. `share(code)` is the share of the question's words
 * that are headwords of that language's dictionaries, or null when it has none (never an override then). The
 * detector's language stands unless another candidate's share is at least LEXICON_MIN_SHARE and higher than
 * the detector's (detector unsure, below 0.5), or at least LEXICON_SURE_SHARE and LEXICON_MARGIN higher (sure).
 */
export function refineLanguageByLexicon(
  detected: DetectedLanguage,
  candidates: ReadonlyArray<{ code: string }>,
  share: (code: string) => number | null,
): DetectedLanguage {
  const codes = [...new Set([...candidates.map((c) => c.code), ...LEXICON_ONLY_LANGUAGES])];
  const own = detected.code ? (share(detected.code) ?? 0) : 0;
  const sure = detected.confidence >= 0.5;
  let best: { code: string; share: number } | null = null;
  for (const code of codes) {
    if (code === detected.code) continue;
    const s = share(code);
    if (s === null || s < (sure ? LEXICON_SURE_SHARE : LEXICON_MIN_SHARE) || s <= own + (sure ? LEXICON_MARGIN : 0)) continue;
    if (!best || s > best.share) best = { code, share: s };
  }
  return best ? { code: best.code, confidence: Math.min(0.9, best.share) } : detected;
}

/**
 * Whether a question is in another language than the knowledge base: the
 * detector must say so with some confidence AND most of the question's content
 * words must be unknown to the knowledge base. A short English question that
 * the detector calls Polish still shares its words with an English help
 * center; a Spanish one does not.
 */
export function isForeignQuestion(question: string, kbConfig: string, knownWordShare: number | null): { foreign: boolean; detected: DetectedLanguage; kbLanguage: string | null } {
  const kbLanguage = isoForFtsConfig(kbConfig);
  const detected = detectLanguage(question);
  if (!kbLanguage || !detected.code || detected.code === kbLanguage) return { foreign: false, detected, kbLanguage };
  const scriptDecided = detected.confidence >= 1 && !/^[\p{Script=Latin}\P{L}]*$/u.test(question);
  const unknownWords = knownWordShare === null || knownWordShare < 0.5;
  const foreign = scriptDecided ? (knownWordShare ?? 0) < 0.5 : detected.confidence >= 0.5 && unknownWords;
  return { foreign, detected, kbLanguage };
}

/**
 * isForeignQuestion for a scope of knowledge bases in several languages: the
 * question is foreign only when it is foreign to each of them (an English
 * question to a tenant with an English and a Spanish knowledge base is not);
 * the verdict of the first language it is not foreign to, else of the first.
 */
export function isForeignToScope(question: string, kbConfigs: readonly string[], knownWordShare: number | null): ReturnType<typeof isForeignQuestion> {
  let first: ReturnType<typeof isForeignQuestion> | undefined;
  for (const config of kbConfigs.length > 0 ? kbConfigs : ['simple']) {
    const verdict = isForeignQuestion(question, config, knownWordShare);
    if (!verdict.foreign) return verdict;
    first ??= verdict;
  }
  return first!;
}

/**
 * The text-search configuration that fits a set of documents: the language
 * most of their text is in, `simple` (no stemming) when Postgres has no
 * configuration for it.
 */
export function detectDocumentsLanguage(texts: string[]): { code: string | null; ftsConfig: string } {
  const votes = new Map<string, number>();
  for (const t of texts) {
    const sample = t.slice(0, 4000);
    const { code } = detectLanguage(sample);
    if (code) votes.set(code, (votes.get(code) ?? 0) + sample.length);
  }
  const [code] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null];
  return { code, ftsConfig: (code && FTS_CONFIG_BY_ISO[code]) ?? 'simple' };
}
