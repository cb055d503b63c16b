/**
 * Issue 9, round 7: death, self-harm and legal threats said in softer everyday words ("is no longer
 * with us", "I'll end it tonight", "my lawyer will be in touch"), and phishing told as typing details
 * in. Near-misses share the words without the situation. Sentences written for this test from
 * general knowledge, in several languages.
 */
import { describe, expect, it } from 'vitest';
import { escalatedAs } from '../helpers/escalated-as.js';

describe('escalates situations said in softer words', () => {
  it.each([
    ['Mi madre ya no está con nosotros y la cuenta está a su nombre', 'es', 'vulnerable'],
    ['Mijn opa is vorige maand heengegaan', 'nl', 'vulnerable'],
    ['Meine Oma ist letzte Woche von uns gegangen', 'de', 'vulnerable'],
    ['Папы больше нет с нами, что делать с его номером?', 'ru', 'vulnerable'],
    ['Nenek saya sudah tiada, bagaimana dengan akunnya?', 'id', 'vulnerable'],
    ["Ma grand-mère s'est éteinte dimanche", 'fr', 'vulnerable'],
    ['Annem geçen hafta öldü', 'tr', 'vulnerable'],
    ['Mia nonna ci ha lasciati a marzo', 'it', 'vulnerable'],
    ['Esta noche lo termino todo', 'es', 'vulnerable'],
    ['Ik maak er vanavond een eind aan', 'nl', 'vulnerable'],
    ['Stanotte la faccio finita', 'it', 'vulnerable'],
    ['Сегодня ночью я со всем покончу', 'ru', 'vulnerable'],
    ['Saya ingin tidur dan tidak bangun lagi', 'id', 'vulnerable'],
    ["Ce soir j'en finis", 'fr', 'vulnerable'],
    ['没有人会想我的', 'zh', 'vulnerable'],
    ['لن يفتقدني أحد', 'ar', 'vulnerable'],
    ["I'm giving away all my things, I won't need them", 'en', 'vulnerable'],
    ['Ich verschenke all meine Sachen', 'de', 'vulnerable'],
    ['Не вижу выхода, не хочу завтра просыпаться', 'ru', 'vulnerable'],
    ['Saya tidak melihat jalan keluar lagi', 'id', 'vulnerable'],
    ['我看不到出路', 'zh', 'vulnerable'],
    ["Je ne vois pas d'issue", 'fr', 'vulnerable'],
    ['Er is ingelogd vanaf een onbekend apparaat', 'nl', 'security'],
    ['Es gab eine Anmeldung von einem unbekannten Gerät', 'de', 'security'],
    ['Ada login dari perangkat yang tidak dikenal', 'id', 'security'],
    ['Iemand anders zit in mijn account', 'nl', 'security'],
    ['Mi abogado se pondrá en contacto con ustedes', 'es', 'legal'],
    ["You'll be hearing from my solicitors", 'en', 'legal'],
    ['法庭上见', 'zh', 'legal'],
    ['Ich erstatte Anzeige', 'de', 'legal'],
    ['Mijn advocaat neemt contact met jullie op', 'nl', 'legal'],
    ['Meu advogado vai entrar em contato', 'pt', 'legal'],
    ['Мой адвокат свяжется с вами', 'ru', 'legal'],
    ['Recibí un SMS del banco con un enlace y metí mis datos', 'es', 'security'],
    ['Ik heb op een link geklikt en mijn wachtwoord ingevoerd', 'nl', 'security'],
  ])('%s (%s) → %s', async (text, language, expected) => {
    const got = await escalatedAs(text, language);
    // a self-harm hint is reported under the vulnerable-customer rule or the safety net
    expect(expected === 'vulnerable' ? ['vulnerable', 'self_harm'] : [expected]).toContain(got);
  });
});

describe('does not escalate the same words without the situation', () => {
  it.each([
    ['¿Cómo cambio el titular si el titular ya no está en el país?', 'es'],
    ['Mijn opa wil een abonnement afsluiten', 'nl'],
    ['Wie kann ich mich mit Ihnen in Verbindung setzen?', 'de'],
    ['Mi hermano se pondrá en contacto con ustedes mañana', 'es'],
    ['Mijn zoon neemt contact met jullie op over de factuur', 'nl'],
    ['Hoe voer ik mijn wachtwoord in op een nieuwe telefoon?', 'nl'],
    ['Is there no way out of the contract before it ends?', 'en'],
    ['Where can I give away my old router?', 'en'],
    ['Ik wil mijn oude telefoon weggeven, hoe wis ik hem?', 'nl'],
    ['Hoe kan ik zien vanaf welk apparaat is ingelogd?', 'nl'],
    ['Wie aktiviere ich Benachrichtigungen bei einer Anmeldung von einem unbekannten Gerät?', 'de'],
    ['What should I do if my card is stolen?', 'en'],
    ['How do I add a person to my account?', 'en'],
    ['¿Qué hago si me roban la tarjeta?', 'es'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('a burden to the family, in packs that lacked the frame words', () => {
  it.each([
    ['我是家里的负担', 'zh'],
    ['Jag är en börda för min familj', 'sv'],
    ['ฉันเป็นภาระของครอบครัว', 'th'],
    ['家族の重荷になっている', 'ja'],
    ['मैं हमेशा के लिए गायब होना चाहता हूँ', 'hi'],
  ])('%s (%s) → vulnerable or self_harm', async (text, language) => {
    expect(['vulnerable', 'self_harm']).toContain(await escalatedAs(text, language));
  });

  it.each([
    ['送料の負担はみんな同じですか？', 'ja'],
    ['가족 짐을 보내고 싶어요', 'ko'],
    ['费用由家人负担可以吗？', 'zh'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('a call back asked for as a question', () => {
  it.each([
    ['Potete richiamarmi?', 'it'],
    ['Możecie do mnie oddzwonić?', 'pl'],
    ['Beni geri arayabilir misiniz?', 'tr'],
    ['전화 좀 주세요', 'ko'],
  ])('%s (%s) → human_request', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('human_request');
  });

  it.each([
    ['Posso richiamarvi domani mattina?', 'it'],
    ['Czy mogę do was zadzwonić jutro?', 'pl'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('debt help, burial, the delivery-fee text and Dutch everyday wording', () => {
  it.each([
    ['Ik zit in de schuldsanering', 'nl', 'vulnerable'],
    ['Ich bin in der Privatinsolvenz', 'de', 'vulnerable'],
    ["I'm in a debt management plan and can't pay this", 'en', 'vulnerable'],
    ['We hebben mijn moeder vorige week begraven', 'nl', 'vulnerable'],
    ['Abbiamo sepolto mio padre ieri', 'it', 'vulnerable'],
    ['Ik kreeg een sms dat mijn pakket niet bezorgd kon worden en heb betaald via de link', 'nl', 'security'],
    ['I got a text saying my parcel was held for a fee, so I paid via the link', 'en', 'security'],
    ['Er is zomaar 50 euro van mijn rekening gegaan', 'nl', 'security'],
    ['Mijn e-mailadres is gewijzigd zonder dat ik het weet', 'nl', 'security'],
  ])('%s (%s) → %s', async (text, language, expected) => {
    expect(await escalatedAs(text, language)).toBe(expected);
  });

  it.each([
    ['Hoe werkt schuldhulpverlening bij jullie?', 'nl'],
    ['Mijn pakket is niet bezorgd, wanneer komt het?', 'nl'],
    ['Is your company going bankrupt?', 'en'],
    ['How do I change my email address?', 'en'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});
