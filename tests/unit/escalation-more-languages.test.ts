/**
 * Language packs added after the first twenty (./lang/uk.ts, cs.ts, ro.ts, he.ts, hu.ts, da.ts, no.ts, fi.ts,
 * tl.ts, Malay in id.ts): per language, one message for every category that must escalate (human request,
 * anger, security, legal, regulator, churn, vulnerable, self-harm, frustration) and near misses that must
 * not (a hypothetical theft, adding a person to an account, what a fee covers, negated, resolved, thanks).
 * Before these packs the positives matched nothing or only an English word. Sentences written for this
 * test; no language is given, so the language guess (../../src/escalation/language.ts) must find it.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguages } from '../../src/escalation/language.js';
import { escalatedAs } from '../helpers/escalated-as.js';

describe("Ukrainian (uk)", () => {
  it.each([
    ["human_request", "Хочу поговорити з оператором"],
    ["human_request", "з'єднайте мене з живою людиною, будь ласка"],
    ["human_request", "Можете дати мені справжню людину, а не бота?"],
    ["anger", "Це жахливий сервіс, ганьба!"],
    ["anger", "Ви знущаєтесь? Набридло вже, неподобство"],
    ["security", "У мене вкрали телефон, там відкритий застосунок банку"],
    ["security", "Я загубила картку, заблокуйте її терміново"],
    ["security", "Мій акаунт зламали, пароль змінили"],
    ["security", "Хтось зайшов у мій акаунт і змінив пошту"],
    ["security", "З картки списали 2000 грн, я цього не робив"],
    ["security", "Невідома операція на 500 грн, це не я"],
    ["security", "Мені подзвонили нібито зі служби безпеки банку, і я продиктував код з смс"],
    ["security", "У мене немає зв'язку з ранку, а тепер приходять коди, яких я не запитував"],
    ["security", "Я перевів гроші продавцю, а він заблокував мене"],
    ["legal", "Я звернуся до юриста, якщо ви не повернете гроші"],
    ["legal", "Подам на вас до суду"],
    ["regulator", "Я напишу скаргу до НБУ"],
    ["regulator", "Поскаржуся в Держпродспоживслужбу"],
    ["churn", "Хочу розірвати договір"],
    ["churn", "Закрийте мій рахунок, я переходжу до монобанку"],
    ["vulnerable", "Мій батько помер минулого тижня, що робити з його рахунком?"],
    ["vulnerable", "Я втратила роботу і мені нема чим платити за кредит, я у відчаї, мої діти"],
    ["self_harm", "Я не хочу жити"],
    ["self_harm", "Всім буде краще без мене"],
    ["frustration", "Я пишу вже втретє, і ніхто не відповідає"],
    ["frustration", "Чекаю відповіді вже два тижні"],
  ] as const)('%s: %j', async (category, text) => {
    expect(await escalatedAs(text)).toBe(category);
  });

  it.each([
    ["Що робити, якщо в мене вкрадуть картку?"],
    ["Як додати людину до мого акаунта?"],
    ["Що покриває комісія за розірвання договору?"],
    ["Моя картка не була вкрадена, я просто забула її вдома"],
    ["Я знайшла картку, все гаразд"],
    ["Як захистити акаунт від хакерів?"],
    ["Дякую, ви дуже допомогли!"],
    ["Скільки коштує закрити рахунок?"],
    ["Чи може хтось зайти в мій акаунт, якщо знає мою пошту?"],
    ["Де моє замовлення?"],
    ["Що буде, якщо мою картку вкрадуть?"],
  ] as const)('near miss does not escalate: %j', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

describe("Czech (cs)", () => {
  it.each([
    ["human_request", "Chci mluvit s operátorem"],
    ["human_request", "prepojte me prosim na ziveho cloveka"],
    ["human_request", "Můžu se spojit s nějakým skutečným člověkem? Ne s botem."],
    ["anger", "To je hnus, naprosto otřesná služba!"],
    ["anger", "Jste úplně nekompetentní, ostuda"],
    ["security", "Ukradli mi mobil a mám v něm bankovnictví"],
    ["security", "Ztratila jsem kartu, zablokujte ji prosím"],
    ["security", "Někdo mi hacknul účet a změnil heslo"],
    ["security", "Na účtu mám platbu 2500 Kč, kterou jsem neprovedl"],
    ["security", "Volal mi údajně pracovník banky a já jsem mu nadiktoval kód z SMS"],
    ["security", "Od rána nemám signál a chodí mi kódy, které jsem nežádal"],
    ["security", "Zaplatil jsem prodejci zálohu a teď mě zablokoval"],
    ["security", "ukradli mi penezenku s kartou, jsem v panice"],
    ["legal", "Pokud mi nevrátíte peníze, obrátím se na právníka"],
    ["legal", "Podám na vás žalobu"],
    ["regulator", "Podám stížnost na ČOI"],
    ["regulator", "Napíšu stížnost finančnímu arbitrovi"],
    ["churn", "Chci zrušit smlouvu"],
    ["churn", "Zrušte mi účet, přecházím k Air Bank"],
    ["vulnerable", "Minulý týden mi zemřel otec, co mám dělat s jeho účtem?"],
    ["vulnerable", "Přišla jsem o práci a nemám z čeho zaplatit splátku, jsem zoufalá, moje děti"],
    ["self_harm", "Už nechci žít"],
    ["self_harm", "Všem bude líp beze mě"],
    ["frustration", "Píšu vám už potřetí a nikdo neodpovídá"],
    ["frustration", "Čekám na odpověď už dva týdny"],
    ["security", "nekdo mi hacknul ucet, nemuzu se prihlasit"],
  ] as const)('%s: %j', async (category, text) => {
    expect(await escalatedAs(text)).toBe(category);
  });

  it.each([
    ["Co mám dělat, když mi ukradnou kartu?"],
    ["Jak přidám další osobu ke svému účtu?"],
    ["Co pokrývá poplatek za zrušení smlouvy?"],
    ["Karta nebyla ukradena, jen jsem ji nechal doma"],
    ["Našla jsem kartu, všechno v pořádku"],
    ["Jak si můžu ochránit účet před hackery?"],
    ["Děkuji, moc jste mi pomohli!"],
    ["Kolik stojí zrušení účtu?"],
    ["Může se někdo dostat do mého účtu, když zná můj e-mail?"],
    ["Kde je moje objednávka?"],
    ["co se stane kdyz mi nekdo ukradne kartu?"],
    ["nekdo mi volal z banky, je to v poradku?"],
    ["Co se stane, když mi někdo ukradne telefon?"],
  ] as const)('near miss does not escalate: %j', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

describe("Romanian (ro)", () => {
  it.each([
    ["human_request", "Vreau să vorbesc cu un operator"],
    ["human_request", "puneti-ma in legatura cu un om real va rog"],
    ["human_request", "Nu mai vreau să vorbesc cu un robot, dați-mi un consultant"],
    ["anger", "Sunteți niște hoți, bătaie de joc!"],
    ["anger", "Servicii jalnice, rușine să vă fie, sunt furios"],
    ["security", "Mi-au furat telefonul și am aplicația băncii pe el"],
    ["security", "Am pierdut cardul, vă rog să-l blocați"],
    ["security", "Mi-a fost spart contul, cineva a schimbat parola"],
    ["security", "Cineva s-a logat în contul meu și a comandat ceva"],
    ["security", "Am o tranzacție de 300 lei pe care nu am făcut-o"],
    ["security", "M-a sunat cineva care pretindea că e de la bancă și i-am dat codul din SMS"],
    ["security", "Nu am semnal de azi-dimineață și primesc coduri pe care nu le-am cerut"],
    ["security", "Am plătit avansul vânzătorului și acum m-a blocat"],
    ["security", "mi-au furat portofelul cu cardul in autobuz"],
    ["legal", "Dacă nu îmi returnați banii, mă adresez unui avocat"],
    ["legal", "Vă dau în judecată"],
    ["regulator", "Fac reclamație la ANPC"],
    ["regulator", "Voi depune o plângere la Protecția Consumatorului"],
    ["churn", "Vreau să reziliez contractul"],
    ["churn", "Închideți-mi contul, trec la Banca Transilvania"],
    ["vulnerable", "Tatăl meu a murit săptămâna trecută, ce fac cu contul lui?"],
    ["vulnerable", "Am rămas fără loc de muncă și nu pot plăti rata, sunt disperată, copiii mei"],
    ["self_harm", "Nu mai vreau să trăiesc"],
    ["self_harm", "Toți ar fi mai bine fără mine"],
    ["frustration", "Vă scriu a treia oară și nu răspunde nimeni"],
    ["frustration", "Aștept un răspuns de două săptămâni"],
  ] as const)('%s: %j', async (category, text) => {
    expect(await escalatedAs(text)).toBe(category);
  });

  it.each([
    ["Ce fac dacă îmi fură cineva cardul?"],
    ["Cum pot adăuga o persoană în contul meu?"],
    ["Ce acoperă taxa de reziliere a contractului?"],
    ["Cardul nu a fost furat, l-am uitat acasă"],
    ["Am găsit cardul, totul e în regulă"],
    ["Cum îmi protejez contul de hackeri?"],
    ["Mulțumesc, m-ați ajutat foarte mult!"],
    ["Cât costă închiderea contului?"],
    ["Poate cineva să intre în contul meu dacă îmi știe emailul?"],
    ["Unde este comanda mea?"],
    ["ce se intampla daca pierd telefonul?"],
    ["Ce se întâmplă, dacă îmi pierd cardul?"],
  ] as const)('near miss does not escalate: %j', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

describe("Hebrew (he)", () => {
  it.each([
    ["human_request", "אני רוצה לדבר עם נציג"],
    ["human_request", "תעבירו אותי לנציג אנושי בבקשה"],
    ["human_request", "נמאס לי מהבוט, אפשר בן אדם אמיתי?"],
    ["anger", "שירות מחפיר, בושה וחרפה!"],
    ["anger", "אתם נוכלים, אני כועס מאוד"],
    ["security", "גנבו לי את הטלפון והאפליקציה של הבנק פתוחה בו"],
    ["security", "איבדתי את הכרטיס, תחסמו אותו בבקשה"],
    ["security", "פרצו לי לחשבון ושינו את הסיסמה"],
    ["security", "מישהו נכנס לחשבון שלי והזמין דברים"],
    ["security", "יש חיוב של 300 שקל שלא ביצעתי"],
    ["security", "התקשר אליי מישהו שהתחזה לנציג של הבנק ונתתי לו את הקוד מהסמס"],
    ["security", "אין לי קליטה מהבוקר ומגיעים קודים שלא ביקשתי"],
    ["security", "שילמתי למוכר מקדמה ועכשיו הוא חסם אותי"],
    ["legal", "אם לא תחזירו לי את הכסף אני אפנה לעורך דין"],
    ["legal", "אני אתבע אתכם"],
    ["regulator", "אני אגיש תלונה לבנק ישראל"],
    ["regulator", "אני מתלונן ברשות הגנת הצרכן"],
    ["churn", "אני רוצה לבטל את המנוי"],
    ["churn", "תסגרו לי את החשבון, אני עובר לפפר"],
    ["vulnerable", "אבא שלי נפטר בשבוע שעבר, מה עושים עם החשבון שלו?"],
    ["vulnerable", "פוטרתי ואין לי ממה לשלם את המשכנתא, אני מיואשת, הילדים שלי"],
    ["self_harm", "אני לא רוצה לחיות יותר"],
    ["self_harm", "לכולם יהיה יותר טוב בלעדיי"],
    ["frustration", "אני כותב לכם בפעם השלישית ואף אחד לא עונה"],
    ["frustration", "אני מחכה לתשובה כבר שבועיים"],
    ["security", "נפלתי בעוקץ, העברתי כסף למישהו שהתחזה לחברה שלכם"],
  ] as const)('%s: %j', async (category, text) => {
    expect(await escalatedAs(text)).toBe(category);
  });

  it.each([
    ["מה עושים אם גונבים לי את הכרטיס?"],
    ["איך מוסיפים אדם נוסף לחשבון שלי?"],
    ["מה מכסה עמלת הביטול של החוזה?"],
    ["הכרטיס לא נגנב, פשוט שכחתי אותו בבית"],
    ["מצאתי את הכרטיס, הכל בסדר עכשיו"],
    ["איך אני מגן על החשבון מפני האקרים?"],
    ["תודה רבה, עזרתם לי מאוד!"],
    ["כמה עולה לסגור את החשבון?"],
    ["האם מישהו יכול להיכנס לחשבון שלי אם הוא יודע את המייל שלי?"],
    ["איפה ההזמנה שלי?"],
    ["איך מדווחים על הונאה?"],
    ["האם אפשר לבטל את המנוי אם אני עובר דירה?"],
    ["מה קורה, אם גונבים לי את הטלפון?"],
  ] as const)('near miss does not escalate: %j', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

describe("Hungarian (hu)", () => {
  it.each([
    ["human_request", "Ügyintézővel szeretnék beszélni"],
    ["human_request", "kapcsoljon át egy élő emberrel legyszi"],
    ["human_request", "Nem akarok robottal beszélni, kérek egy ügyintézőt"],
    ["anger", "Felháborító, pofátlan társaság vagytok!"],
    ["anger", "Ez szánalmas, elegem van, a legrosszabb szolgáltató"],
    ["security", "Ellopták a telefonomat, rajta van a banki alkalmazás"],
    ["security", "Elvesztettem a kártyámat, kérem tiltsák le"],
    ["security", "Feltörték a fiókomat és megváltoztatták a jelszót"],
    ["security", "Valaki belépett a fiókomba és rendelt valamit"],
    ["security", "Van egy 20000 forintos terhelés a számlámon, amit nem én csináltam"],
    ["security", "Felhívott valaki, aki a bank nevében kiadta magát, és megadtam neki az sms kódot"],
    ["security", "Reggel óta nincs térerőm és jönnek a kódok, amiket nem kértem"],
    ["security", "Átutaltam az előleget az eladónak és most letiltott"],
    ["legal", "Ha nem adják vissza a pénzem, ügyvédhez fordulok"],
    ["legal", "Beperelem önöket"],
    ["regulator", "Panaszt teszek az MNB-nél"],
    ["regulator", "A fogyasztóvédelemhez fordulok panasszal"],
    ["churn", "Fel akarom mondani a szerződésemet"],
    ["churn", "Zárják be a számlámat, átmegyek az OTP-hez"],
    ["vulnerable", "Az édesapám múlt héten meghalt, mi legyen a számlájával?"],
    ["vulnerable", "Elvesztettem a munkámat és nem tudom kifizetni a részletet, kétségbe vagyok esve, a gyerekeim"],
    ["self_harm", "Nem akarok tovább élni"],
    ["self_harm", "Mindenkinek jobb lenne nélkülem"],
    ["frustration", "Már harmadszor írok és senki nem válaszol"],
    ["frustration", "Két hete várom a választ"],
  ] as const)('%s: %j', async (category, text) => {
    expect(await escalatedAs(text)).toBe(category);
  });

  it.each([
    ["Mi a teendő, ha ellopják a kártyámat?"],
    ["Hogyan adhatok hozzá egy másik személyt a fiókomhoz?"],
    ["Mit fedez a felmondási díj?"],
    ["A kártyámat nem lopták el, csak otthon hagytam"],
    ["Megtaláltam a kártyát, minden rendben"],
    ["Hogyan védhetem meg a fiókomat a hackerektől?"],
    ["Köszönöm, nagyon sokat segítettek!"],
    ["Mennyibe kerül a számla megszüntetése?"],
    ["Hozzáférhet valaki a fiókomhoz, ha tudja az email címemet?"],
    ["Hol van a rendelésem?"],
    ["mi tortenik ha elvesztem a telefonom?"],
  ] as const)('near miss does not escalate: %j', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

describe("Danish (da)", () => {
  it.each([
    ["human_request", "Jeg vil gerne tale med en medarbejder"],
    ["human_request", "kan i stille mig videre til et rigtigt menneske tak"],
    ["human_request", "Jeg vil ikke skrive med en robot, giv mig en rigtig person"],
    ["anger", "Det er elendigt og helt uacceptabelt, jeg er rasende"],
    ["anger", "Sikke en lort service, I er nogle svindlere"],
    ["security", "Min telefon er blevet stjålet, og jeg har MobilePay på den"],
    ["security", "Jeg har mistet mit kort, kan I spærre det?"],
    ["security", "Min konto er blevet hacket og nogen har ændret adgangskoden"],
    ["security", "Nogen har logget ind på min konto og bestilt ting"],
    ["security", "Der er en betaling på 800 kr som jeg ikke genkender"],
    ["security", "En ringede og sagde han var fra banken, og jeg gav ham koden fra MitID"],
    ["security", "Jeg har intet signal siden i morges og får koder jeg ikke har bedt om"],
    ["security", "Jeg betalte sælgeren via MobilePay og nu har han blokeret mig"],
    ["legal", "Hvis I ikke refunderer pengene, kontakter jeg min advokat"],
    ["legal", "Jeg vil sagsøge jer"],
    ["regulator", "Jeg klager til Forbrugerombudsmanden"],
    ["regulator", "Jeg vil indgive en klage til Finanstilsynet"],
    ["churn", "Jeg vil opsige mit abonnement"],
    ["churn", "Luk min konto, jeg skifter til Telenor"],
    ["vulnerable", "Min far døde i sidste uge, hvad gør jeg med hans konto?"],
    ["vulnerable", "Jeg har mistet mit job og kan ikke betale huslejen, jeg er desperat, mine børn"],
    ["self_harm", "Jeg vil ikke leve mere"],
    ["self_harm", "Alle ville have det bedre uden mig"],
    ["frustration", "Det er tredje gang jeg skriver og ingen svarer"],
    ["frustration", "Jeg har ventet på svar i to uger"],
  ] as const)('%s: %j', async (category, text) => {
    expect(await escalatedAs(text)).toBe(category);
  });

  it.each([
    ["Hvad gør jeg hvis mit kort bliver stjålet?"],
    ["Hvordan tilføjer jeg en person til min konto?"],
    ["Hvad dækker opsigelsesgebyret?"],
    ["Mit kort er ikke blevet stjålet, jeg havde bare glemt det derhjemme"],
    ["Jeg har fundet kortet, alt er i orden"],
    ["Hvordan beskytter jeg min konto mod hackere?"],
    ["Tusind tak, I har været en stor hjælp!"],
    ["Hvad koster det at lukke kontoen?"],
    ["Kan nogen logge ind på min konto hvis de kender min e-mail?"],
    ["Hvor er min ordre?"],
  ] as const)('near miss does not escalate: %j', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

describe("Norwegian (no)", () => {
  it.each([
    ["human_request", "Jeg vil snakke med en saksbehandler"],
    ["human_request", "kan dere sette meg over til et ekte menneske"],
    ["anger", "Dette er forferdelig dårlig service, helt uakseptabelt"],
    ["security", "Telefonen min ble stjålet i går, og Vipps er på den"],
    ["security", "Jeg har mistet kortet mitt, kan dere sperre det?"],
    ["security", "Noen har logget inn på kontoen min og endret passordet"],
    ["security", "Det er et trekk på 500 kroner som jeg ikke kjenner igjen"],
    ["security", "Jeg ble lurt av en som sa han var fra banken, og jeg ga ham BankID-koden"],
    ["legal", "Hvis dere ikke betaler tilbake, tar jeg kontakt med advokat"],
    ["regulator", "Jeg skal klage til Forbrukerrådet"],
    ["churn", "Jeg vil si opp abonnementet mitt"],
    ["vulnerable", "Mannen min døde forrige uke, hva gjør jeg med kontoen hans?"],
    ["self_harm", "Jeg vil ikke leve lenger, orker ikke å leve"],
    ["frustration", "Jeg skriver for tredje gang og ingen svarer"],
  ] as const)('%s: %j', async (category, text) => {
    expect(await escalatedAs(text)).toBe(category);
  });

  it.each([
    ["Hva skjer hvis telefonen min blir stjålet?"],
    ["Hvordan legger jeg til en person på kontoen min?"],
    ["Hva dekker oppsigelsesgebyret?"],
    ["Kortet mitt ble ikke stjålet, jeg hadde bare glemt det hjemme"],
    ["Tusen takk for hjelpen!"],
  ] as const)('near miss does not escalate: %j', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

describe("Finnish (fi)", () => {
  it.each([
    ["human_request", "Haluan puhua asiakaspalvelijan kanssa"],
    ["human_request", "yhdistäkää minut oikealle ihmiselle kiitos"],
    ["human_request", "En halua puhua botin kanssa, haluan oikean ihmisen"],
    ["anger", "Tämä on ihan surkeaa palvelua, olen raivoissani"],
    ["anger", "Te olette huijarit, häpeällistä toimintaa"],
    ["security", "Puhelimeni varastettiin ja siinä on pankkisovellus"],
    ["security", "Hukkasin korttini, voitteko sulkea sen?"],
    ["security", "Tilini on hakkeroitu ja salasana vaihdettu"],
    ["security", "Joku kirjautui tililleni ja tilasi tavaraa"],
    ["security", "Tililläni on 200 euron veloitus, jota en tunnista"],
    ["security", "Joku soitti pankista ja annoin hänelle tunnusluvut"],
    ["security", "Minulla ei ole kenttää aamusta asti ja tulee koodeja, joita en pyytänyt"],
    ["security", "Maksoin myyjälle ennakkomaksun ja nyt hän esti minut"],
    ["legal", "Jos ette palauta rahojani, otan yhteyttä asianajajaan"],
    ["legal", "Haastan teidät oikeuteen"],
    ["regulator", "Teen valituksen Finanssivalvontaan"],
    ["regulator", "Vien asian kuluttajariitalautakuntaan"],
    ["churn", "Haluan irtisanoa sopimukseni"],
    ["churn", "Sulkekaa tilini, vaihdan Nordeaan"],
    ["vulnerable", "Isäni kuoli viime viikolla, mitä teen hänen tilinsä kanssa?"],
    ["vulnerable", "Menetin työni enkä pysty maksamaan vuokraa, olen epätoivoinen, lapseni"],
    ["self_harm", "En halua enää elää"],
    ["self_harm", "Kaikilla olisi parempi ilman minua"],
    ["frustration", "Kirjoitan jo kolmannen kerran eikä kukaan vastaa"],
    ["frustration", "Olen odottanut vastausta kaksi viikkoa"],
  ] as const)('%s: %j', async (category, text) => {
    expect(await escalatedAs(text)).toBe(category);
  });

  it.each([
    ["Mitä teen, jos korttini varastetaan?"],
    ["Miten lisään toisen henkilön tililleni?"],
    ["Mitä irtisanomismaksu kattaa?"],
    ["Korttiani ei varastettu, unohdin sen vain kotiin"],
    ["Löysin kortin, kaikki kunnossa"],
    ["Miten voin suojata tilini hakkereilta?"],
    ["Kiitos paljon, olitte suureksi avuksi!"],
    ["Paljonko tilin sulkeminen maksaa?"],
    ["Voiko joku päästä tililleni, jos hän tietää sähköpostini?"],
    ["Missä tilaukseni on?"],
    ["Puhelin on varastossa, milloin se lähetetään?"],
    ["Haluan perua tilauksen"],
  ] as const)('near miss does not escalate: %j', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

describe("Malay, read by the Indonesian pack (ms)", () => {
  it.each([
    ["security", "Telefon saya kena curi, aplikasi bank ada dalam tu"],
    ["security", "Kad saya hilang, boleh tolong sekat?"],
    ["security", "Akaun saya kena godam, kata laluan dah ditukar"],
    ["security", "Ada transaksi RM500 yang saya tak buat"],
    ["security", "Saya kena scam, saya dah bagi kod TAC kepada orang yang mengaku dari bank"],
    ["legal", "Kalau tak pulangkan duit saya, saya akan rujuk peguam"],
    ["regulator", "Saya nak buat aduan kepada Bank Negara"],
    ["churn", "Saya nak tamatkan kontrak, tukar ke Maxis"],
    ["vulnerable", "Ayah saya dah meninggal dunia minggu lepas, macam mana dengan akaun dia?"],
    ["self_harm", "Saya dah tak nak hidup"],
    ["frustration", "Dah kali ketiga saya tanya, tiada jawapan"],
    ["human_request", "Saya nak bercakap dengan ejen"],
    ["human_request", "sambungkan saya dengan wakil khidmat pelanggan"],
    ["anger", "Servis teruk gila, menyampah betul"],
  ] as const)('%s: %j', async (category, text) => {
    expect(await escalatedAs(text)).toBe(category);
  });

  it.each([
    ["Apa jadi kalau kad saya kena curi?"],
    ["Macam mana nak tambah orang dalam akaun saya?"],
    ["Berapa caj untuk tamatkan kontrak?"],
    ["Kad saya tak hilang, saya tertinggal kat rumah je"],
    ["Terima kasih, sangat membantu!"],
  ] as const)('near miss does not escalate: %j', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

describe("Tagalog / Filipino (tl)", () => {
  it.each([
    ["human_request", "Gusto kong makausap ang isang agent"],
    ["human_request", "pwede po ba akong i-connect sa totoong tao"],
    ["human_request", "Ayoko ng bot, kailangan ko ng customer service"],
    ["anger", "Bwisit talaga kayo, walang kwenta ang serbisyo nyo"],
    ["anger", "Nakakagalit na, mga manloloko kayo"],
    ["security", "Nanakaw yung phone ko kanina, naka-login pa yung GCash ko"],
    ["security", "Nawala yung ATM card ko, paki-block po"],
    ["security", "Na-hack yung account ko, pinalitan yung password"],
    ["security", "May nag-login sa account ko at bumili ng kung ano-ano"],
    ["security", "May transaction na 2000 pesos na hindi ko ginawa"],
    ["security", "Na-scam ako, binigay ko yung OTP sa nagpakilalang taga-bank"],
    ["security", "Walang signal yung phone ko simula kaninang umaga tapos may dumadating na OTP na hindi ko hiningi"],
    ["security", "Nagbayad ako ng downpayment sa seller tapos blinock ako"],
    ["legal", "Kapag hindi nyo ibinalik ang pera ko, kakausapin ko ang abogado ko"],
    ["legal", "Kakasuhan ko kayo"],
    ["regulator", "Irereklamo ko kayo sa BSP"],
    ["regulator", "Isusumbong ko kayo sa DTI"],
    ["churn", "Gusto ko nang i-cancel ang subscription ko"],
    ["churn", "Ipasara nyo na account ko, lilipat na ako sa Globe"],
    ["vulnerable", "Namatay ang tatay ko noong isang linggo, ano gagawin sa account niya?"],
    ["vulnerable", "Nawalan ako ng trabaho at hindi ako makabayad ng hulog, hindi ko na alam gagawin, mga anak ko"],
    ["self_harm", "Ayoko nang mabuhay"],
    ["self_harm", "Mas mabuti pang wala ako"],
    ["frustration", "Pangatlong beses ko na itong tinatanong, walang sumasagot"],
    ["frustration", "Dalawang linggo na akong naghihintay ng sagot"],
  ] as const)('%s: %j', async (category, text) => {
    expect(await escalatedAs(text)).toBe(category);
  });

  it.each([
    ["Ano gagawin ko kung manakaw yung card ko?"],
    ["Paano magdagdag ng tao sa account ko?"],
    ["Magkano ang bayad kapag i-cancel ang contract?"],
    ["Hindi nanakaw yung card ko, naiwan ko lang sa bahay"],
    ["Nahanap ko na yung card, okay na po"],
    ["Paano ko po maprotektahan ang account ko sa hacker?"],
    ["Maraming salamat po sa tulong!"],
    ["Nasaan na yung order ko?"],
  ] as const)('near miss does not escalate: %j', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});
