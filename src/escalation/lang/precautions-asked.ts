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
