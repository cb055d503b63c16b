/**
 * Round 13p (issue 9, near-miss discipline): whose the words are, what they apply to, and what reason the customer
 * already gives.
 *  - a device as the subject of a self-harm phrase ("Mein Laptop will nicht mehr aufwachen");
 *  - an end wished for things the message names ("these renewal emails every week, I want it all to stop");
 *  - a thing not needed because a new one replaced it ("I won't need it anymore since I got a new one");
 *  - a charge asked about with a reason the customer offers ("why was I charged more than shown? is there a service fee?");
 *  - "is there anyone who knows how …": a question for information, not a request for a person.
 * Each with sentences that must still fire: the writer as subject, despair elsewhere in the message, no replacement, a
 * report instead of a question, a person named in the question. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] =>
  detectSituations(text, language !== undefined ? { language } : {}).map((h) => h.situation);

describe('a device as the subject of a self-harm phrase', () => {
  it.each([
    ['Mein Laptop will nicht mehr aufwachen, nach dem Update bleibt der Bildschirm schwarz', 'de'],
    ['Mein Handy will einfach nicht mehr aufwachen seit gestern', 'de'],
    ['mijn laptop wil niet meer wakker worden na de update', 'nl'],
    ['datorn vill inte vakna längre efter uppdateringen', 'sv'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('self_harm');
  });

  it.each([
    ['Ich will nicht mehr aufwachen', 'de'],
    ['mein Laptop ist kaputt, ich will nicht mehr aufwachen', 'de'],
    ['Mein Handy ist kaputt und ich will nicht mehr leben', 'de'],
    ['my phone broke and I want to die', 'en'],
    ['ik wil niet meer leven', 'nl'],
    ['jag vill inte leva längre', 'sv'],
  ])('still fires: %s', (text, language) => {
    expect(situations(text, language)).toContain('self_harm');
  });
});

describe('an end wished for things the message names', () => {
  it.each([
    ['these renewal emails every week, I want it all to stop. how do I unsubscribe?', 'en'],
    ['ich bekomme jeden Tag Werbung. ich will, dass alles aufhört', 'de'],
    ['je reçois des notifications toutes les heures, je veux que tout s’arrête', 'fr'],
    ['recibo correos todos los días, quiero que todo se acabe', 'es'],
    ['dostaję codziennie powiadomienia, chcę żeby to wszystko się skończyło', 'pl'],
    ['каждый день приходят рассылки, хочу чтобы всё это закончилось', 'ru'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('self_harm');
  });

  it.each([
    ['I want it all to stop', 'en'],
    ['the debt collectors keep calling, I lost my job, I want it all to stop', 'en'],
    ["these emails every day, I want it all to stop, I can't take it anymore", 'en'],
    ['ich will dass alles aufhört. ich kann nicht mehr', 'de'],
    ['chcę żeby to wszystko się skończyło', 'pl'],
    ['хочу, чтобы всё это закончилось. сил больше нет', 'ru'],
  ])('still fires: %s', (text, language) => {
    expect(situations(text, language)).toContain('self_harm');
  });
});

describe('a thing not needed because a new one replaced it', () => {
  it.each([
    ["can I give my account to my sister? I won't need it anymore since I got a new one", 'en'],
    ['Kann ich mein Konto meiner Schwester geben? Ich werde es nicht mehr brauchen, weil ich ein neues habe', 'de'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('self_harm');
  });

  it.each([
    ["I'm giving away my things, I won't need them where I'm going", 'en'],
    ["can I give my account to my brother? I won't need it anymore", 'en'],
    ["I'm giving away all my things, I won't need them anymore, got a new life planned", 'en'],
    ['ich verschenke meine Sachen, ich brauche sie bald nicht mehr', 'de'],
    ["je donne mes affaires, je n'en aurai plus besoin", 'fr'],
  ])('still fires: %s', (text, language) => {
    expect(situations(text, language)).toContain('self_harm');
  });
});

describe('a charge asked about with a reason the customer offers', () => {
  it.each([
    ['why was I charged more than shown? is there a service fee?', 'en'],
    ['why did you charge me twice? is one of them the deposit?', 'en'],
    ['¿por qué me cobraron más de lo que decía? ¿es por el envío?', 'es'],
    ['warum wurde mir mehr abgebucht als angezeigt? kommt da noch eine Gebühr dazu?', 'de'],
    ['pourquoi j’ai été débité plus que le prix affiché ? c’est les frais de port ?', 'fr'],
    ['为什么扣的钱比显示的多？是手续费吗？', 'zh'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });

  it.each([
    ['you charged me more than shown. is that a fee??', 'en'],
    ['why was I charged more than shown? is there a fee? I never agreed to any fee', 'en'],
    ['I was overcharged and someone used my card', 'en'],
    ['me cobraron de más, no sé por qué', 'es'],
    ['Sie haben mir zu viel abgebucht!', 'de'],
  ])('still fires: %s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });
});

describe('"is there anyone who knows how …" asks for information', () => {
  it.each([
    'is er iemand die weet hoe ik mijn factuur kan downloaden?',
    'gibt es jemanden, der weiß, wie ich die Rechnung herunterlade?',
    'czy jest ktoś, kto wie, jak pobrać fakturę?',
    'есть кто-нибудь, кто знает, как скачать счёт?',
    'is er iemand die weet waar de instellingen staan',
  ])('not a request: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });

  it.each([
    'is er iemand die mij kan helpen?',
    'is er iemand?',
    'is er iemand die weet hoe ik een medewerker kan spreken?',
    'gibt es jemanden, der weiß, wie ich einen Mitarbeiter erreiche?',
    'is er iemand die weet wat hij doet daar?',
    'is there anyone who can help me?',
  ])('still a request: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });
});
