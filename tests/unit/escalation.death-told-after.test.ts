/**
 * Issue 9, round 7: a death told after the person was named ("My dad has an account with you. He died
 * on Sunday"), over one message or two, or about the account holder. Near-misses name a relative or
 * ask about death in general. Sentences written for this test from general knowledge.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';
import { escalatedAs } from '../helpers/escalated-as.js';

describe('escalates a death told after the person was named', () => {
  it.each([
    ['My dad has an account with you. He died on Sunday.', 'en'],
    ['Mi padre tiene una cuenta con ustedes. Murió el domingo.', 'es'],
    ['Mein Vater hat ein Konto bei Ihnen. Er ist am Sonntag gestorben.', 'de'],
    ['Mijn vader heeft een account bij jullie. Hij is zondag overleden.', 'nl'],
    ['У моего отца был счёт у вас. Он скончался в воскресенье.', 'ru'],
    ['Mój tata miał u was konto. Zmarł w niedzielę.', 'pl'],
    ['The account holder has died, what do I need to send?', 'en'],
    ['Der Kontoinhaber ist verstorben.', 'de'],
    ['Владелец счёта умер.', 'ru'],
    ['He passed away last month and the account is in his name.', 'en'],
  ])('%s (%s) → vulnerable', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('vulnerable');
  });

  it('reads the person and the death across two messages', () => {
    const hits = detectSituations('She passed away two weeks ago', { history: ["I'm writing about my mother's account"], language: 'en' });
    expect(hits.map((h) => h.situation)).toContain('vulnerable');
  });
});

describe('does not escalate a relative named without a death', () => {
  it.each([
    ['My dad has an account with you. He wants to add me to it.', 'en'],
    ['Mi padre tiene una cuenta. ¿Puede añadirme como usuario?', 'es'],
    ['What happens to the account when the account holder dies?', 'en'],
    ['Mein Handy ist gestern gestorben, wie setze ich es zurück?', 'de'],
    ['What should I do if my card is stolen?', 'en'],
    ['How do I add a person to my account?', 'en'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});
