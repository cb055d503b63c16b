/**
 * Turkish. Letters are folded (ı → i, ş → s, ç → c, ğ → g), suffixes are reached by
 * prefixes ("calin*" → çalındı, çalınan), and the verb's own negation (-ma/-me:
 * çalınmadı) and condition (-sa/-se: çalınırsa) are read from the word's ending.
 */
import { DELIVERY_BRANDS } from './brands.js';
import type { LanguagePack } from './types.js';

export const tr: LanguagePack = {
  code: 'tr',
  markers: ['ve', 'bir', 'bu', 'ben', 'benim', 'bana', 'beni', 'cok', 'ne', 'mi', 'mu', 'da', 'de', 'ile', 'icin', 'ama', 'gibi', 'daha', 'hala', 'degil', 'var', 'yok', 'evet', 'hayir', 'lutfen', 'tesekkurler', 'tesekkur', 'merhaba', 'neden', 'nasil', 'niye', 'sizin', 'siz', 'size', 'bize', 'su', 'ki', 'ya', 'olarak', 'kadar', 'sonra', 'once', 'simdi', 'hic', 'kimse', 'istiyorum', 'yardim', 'edin', 'mısınız', 'misiniz'],
  negatedEnding: /m[ae]d[iu]|m[ae]m[iu]s|m[iu]yor|m[ae]z|m[ae]y[ae]c/,
  conditionalEnding: /(?:r|y)?s[ae](?:m|n|k|niz|lar|ler)?$/,
  cues: {
    negation: ['degil', 'hic', 'asla', 'kimse', 'hicbir', 'hicbir sey', 'olmadan'],
    hypothetical: ['eger', 'sayet', 'olursa', 'durumunda', 'halinde', 'diyelim', 'farz edelim', 'gelecekte', 'ileride', 'bir gun', 'ne olur', 'ne olacak'],
    question: ['nasil', 'ne kadar', 'nedir', 'ne demek', 'neleri kapsar', 'ne yapmaliyim', 'ne yapmam gerek', 'hangi', 'nereden', 'nerede', 'var mi', 'mumkun mu', 'bir sorum var', 'merak ediyorum', 'bilgi almak', 'soru'],
    possibility: ['mumkun mu', '*bilir mi', '*bilirler mi', 'guvenli mi', 'ne kadar guvenli', 'ne olur', 'ne olursa'],
    firstPerson: ['ben', 'beni', 'bana', 'benim', 'bende', 'benden', 'biz', 'bizim', 'bize', 'kendim'],
    secondPerson: ['siz', 'sizin', 'size', 'sizi', 'sen', 'senin', 'sana', 'seni', 'hicbir sey', 'kimse'],
    resolved: ['cozuldu', 'hallettim', 'halloldu', 'kartimi buldum', 'telefonumu buldum', 'geri buldum', 'geri aldim', 'yanlis alarm', 'bosverin', 'bosver', 'vazgectim', 'fikrimi degistirdim', 'kaliyorum', 'gerek kalmadi', 'sorun kalmadi'],
    past: ['yil once', 'yillar once', 'gecen yil', 'uzun zaman once', 'birkac yil once'],
    prevention: ['koru*', 'korumak', 'koruma', 'korunmak', 'onlemek', 'engellemek', 'kacinmak', 'guvenli hale', 'iki adimli', 'iki faktorlu', '2fa'],
    consequence: ['ucret', 'ucreti', 'masraf', 'maliyet', 'ceza', 'cayma bedeli', 'ihbar suresi', 'ne kadar', 'ne olur', 'iade', 'taahhut'],
    contrast: ['ama', 'fakat', 'ancak', 'lakin'],
  },
  concepts: {
    offPlatform: ['elden para', 'elden odeme', 'nakit', 'kendi hesabina', 'uygulama disinda', 'tekrar odeme', 'bir daha odeme'],
    aftermath: ['giremiyorum', 'giris yapamiyorum', 'bakiye sifir', 'bakiyem sifir', 'hesabim bosaltildi', 'param gitti', 'sahteymis', 'dolandiriciymis'],
    complied: ['ben de yaptim', 'yaptim', 'verdim', 'girdim', 'onayladim', 'tikladim'],
    askedTo: ['benden istedi', 'istediler', 'dedi ki', 'dediler', 'dogrulamam', 'onaylamam', 'istedi', 'talep etti', 'istiyor'],
    simChanged: ['degistirilmis', 'degistirildi', 'kopyalanmis', 'tasinmis', 'tasindi', 'yenilenmis', 'cikartilmis', 'cikarilmis'],
    alibiAway: ['hic gitmedim', 'hic bulunmadim', 'yurt disina cikmadim', 'ulke disina cikmadim', 'orada degildim', 'uyuyordum', 'gece yarisi'],
    alibi: ['evdeydim', 'butun gun evdeydim', 'uyuyordum', 'isteydim', 'telefonum yanimda', 'telefon bende'],
    // --- self-harm safety net, hardship and SIM-swap symptoms (frames in ../situations.ts)
    wishFor: ['istiyorum', 'isterdim', 'keske', 'daha iyi olur', 'daha iyi olurdu', 'daha kolay olur', 'dusunuyorum', 'dusunuyordum', 'tercih ederim'],
    ceaseToBe: ['olmek', 'olmek istiyorum', 'olsem', 'uyanmasam', 'hic uyanmasam', 'uyanmamak', 'kaybolmak', 'kaybolsam', 'ortadan kaybolmak', 'yok olmak', 'yok olsam', 'olmasam', 'burada olmasam', 'yasamasam', 'her seyi bitirmek', 'canima kiymak', 'kendimi oldurmek'],
    unable: ['odeyemiyorum', 'odeyemem', 'odeyemeyecegim', 'karsilayamiyorum', 'gucum yetmiyor', 'param yok', 'param yetmiyor', 'yetmiyor'],
    payVerb: ['odeme', 'odemek', 'fatura', 'faturayi', 'kira', 'kirayi', 'taksit', 'borc', 'kredi', 'odeyemiyorum', 'odeyemem'],
    partyGone: ['beni engelledi', 'engellediler', 'cevap vermiyorlar', 'ortadan kayboldu', 'kayboldu', 'site kapandi', 'profilini sildi', 'engelledi', 'engellendim', 'site kapanmis', 'gondermedi', 'numarasi kapali', 'telefonu kapali'],
    signalLost: ['cekmemeye', 'cekmedi', 'cekmiyordu', 'cekmez oldu', 'sebeke gitti', 'sinyal gitti', 'hat gitti', 'servis yok', 'acil cagri', 'sebeke yok', 'sebeke gostermiyor', 'sinyal yok', 'cekmiyor', 'hat kapandi', 'hattim kapandi', 'sim kart calismiyor', 'sadece acil', 'hattim calismiyor', 'sebekeden dustu', 'sebekem yok', 'hattim gitti', 'simkart calismiyor', 'sim yok', 'sim kart yok', 'telefonum cekmiyor', 'aramalar gitmiyor', 'sebeke kapsama disi', 'hattim birden kapandi'],
    securityAlert: ['kod', 'sifre', 'giris', 'bildirim', 'yeni cihaz', 'banka', 'bankamdan', 'uyari', 'mesaj', 'sms', 'para', 'sifre*', 'kod*', 'dogrulama*', 'sms*', 'banka*', 'giris*', 'sifre degisikligi', 'dogrulama kodu'],

    card: ['kart*', 'kredi kart*', 'banka kart*', 'cuzdan*'],
    device: ['telefon*', 'cep telefon*', 'akilli telefon*', 'iphone*', 'laptop*', 'bilgisayar*', 'tablet*', 'cihaz*', 'canta*', 'kimlik*', 'pasaport*', 'ehliyet*', 'sim kart*'],
    stolen: ['calin*', 'caldilar', 'calmislar', 'caldirdim', 'hirsiz*', 'gasp*', 'kapkac*', 'yankesici*', 'soyuldum', 'soyuldu', 'kopyalan*'],
    lost: ['kaybet*', 'kaybol*', 'kayip', 'dusurdum'],
    account: ['hesap*', 'hesab*', 'sifre*', 'e-posta*', 'eposta*', 'mail*', 'uygulama*', 'profil*', 'internet bankacilig*', 'mobil bankacilik', 'giris'],
    hacked: ['hacklen*', 'hack*', 'hacker*', 'ele gecir*', 'izinsiz giris', 'yetkisiz giris', 'yetkisiz erisim', 'tanimadigim cihaz', 'bilinmeyen cihaz', 'ben degilim', 'ben yapmadim', 'supheli giris', 'iznim olmadan', 'bilgim disinda', 'sifirlan*', 'giremiyorum', 'erisimimi kaybettim'],
    someone: ['biri', 'birisi', 'baskasi', 'baska biri', 'yabanci', 'bilmedigim biri', 'tanimadigim biri', 'ucuncu kisi*', 'hacker*', 'dolandirici*', 'hirsiz*', 'eski esim', 'eski sevgilim', 'birine', 'birisine', 'adam', 'adama', 'kisiye', 'bir kisi', 'bir kisiye', 'arayan kisi*', 'kim oldugunu bilmiyorum', 'kimin girdigini bilmiyorum'],
    accessed: ['harca*', 'giris yap*', 'girdi', 'girmis', 'erisi*', 'kullan*', 'para cek*', 'cekmis', 'cekti', 'transfer yap*', 'havale yap*', 'gonderdi', 'gondermis', 'satin al*', 'benim adima', 'adima', 'sifremi degistir*', 'hesap acmis', 'kredi cekmis', 'bosaltt*', 'siparis ver*'],
    unauthorised: ['yetkisiz', 'izinsiz', 'bilgim disinda', 'haberim olmadan', 'onayim olmadan', 'benim yapmadigim', 'yapmadigim', 'tanimadigim', 'bilmedigim', 'supheli', 'sahte', 'bana ait olmayan', 'ben yapmadim'],
    disownedRef: ['ben yapmadim', 'ben degilim', 'hic bir sey almadim', 'hicbir sey almadim', 'tanimiyorum', 'ben vermedim', 'ben siparis vermedim'],
    transaction: ['islem*', 'harcama*', 'odeme*', 'cekim*', 'havale*', 'eft', 'transfer*', 'alisveris*', 'tahsilat*', 'kesinti*'],
    money: ['para*', 'bakiye*', 'birikim*', 'maas*', 'emekli maas*'],
    vanished: ['kayboldu', 'yok oldu', 'gitti', 'cekilmis', 'eksik', 'bosaltilmis', 'bosaltildi', 'calindi', 'uctu'],
    scamContext: ['kendini polis', 'polis olarak', 'banka gorevlisi olarak', 'oldugunu soyledi', 'oldugunu soyleyen', 'olarak tanitti', 'yeni iban', 'farkli iban', 'internette tanistigim', 'dolandirici*', 'dolandiril*', 'dolandirdi*', 'sahte', 'phishing', 'oltalama', 'kendini tanitti', 'tanitan', 'gibi davran*', 'banka gorevlisi', 'sizdenmis gibi', 'resmi gibi', 'supheli', 'kandirildim', 'kandirdilar', 'aldatildim', 'aradiklarini soyleyen', 'bankadan aradi*', 'bankadan arayan', 'sahte*', 'kendini banka', 'polis oldugunu soyleyen', 'savci oldugunu'],
    gaveAway: ['verdim', 'paylastim', 'girdim', 'yazdim', 'gonderdim', 'soyledim', 'onayladim', 'yukledim', 'kurdum', 'okudum'],
    credentials: ['sifre*', 'pin', 'kod*', 'dogrulama kodu', 'onay kodu', 'sms kodu', 'kart numara*', 'kart bilgi*', 'banka bilgi*', 'bilgilerimi', 'cvv', 'tc kimlik', 'kimlik numara*', 'pin*', 'kimlik*'],
    clickedLink: ['linke gir*', 'linke bas*', 'baglantiya gir*', 'baglantiya bas*', 'linkten gir*', 'linki ac*', 'linke tikla*', 'linke tikladim', 'baglantiya tikladim', 'tikladim', 'linki actim', 'indirdim'],
    sim: ['sim', 'sim kart*', 'esim', 'hattim', 'hattimi', 'numaram', 'numarami', 'telefon numaram'],
    swapped: ['tasindi', 'kopyalandi', 'degistirildi', 'iznim olmadan', 'bilgim disinda', 'haberim olmadan', 'baskasina', 'ele gecirildi', 'talep etmedim', 'sim swap', 'baska bir cihazda', 'yeni sim', 'benim haberim olmadan', 'izinsiz', 'onayim olmadan'],
    securityStrong: ['guvenli hesab*', 'guvenli hesap', 'guvenli bir hesab*', 'kimlik hirsizligi', 'kimligim calindi', 'hesabim hacklendi', 'hacklendim', 'dolandirildim', 'dolandiricilik magduru', 'kart kopyalama', 'kartim kopyalandi', 'sim swap', 'hattim kopyalandi', 'parami caldilar', 'hesabimi bosalttilar', 'biri sifremi biliyor', 'dolandiricilik', 'dolandirici', 'adima kredi', 'benim adima', 'istemedigim kod', 'talep etmedigim kod'],
    suspicion: ['talep etmedim', 'istemedim', 'iznim olmadan', 'birisi', 'aniden', 'birden', 'tuhaf', 'garip', 'supheli', 'hacklen*', 'dolandiri*', 'kod', 'kodlar', 'hesap', 'para'],
    simEvent: ['sinyal yok', 'sebeke yok', 'servis yok', 'sadece acil', 'calismiyor', 'devre disi', 'aktif edildi', 'yeni sim', 'tasindi', 'kopyalandi'],
    paidOut: ['aldim', 'satin aldim', 'siparis verdim', 'gonderttirdi', 'gondertti', 'para gonderdim', 'havale yaptim', 'eft yaptim', 'odedim', 'transfer ettim', 'hediye karti', 'guvenli hesap', 'param gitti', 'parayi gonderdim', 'gonderdim', 'odeme yaptim', 'havale', 'eft', 'kapora', 'fast ile'],
    // investment fraud (frame 'invested-cannot-withdraw'): put money in, cannot take it out
    invested: ['yatirim yaptim', 'yatirdim', 'yatirim platform*', 'kripto platform*', 'borsa uygulamas*'],
    cannotWithdraw: ['cekemiyorum', 'para cekemiyorum', 'cekim yapamiyorum', 'parami alamiyorum', 'cekim engellendi'],

    family: ['annem', 'annemin', 'anneme', 'babam', 'babamin', 'babama', 'esim', 'esimin', 'kocam', 'kocamin', 'karim', 'karimin', 'oglum', 'oglumun', 'kizim', 'kizimin', 'cocugum', 'bebegim', 'kardesim', 'abim', 'ablam', 'anneannem', 'babaannem', 'dedem', 'ninem', 'teyzem', 'halam', 'amcam', 'dayim', 'nisanlim', 'sevgilim', 'arkadasim', 'yakinim', 'ailem'],
    died: ['vefat*', 'hayatini kaybetti', 'hayatini kaybetmis', 'rahmetli', 'cenaze*', 'olum belgesi', 'defin', 'veraset', 'miras', 'kaybettik'],
    bereaved: ['vefat', 'vefat etti', 'rahmetli', 'cenaze', 'taziye', 'yastayim', 'yastayiz', 'dul', 'veraset ilami', 'veraset', 'olum belgesi', 'babami kaybettim', 'annemi kaybettim', 'esimi kaybettim', 'oglumu kaybettim', 'kizimi kaybettim', 'kardesimi kaybettim', 'kocami kaybettim'],
    hardship: ['odeyemiyorum', 'odeyemeyecegim', 'odeyemedim', 'parasizim', 'param yok', 'issiz*', 'isimi kaybettim', 'kovuldum', 'isten cikarildim', 'icra*', 'haciz', 'iflas*', 'gecinemiyorum', 'maddi sikinti', 'maddi zorluk', 'ekonomik sikinti', 'zor durumdayim', 'ay sonunu getiremiyorum', 'gelirim yok', 'maasim kesildi', 'odeme yapamiyorum', 'taksitleri odeyemiyorum'],
    hardshipWeak: ['borc*'],
    distress: ['caresiz*', 'panik*', 'korkuyorum', 'korku', 'ne yapacagimi bilmiyorum', 'dayanamiyorum', 'agliyorum', 'yalvariyorum', 'yalvaririm', 'imdat', 'depresyon*', 'cocuklarim', 'sokakta', 'evsiz*', 'acil', 'cok endiseliyim', 'perisan*', 'bunaldim'],
    illness: ['kanser*', 'agir hasta', 'kemoterapi*', 'hastane*', 'yogun bakim', 'demans', 'alzheimer', 'felc', 'kalp krizi', 'engelli*', 'tekerlekli sandalye', 'gorme engelli', 'diyaliz*'],
    // a burden to others (frame 'burden-to-others'): "I'm a burden to everyone"
    burden: ['yuk oluyorum', 'yuk oldum', 'yukum', 'yuk olmak', 'yuk olmaktan', 'kulfet oluyorum'],
    everyone: ['herkese', 'herkes', 'herkesin', 'aileme', 'ailem', 'ailemin', 'cocuklarima', 'esime', 'anneme', 'babama'],
    selfHarm: ['kimse fark etmez', 'kimse fark etmezdi', 'kimse fark etmeyecek', 'kimse farkina varmaz', 'kimse ozlemez', 'yasamaktan yoruldum', 'yasamaktan biktim', 'hayattan biktim', 'hayattan yoruldum', 'artik olmayacagim', 'ben artik olmayacagim', 'her seyin bitmesini', 'hersey bitsin', 'her sey bitsin', 'hicbir seyin anlami yok', 'yasamanin anlami yok', 'yasamak icin bir sebep', 'veda mektub*', 'daha ne kadar dayanabilirim', 'cikis yolu yok', 'cikis yolu goremiyorum', 'esyalarimi dagitiyorum', 'veda mektubu', 'keske olsem', 'keske hic dogmasaydim', 'bensiz daha iyi olur', 'yasama istegim kalmadi', 'yasamak istemiyorum', 'dayanacak gucum kalmadi', 'intihar*', 'kendimi oldur*', 'canima kiy*', 'yasamak istemiyorum', 'olmek istiyorum', 'kendime zarar', 'her seyi bitirecegim', 'hayatima son', 'anlami kalmadi', 'yasamanin anlami yok', 'bensiz daha iyi', 'kaybolmak istiyorum', 'uyanmak istemiyorum', 'yasamaktan biktim', 'hayattan biktim', 'kimse beni ozlemez', 'karanlik dusunceler', 'intihar dusunceleri', 'devam edemem', 'yasamaya devam edemem', 'artik devam etmek istemiyorum', 'burada olmamak', 'bir daha uyanmamak', 'sonsuza kadar uyumak', 'her seyden yoruldum', 'yasayacak gucum yok', 'olmeyi dusunuyorum', 'artik burada olmayacagim', 'hicbir seyin onemi yok', 'burada olmak istemiyorum', 'artik burada olmak istemiyorum', 'var olmak istemiyorum', 'bensiz daha mutlu', 'bensiz herkes', 'ben olmasam', 'kopruden atla*', 'kendimi kopruden', 'hap biriktir*', 'herkese veda', 'kendimi kes*', 'yasamak icin bir neden', 'yasamak icin sebep', 'her seyi bitirmek', 'hayatimi bitirmek', 'olmek istiyom', 'artik dayanamiyorum yasamak', 'olsem kimse', 'olsem de kimse', 'kimse beni aramaz olsem', 'olsem daha iyi', 'olsem herkes', 'olsem de fark etmez'],
    domesticAbuse: ['aile ici siddet', 'siddet goruyorum', 'beni dovuyor', 'koruma karari', 'siginma evi', 'kadin siginma'],

    lawyerAction: ['verecegim', 'danisacagim', 'basvuracagim', 'gidecegim', 'haber verecegim', 'iletecegim', 'tutacagim', 'tuttum', 'gorusecegim', 'konusacagim', 'devredecegim', 'arayacagim', 'ariyorum'],
    lawyer: ['avukat*', 'hukuk burosu*', 'hukukcu*', 'hukuk departman*', 'hukuk musavir*'],
    legalStrong: ['dava acacagim', 'dava ac*', 'dava edecegim', 'mahkeme*', 'yasal islem*', 'yasal yol*', 'hukuki islem*', 'hukuki surec', 'suc duyurusu*', 'sikayetci olacagim', 'savcilig*', 'polise', 'karakol*', 'ihtarname*', 'noter*'],
    chargeback: ['chargeback', 'ters ibraz', 'harcama itiraz*', 'harcamaya itiraz', 'islem itiraz*', 'bankaya itiraz', 'bankaya bildir*'],
    dispute: ['itiraz*', 'ters ibraz', 'geri aldir*', 'iptal ettir*'],
    bank: ['banka*', 'kart sirketi', 'kredi karti sirketi', 'paypal', 'visa', 'mastercard'],
    regulator: ['tuketici hakem*', 'tuketici mahkeme*', 'tuketici dernegi*', 'tuketici haklari', 'bddk', 'btk', 'epdk', 'spk', 'kvkk', 'rekabet kurumu', 'ticaret bakanlig*', 'cimer', 'sikayetvar', 'kamu denetcisi', 'ombudsman', 'merkez bankasi', 'tcmb', 'ilgili kurum*', 'yetkili merci*'],
    complain: ['sikayet*', 'basvur*', 'bildir*', 'ilet*', 'yazacagim', 'gidecegim', 'haber verecegim', 'ihbar*'],
    formalComplaint: ['resmi sikayet', 'yazili sikayet', 'sikayette bulun*', 'sikayet etmek istiyorum', 'sikayetimi iletmek', 'sikayet dilekcesi'],
    future: ['*acagim', '*ecegim', '*acagiz', '*ecegiz', 'herkes duyacak', 'herkese anlatacagim'],
    publicity: ['sosyal medya*', 'twitter*', 'facebook*', 'instagram*', 'tiktok*', 'youtube*', 'basina', 'gazete*', 'gazeteci*', 'medya*', 'kotu yorum', 'olumsuz yorum', 'tek yildiz', '1 yildiz', 'sikayetvar', 'eksi sozluk'],

    cancel: ['iptal*', 'hesabimi kapat*', 'hesabi kapat*', 'hesap kapatma', 'kapatmak istiyorum', 'kapatin', 'sonlandir*', 'fesih', 'feshet*', 'abonelikten cik*', 'ayril*', 'yenilemeyecegim'],
    contract: ['sozlesme*', 'abonelig*', 'abonelik*', 'uyelig*', 'uyelik*', 'hesap*', 'hesab*', 'paket*', 'tarife*', 'hattimi', 'hattim', 'police*', 'sigorta*', 'hizmet*'],
    switchTo: ['gececegim', 'geciyorum', 'gecmek istiyorum', 'tasiyacagim', 'tasimak', 'gidecegim', 'gidiyorum', 'kullanacagim', 'kullanicam', 'siparis verecegim'],
    competitor: [...DELIVERY_BRANDS, 'baska yerde', 'baska yerden', 'baska bir yerde', 'baska sirkette', 'baska operatorde', 'baska bankada', 'rakip*', 'baska banka*', 'baska operator*', 'baska firma*', 'baska sirket*', 'rakibiniz*', 'turkcell', 'vodafone', 'turk telekom', 'turktelekom', 'garanti', 'akbank', 'is bankasi', 'yapi kredi', 'ziraat', 'qnb', 'enpara', 'papara', 'superonline', 'turknet', 'digiturk', 'baska'],
    churnStrong: ['yenilemeyecegim', 'uzatmayacagim', 'iptal ettirecegim', 'baska operatore gecece*', 'baska bankaya gecece*', 'abonelik* iptal', 'numara tasima', 'numarami tasiyacagim', 'hesabimi sil*', 'hesabi sil*', 'uyeligimi iptal', 'aboneligimi iptal', 'sozlesmemi feshet*', 'bir daha asla sizden', 'musteri kaybettiniz', 'rakip firmaya', 'hesabimi kapat*', 'hesabimi kapatmak', 'aboneligimi sonlandir*', 'hattimi iptal', 'hattimi kapat*', 'baska operatore', 'baska bankaya', 'numarami tasi*', 'hattimi tasi*', 'sizinle calismayacagim', 'bir daha sizi kullanmam', 'musterinizi kaybettiniz', 'sozlesmeyi feshet*', 'ayriliyorum', 'ayrilmak istiyorum', 'ayrilacagim', 'baska firmaya', 'baska sirkete', 'baska bir operatore', 'gececegim', 'tasiyacagim', 'hesabimi silin', 'uyeligimi sonlandir*', 'vazgectim sizden', 'iptal ettirmek istiyorum', 'artik musteriniz degilim', 'bir daha tercih etmem'],

    repeatCount: ['daha ne kadar bekleyecegim', 'daha ne kadar beklemem gerek', 'ucuncu kez', 'dorduncu kez', 'besinci kez', 'onuncu kez', 'kacinci kez', 'uc kez', 'dort kez', 'bes kez', 'on kez', '3 kez', '4 kez', '5 kez', '10 kez', 'defalarca', 'tekrar tekrar', 'kac kere', 'kac kez', 'ayni cevap', 'ayni link', 'kisir dongu', 'hep ayni', 'hep ayni cevap'],
    // a better offer found elsewhere (frame 'better-offer-elsewhere', with competitor)
    betterOffer: ['daha iyi bir teklif', 'daha iyi teklif', 'daha ucuz', 'daha uygun', 'daha iyi fiyat', 'daha iyi kampanya', 'daha iyi tarife'],
    // single-message frustration: waiting long for an answer; told something different each time
    awaitReply: ['cevap bekliyorum', 'yanit bekliyorum', 'donus bekliyorum', 'geri donus bekliyorum', 'cevap yok', 'yanit yok', 'donus yok', 'kimse cevap vermiyor', 'kimse donmedi', 'hala cevap yok'],
    longTime: ['haftadir', 'aydir', 'gundur', 'iki haftadir', 'bir haftadir', 'bir aydir', 'gunlerdir', 'haftalardir', 'aylardir'],
    everyTime: ['her aradigimda', 'her seferinde', 'her yazdigimda', 'her temsilci'],
    differentAnswer: ['farkli bir sey', 'baska bir sey', 'farkli cevap', 'ayni otomatik', 'ayni cevap', 'baska bahane', 'ayni bahane'],
    repeat: ['yine', 'tekrar', 'hala', 'hep', 'her seferinde', 'haftalardir', 'gunlerdir', 'aylardir', 'birkac kez', 'cok kez', 'ikinci kez', 'zaten', 'calismiyor', 'olmadi', 'bu degil'],
    futile: ['kimse cevap vermiyor', 'kimse ilgilenmiyor', 'kimse yardim etmiyor', 'cevap yok', 'yanit yok', 'donus yok', 'donus yapilmadi', 'gormezden', 'anlamiyorsun', 'anlamiyorsunuz', 'sordugum bu degil', 'sorumu cevaplamadin', 'ise yaramiyor', 'ise yaramadi', 'yardimci olmadi', 'faydasiz', 'zaten soyledim', 'daha once soyledim', 'mesajimi oku', 'aptal bot', 'bu bot', 'cozum yok', 'hicbir sey olmuyor', 'zaten sordum', 'daha once sordum', 'hala cevap yok', 'hala bekliyorum', 'hala ses yok', 'kimse donmedi', 'geri donus yapmadiniz', 'zaten denedim', 'denedim zaten', 'zaten yaptim', 'fayda yok'],
  },
};
