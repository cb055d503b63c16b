/**
 * Charges a customer disputes on a stored card or wallet, in any business that bills one (rentals, rides, car and
 * scooter sharing, subscriptions), and the fakes around such an app: one table per mechanism, every language side by
 * side (merged into each pack's concepts in ./index.ts; the frames are in ../situations.ts). Words are general
 * knowledge of how customers write a complaint, as a report of a current problem:
 *
 *  - `heldMoney` + `notReleased` (new): a deposit or pre-authorisation held and never released ("the deposit was never
 *    released", "la caution n'a jamais été débloquée", "押金一直没有退"). The release words carry their own negation, so
 *    the frame has no negation guard; "how long does the pre-authorisation take to be released?" names no failure and
 *    stays quiet, as does a question about the rules ("is the deposit refunded after the ride?");
 *  - `moreThanShown` (new) with `charged`: charged more than the price shown or agreed ("mehr abgebucht als angezeigt");
 *    `overcharged` (new): the same in one phrase ("overcharged", "多收了", "과다 청구");
 *  - `neverAgreed` (new) with a charge or a fee: a fee the customer never accepted ("une pénalité que je n'ai jamais
 *    acceptée", "eine Gebühr, der ich nie zugestimmt habe");
 *  - words for the existing concepts where packs lacked them: being charged, the customer's own cancelling, trips and
 *    rentals disowned, the balance gone, the other side gone after a payment, and fake agents, sellers or resold
 *    credits (`fakeParty`).
 *
 * {@link REFUNDED_ALREADY} adds resolution cues ("it was already refunded", "已经退款了"): a duplicate charge already paid
 * back is over.
 */
import type { ConceptTable } from './types.js';

/** A deposit, a pre-authorisation or an amount held on the card, and its not being released or returned. */
export const HELD_DEPOSIT: Readonly<Record<string, ConceptTable>> = {
  en: {
    heldMoney: ['deposit', 'security deposit', 'pre-authorisation', 'pre-authorization', 'preauthorisation', 'preauthorization', 'pre-auth', 'preauth', 'authorisation hold', 'authorization hold', 'hold on my card', 'the hold', 'blocked amount', 'amount blocked', 'held amount', 'amount held', 'reserved amount', 'money is blocked', 'money is still blocked', 'money is held'],
    notReleased: ['never released', 'not been released', "hasn't been released", "wasn't released", 'still not released', 'not released yet', 'still blocked', 'still on hold', 'still held', 'still reserved', 'never returned', 'not been returned', "hasn't been returned", 'never refunded', 'not been refunded', "hasn't been refunded", "haven't got back", "haven't gotten back", 'never got back', 'never got it back', 'never came back', 'you kept', 'they kept', 'withheld', 'still holding', 'still waiting for'],
  },
  de: {
    heldMoney: ['*kaution', 'vorautorisierung', 'autorisierung', 'reservierung auf meiner karte', 'blockierte betrag', 'blockierter betrag', 'geblockte betrag', 'gesperrte betrag', 'reservierte betrag', 'vormerkung', 'sicherheitsleistung', 'blockierung', 'betrag ist blockiert', 'geld ist blockiert'],
    notReleased: ['nie freigegeben', 'nicht freigegeben', 'noch nicht freigegeben', 'immer noch blockiert', 'noch immer blockiert', 'weiterhin blockiert', 'immer noch reserviert', 'immer noch gesperrt', 'nie zurückerstattet', 'nicht zurückerstattet', 'nie zurückbekommen', 'nicht zurückbekommen', 'nie zurückgezahlt', 'nicht zurückgezahlt', 'nie erstattet', 'nicht erstattet', 'einbehalten', 'immer noch nicht zurück', 'noch nicht zurück', 'nie zurück'],
  },
  es: {
    heldMoney: ['fianza', 'deposito', 'preautorizacion', 'pre-autorizacion', 'pre autorizacion', 'retencion', 'cargo retenido', 'importe retenido', 'dinero retenido', 'monto retenido', 'bloqueo en mi tarjeta', 'importe bloqueado', 'dinero bloqueado'],
    notReleased: ['nunca me la devolvieron', 'nunca me lo devolvieron', 'no me la han devuelto', 'no me lo han devuelto', 'no me han devuelto', 'nunca devolvieron', 'no la devolvieron', 'no lo devolvieron', 'sin devolver', 'sigue retenid*', 'siguen retenid*', 'sigue bloquead*', 'siguen bloquead*', 'todavia retenid*', 'aun retenid*', 'sigue sin liberarse', 'no se ha liberado', 'nunca se libero', 'no la han liberado', 'no lo han liberado', 'no han liberado', 'sin liberar', 'se quedaron con', 'se han quedado con', 'no me han reembolsado', 'todavia no me devuelven', 'aun no me devuelven'],
  },
  fr: {
    heldMoney: ['caution', 'depot de garantie', 'pre-autorisation', 'preautorisation', 'pre autorisation', 'empreinte bancaire', 'montant bloque', 'somme bloquee', 'blocage sur ma carte', 'argent bloque'],
    notReleased: ['jamais ete debloque*', 'jamais debloque*', 'pas ete debloque*', 'toujours bloque*', 'encore bloque*', 'toujours pas debloque*', 'pas encore debloque*', 'jamais ete restitue*', 'jamais restitue*', 'pas ete restitue*', 'toujours pas restitue*', 'jamais ete rendu*', 'pas ete rendu*', 'jamais ete rembourse*', 'jamais rembourse*', 'pas ete rembourse*', 'toujours pas rembourse*', 'jamais libere*', 'pas ete libere*', 'toujours pas libere*', 'jamais recupere', 'garde ma caution', 'conserve ma caution', 'encaisse ma caution'],
  },
  pt: {
    heldMoney: ['caucao', 'deposito', 'pre-autorizacao', 'pre autorizacao', 'valor retido', 'valor bloqueado', 'dinheiro bloqueado', 'bloqueio no cartao'],
    notReleased: ['nunca foi devolvid*', 'nao foi devolvid*', 'ainda nao foi devolvid*', 'nunca devolveram', 'nao devolveram', 'ainda nao devolveram', 'continua bloquead*', 'ainda esta bloquead*', 'segue bloquead*', 'continua retid*', 'ainda esta retid*', 'nunca foi liberad*', 'nao foi liberad*', 'ainda nao foi liberad*', 'nao liberaram', 'nunca liberaram', 'nunca foi estornad*', 'nao foi estornad*', 'nao estornaram'],
  },
  it: {
    heldMoney: ['deposito cauzionale', 'cauzione', 'deposito', 'preautorizzazione', 'pre-autorizzazione', 'pre autorizzazione', 'importo bloccato', 'somma bloccata', 'blocco sulla carta', 'importo trattenuto'],
    notReleased: ['mai stato sbloccat*', 'mai stata sbloccat*', 'mai sbloccat*', 'non e stato sbloccat*', 'non e stata sbloccat*', 'ancora bloccat*', 'tuttora bloccat*', 'mai stato restituit*', 'mai stata restituit*', 'non e stato restituit*', 'non e stata restituit*', 'mai restituit*', 'non mi avete restituito', 'mai rimborsat*', 'non e stato rimborsat*', 'non e stata rimborsat*', 'non e stato svincolat*', 'mai svincolat*', 'ancora trattenut*'],
  },
  nl: {
    heldMoney: ['borg', 'borgsom', 'waarborg', 'pre-autorisatie', 'preautorisatie', 'voorautorisatie', 'reservering op mijn creditcard', 'reservering op mijn kaart', 'geblokkeerd bedrag', 'geblokkeerde bedrag', 'gereserveerd bedrag', 'gereserveerde bedrag', 'blokkering'],
    notReleased: ['nooit vrijgegeven', 'niet vrijgegeven', 'nog niet vrijgegeven', 'nog steeds geblokkeerd', 'nog altijd geblokkeerd', 'nog steeds gereserveerd', 'nooit teruggestort', 'niet teruggestort', 'nooit terugbetaald', 'niet terugbetaald', 'nooit teruggekregen', 'niet teruggekregen', 'nog steeds niet terug', 'nooit terug', 'ingehouden'],
  },
  pl: {
    heldMoney: ['kaucja', 'kaucji', 'kaucje', 'depozyt*', 'preautoryzacj*', 'blokada na karcie', 'blokada srodkow', 'zablokowane srodki', 'zablokowana kwota'],
    notReleased: ['nie zostala zwrocona', 'nie zostal zwrocony', 'nie zostaly zwrocone', 'nie zwrocili', 'nie zwrociliscie', 'nigdy nie wrocil*', 'nie wrocil*', 'nadal nie wrocil*', 'nadal zablokowan*', 'wciaz zablokowan*', 'dalej zablokowan*', 'nie zostala odblokowana', 'nie odblokowali', 'nie odblokowaliscie', 'nie dostalem zwrotu', 'nie dostalam zwrotu', 'zatrzymaliscie'],
  },
  tr: {
    heldMoney: ['depozito*', 'teminat*', 'provizyon', 'on provizyon', 'bloke tutar', 'bloke edilen', 'blokeli tutar'],
    notReleased: ['iade edilmedi', 'iade edilmemis', 'geri verilmedi', 'geri odenmedi', 'geri gelmedi', 'hala gelmedi', 'hala bloke', 'hala blokeli', 'bloke kaldi', 'kaldirilmadi', 'serbest birakilmadi', 'cozulmedi', 'iade etmediniz', 'iade yapilmadi', 'iadesi yapilmadi', 'geri alamadim'],
  },
  ar: {
    heldMoney: ['التامين', 'العربون', 'مبلغ الضمان', 'الوديعه', 'المبلغ المحجوز', 'مبلغ محجوز', 'المبلغ المعلق', 'حجز مبلغ', 'التفويض المسبق'],
    notReleased: ['ما رجع', 'ما رجعت', 'لم يرجع', 'لم يتم ارجاع', 'لم يتم استرجاع', 'لم يسترد', 'ما استرجعت', 'ما انفك', 'لم يتم فك', 'لسه محجوز', 'لا يزال محجوز', 'ما زال محجوز', 'مازال محجوز', 'لا يزال معلق', 'ما زال معلق', 'لم يتم الافراج', 'ما رجعوه', 'ما رجعولي', 'لم تعيدوا', 'ما ردوه'],
  },
  ru: {
    heldMoney: ['залог', 'залога', 'залогом', 'депозит', 'депозита', 'предавторизаци*', 'холд', 'заблокированн* сумм*', 'сумма заблокирована', 'деньги заблокированы', 'на карте заблокирован*', 'заблокированные деньги', 'замороженн* деньги'],
    notReleased: ['так и не вернули', 'не вернули', 'до сих пор не вернули', 'не возвращают', 'не разблокировали', 'до сих пор заблокирован*', 'все еще заблокирован*', 'не сняли блокировку', 'не сняли холд', 'до сих пор висит', 'все еще висит', 'не разморозили', 'уже неделю', 'уже две недели', 'уже месяц'],
  },
  uk: {
    heldMoney: ['застава', 'заставу', 'застави', 'депозит', 'депозиту', 'передавторизаці*', 'заблоковану суму', 'заблокована сума', 'кошти заблоковані', 'гроші заблоковані'],
    notReleased: ['так і не повернули', 'не повернули', 'досі не повернули', 'досі заблоковані', 'досі заблокована', 'не розблокували', 'досі висить', 'вже тиждень', 'вже два тижні'],
  },
  ja: {
    heldMoney: ['デポジット', '保証金', '預り金', '預かり金', '仮売上', '与信枠', 'オーソリ', '仮押さえ'],
    notReleased: ['返金されていません', '返金されてない', '返金されていない', '返金されない', '返金がない', '返ってこない', '返ってきません', '返ってきていない', '戻ってこない', '戻ってきません', '戻ってきていない', '解除されない', '解除されていない', '解除されません', '取り消されていない', '返還されていない', '押さえられたまま'],
  },
  zh: {
    heldMoney: ['押金', '保证金', '保證金', '预授权', '預授權', '冻结的金额', '冻结金额', '凍結金額'],
    notReleased: ['没有退', '没退', '沒有退', '沒退', '还没退', '還沒退', '一直没', '一直沒', '未退', '没有返还', '沒有返還', '还没返还', '没有解冻', '沒有解凍', '还没解冻', '還沒解凍', '一直冻结', '仍然冻结', '还在冻结', '没有释放', '沒有釋放', '不给退', '不給退', '扣着不退'],
  },
  ko: {
    heldMoney: ['보증금', '디파짓', '예치금', '가승인', '사전승인', '선승인', '홀딩 금액'],
    notReleased: ['환불되지 않았', '환불이 안 됐', '환불이 안 되', '환불 안 됐', '환불을 못 받', '아직 환불', '돌려받지 못', '못 돌려받', '돌려주지 않', '안 돌려줘', '안 돌려주', '해제되지 않', '해제가 안', '해제 안', '아직도 묶여', '취소되지 않', '취소가 안'],
  },
  th: {
    heldMoney: ['เงินมัดจำ', 'ค่ามัดจำ', 'มัดจำ', 'เงินประกัน', 'วงเงินที่ถูกกัน', 'ยอดที่ถูกระงับ', 'เงินที่ถูกล็อก', 'ล็อกวงเงิน'],
    notReleased: ['ยังไม่ได้คืน', 'ไม่ได้คืน', 'ยังไม่คืน', 'ไม่คืน', 'ยังไม่ได้รับคืน', 'ไม่ได้รับคืน', 'ยังไม่ปลด', 'ยังไม่ถูกปลด', 'ยังถูกกัน', 'ยังโดนกัน'],
  },
  id: {
    heldMoney: ['uang jaminan', 'deposit', 'deposito', 'dana jaminan', 'pre-otorisasi', 'dana ditahan', 'dana tertahan', 'saldo tertahan', 'uang tertahan', 'dana diblokir'],
    notReleased: ['belum dikembalikan', 'tidak dikembalikan', 'tidak pernah dikembalikan', 'belum kembali', 'tidak kembali', 'belum cair', 'belum dilepas', 'masih ditahan', 'masih tertahan', 'masih diblokir', 'belum di refund', 'belum direfund', 'tidak di refund', 'tidak direfund'],
  },
  vi: {
    heldMoney: ['tien dat coc', 'tien coc', 'dat coc', 'tien ky quy', 'ky quy', 'tien bi tam giu', 'tien bi giu', 'tien bi phong toa', 'so tien bi khoa'],
    notReleased: ['chua duoc hoan', 'chua hoan', 'khong duoc hoan', 'chua duoc tra', 'chua tra lai', 'khong tra lai', 'van bi giu', 'van bi khoa', 'chua duoc mo', 'chua mo khoa', 'chua nhan lai', 'khong nhan lai'],
  },
  sv: {
    heldMoney: ['deposition*', 'handpenning*', 'reservation* på mitt kort', 'reserverat belopp', 'reserverade beloppet', 'spärrat belopp', 'spärrade beloppet', 'preauktorisering*', 'förhandsauktorisering*', 'reservationen'],
    notReleased: ['aldrig släppts', 'inte släppts', 'fortfarande inte släppt*', 'fortfarande reserverat', 'fortfarande reserverad*', 'fortfarande spärrat', 'fortfarande spärrad*', 'aldrig återgått', 'inte återgått', 'aldrig fått tillbaka', 'inte fått tillbaka', 'aldrig återbetalat*', 'inte återbetalat*', 'aldrig kommit tillbaka', 'inte kommit tillbaka', 'ligger kvar', 'ligger fortfarande kvar', 'behållit'],
  },
  cs: {
    heldMoney: ['kauce', 'kauci', 'záloha', 'zálohu', 'zálohy', 'předautorizac*', 'blokace', 'blokaci', 'blokovaná částka', 'blokovanou částku', 'zablokované peníze', 'zablokovaná částka', 'rezervace na kartě'],
    notReleased: ['nebyla vrácena', 'nebyl vrácen', 'nebyly vráceny', 'nevrátili', 'nevrátila', 'stále blokovan*', 'pořád blokovan*', 'stále zablokovan*', 'pořád zablokovan*', 'nebyla uvolněna', 'neuvolnili', 'stále neuvolněn*', 'nedostal jsem zpět', 'nedostala jsem zpět', 'nedostal jsem zpátky', 'nedostala jsem zpátky'],
  },
};

/** Charged more than the price shown, quoted or agreed: `moreThanShown` beside a charge, `overcharged` on its own. */
export const MORE_THAN_SHOWN: Readonly<Record<string, ConceptTable>> = {
  en: {
    moreThanShown: ['more than the price', 'more than shown', 'more than the app showed', 'more than the app said', 'more than it showed', 'more than quoted', 'more than the quote', 'more than displayed', 'more than advertised', 'more than the estimate', 'more than agreed', 'more than i was told', 'higher than shown', 'higher than quoted', 'higher than the price', 'way more than', 'much more than', 'far more than', 'twice the price', 'double the price'],
    overcharged: ['overcharged', 'over-charged', 'overbilled', 'charged me way more', 'charged me much more', 'charged me far more', 'charged me more than', 'billed me more than', 'charged me extra'],
  },
  de: { moreThanShown: ['als angezeigt', 'als in der app angezeigt', 'als in der app stand', 'als angegeben', 'als vereinbart', 'als angekündigt', 'als der angezeigte preis', 'viel mehr als', 'deutlich mehr als', 'doppelt so viel', 'höher als angezeigt'], overcharged: ['zu viel abgebucht', 'zu viel berechnet', 'zuviel abgebucht', 'zuviel berechnet', 'überhöhten betrag', 'mehr abgebucht als'] },
  es: { moreThanShown: ['mas de lo que marcaba', 'mas de lo que mostraba', 'mas de lo indicado', 'mas de lo que ponia', 'mas de lo acordado', 'mas de lo que decia', 'mas del precio', 'mucho mas de lo', 'el doble de lo', 'mas de lo que aparecia', 'mas de lo previsto', 'mas de lo anunciado'], overcharged: ['me cobraron de mas', 'me cobraron mas de', 'cobro de mas', 'cobrado de mas', 'cobro excesivo'] },
  fr: { moreThanShown: ['plus que le prix affiche', 'plus que prevu', 'plus que le montant affiche', 'plus que ce qui etait affiche', 'plus que ce qui etait indique', 'plus que le prix indique', 'beaucoup plus que', 'bien plus que', 'le double du prix', 'plus que convenu', 'plus que ce qui etait annonce'], overcharged: ['facture en trop', 'preleve en trop', 'surfacture*', 'trop preleve', 'trop facture', 'trop debite'] },
  pt: { moreThanShown: ['mais do que o valor mostrado', 'mais do que mostrava', 'mais do que o mostrado', 'mais do que o combinado', 'mais do que o indicado', 'muito mais do que', 'bem mais do que', 'o dobro do valor', 'o dobro do preco', 'mais do que aparecia', 'mais do que o previsto'], overcharged: ['cobraram a mais', 'cobrado a mais', 'cobranca a mais', 'cobranca indevida', 'cobranca abusiva'] },
  it: { moreThanShown: ['piu del prezzo mostrato', 'piu del prezzo indicato', 'piu di quanto indicato', 'piu di quanto mostrato', 'piu del previsto', 'molto piu del', 'molto di piu di', 'il doppio del', 'piu di quanto concordato', 'piu del dovuto', 'piu del prezzo'], overcharged: ['addebitato in piu', 'addebito in eccesso', 'addebitato di piu', 'fatto pagare di piu', 'sovrapprezzo'] },
  nl: { moreThanShown: ['dan in de app stond', 'dan aangegeven', 'dan getoond', 'dan afgesproken', 'meer dan de prijs', 'veel meer dan', 'het dubbele van', 'dubbel zoveel', 'meer dan vermeld'], overcharged: ['te veel afgeschreven', 'teveel afgeschreven', 'te veel in rekening gebracht', 'teveel in rekening gebracht', 'te veel betaald', 'teveel betaald'] },
  pl: { moreThanShown: ['wiecej niz pokazywala', 'wiecej niz w aplikacji', 'wiecej niz pokazano', 'wiecej niz cena', 'duzo wiecej niz', 'znacznie wiecej niz', 'wiecej niz bylo', 'wiecej niz ustalono', 'dwa razy wiecej'], overcharged: ['za duzo pobrali', 'pobrali za duzo', 'pobraliscie za duzo', 'za duzo naliczyli', 'zawyzon* oplat*'] },
  tr: { moreThanShown: ['gosterilenden fazla', 'gosterilen tutardan fazla', 'gorunenden fazla', 'belirtilenden fazla', 'soylenenden fazla', 'cok daha fazla', 'iki kati'], overcharged: ['fazla ucret', 'fazladan ucret', 'fazla para cekildi', 'fazladan para', 'fazla cekildi', 'fazla tahsil', 'fazla kesildi'] },
  ar: { moreThanShown: ['اكثر من المبلغ', 'اكثر من السعر', 'اكثر من المعروض', 'اكثر بكثير', 'ضعف المبلغ', 'ضعف السعر', 'اكثر مما'], overcharged: ['مبلغ زياده', 'مبلغ زائد', 'خصم زياده', 'خصموا زياده', 'سحبوا زياده'] },
  ru: { moreThanShown: ['больше чем было указано', 'больше чем показывало', 'больше чем показано', 'больше чем в приложении', 'намного больше', 'гораздо больше', 'значительно больше', 'в два раза больше', 'вдвое больше', 'больше положенного', 'больше чем договаривались'], overcharged: ['лишние деньги', 'лишнюю сумму', 'переплат*', 'списали лишн*'] },
  uk: { moreThanShown: ['більше ніж показувала', 'більше ніж було', 'набагато більше', 'значно більше', 'вдвічі більше', 'більше ніж у застосунку', 'більше ніж в додатку'], overcharged: ['зайві гроші', 'зайву суму', 'списали зайв*'] },
  ja: { overcharged: ['過剰請求', '過大請求', '多く請求', '高く請求', '余分に請求', '余計に請求', '多く引き落と', '多めに請求', '多く取られ', '表示された金額より', '表示より高', '見積もりより高'] },
  zh: { overcharged: ['多扣', '多收', '扣多了', '收多了', '比显示的多', '比顯示的多', '比显示的贵', '比顯示的貴', '比预估的多', '比預估的多', '比预计的多', '扣的钱比', '扣的錢比', '多收费', '多收費'] },
  ko: { overcharged: ['더 많이 결제', '더 많이 청구', '더 많이 빠져', '초과 결제', '과다 청구', '과다 결제', '훨씬 많이 결제', '두 배로 결제', '표시된 금액보다', '표시 금액보다', '안내된 금액보다', '예상 금액보다'] },
  th: { overcharged: ['เก็บเงินเกิน', 'ตัดเงินเกิน', 'คิดเงินเกิน', 'เรียกเก็บเกิน', 'หักเงินเกิน', 'เกินกว่าที่แสดง', 'มากกว่าที่แสดง', 'แพงกว่าที่แสดง'] },
  id: { overcharged: ['ditagih lebih', 'tagihan lebih besar', 'dipotong lebih', 'terpotong lebih', 'lebih mahal dari yang tertera', 'lebih mahal dari yang ditampilkan', 'lebih besar dari yang ditampilkan', 'kelebihan tagih', 'kelebihan potong'] },
  vi: { overcharged: ['tru tien nhieu hon', 'tinh tien nhieu hon', 'thu nhieu hon', 'tinh qua tien', 'tinh gap doi', 'nhieu hon so tien hien thi', 'nhieu hon gia hien thi', 'bi tinh thua', 'thu thua', 'tru thua', 'tru du tien'] },
  sv: { moreThanShown: ['mer än priset', 'mer än det som visades', 'mer än vad som visades', 'mer än utlovat', 'mer än avtalat', 'mycket mer än', 'betydligt mer än', 'dubbelt så mycket'], overcharged: ['överdebiterad*', 'för mycket betalt', 'drog för mycket', 'dragit för mycket', 'tog för mycket'] },
  cs: { moreThanShown: ['víc než ukazovala', 'více než ukazovala', 'víc než bylo uvedeno', 'více než bylo uvedeno', 'mnohem víc', 'mnohem více', 'dvakrát tolik', 'víc než cena'], overcharged: ['naúčtovali víc', 'naúčtovali více', 'strhli víc', 'strhli více', 'strhli mnohem'] },
};

/** A fee or charge the customer never agreed to: said beside the charge or the fee ("a fee I never agreed to"). */
export const NEVER_AGREED: Readonly<Record<string, ConceptTable>> = {
  en: { neverAgreed: ['never agreed to', "didn't agree to", 'did not agree to', 'never accepted', 'never approved', 'never signed up for', 'never consented', 'hidden fee', 'hidden charge', "didn't authorise", 'did not authorise', 'never authorised', "didn't authorize", 'did not authorize', 'never authorized', 'never asked for', 'never clicked', 'would never have chosen', 'never chose', 'ticked by default', 'pre-ticked', 'preticked', 'pre-selected', 'preselected', 'selected by default', 'added by default', 'opted in by default'] },
  de: { neverAgreed: ['nie zugestimmt', 'nicht zugestimmt', 'nie akzeptiert', 'nicht akzeptiert', 'nie eingewilligt', 'nie vereinbart', 'nicht vereinbart', 'versteckte gebühr', 'nie bestellt', 'nicht bestellt', 'nie angefordert', 'nie ausgewählt', 'voreingestellt', 'vorausgewählt', 'standardmäßig angehakt'] },
  es: { neverAgreed: ['nunca acepte', 'no acepte', 'nunca autorice', 'nunca aprobe', 'nunca estuve de acuerdo', 'no estuve de acuerdo', 'sin mi consentimiento', 'cargo oculto', 'tarifa oculta', 'comision oculta', 'nunca lo pedi', 'nunca la pedi', 'nunca pedi', 'no lo pedi', 'marcado por defecto', 'preseleccionad*'] },
  fr: { neverAgreed: ['jamais accepte*', 'pas accepte*', 'jamais consenti', 'jamais donne mon accord', 'sans mon accord', 'sans mon consentement', 'frais caches', 'jamais demande', 'pas demande', 'jamais commande', 'coche par defaut', 'preselectionne*'] },
  pt: { neverAgreed: ['nunca aceitei', 'nao aceitei', 'nunca autorizei', 'nunca concordei', 'nao concordei', 'sem meu consentimento', 'sem o meu consentimento', 'taxa escondida', 'taxa oculta', 'nunca pedi', 'nao pedi', 'nunca solicitei', 'marcado por padrao', 'pre-selecionad*'] },
  it: { neverAgreed: ['mai accettat*', 'non ho accettato', 'mai autorizzat*', 'non ho mai accettato', 'non ho mai autorizzato', 'senza il mio consenso', 'costo nascosto', 'costi nascosti', 'mai richiest*', 'non ho mai richiesto', 'non ho mai ordinato', 'preselezionat*', 'spuntat* di default'] },
  nl: { neverAgreed: ['nooit akkoord', 'niet akkoord', 'nooit mee akkoord', 'nooit ingestemd', 'niet ingestemd', 'nooit geaccepteerd', 'niet geaccepteerd', 'zonder mijn toestemming', 'verborgen kosten', 'nooit besteld', 'niet besteld', 'nooit aangevraagd', 'standaard aangevinkt', 'vooraf aangevinkt'] },
  pl: { neverAgreed: ['nie zgodzilem', 'nie zgodzilam', 'nigdy sie nie zgodzil*', 'nie zgodzil*', 'nie akceptowal*', 'nie zaakceptowal*', 'bez mojej zgody', 'ukryt* oplat*'] },
  tr: { neverAgreed: ['kabul etmedigim', 'onaylamadigim', 'onay vermedigim', 'izin vermedigim', 'benim onayim olmadan', 'onayim olmadan', 'gizli ucret'] },
  ar: { neverAgreed: ['لم اوافق', 'ما وافقت', 'بدون موافقتي', 'دون موافقتي', 'رسوم مخفيه'] },
  ru: { neverAgreed: ['не соглашался', 'не соглашалась', 'не давал согласия', 'не давала согласия', 'без моего согласия', 'скрыт* комисси*', 'скрыт* плат*'] },
  uk: { neverAgreed: ['не погоджувався', 'не погоджувалася', 'не давав згоди', 'не давала згоди', 'без моєї згоди', 'прихован* комісі*'] },
  ja: { neverAgreed: ['同意していない', '同意してない', '同意していません', '承諾していない', '承諾していません', '了承していない', '聞いていない', '聞いてない'] },
  zh: { neverAgreed: ['没有同意', '沒有同意', '我没同意', '我沒同意', '未经我同意', '未經我同意', '没经过我同意', '隐藏费用', '隱藏費用'] },
  ko: { neverAgreed: ['동의하지 않았', '동의한 적 없', '동의한 적이 없', '동의 안 했', '승인한 적 없', '승인한 적이 없'] },
  th: { neverAgreed: ['ไม่ได้ยินยอม', 'ไม่ได้ตกลง', 'ไม่ได้อนุมัติ', 'โดยไม่ได้รับความยินยอม'] },
  id: { neverAgreed: ['tidak pernah setuju', 'tidak setuju', 'tanpa persetujuan', 'tidak pernah menyetujui', 'biaya tersembunyi'] },
  vi: { neverAgreed: ['khong dong y', 'chua tung dong y', 'chua dong y', 'khong he dong y', 'phi an'] },
  sv: { neverAgreed: ['aldrig godkänt', 'inte godkänt', 'aldrig gått med på', 'inte gått med på', 'aldrig accepterat', 'utan mitt samtycke', 'dolda avgifter', 'dold avgift', 'aldrig beställt', 'aldrig bett om', 'förvald', 'förbockad', 'förkryssad'] },
  cs: { neverAgreed: ['nesouhlasil', 'nesouhlasila', 'jsem nesouhlasil', 'jsem nesouhlasila', 'neodsouhlasil*', 'bez mého souhlasu', 'skryt* poplat*', 'nikdy jsem neobjednal*', 'neobjednal*', 'nikdy jsem nežádal*', 'předvyplněn*', 'přednastaven*'] },
  el: { neverAgreed: ['δεν τη ζήτησα', 'δεν το ζήτησα', 'δεν τα ζήτησα', 'δεν ζήτησα ποτέ', 'χωρίς τη συγκατάθεσή μου', 'δεν συμφώνησα', 'προεπιλεγμένη', 'προεπιλεγμένο'] },
  ro: { neverAgreed: ['nu le-am comandat', 'nu l-am comandat', 'nu am comandat niciodata', 'nu am cerut', 'fara acordul meu', 'nu am fost de acord', 'bifat implicit', 'preselectat*'] },
  da: { neverAgreed: ['aldrig bestilt', 'aldrig godkendt', 'ikke godkendt', 'uden mit samtykke', 'forudvalgt', 'krydset af på forhånd'] },
  no: { neverAgreed: ['aldri bestilt', 'aldri godkjent', 'ikke godkjent', 'uten mitt samtykke', 'forhåndsvalgt', 'forhåndsavkrysset'] },
  fi: { neverAgreed: ['en ole tilannut', 'en tilannut', 'en ole hyväksynyt', 'en hyväksynyt', 'ilman suostumustani', 'oletuksena valittu*'] },
};

/**
 * Words for existing concepts where packs lacked them: being charged ("ich musste zahlen", "결제가 돼요"), the
 * customer's own cancelling, trips, rides and rentals disowned ("een rit die ik nooit gemaakt heb"), a balance gone,
 * and the other side gone after a payment.
 */
export const CHARGES_MORE_WORDS: Readonly<Record<string, ConceptTable>> = {
  en: { charged: ['renewed', 'auto renewed', 'took payment', 'took a payment', 'made me pay'], orderThing: ['ride', 'rides', 'trip', 'trips', 'rental', 'rentals', 'journey', 'journeys'], disownedRef: ['i never took', "i didn't take", 'i never used', "i didn't use", 'i never rode', 'i never booked'], partyGone: ["doesn't answer", 'does not answer', 'not answering', 'stopped answering', 'stopped replying', "won't answer", 'ghosted me', 'disappeared', 'vanished'] },
  de: { charged: ['musste zahlen', 'musste bezahlen', 'zahlen lassen', 'bezahlen lassen', 'verlängert'], orderThing: ['fahrt', 'fahrten', 'miete', 'anmietung'], disownedRef: ['nie gefahren', 'nicht gefahren', 'nie genutzt', 'nicht genutzt', 'nie gebucht'] },
  es: { orderThing: ['viaje', 'viajes', 'trayecto', 'trayectos', 'alquiler', 'alquileres'], disownedRef: ['nunca use', 'nunca reserve', 'nunca realice'], cancelledIt: ['di de baja la cuenta', 'cerre la cuenta', 'cancele la suscripcion'] },
  fr: { cancelledIt: ['apres ma resiliation', 'apres la resiliation', 'apres mon annulation', 'malgre mon annulation', 'apres avoir supprime mon compte'], charged: ['continue a me prelever', 'continue de me prelever', 'continuez de me prelever'], orderThing: ['trajet', 'trajets', 'location', 'locations', 'course', 'courses'], disownedRef: ["je n'ai jamais effectue*", "je n'ai jamais utilise"] },
  pt: { orderThing: ['viagem', 'viagens', 'corrida', 'corridas', 'aluguel', 'alugueis'], disownedRef: ['nunca usei', 'nunca reservei'] },
  it: { orderThing: ['corsa', 'corse', 'noleggio', 'noleggi', 'viaggio'], disownedRef: ['non ho mai usato', 'non ho mai prenotato'] },
  nl: { charged: ['moest betalen', 'moest ik betalen', 'laten betalen', 'verlengd'], orderThing: ['rit', 'ritten', 'huur', 'verhuur', 'reis'], disownedRef: ['nooit gereden', 'niet gereden', 'nooit gebruikt', 'niet gebruikt', 'nooit geboekt'], partyGone: ['reageert niet', 'neemt niet op', 'geeft geen antwoord'] },
  pl: { cancelledIt: ['po tym jak zrezygnowal*', 'po tym jak anulowal*', 'po usunieciu konta', 'usunalem konto', 'usunelam konto'], orderThing: ['przejazd', 'przejazdy', 'przejazdu', 'wypozyczenie', 'wynajem'], disownedRef: ['ktorego nie odbylem', 'ktorego nie odbylam', 'ktorego nie zrobilem', 'ktorego nie zrobilam', 'nigdy nie odbylem', 'nie odbylem', 'nie odbylam'] },
  tr: { charged: ['para cekildi', 'para kesildi', 'odeme cekildi'], vanished: ['sifirlanmis', 'sifirlandi', 'sifirlanmis', 'bosaltilmis', 'bosaltildi'], partyGone: ['cevap vermiyor', 'donus yapmiyor', 'ulasamiyorum', 'yanit vermiyor'] },
  ar: { charged: ['خصمتوا', 'خصمتو', 'خصمتم', 'سحبتوا', 'سحبتم', 'انخصم', 'تم خصم'], cancelledIt: ['بعد ما لغيت', 'بعد ما الغيت', 'بعد الالغاء', 'رغم الغاء', 'لغيت الاشتراك', 'الغيت الاشتراك'], partyGone: ['اختفى', 'اختفت', 'ما يرد', 'لا يرد', 'ما عاد يرد'] },
  ru: { charged: ['списывать', 'продолжаете списывать', 'снимать', 'продолжаете снимать', 'списываете'], cancelledIt: ['после того как я отменил*', 'отменил* подписку', 'удалил* аккаунт'] },
  uk: { charged: ['нарахували', 'нараховують', 'списуєте', 'списувати', 'продовжуєте списувати'], orderThing: ['поїздку', 'поїздки', 'поїздка', 'оренду'], disownedRef: ['якої я не робив', 'якої я не робила', 'якої не було', 'я не їздив', 'я не їздила'] },
  ja: { charged: ['料金が引き落とされ', '請求されて'], disownedRef: ['利用していない', '利用していません', '乗っていない', '乗っていません'] },
  zh: { disownedRef: ['根本没用', '根本沒用', '没有用车', '沒有用車', '没骑', '沒騎', '没有骑', '沒有騎'] },
  ko: { charged: ['결제가 돼', '결제가 되', '결제돼', '결제 돼', '요금이 청구', '청구가 됐', '청구가 되'], cancelledIt: ['해지했는데', '취소했는데', '탈퇴했는데'], disownedRef: ['이용하지도 않았', '이용하지 않았', '이용한 적 없', '이용한 적이 없', '타지도 않았', '안 탔는데'] },
  th: { charged: ['โดนตัดเงิน', 'ถูกตัดเงิน', 'ถูกเก็บเงิน', 'โดนเก็บเงิน', 'ถูกหักเงิน', 'โดนหักเงิน'], cancelledIt: ['ยกเลิกแล้ว', 'ยกเลิกไปแล้ว'] },
  id: { charged: ['ditagih', 'terpotong', 'dipotong', 'masih ditagih', 'masih dipotong'], cancelledIt: ['sudah berhenti langganan', 'sudah batal', 'sudah membatalkan', 'sudah unsubscribe'] },
  vi: { charged: ['bi tru tien', 'bi tinh tien', 'van bi tru', 'bi thu tien'], cancelledIt: ['da huy roi', 'da huy', 'huy roi'] },
  sv: { orderThing: ['resa', 'resan', 'resor', 'hyra', 'hyrning'], disownedRef: ['jag aldrig åkt', 'aldrig åkt', 'inte åkt'] },
  cs: { charged: ['naúčtovali jste', 'strháváte'], cancelledIt: ['i po zrušení', 'po zrušení účtu'], orderThing: ['jízdu', 'jízdy', 'jízda', 'pronájem'], disownedRef: ['kterou jsem neuskutečnil', 'kterou jsem neuskutečnila', 'kterou jsem neudělal', 'kterou jsem neudělala', 'jsem nejel', 'jsem nejela'], partyGone: ['nereaguje', 'neozývá se', 'přestal reagovat', 'přestala reagovat'] },
};

/**
 * Fakes around an app with stored value: someone posing as the company's support ("un faux conseiller", "假客服",
 * "상담원을 사칭한"), a fake owner, seller or listing, and credits, minutes or accounts bought from a stranger.
 */
export const FAKES_AND_RESALE: Readonly<Record<string, ConceptTable>> = {
  en: { fakeParty: ['pretending to be your support', 'pretending to be from', 'claimed to be from your', 'said he was from your', 'said she was from your', 'posing as your', 'impersonating your', 'fake listing', 'fake ad', 'fake rental', 'sold me an account', 'sold me credits', 'sold me minutes', 'bought credits from a', 'bought ride credits from', 'bought minutes from a', 'bought an account from', 'fake voucher', 'fake promo code', 'fake gift card'] },
  de: { fakeParty: ['angeblicher mitarbeiter', 'angebliche mitarbeiterin', 'falscher mitarbeiter', 'falsche mitarbeiterin', 'falscher support', 'falscher kundendienst', 'fake-mitarbeiter', 'angeblich vom support', 'angeblich von euch', 'gab sich als mitarbeiter aus', 'gab sich als support aus', 'falscher verkäufer', 'falscher vermieter', 'fake-vermieter', 'fake-anzeige', 'gefälschte anzeige', 'guthaben von einem', 'hat mir guthaben verkauft', 'hat mir einen account verkauft', 'account gekauft von'] },
  es: { fakeParty: ['supuesto agente', 'supuesto asesor', 'supuesto empleado', 'supuesto soporte', 'supuesto operador', 'falso agente', 'falso asesor', 'falso soporte', 'falso empleado', 'falso operador', 'se hizo pasar por', 'se hacia pasar por', 'haciendose pasar por', 'falso vendedor', 'falso arrendador', 'anuncio falso', 'creditos falsos', 'compre creditos a', 'me vendio creditos', 'me vendio una cuenta', 'compre una cuenta a'] },
  fr: { fakeParty: ['faux conseiller', 'faux agent', 'faux support', 'faux service client', 'faux employe', 'faux loueur', 'faux vendeur', 'faux proprietaire', 'fausse annonce', 'se faisant passer pour', "s'est fait passer pour", 'se faisait passer pour', 'pretendu conseiller', 'soi-disant conseiller', 'soi-disant agent', 'achete des credits a', "m'a vendu des credits", "m'a vendu un compte"] },
  pt: { fakeParty: ['falso atendente', 'falso funcionario', 'falso suporte', 'falsa central', 'falso vendedor', 'falso locador', 'anuncio falso', 'se passando por', 'se passou por', 'suposto atendente', 'suposto funcionario', 'comprei creditos de', 'me vendeu creditos', 'me vendeu uma conta'] },
  it: { fakeParty: ['finto operatore', 'falso operatore', 'finto assistente', 'falso assistente', 'finto dipendente', 'finto servizio clienti', 'falso servizio clienti', 'finto venditore', 'falso venditore', 'annuncio falso', 'annuncio finto', 'spacciandosi per', 'si e spacciato per', 'sedicente operatore', 'presunto operatore', 'mi ha venduto crediti', 'mi ha venduto un account'] },
  nl: { fakeParty: ['nep-medewerker', 'nepmedewerker', 'nep medewerker', 'valse medewerker', 'nep-klantenservice', 'nep klantenservice', 'valse klantenservice', 'nepverkoper', 'nep-verkoper', 'nep verkoper', 'nepadvertentie', 'nep-advertentie', 'deed zich voor als', 'zich voordeed als', 'gaf zich uit voor', 'zogenaamde medewerker', 'tegoed gekocht van', 'verkocht mij tegoed', 'account gekocht van'] },
  pl: { fakeParty: ['falszywy konsultant', 'falszywa konsultantka', 'falszywy pracownik', 'falszywy support', 'falszywy sprzedawca', 'falszywe ogloszenie', 'podszywal sie', 'podszywala sie', 'podszywajacy sie', 'rzekomy pracownik', 'rzekomy konsultant', 'kupilem kredyty od', 'kupilem konto od', 'sprzedal mi konto'] },
  tr: { fakeParty: ['sahte musteri temsilcisi', 'sahte temsilci', 'sahte destek', 'sahte calisan', 'sahte satici', 'sahte ilan', 'temsilci oldugunu soyleyen', 'calisan oldugunu soyleyen', 'destekten oldugunu soyleyen', 'kendini temsilci olarak', 'bana hesap satti', 'bakiye satti'] },
  ar: { fakeParty: ['انتحل صفه', 'انتحل شخصيه', 'موظف مزيف', 'خدمه عملاء مزيفه', 'موظف وهمي', 'بائع وهمي', 'اعلان وهمي', 'ادعى انه من خدمه العملاء', 'ادعى انه موظف'] },
  ru: { fakeParty: ['лжесотрудник', 'лже-сотрудник', 'фальшивый сотрудник', 'фейковый сотрудник', 'поддельный сотрудник', 'якобы сотрудник', 'якобы из поддержки', 'якобы из службы поддержки', 'представился сотрудником', 'представилась сотрудником', 'выдавал себя за', 'выдавала себя за', 'фальшивое объявление', 'фейковое объявление', 'продал мне аккаунт'] },
  uk: { fakeParty: ['фейковий працівник', 'фальшивий працівник', 'лжепрацівник', 'нібито працівник', 'нібито з підтримки', 'представився працівником', 'представилася працівницею', 'видавав себе за', 'видавала себе за', 'фейкове оголошення', 'фейковий продавець'] },
  ja: { fakeParty: ['サポートを名乗る', 'サポートを装', '担当者を名乗る', 'スタッフを名乗る', '社員を名乗る', 'カスタマーセンターを名乗る', 'になりすました', '偽のサポート', '偽サポート', '偽の担当者', '偽物にカード', '偽の出品者', '偽の販売者', '偽の広告'] },
  zh: { fakeParty: ['冒充客服', '假客服', '冒充工作人员', '冒充工作人員', '假冒客服', '冒充你们', '冒充你們', '假冒你们', '自称客服', '自稱客服', '自称是客服', '自稱是客服', '冒充平台', '假卖家', '假賣家', '假房东', '假車主', '假车主'] },
  ko: { fakeParty: ['상담원을 사칭', '직원을 사칭', '고객센터를 사칭', '사칭한', '사칭해서', '사칭하는', '가짜 상담원', '가짜 직원', '가짜 고객센터', '가짜 판매자', '가짜 차주'] },
  th: { fakeParty: ['แอบอ้างเป็นพนักงาน', 'แอบอ้างเป็นเจ้าหน้าที่', 'แอบอ้าง', 'อ้างว่าเป็นพนักงาน', 'อ้างว่าเป็นเจ้าหน้าที่', 'พนักงานปลอม', 'เจ้าหน้าที่ปลอม', 'คอลเซ็นเตอร์ปลอม'] },
  id: { fakeParty: ['mengaku cs', 'mengaku dari cs', 'mengaku customer service', 'mengaku petugas', 'mengaku karyawan', 'cs palsu', 'cs gadungan', 'petugas palsu', 'petugas gadungan', 'penjual palsu', 'iklan palsu'] },
  vi: { fakeParty: ['gia danh nhan vien', 'gia danh', 'mao danh', 'nhan vien gia mao', 'tong dai gia', 'cskh gia', 'nguoi ban gia', 'tu xung la nhan vien'] },
  sv: { fakeParty: ['falsk kundtjänst', 'falsk handläggare', 'falsk anställd', 'falsk säljare', 'falsk annons', 'utgav sig för att vara', 'utgav sig för', 'påstod sig vara från', 'sa sig vara från'] },
  cs: { fakeParty: ['falešný operátor', 'falešná operátorka', 'falešný pracovník', 'falešná podpora', 'falešný prodejce', 'falešný inzerát', 'vydával se za', 'vydávala se za', 'údajný pracovník', 'údajně z podpory'] },
};

/**
 * Resolution cues: the disputed charge already paid back ("it was already refunded", "ya me lo devolvieron", "已经退款了").
 * Merged into each pack's `resolved` cues (./index.ts); told with the charge, the charge is over.
 */
export const REFUNDED_ALREADY: Readonly<Record<string, readonly string[]>> = {
  en: ['already refunded', 'been refunded already', 'refunded already', 'already been refunded', 'already got the refund', 'already got a refund', 'already reversed', 'already been reversed'],
  de: ['schon erstattet', 'bereits erstattet', 'schon zurückerstattet', 'bereits zurückerstattet', 'schon zurückgebucht', 'bereits zurückgebucht', 'schon zurückbekommen', 'schon wieder gutgeschrieben'],
  es: ['ya me lo devolvieron', 'ya me la devolvieron', 'ya me devolvieron', 'ya me lo han devuelto', 'ya me han devuelto', 'ya me reembolsaron', 'ya fue reembolsado', 'ya me lo reembolsaron'],
  fr: ['deja rembourse*', 'deja ete rembourse*', "m'ont deja rembourse", 'deja recredite', 'deja annule le debit'],
  pt: ['ja foi estornad*', 'ja estornaram', 'ja foi devolvid*', 'ja me devolveram', 'ja fui reembolsad*', 'ja reembolsaram'],
  it: ['gia rimborsat*', 'gia stato rimborsat*', 'gia stata rimborsat*', 'gia restituit*', 'gia stornat*'],
  nl: ['al teruggestort', 'al terugbetaald', 'al terugbetaald gekregen', 'al teruggekregen', 'inmiddels teruggestort'],
  pl: ['juz zwrocili', 'juz zwrocone', 'juz zwrocona', 'juz oddali', 'juz dostalem zwrot', 'juz dostalam zwrot'],
  tr: ['zaten iade edildi', 'iade edildi zaten', 'zaten geri odendi', 'iadesi yapildi'],
  ru: ['уже вернули', 'уже возвращены', 'уже возвращен*', 'деньги вернули'],
  uk: ['вже повернули', 'уже повернули', 'вже повернуто'],
  ja: ['もう返金され', '既に返金され', 'すでに返金され', '返金済み'],
  zh: ['已经退款', '已經退款', '已经退了', '已經退了', '已经退回', '已經退回', '退款了', '已退款'],
  ko: ['이미 환불', '환불 받았', '환불받았', '환불됐어'],
  th: ['คืนเงินแล้ว', 'ได้เงินคืนแล้ว'],
  id: ['sudah dikembalikan', 'sudah di refund', 'sudah direfund', 'dananya sudah kembali'],
  vi: ['da duoc hoan tien', 'da hoan tien', 'da hoan lai'],
  sv: ['redan återbetalat*', 'redan fått tillbaka', 'redan återbetald*'],
  cs: ['už vrátili', 'již vrátili', 'už vráceno', 'už mi vrátili'],
};

/**
 * A third party renting or riding with the customer's account or card ("someone rented a car on my account", "jemand
 * hat mit meinem Konto ein Auto gemietet"), for the someone-ordered-on-my-account frames; and a fake QR code stuck on a
 * vehicle or a parking meter that sent the payment elsewhere.
 */
export const RENTED_IT: Readonly<Record<string, ConceptTable>> = {
  en: { orderedIt: ['rented', 'is renting', 'has been renting', 'has rented', 'booked a car', 'booked cars', 'took rides', 'is taking rides', 'has been taking rides', 'unlocked scooters', 'unlocked a scooter'], fakeParty: ['fake qr code', 'fake qr', 'qr code was fake', 'qr code sticker'] },
  de: { orderedIt: ['gemietet', 'mietet', 'fahrten gemacht', 'fährt mit', 'ausgeliehen'], fakeParty: ['gefälschter qr-code', 'gefälschten qr-code', 'falscher qr-code', 'falschen qr-code', 'qr-code war gefälscht', 'qr-code aufkleber'] },
  es: { orderedIt: ['alquilo', 'alquilaron', 'ha alquilado', 'han alquilado', 'esta alquilando', 'reservo un coche', 'hizo viajes'], fakeParty: ['codigo qr falso', 'qr falso'] },
  fr: { orderedIt: ['a loue', 'ont loue', 'loue des', 'a reserve une voiture', 'a fait des trajets'], fakeParty: ['faux qr code', 'faux code qr', 'qr code frauduleux', 'qr code etait faux'] },
  pt: { orderedIt: ['alugou', 'alugaram', 'esta alugando', 'fez viagens', 'fez corridas'], fakeParty: ['qr code falso', 'codigo qr falso'] },
  it: { orderedIt: ['ha noleggiato', 'hanno noleggiato', 'sta noleggiando', 'noleggia', 'ha fatto corse'], fakeParty: ['qr code falso', 'codice qr falso'] },
  nl: { orderedIt: ['gehuurd', 'huurt', 'ritten gemaakt', 'maakt ritten'], fakeParty: ['nep-qr-code', 'nep qr-code', 'valse qr-code', 'nep qr code', 'valse qr code'] },
  pl: { orderedIt: ['wypozyczyl', 'wypozyczyla', 'wypozyczyli', 'wypozycza', 'wynajal', 'wynajela'], fakeParty: ['falszywy kod qr', 'falszywy qr'] },
  tr: { orderedIt: ['kiralamis', 'kiraladi', 'kiraliyor', 'kiralama yapmis', 'kiralama yapti'], fakeParty: ['sahte qr kod', 'sahte karekod'] },
  ru: { orderedIt: ['арендовал', 'арендовала', 'арендовали', 'арендует', 'катается', 'ездит'], fakeParty: ['поддельный qr', 'фальшивый qr', 'фейковый qr'] },
  uk: { orderedIt: ['орендував', 'орендувала', 'орендували', 'орендує', 'катається', 'їздить'], fakeParty: ['підроблений qr', 'фальшивий qr', 'фейковий qr'] },
  ja: { orderedIt: ['借りて', '借りた', '借りられ', 'レンタルして', 'レンタルした', 'レンタルされ', '乗られ'], fakeParty: ['偽のqrコード', '偽qrコード', 'qrコードが偽'] },
  zh: { orderedIt: ['租车', '租車', '租了', '骑车', '騎車', '用车', '用車'], fakeParty: ['假的二维码', '假二维码', '假二維碼', '二维码是假的'] },
  ko: { orderedIt: ['대여했', '대여하고', '빌렸', '빌려서', '이용했', '타고 다니'], fakeParty: ['가짜 qr', '가짜 큐알'] },
  sv: { orderedIt: ['hyrt', 'hyrde', 'hyr', 'åkt med', 'åker med'], fakeParty: ['falsk qr-kod', 'falsk qr kod'] },
  cs: { orderedIt: ['půjčil', 'půjčila', 'půjčili', 'pronajal', 'pronajala', 'jezdí'], fakeParty: ['falešný qr kód', 'falešný qr'] },
  id: { orderedIt: ['menyewa', 'sewa mobil', 'pakai akun saya', 'naik'], fakeParty: ['qr palsu', 'kode qr palsu'] },
  vi: { orderedIt: ['thue xe', 'da thue', 'dang thue'], fakeParty: ['ma qr gia', 'qr gia'] },
};
