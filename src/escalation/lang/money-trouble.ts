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
import { combine, type Concept } from './types.js';

type Table = Partial<Record<Concept, readonly string[]>>;

export const MONEY_TROUBLE: Readonly<Record<string, Table>> = {
  en: {
    noMoney: ["i have no money", "i've got no money", 'i got no money', "i don't have money", "i don't have any money", "i don't have the money", 'i do not have money', 'i do not have the money', "i don't even have money", "i don't even have the money", 'not even money', 'no money even', 'no money left', 'not a penny', 'not a cent', "can't afford", 'cannot afford', "can't even afford", 'not enough money', "don't have enough"],
    necessity: ['to eat', 'for food', 'buy food', 'groceries', 'my rent', 'the rent', 'pay rent', 'medicine', 'my medication', 'my meds', 'feed my', 'my family', 'my kids', 'my children', 'nappies', 'diapers', 'baby formula', 'school fees', 'electricity'],
    hardship: ["can't support my family", 'cannot support my family', "can't feed my family", "can't provide for my family", 'no way to support my family', 'my only income', 'my only source of income', 'no income at all', 'lost my only income', 'negative balance i can\'t pay', 'drowning in debt', 'buried in debt', 'up to my neck in debt'],
  },
  de: {
    noMoney: ['kein geld', 'kein geld mehr', 'nicht mal geld', 'nicht einmal geld', 'kann mir nicht', 'kann mir nicht mal', 'kann mir nicht einmal', 'kann mir kein*', 'nicht leisten', 'nicht mehr leisten', 'keinen cent', 'keinen euro', 'pleite'],
    necessity: ['essen', 'lebensmittel', 'einkaufen', 'die miete', 'meine miete', 'medikament*', 'meine familie', 'meine kinder', 'windeln', 'strom'],
    hardship: ['meine familie nicht ernahren', 'familie nicht mehr ernahren', 'kann meine familie nicht', 'bis zum hals in schulden', 'hoch verschuldet', 'total verschuldet', 'uberschuldet', 'alles verloren und kann'],
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
    noMoney: ['nao tenho dinheiro', 'sem dinheiro', 'nao tenho nem para', 'nem para comer', 'nem pra comer', 'nao tenho como', 'nao tenho condicoes', 'nao da para', 'nao sobra nada', 'nenhum tostao'],
    necessity: ['comer', 'comida', 'o aluguel', 'o aluguer', 'a renda', 'remedio*', 'medicamento*', 'minha familia', 'meus filhos', 'fraldas', 'a luz'],
    hardship: ['sustentar minha familia', 'sustentar a minha familia', 'sustentar meus filhos', 'endividado', 'endividada', 'afogado em dividas', 'cheio de dividas', 'minha unica renda', ...combine(['nao consigo', 'nao consigo mais', 'nao tenho como', 'nao posso'], ['sustentar minha familia', 'sustentar a minha familia', 'sustentar meus filhos', 'alimentar meus filhos', 'alimentar minha familia'])],
  },
  it: {
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
    noMoney: ['nie mam pieniedzy', 'nie mam nawet na', 'nie mam za co', 'nie stac mnie', 'bez grosza', 'ani grosza', 'nie mam z czego', 'brak pieniedzy'],
    necessity: ['jedzenie', 'na jedzenie', 'jesc', 'zakupy', 'czynsz', 'leki', 'lekarstwa', 'moja rodzine', 'rodziny', 'moje dzieci', 'dzieci', 'pieluchy', 'prad'],
    hardship: ['utrzymac rodzine', 'utrzymac rodziny', 'wyzywic rodzine', 'zadluzon*', 'w dlugach', 'tone w dlugach', 'komornik*', ...combine(['nie moge', 'nie jestem w stanie', 'nie mam za co', 'nie mam z czego'], ['utrzymac rodzine', 'utrzymac rodziny', 'wyzywic rodzine', 'wyzywic dzieci', 'utrzymac dzieci'])],
    distress: ['sie boje', 'bardzo sie boje', 'przerazony', 'przerazona', 'nie wiem co robic'],
  },
  tr: {
    noMoney: ['param yok', 'param bile yok', 'hic param yok', 'bir kurus', 'metelige kurus', 'alacak param', 'odeyecek param', 'gucum yetmiyor'],
    necessity: ['yemek', 'yiyecek', 'ekmek', 'kira', 'kirayi', 'ilac', 'ilaclarim', 'ailem', 'ailemi', 'cocuklarim', 'cocuklarimi', 'bebek bezi', 'fatura'],
    hardship: ['ailemi gecindiremiyorum', 'evimi gecindiremiyorum', 'ailemi doyuramiyorum', 'cocuklarimi doyuramiyorum', 'borc batagi*', 'borca batt*', 'borc icinde', 'tek gelirim', 'gelirim yok', 'hic gelirim yok'],
  },
  ar: {
    noMoney: ['ليس لدي مال', 'ليس معي مال', 'ما عندي فلوس', 'ماعندي فلوس', 'ليس عندي مال', 'لا أملك المال', 'لا املك المال', 'لا أملك مالا', 'ولا قرش', 'حتى لشراء', 'لا أقدر على', 'لا استطيع تحمل'],
    necessity: ['الطعام', 'الأكل', 'الاكل', 'طعام', 'أكل', 'الإيجار', 'الايجار', 'الدواء', 'أدوية', 'عائلتي', 'أطفالي', 'اطفالي', 'الحليب'],
    hardship: ['إعالة عائلتي', 'اعالة عائلتي', 'إطعام أطفالي', 'اطعام اطفالي', 'غارق في الديون', 'غارقة في الديون', 'مديون', 'مديونة', 'ديون كثيرة', ...combine(['لا أستطيع', 'لا استطيع', 'لم أعد أستطيع', 'لم اعد استطيع', 'لا أقدر على', 'لا اقدر على', 'ما اقدر'], ['إعالة عائلتي', 'اعالة عائلتي', 'إطعام أطفالي', 'اطعام اطفالي', 'إطعام عائلتي', 'اطعام عائلتي'])],
  },
  ru: {
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
export const HOW_WILL_I_PAY: Readonly<Record<string, Table>> = {
  en: {
    hardship: ["don't know how i'll pay", "don't know how i will pay", "don't know how i'm going to pay", 'do not know how i will pay', "no idea how i'll pay", "no idea how i'm going to pay", "don't know how i'll pay it back", "don't know where i'll get the money", "don't know where to get the money", 'how will i pay the rent', 'how will i pay my rent', 'how will i pay it back', 'how am i going to pay it back'],
    hardshipWeak: ['lost all my savings', 'lost my savings', 'my life savings', 'all my savings', 'all of my savings', 'my savings are gone', 'borrowed money', 'took a loan to', 'took out a loan to'],
    distress: ['on the street', 'out on the street', 'lose my home', 'lose my house', 'lose our home', 'lose the house'],
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
