/**
 * Fraud told as being cheated, conversations going in circles, and leaving said as a last booking or a custom moved
 * "from now on": one table per mechanism, every language side by side (merged into each pack's concepts in ./index.ts;
 * the frames are in ../situations.ts). Words are general knowledge of how customers write, in the first person and as
 * a report ("they cheated me", "I got scammed"), never a bare "scam" or "fraud": "how do I spot a scam?" stays quiet
 * through the question and prevention guards, and the noun alone is how such questions are asked.
 *
 *  - `securityStrong` gains being cheated: "they ripped me off", "ich wurde abgezockt", "me estafaron", "dolandırıldım",
 *    "被骗了", "사기를 당했", "mujhe thag liya", "saya ditipu".
 *  - `fakeParty` gains the fake booking itself: a fake confirmation, listing, hotel or ticket ("la réservation était
 *    fausse", "假的订单"), the lodging that turned out not to exist.
 *  - `partyGone` gains the other side unreachable after the money left ("联系不上了", "kabur", "phone band kar diya").
 *  - `bookedIt` (new): a booking made ("booked", "gebucht", "予約した", "book kar liya"), for someone booking with the
 *    customer's papers or in their name ("someone booked flights with my details").
 *  - `finalOne` + `finalThing` (new): "this was my last booking", "das war meine letzte Buchung", "这是我最后一次在你们这订":
 *    the demonstrative and the copula make it a vow, where "my last booking was cancelled" only means the previous one.
 *  - `fromNowOn` (new) + `competitor`: "from now on I'll book elsewhere", "ab jetzt buche ich woanders", "以后去别的平台".
 *  - `futile` / `repeatCount` gain the conversation going in circles and the customer repeating themselves
 *    ("we're going round in circles", "liest hier überhaupt jemand", "phir wahi jawab", "muter-muter terus").
 */
import type { ConceptTable } from './types.js';

/** Being cheated, said as the customer's own report. */
export const CHEATED: Readonly<Record<string, ConceptTable>> = {
  en: { securityStrong: ["i've been scammed", 'i have been scammed', 'i was scammed', 'i got scammed', 'i just got scammed', "i've been cheated", 'i was cheated', 'i got cheated', 'i was conned', 'i got conned', "i've been conned", 'i was defrauded', "i've been defrauded", 'they scammed me', 'he scammed me', 'she scammed me', 'you scammed me', 'they cheated me', 'he cheated me', 'she cheated me', 'you cheated me', 'cheated me out of', 'scammed me out of', 'swindled me', 'they ripped me off', 'you ripped me off', 'i was ripped off', 'i got ripped off', "i've been ripped off", 'fell for a scam', 'fell victim to a scam', 'victim of a scam', 'victim of fraud', 'victim of a fraud', 'took me for a ride', 'stole my money', 'stole the money'] },
  de: { securityStrong: ['ich wurde betrogen', 'ich bin betrogen worden', 'wurde abgezockt', 'bin abgezockt worden', 'hat mich abgezockt', 'haben mich abgezockt', 'hat mich betrogen', 'haben mich betrogen', 'man hat mich betrogen', 'man hat mich abgezockt', 'hat mich uber den tisch gezogen', 'haben mich uber den tisch gezogen', 'auf einen betrug reingefallen', 'auf betruger reingefallen', 'auf einen betruger reingefallen', 'opfer eines betrugs', 'opfer von betrug', 'betrugsopfer', 'hat mich reingelegt', 'haben mich reingelegt', 'ubers ohr gehauen', 'mein geld gestohlen', 'hat mich geprellt', 'haben mich geprellt'] },
  es: { securityStrong: ['me estafaron', 'me han estafado', 'me estafo', 'fui estafado', 'fui estafada', 'me timaron', 'me han timado', 'me engañaron', 'me han engañado', 'me engaño', 'me robaron el dinero', 'me robaron mi dinero', 'cai en una estafa', 'caí en una estafa', 'victima de una estafa', 'víctima de una estafa', 'victima de fraude', 'víctima de fraude', 'me vieron la cara', 'me tomaron el pelo con'] },
  fr: { securityStrong: ["je me suis fait arnaquer", "je me suis fait escroquer", "je me suis fait avoir", "je me suis fait voler", "on m'a arnaque", "on m'a escroque", "on m'a vole", "ils m'ont arnaque", "il m'a arnaque", "elle m'a arnaque", "vous m'avez arnaque", "ils m'ont escroque", "il m'a escroque", "j'ai ete arnaque", "j'ai ete arnaquee", "j'ai ete escroque", "j'ai ete escroquee", "victime d'une arnaque", "victime d'une escroquerie", "victime de fraude", "tombe dans une arnaque", "tombee dans une arnaque", "on m'a roule", "ils m'ont roule"] },
  it: { securityStrong: ['sono stato truffato', 'sono stata truffata', 'mi hanno truffato', 'mi hanno truffata', 'mi ha truffato', 'mi ha truffata', 'mi avete truffato', 'mi hanno fregato', 'mi ha fregato', 'mi avete fregato', 'mi hanno imbrogliato', 'mi ha imbrogliato', 'sono stato imbrogliato', 'sono stata imbrogliata', 'vittima di una truffa', 'vittima di truffa', 'caduto in una truffa', 'caduta in una truffa', 'mi hanno raggirato', 'mi hanno raggirata', 'mi hanno rubato i soldi'] },
  pt: { securityStrong: ['fui enganado', 'fui enganada', 'me enganaram', 'me enganou', 'fui roubado', 'fui roubada', 'me roubaram', 'cai num golpe', 'caí num golpe', 'cai em um golpe', 'caí em um golpe', 'cai no golpe', 'caí no golpe', 'levei um golpe', 'sofri um golpe', 'fui vitima de golpe', 'fui vítima de golpe', 'fui vitima de um golpe', 'fui vítima de um golpe', 'vitima de fraude', 'vítima de fraude', 'me passaram a perna', 'fui burlado', 'fui burlada', 'me burlaram', 'fui lesado', 'fui lesada'] },
  nl: { securityStrong: ['ik ben opgelicht', 'ben opgelicht', 'heeft me belazerd', 'hebben me belazerd', 'heeft mij belazerd', 'hebben mij belazerd', 'ik ben belazerd', 'ben opgelicht', 'ben bedrogen', 'ik ben bedrogen', 'heeft me bedrogen', 'hebben me bedrogen', 'heeft me opgelicht', 'hebben me opgelicht', 'heeft mij opgelicht', 'hebben mij opgelicht', 'slachtoffer van oplichting', 'slachtoffer van fraude', 'in de val getrapt', 'ben erin getrapt', 'getild', 'ben getild', 'heeft me afgezet', 'hebben me afgezet'] },
  pl: { securityStrong: ['zostalem oszukany', 'zostalam oszukana', 'oszukali mnie', 'oszukal mnie', 'oszukala mnie', 'oszukaliscie mnie', 'mnie oszukalo', 'mnie oszukali', 'mnie oszukal', 'padlem ofiara oszustwa', 'padlam ofiara oszustwa', 'ofiara oszustwa', 'naciagneli mnie', 'naciagnal mnie', 'wyludzili ode mnie', 'okradli mnie', 'zostalem okradziony', 'zostalam okradziona', 'dalem sie oszukac', 'dalam sie oszukac'] },
  tr: { securityStrong: ['dolandirildim', 'dolandirildik', 'beni dolandirdi', 'beni dolandirdilar', 'beni dolandirdiniz', 'kandirildim', 'beni kandirdi', 'beni kandirdilar', 'beni kandirdiniz', 'aldatildim', 'tuzaga dustum', 'dolandiriciliga ugradim', 'dolandiricilik magduruyum', 'parami caldilar', 'parami dolandirdilar', 'kaziklandim', 'beni kaziklediler', 'beni kazikladilar', 'beni kaziklediniz'] },
  ar: { securityStrong: ['تعرضت للنصب', 'تعرضت للاحتيال', 'تعرضت لعمليه احتيال', 'تعرضت لعمليه نصب', 'انا ضحيه احتيال', 'ضحيه نصب', 'نصبوا علي', 'نصب علي', 'نصبو علي', 'احتالوا علي', 'احتال علي', 'ضحكوا علي', 'ضحك علي', 'خدعوني', 'خدعني', 'انخدعت', 'انضحك علي', 'سرقوا فلوسي', 'سرق فلوسي', 'اكلوا فلوسي', 'اخذوا فلوسي وهربوا', 'اتنصب علي'] },
  ru: { securityStrong: ['меня обманули', 'меня обманул', 'меня обманула', 'вы меня обманули', 'меня развели', 'меня кинули', 'меня надули', 'меня обокрали', 'я стал жертвой мошенник*', 'я стала жертвой мошенник*', 'стал жертвой обмана', 'стала жертвой обмана', 'жертва мошенничества', 'попался на мошенник*', 'попалась на мошенник*', 'попал на развод', 'попала на развод', 'украли мои деньги', 'украли деньги'] },
  ja: { securityStrong: ['詐欺にあい', '詐欺に遭い', '詐欺にあった', '詐欺に遭った', '詐欺にあって', '詐欺に遭って', '詐欺被害', 'だまされ', '騙され', '騙し取られ', 'だまし取られ', 'ぼったくられ', 'お金を取られ', 'お金をとられ', 'お金を盗まれ'] },
  ko: { securityStrong: ['사기를당했', '사기당했', '사기를당해', '사기당해', '사기맞았', '사기를맞았', '속았어', '속았습니다', '속아서', '속았네', '속았다', '사기피해', '등쳐먹', '돈을떼였', '돈떼였', '먹튀'] },
  zh: { securityStrong: ['我被骗了', '我被騙了', '被骗了', '被騙了', '骗了我', '騙了我', '被坑了', '坑了我', '上当了', '上當了', '上当受骗', '上當受騙', '遇到骗子', '遇到騙子', '遇到诈骗', '遇到詐騙', '被诈骗', '被詐騙', '骗走了', '騙走了', '骗我的钱', '騙我的錢', '卷款跑路', '捲款跑路', '被宰了'] },
  hi: { securityStrong: ['chuna laga diya', 'chuna lagaya', 'chuna lag gaya', 'thag liya', 'thag liye', 'thaga gaya', 'thagi ho gayi', 'thag gaya', 'thage gaye', 'ullu bana diya', 'ullu banaya', 'bewakoof bana diya', 'dhokha de diya', 'dhokha diya', 'dhokha kiya', 'fraud kar diya', 'fraud kiya', 'scam ho gaya', 'scam hua', 'mere saath scam', 'mere sath scam', 'mere saath dhokha', 'mere sath dhokha', 'paise le ke bhaag', 'paise lekar bhaag', 'paise le kar bhaag', 'लूट लिया', 'ठग लिया', 'ठगा गया', 'चूना लगा दिया', 'धोखा दे दिया', 'धोखा दिया', 'उल्लू बना दिया'] },
  id: { securityStrong: ['saya ditipu', 'aku ditipu', 'saya kena tipu', 'aku kena tipu', 'kena tipu', 'ketipu', 'tertipu', 'menipu saya', 'menipu aku', 'nipu saya', 'nipu aku', 'saya tertipu', 'korban penipuan', 'jadi korban penipuan', 'kena scam', 'kena penipuan', 'uang saya dibawa kabur', 'uangku dibawa kabur', 'dibawa kabur', 'dibohongi', 'saya dibohongi', 'kena prank', 'saya dikibulin', 'dikibulin'] },
};

/** The fake booking itself: a confirmation, listing, hotel or ticket that was fake or did not exist. */
export const FAKE_BOOKING: Readonly<Record<string, ConceptTable>> = {
  en: { fakeParty: ['fake booking', 'fake reservation', 'fake confirmation', 'fake booking confirmation', 'fake hotel', 'fake apartment', 'fake ticket', 'fake tickets', 'fake travel agent', 'fake travel agency', 'fake tour', 'confirmation was fake', 'booking was fake', 'reservation was fake', 'tickets were fake', 'ticket was fake', 'booking is fake', 'tickets are fake'] },
  de: { fakeParty: ['gefalschte buchung', 'gefalschte buchungsbestatigung', 'gefalschte bestatigung', 'fake-buchung', 'fake buchung', 'gefalschte tickets', 'gefalschtes ticket', 'gefalschte reservierung', 'buchung war gefalscht', 'buchung war fake', 'tickets waren gefalscht', 'tickets waren fake'] },
  es: { fakeParty: ['reserva falsa', 'reservas falsas', 'confirmacion falsa', 'billete falso', 'billetes falsos', 'boleto falso', 'boletos falsos', 'hotel falso', 'apartamento falso', 'anuncio falso', 'agencia falsa'] },
  fr: { fakeParty: ['fausse reservation', 'fausses reservations', 'fausse confirmation', 'faux billet', 'faux billets', 'faux hotel', 'fausse annonce', 'fausse location', 'faux appartement', 'fausse agence', "la reservation etait fausse", "les billets etaient faux"] },
  it: { fakeParty: ['prenotazione falsa', 'prenotazioni false', 'conferma falsa', 'biglietto falso', 'biglietti falsi', 'hotel falso', 'annuncio falso', 'appartamento falso', 'agenzia falsa', "l'hotel non esiste", "l'appartamento non esiste", 'la casa non esiste'] },
  pt: { fakeParty: ['reserva falsa', 'reservas falsas', 'confirmacao falsa', 'passagem falsa', 'passagens falsas', 'bilhete falso', 'hotel falso', 'anuncio falso', 'anunciante falso', 'agencia falsa'] },
  nl: { fakeParty: ['nepboeking', 'nep boeking', 'valse boeking', 'nepbevestiging', 'valse bevestiging', 'neptickets', 'nep tickets', 'valse tickets', 'nephotel', 'nepvakantiehuis'] },
  pl: { fakeParty: ['falszywa rezerwacja', 'falszywa rezerwacje', 'falszywe potwierdzenie', 'falszywy bilet', 'falszywe bilety', 'falszywy hotel', 'falszywe ogloszenie', 'falszywy apartament', 'falszywe biuro'] },
  tr: { fakeParty: ['sahte rezervasyon', 'sahte onay', 'sahte bilet', 'sahte otel', 'sahte ilan', 'sahte acente', 'sahte site', 'hic var olmamis'] },
  ar: { fakeParty: ['حجز وهمي', 'حجز مزيف', 'حجوزات وهميه', 'تاكيد مزيف', 'تذكره مزوره', 'تذاكر مزوره', 'تذاكر مزيفه', 'فندق وهمي', 'شقه وهميه', 'طلع وهمي', 'طلعت وهميه', 'طلع مزيف', 'مكتب وهمي', 'وكاله وهميه'] },
  ru: { fakeParty: ['фейковое бронирование', 'фальшивое бронирование', 'липовое бронирование', 'фальшивое подтверждение', 'поддельное подтверждение', 'фальшивые билеты', 'поддельные билеты', 'фейковый отель', 'фальшивый отель', 'фейковое объявление', 'липовое объявление'] },
  ja: { fakeParty: ['偽の予約', '偽予約', '偽物の予約', '偽のホテル', '偽のチケット', '偽チケット', '偽の航空券', '架空の予約', '架空のホテル', '偽サイト'] },
  ko: { fakeParty: ['가짜예약', '허위예약', '가짜확인서', '가짜티켓', '가짜항공권', '가짜숙소', '허위매물', '가짜매물', '가짜여행사', '가짜사이트', '존재하지않는숙소', '존재하지않는호텔'] },
  zh: { fakeParty: ['假订单', '假訂單', '假的订单', '假的訂單', '假预订', '假預訂', '假的预订', '假机票', '假機票', '假票', '假酒店', '假的酒店', '虚假房源', '虛假房源', '假房源', '假的房源', '虚假订单', '虛假訂單', '假旅行社', '钓鱼网站', '釣魚網站'] },
  hi: { fakeParty: ['fake booking', 'farzi booking', 'nakli booking', 'fake ticket', 'farzi ticket', 'nakli ticket', 'fake hotel', 'farzi hotel', 'fake agent', 'farzi agent', 'फर्जी बुकिंग', 'नकली बुकिंग', 'नकली टिकट', 'फर्जी टिकट', 'फर्जी होटल', 'फर्जी एजेंट'] },
  id: { fakeParty: ['booking palsu', 'pesanan palsu', 'reservasi palsu', 'tiket palsu', 'hotel palsu', 'agen palsu', 'travel palsu', 'iklan palsu', 'villa palsu', 'konfirmasi palsu', 'fiktif', 'travel bodong', 'agen bodong', 'bodong'] },
};

/** The other side unreachable after the money left. */
export const PARTY_GONE: Readonly<Record<string, ConceptTable>> = {
  en: { partyGone: ['no longer picks up', 'number is not in service', 'took off with my money', 'ran off with my money'] },
  de: { partyGone: ['geht nicht mehr ans telefon', 'nimmt nicht mehr ab', 'ist untergetaucht', 'mit meinem geld abgehauen', 'mit dem geld abgehauen'] },
  es: { partyGone: ['ya no contestan', 'ya no contesta', 'desaparecio', 'desaparecieron', 'me bloqueo', 'me bloquearon', 'ya no responde'] },
  fr: { partyGone: ['ne repond plus', 'ne repondent plus', 'a disparu', 'ont disparu', "m'a bloque", "m'ont bloque", 'injoignable', 'injoignables'] },
  it: { partyGone: ['non risponde piu', 'non rispondono piu', 'e sparito', 'sono spariti', 'mi ha bloccato', 'mi hanno bloccato', 'irraggiungibile', 'irreperibile'] },
  pt: { partyGone: ['sumiu', 'sumiram', 'nao responde mais', 'nao respondem mais', 'me bloqueou', 'me bloquearam', 'desapareceu', 'desapareceram'] },
  nl: { partyGone: ['neemt niet meer op', 'is spoorloos', 'met mijn geld vandoor'] },
  pl: { partyGone: ['zniknal', 'znikneli', 'zablokowal mnie', 'zablokowali mnie', 'przepadl', 'kontakt sie urwal'] },
  tr: { partyGone: ['ortadan kayboldu', 'kayboldular', 'beni engelledi', 'beni engellediler'] },
  ar: { partyGone: ['سكر جواله', 'قفل جواله', 'هرب', 'هربوا', 'بلكني', 'سوا لي بلوك'] },
  ru: { partyGone: ['пропал', 'пропали', 'исчез', 'исчезли', 'заблокировал меня', 'заблокировали меня', 'скрылся', 'скрылись'] },
  ja: { partyGone: ['連絡が取れない', '連絡がとれない', '連絡が取れません', '連絡がつかない', '連絡がつきません', '音信不通', 'ブロックされ', '逃げられ', '姿を消'] },
  ko: { partyGone: ['연락이안돼', '연락이안되', '연락두절', '잠수', '차단당했', '차단했', '도망갔'] },
  zh: { partyGone: ['联系不上', '聯繫不上', '联系不到', '聯繫不到', '失联', '失聯', '拉黑了我', '把我拉黑', '把我拉黑了', '跑路了', '跑路', '人间蒸发'] },
  hi: { partyGone: ['phone band kar diya', 'phone band hai', 'number band hai', 'number block kar diya', 'gayab ho gaya', 'gayab ho gaye', 'bhaag gaya', 'bhaag gaye', 'फोन बंद कर दिया', 'भाग गया'] },
  id: { partyGone: ['kabur', 'menghilang', 'hilang kontak', 'tidak bisa dihubungi', 'nggak bisa dihubungi', 'gak bisa dihubungi', 'memblokir saya', 'blokir saya', 'diblokir', 'nomornya tidak aktif', 'nomornya nggak aktif', 'nomornya mati', 'tidak membalas lagi', 'nggak bales lagi'] },
};

/** A booking made, and what says it was made with the customer's papers or in their name. */
export const BOOKED_AS_ME: Readonly<Record<string, ConceptTable>> = {
  en: { bookedIt: ['booked', 'has booked', 'have booked', 'made a booking', 'made bookings', 'made reservations', 'made a reservation', 'reserved', 'bought tickets', 'bought flights', 'bought a ticket'] },
  de: { bookedIt: ['gebucht', 'bucht', 'reserviert', 'tickets gekauft', 'flug gekauft', 'fluge gekauft'] },
  es: { bookedIt: ['reservo', 'reservaron', 'ha reservado', 'han reservado', 'compro billetes', 'compraron billetes', 'compro vuelos', 'compraron vuelos', 'compro boletos', 'compraron boletos', 'hizo una reserva', 'hicieron una reserva', 'hicieron reservas', 'para reservar'] },
  fr: { bookedIt: ['a reserve', 'ont reserve', 'a fait une reservation', 'ont fait une reservation', 'a achete des billets', 'ont achete des billets', 'pour reserver'] },
  it: { bookedIt: ['ha prenotato', 'hanno prenotato', 'ha comprato biglietti', 'hanno comprato biglietti', 'ha acquistato', 'hanno acquistato', 'per prenotare'] },
  pt: { bookedIt: ['reservou', 'reservaram', 'fez uma reserva', 'fizeram uma reserva', 'comprou passagens', 'compraram passagens', 'para comprar passagens', 'para reservar'] },
  nl: { bookedIt: ['geboekt', 'heeft geboekt', 'hebben geboekt', 'gereserveerd', 'tickets gekocht'] },
  pl: { bookedIt: ['zarezerwowal', 'zarezerwowali', 'zarezerwowala', 'kupil bilety', 'kupili bilety', 'zeby zarezerwowac', 'aby zarezerwowac'] },
  tr: { bookedIt: ['rezervasyon yapmis', 'rezervasyon yapmislar', 'rezervasyon yapti', 'rezervasyon yaptilar', 'bilet almis', 'bilet almislar', 'bilet aldi', 'bilet aldilar', 'kullanarak'] },
  ar: { bookedIt: ['حجز', 'حجزوا', 'اشترى تذاكر', 'اشتروا تذاكر', 'قطع تذاكر'] },
  ru: { bookedIt: ['забронировал', 'забронировали', 'забронировала', 'купил билеты', 'купили билеты', 'оформил бронь', 'оформили бронь'] },
  ja: { bookedIt: ['予約しました', '予約した', '予約され', '予約して', '航空券を買', 'チケットを買', '購入し'] },
  ko: { bookedIt: ['예약했', '예약을했', '예약해', '예약됐', '예약되어', '항공권을샀', '결제했'] },
  zh: { bookedIt: ['订了', '訂了', '预订了', '預訂了', '买了机票', '買了機票', '买了票', '買了票', '下了单', '下了單'] },
  hi: { bookedIt: ['book kar liya', 'book kar li', 'book kar diya', 'book kiya', 'book ki', 'booking kar li', 'booking kar di', 'ticket le liya', 'बुक कर लिया', 'बुक कर दिया', 'बुक किया', 'बुकिंग कर ली'] },
  id: { bookedIt: ['memesan', 'pesan tiket', 'booking tiket', 'membeli tiket', 'beli tiket', 'untuk pesan'] },
};

/** The customer's papers or name, said the way a booking uses them, where the packs lacked it. */
export const MY_PAPERS: Readonly<Record<string, ConceptTable>> = {
  en: { identity: ['my details', 'my personal details', 'my data', 'my information', 'my passport details', 'my name and passport'] },
  ko: { identity: ['제 정보', '내 정보', '제 개인정보', '내 명의', '제 명의', '제 이름', '내 이름'] },
  zh: { identity: ['我的名字', '我的身份'] },
  hi: { identity: ['mere naam se', 'mere naam par', 'meri details', 'mera data', 'mera aadhaar', 'mera passport', 'मेरे नाम से', 'मेरे नाम पर', 'मेरी डिटेल्स', 'मेरा आधार'] },
  ar: { identity: ['بياناتي', 'معلوماتي', 'جوازي', 'هويتي', 'باسمي'] },
  ru: { identity: ['мои данные', 'моими данными', 'мои паспортные данные', 'моим паспортом', 'на мое имя', 'на моё имя'] },
  tr: { identity: ['bilgilerimi', 'bilgilerimle', 'kimligimi', 'kimlik bilgilerimi', 'pasaportumu', 'adima'] },
  pl: { identity: ['moich danych', 'moje dane', 'moimi danymi', 'moj paszport', 'na moje nazwisko'] },
  ja: { identity: ['私の名前', '私の個人情報', '私の名義'] },
  id: { identity: ['atas nama saya'] },
  es: { identity: ['mis datos', 'mi nombre', 'mi pasaporte', 'mi dni', 'mi tarjeta'] },
};

/** "This was my last booking", and what the last one is. */
export const FINAL_ONE: Readonly<Record<string, ConceptTable>> = {
  en: { finalOne: ['this was my last', 'this is my last', 'that was my last', 'this will be my last', "that's my last", 'this is the last', 'this was the last', 'this will be the last', "this is my final", 'this was my final', 'that was my final', 'my last ever', 'my very last'], finalThing: ['booking', 'order', 'reservation', 'trip', 'flight', 'holiday', 'purchase', 'time i book', 'time i use', 'time i order', 'time i buy', 'time i travel'] },
  de: { finalOne: ['das war meine letzte', 'das ist meine letzte', 'das war mein letzter', 'das war mein letztes', 'das ist mein letzter', 'das ist mein letztes', 'das wird meine letzte', 'das war die letzte', 'das war das letzte', 'das war definitiv', 'das war garantiert', 'meine allerletzte'], finalThing: ['buchung', 'bestellung', 'reservierung', 'reise', 'mal'] },
  es: { finalOne: ['fue mi ultima', 'es mi ultima', 'fue mi ultimo', 'es mi ultimo', 'esta es mi ultima', 'esta fue mi ultima', 'sera mi ultima', 'fue la ultima', 'es la ultima', 'sera la ultima', 'mi ultimisima'], finalThing: ['reserva', 'compra', 'pedido', 'viaje', 'vez que reservo', 'vez que compro', 'vez que viajo', 'vez que uso'] },
  fr: { finalOne: ["c'etait ma derniere", "c'est ma derniere", "c'etait mon dernier", "c'est mon dernier", "ce sera ma derniere", "ce sera mon dernier", "c'etait la derniere", "c'est la derniere", "ce sera la derniere"], finalThing: ['reservation', 'commande', 'voyage', 'achat', 'fois que je reserve', 'fois que je commande', 'fois que je voyage', 'fois que je passe'] },
  it: { finalOne: ['e stata la mia ultima', 'è stata la mia ultima', 'e la mia ultima', 'è la mia ultima', 'e stato il mio ultimo', 'è stato il mio ultimo', "e l'ultima", "è l'ultima", 'questa e la mia ultima', 'questa è la mia ultima', 'sara la mia ultima', 'sarà la mia ultima', 'era la mia ultima'], finalThing: ['prenotazione', 'ordine', 'viaggio', 'acquisto', 'volta che prenoto', 'volta che compro', 'volta che viaggio'] },
  pt: { finalOne: ['foi a minha ultima', 'foi minha ultima', 'e a minha ultima', 'e minha ultima', 'foi o meu ultimo', 'foi meu ultimo', 'esta e a minha ultima', 'essa foi a minha ultima', 'essa foi minha ultima', 'sera a minha ultima', 'sera minha ultima', 'foi a ultima', 'e a ultima'], finalThing: ['reserva', 'compra', 'pedido', 'viagem', 'vez que reservo', 'vez que compro', 'vez que viajo', 'vez que uso'] },
  nl: { finalOne: ['dit was mijn laatste', 'dit is mijn laatste', 'dat was mijn laatste', 'dit wordt mijn laatste', 'dit was de laatste', 'dit is de laatste', 'dat was de laatste'], finalThing: ['boeking', 'bestelling', 'reservering', 'reis', 'keer dat ik boek', 'keer dat ik bestel', 'keer'] },
  pl: { finalOne: ['to byla moja ostatnia', 'to jest moja ostatnia', 'to byl moj ostatni', 'to bedzie moja ostatnia', 'to byl ostatni', 'to byla ostatnia', 'to ostatni raz', 'ostatni raz'], finalThing: ['rezerwacja', 'zamowienie', 'podroz', 'zakup', 'raz'] },
  tr: { finalOne: ['bu son', 'bu sizinle son', 'bu benim son', 'sizinle son', 'son kez', 'son defa', 'son kere'], finalThing: ['rezervasyon*', 'siparis*', 'seyahat*', 'alisveris*', 'kullaniyorum', 'aliyorum'] },
  ar: { finalOne: ['هذا اخر', 'هذي اخر', 'هذه اخر', 'كان اخر', 'كانت اخر', 'اخر مره', 'لاخر مره'], finalThing: ['حجز', 'طلب', 'رحله', 'احجز', 'اطلب', 'اتعامل'] },
  ru: { finalOne: ['это было мое последнее', 'это было моё последнее', 'это мое последнее', 'это моё последнее', 'это была моя последняя', 'это моя последняя', 'это был мой последний', 'это мой последний', 'в последний раз'], finalThing: ['бронирование', 'бронь', 'заказ', 'поездка', 'покупка', 'бронирую', 'заказываю', 'покупаю', 'пользуюсь'] },
  ja: { finalOne: ['これが最後', 'これで最後', '今回が最後', '今回で最後', 'もうこれっきり'], finalThing: ['予約', '利用', '注文', '購入', '旅行'] },
  ko: { finalOne: ['이번이마지막', '이게마지막', '이번으로마지막', '마지막으로이용', '이번이진짜마지막'], finalThing: ['예약', '이용', '주문', '구매', '여행'] },
  zh: { finalOne: ['这是我最后一次', '這是我最後一次', '这是最后一次', '這是最後一次', '最后一次在你们', '最後一次在你們', '最后一次用你们', '最後一次用你們', '再也是最后'], finalThing: ['订', '訂', '买', '買', '用', '预订', '預訂', '下单', '下單'] },
  hi: { finalOne: ['meri aakhri', 'meri akhri', 'mera aakhri', 'mera akhri', 'aakhri baar', 'akhri baar', 'मेरी आखिरी', 'आखिरी बार'], finalThing: ['booking', 'order', 'trip', 'ticket', 'book kar', 'use kar', 'बुकिंग', 'ऑर्डर'] },
  id: { finalOne: ['ini terakhir', 'ini yang terakhir', 'terakhir kali', 'yang terakhir kalinya'], finalThing: ['pesanan', 'pesan', 'booking', 'order', 'pakai', 'beli', 'transaksi'] },
};

/** "From now on", said by a customer taking their bookings elsewhere; and the elsewhere of a travel booking. */
export const FROM_NOW_ON: Readonly<Record<string, ConceptTable>> = {
  en: { fromNowOn: ['from now on', 'from here on', 'from here on out', 'going forward', 'from today on', 'next time i', 'from this point on'], competitor: ['directly with the airline', 'directly with the hotel', 'direct with the airline', 'direct with the hotel', 'straight with the airline', 'straight with the hotel', 'another travel agency', 'another travel agent', 'another agency', 'a different agency', 'another booking site', 'a different booking site', 'other booking sites', 'another site', 'a different site', 'another website', 'a different website'] },
  de: { fromNowOn: ['ab jetzt', 'ab sofort', 'von nun an', 'ab heute', 'kunftig', 'in zukunft', 'nachstes mal', 'das nachste mal'], competitor: ['direkt bei der airline', 'direkt beim hotel', 'direkt bei der fluggesellschaft', 'anderen reiseburo', 'anderes reiseburo', 'anderen portal', 'anderes portal', 'anderen anbieter', 'anderen seite', 'andere seite'], switchTo: ['buche', 'buche ich', 'buchen wir'] },
  es: { fromNowOn: ['a partir de ahora', 'de ahora en adelante', 'desde ahora', 'en adelante', 'la proxima vez'], competitor: ['con la competencia', 'otra agencia', 'otra pagina', 'otra web', 'otro sitio', 'otra plataforma', 'otra app', 'otra aplicacion', 'directamente con la aerolinea', 'directamente con el hotel', 'en otro lado', 'en otra parte'], switchTo: ['reservo', 'reservare', 'voy a reservar', 'compro', 'comprare'] },
  fr: { fromNowOn: ['desormais', 'dorenavant', "a partir de maintenant", "a partir d'aujourd'hui", 'la prochaine fois'], competitor: ['une autre agence', 'un autre site', 'une autre plateforme', 'une autre appli', 'une autre application', 'directement aupres de la compagnie', "directement aupres de l'hotel", 'directement avec la compagnie', "directement avec l'hotel"], switchTo: ['reserverai', 'je reserve', 'reserver', 'je passerai par', 'passerai par'] },
  it: { fromNowOn: ["d'ora in poi", 'da ora in poi', 'da adesso in poi', 'da oggi in poi', 'la prossima volta'], competitor: ['altrove', "un'altra agenzia", 'un altro sito', "un'altra piattaforma", "un'altra app", 'direttamente con la compagnia', "direttamente con l'hotel", 'da un\'altra parte'], switchTo: ['prenoto', 'prenotero', 'prenoterò', 'compro', 'comprero', 'userò', 'usero'] },
  pt: { fromNowOn: ['a partir de agora', 'de agora em diante', 'daqui pra frente', 'daqui para a frente', 'da proxima vez'], competitor: ['outra agencia', 'outro site', 'outra plataforma', 'outro app', 'outro aplicativo', 'direto com a companhia', 'direto com o hotel', 'em outro lugar', 'noutro lado', 'concorrencia', 'concorrente'], switchTo: ['reservo', 'vou reservar', 'compro', 'vou comprar', 'vou usar'] },
  nl: { fromNowOn: ['vanaf nu', 'voortaan', 'vanaf vandaag', 'in het vervolg', 'de volgende keer'], competitor: ['ergens anders', 'elders', 'een ander reisbureau', 'een andere site', 'een andere website', 'een ander platform', 'een andere app', 'direct bij de maatschappij', 'direct bij het hotel', 'de concurrent', 'de concurrentie'], switchTo: ['boek', 'boek ik', 'ga ik boeken', 'bestel ik'] },
  pl: { fromNowOn: ['od teraz', 'od dzisiaj', 'od dzis', 'odtad', 'nastepnym razem', 'w przyszlosci'], competitor: ['gdzie indziej', 'w innym miejscu', 'inne biuro', 'innym biurze', 'inna strona', 'innej stronie', 'inna aplikacja', 'innej aplikacji', 'u konkurencji', 'konkurencja', 'bezposrednio u przewoznika', 'bezposrednio w hotelu'], switchTo: ['rezerwuje', 'bede rezerwowac', 'bede rezerwowal', 'bede rezerwowala', 'kupuje', 'bede kupowac'] },
  tr: { fromNowOn: ['bundan sonra', 'artik', 'bugunden sonra', 'bir dahaki sefere'], competitor: ['baska yerden', 'baska bir yerden', 'baska siteden', 'baska bir siteden', 'baska acenteden', 'baska bir acenteden', 'baska uygulamadan', 'rakip', 'rakipten', 'direkt havayolundan', 'direkt otelden'] },
  ar: { fromNowOn: ['من الحين', 'من اليوم', 'من الان', 'من هلق', 'بعد اليوم', 'المره الجايه'], competitor: ['مكان ثاني', 'مكان اخر', 'موقع ثاني', 'موقع اخر', 'تطبيق ثاني', 'تطبيق اخر', 'شركه ثانيه', 'شركه اخري', 'مكتب ثاني', 'من المنافسين', 'مباشره من الفندق', 'مباشره من شركه الطيران'] },
  ru: { fromNowOn: ['теперь', 'отныне', 'впредь', 'с этого момента', 'с сегодняшнего дня', 'в следующий раз'], competitor: ['в другом месте', 'в другом агентстве', 'на другом сайте', 'в другом приложении', 'у конкурентов', 'напрямую у авиакомпании', 'напрямую в отеле'], switchTo: ['буду бронировать', 'буду заказывать', 'буду покупать', 'бронирую', 'заказываю'] },
  ja: { fromNowOn: ['今後は', 'これからは', '次からは', '今度からは'], competitor: ['他のサイト', '別のサイト', '他の旅行会社', '別の旅行会社', '航空会社から直接', 'ホテルに直接', '直接ホテル', '直接航空会社'] },
  ko: { fromNowOn: ['앞으로는', '이제부터', '다음부터', '이제는'], competitor: ['다른사이트', '다른앱', '다른여행사', '다른플랫폼', '항공사에서직접', '호텔에서직접'] },
  zh: { fromNowOn: ['以后', '以後', '从今以后', '從今以後', '今后', '今後', '下次'], competitor: ['别的网站', '別的網站', '其他网站', '其他網站', '别的app', '其他app', '别的旅行社', '其他旅行社', '官网订', '官網訂', '别的地方', '別的地方'] },
  hi: { fromNowOn: ['ab se', 'aaj se', 'agli baar se', 'aage se', 'अब से', 'आज से'], competitor: ['dusri app', 'doosri app', 'dusre app', 'dusri site', 'dusri website', 'dusri company', 'kisi aur app', 'kisi aur site', 'दूसरी ऐप', 'दूसरी साइट'] },
  id: { fromNowOn: ['mulai sekarang', 'mulai hari ini', 'ke depannya', 'lain kali', 'selanjutnya'], competitor: ['aplikasi sebelah', 'situs lain', 'web lain', 'travel lain', 'agen lain', 'platform lain', 'langsung ke maskapai', 'langsung ke hotel'] },
};

/** Leaving said in ways the packs lacked: the account deleted in the present, the app removed. */
export const LEAVING: Readonly<Record<string, ConceptTable>> = {
  en: { churnStrong: ['last time i book with you', "last time i'm booking with you", 'last time i ever book', 'last time i ever use', 'the last time i use you', 'the last time i book with you', "i'll book directly from now on", 'i will book directly from now on'] },
  id: { churnStrong: ['ini pesanan terakhir saya di sini', 'ini terakhir kalinya saya pesan', 'terakhir kali saya pesan di sini', 'terakhir kali saya pakai aplikasi ini', 'ini booking terakhir saya di sini', 'ini yang terakhir kalinya'] },
  hi: { churnStrong: ['account delete kar raha', 'account delete kar rahi', 'account delete kar diya', 'account delete kar dunga', 'account delete kar dungi', 'account band kar raha', 'account band kar rahi', 'account band kar dunga', 'app uninstall kar diya', 'app uninstall kar raha', 'app uninstall kar dunga', 'app hata diya', 'app delete kar diya', 'kabhi booking nahi karunga', 'kabhi booking nahi karungi', 'dobara booking nahi', 'dubara booking nahi', 'kabhi use nahi karunga', 'kabhi use nahi karungi', 'dobara use nahi', 'dubara use nahi', 'ab kabhi nahi', 'dusri company ko', 'customer kho diya', 'ab aur nahi', 'bas bahut ho gaya'] },
  ar: { uninstall: ['سأحذف', 'ساحذف', 'راح احذف', 'بحذف', 'حذفت', 'بمسح', 'راح امسح', 'مسحت'] },
  zh: { churnStrong: ['卸载了', '卸載了', '要卸载', '要卸載', '删了app', '删除app', '把app删了', '再也不用你们', '再也不用你們', '再也不在你们', '再也不在你們', '再也不会在你们', '再也不會在你們', '不会再用你们', '不會再用你們'] },
  ko: { churnStrong: ['앱삭제할', '앱지울', '앱삭제했', '앱지웠', '탈퇴할게', '탈퇴하겠', '다시는이용안', '다시는예약안', '다시는안써', '다시는안씀'] },
  ja: { churnStrong: ['アプリを消し', 'アプリを削除し', 'アプリ消し', 'アプリ削除', 'アカウントを削除し', '退会します', '退会しました', '二度と予約しません', '二度と使いません', 'もう使いません', 'もう利用しません'] },
};

/** The conversation going in circles; the customer repeating themselves. */
export const GOING_IN_CIRCLES: Readonly<Record<string, ConceptTable>> = {
  en: { futile: ['going in circles', 'going round in circles', 'going around in circles', 'talking in circles', 'getting nowhere', 'going nowhere', 'this is going nowhere', 'are you even reading', 'is anyone reading', 'is anybody reading', 'are you reading my', 'did you even read', 'did you read my', 'read my question', 'answer my question', 'answer the question', 'just answer', "that doesn't answer", 'that does not answer', 'not answering my question', "you're not answering", 'you are not answering', "you're not listening", 'you are not listening', 'stop sending me', 'stop giving me the same', 'same thing over and over', 'talking to a wall', 'like talking to a wall', 'talking to a brick wall', "you don't get it", "you're not getting it", 'waste of my time', 'wasting my time'], repeatCount: ['how many times do i', 'i keep asking', "i've asked this", 'i have asked this', 'asked this already', 'asked you already', 'asked you twice', 'said it twice', 'once again i', 'i repeat', 'let me repeat', 'i said this already', 'i said that already', "i've said this", 'i have said this'] },
  de: { futile: ['im kreis', 'drehe mich im kreis', 'drehen uns im kreis', 'drehen sich im kreis', 'fuhrt zu nichts', 'liest hier jemand', 'liest hier uberhaupt', 'liest uberhaupt jemand', 'lesen sie uberhaupt', 'liest du uberhaupt', 'lest ihr uberhaupt', 'beantwortet meine frage nicht', 'beantworten sie meine frage', 'beantworte meine frage', 'horen sie mir zu', 'horen mir nicht zu', 'hort mir nicht zu', 'hort ihr mir nicht zu', 'wie gegen eine wand', 'gegen eine wand reden', 'verschwendet meine zeit', 'zeitverschwendung', 'gleiche antwort', 'dieselbe antwort', 'schon wieder dasselbe', 'immer dasselbe', 'immer das gleiche', 'immer wieder dasselbe', 'hab ich doch schon gefragt', 'habe ich doch schon gefragt', 'habe ich schon gefragt', 'hab ich schon gefragt', 'habe ich doch gesagt'], repeatCount: ['schreibe zum dritten mal', 'schreibe ich zum dritten mal', 'frage zum dritten mal', 'frage ich zum dritten mal', 'schreibe jetzt zum dritten mal', 'zum x-ten mal', 'wie oft soll ich noch', 'wie oft muss ich noch', 'schon zweimal gefragt', 'schon dreimal gefragt', 'schon zweimal geschrieben', 'schon dreimal geschrieben', 'schon zweimal erklart', 'schon dreimal erklart', 'ich wiederhole mich'] },
  es: { futile: ['dando vueltas', 'damos vueltas', 'vueltas y vueltas', 'no llegamos a nada', 'no lleva a nada', 'no me estas entendiendo', 'no me entiendes', 'no me entienden', 'no me escuchas', 'no me escuchan', 'no me estas escuchando', 'no contestas mi pregunta', 'no responde mi pregunta', 'no respondes a mi pregunta', 'eso no es lo que pregunte', 'no es lo que pregunte', 'lees lo que escribo', 'alguien lee', 'siempre la misma respuesta', 'la misma respuesta', 'otra vez lo mismo', 'lo mismo de siempre', 'hablar con la pared', 'hablando con una pared', 'no sirve de nada', 'perdiendo el tiempo', 'me haces perder el tiempo', 'ya te lo dije', 'ya te lo he dicho', 'ya lo dije', 'ya te lo pregunte', 'ya te lo he preguntado', 'ya lo he preguntado'], repeatCount: ['tercera vez que escribo', 'tercera vez que pregunto', 'tercera vez que lo digo', 'tercera vez que lo explico', 'cuarta vez que escribo', 'cuarta vez que pregunto', 'por tercera vez te', 'cuantas veces tengo que', 'cuántas veces tengo que', 'cuantas veces te lo tengo', 'te lo he dicho mil veces', 'te lo repito', 'me repito'] },
  fr: { futile: ['on tourne en rond', 'tourner en rond', 'tourne en rond', "ca ne mene a rien", "on n'avance pas", "ca n'avance pas", 'vous ne m\'ecoutez pas', "tu ne m'ecoutes pas", "vous ne me comprenez pas", "tu ne me comprends pas", "ce n'est pas ce que j'ai demande", "pas ce que j'ai demande", "vous ne repondez pas a ma question", "repondez a ma question", "vous lisez mes messages", "quelqu'un lit", 'toujours la meme reponse', 'encore la meme reponse', 'la meme reponse', 'encore la meme chose', 'toujours la meme chose', 'parler a un mur', 'je perds mon temps', 'perte de temps', "je vous l'ai deja dit", "je l'ai deja dit", "je vous l'ai deja demande", "je l'ai deja demande", "je te l'ai deja dit"], repeatCount: ['troisieme fois que je', 'quatrieme fois que je', 'pour la troisieme fois je', 'combien de fois dois-je', 'combien de fois faut-il que je', 'combien de fois je dois', 'je vous l\'ai dit mille fois', 'je me repete', 'je le repete'] },
  it: { futile: ['giriamo in tondo', 'girando in tondo', 'stiamo girando in tondo', 'non si arriva a niente', 'non mi ascolti', 'non mi ascoltate', 'non mi capisci', 'non mi capite', 'non rispondi alla mia domanda', 'non rispondete alla mia domanda', 'non e quello che ho chiesto', 'non è quello che ho chiesto', 'leggete i messaggi', 'qualcuno legge', 'sempre la stessa risposta', 'la stessa risposta', 'di nuovo la stessa', 'ancora la stessa', 'sempre la stessa cosa', 'parlare al muro', 'perdendo tempo', 'perdita di tempo', "te l'ho gia chiesto", "te l'ho già chiesto", "l'ho gia chiesto", "l'ho già chiesto", "te l'ho gia detto", "te l'ho già detto", "l'ho gia detto", "l'ho già detto"], repeatCount: ['terza volta che scrivo', 'terza volta che chiedo', 'terza volta che lo dico', 'quarta volta che scrivo', 'quante volte devo', 'quante volte te lo devo', 'te l\'ho detto mille volte', 'lo ripeto', 'mi ripeto'] },
  pt: { futile: ['andando em circulos', 'andamos em circulos', 'rodando em circulos', 'nao chegamos a lugar nenhum', 'nao leva a nada', 'voce nao entende', 'voce nao me entende', 'vc nao entende', 'nao me escuta', 'nao esta me ouvindo', 'nao respondeu minha pergunta', 'nao responde minha pergunta', 'nao foi isso que eu perguntei', 'nao foi o que eu perguntei', 'alguem le', 'voce le o que eu escrevo', 'sempre a mesma resposta', 'a mesma resposta', 'de novo a mesma', 'de novo isso', 'a mesma coisa de novo', 'falar com a parede', 'perda de tempo', 'perdendo meu tempo', 'eu ja perguntei', 'ja perguntei isso', 'eu ja disse', 'ja falei', 'eu ja falei'], repeatCount: ['terceira vez que escrevo', 'terceira vez que pergunto', 'terceira vez que falo', 'quarta vez que escrevo', 'quantas vezes vou ter que', 'quantas vezes tenho que', 'quantas vezes preciso', 'ja falei mil vezes', 'vou repetir', 'estou repetindo'] },
  nl: { futile: ['in rondjes', 'draaien in rondjes', 'in een kringetje', 'rondjes draaien', 'komen nergens', 'schiet niet op', 'je luistert niet', 'jullie luisteren niet', 'u luistert niet', 'je begrijpt me niet', 'jullie begrijpen me niet', 'geen antwoord op mijn vraag', 'beantwoordt mijn vraag niet', 'dat is niet wat ik vroeg', 'niet wat ik vroeg', 'leest er iemand', 'lezen jullie wel', 'weer hetzelfde antwoord', 'hetzelfde antwoord', 'steeds hetzelfde', 'altijd hetzelfde', 'weer hetzelfde', 'tegen een muur', 'zonde van mijn tijd', 'tijdverspilling', 'heb ik al gevraagd', 'dat heb ik al gevraagd', 'heb ik al gezegd', 'dat heb ik al gezegd'], repeatCount: ['derde keer dat ik', 'vierde keer dat ik', 'voor de derde keer vraag', 'hoe vaak moet ik nog', 'hoe vaak moet ik het', 'ik herhaal het', 'ik herhaal mezelf'] },
  pl: { futile: ['krecimy sie w kolko', 'w kolko to samo', 'w kolko', 'do niczego nie prowadzi', 'nie sluchasz', 'nie sluchacie', 'nie rozumiesz mnie', 'nie rozumiecie mnie', 'nie rozumiesz', 'nie odpowiadasz na moje pytanie', 'nie o to pytalem', 'nie o to pytalam', 'czy ktos to czyta', 'ciagle ta sama odpowiedz', 'znowu ta sama odpowiedz', 'ta sama odpowiedz', 'znowu to samo', 'ciagle to samo', 'jak do sciany', 'strata czasu', 'juz o to pytalem', 'juz o to pytalam', 'juz pytalem', 'juz pytalam', 'juz mowilem', 'juz mowilam'], repeatCount: ['trzeci raz pisze', 'trzeci raz pytam', 'pytam juz trzeci raz', 'pisze juz trzeci raz', 'po raz trzeci pisze', 'po raz trzeci pytam', 'ile razy mam', 'ile razy musze', 'powtarzam sie', 'powtarzam po raz'] },
  tr: { futile: ['donup duruyoruz', 'ayni yerde donuyoruz', 'kisir dongu', 'bir yere varmiyor', 'beni anlamiyorsunuz', 'beni anlamiyorsun', 'anlamiyorsunuz', 'dinlemiyorsunuz', 'beni dinlemiyorsun', 'soruma cevap vermiyorsunuz', 'soruma cevap vermedin', 'sorduğum bu degil', 'sordugum bu degil', 'okuyan var mi', 'okuyor musunuz', 'yine ayni cevap', 'hep ayni cevap', 'ayni cevap', 'yine ayni sey', 'hep ayni sey', 'duvara konusuyorum', 'vakit kaybi', 'zaman kaybi', 'zaten sordum', 'bunu zaten sordum', 'zaten soyledim', 'daha once sordum', 'daha once soyledim'], repeatCount: ['ucuncu kez yaziyorum', 'ucuncu kez soruyorum', 'ucuncu defa yaziyorum', 'ucuncu defa soruyorum', 'kac kere soyleyecegim', 'kac kere yazacagim', 'kac defa soyleyecegim', 'kac kez soyleyecegim', 'tekrar ediyorum', 'tekrar tekrar yaziyorum', 'tekrar tekrar soruyorum'] },
  ar: { futile: ['ندور في حلقه', 'حلقه مفرغه', 'ندور في دائره', 'ما وصلنا لشي', 'ما نوصل لشي', 'انت ما تفهمني', 'ما تفهمني', 'ما تفهموني', 'ما تسمعني', 'ما تسمعوني', 'ما جاوبت سؤالي', 'ما جاوبت على سؤالي', 'مو هذا اللي سالت', 'مو هذا سؤالي', 'ليس هذا ما سالت', 'احد يقرا', 'تقرا كلامي', 'نفس الرد', 'نفس الجواب', 'نفس الكلام', 'نفس الشي', 'اكلم جدار', 'مضيعه وقت', 'ضيعتوا وقتي', 'سالتك من قبل', 'سالت من قبل', 'سالت عن هذا', 'قلت لك', 'قلتلك', 'قلت لكم'], repeatCount: ['ثالث مره اكتب', 'ثالث مره اسال', 'ثالث مره اقول', 'رابع مره اكتب', 'للمره الثالثه اكتب', 'للمره الثالثه اسال', 'كم مره لازم اقول', 'كم مره اعيد', 'كم مره بقول', 'اعيد واكرر', 'اكرر للمره'] },
  ru: { futile: ['ходим по кругу', 'по кругу', 'замкнутый круг', 'ни к чему не приводит', 'толку нет', 'вы меня не слышите', 'ты меня не слышишь', 'вы не слышите', 'вы меня не понимаете', 'вы не читаете', 'вы вообще читаете', 'кто-нибудь читает', 'это не то, что я спрашивал', 'не то что я спросил', 'не то, что я спросил', 'не то что я спросила', 'не ответили на мой вопрос', 'опять тот же ответ', 'тот же ответ', 'одно и то же', 'опять то же самое', 'как об стену', 'со стеной', 'трата времени', 'я уже спрашивал', 'я уже спрашивала', 'уже спрашивал', 'уже спрашивала', 'я уже говорил', 'я уже говорила'], repeatCount: ['пишу третий раз', 'пишу уже третий раз', 'спрашиваю третий раз', 'спрашиваю уже третий раз', 'в третий раз пишу', 'в третий раз спрашиваю', 'сколько раз повторять', 'сколько раз можно повторять', 'сколько раз вам говорить', 'повторяю еще раз', 'повторяю ещё раз', 'еще раз повторяю', 'ещё раз повторяю'] },
  ja: { futile: ['話が進まない', '話が進みません', '話が通じない', '話が通じません', '堂々巡り', '同じ答え', '同じ回答', '同じ返事', '同じことばかり', '同じ事ばかり', 'またそれ', '質問と違います', '質問と違う', '聞いたことに答えて', '質問に答えて', 'ちゃんと読んで', '読んでますか', '聞いてますか', 'それはもう聞きました', 'もう聞きました', 'もう言いました', 'さっきも言いました', '何度も言って', '時間の無駄'], repeatCount: ['何度も聞いて', '何度も言って', '何回も聞いて', '何回も言って', '何度も問い合わせ', '何回も問い合わせ', '問い合わせるのは3回目', '問い合わせは三回目', '3回目の問い合わせ', '三回目の問い合わせ', '何度言えば', '何回言えば', '繰り返しますが'] },
  ko: { futile: ['같은말만', '같은답변', '같은대답', '똑같은답변', '똑같은말', '말이안통', '말이안통하', '제자리걸음', '진전이없', '그게아니라고', '그게아니라니까', '질문에답을', '제말을안듣', '읽고계세요', '읽으시는거', '이미물어봤', '벌써물어봤', '이미말했', '아까말했', '시간낭비'], repeatCount: ['세번째문의', '세번째물어', '세번째말하', '벌써세번째', '몇번을말해', '몇번을물어', '몇번째말하', '몇번째물어', '다시말하지만'] },
  zh: { futile: ['绕圈子', '繞圈子', '兜圈子', '原地打转', '原地打轉', '一直在绕', '一直在繞', '又是同样', '又是同樣', '同样的回答', '同樣的回答', '一样的回答', '一樣的回答', '答非所问', '我问的不是这个', '我問的不是這個', '根本听不懂', '根本聽不懂', '你听不懂', '你聽不懂', '有没有在看', '有沒有在看', '浪费时间', '浪費時間', '我已经问过', '我已經問過', '问过了', '問過了', '我说过了', '我說過了'], repeatCount: ['第三次问', '第三次問', '第三次联系', '第三次聯繫', '第三次说', '第三次說', '说了多少遍', '說了多少遍', '问了多少遍', '問了多少遍', '说了多少次', '說了多少次', '问了多少次', '問了多少次', '再说一遍', '再說一遍', '一遍又一遍'] },
  hi: { futile: ['wahi jawab', 'same jawab', 'same reply', 'same answer', 'phir wahi', 'fir wahi', 'phir se wahi', 'samajh hi nahi', 'samajh nahi rahe', 'samajh nahi raha', 'samajh nahi rahi', 'samjhte nahi', 'samajhte hi nahi', 'sun hi nahi', 'sun nahi rahe', 'maine ye nahi pucha', 'maine yeh nahi pucha', 'ye nahi pucha', 'yeh nahi pucha', 'jawab nahi de rahe', 'jawab hi nahi', 'pehle hi pucha', 'pehle hi bata diya', 'pehle bhi bola', 'pehle bhi bataya', 'pehle bhi pucha', 'maine bola na', 'maine kaha na', 'bataya na', 'time waste', 'samay barbaad', 'ghuma rahe', 'ghuma phira', 'gol gol', 'koi padh raha', 'padh bhi rahe', 'वही जवाब', 'समझ ही नहीं', 'मैंने यह नहीं पूछा', 'पहले ही पूछा', 'पहले ही बताया'], repeatCount: ['teesri baar puch', 'tisri baar puch', 'teesri baar likh', 'tisri baar likh', 'teesri baar bata', 'chauthi baar puch', 'kitni baar bolu', 'kitni baar bolun', 'kitni baar bataun', 'kitni baar puchun', 'kitni baar likhu', 'kitni bar bolu', 'kitni bar bataun', 'baar baar bata raha', 'baar baar puch raha', 'bar bar bata raha', 'bar bar puch raha', 'do baar bata', 'phir se bata raha', 'fir se bata raha'] },
  id: { futile: ['muter-muter', 'muter muter', 'berputar-putar', 'berputar putar', 'nggak nyambung', 'gak nyambung', 'tidak nyambung', 'ga nyambung', 'tidak mengerti maksud saya', 'bukan itu yang saya tanya', 'bukan itu maksud saya', 'bukan itu pertanyaan saya', 'jawabannya itu lagi', 'jawaban yang sama', 'jawabannya sama terus', 'itu lagi itu lagi', 'ada yang baca', 'dibaca nggak', 'buang waktu', 'buang-buang waktu', 'saya sudah tanya', 'sudah saya tanyakan', 'sudah tanya tadi', 'saya sudah bilang', 'sudah saya bilang', 'udah dibilang'], repeatCount: ['ketiga kalinya saya tanya', 'ketiga kalinya saya chat', 'ketiga kalinya saya bilang', 'kali ketiga saya tanya', 'berapa kali harus saya', 'berapa kali saya harus', 'sudah berkali-kali saya', 'berkali kali saya', 'berkali-kali saya', 'saya ulangi lagi'] },
};

/**
 * A place to stay said not to exist: the lodging, then its non-existence close after ("the apartment doesn't exist",
 * "the hotel I paid for doesn't exist", "酒店根本不存在"). A booking or reservation is no lodging: "the app says my
 * booking doesn't exist" is an error message, not a fake listing.
 */
export const NO_SUCH_PLACE: Readonly<Record<string, ConceptTable>> = {
  en: { lodging: ['hotel', 'apartment', 'flat', 'property', 'villa', 'house', 'accommodation', 'holiday home', 'hostel', 'resort', 'travel agency', 'agency', 'company'], notExist: ["doesn't exist", 'does not exist', "didn't exist", 'did not exist', 'never existed', "doesn't even exist", 'does not even exist', "isn't real", "wasn't real", 'is not real', 'was not real'] },
  de: { lodging: ['hotel', 'wohnung', 'ferienwohnung', 'unterkunft', 'ferienhaus', 'haus', 'villa', 'apartment', 'reiseburo', 'agentur', 'firma'], notExist: ['gibt es nicht', 'gibt es gar nicht', 'gibt es uberhaupt nicht', 'existiert nicht', 'existiert gar nicht', 'existiert uberhaupt nicht', 'hat nie existiert', 'gab es nie', 'gab es nicht', 'gab es gar nicht'] },
  es: { lodging: ['hotel', 'apartamento', 'piso', 'alojamiento', 'casa', 'villa', 'agencia', 'empresa', 'departamento'], notExist: ['no existe', 'no existia', 'nunca existio', 'ni existe'] },
  fr: { lodging: ['hotel', 'appartement', 'logement', 'location', 'maison', 'villa', 'agence', 'gite', 'societe'], notExist: ["n'existe pas", "n'existait pas", "n'a jamais existe", "n'existe meme pas"] },
  it: { lodging: ['hotel', 'albergo', 'appartamento', 'alloggio', 'casa', 'villa', 'agenzia', 'struttura', 'societa'], notExist: ['non esiste', 'non esisteva', 'non e mai esistito', 'non e mai esistita', 'non è mai esistito', 'non è mai esistita'] },
  pt: { lodging: ['hotel', 'apartamento', 'casa', 'imovel', 'hospedagem', 'pousada', 'anuncio', 'agencia', 'empresa', 'alojamento'], notExist: ['nao existe', 'nao existia', 'nunca existiu', 'nem existe'] },
  nl: { lodging: ['hotel', 'appartement', 'vakantiehuis', 'vakantiewoning', 'huis', 'villa', 'woning', 'accommodatie', 'reisbureau', 'bedrijf'], notExist: ['bestaat niet', 'bestaat helemaal niet', 'bestond niet', 'bestond helemaal niet', 'heeft nooit bestaan'] },
  pl: { lodging: ['hotel', 'apartament', 'mieszkanie', 'nocleg', 'dom', 'willa', 'biuro', 'firma', 'kwatera', 'pensjonat', 'apartamentu', 'hotelu', 'mieszkania', 'domu'], notExist: ['nie istnieje', 'nie istnial', 'nie istniala', 'nigdy nie istnial', 'nigdy nie istniala', 'ktorego nie ma', 'ktorej nie ma'] },
  tr: { lodging: ['otel', 'hotel', 'daire', 'ev', 'villa', 'pansiyon', 'konaklama', 'acente', 'sirket'], notExist: ['gercek degilmis', 'gercek degil', 'yokmus', 'mevcut degil', 'mevcut degilmis', 'hic yok'] },
  ar: { lodging: ['الفندق', 'فندق', 'الشقه', 'شقه', 'السكن', 'البيت', 'الفيلا', 'المكتب', 'الشركه'], notExist: ['غير موجود', 'غير موجوده', 'مو موجود', 'مو موجوده', 'مش موجود', 'مش موجوده', 'ما له وجود', 'ماله وجود', 'ليس له وجود', 'وهمي', 'وهميه'] },
  ru: { lodging: ['отель', 'отеля', 'гостиница', 'гостиницы', 'квартира', 'квартиры', 'апартаменты', 'апартаментов', 'жилье', 'жилья', 'дом', 'дома', 'вилла', 'агентство', 'агентства', 'фирма', 'фирмы'], notExist: ['не существует', 'не существовало', 'не существовал', 'не существовала', 'нет такого', 'нет такой'] },
  ja: { lodging: ['ホテル', '宿', '物件', 'アパート', '民泊', '旅館', '旅行会社', '会社'], notExist: ['存在しない', '存在しません', '存在しなかった', '存在していない', '実在しない'] },
  ko: { lodging: ['숙소', '호텔', '펜션', '매물', '여행사', '업체'], notExist: ['없대', '없다고', '존재하지않', '실재하지않'] },
  zh: { lodging: ['酒店', '宾馆', '賓館', '民宿', '房子', '房源', '公寓', '旅行社', '公司', '店'], notExist: ['不存在'] },
  hi: { lodging: ['hotel', 'flat', 'ghar', 'property', 'villa', 'agency', 'company', 'होटल', 'फ्लैट', 'घर'], notExist: ['exist hi nahi', 'exist nahi karta', 'exist nahi karti', 'exist hi nahi karta', 'hai hi nahi', 'tha hi nahi', 'thi hi nahi', 'है ही नहीं', 'था ही नहीं'] },
  id: { lodging: ['hotel', 'hotelnya', 'villa', 'villanya', 'rumah', 'rumahnya', 'penginapan', 'penginapannya', 'apartemen', 'agen', 'travel', 'perusahaan'], notExist: ['ternyata tidak ada', 'ternyata nggak ada', 'ternyata gak ada', 'tidak ada sama sekali', 'tidak pernah ada', 'fiktif', 'tidak nyata', 'bodong'] },
};

/**
 * Frustration said as the bot's advice already followed to no end ("I've tried everything", "ya lo intenté todo") — a
 * follow-up, so it counts only after an earlier message — and as writing again about the same thing ("this is the second
 * time I'm writing"), which counts on its own. "For the second time" alone is not here: "I'm visiting Rome for the second time".
 */
export const TRIED_EVERYTHING: Readonly<Record<string, ConceptTable>> = {
  en: { futile: ["i've tried everything", 'i have tried everything', 'i tried everything', 'tried everything you said', 'did everything you said', 'did everything you told me', "i've done everything", 'i have done everything', 'followed all the steps', 'followed every step', 'already tried all of that', 'already did all of that'], repeatCount: ["second time i'm writing", 'second time i am writing', "second time i've written", 'second time i have written', "second time i'm asking", 'second time i am asking', 'second time asking', 'writing for the second time', 'asking for the second time', 'contacting you for the second time', 'writing to you again about', 'writing again about the same', 'second message about this', 'second email about this'], awaitReply: ['waiting here', 'waiting in this chat', 'waiting in the chat', 'waiting on this chat', 'been on this chat', 'sitting in this chat'], longTime: ['an hour', 'over an hour', 'half an hour', 'hours', 'two hours', '30 minutes', '40 minutes', '45 minutes'] },
  de: { futile: ['alles versucht', 'alles schon versucht', 'alles probiert', 'alles schon probiert', 'habe ich alles gemacht', 'alles gemacht was sie', 'alles gemacht, was sie'], repeatCount: ['schreibe zum zweiten mal', 'schreibe ihnen zum zweiten mal', 'schreibe schon wieder', 'zweite nachricht dazu', 'frage zum zweiten mal'] },
  es: { futile: ['ya lo intente todo', 'ya probe todo', 'lo he intentado todo', 'he probado todo', 'ya hice todo', 'hice todo lo que'], repeatCount: ['segunda vez que escribo', 'segunda vez que pregunto', 'escribo por segunda vez', 'pregunto por segunda vez', 'vuelvo a escribir por lo mismo'] },
  fr: { futile: ["j'ai tout essaye", "j'ai deja tout essaye", "j'ai deja fait tout ca", "j'ai fait tout ce que"], repeatCount: ['deuxieme fois que je vous ecris', 'deuxieme fois que j\'ecris', 'deuxieme fois que je demande', 'je vous ecris pour la deuxieme fois', 'je reecris pour la meme chose'] },
  it: { futile: ['ho provato di tutto', 'ho gia provato tutto', 'ho fatto tutto quello che', 'gia fatto tutto'], repeatCount: ['seconda volta che scrivo', 'seconda volta che chiedo', 'scrivo per la seconda volta', 'vi scrivo di nuovo per'] },
  pt: { futile: ['ja tentei de tudo', 'ja tentei tudo', 'tentei de tudo', 'ja fiz tudo', 'fiz tudo que'], repeatCount: ['segunda vez que escrevo', 'segunda vez que pergunto', 'escrevendo pela segunda vez', 'pergunto pela segunda vez'] },
  nl: { futile: ['alles al geprobeerd', 'heb alles geprobeerd', 'alles gedaan wat'], repeatCount: ['tweede keer dat ik schrijf', 'tweede keer dat ik mail', 'tweede keer dat ik het vraag', 'schrijf voor de tweede keer'] },
  pl: { futile: ['probowalem wszystkiego', 'probowalam wszystkiego', 'zrobilem wszystko', 'zrobilam wszystko'], repeatCount: ['pisze drugi raz', 'pisze po raz drugi', 'pytam drugi raz', 'pytam po raz drugi'] },
  tr: { futile: ['her seyi denedim', 'hepsini denedim', 'denedim olmadi', 'dediginiz her seyi yaptim'], repeatCount: ['ikinci kez yaziyorum', 'ikinci defa yaziyorum', 'ikinci kez soruyorum', 'tekrar yaziyorum ayni'] },
  ar: { futile: ['جربت كل شي', 'جربت كل شيء', 'سويت كل شي', 'سويت كل اللي قلتوا'], repeatCount: ['ثاني مره اكتب', 'ثاني مره اسال', 'اكتب للمره الثانيه', 'اسال للمره الثانيه'] },
  ru: { futile: ['я все перепробовал', 'я всё перепробовал', 'все перепробовала', 'всё перепробовала', 'сделал все, что', 'сделал всё, что', 'сделала все, что', 'сделала всё, что'], repeatCount: ['пишу второй раз', 'пишу уже второй раз', 'спрашиваю второй раз', 'пишу повторно'] },
  ja: { futile: ['全部試しました', '全部やりました', '言われた通りにやりました', '言われたとおりにやりました'], repeatCount: ['問い合わせるのは2回目', '問い合わせは二回目', '連絡するのは2回目', '2回目の問い合わせ', '二度目の問い合わせ'] },
  ko: { futile: ['다해봤', '시키는대로다했', '말씀하신대로다했'], repeatCount: ['두번째문의', '두번째연락', '문의하는게두번째', '두번째물어'] },
  zh: { futile: ['都试过了', '都試過了', '全部试过', '全部試過', '按你说的做了', '按你說的做了'], repeatCount: ['第二次问', '第二次問', '第二次联系', '第二次聯繫', '第二次来问', '第二次來問'] },
  hi: { futile: ['sab try kar liya', 'sab try kar chuka', 'sab try kar chuki', 'jo bola wo kar diya', 'jo bataya wo kiya', 'sab kar ke dekh liya'], repeatCount: ['doosri baar likh raha', 'dusri baar likh raha', 'dusri baar puch raha', 'doosri baar puch raha', 'dusri baar message'] },
  id: { futile: ['sudah coba semua', 'udah coba semua', 'sudah dicoba semua', 'udah dicoba semua', 'sudah saya lakukan semua'], repeatCount: ['kedua kalinya saya', 'kali kedua saya', 'ini kedua kalinya', 'chat kedua kalinya'] },
};

/**
 * Patience said to run out ("I'm losing my patience", "mir reicht es", "我受够了", "sabr khatam ho raha hai"): a
 * follow-up's word, so like the rest of `futile` it counts only after an earlier message, or beside a repetition cue.
 * "Enough" alone is not here ("钱够了", "es reicht, wenn…" ask whether something suffices).
 */
export const PATIENCE: Readonly<Record<string, ConceptTable>> = {
  en: { futile: ['losing my patience', 'lost my patience', 'losing patience', 'running out of patience', 'my patience is running out', 'out of patience', 'patience is wearing thin', 'enough is enough', "i've had enough", 'i have had enough', "i'm fed up", 'i am fed up', 'sick of this', 'sick and tired', "you're repeating yourself", 'you are repeating yourself', 'you keep repeating yourself', 'i need a real answer', 'give me a real answer'], differentAnswer: ['a different date', 'a different amount', 'a different deadline'] },
  de: { futile: ['verliere die geduld', 'verliere langsam die geduld', 'verliere langsam meine geduld', 'meine geduld ist am ende', 'geduld ist am ende', 'langsam reicht es', 'jetzt reicht es', 'jetzt reichts', 'ich habe die nase voll', 'hab die nase voll', 'ich bin es leid', 'sie wiederholen sich', 'du wiederholst dich'] },
  es: { futile: ['perdiendo la paciencia', 'se me acaba la paciencia', 'se me esta acabando la paciencia', 'perdi la paciencia', 'ya estoy harto', 'ya estoy harta', 'estoy harto', 'estoy harta', 'ya basta', 'hasta las narices', 'te repites', 'se repiten'] },
  fr: { futile: ['je perds patience', 'perdre patience', 'a bout de patience', 'ma patience a des limites', "j'en ai marre", "j'en ai assez", 'ras le bol', 'ras-le-bol', 'ca suffit maintenant', 'vous vous repetez', 'tu te repetes'] },
  it: { futile: ['perdendo la pazienza', 'perdo la pazienza', 'ho perso la pazienza', 'la mia pazienza ha un limite', 'sono stufo', 'sono stufa', 'ne ho abbastanza', 'adesso basta', 'ora basta', 'ti ripeti'] },
  pt: { futile: ['perdendo a paciencia', 'minha paciencia acabou', 'perdi a paciencia', 'estou farto', 'estou farta', 'to cansado disso', 'estou cansado disso', 'estou cansada disso', 'ja chega', 'chega disso', 'de saco cheio', 'voce esta se repetindo'] },
  nl: { futile: ['mijn geduld raakt op', 'geduld is op', 'ik verlies mijn geduld', 'ben het zat', 'ben het echt zat', 'ik ben het beu', 'nu is het genoeg', 'genoeg is genoeg', 'ik heb er genoeg van', 'je herhaalt jezelf', 'jullie herhalen jezelf'] },
  pl: { futile: ['trace cierpliwosc', 'cierpliwosc mi sie konczy', 'stracilem cierpliwosc', 'stracilam cierpliwosc', 'mam dosc', 'mam tego dosc', 'dosc tego', 'juz dosc', 'powtarzasz sie'] },
  tr: { futile: ['sabrim tasti', 'sabrim kalmadi', 'sabrimi tasiriyorsunuz', 'biktim', 'yeter artik', 'bikti artik', 'illallah', 'kendini tekrar ediyorsun', 'ayni seyleri tekrarliyorsunuz'] },
  ar: { futile: ['طفشت', 'زهقت', 'مليت', 'صبري نفد', 'نفد صبري', 'خلص صبري', 'طفح الكيل', 'تعبت منكم', 'تعيدون نفس الكلام', 'تكررون نفس الكلام'] },
  ru: { futile: ['теряю терпение', 'терпение лопнуло', 'терпение на исходе', 'терпение кончается', 'терпение заканчивается', 'надоело', 'достало', 'с меня хватит', 'хватит уже', 'вы повторяетесь'] },
  ja: { futile: ['我慢の限界', 'いい加減にして', 'うんざり', 'もう限界', '堪忍袋', '同じことの繰り返し'] },
  ko: { futile: ['참을만큼참았', '인내심이바닥', '인내심의한계', '지긋지긋', '더는못참', '더이상못참', '짜증나네', '짜증나요'] },
  zh: { futile: ['忍无可忍', '忍無可忍', '受够了', '受夠了', '没耐心了', '沒耐心了', '耐心耗尽', '耐心耗盡', '烦死了', '煩死了', '一直重复', '一直重複'] },
  hi: { futile: ['sabr khatam', 'sabar khatam', 'sabr ka baandh', 'tang aa gaya', 'tang aa gayi', 'pak gaya hoon', 'pak gayi hoon', 'bas karo', 'bahut ho gaya', 'pareshan kar diya', 'सब्र खत्म', 'तंग आ गया', 'तंग आ गई', 'बहुत हो गया'] },
  id: { futile: ['kesabaran saya habis', 'habis kesabaran', 'hilang kesabaran', 'sudah muak', 'saya muak', 'udah muak', 'sudah cukup sabar', 'kesel banget', 'ngulang-ngulang terus', 'diulang-ulang terus'] },
};

/** "I asked a simple question", "properly this time": the customer telling the bot it has not answered, after an earlier message. */
export const SIMPLE_QUESTION: Readonly<Record<string, ConceptTable>> = {
  en: { futile: ['asked a simple question', 'i asked you a simple question', "it's a simple question", 'it is a simple question', 'a simple yes or no', 'properly this time', 'anyone competent', 'someone competent'] },
  de: { futile: ['einfache frage gestellt', 'das ist eine einfache frage', 'ist doch eine einfache frage', 'richtig diesmal', 'diesmal richtig', 'jemand kompetentes', 'jemanden kompetentes'] },
  es: { futile: ['hice una pregunta sencilla', 'hice una pregunta simple', 'es una pregunta sencilla', 'es una pregunta simple', 'bien esta vez', 'alguien competente'] },
  fr: { futile: ["j'ai pose une question simple", "c'est une question simple", 'correctement cette fois', "quelqu'un de competent"] },
  it: { futile: ['ho fatto una domanda semplice', 'e una domanda semplice', 'è una domanda semplice', 'stavolta per bene', 'qualcuno di competente'] },
  pt: { futile: ['fiz uma pergunta simples', 'e uma pergunta simples', 'é uma pergunta simples', 'direito desta vez', 'alguem competente'] },
  nl: { futile: ['ik stelde een simpele vraag', 'ik heb een simpele vraag gesteld', 'het is een simpele vraag', 'het is een eenvoudige vraag', 'iemand die er verstand van heeft'] },
  pl: { futile: ['zadalem proste pytanie', 'zadalam proste pytanie', 'to proste pytanie', 'to jest proste pytanie', 'ktos kompetentny'] },
  tr: { futile: ['basit bir soru sordum', 'basit bir soru bu', 'cok basit bir soru', 'yetkili birisi', 'anlayan birisi'] },
  ar: { futile: ['سالت سؤال بسيط', 'سؤالي بسيط', 'سؤال بسيط جدا', 'احد فاهم'] },
  ru: { futile: ['я задал простой вопрос', 'я задала простой вопрос', 'это простой вопрос', 'кто-нибудь компетентный'] },
  ja: { futile: ['簡単な質問をしている', '簡単な質問をしました', '簡単な質問なのに', 'ちゃんと答えて'] },
  ko: { futile: ['간단한질문인데', '간단한질문했는데', '제대로답해', '제대로대답'] },
  zh: { futile: ['这么简单的问题', '這麼簡單的問題', '很简单的问题', '很簡單的問題', '好好回答'] },
  hi: { futile: ['simple sa sawal pucha', 'seedha sa sawal pucha', 'simple sawal hai', 'seedha sawal hai', 'theek se jawab do', 'theek se batao'] },
  id: { futile: ['pertanyaan saya simpel', 'pertanyaannya simpel', 'pertanyaan sederhana saja', 'jawab yang bener', 'jawab yang benar dong'] },
};

/**
 * English said plainly, where the pack lacked it: not booking again "with you", booking elsewhere in the future tense
 * (a past "I booked with another agency" is often a question about that booking), the travel sites a customer names,
 * a deposit pocketed, and a trip "that doesn't exist" after an article ("I was sold a tour that doesn't exist").
 */
export const PLAIN_ENGLISH: Readonly<Record<string, ConceptTable>> = {
  en: {
    churnStrong: ["won't be booking with you again", "won't book with you again", 'will not book with you again', 'will not be booking with you again', 'not booking with you again', "won't be booking with you", "won't be booking through you", "won't book through you again", "won't be using your site again", "won't be using your website again", "won't be travelling with you again", "won't be traveling with you again", "won't fly with you again", 'lost me for good', 'lost me forever', 'lost me as a client', "you've lost me as a"],
    switchTo: ["i'll book", 'i will book', "i'm booking", 'i am booking', "i'll be booking", 'going to book', "i'll travel", "i'll fly", 'already booked', "i've booked", 'i have booked'],
    competitor: ['airbnb', 'expedia', 'booking.com', 'trivago', 'skyscanner', 'kayak', 'agoda', 'hotels.com', 'trip.com', 'opodo', 'edreams', 'lastminute', 'kiwi.com', 'vrbo', 'another travel site', 'a different travel site'],
    securityStrong: ['pocketed my money', 'pocketed the money', 'pocketed my deposit', 'stole my deposit', 'stole the deposit', 'ran off with my', 'made off with my', 'embezzled'],
    scamContext: ['posing as', 'pretending to be', 'claiming to be', 'impersonating', 'passed himself off as', 'passed herself off as'],
    paidOut: ['took', 'euros from me', 'dollars from me', 'pounds from me', 'money from me'],
    fakeParty: ["a flight that doesn't exist", 'a flight that does not exist', "a tour that doesn't exist", 'a tour that does not exist', "a hotel that doesn't exist", 'a hotel that does not exist', "an apartment that doesn't exist", 'an apartment that does not exist', "a property that doesn't exist", "a villa that doesn't exist", "a cruise that doesn't exist", "tickets that don't exist", 'tickets that do not exist'],
  },
};

/**
 * Hinglish typed on a Latin keyboard, where the Hindi pack had only Devanagari or imperatives: a payment disowned with
 * "hi nahi", a link that came and money that went, the SIM gone dead "achanak", the account being closed in the present,
 * a vow split by its verb ("kabhi aapki app use nahi karunga"), moving to another company, "aap log chor ho".
 */
export const HINGLISH: Readonly<Record<string, ConceptTable>> = {
  hi: {
    unauthorised: ['kiya hi nahi', 'maine kiya hi nahi', 'maine ye payment nahi kiya', 'maine koi payment nahi kiya', 'maine ye booking nahi ki', 'maine koi booking nahi ki'],
    securityStrong: ['aap log chor', 'tum log chor', 'chor company', 'loot rahe ho', 'loot liya', 'lut gaya', 'lut gayi', 'paise loot', 'paise hadap liye', 'paise kha gaye', 'paise kha liye'],
    clickedLink: ['link aaya', 'link pe', 'link par', 'link open kiya', 'link khola', 'link dabaya'],
    aftermath: ['paise nikal gaye', 'account khali', 'paise gayab', 'paise udd gaye', 'account hack'],
    vanished: ['nikal gaye', 'udd gaye', 'gayab ho gaye'],
    churnStrong: ['app use nahi karunga', 'app use nahi karungi', 'aapki app use nahi', 'aapse booking nahi karunga', 'aapse booking nahi karungi', 'aapse kabhi booking nahi', 'aapse kabhi kuch nahi'],
    signalLost: ['achanak band', 'sim band ho gayi', 'sim band ho gaya', 'network chala gaya', 'signal chala gaya', 'network nahi aa raha', 'signal nahi aa raha'],
    securityAlert: ['otp aane lage', 'otp aa rahe', 'otp aaya', 'login ka message'],
    cancel: ['band karwa raha', 'band karwa rahi', 'band karwana hai', 'band kar raha', 'band kar rahi', 'close kar raha', 'close kar rahi', 'close karwa', 'delete kar raha', 'delete kar rahi', 'delete karwa'],
    vowNever: ['kabhi', 'ab kabhi', 'dobara', 'dubara', 'phir kabhi'],
    vowAgain: ['nahi karunga', 'nahi karungi', 'nahi karenge', 'nahi karoonga'],
    switchTo: ['shift ho raha', 'shift ho rahi', 'shift kar raha', 'shift kar rahi', 'ja raha hoon', 'ja rahi hoon', 'move kar raha', 'switch kar raha', 'switch kar rahi', 'chala jaunga', 'chali jaungi'],
  },
};

/**
 * The same promise heard again ("you said that last week too", "das sagten Sie schon", "上次也这么说", "har baar yahi
 * bolte ho"): a follow-up's word, counted after an earlier message like the rest of `futile`.
 */
export const SAME_PROMISE: Readonly<Record<string, ConceptTable>> = {
  en: { futile: ['you said that already', 'you already said that', 'you said the same', 'you told me that already', 'you told me the same', "you've told me that", "that's what you said", 'you said that last time', 'you said that yesterday', 'you said that last week', 'same promise', 'you keep promising', 'empty promises'] },
  de: { futile: ['das haben sie schon gesagt', 'das sagten sie schon', 'das haben sie mir schon', 'das hast du schon gesagt', 'das hiess es schon', 'hiess es letzte woche auch', 'leere versprechungen', 'leere versprechen', 'sie haben mir versprochen'] },
  es: { futile: ['eso ya me lo dijiste', 'ya me dijiste eso', 'eso ya me lo dijeron', 'me dijeron lo mismo', 'siempre me dicen lo mismo', 'promesas vacias', 'me prometieron'] },
  fr: { futile: ["vous m'avez deja dit ca", "vous me l'avez deja dit", "on m'a deja dit ca", 'on me dit toujours la meme chose', "promesses en l'air", "vous m'aviez promis"] },
  it: { futile: ["me l'hai gia detto", "me l'avete gia detto", 'mi avete detto lo stesso', 'mi avevate promesso', 'promesse vuote'] },
  pt: { futile: ['voce ja disse isso', 'ja me disseram isso', 'me disseram a mesma coisa', 'me prometeram', 'promessas vazias'] },
  nl: { futile: ['dat zei je al', 'dat zei je vorige week ook', 'dat zeiden jullie ook', 'dat heb je al gezegd', 'jullie beloofden', 'loze beloftes', 'loze beloften'] },
  pl: { futile: ['juz to mowiles', 'juz mi to mowiliscie', 'to samo mowiliscie', 'obiecaliscie mi', 'puste obietnice'] },
  tr: { futile: ['bunu zaten soylediniz', 'gecen hafta da ayni seyi', 'hep ayni seyi soyluyorsunuz', 'soz verdiniz', 'bos vaatler'] },
  ar: { futile: ['نفس الكلام قلتوه', 'قلتوا لي نفس', 'وعدتوني', 'وعود فاضيه'] },
  ru: { futile: ['вы это уже говорили', 'вы мне это уже говорили', 'мне это уже обещали', 'вы обещали', 'пустые обещания', 'каждый раз обещаете'] },
  ja: { futile: ['前にもそう言われました', '前も同じことを言われ', '約束したのに', '毎回同じことを言われ'] },
  ko: { futile: ['전에도그렇게말했', '저번에도그렇게', '약속했잖아', '매번같은말'] },
  zh: { futile: ['上次也这么说', '上次也這麼說', '你们上次也说', '每次都这么说', '每次都這麼說', '答应过我', '答應過我', '说好的呢'] },
  hi: { futile: ['pichli baar bhi yahi bola', 'aapne pehle bhi yahi bola', 'har baar yahi bolte', 'har baar yahi kehte', 'wada kiya tha', 'jhoothe wade'] },
  id: { futile: ['kemarin juga bilang begitu', 'selalu bilang begitu', 'janji terus', 'janji palsu', 'janjinya mana'] },
};

/** Leaving said as never being seen again, or as "that's it for me" ("Ihr seht mich nie wieder", "non mi vedrete mai più"). */
export const NEVER_SEEN_AGAIN: Readonly<Record<string, ConceptTable>> = {
  de: { churnStrong: ['ihr seht mich nie wieder', 'sie sehen mich nie wieder', 'seht mich nie wieder', 'ihr seht mich nicht wieder', 'das wars fur mich mit', "das war's fur mich mit", 'das war es fur mich mit', 'nie wieder bei euch', 'nie wieder bei ihnen', 'kundenkonto loschen', 'mein konto loschen', 'meinen account loschen', 'loschen sie mein konto', 'loschen sie mein kundenkonto', 'loschen sie meinen account', 'loscht mein konto', 'loscht meinen account', 'loscht mein kundenkonto'] },
  it: { churnStrong: ['non mi vedrete mai piu', 'non mi vedrete piu', 'mai piu da voi', 'mai piu con voi'] },
  es: { churnStrong: ['no me vuelven a ver', 'no me vuelves a ver', 'no me volveran a ver', 'nunca mas con ustedes'] },
  pt: { churnStrong: ['nunca mais me veem', 'nao me veem mais', 'nunca mais voces me veem', 'nunca mais com voces'] },
  pl: { churnStrong: ['wiecej mnie nie zobaczycie', 'nigdy wiecej mnie nie zobaczycie', 'nigdy wiecej u was'] },
  tr: { churnStrong: ['beni bir daha goremezsiniz', 'bir daha beni goremezsiniz', 'bir daha yuzumu goremezsiniz'] },
  ru: { churnStrong: ['больше вы меня не увидите', 'вы меня больше не увидите', 'больше никогда к вам'] },
};

/** Danish and Norwegian spellings side by side, as in ./da.ts (the Norwegian pack reads the same words). */
const DANO_NORWEGIAN_POSING: ConceptTable = {
  scamContext: ['så ud til at komme fra jer', 'så ut til å komme fra dere', 'lignede en besked fra jer', 'lignet en melding fra dere', 'lignede jeres', 'lignet deres', 'udgav sig for at være', 'utga seg for å være', 'påstod at være fra', 'påsto å være fra', 'sagde de var fra jer', 'sa de var fra dere', 'i jeres navn', 'lod som om', 'lot som om', 'svindel-sms', 'svindelopkald', 'svindeloppringning', 'falsk medarbejder', 'falsk ansatt'],
  gaveAway: ['loggede ind', 'logget ind', 'logget inn', 'logget meg inn', 'loggede mig ind', 'tastede', 'skrev mine', 'fortalte', 'læste op', 'leste opp'],
  securityStrong: ['jeg blev snydt', 'jeg ble lurt', 'de snød mig', 'de lurte meg', 'han snød mig', 'han lurte meg', 'i snød mig', 'dere lurte meg', 'tog mine penge', 'tok pengene mine', 'blev franarret', 'ble frarøvet', 'det var svindel'],
};

/**
 * Phishing and fraud told as the customer tells it, in the smaller packs (round 11): a call, text, mail or site that
 * passed for the company ("looked like it came from you", "δήθεν από εσάς", "שנראתה כאילו היא מכם", "muka teiltä"), a
 * fake agent or employee, someone speaking in the company's name; and the act that gave the details or the money
 * (logging in, entering the card, approving), in the first person past. `scamContext` never fires alone: the frames
 * need the act beside it (`gaveAway`, `paidOut`, `clickedLink`), so "I got a text that looks like it's from you, is it
 * real?" stays a question and "… I didn't click" is a scam ignored. Being cheated said as a report goes to `securityStrong`.
 */
export const POSING_AS_US: Readonly<Record<string, ConceptTable>> = {
  cs: {
    scamContext: ['jako od vás', 'vypadala jako od vás', 'vypadal jako od vás', 'vypadalo jako od vás', 'vypadala jako vaše', 'vypadal jako váš', 'vypadala, že je od vás', 'vypadalo to, že je od vás', 'tvářila se jako', 'tvářil se jako', 'tvářili se jako', 'že je od vás', 'že jsou od vás', 'že volá od vás', 'že volají od vás', 'že je z vaší', 'že jsou z vaší', 'vaším jménem', 'za vaši společnost', 'za vaši pojišťovnu', 'údajně od vás', 'údajně z vaší', 'se vydával za vás', 'se vydávali za vás', 'předstíral', 'předstírala', 'předstírali'],
    gaveAway: ['přihlásil jsem se', 'přihlásila jsem se', 'jsem se přihlásil', 'jsem se přihlásila', 'schválil jsem', 'schválila jsem', 'napsal jsem jim', 'napsala jsem jim', 'řekl jsem mu', 'řekla jsem mu', 'řekl jsem jim', 'řekla jsem jim', 'dal jsem jim', 'dala jsem jim'],
    securityStrong: ['podvedli mě', 'podvedl mě', 'podvedla mě', 'naletěl jsem', 'naletěla jsem', 'okradli mě', 'okradl mě', 'obrali mě o', 'připravili mě o peníze', 'vylákali ze mě', 'vylákal ze mě', 'vylákali mi', 'vylákal mi', 'stal jsem se obětí', 'stala jsem se obětí', 'jsem obětí podvodu', 'šlo o podvod', 'byl to podvod'],
  },
  el: {
    scamContext: ['δήθεν από εσάς', 'δήθεν από την εταιρεία', 'δήθεν υπάλληλος', 'δήθεν υπάλληλο', 'υποτίθεται από εσάς', 'φαινόταν ότι ήταν από εσάς', 'φαινόταν από εσάς', 'σαν να ήταν από εσάς', 'ότι είναι από εσάς', 'ότι ήταν από εσάς', 'είπε ότι είναι από', 'είπαν ότι είναι από', 'είπε ότι ήταν από', 'είπαν ότι ήταν από', 'εκ μέρους σας', 'στο όνομά σας', 'προσποιήθηκε', 'προσποιήθηκαν', 'προσποιούνταν', 'υποδύθηκε', 'υποδύθηκαν'],
    credentials: ['αριθμό της κάρτας', 'αριθμό κάρτας', 'τον αριθμό της κάρτας μου', 'iban', 'τραπεζικά στοιχεία', 'τα στοιχεία της κάρτας'],
    gaveAway: ['έβαλα', 'καταχώρησα', 'πέρασα τα στοιχεία', 'συνδέθηκα', 'μπήκα με', 'του είπα', 'της είπα', 'τους είπα', 'του έδωσα', 'της έδωσα', 'τους έδωσα', 'τους διάβασα', 'του διάβασα', 'ενέκρινα', 'αποδέχτηκα'],
    paidOut: ['πλήρωσα', 'έστειλα λεφτά', 'έστειλα τα λεφτά', 'μετέφερα', 'έκανα κατάθεση', 'κατέθεσα', 'έβγαλα λεφτά'],
    securityStrong: ['με κορόιδεψαν', 'με ξεγέλασαν', 'με εξαπάτησε', 'με έκλεψαν', 'μου έφαγαν τα λεφτά', 'μου πήραν τα λεφτά', 'μου πήραν τα χρήματα', 'έπεσα θύμα', 'έπεσα στην παγίδα', 'ήταν απάτη'],
  },
  sv: {
    scamContext: ['såg ut att komma från er', 'såg ut att vara från er', 'verkade komma från er', 'verkade vara från er', 'som om det var från er', 'påstod sig vara från', 'påstod att de var från', 'sa att de var från er', 'sade sig vara från', 'utgav sig för att vara', 'i ert namn', 'låtsades vara', 'låtsades att de var'],
    gaveAway: ['loggade in', 'loggat in', 'legitimerade mig', 'identifierade mig', 'skrev in', 'angav', 'lämnade ut', 'bekräftade', 'godkände', 'signerade', 'berättade', 'läste upp', 'skickade'],
    paidOut: ['förde över', 'skickade', 'köpte', 'beställde'],
    securityStrong: ['jag blev lurad', 'blev blåst', 'jag blev blåst', 'har blivit blåst', 'de lurade mig', 'han lurade mig', 'hon lurade mig', 'ni lurade mig', 'blev bedragen', 'de har tagit mina pengar', 'tog mina pengar', 'jag har blivit bestulen', 'föll för ett bedrägeri', 'utsatt för bedrägeri', 'det var ett bedrägeri'],
  },
  da: DANO_NORWEGIAN_POSING,
  no: DANO_NORWEGIAN_POSING,
  fi: {
    scamContext: ['näytti tulevan teiltä', 'näytti olevan teiltä', 'oli olevinaan teiltä', 'muka teiltä', 'muka teidän', 'väitti olevansa', 'väittivät olevansa', 'sanoi olevansa teiltä', 'sanoivat olevansa teiltä', 'teidän nimissänne', 'teidän nimissä', 'esiintyi', 'esiintyivät', 'tekeytyi', 'tekeytyivät', 'huijausviesti*', 'huijaussoitto', 'huijaussivu*', 'valesivu*', 'valeviesti*', 'väärennetty'],
    gaveAway: ['kirjauduin', 'annoin tiedot', 'syötin tiedot', 'syötin kortin', 'luin heille'],
    securityStrong: ['minua huijattiin', 'minut huijattiin', 'huijasivat minua', 'huijasi minua', 'jouduin huijatuksi', 'menin lankaan', 'vei rahani', 'veivät rahani', 'joutunut huijauksen uhriksi', 'jouduin huijauksen uhriksi', 'se oli huijaus'],
  },
  ro: {
    scamContext: ['părea că e de la voi', 'părea de la voi', 'părea că vine de la voi', 'pretindea că e de la', 'pretindeau că sunt de la', 'a zis că e de la', 'au zis că sunt de la', 'a spus că e de la', 'au spus că sunt de la', 'chipurile de la voi', 'în numele vostru', 'în numele dumneavoastră', 'în numele companiei', 's-a dat drept', 's-au dat drept', 'se dădea drept', 'se dădeau drept', 'fals angajat', 'agent fals', 'site fals', 'mesaj fals', 'sms fals', 'email fals', 'apel fals'],
    gaveAway: ['m-am logat', 'm-am autentificat', 'm-am conectat', 'am aprobat', 'am acceptat'],
    securityStrong: ['m-au înșelat', 'm-a înșelat', 'm-au păcălit', 'm-a păcălit', 'm-au țepuit', 'mi-au luat banii', 'mi-a luat banii', 'am căzut în plasă', 'am fost țepuit', 'am fost țepuită', 'am fost escrocat', 'am fost escrocată', 'a fost o țeapă', 'a fost o înșelătorie'],
  },
  hu: {
    scamContext: ['mintha tőletek jött volna', 'mintha önöktől jött volna', 'mintha önöktől', 'mintha tőletek', 'önöktől jött', 'állítólag önöktől', 'állítólag tőletek', 'azt mondta, hogy önöktől', 'azt mondták, hogy önöktől', 'azt állította', 'azt állították', 'az önök nevében', 'a nevükben', 'a ti nevetekben', 'kiadta magát', 'kiadták magukat', 'hamis ügyintéző', 'hamis munkatárs', 'hamis oldal', 'hamis weboldal', 'hamis sms', 'hamis email', 'hamis e-mail', 'csaló sms', 'csaló oldal', 'csaló hívás', 'csalók'],
    gaveAway: ['bejelentkeztem', 'beléptem', 'felolvastam'],
    securityStrong: ['átvertek', 'átvert', 'becsapott', 'megloptak', 'elvették a pénzem', 'elvitték a pénzem', 'csalók áldozata lettem', 'csalás áldozata lettem', 'bedőltem', 'ez csalás volt'],
  },
  he: {
    scamContext: ['כאילו מכם', 'כאילו היא מכם', 'כאילו הוא מכם', 'שנראתה כאילו', 'שנראה כאילו', 'נראתה כמו הודעה שלכם', 'נראה כמו אתר שלכם', 'בשמכם', 'בשם החברה', 'טענו שהם', 'טענה שהיא', 'אמרו שהם', 'אמר שהוא', 'אמרה שהיא', 'התחזו אליכם', 'התחזה לנציג', 'התחזו לנציג', 'נציג מזויף', 'אתר מזויף', 'הודעה מזויפת', 'שיחה מזויפת', 'כביכול מכם', 'לכאורה מכם'],
    gaveAway: ['התחברתי', 'נכנסתי עם', 'מילאתי את הפרטים', 'אישרתי את', 'קיבל את פרטי', 'קיבלו את פרטי', 'השיג את פרטי', 'השיגו את פרטי'],
    securityStrong: ['רימו אותי', 'עבדו עליי', 'עבדו עלי', 'גנבו לי את הכסף', 'לקחו לי את הכסף', 'נפלתי בפח', 'זו הייתה הונאה', 'זה היה עוקץ'],
  },
  nl: {
    scamContext: ['leek van jullie te komen', 'leek van jullie', 'leek echt van jullie', 'alsof het van jullie kwam', 'zogenaamd van jullie', 'zogenaamd namens jullie', 'namens jullie', 'deed zich voor als', 'deden zich voor als', 'gaf zich uit voor', 'gaven zich uit voor', 'nepmedewerker', 'nep-medewerker', 'nepsite', 'nepwebsite', 'nep-sms', 'nepmail'],
    gaveAway: ['ingelogd', 'heb ingelogd', 'ben ingelogd', 'heb mijn gegevens', 'goedgekeurd', 'voorgelezen'],
  },
};