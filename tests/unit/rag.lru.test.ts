import { describe, expect, it } from 'vitest';
import { LruCache } from '../../src/rag/lru.js';
import { NEAR_CONCEPT_MEMO, nearConcept, nearConceptMemoSize } from '../../src/rag/text-analysis.js';

describe('LruCache', () => {
  it('keeps at most max keys, forgetting the least recently used first', () => {
    const c = new LruCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1); // a is now the most recent
    c.set('c', 3);
    expect(c.size).toBe(2);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.get('c')).toBe(3);
  });

  it('replaces a key without growing', () => {
    const c = new LruCache<string, number>(2);
    c.set('a', 1);
    c.set('a', 2);
    expect(c.size).toBe(1);
    expect(c.get('a')).toBe(2);
  });
});

describe('nearConcept memo', () => {
  it('answers the same from the memo as computed, a miss (none) included', () => {
    const words = ['pasword', 'refnud', 'bicycle', 'zzzzzzzz'];
    const first = words.map((w) => nearConcept(w));
    expect(first.some((c) => c !== undefined)).toBe(true);
    expect(first).toContain(undefined);
    expect(words.map((w) => nearConcept(w))).toEqual(first);
  });

  it('stays bounded', () => {
    for (let i = 0; i < NEAR_CONCEPT_MEMO + 500; i++) nearConcept(`token${String.fromCharCode(97 + (i % 26))}x${i.toString(36).replace(/\d/g, 'q')}`);
    expect(nearConceptMemoSize()).toBeLessThanOrEqual(NEAR_CONCEPT_MEMO);
  });
});
