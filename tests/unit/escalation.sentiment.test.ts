import { describe, expect, it } from 'vitest';
import { LexiconSentimentScorer, scoreSentiment } from '../../src/escalation/sentiment.js';
import { DEFAULT_ANGER_THRESHOLD } from '../../src/escalation/default-rules.js';

const score = (text: string): number => scoreSentiment(text).score;

describe('scoreSentiment', () => {
  it('is neutral on empty or factual text', () => {
    expect(scoreSentiment('')).toEqual({ score: 0, label: 'neutral', evidence: [] });
    expect(scoreSentiment('How do I change my delivery address?').label).toBe('neutral');
  });

  it('rates thanks and praise positive', () => {
    expect(scoreSentiment('thanks, that was great').label).toBe('positive');
    expect(scoreSentiment('Gracias, muy amable!').label).toBe('positive');
    expect(scoreSentiment('谢谢，很满意').label).toBe('positive');
  });

  it('flips negated words', () => {
    expect(score('I am happy')).toBeGreaterThan(0);
    expect(score('I am not happy')).toBeLessThan(0);
    expect(score('no estoy contento')).toBeLessThan(0);
    expect(score('我很不满意')).toBeLessThan(0);
    expect(score('満足していません')).toBeLessThan(0);
    expect(score('not bad at all')).toBeGreaterThan(0);
  });

  it('does not carry negation or intensifiers across punctuation', () => {
    expect(score('No, this is great')).toBeGreaterThan(0);
  });

  it('amplifies with intensifiers, ALL CAPS and exclamation marks', () => {
    const base = score('this is annoying');
    expect(score('this is very annoying')).toBeLessThan(base);
    expect(score('es muy malo')).toBeLessThan(score('es malo'));
    expect(score('this is ANNOYING')).toBeLessThan(base);
    expect(score('this is annoying!!!')).toBeLessThan(base);
    expect(score('this is a bit annoying')).toBeGreaterThan(base);
  });

  it('reads shouting without sentiment words as anger', () => {
    const result = scoreSentiment('WHERE IS MY ORDER??? I PAID TWO WEEKS AGO!!!');
    expect(result.score).toBeLessThan(DEFAULT_ANGER_THRESHOLD);
    expect(result.evidence).toContain('ALL CAPS');
  });

  it('scores profanity and anger strongly negative, mild complaints mildly', () => {
    for (const text of ['what the fuck is wrong with your app', 'This is absolutely unacceptable', '太差了，气死我了', 'Péssimo atendimento, estou muito irritado']) {
      expect(score(text), text).toBeLessThan(DEFAULT_ANGER_THRESHOLD);
    }
    for (const text of ['my package is late, where is it?', "I'm a bit disappointed with the colour", 'damn, I forgot my password']) {
      const s = score(text);
      expect(s, text).toBeLessThan(0);
      expect(s, text).toBeGreaterThan(DEFAULT_ANGER_THRESHOLD);
    }
  });

  it('reads anger in every language of the packs, including inflected and clitic forms', () => {
    for (const text of [
      'Jestem wkurzona, to jest skandaliczne', // pl: prefix keys (wkurz*, skandal*)
      'Bu tam bir rezalet, çok sinirlendim', // tr
      'Это ужасно, вы издеваетесь!', // ru
      'خدمة زفت وأسوأ شركة', // ar
      'Dịch vụ quá tệ, tôi rất bực mình', // vi (phrases)
      '진짜 최악이에요 열받네', // ko
      'ห่วยแตกมาก โมโหสุดๆ', // th
      'Dit is echt waardeloos en schandalig', // nl
      'Pelayanan kalian parah banget, saya kesal', // id
    ]) {
      expect(score(text), text).toBeLessThan(DEFAULT_ANGER_THRESHOLD);
    }
  });

  it('leaves repetition to the repeated-frustration situation', () => {
    expect(score('This is the third time I ask')).toBe(0);
  });

  it('does not take an informational question about an incident for anger', () => {
    expect(score('How do I report fraud?')).toBeGreaterThan(DEFAULT_ANGER_THRESHOLD);
    expect(score('What is a scam call and how do I spot one?')).toBeGreaterThan(DEFAULT_ANGER_THRESHOLD);
    // …but insults and shouting are not dampened, and exclamations are not questions.
    expect(score('what the fuck is wrong with your app')).toBeLessThan(DEFAULT_ANGER_THRESHOLD);
    expect(score('Que palhaçada, ninguém resolve nada')).toBeLessThan(DEFAULT_ANGER_THRESHOLD);
  });

  it('weights what follows "but" over what precedes it', () => {
    expect(score("not great that it's delayed but ok")).toBeGreaterThan(score("not great that it's delayed"));
  });

  it('reports evidence and keeps the score in -1..1', () => {
    const result = scoreSentiment('FUCK FUCK FUCK this SCAM!!!!!!!!');
    expect(result.score).toBeGreaterThanOrEqual(-1);
    expect(result.label).toBe('negative');
    expect(result.evidence.length).toBeGreaterThan(0);
  });
});

describe('LexiconSentimentScorer', () => {
  it('implements SentimentScorer with the same result', async () => {
    const scorer = new LexiconSentimentScorer();
    await expect(scorer.score('this is ridiculous')).resolves.toEqual(scoreSentiment('this is ridiculous'));
  });
});
