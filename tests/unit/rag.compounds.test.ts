import { describe, expect, it } from 'vitest';
import { compoundsContaining, splitCompound } from '../../src/rag/compounds.js';
import { buildStats } from '../../src/rag/lexical.js';

/** A German knowledge base's vocabulary: stemmed lexemes and unstemmed body words, as ts_stat lists them. */
const stats = buildStats(40, 500, 10, [
  { word: 'akku', ndoc: 12 },
  { word: 'laufzeit', ndoc: 3 },
  { word: 'akkulaufzeit', ndoc: 2 },
  { word: 'versand', ndoc: 8 },
  { word: 'versandkost', ndoc: 4 },
  { word: 'kost', ndoc: 5 },
  { word: 'kostet', ndoc: 2 },
  { word: 'liefer', ndoc: 6 },
  { word: 'zeit', ndoc: 9 },
  { word: 'einladung', ndoc: 1 },
]);

describe('splitCompound', () => {
  it('splits a word the knowledge base lacks into two of its words, dropping a linking element', () => {
    expect(splitCompound(stats, 'akkuladezeit')).toBeNull();
    expect(splitCompound(stats, 'versandzeit')).toEqual(['versand', 'zeit']);
    expect(splitCompound(stats, 'lieferungszeit')).toBeNull();
    expect(splitCompound(stats, 'versandskost')).toEqual(['versand', 'kost']);
  });

  it('prefers the split whose parts are more frequent and leaves short pieces alone', () => {
    expect(splitCompound(stats, 'akkuzeit')).toEqual(['akku', 'zeit']);
    expect(splitCompound(stats, 'akku')).toBeNull();
    expect(splitCompound(stats, 'einzeit')).toBeNull();
  });
});

describe('compoundsContaining', () => {
  it('finds the compounds a word begins or ends, whose other part is a word of the knowledge base too', () => {
    expect(compoundsContaining(stats, 'akku')).toEqual(['akkulaufzeit']);
    expect(compoundsContaining(stats, 'laufzeit')).toEqual(['akkulaufzeit']);
    expect(compoundsContaining(stats, 'kost')).toEqual(['versandkost']);
  });

  it('ignores a word that merely starts the same way or whose rest is no word ("kost" / "kostet")', () => {
    expect(compoundsContaining(stats, 'ladung')).toEqual([]);
    expect(compoundsContaining(stats, 'zeit')).toEqual([]);
  });
});
