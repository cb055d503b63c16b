import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { firstInOrder, idOrder, rankedRows } from '../../src/rag/id-order.js';

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

describe('rankedRows', () => {
  it('ranks rows as filtering and sorting them with their scores looked up in maps, ties (many, as whole articles share a score) included', () => {
    let seed = 5;
    const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    for (let trial = 0; trial < 100; trial++) {
      const rows = Array.from({ length: Math.floor(rand() * 160) }, () => ({ id: randomUUID(), document_id: `d${Math.floor(rand() * 12)}` }));
      const byId = idOrder(rows.map((r) => r.id));
      // Chunk scores with zeros and ties; article scores shared by every chunk of the article.
      const text = new Map(rows.map((r) => [r.id, rand() < 0.3 ? 0 : Math.floor(rand() * 5) / 4]));
      const doc = new Map(rows.map((r) => [r.document_id, Math.floor(rand() * 4) / 3]));
      const rowText = Float64Array.from(rows, (r) => text.get(r.id)!);
      expect(rankedRows(rows, rowText, null, byId)).toEqual(rows.filter((r) => text.get(r.id)! > 0).sort((a, b) => text.get(b.id)! - text.get(a.id)! || byId(a.id, b.id)));
      expect(rankedRows(rows, Float64Array.from(rows, (r) => doc.get(r.document_id)!), rowText, byId)).toEqual(
        rows.filter((r) => doc.get(r.document_id)! > 0).sort((a, b) => doc.get(b.document_id)! - doc.get(a.document_id)! || text.get(b.id)! - text.get(a.id)! || byId(a.id, b.id)),
      );
    }
  });
});
