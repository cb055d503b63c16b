/**
 * Messages in a language no language pack serves (src/escalation/language.ts `unservedLanguage`): told apart from
 * the languages whose script they share, and judged by the learned model at its thresholds for such messages
 * (UNSERVED_LEARNED_THRESHOLDS), because the rules can read next to nothing in them.
 * Every sentence here is written for this file; none comes from the corpus, a fixture or a held-out set.
 */
import { describe, expect, it } from 'vitest';
import { defaultEscalationRules } from '../../src/escalation/default-rules.js';
import { evaluateRules } from '../../src/escalation/evaluate.js';
import { messageFacts } from '../helpers/escalated-as.js';
import { unservedLanguage } from '../../src/escalation/language.js';
import { DEFAULT_LEARNED_THRESHOLDS, productDetector, UNSERVED_LEARNED_THRESHOLDS, type LearnedCategory } from '../../src/escalation/learned/learned-detector.js';
import type { RuleWithId } from '../../src/escalation/rules.js';
import { LexiconSentimentScorer } from '../../src/escalation/sentiment.js';

const rules: RuleWithId[] = defaultEscalationRules().map((r, i) => ({ ...r, id: `r${i}` }));
const sentiment = new LexiconSentimentScorer();
const facts = (text: string) => messageFacts(text, []);
const NEVER = Object.fromEntries(Object.keys(DEFAULT_LEARNED_THRESHOLDS).map((c) => [c, 2])) as Record<LearnedCategory, number>;

describe('unservedLanguage', () => {
  it('tells Bulgarian, Serbian, Persian, Urdu and scripts no pack reads from the languages that share their script', () => {
    for (const text of [
      'Някой е влязъл в профила ми',
      'Искам да говоря с истински човек',
      'Неко ми је украо телефон јуче',
      'کارت بانکی من دزدیده شد',
      'مجھے کسی انسان سے بات کرنی ہے',
      'আমার কার্ড চুরি হয়ে গেছে',
      'ჩემი ბარათი მოიპარეს',
    ])
      expect(unservedLanguage(text), text).toBe(true);
  });

  it('leaves Russian, Ukrainian, Arabic, Latin-script and short messages to the packs', () => {
    for (const text of [
      'У меня украли телефон вчера вечером',
      'Объявление в подъезде про отключение света',
      'Хтось зайшов у мій акаунт',
      'سرق أحدهم بطاقتي البنكية',
      'my card was stolen',
      'ok',
      'help!!',
      '👍',
    ])
      expect(unservedLanguage(text), text).toBe(false);
  });
});

describe('the learned model on an unserved language', () => {
  const learned = productDetector();
  const persian = 'کارت بانکی من دزدیده شد و یک نفر با آن خرید کرده';
  const russian = 'У меня украли банковскую карту, и кто-то уже что-то ею оплатил';

  it('uses the unserved thresholds for such a message and the usual ones for a served language', () => {
    // The usual thresholds never fire here: only the unserved ones can.
    const onlyUnserved = learned.withOptions({ thresholds: NEVER });
    const p = onlyUnserved.verdict(persian);
    expect(p.unserved).toBe(true);
    expect(onlyUnserved.fires(p, 'security')).not.toBeNull();
    const r = onlyUnserved.verdict(russian);
    expect(r.unserved).toBe(false);
    expect(onlyUnserved.fires(r, 'security')).toBeNull();
    // And the other way round.
    const neverUnserved = learned.withOptions({ unservedThresholds: NEVER });
    expect(neverUnserved.fires(neverUnserved.verdict(persian), 'security')).toBeNull();
  });

  it('makes the security rule fire with evidence that says why', async () => {
    const m = await evaluateRules(rules.filter((x) => x.name === 'Security incident'), facts(persian), { sentiment, learned: learned.withOptions({ thresholds: NEVER }) });
    expect(m?.rule.name).toBe('Security incident');
    expect(m?.evidence).toMatchObject({ situations: [expect.objectContaining({ situation: 'security', source: 'learned', unservedLanguage: true })] });
  });

  it('keeps one threshold, lower than the usual ones, and never decides repeated frustration', () => {
    for (const [c, t] of Object.entries(UNSERVED_LEARNED_THRESHOLDS) as Array<[LearnedCategory, number]>) {
      if (c === 'frustration') expect(t).toBeGreaterThan(1);
      else expect(t).toBeLessThanOrEqual(DEFAULT_LEARNED_THRESHOLDS[c]);
    }
  });
});
