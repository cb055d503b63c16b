/**
 * Word translations from the machine translator's word lexicons (QuestionTranslator.translateWords)
 * between two languages with no direct pair installed, chained through a bridge language: Apertium's
 * pairs mostly lead into and out of Spanish, so Italian words reach English as ita-spa then spa-eng
 * ("ladri" → ladrón → thief), and English words reach Italian as eng-spa then spa-ita. Apertium's
 * analysers lemmatise as they look up, which FreeDict's prefix match cannot do for irregular or heavily
 * inflected forms. Each step adds senses: only the first BRIDGE_SENSES bridge words of a word go on.
 */
import type { QuestionTranslator } from './machine-translation.js';

/** The bridge of a chained lexicon. */
export const LEXICON_BRIDGE = 'es';
/** Bridge words translated further per word: the first ones are the usual senses. */
const BRIDGE_SENSES = 2;

/** Whether `translator` has a word lexicon from `from` into `to`, directly or (when `chained`) through LEXICON_BRIDGE. */
export function hasLexiconRoute(translator: QuestionTranslator, from: string, to: string, chained: boolean): boolean {
  if (!translator.translateWords || !translator.hasWordLexicon || from === to) return false;
  if (translator.hasWordLexicon(from, to)) return true;
  return chained && from !== LEXICON_BRIDGE && to !== LEXICON_BRIDGE && translator.hasWordLexicon(from, LEXICON_BRIDGE) && translator.hasWordLexicon(LEXICON_BRIDGE, to);
}

/** Translations of `words` (as written) from `from` into `to`: the direct lexicon's, or through LEXICON_BRIDGE (hasLexiconRoute). */
export async function lexiconTranslations(translator: QuestionTranslator, words: readonly string[], from: string, to: string): Promise<Map<string, string[]>> {
  if (!translator.translateWords || !translator.hasWordLexicon || from === to) return new Map();
  if (translator.hasWordLexicon(from, to)) return translator.translateWords(words, from, to);
  if (!hasLexiconRoute(translator, from, to, true)) return new Map();
  const bridged = await translator.translateWords(words, from, LEXICON_BRIDGE);
  const bridgeWords = [...new Set([...bridged.values()].flatMap((ts) => ts.slice(0, BRIDGE_SENSES)).filter((t) => /^[\p{L}\p{M}]+$/u.test(t)))];
  const further = bridgeWords.length > 0 ? await translator.translateWords(bridgeWords, LEXICON_BRIDGE, to) : new Map<string, string[]>();
  const out = new Map<string, string[]>();
  for (const [word, ts] of bridged) {
    const found = [...new Set(ts.slice(0, BRIDGE_SENSES).flatMap((t) => further.get(t) ?? []))];
    if (found.length > 0) out.set(word, found);
  }
  return out;
}
