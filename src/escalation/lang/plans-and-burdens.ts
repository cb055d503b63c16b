/**
 * Self-harm said in the first person through its parts (round 14), one table per mechanism so the languages can be
 * compared side by side (merged into each pack's concepts in ./index.ts; the frames are in ../situations.ts). Written
 * from general knowledge of how people in crisis write in a support chat (a ride, a meal, a wallet beside it), with chat
 * spelling and without accents. Each table gives the *parts* a frame combines, so a wording no list holds still meets:
 *
 *  - {@link MEANS_HOARDED}: a means (pills, sleeping pills, a rope) + hoarded (stockpiled, put aside, hidden), close
 *    together in either order: "I've been stockpiling my pills", "tengo las pastillas guardadas", "haplari biriktirdim",
 *    "수면제 모아두고 있어요". Picking pills up or keeping them in a cupboard is not hoarding: those verbs are not listed.
 *  - {@link NO_REASON_ON}: no reason or sense of one's own (`noReason`) + going on (`goOn`: continue, keep going, live), the
 *    going on closing its clause (at most one word after it): "je n'ai plus aucune raison de continuer", "wozu soll ich noch
 *    leben"; verb-final languages put the going on first ("yasamak icin bir sebebim kalmadi", "jeene ki koi wajah nahi").
 *    With an object after it, it is a service: "no reason to continue the trial".
 *  - {@link BELONGINGS}: a verb of giving away (`giftVerb`) + one's belongings (`belongings`) in one sentence, with not
 *    needing them, arrangements made, a farewell or a last act anywhere in the message: "ja dei minhas coisas, nao vou
 *    precisar mais delas". A phone handed on "since I got a new one" stays quiet (the `notTheWriter` guard).
 *    `affairsDone` (a will written, affairs put in order) also counts with any other hint of despair.
 *  - {@link I_AM_A_BURDEN}: a first-person "I am / I feel / I've become" (`selfCopula`) + a burden noun (`burdenNoun`), close
 *    after it in one clause: "ich bin fur alle nur noch eine Last", "صرت حمل ثقيل على اهلي", "jsem pro vsechny jen zatez".
 *    A fee "is a burden" has no first-person subject. English is left to its own burden words: "I'm sure the fee is a
 *    burden" puts a first person close before the noun.
 *  - {@link LOST_ALL}: everything lost ("lost everything", "perdi todo", "全部失った"), with exhaustion anywhere in the
 *    message ("I can't do this anymore"), or as the despair beside a wish for it all to end.
 *  - {@link LOVED_ONES}: a message to pass on to one's family (`tellKin`: "tell my mum", "dites a ma soeur") + love or an
 *    apology (`loveSorry`: "I'm sorry", "que je l'aime") in one sentence.
 *  - {@link UNNOTICED}: being gone (the packs' `withoutMe`, or `goneSelf`: "wenn ich nicht mehr da bin", kept apart from
 *    `withoutMe` so it does not meet "besser" in "wenn ich weg bin, ist es besser…") + nobody noticing or
 *    missing it (`unnoticed`), anywhere in the message. Either alone is ordinary ("if I'm not home tomorrow, leave it with
 *    the neighbour").
 *  - {@link TONIGHT}: tonight + an end of it all (the packs' `endAll`), closing its clause: a time set for the end.
 *  - {@link DECIDED_TO_END}: a decision (`decided`) + ending it (`endIt`: "end it", "alles zu beenden", "d'en finir"), the
 *    end closing its clause: "I've decided to end it tonight", "ich habe beschlossen, heute alles zu beenden"; verb-final
 *    packs put the decision last ("her seyi bitirmeye karar verdim"). "decided to end my subscription" has an object.
 *  - {@link AT_A_HEIGHT}: at a height (`atHeight`: on the roof, on the ledge, on the tracks) + right now (`rightNow`), in one
 *    sentence that is no question: "ich stehe gerade auf dem Dach", "şu an çatıdayım". A bridge is left out: a pickup
 *    point in a ride.
 *  - {@link ONE_WAY}: a bridge or cliff as the destination (`highPlace`, with its article: not "London Bridge") + one way or
 *    no return (`oneWay`), anywhere in the message: "just a ride to the old bridge, one way, no need for a return trip".
 *  - {@link OVER_FOR_ME}: it is over for oneself, closing its clause ("per me è finita", "для меня всё кончено", "저는 끝났어요");
 *    with more after it, it is over with someone ("per me è finita con voi": churn).
 *  - Money handed to one's family + not needed any more (frame `money-to-family-not-needed`, the packs' `money`, `family`
 *    and `noLongerNeeded`): "send what is left in my wallet to my sister, I won't be needing it". Round 12 left an account
 *    handed on out, as an everyday transfer; money one says one will not need, sent to family, is not.
 *  - {@link WHEN_GONE}: after one is gone + one's family, in one told sentence (frame `heirs-when-gone`): "make sure my
 *    daughter gets my coins when I'm no longer here". Asked ("what happens to my wallet when I'm gone? can my son get
 *    it?") it is an inheritance question.
 *  - {@link MORE_WORDS}: words the existing concepts lacked (not waking up, a jump and where from, self-injury said as
 *    "cutting again").
 *
 * No guards beyond those every self-harm hint has: a person reading one hint too many is the safe side.
 */
import type { ConceptTable } from './types.js';

export const MEANS_HOARDED: Readonly<Record<string, ConceptTable>> = {
  en: { means: ['pills', 'my pills', 'tablets', 'sleeping pills', 'meds', 'my meds', 'medication', 'painkillers', 'paracetamol', 'rope'], hoarded: ['stockpiling', 'stockpiled', 'stockpile', 'hoarding', 'hoarded', 'saving up', 'saved up', 'been saving', 'stashed', 'stashing', 'stash of', 'put aside', 'set aside', 'hidden away', 'hiding', 'building up a supply of'] },
  de: { means: ['tabletten', 'pillen', 'schlaftabletten', 'medikamente', 'schmerztabletten', 'strick'], hoarded: ['gesammelt', 'sammle', 'gehortet', 'horte', 'gebunkert', 'bunkere', 'zuruckgelegt', 'beiseitegelegt', 'beiseite gelegt', 'versteckt', 'aufgespart', 'angesammelt'] },
  es: { means: ['pastillas', 'pildoras', 'somniferos', 'medicamentos', 'medicinas', 'cuerda'], hoarded: ['guardadas', 'guardados', 'guardando', 'juntando', 'junte', 'acumulando', 'acumule', 'acumuladas', 'escondidas', 'escondidos', 'escondiendo', 'ahorrando', 'reuniendo'] },
  fr: { means: ['cachets', 'comprimes', 'pilules', 'somniferes', 'medicaments', 'medocs', 'corde'], hoarded: ['de cote', 'stocke', 'stockes', 'stocker', 'accumule', 'accumules', 'amasse', 'planque', 'planques', 'cache', 'caches', 'economise'] },
  pt: { means: ['remedio', 'remedios', 'comprimidos', 'pilulas', 'calmantes', 'corda'], hoarded: ['juntando', 'juntei', 'guardando', 'guardei', 'guardados', 'acumulando', 'acumulei', 'escondendo', 'escondi', 'escondidos', 'estocando', 'estoquei'] },
  it: { means: ['pastiglie', 'pillole', 'sonniferi', 'farmaci', 'compresse', 'corda'], hoarded: ['da parte', 'accumulato', 'accumulando', 'accumulate', 'nascosto', 'nascoste', 'nascondendo', 'raccolto', 'raccogliendo', 'conservando'] },
  nl: { means: ['pillen', 'tabletten', 'slaappillen', 'medicijnen', 'touw'], hoarded: ['gespaard', 'spaar', 'opgespaard', 'verzameld', 'verzamel', 'verstopt', 'gehamsterd', 'hamster'] },
  pl: { means: ['tabletki', 'tabletek', 'tabletkami', 'pigulki', 'pigulek', 'leki', 'lekow', 'sznur'], hoarded: ['zbieram', 'zbieralam', 'zbieralem', 'zebralam', 'zebralem', 'nazbieralam', 'nazbieralem', 'odkladam', 'odlozylam', 'odlozylem', 'chowam', 'schowalam', 'schowalem', 'gromadze'] },
  tr: { means: ['hap', 'haplar', 'haplari', 'haplarimi', 'haplarini', 'hapi', 'ilac', 'ilaclar', 'ilaclari', 'ilaclarimi', 'ilaclarini', 'uyku hapi', 'uyku haplari'], hoarded: ['biriktirdim', 'biriktiriyorum', 'biriktir', 'sakladim', 'sakliyorum', 'topladim', 'topluyorum', 'stokladim'] },
  ar: { means: ['حبوب', 'ادويه', 'دواء', 'اقراص', 'منوم', 'منومات', 'حبل'], hoarded: ['جمعت', 'اجمع', 'خبيت', 'مخبي', 'مخبيه', 'خزنت', 'مخزن'] },
  ru: { means: ['таблетки', 'таблеток', 'таблетками', 'снотворное', 'снотворного', 'лекарства', 'лекарств', 'веревку', 'верёвку'], hoarded: ['коплю', 'копила', 'копил', 'накопил', 'накопила', 'собираю', 'собрала', 'собрал', 'спрятал', 'спрятала', 'припрятал', 'припрятала', 'запасся', 'запаслась'] },
  uk: { means: ['таблетки', 'таблеток', 'пігулки', 'пігулок', 'снодійне'], hoarded: ['збираю', 'збирала', 'збирав', 'накопичив', 'накопичила', 'сховав', 'сховала'] },
  ja: { means: ['薬を', '睡眠薬', '錠剤', '眠剤'], hoarded: ['ためて', '貯めて', '溜めて', 'ため込', '溜め込', '集めて', '集めた', '隠して'] },
  zh: { means: ['安眠药', '安眠藥', '药片', '藥片', '很多药', '很多藥', '一堆药', '一堆藥'], hoarded: ['攒了', '攢了', '囤了', '存了', '藏了', '收集了', '偷偷存'] },
  ko: { means: ['수면제', '알약', '진통제'], hoarded: ['모아', '모았', '모으', '쌓아', '숨겨'] },
  th: { means: ['ยานอนหลับ', 'ยาพารา', 'ยาเยอะ'], hoarded: ['เก็บ', 'สะสม', 'ตุน'] },
  id: { means: ['obat tidur', 'obat', 'pil'], hoarded: ['nimbun', 'menimbun', 'ngumpulin', 'kumpulin', 'mengumpulkan', 'ngumpulin', 'nyimpen banyak'] },
  vi: { means: ['thuốc ngủ', 'thuốc'], hoarded: ['gom', 'tích trữ', 'để dành', 'giấu', 'dồn'] },
  hi: { means: ['goliyan', 'goliyaan', 'goli', 'neend ki goli', 'neend ki goliyan', 'गोलियां', 'गोलियाँ', 'नींद की गोलियां', 'dawaiyan', 'दवाइयां'], hoarded: ['jama', 'jamaa', 'ikattha', 'ikatthi', 'इकट्ठा', 'जमा', 'chhupa', 'छुपा'] },
  sv: { means: ['tabletter', 'piller', 'sömntabletter', 'mediciner'], hoarded: ['samlat', 'samlar', 'sparat', 'sparar', 'gömt', 'gömmer', 'hamstrat', 'hamstrar'] },
  el: { means: ['χάπια', 'χαπια', 'υπνωτικά', 'υπνωτικα', 'φάρμακα', 'φαρμακα'], hoarded: ['μαζεύω', 'μαζευω', 'μάζεψα', 'μαζεψα', 'μαζέψει', 'μαζεψει', 'κρύψει', 'κρυψει', 'έκρυψα', 'εκρυψα', 'κρύβω', 'κρυβω'] },
  cs: { means: ['prášky', 'prasky', 'prášků', 'prasku', 'léky', 'leky', 'tabletky', 'tablety'], hoarded: ['nasbíral', 'nasbirala', 'nasbíral jsem', 'nasbirala jsem', 'nasbiral', 'sbírám', 'sbiram', 'schovávám', 'schovavam', 'schoval', 'schovala', 'šetřím', 'setrim', 'schované', 'schovane'] },
};

export const NO_REASON_ON: Readonly<Record<string, ConceptTable>> = {
  en: { noReason: ['no reason for me to', 'i have no reason to', "i've got no reason to", "i don't have a reason to", "i don't have any reason to", 'no reason left to', 'no more reason to', 'nothing left to', 'no reason to', 'no point in', 'no point to'], goOn: ['go on', 'carry on', 'keep going', 'keep on going', 'continue', 'keep fighting', 'get up in the morning', 'wake up in the morning', 'keep trying'] },
  de: { noReason: ['keinen grund mehr', 'keinen grund', 'kein grund mehr', 'kein grund', 'keinen sinn mehr', 'keinen sinn', 'wozu soll ich noch', 'wofur soll ich noch', 'warum soll ich noch', 'wozu noch', 'wofur noch', 'wozu soll ich', 'wofur soll ich', 'warum soll ich'], goOn: ['weitermachen', 'weiterzumachen', 'weiter zu machen', 'leben', 'zu leben', 'weiterleben', 'weiterzuleben', 'durchhalten', 'durchzuhalten', 'aufstehen', 'aufzustehen', 'kampfen', 'zu kampfen'] },
  es: { noReason: ['ninguna razon', 'ningun motivo', 'no tengo razon', 'no tengo razones', 'no tengo motivo', 'no tengo motivos', 'ya no tengo razones', 'ya no tengo motivos', 'no hay razon', 'no hay motivo', 'no le veo sentido a', 'no tiene sentido'], goOn: ['seguir', 'seguir adelante', 'seguir viviendo', 'continuar', 'vivir', 'levantarme', 'aguantar', 'luchar'] },
  fr: { noReason: ['aucune raison', 'plus aucune raison', 'plus de raison', 'pas de raison', 'aucun sens', 'plus de sens', 'a quoi bon', 'pourquoi je devrais'], goOn: ['continuer', 'vivre', 'avancer', 'tenir', 'me lever', 'rester en vie', 'me battre', 'tenir le coup'] },
  pt: { noReason: ['nao tenho mais motivo', 'nao tenho motivo', 'nao tenho mais motivos', 'nao tenho razao', 'nenhum motivo', 'nenhuma razao', 'sem motivo', 'sem razao', 'nao tem sentido', 'pra que'], goOn: ['continuar', 'seguir', 'seguir em frente', 'viver', 'levantar', 'aguentar', 'lutar'] },
  it: { noReason: ['nessun motivo', 'nessuna ragione', 'non ho piu motivo', 'non ho motivo', 'non ho piu motivi', 'non ho piu ragioni', 'non ho ragioni', 'non ha senso', 'a che serve', 'che senso ha', 'perche dovrei'], goOn: ['andare avanti', 'continuare', 'vivere', 'alzarmi', 'resistere', 'lottare'] },
  nl: { noReason: ['geen reden', 'geen reden meer', 'geen zin meer', 'waarom zou ik nog', 'waarom zou ik'], goOn: ['door te gaan', 'doorgaan', 'verder te gaan', 'verder gaan', 'te leven', 'leven', 'op te staan', 'vechten'] },
  pl: { noReason: ['nie mam po co', 'nie mam juz po co', 'nie mam powodu', 'nie mam juz powodu', 'zadnego powodu', 'nie ma po co', 'po co mam'], goOn: ['zyc', 'dalej zyc', 'zyc dalej', 'ciagnac', 'ciagnac dalej', 'isc dalej', 'wstawac', 'dalej', 'walczyc'] },
  tr: { goOn: ['yasamak icin', 'yasamaya', 'devam etmek icin', 'devam etmeye', 'yasamanin', 'yasamak'], noReason: ['sebebim kalmadi', 'sebebim yok', 'nedenim kalmadi', 'nedenim yok', 'bir sebep yok', 'bir neden yok', 'anlami yok', 'anlami kalmadi'] },
  ar: { noReason: ['ما عاد عندي سبب', 'ما عندي سبب', 'لا يوجد سبب', 'ما في سبب', 'ما فيه سبب', 'لا سبب', 'ما عاد في سبب', 'ما في داعي'], goOn: ['اكمل', 'استمر', 'اعيش', 'العيش', 'اكمل حياتي', 'اعيش اكثر', 'اكمل بهالحياه'] },
  ru: { noReason: ['нет смысла', 'нет причин', 'нет причины', 'незачем', 'не вижу смысла', 'зачем мне', 'больше незачем'], goOn: ['жить', 'жить дальше', 'продолжать', 'дальше', 'бороться', 'вставать'] },
  uk: { noReason: ['немає сенсу', 'немає причин', 'нема сенсу', 'навіщо мені'], goOn: ['жити', 'жити далі', 'продовжувати', 'далі'] },
  th: { noReason: ['ไม่มีเหตุผล', 'ไม่รู้จะอยู่ไปทำไม', 'ไม่รู้จะ'], goOn: ['อยู่ต่อ', 'มีชีวิตอยู่', 'ใช้ชีวิตต่อ', 'สู้ต่อ', 'อยู่ไปทำไม'] },
  id: { noReason: ['gak ada alasan', 'ga ada alasan', 'nggak ada alasan', 'tidak ada alasan', 'tak ada alasan', 'gada alasan', 'gak ada gunanya', 'buat apa', 'untuk apa'], goOn: ['lanjut hidup', 'hidup', 'bertahan', 'melanjutkan hidup', 'terus hidup', 'bertahan hidup', 'hidup lagi'] },
  vi: { noReason: ['không còn lý do', 'không có lý do', 'chẳng còn lý do', 'hết lý do', 'không còn động lực'], goOn: ['để sống', 'sống', 'sống tiếp', 'tiếp tục', 'để tiếp tục', 'sống nữa'] },
  hi: { goOn: ['jeene ki', 'jine ki', 'jeene ka', 'जीने की', 'जीने का', 'aage badhne ki'], noReason: ['koi wajah nahi', 'koi vajah nahi', 'wajah nahi', 'koi matlab nahi', 'koi karan nahi', 'koi reason nahi', 'कोई वजह नहीं', 'कोई कारण नहीं', 'वजह नहीं', 'मतलब नहीं'] },
  sv: { noReason: ['ingen anledning', 'ingen anledning längre', 'ingen mening', 'ingen mening med', 'varför ska jag'], goOn: ['att fortsätta', 'fortsätta', 'att leva', 'leva', 'leva vidare', 'kämpa vidare', 'kämpa', 'orka'] },
  el: { noReason: ['δεν έχω λόγο', 'δεν εχω λογο', 'κανένα λόγο', 'κανενα λογο', 'κανέναν λόγο', 'δεν υπάρχει λόγος', 'δεν υπαρχει λογος', 'δεν έχει νόημα', 'δεν εχει νοημα'], goOn: ['να συνεχίσω', 'να συνεχισω', 'να ζω', 'να ζήσω', 'να ζησω', 'να προχωρήσω', 'να προχωρησω'] },
  cs: { noReason: ['nemám důvod', 'nemam duvod', 'žádný důvod', 'zadny duvod', 'nemám proč', 'nemam proc', 'nemá smysl', 'nema smysl', 'nemám už důvod'], goOn: ['pokračovat', 'pokracovat', 'žít', 'zit', 'žít dál', 'zit dal'] },
};

export const BELONGINGS: Readonly<Record<string, ConceptTable>> = {
  en: { giftVerb: ['gave away', 'given away', 'giving away', 'give away', 'gave', 'given', 'giving', 'handed out', 'handing out', 'left'], belongings: ['my things', 'my stuff', 'my belongings', 'my possessions', 'everything i own', 'all my things', 'all my stuff', 'my bike', 'my car', 'my laptop', 'my clothes', 'my books', 'my guitar'], affairsDone: ['wrote my will', 'made my will', 'sorted my will', 'sorted out my will', 'updated my will', 'wrote a will', 'made a will', 'my affairs in order', 'planned my funeral', 'my funeral is', 'sorted everything out for after'] },
  de: { giftVerb: ['verschenkt', 'verschenke', 'weggegeben', 'gebe weg', 'verteilt', 'verteile', 'vermacht'], belongings: ['meine sachen', 'meine ganzen sachen', 'mein zeug', 'alles was ich habe', 'all meine sachen', 'meinen besitz'], affairsDone: ['testament gemacht', 'testament geschrieben', 'mein testament', 'alles geregelt', 'meine angelegenheiten geregelt', 'meine beerdigung'] },
  es: { giftVerb: ['regale', 'regalado', 'regalando', 'reparti', 'repartido', 'repartiendo', 'done', 'donando', 'di', 'dado'], belongings: ['mis cosas', 'todas mis cosas', 'todo lo que tengo', 'mis pertenencias', 'mi ropa'], affairsDone: ['mi testamento', 'hice testamento', 'deje todo arreglado', 'deje todo en orden', 'mis asuntos en orden', 'mi funeral', 'mi entierro'] },
  fr: { giftVerb: ['donne', 'donnees', 'distribue', 'distribuees', 'legue', 'laisse'], belongings: ['mes affaires', 'toutes mes affaires', 'mes biens', "tout ce que j'ai", 'mes trucs'], affairsDone: ['mon testament', 'regle mes papiers', 'regle mes affaires', 'mes affaires en ordre', 'mes obseques', 'mon enterrement'] },
  pt: { giftVerb: ['dei', 'doei', 'doando', 'dando', 'distribui', 'distribuindo'], belongings: ['minhas coisas', 'todas as minhas coisas', 'meus pertences', 'tudo que eu tenho', 'minhas roupas'], affairsDone: ['meu testamento', 'fiz testamento', 'deixei tudo organizado', 'deixei tudo resolvido', 'meu funeral', 'meu enterro'] },
  it: { giftVerb: ['regalato', 'regalo', 'dato via', 'dando via', 'distribuito', 'lasciato'], belongings: ['le mie cose', 'tutte le mie cose', 'la mia roba', 'tutto quello che ho'], affairsDone: ['testamento', 'sistemato tutto', 'messo in ordine le mie cose', 'il mio funerale'] },
  nl: { giftVerb: ['weggegeven', 'weg gegeven', 'geef weg', 'verdeeld', 'weggeschonken'], belongings: ['mijn spullen', 'al mijn spullen', 'mijn dingen', 'alles wat ik heb'], affairsDone: ['mijn testament', 'testament gemaakt', 'alles geregeld', 'mijn uitvaart', 'mijn begrafenis'] },
  pl: { giftVerb: ['rozdalem', 'rozdalam', 'rozdaje', 'oddalem', 'oddalam', 'oddaje', 'rozdane'], belongings: ['swoje rzeczy', 'moje rzeczy', 'wszystkie rzeczy', 'wszystko co mam', 'swoje ubrania'], affairsDone: ['testament', 'wszystko zalatwione', 'uporzadkowalem sprawy', 'uporzadkowalam sprawy', 'moj pogrzeb'] },
  tr: { giftVerb: ['dagittim', 'dagitiyorum', 'verdim', 'hediye ettim', 'bagisladim'], belongings: ['esyalarimi', 'esyalarim', 'her seyimi', 'neyim varsa', 'kiyafetlerimi'], affairsDone: ['vasiyet', 'vasiyetimi', 'her seyi ayarladim', 'cenazem'] },
  ar: { giftVerb: ['وزعت', 'عطيت', 'اعطيت', 'تبرعت', 'اوزع'], belongings: ['اغراضي', 'اشيائي', 'حاجاتي', 'ملابسي', 'كل اغراضي'], affairsDone: ['وصيتي', 'كتبت وصيه', 'رتبت اموري', 'رتبت كل اموري'] },
  ru: { giftVerb: ['раздал', 'раздала', 'раздаю', 'отдал', 'отдала', 'отдаю', 'подарил', 'подарила'], belongings: ['свои вещи', 'мои вещи', 'все вещи', 'все свои вещи', 'всё что у меня'], affairsDone: ['завещание', 'привел дела в порядок', 'привела дела в порядок', 'уладил все дела', 'уладила все дела', 'мои похороны'] },
  ja: { giftVerb: ['あげた', 'あげて', '譲った', '譲って', '配った', '手放した', '手放して'], belongings: ['持ち物', '私物', '自分の物', '自分のもの', '身の回りの物'], affairsDone: ['遺言', '身辺整理', '身の回りの整理'] },
  zh: { giftVerb: ['送人', '送给别人', '送給別人', '送掉', '送光', '分给别人', '分給別人', '分掉'], belongings: ['东西都', '東西都', '所有东西', '所有東西', '家当', '家當', '我的东西', '我的東西'], affairsDone: ['遗嘱', '遺囑', '后事', '後事'] },
  ko: { giftVerb: ['나눠줬', '나눠 줬', '나눠주', '줘버렸', '처분했'], belongings: ['물건', '소지품', '가진 것', '제 것들'], affairsDone: ['신변정리', '신변 정리', '유언'] },
  th: { giftVerb: ['ยกของให้', 'แจกของ', 'ยกให้คนอื่น', 'แจกให้คนอื่น'], belongings: ['หมดแล้ว', 'ทั้งหมด', 'ทุกอย่าง', 'ข้าวของ', 'สมบัติ'], affairsDone: ['พินัยกรรม', 'สั่งเสีย'] },
  id: { giftVerb: ['kubagiin', 'dibagiin', 'bagiin', 'kubagikan', 'membagikan', 'kukasih', 'kukasihin', 'udah kukasih', 'kusumbangin', 'sumbangin', 'kusumbangkan'], belongings: ['barang2ku', 'barang-barangku', 'barangku', 'barang barangku', 'barang2 aku', 'barang aku', 'semua barang', 'barang2', 'hartaku'], affairsDone: ['surat wasiat', 'wasiat'] },
  vi: { giftVerb: ['cho hết', 'tặng hết', 'cho đi', 'cho người khác', 'đem cho', 'phân phát', 'cho lại'], belongings: ['đồ đạc', 'đồ của mình', 'đồ của tôi', 'tài sản', 'hết đồ'], affairsDone: ['di chúc', 'lo hậu sự'] },
  hi: { giftVerb: ['baant diya', 'bant diya', 'baant di', 'बाँट दिया', 'बांट दिया', 'बाँट दी', 'daan kar diya', 'दान कर दिया'], belongings: ['saaman', 'saman', 'सामान', 'सारा सामान', 'cheezein', 'चीज़ें', 'चीजें'], affairsDone: ['wasiyat', 'वसीयत'] },
  sv: { giftVerb: ['gett bort', 'gav bort', 'ger bort', 'skänkt', 'skänkte', 'delat ut'], belongings: ['mina grejer', 'mina saker', 'allt jag äger', 'mina prylar', 'mina kläder'], affairsDone: ['mitt testamente', 'skrivit testamente', 'ordnat allt', 'min begravning'] },
  el: { giftVerb: ['έδωσα', 'εδωσα', 'δίνω', 'χάρισα', 'χαρισα', 'μοίρασα', 'μοιρασα', 'χαρίζω'], belongings: ['τα πράγματά μου', 'τα πραγματα μου', 'πράγματά μου', 'πραγματα μου', 'τα υπάρχοντά μου', 'τα υπαρχοντα μου'], affairsDone: ['διαθήκη', 'διαθηκη', 'τακτοποίησα τα πάντα'] },
  cs: { giftVerb: ['rozdal', 'rozdala', 'rozdávám', 'rozdavam', 'daroval', 'darovala', 'dal pryč', 'dala pryč'], belongings: ['svoje věci', 'svoje veci', 'své věci', 'sve veci', 'moje věci', 'moje veci', 'všechny věci', 'vsechny veci'], affairsDone: ['závěť', 'zavet', 'poslední vůle', 'vše vyřízené'] },
  uk: { giftVerb: ['роздав', 'роздала', 'роздаю', 'віддав', 'віддала'], belongings: ['свої речі', 'мої речі', 'всі речі'], affairsDone: ['заповіт'] },
};

export const I_AM_A_BURDEN: Readonly<Record<string, ConceptTable>> = {
  de: { selfCopula: ['ich bin', 'bin', 'ich fuhle mich wie', 'bin ich', 'ich bin nur noch', 'ich werde'], burdenNoun: ['eine last', 'last', 'belastung', 'eine belastung', 'klotz am bein'] },
  es: { selfCopula: ['soy', 'me siento', 'me he convertido en', 'me converti en'], burdenNoun: ['una carga', 'un estorbo', 'estorbo', 'un lastre', 'un peso'] },
  fr: { selfCopula: ['je suis', 'suis', 'je me sens', 'je deviens', 'je suis devenu', 'je suis devenue'], burdenNoun: ['un poids', 'un fardeau', 'fardeau', 'un boulet'] },
  pt: { selfCopula: ['sou', 'me sinto', 'virei', 'to sendo', 'estou sendo', 'me tornei'], burdenNoun: ['um peso', 'um fardo', 'fardo', 'uma carga', 'um estorvo'] },
  it: { selfCopula: ['sono', 'mi sento', 'sono diventato', 'sono diventata'], burdenNoun: ['un peso', 'un fardello', 'fardello', 'peso morto'] },
  nl: { selfCopula: ['ik ben', 'ben', 'voel me', 'ik voel me'], burdenNoun: ['een last', 'last', 'tot last', 'een blok aan het been', 'een belasting'] },
  pl: { selfCopula: ['jestem', 'czuje sie', 'stalem sie', 'stalam sie'], burdenNoun: ['ciezarem', 'ciezar', 'obciazeniem', 'balastem', 'kula u nogi'] },
  ar: { selfCopula: ['انا', 'صرت', 'اصبحت', 'حاسس اني', 'حاسه اني', 'احس اني', 'احس انني'], burdenNoun: ['عبء', 'عبئا', 'حمل ثقيل', 'عاله', 'ثقل', 'ثقيل على'] },
  ru: { selfCopula: ['я', 'я стал', 'я стала', 'стал', 'стала', 'чувствую себя'], burdenNoun: ['обуза', 'обузой', 'бремя', 'балласт', 'в тягость', 'тяжкий груз', 'грузом'] },
  uk: { selfCopula: ['я', 'став', 'стала'], burdenNoun: ['тягар', 'тягарем', 'обуза', 'обузою'] },
  sv: { selfCopula: ['jag är', 'känner mig som', 'jag har blivit'], burdenNoun: ['en belastning', 'belastning', 'en börda', 'börda', 'till besvär', 'till last'] },
  el: { selfCopula: ['είμαι', 'ειμαι', 'νιώθω', 'νιωθω', 'έγινα', 'εγινα'], burdenNoun: ['βάρος', 'βαρος', 'φορτίο', 'φορτιο'] },
  cs: { selfCopula: ['jsem', 'cítím se jako', 'citim se jako', 'stal jsem se', 'stala jsem se'], burdenNoun: ['zátěž', 'zatez', 'zátěží', 'zatezi', 'přítěž', 'pritez', 'přítěží', 'na obtíž', 'na obtiz', 'břemeno', 'bremeno', 'břemenem'] },
  tr: { selfCopula: ['ben', 'herkese', 'aileme', 'aileme de'], burdenNoun: ['yuk oluyorum', 'yukum', 'yuk oldum', 'yuktan baska bir sey degilim'] },
  id: { selfCopula: ['aku', 'saya', 'gue', 'gw', 'aku cuma', 'saya cuma'], burdenNoun: ['beban', 'jadi beban'] },
  vi: { selfCopula: ['mình', 'tôi', 'em', 'tao'], burdenNoun: ['gánh nặng', 'cục nợ', 'của nợ'] },
  hi: { selfCopula: ['main', 'mai', 'मैं', 'main sabke liye'], burdenNoun: ['bojh', 'बोझ', 'bojh ban', 'बोझ बन'] },
};

export const LOST_ALL: Readonly<Record<string, ConceptTable>> = {
  en: { lostAll: ['lost everything', 'lost it all', 'lost all my savings', 'lost all my money', 'lost my life savings', 'lost every penny', 'everything is gone'] },
  de: { lostAll: ['alles verloren', 'alles ist weg', 'mein ganzes erspartes'] },
  es: { lostAll: ['perdi todo', 'lo perdi todo', 'perdi todos mis ahorros', 'me quede sin nada', 'no me queda nada'] },
  fr: { lostAll: ["j'ai tout perdu", 'tout perdu', 'perdu toutes mes economies', "il ne me reste rien"] },
  pt: { lostAll: ['perdi tudo', 'perdi todas as minhas economias', 'fiquei sem nada', 'nao me sobrou nada'] },
  it: { lostAll: ['ho perso tutto', 'perso tutto', 'persi tutti i risparmi', 'perso tutti i miei risparmi', 'non mi resta niente', 'non mi e rimasto niente'] },
  nl: { lostAll: ['alles kwijt', 'alles verloren', 'al mijn spaargeld kwijt'] },
  pl: { lostAll: ['stracilem wszystko', 'stracilam wszystko', 'wszystko stracilem', 'wszystko stracilam', 'zostalem z niczym', 'zostalam z niczym', 'nic mi nie zostalo'] },
  tr: { lostAll: ['her seyimi kaybettim', 'her seyi kaybettim', 'tum birikimimi kaybettim', 'elimde hicbir sey kalmadi', 'hicbir seyim kalmadi'] },
  ar: { lostAll: ['خسرت كل شي', 'خسرت كل شيء', 'خسرت كل فلوسي', 'راح كل شي', 'ضاع كل شي', 'ما بقى عندي شي'] },
  ru: { lostAll: ['потерял всё', 'потеряла всё', 'потерял все', 'потеряла все', 'всё потерял', 'всё потеряла', 'все потерял', 'все потеряла', 'остался ни с чем', 'осталась ни с чем'] },
  uk: { lostAll: ['втратив усе', 'втратила усе', 'втратив все', 'втратила все'] },
  ja: { lostAll: ['全部失った', '全てを失った', 'すべてを失った', '全財産を失', '全部なくした', '何もかも失'] },
  zh: { lostAll: ['全亏光', '亏光了', '虧光了', '一无所有', '一無所有', '全没了', '全沒了', '失去了一切', '赔光了', '賠光了'] },
  ko: { lostAll: ['다 잃었', '모든 걸 잃었', '전부 잃었', '전재산을 잃', '다 날렸', '전부 날렸'] },
  th: { lostAll: ['เสียทุกอย่าง', 'หมดตัว', 'สูญเสียทุกอย่าง', 'หมดเนื้อหมดตัว'] },
  id: { lostAll: ['kehilangan semuanya', 'kehilangan segalanya', 'habis semua', 'ludes semua', 'udah gak punya apa2', 'gak punya apa-apa lagi'] },
  vi: { lostAll: ['mất hết', 'mất tất cả', 'trắng tay', 'mất sạch'] },
  hi: { lostAll: ['sab kuch kho diya', 'sab kuch kho gaya', 'सब कुछ खो दिया', 'sab kuch gawa diya', 'सब कुछ गँवा दिया', 'sab barbad ho gaya', 'सब बर्बाद हो गया'] },
  sv: { lostAll: ['förlorat allt', 'förlorade allt', 'allt är borta', 'har ingenting kvar'] },
  el: { lostAll: ['έχασα τα πάντα', 'εχασα τα παντα', 'τα έχασα όλα', 'τα εχασα ολα', 'έμεινα χωρίς τίποτα'] },
  cs: { lostAll: ['přišel jsem o všechno', 'prisel jsem o vsechno', 'přišla jsem o všechno', 'prisla jsem o vsechno', 'ztratil jsem všechno', 'ztratila jsem všechno'] },
};

export const LOVED_ONES: Readonly<Record<string, ConceptTable>> = {
  en: { tellKin: ['tell my mum', 'tell my mom', 'tell my mother', 'tell my dad', 'tell my father', 'tell my family', 'tell my kids', 'tell my children', 'tell my wife', 'tell my husband', 'tell my sister', 'tell my brother', 'tell my parents', 'tell my son', 'tell my daughter', 'tell my girlfriend', 'tell my boyfriend', 'tell my partner'], loveSorry: ["i'm sorry", 'i am sorry', 'i love her', 'i love him', 'i love them', 'i loved her', 'i loved him', 'i loved them', 'forgive me', "it wasn't their fault", "it's not their fault", "it's not her fault", "it's not his fault"] },
  de: { tellKin: ['sagt meiner', 'sag meiner', 'sagen sie meiner', 'sagt meinem', 'sag meinem', 'sagen sie meinem', 'sagt meinen', 'sag meinen', 'sagen sie meinen', 'richtet meiner', 'richtet meinem'], loveSorry: ['ich sie liebe', 'ich ihn liebe', 'ich euch liebe', 'ich liebe sie', 'ich liebe ihn', 'es tut mir leid', 'es mir leid tut', 'vergebt mir', 'verzeiht mir'] },
  es: { tellKin: ['diganle a mi', 'dile a mi', 'digan a mi', 'decile a mi', 'diganles a mis', 'dile a mis'], loveSorry: ['que la quiero', 'que lo quiero', 'que los quiero', 'que las quiero', 'que la amo', 'que lo amo', 'que los amo', 'que lo siento', 'que me perdone', 'que me perdonen'] },
  fr: { tellKin: ['dites a ma', 'dites a mon', 'dites a mes', 'dis a ma', 'dis a mon', 'dis a mes'], loveSorry: ["que je l'aime", 'que je les aime', 'que je suis desole', 'que je suis desolee', 'de me pardonner', 'pardon'] },
  pt: { tellKin: ['diga a minha', 'diga ao meu', 'digam a minha', 'digam ao meu', 'diz pra minha', 'diz pro meu', 'fala pra minha', 'fala pro meu', 'avisa minha', 'avisa meu'], loveSorry: ['que eu amo', 'que amo ela', 'que amo ele', 'que eu sinto muito', 'que me perdoe', 'que me perdoem'] },
  it: { tellKin: ['dite a mia', 'dite a mio', 'di a mia', 'di a mio', 'dite ai miei', 'dite alla mia', 'dite al mio'], loveSorry: ['che la amo', 'che lo amo', 'che li amo', 'che le voglio bene', 'che gli voglio bene', 'che mi dispiace', 'di perdonarmi'] },
  nl: { tellKin: ['zeg tegen mijn', 'zeg mijn', 'vertel mijn', 'zeg aan mijn'], loveSorry: ['dat ik van haar hou', 'dat ik van hem hou', 'dat ik van ze hou', 'dat het me spijt'] },
  pl: { tellKin: ['powiedzcie mojej', 'powiedzcie mojemu', 'powiedz mojej', 'powiedz mojemu', 'przekazcie mojej', 'przekazcie mojemu', 'powiedzcie mamie', 'powiedzcie rodzinie'], loveSorry: ['ze ja kocham', 'ze go kocham', 'ze ich kocham', 'ze przepraszam', 'ze ich przepraszam'] },
  ru: { tellKin: ['передайте маме', 'передайте жене', 'передайте мужу', 'передайте моей', 'передайте моему', 'скажите маме', 'скажите моей', 'скажите моему', 'передайте родным', 'передайте детям'], loveSorry: ['что я её люблю', 'что я ее люблю', 'что я его люблю', 'что я их люблю', 'простите меня', 'прости меня', 'что мне жаль'] },
};

export const UNNOTICED: Readonly<Record<string, ConceptTable>> = {
  en: { unnoticed: ['nobody would notice', 'no one would notice', 'nobody would care', 'no one would care', 'nobody would miss me', 'no one would miss me', 'nobody will notice', 'no one will notice', 'nobody will miss me', 'no one will miss me', 'nobody will even notice', 'no one will even notice'] },
  de: { goneSelf: ['wenn ich nicht mehr da bin', 'wenn ich morgen nicht mehr da bin', 'wenn ich weg bin', 'wenn ich nicht mehr bin'], unnoticed: ['merkt das eh keiner', 'merkt eh keiner', 'merkt das keiner', 'merkt keiner', 'merkt das niemand', 'merkt niemand', 'wurde keiner merken', 'wurde niemand merken', 'vermisst mich keiner', 'vermisst mich niemand', 'wurde mich keiner vermissen', 'wurde mich niemand vermissen'] },
  es: { goneSelf: ['si ya no estoy', 'cuando ya no este', 'si desaparezco', 'si me muero'], unnoticed: ['nadie lo notaria', 'nadie se daria cuenta', 'nadie se va a dar cuenta', 'nadie me extranaria', 'nadie me va a extranar', 'a nadie le importaria', 'a nadie le va a importar'] },
  fr: { goneSelf: ['si je ne suis plus la', 'quand je ne serai plus la', 'si je disparais', 'si je meurs'], unnoticed: ['personne ne le remarquerait', 'personne ne remarquera', 'personne ne remarquerait', 'personne ne me regretterait', 'personne ne me regrettera', "personne ne s'en rendra compte", "personne ne s'en rendrait compte"] },
  pt: { goneSelf: ['se eu nao estiver mais aqui', 'quando eu nao estiver mais aqui', 'se eu sumir', 'se eu morrer'], unnoticed: ['ninguem ia notar', 'ninguem ia perceber', 'ninguem vai perceber', 'ninguem vai notar', 'ninguem sentiria falta', 'ninguem vai sentir falta', 'ninguem ia sentir falta'] },
  it: { goneSelf: ['se non ci sono piu', 'quando non ci saro piu', 'se sparisco', 'se muoio'], unnoticed: ['nessuno se ne accorgerebbe', 'nessuno se ne accorgera', 'nessuno noterebbe', 'a nessuno mancherei', 'non mancherei a nessuno'] },
  nl: { goneSelf: ['als ik er morgen niet meer ben', 'als ik weg ben'], unnoticed: ['niemand zou het merken', 'niemand merkt het', 'niemand zal het merken', 'niemand zal me missen', 'niemand zou me missen'] },
  pl: { goneSelf: ['jak mnie nie bedzie', 'gdy mnie nie bedzie', 'jesli zniknę', 'jesli zniknę'], unnoticed: ['nikt by nie zauwazyl', 'nikt nie zauwazy', 'nikt by nie tesknil', 'nikt nie bedzie tesknil'] },
  ru: { goneSelf: ['если меня не станет', 'когда меня не станет', 'если я исчезну', 'если я умру'], unnoticed: ['никто не заметит', 'никто и не заметит', 'никто не будет скучать', 'никому не будет дела', 'никто не хватится'] },
  tr: { goneSelf: ['ben olmasam', 'ben gidersem', 'ben olmazsam', 'ben olmayinca'], unnoticed: ['kimse farketmez', 'kimse fark etmez', 'kimse ozlemez', 'kimsenin umrunda olmaz'] },
};

export const TONIGHT: Readonly<Record<string, ConceptTable>> = {
  en: { tonight: ['tonight', 'this evening'] },
  de: { tonight: ['heute nacht', 'heute abend', 'heut nacht'] },
  es: { tonight: ['esta noche', 'hoy en la noche', 'hoy por la noche'] },
  fr: { tonight: ['ce soir', 'cette nuit'] },
  pt: { tonight: ['hoje a noite', 'essa noite', 'esta noite', 'hoje de noite'] },
  it: { tonight: ['stasera', 'stanotte', 'questa notte'] },
  nl: { tonight: ['vannacht', 'vanavond'] },
  pl: { tonight: ['dzisiaj w nocy', 'dzis w nocy', 'dzis wieczorem', 'tej nocy'], endAll: ['z tym wszystkim skoncze', 'skoncze z tym wszystkim', 'skonczyc z tym wszystkim'] },
  tr: { tonight: ['bu gece', 'bu aksam'], endAll: ['her sey bitecek'] },
  ru: { tonight: ['сегодня ночью', 'этой ночью', 'сегодня вечером'] },
  sv: { tonight: ['ikväll', 'i kväll', 'i natt', 'inatt'] },
  cs: { tonight: ['dnes v noci', 'dnes večer', 'dnes vecer'] },
  el: { tonight: ['απόψε', 'αποψε'] },
  id: { tonight: ['malam ini', 'nanti malam'] },
  vi: { tonight: ['tối nay', 'đêm nay'] },
  hi: { tonight: ['aaj raat', 'आज रात'] },
  ar: { tonight: ['الليله', 'هالليله'] },
  zh: { tonight: ['今晚', '今天晚上'] },
  ja: { tonight: ['今夜', '今晩'] },
  ko: { tonight: ['오늘 밤', '오늘밤'] },
  th: { tonight: ['คืนนี้'] },
};

export const MORE_WORDS: Readonly<Record<string, ConceptTable>> = {
  en: {
    ceaseToBe: ["don't wake up", 'do not wake up', 'not wake up again', 'never wake up again', 'never have to wake up', "didn't have to wake up"],
    selfHarm: ['been cutting again', "i've been cutting", 'started cutting myself', 'step in front of a car', 'step in front of a bus', 'step in front of a train', 'step in front of a truck', 'step in front of one of your cars', 'walk into traffic', 'throw myself in front of', 'jump in front of a'],
  },
  nl: { ceaseToBe: ['er gewoon niet meer zijn', 'er echt niet meer zijn', 'er eigenlijk niet meer zijn', 'er liever niet meer zijn', 'er gewoon niet meer te zijn', 'niet meer wakker te worden'] },
  it: { noLongerNeeded: ['non mi servono piu', 'non mi serve piu', 'non mi serviranno'] },
  ar: { noLongerNeeded: ['ما عاد احتاجها', 'ما عاد احتاجه', 'ما عاد احتاجهم', 'ما راح احتاجها', 'ما راح احتاجه', 'لن احتاجها', 'لن احتاجه'], jumpVerb: ['ارمي حالي', 'ارمي روحي', 'ارمي نفسي', 'انط', 'اقفز'], height: ['الجسر', 'من الجسر', 'من فوق الجسر', 'من السطح', 'من البلكونه', 'من العماره', 'من الشباك', 'قدام القطار'] },
  ja: { noLongerNeeded: ['もう必要ない', 'もういらない', '必要なくなる', 'もう使わない'] },
  ko: { noLongerNeeded: ['이제 필요 없', '필요 없을', '더 이상 필요 없', '이제 쓸 일', '쓸 일이 없'] },
  th: { noLongerNeeded: ['ไม่ต้องใช้แล้ว', 'ไม่จำเป็นแล้ว', 'ไม่ได้ใช้แล้ว'] },
  id: { noLongerNeeded: ['gak butuh lagi', 'ga butuh lagi', 'nggak butuh lagi', 'tidak butuh lagi', 'gak perlu lagi', 'tidak perlu lagi', 'gak bakal butuh', 'ga bakal butuh', 'gak akan kupakai lagi'] },
  vi: { noLongerNeeded: ['không cần nữa', 'chẳng cần nữa', 'không cần dùng nữa', 'sẽ không cần'] },
  sv: { noLongerNeeded: ['behöver dem inte längre', 'behöver det inte längre', 'behöver den inte längre', 'behöver inte längre', 'kommer inte behöva'] },
  el: { noLongerNeeded: ['δεν θα τα χρειαστώ', 'δεν θα τα χρειαστω', 'δεν θα το χρειαστώ', 'δεν τα χρειάζομαι πια'] },
  cs: { noLongerNeeded: ['už je nebudu potřebovat', 'uz je nebudu potrebovat', 'nebudu potřebovat', 'nebudu potrebovat'] },
  hi: { noLongerNeeded: ['ज़रूरत नहीं पड़ेगी', 'जरूरत नहीं पड़ेगी', 'zarurat nahi padegi', 'zaroorat nahi padegi', 'ab zarurat nahi'], wishFor: ['kaash', 'काश'], ceaseToBe: ['uthu hi na', 'uthun hi na', 'uthoon hi na', 'na uthu', 'उठूं ही ना', 'उठूँ ही न', 'उठूं ही न'], jumpVerb: ['kood', 'kud', 'kood jaunga', 'kood jaungi', 'koodna', 'कूद', 'कूदना', 'कूद जाऊंगा', 'chhalang'], height: ['pul se', 'bridge se', 'chhat se', 'building se', 'terrace se', 'पुल से', 'छत से', 'train ke aage', 'ट्रेन के आगे'] },
  zh: { noLongerNeeded: ['用不上了', '用不到了', '用不着了', '用不著了'], selfHarm: ['就不要再醒来', '就不要再醒來', '不要再醒过来', '不要再醒過來', '再也不要醒来', '再也不要醒來', '永远不要醒来', '永遠不要醒來', '一睡不醒'] },
  pl: { selfHarm: ['skoncze ze soba', 'skonczyc ze soba', 'ze soba skoncze'] },
};

export const DECIDED_TO_END: Readonly<Record<string, ConceptTable>> = {
  en: { decided: ['decided to', "i've decided", 'i have decided', 'made up my mind to', 'made my decision'], endIt: ['end it', 'end it all', 'end everything', 'end things', 'end my life', 'go through with it'] },
  de: { decided: ['beschlossen', 'entschieden', 'entschlossen'], endIt: ['alles zu beenden', 'alles beenden', 'es zu beenden', 'es beenden', 'schluss zu machen', 'schluss machen', 'allem ein ende zu setzen', 'meinem leben ein ende zu setzen'] },
  fr: { decided: ["j'ai decide", 'decide de', "c'est decide", 'ma decision est prise'], endIt: ["d'en finir", 'en finir', 'de tout arreter', 'mettre fin a tout', 'mettre fin a mes jours', 'de mettre fin a tout'] },
  es: { decided: ['decidi', 'he decidido', 'ya lo decidi', 'ya decidi', 'tome la decision de'], endIt: ['terminar con todo', 'acabar con todo', 'acabar con esto', 'terminar con esto', 'ponerle fin a todo', 'acabar con mi vida'] },
  it: { decided: ['ho deciso', 'deciso di', 'ho preso la decisione di'], endIt: ['farla finita', 'di farla finita', 'finirla', 'di finirla', 'chiudere con tutto', 'mettere fine a tutto'] },
  pt: { decided: ['decidi', 'ja decidi', 'tomei a decisao de'], endIt: ['acabar com tudo', 'terminar com tudo', 'por um fim em tudo', 'dar um fim em tudo', 'acabar com a minha vida'] },
  nl: { decided: ['besloten', 'heb besloten', 'mijn besluit staat vast'], endIt: ['een eind aan te maken', 'een einde aan te maken', 'er een eind aan te maken', 'er een einde aan te maken', 'er een punt achter te zetten', 'alles te beeindigen', 'een eind aan alles te maken'] },
  pl: { decided: ['postanowilem', 'postanowilam', 'zdecydowalem', 'zdecydowalam', 'podjalem decyzje', 'podjelam decyzje'], endIt: ['to zakonczyc', 'z tym skonczyc', 'skonczyc z tym', 'zakonczyc to wszystko', 'to wszystko zakonczyc', 'skonczyc ze wszystkim'] },
  ru: { decided: ['решил', 'решила', 'принял решение', 'приняла решение'], endIt: ['всё закончить', 'все закончить', 'покончить со всем', 'покончить с этим', 'закончить всё', 'закончить все', 'положить всему конец'] },
  uk: { decided: ['вирішив', 'вирішила'], endIt: ['все закінчити', 'покінчити з усім', 'покласти всьому край'] },
  sv: { decided: ['bestämt mig för att', 'har bestämt', 'beslutat'], endIt: ['göra slut på allt', 'avsluta allt', 'avsluta det', 'sätta punkt', 'ta slut på allt'] },
  el: { decided: ['αποφάσισα', 'αποφασισα', 'πήρα την απόφαση', 'πηρα την αποφαση'], endIt: ['να τελειώσω', 'να τελειωσω', 'να τα τελειώσω', 'να τα τελειωσω', 'να βάλω τέλος', 'να βαλω τελος'] },
  cs: { decided: ['rozhodl jsem se', 'rozhodla jsem se', 'rozhodl', 'rozhodla'], endIt: ['to ukončit', 'to ukoncit', 'ukončit to', 'ukoncit to', 'to všechno ukončit', 'to vsechno ukoncit', 'se vším skoncovat', 'se vsim skoncovat'] },
  tr: { endIt: ['her seyi bitirmeye', 'her seyi bitirmek', 'bitirmeye', 'son vermeye', 'hayatima son vermeye', 'her seye son vermeye'], decided: ['karar verdim', 'kararimi verdim'] },
  ja: { endIt: ['終わらせる', '終わりにする', '全部終わらせる', '終わらせると', '終わりにすると'], decided: ['決めました', '決めた', '決心した', '決心しました'] },
  ko: { endIt: ['모든걸끝내기로', '다끝내기로', '모든것을끝내기로', '오늘밤끝내기로', '끝내기로'], decided: ['했어요', '했어', '결심했', '마음먹었'] },
  hi: { endIt: ['sab khatam karne', 'sab khatam karne ka', 'सब खत्म करने', 'sab kuch khatam karne'], decided: ['faisla kiya', 'faisla kar liya', 'फैसला किया', 'फैसला कर लिया', 'tay kar liya', 'तय कर लिया'] },
};

export const AT_A_HEIGHT: Readonly<Record<string, ConceptTable>> = {
  en: { atHeight: ["i'm on the roof", 'i am on the roof', "i'm on the ledge", 'i am on the ledge', "i'm on the rooftop", "i'm standing on the roof", "i'm standing on the ledge", "i'm on the tracks", "i'm standing on the tracks", "i'm on the edge of the roof"], rightNow: ['right now', 'now', 'at the moment'] },
  de: { atHeight: ['auf dem dach', 'am abgrund', 'auf den gleisen', 'auf dem gelander'], rightNow: ['gerade', 'jetzt', 'grad', 'im moment'] },
  fr: { atHeight: ['sur le toit', 'sur le rebord', 'sur les rails', 'au bord du toit'], rightNow: ['la', 'maintenant', 'en ce moment'] },
  es: { atHeight: ['en la azotea', 'en el tejado', 'en la cornisa', 'en las vias', 'en el techo'], rightNow: ['ahora', 'ahora mismo', 'en este momento'] },
  it: { atHeight: ['sul tetto', 'sul cornicione', 'sui binari'], rightNow: ['adesso', 'ora', 'in questo momento'] },
  pt: { atHeight: ['no telhado', 'na laje', 'no parapeito', 'nos trilhos'], rightNow: ['agora', 'agora mesmo', 'nesse momento'] },
  nl: { atHeight: ['op het dak', 'op de rand', 'op het spoor'], rightNow: ['nu', 'op dit moment', 'net'] },
  pl: { atHeight: ['na dachu', 'na krawedzi', 'na torach'], rightNow: ['teraz', 'w tej chwili'] },
  ru: { atHeight: ['на крыше', 'на краю крыши', 'на рельсах'], rightNow: ['сейчас', 'прямо сейчас'] },
  uk: { atHeight: ['на даху', 'на краю даху'], rightNow: ['зараз', 'прямо зараз'] },
  sv: { atHeight: ['på taket', 'på kanten', 'på spåret'], rightNow: ['nu', 'just nu'] },
  el: { atHeight: ['στην ταράτσα', 'στην ταρατσα', 'στην άκρη της ταράτσας', 'στις γραμμές'], rightNow: ['τώρα', 'τωρα', 'αυτή τη στιγμή'] },
  cs: { atHeight: ['na střeše', 'na streche', 'na okraji střechy', 'na kolejích', 'na kolejich'], rightNow: ['teď', 'ted', 'právě', 'prave'] },
  tr: { atHeight: ['çatıdayım', 'catidayim', 'çatının kenarındayım', 'catinin kenarindayim', 'raylardayım'], rightNow: ['şu an', 'su an', 'şimdi', 'simdi'] },
  ja: { atHeight: ['屋上にいます', '屋上にいる', '屋上に来た', '線路にいる'], rightNow: ['今', 'いま'] },
  zh: { atHeight: ['在天台', '在楼顶', '在樓頂', '在顶楼', '在頂樓', '在铁轨', '在鐵軌'], rightNow: ['现在', '現在', '此刻'] },
  ko: { atHeight: ['옥상에 있', '옥상이에요', '옥상 위에', '난간에 서'], rightNow: ['지금'] },
  th: { atHeight: ['อยู่บนดาดฟ้า', 'บนดาดฟ้า', 'อยู่บนหลังคา'], rightNow: ['ตอนนี้'] },
  id: { atHeight: ['di atap', 'di atas gedung', 'di rooftop', 'di pinggir atap'], rightNow: ['sekarang', 'lagi'] },
  vi: { atHeight: ['trên sân thượng', 'trên nóc nhà', 'trên mái nhà'], rightNow: ['đang', 'bây giờ', 'giờ'] },
  hi: { atHeight: ['chhat par', 'छत पर', 'terrace par'], rightNow: ['abhi', 'अभी'] },
  ar: { atHeight: ['على السطح', 'فوق السطح', 'على حافه السطح'], rightNow: ['الحين', 'الان', 'هلا', 'هلق', 'دلوقتي'] },
};

export const ONE_WAY: Readonly<Record<string, ConceptTable>> = {
  en: { highPlace: ['the bridge', 'the old bridge', 'a bridge', 'the cliffs', 'the cliff', 'the highest bridge', 'the viaduct'], oneWay: ['one way', 'one-way', 'no return', 'no need for a return', "won't need a ride back", "won't need a return", 'no ride back', "i'm not coming back"] },
  de: { highPlace: ['zur brucke', 'zur alten brucke', 'an die brucke', 'zur klippe', 'zu den klippen'], oneWay: ['ohne ruckfahrt', 'nur hin', 'nur hinfahrt', 'einfache fahrt', 'keine ruckfahrt'] },
  fr: { highPlace: ['au pont', 'vers le pont', "jusqu'au pont", 'aux falaises', 'la falaise'], oneWay: ['aller simple', 'pas besoin de retour', 'sans retour'] },
  es: { highPlace: ['al puente', 'hasta el puente', 'los acantilados', 'al acantilado'], oneWay: ['de ida', 'solo ida', 'sin vuelta', 'sin regreso', 'no necesito regreso', 'no necesito vuelta'] },
  it: { highPlace: ['al ponte', 'fino al ponte', 'alla scogliera'], oneWay: ['sola andata', 'solo andata', 'senza ritorno'] },
  pt: { highPlace: ['ate a ponte', 'pra ponte', 'para a ponte', 'ao penhasco'], oneWay: ['so ida', 'sem volta', 'nao preciso de volta'] },
  nl: { highPlace: ['naar de brug', 'de brug'], oneWay: ['enkele reis', 'geen terugrit', 'zonder terugweg'] },
  pl: { highPlace: ['na most', 'pod most', 'do mostu'], oneWay: ['w jedna strone', 'bez powrotu'] },
  ru: { highPlace: ['до моста', 'к мосту', 'на мост'], oneWay: ['в одну сторону', 'без обратной дороги', 'обратно не нужно', 'обратно не надо'] },
  sv: { highPlace: ['till bron', 'bron'], oneWay: ['enkel resa', 'ingen återresa', 'utan retur'] },
  el: { highPlace: ['τη γέφυρα', 'τη γεφυρα', 'στη γέφυρα', 'στη γεφυρα'], oneWay: ['μόνο μετάβαση', 'μονο μεταβαση', 'χωρίς επιστροφή', 'χωρις επιστροφη'] },
  cs: { highPlace: ['k mostu', 'na most'], oneWay: ['jednosměrně', 'jednosmerne', 'jen tam', 'bez návratu', 'bez navratu'] },
  tr: { highPlace: ['köprüye', 'kopruye', 'uçuruma', 'ucuruma'], oneWay: ['tek yön', 'tek yon', 'dönüş yok', 'donus yok', 'dönüşe gerek yok', 'donuse gerek yok'] },
  ja: { highPlace: ['橋まで', '橋へ', '崖まで'], oneWay: ['片道', '帰りはいりません', '帰りはいらない'] },
  zh: { highPlace: ['大桥', '大橋', '去桥', '去橋', '悬崖', '懸崖'], oneWay: ['单程', '單程', '不用回来', '不用回來', '不回来了', '不回來了'] },
  ko: { highPlace: ['다리까지', '한강', '대교'], oneWay: ['편도', '돌아올 일 없', '안 돌아와'] },
  th: { highPlace: ['สะพาน'], oneWay: ['เที่ยวเดียว', 'ไม่ต้องกลับ'] },
  id: { highPlace: ['ke jembatan'], oneWay: ['sekali jalan', 'gak usah balik', 'ga usah balik', 'tidak perlu pulang'] },
  vi: { highPlace: ['ra cầu', 'lên cầu', 'cây cầu'], oneWay: ['một chiều', 'không cần quay về', 'khỏi quay về'] },
  hi: { highPlace: ['pul tak', 'pul par', 'bridge tak', 'पुल तक'], oneWay: ['one way', 'wapas nahi', 'vapas nahi aana', 'वापस नहीं'] },
  ar: { highPlace: ['للجسر', 'الجسر'], oneWay: ['بدون رجعه', 'رايح بس', 'ذهاب فقط', 'بلا رجعه'] },
};

export const GONE_UNNOTICED_MORE: Readonly<Record<string, ConceptTable>> = {
  sv: { goneSelf: ['om jag försvann', 'om jag inte fanns', 'om jag dog'], unnoticed: ['ingen skulle bry sig', 'ingen skulle märka', 'ingen skulle sakna mig'] },
  el: { goneSelf: ['αν εξαφανιζόμουν', 'αν εξαφανιζομουν', 'αν εξαφανιστώ', 'αν πέθαινα', 'αν πεθαινα'], unnoticed: ['κανείς δεν θα νοιαζόταν', 'κανεις δεν θα νοιαζοταν', 'κανείς δεν θα το πρόσεχε', 'κανείς δεν θα καταλάβαινε', 'δεν θα λείψω σε κανέναν'] },
  cs: { goneSelf: ['kdybych zmizel', 'kdybych zmizela', 'kdybych tu nebyl', 'kdybych tu nebyla'], unnoticed: ['nikdo by si nevšiml', 'nikdo by si nevsiml', 'nikomu bych nechyběl', 'nikomu bych nechyběla'] },
  ru: { selfHarm: ['не хочу больше существовать', 'не хочу существовать', 'больше не хочу существовать'] },
  uk: { selfHarm: ['не хочу існувати', 'не хочу більше існувати'] },
  zh: { selfHarm: ['不想再存在', '不想存在了'] },
};

export const OVER_FOR_ME: Readonly<Record<string, ConceptTable>> = {
  en: { overForMe: ["it's over for me", 'it is over for me', "i'm finished", "i'm done for", 'everything is over for me', "it's all over for me"] },
  de: { overForMe: ['fur mich ist alles vorbei', 'fur mich ist es vorbei', 'fur mich ist alles aus', 'es ist aus mit mir', 'ich bin am ende'] },
  fr: { overForMe: ["c'est fini pour moi", 'tout est fini pour moi', "pour moi c'est fini", 'je suis fini', 'je suis finie'] },
  es: { overForMe: ['todo se acabo para mi', 'para mi se acabo', 'se acabo para mi', 'estoy acabado', 'estoy acabada', 'para mi ya todo termino'] },
  it: { overForMe: ['per me e finita', 'e finita per me', 'sono finito', 'sono finita', 'per me e tutto finito'] },
  pt: { overForMe: ['acabou pra mim', 'acabou para mim', 'pra mim acabou', 'estou acabado', 'estou acabada', 'to acabado', 'to acabada'] },
  nl: { overForMe: ['het is voorbij voor mij', 'voor mij is het voorbij', 'voor mij is alles voorbij', 'het is over voor mij'] },
  pl: { overForMe: ['to koniec dla mnie', 'dla mnie to koniec', 'dla mnie wszystko skonczone', 'jestem skonczony', 'jestem skonczona'] },
  ru: { overForMe: ['для меня всё кончено', 'для меня все кончено', 'мне конец', 'со мной всё кончено', 'со мной все кончено', 'для меня всё закончилось'] },
  uk: { overForMe: ['для мене все скінчено', 'мені кінець'] },
  sv: { overForMe: ['allt är slut för mig', 'det är slut för mig', 'för mig är allt slut', 'det är kört för mig'] },
  el: { overForMe: ['όλα τελείωσαν για μένα', 'ολα τελειωσαν για μενα', 'για μένα τελείωσαν όλα', 'τελείωσα', 'τελειωσα'] },
  cs: { overForMe: ['pro mě je všechno konec', 'pro me je vsechno konec', 'pro mě je konec', 'pro me je konec', 'je se mnou konec', 'jsem v koncích'] },
  tr: { overForMe: ['benim için her şey bitti', 'benim icin her sey bitti', 'benim için bitti', 'benim icin bitti', 'bittim ben', 'ben bittim'] },
  ja: { overForMe: ['私はもう終わりだ', '私はもう終わり', '俺はもう終わり', '僕はもう終わり', '自分はもう終わり', '人生終わった'] },
  zh: { overForMe: ['我已经完了', '我已經完了', '我完了', '对我来说一切都结束了', '對我來說一切都結束了'] },
  ko: { overForMe: ['저는 끝났어요', '나는 끝났어', '난 끝났어', '저는 이제 끝이에요', '내 인생은 끝났'] },
  th: { overForMe: ['ทุกอย่างจบแล้วสำหรับฉัน', 'ชีวิตฉันจบแล้ว', 'ฉันจบแล้ว'] },
  id: { overForMe: ['semuanya udah selesai buat aku', 'semuanya sudah selesai bagiku', 'udah tamat riwayatku', 'hidupku udah selesai'] },
  vi: { overForMe: ['với tôi mọi thứ đã hết', 'với tôi mọi thứ đã kết thúc', 'tôi xong rồi', 'đời tôi hết rồi'] },
  hi: { overForMe: ['mere liye sab khatam hai', 'mere liye sab khatam', 'मेरे लिए सब खत्म', 'main khatam ho gaya', 'main khatam ho gayi'] },
  ar: { overForMe: ['كل شي انتهى بالنسبه لي', 'انتهيت', 'انا انتهيت', 'خلاص انتهيت'] },
};

/** What is left of one's balance, and not needing it, where the packs lacked the words (frame `money-to-family-not-needed`). */
export const BALANCE_LEFT: Readonly<Record<string, ConceptTable>> = {
  en: { balanceLeft: ['whatever is left', "what's left", 'my balance', 'the rest of my balance', 'remaining balance', 'my coins', 'my crypto'] },
  de: { balanceLeft: ['restguthaben', 'guthaben', 'mein guthaben', 'meine coins', 'den rest'] },
  fr: { balanceLeft: ['mon solde', 'le reste de mon solde', 'mes cryptos'] },
  es: { balanceLeft: ['mi saldo', 'lo que queda', 'mis monedas'] },
  it: { balanceLeft: ['il saldo', 'saldo rimasto', 'le mie crypto'] },
  pt: { balanceLeft: ['o saldo', 'saldo que sobrou', 'minhas moedas'] },
  nl: { balanceLeft: ['restsaldo', 'saldo', 'mijn munten'] },
  pl: { balanceLeft: ['reszte salda', 'saldo', 'salda', 'moje krypto'], family: ['siostrze', 'mamie', 'corce', 'bratu', 'synowi', 'zonie', 'mezowi', 'rodzicom', 'babci'] },
  ru: { balanceLeft: ['остаток', 'баланс', 'мои монеты'], family: ['сестре', 'маме', 'дочери', 'брату', 'сыну', 'жене', 'мужу', 'родителям', 'бабушке'] },
  sv: { balanceLeft: ['saldot', 'resten av saldot', 'mina kryptovalutor'], noLongerNeeded: ['kommer inte behöva det', 'kommer inte att behöva det', 'behöver det inte'] },
  el: { balanceLeft: ['το υπόλοιπο', 'το υπολοιπο', 'τα κρυπτο μου'] },
  // the family nouns in the dative, as money is sent to someone ("pošlete to sestře")
  cs: { balanceLeft: ['zbytek zůstatku', 'zbytek zustatku', 'zůstatek', 'zustatek', 'moje krypto'], family: ['sestře', 'mámě', 'mamince', 'matce', 'tátovi', 'otci', 'synovi', 'dceři', 'bratrovi', 'manželce', 'manželovi', 'babičce', 'rodičům'] },
  tr: { balanceLeft: ['kalan bakiyemi', 'bakiyemi', 'bakiye', 'coinlerimi'] },
  ja: { balanceLeft: ['残高', 'コイン'] },
  zh: { balanceLeft: ['余额', '餘額', '剩下的钱', '剩下的錢', '币', '幣'] },
  ko: { balanceLeft: ['잔액', '코인'] },
  th: { balanceLeft: ['ยอดที่เหลือ', 'ยอดเงิน', 'เหรียญ'] },
  id: { balanceLeft: ['sisa saldo', 'saldo', 'koinku'], noLongerNeeded: ['udah gak butuh', 'udah ga butuh', 'sudah tidak butuh'] },
  vi: { balanceLeft: ['số dư', 'coin'] },
  hi: { balanceLeft: ['balance', 'bacha hua balance', 'mere coins', 'बैलेंस'], noLongerNeeded: ['ab zarurat nahi', 'ab zaroorat nahi', 'mujhe zarurat nahi', 'अब ज़रूरत नहीं', 'अब जरूरत नहीं'] },
  ar: { balanceLeft: ['باقي الرصيد', 'الرصيد', 'عملاتي'] },
  uk: { balanceLeft: ['залишок', 'баланс'] },
};

export const NOT_NEEDED_MORE: Readonly<Record<string, ConceptTable>> = {
  pl: { noLongerNeeded: ['juz mi sie nie przyda', 'nie przyda mi sie', 'juz nie bede potrzebowac', 'juz nie bede potrzebowal', 'juz nie bede potrzebowala'] },
  ru: { noLongerNeeded: ['больше не понадобится', 'больше не понадобятся', 'мне он больше не нужен', 'мне они больше не нужны', 'уже не понадобится'] },
};

export const WHEN_GONE: Readonly<Record<string, ConceptTable>> = {
  en: { whenGone: ["when i'm gone", "after i'm gone", "once i'm gone", 'when i am gone', 'after i am gone', "when i'm not here anymore", "when i'm no longer here", "when i'm no longer around"] },
  de: { whenGone: ['wenn ich nicht mehr da bin', 'wenn ich nicht mehr bin', 'nach meinem tod'] },
  fr: { whenGone: ['quand je ne serai plus la', 'quand je serai plus la', 'apres ma mort'] },
  es: { whenGone: ['cuando ya no este', 'cuando yo ya no este', 'despues de mi muerte', 'cuando yo falte'] },
  it: { whenGone: ['quando non ci saro piu', 'dopo la mia morte'] },
  pt: { whenGone: ['quando eu nao estiver mais aqui', 'quando eu nao estiver mais', 'depois que eu morrer', 'depois da minha morte'] },
  nl: { whenGone: ['als ik er niet meer ben', 'na mijn dood'] },
  pl: { whenGone: ['jak mnie juz nie bedzie', 'jak mnie nie bedzie', 'kiedy mnie nie bedzie', 'po mojej smierci'] },
  ru: { whenGone: ['когда меня не станет', 'когда меня не будет', 'после моей смерти'] },
  uk: { whenGone: ['коли мене не стане', 'після моєї смерті'] },
  sv: { whenGone: ['när jag inte finns längre', 'när jag inte finns kvar', 'efter min död'] },
  el: { whenGone: ['όταν δεν θα είμαι πια εδώ', 'οταν δεν θα ειμαι πια εδω', 'μετά τον θάνατό μου'] },
  cs: { whenGone: ['až tu nebudu', 'az tu nebudu', 'až tu už nebudu', 'po mé smrti', 'po me smrti'] },
  tr: { whenGone: ['ben öldükten sonra', 'ben oldukten sonra', 'ben olmadığımda', 'ben olmadigimda'] },
  ja: { whenGone: ['私がいなくなったら', '私が死んだら', '僕がいなくなったら', '俺がいなくなったら', '私がいなくなった後'] },
  zh: { whenGone: ['我不在了以后', '我不在了以後', '我不在以后', '我死后', '我死後'] },
  ko: { whenGone: ['제가 없어지면', '내가 없어지면', '제가 죽으면', '내가 죽으면'] },
  th: { whenGone: ['ถ้าฉันไม่อยู่แล้ว', 'เมื่อฉันไม่อยู่แล้ว', 'หลังฉันตาย'] },
  id: { whenGone: ['kalau aku udah gak ada', 'kalau aku sudah tidak ada', 'kalau aku udah ga ada', 'setelah aku meninggal'] },
  vi: { whenGone: ['khi tôi không còn nữa', 'khi tôi mất', 'sau khi tôi chết'] },
  hi: { whenGone: ['mere jaane ke baad', 'मेरे जाने के बाद', 'mere marne ke baad', 'मेरे मरने के बाद'] },
  ar: { whenGone: ['لما اكون مو موجود', 'لما اموت', 'بعد ما اموت', 'بعد موتي'] },
};
