/**
 * Hardship, leaving, courts and regulators said the way chat users type them, one table per theme for the 22
 * languages of the round 13 sets (merged into each pack's concepts in ./index.ts; frames and guards in ../situations.ts):
 *
 *  - `chooseBetween` + `basicNeed`: a choice forced between the things a life needs ("choose between heating and
 *    eating", "mich zwischen Heizen und Essen entscheiden", "choisir entre me chauffer et manger"). `basicNeed` names
 *    warmth, food, rent, medicine and feeding one's children, never a product ("choose between gas and electricity"
 *    names no need: `basicNeed` has no "electricity").
 *  - `hardship` gains income lost or cut (made redundant, off sick with no pay, "cassa integrazione"), bills and debts
 *    piling up, "heat or eat" said as one phrase, and "can't make ends meet" in each language.
 *  - `churnStrong` gains the decision to leave as chat users type it ("you've lost a customer", "ich bin raus", "c'est la
 *    dernière fois que je fais appel à vous", "탈퇴할게요").
 *  - `legalStrong` gains courts and the steps before them (small claims, "vor Gericht", "giudice di pace", "少額訴訟");
 *    `regulator` gains consumer bodies, ombudsmen and energy, telecom and finance regulators named or generic.
 *  - `towardUs`: "to you from", "zu euch von", "chez vous depuis" right after a switching word, or an in-house option ("paperless",
 *    "a cheaper plan with you"): the customer moves TO the company or inside it, which is no churn.
 *  - `laughing` (see {@link LAUGHTER}): "lol", "haha", "mdr", "jaja", "χαχα": a lack of money said laughing, in a
 *    message that asks for a discount ("I'm broke lol, any discounts?"), is banter, not hardship.
 *
 * Words are general knowledge of how people write; nothing here is taken from a test or an evaluation set.
 */
import type { ConceptTable } from './types.js';

/** Forced choices between necessities. */
export const HARD_CHOICES: Readonly<Record<string, ConceptTable>> = {
  en: {
    chooseBetween: ['choose between', 'choosing between', 'decide between', 'deciding between', 'pick between'],
    basicNeed: ['heating', 'heat the house', 'eating', 'food', 'feeding the kids', 'feeding my', 'feed the kids', 'my rent', 'the rent', 'medicine', 'my meds', 'topping up the meter', 'top up the meter'],
    hardship: ['heat or eat', 'heating or eating', 'eat or heat', 'heating or food', 'food or heating', 'no wages coming in', 'no money coming in', 'no income coming in', 'bills are piling up', 'bills keep piling up', 'bills piling up', 'debts are piling up', 'debts piling up', "can't make ends meet", 'cannot make ends meet', 'made redundant', 'lost my income', 'no sick pay', 'signed off sick', 'off sick with no pay', 'debt collectors', 'bailiffs'],
  },
  de: {
    chooseBetween: ['mich zwischen', 'muss zwischen', 'wahl zwischen'],
    basicNeed: ['heizen', 'heizung', 'essen', 'lebensmittel', 'miete', 'medikament*', 'kinder satt'],
    hardship: ['zwischen heizen und essen', 'zwischen essen und heizen', 'heizen oder essen', 'essen oder heizen', 'reicht hinten und vorne nicht', 'reicht vorne und hinten nicht', 'kein einkommen mehr', 'keine einnahmen mehr', 'arbeitslos geworden', 'meinen job verloren', 'meine arbeit verloren', 'job verloren', 'schulden wachsen mir', 'inkasso', 'gerichtsvollzieher', 'schuldnerberatung', 'komme nicht uber die runden', 'nicht mehr uber die runden'],
  },
  es: {
    chooseBetween: ['elegir entre', 'decidir entre', 'escoger entre', 'o comemos o', 'o como o'],
    basicNeed: ['comer', 'comida', 'calefaccion', 'calentar', 'la luz', 'el alquiler', 'medicinas', 'mis hijos'],
    hardship: ['comer o pagar', 'comer o calentar', 'no llego a fin de mes', 'no llegamos a fin de mes', 'me quede sin trabajo', 'me quede sin empleo', 'me despidieron', 'estoy en paro', 'sin ningun ingreso', 'sin ingresos', 'con el paro no', 'las deudas se acumulan', 'me ahogan las deudas', 'banco de alimentos'],
  },
  fr: {
    chooseBetween: ['choisir entre', 'decider entre', 'soit je'],
    basicNeed: ['manger', 'me chauffer', 'se chauffer', 'chauffage', 'nourrir', 'le loyer', 'mon loyer', 'medicaments'],
    hardship: ['se chauffer ou manger', 'chauffer ou manger', 'manger ou se chauffer', 'manger ou me chauffer', 'je suis au chomage', 'perdu mon emploi', 'perdu mon travail', 'perdu mon boulot', "je n'ai plus aucun revenu", 'sans aucun revenu', 'sans revenus', 'joindre les deux bouts', 'fins de mois difficiles', 'les dettes s accumulent', 'les factures s accumulent', 'restos du coeur', 'huissier'],
  },
  pt: {
    chooseBetween: ['escolher entre', 'decidir entre'],
    basicNeed: ['comer', 'comida', 'aquecer', 'aquecimento', 'o aluguel', 'a renda', 'remedios', 'meus filhos'],
    hardship: ['comer ou pagar', 'fiquei desempregado', 'fiquei desempregada', 'estou desempregado', 'estou desempregada', 'perdi o emprego', 'perdi meu emprego', 'perdi o meu emprego', 'fui despedido', 'fui despedida', 'fui demitido', 'fui demitida', 'sem renda nenhuma', 'sem rendimentos', 'nao chego ao fim do mes', 'as dividas acumulam', 'as contas acumulam'],
  },
  it: {
    chooseBetween: ['scegliere tra', 'scegliere fra', 'decidere tra'],
    basicNeed: ['mangiare', 'riscaldarmi', 'riscaldare', 'riscaldamento', 'cibo', "l'affitto", 'medicine', 'i miei figli'],
    hardship: ['mangiare o riscaldare', 'riscaldarmi o mangiare', 'cassa integrazione', 'non arrivo a fine mese', 'non arriviamo a fine mese', 'ho perso il lavoro', 'perso il lavoro', 'sono disoccupato', 'sono disoccupata', 'mi hanno licenziato', 'mi hanno licenziata', 'senza stipendio', 'nessun reddito', 'i debiti si accumulano', 'pieno di debiti'],
  },
  nl: {
    chooseBetween: ['kiezen tussen', 'kiezen of', 'of eten of'],
    basicNeed: ['eten', 'verwarmen', 'verwarming', 'de huur', 'medicijnen', 'mijn kinderen'],
    hardship: ['eten of verwarmen', 'verwarmen of eten', 'red ik het niet meer', 'red het niet meer', 'ik kom niet rond', 'kom ik niet rond', 'komen niet rond', 'kunnen niet rondkomen', 'kan niet rondkomen', 'eindjes aan elkaar', 'mijn baan kwijt', 'baan verloren', 'ben ontslagen', 'ben werkloos', 'geen inkomen', 'in de ziektewet', 'schulden stapelen', 'voedselbank', 'deurwaarder', 'schuldhulp*', 'bewindvoer*'],
  },
  pl: {
    chooseBetween: ['wybierac miedzy', 'wybrac miedzy', 'albo jedzenie', 'albo ogrzewanie'],
    basicNeed: ['jedzenie', 'ogrzewanie', 'czynsz', 'leki', 'dzieci'],
    hardship: ['nie dam rady zaplacic', 'nie dam rady oplacic', 'nie wiaze konca z koncem', 'koniec z koncem', 'stracilem prace', 'stracilam prace', 'zwolnili mnie', 'jestem bezrobotn*', 'bez pracy', 'bez dochodu', 'bez zadnego dochodu', 'na zwolnieniu lekarskim', 'pensja obcieta', 'dlugi rosna', 'komornik*'],
  },
  sv: {
    chooseBetween: ['valja mellan', 'antingen mat'],
    basicNeed: ['mat', 'varme', 'hyran', 'mediciner', 'barnen'],
    hardship: ['mat eller varme', 'varme eller mat', 'fatt sparken', 'forlorat jobbet', 'forlorade jobbet', 'blivit arbetslos', 'ar arbetslos', 'pengarna racker inte', 'ingen inkomst', 'sjukskriven utan', 'skulderna vaxer', 'kronofogden', 'far inte ihop det'],
  },
  tr: {
    chooseBetween: ['ya yemek', 'arasinda secim'],
    basicNeed: ['yemek', 'isinma', 'kira', 'ilac'],
    hardship: ['isimi kaybettim', 'issiz kaldim', 'isten cikarildim', 'borclarim birikti', 'borclar birikti', 'gelirim kalmadi', 'maasim kesildi', 'hastayim calisamiyorum', 'icraya verdi*', 'gecinemiyorum', 'gecinemiyoruz'],
  },
  el: {
    chooseBetween: ['να διαλεξω αναμεσα', 'να επιλεξω αναμεσα', 'η θα φαμε'],
    basicNeed: ['φαγητο', 'να φαμε', 'θερμανση', 'ρευμα', 'ενοικιο', 'φαρμακα'],
    hardship: ['ρευμα η φαγητο', 'φαγητο η ρευμα', 'θερμανση η φαγητο', 'χρωσταω παντου', 'χρωσταω σε ολους', 'με απελυσαν', 'απολυθηκα', 'δεν βγαινω οικονομικα', 'δεν βγαινουμε οικονομικα', 'χωρισ εισοδημα', 'κανενα εισοδημα', 'δεν εχω εισοδημα', 'φεσια', 'ληξιπροθεσμ*', 'εχω αρρωστησει και δεν'],
  },
  ru: {
    chooseBetween: ['выбирать между', 'выбор между', 'либо еда'],
    basicNeed: ['еда', 'едой', 'отопление', 'отоплением', 'квартплата', 'лекарства'],
    hardship: ['без работы', 'потерял работу', 'потеряла работу', 'меня уволили', 'платить нечем', 'нечем платить', 'долги копятся', 'в долгах', 'нет дохода', 'остался без дохода', 'осталась без дохода', 'коллектор*', 'еле свожу концы', 'не свожу концы'],
  },
  uk: {
    chooseBetween: ['вибирати між', 'вибір між'],
    basicNeed: ['їжа', 'їжею', 'опалення', 'ліки'],
    hardship: ['втратив роботу', 'втратила роботу', 'мене звільнили', 'без роботи', 'нема чим платити', 'нічим платити', 'в боргах', 'борги ростуть', 'немає доходу', 'ледве зводжу кінці'],
  },
  ar: {
    chooseBetween: ['الاختيار بين', 'اختار بين'],
    basicNeed: ['الأكل', 'الطعام', 'التدفئة', 'الإيجار', 'الدواء'],
    hardship: ['فقدت وظيفتي', 'فقدت عملي', 'خسرت شغلي', 'عاطل عن العمل', 'ما عندي دخل', 'ليس لدي دخل', 'بدون دخل', 'غارق في الديون', 'تراكمت الديون', 'الديون تراكمت', 'ما أقدر أسدد', 'لا أستطيع السداد'],
  },
  hi: {
    hardship: ['नौकरी चली गई', 'नौकरी छूट गई', 'बेरोजगार', 'कोई आमदनी नहीं', 'कर्ज में डूब', 'job chali gayi', 'naukri chali gayi', 'naukri chhoot gayi', 'kamai nahi', 'karz me doob', 'paise nahi hai bharne'],
  },
  ja: {
    hardship: ['失業して', '失業した', '失業中で', '仕事を失', '職を失', 'クビになっ', '収入がな', '収入が途絶え', '無収入', '病気で働けな', '働けなくなっ', '生活が苦し', '借金がかさ'],
  },
  zh: {
    hardship: ['我失业', '失业了', '我失業', '失業了', '丢了工作', '被裁员', '被裁了', '没收入', '没有收入', '沒收入', '沒有收入', '交不起', '付不起', '付不出', '繳不起', '揭不开锅', '欠了一屁股债'],
  },
  ko: {
    hardship: ['실직해서', '실직했', '실직 상태', '직장을 잃', '일자리를 잃', '해고당', '수입이 없', '소득이 없', '빚이 쌓', '돈이 없어서', '생활비가 없'],
  },
  th: {
    hardship: ['ตกงาน', 'ไม่มีรายได้', 'ถูกเลิกจ้าง', 'หนี้ท่วม', 'ไม่มีเงินจ่ายบิล', 'ไม่มีเงินจ่ายค่า', 'ไม่มีเงินจะจ่าย'],
  },
  id: {
    hardship: ['kena phk', 'di phk', 'kehilangan pekerjaan', 'menganggur', 'nganggur', 'tidak ada pemasukan', 'gak ada pemasukan', 'nggak ada pemasukan', 'tidak ada penghasilan', 'gak ada penghasilan', 'terlilit utang', 'terlilit hutang', 'gak ada uang buat bayar', 'uang buat bayar gak ada', 'tidak ada uang untuk bayar'],
  },
  vi: {
    hardship: ['mat viec', 'that nghiep', 'bi duoi viec', 'khong co thu nhap', 'khong co tien de tra', 'khong co tien tra hoa don', 'khong co tien tra tien', 'no nan chong chat', 'ngap trong no'],
  },
};

/** A decision to leave, as one phrase. */
export const WALKING_OUT: Readonly<Record<string, ConceptTable>> = {
  en: { churnStrong: ['last time i use you', "last time i'm using you", 'last time i use your', "you've lost a customer", 'you have lost a customer', 'i want out of this contract', 'i want out of my contract', 'not using you anymore', 'not using you again', "i'm done with you people", "i'm done with your company", 'taking my business elsewhere', 'signed up with another'] },
  de: { churnStrong: ['ich bin raus', 'nie wieder bei euch', 'nie wieder bei ihnen', 'ich wechsle den anbieter', 'sie haben einen kunden verloren'] },
  es: { churnStrong: ['ya contrate con otra', 'me voy con otra compania', 'me paso a otra compania', 'me cambio de compania', 'no me vuelven a ver', 'han perdido un cliente'] },
  fr: { churnStrong: ['derniere fois que je fais appel a vous', 'derniere fois que je passe par vous', 'fermez mon compte', 'je change de fournisseur', 'vous ne me reverrez plus', 'vous avez perdu un client', 'je vais voir ailleurs'] },
  pt: { churnStrong: ['ultima vez que uso', 'ultima vez que compro', 'vou mudar de fornecedor', 'mudar de operadora', 'perderam um cliente', 'nunca mais uso'] },
  it: { churnStrong: ['disdico tutto', 'non mi vedrete piu', 'cambio fornitore', 'passo alla concorrenza', 'avete perso un cliente'] },
  nl: { churnStrong: ['ik ga ergens anders heen', 'ik ga naar een andere', 'ik stap over', 'jullie zijn een klant kwijt'] },
  pl: { churnStrong: ['rezygnuje z waszych uslug', 'przechodze do konkurencji', 'zmieniam dostawce', 'ostatni raz korzystam', 'wypowiadam umowe', 'straciliscie klienta'] },
  sv: { churnStrong: ['byter leverantor', 'ni har forlorat en kund'] },
  tr: { churnStrong: ['sizinle calismayacagim', 'bir daha sizi kullanmam', 'baska firmaya gecec*', 'baska sirkete gec*', 'son kez kullaniyorum', 'bir musteri kaybettiniz'] },
  el: { churnStrong: ['τελειωσα μαζι σασ', 'παω σε αλλο παροχο', 'πηγαινω σε αλλο παροχο', 'φευγω σε αλλη εταιρεια', 'αλλαζω παροχο', 'τελευταια φορα που σασ', 'δεν θα με ξαναδειτε'] },
  ru: { churnStrong: ['больше никогда не буду вашим', 'больше никогда не буду пользоваться', 'ухожу к другому', 'ухожу от вас', 'перехожу к другому', 'расторгаю договор', 'последний раз пользуюсь', 'вы потеряли клиента'] },
  uk: { churnStrong: ['розриваю договір', 'переходжу до іншого', 'йду від вас', 'останній раз користуюсь', 'ви втратили клієнта'] },
  ar: { churnStrong: ['آخر مرة أتعامل معكم', 'لن أتعامل معكم', 'سأنتقل إلى شركة أخرى', 'خسرتم عميل'] },
  hi: { churnStrong: ['आखिरी बार आपकी', 'दूसरी कंपनी में जा', 'dusri company me ja'] },
  ja: { churnStrong: ['二度と使いません', '二度と利用しません', '他社に乗り換え', '退会します'] },
  zh: { churnStrong: ['再也不用', '换别家', '換別家', '改用別家', '改用别家', '最后一次用', '最後一次用', '不再用你们'] },
  ko: { churnStrong: ['탈퇴할게요', '탈퇴하겠습니다', '갈아탈게요', '갈아타겠습니다', '다시는 안 쓸', '다시는 이용 안'] },
  th: { churnStrong: ['ย้ายไปเจ้าอื่น', 'เลิกใช้แล้ว', 'ครั้งสุดท้ายที่ใช้'] },
  id: { churnStrong: ['pindah ke provider lain', 'gak mau pakai lagi', 'nggak mau pakai lagi', 'terakhir kali pakai'] },
  vi: { churnStrong: ['chuyen sang nha cung cap khac', 'chuyen sang ben khac', 'khong bao gio dung nua', 'lan cuoi cung toi dung'] },
};

/** Courts, the steps before them, and regulators or consumer bodies. */
export const COURTS_AND_WATCHDOGS: Readonly<Record<string, ConceptTable>> = {
  en: {
    legalStrong: ['small claims', 'see you in court', 'hear from my lawyers', 'hear from my solicitor', 'county court', 'letter before action'],
    regulator: ['ombudsman', 'trading standards', 'citizens advice', 'consumer council', 'consumer watchdog', 'consumer association', 'consumer rights organisation', 'consumer protection agency', 'ofgem', 'ofcom'],
  },
  de: { legalStrong: ['sehen uns vor gericht', 'vor gericht ziehen', 'vor gericht bringen', 'ich gehe vor gericht', 'mahnverfahren', 'klage einreichen', 'rechtliche schritte'], regulator: ['verbraucherzentrale', 'schlichtungsstelle', 'bundesnetzagentur', 'ombudsstelle', 'verbraucherschutz*'] },
  es: { legalStrong: ['ver un juez', 'llevar a los tribunales', 'los llevare a juicio', 'los llevo al juzgado', 'demanda judicial'], regulator: ['ocu', 'facua', 'oficina del consumidor', 'omic', 'hoja de reclamaciones', 'libro de reclamaciones', 'asociacion de consumidores', 'defensa del consumidor', 'reclamacion en consumo', 'denuncia en consumo', 'profeco', 'sernac'] },
  fr: { legalStrong: ['mise en demeure', 'injonction de payer', 'tribunal judiciaire', 'petites creances'], regulator: ['mediateur', 'que choisir', 'association de consommateurs', 'dgccrf', 'signal conso', 'signalconso', 'arcep'] },
  pt: { legalStrong: ['pequenas causas', 'entrar no juizado', 'julgados de paz'], regulator: ['procon', 'reclame aqui', 'livro de reclamacoes', 'deco', 'anatel', 'aneel', 'erse'] },
  it: { legalStrong: ['giudice di pace', 'vie legali', 'diffida'], regulator: ['agcom', 'arera', 'codacons', 'altroconsumo', 'associazione dei consumatori', 'associazione consumatori'] },
  nl: { legalStrong: ['kantonrechter', 'naar de rechter', 'ingebrekestelling'], regulator: ['geschillencommissie', 'consumentenbond', 'autoriteit consument', 'kifid'] },
  pl: { legalStrong: ['pozew', 'do sadu', 'wezwanie przedsadowe'], regulator: ['uokik', 'rzecznik praw konsumenta', 'rzecznika praw konsumenta', 'rzecznika konsumentow', 'rzecznik konsumentow', 'rzecznik finansowy', 'federacja konsumentow'] },
  sv: { legalStrong: ['tingsratten', 'stamma er', 'stammer er'], regulator: ['konsumentverket', 'arn', 'allmanna reklamationsnamnden', 'konsumentvagledare*', 'energimarknadsinspektionen'] },
  tr: { legalStrong: ['mahkemeye ver*', 'dava acacagim'], regulator: ['tuketici hakem heyeti', 'tuketici mahkemesi', 'btk', 'epdk', 'cimer', 'sikayetvar'] },
  el: { legalStrong: ['θα κινηθω νομικα', 'θα κινηθω δικαστικα', 'νομικα εναντιον', 'νομικη οδο', 'μικροδιαφορ*'], regulator: ['ρααευ', 'ραε', 'ενωση καταναλωτων', 'ενωσεισ καταναλωτων', 'διαμεσολαβητη'] },
  ru: { legalStrong: ['подам в суд', 'обращусь в суд', 'пойду в суд', 'досудебн*'], regulator: ['роспотребнадзор', 'защиты прав потребителей', 'прокуратур*', 'центробанк'] },
  uk: { legalStrong: ['подам до суду', 'звернуся до суду', 'позов'], regulator: ['держспоживслужб*', 'захисту прав споживачів', 'нкрекп', 'омбудсман'] },
  ar: { legalStrong: ['دعوى قضائية', 'سأرفع دعوى', 'سأشتكيكم في المحكمة'], regulator: ['حماية المستهلك', 'وزارة التجارة'] },
  hi: { legalStrong: ['legal notice', 'लीगल नोटिस'], regulator: ['उपभोक्ता फोरम', 'उपभोक्ता अदालत', 'consumer forum', 'consumer court', 'upbhokta forum', 'national consumer helpline'] },
  ja: { legalStrong: ['訴えます', '裁判を起こ', '少額訴訟', '内容証明'], regulator: ['消費者センター', '消費生活センター', '国民生活センター', '消費者庁'] },
  zh: { legalStrong: ['起诉', '起訴', '法院见', '法院見', '律师函', '律師函', '告你们', '告你們'], regulator: ['消协', '消费者协会', '12315', '市场监管局', '工商局', '消保官', '消基會', '消費者保護'] },
  ko: { legalStrong: ['소송', '고소할', '법적 조치', '내용증명', '소액재판', '소액심판'], regulator: ['소비자원', '공정위', '공정거래위원회', '소비자보호'] },
  th: { legalStrong: ['ฟ้องศาล', 'ขึ้นศาล', 'ดำเนินคดี'], regulator: ['สคบ', 'คุ้มครองผู้บริโภค'] },
  id: { legalStrong: ['menuntut kalian', 'menuntut anda', 'menuntut perusahaan', 'ke pengadilan', 'somasi', 'menggugat', 'gugatan'], regulator: ['ylki', 'bpsk', 'ojk'] },
  vi: { legalStrong: ['khoi kien', 'ra toa', 'kien cac ban'], regulator: ['hoi bao ve nguoi tieu dung', 'bao ve nguoi tieu dung', 'cuc canh tranh'] },
};

/** "to you from", "zu euch von", "chez vous depuis" (never a bare "chez vous": "je ne reviendrai plus chez vous" is leaving), and in-house options, right after a switching word: moving to or inside the company. */
export const TOWARD_US: Readonly<Record<string, ConceptTable>> = {
  en: { towardUs: ['to you from', 'over to you', 'paperless', 'e-billing', 'direct debit', 'monthly billing', 'annual billing', 'a cheaper plan', 'a cheaper tariff', 'another plan', 'another tariff', 'a different plan', 'a different tariff'] },
  de: { towardUs: ['zu euch von', 'zu ihnen von', 'in einen anderen tarif', 'in einen gunstigeren tarif', 'den tarif', 'papierlos*', 'lastschrift'] },
  es: { towardUs: ['a ustedes desde', 'a otra tarifa', 'otra tarifa', 'factura electronica', 'domiciliacion'] },
  fr: { towardUs: ['chez vous depuis', 'une autre offre', 'un autre forfait', 'facture electronique', 'prelevement'] },
  pt: { towardUs: ['outro plano', 'outro tarifario', 'fatura eletronica', 'debito direto'] },
  it: { towardUs: ['un altro piano', "un'altra tariffa", 'bolletta elettronica', 'domiciliazione'] },
  nl: { towardUs: ['op jullie', 'een ander abonnement', 'een goedkoper', 'automatische incasso'] },
  pl: { towardUs: ['inny plan', 'inna taryfe', 'e-faktur*'] },
  sv: { towardUs: ['ett annat abonnemang', 'e-faktura', 'autogiro'] },
  tr: { towardUs: ['size gec*', 'baska bir tarife', 'e-fatura'] },
  el: { towardUs: ['σε αλλο πακετο', 'αλλο προγραμμα', 'ηλεκτρονικο λογαριασμο'] },
  ru: { towardUs: ['на другой тариф', 'электронн*'] },
  uk: { towardUs: ['на інший тариф'] },
};

/**
 * Laughter as chat users type it, in any language: "lol", "lmao", "haha", "jaja", "kkkk", "mdr", "xd", "555" (Thai),
 * "ㅋㅋ", "(笑)", "哈哈", "χαχα", "хаха", "wkwk". Tested on the normalised message, word by word for Latin,
 * Greek and Cyrillic, as a substring for the rest.
 */
export const LAUGHTER = /(?:^|[^\p{L}\p{N}])(?:lol+|lmao+|rofl|(?:ha){2,}h?|(?:he){2,}|(?:ja){2,}|(?:ah){2,}a?|a?(?:ha){1,}ha|k{4,}|mdr+|ptdr|xd+|wkwk\w*|(?:χα){2,}|(?:ха){2,}|(?:ах){2,}а?|555+)(?=$|[^\p{L}\p{N}])|ㅋㅋ|ㅎㅎ|哈哈|（笑）|\(笑\)/u;
