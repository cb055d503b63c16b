/**
 * Money trouble told as the customer's own lack, one table for every language so the words can be compared side by
 * side (merged into each pack's concepts in ./index.ts; the frames are in ../situations.ts):
 *
 *  - `noMoney` (I have no money, I can't afford, not even the money) + `necessity` (to eat, food, rent, medicine, to
 *    feed or keep my family), in one sentence: "I don't have money even to eat", "no tengo dinero ni para comer",
 *    "连吃饭的钱都没有", "食べるお金もない", "yiyecek alacak param yok". Lacking the money for what a life needs is
 *    hardship by itself, distress or not. `noMoney` with distress anywhere ("I've got no money left, I'm scared") is
 *    hardship too (the `hardship-distress` frame).
 *  - `hardship` gains the livelihood lost: "I can't support my family", "no tengo cómo mantener a mi familia",
 *    "ailemi geçindiremiyorum", "家族を養えない" — the breadwinner's own words, not a question about fees.
 *  - `hardshipWeak` / `distress` gain debt owed and fear said the way each language bends it ("欠了很多债",
 *    "bardzo się boję").
 *
 * `noMoney` is first-person lack, never a card or wallet balance ("the card has no funds", "saldo insuficiente" are a
 * payment-method problem), and `necessity` names living, not an order: "to eat", "groceries", not "my food order".
 * Words are general knowledge of how people say it.
 */
import { combine, type ConceptTable } from './types.js';

export const MONEY_TROUBLE: Readonly<Record<string, ConceptTable>> = {
  en: {
    noMoney: ["i have no money", "i've got no money", 'i got no money', "i don't have money", "i don't have any money", "i don't have the money", 'i do not have money', 'i do not have the money', "i don't even have money", "i don't even have the money", 'not even money', 'no money even', 'no money left', 'not a penny', 'not a cent', "can't afford", 'cannot afford', "can't even afford", 'not enough money', "don't have enough"],
    necessity: ['to eat', 'for food', 'buy food', 'groceries', 'my rent', 'the rent', 'pay rent', 'medicine', 'my medication', 'my meds', 'feed my', 'my family', 'my kids', 'my children', 'nappies', 'diapers', 'baby formula', 'school fees', 'electricity'],
    hardship: ["can't support my family", 'cannot support my family', "can't feed my family", "can't provide for my family", 'no way to support my family', 'my only income', 'my only source of income', 'no income at all', 'lost my only income', 'negative balance i can\'t pay', 'drowning in debt', 'buried in debt', 'up to my neck in debt'],
  },
  de: {
    hardshipWeak: ['krankengeld', 'ruinieren mich', 'ruiniert mich', 'einen kredit aufnehmen', 'im ruckstand', 'im minus', 'ins minus'],
    noMoney: ['habe nichts mehr', 'nichts mehr ubrig', 'kaum noch was', 'kaum noch geld', 'kein geld', 'kein geld mehr', 'nicht mal geld', 'nicht einmal geld', 'kann mir nicht', 'kann mir nicht mal', 'kann mir nicht einmal', 'kann mir kein*', 'nicht leisten', 'nicht mehr leisten', 'keinen cent', 'keinen euro', 'pleite'],
    necessity: ['essen', 'lebensmittel', 'einkaufen', 'die miete', 'meine miete', 'medikament*', 'meine familie', 'meine kinder', 'windeln', 'strom'],
    // German puts the object inside the verb bracket ("ich kann DIE RATE nicht bezahlen"): the obligation named with
    // its "nicht" is hardship; a bare "nicht bezahlen" may be a card that fails ("mit dieser Karte nicht bezahlen").
    hardship: [...combine(['die rate', 'die raten', 'meine raten', 'die miete', 'meine miete', 'die rechnungen', 'meine rechnungen', 'den kredit', 'meinen kredit', 'die kreditrate'], ['nicht bezahlen', 'nicht zahlen', 'nicht mehr bezahlen', 'nicht mehr zahlen', 'nicht begleichen']), 'mit der miete im ruckstand', 'mit den raten im ruckstand', 'mit den zahlungen im ruckstand', 'komme mit meinem gehalt nicht', 'komme mit meiner rente nicht', 'gehalt reicht nicht', 'rente reicht nicht', 'lohn reicht nicht', 'geld reicht nicht', 'meine familie nicht ernahren', 'familie nicht mehr ernahren', 'kann meine familie nicht', 'bis zum hals in schulden', 'hoch verschuldet', 'total verschuldet', 'uberschuldet', 'alles verloren und kann'],
  },
  es: {
    noMoney: ['no tengo dinero', 'no tengo plata', 'no tengo ni para', 'ni para comer', 'no me alcanza', 'no alcanza', 'sin dinero', 'sin un peso', 'sin un centavo', 'no tengo como', 'no tengo con que', 'no puedo costear', 'no tengo un peso', 'ni un euro'],
    necessity: ['comer', 'comida', 'el alquiler', 'la renta', 'el arriendo', 'medicina*', 'medicamento*', 'mi familia', 'mis hijos', 'panales', 'la luz', 'la escuela'],
    hardship: ['mantener a mi familia', 'hasta el cuello de deudas', 'lleno de deudas', 'ahogado en deudas', 'ahogada en deudas', 'endeudado', 'endeudada', 'mi unico ingreso', 'sin ningun ingreso', ...combine(['no puedo', 'no podemos', 'no tengo como', 'no tengo con que', 'ya no puedo'], ['mantener a mi familia', 'mantener a mis hijos', 'alimentar a mi familia', 'alimentar a mis hijos', 'dar de comer a mis hijos'])],
    hardshipWeak: ['no tengo como pagar', 'no tengo con que pagar', 'atrasado con los pagos', 'atrasada con los pagos', 'atrasado en los pagos', 'atrasada en los pagos', 'deudas', 'deuda'],
    distress: ['me da mucho miedo', 'me da miedo', 'tengo miedo', 'estoy desesperado', 'estoy desesperada', 'no se que hacer'],
  },
  fr: {
    noMoney: ["je n'ai pas d'argent", "je n'ai plus d'argent", "je n'ai plus un sou", 'pas un sou', 'plus un centime', "pas d'argent", 'pas de quoi', 'plus de quoi', "je n'ai meme pas", "pas les moyens", "plus les moyens"],
    necessity: ['manger', 'nourriture', 'les courses', 'mon loyer', 'le loyer', 'medicament*', 'ma famille', 'mes enfants', 'couches', "l'electricite"],
    hardship: ['nourrir ma famille', 'nourrir mes enfants', 'faire vivre ma famille', 'endette jusqu au cou', 'croule sous les dettes', 'surendette', 'surendettee', ...combine(['je ne peux pas', 'je ne peux plus', "je n'arrive pas a", "je n'arrive plus a"], ['nourrir ma famille', 'nourrir mes enfants', 'faire vivre ma famille'])],
  },
  pt: {
    unable: ['nao vou poder', 'nao poderei'],
    noMoney: ['nao tenho dinheiro', 'sem dinheiro', 'nao tenho nem para', 'nem para comer', 'nem pra comer', 'nao tenho como', 'nao tenho condicoes', 'nao da para', 'nao sobra nada', 'nenhum tostao'],
    necessity: ['comer', 'comida', 'o aluguel', 'o aluguer', 'a renda', 'remedio*', 'medicamento*', 'minha familia', 'meus filhos', 'fraldas', 'a luz'],
    hardship: ['sustentar minha familia', 'sustentar a minha familia', 'sustentar meus filhos', 'endividado', 'endividada', 'afogado em dividas', 'cheio de dividas', 'minha unica renda', ...combine(['nao consigo', 'nao consigo mais', 'nao tenho como', 'nao posso'], ['sustentar minha familia', 'sustentar a minha familia', 'sustentar meus filhos', 'alimentar meus filhos', 'alimentar minha familia'])],
  },
  it: {
    unable: ['non potro', 'non riusciro', 'non potro piu'],
    noMoney: ['non ho soldi', 'non ho i soldi', 'non ho nemmeno i soldi', 'non ho neanche i soldi', 'non ho neppure i soldi', 'senza soldi', 'neanche un euro', 'nemmeno un euro', 'non posso permettermi', 'non mi posso permettere'],
    necessity: ['mangiare', 'cibo', 'la spesa', "l'affitto", 'medicine', 'medicinali', 'farmaci', 'la mia famiglia', 'i miei figli', 'pannolini', 'la luce'],
    hardship: ['mantenere la mia famiglia', 'sfamare la mia famiglia', 'sfamare i miei figli', 'pieno di debiti', 'sommerso dai debiti', 'sommersa dai debiti', 'indebitato', 'indebitata', ...combine(['non riesco a', 'non riesco piu a', 'non posso'], ['mantenere la mia famiglia', 'sfamare la mia famiglia', 'sfamare i miei figli', 'dare da mangiare ai miei figli'])],
  },
  nl: {
    noMoney: ['geen geld', 'geen geld meer', 'niet eens geld', 'geen cent', 'kan niet betalen', 'kan me niet veroorloven'],
    necessity: ['eten', 'boodschappen', 'de huur', 'mijn huur', 'medicijnen', 'mijn gezin', 'mijn kinderen', 'luiers'],
    hardship: ['mijn gezin niet onderhouden', 'diep in de schulden', 'zit in de schulden', 'schulden tot over mijn oren'],
  },
  pl: {
    unable: ['nie bede mial na', 'nie bede miala na', 'nie bede mial z czego', 'nie bede miala z czego'],
    noMoney: ['nie bede mial na', 'nie bede miala na', 'nie mam pieniedzy', 'nie mam nawet na', 'nie mam za co', 'nie stac mnie', 'bez grosza', 'ani grosza', 'nie mam z czego', 'brak pieniedzy'],
    necessity: ['jedzenie', 'na jedzenie', 'jesc', 'zakupy', 'czynsz', 'leki', 'lekarstwa', 'moja rodzine', 'rodziny', 'moje dzieci', 'dzieci', 'pieluchy', 'prad'],
    hardship: ['utrzymac rodzine', 'utrzymac rodziny', 'wyzywic rodzine', 'zadluzon*', 'w dlugach', 'tone w dlugach', 'komornik*', ...combine(['nie moge', 'nie jestem w stanie', 'nie mam za co', 'nie mam z czego'], ['utrzymac rodzine', 'utrzymac rodziny', 'wyzywic rodzine', 'wyzywic dzieci', 'utrzymac dzieci'])],
    distress: ['sie boje', 'bardzo sie boje', 'przerazony', 'przerazona', 'nie wiem co robic'],
  },
  tr: {
    noMoney: ['karsilayamiyorum', 'karsilayamam', 'param yok', 'param bile yok', 'hic param yok', 'bir kurus', 'metelige kurus', 'alacak param', 'odeyecek param', 'gucum yetmiyor'],
    necessity: ['okul masraf*', 'okul parasi', 'yemek', 'yiyecek', 'ekmek', 'kira', 'kirayi', 'ilac', 'ilaclarim', 'ailem', 'ailemi', 'cocuklarim', 'cocuklarimi', 'bebek bezi', 'fatura'],
    hardshipWeak: ['emekliyim', 'emekli maasi', 'emekli maasiyla', 'asgari ucret*', 'tum parami kaybettim', 'butun parami kaybettim', 'gecimini ben sagliyorum', 'evin gecimini', 'kredi karti borc*', 'karsilayamiyorum', 'karsilayamam', 'cok agir geliyor'],
    distress: ['uyuyamiyorum', 'geceleri uyuyamiyorum', 'sokakta kalacagim', 'sokakta kalacagiz'],
    hardship: ['maasim yetmiyor', 'maas yetmiyor', 'emekli maasim yetmiyor', 'evden atilacagim', 'evden atilacagiz', 'evden atilacak', 'ailemi nasil gecindirecegim', 'cocuklarimi nasil doyuracagim', 'ailemi gecindiremiyorum', 'evimi gecindiremiyorum', 'ailemi doyuramiyorum', 'cocuklarimi doyuramiyorum', 'borc batagi*', 'borca batt*', 'borc icinde', 'tek gelirim', 'gelirim yok', 'hic gelirim yok'],
  },
  ar: {
    unable: ['لن أستطيع', 'لن استطيع', 'لن أقدر', 'لن اقدر'],
    noMoney: ['ليس لدي مال', 'ليس معي مال', 'ما عندي فلوس', 'ماعندي فلوس', 'ليس عندي مال', 'لا أملك المال', 'لا املك المال', 'لا أملك مالا', 'ولا قرش', 'حتى لشراء', 'لا أقدر على', 'لا استطيع تحمل'],
    necessity: ['الطعام', 'الأكل', 'الاكل', 'طعام', 'أكل', 'الإيجار', 'الايجار', 'الدواء', 'أدوية', 'عائلتي', 'أطفالي', 'اطفالي', 'الحليب'],
    hardship: ['إعالة عائلتي', 'اعالة عائلتي', 'إطعام أطفالي', 'اطعام اطفالي', 'غارق في الديون', 'غارقة في الديون', 'مديون', 'مديونة', 'ديون كثيرة', ...combine(['لا أستطيع', 'لا استطيع', 'لم أعد أستطيع', 'لم اعد استطيع', 'لا أقدر على', 'لا اقدر على', 'ما اقدر'], ['إعالة عائلتي', 'اعالة عائلتي', 'إطعام أطفالي', 'اطعام اطفالي', 'إطعام عائلتي', 'اطعام عائلتي'])],
  },
  ru: {
    unable: ['не смогу', 'не смогу больше'],
    noMoney: ['нет денег', 'нету денег', 'нет даже денег', 'ни копейки', 'без денег', 'не на что', 'денег нет', 'не могу себе позволить'],
    necessity: ['на еду', 'еда', 'продукты', 'поесть', 'квартиру', 'аренду', 'лекарства', 'семью', 'детей', 'подгузники'],
    hardship: ['прокормить семью', 'прокормить детей', 'содержать семью', 'весь в долгах', 'вся в долгах', 'в долгах', 'по уши в долгах', 'кругом долги', ...combine(['не могу', 'не на что', 'нечем'], ['прокормить семью', 'прокормить детей', 'содержать семью', 'кормить детей'])],
  },
  ja: {
    noMoney: ['お金がない', 'お金がありません', 'お金もない', 'お金もありません', 'お金すらない', 'お金すらありません', '一円もない', 'お金が払えない', '余裕がない', '余裕がありません', '買えない', '買えません'],
    necessity: ['食べる', '食費', '食べ物', 'ご飯', '家賃', '薬', '家族', '子供', '子ども', 'おむつ', 'ミルク', '電気代'],
    hardship: ['家族を養えない', '家族を養えません', '子供を養えない', '生活ができない', '生活ができません', '生活できません', '借金だらけ', '借金まみれ', '多重債務', '収入がない', '収入がなく', '収入がありません', '収入が途絶え', '仕事を失', '失業'],
    // the forms of "can't repay" beside ./ja.ts's 返済できない; a debt said with its repaying (借金が返せない) is hardship told
    unable: ['返せない', '返せません', '返せなく', '払えなく', '支払えなく', '払えそうにない', '払えそうにありません'],
    hardshipWeak: ['借金が返せない', '借金が返せません', '借金を返せない', '借金を返せません', 'ローンが返せない', 'ローンが返せません', 'ローンが払えない', 'ローンが払えません', 'ローンが払えなく', '借金が返せなく'],
    // the polite and kanji forms of "I don't know what to do", beside the plain ones in ./ja.ts
    distress: ['怖いです', 'どうしたらいいかわかりません', 'どうすればいいかわかりません', 'どうしていいかわかりません', 'どうしたらいいか分からない', 'どうしたらいいか分かりません', 'どうすればいいか分からない', 'どうすればいいか分かりません', 'どうしたらいいのかわからない', 'どうしたらいいのかわかりません'],
  },
  zh: {
    noMoney: ['没钱', '沒錢', '没有钱', '沒有錢', '的钱都没有', '的錢都沒有', '的钱都没了', '的錢都沒了', '一分钱都没有', '一分錢都沒有', '买不起', '買不起', '付不起'],
    necessity: ['吃饭', '吃飯', '饭钱', '飯錢', '买菜', '買菜', '房租', '药', '藥', '家人', '孩子', '奶粉', '尿布', '电费', '電費', '学费', '學費'],
    hardship: ['养不起家', '養不起家', '养不起家人', '養不起家人', '养不活', '養不活', '欠了很多债', '欠了很多債', '欠了一堆债', '欠了一堆債', '欠一屁股债', '欠一屁股債', '欠了一屁股', '债台高筑', '債台高築', '负债累累', '負債累累', '没有收入', '沒有收入', '断了收入', '斷了收入', '失业', '失業'],
    hardshipWeak: ['欠债', '欠債', '欠钱', '欠錢', '债', '債'],
    distress: ['好害怕', '很害怕'],
  },
  ko: {
    noMoney: ['돈이 없', '돈도 없', '돈조차 없', '한 푼도 없', '살 돈', '낼 돈이 없', '여유가 없'],
    necessity: ['밥', '먹을', '식비', '월세', '집세', '약값', '가족', '아이들', '애들', '기저귀', '분유'],
    hardship: ['가족을 먹여 살릴 수 없', '생계가 막막', '생활이 안 돼', '생활이 안돼', '빚더미', '빚이 너무 많', '빚에 시달', '수입이 없', '직장을 잃', '실직'],
  },
  th: {
    noMoney: ['ไม่มีเงิน', 'ไม่มีตังค์', 'เงินไม่พอ', 'ไม่มีแม้แต่', 'ไม่มีสักบาท'],
    necessity: ['ซื้อข้าว', 'กินข้าว', 'ค่าอาหาร', 'อาหาร', 'ค่าเช่า', 'ค่ายา', 'ซื้อยา', 'ครอบครัว', 'เลี้ยงลูก', 'ลูกๆ', 'นมลูก', 'ค่าไฟ'],
    hardship: ['เลี้ยงครอบครัวไม่ได้', 'หนี้ท่วม', 'หนี้สินล้นพ้นตัว', 'ไม่มีรายได้', 'ขาดรายได้', 'ตกงาน'],
  },
  id: {
    noMoney: ['tidak punya uang', 'tak punya uang', 'gak punya uang', 'nggak punya uang', 'ga punya uang', 'ngga punya uang', 'tidak ada uang', 'gak ada uang', 'nggak ada uang', 'tidak punya duit', 'gak punya duit', 'gak ada duit', 'sepeser pun', 'tidak sanggup', 'gak sanggup', 'nggak sanggup', 'tidak mampu', 'gak mampu'],
    necessity: ['makan', 'beli makan', 'kontrakan', 'kos', 'sewa', 'obat', 'keluarga', 'anak', 'anak-anak', 'susu anak', 'popok', 'listrik', 'sekolah'],
    hardship: ['menafkahi keluarga', 'menghidupi keluarga', 'menafkahi anak', 'terlilit utang', 'terjerat utang', 'terlilit hutang', 'terjerat hutang', 'terjerat pinjol', 'utang menumpuk', 'hutang menumpuk', 'tidak ada penghasilan', 'gak ada penghasilan', 'tidak punya penghasilan', 'kehilangan pekerjaan', 'di-phk', 'kena phk', ...combine(['tidak bisa', 'gak bisa', 'nggak bisa', 'ga bisa', 'tak bisa', 'tidak mampu', 'tidak sanggup'], ['menafkahi keluarga', 'menghidupi keluarga', 'menafkahi anak', 'memberi makan anak', 'memberi makan keluarga'])],
  },
  vi: {
    noMoney: ['khong co tien', 'khong con tien', 'het tien', 'khong co mot dong', 'khong du tien', 'khong tra noi', 'khong kham noi'],
    necessity: ['de an', 'an uong', 'mua do an', 'mua thuc an', 'mua gao', 'tien an', 'tien nha', 'tien thue nha', 'thuoc', 'gia dinh', 'con toi', 'cac con', 'sua cho con', 'tien dien', 'hoc phi'],
    hardship: ['nuoi gia dinh', 'nuoi con', 'no nan chong chat', 'ngap trong no', 'khong co thu nhap', 'mat thu nhap', 'mat viec', 'that nghiep', ...combine(['khong the', 'khong du', 'khong co tien', 'khong kiem du tien'], ['nuoi gia dinh', 'nuoi con', 'nuoi vo con'])],
  },
  hi: {
    noMoney: ['पैसे नहीं', 'पैसा नहीं', 'एक पैसा नहीं', 'तक के पैसे नहीं', 'पैसे तक नहीं', 'paise nahi', 'paisa nahi'],
    necessity: ['खाने', 'खाना', 'राशन', 'किराया', 'किराए', 'दवा', 'दवाई', 'परिवार', 'बच्चों', 'बच्चे', 'khana', 'kiraya', 'dawai'],
    hardship: ['परिवार पालना', 'कर्ज में डूब', 'कर्ज़ में डूब', 'नौकरी चली गई', 'नौकरी छूट गई', 'कोई कमाई नहीं', 'naukri chali gayi', 'परिवार का पेट नहीं पाल', 'परिवार का पेट नहीं भर'],
    distress: ['डर लग रहा', 'बहुत डर', 'dar lag raha'],
  },
};

/**
 * Not knowing how one WILL pay, said in the future or with "from what" (the customer at a loss over their own money),
 * is hardship by itself (`hardship`): "I don't know how I'll pay the rent", "no sé cómo voy a pagar", "nie wiem, z
 * czego zapłacę", "不知道拿什么还". Only future and "from what" forms: "how do I pay?" asks for the payment method, and
 * in Turkish, Japanese, Korean, Indonesian and Thai the plain "how will I pay" is that question too, so those packs
 * list the form with "I don't know" or "at a loss" in it.
 *
 * Savings or borrowed money gone (`hardshipWeak`, so it needs distress beside it): "I lost all my savings … I'm
 * terrified", "todos mis ahorros", "全部積蓄". Alone it is a trading loss or a complaint, not yet hardship.
 */
export const HOW_WILL_I_PAY: Readonly<Record<string, ConceptTable>> = {
  en: {
    hardship: ['owe money everywhere', 'living on credit cards', 'living off credit cards', 'living on my credit card', 'had to sell my car', 'had to sell my', 'barely making it', 'about to lose my home', 'about to lose my house', 'about to lose my apartment', 'about to lose my flat', 'going to lose my home', 'going to lose my apartment', 'going to lose my flat', 'going to lose my house', "don't know how i'll pay", "don't know how i will pay", "don't know how i'm going to pay", 'do not know how i will pay', "no idea how i'll pay", "no idea how i'm going to pay", "don't know how i'll pay it back", "don't know where i'll get the money", "don't know where to get the money", 'how will i pay the rent', 'how will i pay my rent', 'how will i pay it back', 'how am i going to pay it back'],
    hardshipWeak: ['medical bills', 'hospital bills', "can't keep up", 'cannot keep up', 'bills are piling up', 'bills keep piling up', 'i owe money', 'on a small pension', 'on a pension', 'lost all my savings', 'lost my savings', 'my life savings', 'all my savings', 'all of my savings', 'my savings are gone', 'borrowed money', 'took a loan to', 'took out a loan to'],
    distress: ['on the street', 'out on the street', 'lose my home', 'lose my house', 'lose our home', 'lose the house', 'killing me'],
  },
  de: {
    hardship: ['wie ich die miete zahlen soll', 'wie ich die miete bezahlen soll', 'wie ich die raten zahlen soll', 'wie ich das zuruckzahlen soll', 'wie ich meine rechnungen zahlen soll', 'wovon ich die miete', 'wovon soll ich', 'wovon ich das bezahlen soll', 'wie ich das bezahlen soll'],
    hardshipWeak: ['ersparnisse verloren', 'meine ganzen ersparnisse', 'alle meine ersparnisse', 'alle ersparnisse', 'lebensersparnisse', 'geld geliehen', 'kredit aufgenommen'],
  },
  es: {
    hardship: ['no se como voy a pagar', 'no se con que voy a pagar', 'no se de donde voy a sacar', 'como voy a pagar el alquiler', 'como voy a pagar la renta', 'con que voy a pagar'],
    hardshipWeak: ['todos mis ahorros', 'mis ahorros de toda la vida', 'perdi mis ahorros', 'los ahorros de mi vida', 'pedi un prestamo para', 'pedi dinero prestado'],
  },
  pt: {
    hardship: ['nao sei como vou pagar', 'nao sei de onde vou tirar', 'como vou pagar o aluguel', 'como vou pagar o aluguer', 'com que vou pagar'],
    hardshipWeak: ['todas as minhas economias', 'economias de uma vida', 'perdi minhas economias', 'perdi as minhas poupancas', 'todas as minhas poupancas', 'peguei emprestimo', 'peguei dinheiro emprestado'],
  },
  fr: {
    hardship: ['comment je vais payer', 'comment je vais faire pour payer', 'avec quoi je vais payer', 'je ne sais pas ou trouver l argent'],
    hardshipWeak: ['toutes mes economies', 'economies de toute une vie', 'perdu mes economies', 'emprunte de l argent', 'pris un credit pour'],
  },
  it: {
    hardship: ['come faro a pagare', 'come paghero', 'non so come paghero', 'con cosa paghero', 'non so dove trovare i soldi'],
    hardshipWeak: ['tutti i miei risparmi', 'tutti i risparmi', 'risparmi di una vita', 'perso i risparmi', 'soldi in prestito', 'preso un prestito per'],
  },
  nl: {
    hardship: ['weet niet hoe ik de huur', 'weet niet hoe ik dit moet betalen', 'waarvan moet ik'],
    hardshipWeak: ['al mijn spaargeld', 'mijn spaargeld kwijt', 'geld geleend'],
  },
  pl: {
    hardship: ['nie wiem jak zaplace', 'nie wiem z czego zaplace', 'z czego zaplace', 'nie wiem jak to splace', 'z czego to splace', 'nie wiem jak zaplacic czynsz'],
    hardshipWeak: ['wszystkie oszczednosci', 'wszystkie moje oszczednosci', 'oszczednosci zycia', 'stracilem oszczednosci', 'stracilam oszczednosci', 'pozyczylem pieniadze', 'pozyczylam pieniadze', 'wzialem kredyt', 'wzielam kredyt'],
  },
  tr: {
    hardship: ['nasil odeyecegimi bilmiyorum', 'nasil odeyecegim bilmiyorum', 'neyle odeyecegimi bilmiyorum', 'nereden bulacagimi bilmiyorum', 'parayi nereden bulacagim'],
    hardshipWeak: ['tum birikimim*', 'butun birikimim*', 'birikimimi kaybettim', 'birikimlerimi kaybettim', 'kredi cekip', 'kredi cektim', 'borc alip', 'borc aldim'],
  },
  ru: {
    hardship: ['не знаю чем платить', 'не знаю как платить', 'не знаю чем буду платить', 'не знаю как буду платить', 'нечем будет платить', 'не знаю где взять деньги', 'не знаю чем отдавать'],
    hardshipWeak: ['все сбережения', 'все свои сбережения', 'все мои сбережения', 'сбережения всей жизни', 'взял кредит', 'взяла кредит', 'занял денег', 'заняла денег'],
  },
  ar: {
    hardship: ['لا أعرف كيف سأدفع', 'لا اعرف كيف سادفع', 'ما اعرف كيف بدفع', 'لا أدري كيف سأسدد', 'لا ادري كيف ساسدد', 'من أين سأدفع', 'من اين سادفع', 'لا أعرف من أين أجيب', 'ما اعرف من وين'],
    hardshipWeak: ['كل مدخراتي', 'مدخرات عمري', 'تحويشة العمر', 'تحويشة عمري', 'استلفت', 'اقترضت'],
  },
  zh: {
    hardship: ['不知道怎么还', '不知道怎麼還', '不知道拿什么还', '不知道拿什麼還', '拿什么还', '拿什麼還', '拿什么付', '拿什麼付', '不知道钱从哪里来', '不知道錢從哪裡來'],
    hardshipWeak: ['全部积蓄', '全部積蓄', '所有积蓄', '所有積蓄', '毕生积蓄', '畢生積蓄', '积蓄都', '積蓄都', '借钱', '借錢', '贷款来', '貸款來'],
  },
  ja: {
    hardship: ['払っていけばいいのか', '返していけばいいのか', '払えるかわからない', '返せるかわからない', '払えるか分からない', '返せるか分からない', 'どうやって生活'],
    hardshipWeak: ['全財産', '貯金を全部', '貯金が全部', '貯金をすべて', '貯金がすべて', '貯金を失', '借金して'],
  },
  ko: {
    hardship: ['어떻게 갚아야 할지', '갚을 방법이 없', '낼 방법이 없', '월세를 어떻게', '집세를 어떻게', '갚아야 할지 막막'],
    hardshipWeak: ['저축한 돈', '전 재산', '모은 돈을 다', '대출받아', '빚내서', '빚을 내서'],
    distress: ['막막'],
  },
  th: {
    hardship: ['ไม่รู้จะเอาเงินที่ไหน', 'ไม่รู้จะหาเงินที่ไหน', 'ไม่รู้จะเอาที่ไหนจ่าย'],
    hardshipWeak: ['เงินเก็บทั้งหมด', 'เงินเก็บทั้งชีวิต', 'กู้เงินมา', 'ยืมเงินมา'],
  },
  id: {
    hardship: ['bingung bayar utang', 'bingung bayar hutang', 'bingung bayar cicilan', 'bingung bayar kontrakan', 'bingung bayar utangnya', 'bingung bayar hutangnya', 'bingung melunasi', 'tidak tahu bagaimana melunasi', 'gak tau gimana lunasinnya', 'tidak tahu dari mana uangnya'],
    hardshipWeak: ['semua tabungan', 'tabungan seumur hidup', 'seluruh tabungan', 'pinjam uang', 'uang pinjaman', 'uang hasil pinjaman'],
  },
  vi: {
    hardship: ['khong biet lay gi tra', 'khong biet lay tien dau', 'lay dau ra tien', 'khong biet tra no the nao', 'khong biet lay gi ma tra'],
    hardshipWeak: ['toan bo tien tiet kiem', 'tien tiet kiem ca doi', 'het tien tiet kiem', 'vay tien', 'di vay'],
  },
  hi: {
    hardship: ['कैसे चुकाऊं', 'कैसे चुकाऊँ', 'कैसे चुकाऊंगा', 'कैसे चुकाऊँगा', 'कहाँ से लाऊं', 'कहाँ से लाऊँ', 'kaise chukaun'],
    hardshipWeak: ['सारी जमा पूंजी', 'सारी बचत', 'उधार लेकर', 'saari bachat'],
  },
};

/**
 * The money at stake said to be what the customer lives on (a refund, a withdrawal, earnings held back):
 *  - `needMoney` ("I need that money", "that money was for") + `necessity` in one sentence: "I need that money to pay
 *    my rent", "ese dinero era para la comida de mis hijos", "potrzebuję tych pieniędzy na czynsz";
 *  - `hardship`: the last money, all one had ("das war mein letztes Geld", "era todo lo que tenía", "мои последние
 *    деньги"), as English already lists "my last money", "all I have left";
 *  - `hardshipWeak`: living money named ("生活费", "생활비", "rent money"), which with distress is hardship
 *    ("那是我的生活费，求求你们").
 */
export const MONEY_I_LIVE_ON: Readonly<Record<string, ConceptTable>> = {
  en: {
    needMoney: ['i need that money', 'i need this money', 'i need the money', 'i need my money', 'i really need the money', 'that money was for', 'this money is for', 'that money is for', 'it was my money for', 'the money was meant for', 'that was money for', 'need it for'],
    hardshipWeak: ['my rent money', 'rent money', 'money for rent', 'living expenses', 'money to live on'],
  },
  de: {
    needMoney: ['ich brauche das geld', 'ich brauche dieses geld', 'brauche das geld fur', 'das geld war fur', 'das geld ist fur', 'das ist mein geld fur'],
    hardship: ['mein letztes geld', 'das war mein letztes', 'alles was ich hatte', 'alles was ich noch hatte'],
    hardshipWeak: ['mietgeld', 'geld fur die miete', 'lebensunterhalt', 'haushaltsgeld'],
  },
  es: {
    needMoney: ['necesito ese dinero', 'necesito el dinero', 'necesito mi dinero', 'necesito esa plata', 'ese dinero era para', 'ese dinero es para', 'es el dinero para', 'era el dinero para', 'es mi dinero para'],
    hardship: ['mi ultimo dinero', 'todo lo que tenia', 'todo lo que me quedaba', 'lo ultimo que me quedaba', 'mis ultimos pesos', 'mis ultimos euros'],
    hardshipWeak: ['dinero del alquiler', 'dinero de la renta', 'dinero para comer', 'gastos de la casa'],
  },
  pt: {
    needMoney: ['preciso desse dinheiro', 'preciso do dinheiro', 'preciso do meu dinheiro', 'esse dinheiro era para', 'esse dinheiro era pra', 'esse dinheiro e para', 'era o dinheiro do', 'e o dinheiro do'],
    hardship: ['meu ultimo dinheiro', 'tudo o que eu tinha', 'tudo que eu tinha', 'os meus ultimos reais', 'meus ultimos reais', 'o que me restava'],
    hardshipWeak: ['dinheiro do aluguel', 'dinheiro da comida', 'dinheiro do mes'],
  },
  fr: {
    needMoney: ["j'ai besoin de cet argent", "j'ai besoin de mon argent", "j'ai besoin de l'argent", 'cet argent etait pour', 'cet argent est pour', "c'est l'argent pour", "c'etait l'argent pour"],
    hardship: ['mon dernier argent', "tout ce que j'avais", 'tout ce qui me restait', 'mes derniers euros'],
    hardshipWeak: ["l'argent du loyer", "l'argent des courses"],
  },
  it: {
    needMoney: ['ho bisogno di quei soldi', 'ho bisogno dei soldi', 'ho bisogno dei miei soldi', 'quei soldi erano per', 'quei soldi sono per', 'sono i soldi per', 'erano i soldi per'],
    hardship: ['i miei ultimi soldi', 'tutto quello che avevo', 'tutto cio che avevo', 'gli ultimi soldi'],
    hardshipWeak: ["i soldi dell'affitto", 'i soldi della spesa'],
  },
  nl: {
    needMoney: ['ik heb dat geld nodig', 'ik heb het geld nodig', 'dat geld was voor', 'dat geld is voor'],
    hardship: ['mijn laatste geld', 'alles wat ik had'],
    hardshipWeak: ['huurgeld', 'boodschappengeld'],
  },
  pl: {
    needMoney: ['potrzebuje tych pieniedzy', 'potrzebuje pieniedzy', 'potrzebuje moich pieniedzy', 'te pieniadze byly na', 'te pieniadze sa na', 'to pieniadze na', 'to byly pieniadze na'],
    hardship: ['moje ostatnie pieniadze', 'ostatnie pieniadze', 'wszystko co mialem', 'wszystko co mialam'],
    hardshipWeak: ['pieniadze na czynsz', 'pieniadze na zycie', 'pieniadze na jedzenie'],
  },
  tr: {
    needMoney: ['o paraya ihtiyacim var', 'bu paraya ihtiyacim var', 'paraya ihtiyacim var', 'o para benim', 'bu para benim'],
    hardship: ['son param', 'son paramdi', 'elimdeki son para', 'neyim varsa', 'tum param buydu', 'butun param buydu'],
    hardshipWeak: ['kira param', 'kira parasi', 'gecim param', 'mutfak parasi', 'harclik'],
  },
  ru: {
    needMoney: ['мне нужны эти деньги', 'мне нужны деньги', 'мне нужны мои деньги', 'эти деньги были на', 'эти деньги на', 'это деньги на', 'это были деньги на'],
    hardship: ['мои последние деньги', 'последние деньги', 'все что у меня было', 'всё что у меня было', 'все что было'],
    hardshipWeak: ['деньги на жизнь', 'деньги на квартиру', 'деньги на еду'],
  },
  ar: {
    needMoney: ['أحتاج هذا المال', 'احتاج هذا المال', 'أحتاج هذه الفلوس', 'احتاج هذه الفلوس', 'محتاج الفلوس', 'محتاج هالفلوس', 'هذا المال كان', 'هذه الفلوس كانت'],
    hardship: ['آخر فلوس', 'اخر فلوس', 'آخر مالي', 'كل ما أملك', 'كل ما املك', 'كل اللي عندي', 'كل ما عندي'],
    hardshipWeak: ['مصروف البيت', 'فلوس الإيجار', 'فلوس الايجار', 'مصاريف المعيشة'],
  },
  zh: {
    needMoney: ['我需要这笔钱', '我需要這筆錢', '我急需这笔钱', '我急需這筆錢', '这笔钱是', '這筆錢是', '那笔钱是', '那筆錢是'],
    hardship: ['最后的钱', '最後的錢', '仅有的钱', '僅有的錢', '唯一的钱', '唯一的錢', '全部的家当', '全部的家當', '救命钱', '救命錢'],
    hardshipWeak: ['生活费', '生活費', '房租钱', '房租錢', '饭钱', '飯錢'],
  },
  ja: {
    needMoney: ['そのお金が必要', 'このお金が必要', 'お金が必要なんです', 'そのお金は', 'このお金は'],
    hardship: ['最後のお金', 'なけなしのお金', '全財産でした', '全財産なんです'],
    hardshipWeak: ['生活費', '家賃のお金'],
  },
  ko: {
    needMoney: ['그 돈이 필요', '이 돈이 필요', '돈이 꼭 필요', '그 돈은', '이 돈은'],
    hardship: ['마지막 돈', '전 재산이', '가진 전부'],
    hardshipWeak: ['생활비', '월세 낼 돈', '월세 돈'],
  },
  th: {
    needMoney: ['ต้องใช้เงินนี้', 'ต้องใช้เงินก้อนนี้', 'จำเป็นต้องใช้เงิน', 'เงินนี้เป็น', 'เงินก้อนนี้เป็น'],
    hardship: ['เงินก้อนสุดท้าย', 'เงินก้อนสุดท้าย', 'เงินทั้งหมดที่มี', 'เงินทั้งหมดที่ผมมี', 'เงินทั้งหมดที่ฉันมี'],
    hardshipWeak: ['ค่าใช้จ่ายในบ้าน', 'เงินค่ากิน', 'ค่ากินค่าอยู่'],
  },
  id: {
    needMoney: ['saya butuh uang itu', 'saya butuh uangnya', 'butuh uang itu', 'butuh banget uangnya', 'uang itu untuk', 'uang itu buat', 'itu uang untuk', 'itu uang buat'],
    hardship: ['uang terakhir', 'satu-satunya uang', 'semua uang yang saya punya'],
    hardshipWeak: ['uang kontrakan', 'uang sewa', 'uang belanja', 'biaya hidup'],
  },
  vi: {
    needMoney: ['toi can so tien do', 'toi can tien do', 'toi dang can tien', 'so tien do la', 'tien do la', 'do la tien'],
    hardship: ['so tien cuoi cung', 'dong tien cuoi cung', 'tat ca nhung gi toi co', 'toan bo tai san'],
    hardshipWeak: ['tien an', 'tien nha', 'tien sinh hoat', 'chi phi sinh hoat'],
  },
  hi: {
    needMoney: ['मुझे वो पैसे चाहिए', 'मुझे ये पैसे चाहिए', 'वो पैसे', 'ये पैसे'],
    hardship: ['आखिरी पैसे', 'जो कुछ था', 'सब कुछ था'],
    hardshipWeak: ['घर का खर्च', 'किराए के पैसे', 'राशन के पैसे'],
  },
};

/**
 * One's finances said to be in a bad state, with any intensifier between (frames `finances-bad` / `bad-finances`):
 * `finance` (financially, economically, money-wise, "maddi durumum", "kinh tế", "經濟", "형편") close to `badState`
 * (bad, hard, difficult, ruined, "schlecht", "kötü", "khó khăn", "困難", "안 좋") in either order: "I'm in a really
 * bad place financially", "mir geht es finanziell gerade sehr schlecht", "maddi durumum çok kötü", "kinh tế nhà tôi
 * rất khó khăn", "我現在經濟很困難", "요즘 형편이 너무 안 좋아서". Close together (a few words), so "the plan is a bad
 * deal financially" (a price grumbled about: `badState` lists no "deal") and a question about it stay quiet.
 */
export const FINANCES_BAD: Readonly<Record<string, ConceptTable>> = {
  en: { finance: ['financially', 'money-wise', 'moneywise', 'economically', 'my finances', 'my financial situation', 'financial situation'], badState: ['bad place', 'bad way', 'bad shape', 'ruined', 'wrecked', 'in trouble', 'hard hit', 'very hard', 'really hard', 'so hard', 'terrible', 'desperate', 'dire', 'a mess', 'crippled'] },
  de: { finance: ['finanziell', 'geldlich', 'wirtschaftlich', 'meine finanzen', 'meine finanzielle lage', 'finanzielle lage', 'finanzielle situation'], badState: ['schlecht', 'sehr schlecht', 'schlimm', 'eng', 'katastrophal', 'am ende', 'ruiniert', 'mit dem rucken zur wand', 'schwierig', 'prekar'] },
  es: { finance: ['economicamente', 'financieramente', 'de dinero', 'mi situacion economica', 'situacion economica', 'mi economia'], badState: ['muy dificil', 'dificil', 'muy mal', 'mal', 'fatal', 'terrible', 'critica', 'complicada', 'complicado', 'arruinado', 'arruinada'] },
  pt: { finance: ['financeiramente', 'economicamente', 'de dinheiro', 'minha situacao financeira', 'situacao financeira'], badState: ['muito dificil', 'dificil', 'muito mal', 'mal', 'pessima', 'critica', 'complicada', 'apertado', 'apertada', 'arruinado', 'arruinada'] },
  fr: { finance: ['financierement', 'economiquement', "niveau argent", 'ma situation financiere', 'situation financiere'], badState: ['tres difficile', 'difficile', 'tres mal', 'mal', 'catastrophique', 'critique', 'precaire', 'ruine', 'ruinee'] },
  it: { finance: ['economicamente', 'finanziariamente', 'di soldi', 'la mia situazione economica', 'situazione economica', 'situazione finanziaria'], badState: ['molto difficile', 'difficile', 'molto male', 'male', 'disastrosa', 'critica', 'precaria', 'rovinato', 'rovinata'] },
  nl: { finance: ['financieel', 'geldelijk', 'mijn financiele situatie'], badState: ['slecht', 'heel slecht', 'moeilijk', 'zwaar', 'krap', 'geruineerd'] },
  pl: { finance: ['finansowo', 'finansow*', 'materialnie', 'z pieniedzmi'], badState: ['ciezk*', 'trudn*', 'zla', 'zlej', 'zlym', 'zla sytuacja', 'kiepsk*', 'fataln*', 'krytyczn*', 'tragiczn*', 'bardzo zle', 'zle', 'krucho', 'cienko'] },
  tr: { finance: ['maddi', 'maddi durumum', 'maddi olarak', 'ekonomik', 'ekonomik olarak', 'ekonomik durumum', 'mali durumum'], badState: ['kotu', 'cok kotu', 'zor', 'cok zor', 'berbat', 'sikisik', 'dar bogaz*', 'bitik'] },
  ru: { finance: ['финансово', 'материально', 'с деньгами', 'финансовое положение', 'финансовая ситуация', 'материальное положение'], badState: ['тяжел*', 'тяжёл*', 'плох*', 'ужасн*', 'критическ*', 'туго', 'очень туго', 'трудн*', 'катастроф*'] },
  ar: { finance: ['ماديا', 'مادياً', 'وضعي المادي', 'حالتي المادية', 'ظروفي المادية', 'الوضع المادي', 'اقتصاديا', 'ماليا'], badState: ['صعب', 'صعبة', 'سيء', 'سيئ', 'سيئة', 'تعبان', 'متعب', 'منهار', 'زفت', 'كارثي'] },
  ja: { finance: ['経済的', '金銭的', '家計', '経済状況', '金銭面', 'お金の面'], badState: ['苦しい', '厳しい', '困窮', 'ピンチ', '余裕がない', 'きつい', 'ギリギリ'] },
  zh: { finance: ['经济', '經濟', '手头', '手頭', '财务', '財務', '生活'], badState: ['很困难', '很困難', '非常困难', '非常困難', '困难', '困難', '很紧', '很緊', '紧张', '緊張', '很糟', '拮据', '很差', '撑不下去', '撐不下去'] },
  ko: { finance: ['형편', '경제적으로', '경제 상황', '경제상황', '금전적으로', '살림'], badState: ['안 좋', '안좋', '어려', '힘들', '막막', '최악', '빠듯'] },
  th: { finance: ['การเงิน', 'เศรษฐกิจที่บ้าน', 'ฐานะ', 'เรื่องเงิน'], badState: ['ลำบาก', 'แย่', 'ฝืดเคือง', 'ย่ำแย่', 'ไม่ดี', 'ขัดสน', 'ช็อต'] },
  id: { finance: ['ekonomi', 'ekonominya', 'ekonomi saya', 'keuangan', 'keuangan saya', 'finansial', 'kondisi keuangan'], badState: ['susah', 'sulit', 'berat', 'buruk', 'parah', 'hancur', 'kritis', 'terpuruk', 'seret', 'sedang sulit'] },
  vi: { finance: ['kinh te', 'tai chinh', 'tien bac', 'hoan canh'], badState: ['kho khan', 'rat kho khan', 'te', 'bi dat', 'eo hep', 'tung thieu', 'kiet que', 'khon kho'] },
  hi: { finance: ['आर्थिक', 'पैसों की', 'माली हालत', 'आर्थिक स्थिति', 'aarthik', 'paison ki'], badState: ['खराब', 'तंगी', 'बुरी', 'कठिन', 'मुश्किल', 'kharab', 'tangi', 'mushkil'] },
};

/**
 * The income said not to cover living (`hardship`): "my salary isn't enough to live on", "mi sueldo no alcanza",
 * "راتبي لا يكفي", "เงินเดือนไม่พอใช้", "工资不够用"; payments fallen behind named with what they are for
 * ("카드값이 밀려서"); and a few words of fear and ruin the packs lacked (`distress`, `hardshipWeak`).
 */
export const INCOME_SHORT: Readonly<Record<string, ConceptTable>> = {
  en: { hardship: ["my salary isn't enough", 'my salary is not enough', "my wages don't cover", "my pay doesn't cover", "my pension isn't enough", "my income isn't enough", "salary doesn't cover", 'not enough to live on'] },
  de: { hardship: ['mein gehalt reicht nicht', 'meine rente reicht nicht', 'reicht nicht zum leben', 'reicht nicht mehr zum leben'] },
  es: { hardship: ['mi sueldo no alcanza', 'mi salario no alcanza', 'no me alcanza el sueldo', 'no me alcanza el salario', 'mi pension no alcanza', 'no alcanza para vivir'] },
  pt: { hardship: ['meu salario nao da', 'o salario nao da', 'o salario nao chega', 'meu salario nao chega', 'nao da para viver', 'minha aposentadoria nao da'] },
  fr: { hardship: ['mon salaire ne suffit pas', 'ma retraite ne suffit pas', 'ne suffit pas pour vivre', 'pas assez pour vivre'] },
  it: { hardship: ['lo stipendio non basta', 'il mio stipendio non basta', 'la pensione non basta', 'non basta per vivere'] },
  nl: { hardship: ['mijn salaris is niet genoeg', 'mijn loon is niet genoeg', 'niet genoeg om van te leven'] },
  pl: { hardship: ['pensja nie wystarcza', 'wyplata nie wystarcza', 'emerytura nie wystarcza', 'zajecie komornicze', 'komornicz*'], hardshipWeak: ['stracilem wszystko', 'stracilam wszystko', 'kredyt do splacenia', 'kredyt do splaty'] },
  tr: { hardship: ['maasim yetmiyor', 'emekli maasim yetmiyor', 'gecinmeye yetmiyor'] },
  ru: { hardship: ['зарплаты не хватает', 'зарплаты не хватает на жизнь', 'пенсии не хватает', 'не хватает на жизнь'] },
  ar: { hardship: ['راتبي لا يكفي', 'الراتب لا يكفي', 'راتبي ما يكفي', 'الراتب ما يكفي', 'معاشي لا يكفي', 'دخلي لا يكفي'], distress: ['خائف', 'خائفة', 'خايف', 'خايفة', 'مرعوب'] },
  ja: { hardship: ['給料が足りない', '給料が足りません', '給料だけでは生活', '年金だけでは生活', '年金が足りない'] },
  zh: { hardship: ['工资不够', '工資不夠', '薪水不够', '薪水不夠', '收入不够', '收入不夠', '退休金不够', '退休金不夠'] },
  ko: { hardship: ['월급이 부족', '월급으로는 생활', '월급만으로는', '카드값이 밀', '카드값 밀', '대출금이 밀', '생활비가 하나도', '연금으로는 생활'], distress: ['무서워', '무섭'] },
  th: { hardship: ['เงินเดือนไม่พอ', 'เงินไม่พอใช้', 'หมดตัว', 'หนี้บัตรเครดิต'] },
  id: { hardship: ['gaji saya tidak cukup', 'gaji tidak cukup', 'gaji gak cukup', 'gaji nggak cukup', 'tidak punya apa-apa lagi', 'gak punya apa-apa lagi', 'sudah tidak punya apa-apa'] },
  vi: { hardship: ['luong khong du', 'luong khong du song', 'khong du song', 'khong dong noi', 'khong dong duoc tien'] },
  hi: { hardship: ['तनख्वाह कम', 'सैलरी कम पड़', 'तनख्वाह से घर नहीं चल', 'घर नहीं चल रहा', 'ghar nahi chal raha'] },
};

/**
 * Words saying a state has lasted until now (`ongoing`): "I lost my job last year and SINCE THEN I can't pay", "seitdem",
 * "desde entonces", "从那以后", "それ以来". A job lost "last year" is history for most frames, but hardship that has gone
 * on since is today's (the `past` guard of the hardship frames yields to them in ../situations.ts).
 */
export const ONGOING: Readonly<Record<string, ConceptTable>> = {
  en: { ongoing: ['since then', 'ever since', 'still', 'to this day', 'every month', 'anymore', 'any more'] },
  de: { ongoing: ['seitdem', 'seit dem', 'immer noch', 'noch immer', 'bis heute', 'mittlerweile', 'inzwischen'] },
  es: { ongoing: ['desde entonces', 'todavia', 'aun', 'sigo', 'hasta hoy', 'hasta ahora'] },
  pt: { ongoing: ['desde entao', 'ainda', 'continuo', 'ate hoje', 'ate agora'] },
  fr: { ongoing: ['depuis', 'toujours', 'encore', "jusqu'a aujourd'hui"] },
  it: { ongoing: ['da allora', 'ancora', 'tuttora', 'fino ad oggi'] },
  nl: { ongoing: ['sindsdien', 'nog steeds', 'nog altijd', 'tot nu toe'] },
  pl: { ongoing: ['od tego czasu', 'od tamtej pory', 'wciaz', 'nadal', 'ciagle', 'do dzis'] },
  tr: { ongoing: ['o zamandan beri', 'o gunden beri', 'hala', 'halen', 'hâlâ', 'beri'] },
  ru: { ongoing: ['с тех пор', 'до сих пор', 'всё ещё', 'все еще', 'по-прежнему'] },
  ar: { ongoing: ['منذ ذلك', 'لا زلت', 'ما زلت', 'مازلت', 'لازلت', 'حتى الآن', 'حتى الان'] },
  zh: { ongoing: ['从那以后', '從那以後', '到现在', '到現在', '一直', '至今', '还是', '還是'] },
  ja: { ongoing: ['それ以来', '今も', 'いまだに', 'ずっと', '今でも'] },
  ko: { ongoing: ['그 이후로', '그 뒤로', '아직도', '지금까지', '계속'] },
  th: { ongoing: ['ตั้งแต่นั้น', 'จนถึงตอนนี้', 'ยังคง', 'จนถึงวันนี้'] },
  id: { ongoing: ['sejak itu', 'sejak saat itu', 'sampai sekarang', 'masih', 'hingga kini'] },
  vi: { ongoing: ['tu do', 'tu do den nay', 'den gio', 'van con', 'cho den nay'] },
  hi: { ongoing: ['तब से', 'अब तक', 'अभी भी', 'आज तक'] },
};

/**
 * A payment plan, instalments, a deferral or more time asked for (`planAsk`), which with distress anywhere in the message
 * is hardship (frame `plan-in-distress`): "Can I set up a payment plan? I'm desperate", "¿Me pueden dar un plan de
 * pagos? Estoy desesperada", "Можно рассрочку? Я в отчаянии". Asked calmly ("can I pay in instalments?") it stays a
 * routine question. A few words of distress the packs lacked are added beside.
 */
export const PLAN_ASK: Readonly<Record<string, ConceptTable>> = {
  en: { planAsk: ['payment plan', 'repayment plan', 'instalments', 'installments', 'instalment plan', 'installment plan', 'split the payment', 'split the debt', 'smaller amounts', 'smaller payments', 'more time to pay', 'payment extension', 'an extension', 'defer', 'postpone the payment', 'postpone my payment', 'pay in parts', 'payment holiday', 'pause my payments'] },
  de: { planAsk: ['ratenzahlung', 'in raten', 'raten zahlen', 'stundung', 'stunden sie', 'zahlungsaufschub', 'aufschub', 'mehr zeit', 'teilzahlung', 'zahlungsplan'] },
  es: { planAsk: ['plan de pagos', 'a plazos', 'en cuotas', 'fraccionar', 'aplazar', 'prorroga', 'mas tiempo para pagar', 'pagar poco a poco'], distress: ['estoy desesperada', 'desesperada'] },
  pt: { planAsk: ['parcelar', 'parcelamento', 'em parcelas', 'mais prazo', 'prazo maior', 'adiar o pagamento', 'plano de pagamento'] },
  fr: { planAsk: ['echeancier', 'en plusieurs fois', 'echelonner', 'paiement echelonne', 'delai de paiement', 'reporter le paiement', 'plus de temps pour payer'] },
  it: { planAsk: ['rateizzare', 'rateizzazione', 'a rate', 'dilazione', 'piano di pagamento', 'piu tempo per pagare', 'rinviare il pagamento'] },
  nl: { planAsk: ['betalingsregeling', 'in termijnen', 'uitstel van betaling', 'uitstel'] },
  pl: { planAsk: ['na raty', 'rozlozyc', 'rozlozenie', 'odroczenie', 'odroczyc', 'wiecej czasu', 'plan splaty'], distress: ['jestem w rozpaczy', 'w rozpaczy'] },
  tr: { planAsk: ['taksitlendir*', 'taksitle', 'erteleme', 'ertele*', 'yapilandirma', 'yapilandir*', 'ek sure', 'biraz sure'] },
  ru: { planAsk: ['рассрочк*', 'отсрочк*', 'реструктуризац*', 'отложить платеж', 'отложить платёж', 'по частям'], distress: ['в отчаянии', 'отчаян*'] },
  ar: { planAsk: ['تقسيط', 'بالتقسيط', 'تأجيل', 'تاجيل', 'مهلة', 'جدولة'], distress: ['وضع صعب', 'في ورطة'] },
  ja: { planAsk: ['分割', '支払いを待って', '猶予', '支払いを延期', '少しずつ払'] },
  zh: { planAsk: ['分期', '延期', '宽限', '寬限', '缓一缓', '緩一緩', '晚点还', '晚點還', '分开还', '分開還'] },
  ko: { planAsk: ['할부', '나눠서', '분할', '유예', '미뤄', '연기해'] },
  th: { planAsk: ['ผ่อน', 'แบ่งจ่าย', 'เลื่อนจ่าย', 'ขอเวลา', 'ผัดผ่อน'], distress: ['ลำบากจริงๆ', 'ลำบากมาก', 'แย่มาก'] },
  id: { planAsk: ['dicicil', 'cicil', 'keringanan', 'penundaan', 'ditunda', 'perpanjangan waktu', 'restrukturisasi', 'bayar bertahap'], distress: ['tidak sanggup lagi', 'gak sanggup lagi', 'nggak sanggup lagi', 'sudah tidak kuat'] },
  vi: { planAsk: ['tra gop', 'gia han', 'tra cham', 'chia nho', 'khat no', 'them thoi gian'], distress: ['het cach', 'het cach roi', 'bi qua'] },
  hi: { planAsk: ['किस्तों', 'किस्त', 'मोहलत', 'kisto', 'mohlat'] },
};
