/**
 * Issue 9, round 7: "how do I report a stolen card?" asked in a verb-second language ("Hoe meld IK een
 * gestolen pas?", "Hur anmäler JAG ett stulet kort?") — the subject pronoun after the question's verb
 * belongs to the question (cues.questionSubject), not to a case of the customer's own — and in Thai and
 * Hindi, whose question word comes last. The customer's own card still escalates. Written for this test.
 */
import { describe, expect, it } from 'vitest';
import { escalatedAs } from '../helpers/escalated-as.js';

describe('a question about reporting a stolen card in general', () => {
  it.each([
    ['Hoe meld ik een gestolen pas?', 'nl'],
    ['Wie melde ich eine gestohlene Karte?', 'de'],
    ['Hur anmäler jag ett stulet kort?', 'sv'],
    ['Hvordan anmelder jeg et stjålet kort?', 'da'],
    ['แจ้งบัตรถูกขโมยได้อย่างไร', 'th'],
    ['चोरी हुए कार्ड की रिपोर्ट कैसे करें?', 'hi'],
    ['How do I report a stolen card?', 'en'],
    ['What should I do if my card is stolen?', 'en'],
    ['How do I add a person to my account?', 'en'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('the customer\'s own stolen card', () => {
  it.each([
    ['Mijn pas is gestolen, hoe blokkeer ik hem?', 'nl'],
    ['Hoe blokkeer ik mijn gestolen pas?', 'nl'],
    ['Wie sperre ich meine gestohlene Karte?', 'de'],
    ['Hur spärrar jag mitt stulna kort?', 'sv'],
    ['Hvordan spærrer jeg mit stjålne kort?', 'da'],
    ['บัตรของฉันถูกขโมย จะอายัดได้อย่างไร', 'th'],
    ['मेरा कार्ड चोरी हो गया, इसे कैसे ब्लॉक करूँ?', 'hi'],
    ['My card was stolen, how do I block it?', 'en'],
    ['Me robaron la tarjeta, ¿cómo la bloqueo?', 'es'],
  ])('%s (%s) → security', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('security');
  });
});

describe('someone else\'s incident, and a loss already over', () => {
  it.each([
    ['Mein Freund wurde gehackt, wie kann ich mich schützen?', 'de'],
    ['Mijn vriend is gehackt, hoe bescherm ik mezelf?', 'nl'],
    ['A mi amigo le robaron la tarjeta, ¿cómo me protejo?', 'es'],
    ['Я потерял телефон, но уже нашёл.', 'ru'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });

  it.each([
    ['Mein Freund hat meine Karte gestohlen', 'de'],
    ['Mijn vriend heeft mijn pas gestolen', 'nl'],
    ['Я потерял телефон и не могу его найти', 'ru'],
  ])('%s (%s) → security', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('security');
  });
});
