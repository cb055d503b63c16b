/**
 * Hardship, grief and despair where a pack lacked the words, and waiting in vain told in one message: one table per
 * mechanism, every language side by side (merged into each pack's concepts in ./index.ts; the frames are in
 * ../situations.ts). Words are general knowledge of how customers of an app with a wallet and stored cards write when
 * money runs out ("nemám peníze ani na jídlo", "jag har inga pengar kvar till mat", "je n'ai plus rien pour manger"),
 * when someone died, or when they no longer want to live.
 *
 *  - `noMoney` + `necessity` (+ `needMoney`): the customer's own lack and what a life needs, for packs without them
 *    (Swedish, Czech, Ukrainian), and French "plus rien" forms.
 *  - `unable` + `payVerb`: not able to pay, for Swedish.
 *  - `hardshipWeak`: an overdraft or a balance in the red, which with distress is hardship ("I'm overdrawn and desperate").
 *  - `died`: "passed" told without "away" before the rest of the sentence ("my grandmother passed and her card …").
 *  - `selfHarm`: first-person wishes to die or kill oneself in conditional forms the packs lacked.
 *  - `needMoney`: the customer's last money, or money meant for living ("cet argent c'était pour les courses").
 *  - `awaitReply`, `longTime`, `everyTime`, `differentAnswer`: waiting long or told something different each time (Swedish; Chinese "又是").
 */
import type { ConceptTable } from './types.js';

/** The customer's own lack and what a life needs, where a pack had none. */
export const NOTHING_LEFT: Readonly<Record<string, ConceptTable>> = {
  sv: {
    noMoney: ['inga pengar', 'inga pengar kvar', 'har inga pengar', 'har inte pengar', 'inte ens pengar', 'inte rad', 'har inte rad', 'inte en krona', 'inget kvar', 'ingenting kvar', 'pank', 'luspank'],
    necessity: ['till mat', 'mat', 'att ata', 'hyran', 'hyra', 'min hyra', 'mediciner', 'medicin', 'mina barn', 'barnen', 'rakningar', 'elen'],
    needMoney: ['jag behover pengarna', 'jag behover de pengarna', 'de pengarna var till', 'pengarna var till', 'det var mina pengar till'],
  },
  cs: {
    noMoney: ['nemám peníze ani na', 'nemám peníze', 'nemám žádné peníze', 'nemám ani korunu', 'ani korunu', 'nemám ani na', 'nemám na', 'nemám z čeho', 'došly mi peníze', 'jsem na nule', 'jsem švorc', 'nezbylo mi nic', 'nic mi nezbylo'],
    necessity: ['ani na jídlo', 'ani na nájem', 'ani na léky', 'ani na chleba', 'jídlo', 'na jídlo', 'najíst', 'nájem', 'na nájem', 'léky', 'na léky', 'děti', 'pro děti', 'složenky', 'elektřinu'],
    needMoney: ['potřebuji ty peníze', 'potřebuju ty peníze', 'ty peníze byly na', 'to byly peníze na', 'jsou to moje peníze na'],
  },
  uk: {
    noMoney: ['немає грошей', 'нема грошей', 'не маю грошей', 'не вистачає грошей', 'жодної копійки', 'ні копійки', 'нічого не залишилось', 'нічого не лишилось'],
    necessity: ['на їжу', 'їжу', 'поїсти', 'оренду', 'квартплату', 'ліки', 'дітей', 'дітям', 'комуналку'],
    needMoney: ['мені потрібні ці гроші', 'ці гроші були на', 'це гроші на'],
  },
  fr: {
    noMoney: ["je n'ai plus rien", "j'ai plus rien", 'plus rien sur mon compte', 'plus un sou', 'plus un centime', "pas un sou", 'pas un centime', 'plus rien pour'],
    necessity: ['manger', 'pour manger', 'nourrir mes enfants', 'le loyer', 'mon loyer', 'les courses', 'faire les courses', 'mes medicaments'],
  },
  nl: { noMoney: ['geen cent', 'geen geld meer', 'niks meer over', 'niets meer over', 'blut'], necessity: ['eten', 'boodschappen', 'de huur', 'mijn huur', 'medicijnen', 'mijn kinderen'] },
};

/**
 * The money at stake said to be the customer's last, or meant for living ("cet argent c'était pour les courses",
 * "dit geld was voor de boodschappen", "mina sista pengar"): with a necessity named, hardship.
 */
export const LAST_MONEY: Readonly<Record<string, ConceptTable>> = {
  en: { needMoney: ['my last money', 'the last money i had', 'the last of my money', 'all the money i had', 'all the money i have', 'all i had left', 'all i have left'] },
  fr: { needMoney: ["cet argent c'etait pour", 'cet argent etait pour', 'cet argent est pour', "c'etait mon argent pour", "c'etait pour", 'mon dernier argent', 'mes derniers euros', 'mes derniers sous', "tout ce qu'il me restait", "tout ce qui me restait"] },
  nl: { needMoney: ['dit geld was voor', 'dit geld is voor', 'dat geld was bedoeld voor', 'mijn laatste geld', 'mijn laatste centen', 'alles wat ik nog had'] },
  sv: { needMoney: ['mina sista pengar', 'de sista pengarna', 'sista pengarna', 'allt jag hade kvar', 'pengarna skulle rada till'] },
  cs: { needMoney: ['moje poslední peníze', 'poslední peníze', 'všechno co mi zbylo', 'ty peníze jsou na'] },
  ar: { needMoney: ['اخر فلوس', 'اخر فلوسي', 'كل اللي عندي', 'كل ما تبقى لي', 'هذي الفلوس كانت', 'هذا المبلغ كان'] },
  zh: { needMoney: ['最后的钱', '最後的錢', '最后一点钱', '最後一點錢', '仅剩的钱', '僅剩的錢', '全部的钱', '全部的錢'] },
  ko: { needMoney: ['마지막 돈', '남은 돈 전부', '전 재산', '이 돈이 없으면'] },
};

/** Hardship said as not affording food itself ("连饭都吃不起", "ما عندي حق الأكل"). */
export const CANNOT_EAT: Readonly<Record<string, ConceptTable>> = {
  zh: { hardship: ['吃不起饭', '吃不起飯', '连饭都吃不起', '連飯都吃不起', '饭都吃不起', '飯都吃不起', '穷得', '窮得'] },
  ar: { hardship: ['ما عندي حق الاكل', 'ما معي حق الاكل', 'ما عندي حق الاكل', 'ما عندي حق الخبز', 'ما معي حق الخبز'] },
};

/** No money for food, and one's money tight ("geen geld voor eten", "吃不上饭", "手头很紧", "经济上很惨"). */
export const NO_FOOD_LEFT: Readonly<Record<string, ConceptTable>> = {
  // Not "no food in the house" ("geen eten meer in huis", "ما عندي اكل في البيت"): in a food app that is an order coming.
  // Until payday with no food is hardship again: "tot het einde van de maand geen eten meer", "到月底都没饭吃".
  nl: { hardship: ['geen geld voor eten', 'geen geld meer voor eten', 'tot het einde van de maand geen eten', 'tot eind van de maand geen eten'] },
  ar: { hardship: ['ما عندي اكل لاخر الشهر', 'ما عندي اكل لين اخر الشهر', 'ما عندي اكل حتى اخر الشهر'] },
  zh: { hardship: ['吃不上饭', '吃不上飯', '手头很紧', '手頭很緊', '到月底都没饭吃', '到月底我都没饭吃', '到月底沒飯吃', '到月底没饭吃'], finance: ['经济上', '經濟上', '手头', '手頭'], badState: ['很惨', '很慘', '惨', '慘', '很紧', '很緊'] },
};

/** Not able to pay, where a pack had no such pair. */
export const CANNOT_PAY: Readonly<Record<string, ConceptTable>> = {
  sv: { unable: ['kan inte', 'klarar inte', 'har inte rad att', 'kommer inte kunna', 'kan inte langre'], payVerb: ['betala', 'rakningen', 'rakningarna', 'hyran', 'avbetalningen', 'lanet'] },
};

/** An overdraft or a balance in the red: hardship when said with distress. */
export const IN_THE_RED: Readonly<Record<string, ConceptTable>> = {
  en: { hardshipWeak: ['overdrawn', 'in my overdraft', 'into my overdraft', 'over my overdraft', 'in the red', 'negative balance', 'my account is empty', 'my account is at zero', 'until payday', 'till payday', 'before payday'] },
  nl: { hardshipWeak: ['rood staan', 'sta rood', 'sta ik rood', 'in het rood', 'roodstand', 'rekening is leeg'] },
  sv: { hardshipWeak: ['overtrasserat', 'overtrassera', 'minus pa kontot', 'kontot ar tomt', 'tills lonen kommer', 'fram till lon'] },
  cs: { hardshipWeak: ['v mínusu', 'přečerpaný účet', 'přečerpal jsem', 'přečerpala jsem', 'prázdný účet', 'do výplaty'] },
  ar: { hardshipWeak: ['رصيدي صفر', 'حسابي فاضي', 'حسابي بالسالب', 'رصيد سالب', 'لين الراتب', 'حتى الراتب'] },
  zh: { hardshipWeak: ['透支', '余额不足', '餘額不足', '卡里没钱', '卡裡沒錢', '月光', '等发工资', '等發工資'] },
  ko: { hardshipWeak: ['마이너스 통장', '잔고가 마이너스', '통장이 비었', '통장 잔고가 없', '월급날까지'] },
};

/** Hardship said as not affording the plainest food ("I can't even afford bread"): necessities the lists lacked. */
export const PLAIN_FOOD: Readonly<Record<string, ConceptTable>> = {
  en: { necessity: ['bread', 'milk', 'a meal', 'one meal', 'baby food', 'food for my baby', 'heating', 'my bills', 'the bills'] },
};

/** "passed" told without "away", ended by what follows it rather than an object ("my grandmother passed and …"). */
export const PASSED: Readonly<Record<string, ConceptTable>> = {
  en: { died: ['passed and', 'passed so', 'passed but', 'passed a while ago', 'passed over the summer', 'passed over christmas', 'passed at the weekend', 'passed a couple of'] },
};

/** First-person wishes to die or kill oneself, in conditional and future forms the packs lacked. */
export const WANT_TO_DIE: Readonly<Record<string, ConceptTable>> = {
  // the means at hand, said now ("I have the pills in front of me", "standing on the ledge"); others fine without the customer
  en: { selfHarm: ['the pills in front of me', 'pills in front of me', 'have the pills ready', 'got the pills ready', 'saved up my pills', 'saving up my pills', 'took all my pills', 'took all the pills', 'swallowed all my pills', 'standing on the ledge', 'on the ledge right now', 'standing on the edge of the bridge', 'standing on a bridge', 'standing on the bridge'], betterOff: ['would be fine', 'would be okay', 'would be ok', 'would be alright', 'would be just fine', 'be fine', 'manage fine'] },
  cs: { selfHarm: ['bych se zabil', 'bych se zabila', 'se zabiju', 'zabiju se', 'se zabít', 'chci se zabít', 'skoncuju to', 'skoncovat se životem', 'skoncovat to', 'nechci tu být', 'nechci už tu být', 'už nechci být naživu'] },
  sv: { selfHarm: ['ta livet av mig', 'tar livet av mig', 'jag vill inte finnas', 'jag vill do', 'vill bara do', 'vill inte vara med langre', 'avsluta mitt liv', 'gora slut pa allt', 'gora slut pa mitt liv'] },
  nl: { selfHarm: ['geen kracht meer om te leven', 'geen zin meer om te leven', 'geen energie meer om te leven', 'wil er niet meer zijn', 'wil niet meer leven', 'wil dood', 'ik wil dood', 'er een einde aan maken', 'een eind aan maken', 'zie het niet meer zitten', 'mezelf iets aandoen', 'mezelf van kant maken', 'wil er een eind aan maken'] },
  fr: { selfHarm: ['en finir avec la vie', 'je veux mourir', 'envie de mourir', 'me foutre en l\'air', 'mettre fin a mes jours', 'je vais me tuer', 'envie de me tuer', 'disparaitre pour toujours', 'plus envie d\'etre la'] },
  ar: { selfHarm: ['ما عندي طاقه اعيش', 'ما عندي طاقه للحياه', 'ما عاد عندي طاقه اعيش', 'اريد ان اموت', 'ابي اموت', 'ابغى اموت', 'بدي موت', 'انهي حياتي', 'اقتل نفسي', 'انتحر', 'الانتحار', 'ما ابي اعيش', 'لا اريد ان اعيش', 'تعبت من الحياه', 'مليت من الحياه'] },
  zh: { selfHarm: ['不想活了', '不想活', '活不下去', '想死', '自杀', '自殺', '结束生命', '結束生命', '一了百了', '活着没意思', '活著沒意思', '轻生', '輕生'] },
  ko: { selfHarm: ['다시는 깨고 싶지 않', '깨고 싶지 않', '깨어나고 싶지 않', '다 끝내버릴까', '끝내버릴까', '일어나지 않았으면', '깨어나지 않았으면', '안 깨어났으면', '안 일어났으면', '죽고 싶', '죽고싶', '살고 싶지 않', '살고싶지않', '자살', '목숨을 끊', '사라지고 싶', '사라지고싶', '끝내고 싶'] },
};

/**
 * The same issue raised many times or coming back week after week ("I've raised this multiple times", "same problem as
 * last week"): a count of complaints the lists lacked. A count of the customer's own orders told calmly stays quiet
 * through the 'loyalCount' guard.
 */
export const SAID_MANY_TIMES: Readonly<Record<string, ConceptTable>> = {
  en: { repeatCount: ['multiple times', 'more than once', 'same problem as last week', 'same problem as last time', 'same issue as last week', 'same issue as last time', 'same problem again', 'same issue again', 'and the week before'] },
  fr: { repeatCount: ['a plusieurs reprises', 'maintes fois', 'meme probleme que la semaine derniere', 'encore le meme probleme'] },
  nl: { repeatCount: ['meerdere keren', 'al zo vaak', 'hetzelfde probleem als vorige week', 'weer hetzelfde probleem', 'blijf maar hetzelfde vragen'] },
  zh: { repeatCount: ['好几次了', '说了好多次', '问了好多次', '又是同样的问题', '和上次一样的问题'] },
  ko: { repeatCount: ['몇 번이나', '몇번이나', '여러 번 말씀', '여러번 말씀', '또 같은 문제'] },
  ar: { repeatCount: ['اكثر من مره', 'عده مرات', 'مرات كثيره', 'نفس المشكله مره ثانيه', 'نفس المشكله كل مره'] },
  sv: { repeatCount: ['flera ganger', 'manga ganger', 'samma problem igen', 'samma problem som forra veckan'] },
  cs: { repeatCount: ['opakovaně', 'už několikrát', 'mnohokrát', 'zase stejný problém'] },
};

/** Waiting long for an answer and told something different each time, where a pack had neither. */
export const WAITING_IN_VAIN: Readonly<Record<string, ConceptTable>> = {
  // "又是同样的回复": again the same reply.
  zh: { everyTime: ['又是', '又一次', '一直都是'] },
  sv: {
    awaitReply: ['vantar pa svar', 'vantat pa svar', 'vantar pa ett svar', 'inget svar', 'fatt inget svar', 'har inte fatt svar', 'ingen aterkoppling', 'ingen har svarat', 'ingen hor av sig', 'ingen har hort av sig', 'fortfarande inget svar'],
    longTime: ['veckor', 'manader', 'en vecka', 'en manad', 'tva veckor', 'i veckor', 'i dagar', 'flera dagar', 'sedan forra veckan', 'en evighet', 'evigheter'],
    everyTime: ['varje gang', 'varenda gang', 'alla jag pratar med', 'varje handlaggare'],
    differentAnswer: ['olika svar', 'ett annat svar', 'nagot annat', 'nya ursakter', 'samma ursakt', 'samma standardsvar', 'samma automatiska svar'],
  },
};
