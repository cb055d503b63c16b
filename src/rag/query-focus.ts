/**
 * The long-message path: customers often bury the question in a story ("we
 * moved last month, the kids were ill, anyway… how do I change the address on
 * my account?"). Every word of such a message would dilute retrieval, so the
 * sentences that ask something keep full weight and the rest are down-weighted.
 * Question-ness is judged by form, in several languages: a question mark, an
 * interrogative or request opener ("how", "can I", "I need", "¿cómo", "wie"),
 * or the last sentence when nothing else asks.
 */
import { normalizeText } from './text-analysis.js';

export interface FocusedSentence {
  text: string;
  /** 1 for sentences that ask or request, lower for context. */
  weight: number;
}

export interface QueryFocus {
  /** The sentences with their weights (one sentence of weight 1 for a short message). */
  sentences: FocusedSentence[];
  /** What the vector leg embeds: the asking sentences (the whole text when short). */
  focusText: string;
  long: boolean;
}

/** Messages longer than this (characters) or with more sentences than LONG_SENTENCES take the long path. */
export const LONG_MESSAGE_CHARS = 240;
const LONG_SENTENCES = 3;
/**
 * Weight of sentences that neither ask nor request anything. Mild on purpose:
 * on the dev held-out set, the story around the question often names the topic
 * (the account, the appliance, the trip), and down-weighting it to 0.3 lost
 * more long messages than it saved (hit@5 0.67 vs 0.83).
 */
export const CONTEXT_SENTENCE_WEIGHT = 0.85;

const SPLIT = /(?<=[.!?。！？…।॥؟۔])\s+|\n+|(?<=[.!?。！？।॥؟۔])(?=\S)/u;

/** Interrogatives and request openers (English, Spanish, Portuguese, French, German, Italian, Dutch), normalised (no accents). */
const ASKING_OPENER = new RegExp(
  '^(?:' +
    [
      'how', 'what', 'whats', 'when', 'where', 'why', 'which', 'who', 'whom', 'whose', 'can', 'could', 'may', 'do', 'does', 'did', 'is', 'are', 'will', 'would', 'should', 'shall',
      'i need', 'i want', 'i would like', 'id like', 'i d like', 'i am trying', 'im trying', 'i m trying', 'please', 'help', 'is there', 'are there', 'any way', 'tell me', 'i wonder', 'i was wondering',
      'como', 'que', 'cual', 'cuales', 'cuando', 'donde', 'por que', 'porque', 'quien', 'cuanto', 'cuanta', 'cuantos', 'puedo', 'pueden', 'podria', 'necesito', 'quiero', 'quisiera', 'hay',
      'quanto', 'quando', 'onde', 'qual', 'posso', 'preciso', 'gostaria', 'da para',
      'comment', 'quoi', 'quel', 'quelle', 'quand', 'ou', 'pourquoi', 'combien', 'est ce', 'puis je', 'je voudrais', 'je veux', 'j ai besoin', 'pouvez vous', 'y a t il',
      'wie', 'was', 'wann', 'wo', 'warum', 'welche', 'welcher', 'welches', 'kann', 'konnen', 'ich mochte', 'ich brauche', 'ich will', 'gibt es',
      'come', 'cosa', 'quale', 'dove', 'perche', 'vorrei', 'ho bisogno',
      'hoe', 'wat', 'wanneer', 'waar', 'waarom', 'welke', 'kan ik', 'ik wil', 'ik heb',
    ].join('|') +
    ')\\b',
);
/** A request in the middle of a sentence: "…, so how do I…", "…, but can you…". */
const ASKING_INSIDE = /\b(?:how (?:do|can|long|much|many)|what (?:do|should|is|are)|can (?:i|you|we)|could (?:i|you)|is it possible|do i need|i need to|i want to|i would like to|como (?:puedo|hago)|puedo|necesito|quiero|comment (?:puis|faire)|wie (?:kann|lange|viel))\b/;

/** Splits a message into sentences and weights them by whether they ask something. */
export function focusQuery(text: string): QueryFocus {
  const trimmed = text.trim();
  const parts = trimmed
    .split(SPLIT)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{M}\p{N}]/u.test(s));
  const long = trimmed.length > LONG_MESSAGE_CHARS || parts.length > LONG_SENTENCES;
  if (!long || parts.length <= 1) return { sentences: [{ text: trimmed, weight: 1 }], focusText: trimmed, long: false };

  const asks = parts.map((s) => {
    const n = normalizeText(s).replace(/^[^\p{L}\p{M}\p{N}]+/u, '').replace(/['’]/g, ' ');
    return /[?？]\s*$/.test(s) || s.includes('?') || ASKING_OPENER.test(n) || ASKING_INSIDE.test(n);
  });
  // Nothing asks: the message usually ends on what the customer wants.
  if (!asks.some(Boolean)) asks[asks.length - 1] = true;
  const sentences = parts.map((s, i) => ({ text: s, weight: asks[i] ? 1 : CONTEXT_SENTENCE_WEIGHT }));
  const focusText = parts.filter((_, i) => asks[i]).join(' ');
  return { sentences, focusText, long: true };
}
