/**
 * A small language guesser for chat messages, good enough to choose which
 * language packs' negation, question and hypothetical cues apply. Pure.
 *
 * Scripts decide first (Hangul → ko, kana → ja, Han → zh, Thai → th, Arabic → ar,
 * Cyrillic → ru or uk, Greek → el, Devanagari → hi, Hebrew → he). Cyrillic is Ukrainian when the letters
 * only Ukrainian writes (і ї є ґ) and its function words outweigh Russian's (ы э ъ ё, and the `markers`
 * of ./lang/ru.ts). Latin-script text is scored by the share of each pack's
 * function words (the `markers` of ./lang/*.ts, published stop-word style lists)
 * plus letters only one language uses (ơ ư → vi, ğ ş ı → tr, ł ą ę → pl, ñ ¿ → es…).
 */

import { LANGUAGE_PACKS } from './lang/index.js';
import { normalizeText } from './text.js';

const SCRIPT_LANGUAGES: ReadonlyArray<readonly [string, RegExp]> = [
  ['ko', /\p{Script=Hangul}/u],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['zh', /\p{Script=Han}/u],
  ['th', /\p{Script=Thai}/u],
  ['ar', /\p{Script=Arabic}/u],
  ['ru', /\p{Script=Cyrillic}/u],
  ['el', /\p{Script=Greek}/u],
  ['hi', /\p{Script=Devanagari}/u],
  ['he', /\p{Script=Hebrew}/u],
];

/** Packs whose `markers` are Cyrillic words that tell Russian from Ukrainian, not Latin-script evidence (Hindi's are romanised Hinglish). */
const SCRIPT_CHOSEN: ReadonlySet<string> = new Set(['ru', 'uk']);

/** Letters (lower-cased) only one of the two Cyrillic-script packs writes. */
const CYRILLIC_LETTERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['uk', /[іїєґ]/u],
  ['ru', /[ыэъё]/u],
];
/** Weight of a Cyrillic letter hint, against one function word each. */
const CYRILLIC_LETTER_WEIGHT = 3;

/** Letters (in the raw, lower-cased text) that point at one Latin-script language. */
const LETTER_HINTS: ReadonlyArray<readonly [string, RegExp, number]> = [
  // Not ă â, which Romanian writes too.
  ['vi', /[đêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u, 4],
  ['tr', /[ğşı]/u, 3],
  ['pl', /[ąęłńśźż]/u, 3],
  ['es', /[ñ¿¡]/u, 2],
  ['pt', /[ãõ]/u, 2],
  ['de', /[äöß]/u, 1],
  ['fr', /[èêëœù]/u, 1],
  ['it', /[ìò]/u, 1],
  // å without æ or ø: Danish and Norwegian write å too.
  ['sv', /^(?![\s\S]*[æø])[\s\S]*å/u, 2],
  ['da', /[æø]/u, 2],
  ['no', /[æø]/u, 2],
  // Finnish long vowels.
  ['fi', /ää|öö|yy/u, 2],
  ['da', /å/u, 1],
  ['no', /å/u, 1],
  ['cs', /[ěřůý]/u, 4],
  // Háček letters: Czech (and Slovak) among our packs; Polish writes ż ś ń instead.
  ['cs', /[čšžťďň]/u, 2],
  // ș ț with a comma or a cedilla (ţ; ş is Turkish too), and ă î â.
  ['ro', /[șțţ]/u, 3],
  ['ro', /[ăîâ]/u, 2],
  ['hu', /[őű]/u, 3],
  // Hungarian endings with their accents: "kártyámat", "ellopták", "fiókból", "szolgáltatás".
  ['hu', /\p{L}{2}(?:omat|emet|amat|ámat|ömet|ját|jét|ják|ték|ták|ból|ből|ról|ről|tól|től|hoz|höz|nál|nél|ság|ség|ként)(?!\p{L})/u, 3],
];

const markerSets = new Map<string, ReadonlySet<string>>(
  LANGUAGE_PACKS.filter((p) => p.markers.length > 0 && !SCRIPT_CHOSEN.has(p.code)).map((p) => [p.code, new Set(p.markers.map(normalizeText))]),
);
const cyrillicMarkers = new Map<string, ReadonlySet<string>>(
  LANGUAGE_PACKS.filter((p) => CYRILLIC_LETTERS.some(([code]) => code === p.code)).map((p) => [p.code, new Set(p.markers.map(normalizeText))]),
);

/**
 * Russian or Ukrainian, the better supported first (ties are Russian, as all Cyrillic was before Ukrainian
 * had a pack). The other comes second when it has letters of its own too (a message mixing both), or
 * when nothing points either way ("Подам на вас до суду" is both): then both packs read it.
 */
function cyrillicLanguages(text: string): string[] {
  const lower = text.toLowerCase();
  const words = normalizeText(text).split(/[^\p{L}\p{N}']+/u);
  const scored = CYRILLIC_LETTERS.map(([code, re]) => {
    const letters = re.test(lower);
    const set = cyrillicMarkers.get(code);
    const n = set === undefined ? 0 : words.filter((w) => set.has(w)).length;
    return { code, letters, score: n + (letters ? CYRILLIC_LETTER_WEIGHT : 0) };
  });
  const [uk, ru] = scored as [(typeof scored)[number], (typeof scored)[number]];
  const [first, second] = uk.score > ru.score ? [uk, ru] : [ru, uk];
  return second.letters || first.score === 0 ? [first.code, second.code] : [first.code];
}

/**
 * Languages the text may be in, most likely first. Script-decided languages come
 * first; Latin-script candidates are those scoring at least half the best score.
 * Empty when nothing points anywhere (e.g. "ok", "phone stolen!!").
 */
export function detectLanguages(text: string): string[] {
  const out: string[] = [];
  for (const [code, re] of SCRIPT_LANGUAGES) {
    if (!re.test(text)) continue;
    // Japanese text contains Han characters too: Han alone is Chinese.
    if (code === 'zh' && out.includes('ja')) continue;
    if (code === 'ru') out.push(...cyrillicLanguages(text));
    else out.push(code);
  }
  if (!/\p{Script=Latin}/u.test(text)) return out;

  const scores = latinScores(text);
  const best = Math.max(0, ...scores.values());
  if (best === 0) return out;
  const latin = [...scores.entries()]
    .filter(([, s]) => s >= Math.max(1, best / 2))
    .sort((a, b) => b[1] - a[1])
    .map(([code]) => code);
  return [...out, ...latin.filter((c) => !out.includes(c))];
}

/**
 * The last text scored by {@link latinScores}, with its scores (read-only): the situation detector asks
 * {@link detectLanguages} and then {@link latinEvidence} of the same text.
 */
let lastScored: { text: string; scores: ReadonlyMap<string, number> } | null = null;

/** Latin-script languages with a score: function words of the pack (`markers`) found, plus letter hints. */
function latinScores(text: string): ReadonlyMap<string, number> {
  if (lastScored?.text === text) return lastScored.scores;
  const scores = latinScoresOf(text);
  lastScored = { text, scores };
  return scores;
}

/** {@link latinScores}, worked out. */
function latinScoresOf(text: string): Map<string, number> {
  const lower = text.toLowerCase();
  const words = normalizeText(text).split(/[^\p{L}\p{N}']+/u).filter((w) => w.length > 0);
  const scores = new Map<string, number>();
  for (const [code, set] of markerSets) {
    let n = 0;
    for (const w of words) if (set.has(w)) n += 1;
    if (n > 0) scores.set(code, n);
  }
  for (const [code, re, weight] of LETTER_HINTS) {
    if (re.test(lower)) scores.set(code, (scores.get(code) ?? 0) + weight);
  }
  return scores;
}

/** The best Latin-script language score of `text` ({@link detectLanguages}): how many function words and letter hints back the guess. */
export function latinEvidence(text: string): number {
  return Math.max(0, ...latinScores(text).values());
}

/**
 * Scripts that no language pack reads (Bengali, Tamil, Georgian, Amharic…): the rules find nothing in them but
 * the universal pack's international words. Those a pack reads are the SCRIPT_LANGUAGES above, Latin, and the
 * common marks and digits.
 */
const UNREAD_SCRIPTS =
  /[\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Georgian}\p{Script=Armenian}\p{Script=Ethiopic}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Mongolian}\p{Script=Thaana}\p{Script=Syriac}]/u;
/** Cyrillic letters of Serbian, Macedonian, Kazakh, Kyrgyz, Tatar, Mongolian and Belarusian, which Russian and Ukrainian do not write. */
const OTHER_CYRILLIC = /[јљњћђџѓќѕәғқңөұүһўӣӯҷҳ]/u;
/**
 * Bulgarian, with none of the letters only Russian or Ukrainian write: ъ as a vowel ("съм", "път", "къде"), where
 * Russian writes it only as a separator before е, ё, ю, я ("объявление"), or one of its everyday words that are not
 * Russian or Ukrainian words (published Bulgarian stop-word lists).
 */
const BULGARIAN_HARD_SIGN = /ъ(?![еёюя])/u;
const BULGARIAN_WORDS = new Set(['искам', 'искаме', 'искате', 'съм', 'сме', 'сте', 'са', 'това', 'тази', 'този', 'какво', 'къде', 'защо', 'кога', 'нещо', 'някой', 'никой', 'трябва', 'моля', 'благодаря', 'здравейте', 'мога', 'можете', 'има', 'няма', 'беше', 'бяха', 'сега', 'вече', 'тук', 'утре']);
/** Arabic-script letters of Persian and Urdu that Arabic does not write (پ چ ژ گ, Persian ی and ک, Urdu ٹ ڈ ڑ ں ے ہ). */
const PERSIAN_URDU_LETTERS = /[پچژگیکٹڈڑںےہ]/u;

/**
 * Whether `text` is written in a language no pack serves though its script may be one a pack reads: Bulgarian,
 * Serbian or another Cyrillic language besides Russian and Ukrainian, Persian or Urdu, or a script no pack reads
 * at all. The learned model is then the only source that can read it (its thresholds for such messages:
 * UNSERVED_LEARNED_THRESHOLDS). Positive evidence only: a short message nothing points at ("ok", "help!!") is not
 * unserved, it is just short. Latin-script languages without a pack are not told apart here.
 */
export function unservedLanguage(text: string): boolean {
  if (UNREAD_SCRIPTS.test(text)) return true;
  if (/\p{Script=Cyrillic}/u.test(text)) {
    const lower = text.toLowerCase();
    if (OTHER_CYRILLIC.test(lower)) return true;
    if (!/[ыэёіїєґ]/u.test(lower) && (BULGARIAN_HARD_SIGN.test(lower) || lower.split(/[^\p{L}]+/u).some((w) => BULGARIAN_WORDS.has(w)))) return true;
  }
  return /\p{Script=Arabic}/u.test(text) && PERSIAN_URDU_LETTERS.test(text);
}
