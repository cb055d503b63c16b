/**
 * Self-harm said through life itself, one table for every language so the words can be compared side by side
 * (merged into each pack's concepts in ./index.ts; the frames are in ../situations.ts):
 *
 *  - `life` (life, living, alive) / `toLive` (the bare verb) + `lifeVoid` (over, no point, no reason to, end, take my own…),
 *    in either order: "my life is over", "no reason to live", "take my own life", "mein Leben ist vorbei",
 *    "hayatım bitti", "no tengo razones para vivir", "人生已經沒有希望了", "لم يعد للحياة معنى". The bare verb only
 *    after the void ("nothing left to LIVE for"): before it, "live" is a stream or a launch ("the live stream is over").
 *  - `betterOff` (the pack's own words) + `dead`, close together: "I'd be better off dead", "mejor estaría muerto",
 *    "лучше бы я умер", "ölsem daha iyi" (spaceless packs, whose phrase says "better" itself, list it as `selfHarm`).
 *  - `jumpVerb` + `height`, in either order: "thinking about jumping off the bridge", "am Balkon und denke ans Springen".
 *
 * Words are the plain vocabulary of each language (general knowledge of how people say it), kept to forms that do not
 * also name a product's life ("battery life", "Lebensversicherung" is one word, "生活费" is not 人生).
 */
import type { ConceptTable } from './types.js';

/**
 * The smaller packs (round 11): life + void, better + dead, a jump + a height, exhaustion + an end, and the quiet hints
 * said whole (goodbyes, things given away, being a burden, no way out, pills saved, a method named). Life is only the
 * customer's own ("mitt liv", "η ζωή μου", "viața mea", Hebrew only the verb "לחיות"): an insurer's "life insurance"
 * ("ασφάλεια ζωής", "asigurare de viață", "ביטוח החיים") must not meet "ended" or "don't want". Hungarian "élni" is also
 * "to exercise (a right)" ("élni szeretnék az elállási jogommal"), so only "tovább élni", "élnem" stand for living.
 */
const DANO_NORWEGIAN: ConceptTable = {
  life: ['livet', 'mit liv', 'mitt liv', 'livet mitt', 'at leve', 'å leve'],
  toLive: ['leve', 'at leve', 'å leve', 'leve videre', 'leve for'],
  lifeVoid: ['ingen mening', 'meningsløst', 'er slut', 'er slutt', 'er forbi', 'ingen grund til', 'ingen grunn til', 'intet at', 'ingenting at', 'ingenting å', 'træt af', 'trett av', 'lei av', 'orker ikke', 'vil ikke', 'håbløst', 'håpløst', 'intet håb', 'ikke noe håp', 'ikke værd at', 'ikke verdt å', 'tage mit', 'ta mitt', 'afslutte', 'avslutte'],
  dead: ['død', 'var død', 'være død', 'vær død'],
  betterOff: ['bedre', 'lykkeligere', 'nemmere', 'enklere'],
  withoutMe: ['uden mig', 'uten meg', 'hvis jeg ikke fandtes', 'hvis jeg ikke fantes', 'hvis jeg forsvandt', 'hvis jeg forsvant', 'hvis jeg var væk', 'hvis jeg var borte'],
  exhausted: ['orker ikke mere', 'orker ikke mer', 'kan ikke mere', 'kan ikke mer', 'har ingen kræfter tilbage', 'har ingen krefter igjen', 'er helt færdig', 'er helt ferdig', 'klarer ikke mere', 'klarer ikke mer'],
  endAll: ['at det hele slutter', 'at alt slutter', 'at alt tar slutt', 'at det tar slutt', 'gøre en ende på det hele', 'gjøre slutt på alt', 'gjøre slutt på det hele', 'få det hele til at stoppe', 'få alt til å stoppe'],
  jumpVerb: ['hoppe', 'springe', 'kaste mig', 'kaste meg'],
  height: ['fra broen', 'fra en bro', 'ud fra broen', 'altanen', 'balkongen', 'fra taget', 'fra taket', 'ud af vinduet', 'ut av vinduet', 'foran toget', 'foran et tog', 'klippen', 'stupet'],
  selfHarm: ['giver mine ting væk', 'givet mine ting væk', 'gir bort tingene mine', 'gitt bort tingene mine', 'siger farvel til alle', 'sier farvel til alle', 'tager afsked med alle', 'tar farvel med alle', 'farvel for altid', 'farvel for alltid', 'afskedsbrev', 'avskjedsbrev', 'hører aldrig fra mig igen', 'hører aldri fra meg igjen', 'jeg er en byrde', 'bare en byrde', 'til byrde for alle', 'til bry for alle', 'jeg er værdiløs', 'jeg er verdiløs', 'ingen har brug for mig', 'ingen trenger meg', 'ingen ville savne mig', 'ingen ville savne meg', 'intet giver mening længere', 'ingenting gir mening lenger', 'ser ingen fremtid', 'har ingen fremtid', 'ser ingen udvej', 'ser ingen utvei', 'ingen vej ud', 'ingen vei ut', 'samlet piller', 'sparet piller', 'spart på piller', 'tage alle pillerne', 'ta alle pillene', 'tage en overdosis', 'ta en overdose', 'hænge mig', 'henge meg', 'skære i mig selv', 'kutte meg selv', 'ville ønske jeg var død', 'skulle ønske jeg var død', 'hellere være død', 'heller være død', 'aldrig var født', 'aldri var født', 'tænker på at dø', 'tenker på å dø', 'tænker på selvmord', 'tenker på selvmord', 'vil ikke eksistere', 'vil bare forsvinde', 'vil bare forsvinne', 'intet at leve for', 'ingenting å leve for', 'gøre en ende på mit liv', 'gjøre slutt på livet mitt', 'ende mit liv', 'ende mitt liv', 'ikke være her længere', 'ikke være her lenger'],
};

export const LIFE_AND_DEATH: Readonly<Record<string, ConceptTable>> = {
  en: {
    life: ['life', 'my life', 'my own life', 'living', 'alive', 'being alive'],
    toLive: ['live', 'live for', 'keep living', 'go on living'],
    lifeVoid: ["don't deserve to", 'do not deserve to', 'dont deserve to', 'no reason to', 'no reason left to', 'no reasons to', 'nothing to', 'nothing left to', 'nothing more to', 'no point in', 'no point to', 'the point of', "what's the point", 'no point', 'no meaning', 'no purpose', 'pointless', 'meaningless', 'is over', 'is finished', 'has no meaning', 'has no point', 'not worth', 'take my own', 'taking my own', 'tired of', 'sick of', 'done with', 'no hope', 'hopeless', 'no will to', 'reason to keep'],
    dead: ['dead', 'i was dead', 'i were dead', 'not alive'],
    ceaseToBe: ['ending everything', "wasn't alive", "weren't alive", 'was not alive', 'were not alive', 'not alive anymore'],
    wishFor: ['feel like', 'should just', 'i should just', 'might as well just'],
    exhausted: ['tired of fighting', "can't keep going"],
    selfHarm: ["last message you'll get from me", 'last message you will get from me', "won't be a burden", 'will not be a burden', 'not be a burden much longer', "won't be a problem for anyone", 'pills ready', 'pills are ready', 'to the bridge tonight', "it's over for me", 'it is over for me', 'do something drastic', 'doing something drastic', 'going away for good', 'going away forever', "i'll be gone for good", 'ending everything', 'no future for me', 'see a future for myself', 'i have no future', "don't have a future", "don't see a future for myself", 'no future left for me', "don't see how i can keep going", "don't know how i can keep going", "don't know how to keep going", 'ways to end it', 'ways to end my life', 'ways to kill myself', 'end the pain for good', 'end this pain for good', 'make the pain stop for good'],
    jumpVerb: ['jump', 'jumping', 'throw myself', 'throwing myself'],
    height: ['off a bridge', 'off the bridge', 'from a bridge', 'from the bridge', 'balcony', 'off the roof', 'from the roof', 'edge of the roof', 'on the roof', 'out the window', 'out of the window', 'cliff', 'a building', 'the building', 'in front of a train', 'in front of the train', 'under a train', 'onto the tracks', 'top floor'],
  },
  de: {
    life: ['leben', 'mein leben', 'dasein'],
    toLive: ['leben', 'weiterleben', 'weiter leben', 'zu leben', 'weiterzuleben', 'weitermachen'],
    lifeVoid: ['verdiene es nicht zu', 'verdiene nicht zu', 'ist vorbei', 'ist zu ende', 'hat keinen sinn', 'keinen sinn', 'kein sinn', 'sinnlos', 'keinen grund', 'kein grund', 'keinen grund mehr', 'nichts mehr', 'nicht lebenswert', 'beenden', 'ein ende', 'nehmen', 'mude', 'satt', 'wie ich', 'wozu', 'keine hoffnung', 'hoffnungslos', 'will nicht mehr', 'mochte nicht mehr', 'kann nicht mehr'],
    dead: ['tot', 'tot sein', 'tot ware'],
    withoutMe: ['wenn es mich nicht gabe', 'wenn es mich nicht mehr gabe', 'gabe es mich nicht'],
    // verb-second after a clause ("Wenn das Geld weg ist, BRINGE ICH MICH UM"): the subject after the verb
    selfHarm: ['keine zukunft mehr', 'habe keine zukunft', 'mir etwas anzutun', 'mir was anzutun', 'bringe ich mich um', 'bring ich mich um', 'tue ich mir etwas an', 'tu ich mir was an', 'mache ich schluss mit allem', 'nehme ich mir das leben'],
    jumpVerb: ['springen', 'springe', 'runterspringen', 'herunterspringen', 'sturzen', 'werfen'],
    height: ['von der brucke', 'von einer brucke', 'brucke runter', 'balkon', 'vom dach', 'auf dem dach', 'aus dem fenster', 'hochhaus', 'klippe', 'vor den zug', 'vor einen zug', 'gleise'],
  },
  es: {
    life: ['vida', 'mi vida', 'la vida', 'vivir', 'seguir viviendo', 'estar vivo', 'estar viva'],
    toLive: ['vivir', 'seguir viviendo'],
    lifeVoid: ['no merezco', 'no me merezco', 'no tengo razones para', 'no tengo razon para', 'no tengo motivos para', 'no tengo motivo para', 'sin razon para', 'sin motivos para', 'no hay razon para', 'nada por lo que', 'no tiene sentido', 'ya no tiene sentido', 'sin sentido', 'se acabo', 'se termino', 'termino', 'acabar con', 'acabar con mi', 'terminar con mi', 'quitarme la', 'no vale la pena', 'cansado de', 'cansada de', 'harto de', 'harta de', 'no quiero', 'sin esperanza', 'no hay esperanza'],
    // the reflexive verb said alone ("si pierdo esto ME MATO"); the idiom "me mato trabajando" fires too, a false alarm the
    // safety net accepts (see the README's known false alarms)
    selfHarm: ['no tengo futuro', 'no veo futuro para mi', 'no tengo ningun futuro', 'me mato', 'me voy a matar', 'me quito la vida', 'me suicido', 'me voy a suicidar'],
    dead: ['muerto', 'muerta', 'estar muerto', 'estar muerta', 'estaria muerto', 'estaria muerta'],
    jumpVerb: ['saltar', 'tirarme', 'lanzarme', 'aventarme'],
    height: ['del puente', 'desde el puente', 'de un puente', 'balcon', 'azotea', 'del techo', 'por la ventana', 'edificio', 'acantilado', 'las vias', 'delante del tren', 'al tren', 'al metro'],
  },
  fr: {
    life: ['vie', 'ma vie', 'la vie', 'vivre', 'exister'],
    toLive: ['vivre', 'continuer a vivre'],
    lifeVoid: ['ne merite pas de', 'merite pas de', 'plus de raison de', 'aucune raison de', 'pas de raison de', 'rien pour', 'n a plus de sens', 'na plus de sens', 'n a aucun sens', 'sans sens', 'aucun sens', 'est finie', 'est fini', 'est foutue', 'mettre fin a', 'mettre fin a ma', 'en finir avec', 'en finir avec la', 'fatigue de', 'fatiguee de', 'marre de', 'ne vaut pas la peine', 'vaut plus la peine', 'sans espoir', 'plus d espoir', 'plus envie de'],
    dead: ['mort', 'morte', 'etre mort', 'etre morte'],
    jumpVerb: ['sauter', 'me jeter', 'jeter'],
    height: ['du pont', 'd un pont', 'balcon', 'du toit', 'par la fenetre', 'immeuble', 'falaise', 'sous un train', 'sous le train', 'sous le metro', 'les rails'],
    selfHarm: ["que la douleur s'arrete", 'faire cesser la douleur', "n'ai plus d'avenir", "n'ai aucun avenir", "je n'ai pas d'avenir", 'plus aucun avenir pour moi'],
  },
  pt: {
    life: ['vida', 'minha vida', 'a vida', 'viver'],
    toLive: ['viver', 'continuar vivendo'],
    lifeVoid: ['nao mereco', 'nao tenho mais motivo pra', 'nao tenho mais motivo para', 'nao tenho motivo pra', 'nao tenho motivo para', 'nao tenho razao para', 'nao tenho razao pra', 'sem motivo para', 'sem motivo pra', 'nao faz sentido', 'nao tem sentido', 'sem sentido', 'acabou', 'acabar com', 'acabar com a', 'tirar a', 'tirar minha', 'nao vale a pena', 'cansado de', 'cansada de', 'sem esperanca', 'nao quero mais'],
    dead: ['morto', 'morta', 'estar morto', 'estar morta', 'estaria morto', 'estaria morta'],
    jumpVerb: ['pular', 'me jogar', 'saltar'],
    height: ['da ponte', 'de uma ponte', 'sacada', 'varanda', 'do predio', 'do telhado', 'pela janela', 'da janela', 'penhasco', 'na frente do trem', 'nos trilhos'],
    selfHarm: ['nao tenho futuro', 'nao vejo futuro pra mim', 'nao vejo futuro para mim'],
  },
  it: {
    life: ['vita', 'la mia vita', 'la vita', 'vivere'],
    toLive: ['vivere'],
    lifeVoid: ['non merito di', 'non ho piu motivi per', 'non ho motivi per', 'nessun motivo per', 'nessuna ragione per', 'non ho ragioni per', 'non ha senso', 'non ha piu senso', 'senza senso', 'e finita', 'finita', 'togliermi la', 'farla finita con la', 'non vale la pena', 'stanco di', 'stanca di', 'senza speranza', 'non voglio piu'],
    dead: ['morto', 'morta', 'essere morto', 'essere morta'],
    jumpVerb: ['saltare', 'buttarmi', 'gettarmi', 'lanciarmi'],
    height: ['dal ponte', 'da un ponte', 'balcone', 'dal tetto', 'dalla finestra', 'palazzo', 'scogliera', 'sotto un treno', 'sotto il treno', 'binari'],
    selfHarm: ['non vedo un futuro', 'non ho futuro', 'non ho piu un futuro'],
  },
  nl: {
    life: ['leven', 'mijn leven', 'het leven'],
    toLive: ['leven', 'door te leven', 'verder te leven'],
    lifeVoid: ['is voorbij', 'heeft geen zin', 'geen zin', 'zinloos', 'geen reden', 'geen reden meer', 'geen reden om', 'niets meer om', 'beeindigen', 'een einde', 'moe', 'zat', 'hopeloos', 'geen hoop', 'wil niet meer', 'niet meer'],
    dead: ['dood', 'dood zijn'],
    jumpVerb: ['springen', 'spring'],
    height: ['van de brug', 'van een brug', 'balkon', 'van het dak', 'uit het raam', 'flat', 'voor de trein', 'voor een trein', 'spoor'],
    selfHarm: ['ik heb geen toekomst', 'zie geen toekomst meer'],
  },
  pl: {
    life: ['zycie', 'zycia', 'zyciu', 'zyciem', 'moje zycie', 'zyc', 'zyje'],
    toLive: ['zyc', 'dalej zyc', 'zyc dalej'],
    lifeVoid: ['nie ma sensu', 'bez sensu', 'nie ma po co', 'nie mam po co', 'nie widze sensu', 'nie widze powodu', 'zadnego powodu', 'sie skonczylo', 'skonczone', 'skonczylo sie', 'odebrac sobie', 'odbiore sobie', 'zakonczyc', 'zakoncze', 'mam dosc', 'dosc', 'nie chce', 'bez nadziei', 'beznadziejne'],
    dead: ['martwy', 'martwa', 'nie zyl', 'nie zyla', 'umarl', 'umarla'],
    jumpVerb: ['skoczyc', 'skocze', 'rzucic sie', 'rzuce sie'],
    height: ['z mostu', 'balkon*', 'z dachu', 'z okna', 'przez okno', 'wiezowca', 'pod pociag', 'na tory'],
    selfHarm: ['nie widze przyszlosci', 'nie mam przyszlosci', 'nie mam zadnej przyszlosci'],
  },
  tr: {
    life: ['hayat', 'hayata', 'hayattan', 'yasamamin', 'yasamimin', 'hayatim', 'hayatimin', 'hayatima', 'hayatin', 'yasam', 'yasamak', 'yasamanin', 'yasamaya', 'yasamim'],
    toLive: ['yasamak', 'yasamaya', 'yasamam', 'yasayacak'],
    lifeVoid: ['bitti', 'sona erdi', 'anlami yok', 'anlami kalmadi', 'bir anlami yok', 'bir anlami kalmadi', 'son ver*', 'son vermek', 'sebep yok', 'sebebim yok', 'nedenim yok', 'bir nedenim yok', 'istemiyorum', 'istemiyom', 'biktim', 'yoruldum', 'umudum yok', 'umut yok', 'anlamsiz', 'degmez'],
    dead: ['olsem', 'olu', 'olmus olsam'],
    jumpVerb: ['atla*', 'atacagim', 'atmak'],
    height: ['kopruden', 'balkondan', 'catidan', 'ucurum*', 'trenin onune'],
    selfHarm: ['gelecegim yok', 'gelecegim kalmadi', 'benim icin gelecek yok'],
  },
  ru: {
    life: ['жизнь', 'жизни', 'моя жизнь', 'жить', 'живу'],
    toLive: ['жить', 'дальше жить', 'жить дальше'],
    lifeVoid: ['нет смысла', 'не вижу смысла', 'без смысла', 'бессмысленн*', 'нет причин', 'незачем', 'не для чего', 'кончена', 'закончена', 'окончена', 'покончить с', 'покончу с', 'лишить себя', 'лишу себя', 'оборвать', 'устал от', 'устала от', 'надоело', 'не хочу', 'нет надежды', 'безнадежн*'],
    dead: ['умер', 'умерла', 'мертв*', 'сдох', 'сдохла', 'бы я умер', 'бы я умерла', 'умереть'],
    jumpVerb: ['прыгнуть', 'прыгну', 'спрыгнуть', 'спрыгну', 'броситься', 'брошусь', 'шагнуть'],
    height: ['с моста', 'балкон*', 'с крыши', 'из окна', 'в окно', 'под поезд', 'многоэтажк*', 'обрыв*'],
    selfHarm: ['не вижу будущего', 'у меня нет будущего', 'нет никакого будущего'],
  },
  uk: {
    life: ['життя', 'жити', 'моє життя'],
    toLive: ['жити', 'жити далі'],
    lifeVoid: ['немає сенсу', 'не бачу сенсу', 'нема сенсу', 'безглузд*', 'немає причин', 'нема для чого', 'скінчене', 'закінчене', 'покінчити з', 'покінчу з', 'втомився від', 'втомилася від', 'не хочу', 'немає надії'],
    dead: ['помер', 'померла', 'мертв*'],
    jumpVerb: ['стрибнути', 'стрибну', 'кинутися', 'кинусь'],
    height: ['з мосту', 'балкон*', 'з даху', 'з вікна', 'під поїзд'],
    selfHarm: ['не бачу майбутнього', 'у мене немає майбутнього'],
  },
  ar: {
    life: ['حياه', 'حياتي', 'الحياه', 'العيش', 'اعيش'],
    toLive: ['اعيش', 'العيش', 'الحياه'],
    lifeVoid: ['لا معني', 'بلا معني', 'معني', 'لا فائده', 'لا سبب', 'لم يعد', 'انتهت', 'خلصت', 'انهي', 'سانهي', 'انهاء', 'ساضع حدا', 'حدا ل', 'تعبت من', 'مليت من', 'لا اريد', 'ما بدي', 'لا امل', 'بلا امل'],
    dead: ['ميت', 'ميته', 'مت'],
    jumpVerb: ['اقفز', 'القفز', 'سارمي نفسي', 'ارمي نفسي'],
    height: ['من الجسر', 'من جسر', 'من فوق', 'بلكونه', 'شرفه', 'السطح', 'من النافذه', 'من الشباك', 'المبني'],
    selfHarm: ['لا مستقبل لي', 'ما عندي مستقبل', 'لا ارى مستقبل'],
  },
  ja: {
    life: ['人生', '生きる', '生きて', '生きてる', '生きてい', '命'],
    toLive: ['生きる', '生きていく', '生きて'],
    lifeVoid: ['意味がない', '意味ない', '意味が無い', '価値がない', '終わり', '終わった', '終わらせ', '希望がない', '希望もない', '疲れた', '疲れました', '絶つ', '絶ちたい', 'もういい', 'どうでもいい', '理由がない'],
    selfHarm: ['未来が見えない', '将来が見えない', '私には未来がない', '死んだほうが', '死んだ方が', '死ねば'],
    jumpVerb: ['飛び降り', '飛び込', '身を投げ'],
    height: ['橋から', 'ベランダ', '屋上', '窓から', 'ビル', '崖', '線路', '電車に', 'ホーム'],
    burden: ['迷惑になって', '迷惑をかけて', '迷惑ばかり', 'お荷物'],
  },
  zh: {
    life: ['人生', '生命', '活下去', '活著', '活着', '活得'],
    toLive: ['活下去', '活著', '活着'],
    lifeVoid: ['沒有希望', '没有希望', '沒希望', '没希望', '沒有意義', '没有意义', '沒意義', '没意义', '毫無意義', '毫无意义', '結束', '结束', '完了', '沒有理由', '没有理由', '不想', '累了', '沒意思', '没意思', '絕望', '绝望'],
    selfHarm: ['這是我最後一條訊息', '这是我最后一条消息', '這是我最後的訊息', '这是我最后的消息', '看不到未來', '看不到未来', '我沒有未來', '我没有未来', '死了算了', '死了更好', '死掉算了', '死了比較好', '死了比较好'],
    jumpVerb: ['跳下去', '跳樓', '跳楼', '跳橋', '跳桥', '跳河', '跳下'],
    height: ['頂樓', '顶楼', '天台', '陽台', '阳台', '橋上', '桥上', '樓頂', '楼顶', '鐵軌', '铁轨'],
  },
  ko: {
    life: ['인생', '삶', '사는 것', '사는 게', '살아갈'],
    toLive: ['살아갈', '살아야'],
    lifeVoid: ['의미가 없', '의미 없', '끝났', '끝내고', '끝내', '희망이 없', '희망 없', '이유가 없', '지쳤', '힘들어서 못', '싫어'],
    selfHarm: ['미래가 안 보여', '미래가 없어', '앞날이 안 보여', '죽는 게 낫', '죽는게 낫', '죽는 편이 낫', '죽었으면'],
    jumpVerb: ['뛰어내', '뛰어들', '몸을 던'],
    height: ['다리에서', '베란다', '옥상', '창문 밖', '창문에서', '난간', '선로'],
    withoutMe: ['나 없으면', '내가 없으면', '제가 없으면'],
  },
  th: {
    life: ['ชีวิต', 'มีชีวิตอยู่'],
    toLive: ['มีชีวิต'],
    lifeVoid: ['ไม่มีความหมาย', 'ไร้ความหมาย', 'ไม่มีค่า', 'จบแล้ว', 'จบ', 'ไม่มีเหตุผล', 'หมดหวัง', 'ไม่มีหวัง', 'เหนื่อยกับ', 'ไม่อยาก'],
    selfHarm: ['ไม่เห็นอนาคต', 'ไม่มีอนาคต', 'ตายดีกว่า', 'ตายไปซะ', 'ตายๆไป'],
    jumpVerb: ['กระโดด', 'โดด'],
    height: ['สะพาน', 'ระเบียง', 'ดาดฟ้า', 'ตึก', 'หน้าต่าง', 'รางรถไฟ'],
  },
  id: {
    life: ['hidup', 'hidupku', 'hidup saya', 'kehidupan'],
    toLive: ['hidup', 'melanjutkan hidup'],
    lifeVoid: ['sudah tidak ada artinya', 'udah gak ada artinya', 'tidak ada artinya', 'tak ada artinya', 'gak ada artinya', 'nggak ada artinya', 'tidak berarti', 'tak berarti', 'sia sia', 'sudah berakhir', 'udah berakhir', 'mengakhiri', 'akhiri', 'capek', 'lelah', 'muak', 'tidak ada alasan', 'gak ada alasan', 'tak ada alasan', 'tidak ada harapan', 'putus asa'],
    dead: ['mati', 'mati saja', 'mati aja'],
    jumpVerb: ['lompat', 'melompat', 'terjun', 'menjatuhkan diri'],
    height: ['dari jembatan', 'balkon', 'dari atap', 'dari jendela', 'gedung', 'tebing', 'rel kereta'],
    selfHarm: ['tidak punya masa depan', 'gak punya masa depan', 'tak ada masa depan bagiku'],
  },
  vi: {
    life: ['cuoc song', 'cuoc doi', 'doi toi', 'song tiep', 'song nua'],
    toLive: ['song tiep', 'song nua', 'tiep tuc song'],
    lifeVoid: ['khong con y nghia', 'vo nghia', 'chang con y nghia', 'ket thuc', 'het hy vong', 'khong con hy vong', 'khong con ly do', 'khong co ly do', 'chan', 'met moi', 'khong muon'],
    dead: ['chet di', 'chet cho xong', 'chet con hon'],
    jumpVerb: ['nhay'],
    height: ['tu tren cau', 'khoi cau', 'ban cong', 'san thuong', 'tu tang', 'tu cua so', 'toa nha', 'duong ray'],
    selfHarm: ['khong con tuong lai', 'khong thay tuong lai', 'bien mat cho xong', 'bien mat cho roi', 'nen bien mat', 'muon bien mat mai mai'],
  },
  cs: {
    life: ['život', 'můj život', 'života', 'životem', 'žít'],
    toLive: ['žít', 'dál žít', 'žít dál', 'pro co žít'],
    lifeVoid: ['nemá smysl', 'nemá cenu', 'nemá žádný smysl', 'už nemá smysl', 'už nemá žádný smysl', 'nemá už žádný smysl', 'bez smyslu', 'je u konce', 'skončil', 'je konec', 'nemám proč', 'nemám pro co', 'žádný důvod', 'nemám důvod', 'unavený ze', 'unavená ze', 'mám dost', 'nechci', 'nechci už', 'beznadějn*', 'bez naděje', 'vzít si', 'ukončit', 'skoncovat s', 'nestojí za nic'],
    dead: ['mrtvý', 'mrtvá', 'mrtvej'],
    betterOff: ['lepší', 'líp', 'lépe', 'šťastnější'],
    withoutMe: ['beze mě', 'beze mne', 'kdybych tu nebyl', 'kdybych tu nebyla', 'kdybych zmizel', 'kdybych zmizela'],
    exhausted: ['už nemůžu', 'už nemohu', 'už to nezvládám', 'nemám sílu', 'už nemám sílu', 'jsem na konci sil', 'došly mi síly', 'už to nevydržím'],
    endAll: ['aby to všechno skončilo', 'aby to skončilo', 'ať to skončí', 'ať to všechno skončí', 'skončit se vším', 'skoncovat se vším', 'udělat tomu konec', 'mít od všeho klid'],
    jumpVerb: ['skočit', 'skočím', 'vrhnout se', 'vrhnu se', 'hodit se', 'hodím se'],
    height: ['z mostu', 'z okna', 'oknem', 'ze střechy', 'z balkonu', 'z balkónu', 'pod vlak', 'ze skály', 'z paneláku', 'na koleje'],
    selfHarm: ['rozdávám své věci', 'rozdal jsem své věci', 'rozdala jsem své věci', 'rozdávám všechny věci', 'loučím se se všemi', 'loučím se s vámi navždy', 'sbohem navždy', 'dopis na rozloučenou', 'dopisy na rozloučenou', 'už mě neuslyšíte', 'už o mně neuslyšíte', 'už tu dlouho nebudu', 'už tu nebudu', 'jsem jen přítěž', 'jsem všem na obtíž', 'jsem všem jen na obtíž', 'jsem jen na obtíž', 'jsem k ničemu', 'nikdo mě nepotřebuje', 'nikomu bych nechyběl', 'nikomu bych nechyběla', 'nikdo by si nevšiml', 'už nic nemá smysl', 'nevidím východisko', 'nevidím žádné východisko', 'nevidím budoucnost', 'nemám budoucnost', 'nemám žádnou budoucnost', 'spolykat prášky', 'spolykám prášky', 'spolykám všechny prášky', 'schovávám prášky', 'šetřím prášky', 'předávkuju se', 'předávkuji se', 'podřezat si žíly', 'podřežu si žíly', 'oběsit se', 'oběsím se', 'chci to všechno skončit', 'chci skoncovat se vším', 'chci tomu udělat konec', 'nechci tu být', 'nechci už tu být', 'nechci existovat', 'kéž bych se nenarodil', 'kéž bych se nenarodila', 'kéž bych byl mrtvý', 'kéž bych byla mrtvá', 'radši bych byl mrtvý', 'radši bych byla mrtvá', 'nejradši bych umřel', 'nejradši bych umřela', 'myslím na sebevraždu', 'přemýšlím o sebevraždě', 'myslím na smrt', 'nemám pro co žít', 'nemám proč žít', 'chci zmizet navždy'],
  },
  el: {
    life: ['η ζωή μου', 'τη ζωή μου', 'ζωή μου', 'να ζω', 'να ζήσω'],
    toLive: ['να ζω', 'να ζήσω', 'να συνεχίσω να ζω'],
    lifeVoid: ['δεν έχει νόημα', 'δεν έχει πια νόημα', 'χωρίς νόημα', 'κανένα νόημα', 'τελείωσε', 'έχει τελειώσει', 'δεν έχω λόγο', 'κανένα λόγο', 'κανένας λόγος', 'δεν αξίζει', 'βαρέθηκα', 'κουράστηκα', 'δεν θέλω', 'δεν θέλω πια', 'δε θέλω', 'χωρίς ελπίδα', 'καμία ελπίδα', 'να βάλω τέλος', 'να τελειώσω'],
    dead: ['νεκρός', 'νεκρή', 'πεθαμένος', 'πεθαμένη'],
    exhausted: ['δεν αντέχω άλλο', 'δεν αντέχω πια', 'δεν έχω άλλη δύναμη', 'δεν έχω άλλες δυνάμεις', 'εξαντλήθηκα', 'δεν μπορώ άλλο', 'δεν πάω άλλο'],
    endAll: ['να τελειώσουν όλα', 'να τα τελειώσω όλα', 'να βάλω τέλος σε όλα', 'να σταματήσουν όλα', 'να τελειώσει επιτέλους όλο αυτό'],
    jumpVerb: ['να πηδήξω', 'θα πηδήξω', 'να πέσω', 'θα πέσω', 'να ριχτώ', 'θα ριχτώ'],
    height: ['από τη γέφυρα', 'από γέφυρα', 'από το μπαλκόνι', 'από την ταράτσα', 'από το παράθυρο', 'στις ράγες', 'κάτω από τρένο', 'μπροστά στο τρένο', 'από τον γκρεμό', 'από το βράχο'],
    selfHarm: ['δίνω τα πράγματά μου', 'χαρίζω τα πράγματά μου', 'μοίρασα τα πράγματά μου', 'χάρισα τα πράγματά μου', 'σας αποχαιρετώ', 'αποχαιρετώ όλους', 'αντίο για πάντα', 'γράμμα αποχαιρετισμού', 'δεν θα με ξανακούσετε', 'δεν θα ξανακούσετε νέα μου', 'δεν θα είμαι εδώ για πολύ', 'δεν θα υπάρχω', 'είμαι βάρος', 'είμαι ένα βάρος', 'είμαι βάρος για όλους', 'είμαι άχρηστος', 'είμαι άχρηστη', 'κανείς δεν με χρειάζεται', 'δεν θα λείψω σε κανέναν', 'κανείς δεν θα το καταλάβει αν', 'τίποτα δεν έχει νόημα πια', 'δεν βλέπω διέξοδο', 'καμία διέξοδο', 'δεν βλέπω μέλλον', 'δεν έχω μέλλον', 'να πάρω όλα τα χάπια', 'θα πάρω όλα τα χάπια', 'μάζεψα χάπια', 'μαζεύω χάπια', 'να κρεμαστώ', 'θα κρεμαστώ', 'να κόψω τις φλέβες', 'θα κόψω τις φλέβες', 'να σκοτωθώ', 'θα σκοτωθώ', 'να σκοτώσω τον εαυτό μου', 'θα αυτοκτονήσω', 'να τα τελειώσω όλα', 'θέλω να χαθώ', 'να εξαφανιστώ για πάντα', 'μακάρι να μην είχα γεννηθεί', 'μακάρι να ήμουν νεκρός', 'μακάρι να ήμουν νεκρή', 'μακάρι να πέθαινα', 'καλύτερα να πέθαινα', 'καλύτερα να πεθάνω', 'σκέφτομαι να πεθάνω', 'σκέφτομαι τον θάνατο', 'σκέφτομαι την αυτοκτονία', 'δεν έχω λόγο να ζω', 'δεν έχω για τι να ζω', 'κουράστηκα από τη ζωή', 'βαρέθηκα τη ζωή', 'δεν θέλω να υπάρχω'],
  },
  sv: {
    life: ['livet', 'mitt liv', 'livet mitt', 'att leva'],
    toLive: ['leva', 'leva för', 'att leva', 'fortsätta leva', 'leva vidare'],
    lifeVoid: ['ingen mening', 'har ingen mening', 'meningslöst', 'är slut', 'är över', 'ingen anledning', 'inget att', 'ingenting att', 'trött på', 'less på', 'orkar inte', 'vill inte', 'hopplöst', 'inget hopp', 'inte värt', 'ta mitt', 'avsluta'],
    dead: ['död', 'vore död', 'var död'],
    exhausted: ['orkar inte mer', 'orkar inte längre', 'klarar inte mer', 'klarar inte längre', 'har ingen kraft kvar', 'jag är helt slut', 'jag är slutkörd', 'pallar inte mer'],
    endAll: ['att allt tar slut', 'att det tar slut', 'att allt ska ta slut', 'att det ska ta slut', 'göra slut på allt', 'avsluta allt', 'få slut på allt', 'att allt ska sluta'],
    jumpVerb: ['hoppa', 'hoppar', 'kasta mig', 'slänga mig'],
    height: ['från bron', 'från en bro', 'från balkongen', 'från taket', 'ut genom fönstret', 'genom fönstret', 'framför tåget', 'framför ett tåg', 'framför tunnelbanan', 'ett stup', 'stupet', 'på spåret'],
    selfHarm: ['ger bort mina saker', 'gett bort mina saker', 'gav bort mina saker', 'har gett bort allt', 'tar farväl av alla', 'säger farväl till alla', 'farväl för alltid', 'hejdå för alltid', 'farvälbrev', 'ni kommer inte höra från mig igen', 'ni hör aldrig av mig igen', 'kommer inte finnas kvar', 'finns inte kvar länge', 'jag är en börda', 'bara en börda', 'en börda för alla', 'ligger alla till last', 'till last för alla', 'jag är värdelös', 'ingen behöver mig', 'ingen skulle märka om jag', 'ingen skulle sakna mig', 'allt är meningslöst', 'inget spelar någon roll längre', 'ser ingen framtid', 'har ingen framtid', 'ser ingen väg ut', 'ingen utväg', 'samlat tabletter', 'sparat tabletter', 'sparar tabletter', 'ta en överdos', 'tar en överdos', 'hänga mig', 'skära mig', 'skär mig själv', 'ta livet av mig', 'ta mitt eget liv', 'önskar att jag var död', 'önskar jag vore död', 'hellre död', 'vore bättre om jag dog', 'aldrig hade fötts', 'tänker på att dö', 'tänker på självmord', 'vill inte finnas mer', 'vill inte finnas längre', 'vill bara försvinna', 'orkar inte leva längre', 'inget att leva för', 'ingen anledning att leva', 'göra slut på mig', 'göra slut på mitt liv'],
  },
  da: DANO_NORWEGIAN,
  no: DANO_NORWEGIAN,
  fi: {
    life: ['elämä', 'elämäni', 'elämää', 'elämällä', 'elämälläni', 'elämästä', 'elää'],
    toLive: ['elää', 'elämään', 'jatkaa elämää'],
    lifeVoid: ['ei ole mitään järkeä', 'ei ole mitään merkitystä', 'mitään merkitystä', 'ei ole järkeä', 'ei mitään merkitystä', 'ei ole merkitystä', 'merkityksetön', 'merkityksetöntä', 'on ohi', 'on loppu', 'ei ole syytä', 'mitään syytä', 'väsynyt', 'kyllästynyt', 'en halua', 'toivoton', 'toivotonta', 'ei toivoa', 'ei ole sen arvoista', 'lopettaa', 'päättää'],
    dead: ['kuollut', 'kuolleena'],
    betterOff: ['parempi', 'parempi olisi', 'onnellisempia', 'helpompaa'],
    withoutMe: ['ilman minua', 'jos minua ei olisi', 'jos katoaisin', 'jos en olisi täällä'],
    exhausted: ['en jaksa enää', 'en jaksa enempää', 'en kestä enää', 'voimat on loppu', 'voimani ovat loppu', 'olen ihan loppu', 'en pysty enää'],
    endAll: ['että kaikki loppuisi', 'että tämä loppuisi', 'lopettaa kaiken', 'tehdä lopun kaikesta', 'että kaikki loppuu'],
    jumpVerb: ['hypätä', 'hyppään', 'heittäytyä', 'heittäydyn'],
    height: ['sillalta', 'parvekkeelta', 'katolta', 'ikkunasta', 'junan alle', 'junan eteen', 'kalliolta', 'raiteille'],
    selfHarm: ['annan tavarani pois', 'annoin tavarani pois', 'jaan tavarani', 'hyvästelen kaikki', 'sanon hyvästit', 'hyvästit kaikille', 'hyvästi ikuisesti', 'jäähyväiskirje', 'jäähyväiskirjeen', 'ette kuule minusta enää', 'en ole täällä enää kauan', 'olen taakka', 'olen vain taakka', 'taakaksi kaikille', 'olen kaikille taakka', 'olen arvoton', 'kukaan ei tarvitse minua', 'kukaan ei kaipaisi minua', 'kukaan ei huomaisi jos', 'millään ei ole merkitystä', 'en näe tulevaisuutta', 'minulla ei ole tulevaisuutta', 'en näe ulospääsyä', 'ei ole ulospääsyä', 'keräsin pillereitä', 'olen säästänyt pillereitä', 'otan kaikki pillerit', 'otan yliannostuksen', 'hirttää itseni', 'hirtän itseni', 'viillän itseäni', 'viiltelen itseäni', 'toivon että olisin kuollut', 'olisin mieluummin kuollut', 'kunpa en olisi syntynyt', 'kunpa olisin kuollut', 'ajattelen kuolemista', 'mietin itsemurhaa', 'en halua olla olemassa', 'haluan vain kadota', 'ei ole mitään minkä vuoksi elää', 'ei ole syytä elää', 'lopettaa elämäni', 'lopetan elämäni', 'teen itsemurhan'],
  },
  ro: {
    life: ['viața mea', 'viața asta', 'să trăiesc', 'să mai trăiesc'],
    toLive: ['să trăiesc', 'să mai trăiesc', 'a trăi', 'pentru ce trăi'],
    lifeVoid: ['nu are sens', 'nu mai are sens', 'nu are niciun sens', 'nu mai are niciun sens', 'n-are sens', 'n-are niciun sens', 'fără sens', 'niciun sens', 's-a terminat', 's-a sfârșit', 'niciun motiv', 'nu mai am pentru ce', 'nu am pentru ce', 'sătul de', 'sătulă de', 'obosit de', 'obosită de', 'nu mai vreau', 'nu vreau', 'fără speranță', 'nicio speranță', 'nu merită', 'să-mi iau', 'să pun capăt'],
    dead: ['mort', 'moartă'],
    betterOff: ['mai bine', 'mai fericiți', 'mai ușor'],
    withoutMe: ['fără mine', 'dacă n-aș mai fi', 'dacă nu aș mai fi', 'dacă aș dispărea'],
    exhausted: ['nu mai pot', 'nu mai rezist', 'nu mai suport', 'nu mai am putere', 'sunt la capătul puterilor', 'sunt epuizat', 'sunt epuizată'],
    endAll: ['să se termine totul', 'să termin cu totul', 'să termin totul', 'să pun capăt la tot', 'să se oprească totul', 'să se sfârșească totul'],
    jumpVerb: ['să sar', 'o să sar', 'să mă arunc', 'mă arunc'],
    height: ['de pe pod', 'de pe balcon', 'de pe bloc', 'de pe acoperiș', 'pe geam', 'de la fereastră', 'în fața trenului', 'sub tren', 'de pe stâncă'],
    selfHarm: ['îmi dau lucrurile', 'mi-am dat lucrurile', 'împart lucrurile mele', 'îmi iau rămas bun de la toți', 'mi-am luat rămas bun', 'rămas bun pentru totdeauna', 'adio pentru totdeauna', 'scrisoare de adio', 'nu o să mai auziți de mine', 'nu veți mai auzi de mine', 'nu voi mai fi aici', 'nu o să mai fiu aici', 'sunt o povară', 'sunt doar o povară', 'o povară pentru toți', 'sunt inutil', 'sunt inutilă', 'nimeni nu are nevoie de mine', 'nimeni nu ar observa dacă', 'nimănui nu i-ar păsa', 'nimic nu mai are sens', 'nu văd niciun viitor', 'nu am niciun viitor', 'nu am viitor', 'nu văd nicio ieșire', 'nu am nicio ieșire', 'am strâns pastile', 'să iau toate pastilele', 'iau toate pastilele', 'o supradoză', 'să mă spânzur', 'mă spânzur', 'să-mi tai venele', 'îmi tai venele', 'aș vrea să fiu mort', 'aș vrea să fiu moartă', 'mai bine muream', 'mai bine mor', 'aș vrea să nu mă fi născut', 'mă gândesc să mor', 'mă gândesc la moarte', 'mă gândesc la sinucidere', 'nu vreau să mai exist', 'vreau doar să dispar', 'vreau să dispar', 'nu am pentru ce să trăiesc', 'nu mai am pentru ce trăi', 'să mă omor', 'mă omor'],
  },
  hu: {
    life: ['az élet', 'az életem', 'életem', 'életemnek', 'az életnek'],
    toLive: ['tovább élni', 'élnem', 'miért élni'],
    lifeVoid: ['nincs értelme', 'semmi értelme', 'értelmetlen', 'vége', 'véget vetni', 'véget vetek', 'nincs miért', 'nincs okom', 'semmi okom', 'elegem van', 'belefáradtam', 'nem akarok', 'reménytelen', 'nincs remény', 'nem éri meg', 'nem érdemes'],
    dead: ['halott', 'halott lennék'],
    betterOff: ['jobb', 'jobb lenne', 'boldogabbak', 'könnyebb'],
    withoutMe: ['nélkülem', 'ha nem lennék', 'ha eltűnnék'],
    exhausted: ['nem bírom tovább', 'nem bírom már', 'nincs több erőm', 'nincs már erőm', 'teljesen kimerültem', 'a végemet járom'],
    endAll: ['hogy vége legyen', 'legyen vége mindennek', 'véget vetni mindennek', 'befejezni mindent', 'hogy minden véget érjen', 'hogy vége legyen mindennek'],
    jumpVerb: ['leugrani', 'leugrok', 'ugrani', 'ugrok', 'levetni magam', 'levetem magam'],
    height: ['a hídról', 'hídról', 'az erkélyről', 'erkélyről', 'a tetőről', 'tetőről', 'az ablakból', 'ablakból', 'a vonat elé', 'vonat elé', 'a sínekre', 'szikláról'],
    selfHarm: ['elajándékozom a dolgaimat', 'elosztogatom a dolgaimat', 'elajándékoztam a dolgaimat', 'búcsúzom mindenkitől', 'elbúcsúzom mindenkitől', 'búcsúlevél*', 'örökre búcsúzom', 'többé nem hallotok felőlem', 'többé nem hallanak felőlem', 'nem leszek már itt', 'nem leszek itt sokáig', 'teher vagyok', 'csak teher vagyok', 'mindenkinek teher vagyok', 'terhére vagyok mindenkinek', 'értéktelen vagyok', 'senkinek sem kellek', 'senkinek nem kellek', 'senki sem venné észre', 'senki nem venné észre', 'senkinek nem hiányoznék', 'semminek nincs értelme', 'nem látok jövőt', 'nincs jövőm', 'nem látok kiutat', 'nincs kiút', 'gyűjtöm a gyógyszereket', 'összegyűjtöttem a gyógyszereket', 'beveszem az összes gyógyszert', 'túladagolom magam', 'felakasztom magam', 'felakasztani magam', 'felvágom az ereimet', 'bárcsak halott lennék', 'inkább halott lennék', 'bárcsak meg se születtem volna', 'a halálra gondolok', 'öngyilkosságon gondolkodom', 'nem akarok létezni', 'csak el akarok tűnni', 'el akarok tűnni', 'nincs miért élnem', 'véget vetek mindennek', 'nem akarok tovább élni'],
  },
  he: {
    life: ['לחיות', 'חיי'],
    toLive: ['לחיות', 'להמשיך לחיות'],
    lifeVoid: ['אין טעם', 'אין לי טעם', 'אין משמעות', 'אין סיבה', 'אין לי סיבה', 'אין בשביל מה', 'אין לי בשביל מה', 'נמאס לי', 'עייף', 'עייפה', 'לא רוצה', 'לא רוצה יותר', 'אין תקווה', 'לא שווה', 'לא שווים'],
    betterOff: ['עדיף', 'יותר טוב', 'טוב יותר', 'יותר מאושרים', 'יותר קל'],
    withoutMe: ['בלעדיי', 'אם לא הייתי קיים', 'אם לא הייתי קיימת', 'אם אעלם'],
    exhausted: ['לא יכול יותר', 'לא יכולה יותר', 'אין לי כוח יותר', 'אין לי יותר כוח', 'נגמרו לי הכוחות', 'אני לא עומד בזה', 'אני לא עומדת בזה', 'אני גמור', 'אני גמורה'],
    endAll: ['שהכל ייגמר', 'שהכל יגמר', 'לגמור עם הכל', 'לסיים עם הכל', 'לשים סוף להכל', 'שהכל יפסיק'],
    jumpVerb: ['לקפוץ', 'אקפוץ'],
    height: ['גשר', 'מרפסת', 'גג', 'צוק', 'מתחת לרכבת', 'לפני הרכבת', 'פסי הרכבת'],
    selfHarm: ['מחלק את הדברים שלי', 'מחלקת את הדברים שלי', 'נותן את הדברים שלי', 'נותנת את הדברים שלי', 'נפרד מכולם', 'נפרדת מכולם', 'להיפרד מכולם', 'שלום לתמיד', 'מכתב פרידה', 'לא תשמעו ממני יותר', 'לא אהיה פה עוד הרבה', 'לא אהיה כאן יותר', 'אני נטל', 'אני רק נטל', 'נטל על כולם', 'אני מעמסה', 'מעמסה על כולם', 'אני חסר ערך', 'אני חסרת ערך', 'אף אחד לא צריך אותי', 'אף אחד לא ישים לב אם', 'אף אחד לא יתגעגע אליי', 'שום דבר לא משנה יותר', 'אין לי עתיד', 'לא רואה עתיד', 'לא רואה מוצא', 'אין לי מוצא', 'אספתי כדורים', 'אוסף כדורים', 'אוספת כדורים', 'לקחת את כל הכדורים', 'אקח את כל הכדורים', 'לקחת מנת יתר', 'אקח מנת יתר', 'לתלות את עצמי', 'אתלה את עצמי', 'לחתוך את עצמי', 'חותך את עצמי', 'חותכת את עצמי', 'הלוואי שהייתי מת', 'הלוואי שהייתי מתה', 'עדיף שאמות', 'עדיף לי למות', 'הלוואי שלא נולדתי', 'חושב על מוות', 'חושבת על מוות', 'חושב על התאבדות', 'חושבת על התאבדות', 'לא רוצה להתקיים', 'רוצה להיעלם', 'רוצה פשוט להיעלם', 'אין לי סיבה לחיות', 'להרוג את עצמי', 'אהרוג את עצמי', 'אין טעם להמשיך'],
  },
};

/**
 * The quietest hints (round 11): being gone soon ("I won't be here much longer", "bald bin ich sowieso nicht mehr da"),
 * others no longer needing to worry, nothing mattering any more, sleeping and never waking, pills put aside, a letter
 * left for the family. Said whole (`selfHarm`), or as a wish + ceasing to be where the wish is a plain "just"/"would
 * rather" ("nejradši bych zmizel", "jag vill bara sova och aldrig vakna"). No guards, as for every self-harm hint.
 */
export const SOON_GONE: Readonly<Record<string, ConceptTable>> = {
  en: {
    selfHarm: ["won't need this policy much longer", "won't need this policy for much longer", "won't need the policy for much longer", "won't need the insurance much longer", "won't need it for much longer anyway", "you won't have to worry about me", "won't have to deal with me much longer", "won't have to deal with me for much longer", 'nothing matters anymore', 'nothing matters any more', 'none of it matters anymore', 'nobody would even notice', 'no one would even notice', "i've been saving my pills", 'been stockpiling pills', 'stockpiling my pills', 'left a letter for my family', 'wrote a letter to my family', 'soon i will be gone', "soon i'll be gone", "i'll be gone soon", 'i will be gone soon', 'not be here much longer', "won't be here for much longer"],
  },
  de: {
    selfHarm: ['bald bin ich nicht mehr da', 'bald bin ich sowieso nicht mehr da', 'bin ich sowieso nicht mehr da', 'bin bald nicht mehr da', 'bin eh bald nicht mehr da', 'bin bald weg', 'bald bin ich weg', 'nicht mehr lange hier', 'musst dir um mich keine sorgen mehr machen', 'mussen sich um mich keine sorgen mehr machen', 'nichts spielt mehr eine rolle', 'nichts ist mehr wichtig', 'niemand wurde es merken', 'keiner wurde es merken', 'tabletten zur seite gelegt', 'tabletten gehortet', 'einen brief fur meine familie', 'brief an meine familie'],
  },
  nl: {
    selfHarm: ['zie het allemaal niet meer zitten', 'zie het echt niet meer zitten', 'ik ben er binnenkort toch niet meer', 'ben er toch niet lang meer', 'hoeven jullie je geen zorgen meer om mij te maken', 'niets maakt nog uit', 'niets doet er nog toe', 'niemand zou het zelfs merken', 'pillen opgespaard', 'pillen verzameld', 'brief voor mijn familie', 'brief aan mijn familie'],
  },
  cs: {
    wishFor: ['chci jen', 'chtěl bych jen', 'chtěla bych jen', 'nejradši bych', 'radši bych'],
    ceaseToBe: ['usnout a nevzbudit se', 'usnout a už se nevzbudit', 'nevzbudit se', 'už se nevzbudit', 'zmizet navždy'],
    selfHarm: ['nejradši bych zmizel', 'nejradši bych zmizela', 'radši bych zmizel', 'radši bych zmizela', 'tu dlouho nebudu', 'dlouho tu nebudu', 'brzy budu pryč', 'brzy už budu pryč', 'stejně tu nebudu', 'na ničem už nezáleží', 'už na ničem nezáleží', 'nic už nezáleží', 'dopis své rodině', 'dopis pro rodinu', 'dopis rodině', 'už se o mě nemusíte starat', 'nemusíte se o mě starat', 'nikdo by si ani nevšiml', 'mám nasyslené prášky', 'mám schované prášky', 'nasbíral jsem prášky', 'nasbírala jsem prášky', 'schovávám si prášky'],
  },
  el: {
    selfHarm: ['σύντομα δεν θα είμαι εδώ', 'σύντομα δε θα είμαι εδώ', 'σύντομα θα φύγω για πάντα', 'δεν θα με έχετε για πολύ', 'δεν έχει νόημα τίποτα πια', 'τίποτα δεν έχει πια νόημα', 'τίποτα δεν έχει πια σημασία', 'τίποτα δεν μετράει πια', 'μάζεψα τα χάπια', 'έχω μαζέψει τα χάπια', 'έχω μαζέψει χάπια', 'δεν χρειάζεται να ανησυχείτε για μένα', 'δεν χρειάζεται να ανησυχείτε πια', 'κανείς δεν θα το προσέξει', 'κανείς δεν θα το καταλάβει', 'γράμμα στην οικογένειά μου'],
  },
  sv: {
    wishFor: ['vill bara', 'vill helst'],
    ceaseToBe: ['aldrig vakna', 'aldrig vakna igen', 'inte vakna igen', 'sova för alltid'],
    selfHarm: ['snart är jag borta', 'snart är jag inte här', 'är inte här så länge till', 'inte kvar så länge till', 'behöver ni inte bry er om mig', 'behöver inte bry er om mig längre', 'behöver inte oroa er för mig', 'spelar ingen roll längre', 'inget spelar någon roll', 'spelar ingen roll vad som händer med mig', 'ingen skulle ens märka', 'sparat mina tabletter', 'brev till min familj'],
  },
  da: {
    selfHarm: ['snart er jeg væk', 'snart er jeg borte', 'er her ikke så længe', 'er ikke her så lenge', 'behøver ikke bekymre jer om mig', 'trenger ikke bekymre dere for meg', 'intet betyder noget', 'ingenting betyr noe', 'ingen ville engang opdage', 'ingen ville engang merke', 'brev til min familie'],
    ceaseToBe: ['aldrig vågne igen', 'aldri våkne igjen', 'sove for evigt', 'sove for alltid'],
  },
  no: {
    selfHarm: ['snart er jeg borte', 'er ikke her så lenge', 'trenger ikke bekymre dere for meg', 'ingenting betyr noe', 'ingen ville engang merke', 'brev til familien min'],
    ceaseToBe: ['aldri våkne igjen', 'sove for alltid'],
  },
  fi: {
    selfHarm: ['en ole täällä kauaa', 'pian olen poissa', 'olen pian poissa', 'teidän ei tarvitse enää huolehtia minusta', 'millään ei ole enää väliä', 'mikään ei merkitse enää mitään', 'kukaan ei edes huomaisi', 'kirje perheelleni'],
    ceaseToBe: ['nukahtaa enkä herää', 'enkä koskaan heräisi', 'en heräisi enää', 'nukkua ikuisesti'],
  },
  ro: {
    selfHarm: ['în curând nu o să mai fiu', 'curând nu mai sunt', 'nu mai sunt mult pe aici', 'nu mai trebuie să vă faceți griji pentru mine', 'nimic nu mai contează', 'nimeni nici n-ar observa', 'o scrisoare pentru familia mea'],
    ceaseToBe: ['să adorm și să nu mă mai trezesc', 'să nu mă mai trezesc', 'să dorm pentru totdeauna', 'să dispar'],
  },
  hu: {
    selfHarm: ['nemsokára nem leszek itt', 'hamarosan már nem leszek', 'nem kell többé aggódniuk miattam', 'semmi sem számít már', 'már semmi sem számít', 'senki észre se venné', 'levél a családomnak'],
    ceaseToBe: ['elaludni és fel sem ébredni', 'soha többé nem ébredni fel', 'örökre elaludni'],
  },
  he: {
    selfHarm: ['לא רואה טעם בכלום', 'אין טעם לכלום', 'אין טעם בכלום', 'כבר לא יהיה הבעיה שלי', 'בקרוב לא אהיה', 'בקרוב כבר לא אהיה', 'לא אהיה פה עוד הרבה זמן', 'כולם יהיו בסדר בלעדיי', 'יהיו בסדר גם בלעדיי', 'יסתדרו בלעדיי', 'לא תצטרכו לדאוג לי', 'שום דבר כבר לא משנה', 'מכתב למשפחה שלי', 'אספתי את הכדורים'],
  },
};

/**
 * Last words to an insurer or a travel company (round 11): the family provided for "when I'm no longer here", a trip
 * not come back from, an apology passed on to the family, the last time of writing. "When I'm gone" alone is a trip
 * ("wer kümmert sich, wenn ich weg bin?"), so only "no longer here" forms; a trip not come back from only with "no
 * longer" ("nicht mehr", "už", "niet meer"): "not coming back from this trip until May" is a trip.
 */
export const LAST_WORDS: Readonly<Record<string, ConceptTable>> = {
  en: { selfHarm: ["when i'm no longer here", 'when i am no longer here', "once i'm no longer here", "after i'm no longer here", "when i'm no longer around", "once i'm no longer around", "when i'm not here anymore", "taken care of after i'm gone", "taken care of when i'm gone", "get the money after i'm gone", "get the money when i'm gone", "don't plan on coming back", "don't intend to come back from", "last time i'll be writing", 'last time i will be writing', "tell my wife i'm sorry", "tell my husband i'm sorry", "tell my family i'm sorry", "tell my kids i'm sorry", 'tell my kids i love them', 'tell my family i love them'] },
  de: { selfHarm: ['wenn ich nicht mehr hier bin', 'komme von dieser reise nicht mehr zuruck', 'von dieser reise nicht mehr zuruckkommen', 'genug tabletten zu hause', 'sagen sie meiner frau, dass es mir leid tut', 'sagen sie meinem mann, dass es mir leid tut', 'sagen sie meinen kindern, dass ich sie liebe', 'das letzte mal, dass ich schreibe'] },
  nl: { selfHarm: ['kom niet meer terug van deze reis', 'niet meer terugkomen van deze reis', 'als ik er niet meer ben', 'zeg tegen mijn familie dat het me spijt', 'zeg tegen mijn kinderen dat ik van ze hou', 'de laatste keer dat ik schrijf'] },
  cs: { selfHarm: ['až tu nebudu', 'až tu už nebudu', 'až už tu nebudu', 'z této cesty se už nevrátím', 'z této cesty už se nevrátím', 'řekněte mé rodině, že je mi to líto', 'řekněte manželce, že je mi to líto', 'řekněte manželovi, že je mi to líto', 'řekněte dětem, že je miluju', 'naposledy, co píšu'] },
  sv: { selfHarm: ['när jag inte finns längre', 'när jag inte finns kvar', 'när jag inte längre finns', 'kommer aldrig tillbaka från resan', 'säg till min familj att jag är ledsen', 'säg till mina barn att jag älskar dem', 'sista gången jag skriver'] },
  da: { selfHarm: ['når jeg ikke er her mere', 'når jeg ikke er her lenger', 'sig til min familie at jeg er ked af det', 'si til familien min at jeg er lei meg', 'sidste gang jeg skriver', 'siste gang jeg skriver'] },
  no: { selfHarm: ['når jeg ikke er her lenger', 'si til familien min at jeg er lei meg', 'siste gang jeg skriver'] },
  fi: { selfHarm: ['kun en ole enää täällä', 'kun minua ei enää ole', 'sanokaa perheelleni että olen pahoillani', 'viimeinen kerta kun kirjoitan'] },
  ro: { selfHarm: ['când nu voi mai fi aici', 'cand nu voi mai fi', 'după ce nu voi mai fi', 'nu mă mai întorc din călătoria asta', 'din călătoria asta nu mă mai întorc', 'spuneți-i familiei mele că îmi pare rău', 'ultima dată când scriu'] },
  hu: { selfHarm: ['ha már nem leszek itt', 'amikor már nem leszek', 'mondják meg a családomnak, hogy sajnálom', 'utoljára írok'] },
  el: { selfHarm: ['όταν δεν θα είμαι πια εδώ', 'όταν δε θα είμαι πια εδώ', 'όταν δεν θα υπάρχω', 'πείτε στην οικογένειά μου ότι λυπάμαι', 'πείτε στα παιδιά μου ότι τα αγαπώ', 'τελευταία φορά που γράφω'] },
  he: { selfHarm: ['כשאני כבר לא אהיה פה', 'כשלא אהיה פה', 'כשאני לא אהיה כאן', 'כשאני כבר לא אהיה', 'תגידו למשפחה שלי שאני מצטער', 'תגידו למשפחה שלי שאני מצטערת', 'הפעם האחרונה שאני כותב', 'הפעם האחרונה שאני כותבת'] },
};

/** No reason to go on, said without "life" (round 11): "I don't see a reason to carry on", "ik zie geen reden meer om door te gaan". */
export const NO_REASON_TO_GO_ON: Readonly<Record<string, ConceptTable>> = {
  en: { selfHarm: ["don't see a reason to carry on", "don't see any reason to go on", 'no reason left to carry on', 'see no reason to go on', 'see no reason to carry on'] },
  de: { selfHarm: ['sehe keinen grund mehr weiterzumachen', 'keinen grund mehr weiterzumachen', 'sehe keinen grund weiterzumachen'] },
  nl: { selfHarm: ['geen reden meer om door te gaan', 'geen reden om door te gaan', 'zie geen reden meer om verder te gaan', 'geen zin meer om door te gaan'], burden: ["voel me zo'n last", 'voel me een last', "ik ben zo'n last", 'ben alleen maar tot last'] },
  cs: { selfHarm: ['nevidím důvod pokračovat', 'nevidím důvod dál pokračovat', 'nemám důvod pokračovat'] },
  el: { selfHarm: ['δεν βλέπω λόγο να συνεχίσω', 'κανένας λόγος να συνεχίσω', 'δεν έχω λόγο να συνεχίσω'] },
  sv: { selfHarm: ['ser ingen anledning att fortsätta', 'ingen anledning att fortsätta', 'ingen anledning att leva vidare'] },
  da: { selfHarm: ['ser ingen grund til at fortsætte', 'ingen grund til at fortsætte', 'ser ingen grunn til å fortsette', 'ingen grunn til å fortsette'] },
  no: { selfHarm: ['ser ingen grunn til å fortsette', 'ingen grunn til å fortsette'] },
  fi: { selfHarm: ['en näe syytä jatkaa', 'ei ole syytä jatkaa'] },
  ro: { selfHarm: ['nu văd niciun motiv să continui', 'nu mai am niciun motiv să continui'] },
  hu: { selfHarm: ['nem látok okot a folytatásra', 'nincs okom folytatni'] },
  he: { selfHarm: ['לא רואה סיבה להמשיך', 'אין סיבה להמשיך', 'אין לי סיבה להמשיך', 'לא רואה טעם להמשיך'] },
};
