import { describe, expect, it } from 'vitest';
import { detectLanguages } from '../../src/escalation/language.js';
import { packsFor } from '../../src/escalation/situations.js';

describe('detectLanguages', () => {
  it.each([
    ['Ich will mein Abo kündigen', 'de'],
    ['Je veux résilier mon abonnement', 'fr'],
    ['quero cancelar minha assinatura', 'pt'],
    ['Ik wil mijn abonnement opzeggen', 'nl'],
    ['Chcę rozwiązać umowę', 'pl'],
    ['Aboneliğimi iptal etmek istiyorum', 'tr'],
    ['Tôi bị mất thẻ', 'vi'],
    ['toi bi mat the roi', 'vi'],
    ['Kartu saya hilang', 'id'],
    ['Хочу расторгнуть договор', 'ru'],
    ['أريد إلغاء الاشتراك', 'ar'],
    ['解約したいです', 'ja'],
    ['我要注销账户', 'zh'],
    ['해지하고 싶어요', 'ko'],
    ['ขอยกเลิกบริการ', 'th'],
  ])('%j is %s first', (text, lang) => {
    expect(detectLanguages(text)[0]).toBe(lang);
  });

  it.each([
    ['У мене вкрали картку, що мені робити?', 'uk'],
    ['Мій акаунт зламали, я не можу увійти', 'uk'],
    ['Ukradli mi kartu, co mám dělat?', 'cs'],
    ['Mi-au furat cardul și nu știu ce să fac', 'ro'],
    ['גנבו לי את הכרטיס', 'he'],
    ['Ellopták a kártyámat, mit tegyek?', 'hu'],
    ['Jeg har mistet mit kort, hvad gør jeg?', 'da'],
    ['Jeg har mistet kortet mitt, hva gjør jeg nå?', 'no'],
    ['Hukkasin korttini, mitä minun pitää tehdä?', 'fi'],
    // Malay is read by the Indonesian pack (./lang/id.ts).
    ['Kad saya hilang, boleh tolong sekat?', 'id'],
    ['Nawala yung card ko, ano po gagawin ko?', 'tl'],
  ])('new pack: %j is %s first', (text, lang) => {
    expect(detectLanguages(text)[0]).toBe(lang);
  });

  it.each([
    ['У меня украли карту, что мне делать?'],
    ['Меня взломали, не могу войти в аккаунт'],
    ['Почему списали деньги?'],
    ['Хочу расторгнуть договор'],
  ])('Russian stays Russian first beside the Ukrainian pack: %j', (text) => {
    expect(detectLanguages(text)[0]).toBe('ru');
  });

  it.each([
    ['Jag har tappat mitt kort, kan ni spärra det?'],
    ['Någon har loggat in på mitt konto'],
    ['Jag vill säga upp mitt abonnemang'],
    ['kortet är borta och jag vet inte vad jag ska göra'],
  ])('Swedish stays Swedish first beside Danish and Norwegian: %j', (text) => {
    expect(detectLanguages(text)[0]).toBe('sv');
  });

  it('returns nothing when nothing points anywhere', () => {
    expect(detectLanguages('agent')).toEqual([]);
    expect(detectLanguages('12345 !!!')).toEqual([]);
  });
});

describe('packsFor', () => {
  it('adds English and the customer language to the guess', () => {
    expect(packsFor('解約したいです', 'ko-KR').map((p) => p.code)).toEqual(['ja', 'ko', 'en']);
  });

  it('runs every Latin-script pack when a Latin-script message gives no clue, and the universal pack for unknown languages', () => {
    const codes = packsFor('phone stolen!!').map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'tr', 'id', 'vi', '*']));
    // Bengali has no pack: English and the universal words. Devanagari now has its own (./lang/hi.ts).
    expect(packsFor('আমার ফোন চুরি হয়ে গেছে').map((p) => p.code)).toEqual(['en', '*']);
    expect(packsFor('मेरा फोन चोरी हो गया').map((p) => p.code)).toEqual(['hi', 'en']);
  });

  it('serves Norwegian Bokmål and Nynorsk customers with the Norwegian pack', () => {
    expect(packsFor('ok', 'nb-NO').map((p) => p.code)).toContain('no');
    expect(packsFor('ok', 'nn').map((p) => p.code)).toContain('no');
  });

  it('serves Malay customers with the Indonesian pack, which lists the Malay words', () => {
    expect(packsFor('ok', 'ms-MY').map((p) => p.code)).toContain('id');
  });
});
