/**
 * What the gateway accepts as text, ids, dates and JSON, in one place. Every
 * request's content passes through these rules before it reaches Postgres, so
 * no request can fail with a 500 because of what it contains:
 *
 * - text: no NUL or other C0 control (tab, newline and carriage return are
 *   fine), no lone UTF-16 surrogate (Postgres cannot store them as UTF-8), no
 *   U+FFFE / U+FFFF (non-characters);
 * - ids: real UUIDs (8-4-4-4-12 hex), not any 36 characters;
 * - dates: years Postgres and ISO 8601 both handle (0001–9999);
 * - JSON: bounded nesting and array length.
 *
 * The API rejects what breaks these rules with a 400 naming the field; platform
 * webhooks are sanitised instead (a platform's message is never lost).
 */
import { z } from 'zod';

/**
 * Code points a text field must not contain: C0 controls except \t \n \r,
 * lone surrogates, and the non-characters U+FFFE / U+FFFF.
 * (`u` flag: a valid surrogate pair is one code point and never matches.)
 */
// eslint-disable-next-line no-control-regex
const INVALID_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Surrogate}/u;
// eslint-disable-next-line no-control-regex
const INVALID_TEXT_GLOBAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Surrogate}/gu;

export const INVALID_TEXT_MESSAGE = 'contains a character that is not allowed (NUL, a control character other than tab/newline, a lone surrogate or U+FFFE/U+FFFF)';

export function hasInvalidText(s: string): boolean {
  return INVALID_TEXT.test(s);
}

/** The text without the code points {@link hasInvalidText} rejects. */
export function stripInvalidText(s: string): string {
  return INVALID_TEXT.test(s) ? s.replace(INVALID_TEXT_GLOBAL, '') : s;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A real UUID (any version), not merely 36 characters of hex digits and dashes. */
export function isUuid(s: unknown): s is string {
  return typeof s === 'string' && UUID.test(s);
}

/** Years every layer agrees on: JavaScript, ISO 8601 without sign, Postgres timestamptz. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

export function isStorableDate(d: Date): boolean {
  const t = d.getTime();
  if (Number.isNaN(t)) return false;
  const y = d.getUTCFullYear();
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/**
 * A text field of a request body or query: the shared string type of every
 * schema. `max` bounds its length (characters).
 */
export function safeText(opts: { max?: number; min?: number; trim?: boolean } = {}) {
  let s = z.string();
  if (opts.trim) s = s.trim();
  if (opts.min !== undefined) s = s.min(opts.min, opts.min === 1 ? 'must not be empty' : `must have at least ${opts.min} characters`);
  if (opts.max !== undefined) s = s.max(opts.max);
  return s.refine((v) => !hasInvalidText(v), { message: INVALID_TEXT_MESSAGE });
}

/** A UUID field of a body or query. */
export const uuidText = z.string().refine(isUuid, { message: 'must be a UUID' });

/** An ISO 8601 date or date-time with a year between 0001 and 9999. */
export const isoDate = z
  .string()
  .max(40)
  .transform((v, ctx) => {
    const d = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) ? new Date(v) : new Date(Number.NaN);
    if (!isStorableDate(d)) {
      ctx.addIssue({ code: 'custom', message: `invalid date: use ISO 8601 (e.g. 2026-11-01 or 2026-11-01T09:30:00Z) with a year from ${MIN_YEAR} to ${MAX_YEAR}` });
      return z.NEVER;
    }
    return d;
  });

export interface JsonBounds {
  /** Deepest nesting of objects/arrays (the top level is depth 1). */
  maxDepth: number;
  /** Longest array. */
  maxArrayLength: number;
  /** Most keys in one object. */
  maxKeys: number;
}

export const DEFAULT_JSON_BOUNDS: JsonBounds = { maxDepth: 32, maxArrayLength: 10_000, maxKeys: 1_000 };

export interface JsonProblem {
  /** Dotted path of the offending value (`metadata.a.0`), `body` for the top. */
  path: string;
  message: string;
}

const pathOf = (parts: Array<string | number>) => (parts.length === 0 ? 'body' : parts.map(String).join('.'));

/**
 * The first problem of a parsed JSON value: nesting deeper than allowed, an
 * array or object too large, or a string (value or key) with invalid text.
 * Iterative, so a hostile nesting depth cannot overflow the stack.
 */
export function findJsonProblem(value: unknown, bounds: JsonBounds = DEFAULT_JSON_BOUNDS): JsonProblem | null {
  const stack: Array<{ v: unknown; depth: number; path: Array<string | number> }> = [{ v: value, depth: 1, path: [] }];
  while (stack.length > 0) {
    const { v, depth, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (hasInvalidText(v)) return { path: pathOf(path), message: INVALID_TEXT_MESSAGE };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth > bounds.maxDepth) return { path: pathOf(path), message: `nested deeper than ${bounds.maxDepth} levels` };
    if (Array.isArray(v)) {
      if (v.length > bounds.maxArrayLength) return { path: pathOf(path), message: `array longer than ${bounds.maxArrayLength} items` };
      v.forEach((item, i) => stack.push({ v: item, depth: depth + 1, path: [...path, i] }));
      continue;
    }
    const entries = Object.entries(v);
    if (entries.length > bounds.maxKeys) return { path: pathOf(path), message: `object with more than ${bounds.maxKeys} keys` };
    for (const [k, item] of entries) {
      if (hasInvalidText(k)) return { path: pathOf([...path, stripInvalidText(k)]), message: `key ${INVALID_TEXT_MESSAGE}` };
      stack.push({ v: item, depth: depth + 1, path: [...path, k] });
    }
  }
  return null;
}

/**
 * A copy of a value that Postgres can store whatever a platform sent: invalid
 * code points removed from every string and key, nesting below `maxDepth`
 * replaced by null, unstorable dates replaced by `fallbackDate`. Used on
 * webhook content, where rejecting would lose the customer's message.
 */
export function sanitizeDeep<T>(value: T, opts: { maxDepth?: number; fallbackDate?: Date } = {}): T {
  const maxDepth = opts.maxDepth ?? DEFAULT_JSON_BOUNDS.maxDepth;
  const fallback = opts.fallbackDate ?? new Date();
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return stripInvalidText(v);
    if (v instanceof Date) return isStorableDate(v) ? v : new Date(fallback.getTime());
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (v === null || typeof v !== 'object') return v;
    if (depth > maxDepth) return null;
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    const out: Record<string, unknown> = {};
    // defineProperty: a key named "__proto__" stays a key (assignment would set the prototype).
    for (const [k, x] of Object.entries(v)) {
      if (x !== undefined) Object.defineProperty(out, stripInvalidText(k), { value: walk(x, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return walk(value, 1) as T;
}
