/**
 * An app account with a wallet and stored cards used by someone else (src/escalation/lang/orders-and-wallet.ts: a
 * stranger ordering on it, orders disowned, being shut out, a courier asking to be paid again), and hardship, grief and
 * despair where packs lacked the words (src/escalation/lang/hard-times.ts), in several languages, with near-misses that
 * must stay quiet: questions of permission or of what would happen, and calm payment questions. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);

describe('someone else ordering with the account, card or wallet (orderedIt)', () => {
  it.each([
    ['Iemand bestelt eten met mijn account', 'nl'],
    ['Någon beställer mat från mitt konto', 'sv'],
    ['Někdo objednává jídlo přes můj účet', 'cs'],
    ['Somebody has been ordering takeaway on my account all week', 'en'],
    ['Quelqu\'un passe des commandes avec mon compte depuis hier', 'fr'],
    ['Jemand hat mit meinem Konto bestellt', 'de'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['Can someone else order with my account?', 'en'],
    ['Darf jemand anders mit meinem Konto bestellen?', 'de'],
    ['其他人可以用我的账号下单吗？', 'zh'],
    ['Iemand anders mag ook met mijn account bestellen, kan dat?', 'nl'],
    ['Får någon annan beställa från mitt konto?', 'sv'],
    ["Est-ce que quelqu'un d'autre peut commander avec mon compte ?", 'fr'],
    ['Może ktoś inny zamawiać z mojego konta?', 'pl'],
    ['Que se passe-t-il si quelqu\'un commande avec mon compte ?', 'fr'],
    ['Vad händer om någon beställer från mitt konto?', 'sv'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('orders the customer disowns, shut out, a courier asking to be paid again', () => {
  it.each([
    ['V historii mám objednávky, které jsem neudělal', 'cs'],
    ['تم استخدام بطاقتي في طلبات لم أقم بها', 'ar'],
    ['Mitt kort har använts till beställningar som jag inte gjort', 'sv'],
    ['Mitt lösenord har ändrats och jag kan inte logga in', 'sv'],
    ['لا أستطيع تسجيل الدخول وهناك طلبات إلى عنوان لا أعرفه', 'ar'],
    ["Le livreur m'a fait payer une deuxième fois en liquide", 'fr'],
    ['De bezorger wilde dat ik nog een keer contant betaalde', 'nl'],
    ['Budet ville att jag skulle betala igen kontant', 'sv'],
    ['Kurýr po mně chtěl zaplatit znovu v hotovosti', 'cs'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['Est-ce que je peux payer le livreur en espèces ?', 'fr'],
    ['Kan ik de bezorger contant betalen?', 'nl'],
    ['Kan jag betala budet kontant?', 'sv'],
    ['Můžu kurýrovi zaplatit v hotovosti?', 'cs'],
    ['Jag har inte gjort några beställningar än, hur fungerar det?', 'sv'],
    ['Vad gör jag om jag inte kan logga in?', 'sv'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('hardship, grief and despair (hard-times.ts)', () => {
  it.each([
    ["Je suis à découvert à cause de ce prélèvement, je n'ai plus rien pour manger", 'fr'],
    ['Jsem švorc a nemám na léky', 'cs'],
    ['Jag har inga pengar kvar till mat och hyran', 'sv'],
    ['My grandmother passed and her card is still being charged for your membership', 'en'],
    ['Nejradši bych se zabil', 'cs'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toEqual([]);
  });

  it.each([
    ['Hur fyller jag på plånboken om det inte finns pengar kvar?', 'sv'],
    ['Comment recharger mon portefeuille quand il n\'y a plus rien dessus ?', 'fr'],
    ['Kan ik in termijnen betalen als ik rood sta?', 'nl'],
    ['My grandmother passed her driving test, can she get the new driver discount?', 'en'],
    ['Ce burger est à tomber, je vais me resservir', 'fr'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).toEqual([]);
  });
});

describe('the money at stake was the last, a scam finished with the balance gone (LAST_MONEY, CODE_THEN_GONE)', () => {
  it.each([
    ['Ik zit echt krap, dit geld was voor de boodschappen van mijn kinderen', 'nl'],
    ["Je galère vraiment en ce moment, cet argent c'était pour les courses de la semaine", 'fr'],
    ['Snälla återbetala, det var mina sista pengar till barnens mat', 'sv'],
    ['En falsk kundtjänst ringde och fick mig att ge koden, nu är saldot borta', 'sv'],
    ['واحد اتصل علي يقول انه من الدعم وأخذ الكود ومن بعدها انسرق رصيدي', 'ar'],
    ['Mijn simkaart werkt opeens niet meer en ik krijg meldingen dat er is ingelogd', 'nl'],
    ['Det finns beställningar på mitt konto som inte är mina', 'sv'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toEqual([]);
  });

  it.each([
    ['Kan ik dit geld voor de boodschappen ook in de app zetten?', 'nl'],
    ["Est-ce que cet argent est pour les courses ou pour les repas ?", 'fr'],
    ['Hur ger jag koden till min familj så att de kan beställa?', 'sv'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).toEqual([]);
  });
});

describe('a count of the customer own orders told calmly is not a complaint repeated (loyalCount, OWN_ORDERS)', () => {
  it.each([
    ['This is the third time I order from you this week, do I get a discount?', 'en'],
    ['Ik heb drie keer besteld deze week, krijg ik korting?', 'nl'],
    ['세 번째 주문인데 쿠폰 있나요?', 'ko'],
    ['هذي ثالث مرة أطلب منكم وكل مرة الأكل ممتاز', 'ar'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('frustration');
  });

  it.each([
    ['This is the third time I ordered and it came cold AGAIN, ridiculous', 'en'],
    ['Third time I am asking: where is my refund?', 'en'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('frustration');
  });
});

describe('orders disowned in one phrase, a number moved to another SIM, not affording food (NOT_MY_ORDERS, CANNOT_EAT)', () => {
  it.each([
    ['收到了好几条我没下的订单确认短信', 'zh'],
    ['有人把我的手机号转到了别的SIM卡上', 'zh'],
    ['أحد حول رقمي لشريحة ثانية', 'ar'],
    ['Ma carte SIM a été désactivée sans raison et je ne reçois plus les codes', 'fr'],
    ['我穷得连饭都吃不起了', 'zh'],
    ['ما عندي حق الأكل', 'ar'],
    ['자고 일어나지 않았으면 좋겠어요', 'ko'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toEqual([]);
  });

  it.each([
    ['如果收到我没下的订单怎么办？', 'zh'],
    ['Que faire si ma carte SIM a été désactivée ?', 'fr'],
    ['怎么把号码转到别的SIM卡？', 'zh'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).toEqual([]);
  });
});

describe('despair said through the means at hand, others fine without me, plain food, the same issue many times', () => {
  it.each([
    ['Everything is falling apart and I keep thinking everyone would be fine without me', 'en'],
    ['I have the pills in front of me', 'en'],
    ["I can't even afford bread right now, please help", 'en'],
    ["I've raised this issue multiple times and nothing has changed", 'en'],
    ['Same problem as last week, and the week before', 'en'],
    ['Je vous ai écrit à plusieurs reprises, toujours rien', 'fr'],
    ['Ik heb dit al meerdere keren gemeld', 'nl'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toEqual([]);
  });

  it.each([
    ["I've ordered from you multiple times and love it, is there a loyalty card?", 'en'],
    ['The pizza would be fine without the onions', 'en'],
    ['Can I buy bread and milk through the app?', 'en'],
    ['Is the vitamin pack in front of the pharmacy shelf available for delivery?', 'en'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).toEqual([]);
  });
});

describe('a SIM duplicated by someone, the line cut, a stored card used, no money for food (LINE_AND_CARD, NO_FOOD_LEFT)', () => {
  it.each([
    ['On a fait une duplication de ma carte SIM', 'fr'],
    ['Iemand heeft een duplicaat van mijn simkaart aangevraagd', 'nl'],
    ['有人补办了我的SIM卡', 'zh'],
    ['أحد طلع بدل فاقد لشريحتي', 'ar'],
    ["Ma ligne a été coupée et quelqu'un a reçu mes codes", 'fr'],
    ['أحد يستخدم بطاقتي المحفوظة في التطبيق', 'ar'],
    ['누가 앱에 등록된 제 카드를 쓰고 있어요', 'ko'],
    ['해외에서 제 계정에 로그인했어요', 'ko'],
    ['Ik heb tot het einde van de maand geen eten meer', 'nl'],
    ['我现在经济上真的很惨，求你们退钱', 'zh'],
    ['Ik heb geen kracht meer om te leven', 'nl'],
    ['그냥 잠들어서 다시는 깨고 싶지 않아요', 'ko'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toEqual([]);
  });

  it.each([
    ['Comment obtenir un duplicata de carte SIM ?', 'fr'],
    ['Hoe vraag ik een duplicaat van mijn simkaart aan?', 'nl'],
    ['كيف أطلع بدل فاقد للشريحة؟', 'ar'],
    ['Geen eten meer in huis, wat kan ik vandaag nog bestellen?', 'nl'],
    ['ما عندي اكل في البيت، وش أقرب مطعم يوصل؟', 'ar'],
    ['해외에서 로그인할 수 있나요?', 'ko'],
    ['手头有点紧，有没有优惠券？', 'zh'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).toEqual([]);
  });
});
