import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEMANTIC_OPTIONS, englishLookup, semanticRanking, semanticScores, vectorCoverage } from '../../src/rag/semantic-ranking.js';
import { encodeWordVectors, WordIndex, WordVectors } from '../../src/rag/word-vectors.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'word-vectors-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const cos = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0) / (Math.hypot(...a) * Math.hypot(...b));

/** A tiny space: money matters, sign-in matters, and words near neither. */
const ENTRIES = [
  { word: 'back', vector: [0.2, 0.1, -0.3, 0.9, 0.1] },
  { word: 'money', vector: [2.1, 0.7, 0.1, 0.2, -0.1] },
  { word: 'refund', vector: [1.8, 1.1, -0.2, 0.1, 0.2] },
  { word: 'password', vector: [-0.1, 0.2, 1.9, 0.1, 0.6] },
  { word: 'login', vector: [0.1, -0.2, 1.5, 0.3, 0.9] },
  { word: 'configure', vector: [0.3, 0.3, 0.3, -0.8, 0.4] },
  { word: 'weather', vector: [-0.5, 0.1, -0.6, -0.2, -1.4] },
];

function tinyVectors(entries = ENTRIES): WordVectors {
  const { vectors, words } = encodeWordVectors(entries);
  return new WordVectors(vectors, words.trimEnd().split('\n'));
}

describe('word vectors file', () => {
  const v = tinyVectors();

  it('reads back what was written: unit vectors, original lengths, cosines within the int8 step', () => {
    expect(v.size).toBe(ENTRIES.length);
    expect(v.dimensions).toBe(5);
    for (let i = 0; i < ENTRIES.length; i++) {
      expect(Math.hypot(...v.vector(i))).toBeCloseTo(1, 2);
      expect(v.norm(i)).toBeCloseTo(Math.hypot(...ENTRIES[i]!.vector), 4);
      for (let j = 0; j < ENTRIES.length; j++) expect(Math.abs(v.cosine(i, j) - cos(ENTRIES[i]!.vector, ENTRIES[j]!.vector))).toBeLessThan(0.02);
    }
  });

  it('finds a word as written, else its light stem and the stem with -e', () => {
    expect(v.id('money')).toBe(1);
    expect(v.id('refunds')).toBe(2);
    expect(v.id('configured')).toBe(5);
    expect(v.id('umbrella')).toBe(-1);
  });

  it('refuses a file whose size does not match its header, and is absent without its files', () => {
    const { vectors, words } = encodeWordVectors(ENTRIES);
    expect(() => new WordVectors(vectors.subarray(0, vectors.length - 1), words.trimEnd().split('\n'))).toThrow(/bytes/);
    expect(() => new WordVectors(vectors, ['back'])).toThrow(/words/);
    expect(WordVectors.open(path.join(tmp, 'nowhere'))).toBeNull();
  });
});

describe('word index', () => {
  it('finds each word at its first row, and nothing for prefixes, extensions or unknown words', () => {
    const words = ['log', 'login', 'logins', 'a', '', 'café', 'log', 'zebra'];
    const index = new WordIndex(words);
    expect(words.map((w) => index.get(w))).toEqual([0, 1, 2, 3, 4, 5, 0, 7]);
    for (const w of ['lo', 'logi', 'loginss', 'cafe', 'zebras', 'b']) expect(index.get(w)).toBeUndefined();
    expect(() => new WordIndex(['a\nb'])).toThrow(/newline/);
    expect(new WordIndex([]).get('a')).toBeUndefined();
  });

  it('agrees with a Map over many words (probing past collisions)', () => {
    const words = Array.from({ length: 5000 }, (_, i) => (i * 7919).toString(36) + (i % 3 ? 's' : ''));
    const map = new Map<string, number>();
    words.forEach((w, i) => map.has(w) || map.set(w, i));
    const index = new WordIndex(words);
    for (const w of [...words, ...words.map((w) => `${w}x`)]) expect(index.get(w)).toBe(map.get(w));
  });
});

describe('scripts/ensure-word-vectors.mjs', () => {
  it('keeps the most frequent letters-only words of the package JSON, normalised, and is idempotent', () => {
    // The package's shape: the words in frequency order, then each word's vector, its length and its rank.
    const raw: Array<[string, number[]]> = [
      ['the', [0.1, 0.2, 0.3]],
      [',', [0.3, 0.1, 0.0]],
      ['Café', [1.5, -0.5, 0.25]],
      ['cafe', [0.2, 0.2, 0.2]],
      ['u.s.', [0.4, 0.1, 0.1]],
      ['refund', [-1.2, 0.4, 2.0]],
      ['weather', [0.5, 0.5, -0.5]],
    ];
    const vectors = Object.fromEntries(raw.map(([w, vec], i) => [w, [...vec, Math.hypot(...vec), i]]));
    const json = JSON.stringify({ precision: 8, l2NormIndex: 3, wordIndex: 4, size: raw.length, dimensions: 3, words: raw.map(([w]) => w), vectors, unkVector: [0, 0, 0, -1] });
    const source = path.join(tmp, 'package.json');
    writeFileSync(source, json);
    const dir = path.join(tmp, 'converted');
    mkdirSync(dir, { recursive: true });
    const run = () => execFileSync('node', ['scripts/ensure-word-vectors.mjs', source], { env: { ...process.env, RAG_WORD_VECTORS: dir, RAG_WORD_VECTORS_MAX_WORDS: '3' }, encoding: 'utf8' });
    expect(run()).toMatch(/3 words × 3 dimensions/);
    expect(readFileSync(path.join(dir, 'words.txt'), 'utf8')).toBe('the\ncafe\nrefund\n');
    const read = WordVectors.open(dir)!;
    expect(read.cosine(read.id('cafe'), read.id('refund'))).toBeCloseTo(cos(raw[2]![1], raw[5]![1]), 1);
    expect(read.norm(read.id('refund'))).toBeCloseTo(Math.hypot(-1.2, 0.4, 2.0), 4);
    const written = statSync(path.join(dir, 'vectors.bin')).mtimeMs;
    expect(run()).toBe('');
    expect(statSync(path.join(dir, 'vectors.bin')).mtimeMs).toBe(written);
  });

  it('does nothing with RAG_WORD_VECTORS empty (the ranking turned off)', () => {
    const env = { ...process.env, RAG_WORD_VECTORS: '' };
    expect(execFileSync('node', ['scripts/ensure-word-vectors.mjs', path.join(tmp, 'missing.json')], { env, encoding: 'utf8' })).toBe('');
  });
});

describe('word-vector ranking of articles', () => {
  const v = tinyVectors();
  const docs = new Map([
    ['refunds', ['Refunds', 'A refund goes back to the card you paid with.']],
    ['signin', ['Sign in', 'Reset your password from the login page.']],
    ['forecast', ['Forecast', 'The weather today.']],
  ]);
  const ask = (text: string) => [{ text, weight: 1 }];

  it('ranks the article whose words are near the question words first, without a shared word', () => {
    const scores = semanticScores(v, ask('I want my money'), docs);
    expect([...scores].sort((a, b) => b[1] - a[1])[0]![0]).toBe('refunds');
    expect(scores.get('refunds')!).toBeGreaterThan(0);
    expect(scores.get('forecast') ?? 0).toBe(0);
  });

  it('tells how many of a question\'s content words reach the vectors', () => {
    expect(vectorCoverage('my money and my password', englishLookup(v))).toBe(1);
    expect(vectorCoverage('money for an umbrella', englishLookup(v))).toBe(0.5);
    expect(vectorCoverage('and the', englishLookup(v))).toBe(1);
  });

  it('scores nothing for a question without a known word', () => {
    expect(semanticScores(v, ask('umbrella'), docs).size).toBe(0);
  });

  it('orders candidate chunks by their article, leaving out articles with no match', () => {
    const rows = [
      { id: 'c1', document_id: 'signin', text: 'Reset your password from the login page.' },
      { id: 'c2', document_id: 'refunds', text: 'A refund goes back to the card you paid with.' },
      { id: 'c3', document_id: 'forecast', text: 'The weather today.' },
      { id: 'c4', document_id: 'signin', text: 'Sign in again.' },
    ];
    const ranked = semanticRanking(v, ask('forgot my password, cannot log in'), rows, (r) => [r.text], () => 0);
    expect(ranked.map((r) => r.id)).toEqual(['c1', 'c4']);
  });
});

describe('word-vector ranking: soft-match mass of a word no article contains (absentWordMass)', () => {
  // "smashed" is nearest "broken", then "cracked" and "damaged"; the other words lie elsewhere.
  const v = tinyVectors([
    { word: 'smashed', vector: [1, 0.2, 0, 0, 0] },
    { word: 'broken', vector: [1, 0.15, 0.05, 0, 0] },
    { word: 'cracked', vector: [0.95, 0.35, 0.1, 0, 0] },
    { word: 'damaged', vector: [0.9, 0.45, 0, 0.1, 0] },
    { word: 'delivery', vector: [0, 0.1, 1, 0, 0.1] },
    { word: 'course', vector: [0, 0, 0.1, 1, 0] },
    { word: 'video', vector: [0, 0, 0, 0.3, 1] },
  ]);
  const docs = new Map([
    // About damage throughout, without the closest word.
    ['damage', ['Damaged delivery', 'A damaged or cracked delivery: tell us what arrived damaged.']],
    // About courses, with the closest word once in passing.
    ['courses', ['Course videos', 'A course video that is broken will play again later; every course has a video and more course videos.']],
  ]);
  const ask = (text: string) => [{ text, weight: 1 }];
  const on = { ...DEFAULT_SEMANTIC_OPTIONS, absentWordMass: 0.5 };
  const top = (scores: Map<string, number>) => [...scores].sort((a, b) => b[1] - a[1])[0]![0];

  it('ranks the article that talks about the word\'s neighbours above one that has the nearest of them once', () => {
    expect(top(semanticScores(v, ask('it came smashed'), docs))).toBe('courses');
    expect(top(semanticScores(v, ask('it came smashed'), docs, on))).toBe('damage');
  });

  it('gives the article with the most mass the word\'s best match anywhere, no more', () => {
    const off = semanticScores(v, ask('smashed'), docs);
    const mass = semanticScores(v, ask('smashed'), docs, on);
    expect(mass.get('damage')).toBeCloseTo(Math.max(...off.values()), 5);
    expect(mass.get('courses')!).toBeLessThan(mass.get('damage')!);
  });

  it('leaves a word that an article contains to its best match (same scores as off)', () => {
    for (const q of ['broken', 'course video', 'damaged delivery']) {
      expect([...semanticScores(v, ask(q), docs, on)]).toEqual([...semanticScores(v, ask(q), docs)]);
    }
  });

  it('changes nothing when it is not asked for, nor for a word near no article word', () => {
    expect(DEFAULT_SEMANTIC_OPTIONS.absentWordMass).toBeUndefined();
    const far = tinyVectors([...ENTRIES, { word: 'smashed', vector: [0, 0, 0, 0, -1] }]);
    expect([...semanticScores(far, ask('smashed'), docs, on)]).toEqual([...semanticScores(far, ask('smashed'), docs)]);
  });
});
