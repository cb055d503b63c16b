/**
 * Someone else's loss told, then a precaution asked for oneself, and a loss only feared (round 20), as cues added to
 * ./asked-not-told.ts in ./index.ts:
 *  - `precaution`: features that protect an account from a lost or stolen phone, asked about ("can I log out all devices
 *    remotely?", "aus der Ferne abmelden", "déconnecter tous les appareils à distance", "wylogować ze wszystkich
 *    urządzeń"). With a friend or relative as the one robbed ("my cousin had her phone stolen at a festival") the
 *    `thirdParty` guard keeps the theft frames quiet;
 *  - `apprehension`: a loss only feared or believed for a moment ("I thought I'd lost my bag", "j'ai cru avoir perdu",
 *    "trodde jag hade tappat").
 * Written from general knowledge of how customers ask; the kinds were chosen after reading the false alarms of a
 * development set of look-alikes written blind (README "Round 20"); no sentence of it or of an evaluation set is copied.
 */
import type { AskedCues } from './asked-not-told.js';

export const PRECAUTIONS_ASKED: Readonly<Record<string, Partial<AskedCues>>> = {
  en: {
    precaution: ['log out all devices', 'log out of all devices', 'sign out of all devices', 'sign out everywhere', 'log out everywhere', 'remotely', 'remote logout', 'spending limit'],
    apprehension: ["thought i'd lost", 'thought i had lost', "worried i'd left", 'worried i had left', "thought i'd left", 'thought i had left'],
  },
  de: {
    precaution: ['aus der ferne', 'alle gerate abmelden', 'alle gerate abzumelden', 'von allen geraten abmelden', 'ausgabenlimit'],
    apprehension: ['dachte ich hatte', 'dachte, ich hatte', 'dachte ich hatte verloren'],
  },
  fr: {
    precaution: ['a distance', 'deconnecter tous', 'deconnecter de tous', 'limite de depenses'],
    apprehension: ["j'ai cru avoir perdu", "j'ai cru perdre", "j'ai cru que j'avais perdu"],
  },
  es: {
    precaution: ['a distancia', 'cerrar sesion en todos', 'cerrar la sesion en todos', 'limite de gasto'],
    apprehension: ['pense que habia perdido', 'crei que habia perdido', 'crei haber perdido'],
  },
  it: {
    precaution: ['a distanza', 'disconnettere tutti', 'scollegare tutti', 'limite di spesa'],
    apprehension: ['pensavo di aver perso', 'credevo di aver perso'],
  },
  pt: {
    precaution: ['a distancia', 'desconectar todos', 'sair de todos os aparelhos', 'limite de gastos'],
    apprehension: ['achei que tinha perdido', 'pensei que tinha perdido'],
  },
  pl: {
    precaution: ['zdalnie', 'wylogowac ze wszystkich', 'limit wydatkow'],
    apprehension: ['myslalem, ze zgubilem', 'myslalam, ze zgubilam', 'myslalem ze zgubilem', 'myslalam ze zgubilam'],
  },
  sv: {
    precaution: ['pa distans', 'logga ut alla', 'logga ut fran alla', 'utgiftsgrans'],
    apprehension: ['trodde jag hade tappat', 'trodde att jag hade tappat', 'trodde jag hade glomt'],
  },
  nl: {
    precaution: ['op afstand', 'overal uitloggen', 'alle apparaten uitloggen', 'bestedingslimiet'],
    apprehension: ['dacht dat ik', 'dacht ik had'],
  },
};

/**
 * Round 22: more precautions asked for oneself after someone else's loss — two-step verification, an alert or a check of
 * one's own subscriptions or account, whether the company checks its listings or sends links — so that "my friend's
 * account was hijacked, where do I turn on two-step verification?" keeps the takeover frames quiet through the
 * `thirdParty` guard in the languages that lacked these words. Written from general knowledge; the kinds were chosen after
 * reading the false alarms of data/escalation-dev/b9-*.jsonl (in-sample there); no evaluation set was read.
 */
export const PRECAUTIONS_MORE: Readonly<Record<string, Partial<AskedCues>>> = {
  en: { precaution: ['two-factor', 'two-step', '2fa', 'authenticator app', 'do you ever send', 'do you check'] },
  de: { precaution: ['zwei-faktor', 'zweifaktor', 'zwei-schritt', '2fa', 'authenticator', 'prufen sie'] },
  fr: { precaution: ['double authentification', 'deux facteurs', '2fa', 'verifiez-vous'] },
  es: { precaution: ['doble factor', 'verificacion en dos pasos', 'dos pasos', '2fa', 'verifican'] },
  pt: { precaution: ['dois fatores', 'verificacao em duas etapas', 'duas etapas', '2fa'] },
  it: { precaution: ['doppia autenticazione', 'due fattori', 'verifica in due passaggi', '2fa'] },
  nl: { precaution: ['tweestapsverificatie', 'twee-staps', 'tweefactor', '2fa'] },
  pl: { precaution: ['weryfikacj* dwuetapow*', 'dwuskladnikow*', '2fa'] },
  tr: { precaution: ['iki adimli', 'iki faktorlu', '2fa'] },
  ru: { precaution: ['двухфактор*', 'двухэтапн*', '2fa', 'активные подписки'] },
  uk: { precaution: ['двофактор*', 'двоетапн*', '2fa', 'активні підписки'] },
  el: { precaution: ['επαληθευση', 'ελεγχο ταυτοτητασ', 'δυο βηματων', '2fa'] },
  ar: { precaution: ['التحقق بخطوتين', 'المصادقه الثنائيه', 'التحقق الثنائي', 'موثوقه'] },
  he: { precaution: ['אימות דו שלבי', 'אימות דו-שלבי'] },
  hi: { precaution: ['टू-स्टेप', 'टू स्टेप', 'दो चरण', 'ईमेल otp', 'two step', '2fa'] },
  id: { precaution: ['verifikasi 2 langkah', 'verifikasi dua langkah', 'autentikasi dua faktor', '2fa', 'dicek dulu'] },
  vi: { precaution: ['xac thuc 2 lop', 'xac thuc hai lop', 'xac thuc 2 buoc', 'bao mat 2 lop', '2fa'] },
  th: { precaution: ['ยืนยันตัวตนสองขั้นตอน', 'สองขั้นตอน', 'มีวิธีตรวจสอบ', 'เช็คว่าบัญชี'] },
  ja: { precaution: ['二段階認証', '2段階認証', '二要素認証', '更新前に通知', 'どこで設定', '設定方法', '設定するには'] },
  zh: { precaution: ['两步验证', '兩步驗證', '双重验证', '雙重驗證', '二次验证'] },
  ko: { precaution: ['2단계인증', '이단계인증', '이중인증', '2차인증'] },
};
