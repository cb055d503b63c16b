/**
 * Two-word WordNet lemmas in a question ("give back", "call off") expand to
 * their one-word synonyms, whatever the inflection of the first word; plain
 * word pairs expand to nothing.
 */
import { describe, expect, it } from 'vitest';
import { collocations, phraseGroups } from '../../src/rag/query-expansion.js';

describe('collocations', () => {
  it('finds phrasal verbs and compounds, the first word in any inflection', () => {
    expect(collocations('they never gave me my money, can they give back what i paid')).toContain('give back');
    expect(collocations('i want to know how calling off my order works')).toContain('call off');
    expect(collocations('my credit card was declined')).toContain('credit card');
    expect(collocations('the blue house near the lake')).toEqual([]);
  });

  it('expands a phrase to one-word synonyms, above the weight a single word gets, never to its own parts', () => {
    const groups = phraseGroups(new Map([['give back', 1], ['call off', 0.5]]));
    const give = groups.get('give back')!;
    expect([...give.expansions.keys()]).toEqual(expect.arrayContaining(['refund', 'return']));
    expect(give.expansions.has('give')).toBe(false);
    expect(Math.max(...give.expansions.values())).toBeGreaterThan(0.55);
    expect(Math.max(...give.expansions.values())).toBeLessThanOrEqual(0.8);
    expect(groups.get('call off')).toMatchObject({ weight: 0.5 });
    expect(groups.get('call off')!.expansions.has('cancel')).toBe(true);
  });
});
