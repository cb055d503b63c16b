/**
 * Disputed charges on a stored card (src/escalation/lang/billing-disputes.ts): a deposit or pre-authorisation never
 * released, charged more than shown, a fee never agreed to, a charge already refunded (over); fakes around the app
 * (fake support agents, resold credits, fake QR codes, someone renting on the customer's account); and a person asked
 * for as "can someone from your team call me" (src/escalation/person-asked-for.ts). Near-misses in several languages
 * must stay quiet: questions about how holds work, refunds already made, calm questions. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);

describe('a deposit or pre-authorisation held and not released (heldMoney + notReleased)', () => {
  it.each([
    ['The security deposit you took for the van was never released.', 'en'],
    ['Die Kaution für das Auto wurde nie freigegeben.', 'de'],
    ['La caution de la trottinette n\'a jamais été débloquée.', 'fr'],
    ['De borg voor de auto is nooit teruggestort.', 'nl'],
    ['押金到现在一直没有退。', 'zh'],
    ['보증금을 아직 돌려받지 못했어요.', 'ko'],
    ['Kaucja za auto nie została zwrócona.', 'pl'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['How long does a pre-authorisation take to be released?', 'en'],
    ['Wie lange dauert es, bis die Kaution freigegeben wird?', 'de'],
    ['¿Cuánto tarda en liberarse la preautorización?', 'es'],
    ['押金多久能退回？', 'zh'],
    ['Hoe hoog is de borg voor een bestelbus?', 'nl'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('charged more than shown, overcharged, a fee never agreed to', () => {
  it.each([
    ['You charged me far more than the app showed for that trip.', 'en'],
    ['Es wurde viel mehr abgebucht als in der App angezeigt.', 'de'],
    ['Me cobraron mucho más de lo que marcaba la app.', 'es'],
    ['表示された金額より多く請求されました。', 'ja'],
    ['Mi è stata addebitata una penale che non ho mai accettato.', 'it'],
    ['Er zijn kosten in rekening gebracht waar ik nooit mee akkoord ben gegaan.', 'nl'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['Is the price in the app higher than the final fare?', 'en'],
    ['Was kostet eine Reinigungsgebühr?', 'de'],
    ['Combien coûtent les frais de stationnement ?', 'fr'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('a duplicate charge already refunded is over (REFUNDED_ALREADY)', () => {
  it.each([
    ['I was charged twice but it was already refunded, thanks.', 'en'],
    ['Mir wurde doppelt abgebucht, aber es wurde schon erstattet.', 'de'],
    ['Me cobraron dos veces pero ya me lo devolvieron.', 'es'],
    ["J'ai été débité deux fois mais c'est déjà remboursé.", 'fr'],
    ['扣了两次但已经退款了。', 'zh'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });

  it('still fires when the refund has not come', () => {
    expect(situations('You charged me twice and I still have not been refunded.', 'en')).toContain('security');
  });
});

describe('fakes around the app (fakeParty, orderedIt)', () => {
  it.each([
    ['Een nep-medewerker vroeg om mijn inloggegevens.', 'nl'],
    ['Un supuesto agente de soporte me pidió los datos de la tarjeta.', 'es'],
    ['상담원을 사칭한 사람이 카드 정보를 요구했어요.', 'ko'],
    ['I bought ride credits from a guy on Facebook and they do not work.', 'en'],
    ['Someone rented a car on my account last night.', 'en'],
    ['I paid through a fake QR code stuck on the scooter.', 'en'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['Can I rent a car for my friend on my account?', 'en'],
    ['Wie erkenne ich einen falschen Mitarbeiter am Telefon?', 'de'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('someone from the team asked to call (person-asked-for.ts)', () => {
  it.each([
    'Kann sich bitte jemand von euch bei mir melden?',
    '¿Puede llamarme alguien de ustedes?',
    'Czy ktoś od was może do mnie zadzwonić?',
    'Пусть кто-нибудь из ваших сотрудников мне перезвонит.',
    'Kan någon från er ringa upp mig?',
    'Může mi zavolat někdo z vašich lidí?',
  ])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });

  it.each([
    'Kann jemand anders mein Auto fahren?',
    '¿Puede alguien más conducir el coche?',
    'Kan någon annan låna min cykel?',
  ])('quiet: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });
});
