/**
 * Swedish "ni" (you) is the target of anger, not Spanish "ni" (nor) negating it; Czech and Swedish insults in their
 * inflected forms (src/escalation/sentiment.ts, sentiment-lexicon.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { scoreSentiment } from '../../src/escalation/sentiment.js';
import { DEFAULT_ANGER_THRESHOLD } from '../../src/escalation/default-rules.js';

describe('anger aimed at "ni" and inflected insults', () => {
  it.each([
    'Ni är helt värdelösa, vilket skitföretag',
    'Ni är ett skämt till företag, helt jävla värdelöst',
    'Jste banda zlodějů a neschopných idiotů',
  ])('%s', (text) => {
    expect(scoreSentiment(text).score).toBeLessThan(DEFAULT_ANGER_THRESHOLD);
  });

  it.each([
    'ni bueno ni malo, normal',
    'Jag vill ha ett skämt på födelsedagskortet',
    'Ni kan väl skicka kvittot?',
    'Je to k ničemu?',
  ])('not anger: %s', (text) => {
    expect(scoreSentiment(text).score).toBeGreaterThanOrEqual(DEFAULT_ANGER_THRESHOLD);
  });
});
