/**
 * Hungarian. normalizeText strips the accents (ő ű → o u, á → a), so terms match as typed with or without
 * them. Hungarian glues case and possessive endings to the noun ("kártyámat", "fiókomba"): nouns are
 * prefixes ("kártya*"), and the customer's own things are listed in their first-person forms for the
 * question guard. A negated verb often splits its preverb ("nem lopták EL"), which then simply does not
 * match "ellopták". Short words that are everyday words elsewhere ("per", "is", "van") are not terms:
 * with a message that gives no language clue every Latin-script pack reads it.
 */
import { REMOTE_TOOLS, type LanguagePack } from './types.js';

const OWN = ['kártyám', 'kártyámat', 'kártyámmal', 'kártyámról', 'kártyámon', 'fiókom', 'fiókomat', 'fiókomba', 'fiókomhoz', 'fiókomból', 'fiókomon', 'számlám', 'számlámat', 'számlámról', 'számlámon', 'számlámhoz', 'számlámra', 'telefonom', 'telefonomat', 'telefonomról', 'telefonomon', 'jelszavam', 'jelszavamat', 'pénzem', 'pénzemet', 'szerződésem', 'szerződésemet', 'előfizetésem', 'előfizetésemet', 'csomagom', 'rendelésem', 'számom', 'számomat'];

export const hu: LanguagePack = {
  code: 'hu',
  // Not "es", "is", "van", "mit", "most", "ma", "te": Spanish, German, English, Dutch, Italian words.
  markers: ['hogy', 'nem', 'vagy', 'egy', 'az', 'ez', 'már', 'még', 'csak', 'kérem', 'köszönöm', 'köszi', 'szeretném', 'szeretnék', 'nekem', 'engem', 'nincs', 'mert', 'miért', 'hol', 'mikor', 'hogyan', 'valaki', 'senki', 'semmi', 'soha', 'tegnap', 'nagyon', 'volt', 'lett', 'vagyok', 'tudok', 'tudom', 'kell', 'lehet', 'itt', 'ott', 'önök', 'azt', 'ezt', 'mindig', 'megint', 'sem', 'lesz', 'akkor'],
  cues: {
    negation: ['nem', 'sem', 'soha', 'senki', 'semmi', 'semmit', 'sehol', 'nincs', 'nincsen', 'nincsenek', 'nélkül', 'se', 'egyáltalán nem'],
    // Not "mi történik, ha": a phrase across the comma would hide its own "ha" from the clause after it.
    hypothetical: ['ha', 'hogyha', 'amennyiben', 'abban az esetben', 'esetén', 'arra az esetre', 'tegyük fel', 'valaha', 'a jövőben'],
    question: ['hogyan', 'hogy tudom', 'hogy lehet', 'hogy kell', 'hogyan tudok', 'mennyi', 'mennyibe', 'mi az', 'mit jelent', 'mit fedez', 'mit tartalmaz', 'mi történik', 'mi a teendő', 'mit kell', 'melyik', 'milyen', 'hol', 'hol tudom', 'lehet', 'lehetséges', 'van lehetőség', 'tudok', 'kérdés', 'kérdésem', 'érdeklődni szeretnék'],
    possibility: ['mi a teendő ha', 'lehetséges', 'lehet hogy', 'hozzáférhet valaki', 'valaki hozzáférhet', 'be tud lépni valaki', 'mi történik ha', 'mi van ha', 'biztonságos', 'mennyire biztonságos'],
    firstPerson: ['én', 'engem', 'nekem', 'tőlem', 'velem', 'rólam', 'enyém', 'az enyém', 'mi', 'minket', 'nekünk', 'saját', ...OWN],
    secondPerson: ['ön', 'önök', 'önöknek', 'önöket', 'maga', 'maguk', 'neked', 'nektek', 'semmit', 'senki', 'nem'],
    resolved: ['megoldódott', 'meg van oldva', 'megoldva', 'megtaláltam', 'meglett', 'megkerült', 'előkerült', 'visszakaptam a pénzem', 'visszautalták', 'téves riasztás', 'már nem aktuális', 'meggondoltam magam', 'maradok', 'minden rendben', 'már rendben van', 'én voltam'],
    past: ['évekkel ezelőtt', 'tavaly', 'egy éve', 'nagyon régen', 'pár éve'],
    recent: ['ma', 'ma reggel', 'most', 'épp most', 'tegnap', 'tegnap este', 'egy órája', 'pár perce'],
    thirdParty: ["barát*", "kolléga*", "szomszéd*", "unokatestvér*", "nővér*", "öcsé*", "bátyá*", "ismerős*", "sógor*"],
    precaution: ["jelszavam", "jelszót cserél", "jelszavamat", "megvédeni magam", "én is", "a biztonság kedvéért", "kell-e"],
    mistaken: ["azt hittem", "azt gondoltam", "féltem"],
    obligation: ["kell-e", "muszáj"],
    prevention: ['védeni', 'megvéd*', 'védhet*', 'védjem', 'védelm*', 'megelőzni', 'megelőzés', 'elkerülni', 'biztonságosabbá', 'kétlépcsős', 'kétfaktoros', '2fa', 'postán', 'szállítás közben', 'a hírekben', 'hallottam hogy', 'olvastam hogy', 'a barátomnak', 'a barátnőmnek'],
    consequence: ['díj', 'díja', 'díjat', 'költség', 'kerül', 'mennyibe kerül', 'kötbér', 'büntetés', 'felmondási idő', 'mennyi idő', 'mi történik', 'visszatérítés', 'elveszítem', 'fedez', 'tartalmaz', 'barmikor'],
    demonstrative: ['ezt', 'ezeket', 'ez a', 'ezek a', 'ezt a'],
    indefinite: ['egy', 'valamilyen', 'valami'],
    actObject: ['ezt', 'azt', 'őket', 'semmit', 'egyiket sem'],
    contrast: ['de', 'viszont', 'azonban', 'pedig', 'és most'],
    notNegating: ['nem hiszem el', 'el sem hiszem', 'nem értem hogyan', 'nem tudom hogyan', 'nem tudom ki', 'nem tudom miért', 'fogalmam sincs', 'nem vettem észre', 'nem tudtam'],
  },
  nounEndings: 'm|om|em|am|im|unk|nak|nek|mnak|mnek|t|ot|et|at|mat|met|ja|je',
  concepts: {
    // churn by what is cancelled, separable and split vows, moved custom; codes not asked for; orders disowned
    cancellable: ["kártyá*", "kártya", "hitelkártyá*", "hitelkártya", "törzsvásárlói kártyá*", "hűségkártyá*", "tagság*", "hűségprogram*", "pontjaim"],
    remoteTool: [...REMOTE_TOOLS, ...['távoli hozzáférés', 'képernyőmegosztás']],
    installedIt: ['telepíttette', 'megkért, hogy telepítsem', 'rávett, hogy telepítsem'],
    // a charge disputed by its kind (frames 'charged-twice', 'charged-after-cancelling'): a verb of being charged, said as a
    // report (not "will I be charged"); twice or double; the customer's own cancellation before it
    charged: ['levontak', 'levontatok', 'levonva', 'leemeltek', 'leemeltetek', 'megterheltek', 'kiszámláztak', 'kiszámláztatok', 'terhelték'],
    duplicate: ['kétszer', 'duplán', 'dupla', 'háromszor'],
    cancelledIt: ['lemondtam', 'felmondtam', 'lemondás után', 'felmondás után', 'annak ellenére hogy lemondtam', 'megszüntettem', 'lemondtam az előfizetést'],
    wishFor: ['akarok', 'szeretnék', 'bárcsak', 'jobb lenne', 'könnyebb lenne', 'arra gondolok'],
    ceaseToBe: ['meghalni', 'eltűnni', 'ne ébredjek fel', 'ne ébredjek fel többé', 'nem ébredni fel', 'ne legyek', 'ne létezzek', 'vége legyen mindennek', 'örökre elaludni'],
    burden: ['teher', 'terhére', 'teherré'],
    everyone: ['mindenkinek', 'mindenki', 'a családomnak', 'a családom', 'a gyerekeimnek'],
    unable: ['nem tudom', 'nem tudok', 'nincs miből', 'nem vagyok képes'],
    payVerb: ['fizetni', 'kifizetni', 'befizetni', 'törleszt*', 'részlet*', 'lakbér*', 'albérlet*', 'számlá*', 'hitel*', 'kölcsön*'],
    partyGone: ['letiltott', 'letiltottak', 'blokkolt', 'blokkoltak', 'nem válaszol', 'nem válaszolnak', 'nem reagál', 'eltűnt', 'eltűntek', 'az oldal eltűnt', 'az oldal nem működik', 'törölte a profilját', 'törölte a hirdetést', 'ki van kapcsolva a telefonja', 'elérhetetlen'],
    signalLost: ['nincs térerő', 'nincs térerőm', 'nincs hálózat', 'csak segélyhívás', 'a sim nem működik', 'a simkártya nem működik', 'a szám nem működik', 'eltűnt a térerő', 'nincs szolgáltatás'],
    securityAlert: ['kód*', 'sms*', 'jelszó', 'bejelentkezés*', 'új eszköz', 'bank*', 'értesítés*', 'pénz*'],
    lockedOut: ['nem tudok belépni', 'nem tudok bejelentkezni', 'nem enged be', 'nem enged belépni', 'a jelszó nem jó', 'a jelszavam nem működik', 'kiléptetett', 'kizártak a fiókomból'],
    unfamiliar: ['ismeretlen címre', 'ismeretlen cím', 'idegen cím*', 'ismeretlen szám', 'megváltoztatták az e-mail*', 'megváltoztatták az email*', 'megváltozott az e-mail*', 'megváltozott a telefonszám*', 'nem az én címem', 'nem az én e-mail*', 'nem az én számom', 'rendelések amiket nem én'],
    lostRef: ['ellopták', 'elvesztettem', 'elhagytam', 'elvitték'],
    carrier: ['a futár', 'futár', 'a sofőr', 'a kézbesítő', 'a postás'],
    keptGoods: ['ellopta a rendelésem', 'ellopta a csomagom', 'megtartotta a csomagot', 'megette az ételem', 'kibontotta a csomagot'],

    card: ['kártya*', 'bankkártya*', 'hitelkártya*', 'betéti kártya*', 'pénztárc*', 'tárcám*', 'pin', 'pin kód*'],
    device: ['telefon*', 'mobil*', 'okostelefon*', 'iphone*', 'laptop*', 'számítógép*', 'tablet*', 'táska', 'táskám*', 'táskát', 'hátizsák*', 'személyi*', 'útlevel*', 'jogosítvány*', 'sim kártya*'],
    stolen: ['ellop*', 'lopás*', 'lopták', 'lopta el', 'tolvaj*', 'kirabol*', 'zsebtolvaj*', 'elvitték', 'megfújták', 'lenyúlták', 'klónoz*'],
    lost: ['elvesztettem', 'elveszett', 'elvesztett*', 'elhagytam', 'elkallód*', 'nem találom', 'sehol sem találom', 'eltűnt'],
    account: ['fiók*', 'számla', 'számlá*', 'bankszámla*', 'jelszó', 'jelszav*', 'bejelentkez*', 'alkalmazás*', 'applikáció*', 'app', 'appot', 'appba', 'netbank*', 'profil*', 'e-mail*', 'email*', 'felhasználó*'],
    hacked: ['feltört*', 'meghackel*', 'hackel*', 'hacker*', 'betörtek', 'illetéktelen*', 'nem én voltam', 'ismeretlen eszköz', 'gyanús bejelentkezés', 'nem tudok belépni', 'nem tudok bejelentkezni', 'kizártak', 'a beleegyezésem nélkül', 'a tudtom nélkül', 'átvették', 'átvette'],
    someone: ['valaki', 'valaki más', 'idegen', 'ismeretlen', 'egy ismeretlen', 'hacker*', 'csaló*', 'tolvaj*', 'az exem', 'volt párom', 'nem tudom ki', 'harmadik fél'],
    accessed: ['elköltött*', 'költött', 'fizetett', 'fizettek', 'belépett', 'beléptek', 'bejelentkezett', 'bejelentkeztek', 'hozzáfért', 'hozzáfértek', 'használta', 'használták', 'használja', 'felvett', 'felvettek', 'levett', 'levettek', 'átutalt', 'átutaltak', 'utalt', 'utaltak', 'a nevemre', 'megváltoztatta a jelszó*', 'megváltoztatták a jelszó*', 'vásárolt', 'vásároltak', 'rendelt', 'rendeltek', 'hitelt vett*', 'leemelt*', 'kiürített*'],
    unauthorised: ['jogosulatlan*', 'engedély nélkül*', 'csalárd*', 'ismeretlen*', 'gyanús*', 'nem én csináltam', 'nem én vettem', 'nem ismerem fel', 'nem ismerem', 'nem az enyém', 'a beleegyezésem nélkül', 'a tudtom nélkül', 'nem vásároltam', 'nem rendeltem', 'nem engedélyeztem', 'nem hagytam jóvá', 'nem én indítottam', 'mi ez a', 'nem foglaltam', 'nem en voltam'],
    disownedRef: ['nem én voltam', 'nem én csináltam', 'nem én vettem', 'nem vásároltam semmit', 'nem rendeltem semmit', 'nem ismerem fel', 'nem ismerem fel őket'],
    transaction: ['tranzakció*', 'terhelés*', 'levonás*', 'fizetés*', 'kifizetés*', 'utalás*', 'átutalás*', 'vásárlás*', 'pénzfelvétel*', 'összeg*', 'beszedés*'],
    money: ['pénz*', 'egyenleg*', 'megtakarítás*', 'nyugdíj*', 'forint*', 'ft', 'huf'],
    vanished: ['eltűnt*', 'hiányzik', 'hiányoznak', 'levonták', 'leemelték', 'lenullázód*', 'kiürült', 'üres', 'nulla'],
    scamContext: ['csaló', 'csalók', 'csalót', 'csalás*', 'átver*', 'becsap*', 'adathalász*', 'phishing', 'hamis*', 'kiadta magát', 'kiadták magukat', 'állítólag', 'a bank nevében', 'biztonsági osztály*', 'biztonságos számla*'],
    gaveAway: ['megadtam', 'elmondtam', 'bediktáltam', 'beírtam', 'begépeltem', 'kitöltöttem', 'elküldtem', 'továbbítottam', 'jóváhagytam', 'megerősítettem', 'telepítettem', 'odaadtam'],
    credentials: ['kód*', 'jelszó', 'jelszav*', 'pin*', 'sms*', 'cvv', 'cvc', 'kártyaszám*', 'kártyaadat*', 'adatai*', 'adatokat', 'adataim*', 'azonosító*'],
    clickedLink: ['rákattintottam', 'megnyitottam a linket', 'a linkre kattintottam', 'kattintottam', 'letöltöttem az alkalmazást'],
    paidOut: ['kifizettem', 'fizettem', 'átutaltam', 'utaltam', 'elutaltam', 'pénzt küldtem', 'vásároltam', 'rendeltem', 'előleg*', 'foglaló*', 'biztonságos számla*'],
    sim: ['sim', 'sim kártya*', 'simkártya*', 'esim', 'számom', 'telefonszám*'],
    swapped: ['kicserélt*', 'cseréltek', 'átvitték', 'hordozták', 'duplikátum*', 'a beleegyezésem nélkül', 'a tudtom nélkül', 'nem kértem', 'nem én kértem', 'valaki más'],
    simEvent: ['nincs térerő', 'nincs térerőm', 'nincs hálózat', 'csak segélyhívás', 'nem működik', 'leállt', 'letiltva', 'letiltották', 'deaktivál*', 'új sim*'],
    suspicion: ['nem kértem', 'nélkül', 'valaki', 'hirtelen', 'furcsa', 'gyanús*', 'csaló*', 'kód', 'kódok', 'kódot', 'számla', 'pénz'],
    invested: ['befektettem', 'befektet*', 'kereskedési platform*', 'kripto*', 'bróker*', 'tőzsde*'],
    cannotWithdraw: ['nem tudom kivenni', 'nem tudom felvenni', 'nem engedik kivenni', 'nem fizetnek ki', 'díjat kérnek a kivételért', 'nem tudok kiutalni'],
    securityStrong: ['átvertek', 'becsaptak', 'csalás áldozata', 'csalók áldozata', 'személyazonosság-lopás', 'személyazonosság lopás', 'feltörték a fiókom', 'feltörték a fiókomat', 'kiürítették a számlám', 'kiürítették a számlámat', 'biztonságos számla', 'valaki belépett', 'kód amit nem kértem', 'csalás'],

    family: ['anyám', 'anyukám', 'édesanyám', 'apám', 'apukám', 'édesapám', 'férjem', 'feleségem', 'fiam', 'lányom', 'bátyám', 'öcsém', 'nővérem', 'húgom', 'nagymamám', 'nagyapám', 'szüleim', 'párom', 'anya', 'apa'],
    diedRef: ['meghalt', 'elhunyt'],
    died: ['meghalt', 'elhunyt', 'halál*', 'temetés*', 'elment közülünk', 'örökre elment', 'halotti anyakönyvi*'],
    bereaved: ['hagyaték*', 'örökös*', 'örökség*', 'özvegy*', 'elhunyt*', 'néhai', 'halotti anyakönyvi kivonat', 'gyászol*', 'halála után'],
    hardship: ['nincs pénzem ételre', 'nincs miből fizetnem', 'nincs miből kifizetnem', 'nincs miből élnem', 'munkanélküli', 'elvesztettem a munkám', 'elvesztettem a munkámat', 'elvesztettem az állásom', 'kirúgtak', 'elbocsátottak', 'végrehajt*', 'csődbe', 'adósságspirál*', 'nyakig vagyok az adósságban'],
    hardshipWeak: ['adósság*', 'tartozás*', 'hátralék*'],
    distress: ['kétségbe vagyok esve', 'kétségbeesett*', 'pánik*', 'félek', 'nem tudom mit csináljak', 'nem tudom mit tegyek', 'sírok', 'könyörgöm', 'a gyerekeim', 'nem bírom', 'nem bírom tovább', 'depresszi*', 'a végemet járom'],
    illness: ['rák', 'rákos', 'kemoterápi*', 'kórházban', 'stroke', 'infarktus*', 'fogyatékos*', 'rokkant*', 'demencia', 'súlyos beteg*'],
    selfHarm: ['megölöm magam', 'megölni magam', 'öngyilkos*', 'véget vetni az életemnek', 'véget vetek az életemnek', 'meg akarok halni', 'meghalni akarok', 'nem akarok élni', 'nem akarok tovább élni', 'nem akarok többé élni', 'nincs értelme élni', 'nincs értelme az életnek', 'mindenkinek jobb lenne nélkülem', 'jobb lenne nélkülem', 'ártani magamnak', 'bántani magam', 'nem akarok felébredni', 'belefáradtam az életbe', 'leugrani a hídról', 'bevenni az összes gyógyszert', 'az utolso uzenetem', 'isten veletek', 'nem birom tovabb', 'az eletnek nincs ertelme', 'nincs ertelme elni', 'nem akarok elni', 'ongyilkos*', 'orokre aludni', 'leugrani a hidrol', 'nem akarok felebredni', 'hamarosan nem leszek itt', 'belefaradtam az eletbe'],
    domesticAbuse: ['családon belüli erőszak', 'bántalmaz*', 'ver engem', 'megver', 'anyaotthon', 'távoltartási'],

    lawyerAction: ['fordulok', 'fordulni', 'felkeresem', 'megkeresem', 'megbízok', 'megbízom', 'konzultálok', 'keresztül', 'elmegyek', 'átadom'],
    lawyer: ['ügyvéd*', 'jogász*', 'jogi osztály*', 'ügyvédi iroda*', 'jogi képviselő*'],
    legalStrong: ['beperel*', 'perelni', 'pereskedni', 'pert indítok', 'pert indítunk', 'perre megyek', 'bíróság*', 'feljelent*', 'rendőrség*', 'jogi lépés*', 'jogi úton', 'jogi eljárás*', 'fizetési felszólítás'],
    chargeback: ['chargeback', 'visszaterhel*', 'vitatott tranzakció', 'vitatom a terhelést'],
    dispute: ['vitat*', 'reklamál*', 'megtámad*'],
    bank: ['bank*', 'a bankom', 'kártyakibocsátó', 'paypal', 'visa', 'mastercard'],
    regulator: ['mnb', 'magyar nemzeti bank*', 'pénzügyi békéltető testület*', 'békéltető testület*', 'fogyasztóvédelem*', 'fogyasztóvédelmi*', 'nmhh', 'gvh', 'gazdasági versenyhivatal*', 'naih', 'adatvédelmi hatóság*', 'ombudsman*', 'alapvető jogok biztos*', 'hatóság*', 'felügyelet*'],
    complain: ['panasz*', 'panaszkod*', 'bejelent*', 'feljelent*', 'fordulok', 'fordulni', 'írok', 'írni', 'jelzem'],
    formalComplaint: ['hivatalos panasz*', 'írásos panasz*', 'panaszt szeretnék tenni', 'panaszt teszek', 'panaszt nyújtok be', 'panaszt akarok tenni', 'vásárlók könyve'],
    future: ['megírom', 'kiírom', 'közzéteszem', 'posztolni fogom', 'mindenkinek elmondom', 'mindenki tudni fogja', 'meg fogom írni'],
    publicity: ['közösségi média', 'közösségi oldal*', 'facebook*', 'instagram*', 'tiktok*', 'twitter*', 'youtube*', 'sajtó*', 'újságíró*', 'média', 'értékelés*', 'egy csillag*', 'nyilvános*'],

    cancel: ['fel akarom mondani', 'fel szeretném mondani', 'le akarom mondani', 'le szeretném mondani', 'meg akarom szüntetni', 'meg szeretném szüntetni', 'be akarom zárni', 'be szeretném zárni', 'törölni akarom', 'lemondani', 'lemondom', 'lemondanám', 'felmond*', 'megszüntet*', 'bezárni', 'bezárom', 'zárják be', 'törölni', 'töröljék', 'töröljétek', 'leiratkoz*', 'kilépni', 'kilépek', 'nem hosszabbítom meg', 'felbontani', 'felbontom'],
    contract: ['szerződés*', 'előfizetés*', 'tarifa*', 'csomag*', 'fiók*', 'számlá*', 'számla', 'tagság*', 'biztosítás*', 'kötvény*', 'szolgáltatás*', 'bérlet*'],
    switchTo: ['átmegyek', 'átmegyünk', 'átállok', 'átpártolok', 'váltok', 'váltani', 'átviszem a számom', 'átvinni a számot'],
    competitor: ['konkurenci*', 'konkurens*', 'másik bank*', 'másik szolgáltató*', 'másik cég*', 'máshova', 'máshol', 'telekom*', 'yettel*', 'vodafone*', 'digi', 'digihez', 'digire', 'otp*', 'erste*', 'raiffeisen*', 'cib*', 'revolut*', 'granit*'],
    churnStrong: ['felmondom a szerződést', 'felmondom a szerződésem', 'felmondom a szerződésemet', 'lemondom az előfizetést', 'lemondom az előfizetésem', 'megszüntetem a számlát', 'megszüntetem a számlámat', 'zárják be a számlám', 'zárják be a számlámat', 'töröljék a fiókom', 'töröljék a fiókomat', 'bankot váltok', 'szolgáltatót váltok', 'átviszem a számom', 'elveszítettek egy ügyfelet', 'itt hagyom önöket', 'otthagyom önöket', 'elég volt önökből'],
    betterOffer: ['jobb ajánlat*', 'olcsóbb', 'kedvezőbb', 'jobb feltételek*', 'jobb díjcsomag*'],

    repeatCount: ['harmadszor', 'negyedszer', 'ötödször', 'tizedszer', 'sokadszor', 'századszor', 'háromszor', 'négyszer', 'ötször', 'tízszer', 'hányszor', 'hányadszor', 'ugyanaz a válasz', 'ugyanazt a választ', 'mindig ugyanaz', 'újra és újra', 'körbe-körbe', 'körbe körbe'],
    awaitReply: ['várom a választ', 'választ várok', 'várok a válaszra', 'nincs válasz', 'semmi válasz', 'senki nem válaszol', 'még mindig nincs válasz', 'senki nem hívott vissza', 'nem hívtak vissza'],
    longTime: ['hete', 'hetek', 'hetek óta', 'két hete', 'két hét', 'hónap*', 'napok óta', 'pár napja', 'örökké'],
    everyTime: ['minden alkalommal', 'mindig', 'minden ügyintéző', 'minden munkatárs'],
    differentAnswer: ['mást mond', 'mást mondanak', 'mást', 'másképp', 'ugyanazt'],
    repeat: ['újra', 'megint', 'ismét', 'még mindig', 'továbbra is', 'már', 'mindig', 'hetek óta', 'többször', 'sokszor', 'másodszor', 'nem működik', 'nem megy'],
    futile: ['senki nem válaszol', 'senki nem segít', 'senki nem csinál semmit', 'nincs válasz', 'válasz nélkül', 'ignorálnak', 'figyelmen kívül', 'nem érted', 'nem értik', 'nem ezt kérdeztem', 'nem segít', 'nem segített', 'haszontalan', 'felesleges', 'már írtam', 'már mondtam', 'ahogy már mondtam', 'olvassa el az üzenetem', 'hülye bot', 'buta bot', 'ez a bot', 'semmi megoldás', 'nem történik semmi', 'már kérdeztem', 'még mindig semmi', 'még mindig várok', 'már próbáltam'],
  },
};
