/** The input rules of src/domain/input.ts, as properties over arbitrary text and JSON (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonProblem, hasInvalidText, isoDate, isUuid, safeText, sanitizeDeep, stripInvalidText } from '../../src/domain/input.js';

const RUNS = 500;
/** Strings of any UTF-16 code units, lone surrogates and controls included. */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });

describe('text', () => {
  it('stripping leaves text that passes, keeps text that already passed, and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const stripped = stripInvalidText(s);
        expect(hasInvalidText(stripped)).toBe(false);
        expect(stripInvalidText(stripped)).toBe(stripped);
        if (!hasInvalidText(s)) expect(stripped).toBe(s);
        // What Postgres stores as UTF-8 comes back the same.
        expect(Buffer.from(stripped, 'utf8').toString('utf8')).toBe(stripped);
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts every valid code point but C0 controls other than tab, newline, CR and U+FFFE/U+FFFF', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const expected = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s);
        expect(hasInvalidText(s)).toBe(expected);
      }),
      { numRuns: RUNS },
    );
    expect(hasInvalidText('tab\tnew\nline\r😀 日本語')).toBe(false);
    for (const bad of ['\u0000', '\u0007', '\u001F', '\uFFFE', '\uFFFF', '\uD800', 'x\uDC00']) expect(hasInvalidText(bad)).toBe(true);
  });

  it('safeText rejects invalid text with a message naming the rule', () => {
    const r = safeText({ max: 10 }).safeParse('a\u0000b');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/NUL/);
  });
});

describe('ids and dates', () => {
  it('only real UUIDs are ids: 36 dashes or hex without the 8-4-4-4-12 shape are not', () => {
    fc.assert(
      fc.property(fc.uuid(), (u) => {
        expect(isUuid(u)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-f-]{36}$/), (s) => {
        expect(isUuid(s)).toBe(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(s));
      }),
      { numRuns: RUNS },
    );
    expect(isUuid('-'.repeat(36))).toBe(false);
  });

  it('dates have a year from 1 to 9999', () => {
    expect(isoDate.safeParse('-271821-04-20T00:00:00Z').success).toBe(false);
    expect(isoDate.safeParse('275760-09-13').success).toBe(false);
    expect(isoDate.safeParse('0000-06-01').success).toBe(false);
    expect(isoDate.safeParse('2026-02-30').success).toBe(true); // JavaScript rolls it over; Postgres gets a real date
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        expect(isoDate.parse(d.toISOString()).getTime()).toBe(d.getTime());
      }),
      { numRuns: RUNS },
    );
  });
});

describe('JSON', () => {
  it('finds nesting past the bound however deep, without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findJsonProblem({ a: deep })?.message).toMatch(/nested deeper than 32/);
  });

  it('keeps a key named __proto__ as a key (no prototype change)', () => {
    const clean = sanitizeDeep(JSON.parse('{"__proto__":{"polluted":1},"a":"x\\u0000"}') as Record<string, unknown>);
    expect(Object.keys(clean)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(clean)).toBe('{"__proto__":{"polluted":1},"a":"x"}');
  });

  it('sanitised values never have a problem, and keep everything a valid value had', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 40 }), anyText, (v, s) => {
        const withText = { v, s, [s]: s };
        const clean = sanitizeDeep(withText, { maxDepth: 32 });
        expect(findJsonProblem(clean, { maxDepth: 33, maxArrayLength: 1e9, maxKeys: 1e9 })).toBeNull();
        if (findJsonProblem(withText, { maxDepth: 32, maxArrayLength: 1e9, maxKeys: 1e9 }) === null) expect(JSON.stringify(clean)).toBe(JSON.stringify(withText));
      }),
      { numRuns: RUNS },
    );
  });
});
