import { describe, expect, it } from 'vitest';
import { matchKeywords } from '../../src/escalation/keywords.js';
import { allMatches, normalizeText, tokenize } from '../../src/escalation/text.js';

describe('normalizeText', () => {
  it('folds case, accents, full-width forms, apostrophes and whitespace', () => {
    expect(normalizeText('  RÉFUND\t\n ｒｅｆｕｎｄ！ Don’t  ')).toBe("refund refund! don't");
    expect(normalizeText('Straße Øre')).toBe('strasse ore');
  });

  it('folds Arabic harakat and letter variants, Cyrillic ё and Vietnamese tones', () => {
    expect(normalizeText('سُرِقَتْ بطاقتي')).toBe(normalizeText('سرقت بطاقتي'));
    expect(normalizeText('أريد إلغاء الاشتراك')).toBe('اريد الغاء الاشتراك');
    expect(normalizeText('Всё')).toBe('все');
    expect(normalizeText('Tôi bị mất thẻ')).toBe('toi bi mat the');
  });

  it('keeps kana voicing marks, Hangul and Thai marks intact', () => {
    expect(normalizeText('ガイド 상담원 พนักงาน')).toBe('ガイド 상담원 พนักงาน');
    expect(normalizeText('ｶﾞｲﾄﾞ')).toBe('ガイド');
  });
});

describe('allMatches', () => {
  it('finds what matchAll finds (empty matches step a code point under u), and leaves lastIndex at 0', () => {
    const cases: Array<[RegExp, string]> = [
      [/ (?:refund|card|card stolen)(?= )/g, ' my card stolen and my refund card '],
      [/x*/g, 'axxb'],
      [/x*/gu, 'a😀xb'],
      [/x*/g, 'a😀xb'],
      [/(?<![\p{L}])(?:agent|human)/gu, 'agent, real human please'],
      [/[,;]/gu, 'no punctuation'],
    ];
    for (const [re, s] of cases) {
      expect(allMatches(re, s).map((m) => [m.index, m[0]])).toEqual([...s.matchAll(re)].map((m) => [m.index, m[0]]));
      expect(re.lastIndex).toBe(0);
    }
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});

describe('tokenize', () => {
  it('splits spaceless scripts into words', () => {
    const words = tokenize('担当者と話したいです。ขอคุยกับพนักงาน').map((t) => t.norm);
    expect(words).toContain('担当');
    expect(words).toContain('คุย');
    expect(words).toContain('พนักงาน');
  });

  it('keeps the raw form for caps detection', () => {
    expect(tokenize('This is UNACCEPTABLE').map((t) => t.raw)).toEqual(['This', 'is', 'UNACCEPTABLE']);
  });
});

describe('matchKeywords', () => {
  it('is case-, accent- and width-insensitive', () => {
    expect(matchKeywords('I want my Refund!', ['refund'])).toEqual(['refund']);
    expect(matchKeywords('réfund now', ['refund'])).toEqual(['refund']);
    expect(matchKeywords('ＲＥＦＵＮＤ', ['refund'])).toEqual(['refund']);
    expect(matchKeywords('I want a refund', ['RÉFUND'])).toEqual(['RÉFUND']);
  });

  it('matches whole words only unless the keyword ends with *', () => {
    expect(matchKeywords('two refunds please', ['refund'])).toEqual([]);
    expect(matchKeywords('I have an issue to pursue', ['sue'])).toEqual([]);
    expect(matchKeywords('two refunds, refunded twice', ['refund*'])).toEqual(['refund*']);
    expect(matchKeywords('prerefund', ['refund*'])).toEqual([]);
  });

  it('matches multi-word phrases across spaces and hyphens', () => {
    expect(matchKeywords('I will take Legal  action', ['legal action'])).toEqual(['legal action']);
    expect(matchKeywords('legal-action', ['legal action'])).toEqual(['legal action']);
    expect(matchKeywords('legal and action', ['legal action'])).toEqual([]);
  });

  it('matches CJK, Hangul and Thai keywords as substrings', () => {
    expect(matchKeywords('解約したいです', ['解約'])).toEqual(['解約']);
    expect(matchKeywords('解 約したい', ['解約'])).toEqual(['解約']);
    expect(matchKeywords('구독 해지해 주세요', ['해지'])).toEqual(['해지']);
    expect(matchKeywords('我要取消订阅', ['退订'])).toEqual([]);
  });

  it('matches Latin keywords glued to CJK text', () => {
    expect(matchKeywords('再不处理我就打12315投诉', ['12315'])).toEqual(['12315']);
    expect(matchKeywords('找CS', ['cs'])).toEqual(['cs']);
  });

  it('returns keywords as given, once, in keyword order; blank keywords never match', () => {
    expect(matchKeywords('sue them, my lawyer will', ['my lawyer', 'sue', 'sue', '  ', '*'])).toEqual(['my lawyer', 'sue']);
    expect(matchKeywords('', ['sue'])).toEqual([]);
  });

  it('treats regex characters in keywords literally', () => {
    expect(matchKeywords('is this c++ ready?', ['c++'])).toEqual(['c++']);
    expect(matchKeywords('abc', ['a.c'])).toEqual([]);
  });
});
