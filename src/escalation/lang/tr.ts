/**
 * Turkish. Letters are folded (ı → i, ş → s, ç → c, ğ → g), suffixes are reached by
 * prefixes ("calin*" → çalındı, çalınan), and the verb's own negation (-ma/-me:
 * çalınmadı) and condition (-sa/-se: çalınırsa) are read from the word's ending.
 */
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
    prevention: ['korumak', 'koruma', 'korunmak', 'onlemek', 'engellemek', 'kacinmak', 'guvenli hale', 'iki adimli', 'iki faktorlu', '2fa'],
    consequence: ['ucret', 'ucreti', 'masraf', 'maliyet', 'ceza', 'cayma bedeli', 'ihbar suresi', 'ne kadar', 'ne olur', 'iade', 'taahhut'],
    contrast: ['ama', 'fakat', 'ancak', 'lakin'],
  },
  concepts: {
    card: ['kart*', 'kredi kart*', 'banka kart*', 'cuzdan*'],
    device: ['telefon*', 'cep telefon*', 'akilli telefon*', 'iphone*', 'laptop*', 'bilgisayar*', 'tablet*', 'cihaz*', 'canta*', 'kimlik*', 'pasaport*', 'ehliyet*', 'sim kart*'],
    stolen: ['calin*', 'caldilar', 'calmislar', 'caldirdim', 'hirsiz*', 'gasp*', 'kapkac*', 'yankesici*', 'soyuldum', 'soyuldu', 'kopyalan*'],
    lost: ['kaybet*', 'kaybol*', 'kayip', 'dusurdum'],
    account: ['hesap*', 'hesab*', 'sifre*', 'e-posta*', 'eposta*', 'mail*', 'uygulama*', 'profil*', 'internet bankacilig*', 'mobil bankacilik', 'giris'],
    hacked: ['hacklen*', 'hack*', 'hacker*', 'ele gecir*', 'izinsiz giris', 'yetkisiz giris', 'yetkisiz erisim', 'tanimadigim cihaz', 'bilinmeyen cihaz', 'ben degilim', 'ben yapmadim', 'supheli giris'],
    someone: ['biri', 'birisi', 'baskasi', 'baska biri', 'yabanci', 'bilmedigim biri', 'tanimadigim biri', 'ucuncu kisi*', 'hacker*', 'dolandirici*', 'hirsiz*', 'eski esim', 'eski sevgilim'],
    accessed: ['giris yap*', 'girdi', 'girmis', 'erisi*', 'kullan*', 'para cek*', 'cekmis', 'cekti', 'transfer yap*', 'havale yap*', 'gonderdi', 'gondermis', 'satin al*', 'benim adima', 'adima', 'sifremi degistir*', 'hesap acmis', 'kredi cekmis', 'bosaltt*'],
    unauthorised: ['yetkisiz', 'izinsiz', 'bilgim disinda', 'haberim olmadan', 'onayim olmadan', 'benim yapmadigim', 'yapmadigim', 'tanimadigim', 'bilmedigim', 'supheli', 'sahte', 'bana ait olmayan', 'ben yapmadim'],
    transaction: ['islem*', 'harcama*', 'odeme*', 'cekim*', 'havale*', 'eft', 'transfer*', 'alisveris*', 'tahsilat*', 'kesinti*'],
    money: ['para*', 'bakiye*', 'birikim*', 'maas*', 'emekli maas*'],
    vanished: ['kayboldu', 'yok oldu', 'gitti', 'cekilmis', 'eksik', 'bosaltilmis', 'bosaltildi', 'calindi', 'uctu'],
    scamContext: ['dolandirici*', 'dolandiril*', 'dolandirdi*', 'sahte', 'phishing', 'oltalama', 'kendini tanitti', 'tanitan', 'gibi davran*', 'banka gorevlisi', 'sizdenmis gibi', 'resmi gibi', 'supheli', 'kandirildim', 'kandirdilar', 'aldatildim'],
    gaveAway: ['verdim', 'paylastim', 'girdim', 'yazdim', 'gonderdim', 'soyledim', 'onayladim', 'yukledim', 'kurdum'],
    credentials: ['sifre*', 'pin', 'kod*', 'dogrulama kodu', 'onay kodu', 'sms kodu', 'kart numara*', 'kart bilgi*', 'banka bilgi*', 'bilgilerimi', 'cvv', 'tc kimlik', 'kimlik numara*'],
    clickedLink: ['linke tikladim', 'baglantiya tikladim', 'tikladim', 'linki actim', 'indirdim'],
    sim: ['sim', 'sim kart*', 'esim', 'hattim', 'hattimi', 'numaram', 'numarami', 'telefon numaram'],
    swapped: ['tasindi', 'kopyalandi', 'degistirildi', 'iznim olmadan', 'bilgim disinda', 'haberim olmadan', 'baskasina', 'ele gecirildi', 'talep etmedim', 'sim swap'],
    securityStrong: ['kimlik hirsizligi', 'kimligim calindi', 'hesabim hacklendi', 'hacklendim', 'dolandirildim', 'dolandiricilik magduru', 'kart kopyalama', 'kartim kopyalandi', 'sim swap', 'hattim kopyalandi', 'parami caldilar', 'hesabimi bosalttilar', 'biri sifremi biliyor'],

    family: ['annem', 'annemin', 'anneme', 'babam', 'babamin', 'babama', 'esim', 'esimin', 'kocam', 'kocamin', 'karim', 'karimin', 'oglum', 'oglumun', 'kizim', 'kizimin', 'cocugum', 'bebegim', 'kardesim', 'abim', 'ablam', 'anneannem', 'babaannem', 'dedem', 'ninem', 'teyzem', 'halam', 'amcam', 'dayim', 'nisanlim', 'sevgilim', 'arkadasim', 'yakinim', 'ailem'],
    died: ['vefat*', 'hayatini kaybetti', 'hayatini kaybetmis', 'rahmetli', 'cenaze*', 'olum belgesi', 'defin', 'veraset', 'miras', 'kaybettik'],
    bereaved: ['vefat', 'vefat etti', 'rahmetli', 'cenaze', 'taziye', 'yastayim', 'yastayiz', 'dul', 'veraset ilami', 'veraset', 'olum belgesi'],
    hardship: ['odeyemiyorum', 'odeyemeyecegim', 'odeyemedim', 'parasizim', 'param yok', 'issiz*', 'isimi kaybettim', 'kovuldum', 'isten cikarildim', 'borc*', 'icra*', 'haciz', 'iflas*', 'gecinemiyorum', 'maddi sikinti', 'maddi zorluk', 'ekonomik sikinti', 'zor durumdayim'],
    distress: ['caresiz*', 'panik*', 'korkuyorum', 'korku', 'ne yapacagimi bilmiyorum', 'dayanamiyorum', 'agliyorum', 'yalvariyorum', 'yalvaririm', 'imdat', 'depresyon*', 'cocuklarim', 'sokakta', 'evsiz*', 'acil', 'cok endiseliyim', 'perisan*', 'bunaldim'],
    illness: ['kanser*', 'agir hasta', 'kemoterapi*', 'hastane*', 'yogun bakim', 'demans', 'alzheimer', 'felc', 'kalp krizi', 'engelli*', 'tekerlekli sandalye', 'gorme engelli', 'diyaliz*'],
    selfHarm: ['intihar*', 'kendimi oldur*', 'canima kiy*', 'yasamak istemiyorum', 'olmek istiyorum', 'kendime zarar', 'her seyi bitirecegim', 'hayatima son'],
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
    switchTo: ['gececegim', 'geciyorum', 'gecmek istiyorum', 'tasiyacagim', 'tasimak', 'gidecegim', 'gidiyorum'],
    competitor: ['rakip*', 'baska banka*', 'baska operator*', 'baska firma*', 'baska sirket*', 'rakibiniz*', 'daha ucuz'],
    churnStrong: ['numara tasima', 'numarami tasiyacagim', 'hesabimi sil*', 'hesabi sil*', 'uyeligimi iptal', 'aboneligimi iptal', 'sozlesmemi feshet*', 'bir daha asla sizden', 'musteri kaybettiniz', 'rakip firmaya'],

    repeatCount: ['ucuncu kez', 'dorduncu kez', 'besinci kez', 'onuncu kez', 'kacinci kez', 'uc kez', 'dort kez', 'bes kez', 'on kez', '3 kez', '4 kez', '5 kez', '10 kez', 'defalarca', 'tekrar tekrar', 'kac kere', 'kac kez', 'ayni cevap', 'ayni link', 'kisir dongu'],
    repeat: ['yine', 'tekrar', 'hala', 'hep', 'her seferinde', 'haftalardir', 'gunlerdir', 'aylardir', 'birkac kez', 'cok kez', 'ikinci kez', 'zaten'],
    futile: ['kimse cevap vermiyor', 'kimse ilgilenmiyor', 'kimse yardim etmiyor', 'cevap yok', 'yanit yok', 'donus yok', 'donus yapilmadi', 'gormezden', 'anlamiyorsun', 'anlamiyorsunuz', 'sordugum bu degil', 'sorumu cevaplamadin', 'ise yaramiyor', 'ise yaramadi', 'yardimci olmadi', 'faydasiz', 'zaten soyledim', 'daha once soyledim', 'mesajimi oku', 'aptal bot', 'bu bot', 'cozum yok', 'hicbir sey olmuyor'],
  },
};
