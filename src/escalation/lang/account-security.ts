/**
 * Account takeover told through the security settings of an app or wallet, one table for every language (merged into
 * each pack in ./index.ts; the frames that use `account` and `hacked` are in ../situations.ts):
 *
 *  - `account` gains the settings a takeover changes: two-factor authentication, the authenticator app, API keys, the
 *    withdrawal (payout) address and its whitelist, the phone number and the trusted devices. "My 2FA was changed, that
 *    wasn't me", "Meine Zwei-Faktor-Authentifizierung wurde geändert, das war ich nicht", "提幣地址被改了，不是我" then
 *    read as a changed account disowned, as "my email was changed, that wasn't me" already did.
 *  - English `transaction` gains trades, positions and addresses, and `doneAct` adding, creating and opening, for
 *    "trades on my account I didn't place", "a whitelisted address I never added".
 *  - `hacked` gains the change done BY someone else, said in the passive: "reset by someone else", "von jemand anderem
 *    geändert", "baskası tarafından değiştirildi", "被别人改了". "Someone else" alone is not enough ("can someone
 *    else use my account?"): only the agent of a passive.
 *
 * {@link SETTINGS_EVERYWHERE} are the loanwords customers write in any language.
 */
import type { ConceptTable } from './types.js';

/** Crypto assets customers name in any language where others say "money" ("meine Coins sind weg", "mis bitcoins desaparecieron"). */
export const ASSETS_EVERYWHERE: readonly string[] = ['coins', 'crypto', 'bitcoin', 'bitcoins', 'btc', 'eth', 'ether', 'usdt', 'usdc', 'tether', 'stablecoins', 'altcoins'];

export const SETTINGS_EVERYWHERE: readonly string[] = ['2fa', '2-fa', 'mfa', 'authenticator', 'google authenticator', 'authy', 'api key', 'api keys', 'api-key', 'api-keys', 'whitelist', 'passkey', 'yubikey'];

export const ACCOUNT_SECURITY: Readonly<Record<string, ConceptTable>> = {
  en: {
    account: ['two-factor', 'two factor', 'two-step verification', '2-step verification', 'security settings', 'withdrawal address', 'withdrawal addresses', 'whitelisted address', 'whitelisted addresses', 'payout address', 'phone number', 'mobile number', 'trusted device', 'trusted devices', 'anti-phishing code'],
    hacked: ['by someone else', 'by somebody else', 'by a stranger', 'by someone i don\'t know', 'not by me'],
    // trades, positions and addresses an account shows that the customer never placed or added ("trades I didn't place")
    transaction: ['trade', 'trades', 'position', 'positions', 'whitelisted address', 'whitelisted addresses', 'withdrawal address', 'new address', 'api key', 'api keys'],
    doneAct: ['add', 'added', 'create', 'created', 'open', 'opened', 'enable', 'enabled'],
    disownedRef: ["i didn't do it", 'i did not do it', "it wasn't me", 'it was not me', "that wasn't me", 'that was not me', "i didn't change it", "i didn't add it", "i never added it", "i didn't add that", "i didn't create them", "i didn't create it"],
  },
  de: {
    account: ['zwei-faktor*', '*authentifizierung', 'zweifaktor*', 'sicherheitseinstellungen', 'auszahlungsadresse*', 'telefonnummer', 'handynummer', 'mobilnummer'],
    hacked: ['von jemand anderem', 'von jemand anders', 'von einem fremden', 'nicht von mir'],
  },
  es: {
    account: ['doble factor', 'verificacion en dos pasos', 'autenticacion en dos pasos', 'direccion de retiro', 'numero de telefono', 'ajustes de seguridad'],
    hacked: ['por otra persona', 'por alguien mas', 'por un desconocido', 'no por mi'],
  },
  fr: {
    account: ['double authentification', 'authentification a deux facteurs', 'adresse de retrait', 'numero de telephone'],
    hacked: ["par quelqu'un d'autre", 'par un inconnu', 'pas par moi'],
  },
  pt: {
    account: ['autenticacao de dois fatores', 'verificacao em duas etapas', 'endereco de saque', 'numero de telefone', 'numero de celular'],
    hacked: ['por outra pessoa', 'por alguem', 'por um desconhecido', 'nao fui eu'],
  },
  it: {
    account: ['autenticazione a due fattori', 'verifica in due passaggi', 'indirizzo di prelievo', 'numero di telefono'],
    hacked: ['da qualcun altro', 'da uno sconosciuto', 'non da me'],
  },
  nl: {
    account: ['tweestapsverificatie', 'twee-factor*', 'opnameadres', 'telefoonnummer'],
    hacked: ['door iemand anders', 'door een onbekende', 'niet door mij'],
  },
  pl: {
    account: ['uwierzytelniani* dwuskladnikow*', 'weryfikacj* dwuetapow*', 'adres* wyplat*', 'numer* telefonu'],
    hacked: ['przez kogos innego', 'przez obcego', 'nie przeze mnie'],
  },
  tr: {
    account: ['iki faktorlu*', 'iki adimli*', 'cekim adres*', 'telefon numara*', 'guvenlik ayar*'],
    hacked: ['baskasi tarafindan', 'baska biri tarafindan', 'yabanci biri tarafindan', 'benim tarafimdan degil'],
  },
  ru: {
    account: ['двухфакторн*', 'адрес вывода', 'номер телефона', 'настройки безопасности'],
    hacked: ['кем-то другим', 'посторонним', 'не мной'],
  },
  uk: {
    account: ['двофакторн*', 'адреса виведення', 'номер телефону'],
    hacked: ['кимось іншим', 'не мною'],
  },
  ar: {
    account: ['المصادقه الثنائيه', 'التحقق بخطوتين', 'رقم الهاتف', 'رقم الجوال', 'عنوان السحب'],
    hacked: ['من شخص اخر', 'من قبل شخص اخر', 'مو انا', 'ليس انا'],
  },
  ja: {
    account: ['二段階認証', '2段階認証', '二要素認証', '出金アドレス', '電話番号', 'セキュリティ設定'],
    hacked: ['他の誰かに', '第三者に', '知らない人に', '私じゃない'],
  },
  zh: {
    account: ['双重验证', '雙重驗證', '二次验证', '二次驗證', '两步验证', '兩步驗證', '谷歌验证', '谷歌驗證', '提币地址', '提幣地址', '手机号', '手機號', '安全设置', '安全設定'],
    hacked: ['被别人', '被別人', '被陌生人', '不是我改的', '不是我弄的'],
  },
  ko: {
    account: ['2단계 인증', '이중 인증', '출금 주소', '전화번호', '보안 설정'],
    hacked: ['다른 사람이', '모르는 사람이', '제가 한 게 아니', '내가 한 게 아니'],
  },
  th: {
    account: ['ยืนยันสองขั้นตอน', 'ยืนยันตัวตนสองขั้น', 'เบอร์โทร', 'ที่อยู่ถอน'],
    hacked: ['คนอื่นเปลี่ยน', 'ไม่ใช่ฉันเปลี่ยน', 'ไม่ได้เปลี่ยนเอง'],
  },
  id: {
    account: ['verifikasi dua langkah', 'autentikasi dua faktor', 'alamat penarikan', 'nomor hp', 'nomor telepon'],
    hacked: ['oleh orang lain', 'bukan saya yang', 'bukan aku yang'],
  },
  vi: {
    account: ['xac thuc hai yeu to', 'xac thuc 2 lop', 'xac thuc hai lop', 'dia chi rut', 'so dien thoai'],
    hacked: ['boi nguoi khac', 'khong phai toi doi', 'khong phai toi'],
  },
};

/**
 * An insurer's fraud told by what it moves (round 11): claims and reimbursement requests the customer never filed
 * (`orderThing`, disowned with the pack's own negated act: "a claim on my policy I never made", "een declaratie die ik
 * nooit heb ingediend"), a payout sent to an account that is not the customer's (payouts as `money` + `unauthorised`
 * "to an account that isn't mine", "auf ein fremdes Konto", "na cizí účet"; not as `transaction`, so "contester le
 * remboursement" is no dispute with a bank), and a policy, agent or
 * broker that was fake (`fakeParty`: "the policy turned out not to exist", "pojistka neexistuje"). Packs without a
 * negated-act slot say the disowned claim whole (`securityStrong`). Asking how to file a claim has no negated act and stays quiet.
 */
export const CLAIMS_AND_PAYOUTS: Readonly<Record<string, ConceptTable>> = {
  en: {
    fakeParty: ['fake policy', 'the policy was fake', 'policy turned out to be fake', 'policy that does not exist', "policy that doesn't exist", 'policy that turned out not to exist', 'policy never existed', 'fake insurance', 'fake insurance certificate', 'fake insurance agent', 'fake agent', 'fake broker'],
    orderThing: ['claim', 'claims', 'a claim', 'reimbursement request', 'reimbursement requests'],
    doneAct: ['filed', 'submitted'],
    money: ['reimbursement', 'payout', 'claim payment', 'claim payout'],
    unauthorised: ["to an account that isn't mine", 'to an account that is not mine', "into an account that isn't mine", 'into an account that is not mine', "to someone else's account", "into someone else's account", 'to an account i don\'t know', 'to a bank account i don\'t recognise', 'to a bank account i don\'t recognize'],
  },
  de: {
    money: ['erstattung', 'auszahlung', 'entschadigung'],
    fakeParty: ['gefalschte police', 'police war gefalscht', 'police ist gefalscht', 'falsche police', 'police existiert nicht', 'police gibt es nicht', 'gefalschter versicherungsvertreter', 'falscher versicherungsvertreter', 'falscher vermittler', 'falscher makler', 'gefalschte versicherung'],
    orderThing: ['leistungsantrag', 'leistungsantrage', 'erstattungsantrag', 'erstattungsantrage', 'schadensmeldung', 'schadensmeldungen', 'einreichung', 'einreichungen'],
    doneAct: ['eingereicht', 'gestellt', 'gemeldet', 'beantragt'],
    unauthorised: ['auf ein fremdes konto', 'auf ein unbekanntes konto', 'auf ein konto, das nicht meins ist', 'auf ein konto das nicht meins ist', 'auf das konto eines fremden', 'nicht auf mein konto'],
  },
  nl: {
    fakeParty: ['valse polis', 'nep polis', 'neppolis', 'polis bestaat niet', 'polis was vals', 'valse verzekeringsagent', 'nep tussenpersoon', 'valse tussenpersoon'],
    orderThing: ['declaratie', 'declaraties', 'schadeclaim', 'schadeclaims', 'claim', 'claims'],
    doneAct: ['ingediend', 'gedaan', 'aangevraagd'],
    money: ['vergoeding', 'uitbetaling', 'terugbetaling'],
    unauthorised: ['op een rekening die niet van mij is', 'op een onbekende rekening', 'naar een onbekende rekening', 'op andermans rekening', 'naar een rekening die niet van mij is'],
  },
  es: {
    fakeParty: ['poliza falsa', 'la poliza era falsa', 'poliza que no existe', 'la poliza no existe', 'agente falso', 'seguro falso', 'corredor falso'],
    orderThing: ['reclamacion', 'reclamaciones', 'siniestro', 'siniestros', 'solicitud de reembolso'],
    doneAct: ['presentado', 'presente', 'hecho', 'solicitado'],
    money: ['reembolso', 'indemnizacion'],
    unauthorised: ['a una cuenta que no es mia', 'en una cuenta que no es mia', 'a una cuenta desconocida', 'a la cuenta de otra persona'],
  },
  fr: {
    fakeParty: ['fausse police', 'la police etait fausse', "police qui n'existe pas", "la police n'existe pas", 'faux agent', 'faux courtier', 'fausse assurance'],
    orderThing: ['demande de remboursement', 'demandes de remboursement', 'declaration de sinistre', 'sinistre', 'sinistres'],
    doneAct: ['fait', 'faite', 'faites', 'depose', 'deposee', 'envoye', 'envoyee'],
    money: ['remboursement', 'indemnisation', 'indemnite'],
    unauthorised: ["sur un compte qui n'est pas le mien", 'sur un compte qui nest pas le mien', 'sur un compte inconnu', "sur le compte de quelqu'un d'autre"],
  },
  it: {
    fakeParty: ['polizza falsa', 'la polizza era falsa', 'polizza che non esiste', 'la polizza non esiste', 'falso agente', 'agente falso', 'assicurazione falsa'],
    orderThing: ['richiesta di rimborso', 'richieste di rimborso', 'sinistro', 'sinistri', 'denuncia di sinistro'],
    doneAct: ['fatto', 'fatta', 'presentato', 'presentata', 'inviato', 'inviata'],
    money: ['rimborso', 'indennizzo', 'risarcimento'],
    unauthorised: ['su un conto che non e mio', 'su un conto sconosciuto', 'sul conto di qualcun altro'],
  },
  pt: {
    fakeParty: ['apolice falsa', 'a apolice era falsa', 'apolice que nao existe', 'a apolice nao existe', 'corretor falso', 'agente falso', 'seguro falso'],
    orderThing: ['pedido de reembolso', 'pedidos de reembolso', 'sinistro', 'sinistros'],
    doneAct: ['fiz', 'feito', 'enviei', 'pedi', 'solicitei'],
    money: ['reembolso', 'indenizacao', 'indemnizacao'],
    unauthorised: ['para uma conta que nao e minha', 'numa conta que nao e minha', 'para uma conta desconhecida', 'na conta de outra pessoa'],
  },
  pl: {
    fakeParty: ['falszywa polisa', 'polisa byla falszywa', 'polisa nie istnieje', 'falszywy agent', 'falszywy ubezpieczyciel'],
    orderThing: ['wniosek o zwrot', 'wnioski o zwrot', 'zgloszenie szkody', 'zgloszenia szkody', 'szkode', 'szkody'],
    doneAct: ['zglaszalem', 'zglaszalam', 'skladalem', 'skladalam', 'zlozylem', 'zlozylam', 'zglosilem', 'zglosilam'],
    money: ['zwrot', 'zwrotu', 'odszkodowanie', 'odszkodowania', 'wyplata', 'wyplate', 'wyplaty'],
    unauthorised: ['na konto ktore nie jest moje', 'na cudze konto', 'na nieznane konto', 'na obce konto'],
  },
  ro: {
    fakeParty: ['polita falsa', 'polita era falsa', 'polita nu exista', 'agent fals de asigurari', 'asigurare falsa'],
    orderThing: ['cerere de rambursare', 'cereri de rambursare', 'dosar de dauna', 'dauna'],
    money: ['rambursare', 'rambursarea', 'despagubire', 'despagubirea'],
    unauthorised: ['intr-un cont care nu e al meu', 'intr-un cont care nu este al meu', 'in contul altcuiva', 'intr-un cont necunoscut'],
  },
  cs: {
    fakeParty: ['falešná pojistka', 'falešnou pojistku', 'pojistka byla falešná', 'pojistka neexistuje', 'falešný pojišťovák', 'falešný makléř', 'falešná smlouva', 'falešnou smlouvu'],
    money: ['náhrada', 'náhradu', 'pojistné plnění', 'plnění', 'výplata', 'výplatu'],
    unauthorised: ['na cizí účet', 'na neznámý účet', 'na účet, který není můj', 'na účet který není můj'],
    securityStrong: ['pojistnou událost, kterou jsem nehlásil', 'pojistnou událost, kterou jsem nehlásila', 'událost kterou jsem nenahlásil', 'žádost, kterou jsem nepodal', 'žádost, kterou jsem nepodala', 'nikdy jsem nic nenahlásil', 'nikdy jsem nic nenahlásila'],
  },
  sv: {
    fakeParty: ['falsk försäkring', 'försäkringen var falsk', 'försäkringen finns inte', 'falskt försäkringsbrev', 'falsk försäkringsmäklare', 'falsk mäklare'],
    money: ['ersättning', 'ersättningen', 'utbetalning', 'utbetalningen'],
    unauthorised: ['till ett konto som inte är mitt', 'till ett okänt konto', 'till någon annans konto', 'till ett främmande konto'],
    securityStrong: ['skadeanmälan som jag inte har gjort', 'skadeanmälan jag aldrig gjort', 'anmälan som jag aldrig gjort', 'en anmälan jag inte har gjort', 'ansökan som jag aldrig skickat'],
  },
  da: {
    fakeParty: ['falsk forsikring', 'forsikringen var falsk', 'forsikringen findes ikke', 'forsikringen finnes ikke', 'falsk mægler', 'falsk megler', 'falsk forsikringsagent'],
    money: ['erstatning', 'erstatningen', 'udbetaling', 'utbetaling', 'udbetalingen', 'utbetalingen'],
    unauthorised: ['til en konto der ikke er min', 'til en konto som ikke er min', 'til en ukendt konto', 'til en ukjent konto', 'til en andens konto', 'til en annens konto'],
    securityStrong: ['skadesanmeldelse jeg ikke har lavet', 'skademelding jeg ikke har sendt', 'anmeldelse jeg aldrig har lavet'],
  },
  no: {
    fakeParty: ['falsk forsikring', 'forsikringen var falsk', 'forsikringen finnes ikke', 'falsk megler', 'falsk forsikringsagent'],
    money: ['erstatning', 'erstatningen', 'utbetaling', 'utbetalingen'],
    unauthorised: ['til en konto som ikke er min', 'til en ukjent konto', 'til en annens konto'],
    securityStrong: ['skademelding jeg ikke har sendt', 'skademelding jeg aldri har sendt'],
  },
  el: {
    fakeParty: ['ψεύτικο ασφαλιστήριο', 'πλαστό ασφαλιστήριο', 'το ασφαλιστήριο ήταν ψεύτικο', 'το συμβόλαιο δεν υπάρχει', 'ψεύτικος ασφαλιστής', 'ψεύτικος πράκτορας', 'ψεύτικο συμβόλαιο'],
    money: ['αποζημίωση', 'αποζημίωσή', 'πληρωμή', 'εκταμίευση'],
    unauthorised: ['σε λογαριασμό που δεν είναι δικός μου', 'σε άγνωστο λογαριασμό', 'σε ξένο λογαριασμό', 'σε λογαριασμό άλλου'],
    securityStrong: ['αίτηση που δεν έκανα', 'αίτημα που δεν έκανα', 'δήλωση ζημιάς που δεν έκανα', 'αίτηση αποζημίωσης που δεν έκανα'],
  },
  he: {
    fakeParty: ['פוליסה מזויפת', 'הפוליסה מזויפת', 'הפוליסה לא קיימת', 'סוכן ביטוח מזויף', 'סוכן מזויף', 'ביטוח מזויף'],
    money: ['ההחזר', 'החזר', 'הפיצוי', 'פיצוי', 'התשלום'],
    unauthorised: ['לחשבון שאינו שלי', 'לחשבון שלא שלי', 'לחשבון שהוא לא שלי', 'לחשבון לא מוכר', 'לחשבון של מישהו אחר', 'לחשבון זר'],
    securityStrong: ['תביעה שלא הגשתי', 'בקשה שלא הגשתי', 'תביעה שלא אני הגשתי', 'הגישו תביעה בשמי'],
  },
  fi: {
    fakeParty: ['väärennetty vakuutus', 'vakuutus oli väärennetty', 'vakuutusta ei ole olemassa', 'valevakuutus', 'valeagentti', 'väärä vakuutusedustaja'],
    money: ['korvaus', 'korvauksen', 'korvaukset', 'maksu'],
    unauthorised: ['tilille joka ei ole minun', 'tuntemattomalle tilille', 'jonkun muun tilille', 'vieraalle tilille'],
    securityStrong: ['korvaushakemus jota en ole tehnyt', 'vahinkoilmoitus jota en ole tehnyt', 'hakemus jota en ole tehnyt'],
  },
  hu: {
    fakeParty: ['hamis kötvény', 'a kötvény hamis', 'a kötvény nem létezik', 'hamis biztosítás', 'hamis ügynök', 'hamis biztosítási ügynök'],
    money: ['kártérítés', 'kártérítést', 'kifizetés', 'kifizetést', 'térítés'],
    unauthorised: ['egy idegen számlára', 'idegen számlára', 'ismeretlen számlára', 'nem az én számlámra', 'valaki más számlájára'],
    securityStrong: ['kárbejelentés, amit nem én tettem', 'igénylés, amit nem én adtam be', 'kárigény, amit nem én nyújtottam be'],
  },
};
