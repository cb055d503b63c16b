/**
 * Round 13e (src/escalation/lang/hard-choices-and-exits.ts): hardship said as a forced choice between necessities or as
 * income lost, decisions to leave, courts and consumer bodies, in several languages; with near-misses that must stay
 * quiet (a lack said laughing while asking for a discount, switching TO the company or to one of its own options,
 * choosing between two tariffs, questions about payment plans and notice periods). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);

describe('hardship: a forced choice between necessities, income lost or cut', () => {
  it.each([
    ['I have to choose between heating the flat... no, between heating and eating this month', 'en'],
    ['honestly it is heat or eat in this house right now', 'en'],
    ['Ich muss mich jeden Monat zwischen Heizen und Essen entscheiden', 'de'],
    ['Je dois choisir entre me chauffer et manger', 'fr'],
    ['Bin seit Wochen krank, das Geld reicht hinten und vorne nicht', 'de'],
    ['sono in cassa integrazione da marzo e la bolletta è altissima', 'it'],
    ['sinds mijn ontslag kom ik niet rond', 'nl'],
    ['zwolnili mnie z pracy i nie wiążę końca z końcem', 'pl'],
    ['Με απέλυσαν τον Μάρτιο και χρωστάω παντού', 'el'],
    ['меня уволили, платить нечем', 'ru'],
    ['perdi o emprego e as contas acumulam', 'pt'],
    ['I was made redundant and the bills keep piling up', 'en'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('vulnerable');
  });

  it.each([
    ["I'm broke lol, any discounts?", 'en'],
    ['Je suis fauché mdr, vous avez des promos ?', 'fr'],
    ['Ich bin gerade pleite haha, gibt es Rabatte?', 'de'],
    ['Είμαι άφραγκος χαχα, έχετε εκπτώσεις;', 'el'],
    ['We need to choose between the two tariffs, which one is cheaper?', 'en'],
    ['Ich muss mich zwischen zwei Tarifen entscheiden', 'de'],
    ['Je dois choisir entre deux offres', 'fr'],
    ['What payment plans do you offer?', 'en'],
    ['Kan ik een betalingsregeling treffen?', 'nl'],
    ['How do I top up the meter?', 'en'],
    ['Tôi vẫn chưa nhận được tiền hoàn lại', 'vi'],
  ])('%s stays quiet', (text, language) => {
    expect(situations(text, language)).not.toContain('vulnerable');
  });
});

describe('churn: a decision to leave', () => {
  it.each([
    ["you've lost a customer", 'en'],
    ['this is the last time I use you', 'en'],
    ["C'est la dernière fois que je fais appel à vous", 'fr'],
    ['Bitte schließen Sie mein Kundenkonto, ich bin raus', 'de'],
    ['Φεύγω από εσάς, πάω σε άλλο πάροχο', 'el'],
    ['Τελείωσα μαζί σας', 'el'],
    ['Rezygnuję z waszych usług, przechodzę do konkurencji', 'pl'],
    ['탈퇴할게요 다른 데 쓸래요', 'ko'],
    ['以后再也不用你们了', 'zh'],
    ['Je ne reviendrai plus chez vous.', 'fr'],
    ["I'm never coming back to you", 'en'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('churn');
  });

  it.each([
    ["I'm switching to paperless billing", 'en'],
    ["I'm switching to you from another supplier", 'en'],
    ['Ich wechsle zu euch von einem anderen Anbieter', 'de'],
    ['Je passe chez vous depuis un autre fournisseur', 'fr'],
    ['Ik stap over op jullie groene stroom', 'nl'],
    ['La última vez que llamé me dijeron que lo arreglarían', 'es'],
    ["What's your notice period?", 'en'],
    ['Wat is de opzegtermijn?', 'nl'],
  ])('%s stays quiet', (text, language) => {
    expect(situations(text, language)).not.toContain('churn');
  });
});

describe('legal threats and regulator complaints', () => {
  it.each([
    ['Θα κινηθώ νομικά εναντίον σας', 'el', 'legal'],
    ['esto lo va a ver un juez', 'es', 'legal'],
    ['Wir sehen uns vor Gericht', 'de', 'legal'],
    ['Я подам на вас в суд', 'ru', 'legal'],
    ['Θα το καταγγείλω στη ΡΑΑΕΥ', 'el', 'regulator'],
    ['Я напишу скаргу до Держспоживслужби', 'uk', 'regulator'],
    ['This is going to the energy ombudsman', 'en', 'regulator'],
    ['faccio segnalazione all\'AGCOM', 'it', 'regulator'],
  ])('%s', (text, language, situation) => {
    expect(situations(text, language)).toContain(situation);
  });

  it.each([
    ['my lawyer friend said to ask for the invoice', 'en'],
    ['Do I need a lawyer to transfer the contract to my son?', 'en'],
    ['Avukatıma fatura lazım', 'tr'],
  ])('%s stays quiet', (text, language) => {
    const found = situations(text, language);
    expect(found).not.toContain('legal');
    expect(found).not.toContain('regulator');
  });
});
