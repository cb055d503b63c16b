/**
 * Local, dependency-free sentiment scoring for escalation. Pure.
 *
 * A VADER-style lexicon scorer (Hutto & Gilbert, 2014,
 * https://github.com/cjhutto/vaderSentiment): per-word valences summed with
 * negation ("not happy", "no estoy contento", "不满意"), intensifiers ("very",
 * "muy", "sehr", "很"), diminishers ("a bit", "un peu"), the "but" contrast rule,
 * ALL-CAPS and "!!!" amplification, then squashed into -1..1 with
 * `sum / sqrt(sum² + 15)`. It is a first line that runs on every message for free;
 * a chat-model scorer can implement {@link SentimentScorer} later and replace it.
 */

import {
  BOOSTERS,
  CONDITION_ON_COMPANY,
  CONDITION_OPENERS,
  CONTRASTS,
  DIMINISHERS,
  HOW_OPENERS,
  LATIN_LEXICON,
  AT_MYSELF,
  NEGATORS,
  POST_NEGATORS,
  QUESTION_NOUNS,
  QUESTION_OPENERS,
  SELF_COPULAS,
  SELF_INSULTS,
  SPACELESS_QUESTION_AFTER,
  SPACELESS_SELF_BEFORE,
  SPACELESS_BOOSTERS,
  SPACELESS_DIMINISHERS,
  SPACELESS_LEXICON,
  SPACELESS_NEGATORS,
} from './sentiment-lexicon.js';
import { allMatches, hasQuestionMark, hasSpacelessScript, normalizeText, tokenize, type Token } from './text.js';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface SentimentResult {
  /** -1 (very negative) .. 1 (very positive). */
  score: number;
  label: SentimentLabel;
  /** What moved the score: matched terms with their modifiers ("not happy", "CAPS:UNACCEPTABLE", "!!!"). */
  evidence: string[];
}

/** Anything that can rate a customer message; the rule engine depends only on this. */
export interface SentimentScorer {
  score(text: string): Promise<SentimentResult>;
}

const ALPHA = 15;
const NEGATION = -0.74;
/** Weight of a whole message whose customer calls the problem mild ("a bit annoying"). */
const HEDGED = 0.7;
const MAX_PHRASE = 4;
/** Scores strictly beyond ±this get a non-neutral label. */
const LABEL_THRESHOLD = 0.2;
/** Shouting with no sentiment word of its own ("WHERE IS MY ORDER???") still reads as anger. */
const SHOUTING_VALENCE = -1.5;
const SPACELESS_KEYS = Object.keys(SPACELESS_LEXICON).sort((a, b) => b.length - a.length);
/** {@link SPACELESS_KEYS} by first code unit, each list in the same order: a position whose character starts no key is passed over at once. */
const SPACELESS_KEYS_BY_FIRST = new Map<string, string[]>();
for (const k of SPACELESS_KEYS) {
  const first = k.charAt(0);
  let list = SPACELESS_KEYS_BY_FIRST.get(first);
  if (list === undefined) SPACELESS_KEYS_BY_FIRST.set(first, (list = []));
  list.push(k);
}
/** Keys ending in `*`: prefixes of inflected words, longest first. */
const PREFIXES: ReadonlyArray<readonly [string, number]> = Object.entries(LATIN_LEXICON)
  .filter(([k]) => k.endsWith('*') && k.length > 2)
  .map(([k, v]) => [k.slice(0, -1), v] as const)
  .sort((a, b) => b[0].length - a[0].length);
/**
 * A French or Italian elided article or pronoun glued to the word ("d'incapables", "l'arnaque", "dell'incompetenza"):
 * the word segmenter keeps them as one token, so the word is looked up again without it.
 */
const ELISION = /^(?:[dljmtsnc]|qu|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|un)'(?=\p{L}{3})/u;
const ARABIC_CLITIC = /^(?:وال|بال|فال|كال|لل|ال|و|ف|ب|ل|ك)(?=\p{Script=Arabic}{2})/u;
/** Valence of one word: exact, then as an inflected form of a prefix key, then (Arabic) behind its clitics. */
function wordValence(norm: string): number | undefined {
  const exact = LATIN_LEXICON[norm];
  if (exact !== undefined) return exact;
  const prefixed = PREFIXES.find(([p]) => norm.startsWith(p))?.[1];
  if (prefixed !== undefined) return prefixed;
  const bare = norm.replace(ARABIC_CLITIC, '').replace(ELISION, '');
  return bare !== norm ? wordValence(bare) : undefined;
}
/** An opener is a whole word, except in scripts written without spaces ("如何防范…", "どうやって…"). */
const openerRe = (list: readonly string[]): RegExp =>
  new RegExp(
    `^(?:${list.map((o) => `${o.replace(/[.*+?^$()[\]{}|\\]/g, '\\$&')}${hasSpacelessScript(o) ? '' : '(?![\\p{L}\\p{N}])'}`).join('|')})`,
    'u',
  );
const HOW = openerRe(HOW_OPENERS);
const ASKING = openerRe(QUESTION_OPENERS);
const CONDITION = openerRe(CONDITION_OPENERS);
const ON_COMPANY = new RegExp(
  CONDITION_ON_COMPANY.map((w) => (hasSpacelessScript(w) ? w : `(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`)).join('|'),
  'u',
);
const isInformational = (text: string): boolean => {
  // "¿Cómo…?", "¡Qué…!": the opening inverted mark is not a word.
  const norm = normalizeText(text).replace(/^[¿¡]+\s*/u, '');
  if (HOW.test(norm) || (ASKING.test(norm) && hasQuestionMark(text))) return true;
  // "if a driver is rude, how do I report him?": a condition that opens a question; its clause is the first up to a comma.
  if (!CONDITION.test(norm) || !hasQuestionMark(text)) return false;
  const condition = norm.split(/[,，、]/u)[0] ?? norm;
  return !ON_COMPANY.test(condition);
};
/** Stronger than this, a word is an insult or profanity: never dampened. */
const INSULT = -3.5;
/**
 * Japanese and Korean negation follows the word: 満足していない, 助かりません, 怒ってない, 怒っているわけではない
 * ("it is not that I am angry"); 화나지 않아요, 짜증나지 않았어요, 화난 게 아니라.
 */
const JA_SUFFIX_NEGATION =
  /^(?:(?:して|でき|し|て|で)?(?:い|る|いる)?(?:わけ|訳)?(?:では|じゃ)?(?:ない|なく|ません|なかった|ありません)|(?:나|하|스럽)?(?:지|진)않|(?:난|한|운)?(?:게|건|거|것은|것이)아니)/u;

const isNegator = (norm: string): boolean => NEGATORS.has(norm) || norm.endsWith("n't");
/**
 * Swedish "ni" is "you" (plural or polite), not Spanish "ni" (nor): followed by a Swedish finite verb ("NI ÄR värdelösa",
 * "ni har lurat mig") it is the subject the anger is aimed at, not a negation of it.
 */
const SWEDISH_VERBS_AFTER_NI: ReadonlySet<string> = new Set(['ar', 'var', 'har', 'hade', 'kan', 'ska', 'borde', 'maste', 'gor', 'gjorde', 'tar', 'tog', 'vill', 'lurar', 'lurade', 'suger']);
const pronounNi = (norm: string, next: string | undefined): boolean => norm === 'ni' && next !== undefined && SWEDISH_VERBS_AFTER_NI.has(next);
const isCaps = (raw: string): boolean => /\p{Lu}/u.test(raw) && raw === raw.toUpperCase() && /\p{L}{2,}/u.test(raw);
/** Portuguese "mas" (but) without the accent of Spanish "más" (more). */
const isContrast = (t: Token): boolean => CONTRASTS.has(t.norm) || t.raw.toLowerCase() === 'mas';

interface Accumulator {
  sum: number;
  evidence: string[];
  /** The most negative valence of a single term seen. */
  min: number;
  /** A problem word was said with "a bit", "un poco", "ちょっと": the customer rates the mood as mild. */
  hedged?: boolean;
}

/** Clause number of each token: modifiers and negation do not reach across "." "," "!" etc. */
function clauses(source: string, tokens: readonly Token[]): number[] {
  let clause = 0;
  let end = 0;
  return tokens.map((t) => {
    if (/[.,;:!?。、！？،؛؟]/u.test(source.slice(end, t.index))) clause += 1;
    end = t.index + t.raw.length;
    return clause;
  });
}

const COPULAS = SELF_COPULAS.map((c) => c.split(' '));
const MYSELF = AT_MYSELF.map((c) => normalizeText(c).split(/\s+/u));
const stripArticle = (w: string): string => w.replace(ARABIC_CLITIC, '');
/** Words that may stand between "I am" and the insult ("ich bin SO EIN Idiot", "i'm SUCH AN idiot"). */
const SELF_REACH = 3;

/** Whether the negative term at `i` (of `span` words) is said of the customer themself (see SELF_INSULTS). */
function selfDirected(norms: readonly string[], i: number, span: number, sameClause: (j: number, i: number) => boolean): boolean {
  const term = norms.slice(i, i + span).join(' ');
  const insult = SELF_INSULTS.has(term) || SELF_INSULTS.has(stripArticle(term));
  if (insult) {
    // "i'm (such an) idiot": an "I am" that ends at most SELF_REACH words before, in the clause.
    for (let k = Math.max(0, i - SELF_REACH - 1); k < i; k++) {
      if (!sameClause(k, i)) continue;
      if (COPULAS.some((c) => c.every((w, x) => norms[k + x] === w) && k + c.length <= i)) return true;
    }
    const near = [norms[i - 1], norms[i + span]].filter((w): w is string => w !== undefined && sameClause(norms.indexOf(w), i));
    if (near.some((w) => QUESTION_NOUNS.has(w) || QUESTION_NOUNS.has(stripArticle(w)))) return true;
  }
  // "furious WITH MYSELF": the phrase right after the word.
  for (let k = i + span; k <= i + span + 1; k++) if (MYSELF.some((m) => m.every((w, x) => norms[k + x] === w))) return true;
  return false;
}

function scoreLatin(source: string, tokens: readonly Token[], acc: Accumulator): boolean {
  const norms = tokens.map((t) => t.norm);
  const clause = clauses(source, tokens);
  const sameClause = (j: number, i: number): boolean => j >= 0 && clause[j] === clause[i];
  const words = tokens.filter((t) => /\p{L}{2,}/u.test(t.raw));
  const shouting = words.length >= 3 && words.filter((t) => isCaps(t.raw)).length / words.length >= 0.6;
  let contrastAt = -1;
  tokens.forEach((t, i) => {
    if (isContrast(t)) contrastAt = i;
  });

  for (let i = 0; i < tokens.length; ) {
    let span = 0;
    let valence = 0;
    for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 2 && span === 0; n--) {
      const v = LATIN_LEXICON[norms.slice(i, i + n).join(' ')];
      if (v !== undefined) [span, valence] = [n, v];
    }
    if (span === 0) {
      const v = wordValence(norms[i] ?? '');
      if (v !== undefined) [span, valence] = [1, v];
    }
    const term = norms.slice(i, i + span).join(' ');
    const next = norms[i + 1];
    // "super annoying": "super" is an intensifier here, not praise.
    if (span === 0 || (span === 1 && BOOSTERS.has(term) && next !== undefined && wordValence(next) !== undefined)) {
      i += 1;
      continue;
    }
    let v = valence;
    const label: string[] = [];
    const prev1 = sameClause(i - 1, i) ? norms[i - 1] : undefined;
    const prev2 = sameClause(i - 2, i) ? norms[i - 2] : undefined;
    if (prev1 !== undefined && BOOSTERS.has(prev1)) [v, label[0]] = [v * 1.5, prev1];
    else if (prev2 !== undefined && BOOSTERS.has(prev2)) [v, label[0]] = [v * 1.25, prev2];
    // Vietnamese "hơi" (a bit) folds to "hoi", as "hỏi" (ask) does: matched with its accent.
    const dim = (j: number, n: string | undefined): boolean => n !== undefined && (DIMINISHERS.has(n) || tokens[j]?.raw.toLowerCase() === 'hơi');
    if (dim(i - 1, prev1) || dim(i - 2, prev2)) {
      v *= 0.6;
      label.unshift('slightly');
      if (valence < 0) acc.hedged = true;
    }
    let negated = false;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const t = tokens[j];
      if (t === undefined || !sameClause(j, i) || isContrast(t)) break;
      if (isNegator(t.norm) && !pronounNi(t.norm, tokens[j + 1]?.norm)) {
        v *= NEGATION;
        label.unshift(t.norm);
        negated = true;
        break;
      }
    }
    // "kızgın değilim", "नाराज़ नहीं हूँ", "ich ärgere mich nicht": the negation after the word, in its clause.
    for (let j = i + span; !negated && j < Math.min(tokens.length, i + span + 2); j++) {
      const t = tokens[j];
      if (t === undefined || !sameClause(j, i) || isContrast(t)) break;
      if (POST_NEGATORS.some((n) => t.norm.startsWith(n))) {
        v *= NEGATION;
        label.unshift(t.norm);
        negated = true;
      }
    }
    // "I'm such an idiot", "furious with myself", "sorry for the stupid question": the customer's own, not the company's.
    if (v < 0 && selfDirected(norms, i, span, sameClause)) {
      acc.evidence.push(`self:${term}`);
      i += span;
      continue;
    }
    if (shouting) v *= 1.3;
    else if (tokens.slice(i, i + span).some((t) => isCaps(t.raw))) {
      v *= 1.5;
      label.unshift('CAPS');
    }
    if (contrastAt >= 0 && contrastAt !== i) v *= i < contrastAt ? 0.5 : 1.5;
    acc.min = Math.min(acc.min, valence);
    acc.sum += v;
    acc.evidence.push([...label, term].join(' '));
    i += span;
  }
  return shouting;
}

/**
 * Loanwords that begin with a katakana insult of the lexicon: "カスタマー" (customer) and "カスタム" hold "カス" (scum),
 * "バカンス" (vacation) holds "バカ". Katakana writes each as one run, so the insult at their start is no insult;
 * insults compounded in front of another word ("クソアプリ", "ゴミアプリ") still count.
 */
const LOANWORDS_OVER_INSULTS = /^(?:カスタ|カステラ|カスケード|カスト|バカンス|バカラ|アホウドリ)/u;
/** Whether the lexicon key at `pos` is only the start of one of those loanwords. */
function insideKatakanaWord(key: string, compact: string, pos: number): boolean {
  return /^[\p{Script=Katakana}]/u.test(key) && LOANWORDS_OVER_INSULTS.test(compact.slice(pos));
}

function scoreSpaceless(compact: string, acc: Accumulator): void {
  for (let pos = 0; pos < compact.length; ) {
    const key = SPACELESS_KEYS_BY_FIRST.get(compact.charAt(pos))?.find((k) => compact.startsWith(k, pos) && !insideKatakanaWord(k, compact, pos));
    if (key === undefined) {
      pos += 1;
      continue;
    }
    let v = SPACELESS_LEXICON[key] ?? 0;
    // "私ってほんとバカ", "我真是个笨蛋", "バカな質問ですみません": the customer of themself, or of their own question.
    if (v < 0 && (SPACELESS_SELF_BEFORE.test(compact.slice(Math.max(0, pos - 8), pos)) || SPACELESS_QUESTION_AFTER.test(compact.slice(pos + key.length)))) {
      acc.evidence.push(`self:${key}`);
      pos += key.length;
      continue;
    }
    acc.min = Math.min(acc.min, v);
    const before = compact.slice(Math.max(0, pos - 6), pos);
    const after = compact.slice(pos + key.length);
    const label: string[] = [];
    if (SPACELESS_BOOSTERS.test(before)) {
      v *= 1.4;
      label.push('+');
    } else if (SPACELESS_DIMINISHERS.test(before)) {
      v *= 0.6;
      acc.hedged = true;
      label.push('slightly');
    }
    if ((!key.startsWith('不') && SPACELESS_NEGATORS.test(before)) || JA_SUFFIX_NEGATION.test(after)) {
      v *= NEGATION;
      label.push('neg');
    }
    acc.sum += v;
    acc.evidence.push(label.length > 0 ? `${key}(${label.join(',')})` : key);
    pos += key.length;
  }
}

/**
 * "Spurs lost again, I'm fuming. Anyway, what time does the stream start?", "La Roma ha perso, sono nero. Ma la partita la
 * trasmettete?": a feeling about something else, then a topic shift and a question for us (round 20). The text before the
 * shift is left out of the score when it does not speak to the company (no second person: "you", "vous", "ihr", "jullie"…),
 * so "You're useless. Anyway, where is my refund?" still counts in full.
 */
const SHIFT_EDGE = '[\\s.,;:!?…—–\\-。，、！？；：،؛؟]';
const TOPIC_SHIFT = new RegExp(
  `(?:^|${SHIFT_EDGE})(anyway|anyhow|by the way|btw|übrigens|jedenfalls|egal,|au fait|bref|en tout cas|enfin bref|por cierto|de todas formas|en fin|comunque|ad ogni modo|a proposito|enfim|aliás|de qualquer forma|tak przy okazji|w każdym razie|förresten|hur som helst|trouwens|hoe dan ook|i hvert fald|forresten|uansett|кстати|впрочем|до речі|втім|खैर|वैसे|neyse|bu arada|بالمناسبة|المهم|على العموم|ngomong-ngomong|omong-omong|eh iya|nhân tiện|算了|对了|對了|顺便问一下|順便問一下|话说|話說|ところで|それはそうと|그건 그렇고|아무튼|그나저나)(?=${SHIFT_EDGE}|$)`,
  'giu',
);
const TO_US = /(?:^|[^\p{L}])(you|your|yours|u|ur|ya|du|dich|dir|dein\p{L}*|ihr|euch|euer\p{L}*|sie|ihnen|ihre?|vous|votre|vos|tu|toi|ton|ta|tes|os|vosotros|vuestr\p{L}*|ustedes|usted|su|sus|voi|vostr\p{L}*|vi|ti|você|voce|vocês|voces|vcs|seu|sua|wy|was|wam|państw\p{L}*|panstw\p{L}*|ni|er|ert|era|dig|din|ditt|jullie|je|jij|uw|jer|jeres|dere|deres|вы|вас|вам|ваш\p{L}*|ты|тебя|ви|твій|твоя|आप|तुम|siz|sizin|sen|انتم|انت|عندكم|kalian|kamu|anda|bạn|các bạn)(?=[^\p{L}]|$)|你们|你們|御社|そちら|あなた|당신|너희|여러분/iu;
function asideLeftOut(text: string): string {
  const last = allMatches(TOPIC_SHIFT, text).at(-1);
  if (last === undefined) return text;
  const at = last.index + last[0].length;
  const before = text.slice(0, last.index);
  const after = text.slice(at);
  // The second person as written or folded ("أنتم" is "انتم" once its hamza is folded away).
  if (!hasQuestionMark(after) || before.trim().length === 0 || TO_US.test(before) || TO_US.test(normalizeText(before))) return text;
  return after;
}

/**
 * Scores by text: one message is scored more than once — by the sentiment trigger of the rules (./evaluate.ts)
 * and by the frustration checks of the situations (./situations.ts), and an earlier message again while the
 * next ones are read. The score is a function of the text, so a result may be reused; each caller gets its own
 * copy. Bounded: emptied when it holds {@link SCORE_CACHE_MAX} texts.
 */
const scoreCache = new Map<string, SentimentResult>();
const SCORE_CACHE_MAX = 256;

/** Score one message. Empty text is neutral. */
export function scoreSentiment(input: string): SentimentResult {
  let r = scoreCache.get(input);
  if (r === undefined) {
    r = scoreText(input);
    if (scoreCache.size >= SCORE_CACHE_MAX) scoreCache.clear();
    scoreCache.set(input, r);
  }
  return { score: r.score, label: r.label, evidence: [...r.evidence] };
}

function scoreText(input: string): SentimentResult {
  const text = asideLeftOut(input);
  const acc: Accumulator = { sum: 0, evidence: [], min: 0 };
  const nfkc = text.normalize('NFKC');
  const latin = tokenize(text).filter((t) => !hasSpacelessScript(t.norm));
  const shouting = scoreLatin(nfkc, latin, acc);
  scoreSpaceless(normalizeText(text).replace(/\s+/g, ''), acc);

  const bangs = Math.min((nfkc.match(/!/g) ?? []).length, 4);
  // "How do I report a stolen card?": an informational question weighs problem words half, unless it insults or shouts.
  if (acc.sum < 0 && bangs === 0 && !shouting && acc.min > INSULT && isInformational(text)) {
    acc.sum *= 0.5;
    acc.evidence.push('informational question');
  }
  // "it's a bit frustrating that the withdrawal is slow", "hơi bực mình, khi nào tiền về?": mild impatience, said as mild,
  // which a bot can handle — the whole message weighs less, unless it insults, shouts or exclaims.
  if (acc.hedged === true && acc.sum < 0 && bangs === 0 && !shouting && acc.min > INSULT) {
    acc.sum *= HEDGED;
    acc.evidence.push('hedged');
  }
  const questionRuns = Math.min((nfkc.match(/\?[?!]+|!\?+/g) ?? []).length, 3);
  if (shouting && acc.sum <= 0) {
    acc.sum += SHOUTING_VALENCE;
    acc.evidence.push('ALL CAPS');
  }
  if (acc.sum < 0 && bangs + questionRuns > 0) {
    acc.sum -= 0.3 * (bangs + questionRuns);
    acc.evidence.push('!'.repeat(bangs) + '?'.repeat(questionRuns));
  } else if (acc.sum > 0 && bangs > 0) {
    acc.sum += 0.3 * bangs;
    acc.evidence.push('!'.repeat(bangs));
  }

  const raw = acc.sum / Math.sqrt(acc.sum * acc.sum + ALPHA);
  const score = Math.round(Math.max(-1, Math.min(1, raw)) * 1000) / 1000;
  const label: SentimentLabel =
    score < -LABEL_THRESHOLD ? 'negative' : score > LABEL_THRESHOLD ? 'positive' : 'neutral';
  return { score, label, evidence: acc.evidence };
}

/** The default {@link SentimentScorer}: {@link scoreSentiment}, no I/O. */
export class LexiconSentimentScorer implements SentimentScorer {
  score(text: string): Promise<SentimentResult> {
    return Promise.resolve(scoreSentiment(text));
  }
}
