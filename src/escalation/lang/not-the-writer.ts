/**
 * Words that tell an everyday message apart from the phrase it shares with a crisis or an incident: whose the words are,
 * what they apply to, and what the customer already offers as the reason (merged into each pack's concepts in ./index.ts;
 * the guards that read them are in ../situations.ts, `notTheWriter` and `offersReason`). General knowledge of how
 * customers write, one table per mechanism, every language side by side:
 *
 *  - {@link THINGS_AS_SUBJECT}: `machine`, a device or a piece of software that can be the subject of "won't wake up any
 *    more", "doesn't want to go on" ("Mein Laptop will nicht mehr aufwachen"); and `joiner`, the words that start a new
 *    subject within a clause ("and", "then"), so "my phone broke and I want to die" keeps its writer;
 *  - {@link NUISANCES}: `nuisance`, what a customer wants to stop or end — mails, notifications, calls, charges, ads — so
 *    "these renewal emails every week, I want it all to stop" names what "it all" is;
 *  - {@link NEW_ONE}: `newOne`, a replacement stated as the reason a thing is not needed any more ("since I got a new
 *    one", "weil ich ein neues habe", "因为换了新手机");
 *  - {@link FEE_REASONS}: `feeReason`, what a customer offers as the reason a charge is higher than shown (a fee, tax,
 *    shipping, a tip, the exchange rate), asked as a question ("is there a service fee?").
 */
import type { ConceptTable } from './types.js';

/** A device or software as the subject of a verb a person would otherwise say of themselves, and the words that start a new subject. */
export const THINGS_AS_SUBJECT: Readonly<Record<string, ConceptTable>> = {
  en: {
    machine: ['laptop', 'computer', 'pc', 'mac', 'macbook', 'phone', 'iphone', 'tablet', 'ipad', 'screen', 'monitor', 'app', 'router', 'modem', 'tv', 'printer', 'console', 'watch', 'battery', 'car', 'machine', 'device', 'system', 'website', 'site', 'server', 'game', 'camera', 'speaker', 'headphones', 'kindle', 'fridge', 'washing machine'],
    joiner: ['and', 'then', 'so', 'but', 'now', 'also'],
  },
  de: {
    machine: ['laptop', 'notebook', 'computer', 'rechner', 'pc', 'mac', 'handy', 'smartphone', 'telefon', 'iphone', 'tablet', 'ipad', 'bildschirm', 'monitor', 'app', 'router', 'fernseher', 'drucker', 'konsole', 'uhr', 'akku', 'auto', 'gerat', 'system', 'programm', 'seite', 'webseite', 'spiel', 'kamera', 'kiste', 'ding', 'teil'],
    joiner: ['und', 'dann', 'also', 'aber', 'jetzt', 'auch', 'doch'],
  },
  nl: {
    machine: ['laptop', 'computer', 'pc', 'mac', 'telefoon', 'mobiel', 'gsm', 'iphone', 'tablet', 'ipad', 'scherm', 'beeldscherm', 'app', 'router', 'modem', 'tv', 'televisie', 'printer', 'console', 'horloge', 'accu', 'batterij', 'auto', 'apparaat', 'systeem', 'programma', 'website', 'spel', 'camera', 'ding'],
    joiner: ['en', 'dan', 'dus', 'maar', 'nu', 'ook'],
  },
  sv: {
    machine: ['laptop', 'dator', 'datorn', 'bärbara', 'mobil', 'mobilen', 'telefon', 'telefonen', 'iphone', 'surfplatta', 'surfplattan', 'ipad', 'skärm', 'skärmen', 'appen', 'app', 'router', 'routern', 'tv', 'tv:n', 'skrivare', 'skrivaren', 'klocka', 'klockan', 'batteri', 'batteriet', 'bil', 'bilen', 'enheten', 'systemet', 'programmet', 'sidan', 'spelet'],
    joiner: ['och', 'sen', 'så', 'men', 'nu', 'också'],
  },
  da: {
    machine: ['laptop', 'computer', 'computeren', 'mobil', 'mobilen', 'telefon', 'telefonen', 'iphone', 'tablet', 'ipad', 'skærm', 'skærmen', 'appen', 'app', 'router', 'routeren', 'tv', 'printer', 'printeren', 'ur', 'uret', 'batteri', 'batteriet', 'bil', 'bilen', 'enheden', 'systemet', 'programmet', 'siden', 'spillet'],
    joiner: ['og', 'så', 'men', 'nu', 'også'],
  },
  no: {
    machine: ['laptop', 'pc', 'pc-en', 'datamaskin', 'datamaskinen', 'mobil', 'mobilen', 'telefon', 'telefonen', 'iphone', 'nettbrett', 'nettbrettet', 'ipad', 'skjerm', 'skjermen', 'appen', 'app', 'ruter', 'ruteren', 'tv', 'skriver', 'skriveren', 'klokke', 'klokka', 'batteri', 'batteriet', 'bil', 'bilen', 'enheten', 'systemet', 'programmet', 'siden', 'spillet'],
    joiner: ['og', 'så', 'men', 'nå', 'også'],
  },
  // Pro-drop languages write the person on the verb ("no quiero vivir" is the writer, "no despierta" is not), so a device
  // before a first-person phrase is rare; the words are here for the person-neutral phrases they share.
  es: {
    machine: ['portatil', 'laptop', 'ordenador', 'computadora', 'compu', 'pc', 'movil', 'celular', 'telefono', 'iphone', 'tablet', 'ipad', 'pantalla', 'monitor', 'app', 'aplicacion', 'router', 'modem', 'tele', 'television', 'impresora', 'consola', 'reloj', 'bateria', 'coche', 'carro', 'aparato', 'dispositivo', 'sistema', 'programa', 'pagina', 'web', 'juego', 'camara'],
    joiner: ['y', 'e', 'luego', 'entonces', 'pero', 'ahora', 'tambien'],
  },
  fr: {
    machine: ['portable', 'ordi', 'ordinateur', 'pc', 'mac', 'telephone', 'tel', 'iphone', 'tablette', 'ipad', 'ecran', 'moniteur', 'appli', 'application', 'box', 'routeur', 'modem', 'tele', 'television', 'imprimante', 'console', 'montre', 'batterie', 'voiture', 'appareil', 'systeme', 'logiciel', 'site', 'jeu', 'camera', 'truc', 'machine'],
    joiner: ['et', 'puis', 'alors', 'donc', 'mais', 'maintenant', 'aussi'],
  },
  pt: {
    machine: ['notebook', 'laptop', 'computador', 'pc', 'portatil', 'celular', 'telemovel', 'telefone', 'iphone', 'tablet', 'ipad', 'tela', 'ecra', 'monitor', 'app', 'aplicativo', 'aplicacao', 'roteador', 'router', 'modem', 'tv', 'televisao', 'impressora', 'console', 'relogio', 'bateria', 'carro', 'aparelho', 'dispositivo', 'sistema', 'programa', 'site', 'jogo', 'camera'],
    joiner: ['e', 'depois', 'entao', 'mas', 'agora', 'tambem'],
  },
  it: {
    machine: ['portatile', 'laptop', 'computer', 'pc', 'mac', 'telefono', 'cellulare', 'iphone', 'tablet', 'ipad', 'schermo', 'monitor', 'app', 'applicazione', 'router', 'modem', 'tv', 'televisore', 'stampante', 'console', 'orologio', 'batteria', 'macchina', 'auto', 'dispositivo', 'apparecchio', 'sistema', 'programma', 'sito', 'gioco', 'fotocamera'],
    joiner: ['e', 'poi', 'allora', 'quindi', 'ma', 'adesso', 'ora', 'anche'],
  },
  pl: {
    machine: ['laptop', 'komputer', 'pc', 'telefon', 'komorka', 'iphone', 'tablet', 'ipad', 'ekran', 'monitor', 'aplikacja', 'apka', 'router', 'modem', 'telewizor', 'drukarka', 'konsola', 'zegarek', 'bateria', 'samochod', 'auto', 'urzadzenie', 'system', 'program', 'strona', 'gra', 'aparat'],
    joiner: ['i', 'a', 'potem', 'wiec', 'ale', 'teraz', 'tez'],
  },
  cs: {
    machine: ['notebook', 'laptop', 'pocitac', 'pc', 'telefon', 'mobil', 'iphone', 'tablet', 'ipad', 'obrazovka', 'monitor', 'aplikace', 'appka', 'router', 'modem', 'televize', 'tiskarna', 'konzole', 'hodinky', 'baterie', 'auto', 'zarizeni', 'system', 'program', 'stranka', 'hra'],
    joiner: ['a', 'pak', 'tak', 'ale', 'ted', 'taky'],
  },
  ru: {
    machine: ['ноутбук', 'ноут', 'компьютер', 'комп', 'пк', 'телефон', 'смартфон', 'айфон', 'планшет', 'айпад', 'экран', 'монитор', 'приложение', 'прилож*', 'роутер', 'модем', 'телевизор', 'принтер', 'приставка', 'часы', 'аккумулятор', 'батарея', 'машина', 'устройство', 'система', 'программа', 'сайт', 'игра', 'камера'],
    joiner: ['и', 'потом', 'а', 'но', 'теперь', 'тоже', 'также'],
  },
  uk: {
    machine: ['ноутбук', 'комп\'ютер', 'компютер', 'комп', 'телефон', 'смартфон', 'айфон', 'планшет', 'екран', 'монітор', 'застосунок', 'додаток', 'роутер', 'модем', 'телевізор', 'принтер', 'годинник', 'акумулятор', 'батарея', 'машина', 'пристрій', 'система', 'програма', 'сайт', 'гра'],
    joiner: ['і', 'й', 'та', 'потім', 'а', 'але', 'тепер', 'теж'],
  },
  tr: {
    machine: ['laptop', 'bilgisayar', 'bilgisayarim', 'pc', 'telefon', 'telefonum', 'iphone', 'tablet', 'ipad', 'ekran', 'monitor', 'uygulama', 'modem', 'router', 'televizyon', 'yazici', 'konsol', 'saat', 'batarya', 'pil', 'araba', 'cihaz', 'sistem', 'program', 'site', 'oyun'],
    joiner: ['ve', 'sonra', 'ama', 'simdi', 'de', 'da'],
  },
  el: {
    machine: ['λαπτοπ', 'laptop', 'υπολογιστης', 'υπολογιστη', 'pc', 'κινητο', 'τηλεφωνο', 'iphone', 'tablet', 'ταμπλετ', 'οθονη', 'εφαρμογη', 'ρουτερ', 'router', 'τηλεοραση', 'εκτυπωτης', 'ρολοι', 'μπαταρια', 'αυτοκινητο', 'συσκευη', 'συστημα', 'προγραμμα', 'σελιδα', 'παιχνιδι'],
    joiner: ['και', 'μετα', 'αλλα', 'τωρα', 'επισης'],
  },
  ro: {
    machine: ['laptop', 'calculator', 'pc', 'telefon', 'telefonul', 'iphone', 'tableta', 'ipad', 'ecran', 'ecranul', 'monitor', 'aplicatia', 'aplicatie', 'router', 'modem', 'televizor', 'imprimanta', 'ceas', 'baterie', 'masina', 'dispozitiv', 'sistem', 'program', 'site', 'joc'],
    joiner: ['si', 'apoi', 'dar', 'acum', 'deci'],
  },
  hu: {
    machine: ['laptop', 'laptopom', 'szamitogep', 'gep', 'pc', 'telefon', 'telefonom', 'mobil', 'iphone', 'tablet', 'ipad', 'kepernyo', 'monitor', 'alkalmazas', 'app', 'router', 'modem', 'tv', 'nyomtato', 'ora', 'akkumulator', 'akku', 'auto', 'eszkoz', 'keszulek', 'rendszer', 'program', 'oldal', 'jatek'],
    joiner: ['es', 'aztan', 'de', 'most', 'is'],
  },
  fi: {
    machine: ['lappari', 'lappa', 'lapparini', 'kannettava', 'tietokone', 'kone', 'pc', 'puhelin', 'puhelimeni', 'kannykka', 'iphone', 'tabletti', 'ipad', 'naytto', 'sovellus', 'appi', 'reititin', 'modeemi', 'telkkari', 'tulostin', 'kello', 'akku', 'auto', 'laite', 'jarjestelma', 'ohjelma', 'sivu', 'peli'],
    joiner: ['ja', 'sitten', 'mutta', 'nyt', 'myos'],
  },
  id: {
    machine: ['laptop', 'komputer', 'pc', 'hp', 'handphone', 'ponsel', 'iphone', 'tablet', 'ipad', 'layar', 'monitor', 'aplikasi', 'apk', 'router', 'modem', 'tv', 'printer', 'konsol', 'jam', 'baterai', 'mobil', 'motor', 'perangkat', 'sistem', 'program', 'situs', 'web', 'game'],
    joiner: ['dan', 'lalu', 'terus', 'jadi', 'tapi', 'sekarang', 'juga'],
  },
  vi: {
    machine: ['laptop', 'may tinh', 'may', 'pc', 'dien thoai', 'dt', 'iphone', 'may tinh bang', 'ipad', 'man hinh', 'ung dung', 'app', 'router', 'modem', 'tivi', 'may in', 'dong ho', 'pin', 'xe', 'thiet bi', 'he thong', 'chuong trinh', 'trang web', 'game'],
    joiner: ['va', 'roi', 'sau do', 'nhung', 'gio', 'cung'],
  },
  tl: {
    machine: ['laptop', 'computer', 'kompyuter', 'pc', 'cellphone', 'cp', 'phone', 'telepono', 'iphone', 'tablet', 'ipad', 'screen', 'app', 'router', 'modem', 'tv', 'printer', 'relo', 'baterya', 'kotse', 'device', 'system', 'website', 'laro'],
    joiner: ['at', 'tapos', 'pero', 'ngayon', 'din', 'rin'],
  },
  ar: {
    machine: ['اللابتوب', 'لابتوب', 'الكمبيوتر', 'كمبيوتر', 'الحاسوب', 'حاسوب', 'الجوال', 'جوال', 'الموبايل', 'موبايل', 'الهاتف', 'هاتف', 'التلفون', 'تلفون', 'ايفون', 'الايفون', 'التابلت', 'الايباد', 'الشاشة', 'شاشة', 'التطبيق', 'تطبيق', 'الراوتر', 'راوتر', 'المودم', 'التلفزيون', 'الطابعة', 'الساعة', 'البطارية', 'السيارة', 'الجهاز', 'جهاز', 'النظام', 'البرنامج', 'الموقع', 'اللعبة'],
    joiner: ['و', 'ثم', 'بعدين', 'لكن', 'بس', 'الان', 'كمان'],
  },
  he: {
    machine: ['הלפטופ', 'לפטופ', 'המחשב', 'מחשב', 'הטלפון', 'טלפון', 'הפלאפון', 'פלאפון', 'אייפון', 'הטאבלט', 'טאבלט', 'המסך', 'מסך', 'האפליקציה', 'אפליקציה', 'הראוטר', 'ראוטר', 'הטלוויזיה', 'המדפסת', 'השעון', 'הסוללה', 'האוטו', 'המכונית', 'המכשיר', 'מכשיר', 'המערכת', 'התוכנה', 'האתר', 'המשחק'],
    joiner: ['ו', 'ואז', 'אז', 'אבל', 'עכשיו', 'גם'],
  },
  hi: {
    machine: ['laptop', 'computer', 'pc', 'phone', 'mobile', 'iphone', 'tablet', 'ipad', 'screen', 'app', 'router', 'modem', 'tv', 'printer', 'watch', 'battery', 'gaadi', 'car', 'device', 'system', 'website', 'game', 'लैपटॉप', 'कंप्यूटर', 'फोन', 'फ़ोन', 'मोबाइल', 'टैबलेट', 'स्क्रीन', 'ऐप', 'राउटर', 'टीवी', 'बैटरी', 'गाड़ी', 'डिवाइस', 'सिस्टम', 'वेबसाइट'],
    joiner: ['aur', 'phir', 'toh', 'to', 'lekin', 'par', 'ab', 'bhi', 'और', 'फिर', 'तो', 'लेकिन', 'पर', 'अब', 'भी'],
  },
  ja: { machine: ['パソコン', 'ノートパソコン', 'pc', 'スマホ', '携帯', '電話', 'iphone', 'タブレット', 'ipad', '画面', 'モニター', 'アプリ', 'ルーター', 'モデム', 'テレビ', 'プリンター', '時計', 'バッテリー', '電池', '端末', '機械', 'システム', 'ソフト', 'サイト', 'ゲーム'] },
  zh: { machine: ['电脑', '電腦', '笔记本', '筆電', '手机', '手機', '电话', '電話', 'iphone', '平板', 'ipad', '屏幕', '螢幕', '显示器', '顯示器', '应用', '應用', 'app', '路由器', '电视', '電視', '打印机', '印表機', '手表', '手錶', '电池', '電池', '设备', '設備', '机器', '機器', '系统', '系統', '软件', '軟體', '网站', '網站', '游戏', '遊戲'] },
  ko: { machine: ['노트북', '컴퓨터', 'pc', '핸드폰', '휴대폰', '전화기', '아이폰', '태블릿', '아이패드', '화면', '모니터', '어플', '공유기', '라우터', '모뎀', '티비', 'tv', '프린터', '시계', '배터리', '기기', '기계', '시스템', '프로그램', '사이트', '게임'] },
  th: { machine: ['โน้ตบุ๊ก', 'โน๊ตบุ๊ค', 'คอมพิวเตอร์', 'คอม', 'โทรศัพท์', 'มือถือ', 'ไอโฟน', 'แท็บเล็ต', 'ไอแพด', 'หน้าจอ', 'จอ', 'แอป', 'แอพ', 'เราเตอร์', 'โมเด็ม', 'ทีวี', 'เครื่องพิมพ์', 'นาฬิกา', 'แบตเตอรี่', 'แบต', 'รถ', 'อุปกรณ์', 'เครื่อง', 'ระบบ', 'โปรแกรม', 'เว็บไซต์', 'เกม'] },
};

/** What a customer wants to stop or end that is not their life: mails, notifications, calls, charges, ads. */
export const NUISANCES: Readonly<Record<string, ConceptTable>> = {
  en: { nuisance: ['email', 'emails', 'e-mails', 'mails', 'newsletter', 'newsletters', 'notification', 'notifications', 'notifs', 'messages', 'texts', 'calls', 'reminder', 'reminders', 'alert', 'alerts', 'ads', 'adverts', 'advertising', 'spam', 'promos', 'offers', 'pop-ups', 'popups', 'charges', 'payments', 'debits', 'renewal', 'renewals', 'invoices', 'marketing', 'survey', 'surveys', 'beeping', 'ringing', 'updates'] },
  de: { nuisance: ['mail', 'mails', 'e-mail', 'e-mails', 'email', 'emails', 'newsletter', 'benachrichtigung*', 'mitteilung*', 'nachrichten', 'sms', 'anrufe', 'erinnerung*', 'werbung', 'spam', 'angebote', 'pop-ups', 'push*', '*abbuchung*', 'abbuchungen', 'lastschrift*', 'zahlung*', 'belastung*', 'verlangerung*', 'rechnungen', 'briefe', 'umfrage*', 'piepen', 'klingeln', 'updates'] },
  nl: { nuisance: ['mails', 'e-mail', 'e-mails', 'email', 'emails', 'nieuwsbrief', 'nieuwsbrieven', 'melding', 'meldingen', 'notificatie*', 'berichten', 'sms', 'smsjes', 'telefoontje*', 'oproep*', 'herinnering*', 'reclame', 'spam', 'aanbiedingen', 'pop-ups', 'pushberichten', 'afschrijving*', 'incasso*', 'betaling*', 'verlenging*', 'facturen', 'brieven', 'enquete*', 'piepen', 'updates'] },
  sv: { nuisance: ['mejl', 'mejlen', 'e-post', 'nyhetsbrev', 'notis', 'notiser', 'notiserna', 'avisering*', 'meddelande*', 'sms', 'sms:en', 'samtal', 'samtalen', 'paminnelse*', 'reklam', 'reklamen', 'spam', 'erbjudanden', 'dragning*', 'debitering*', 'betalning*', 'fornyelse*', 'prenumeration*', 'fakturor', 'enkat*', 'uppdateringar'] },
  da: { nuisance: ['mails', 'e-mail', 'e-mails', 'nyhedsbrev', 'notifikation*', 'beskeder', 'sms', 'opkald', 'paamindelse*', 'påmindelse*', 'reklame', 'reklamer', 'spam', 'tilbud', 'traekning*', 'betaling*', 'fornyelse*', 'fakturaer', 'opdateringer'] },
  no: { nuisance: ['mailer', 'e-post', 'nyhetsbrev', 'varsel', 'varsler', 'varslene', 'meldinger', 'sms', 'anrop', 'oppringning*', 'paminnelse*', 'påminnelse*', 'reklame', 'spam', 'trekk', 'betaling*', 'fornyelse*', 'fakturaer', 'oppdateringer'] },
  es: { nuisance: ['correo', 'correos', 'email', 'emails', 'mails', 'boletin', 'boletines', 'newsletter', 'notificacion*', 'mensajes', 'sms', 'llamadas', 'recordatorio*', 'alerta*', 'anuncio*', 'publicidad', 'spam', 'promocion*', 'ofertas', 'cargos', 'cobros', 'pagos', 'renovacion*', 'facturas', 'cartas', 'encuesta*', 'actualizaciones'] },
  fr: { nuisance: ['mails', 'e-mail', 'e-mails', 'email', 'emails', 'courriel*', 'newsletter*', 'notif', 'notifs', 'notification*', 'messages', 'sms', 'texto*', 'appels', 'rappel*', 'alerte*', 'pub', 'pubs', 'publicite*', 'spam', 'promo*', 'offres', 'prelevement*', 'paiement*', 'renouvellement*', 'factures', 'lettres', 'courrier*', 'sondage*', 'enquete*', 'mises a jour'] },
  pt: { nuisance: ['email', 'emails', 'e-mail', 'e-mails', 'newsletter*', 'notificac*', 'notificaco*', 'mensagens', 'sms', 'ligacoes', 'chamada*', 'lembrete*', 'alerta*', 'anuncio*', 'propaganda*', 'publicidade', 'spam', 'promoc*', 'ofertas', 'cobrancas', 'debito*', 'pagamento*', 'renovac*', 'faturas', 'cartas', 'pesquisa*', 'atualizac*'] },
  it: { nuisance: ['email', 'e-mail', 'newsletter', 'notifica', 'notifiche', 'messaggi', 'sms', 'chiamate', 'telefonat*', 'promemoria', 'avviso', 'avvisi', 'pubblicita', 'spam', 'promozion*', 'offerte', 'addebiti', 'pagamenti', 'rinnovo', 'rinnovi', 'fatture', 'lettere', 'sondaggi*', 'aggiornamenti'] },
  pl: { nuisance: ['e-mail*', 'email*', 'newsletter*', 'powiadomie*', 'wiadomos*', 'sms*', 'esemes*', 'polaczen*', 'przypomnie*', 'reklam*', 'spam*', 'promocj*', 'ofert*', 'obciazen*', 'platnos*', 'pobran*', 'odnowien*', 'subskrypcj*', 'faktur*', 'ankiet*', 'aktualizacj*'] },
  cs: { nuisance: ['mail*', 'e-mail*', 'email*', 'newsletter*', 'notifikac*', 'upozorne*', 'zprav*', 'sms*', 'volani', 'pripomink*', 'reklam*', 'spam*', 'nabid*', 'strzen*', 'obnoven*', 'predplatne', 'faktur*', 'dopis*', 'dotaznik*', 'aktualizac*'] },
  ru: { nuisance: ['письм*', 'рассылк*', 'уведомлен*', 'сообщен*', 'смс*', 'sms', 'звонк*', 'звонок', 'напоминан*', 'реклам*', 'спам*', 'акци*', 'предложен*', 'списан*', 'платеж*', 'продлен*', 'подписк*', 'опрос*', 'обновлен*'] },
  uk: { nuisance: ['розсилк*', 'сповіщен*', 'повідомлен*', 'смс*', 'sms', 'дзвінк*', 'дзвінок', 'нагадуван*', 'реклам*', 'спам*', 'акці*', 'пропозиці*', 'списан*', 'платеж*', 'продовжен*', 'підписк*', 'опитуван*', 'оновлен*'] },
  tr: { nuisance: ['mail*', 'e-posta*', 'eposta*', 'bulten*', 'bildirim*', 'sms*', 'aramalar*', 'hatirlatma*', 'uyari*', 'reklam*', 'spam*', 'kampanya*', 'teklif*', 'kesinti*', 'cekim*', 'yenileme*', 'abonelik*', 'fatura*', 'mektup*', 'anket*', 'guncelleme*'] },
  el: { nuisance: ['email', 'emails', 'mail', 'μειλ', 'newsletter', 'ειδοποιησ*', 'sms', 'υπενθυμισ*', 'διαφημισ*', 'spam', 'προσφορ*', 'χρεωσ*', 'ανανεωσ*', 'συνδρομ*', 'λογαριασμους', 'ερευν*', 'ενημερωσ*'] },
  ro: { nuisance: ['mail*', 'e-mail*', 'email*', 'newsletter*', 'notificar*', 'mesaj*', 'sms*', 'apeluri*', 'memento*', 'reclam*', 'spam*', 'promot*', 'ofert*', 'debitar*', 'reinnoir*', 'abonament*', 'factur*', 'scrisori*', 'sondaj*', 'actualizar*'] },
  hu: { nuisance: ['email*', 'e-mail*', 'hirlevel*', 'ertesites*', 'uzenet*', 'sms*', 'emlekezteto*', 'reklam*', 'spam*', 'ajanlat*', 'terheles*', 'levonas*', 'megujitas*', 'elofizetes*', 'szamla*', 'kerdoiv*', 'frissites*'] },
  fi: { nuisance: ['sahkopost*', 'maili*', 'uutiskirje*', 'ilmoitu*', 'ilmoitukset', 'tekstiviesti*', 'sms*', 'muistutu*', 'mainos*', 'roskaposti*', 'spam*', 'tarjou*', 'veloitu*', 'uusimis*', 'tilau*', 'lasku*', 'kysely*', 'paivitys*'] },
  id: { nuisance: ['email', 'e-mail', 'surel', 'newsletter', 'notifikasi', 'notif', 'sms', 'panggilan', 'pengingat', 'iklan', 'spam', 'promo', 'penawaran', 'tagihan', 'potongan', 'pembayaran', 'perpanjangan', 'survei', 'update'] },
  vi: { nuisance: ['email', 'mail', 'ban tin', 'thong bao', 'sms', 'cuoc goi', 'nhac nho', 'quang cao', 'spam', 'khuyen mai', 'uu dai', 'tru tien', 'thanh toan', 'gia han', 'hoa don', 'khao sat', 'cap nhat'] },
  tl: { nuisance: ['email', 'emails', 'newsletter', 'notification', 'notifications', 'notif', 'messages', 'texts', 'sms', 'calls', 'paalala', 'reminder', 'ads', 'ad', 'spam', 'promo', 'singil', 'charges', 'renewal', 'bills', 'survey', 'updates'] },
  ar: { nuisance: ['الايميلات', 'ايميلات', 'الرسائل', 'رسائل', 'الاشعارات', 'اشعارات', 'التنبيهات', 'تنبيهات', 'المكالمات', 'مكالمات', 'الاعلانات', 'اعلانات', 'العروض', 'التذكيرات', 'الخصومات', 'الخصم', 'الاقتطاعات', 'المدفوعات', 'الدفعات', 'التجديد', 'الاشتراك', 'الفواتير', 'النشرة', 'النشرات', 'سبام', 'التحديثات', 'الاستبيانات'] },
  he: { nuisance: ['המיילים', 'מיילים', 'ההתראות', 'התראות', 'הפרסומות', 'פרסומות', 'ספאם', 'המבצעים', 'החיובים', 'חיובים', 'החידוש', 'המנוי', 'החשבוניות', 'הסקרים', 'העדכונים', 'הניוזלטר'] },
  hi: { nuisance: ['email', 'emails', 'mails', 'notification', 'notifications', 'messages', 'sms', 'calls', 'reminder', 'ads', 'ad', 'spam', 'promo', 'offers', 'charges', 'deduction', 'renewal', 'updates', 'ईमेल', 'मेल', 'नोटिफिकेशन', 'मैसेज', 'संदेश', 'कॉल', 'विज्ञापन', 'कटौती', 'चार्ज', 'भुगतान'] },
  ja: { nuisance: ['メール', 'メルマガ', '通知', 'プッシュ', 'sms', 'ショートメール', '着信', 'リマインダー', '広告', 'スパム', '迷惑メール', 'キャンペーン', '請求', '引き落とし', 'サブスク', 'アンケート', 'アップデート'] },
  zh: { nuisance: ['邮件', '郵件', '推送', '通知', '短信', '簡訊', '来电', '提醒', '广告', '廣告', '垃圾', '营销', '行銷', '促销', '扣费', '扣款', '扣費', '收费', '续费', '續費', '订阅', '訂閱', '账单', '帳單', '问卷', '問卷'] },
  ko: { nuisance: ['메일', '이메일', '뉴스레터', '알림', '푸시', '문자', 'sms', '리마인더', '광고', '스팸', '이벤트', '프로모션', '청구', '출금', '구독', '설문', '업데이트'] },
  th: { nuisance: ['อีเมล', 'เมล', 'แจ้งเตือน', 'sms', 'เอสเอ็มเอส', 'โฆษณา', 'สแปม', 'โปรโมชั่น', 'โปร', 'ตัดเงิน', 'หักเงิน', 'เรียกเก็บ', 'ต่ออายุ', 'บิล', 'แบบสอบถาม', 'อัปเดต'] },
};

/** A replacement stated as why a thing is not needed any more: a new one, another one, an upgrade. */
export const NEW_ONE: Readonly<Record<string, ConceptTable>> = {
  en: { newOne: ['a new one', 'new one', 'got a new', 'bought a new', 'have a new', 'getting a new', 'got another', 'have another', 'another one', 'new phone', 'new account', 'new laptop', 'new card', 'new number', 'new contract', 'upgraded', 'upgrading', 'switched to', 'switching to', 'replaced it', 'replacing it'] },
  de: { newOne: ['ein neues', 'einen neuen', 'eine neue', 'ein neuer', 'ein anderes', 'einen anderen', 'eine andere', 'neues handy', 'neues konto', 'neuen laptop', 'neue karte', 'neue nummer', 'neuen vertrag', 'umgestiegen', 'gewechselt', 'ersetzt'] },
  nl: { newOne: ['een nieuwe', 'een nieuw', 'een andere', 'een ander', 'nieuwe telefoon', 'nieuw account', 'nieuwe laptop', 'nieuwe kaart', 'nieuw nummer', 'nieuw abonnement', 'overgestapt', 'vervangen', 'geupgraded'] },
  sv: { newOne: ['en ny', 'ett nytt', 'nya', 'en annan', 'ett annat', 'ny telefon', 'nytt konto', 'ny dator', 'nytt kort', 'nytt nummer', 'bytt till', 'uppgraderat', 'ersatt'] },
  da: { newOne: ['en ny', 'et nyt', 'en anden', 'et andet', 'ny telefon', 'ny mobil', 'ny konto', 'nyt kort', 'nyt nummer', 'skiftet til', 'opgraderet', 'erstattet'] },
  no: { newOne: ['en ny', 'et nytt', 'en annen', 'et annet', 'ny telefon', 'ny mobil', 'ny konto', 'nytt kort', 'nytt nummer', 'byttet til', 'oppgradert', 'erstattet'] },
  es: { newOne: ['uno nuevo', 'una nueva', 'otro nuevo', 'otra nueva', 'otra cuenta', 'otro movil', 'otro celular', 'me abri otra', 'me hice otra', 'me compre otro', 'me compre otra', 'tengo otro', 'tengo otra', 'movil nuevo', 'celular nuevo', 'cuenta nueva', 'tarjeta nueva', 'numero nuevo', 'me cambie a', 'cambie de'] },
  fr: { newOne: ['un nouveau', 'une nouvelle', "j'en ai un autre", "j'en ai une autre", 'un autre compte', 'un autre telephone', 'nouveau telephone', 'nouveau compte', 'nouvelle carte', 'nouveau numero', 'nouvel ordi', 'change de', 'passe chez', 'remplace'] },
  pt: { newOne: ['um novo', 'uma nova', 'outro novo', 'outra nova', 'outra conta', 'outro celular', 'tenho outro', 'tenho outra', 'comprei outro', 'comprei outra', 'abri outra', 'celular novo', 'conta nova', 'cartao novo', 'numero novo', 'troquei de', 'mudei para', 'mudei pra'] },
  it: { newOne: ['uno nuovo', 'una nuova', 'un nuovo', "un'altra", 'un altro', 'altro account', 'altro telefono', 'telefono nuovo', 'nuovo telefono', 'nuovo account', 'carta nuova', 'nuova carta', 'nuovo numero', 'ho cambiato', 'sono passato a', 'sono passata a', 'sostituito'] },
  pl: { newOne: ['nowy', 'nowe', 'nowa', 'nowego', 'nowej', 'inne konto', 'inny telefon', 'drugie konto', 'drugi telefon', 'przeszedlem do', 'przeszlam do', 'zmienilem na', 'zmienilam na', 'wymienilem', 'wymienilam'] },
  cs: { newOne: ['novy', 'nove', 'nova', 'noveho', 'jiny ucet', 'jiny telefon', 'druhy ucet', 'presel jsem', 'presla jsem', 'vymenil jsem', 'vymenila jsem'] },
  ru: { newOne: ['новый', 'новое', 'новая', 'новую', 'нового', 'другой аккаунт', 'другой телефон', 'другая карта', 'другую карту', 'второй аккаунт', 'перешел на', 'перешла на', 'поменял на', 'поменяла на', 'заменил', 'заменила'] },
  uk: { newOne: ['новий', 'нове', 'нова', 'нову', 'нового', 'інший акаунт', 'інший телефон', 'іншу картку', 'перейшов на', 'перейшла на', 'поміняв на', 'поміняла на', 'замінив', 'замінила'] },
  tr: { newOne: ['yenisini', 'yeni bir', 'yeni telefon', 'yeni hesap', 'yeni kart', 'yeni numara', 'baska bir', 'baska hesap', 'baska telefon', 'gectim', 'degistirdim'] },
  el: { newOne: ['καινουργιο', 'καινουριο', 'νεο', 'νεα', 'αλλο λογαριασμο', 'αλλο κινητο', 'αλλαξα σε', 'αντικατεστησα', 'αναβαθμισα'] },
  ro: { newOne: ['unul nou', 'una noua', 'un nou', 'o noua', 'alt cont', 'alt telefon', 'telefon nou', 'cont nou', 'card nou', 'numar nou', 'am trecut la', 'am schimbat'] },
  hu: { newOne: ['ujat', 'uj telefon', 'uj fiok', 'uj kartya', 'uj szam', 'masik fiok', 'masik telefon', 'atalltam', 'lecsereltem'] },
  fi: { newOne: ['uuden', 'uusi', 'toisen', 'uusi puhelin', 'uusi tili', 'uusi kortti', 'uusi numero', 'vaihdoin', 'paivitin'] },
  id: { newOne: ['yang baru', 'hp baru', 'akun baru', 'laptop baru', 'kartu baru', 'nomor baru', 'punya baru', 'beli baru', 'sudah ganti', 'udah ganti', 'ganti ke', 'pindah ke', 'akun lain', 'hp lain'] },
  vi: { newOne: ['cai moi', 'may moi', 'dien thoai moi', 'tai khoan moi', 'the moi', 'so moi', 'tai khoan khac', 'da doi sang', 'doi sang', 'chuyen sang', 'da thay'] },
  tl: { newOne: ['bago na', 'bagong phone', 'bagong account', 'bagong cellphone', 'bagong card', 'bagong number', 'may bago', 'ibang account', 'lumipat na', 'nag-upgrade'] },
  ar: { newOne: ['واحد جديد', 'واحدة جديدة', 'جوال جديد', 'هاتف جديد', 'موبايل جديد', 'حساب جديد', 'بطاقة جديدة', 'رقم جديد', 'حساب ثاني', 'حساب اخر', 'جهاز جديد', 'غيرت الى', 'انتقلت الى'] },
  he: { newOne: ['חדש', 'חדשה', 'טלפון חדש', 'חשבון חדש', 'כרטיס חדש', 'מספר חדש', 'חשבון אחר', 'עברתי ל', 'החלפתי'] },
  hi: { newOne: ['naya', 'nayi', 'naya phone', 'naya account', 'naya le liya', 'nayi le li', 'dusra account', 'doosra phone', 'switch kar liya', 'नया', 'नई', 'दूसरा'] },
  ja: { newOne: ['新しい', '新しいの', '買い替え', '買い替えた', '機種変', '乗り換え', '別のアカウント', '別の携帯', '新しく'] },
  zh: { newOne: ['新的', '换了新', '換了新', '买了新', '買了新', '新手机', '新手機', '新账号', '新帳號', '新卡', '新号码', '新號碼', '别的账号', '另一个账号', '换机', '換機', '换成', '換成'] },
  ko: { newOne: ['새로', '새 폰', '새폰', '새 계정', '새 카드', '새 번호', '새거', '새 것', '다른 계정', '기변', '바꿨', '갈아탔'] },
  th: { newOne: ['เครื่องใหม่', 'อันใหม่', 'บัญชีใหม่', 'บัตรใหม่', 'เบอร์ใหม่', 'มือถือใหม่', 'บัญชีอื่น', 'เปลี่ยนเป็น', 'ย้ายไป'] },
};

/** What a customer offers as the reason a charge is higher than shown: a fee, tax, shipping, a tip, the exchange rate. */
export const FEE_REASONS: Readonly<Record<string, ConceptTable>> = {
  en: { feeReason: ['fee', 'fees', 'service charge', 'surcharge', 'tax', 'taxes', 'vat', 'gst', 'shipping', 'postage', 'delivery', 'delivery charge', 'tip', 'gratuity', 'exchange rate', 'conversion', 'currency', 'commission', 'handling', 'deposit', 'tolls', 'toll', 'insurance', 'add-on', 'extras'] },
  de: { feeReason: ['*gebuhr', 'gebuhr*', 'steuer', 'steuern', 'mwst', 'mehrwertsteuer', 'ust', 'versand', '*versandkosten', 'lieferung', 'liefergebuhr', 'trinkgeld', 'aufschlag', 'zuschlag', 'wechselkurs', 'umrechnung', 'wahrung', 'provision', 'kaution', 'maut', 'versicherung', 'servicepauschale', 'bearbeitungsgebuhr'] },
  nl: { feeReason: ['kosten', '*kosten', 'toeslag', 'btw', 'belasting', 'verzending', 'bezorging', 'fooi', 'wisselkoers', 'omrekening', 'valuta', 'provisie', 'commissie', 'borg', 'tol', 'verzekering'] },
  sv: { feeReason: ['avgift', 'avgiften', '*avgift', 'moms', 'skatt', 'frakt', 'frakten', 'leverans', 'dricks', 'växelkurs', 'växelkursen', 'valuta', 'provision', 'deposition', 'försäkring', 'tillägg'] },
  da: { feeReason: ['gebyr', 'gebyret', '*gebyr', 'moms', 'skat', 'fragt', 'levering', 'drikkepenge', 'vekselkurs', 'valuta', 'provision', 'depositum', 'forsikring', 'tillæg'] },
  no: { feeReason: ['gebyr', 'gebyret', '*gebyr', 'avgift', 'mva', 'moms', 'skatt', 'frakt', 'levering', 'tips', 'vekslingskurs', 'valuta', 'provisjon', 'depositum', 'forsikring', 'tillegg'] },
  es: { feeReason: ['comision', 'comisiones', 'tarifa', 'cargo por servicio', 'recargo', 'impuesto', 'impuestos', 'iva', 'envio', 'gastos de envio', 'entrega', 'propina', 'tipo de cambio', 'cambio de moneda', 'conversion', 'divisa', 'fianza', 'deposito', 'peaje', 'seguro', 'extra', 'extras'] },
  fr: { feeReason: ['frais', 'taxe', 'taxes', 'tva', 'livraison', 'frais de port', 'port', 'pourboire', 'supplement', 'majoration', 'taux de change', 'change', 'conversion', 'devise', 'commission', 'caution', 'depot', 'peage', 'assurance', 'options'] },
  pt: { feeReason: ['taxa', 'taxas', 'tarifa', 'imposto', 'impostos', 'iof', 'iva', 'frete', 'entrega', 'portes', 'gorjeta', 'acrescimo', 'cambio', 'conversao', 'moeda', 'comissao', 'caucao', 'deposito', 'pedagio', 'portagem', 'seguro', 'adicional'] },
  it: { feeReason: ['commissione', 'commissioni', 'tariffa', 'costi di servizio', 'supplemento', 'sovrapprezzo', 'tassa', 'tasse', 'iva', 'spedizione', 'consegna', 'mancia', 'cambio', 'conversione', 'valuta', 'cauzione', 'deposito', 'pedaggio', 'assicurazione', 'extra'] },
  pl: { feeReason: ['oplat*', 'prowizj*', 'podatek', 'podatku', 'vat', 'wysylk*', 'dostaw*', 'napiw*', 'kurs', 'kursu', 'przewalutowan*', 'walut*', 'kaucj*', 'depozyt*', 'ubezpieczen*', 'doplat*'] },
  cs: { feeReason: ['poplat*', 'proviz*', 'dan', 'dph', 'postovn*', 'doprav*', 'doruceni', 'spropitn*', 'kurz*', 'prepocet', 'men*', 'kauc*', 'pojisten*', 'priplat*'] },
  ru: { feeReason: ['комисси*', 'сбор*', 'налог*', 'ндс', 'доставк*', 'чаевы*', 'курс*', 'конвертац*', 'валют*', 'залог*', 'депозит*', 'страховк*', 'наценк*', 'доплат*'] },
  uk: { feeReason: ['комісі*', 'збір', 'збору', 'податок', 'податку', 'пдв', 'доставк*', 'чайов*', 'курс*', 'конвертаці*', 'валют*', 'застав*', 'депозит*', 'страховк*', 'доплат*'] },
  tr: { feeReason: ['ucret*', 'komisyon*', 'vergi*', 'kdv', 'kargo*', 'teslimat*', 'bahsis*', 'kur', 'kurdan', 'kurundan', 'doviz*', 'depozito*', 'sigorta*', 'hizmet bedeli', 'ek ucret'] },
  el: { feeReason: ['χρεωση υπηρεσιας', 'προμηθει*', 'τελ*', 'φορο*', 'φπα', 'μεταφορικ*', 'αποστολη', 'παραδοση', 'φιλοδωρημα', 'ισοτιμια', 'μετατροπη', 'νομισμα', 'εγγυηση', 'ασφαλεια', 'επιβαρυνση'] },
  ro: { feeReason: ['comision*', 'taxa', 'taxe', 'taxa de serviciu', 'impozit*', 'tva', 'livrare*', 'transport*', 'bacsis*', 'curs*', 'conversie', 'valuta', 'garantie', 'depozit*', 'asigurare', 'supliment*'] },
  hu: { feeReason: ['dij*', 'kezelesi dij', 'jutalek*', 'ado*', 'afa', 'szallitas*', 'kiszallitas*', 'borravalo*', 'arfolyam*', 'atvaltas*', 'penznem*', 'kaucio*', 'biztositas*', 'felar*'] },
  fi: { feeReason: ['maksu', 'palvelumaksu', 'toimitusmaksu', 'kulut', 'vero', 'alv', 'toimitus*', 'postikulu*', 'tippi*', 'vaihtokurssi*', 'valuuttamuunnos', 'valuutta*', 'provisio*', 'takuumaksu', 'vakuutus*', 'lisamaksu*'] },
  id: { feeReason: ['biaya', 'biaya layanan', 'biaya admin', 'admin', 'pajak', 'ppn', 'ongkir', 'ongkos kirim', 'pengiriman', 'tip', 'kurs', 'konversi', 'mata uang', 'komisi', 'deposit', 'asuransi', 'tol'] },
  vi: { feeReason: ['phi', 'phi dich vu', 'thue', 'vat', 'phi ship', 'phi giao hang', 'ship', 'van chuyen', 'tien tip', 'ty gia', 'quy doi', 'doi tien', 'hoa hong', 'dat coc', 'bao hiem', 'phu phi'] },
  tl: { feeReason: ['fee', 'fees', 'service charge', 'singil', 'bayad sa serbisyo', 'buwis', 'tax', 'vat', 'shipping', 'delivery', 'sf', 'tip', 'exchange rate', 'conversion', 'palitan', 'komisyon', 'deposit', 'insurance', 'dagdag'] },
  ar: { feeReason: ['رسوم', 'رسم', 'ضريبة', 'الضريبة', 'الشحن', 'التوصيل', 'بقشيش', 'البقشيش', 'سعر الصرف', 'التحويل', 'العملة', 'عمولة', 'العمولة', 'تأمين', 'التأمين', 'مبلغ اضافي', 'اضافي'] },
  he: { feeReason: ['עמלה', 'העמלה', 'עמלת', 'דמי', 'מס', 'מעמ', 'מע"מ', 'משלוח', 'המשלוח', 'טיפ', 'שער', 'המרה', 'מטבע', 'פיקדון', 'ביטוח', 'תוספת'] },
  hi: { feeReason: ['fee', 'fees', 'charge', 'charges', 'tax', 'gst', 'delivery', 'delivery charge', 'shipping', 'tip', 'exchange rate', 'conversion', 'commission', 'deposit', 'convenience fee', 'platform fee', 'शुल्क', 'फीस', 'टैक्स', 'कर', 'डिलीवरी', 'कमीशन'] },
  ja: { feeReason: ['手数料', 'サービス料', '税', '消費税', '税込', '送料', '配送料', '配達料', 'チップ', '為替', 'レート', '換算', '通貨', '保証金', '保険', '追加料金', 'オプション'] },
  zh: { feeReason: ['手续费', '手續費', '服务费', '服務費', '税', '稅', '运费', '運費', '配送费', '配送費', '小费', '小費', '汇率', '匯率', '换汇', '換匯', '货币', '貨幣', '佣金', '押金', '保险', '保險', '附加费', '附加費'] },
  ko: { feeReason: ['수수료', '서비스료', '봉사료', '세금', '부가세', '배송비', '배달비', '팁', '환율', '환전', '통화', '보증금', '보험', '추가 요금', '추가요금'] },
  th: { feeReason: ['ค่าธรรมเนียม', 'ค่าบริการ', 'ภาษี', 'vat', 'ค่าส่ง', 'ค่าจัดส่ง', 'ทิป', 'อัตราแลกเปลี่ยน', 'ค่าเงิน', 'แปลงสกุล', 'คอมมิชชั่น', 'มัดจำ', 'ประกัน', 'ค่าใช้จ่ายเพิ่ม'] },
};
