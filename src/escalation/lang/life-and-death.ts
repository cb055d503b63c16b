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
import type { Concept } from './types.js';

type Table = Partial<Record<Concept, readonly string[]>>;

export const LIFE_AND_DEATH: Readonly<Record<string, Table>> = {
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
};
