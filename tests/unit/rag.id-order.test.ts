import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { firstInOrder, idOrder } from '../../src/rag/id-order.js';

describe('idOrder', () => {
  it('orders uuids (and any lower-case hex-and-hyphen ids) as localeCompare does', () => {
    const ids = [...Array.from({ length: 300 }, () => randomUUID()), 'a-b', 'ab', '0', '-', 'f0', 'f', ''];
    const order = idOrder(ids);
    expect([...ids].sort(order)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('falls back to localeCompare when an id is not made of lower-case hex digits and hyphens', () => {
    // Code-unit order would put 'B' before 'a'.
    const ids = ['a', 'B', 'c'];
    expect([...ids].sort(idOrder(ids))).toEqual(['a', 'B', 'c']);
  });
});

describe('firstInOrder', () => {
  it('gives the first n of a total order, as a whole sort would', () => {
    for (let trial = 0; trial < 50; trial++) {
      const items = Array.from({ length: trial % 9 }, (_, i) => ({ id: `${i}`, score: Math.floor(Math.random() * 4) }));
      const order = (a: { id: string; score: number }, b: { id: string; score: number }) => b.score - a.score || a.id.localeCompare(b.id);
      for (const n of [0, 1, 3, 10]) expect(firstInOrder(items, n, order)).toEqual([...items].sort(order).slice(0, n));
    }
  });
});
