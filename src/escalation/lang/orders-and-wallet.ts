/**
 * An app account that holds a wallet and stored cards, used by someone else: orders placed on it by a stranger, orders
 * the customer disowns, being shut out of it, and the courier who keeps the goods or asks to be paid again outside the
 * app. One table per mechanism, every language side by side (merged into each pack's concepts in ./index.ts; the
 * frames are in ../situations.ts). Words are general knowledge of how customers write, as a report ("someone is
 * ordering on my account", "iemand bestelt met mijn account", "有人用我的账号下单"); a question ("what happens if someone
 * orders on my account?") stays quiet through the frames' question, possibility and condition guards.
 *
 *  - `orderedIt` (new): a verb of ordering or buying said of a third party ("is ordering", "bestelt", "objednává",
 *    "주문하고", "下单"), for someone ordering with the customer's account, card or wallet.
 *  - `orderThing`, `doneAct`, `disownedRef`: orders the customer never placed (the order, then its disowning close after), where a pack lacked the words
 *    ("objednávky, které jsem neudělal", "طلبات لم أقم بها", "注文していません").
 *  - `lockedOut`, `unfamiliar`: shut out of the account and changes the customer does not know (Swedish, Arabic, Polish).
 *  - `carrier`, `keptGoods`, `askedTo`, `offPlatform`: the courier who kept the food, or asked to be paid again in cash.
 */
import type { ConceptTable } from './types.js';

/** A third party ordering or buying: the verb of the `someone-ordered-on-my-account` frames. Never the customer's "I ordered". */
export const ORDERED_IT: Readonly<Record<string, ConceptTable>> = {
  en: { orderedIt: ['is ordering', 'are ordering', 'has been ordering', 'have been ordering', 'keeps ordering', 'keep ordering', 'has ordered', 'have ordered', 'is placing orders', 'are placing orders', 'has placed orders', 'have placed orders', 'has been placing orders', 'placed orders', 'placed an order', 'made orders', 'is buying', 'has been buying', 'ordered food', 'ordered stuff', 'ordered things', 'ordered meals'] },
  de: { orderedIt: ['bestellt', 'bestellen', 'hat bestellt', 'haben bestellt', 'bestellungen aufgegeben', 'bestellungen gemacht', 'eingekauft', 'kauft ein'] },
  es: { orderedIt: ['esta pidiendo', 'estan pidiendo', 'ha pedido', 'han pedido', 'pidio', 'pidieron', 'hizo pedidos', 'hicieron pedidos', 'ha hecho pedidos', 'han hecho pedidos', 'esta haciendo pedidos', 'estan haciendo pedidos'] },
  fr: { orderedIt: ['passe des commandes', 'passent des commandes', 'a passe des commandes', 'ont passe des commandes', 'a passe une commande', 'commande', 'commandent', 'a commande', 'ont commande', 'se fait livrer', 'se font livrer'] },
  pt: { orderedIt: ['esta pedindo', 'estao pedindo', 'pediu', 'pediram', 'fez pedidos', 'fizeram pedidos', 'tem feito pedidos', 'esta fazendo pedidos'] },
  it: { orderedIt: ['sta ordinando', 'stanno ordinando', 'ha ordinato', 'hanno ordinato', 'ordina', 'ordinano', 'ha fatto ordini', 'hanno fatto ordini', 'fa ordini'] },
  nl: { orderedIt: ['bestelt', 'bestellen', 'heeft besteld', 'hebben besteld', 'besteld', 'bestelde', 'bestelden', 'bestellingen geplaatst', 'bestellingen gedaan', 'plaatst bestellingen', 'doet bestellingen'] },
  pl: { orderedIt: ['zamawia', 'zamawiaja', 'zamowil', 'zamowila', 'zamowili', 'sklada zamowienia', 'skladal zamowienia', 'zlozyl zamowienie', 'zlozyl zamowienia'] },
  tr: { orderedIt: ['siparis veriyor', 'siparis vermis', 'siparis verdi', 'siparis verildi', 'siparis verilmis', 'siparis veriliyor', 'siparis vermisler', 'siparis veriyorlar'] },
  ar: { orderedIt: ['يطلب', 'يطلبون', 'طلب اكل', 'طلبوا', 'يسوي طلبات', 'سوى طلبات', 'قام بطلبات', 'يقوم بطلبات', 'اشترى', 'يشتري'] },
  ru: { orderedIt: ['заказывает', 'заказывают', 'заказал', 'заказала', 'заказали', 'делает заказы', 'сделал заказ', 'сделали заказ', 'оформил заказ', 'оформили заказ'] },
  uk: { orderedIt: ['замовляє', 'замовляють', 'замовив', 'замовила', 'замовили', 'робить замовлення', 'зробив замовлення', 'оформив замовлення'] },
  ja: { orderedIt: ['注文して', '注文した', '注文され', '注文を', '勝手に注文', '頼んで', '頼んだ', '購入して', '購入した', '購入され'] },
  zh: { orderedIt: ['下单', '下單', '点外卖', '點外賣', '订餐', '訂餐', '点餐', '點餐', '叫外卖', '叫外賣', '买东西', '買東西', '消费', '消費', '下了单', '下了單'] },
  ko: { orderedIt: ['주문하고', '주문했', '주문을했', '주문을 했', '주문하는', '주문한', '주문이 들어', '주문이들어', '결제하고', '시켜먹', '시켜 먹', '시켰'] },
  th: { orderedIt: ['สั่งอาหาร', 'สั่งของ', 'สั่งซื้อ', 'สั่งไป'] },
  id: { orderedIt: ['memesan', 'pesan makanan', 'order makanan', 'belanja', 'sudah pesan', 'membuat pesanan', 'checkout'] },
  vi: { orderedIt: ['dat do an', 'dat hang', 'dat mon', 'da dat', 'dang dat', 'mua hang', 'order'] },
  sv: { orderedIt: ['bestaller', 'har bestallt', 'bestallde', 'bestallt', 'handlar', 'har handlat', 'handlade', 'gor bestallningar', 'gjort bestallningar'] },
  cs: { orderedIt: ['objednává', 'objednávají', 'objednal', 'objednala', 'objednali', 'udělal objednávk*', 'udělali objednávk*', 'dělá objednávk*', 'nakupuje', 'nakoupil'] },
  da: { orderedIt: ['bestiller', 'har bestilt', 'bestilte', 'bestilt', 'handler', 'har handlet'] },
  no: { orderedIt: ['bestiller', 'har bestilt', 'bestilte', 'bestilt', 'handler', 'har handlet'] },
  fi: { orderedIt: ['tilaa', 'tilannut', 'tilasi', 'tehnyt tilauksia', 'tekee tilauksia', 'ostanut', 'ostaa'] },
  ro: { orderedIt: ['comanda', 'comanda mancare', 'a comandat', 'au comandat', 'plaseaza comenzi', 'a plasat comenzi', 'a facut comenzi', 'au facut comenzi'] },
  hu: { orderedIt: ['rendel', 'rendelt', 'rendelnek', 'rendeltek', 'vasarolt', 'vasarol'] },
  he: { orderedIt: ['מזמין', 'מזמינה', 'מזמינים', 'הזמין', 'הזמינה', 'הזמינו', 'קנה', 'קונה'] },
  tl: { orderedIt: ['umorder', 'nag-order', 'nagorder', 'nag order', 'bumili', 'umo-order', 'nag-oorder', 'nagoorder'] },
};

/** Orders the customer disowns, where a pack lacked the order nouns, the done-act verbs or the disowning said after. */
export const ORDERS_DISOWNED: Readonly<Record<string, ConceptTable>> = {
  nl: { doneAct: ['geplaatst', 'geplaatst heb', 'opgegeven'] },
  sv: { orderThing: ['bestallningarna', 'bestallningar', 'bestallning', 'kopen', 'kopet'], doneAct: ['gjort', 'gjorde', 'lagt', 'bestallt', 'bestallde', 'godkant', 'handlat', 'kopt', 'kopte', 'anvant'], disownedRef: ['det var inte jag', 'inte jag som', 'som jag inte gjort', 'som jag inte har gjort', 'som inte ar mina', 'ar inte mina', 'inte mina', 'som jag aldrig gjort', 'jag har inte gjort det', 'jag har inte bestallt', 'jag har inte handlat', 'jag har inte kopt', 'jag kanner inte igen', 'kanner inte igen dem', 'kanner inte igen den'] },
  cs: { orderThing: ['objednávk*', 'objednávek', 'nákup*'], disownedRef: ['jsem neudělal', 'jsem neudělala', 'jsem neobjednal', 'jsem neobjednala', 'jsem nezadal', 'jsem nezadala', 'jsem neprovedl', 'jsem neprovedla', 'jsem nepovolil', 'jsem nepovolila', 'jsem nekoupil', 'jsem nekoupila', 'nejsou moje', 'nejsou ode mě'] },
  ar: { orderThing: ['طلبات', 'الطلبات', 'مشتريات', 'عمليات شراء'], doneAct: ['اقم بها', 'اقم به', 'اطلبها', 'اطلبه', 'اطلب', 'اشترها', 'اسويها', 'سويتها', 'طلبتها'], disownedRef: ['لم اطلبها', 'ما طلبتها', 'انا ما طلبت', 'لم اطلب شيئا', 'ما طلبت شي', 'ليست طلباتي', 'مو طلباتي', 'مش انا', 'مو انا اللي طلبت', 'لم اقم بها', 'لم اقم به'] },
  ja: { disownedRef: ['注文していません', '注文してません', '注文してない', '注文した覚えがない', '注文した覚えはない', '注文した覚えがありません', '頼んでいません', '頼んでない', '私ではありません', '私じゃない', '身に覚えがない', '身に覚えがありません'] },
  ko: { disownedRef: ['주문한 적 없', '주문한적없', '주문한 적이 없', '주문한적이없', '주문 안 했', '주문안했', '제가 주문한 게 아니', '제가 주문한게 아니', '시킨 적 없', '시킨적없'] },
  zh: { disownedRef: ['不是我下的', '不是我点的', '不是我點的', '我没下过', '我沒下過', '我没有下单', '我沒有下單', '我没点过', '我沒點過', '我根本没点', '我根本沒點', '不是我订的', '不是我訂的'] },
  tr: { disownedRef: ['ben vermedim', 'ben siparis vermedim', 'ben yapmadim', 'benim degil', 'ben almadim'] },
  th: { disownedRef: ['ไม่ได้สั่ง', 'ฉันไม่ได้สั่ง', 'ผมไม่ได้สั่ง', 'ไม่ใช่ของฉัน', 'ไม่ใช่ผมสั่ง'] },
  vi: { orderThing: ['don hang', 'cac don', 'nhung don'], disownedRef: ['toi khong dat', 'em khong dat', 'minh khong dat', 'khong phai toi dat', 'khong phai em dat'] },
};

/** Shut out of the account, and changes or activity the customer does not know, where a pack lacked them. */
export const SHUT_OUT: Readonly<Record<string, ConceptTable>> = {
  sv: {
    lockedOut: ['kan inte logga in', 'kan inte logga in langre', 'kommer inte in', 'kommer inte in pa mitt konto', 'kommer inte at mitt konto', 'utelast', 'utloggad', 'loggades ut', 'losenordet fungerar inte', 'losenordet funkar inte', 'losenordet stammer inte'],
    unfamiliar: ['har andrats', 'har blivit andrat', 'har blivit andrad', 'ar andrat', 'ar andrad', 'ar inte mitt', 'ar inte min', 'en adress jag inte kanner', 'en okand adress', 'okanda bestallningar', 'bestallningar jag inte gjort', 'koder jag inte bett om', 'koder som jag inte bett om', 'ett nummer jag inte kanner'],
  },
  ar: {
    lockedOut: ['لا استطيع تسجيل الدخول', 'ما اقدر ادخل', 'ما اقدر اسجل دخول', 'لا اقدر الدخول', 'لا يمكنني الدخول', 'لا استطيع الدخول', 'مش قادر ادخل', 'مو قادر ادخل', 'تم قفل حسابي', 'انقفل حسابي', 'طلعني من الحساب', 'كلمه المرور لا تعمل', 'كلمه السر ما تشتغل', 'الباسورد ما يشتغل'],
    unfamiliar: ['عنوان لا اعرفه', 'عنوان ما اعرفه', 'عنوان غريب', 'رقم لا اعرفه', 'رقم غريب', 'ايميل لا اعرفه', 'ايميل غريب', 'طلبات لا اعرفها', 'طلبات غريبه', 'طلبات لم اقم بها', 'تم تغيير', 'تغير الايميل', 'تغيرت كلمه المرور', 'ليس رقمي', 'ليس ايميلي'],
  },
  pl: {
    lockedOut: ['nie moge sie zalogowac', 'nie moge zalogowac', 'nie da sie zalogowac', 'nie mam dostepu do konta', 'stracilem dostep', 'stracilam dostep', 'wylogowalo mnie', 'haslo nie dziala', 'zablokowane konto'],
    unfamiliar: ['zostal zmieniony', 'zostalo zmienione', 'zostala zmieniona', 'nieznany adres', 'obcy adres', 'adres ktorego nie znam', 'zamowienia ktorych nie', 'nie moj numer', 'nie moj email', 'kody o ktore nie prosilem', 'kody o ktore nie prosilam'],
  },
};

/** The courier who kept the food, and asks to be paid again or outside the app, where a pack lacked them. */
export const COURIER: Readonly<Record<string, ConceptTable>> = {
  de: { carrier: ['der fahrer', 'der kurier', 'der lieferant', 'der bote', 'der fahrradkurier', 'der lieferfahrer'], keptGoods: ['mein essen behalten', 'meine bestellung behalten', 'mein essen gestohlen', 'meine bestellung gestohlen', 'mein essen gegessen', 'mein paket behalten', 'mein paket gestohlen'] },
  es: { carrier: ['el repartidor', 'la repartidora', 'el conductor', 'el rider', 'el mensajero'], keptGoods: ['se quedo con mi pedido', 'se quedo mi pedido', 'se comio mi comida', 'se comio mi pedido', 'robo mi pedido', 'me robo el pedido', 'se llevo mi pedido', 'se quedo con mi comida'] },
  fr: { carrier: ['le livreur', 'la livreuse', 'le coursier', 'le chauffeur', 'votre livreur'], keptGoods: ['a garde ma commande', 'a garde mon repas', 'a mange ma commande', 'a mange mon repas', 'a vole ma commande', 'a vole mon repas', 'est reparti avec ma commande', 'est parti avec ma commande'] },
  pt: { carrier: ['o entregador', 'a entregadora', 'o motoboy', 'o motorista', 'o estafeta'], keptGoods: ['ficou com meu pedido', 'ficou com o meu pedido', 'comeu meu pedido', 'comeu a minha comida', 'roubou meu pedido', 'roubou o meu pedido', 'levou meu pedido'] },
  it: { carrier: ['il rider', 'il fattorino', 'il corriere', "l'autista"], keptGoods: ['ha tenuto il mio ordine', 'si e tenuto il mio ordine', 'ha mangiato il mio', 'ha rubato il mio ordine', 'se ne e andato con il mio ordine'] },
  nl: { carrier: ['de bezorger', 'de koerier', 'de chauffeur', 'de fietskoerier', 'jullie bezorger'], keptGoods: ['mijn eten gehouden', 'mijn bestelling gehouden', 'mijn eten gestolen', 'mijn bestelling gestolen', 'mijn eten opgegeten', 'mijn bestelling meegenomen', 'mijn eten meegenomen'] },
  pl: { carrier: ['kurier', 'dostawca', 'kierowca'], keptGoods: ['zatrzymal moje zamowienie', 'ukradl moje zamowienie', 'zjadl moje jedzenie', 'zabral moje zamowienie', 'ukradl moje jedzenie'] },
  tr: { carrier: ['kurye', 'kuryeniz', 'motorcu', 'teslimatci', 'sofor'], keptGoods: ['siparisimi caldi', 'siparisimi yedi', 'yemegimi yedi', 'siparisimi aldi gitti', 'siparisimi getirmedi teslim edildi'] },
  ar: { carrier: ['المندوب', 'السائق', 'عامل التوصيل', 'الدليفري', 'الموصل'], keptGoods: ['سرق طلبي', 'اكل طلبي', 'اخذ طلبي', 'احتفظ بطلبي', 'سرق الطلب', 'اكل الاكل'], askedTo: ['طلب مني', 'طلب مني ان', 'قال لي ادفع', 'يبغاني ادفع', 'اجبرني', 'اصر'], offPlatform: ['مره ثانيه', 'مره ثانيه كاش', 'مره اخرى', 'ادفع مرتين'] },
  ru: { carrier: ['курьер', 'водитель', 'доставщик'], keptGoods: ['украл мой заказ', 'съел мой заказ', 'забрал мой заказ', 'оставил себе мой заказ', 'не отдал заказ'] },
  uk: { carrier: ['кур\'єр', 'курєр', 'водій'], keptGoods: ['вкрав моє замовлення', 'з\'їв моє замовлення', 'забрав моє замовлення'], askedTo: ['попросив мене', 'вимагав', 'сказав заплатити', 'змусив мене'], offPlatform: ['готівкою', 'ще раз', 'повторно', 'напряму', 'на його картку', 'на свою картку'] },
  ja: { carrier: ['配達員', '配達の人', 'ドライバー', '配達パートナー'], keptGoods: ['料理を持ち帰', '商品を持ち帰', '食べられた', '盗まれた注文', '注文を盗'] },
  zh: { carrier: ['骑手', '騎手', '外卖员', '外賣員', '送餐员', '送餐員', '快递员', '快遞員', '司机', '司機'], keptGoods: ['偷吃', '吃了我的', '偷了我的外卖', '偷了我的外賣', '拿走了我的外卖', '没送就点了送达', '沒送就點了送達'], askedTo: ['让我', '讓我', '要我', '叫我'], offPlatform: ['再付', '现金', '現金', '微信转账', '微信轉賬', '私下', '线下付', '線下付'] },
  ko: { carrier: ['배달원', '라이더', '기사님', '배달기사', '배달 기사'], keptGoods: ['음식을 먹었', '음식을 가져갔', '주문을 가져갔', '빼먹', '음식을 훔쳐'], askedTo: ['달라고', '하라고', '요구했', '요구해'], offPlatform: ['현금으로 다시', '다시 결제', '또 결제', '한번 더 결제', '계좌로'] },
  th: { carrier: ['ไรเดอร์', 'คนส่งอาหาร', 'คนขับ', 'พนักงานส่ง'], keptGoods: ['กินอาหารของฉัน', 'ขโมยอาหาร', 'เอาอาหารไป'] },
  id: { carrier: ['driver', 'kurir', 'abang ojol', 'ojol'], keptGoods: ['makan pesanan saya', 'mencuri pesanan', 'membawa kabur pesanan', 'pesanan saya dibawa'] },
  vi: { carrier: ['tai xe', 'shipper', 'nguoi giao hang'], keptGoods: ['an do an cua toi', 'lay do an cua toi', 'an mat don'] },
  sv: { carrier: ['budet', 'budbilen', 'kuriren', 'foraren', 'budbararen'], keptGoods: ['behollt min mat', 'behollt min bestallning', 'stal min mat', 'stal min bestallning', 'at upp min mat', 'tog min mat'], askedTo: ['bad mig', 'ville att jag', 'sa att jag skulle', 'sa at mig att', 'kravde', 'tvingade mig att'], offPlatform: ['betala igen', 'betala en gang till', 'betala kontant igen', 'kontant igen', 'igen kontant', 'direkt till honom', 'till hans konto', 'via swish', 'swisha'] },
  cs: { askedTo: ['chtěl po mně', 'chtěla po mně', 'po mně chtěl', 'po mně chtěla', 'řekl mi ať', 'řekl ať', 'nutil mě', 'požadoval', 'požádal mě'], offPlatform: ['znovu v hotovosti', 'v hotovosti znovu', 'zaplatit znovu', 'zaplatit ještě jednou', 'zaplatit ještě jednou v hotovosti', 'přímo jemu', 'na jeho účet', 'mimo aplikaci'] },
};

/** Paying again in cash or outside the app, for packs whose list lacked the "again" forms. */
export const PAY_AGAIN: Readonly<Record<string, ConceptTable>> = {
  fr: { askedTo: ["m'a fait payer", "m'a demande de payer", "voulait que je paie", "voulait que je paye", 'a exige', 'exigeait'], offPlatform: ['une deuxieme fois en liquide', 'une deuxieme fois en especes', 'une seconde fois', 'une deuxieme fois', 'encore une fois en liquide', 'encore en especes', 'de nouveau'] },
  nl: { askedTo: ['wilde dat ik', 'vroeg mij', 'vroeg me', 'eiste', 'liet me', 'zei dat ik moest'], offPlatform: ['nog een keer contant', 'nog een keer', 'nogmaals', 'opnieuw betalen', 'contant betaalde', 'contant betalen', 'met tikkie', 'een tikkie'] },
};

/**
 * A scam's last steps where a pack lacked them: the code handed over on a caller's word and the balance gone after
 * ("fick mig att ge koden, nu är saldot borta", "أخذ الكود ومن بعدها انسرق رصيدي"), and the line that went dead
 * ("simkaart werkt opeens niet meer").
 */
export const CODE_THEN_GONE: Readonly<Record<string, ConceptTable>> = {
  sv: { gaveAway: ['ge koden', 'ge dem koden', 'ge honom koden', 'ge henne koden', 'lamna ut', 'uppge koden', 'lasa upp koden'], askedTo: ['fick mig att', 'bad mig', 'ville att jag'], aftermath: ['saldot ar borta', 'pengarna ar borta', 'kontot ar tomt', 'kan inte logga in', 'nu ar allt borta'] },
  ar: { scamContext: ['يقول انه من', 'قال انه من', 'يدعي انه', 'ادعى انه', 'انتحل'], gaveAway: ['اخذ الكود', 'اخذ الرمز', 'عطيته الكود', 'عطيته الرمز', 'قلت له الكود', 'قلت له الرمز'], aftermath: ['انسرق رصيدي', 'انسرقت فلوسي', 'سرقوا رصيدي', 'راح رصيدي', 'انسرق'], vanished: ['انسرق*'] },
  nl: { signalLost: ['werkt opeens niet meer', 'simkaart werkt opeens niet meer', 'opeens geen bereik', 'plotseling geen bereik', 'sim doet het niet meer'] },
};

/**
 * The customer's own ordering, for a repeat count that counts orders ("the third time I order this week", "drie keer
 * besteld", "세 번째 주문인데"): told calmly, that is loyalty, not a complaint said again.
 */
export const OWN_ORDERS: Readonly<Record<string, ConceptTable>> = {
  en: { placedOrder: ['i order', 'i ordered', "i've ordered", 'i have ordered', "i'm ordering", 'ordering from you', 'ordered from you', 'i use the app', "i've used the app"] },
  de: { placedOrder: ['ich bestelle', 'bestellt', 'bestelle ich', 'habe ich bestellt'] },
  es: { placedOrder: ['que pido', 'he pedido', 'pido con', 'que compro'] },
  fr: { placedOrder: ['je commande', "j'ai commande", 'que je commande', 'commande chez vous'] },
  pt: { placedOrder: ['que peco', 'pedi', 'que compro', 'fiz pedido'] },
  it: { placedOrder: ['che ordino', 'ho ordinato', 'ordino da voi'] },
  nl: { placedOrder: ['besteld', 'bestel', 'ik bestel', 'dat ik bestel'] },
  pl: { placedOrder: ['zamawiam', 'zamowilem', 'zamowilam'] },
  tr: { placedOrder: ['siparis veriyorum', 'siparis verdim', 'siparisim'] },
  ar: { placedOrder: ['اطلب', 'طلبت', 'اطلب منكم', 'طلبي'] },
  ru: { placedOrder: ['заказываю', 'я заказал', 'я заказала'] },
  uk: { placedOrder: ['замовляю', 'я замовив', 'я замовила'] },
  ja: { placedOrder: ['注文', '頼む', '頼んだ'] },
  zh: { placedOrder: ['下单', '下單', '点外卖', '點外賣', '订餐', '訂餐'] },
  ko: { placedOrder: ['주문인데', '주문이에요', '주문이네요', '주문하는', '주문했', '시키는'] },
  sv: { placedOrder: ['bestaller', 'bestallt', 'jag bestaller'] },
  cs: { placedOrder: ['objednávám', 'objednal jsem', 'objednala jsem'] },
  vi: { placedOrder: ['dat hang', 'dat do an', 'dat mon'] },
  id: { placedOrder: ['pesan', 'order'] },
  th: { placedOrder: ['สั่ง'] },
};

/**
 * Orders disowned in one phrase, the relative clause before its noun ("我没下的订单", "제가 하지 않은 주문", "身に覚えのない注文"):
 * a report on its own. And the number moved to another SIM by someone ("أحد حول رقمي لشريحة ثانية", "转到了别的SIM卡").
 */
export const NOT_MY_ORDERS: Readonly<Record<string, ConceptTable>> = {
  zh: { securityStrong: ['我没下的订单', '我沒下的訂單', '没下过的订单', '沒下過的訂單', '我没点的外卖', '我沒點的外賣', '不是我下的订单', '不是我下的訂單', '我没有下过的订单'], swapped: ['转到了别的', '轉到了別的', '转到别的', '轉到別的', '被转走了号码', '号码被转'] },
  ko: { securityStrong: ['제가 하지 않은 주문', '제가 안 한 주문', '주문한 적 없는 주문', '시킨 적 없는 주문'] },
  ja: { securityStrong: ['身に覚えのない注文', '頼んでいない注文', '注文していない注文', '私が注文していない'] },
  ar: { swapped: ['حول رقمي', 'حولوا رقمي', 'نقل رقمي', 'نقلوا رقمي', 'رقمي انتقل'] },
  fr: { swapped: ['desactivee sans raison', 'desactive sans raison', 'a ete desactivee', 'a ete desactive'] },
};

/**
 * A SIM duplicated by someone else (said with a third-person or passive verb: "how do I get a duplicate SIM?" is the
 * customer's own errand) or the line cut, a stored card used, a login from abroad, where the packs lacked the
 * words ("duplicata de ma carte SIM", "补办了我的SIM卡", "يستخدم بطاقتي المحفوظة", "해외에서 제 계정에 로그인했어요").
 */
export const LINE_AND_CARD: Readonly<Record<string, ConceptTable>> = {
  fr: { swapped: ['on a fait une duplication', 'a fait une duplication', 'a fait un duplicata', 'a obtenu un duplicata', 'a ete dupliquee'], signalLost: ['ma ligne a ete coupee', 'ligne a ete coupee', 'ligne coupee', 'ma ligne est coupee'], securityAlert: ['mes codes', 'codes de verification'] },
  nl: { swapped: ['heeft een duplicaat', 'hebben een duplicaat', 'is een duplicaat aangevraagd'], signalLost: ['mijn lijn is afgesloten', 'lijn is afgesloten', 'lijn afgesloten', 'mijn nummer is afgesloten'], securityAlert: ['mijn codes', 'sms-code'] },
  ar: { swapped: ['طلع بدل فاقد', 'طلعوا بدل فاقد', 'استخرج بدل فاقد', 'سوا بدل فاقد'], signalLost: ['خطي انقطع', 'انقطع خطي', 'الخط انقطع', 'رقمي انقطع'], securityAlert: ['الاكواد', 'اكوادي'], accessed: ['يستخدم', 'استخدم', 'يستعمل', 'استعمل'], hacked: ['تهكر', 'انهكر', 'اتهكر'], vanished: ['انصرف', 'انصرفت'] },
  zh: { swapped: ['有人补办', '有人補辦', '被补办', '被補辦', '被人补办', '別人補辦', '别人补办'], signalLost: ['号码被停', '號碼被停', '我的号码被停了', '手机号被停', '手機號被停'] },
  ko: { swapped: ['누가 제 유심을 재발급', '누가 유심을 재발급', '누군가 유심을 재발급', '재발급됐', '재발급되었', '재발급해 갔'], signalLost: ['번호가 끊기', '번호가 끊겼', '번호가 정지', '회선이 끊'], accessed: ['쓰고 있', '쓰고있', '사용하고 있', '사용하고있', '결제하고 있'], securityStrong: ['해외에서 제 계정에 로그인', '해외에서 로그인했', '해외 로그인 기록', '모르는 기기에서 로그인했'], legalStrong: ['변호사 만나러', '변호사를 만나러', '변호사랑 상담', '변호사와 상담'] },
};
