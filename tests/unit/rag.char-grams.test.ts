import { describe, expect, it } from 'vitest';
import { charGramProfile, charGramScores, GramText, resetCharGramCaches, warmCharGrams } from '../../src/rag/char-grams.js';

const docs = new Map([
  ['refunds', ['Remboursements', 'Le remboursement est versé sur le moyen de paiement initial sous 14 jours.']],
  ['meter', ['Relevé du compteur', 'Transmettez le relevé de votre compteur en ligne chaque mois.']],
  ['moving', ['Déménagement', 'Prévenez-nous de votre déménagement pour résilier ou transférer votre contrat.']],
]);
const ask = (text: string) => [{ text, weight: 1 }];
const best = (scores: Map<string, number>) => [...scores].sort((a, b) => b[1] - a[1])[0]![0];

describe('character n-gram similarity', () => {
  it('profiles words by padded 4-grams, skipping stop words and numbers', () => {
    const p = charGramProfile(ask('le compteur 2024'));
    expect([...p.keys()]).toEqual(['<com', 'comp', 'ompt', 'mpte', 'pteu', 'teur', 'eur>']);
    expect(p.has('<le>')).toBe(false);
    expect(p.has('<202')).toBe(false);
  });

  it('matches another inflection or derivation of the article word', () => {
    expect(best(charGramScores(ask('comment me faire rembourser ?'), docs))).toBe('refunds');
    expect(best(charGramScores(ask('je déménage le mois prochain'), docs))).toBe('moving');
  });

  it('survives a typo and a cognate in another language', () => {
    expect(best(charGramScores(ask('relevé du compteurr'), docs))).toBe('meter');
    expect(best(charGramScores(ask('reimbursement of my payment'), docs))).toBe('refunds');
  });

  it('gives nothing for an empty question or no documents', () => {
    expect(charGramScores(ask('?!'), docs).size).toBe(0);
    expect(charGramScores(ask('compteur'), new Map()).size).toBe(0);
  });

  it('scores a memoised text as a fresh one, and a changed text by its new words', () => {
    resetCharGramCaches();
    const fresh = charGramScores(ask('le relevé du compteur'), docs);
    expect(charGramScores(ask('le relevé du compteur'), docs)).toEqual(fresh);
    const changed = new Map([...docs, ['meter', ['Relevé du compteur', 'Le remboursement est versé sur le moyen de paiement initial.']]]);
    const before = charGramScores(ask('remboursement'), docs).get('meter')!;
    expect(charGramScores(ask('remboursement'), changed).get('meter')).toBeGreaterThan(10 * before);
    expect(charGramScores(ask('remboursement'), docs).get('meter')).toBe(before);
  });

  it('forgets the memoised texts with the interned grams they point to', () => {
    const before = charGramScores(ask('comment me faire rembourser ?'), docs);
    expect(before.get('refunds')).toBeGreaterThan(0);
    // More distinct words than the intern table keeps: the next call starts both caches afresh.
    const flood = Array.from({ length: 51_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    charGramScores(ask('flood'), new Map([['flood', [flood]]]));
    expect(charGramScores(ask('comment me faire rembourser ?'), docs)).toEqual(before);
  });

  it('scores texts cut into grams ahead of time as fresh ones, a flood of words in between included', () => {
    resetCharGramCaches();
    const fresh = charGramScores(ask('je déménage, comment transférer mon contrat ?'), docs);
    resetCharGramCaches();
    warmCharGrams([...docs.values()].flat());
    expect(charGramScores(ask('je déménage, comment transférer mon contrat ?'), docs)).toEqual(fresh);
    resetCharGramCaches();
    warmCharGrams(['Prévenez-nous de votre déménagement', Array.from({ length: 51_000 }, (_, i) => `w${i.toString(36)}y`).join(' ')]);
    warmCharGrams([...docs.values()].flat());
    expect(charGramScores(ask('je déménage, comment transférer mon contrat ?'), docs)).toEqual(fresh);
  });

  it('scores texts that keep their own grams (GramText) as plain strings, and counts them again once the interned grams are dropped', () => {
    const question = ask('je déménage, comment transférer mon contrat ?');
    resetCharGramCaches();
    const fresh = charGramScores(question, docs);
    // Each article's content as a GramText, its title as a string, as the retriever's candidates give them.
    const held = new Map([...docs].map(([id, [title, content]]) => [id, [title!, new GramText(content!)]]));
    expect(charGramScores(question, held)).toEqual(fresh);
    expect(charGramScores(question, held)).toEqual(fresh);
    // A GramText counted before the intern table was dropped holds ids that now stand for other grams:
    // the same words interned in another order give other ids, and the GramText must be counted again.
    resetCharGramCaches();
    warmCharGrams(['zzzz yyyy xxxx wwww vvvv déménagement contrat transférer']);
    expect(charGramScores(question, held)).toEqual(fresh);
    warmCharGrams([Array.from({ length: 51_000 }, (_, i) => `w${i.toString(36)}z`).join(' ')]);
    warmCharGrams([...held.values()].flat());
    expect(charGramScores(question, held)).toEqual(fresh);
  });
});
