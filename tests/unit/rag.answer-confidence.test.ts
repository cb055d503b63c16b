import { describe, expect, it } from 'vitest';
import { AGREEMENT_BONUS, answerConfidence, legsAgree, responderConfidence, TEXT_SCORE_FULL, VECTOR_COSINE_FULL } from '../../src/rag/answer-confidence.js';
import { type AnswerPassage, answerExtractively } from '../../src/rag/extractive-answerer.js';
import { LocalHashEmbeddings } from '../../src/rag/local-embeddings.js';

const embedder = new LocalHashEmbeddings();

const passage = (documentId: string, n: number, text: string, score: number, headingPath: string[] = []): AnswerPassage => ({
  chunkId: `${documentId}#${n}`,
  documentId,
  title: documentId,
  text,
  headingPath,
  score,
});

const chunk = (documentId: string, vectorRank: number | null, textRank: number | null, vectorScore: number | null = 0.2, textScore: number | null = 1) => ({ documentId, vectorRank, textRank, vectorScore, textScore });

describe('answerConfidence', () => {
  it('is the mean of its parts, cosine and text score scaled to their full marks, plus a bonus when the legs agree', () => {
    const parts = { match: 0.4, documentCoverage: 0.6, knownWordShare: 0.8, vectorCosine: VECTOR_COSINE_FULL / 2, textScorePerTerm: TEXT_SCORE_FULL / 4, legsAgree: false };
    expect(answerConfidence(parts)).toBeCloseTo((0.4 + 0.6 + 0.8 + 0.5 + 0.25) / 5);
    expect(answerConfidence({ ...parts, legsAgree: true })).toBeCloseTo((0.4 + 0.6 + 0.8 + 0.5 + 0.25) / 5 + AGREEMENT_BONUS);
    // Scores above the full marks count as 1, and the result never exceeds 1.
    expect(answerConfidence({ match: 1, documentCoverage: 1, knownWordShare: 1, vectorCosine: 0.9, textScorePerTerm: 10, legsAgree: true })).toBe(1);
  });

  it('leaves out the parts it does not have instead of counting them as 0', () => {
    expect(answerConfidence({ match: 0.4, documentCoverage: 0.6, knownWordShare: null, vectorCosine: null, textScorePerTerm: null, legsAgree: false })).toBeCloseTo(0.5);
  });

  it('reads the top chunk\'s scores, the text score per question term, the cosine only on the local embedder\'s scale', () => {
    const evidence = { match: 0.5, documentCoverage: 0.5, questionTerms: ['a', 'b'] };
    const chunks = [chunk('a', 1, 1, VECTOR_COSINE_FULL, TEXT_SCORE_FULL), chunk('b', 2, 2, 0, 0)];
    expect(responderConfidence(evidence, chunks, 0.5, true)).toBeCloseTo((0.5 + 0.5 + 0.5 + 1 + 0.5) / 5 + AGREEMENT_BONUS);
    expect(responderConfidence(evidence, chunks, 0.5, false)).toBeCloseTo((0.5 + 0.5 + 0.5 + 0.5) / 4 + AGREEMENT_BONUS);
    expect(responderConfidence(null, chunks, 1, true)).toBe(0);
  });
});

describe('legsAgree', () => {
  it('is true when the vector and full-text legs rank one article first among the chunks', () => {
    expect(legsAgree([chunk('a', 2, 1), chunk('b', 5, 3), chunk('a', 1, null)])).toBe(true);
    expect(legsAgree([chunk('a', 2, 1), chunk('b', 1, 3)])).toBe(false);
    expect(legsAgree([chunk('a', null, 1)])).toBe(false);
  });
});

describe('answer evidence: coverage of the question by the best sentence\'s article', () => {
  const returns = [
    passage('returns', 0, 'You can return an item within 30 days of delivery. Start the return from your account page.', 0.9, ['Returns']),
    passage('returns', 1, 'Refunds for returned items reach your card within 10 business days.', 0.7, ['Refund timing']),
  ];
  const giftCards = passage('gift-cards', 0, 'Gift cards never expire and can be used for any item in the store.', 0.5);

  it('counts the question terms any passage of the best article has, not only the best sentence', async () => {
    const answer = await answerExtractively({ question: 'How do I return an item and when is my refund on my card?', passages: [...returns, giftCards], embedder });
    const e = answer.evidence!;
    expect(e.inBestDocument).toEqual(expect.arrayContaining(['return', 'item', 'refund', 'card']));
    expect(e.documentCoverage).toBeCloseTo(e.inBestDocument.length / e.questionTerms.length);
    expect(e.documentCoverage).toBeGreaterThanOrEqual(0.8);
  });

  it('is low when the question\'s terms are spread over articles that each mention one', async () => {
    const answer = await answerExtractively({ question: 'Can I return a gift card bought with my refund?', passages: [giftCards, ...returns], embedder });
    const spread = answer.evidence!;
    const together = (await answerExtractively({ question: 'Can I return an item from my account page?', passages: [...returns, giftCards], embedder })).evidence!;
    expect(spread.documentCoverage).toBeLessThan(together.documentCoverage);
  });
});
