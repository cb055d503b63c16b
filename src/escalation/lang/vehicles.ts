/**
 * Vehicles, per language (`vehicle`, merged into each pack in ./index.ts): with a theft word they make the frame
 * `stolen-vehicle` of ../situations.ts ("my car was stolen", "mein Auto wurde gestohlen", "у меня угнали машину",
 * "車が盗まれました"), under the security guards (asked about, hypothetical or denied it stays quiet). A car, a motorbike or
 * a van gone is a case for an insurer's or a rental company's people, as a stolen phone or card is for a bank's. Only
 * theft: a vehicle left somewhere or "lost" is not read as one. Also the verbs of car theft the packs lacked ("угнали").
 * Written from general knowledge; not from any evaluation set.
 *
 * `coverage` (COVERAGE_ASKED): the words of what an insurance covers; a question with one of them guards the frame when
 * the theft is named as a noun, `theftNoun` ("does my policy cover theft of the car?", "¿el seguro cubre el robo del
 * coche?"), not when it is told as an event ("my car was stolen last night, is that covered?").
 */
import type { ConceptTable } from './types.js';

export const VEHICLES: Readonly<Record<string, ConceptTable>> = {
  en: { vehicle: ['car', 'cars', 'vehicle', 'motorbike', 'motorcycle', 'motor bike', 'scooter', 'moped', 'van', 'truck', 'pickup', 'camper', 'campervan', 'rental car', 'hire car', 'bike', 'e-bike', 'catalytic converter', 'wheels'] },
  de: { vehicle: ['auto', 'autos', 'wagen', 'fahrzeug', 'pkw', 'motorrad', 'roller', 'moped', 'transporter', 'wohnmobil', 'mietwagen', 'fahrrad', 'e-bike', 'katalysator'] },
  es: { vehicle: ['coche', 'carro', 'auto', 'vehiculo', 'moto', 'motocicleta', 'furgoneta', 'camioneta', 'camion', 'coche de alquiler', 'bici', 'bicicleta', 'catalizador'] },
  fr: { vehicle: ['voiture', 'vehicule', 'auto', 'moto', 'scooter', 'camionnette', 'fourgon', 'camping-car', 'voiture de location', 'velo', 'pot catalytique'] },
  pt: { vehicle: ['carro', 'veiculo', 'automovel', 'moto', 'motocicleta', 'van', 'caminhonete', 'carro alugado', 'bicicleta', 'bike', 'catalisador'] },
  it: { vehicle: ['macchina', 'auto', 'automobile', 'veicolo', 'moto', 'motorino', 'scooter', 'furgone', 'camper', 'auto a noleggio', 'bici', 'bicicletta', 'catalizzatore'] },
  nl: { vehicle: ['auto', 'wagen', 'voertuig', 'motor', 'scooter', 'brommer', 'busje', 'bestelbus', 'camper', 'huurauto', 'fiets', 'e-bike', 'katalysator'] },
  pl: { vehicle: ['samochod*', 'auto', 'auta', 'pojazd*', 'motocykl*', 'motor', 'skuter*', 'bus', 'busa', 'kamper*', 'rower*', 'katalizator*'] },
  tr: { vehicle: ['araba*', 'aracim', 'aracimi', 'arac', 'otomobil*', 'motosiklet*', 'motor', 'motorum', 'motorumu', 'minibus', 'kamyonet*', 'kiralik arac', 'bisiklet*', 'katalitik'] },
  ru: { vehicle: ['машин*', 'автомобил*', 'авто', 'тачк*', 'мотоцикл*', 'мопед*', 'скутер*', 'фургон*', 'велосипед*', 'катализатор*'], stolen: ['угнали', 'угнал', 'угон', 'угона', 'угонщик*'] },
  uk: { vehicle: ['машин*', 'автомобіл*', 'авто', 'мотоцикл*', 'скутер*', 'фургон*', 'велосипед*'], stolen: ['викрали', 'викрав', 'викрадено', 'викраден*', 'угнали', 'угон', 'поцупили', 'вкрали'] },
  sv: { vehicle: ['bil', 'bilen', 'bilar', 'fordon*', 'motorcykel*', 'moped*', 'skoter*', 'husbil*', 'skapbil*', 'hyrbil*', 'cykel', 'cykeln', 'katalysator*'] },
  da: { vehicle: ['bil', 'bilen', 'koretoj*', 'motorcykel*', 'knallert*', 'scooter*', 'varevogn*', 'autocamper*', 'cykel', 'cyklen'] },
  no: { vehicle: ['bil', 'bilen', 'kjoretoy*', 'motorsykkel*', 'moped*', 'scooter*', 'varebil*', 'bobil*', 'sykkel', 'sykkelen'] },
  fi: { vehicle: ['auto', 'auton', 'autoni', 'ajoneuvo*', 'moottoripyora*', 'mopo*', 'skootteri*', 'pakettiauto*', 'asuntoauto*', 'polkupyora*', 'pyora', 'pyorani'] },
  cs: { vehicle: ['aut*', 'vuz', 'vozidl*', 'motork*', 'motocykl*', 'skutr*', 'dodavk*', 'obytn* vuz', 'kol*', 'katalyzator*'] },
  hu: { vehicle: ['auto*', 'kocsi*', 'jarmu*', 'motor', 'motorom', 'motoromat', 'robogo*', 'kisbusz*', 'lakoauto*', 'bicikli*', 'kerekpar*'] },
  ro: { vehicle: ['masina', 'masinii', 'masinile', 'autoturism*', 'vehicul*', 'motocicleta', 'motocicleta mea', 'scuter*', 'duba', 'dubita', 'bicicleta', 'catalizator*'] },
  el: { vehicle: ['αυτοκινητο', 'αυτοκινητου', 'αμαξι', 'αμαξι μου', 'οχημα', 'μηχανη', 'μοτοσικλετα', 'παπακι', 'βαν', 'ποδηλατο', 'καταλυτη*'] },
  id: { vehicle: ['mobil', 'mobilku', 'mobil saya', 'kendaraan', 'motor', 'motorku', 'motor saya', 'sepeda motor', 'skuter', 'mobil sewaan', 'sepeda', 'pikap'], stolen: ['dicuri', 'digondol', 'raib', 'dibawa kabur maling', 'kemalingan'] },
  // Not a bare "xe": it is also the second half of "tài xế" (a driver).
  vi: { vehicle: ['xe cua toi', 'xe toi', 'xe minh', 'xe cua minh', 'xe cua em', 'chiec xe', 'o to', 'xe hoi', 'xe may', 'xe tay ga', 'xe dap', 'xe thue'] },
  hi: { vehicle: ['gaadi', 'gadi', 'car', 'bike', 'scooty', 'scooter', 'motorcycle', 'गाड़ी', 'गाडी', 'कार', 'बाइक', 'स्कूटर', 'मोटरसाइकिल'], stolen: ['chori ho', 'chori ho gayi', 'chori ho gaya', 'chura li', 'chura liya', 'chori', 'चोरी हो'] },
  ar: { vehicle: ['سيارتي', 'سيارة', 'السيارة', 'سياره', 'السياره', 'عربيتي', 'العربية', 'موتوري', 'دراجتي', 'الدراجة', 'الموتوسيكل'] },
  he: { vehicle: ['רכב', 'הרכב', 'מכונית', 'המכונית', 'האוטו', 'אופנוע', 'קטנוע', 'אופניים'] },
  tl: { vehicle: ['kotse', 'sasakyan', 'motor', 'motorsiklo', 'van', 'bisikleta'] },
  ja: { vehicle: ['車', 'くるま', 'クルマ', '自動車', '愛車', 'バイク', 'オートバイ', 'スクーター', '原付', 'レンタカー', '自転車', 'トラック'] },
  zh: { vehicle: ['车', '車', '汽车', '汽車', '轿车', '轎車', '摩托', '电动车', '電動車', '机车', '機車', '自行车', '自行車', '单车', '單車', '租的车', '租的車'] },
  // Not a bare "차": it begins "차단" (blocking), "차감" (deduction), "차이" (difference).
  ko: { vehicle: ['차를', '차가', '내 차', '제 차', '자동차', '차량', '오토바이', '스쿠터', '렌터카', '자전거'] },
  th: { vehicle: ['รถ', 'รถยนต์', 'รถเก๋ง', 'รถกระบะ', 'มอเตอร์ไซค์', 'มอไซค์', 'รถจักรยานยนต์', 'จักรยาน', 'รถเช่า'] },
};

export const COVERAGE_ASKED: Readonly<Record<string, ConceptTable>> = {
  en: { coverage: ['cover', 'covers', 'covered', 'coverage', 'insured', 'insure', 'included in my policy', 'policy pay', 'insurance pay', 'pay out for'] },
  de: { coverage: ['deckt', 'gedeckt', 'abgedeckt', 'versichert', 'deckung', 'ubernimmt die versicherung', 'zahlt die versicherung', 'mitversichert'] },
  es: { coverage: ['cubre', 'cubren', 'cubierto', 'cubierta', 'cobertura', 'asegurado', 'paga el seguro', 'incluye el seguro'] },
  fr: { coverage: ['couvre', 'couvert', 'couverte', 'couverture', 'assure', 'prend en charge', 'rembourse'] },
  pt: { coverage: ['cobre', 'coberto', 'coberta', 'cobertura', 'segurado', 'paga o seguro'] },
  it: { coverage: ['copre', 'coperto', 'coperta', 'copertura', 'assicurato', 'rimborsa'] },
  nl: { coverage: ['dekt', 'gedekt', 'dekking', 'verzekerd', 'vergoedt', 'vergoed'] },
  pl: { coverage: ['pokrywa', 'obejmuje', 'objety', 'objęty', 'ubezpieczony', 'ochrona', 'ubezpieczenie pokryje'] },
  tr: { coverage: ['kapsar', 'kapsiyor', 'kapsaminda', 'karsilar', 'karsiliyor', 'teminat*', 'sigortali'] },
  ru: { coverage: ['покрывает', 'покрывается', 'покрытие', 'застрахован*', 'возмещает', 'входит в страховку'] },
  uk: { coverage: ['покриває', 'покриття', 'застрахован*', 'відшкодовує'] },
  sv: { coverage: ['tacker', 'tackt', 'tacks', 'forsakrad', 'ersatter', 'ingar i forsakringen'] },
  da: { coverage: ['daekker', 'daekket', 'forsikret', 'erstatter'] },
  no: { coverage: ['dekker', 'dekket', 'forsikret', 'erstatter'] },
  fi: { coverage: ['kattaa', 'korvaa', 'vakuutettu', 'kuuluuko vakuutukseen'] },
  cs: { coverage: ['kryje', 'kryti', 'pojisteni kryje', 'pojisten*', 'hradi'] },
  hu: { coverage: ['fedezi', 'fedezet', 'biztositott', 'teriti'] },
  ro: { coverage: ['acopera', 'acoperit', 'acoperire', 'asigurat', 'despagubeste'] },
  el: { coverage: ['καλυπτει', 'καλυπτεται', 'καλυψη', 'ασφαλισμενο', 'αποζημιωνει'] },
  id: { coverage: ['ditanggung', 'menanggung', 'tanggungan', 'cover', 'dicover', 'pertanggungan'] },
  vi: { coverage: ['chi tra', 'bao hiem tra', 'duoc bao hiem', 'bao gom', 'boi thuong'] },
  hi: { coverage: ['cover hota', 'cover karta', 'cover karti', 'cover hai', 'कवर होता', 'कवर करता', 'कवर है'] },
  ar: { coverage: ['يغطي', 'تغطي', 'تغطيه', 'مشمول', 'يشمل التامين', 'يعوض'] },
  he: { coverage: ['מכסה', 'מכוסה', 'כיסוי', 'מבוטח'] },
  tl: { coverage: ['sakop', 'kasama sa insurance', 'sagot ng insurance'] },
  ja: { coverage: ['補償', '保障', '対象になり', '対象です', '対象ですか', '保険で', '保険は'] },
  zh: { coverage: ['保障', '理赔', '理賠', '赔吗', '賠嗎', '保险包括', '保險包括', '在保障范围', '在保障範圍', '保吗', '保嗎'] },
  ko: { coverage: ['보장', '보상', '보험 처리', '보험처리', '커버'] },
  th: { coverage: ['คุ้มครอง', 'ครอบคลุม', 'ประกันจ่าย', 'เคลมได้'] },
};

/** Theft named as a noun, the kind of loss an insurance covers: with `coverage` in a question, no report. */
export const THEFT_NOUNS: Readonly<Record<string, ConceptTable>> = {
  en: { theftNoun: ['theft', 'thefts', 'car theft', 'vehicle theft'] },
  de: { theftNoun: ['diebstahl', 'diebstahls', 'autodiebstahl', 'fahrzeugdiebstahl'] },
  es: { theftNoun: ['robo', 'robos', 'hurto'] },
  fr: { theftNoun: ['vol', 'vols'] },
  pt: { theftNoun: ['roubo', 'furto'] },
  it: { theftNoun: ['furto', 'furti'] },
  nl: { theftNoun: ['diefstal'] },
  pl: { theftNoun: ['kradziez', 'kradzież', 'kradziezy', 'kradzieży'] },
  tr: { theftNoun: ['hirsizlik', 'hırsızlık', 'calinma', 'çalınma'] },
  ru: { theftNoun: ['кража', 'кражу', 'кражи', 'угон', 'угона'] },
  uk: { theftNoun: ['крадіжка', 'крадіжку', 'крадіжки', 'викрадення', 'угон'] },
  sv: { theftNoun: ['stold', 'stöld'] },
  da: { theftNoun: ['tyveri'] },
  no: { theftNoun: ['tyveri'] },
  fi: { theftNoun: ['varkaus', 'varkauden'] },
  cs: { theftNoun: ['kradez', 'krádež', 'kradeze', 'krádeže', 'odcizeni', 'odcizení'] },
  hu: { theftNoun: ['lopas', 'lopás'] },
  ro: { theftNoun: ['furt', 'furtul'] },
  el: { theftNoun: ['κλοπη', 'κλοπή'] },
  id: { theftNoun: ['pencurian', 'kehilangan karena dicuri'] },
  vi: { theftNoun: ['trom cap', 'trộm cắp', 'mat trom', 'mất trộm'] },
  hi: { theftNoun: ['chori', 'चोरी'] },
  ar: { theftNoun: ['سرقة', 'سرقه', 'السرقة', 'السرقه'] },
  ja: { theftNoun: ['盗難', '窃盗'] },
  zh: { theftNoun: ['盗窃', '盜竊', '失窃', '失竊', '被盗险', '被盜險', '盗抢', '盜搶'] },
  ko: { theftNoun: ['도난', '절도'] },
  th: { theftNoun: ['การโจรกรรม', 'โจรกรรม', 'การลักทรัพย์'] },
};
