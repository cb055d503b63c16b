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

export function detectLanguage(text: string): DetectedLanguage {
  const letters = text.replace(/https?:\/\/\S+|\S+@\S+/g, ' ').match(/\p{L}/gu) ?? [];
  if (letters.length < 3) return { code: null, confidence: 0 };
  for (const [script, code] of SCRIPT_LANGUAGE) {
    const count = letters.filter((ch) => script.test(ch)).length;
    if (count >= Math.max(2, letters.length * 0.3)) return { code, confidence: 1 };
  }
  const [best, second] = tinyld().detectAll(text);
  if (!best) return { code: null, confidence: 0 };
  // tinyld's score is 1 when it is sure and small otherwise; on short text the margin over
  // the runner-up tells more: 1.5× the second language counts as 0.5, 2× or more as 0.9.
  if (best.accuracy >= 0.5) return { code: best.lang, confidence: Math.min(1, best.accuracy) };
  const ratio = second && second.accuracy > 0 ? best.accuracy / second.accuracy : 2;
  return { code: best.lang, confidence: Math.max(0, Math.min(0.9, ratio - 1)) };
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
