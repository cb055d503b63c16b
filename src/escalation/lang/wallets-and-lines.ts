/**
 * Security incidents told in the words of wallets, crypto exchanges and marketplaces, one table each for every language
 * (merged into each pack in ./index.ts; the frames are in ../situations.ts):
 *
 *  - {@link SENT_TO_UNKNOWN}: assets moved to a destination the customer does not know. A withdrawal, transfer or the
 *    balance itself sent "to an address I don't know", "на неизвестный адрес", "知らないアドレスに", "到陌生地址" is
 *    by its nature not the customer's own act: `unknownDest` names the destination as strange, and the frame pairs it
 *    with a transaction, the money or its vanishing in one sentence. "I sent coins to the WRONG address" is the
 *    customer's own slip and is no word here. The table also lets wallets' own words count as money (coins, balance)
 *    and third-person or passive verbs of taking money out as a transaction ("вывели", "出金され", "被提走").
 *  - {@link LINE_DIED_SUDDENLY}: a SIM swap seen by its owner as the phone losing signal all at once while the codes
 *    stop coming or go somewhere else. `abruptly` ("suddenly", "out of nowhere", "since this morning") is what sets a
 *    swap apart from a bad-coverage question ("no signal in the basement, the code isn't coming"); `codesElsewhere`
 *    ("the codes go to someone else", "arrivent sur un autre appareil") needs no suddenness beside a dead line.
 *  - {@link SELLER_SILENT}: fraud told as paid, then the other side gone silent or vanished ("er antwortet nicht
 *    mehr", "è sparito", "把我拉黑了"), and investment fraud as money put in that cannot come out.
 *  - {@link CODE_HANDED}: the words of handing a code or phrase to someone, and of disowning an act afterwards, that
 *    some packs lacked.
 */
import type { ConceptTable } from './types.js';

export const SENT_TO_UNKNOWN: Readonly<Record<string, ConceptTable>> = {
  en: {
    unknownDest: ['to an address i don\'t know', 'to an address i do not know', 'to an unknown address', 'to a strange address', 'to an address i don\'t recognise', 'to an address i don\'t recognize', 'to an unknown wallet', 'to a wallet i don\'t know', 'to a wallet that isn\'t mine', 'to a wallet that is not mine', 'to an account i don\'t know', 'to an unknown account', 'to an account that isn\'t mine', 'to a stranger\'s account', 'to someone i don\'t know', 'to a card that isn\'t mine', 'to an address that isn\'t mine', 'to some random address', 'to a random wallet', 'to a random address'],
    money: ['my assets', 'tokens', 'my tokens', 'nfts', 'my nfts', 'my nft'],
    transaction: ['withdrawals', 'withdrawal', 'transfers', 'transfer'],
  },
  de: {
    unknownDest: ['an eine fremde adresse', 'an eine unbekannte adresse', 'auf eine fremde adresse', 'auf eine unbekannte adresse', 'an ein fremdes wallet', 'an eine fremde wallet', 'auf ein fremdes konto', 'an ein fremdes konto', 'auf ein unbekanntes konto', 'an ein unbekanntes konto', 'an eine adresse die ich nicht kenne', 'an eine mir unbekannte adresse', 'auf ein mir unbekanntes konto', 'an einen unbekannten empfanger', 'an einen fremden empfanger'],
    money: ['meine coins', 'meine kryptos'],
    transaction: ['uberwiesen', 'ausgezahlt', 'abgehoben', 'auszahlung', 'auszahlungen', 'transfer', 'transfers'],
  },
  es: {
    unknownDest: ['a una direccion desconocida', 'a una direccion que no conozco', 'a una direccion que no reconozco', 'a una billetera desconocida', 'a una wallet desconocida', 'a una cuenta desconocida', 'a una cuenta que no conozco', 'a una cuenta que no es mia', 'a una direccion que no es mia', 'a un desconocido', 'a una tarjeta que no es mia'],
    money: ['mis fondos', 'mis criptos', 'mis monedas'],
    transaction: ['retiros', 'retiro', 'transferencias', 'transferencia', 'envios'],
  },
  fr: {
    unknownDest: ['vers une adresse inconnue', 'a une adresse inconnue', 'vers une adresse que je ne connais pas', 'vers un portefeuille inconnu', 'vers un wallet inconnu', 'vers un compte inconnu', 'sur un compte inconnu', 'vers un compte que je ne connais pas', 'sur un compte qui n\'est pas le mien', 'vers une adresse qui n\'est pas la mienne', 'a un inconnu', 'vers un iban inconnu'],
    money: ['mes fonds', 'mes cryptos'],
    transaction: ['retraits', 'retrait', 'virements', 'virement', 'transferts', 'transfert', 'transfere', 'transferes'],
  },
  pt: {
    unknownDest: ['para um endereco desconhecido', 'para um endereco que nao conheco', 'para uma carteira desconhecida', 'para uma conta desconhecida', 'para uma conta que nao conheco', 'para uma conta que nao e minha', 'para um endereco que nao e meu', 'para um desconhecido', 'para uma chave pix desconhecida', 'para um pix desconhecido'],
    money: ['meus fundos', 'minhas criptos', 'minhas moedas'],
    transaction: ['saques', 'saque', 'transferencias', 'transferencia', 'pix'],
  },
  it: {
    unknownDest: ['verso un indirizzo sconosciuto', 'a un indirizzo sconosciuto', 'verso un indirizzo che non conosco', 'verso un wallet sconosciuto', 'su un conto sconosciuto', 'verso un conto sconosciuto', 'su un conto che non e mio', 'a uno sconosciuto', 'su un iban sconosciuto', 'verso un iban sconosciuto'],
    money: ['i miei fondi', 'le mie crypto', 'le mie monete'],
    transaction: ['prelievi', 'prelievo', 'bonifici', 'trasferimenti', 'trasferimento'],
  },
  nl: {
    unknownDest: ['naar een onbekend adres', 'naar een adres dat ik niet ken', 'naar een onbekende wallet', 'naar een onbekende rekening', 'naar een rekening die ik niet ken', 'naar een rekening die niet van mij is', 'naar een vreemde rekening', 'naar een vreemd adres', 'naar een onbekende'],
    money: ['mijn munten', 'mijn crypto'],
    transaction: ['opnames', 'opname', 'overboekingen', 'overboeking', 'overgemaakt', 'opgenomen'],
  },
  pl: {
    unknownDest: ['na nieznany adres', 'na obcy adres', 'na adres ktorego nie znam', 'na nieznany portfel', 'na obcy portfel', 'na nieznane konto', 'na obce konto', 'na konto ktorego nie znam', 'do nieznanej osoby', 'na cudze konto'],
    money: ['srodki', 'moje srodki', 'moje kryptowaluty', 'moje monety'],
    transaction: ['wyplat*', 'przelew*', 'przelano', 'wyplacono', 'przeslano'],
  },
  tr: {
    unknownDest: ['bilmedigim bir adrese', 'bilmedigim adrese', 'tanimadigim bir adrese', 'tanimadigim adrese', 'bilinmeyen bir adrese', 'bilinmeyen adrese', 'yabanci bir adrese', 'bilmedigim bir hesaba', 'tanimadigim bir hesaba', 'bilinmeyen bir hesaba', 'tanimadigim birine', 'bilmedigim bir cuzdana', 'bilinmeyen bir cuzdana'],
    money: ['coinlerim', 'kriptolarim', 'varliklarim'],
    transaction: ['cekim', 'cekildi', 'cekilmis', 'transfer', 'transfer edilmis', 'transfer edildi', 'gonderilmis', 'gonderildi'],
  },
  ar: {
    unknownDest: ['الى عنوان لا اعرفه', 'الى عنوان غير معروف', 'لعنوان لا اعرفه', 'لعنوان غير معروف', 'الى محفظه لا اعرفها', 'الى محفظه غير معروفه', 'الى حساب لا اعرفه', 'الى حساب غير معروف', 'لحساب لا اعرفه', 'الى شخص لا اعرفه', 'لشخص لا اعرفه', 'الى حساب غريب', 'الى عنوان غريب'],
    money: ['عملاتي', 'اموالي', 'فلوسي'],
    transaction: ['سحب', 'تم سحب', 'تحويل', 'تم تحويل', 'سحوبات', 'تحويلات'],
  },
  ru: {
    unknownDest: ['на неизвестный адрес', 'на незнакомый адрес', 'на чужой адрес', 'на чужой кошелек', 'на неизвестный кошелек', 'на незнакомый кошелек', 'на чужой счет', 'на неизвестный счет', 'на незнакомый счет', 'на чужую карту', 'на незнакомую карту', 'неизвестному получателю', 'незнакомому человеку', 'на адрес который я не знаю'],
    money: ['монет*', 'криптовалют*', 'крипт*', 'активы', 'активов'],
    transaction: ['вывели', 'вывод', 'выводы', 'перевели', 'отправили', 'списались', 'ушли'],
  },
  uk: {
    unknownDest: ['на невідому адресу', 'на чужу адресу', 'на чужий гаманець', 'на невідомий гаманець', 'на чужий рахунок', 'на невідомий рахунок', 'на чужу картку', 'невідомому отримувачу'],
    money: ['монет*', 'криптовалют*', 'кошти'],
    transaction: ['вивели', 'виведення', 'переказ*', 'перевели', 'списали'],
  },
  ja: {
    unknownDest: ['知らないアドレス', '見知らぬアドレス', '不明なアドレス', '知らないウォレット', '見知らぬウォレット', '知らない口座', '見知らぬ口座', '不明な口座', '知らない人の口座', '知らない相手', '他人の口座', '他人のアドレス'],
    money: ['ビットコイン', 'イーサ', '資産'],
    transaction: ['送金され', '出金され', '引き出され', '送られ', '移動され', '振り込まれ'],
  },
  zh: {
    unknownDest: ['陌生地址', '不认识的地址', '未知地址', '陌生钱包', '不认识的钱包', '陌生账户', '陌生账号', '不认识的账户', '陌生人的账户', '别人的账户', '别人的钱包', '别人的地址', '陌生的地址', '陌生卡'],
    money: ['的币', '我的币', '资产', '虚拟币', '加密货币'],
    transaction: ['提币', '提现', '转出', '转走', '提走', '被转', '被提', '划走', '划转'],
  },
  ko: {
    unknownDest: ['모르는 주소', '모르는 지갑', '모르는 계좌', '낯선 주소', '낯선 계좌', '알 수 없는 주소', '알 수 없는 계좌', '다른 사람 계좌', '남의 계좌', '모르는 사람'],
    money: ['코인', '자산', '비트코인'],
    transaction: ['출금', '송금', '이체', '인출', '빠져나', '전송'],
  },
  th: {
    unknownDest: ['ที่อยู่ที่ไม่รู้จัก', 'กระเป๋าที่ไม่รู้จัก', 'วอลเล็ทที่ไม่รู้จัก', 'บัญชีที่ไม่รู้จัก', 'บัญชีแปลก', 'ที่อยู่แปลก', 'คนที่ไม่รู้จัก', 'บัญชีคนอื่น'],
    money: ['เงินในวอลเล็ท', 'เงินในกระเป๋า', 'เหรียญ', 'คริปโต'],
    transaction: ['ถูกโอน', 'ถูกถอน', 'โอนออก', 'ถอนออก', 'โอนไป', 'ถอนไป'],
  },
  id: {
    unknownDest: ['ke alamat yang tidak saya kenal', 'ke alamat asing', 'ke alamat tidak dikenal', 'ke dompet yang tidak saya kenal', 'ke rekening yang tidak saya kenal', 'ke rekening asing', 'ke rekening orang lain', 'ke rekening tidak dikenal', 'ke orang yang tidak saya kenal', 'ke nomor yang tidak saya kenal'],
    money: ['dana saya', 'koin saya', 'aset saya', 'kripto saya'],
    transaction: ['ditarik', 'penarikan', 'ditransfer', 'transfer', 'dikirim', 'terkirim'],
  },
  vi: {
    unknownDest: ['sang một địa chỉ lạ', 'sang địa chỉ lạ', 'đến địa chỉ lạ', 'tới địa chỉ lạ', 'sang ví lạ', 'sang một ví lạ', 'sang tài khoản lạ', 'vào tài khoản lạ', 'sang tài khoản không quen', 'cho người lạ', 'sang một tài khoản lạ', 'địa chỉ không xác định'],
    money: ['tiền trong ví', 'coin', 'tiền ảo', 'tài sản'],
    transaction: ['bị rút', 'rút tiền', 'bị chuyển', 'chuyển đi', 'chuyển khoản'],
  },
  hi: {
    unknownDest: ['anjaan address', 'anjan address', 'unknown address', 'anjaan wallet', 'anjaan account', 'kisi anjaan ke account', 'kisi aur ke account', 'अनजान पते', 'अनजान एड्रेस', 'अनजान खाते', 'अनजान अकाउंट', 'किसी और के खाते', 'किसी अनजान'],
    money: ['paise', 'paisa', 'पैसे', 'coins'],
    transaction: ['transfer ho gaye', 'transfer ho gaya', 'nikal liye', 'nikal gaye', 'withdraw ho gaye', 'withdrawal', 'ट्रांसफर हो गए', 'निकल गए', 'निकाल लिए'],
  },
  sv: {
    unknownDest: ['till en okand adress', 'till en adress jag inte kanner till', 'till en okand planbok', 'till ett okant konto', 'till ett konto jag inte kanner till', 'till nagon jag inte kanner', 'till nagon okand', 'till ett frammande konto'],
    money: ['mina pengar', 'mina mynt', 'min krypto'],
    transaction: ['uttag', 'overforing*', 'overfort', 'overforda', 'skickats'],
  },
  el: {
    unknownDest: ['σε αγνωστη διευθυνση', 'προς αγνωστη διευθυνση', 'σε αγνωστο πορτοφολι', 'προς αγνωστο πορτοφολι', 'σε αγνωστο λογαριασμο', 'προς αγνωστο λογαριασμο', 'σε ξενο λογαριασμο', 'σε αγνωστο', 'σε διευθυνση που δεν ξερω', 'σε λογαριασμο που δεν ξερω'],
    money: ['κρυπτονομισματα', 'νομισματα'],
    transaction: ['αναληψεις', 'αναληψη', 'μεταφορες', 'μεταφορα', 'μεταφερθηκαν', 'σταλθηκαν'],
  },
  cs: {
    unknownDest: ['na neznamou adresu', 'na cizi adresu', 'na neznamou penezenku', 'na cizi penezenku', 'na cizi ucet', 'na neznamy ucet', 'na ucet ktery neznam', 'neznamemu prijemci', 'nekomu neznamemu'],
    money: ['penize', 'moje penize', 'moje kryptomeny', 'moje mince'],
    transaction: ['vyber*', 'prevod*', 'prevedl*', 'odesl*', 'odesly', 'vybral*'],
  },
};

export const LINE_DIED_SUDDENLY: Readonly<Record<string, ConceptTable>> = {
  en: {
    abruptly: ['suddenly', 'all of a sudden', 'out of nowhere', 'out of the blue', 'for no reason', 'since this morning', 'since last night', 'since yesterday', 'since an hour ago', 'just now', 'overnight'],
    codesElsewhere: ['codes go to someone else', 'codes are going to someone else', 'codes are going somewhere else', 'codes go somewhere else', 'codes are sent to another', 'codes going to another', 'codes arrive on another', 'codes are going elsewhere', 'codes go elsewhere', 'sms goes to someone else', 'texts go to someone else', 'otp goes to someone else', 'someone else is getting my codes', 'someone else gets my codes', 'someone else is receiving my texts'],
  },
  de: {
    abruptly: ['plotzlich', 'auf einmal', 'von einem moment auf den anderen', 'aus dem nichts', 'seit heute morgen', 'seit heute fruh', 'seit gestern', 'seit heute mittag', 'ohne grund', 'uber nacht'],
    codesElsewhere: ['codes gehen woanders hin', 'codes gehen an jemand anderen', 'codes kommen bei jemand anderem an', 'sms gehen woanders hin', 'sms gehen an jemand anderen', 'jemand anders bekommt meine codes', 'jemand anderes bekommt meine sms', 'codes landen auf einem anderen'],
    codesMissing: ['codes kommen nicht mehr an', 'sms kommen nicht mehr an', 'keine bestatigungscodes', 'keine tan mehr'],
  },
  es: {
    abruptly: ['de repente', 'de golpe', 'de la nada', 'sin motivo', 'desde esta manana', 'desde anoche', 'desde ayer', 'de un momento a otro'],
    codesElsewhere: ['codigos le llegan a otra persona', 'codigos le llegan a otro', 'codigos llegan a otra persona', 'codigos llegan a otro telefono', 'codigos llegan a otro dispositivo', 'codigos se van a otro', 'sms le llegan a otra persona', 'otra persona recibe mis codigos', 'alguien mas recibe mis codigos'],
  },
  fr: {
    abruptly: ['soudainement', 'tout a coup', 'du jour au lendemain', 'd\'un coup', 'depuis ce matin', 'depuis hier', 'sans raison', 'subitement'],
    codesElsewhere: ['codes arrivent sur un autre', 'codes arrivent a quelqu\'un d\'autre', 'codes partent ailleurs', 'codes vont ailleurs', 'codes sont envoyes ailleurs', 'sms arrivent sur un autre', 'quelqu\'un d\'autre recoit mes codes', 'quelqu\'un recoit mes codes'],
  },
  pt: {
    abruptly: ['de repente', 'do nada', 'do nada mesmo', 'sem motivo', 'desde hoje cedo', 'desde ontem', 'de uma hora pra outra', 'de uma hora para outra'],
    codesElsewhere: ['indo para outro aparelho', 'indo para outro celular', 'chegando em outro aparelho', 'chegam em outro celular', 'codigos estao indo para outro', 'codigos vao para outro', 'codigos chegam em outro', 'codigos indo para outro', 'codigo foi para outro', 'sms vai para outro', 'outra pessoa recebe meus codigos', 'alguem esta recebendo meus codigos'],
  },
  it: {
    abruptly: ['all\'improvviso', 'improvvisamente', 'di colpo', 'dal nulla', 'da stamattina', 'da ieri', 'senza motivo', 'da un momento all\'altro'],
    codesElsewhere: ['codici arrivano a qualcun altro', 'codici vanno a qualcun altro', 'codici arrivano su un altro', 'sms arrivano a qualcun altro', 'qualcun altro riceve i miei codici'],
    codesMissing: ['codici di verifica non mi arrivano', 'non mi arrivano piu', 'non ricevo piu i codici', 'non ricevo piu gli sms'],
  },
  nl: {
    abruptly: ['ineens', 'opeens', 'plotseling', 'uit het niets', 'sinds vanochtend', 'sinds gisteren', 'zonder reden'],
    codesElsewhere: ['codes gaan naar iemand anders', 'codes komen bij iemand anders', 'sms gaat naar iemand anders', 'iemand anders krijgt mijn codes'],
    codesMissing: ['sms-codes komen niet meer binnen', 'codes komen niet meer binnen', 'krijg geen codes meer', 'krijg geen sms meer', 'codes komen niet meer'],
  },
  pl: {
    abruptly: ['nagle', 'nagle nagle', 'z nikad', 'bez powodu', 'od rana', 'od wczoraj', 'z dnia na dzien', 'znienacka'],
    codesElsewhere: ['kody przychodza do kogos innego', 'kody sms przychodza do kogos innego', 'kody ida do kogos innego', 'sms przychodza do kogos innego', 'ktos inny dostaje moje kody'],
    codesMissing: ['nie dostaje kodow', 'nie przychodza kody', 'kody nie przychodza', 'nie dochodza kody'],
  },
  tr: {
    abruptly: ['birden', 'aniden', 'bir anda', 'durduk yere', 'sebepsiz yere', 'bu sabahtan beri', 'dunden beri'],
    codesElsewhere: ['kodlar baskasina gidiyor', 'kodlar baska birine gidiyor', 'sms ler baskasina gidiyor', 'kodlar baska telefona gidiyor', 'kodlarim baskasina gidiyor'],
    codesMissing: ['kodlari bana gelmiyor', 'dogrulama kodlari gelmiyor', 'kod gelmiyor', 'kodlar gelmiyor', 'sms gelmiyor'],
  },
  ar: {
    abruptly: ['فجاه', 'فجأه', 'بدون سبب', 'منذ الصباح', 'من الصبح', 'منذ امس', 'من امس', 'بشكل مفاجئ'],
    codesElsewhere: ['الرموز تذهب لشخص اخر', 'الرموز تصل لشخص اخر', 'الرسائل تذهب لشخص اخر', 'الكود يروح لشخص ثاني', 'شخص اخر يستلم الرموز'],
    codesMissing: ['رموز التحقق لا تصلني', 'الرموز لا تصلني', 'لا تصلني الرموز', 'لا يصلني الرمز', 'لا يصلني الكود', 'ما يوصلني الكود'],
  },
  ru: {
    abruptly: ['вдруг', 'внезапно', 'резко', 'ни с того ни с сего', 'с утра', 'со вчерашнего дня', 'без причины', 'неожиданно'],
    codesElsewhere: ['коды приходят кому-то другому', 'коды приходят другому', 'коды уходят кому-то', 'смс приходят кому-то другому', 'коды приходят на другой', 'кто-то другой получает мои коды', 'кто-то получает мои коды'],
  },
  uk: {
    abruptly: ['раптом', 'раптово', 'несподівано', 'з ранку', 'з учора', 'без причини'],
    codesElsewhere: ['коди приходять комусь іншому', 'смс приходять комусь іншому', 'хтось інший отримує мої коди'],
  },
  ja: {
    abruptly: ['急に', '突然', 'いきなり', '今朝から', '昨日から', '理由もなく'],
    codesElsewhere: ['コードが別の', '認証コードが他の', 'コードが他人', '別の端末に届', '他の人に届'],
    codesMissing: ['認証コードが届かな', 'コードが届かな', 'smsが届かな', 'コードが来な'],
  },
  zh: {
    abruptly: ['突然', '忽然', '莫名其妙', '无缘无故', '今天早上开始', '从昨天开始', '一下子'],
    codesElsewhere: ['验证码发到别人', '验证码被别人收', '验证码到了别人', '别人收到我的验证码', '验证码发到另一', '短信发到别人'],
    codesMissing: ['验证码都收不到', '验证码收不到', '收不到验证码', '收不到短信', '验证码没收到'],
  },
  ko: {
    abruptly: ['갑자기', '느닷없이', '아침부터', '어제부터', '이유없이', '이유 없이'],
    codesElsewhere: ['인증번호가 다른', '인증번호가 남', '다른 사람한테 인증', '다른 폰으로 인증'],
    codesMissing: ['인증번호가 안 와', '인증번호가 안와', '인증번호 안 와', '인증번호가 안 옵', '문자가 안 와', '인증문자가 안'],
  },
  th: {
    abruptly: ['กะทันหัน', 'อยู่ๆ', 'อยู่ดีๆ', 'จู่ๆ', 'ตั้งแต่เช้า', 'ตั้งแต่เมื่อวาน', 'ไม่มีสาเหตุ'],
    codesElsewhere: ['otp ไปที่คนอื่น', 'รหัสไปที่เครื่องอื่น', 'คนอื่นได้รับรหัส', 'otp ไปเครื่องอื่น'],
    codesMissing: ['ไม่ได้รับรหัส', 'ไม่ได้รับ otp', 'otp ไม่มา', 'รหัสไม่มา', 'ไม่ได้รับsms'],
  },
  id: {
    abruptly: ['tiba-tiba', 'tiba tiba', 'mendadak', 'sejak tadi pagi', 'sejak kemarin', 'tanpa sebab', 'tanpa alasan'],
    codesElsewhere: ['kode otp masuk ke orang lain', 'otp masuk ke orang lain', 'kode masuk ke hp lain', 'otp dikirim ke nomor lain', 'orang lain yang dapat kode'],
    codesMissing: ['kode otp tidak masuk', 'otp tidak masuk', 'otp gak masuk', 'otp ga masuk', 'kode tidak masuk', 'sms tidak masuk'],
  },
  vi: {
    abruptly: ['tự nhiên', 'đột nhiên', 'bỗng dưng', 'bỗng nhiên', 'từ sáng', 'từ hôm qua', 'không lý do'],
    codesElsewhere: ['mã otp gửi về máy khác', 'otp về máy khác', 'mã gửi cho người khác', 'người khác nhận được mã'],
    codesMissing: ['không nhận được mã otp', 'không nhận được mã nữa'],
  },
  hi: {
    signalLost: ['नेटवर्क चला गया'],
    abruptly: ['achanak', 'acanak', 'अचानक', 'subah se', 'kal se', 'सुबह से', 'कल से', 'bina wajah'],
    codesElsewhere: ['otp kisi aur ko ja raha', 'otp kisi aur ke paas', 'ओटीपी किसी और को', 'otp dusre phone pe'],
    codesMissing: ['otp नहीं आ रहे', 'otp नहीं आ रहा', 'ओटीपी नहीं आ रहा', 'ओटीपी नहीं आ रहे'],
  },
  sv: {
    swapped: ['numret har flyttats', 'nummer har flyttats', 'mitt nummer har flyttats till', 'flyttats till en annan operator', 'portats till en annan operator'],
    abruptly: ['plotsligt', 'helt plotsligt', 'pa en gang', 'fran ingenstans', 'sedan i morse', 'sedan igar', 'utan anledning'],
    codesElsewhere: ['koderna gar till nagon annan', 'koderna kommer till nagon annan', 'nagon annan far mina koder', 'sms gar till nagon annan'],
    codesMissing: ['verifieringskoderna kommer inte', 'koderna kommer inte fram', 'kommer inte fram', 'koderna kommer inte till mig', 'far inga verifieringskoder'],
  },
  el: {
    abruptly: ['ξαφνικα', 'ξαφνικά', 'απο το πουθενα', 'απο το πρωι', 'απο χθες', 'χωρις λογο'],
    codesElsewhere: ['οι κωδικοι πανε σε αλλον', 'οι κωδικοι πηγαινουν σε αλλον', 'καποιος αλλος παιρνει τους κωδικους'],
    codesMissing: ['δεν μου ερχονται οι κωδικοι', 'δεν μου ερχονται κωδικοι', 'δεν ερχονται τα sms'],
  },
  cs: {
    signalLost: ['nema signal', 'telefon nema signal', 'ztratil signal'],
    abruptly: ['najednou', 'nahle', 'z niceho nic', 'od rana', 'od vcera', 'bez duvodu'],
    codesElsewhere: ['kody chodi nekomu jinemu', 'kody chodi jinam', 'sms chodi nekomu jinemu', 'nekdo jiny dostava moje kody'],
    codesMissing: ['overovaci kody mi nechodi', 'kody mi nechodi', 'nechodi mi kody', 'nechodi mi sms', 'neprichazi kody', 'neprisel kod'],
  },
};

export const SELLER_SILENT: Readonly<Record<string, ConceptTable>> = {
  en: {
    invested: ['investment group', 'investing group', 'trading group', 'signals group', 'investment scheme', 'investment site', 'investment website', 'an investment', 'put usdt into', 'put crypto into', 'got me to invest', 'convinced me to invest', 'persuaded me to invest', 'talked me into investing'],
    partyGone: ['account is deleted', 'his account is deleted', 'her account is deleted', 'profile is deleted', 'admins vanished', 'admins disappeared', 'admins are gone', 'group was deleted', 'group is gone', 'kicked me out of the group', 'removed me from the group'],
  },
  de: {
    partyGone: ['antwortet nicht mehr', 'meldet sich nicht mehr', 'ist nicht mehr erreichbar', 'hat mich blockiert', 'ist verschwunden', 'ist abgetaucht', 'profil ist geloscht', 'hat sein profil geloscht'],
    invested: ['investiert', 'trading-plattform', 'tradingplattform', 'krypto-plattform', 'investmentgruppe'],
    cannotWithdraw: ['nichts mehr auszahlen', 'nicht auszahlen', 'keine auszahlung', 'auszahlung wird verweigert', 'kann nicht auszahlen', 'kann nichts auszahlen'],
  },
  es: {
    invested: ['me hizo invertir', 'me convencio de invertir', 'me convencio para invertir', 'me convencieron de invertir', 'invirtiera', 'invertí'],
    partyGone: ['me bloqueo', 'ya no contesta', 'ya no responde', 'desaparecio', 'borro su perfil'],
  },
  fr: {
    partyGone: ['a supprime son profil', 'a supprime son compte', 'ne repond plus', 'm\'a bloque', 'a disparu', 'injoignable'],
  },
  it: {
    partyGone: ['e sparito', 'e sparita', 'sono spariti', 'non risponde piu', 'mi ha bloccato', 'ha cancellato il profilo', 'irraggiungibile'],
  },
  nl: {
    partyGone: ['reageert niet meer', 'heeft me geblokkeerd', 'is verdwenen', 'niet meer bereikbaar', 'profiel verwijderd'],
  },
  pl: {
    partyGone: ['zablokowal mnie', 'mnie zablokowal', 'zablokowala mnie', 'mnie zablokowala', 'juz nie odpowiada', 'przestal odpowiadac', 'zniknal', 'zniknela', 'usunal konto', 'usunal profil'],
  },
  tr: {
    partyGone: ['beni engelledi', 'beni engellemis', 'artik cevap vermiyor', 'ortadan kayboldu', 'hesabini sildi', 'ulasamiyorum'],
  },
  ar: {
    partyGone: ['قام بحظري', 'حظرني', 'قام بحظر', 'لم يعد يرد', 'اختفى', 'حذف حسابه', 'لا يمكن التواصل معه'],
    invested: ['استثمرت', 'منصه تداول', 'منصه استثمار', 'منصه عملات'],
    cannotWithdraw: ['لا استطيع سحب', 'لا أستطيع سحب', 'ما اقدر اسحب', 'لا يمكنني سحب', 'رفضوا السحب'],
  },
  ru: {
    partyGone: ['меня заблокировал', 'заблокировал меня', 'больше не отвечает', 'перестал отвечать', 'пропал', 'исчез', 'удалил аккаунт', 'удалил профиль'],
    cannotWithdraw: ['не дают вывести', 'не могу вывести', 'не выводят', 'вывод заблокирован', 'не получается вывести'],
    invested: ['вложил', 'вложила', 'вложил деньги', 'вложить деньги', 'уговорил вложить', 'уговорила вложить', 'уговорил инвестировать', 'инвестиционн* платформ*', 'инвестировал*'],
  },
  ja: {
    partyGone: ['連絡が取れません', '連絡が取れない', '連絡がつかな', 'ブロックされ', '音信不通', 'アカウントが消え'],
    invested: ['投資話', '投資グループ', '投資サイト', '投資アプリ', '投資を勧められ'],
    cannotWithdraw: ['出金できな', '引き出せな', '出金させてもらえ', '出金を拒否'],
  },
  zh: {
    paidOut: ['付钱', '付了款', '付完款', '付過款', '付过款', '付款後', '付款后', '付款之后', '付款之後'],
    partyGone: ['拉黑', '不发货', '消失了', '联系不上', '再也不回', '失联', '跑路', '注销了账号'],
    invested: ['投资群', '充了币', '充值了', '理财群', '带单', '投资平台', '投资了'],
    cannotWithdraw: ['提不出来', '提不了', '无法提现', '不能提现', '提现不了', '拿不回来', '出不了金', '不让提现'],
  },
  ko: {
    partyGone: ['연락이 끊겼', '연락이 안 돼', '연락이 안돼', '차단당했', '차단했', '잠수', '사라졌'],
    invested: ['리딩방', '투자 리딩', '코인 투자', '투자했', '투자 사이트'],
    cannotWithdraw: ['출금이 안 돼', '출금이 안돼', '출금이 안 되', '출금을 안 해', '출금 불가', '출금을 못'],
  },
  th: {
    partyGone: ['บล็อกฉัน', 'บล็อกเรา', 'ติดต่อไม่ได้', 'หายเงียบ', 'ปิดเพจ'],
    invested: ['ลงทุน', 'กลุ่มลงทุน'],
    cannotWithdraw: ['ถอนเงินไม่ได้', 'ถอนไม่ได้'],
  },
  id: {
    partyGone: ['saya diblokir', 'memblokir saya', 'tidak bisa dihubungi', 'menghilang', 'akunnya hilang'],
    invested: ['investasi', 'ikut investasi', 'grup investasi'],
    cannotWithdraw: ['tidak bisa ditarik', 'tidak bisa tarik', 'gak bisa ditarik', 'tidak bisa withdraw', 'dana tidak bisa'],
  },
  vi: {
    partyGone: ['chặn tôi rồi', 'họ chặn tôi', 'không liên lạc được', 'biến mất'],
    invested: ['đầu tư tiền ảo', 'lừa đầu tư', 'nhóm đầu tư'],
    cannotWithdraw: ['không rút được tiền', 'không rút được'],
  },
  hi: {
    partyGone: ['ब्लॉक कर दिया', 'block kar diya', 'jawab nahi de raha', 'gayab ho gaya', 'गायब हो गया'],
    invested: ['investment', 'invest kiya', 'paise lagaye', 'पैसे लगाए', 'निवेश किया', 'investment group'],
    cannotWithdraw: ['withdraw nahi ho raha', 'withdraw nahi ho rahe', 'paise nahi nikal rahe', 'nikal nahi pa raha', 'निकाल नहीं पा रहा', 'withdrawal nahi ho raha'],
  },
  sv: {
    partyGone: ['blockerade mig', 'han blockerade mig', 'svarar inte langre', 'har forsvunnit', 'forsvann', 'raderade sin profil'],
    invested: ['investerade', 'kryptoplattform', 'handelsplattform', 'investeringsplattform'],
    cannotWithdraw: ['kan inte ta ut', 'kan jag inte ta ut', 'far inte ta ut', 'uttaget nekas', 'kan inte gora uttag'],
    paidOut: ['betalade', 'betalat', 'swishade', 'skickade pengar', 'overforde'],
  },
  el: {
    partyGone: ['με μπλοκαρε', 'δεν απανταει πια', 'εξαφανιστηκε', 'εσβησε το προφιλ'],
    invested: ['επενδυσα', 'πλατφορμα κρυπτο', 'πλατφορμα επενδυσεων', 'πλατφορμα συναλλαγων'],
    cannotWithdraw: ['δεν μπορω να κανω αναληψη', 'δεν μπορω να τα βγαλω', 'δεν μου επιτρεπουν αναληψη', 'δεν μπορω να αποσυρω'],
  },
  cs: {
    partyGone: ['me zablokoval', 'zablokoval me', 'uz neodpovida', 'zmizel', 'smazal profil'],
  },
};

export const CODE_HANDED: Readonly<Record<string, ConceptTable>> = {
  en: {
    disownedRef: ['i didn\'t do any of this', 'i did not do any of this', 'i didn\'t do any of that', 'none of this was me', 'i never did that'],
  },
  de: { disownedRef: ['das war nicht ich', 'das war ich nicht', 'ich war das nicht', 'ich habe nichts gemacht', 'habe ich nicht gemacht'] },
  pt: { disownedRef: ['eu nao alterei nada', 'nao alterei nada', 'nao mudei nada', 'eu nao mudei nada', 'nao fui eu'] },
  ru: { disownedRef: ['это был не я', 'это была не я', 'я не входил', 'я не входила'] },
  ar: { disownedRef: ['لم يكن انا', 'لم اكن انا', 'لم اقم بذلك', 'لم أقم بذلك', 'ليس انا', 'مو انا'] },
  ja: { disownedRef: ['私はしていません', '私はしてません', '私はやっていません', '自分ではしていません', '私じゃありません'] },
  zh: { disownedRef: ['不是我操作的', '不是我做的', '我根本没有', '我没有操作', '我没操作', '不是本人操作'] },
  ko: { disownedRef: ['제가 한 게 아니에요', '제가 한 게 아닙니다', '제가 안 했어요', '제가 한 적 없어요'] },
  th: { disownedRef: ['ฉันไม่ได้ทำ', 'ผมไม่ได้ทำ', 'ไม่ได้ทำเอง', 'ไม่ได้เปลี่ยนเอง', 'ฉันไม่ได้เปลี่ยน'] },
  id: { disownedRef: ['bukan saya yang melakukannya', 'bukan saya', 'saya tidak melakukannya'] },
  vi: { disownedRef: ['tôi không làm việc đó', 'tôi không hề thực hiện', 'không phải tôi', 'tôi không làm'] },
  hi: {
    accessed: ['लॉगिन करके', 'login karke', 'पासवर्ड बदल दिया', 'password badal diya'],
    disownedRef: ['maine nahi kiye', 'maine nahi kiya', 'jo maine nahi kiya', 'मैंने नहीं किया', 'मैंने नहीं किए'] },
  sv: { disownedRef: ['det var inte jag', 'jag har inte gjort det', 'inte jag som gjorde'] },
  el: { disownedRef: ['δεν τις εκανα εγω', 'δεν το εκανα εγω', 'δεν τα εκανα εγω', 'δεν ημουν εγω', 'δεν ηταν εγω'] },
  cs: {
    disownedRef: ['to jsem nebyl ja', 'to jsem nebyla ja', 'nebyl jsem to ja', 'ja jsem to neudelal'],
    gaveAway: ['dal jsem', 'dala jsem', 'rekl jsem', 'rekla jsem', 'nadiktoval jsem', 'nadiktovala jsem', 'sdelil jsem'],
    credentials: ['overovaci kod', 'kod', 'kody', 'heslo', 'pin', 'obnovovaci fraz*', 'seed frazi'],
    someone: ['nekomu', 'nekomu kdo', 'cizimu cloveku'],
  },
};

/** Goods or payment that never came, with the "not" of their own (`neverArrived`): "he never sent it", "die Ware kam nie", "不发货". */
export const NEVER_CAME: Readonly<Record<string, ConceptTable>> = {
  en: { neverArrived: ['never sent it', 'never sent the item', 'never shipped it', 'never shipped anything', 'never arrived', 'never came', 'never received it', 'never received the item', 'never got the item', 'never got anything', 'nothing ever arrived', 'nothing arrived', 'payment never arrived', 'money never arrived', 'never paid me', 'never delivered'] },
  de: { neverArrived: ['kam nie', 'nie angekommen', 'nie geliefert', 'nie verschickt', 'nie erhalten', 'nie bekommen', 'nichts angekommen', 'nichts bekommen', 'nicht verschickt', 'zahlung kam nie', 'geld kam nie'] },
  es: { neverArrived: ['nunca lo mando', 'nunca lo envio', 'nunca llego', 'nunca me llego', 'no me llego nada', 'nunca recibi', 'nunca me pago', 'el pago nunca llego'] },
  fr: { neverArrived: ['jamais recu', 'jamais arrive', "n'a jamais envoye", 'rien recu', 'jamais livre', "paiement n'est jamais arrive", 'jamais ete paye'] },
  pt: { neverArrived: ['nunca enviou', 'nunca chegou', 'nunca recebi', 'nao enviou o produto', 'nao chegou nada', 'nunca me pagou', 'pagamento nunca caiu'] },
  it: { neverArrived: ['mai arrivato', 'mai arrivata', 'mai spedito', 'mai ricevuto', 'non ha mai spedito', 'non e mai arrivato', 'pagamento non e mai arrivato'] },
  nl: { neverArrived: ['nooit iets ontvangen', 'nooit ontvangen', 'nooit verstuurd', 'nooit aangekomen', 'niets ontvangen', 'betaling kwam nooit'] },
  pl: { neverArrived: ['nie doszedl', 'nie doszla', 'nie doszlo', 'nie dotarl', 'nigdy nie dotarl', 'nie wyslal', 'nigdy nie otrzymalem', 'nie otrzymalem towaru', 'nie dostalem towaru'] },
  tr: { neverArrived: ['urun gelmedi', 'urunu gondermedi', 'hic gelmedi', 'kargo gelmedi', 'gondermedi', 'odeme hic gelmedi'] },
  ar: { neverArrived: ['لم يرسل المنتج', 'ولم يرسل', 'لم يصلني', 'لم يصل المنتج', 'ما وصلني', 'لم يرسل شيئا'] },
  ru: { neverArrived: ['товар не пришел', 'так и не пришел', 'ничего не пришло', 'не отправил', 'ничего не получил', 'не получил товар', 'деньги так и не пришли'] },
  ja: { neverArrived: ['商品が届かず', '商品が届かない', '届いていません', '発送されない', '発送してくれない', '商品が来ない'] },
  zh: { neverArrived: ['不发货', '没发货', '没收到货', '一直没收到', '没有发货', '未发货', '收不到货', '货没到'] },
  ko: { neverArrived: ['물건도 안 보내', '물건을 안 보내', '물건이 안 와', '물건 못 받', '배송을 안 해', '물건을 못 받'] },
  th: { neverArrived: ['ไม่ได้ของ', 'ไม่ส่งของ', 'ของไม่มา', 'ไม่ได้รับของ', 'ไม่ได้รับสินค้า'] },
  id: { neverArrived: ['barang tidak dikirim', 'barang tidak datang', 'barang tidak pernah datang', 'tidak pernah sampai', 'barang belum sampai', 'barangnya tidak dikirim'] },
  vi: { neverArrived: ['không nhận được hàng', 'không giao hàng', 'không gửi hàng', 'chưa nhận được hàng', 'không thấy hàng'] },
  hi: { neverArrived: ['सामान नहीं आया', 'saman nahi aaya', 'samaan nahi aaya', 'maal nahi aaya', 'product nahi aaya', 'सामान नहीं भेजा', 'saman nahi bheja'] },
  sv: { neverArrived: ['fick aldrig varan', 'fick aldrig nagot', 'kom aldrig', 'skickade aldrig', 'aldrig skickat', 'fick aldrig betalt'] },
  el: { neverArrived: ['δεν μου εστειλε ποτε', 'δεν ηρθε ποτε', 'δεν παρελαβα ποτε', 'δεν μου ηρθε ποτε', 'δεν μου το εστειλε'] },
  cs: { neverArrived: ['zbozi neprislo', 'nikdy neprislo', 'nikdy nedorazilo', 'neposlal', 'nedorazilo'] },
};

/**
 * The other side of a deal (`counterparty`: a seller, buyer, trader or landlord), for "I paid the seller and never got
 * the item" — paid, nothing came, and a person on the other side, which a late order from the company itself lacks
 * ("I paid for my order and it never arrived, where is it?"). And someone met online (`metOnline`) who led the customer
 * to invest or pay ("a man I met on a dating app got me to invest"): how investment fraud begins.
 */
export const OTHER_SIDE: Readonly<Record<string, ConceptTable>> = {
  en: { counterparty: ['the seller', 'a seller', 'the buyer', 'a buyer', 'the vendor', 'the merchant', 'the trader', 'p2p', 'the landlord', 'the other party'], metOnline: ['met online', 'met on a dating', 'met on tinder', 'met on instagram', 'met on facebook', 'met on telegram', 'met on whatsapp', 'met him online', 'met her online', 'met on social media', 'i met online', 'met through an app'] },
  de: { counterparty: ['verkaufer*', 'kaufer*', 'handler', 'vermieter', 'p2p'], metOnline: ['online kennengelernt', 'im internet kennengelernt', 'auf tinder kennengelernt', 'auf instagram kennengelernt', 'uber eine dating-app kennengelernt', 'in einer dating-app kennengelernt', 'auf facebook kennengelernt'] },
  es: { counterparty: ['vendedor*', 'comprador*', 'el arrendador', 'el casero', 'p2p'], metOnline: ['conoci por internet', 'conoci en internet', 'conoci en una app de citas', 'conoci en tinder', 'conoci en instagram', 'conoci en facebook', 'conocí online'] },
  fr: { counterparty: ['vendeur*', 'vendeuse', 'acheteur*', 'acheteuse', 'le proprietaire', 'p2p'], metOnline: ['rencontre sur internet', 'rencontree sur internet', 'rencontre en ligne', 'rencontree en ligne', 'rencontre sur tinder', 'rencontre sur un site de rencontre', 'rencontre sur instagram', 'rencontre sur facebook'] },
  pt: { counterparty: ['vendedor*', 'comprador*', 'o dono', 'p2p'], metOnline: ['conheci na internet', 'conheci pela internet', 'conheci online', 'conheci no tinder', 'conheci no instagram', 'conheci num app de namoro', 'conheci no facebook'] },
  it: { counterparty: ['venditor*', 'acquirente', 'compratore', 'il proprietario', 'p2p'], metOnline: ['conosciuto online', 'conosciuta online', 'conosciuto su internet', 'conosciuto su tinder', 'conosciuto su instagram', 'conosciuto su facebook', 'conosciuto in chat'] },
  nl: { counterparty: ['verkoper', 'koper', 'de verhuurder', 'p2p'], metOnline: ['online leren kennen', 'via internet leren kennen', 'op tinder leren kennen', 'via een datingapp', 'op instagram leren kennen', 'op facebook leren kennen'] },
  pl: { counterparty: ['sprzedawc*', 'sprzedajac*', 'kupujac*', 'wynajmujac*', 'p2p'], metOnline: ['poznalem w internecie', 'poznalam w internecie', 'poznalem przez internet', 'poznalam przez internet', 'poznalam na tinderze', 'poznalem na portalu randkowym', 'poznalam na portalu randkowym', 'poznalam na instagramie'] },
  tr: { counterparty: ['satici*', 'alici*', 'ev sahibi', 'p2p'], metOnline: ['internetten tanistigim', 'internette tanistigim', 'tinder da tanistigim', 'instagram da tanistigim', 'sosyal medyada tanistigim', 'uygulamada tanistigim'] },
  ar: { counterparty: ['البائع', 'بائع', 'المشتري', 'مشتري', 'التاجر', 'المؤجر', 'p2p'], metOnline: ['تعرفت عليه على الانترنت', 'تعرفت عليها على الانترنت', 'تعرفت عليه عبر الانترنت', 'تعرفت عليه في تطبيق', 'تعرفت عليه على انستغرام', 'تعرفت عليه على فيسبوك'] },
  ru: { counterparty: ['продав*', 'покупател*', 'арендодател*', 'p2p', 'мерчант*'], metOnline: ['познакомился в интернете', 'познакомилась в интернете', 'познакомились в интернете', 'познакомилась на сайте знакомств', 'познакомился на сайте знакомств', 'познакомились в тиндере', 'познакомилась в инстаграме', 'познакомились в телеграме', 'знакомый из интернета'] },
  ja: { counterparty: ['出品者', '売り手', '販売者', '購入者', '買い手', '大家', 'p2p'], metOnline: ['ネットで知り合', 'マッチングアプリで知り合', 'snsで知り合', 'インスタで知り合', 'アプリで知り合'] },
  zh: { counterparty: ['卖家', '買家', '买家', '商家', '房东', 'p2p', '承兑商'], metOnline: ['网上认识', '網上認識', '交友软件上认识', '交友軟體上認識', '网恋', '網戀', '在网上认识', 'app上认识'] },
  ko: { counterparty: ['판매자', '구매자', '집주인', 'p2p'], metOnline: ['인터넷에서 만난', '온라인에서 만난', '데이팅 앱에서 만난', '소개팅 앱에서 만난', '인스타에서 만난', 'sns에서 만난', '채팅으로 만난'] },
  th: { counterparty: ['ผู้ขาย', 'คนขาย', 'แม่ค้า', 'พ่อค้า', 'ผู้ซื้อ', 'คนซื้อ', 'p2p'], metOnline: ['รู้จักทางออนไลน์', 'รู้จักในเน็ต', 'รู้จักผ่านแอปหาคู่', 'รู้จักทางเฟซบุ๊ก', 'รู้จักในแอป'] },
  id: { counterparty: ['penjual', 'pembeli', 'seller', 'pemilik kos', 'p2p'], metOnline: ['kenal di internet', 'kenal lewat internet', 'kenal online', 'kenal di aplikasi kencan', 'kenal di tinder', 'kenal di instagram', 'kenal di facebook', 'kenalan online'] },
  vi: { counterparty: ['người bán', 'người mua', 'chủ shop', 'chủ nhà', 'p2p'], metOnline: ['quen trên mạng', 'quen qua mạng', 'quen qua app hẹn hò', 'quen trên facebook', 'quen trên instagram', 'quen qua zalo'] },
  hi: { counterparty: ['विक्रेता', 'बेचने वाले', 'seller', 'buyer', 'खरीदार', 'मकान मालिक', 'p2p'], metOnline: ['online mila', 'online mili', 'online dosti', 'dating app pe mila', 'dating app par mili', 'instagram pe mila', 'ऑनलाइन मिला', 'ऑनलाइन मिली', 'ऑनलाइन दोस्ती'] },
  sv: { counterparty: ['saljare*', 'kopare*', 'hyresvard*', 'p2p'], metOnline: ['traffade pa natet', 'traffade online', 'traffade pa tinder', 'traffade pa en dejtingapp', 'traffade pa instagram', 'traffade pa facebook', 'lart kanna pa natet'] },
  el: { counterparty: ['πωλητη*', 'αγοραστη*', 'ιδιοκτητη*', 'p2p'], metOnline: ['γνωρισα στο ιντερνετ', 'γνωρισα online', 'γνωρισα διαδικτυακα', 'γνωρισα σε εφαρμογη γνωριμιων', 'γνωρισα στο instagram', 'γνωρισα στο facebook'] },
  cs: { counterparty: ['prodejc*', 'prodavajic*', 'kupujic*', 'pronajimatel*', 'p2p'], metOnline: ['seznamil jsem se na internetu', 'seznamila jsem se na internetu', 'poznal jsem na internetu', 'poznala jsem na internetu', 'seznamka', 'na seznamce', 'poznala jsem na instagramu'] },
};

/**
 * Crypto wallet drainers and fake giveaways: connecting the wallet to a site or signing there is the click of a phishing
 * story (`clickedLink`), a giveaway or airdrop to claim its bait (`scamContext`); the harm after it is told as elsewhere.
 */
export const WALLET_DRAINERS: Readonly<Record<string, ConceptTable>> = {
  en: { scamContext: ['airdrop', 'giveaway', 'send 1 get 2', 'double your', 'claim my airdrop', 'claim the airdrop'] },
  de: { clickedLink: ['wallet verbunden', 'wallet verknupft', 'wallet mit der seite verbunden', 'transaktion signiert', 'vertrag signiert', 'habe signiert', 'freigabe erteilt'], scamContext: ['airdrop', 'giveaway', 'gewinnspiel'] },
  es: { clickedLink: ['conecte mi wallet', 'conecte mi billetera', 'conecte la billetera', 'firme una transaccion', 'firme la transaccion', 'aprobe el contrato', 'di permiso al contrato'], scamContext: ['airdrop', 'sorteo de cripto', 'giveaway'] },
  fr: { clickedLink: ['connecte mon wallet', 'connecte mon portefeuille', 'signe une transaction', 'signe la transaction', 'approuve le contrat', 'valide la transaction sur le site'], scamContext: ['airdrop', 'giveaway', 'concours crypto'] },
  pt: { clickedLink: ['conectei minha carteira', 'conectei a carteira', 'conectei minha wallet', 'assinei uma transacao', 'assinei a transacao', 'aprovei o contrato'], scamContext: ['airdrop', 'sorteio de cripto', 'giveaway'] },
  it: { clickedLink: ['collegato il wallet', 'collegato il mio wallet', 'connesso il wallet', 'firmato una transazione', 'firmato la transazione', 'approvato il contratto'], scamContext: ['airdrop', 'giveaway'] },
  nl: { clickedLink: ['wallet gekoppeld', 'wallet verbonden', 'transactie ondertekend', 'contract goedgekeurd'], scamContext: ['airdrop', 'giveaway', 'winactie'] },
  pl: { clickedLink: ['polaczylem portfel', 'polaczylam portfel', 'podpisalem transakcje', 'podpisalam transakcje', 'zatwierdzilem kontrakt', 'zatwierdzilam kontrakt'], scamContext: ['airdrop', 'giveaway', 'rozdawanie kryptowalut'] },
  tr: { clickedLink: ['cuzdanimi bagladim', 'cuzdani bagladim', 'islemi imzaladim', 'bir islem imzaladim', 'sozlesmeyi onayladim'], scamContext: ['airdrop', 'cekilis', 'giveaway'] },
  ar: { clickedLink: ['ربطت محفظتي', 'وصلت محفظتي', 'وقعت على معامله', 'وافقت على العقد'], scamContext: ['airdrop', 'ايردروب', 'توزيع مجاني', 'هديه عملات'] },
  ru: { clickedLink: ['подключил кошелек', 'подключила кошелек', 'подключил свой кошелек', 'подписал транзакцию', 'подписала транзакцию', 'одобрил контракт', 'дал разрешение контракту'], scamContext: ['аирдроп', 'эирдроп', 'airdrop', 'раздача', 'розыгрыш'] },
  ja: { clickedLink: ['ウォレットを接続', 'ウォレットをつない', '署名してしま', 'トランザクションに署名', 'コントラクトを承認'], scamContext: ['エアドロ', 'エアドロップ', 'airdrop', 'プレゼント企画', '配布キャンペーン'] },
  zh: { clickedLink: ['连接了钱包', '连接钱包', '連接錢包', '授权了', '授權了', '签名了', '簽名了', '签了一个交易'], scamContext: ['空投', '领空投', '領空投', '送币活动', '送幣活動'] },
  ko: { clickedLink: ['지갑을 연결', '지갑 연결했', '서명을 했', '서명했더니', '승인을 눌렀'], scamContext: ['에어드랍', '에어드롭', '이벤트 코인', '코인 증정'] },
  th: { clickedLink: ['เชื่อมกระเป๋า', 'เชื่อมต่อวอลเล็ท', 'เซ็นธุรกรรม', 'กดอนุมัติสัญญา'], scamContext: ['แอร์ดรอป', 'airdrop', 'แจกเหรียญ', 'แจกฟรี'] },
  id: { clickedLink: ['menghubungkan dompet', 'konek wallet', 'sambungkan wallet', 'tanda tangan transaksi', 'menyetujui kontrak'], scamContext: ['airdrop', 'giveaway', 'bagi-bagi koin'] },
  vi: { clickedLink: ['kết nối ví', 'connect ví', 'ký giao dịch', 'đã ký', 'cấp quyền cho'], scamContext: ['airdrop', 'giveaway', 'tặng coin', 'nhận coin miễn phí'] },
  hi: { clickedLink: ['wallet connect kiya', 'wallet connect kar diya', 'वॉलेट कनेक्ट', 'transaction sign kiya', 'sign kar diya'], scamContext: ['airdrop', 'giveaway', 'free coin'] },
  sv: { clickedLink: ['kopplade min planbok', 'anslot min planbok', 'kopplade min wallet', 'signerade en transaktion', 'godkande kontraktet'], scamContext: ['airdrop', 'giveaway', 'utlottning'] },
  el: { clickedLink: ['συνδεσα το πορτοφολι', 'συνδεσα το wallet', 'υπεγραψα μια συναλλαγη', 'εγκρινα το συμβολαιο'], scamContext: ['airdrop', 'giveaway', 'δωρεαν κρυπτο'] },
  cs: {
    clickedLink: ['propojil jsem penezenku', 'propojila jsem penezenku', 'pripojil jsem penezenku', 'podepsal jsem transakci', 'podepsala jsem transakci', 'schvalil jsem kontrakt'],
    scamContext: ['airdrop', 'giveaway', 'rozdavani kryptomen'],
    aftermath: ['penize zmizely', 'zmizely penize', 'ucet je prazdny', 'nemuzu se prihlasit', 'nejde se prihlasit', 'heslo nefunguje', 'vybrali mi ucet', 'odesly platby', 'odesly penize', 'zustatek je nula'],
  },
};

/**
 * Words a code or phrase handed over is told with, for the packs whose lists were short: the recovery (seed) phrase and
 * private key of a crypto wallet as `credentials`, the everyday verbs of giving or reading one out as `gaveAway`, the
 * issuing or moving of a SIM as `swapped`; and returns promised (`promisedReturns`: "guaranteed profit", "promised 20 %
 * a week", "double my money"), the bait of an investment fraud, which beside money paid or invested tells of one.
 */
export const HANDED_AND_PROMISED: Readonly<Record<string, ConceptTable>> = {
  en: { promisedReturns: ['guaranteed profit', 'guaranteed profits', 'guaranteed returns', 'guaranteed return', 'promised returns', 'promised me returns', 'promised a return', 'promised profit', 'promised me profit', 'double my money', 'double your money', 'a week in profit', 'a day in profit', 'per week profit', 'profit every day', 'risk-free profit', 'risk free profit'] },
  de: {
    credentials: ['seed-phrase', 'seed phrase', 'seedphrase', 'wiederherstellungsphrase', 'geheimphrase', 'private key', 'privaten schlussel', 'bestatigungscode', 'sicherheitscode', 'tan'],
    gaveAway: ['genannt', 'durchgegeben', 'weitergegeben', 'vorgelesen', 'mitgeteilt', 'verraten'],
    swapped: ['neue sim ausgestellt', 'ersatz-sim', 'ersatzsim', 'esim ubertragen', 'esim aktiviert', 'auf ein anderes handy ubertragen', 'rufnummer portiert', 'nummer portiert', 'nicht beantragt', 'ohne mein wissen'],
    promisedReturns: ['garantierte rendite', 'garantierten gewinn', 'garantierter gewinn', 'rendite versprochen', 'gewinn versprochen', 'versprachen gewinne', 'geld verdoppeln', 'prozent pro woche', 'prozent pro tag', 'risikolos'],
  },
  es: {
    credentials: ['frase semilla', 'frase de recuperacion', 'frase secreta', 'clave privada', 'codigo de verificacion', 'codigo del autenticador'],
    gaveAway: ['le di', 'les di', 'le pase', 'les pase', 'le dicte', 'les dicte', 'le dije', 'les dije', 'comparti'],
    swapped: ['duplicado de mi chip', 'duplicado de la sim', 'duplicaron mi', 'portaron mi numero', 'portabilidad que no pedi', 'esim activada en otro', 'sin que yo lo pidiera'],
    promisedReturns: ['ganancias garantizadas', 'rentabilidad garantizada', 'me prometieron ganancias', 'prometian ganancias', 'duplicar mi dinero', 'duplicar el dinero', 'por ciento semanal', 'por ciento diario', 'sin riesgo'],
  },
  fr: {
    credentials: ['phrase de recuperation', 'phrase secrete', 'seed phrase', 'cle privee', 'code de validation', 'code de verification', 'code recu par sms'],
    gaveAway: ['je lui ai donne', 'je leur ai donne', 'je lui ai dicte', 'je leur ai dicte', 'je lui ai communique'],
    swapped: ['duplicata de ma carte sim', 'duplicata de sim', 'nouvelle carte sim que je n\'ai pas demandee', 'esim activee sur un autre', 'numero porte', 'portabilite que je n\'ai pas demandee'],
    promisedReturns: ['rendement garanti', 'gains garantis', 'benefices garantis', 'promis des gains', 'promis un rendement', 'doubler mon argent', 'doubler ma mise', 'pour cent par semaine', 'par jour de gains', 'sans risque'],
  },
  pt: {
    credentials: ['frase de recuperacao', 'frase semente', 'frase secreta', 'chave privada', 'codigo de verificacao', 'codigo do autenticador', 'codigo do sms'],
    gaveAway: ['passei o codigo', 'passei a senha', 'falei o codigo', 'informei o codigo', 'dei o codigo', 'digitei o codigo', 'mandei o codigo'],
    swapped: ['fizeram um chip novo', 'emitiram um chip', 'esim ativado em outro', 'portabilidade sem', 'transferiram meu numero'],
    promisedReturns: ['lucro garantido', 'retorno garantido', 'rendimento garantido', 'prometeram lucro', 'prometeram retorno', 'dobrar meu dinheiro', 'dobrar o dinheiro', 'por cento por semana', 'por cento ao dia', 'sem risco'],
  },
  it: {
    credentials: ['frase di recupero', 'frase segreta', 'seed phrase', 'chiave privata', 'codice di verifica', 'codice otp', 'codice dell\'sms'],
    gaveAway: ['ho dato', 'gli ho dato', 'le ho dato', 'ho comunicato', 'gli ho detto', 'le ho detto', 'ho dettato'],
    swapped: ['duplicato della sim', 'sim duplicata', 'nuova sim che non ho chiesto', 'esim attivata su un altro', 'numero portato', 'portabilita che non ho chiesto'],
    promisedReturns: ['guadagni garantiti', 'rendimento garantito', 'profitto garantito', 'promesso guadagni', 'promettevano guadagni', 'raddoppiare i soldi', 'per cento a settimana', 'per cento al giorno', 'senza rischi'],
  },
  nl: {
    credentials: ['herstelzin', 'seedphrase', 'seed phrase', 'geheime zin', 'private key', 'verificatiecode', 'sms-code'],
    gaveAway: ['gegeven', 'doorgegeven', 'voorgelezen', 'verteld'],
    swapped: ['duplicaat sim', 'nieuwe sim die ik niet', 'esim overgezet', 'nummer overgezet'],
    promisedReturns: ['gegarandeerd rendement', 'gegarandeerde winst', 'winst beloofd', 'rendement beloofd', 'geld verdubbelen', 'procent per week', 'procent per dag', 'zonder risico'],
  },
  pl: {
    credentials: ['fraz* odzyskiwania', 'fraz* seed', 'seed phrase', 'klucz prywatny', 'kod weryfikacyjny', 'kod sms', 'kod z aplikacji'],
    promisedReturns: ['gwarantowany zysk', 'gwarantowane zyski', 'obiecali zysk', 'obiecywali zyski', 'podwoic pieniadze', 'procent tygodniowo', 'procent dziennie', 'bez ryzyka'],
  },
  tr: {
    credentials: ['kurtarma ifade*', 'kurtarma kelime*', 'gizli kelime*', 'ozel anahtar*', 'dogrulama kodu*', 'sms kodu*', 'onay kodu*'],
    gaveAway: ['kodu verdim', 'kodunu verdim', 'sifremi verdim', 'bilgilerimi verdim', 'kelimelerimi verdim', 'kodu soyledim', 'kodu paylastim', 'kodu okudum', 'birine verdim', 'ona verdim', 'soyledim', 'paylastim'],
    swapped: ['yeni sim cikarilmis', 'yeni sim kart cikarilmis', 'hattim baskasina gecmis', 'numaram tasinmis', 'esim baska', 'benim haberim olmadan'],
    promisedReturns: ['garantili kazanc', 'garanti kazanc', 'garantili getiri', 'kazanc vaat', 'getiri vaat', 'paranizi ikiye', 'paramı ikiye', 'haftalik yuzde', 'gunluk yuzde', 'risksiz'],
  },
  ar: {
    credentials: ['عباره الاسترداد', 'الكلمات السريه', 'المفتاح الخاص', 'رمز التحقق', 'كود التحقق'],
    gaveAway: ['اعطيته', 'اعطيتهم', 'عطيته', 'قلت له'],
    promisedReturns: ['ارباح مضمونه', 'ربح مضمون', 'عائد مضمون', 'وعدوني بارباح', 'وعدني بارباح', 'مضاعفه اموالي', 'بالمئه اسبوعيا', 'بالمئه يوميا', 'بدون مخاطره'],
  },
  ru: {
    credentials: ['сид-фраз*', 'сид фраз*', 'секретн* фраз*', 'фраз* восстановления', 'приватн* ключ*', 'код* подтверждения', 'код* из смс'],
    swapped: ['перевыпустили сим', 'выдали новую сим', 'дубликат сим', 'esim перенесли', 'номер перенесли', 'я не заказывал', 'без моего ведома'],
    promisedReturns: ['гарантированн* доход*', 'гарантированн* прибыл*', 'обещали доход', 'обещали прибыль', 'обещал доход', 'удвоить деньги', 'процентов в неделю', 'процентов в день', 'без риска'],
  },
  ja: {
    credentials: ['シードフレーズ', '秘密鍵', '復元フレーズ', 'リカバリーフレーズ', '認証コード', 'ワンタイムパスワード'],
    gaveAway: ['教えてしま', '伝えてしま', '入力してしま', '教えました', '伝えました', '読み上げ'],
    swapped: ['simが再発行', 'simを再発行され', 'esimが別の', '勝手に再発行', '番号が乗っ取られ'],
    promisedReturns: ['元本保証', '必ず儲かる', '確実に儲かる', '利益保証', '月利', '週利', '日利', 'お金が倍'],
  },
  zh: {
    credentials: ['助记词', '助記詞', '私钥', '私鑰', '验证码', '驗證碼', '谷歌验证码'],
    gaveAway: ['告诉了', '告訴了', '发给了', '發給了', '给了他', '給了他', '念给', '念給'],
    swapped: ['被人补卡', '被补办了sim', 'esim被转', '号码被携号转网', '携号转网'],
    promisedReturns: ['保本', '稳赚', '穩賺', '包赚', '保证收益', '保證收益', '高回报', '高回報', '日收益', '周收益', '翻倍'],
  },
  ko: {
    credentials: ['시드 구문', '시드구문', '시드문구', '복구 구문', '니모닉', '개인키', '인증번호', 'otp 번호'],
    gaveAway: ['알려줬', '알려 줬', '알려드렸', '불러줬', '불러 줬', '보내줬', '보내 줬'],
    swapped: ['유심이 재발급', '유심 재발급', '이심이 다른', '번호이동이 됐', '번호이동 신청'],
    promisedReturns: ['원금 보장', '수익 보장', '고수익 보장', '확정 수익', '무조건 수익', '두 배로', '일 수익', '주 수익'],
  },
  th: {
    credentials: ['วลีกู้คืน', 'คีย์ส่วนตัว', 'seed phrase', 'รหัส otp', 'รหัสยืนยัน'],
    gaveAway: ['ให้รหัส', 'บอกรหัส', 'บอก otp', 'ให้ otp'],
    swapped: ['ออกซิมใหม่', 'ซิมใหม่ที่ไม่ได้ขอ', 'ย้ายค่าย', 'โอนเบอร์'],
    promisedReturns: ['การันตีกำไร', 'ผลตอบแทนสูง', 'รับประกันผลตอบแทน', 'กำไรทุกวัน', 'ไม่มีความเสี่ยง', 'เงินเพิ่มเป็นสองเท่า'],
  },
  id: {
    credentials: ['frasa pemulihan', 'seed phrase', 'kunci pribadi', 'private key', 'kode verifikasi', 'kode otp'],
    swapped: ['kartu sim diganti', 'sim diganti orang', 'nomor saya dipindah', 'esim dipindah', 'tanpa sepengetahuan saya'],
    promisedReturns: ['profit dijamin', 'keuntungan dijamin', 'untung pasti', 'dijanjikan profit', 'dijanjikan keuntungan', 'uang jadi dua kali', 'persen per minggu', 'persen per hari', 'tanpa risiko'],
  },
  vi: {
    credentials: ['cụm từ khôi phục', 'khóa bí mật', 'seed phrase', 'mã xác thực', 'mã otp'],
    gaveAway: ['đọc mã', 'cho mã', 'gửi mã', 'đọc otp', 'gửi otp', 'cung cấp mã'],
    swapped: ['làm lại sim', 'cấp lại sim', 'đổi sim mà tôi không', 'esim bị chuyển'],
    promisedReturns: ['cam kết lợi nhuận', 'lợi nhuận cao', 'bảo đảm lợi nhuận', 'lãi mỗi ngày', 'không rủi ro', 'nhân đôi tiền'],
  },
  hi: {
    credentials: ['seed phrase', 'सीड फ्रेज़', 'recovery phrase', 'private key', 'otp', 'ओटीपी'],
    promisedReturns: ['guaranteed return', 'guaranteed profit', 'double paisa', 'paise double', 'पैसे डबल', 'गारंटीड रिटर्न', 'pakka profit', 'roz ka profit'],
  },
  sv: {
    credentials: ['aterstallningsfras', 'seedfras', 'seed phrase', 'privat nyckel', 'verifieringskod', 'engangskod', 'sms-kod'],
    swapped: ['nytt simkort som jag inte', 'esim flyttad', 'esim overford', 'utan min vetskap'],
    promisedReturns: ['garanterad vinst', 'garanterad avkastning', 'lovade vinst', 'lovade avkastning', 'dubbla pengarna', 'procent i veckan', 'procent om dagen', 'riskfritt'],
  },
  el: {
    credentials: ['φραση ανακτησης', 'ιδιωτικο κλειδι', 'κωδικο επαληθευσης', 'κωδικος επαληθευσης', 'κωδικο sms'],
    swapped: ['νεα sim που δεν ζητησα', 'εκδοθηκε νεα sim', 'μεταφερθηκε ο αριθμος', 'esim μεταφερθηκε', 'χωρις να το ζητησω'],
    promisedReturns: ['εγγυημενα κερδη', 'εγγυημενη αποδοση', 'υποσχεθηκαν κερδη', 'διπλασιασω τα χρηματα', 'τοις εκατο την εβδομαδα', 'χωρις ρισκο'],
  },
  cs: {
    swapped: ['nova sim kterou jsem nechtel', 'vydali novou sim', 'duplikat sim', 'esim prevedena', 'cislo prevedli', 'bez meho vedomi'],
    promisedReturns: ['garantovany zisk', 'garantovany vynos', 'slibovali zisk', 'slibili zisk', 'zdvojnasobit penize', 'procent tydne', 'procent denne', 'bez rizika'],
  },
};

/**
 * A wallet or balance emptied (`walletNoun` + `emptied`, one sentence): "my wallet in the app was emptied overnight",
 * "mein Wallet wurde geleert", "кошелек обнулили", "钱包被清空了". The verbs say the emptying happened to the customer
 * (passive, third person or "became empty" of a sudden), not a balance that is low ("my wallet is empty, how do I top
 * up?" names no emptying); the wallet words only fill this frame, so "top up my wallet" reaches no other.
 */
export const WALLET_EMPTIED: Readonly<Record<string, ConceptTable>> = {
  en: { walletNoun: ['wallet', 'my wallet', 'balance', 'my balance', 'account balance', 'credit', 'my credit'], emptied: ['was emptied', 'got emptied', 'has been emptied', 'been emptied', 'was drained', 'got drained', 'has been drained', 'was wiped', 'got wiped', 'was zeroed', 'got zeroed', 'was cleaned out', 'got cleaned out', 'was cleared out', 'went to zero overnight'] },
  de: { walletNoun: ['wallet', 'app-wallet', 'guthaben', 'kontostand', 'geldborse in der app'], emptied: ['geleert', 'leergeraumt', 'leer geraumt', 'abgeraumt', 'auf null gesetzt', 'plotzlich auf null', 'ist auf einmal leer', 'ist plotzlich leer', 'wurde geplundert'] },
  es: { walletNoun: ['billetera', 'monedero', 'cartera', 'saldo'], emptied: ['vaciaron', 'vaciada', 'vaciado', 'me dejaron en cero', 'en cero de repente', 'vacia de repente', 'vacia de la noche a la manana', 'limpiaron'] },
  fr: { walletNoun: ['portefeuille', 'cagnotte', 'porte-monnaie', 'solde', 'wallet'], emptied: ['videe', 'a ete vide', 'a ete videe', 'ont vide', 'ont videe', 'remis a zero', 'siphonne', 'siphonnee'] },
  pt: { walletNoun: ['carteira', 'saldo', 'wallet'], emptied: ['foi zerada', 'foi zerado', 'zeraram', 'esvaziada', 'esvaziado', 'esvaziaram', 'limparam'] },
  it: { walletNoun: ['portafoglio', 'wallet', 'saldo', 'credito'], emptied: ['svuotato', 'svuotata', 'azzerato', 'azzerata', 'prosciugato', 'ripulito', 'e a zero all\'improvviso'] },
  nl: { walletNoun: ['wallet', 'portemonnee', 'saldo', 'tegoed'], emptied: ['leeggehaald', 'leeg gehaald', 'leeggeroofd', 'op nul gezet', 'ineens leeg', 'opeens leeg', 'ineens op nul', 'opeens op nul'] },
  pl: { walletNoun: ['portfel*', 'saldo', 'srodki'], emptied: ['wyczyszczon*', 'wyzerowan*', 'oproznion*', 'ogolocon*', 'nagle pusty', 'nagle puste', 'nagle zero'] },
  tr: { walletNoun: ['cuzdan*', 'bakiye*'], emptied: ['bosaltilmis', 'bosaltildi', 'sifirlanmis', 'sifirlandi', 'bosaltmislar', 'sifirlamislar', 'birden sifir'] },
  ar: { walletNoun: ['محفظتي', 'المحفظه', 'رصيدي', 'الرصيد'], emptied: ['تفريغ', 'تم تفريغ', 'فرغت', 'صارت فاضيه', 'صار صفر', 'اصبح صفر', 'تم تصفير', 'صفروا'] },
  ru: { walletNoun: ['кошел*', 'баланс*', 'счет в приложении'], emptied: ['обнулили', 'обнулился', 'обнулилась', 'опустошили', 'опустел', 'вычистили', 'выпотрошили', 'почистили'] },
  uk: { walletNoun: ['гаманц*', 'гаманець', 'баланс*'], emptied: ['обнулили', 'спустошили', 'обнулився', 'вичистили'] },
  ja: { walletNoun: ['ウォレット', '残高', 'アプリの財布'], emptied: ['空になって', 'ゼロになって', '0になって', '空っぽになって', '抜き取られ', '全部なくなって'] },
  zh: { walletNoun: ['钱包', '余额', '账户余额'], emptied: ['被清空', '清零了', '变成零', '变成0', '被掏空', '被盗空'] },
  ko: { walletNoun: ['지갑', '잔고', '잔액', '충전금'], emptied: ['텅 비었', '텅비었', '0원이 됐', '0원이 되', '털렸', '비어 있었', '싹 빠져'] },
  th: { walletNoun: ['กระเป๋าเงิน', 'วอลเล็ท', 'ยอดเงิน', 'ยอดคงเหลือ'], emptied: ['ถูกดูดเงิน', 'หายหมด', 'ถูกโอนออกหมด'] },
  id: { walletNoun: ['dompet', 'saldo'], emptied: ['dikuras', 'terkuras', 'dikosongkan', 'jadi nol', 'tiba-tiba kosong', 'habis dikuras', 'ludes'] },
  vi: { walletNoun: ['ví của tôi', 'ví điện tử', 'ví trong', 'số dư'], emptied: ['rút sạch', 'bị rút sạch', 'về 0', 'về không', 'trống trơn', 'bị vét sạch', 'sạch tiền'] },
  hi: { walletNoun: ['wallet', 'वॉलेट', 'balance', 'बैलेंस'], emptied: ['khali ho gaya', 'khaali ho gaya', 'खाली हो गया', 'zero ho gaya', 'ज़ीरो हो गया', 'saaf ho gaya', 'साफ हो गया'] },
  sv: { walletNoun: ['planbok*', 'saldo*', 'wallet'], emptied: ['tomts', 'tomdes', 'lansats', 'lansades', 'lansad', 'nollstallts', 'plotsligt tom', 'helt tom'] },
  el: { walletNoun: ['πορτοφολι', 'υπολοιπο'], emptied: ['αδειασε', 'αδειασαν', 'μηδενιστηκε', 'μηδενισαν', 'το αδειασαν'] },
  cs: { walletNoun: ['penezenk*', 'zustatek', 'kredit'], emptied: ['vybrana do nuly', 'vybrali do nuly', 'vyprazdnen*', 'vynulovan*', 'vybrali mi', 'najednou prazdn*'] },
};

/**
 * Topping up asked about or wished for (`topUp`): "my wallet is empty, how do I top up?", "mi saldo está en cero, ¿cómo
 * recargo?", "余额没了，怎么充值？" — the customer spent the money and wants to add more, so an empty wallet or a
 * vanished balance in the message is no incident (the `toppingUp` guard). Forms of asking and wanting only: "I topped
 * up and it vanished" names no wish to top up.
 */
export const TOPPING_UP: Readonly<Record<string, ConceptTable>> = {
  en: { topUp: ['how do i top up', 'how to top up', 'how can i top up', 'want to top up', 'need to top up', 'can i top up', 'how do i recharge', 'how to recharge', 'want to recharge', 'how do i add funds', 'how do i add money', 'how can i add money', 'want to add money'] },
  de: { topUp: ['wie lade ich', 'aufladen', 'wie kann ich aufladen', 'mochte aufladen', 'will aufladen', 'geld einzahlen'] },
  es: { topUp: ['como recargo', 'como puedo recargar', 'quiero recargar', 'recargar saldo', 'como cargo saldo', 'como agrego saldo', 'como agrego dinero'] },
  fr: { topUp: ['comment recharger', 'comment je recharge', 'je voudrais la recharger', 'je voudrais le recharger', 'je veux recharger', 'recharger mon', 'recharger ma', 'comment ajouter de l\'argent', 'comment alimenter'] },
  pt: { topUp: ['como recarrego', 'como recarregar', 'quero recarregar', 'como coloco saldo', 'como adiciono saldo', 'como colocar dinheiro'] },
  it: { topUp: ['come ricarico', 'come ricaricare', 'voglio ricaricare', 'vorrei ricaricare', 'come aggiungo soldi'] },
  nl: { topUp: ['hoe waardeer ik', 'opwaarderen', 'hoe laad ik', 'wil opwaarderen', 'geld toevoegen'] },
  pl: { topUp: ['jak doladowac', 'jak zasilic', 'chce doladowac', 'chce zasilic', 'jak dodac srodki'] },
  tr: { topUp: ['nasil yuklerim', 'nasil yukleme', 'bakiye yuklemek', 'para yuklemek', 'yukleme yapmak istiyorum'] },
  ar: { topUp: ['كيف اشحن', 'اريد شحن', 'كيف اعبي', 'كيف اضيف رصيد', 'اريد اضافه رصيد'] },
  ru: { topUp: ['как пополнить', 'хочу пополнить', 'пополнить баланс', 'пополнить кошелек', 'как закинуть деньги'] },
  uk: { topUp: ['як поповнити', 'хочу поповнити'] },
  ja: { topUp: ['チャージしたい', 'チャージする方法', 'チャージできますか', 'チャージ方法', '入金したい', '入金方法'] },
  zh: { topUp: ['怎么充值', '如何充值', '想充值', '充值方法', '怎么充钱', '在哪里充值'] },
  ko: { topUp: ['충전하려면', '충전하고 싶', '충전 방법', '충전은 어떻게', '어떻게 충전'] },
  th: { topUp: ['เติมเงินยังไง', 'เติมเงินอย่างไร', 'อยากเติมเงิน', 'วิธีเติมเงิน'] },
  id: { topUp: ['cara isi saldo', 'cara top up', 'mau top up', 'ingin top up', 'cara isi ulang'] },
  vi: { topUp: ['nạp tiền thế nào', 'cách nạp tiền', 'muốn nạp tiền', 'nạp tiền như thế nào'] },
  hi: { topUp: ['recharge kaise', 'top up kaise', 'रिचार्ज कैसे', 'paise kaise daalu', 'paise kaise dalu'] },
  sv: { topUp: ['hur fyller jag pa', 'fylla pa', 'vill fylla pa', 'hur laddar jag'] },
  el: { topUp: ['πως βαζω χρηματα', 'πως φορτιζω', 'θελω να βαλω χρηματα', 'πως κανω φορτιση'] },
  cs: { topUp: ['jak dobit', 'jak si dobiju', 'chci dobit', 'jak nabit'] },
};
