/**
 * Fraud between the two sides of a sale, told as what arrived or what the other side did with the money: one table
 * per mechanism, every language side by side (merged into each pack's concepts in ./index.ts; the frames are in
 * ../situations.ts). Words are general knowledge of how buyers and sellers on a marketplace describe being cheated,
 * written for this table, never taken from an evaluation set.
 *
 *  - `fakeParty` gains the goods that were a deception: an empty box or parcel, a box of stones or bricks, a counterfeit
 *    or knock-off sold as genuine, a made-up tracking number ("box of rocks", "leerer Karton", "caja vacía", "空箱",
 *    "가품", "hàng giả"). The frame `fake-counterparty` fires on them alone, under the security guards: asked about ("what
 *    if I get an empty box?", "how do I spot a counterfeit?") or denied, they stay quiet.
 *  - `paidOut` gains the other side pocketing the money ("took the money", "cobró", "a encaissé", "tog pengene",
 *    "お金だけ受け取って", "돈만 받고"), which frames `paid-then-gone` and `paid-a-scammer` join with the party vanishing
 *    or a scam named.
 *  - `partyGone` gains a few ways of vanishing the packs lacked ("menghilang", "biến mất", "blokir saya").
 */
import type { ConceptTable } from './types.js';

/** Goods that were a deception: empty, stones instead of the item, a counterfeit sold as genuine, a made-up tracking number. */
export const BOGUS_GOODS: Readonly<Record<string, ConceptTable>> = {
  en: { fakeParty: ['empty parcel', 'empty package', 'parcel was empty', 'package was empty', 'parcel came empty', 'package came empty', 'box came empty', 'box of rocks', 'box of stones', 'box of bricks', 'a brick instead', 'bricks instead', 'rocks instead', 'stones instead', 'is a counterfeit', 'was a counterfeit', 'is counterfeit', 'was counterfeit', 'are counterfeit', 'were counterfeit', 'a cheap knockoff', 'a cheap knock-off', 'is a knockoff', 'is a knock-off', 'was a knockoff', 'was a knock-off', 'a cheap copy', 'a cheap replica', 'is a replica', 'was a replica', 'is a fake', 'was a fake', 'sold me a fake', 'sent me a fake', 'fake tracking number', 'fake tracking', 'made-up tracking', 'made up tracking', 'bogus tracking', 'tracking number is fake', 'tracking number was fake'] },
  de: { fakeParty: ['leerer karton', 'leeren karton', 'leeres paket', 'leere schachtel', 'leeren kasten', 'paket war leer', 'karton war leer', 'schachtel war leer', 'paket kam leer', 'steine im paket', 'steine im karton', 'ziegelstein im paket', 'ist eine fälschung', 'war eine fälschung', 'ist gefälscht', 'war gefälscht', 'ein plagiat', 'billige kopie', 'eine billige nachahmung', 'gefälschte sendungsnummer', 'falsche sendungsnummer', 'erfundene sendungsnummer', 'fake-sendungsnummer', 'fake sendungsnummer'] },
  es: { fakeParty: ['caja vacía', 'paquete vacío', 'el paquete llegó vacío', 'el paquete vino vacío', 'la caja llegó vacía', 'la caja vino vacía', 'caja con piedras', 'paquete con piedras', 'un ladrillo en la caja', 'es falsificado', 'era falsificado', 'es una falsificación', 'era una falsificación', 'es una réplica', 'era una réplica', 'una imitación barata', 'es una copia', 'me vendió una copia', 'número de seguimiento falso', 'seguimiento falso', 'número de envío falso', 'comprobante falso', 'captura falsa'] },
  fr: { fakeParty: ['colis vide', 'boîte vide', 'carton vide', 'le colis était vide', 'le colis est arrivé vide', 'la boîte était vide', 'des cailloux dans le colis', 'des pierres dans le colis', 'une brique dans le colis', 'est une contrefaçon', 'était une contrefaçon', 'une contrefaçon', 'est une copie', 'une pâle copie', 'est une réplique', 'était une réplique', 'faux numéro de suivi', 'numéro de suivi bidon', 'suivi bidon', 'fausse preuve de paiement', 'faux justificatif de paiement', 'fausse capture'] },
  pt: { fakeParty: ['caixa vazia', 'pacote vazio', 'encomenda vazia', 'veio vazia', 'veio vazio', 'chegou vazia', 'chegou vazio', 'caixa com pedras', 'pacote com pedras', 'um tijolo na caixa', 'é falsificado', 'era falsificado', 'é uma réplica', 'era uma réplica', 'é uma cópia', 'produto falsificado', 'código de rastreio falso', 'rastreio falso', 'comprovante falso'] },
  it: { fakeParty: ['scatola vuota', 'pacco vuoto', 'il pacco era vuoto', 'il pacco è arrivato vuoto', 'la scatola era vuota', 'sassi nel pacco', 'pietre nel pacco', 'un mattone nel pacco', 'è contraffatto', 'era contraffatto', 'è un falso', 'era un falso', 'è tarocco', 'era tarocco', 'una copia', 'codice di tracciamento falso', 'tracking falso', 'ricevuta falsa'] },
  nl: { fakeParty: ['lege doos', 'leeg pakket', 'lege verpakking', 'pakket was leeg', 'doos was leeg', 'pakket kwam leeg', 'stenen in de doos', 'stenen in het pakket', 'een baksteen in', 'is namaak', 'was namaak', 'is nep', 'was nep', 'een vervalsing', 'nep trackingnummer', 'neptrackingnummer', 'vals trackingnummer', 'nep track en trace', 'valse track en trace', 'nep betaalbewijs', 'vals betaalbewijs'] },
  pl: { fakeParty: ['puste pudełko', 'puste pudło', 'pusta paczka', 'paczka była pusta', 'pudełko było puste', 'paczka przyszła pusta', 'kamienie w paczce', 'cegła w paczce', 'to podróbka', 'była podróbka', 'jest podrobiony', 'był podrobiony', 'fałszywy numer przesyłki', 'fałszywy numer śledzenia', 'fałszywe potwierdzenie przelewu'] },
  tr: { fakeParty: ['boş kutu', 'kutu boş geldi', 'kutu boş çıktı', 'paket boş geldi', 'paket boş çıktı', 'içinden taş çıktı', 'içinden tuğla çıktı', 'çakma çıktı', 'çakma ürün', 'sahte ürün', 'ürün sahte', 'sahte kargo takip', 'sahte takip numarası', 'sahte dekont'] },
  ru: { fakeParty: ['пустую коробку', 'пустая коробка', 'посылка пустая', 'посылка пришла пустая', 'коробка пустая', 'кирпич в коробке', 'камни в посылке', 'это подделка', 'оказалась подделка', 'оказался подделкой', 'оказалась подделкой', 'прислал подделку', 'продал подделку', 'фейковый трек', 'липовый трек', 'фальшивый трек-номер', 'поддельный чек'] },
  uk: { fakeParty: ['порожню коробку', 'порожня коробка', 'посилка порожня', 'цеглина в коробці', 'це підробка', 'виявилась підробкою', 'фейковий трек'] },
  ja: { fakeParty: ['空箱', '空の箱', '中身が空', '中身が入っていな', '石が入って', 'レンガが入って', '偽物が届', '偽物でした', '偽物だった', 'コピー品', '偽ブランド', '嘘の追跡番号', '偽の追跡番号', 'デタラメな追跡番号'] },
  zh: { fakeParty: ['空盒', '空箱子', '空包裹', '里面是空的', '裡面是空的', '收到砖头', '收到磚頭', '里面是石头', '裡面是石頭', '收到假货', '收到假貨', '是假货', '是假貨', '高仿', '山寨货', '山寨貨', '假单号', '假單號', '假的快递单号', '假的物流单号', '假的付款截图', '假的付款截圖'] },
  ko: { fakeParty: ['빈 박스', '빈박스', '빈 상자', '빈상자', '택배가 비어', '벽돌이 들어', '돌이 들어', '가품이', '가품을', '짝퉁', '가짜 송장', '허위 송장', '가짜 운송장', '가짜 입금', '입금 캡처 조작'] },
  id: { fakeParty: ['kotak kosong', 'paket kosong', 'paketnya kosong', 'kardus kosong', 'isinya batu', 'isinya bata', 'barang palsu', 'barangnya palsu', 'barang kw', 'barangnya kw', 'resi palsu', 'resi bodong', 'bukti transfer palsu', 'bukti transfer editan'] },
  vi: { fakeParty: ['hộp rỗng', 'thùng rỗng', 'hộp trống', 'gói hàng rỗng', 'bên trong là gạch', 'bên trong là đá', 'toàn gạch', 'hàng giả', 'hàng nhái', 'hàng fake', 'mã vận đơn giả', 'bill chuyển khoản giả'] },
  hi: { fakeParty: ['khali dabba', 'khali box', 'dabba khali', 'box khali', 'patthar nikle', 'patthar bhare', 'nakli saman', 'nakli product', 'duplicate saman', 'duplicate product nikla', 'fake tracking', 'खाली डिब्बा', 'डिब्बा खाली', 'पत्थर निकले', 'नकली सामान', 'नकली प्रोडक्ट'] },
  ar: { fakeParty: ['علبه فاضيه', 'العلبه فاضيه', 'كرتون فاضي', 'الكرتون فاضي', 'طرد فارغ', 'الطرد فارغ', 'الطرد فاضي', 'حجاره بدل', 'طوب بدل', 'طلع مقلد', 'طلعت مقلده', 'منتج مقلد', 'رقم تتبع وهمي', 'رقم تتبع مزيف', 'ايصال مزور'] },
  ro: { fakeParty: ['cutie goală', 'colet gol', 'coletul era gol', 'cutia era goală', 'pietre în colet', 'o cărămidă în colet', 'e contrafăcut', 'era contrafăcut', 'e o copie ieftină', 'e fals', 'era fals', 'awb fals', 'număr de urmărire fals', 'dovadă de plată falsă'] },
  hu: { fakeParty: ['üres doboz', 'üres dobozt', 'üres csomag', 'üres csomagot', 'a csomag üres volt', 'a doboz üres volt', 'kövek voltak', 'tégla volt benne', 'hamisítvány', 'hamis termék', 'hamis követési szám', 'hamis fizetési igazolás'] },
  da: { fakeParty: ['tom kasse', 'tom æske', 'tom pakke', 'pakken var tom', 'kassen var tom', 'æsken var tom', 'sten i pakken', 'en mursten i', 'er en kopi', 'var en kopi', 'er falsk', 'var falsk', 'kopivare', 'falsk trackingnummer', 'falsk sporingsnummer', 'falsk betalingskvittering'] },
  sv: { fakeParty: ['tom kartong', 'tomt paket', 'paketet var tomt', 'kartongen var tom', 'stenar i paketet', 'en tegelsten i', 'är en kopia', 'var en kopia', 'är förfalskad', 'var förfalskad', 'falskt spårningsnummer', 'falskt betalningskvitto'] },
  no: { fakeParty: ['tom eske', 'tom pakke', 'pakken var tom', 'esken var tom', 'stein i pakken', 'er en kopi', 'var en kopi', 'er falsk', 'var falsk', 'falskt sporingsnummer'] },
  cs: { fakeParty: ['prázdnou krabici', 'prázdná krabice', 'prázdný balík', 'balík byl prázdný', 'krabice byla prázdná', 'cihla v balíku', 'kameny v balíku', 'je to padělek', 'byl to padělek', 'falešné sledovací číslo'] },
  el: { fakeParty: ['άδειο κουτί', 'άδειο δέμα', 'το δέμα ήταν άδειο', 'πέτρες στο δέμα', 'είναι μαϊμού', 'ήταν μαϊμού', 'είναι απομίμηση', 'ψεύτικος αριθμός αποστολής'] },
  fi: { fakeParty: ['tyhjä laatikko', 'tyhjä paketti', 'paketti oli tyhjä', 'laatikko oli tyhjä', 'kiviä paketissa', 'on väärennös', 'oli väärennös', 'väärennetty seurantakoodi'] },
  th: { fakeParty: ['กล่องเปล่า', 'พัสดุเปล่า', 'ข้างในเป็นอิฐ', 'ข้างในเป็นหิน', 'ของปลอม', 'ได้ของปลอม', 'เลขพัสดุปลอม', 'สลิปปลอม'] },
};

/** The other side pocketing the money: what `paid-then-gone` joins with the party vanishing. */
export const POCKETED: Readonly<Record<string, ConceptTable>> = {
  en: { paidOut: ['took the money', 'took my money', 'has my money', 'kept the money', 'kept my money', 'pocketed the money', 'pocketed my money', 'got the money and', 'got my money and', 'received the money and', 'received my money and', 'cashed the payment', 'cashed my payment'] },
  de: { paidOut: ['hat das geld kassiert', 'geld kassiert', 'hat das geld eingesteckt', 'hat das geld genommen', 'hat mein geld genommen', 'hat das geld bekommen und', 'hat mein geld bekommen und', 'das geld erhalten und'] },
  es: { paidOut: ['cobró', 'me cobró y', 'se quedó con el dinero', 'se quedó con mi dinero', 'se quedó con la plata', 'recibió el dinero y', 'recibió mi dinero y', 'agarró el dinero', 'tomó el dinero'] },
  fr: { paidOut: ['a encaissé', 'ont encaissé', 'a empoché', 'ont empoché', "a gardé l'argent", "a gardé mon argent", "a pris l'argent", "a pris mon argent", "a reçu l'argent et", "a reçu mon argent et"] },
  pt: { paidOut: ['recebeu o dinheiro e', 'recebeu meu dinheiro e', 'pegou o dinheiro', 'pegou meu dinheiro', 'ficou com o dinheiro', 'ficou com meu dinheiro', 'embolsou'] },
  it: { paidOut: ['ha preso i soldi', 'ha preso i miei soldi', 'ha incassato', 'hanno incassato', 'si è tenuto i soldi', 'ha ricevuto i soldi e', 'ha intascato'] },
  nl: { paidOut: ['geld binnen', 'heeft het geld ontvangen', 'heeft mijn geld ontvangen', 'heeft het geld gekregen', 'heeft het geld geïnd', 'heeft het geld gehouden', 'heeft mijn geld gehouden', 'heeft het geld opgestreken'] },
  pl: { paidOut: ['wziął pieniądze', 'wzięła pieniądze', 'wziął moje pieniądze', 'zabrał pieniądze', 'dostał pieniądze i', 'dostała pieniądze i', 'zgarnął pieniądze', 'przytulił pieniądze'] },
  tr: { paidOut: ['parayı aldı', 'paramı aldı', 'parayı alıp', 'paramı alıp', 'parayı cebine', 'ödemeyi aldı ve'] },
  ru: { paidOut: ['взял деньги', 'взяла деньги', 'взял мои деньги', 'получил деньги и', 'получила деньги и', 'забрал деньги', 'забрала деньги', 'деньги получил и'] },
  uk: { paidOut: ['взяв гроші', 'взяла гроші', 'отримав гроші і', 'забрав гроші'] },
  ja: { paidOut: ['お金だけ受け取', '代金だけ受け取', '代金を受け取って', 'お金を受け取って', 'お金だけ取って', '入金させて'] },
  zh: { paidOut: ['收了钱', '收了錢', '钱收了', '錢收了', '收到钱后', '收到錢後', '收款后', '收款後'] },
  ko: { paidOut: ['돈만 받고', '돈만받고', '돈 받고', '입금받고', '입금 받고', '돈을 받고'] },
  id: { paidOut: ['terima uang', 'terima uangnya', 'sudah terima uang', 'ambil uang', 'ambil uangnya', 'uang sudah diterima', 'terima duit', 'ambil duit', 'dah terima duit', 'duit dah masuk'] },
  vi: { paidOut: ['nhận tiền', 'nhận tiền rồi', 'lấy tiền', 'cầm tiền', 'ôm tiền'] },
  hi: { paidOut: ['paise le liye', 'paise le ke', 'paise le kar', 'paise lekar', 'paise mil gaye to', 'पैसे ले लिए', 'पैसे लेकर'] },
  ar: { paidOut: ['اخذ الفلوس', 'اخذ فلوسي', 'استلم الفلوس', 'استلم المبلغ', 'اخذ المبلغ'] },
  ro: { paidOut: ['a luat banii', 'a încasat banii', 'a primit banii și', 'și-a luat banii'] },
  hu: { paidOut: ['felvette a pénzt', 'megkapta a pénzt', 'elvette a pénzt', 'zsebre tette a pénzt'] },
  da: { paidOut: ['tog pengene', 'fik pengene', 'modtog pengene', 'beholdt pengene', 'tok pengene', 'fikk pengene'] },
  sv: { paidOut: ['tog pengarna', 'fick pengarna', 'tog emot pengarna', 'behöll pengarna'] },
  no: { paidOut: ['tok pengene', 'fikk pengene', 'beholdt pengene'] },
  cs: { paidOut: ['vzal peníze', 'vzala peníze', 'dostal peníze a', 'shrábl peníze'] },
  el: { paidOut: ['πήρε τα λεφτά', 'πήρε τα χρήματα', 'εισέπραξε'] },
  fi: { paidOut: ['otti rahat', 'sai rahat', 'piti rahat'] },
  th: { paidOut: ['ได้เงินแล้ว', 'รับเงินแล้ว', 'โอนเงินไปแล้ว'] },
};

/** Ways of vanishing after the sale that the packs lacked. */
export const VANISHED_AFTER_SALE: Readonly<Record<string, ConceptTable>> = {
  id: { partyGone: ['menghilang', 'hilang kabar', 'blokir saya', 'memblokir saya', 'nomor saya diblokir', 'akunnya hilang', 'tokonya hilang'] },
  vi: { partyGone: ['biến mất', 'chặn luôn', 'chặn tôi', 'chặn mình', 'không liên lạc được', 'bặt vô âm tín', 'xoá tài khoản', 'xóa tài khoản'] },
  hu: { partyGone: ['eltűnt', 'letiltott', 'nem válaszol'] },
  ro: { partyGone: ['a dispărut', 'nu mai răspunde'] },
  th: { partyGone: ['หายไป', 'ติดต่อไม่ได้', 'บล็อกเรา', 'บล็อกฉัน', 'ปิดร้านหนี'] },
};

/**
 * The other side named a cheat outright, with the copula or a demonstrative ("this seller is a crook", "es un
 * estafador", "est un escroc", "мошенник"): the accusation is the report. Asked ("is this seller a scammer?") it is a
 * question the question guard keeps quiet.
 */
export const NAMED_A_CHEAT: Readonly<Record<string, ConceptTable>> = {
  en: { securityStrong: ['is a crook', 'is a con artist', 'is a con man', 'is a conman', 'are crooks', 'is a thief', 'the seller is a fraud', 'the buyer is a fraud', 'seller is a scammer', 'buyer is a scammer'] },
  es: { securityStrong: ['es un estafador', 'es una estafadora', 'son unos estafadores', 'es un timador', 'es una timadora', 'es un ladrón', 'vendedor estafador', 'comprador estafador'] },
  fr: { securityStrong: ['est un escroc', 'sont des escrocs', 'est un arnaqueur', 'est une arnaqueuse', 'sont des arnaqueurs', 'vendeur escroc', 'acheteur escroc', 'un voleur'] },
  it: { securityStrong: ['è un truffatore', 'è una truffatrice', 'sono dei truffatori', 'è un imbroglione', 'è un ladro', 'venditore truffatore'] },
  pt: { securityStrong: ['é um golpista', 'é golpista', 'são golpistas', 'é um estelionatário', 'é um ladrão', 'vendedor golpista'] },
  ru: { securityStrong: ['продавец мошенник', 'покупатель мошенник', 'продавец мошенница', 'он мошенник', 'она мошенница', 'это мошенник', 'это мошенники', 'они мошенники', 'продавец аферист', 'продавец жулик', 'кидала'] },
  uk: { securityStrong: ['продавець шахрай', 'покупець шахрай', 'він шахрай', 'це шахрай', 'це шахраї'] },
  ro: { securityStrong: ['e un escroc', 'este un escroc', 'sunt escroci', 'e o țeapă', 'mi-a dat țeapă', 'am luat țeapă', 'țepar', 'țeparul'] },
  hu: { securityStrong: ['egy csaló', 'az eladó csaló', 'a vevő csaló', 'csalók', 'átvert', 'átvertek', 'megloptak'] },
  da: { securityStrong: ['er en svindler', 'er svindlere', 'sælgeren er svindler', 'er en bedrager', 'svindlet mig', 'har snydt mig', 'blev snydt'] },
  sv: { securityStrong: ['är en bedragare', 'är bedragare', 'är en svindlare', 'blev lurad', 'lurade mig', 'har blivit lurad'] },
  no: { securityStrong: ['er en svindler', 'er svindlere', 'ble lurt', 'lurte meg', 'har svindlet meg'] },
  cs: { securityStrong: ['je podvodník', 'jsou podvodníci', 'podvedl mě', 'okradl mě'] },
  el: { securityStrong: ['είναι απατεώνας', 'είναι απατεώνες', 'με εξαπάτησε', 'με έκλεψε'] },
  fi: { securityStrong: ['on huijari', 'ovat huijareita', 'huijasi minua', 'minua huijattiin'] },
  vi: { securityStrong: ['là lừa đảo', 'là kẻ lừa đảo', 'bị lừa', 'lừa tôi', 'lừa mình'] },
  th: { securityStrong: ['เป็นมิจฉาชีพ', 'โดนโกง', 'ถูกโกง', 'โกงเงิน'] },
};

/** The other side's advance-fee bait on a sale: a fee to release a payment, a payout held until the customer pays. */
export const RELEASE_FEE: Readonly<Record<string, ConceptTable>> = {
  en: { scamContext: ['fee to release', 'pay to release', 'to release the money', 'to release the payment', 'to release my payment', 'to release my payout', 'to unlock the payment', 'to unlock my payout', 'to receive the payment i', 'upgrade my account to receive'] },
  de: { scamContext: ['gebühr zur freigabe', 'gebühr um das geld freizugeben', 'um die zahlung freizuschalten', 'um die auszahlung freizuschalten'] },
  es: { scamContext: ['para liberar el pago', 'para liberar el dinero', 'para desbloquear el pago', 'comisión para recibir el pago'] },
  fr: { scamContext: ['pour débloquer le paiement', "pour débloquer l'argent", 'pour recevoir le paiement il faut payer', 'frais de déblocage'] },
  pt: { scamContext: ['para liberar o pagamento', 'para liberar o dinheiro', 'taxa de liberação', 'taxa para receber'] },
  it: { scamContext: ['per sbloccare il pagamento', 'per sbloccare i soldi', 'commissione per ricevere il pagamento'] },
  nl: { scamContext: ['om de betaling vrij te geven', 'om het geld vrij te geven', 'kosten om de betaling te ontvangen'] },
};

/** A buyer sending back something else than what the seller sent, to keep the item and the refund. */
export const SWAPPED_RETURN: Readonly<Record<string, ConceptTable>> = {
  en: { fakeParty: ['returned a different', 'sent back a different', 'returned a broken one', 'sent back a broken one', 'returned an old', 'sent back an old', 'returned an empty', 'sent back an empty', 'swapped the item', 'switched the item', 'instead of the one i sent'] },
};
