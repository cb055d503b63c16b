/**
 * Round 13 (./lang/dead-lines-and-impostors.ts, ./lang/hi.ts and the chat words of fr, ru, el, tr): a SIM or number
 * gone dead with the codes no longer coming (`line-dead-codes-missing`), someone posing as the company, and the
 * Hindi / Hinglish, French and Russian ways of telling a takeover, a charge, a death, money trouble and self-harm.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';
import { escalatedAs } from '../helpers/escalated-as.js';

/** The security frames that fire (one per situation: another frame may tell the same incident first). */
const security = (text: string, language: string): string[] => detectSituations(text, { language }).filter((h) => h.situation === 'security').map((h) => h.frame);

describe('a dead line and codes that stopped coming', () => {
  it.each([
    ['my number stopped working this morning and I am not getting the codes anymore', 'en'],
    ['mon numero marche plus depuis hier et je recois plus les codes de la banque', 'fr'],
    ['симка перестала работать, и коды не приходят', 'ru'],
    ['sim band ho gayi subah se aur otp nahi aa rahe', 'hi'],
    ['सिम काम नहीं कर रही और ओटीपी नहीं आ रहे', 'hi'],
    ['mijn nummer doet het ineens niet meer en ik krijg geen codes', 'nl'],
    ['η κάρτα sim δεν δουλεύει και δεν μου έρχονται κωδικοί', 'el'],
    ['門號突然不能用，驗證碼都收不到', 'zh'],
  ])('fires: %s', (text, lang) => {
    expect(security(text, lang)).not.toEqual([]);
  });

  it('is the frame that fires when the codes are the only sign', () => {
    expect(security('sim band ho gayi subah se aur otp nahi aa rahe', 'hi')).toEqual(['line-dead-codes-missing']);
  });

  it.each([
    ['the otp is not coming, can you resend it?', 'en'],
    ['otp nahi aa raha, resend kar do please', 'hi'],
    ['no signal here in the basement so the code isnt coming, I will try later', 'en'],
    ['network nahi hai yahan, otp nahi aa raha, thodi der baad try karta hoon', 'hi'],
    ["j'ai change de sim et je recois plus les codes, comment mettre a jour mon numero ?", 'fr'],
    ['коды не приходят, отправьте еще раз', 'ru'],
  ])('does not fire: %s', (text, lang) => {
    // (the older `sim-swap-symptoms` frame reads "no signal" + "code" in the basement sentence as a swap: not this frame's doing)
    expect(security(text, lang)).not.toContain('line-dead-codes-missing');
  });

  it.each([
    ['otp nahi aa raha, resend kar do please', 'hi'],
    ['коды не приходят, отправьте еще раз', 'ru'],
    ['mera number band ho gaya tha recharge nahi kiya, ab otp nahi aa raha, recharge karke try karu?', 'hi'],
    ["je recois plus les codes promo par mail, c'est normal ?", 'fr'],
  ])("codes missing alone, or the customer's own doing, are routine: %s", async (text, lang) => {
    expect(await escalatedAs(text, lang)).toBeNull();
  });
});

describe('someone posing as the company', () => {
  it.each([
    ["quelqu'un se fait passer pour vous et demande des virements", 'fr'],
    ['кто-то звонит от вашего имени и просит деньги', 'ru'],
    ['вчера мне звонили от вашего имени и спрашивали код', 'ru'],
    ['ktos podszywa sie pod was i wysyla smsy', 'pl'],
    ['iemand doet zich voor als jullie en vraagt om betalingen', 'nl'],
    ['κάποιος παριστάνει την εταιρεία σας και ζητάει χρήματα', 'el'],
    ['有人冒充你們的客服打電話要錢', 'zh'],
    ['aapki company ke naam se call karke log paise maang rahe hain', 'hi'],
  ])('fires: %s', (text, lang) => {
    expect(security(text, lang)).toContain('fake-counterparty');
  });

  it.each([
    ['aapki company ke naam se jo email aata hai wo spam mein jata hai', 'hi'],
    ['est-ce que ce mail qui se fait passer pour vous est un faux ?', 'fr'],
    ['от вашего имени пришло письмо с подтверждением брони, это нормально?', 'ru'],
  ])('does not fire: %s', (text, lang) => {
    expect(security(text, lang)).toEqual([]);
  });
});

describe('Hindi and Hinglish as customers type it', () => {
  it.each([
    ['kisi ne mera password change kar diya, ab login nahi ho raha'],
    ['मेरे अकाउंट में किसी ने घुसकर ईमेल बदल दिया'],
    ['account mera koi aur chala raha hai'],
    ['koi aur mere account se booking kar raha hai'],
    ['bina meri marzi ke subscription ka paisa kaat liya'],
    ['मैंने ये पेमेंट नहीं किया, फिर भी पैसे कट गए'],
    ['meri sim kisi ne duplicate nikalwa li'],
    ['meri maa nahi rahi pichle hafte, unka account band karna hai'],
    ['naukri se nikal diya company ne, ab emi nahi bhar paunga'],
    ['pet bharne ke paise nahi hain'],
    ['mujhe mar jana chahiye'],
    ['mujhe ab zinda nahi rehna'],
    ['aap log adalat mein jawab dena'],
    ['kisi asli aadmi se baat karao yaar'],
  ])('escalates: %s', async (text) => {
    expect(await escalatedAs(text, 'hi')).not.toBeNull();
  });

  it.each([
    ['kya koi aur mere account se booking kar sakta hai? wife ke liye'],
    ['maine password change kar diya, ho gaya thanks'],
    ['mera number change ho gaya hai, naya number add karna hai'],
    ['meri maa ke liye wheelchair chahiye airport pe'],
    ['bhai seat available nahi rahi kya?'],
    ['hasi se mar jaunga ye offer dekh ke'],
    ['kisi ne galti se meri seat le li, change ho sakta hai?'],
    ['adalat ke paas koi hotel hai kya?'],
  ])('does not escalate: %s', async (text) => {
    expect(await escalatedAs(text, 'hi')).toBeNull();
  });
});

describe('French, Russian, Greek and Turkish chat words', () => {
  it.each([
    ['je suis dans la galere financierement, je peux pas payer', 'fr'],
    ["j'ai plus un rond, je sais plus quoi faire", 'fr'],
    ["j'ai envie de crever, plus la force de vivre", 'fr'],
    ['сперли телефон в метро', 'ru'],
    ['думаю выпилиться', 'ru'],
    ['денег нет совсем, дети голодные', 'ru'],
    ['μου χρέωσαν κάτι που δεν αγόρασα', 'el'],
    ['έγινε χρέωση χωρίς την έγκρισή μου', 'el'],
    ['simkartim iptal edilmis ben yapmadim', 'tr'],
  ])('escalates: %s', async (text, lang) => {
    expect(await escalatedAs(text, lang)).not.toBeNull();
  });

  it.each([
    ['la galere pour trouver le bouton de paiement, il est ou ?', 'fr'],
    ['как защитить телефон, чтобы его не сперли в поездке?', 'ru'],
    ['πώς μπορώ να δω τη χρέωση που έκανα χθες;', 'el'],
    ['sim kartimi nasil degistirebilirim?', 'tr'],
  ])('does not escalate: %s', async (text, lang) => {
    expect(await escalatedAs(text, lang)).toBeNull();
  });
});
