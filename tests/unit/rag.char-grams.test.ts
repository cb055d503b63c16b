import { describe, expect, it } from 'vitest';
import { CharGramCache, charGramProfile, charGramScores } from '../../src/rag/char-grams.js';

const docs = new Map([
  ['refunds', ['Remboursements', 'Le remboursement est versé sur le moyen de paiement initial sous 14 jours.']],
  ['meter', ['Relevé du compteur', 'Transmettez le relevé de votre compteur en ligne chaque mois.']],
  ['moving', ['Déménagement', 'Prévenez-nous de votre déménagement pour résilier ou transférer votre contrat.']],
]);
const ask = (text: string) => [{ text, weight: 1 }];
const best = (scores: Map<string, number>) => [...scores].sort((a, b) => b[1] - a[1])[0]![0];

describe('character n-gram similarity', () => {
  it('profiles words by padded 3- to 5-grams, skipping stop words and numbers', () => {
    const p = charGramProfile(ask('le compteur 2024'));
    expect(p.has('<co')).toBe(true);
    expect(p.has('eur>')).toBe(true);
    expect(p.has('<le')).toBe(false);
    expect(p.has('<20')).toBe(false);
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

  it('scores the same with a cache kept across questions, and reads a changed text afresh', () => {
    const cache = new CharGramCache();
    const questions = ['comment me faire rembourser ?', 'relevé du compteurr', 'je déménage le mois prochain', 'reimbursement of my payment'];
    for (const q of [...questions, ...questions]) expect(charGramScores(ask(q), docs, cache)).toEqual(charGramScores(ask(q), docs));
    // The refund article is re-indexed with other words: the cached words of its old text must not answer for it.
    const changed = new Map(docs);
    changed.set('refunds', ['Remboursements', 'Votre compteur est relevé chaque mois par nos techniciens.']);
    const q = ask('relevé du compteur');
    expect(charGramScores(q, changed, cache)).toEqual(charGramScores(q, changed));
    expect(charGramScores(q, changed, cache).get('refunds')).toBeGreaterThan(charGramScores(q, docs, cache).get('refunds')!);
  });

  it('keeps at most maxTexts texts, and empties its tables when the vocabulary outgrows maxWords', () => {
    const small = new CharGramCache(2, 10);
    for (const q of ['compteur', 'remboursement', 'déménagement']) expect(charGramScores(ask(q), docs, small)).toEqual(charGramScores(ask(q), docs));
    expect(small.size).toBeLessThanOrEqual(2);
  });
});
