import { analyzeText, isStopWord, normalizeText, stem } from './text-analysis.js';

export interface HistoryTurn {
  role: 'customer' | 'bot' | 'agent';
  text: string;
}

/** Openers that continue the previous question ("and…", "what about…", "¿y…?", "et…", "und…"). */
const CONTINUATION =
  /^(?:and|also|but|so|then|ok(?:ay)?,? and|what about|how about|what if|same for|y|e|o|pero|entonces|y si|que tal|y para|e se|e para|et|mais|et si|et pour|und|aber|und wenn|und fur|was ist mit)\b/;
/** Words pointing back at something said before. */
const ANAPHORA =
  /\b(?:it|that|this|they|them|those|these|there|one|ones|eso|esto|ello|isso|isto|aquilo|ca|cela|celui|das|dies|dort)\b/;
const QUANTITY_QUESTION = /\bhow (?:long|much|many|soon|often|far)\b/;
const MAX_ADDED_TERMS = 6;
const MAX_DEPTH = 3;

/**
 * Offline heuristic that turns a follow-up ("and how long does it take?",
 * "what about for Germany?", "¿y cuánto cuesta?") into a standalone search
 * query by appending the key terms of the previous customer question. A
 * question that stands on its own is returned unchanged. With an LLM
 * configured, a model-based rewrite can replace this; retrieval just needs
 * the topic words, not a grammatical sentence.
 */
export function rewriteFollowUp(question: string, history: HistoryTurn[]): string {
  return rewrite(question.trim(), history, 0);
}

function rewrite(question: string, history: HistoryTurn[], depth: number): string {
  const previousIndex = findPreviousCustomerTurn(question, history);
  if (previousIndex < 0 || !isFollowUp(question)) return question;

  const earlier = history.slice(0, previousIndex);
  const previous = history[previousIndex]!.text.trim();
  const standalonePrevious = depth < MAX_DEPTH ? rewrite(previous, earlier, depth + 1) : previous;
  const terms = keyTermsOf(standalonePrevious, question);
  return terms.length > 0 ? `${question} ${terms.join(' ')}` : question;
}

function findPreviousCustomerTurn(question: string, history: HistoryTurn[]): number {
  const current = normalizeText(question).trim();
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i]!;
    if (turn.role !== 'customer' || !turn.text.trim()) continue;
    // The current message may already have been appended to the history.
    if (i === history.length - 1 && normalizeText(turn.text).trim() === current) continue;
    return i;
  }
  return -1;
}

export function isFollowUp(question: string): boolean {
  const normalized = normalizeText(question)
    .replace(/^[\s¿¡"'(]+/, '')
    .trim();
  const contentWords = analyzeText(question).words.length;
  const continues = CONTINUATION.test(normalized);
  const refersBack = ANAPHORA.test(normalized);
  // "hello" or "thanks!" is small talk, but "why?" and "how much?" ask about the last topic.
  if (contentWords === 0) return continues || refersBack || /[?？]/.test(question);
  if (contentWords === 1) return true;
  if (contentWords >= 7) return false;
  return continues || (contentWords <= 4 && refersBack);
}

/**
 * Content words of the previous question (as the customer wrote them) that the
 * follow-up does not already contain. When the follow-up names a new proper
 * noun ("…for Germany?"), the previous one ("Canada") is dropped: it is being replaced.
 */
function keyTermsOf(previous: string, followUp: string): string[] {
  const present = new Set(analyzeText(followUp).stems);
  const replacesProperNoun = properNouns(followUp).length > 0;
  const dropped = new Set(replacesProperNoun ? properNouns(previous).map((w) => normalizeText(w)) : []);

  const terms: string[] = [];
  const seen = new Set<string>();
  const normalizedPrevious = normalizeText(previous);
  if (!QUANTITY_QUESTION.test(normalizeText(followUp))) {
    for (const m of normalizedPrevious.matchAll(new RegExp(QUANTITY_QUESTION.source, 'g'))) {
      terms.push(m[0]);
      seen.add(stem(m[0].slice(4)));
    }
  }
  for (const word of previous.replace(/(\p{L})['’](\p{L})/gu, '$1$2').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    const normalized = normalizeText(word);
    const s = stem(normalized);
    if (isStopWord(normalized) || isStopWord(s) || normalized.length < 2) continue;
    if (present.has(s) || seen.has(s) || dropped.has(normalized)) continue;
    seen.add(s);
    terms.push(word);
  }
  return terms.slice(0, MAX_ADDED_TERMS);
}

/** Capitalised words that do not start a sentence (a cheap named-entity guess). */
function properNouns(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![.!?¿¡]\s*|^\s*)(?<=\s)(\p{Lu}[\p{L}\p{M}-]+)/gu)) out.push(m[1]!);
  return out;
}
