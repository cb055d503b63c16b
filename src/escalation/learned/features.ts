/**
 * Feature extraction of the learned escalation component: a message (and its history)
 * becomes a short sparse vector of hashed features.
 *
 * Why these features:
 *  - The corpus is ~3,000 lines over 22 languages, so a per-language tokenizer or
 *    vocabulary is out of reach. Character n-grams carry stems and inflections across
 *    languages without one ("gestohlen", "gestohlene"; "çalındı", "çalınmış") and
 *    survive typos; word unigrams and bigrams carry what n-grams blur ("not", "if",
 *    "ever", "my card was").
 *  - Scripts written without spaces (Chinese, Japanese kana, Thai; Hangul too, whose
 *    spaced units are long agglutinated phrases) have no usable word boundary: runs of
 *    those characters give character 1–3-grams. Other scripts give 3–5-grams inside
 *    each word padded with boundary marks (as fastText does), so a gram never spans two
 *    words and "<cancel" differs from "cancel" inside "uncancelled".
 *  - Text is NFKC-folded (full-width forms, ligatures) and lower-cased, the same
 *    folding the rules use, so the model sees what the rules see.
 *  - Earlier messages are separate, down-weighted features (own hash namespace,
 *    {@link HISTORY_WEIGHT}): "repeated frustration" lives in the history, but a churn
 *    word three messages back must not make today's routine question churn.
 *  - Hashing ({@link HASH_BITS} bits, FNV-1a) keeps the model a fixed-size array,
 *    with no vocabulary to store; collisions at this corpus size cost little.
 * Each block (last message, history) is L2-normalised so long messages do not get
 * more confident just by being long.
 */

/** 2^17 hashed buckets: the corpus's distinct features fit with few collisions; 10 classes × 4 bytes × 2^17 = 5 MB of weights. */
export const HASH_BITS = 17;
export const HASH_SIZE = 1 << HASH_BITS;
const HASH_MASK = HASH_SIZE - 1;

/** Weight of the history block relative to the last message (whose block has norm 1). */
export const HISTORY_WEIGHT = 0.5;

/** A sparse vector: bucket ids (unique) and their values. */
export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

/** Characters of scripts written without spaces between words: CJK ideographs, kana, Hangul, Thai, Lao, Khmer, Myanmar. */
const UNSPACED = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\u1100-\u11FF\u3130-\u318F]/u;
/** A run of unspaced-script characters, or a word of other letters/digits (apostrophes and inner hyphens kept). */
const TOKEN = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\u1100-\u11FF\u3130-\u318F]+|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

const PUNCTUATION: ReadonlyArray<{ id: string; re: RegExp }> = [
  { id: '?', re: /[?？؟;]/u },
  { id: '?end', re: /[?？؟]\s*$/u },
  { id: '!', re: /[!！]/u },
  { id: '!!', re: /[!！?？]{2,}/u },
  { id: 'CAPS', re: /\b\p{Lu}{4,}\b/u },
];

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const fnvStep = (h: number, code: number): number => Math.imul(h ^ code, FNV_PRIME);
const fnvOf = (h: number, s: string): number => {
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
};
const fold = (h: number): number => ((h >>> HASH_BITS) ^ h) & HASH_MASK;

/** FNV-1a over the UTF-16 code units of `s`, folded to {@link HASH_BITS} bits. */
export function hashFeature(s: string): number {
  // xor-fold the high bits in: FNV's low bits alone mix poorly.
  return fold(fnvOf(FNV_OFFSET, s));
}

/** The text as the model reads it: NFKC, lower case, typographic apostrophes straightened, spaces collapsed. */
export function normalizeForModel(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’`´]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * The feature strings of one text, with a namespace prefix (`m` last message, `h`
 * history): `w:` words, `b:` word bigrams, `c:` character n-grams. Repeated strings
 * are kept; {@link vectorize} counts them once (presence, not frequency).
 */
export function featureStrings(text: string, ns: string): string[] {
  const out: string[] = [];
  const norm = normalizeForModel(text);
  let prev: string | null = null;
  for (const m of norm.matchAll(TOKEN)) {
    const tok = m[0];
    if (UNSPACED.test(tok[0]!)) {
      const chars = Array.from(tok);
      for (let n = 1; n <= 3; n++) {
        for (let i = 0; i + n <= chars.length; i++) out.push(`${ns}c:${chars.slice(i, i + n).join('')}`);
      }
      // An unspaced run is not a word: bigrams stop at it.
      prev = null;
      continue;
    }
    out.push(`${ns}w:${tok}`);
    if (prev !== null) out.push(`${ns}b:${prev} ${tok}`);
    prev = tok;
    const padded = Array.from(`<${tok}>`);
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= padded.length; i++) out.push(`${ns}c:${padded.slice(i, i + n).join('')}`);
    }
  }
  // Punctuation the tokens drop: a question mark separates "what if it is stolen?" from a report,
  // repeated marks and capitals carry anger.
  for (const mark of PUNCTUATION) if (mark.re.test(text)) out.push(`${ns}p:${mark.id}`);
  return out;
}

/**
 * The bucket ids of {@link featureStrings}`(text, ns)`, hashed as the strings are built (FNV-1a is a running
 * hash: the hash of a prefix extends to the whole string) — the same ids without building ~150 strings per
 * message, which halves the time to vectorise the corpus. The test suite checks the two agree.
 */
export function featureIds(text: string, ns: string, into: Set<number>): void {
  const norm = normalizeForModel(text);
  const base = { w: fnvOf(FNV_OFFSET, `${ns}w:`), b: fnvOf(FNV_OFFSET, `${ns}b:`), c: fnvOf(FNV_OFFSET, `${ns}c:`) };
  let prev: string | null = null;
  for (const m of norm.matchAll(TOKEN)) {
    const tok = m[0];
    if (UNSPACED.test(tok[0]!)) {
      const chars = Array.from(tok);
      for (let i = 0; i < chars.length; i++) {
        let h = base.c;
        for (let n = 1; n <= 3 && i + n <= chars.length; n++) {
          h = fnvOf(h, chars[i + n - 1]!);
          into.add(fold(h));
        }
      }
      prev = null;
      continue;
    }
    into.add(fold(fnvOf(base.w, tok)));
    if (prev !== null) into.add(fold(fnvOf(base.b, `${prev} ${tok}`)));
    prev = tok;
    const padded = Array.from(`<${tok}>`);
    for (let i = 0; i + 3 <= padded.length; i++) {
      let h = fnvOf(fnvOf(fnvOf(base.c, padded[i]!), padded[i + 1]!), padded[i + 2]!);
      into.add(fold(h));
      for (let n = 4; n <= 5 && i + n <= padded.length; n++) {
        h = fnvOf(h, padded[i + n - 1]!);
        into.add(fold(h));
      }
    }
  }
  for (const mark of PUNCTUATION) if (mark.re.test(text)) into.add(hashFeature(`${ns}p:${mark.id}`));
}

/** Presence features of `ids`, each `weight / sqrt(count)` so the block has norm `weight`; added into `acc`. */
function addBlock(acc: Map<number, number>, ids: ReadonlySet<number>, weight: number): void {
  if (ids.size === 0) return;
  const v = weight / Math.sqrt(ids.size);
  for (const id of ids) acc.set(id, (acc.get(id) ?? 0) + v);
}

/**
 * The model's input for `text` judged with its `history` (earlier customer messages,
 * oldest first): the last message's block, the history's block (all earlier messages
 * together, weight {@link HISTORY_WEIGHT}) and a bias-like feature saying how much
 * history there is (none, one, several) — repeated frustration needs it.
 */
export function vectorize(text: string, history: readonly string[] = []): SparseVector {
  const acc = new Map<number, number>();
  const last = new Set<number>();
  featureIds(text, 'm', last);
  addBlock(acc, last, 1);
  const earlier = history.filter((h) => h.trim().length > 0);
  const past = new Set<number>();
  for (const h of earlier) featureIds(h, 'h', past);
  addBlock(acc, past, HISTORY_WEIGHT);
  const turns = hashFeature(`t:${Math.min(earlier.length, 2)}`);
  acc.set(turns, (acc.get(turns) ?? 0) + 0.5);
  const idx = Int32Array.from(acc.keys());
  const val = Float32Array.from(acc.values());
  return { idx, val };
}

/** Bits of the set of a corpus's units (markUnits): 4M bits, 512 KB, so that ~40,000 words leave 1% of it set and a word the corpus never had is rarely taken for one it had (the model's 17-bit buckets would: a quarter of them are set). */
export const UNIT_BITS = 22;
const UNIT_MASK = (1 << UNIT_BITS) - 1;
/** One unit's id: its FNV-1a hash, the high bits folded in, to UNIT_BITS bits. */
function unitHash(unit: string): number {
  const h = fnvOf(FNV_OFFSET, unit);
  return (h ^ (h >>> UNIT_BITS)) & UNIT_MASK;
}

/** A set of units, as {@link markUnits} fills it. */
export const newUnitSet = (): Uint32Array => new Uint32Array(1 << (UNIT_BITS - 5));

/** The units a message is made of, hashed: each word of a spaced script, each character of an unspaced run (Chinese, Japanese, Korean, Thai…). */
export function unitIds(text: string): number[] {
  const out: number[] = [];
  for (const m of normalizeForModel(text).matchAll(TOKEN)) {
    const tok = m[0];
    if (UNSPACED.test(tok[0]!)) for (const ch of tok) out.push(unitHash(ch));
    else out.push(unitHash(tok));
  }
  return out;
}

/** Adds the units of `text` to `seen` (newUnitSet). */
export function markUnits(text: string, seen: Uint32Array): void {
  for (const id of unitIds(text)) seen[id >>> 5]! |= 1 << (id & 31);
}

/** The share (0..1) of a text's units (`ids`, from unitIds) that `seen` holds; 1 for a text without any. */
export function knownShare(ids: readonly number[], seen: Uint32Array): number {
  if (ids.length === 0) return 1;
  let known = 0;
  for (const id of ids) if ((seen[id >>> 5]! >>> (id & 31)) & 1) known++;
  return known / ids.length;
}
