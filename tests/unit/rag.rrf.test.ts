import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion } from '../../src/rag/rrf.js';

const items = (...ids: string[]): Array<{ id: string; source: string }> => ids.map((id) => ({ id, source: ids.join('') }));

describe('reciprocalRankFusion', () => {
  it('sums 1/(k+rank) over the lists and sorts by the fused score', () => {
    const vector = items('a', 'b', 'c');
    const keyword = items('c', 'a', 'd');
    const fused = reciprocalRankFusion([vector, keyword]);
    expect(fused.map((r) => r.item.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(fused[0]!.score).toBeCloseTo(1 / 61 + 1 / 62, 12);
    expect(fused[0]!.ranks).toEqual([1, 2]);
    expect(fused.find((r) => r.item.id === 'b')).toMatchObject({ ranks: [2, null], score: 1 / 62 });
    expect(fused.find((r) => r.item.id === 'd')?.ranks).toEqual([null, 3]);
  });

  it('returns the first occurrence of each item and counts a duplicate inside one list once', () => {
    const first = { id: 'x', source: 'vector' };
    const fused = reciprocalRankFusion([[first, { id: 'x', source: 'dup' }], [{ id: 'x', source: 'keyword' }]]);
    expect(fused).toHaveLength(1);
    expect(fused[0]!.item).toBe(first);
    expect(fused[0]!.ranks).toEqual([1, 1]);
    expect(fused[0]!.score).toBeCloseTo(2 / 61, 12);
  });

  it('honours k and per-list weights', () => {
    const fused = reciprocalRankFusion([items('a', 'b'), items('b', 'a')], { k: 0, weights: [1, 3] });
    expect(fused.map((r) => r.item.id)).toEqual(['b', 'a']);
    expect(fused[0]!.score).toBeCloseTo(1 / 2 + 3 / 1, 12);
    expect(() => reciprocalRankFusion([items('a')], { weights: [1, 2] })).toThrow(RangeError);
    expect(() => reciprocalRankFusion([items('a')], { k: -1 })).toThrow(RangeError);
  });

  it('breaks ties deterministically: best single rank, then first appearance', () => {
    const fused = reciprocalRankFusion([items('a', 'b'), items('b', 'a'), items('c')]);
    // a and b tie (1/61 + 1/62); c has 1/61 only.
    expect(fused.map((r) => r.item.id)).toEqual(['a', 'b', 'c']);
    expect(reciprocalRankFusion([items('p'), items('q')]).map((r) => r.item.id)).toEqual(['p', 'q']);
  });

  it('handles empty input', () => {
    expect(reciprocalRankFusion([])).toEqual([]);
    expect(reciprocalRankFusion([[], []])).toEqual([]);
  });
});
