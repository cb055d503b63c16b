import { describe, expect, it } from 'vitest';
import { CandidateCache, chunkGramTexts } from '../../src/rag/candidate-cache.js';
import { GramText } from '../../src/rag/char-grams.js';
import { chunkFields } from '../../src/rag/lexical.js';
import type { CandidateRow } from '../../src/rag/retrieval.queries.js';

const row = (over: Partial<CandidateRow> = {}): CandidateRow => ({
  id: 'c1',
  document_id: 'd1',
  knowledge_base_id: 'kb1',
  title: 'Refunds',
  source_url: null,
  content: 'Refunds reach your card within five days.',
  heading_path: ['Money back'],
  position: 0,
  vscore: null,
  vrank: null,
  trank: 1,
  tsv: "'refund':1A,5B 'card':6B",
  ...over,
});

describe('CandidateCache', () => {
  it('parses a chunk once and hands its first strings to later rows of the same chunk', () => {
    const cache = new CandidateCache();
    const first = row();
    const e = cache.get(first);
    expect(e.fields).toEqual(chunkFields(first.tsv, first.content.length));
    expect(e.firstTexts).toEqual(chunkGramTexts(first, true));
    expect(e.laterTexts).toEqual(['Money back', first.content]);
    // The same chunk from another query: equal strings, not the same ones.
    const again = row({ content: [first.content].join(''), tsv: `${first.tsv} `.trimEnd() });
    expect(cache.get(again)).toBe(e);
    expect(again.content).toBe(e.content);
    expect(again.tsv).toBe(e.tsv);
  });

  it('reads a chunk afresh when its tsvector, content, title or headings changed (re-indexed, renamed)', () => {
    const cache = new CandidateCache();
    const e = cache.get(row());
    const reindexed = cache.get(row({ tsv: "'refund':1A 'voucher':4B,7B", content: 'Refunds come as a voucher.' }));
    expect(reindexed).not.toBe(e);
    expect(reindexed.fields.body.has('card')).toBe(false);
    expect(reindexed.fields.bodyChars).toBe('Refunds come as a voucher.'.length);
    const renamed = cache.get(row({ tsv: "'refund':1A 'voucher':4B,7B", content: 'Refunds come as a voucher.', title: 'Vouchers' }));
    expect(renamed).not.toBe(reindexed);
    expect(renamed.firstTexts[0]).toBe('Vouchers Money back');
    const moved = cache.get(row({ tsv: "'refund':1A 'voucher':4B,7B", content: 'Refunds come as a voucher.', title: 'Vouchers', heading_path: [] }));
    expect(moved).not.toBe(renamed);
    expect(moved.laterTexts).toEqual(['Refunds come as a voucher.']);
    expect(cache.size).toBe(1);
  });

  it('stays within its byte budget, the least recently used chunk out first', () => {
    // Each tiny entry: 6 bytes per tsvector character + 2 per content character + 256.
    const cache = new CandidateCache(3 * (6 * 8 + 2 * 4 + 256));
    const tiny = (id: string) => row({ id, tsv: "'abc':1B", content: 'abcd' });
    cache.get(tiny('a'));
    const b = cache.get(tiny('b'));
    cache.get(tiny('c'));
    const a = cache.get(tiny('a'));
    cache.get(tiny('d'));
    expect(cache.size).toBe(3);
    // 'b' went (least recently used), 'a' stayed.
    expect(cache.get(tiny('a'))).toBe(a);
    expect(cache.get(tiny('b'))).not.toBe(b);
    expect(cache.size).toBe(3);
  });

  it('holds one GramText for the content, shared by the first-chunk and later-chunk texts', () => {
    const cache = new CandidateCache();
    const e = cache.get(row());
    expect(e.firstGrams[0]).toBe('Refunds Money back');
    expect(e.laterGrams[0]).toBe('Money back');
    const content = e.firstGrams[1];
    expect(content).toBeInstanceOf(GramText);
    expect(e.laterGrams[1]).toBe(content);
    expect((content as GramText).text).toBe(e.content);
    const bare = cache.get(row({ id: 'c2', heading_path: [] }));
    expect(bare.laterGrams).toEqual([bare.firstGrams[1]]);
  });
});
