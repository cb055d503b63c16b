/**
 * Round 13b (src/escalation/lang/consent-and-tricks.ts): money taken or a product added without consent, a scam's bait
 * followed after believing it genuine, the company's staff impersonated, and money trouble told plainly, in several
 * languages; with near-misses that must stay quiet (questions, deleted scam messages, asking for a standing permission,
 * instalments asked calmly). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);

describe('a product added or a payment changed without consent (switchedOn / neverAgreed)', () => {
  it.each([
    ['ni har höjt mitt autogiro utan att fråga mig', 'sv'],
    ['αυξήσατε την πάγια εντολή χωρίς να με ρωτήσετε', 'el'],
    ['Sie haben meinen Abschlag ohne meine Zustimmung erhöht', 'de'],
    ['zonder toestemming mijn termijnbedrag verhoogd', 'nl'],
    ['подключили услугу без моего согласия', 'ru'],
    ['bana sormadan ek paket eklemişsiniz', 'tr'],
    ['you added an insurance to my plan without my consent', 'en'],
    ['jag har fått en faktura för en tjänst jag aldrig beställt', 'sv'],
    ['μου χρεώσατε μια υπηρεσία που δεν ζήτησα ποτέ', 'el'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['Kan ni höja mitt autogiro utan att fråga mig varje gång?', 'sv'],
    ['can you increase my direct debit without asking me every month?', 'en'],
    ['¿Pueden cambiarme la domiciliación sin preguntarme cada vez?', 'es'],
    ['Μπορείτε να αυξήσετε την πάγια εντολή χωρίς να με ρωτάτε κάθε φορά;', 'el'],
    ['Vilket datum dras autogirot?', 'sv'],
    ['Πότε τραβάτε την πάγια εντολή;', 'el'],
    ['Коли списується автоплатіж?', 'uk'],
    ['Ich möchte meinen Abschlag erhöhen, wie geht das?', 'de'],
    ['Jag har aldrig beställt hos er förut, hur fungerar fakturan?', 'sv'],
    ['I never wanted the paper bill, can you switch me to email?', 'en'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('a scam believed genuine and acted on (the mistaken guard does not apply to the customer\'s acts)', () => {
  it.each([
    ['택배 문자인 줄 알고 링크 눌러서 카드번호를 입력했어요', 'ko'],
    ['我以为是你们发的短信，就点了链接输入了银行卡号', 'zh'],
    ['Μου ήρθε ένα sms ότι θα μου κόψουν το ρεύμα, πάτησα το link και έβαλα τα στοιχεία της κάρτας μου', 'el'],
    ['έβαλα τους κωδικούς μου σε μια σελίδα που έμοιαζε με τη δική σας', 'el'],
    ['πήρα email για επιστροφή χρημάτων, συμπλήρωσα τα στοιχεία της κάρτας και μετά μου έφυγαν 400 ευρώ', 'el'],
    ['Jag fick ett sms om en återbetalning och fyllde i mina kortuppgifter', 'sv'],
    ['отримала лист про повернення коштів, заповнила дані картки, а потім з неї зняли гроші', 'uk'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['我以为有人盗刷了我的卡，原来是我老婆买的', 'zh'],
    ['Πάτησα το link για την πληρωμή αλλά δεν φορτώνει', 'el'],
    ['Μου ήρθε ένα ύποπτο sms αλλά δεν πάτησα τίποτα', 'el'],
    ['Jag klickade på länken i ert mejl men sidan laddar inte', 'sv'],
    ['Hur känner jag igen bluffsms?', 'sv'],
    ['Як розпізнати шахрайське повідомлення?', 'uk'],
    ['Я оплатив за посиланням, але гроші ще не зарахувались', 'uk'],
    ['I got a suspicious email but deleted it', 'en'],
    ['how do I recognise phishing?', 'en'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('the company or its staff impersonated (fakeParty)', () => {
  it.each([
    ['someone is pretending to be your company and going door to door asking for payment', 'en'],
    ['До мене приходив чоловік, назвався вашим працівником і взяв гроші за перевірку лічильника', 'uk'],
    ['un faux technicien est venu chez moi et m\'a fait payer 90 euros', 'fr'],
    ['alguien se hizo pasar por técnico de la compañía y me cobró 80 euros', 'es'],
    ['en falsk tekniker var här och tog betalt kontant', 'sv'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['how do I know if someone claiming to be from you is genuine?', 'en'],
    ['Comment savoir si un technicien vient vraiment de chez vous ?', 'fr'],
    ['Як перевірити, що майстер справді від вас?', 'uk'],
    ['Πώς ξέρω αν ο τεχνικός είναι πραγματικά από την εταιρεία σας;', 'el'],
    // Pretending or posing without the company or its staff named is everyday speech.
    ["we're throwing a costume party, I'm posing as a pirate. can I change the delivery date?", 'en'],
    ['my little one keeps pretending to be a cat on the call, sorry! can you resend the invoice?', 'en'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('money trouble told plainly (hardship, distress)', () => {
  it.each([
    ['jag är skuldsatt upp till öronen och vet inte vad jag ska göra', 'sv'],
    ['blev uppsagd och pengarna räcker inte till räkningarna', 'sv'],
    ['δεν έχω να πληρώσω τον λογαριασμό αυτό τον μήνα', 'el'],
    ['не маю чим платити за світло цього місяця', 'uk'],
    ["I can't afford to top up the meter, we've been sitting in the cold", 'en'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('vulnerable');
  });

  it.each([
    ['can I pay in instalments?', 'en'],
    ['Kan jag dela upp betalningen?', 'sv'],
    ['Μπορώ να πληρώσω σε δόσεις;', 'el'],
    ['Чи можна оплатити частинами?', 'uk'],
    ["we've been sitting in the dark since the power cut, when will it be back?", 'en'],
    ["I can't top up, the app keeps crashing", 'en'],
    ['jag har fått nytt jobb, kan jag ändra betaldatum?', 'sv'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('vulnerable');
  });
});

describe('Swedish "om" after a message is "about", not "if" (notHypothetical)', () => {
  it('an sms about a refund, then card details given', () => {
    expect(situations('Jag fick ett sms om en återbetalning och fyllde i mina kortuppgifter', 'sv')).toContain('security');
  });
  it('still a condition when it opens the clause', () => {
    expect(situations('Om jag får ett sms och fyller i mina kortuppgifter, vad händer då?', 'sv')).not.toContain('security');
  });
});
