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
import type { Concept } from './types.js';

type Table = Partial<Record<Concept, readonly string[]>>;

/** Crypto assets customers name in any language where others say "money" ("meine Coins sind weg", "mis bitcoins desaparecieron"). */
export const ASSETS_EVERYWHERE: readonly string[] = ['coins', 'crypto', 'bitcoin', 'bitcoins', 'btc', 'eth', 'ether', 'usdt', 'usdc', 'tether', 'stablecoins', 'altcoins'];

export const SETTINGS_EVERYWHERE: readonly string[] = ['2fa', '2-fa', 'mfa', 'authenticator', 'google authenticator', 'authy', 'api key', 'api keys', 'api-key', 'api-keys', 'whitelist', 'passkey', 'yubikey'];

export const ACCOUNT_SECURITY: Readonly<Record<string, Table>> = {
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
