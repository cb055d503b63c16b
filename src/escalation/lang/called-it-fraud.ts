/**
 * The customer calling what was done to them fraud: "this is a scam", "false advertising", "bait and switch", "you
 * deceived me" — said of the company's own offer or price as often as of a third party. One table, every language side
 * by side (merged into each pack's `securityStrong` in ./index.ts, so the frame `security-incident` of ../situations.ts
 * fires on them under the security guards: asked about ("is this a scam?", "how do I report false advertising?"),
 * denied ("this isn't a scam, right?") or hypothetical, they stay quiet). Phrases are general knowledge of how
 * customers accuse a seller of deceiving them, written for this table, never taken from an evaluation set; each names
 * the accusation itself (a bare "scam" or "fraud" is already a weaker signal elsewhere). Calling the company names
 * ("you are crooks") stays anger, as the packs have it: the accusation here is of an act or an offer.
 */
import type { ConceptTable } from './types.js';

export const CALLED_IT_FRAUD: Readonly<Record<string, ConceptTable>> = {
  en: { securityStrong: ['this is fraud', 'this is a fraud', "that's fraud", 'that is fraud', 'this is a scam', "that's a scam", 'that is a scam', 'total scam', 'complete scam', 'false advertising', 'misleading advertising', 'misleading advert', 'misleading ad', 'deceptive advertising', 'deceptive pricing', 'deceptive practice', 'bait and switch', 'bait-and-switch', 'you scammed me', 'you defrauded me', 'you deceived me', 'you tricked me'] },
  de: { securityStrong: ['das ist betrug', 'ist doch betrug', 'reiner betrug', 'glatter betrug', 'irreführende werbung', 'falsche werbung', 'war ein lockangebot', 'reines lockangebot', 'war ein lockvogelangebot', 'ihr habt mich betrogen', 'sie haben mich betrogen', 'ihr habt mich reingelegt', 'sie haben mich reingelegt', 'ihr habt mich getäuscht', 'sie haben mich getäuscht'] },
  es: { securityStrong: ['esto es un fraude', 'es un fraude', 'esto es una estafa', 'es una estafa', 'publicidad engañosa', 'publicidad falsa', 'anuncio engañoso', 'me estafaron', 'me engañaron', 'nos estafaron', 'me timaron'] },
  fr: { securityStrong: ["c'est une arnaque", "c'est de l'arnaque", "c'est une escroquerie", "c'est de l'escroquerie", "c'est du vol", 'publicité mensongère', 'pub mensongère', 'publicité trompeuse', 'pratique commerciale trompeuse', "vous m'avez arnaqué", "vous m'avez arnaquée", "vous m'avez escroqué", "vous m'avez trompé", "vous m'avez trompée"] },
  pt: { securityStrong: ['isso é golpe', 'isso é um golpe', 'é um golpe', 'isso é fraude', 'é uma fraude', 'propaganda enganosa', 'publicidade enganosa', 'anúncio enganoso', 'vocês me enganaram', 'me enganaram', 'me passaram a perna'] },
  it: { securityStrong: ['è una truffa', 'questa è una truffa', 'è una frode', 'pubblicità ingannevole', 'pubblicità falsa', 'mi avete truffato', 'mi avete truffata', 'mi avete imbrogliato', 'mi avete ingannato'] },
  nl: { securityStrong: ['dit is oplichting', 'is gewoon oplichting', 'dit is oplichterij', 'dit is fraude', 'misleidende reclame', 'valse reclame', 'jullie hebben me opgelicht', 'jullie hebben mij opgelicht', 'jullie hebben me bedrogen', 'ik ben bedrogen'] },
  pl: { securityStrong: ['to oszustwo', 'to jest oszustwo', 'to zwykłe oszustwo', 'reklama wprowadzająca w błąd', 'wprowadzająca w błąd reklama', 'fałszywa reklama', 'oszukaliście mnie', 'zostałem oszukany', 'zostałam oszukana'] },
  tr: { securityStrong: ['bu dolandırıcılık', 'düpedüz dolandırıcılık', 'resmen dolandırıcılık', 'açık açık dolandırıcılık', 'yanıltıcı reklam', 'aldatıcı reklam', 'sahte reklam', 'beni dolandırdınız', 'beni kandırdınız'] },
  ru: { securityStrong: ['это мошенничество', 'это развод', 'это обман', 'это лохотрон', 'вводящая в заблуждение реклама', 'ложная реклама', 'недобросовестная реклама', 'вы меня обманули', 'вы меня развели', 'меня обманули', 'меня развели'] },
  uk: { securityStrong: ['це шахрайство', 'це обман', 'це розвод', 'оманлива реклама', 'неправдива реклама', 'ви мене обманули', 'мене обманули', 'мене ошукали'] },
  ja: { securityStrong: ['これは詐欺', '詐欺です', '詐欺だ', '詐欺でしょ', '詐欺じゃないか', '詐欺じゃないですか', '詐欺まがい', '誇大広告', '虚偽広告', '不当表示', 'だまされた', '騙された', '騙しました'] },
  zh: { securityStrong: ['这是诈骗', '這是詐騙', '是诈骗', '是詐騙', '这是欺诈', '這是欺詐', '根本是骗人', '根本是騙人', '虚假广告', '虛假廣告', '虚假宣传', '虛假宣傳', '你们骗我', '你們騙我', '被你们骗了', '被你們騙了'] },
  ko: { securityStrong: ['이건 사기', '이거 사기', '완전 사기', '사기예요', '사기입니다', '사기잖아', '사기네요', '사기치', '사기를 쳤', '허위 광고', '허위광고', '과장 광고', '과장광고', '속았어요', '속았습니다'] },
  th: { securityStrong: ['นี่มันหลอกลวง', 'หลอกลวงชัดๆ', 'หลอกลวงลูกค้า', 'โฆษณาเกินจริง', 'โฆษณาเท็จ', 'โฆษณาหลอกลวง', 'พวกคุณโกง', 'โกงลูกค้า', 'หลอกเอาเงิน'] },
  id: { securityStrong: ['ini penipuan', 'penipuan ini', 'ini namanya penipuan', 'iklan menipu', 'iklan palsu', 'iklan menyesatkan', 'kalian menipu', 'saya ditipu', 'aku ditipu'] },
  vi: { securityStrong: ['đây là lừa đảo', 'lừa đảo khách hàng', 'quảng cáo sai sự thật', 'quảng cáo lừa đảo', 'quảng cáo gian dối', 'các bạn lừa', 'bên bạn lừa', 'lừa khách'] },
  hi: { securityStrong: ['ye dhokha hai', 'yeh dhokha hai', 'sarasar dhokha', 'dhokhadhadi', 'dhoka hai', 'fraud hai', 'scam hai', 'jhootha ad', 'jhootha vigyapan', 'jhuthi advertising', 'dhokha diya', 'धोखा है', 'धोखाधड़ी', 'सरासर धोखा', 'फ्रॉड है', 'झूठा विज्ञापन', 'धोखा दिया', 'ठगी है'] },
  ar: { securityStrong: ['هذا نصب', 'هذا احتيال', 'نصب واحتيال', 'اعلان كاذب', 'اعلان مضلل', 'دعايه كاذبه', 'نصبتوا علي', 'ضحكتوا علي'] },
  sv: { securityStrong: ['det här är bedrägeri', 'det är bedrägeri', 'rena bedrägeriet', 'ett rent bedrägeri', 'det här är en bluff', 'vilseledande reklam', 'falsk marknadsföring', 'ni lurade mig', 'ni har lurat mig'] },
  cs: { securityStrong: ['to je podvod', 'je to podvod', 'čistý podvod', 'klamavá reklama', 'klamavá nabídka', 'podvedli jste mě', 'oklamali jste mě', 'byl jsem podveden', 'byla jsem podvedena'] },
  el: { securityStrong: ['είναι απάτη', 'αυτό είναι απάτη', 'σκέτη απάτη', 'παραπλανητική διαφήμιση', 'ψευδής διαφήμιση', 'με εξαπατήσατε', 'με κοροϊδέψατε', 'με κλέψατε'] },
  ro: { securityStrong: ['e o escrocherie', 'este o escrocherie', 'e o înșelătorie', 'este o înșelătorie', 'reclamă înșelătoare', 'publicitate înșelătoare', 'm-ați păcălit', 'm-ați înșelat', 'mi-ați dat țeapă'] },
  hu: { securityStrong: ['ez csalás', 'ez átverés', 'ez egy átverés', 'megtévesztő reklám', 'hamis reklám', 'átvertetek', 'becsaptatok'] },
  da: { securityStrong: ['det er svindel', 'det her er svindel', 'det er bedrageri', 'vildledende reklame', 'falsk reklame', 'i har snydt mig'] },
  no: { securityStrong: ['dette er svindel', 'det er svindel', 'villedende reklame', 'falsk reklame', 'dere har lurt meg'] },
  fi: { securityStrong: ['tämä on huijausta', 'tämä on huijaus', 'tämä on petos', 'harhaanjohtava mainonta', 'harhaanjohtava mainos', 'huijasitte minua'] },
  he: { securityStrong: ['זו הונאה', 'זה עוקץ', 'זאת הונאה', 'פרסום מטעה', 'פרסומת מטעה', 'רימיתם אותי', 'עבדתם עליי'] },
  tl: { securityStrong: ['scam ito', 'panloloko ito', 'panloloko yan', 'niloko niyo ako'] },
};
