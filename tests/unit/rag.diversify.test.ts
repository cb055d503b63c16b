import { describe, expect, it } from 'vitest';
import { capPerDocument } from '../../src/rag/diversify.js';

const passages = (spec: string) => spec.split(' ').map((p) => ({ id: p, doc: p[0]! }));
const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id).join(' ');

describe('capPerDocument', () => {
  it('moves the passages of an article beyond the cap after every passage within it', () => {
    // Article a fills the head of the ranking; with at most 2 per article, b and c move up.
    const ranked = passages('a1 a2 a3 a4 b1 a5 c1 b2 b3');
    expect(ids(capPerDocument(ranked, (p) => p.doc, 2))).toBe('a1 a2 b1 c1 b2 a3 a4 a5 b3');
  });

  it('keeps the order of articles by their best passage and loses nothing', () => {
    const ranked = passages('c1 a1 c2 c3 b1 a2 c4');
    const capped = capPerDocument(ranked, (p) => p.doc, 1);
    const firstOf = (xs: Array<{ doc: string }>) => [...new Set(xs.map((x) => x.doc))];
    expect(firstOf(capped)).toEqual(firstOf(ranked));
    expect(ids(capped)).toBe('c1 a1 b1 c2 c3 a2 c4');
    expect(capped).toHaveLength(ranked.length);
  });

  it('changes nothing when no article exceeds the cap, and rejects a cap below 1', () => {
    const ranked = passages('a1 b1 a2 c1');
    expect(capPerDocument(ranked, (p) => p.doc, 3)).toEqual(ranked);
    expect(() => capPerDocument(ranked, (p) => p.doc, 0)).toThrow(RangeError);
  });
});
