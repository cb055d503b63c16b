/**
 * Keyword matching for escalation rules. Pure.
 *
 * Semantics (what an admin typing keywords into a rule should expect):
 *  - Case-, accent- and width-insensitive: `refund` matches "Refund!", "RÉFUND", "ｒｅｆｕｎｄ".
 *  - Whole words only for space-delimited scripts: `refund` does **not** match
 *    "refunds" or "refunded"; `sue` does not match "issue" or "pursue".
 *  - A trailing `*` allows any word ending: `refund*` matches "refund", "refunds",
 *    "refunded", "refunding". There is no stemming beyond that; it is a prefix match
 *    anchored at a word start. `*` anywhere else is literal.
 *  - Multi-word phrases match across any run of spaces or hyphens:
 *    `legal action` matches "Legal  action" and "legal-action".
 *  - Keywords containing CJK, Hangul or Thai characters are matched as substrings
 *    (those scripts have no spaces, and Korean glues particles onto nouns), after
 *    removing whitespace from the text, so `解約` matches "解約したい" and "解 約".
 *    A mixed keyword such as "cs担当" is also matched as a substring.
 */

import { escapeRegExp, hasSpacelessScript, normalizeText } from './text.js';

interface CompiledKeyword {
  readonly keyword: string;
  readonly test: (normalized: string, compact: string) => boolean;
}

/**
 * A letter that continues a word. CJK/Hangul/Thai letters are excluded so a
 * Latin keyword still matches when glued to them ("找CS", "打12315投诉").
 */
const WORD_CHAR =
  '[[\\p{L}\\p{N}\\p{M}]--[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\p{sc=Thai}]]';
const cache = new Map<string, CompiledKeyword | null>();

/** Returns null for keywords that are empty after normalisation (they never match). */
function compile(keyword: string): CompiledKeyword | null {
  const cached = cache.get(keyword);
  if (cached !== undefined) return cached;

  let compiled: CompiledKeyword | null = null;
  const trimmed = keyword.trim();
  const prefix = trimmed.endsWith('*');
  const norm = normalizeText(prefix ? trimmed.slice(0, -1) : trimmed);

  if (norm.length > 0) {
    if (hasSpacelessScript(norm)) {
      const needle = norm.replace(/\s+/g, '');
      compiled = { keyword, test: (_n, compact) => compact.includes(needle) };
    } else {
      const body = norm
        .split(/[\s-]+/)
        .filter((w) => w.length > 0)
        .map(escapeRegExp)
        .join('[\\s\\-]+');
      const tail = prefix ? `${WORD_CHAR}*` : '';
      const re = new RegExp(`(?<!${WORD_CHAR})${body}${tail}(?!${WORD_CHAR})`, 'v');
      compiled = { keyword, test: (n) => re.test(n) };
    }
  }
  // Rules are few and re-used on every message; bound the cache anyway.
  if (cache.size > 5000) cache.clear();
  cache.set(keyword, compiled);
  return compiled;
}

/**
 * The keywords (as given, de-duplicated, in the given order) that occur in `text`.
 */
export function matchKeywords(text: string, keywords: readonly string[]): string[] {
  const normalized = normalizeText(text);
  if (normalized.length === 0) return [];
  const compact = normalized.replace(/\s+/g, '');
  const matched: string[] = [];
  const seen = new Set<string>();
  for (const keyword of keywords) {
    if (seen.has(keyword)) continue;
    seen.add(keyword);
    const compiled = compile(keyword);
    if (compiled?.test(normalized, compact) === true) matched.push(keyword);
  }
  return matched;
}
