/**
 * Fraud between the two sides of a sale (src/escalation/lang/goods-faked.ts): goods that were a deception, the other side
 * pocketing the money and vanishing, the other side named a cheat, a fee demanded to release a payment, a return swapped
 * for junk — in several languages, with look-alikes that must stay quiet. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string, history?: readonly string[]): string[] =>
  detectSituations(text, { language, history }).map((h) => h.situation);

describe('goods that were a deception (fakeParty)', () => {
  it.each([
    ['Opened the parcel from the seller and it was an empty package with some paper inside', 'en'],
    ['The trainers I bought here are counterfeit, the logo is even misspelled', 'en'],
    ['He gave me a made up tracking number and the parcel never existed', 'en'],
    ['Im Paket waren nur Steine im Karton statt der Kopfhörer', 'de'],
    ['Me llegó la caja vacía, ni rastro de los auriculares', 'es'],
    ['La montre est une contrefaçon, rien à voir avec les photos', 'fr'],
    ['Il pacco era vuoto quando l’ho aperto', 'it'],
    ['Het pakket was leeg, alleen wat krantenpapier', 'nl'],
    ['Paczka przyszła pusta, nic w środku', 'pl'],
    ['Kargo açtım, kutu boş çıktı', 'tr'],
    ['Посылка пришла пустая, продавец не отвечает', 'ru'],
    ['届いた箱が空箱でした', 'ja'],
    ['打开包裹里面是空的', 'zh'],
    ['택배 열어보니 빈 박스였어요', 'ko'],
    ['Paketnya kosong pas dibuka', 'id'],
    ['Mua về toàn hàng giả', 'vi'],
    ['A csomag üres volt, amikor kinyitottam', 'hu'],
    ['Pakken var tom da jeg åbnede den', 'da'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });
});

describe('the other side took the money and vanished (paidOut + partyGone)', () => {
  it.each([
    ['The guy pocketed the money and blocked me', 'en'],
    ['El chico cobró la bici y ya no contesta', 'es'],
    ["Il a encaissé et ne répond plus", 'fr'],
    ['Hij heeft het geld ontvangen en is verdwenen', 'nl'],
    ['Sælgeren fik pengene og svarer ikke længere', 'da'],
    ['A luat banii și a dispărut', 'ro'],
    ['代金を受け取ってから連絡が取れない', 'ja'],
    ['돈만 받고 연락두절이에요', 'ko'],
    ['Dia sudah terima uang terus menghilang', 'id'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });
});

describe('the other side named a cheat, a fee to release a payment, a swapped return', () => {
  it.each([
    ['That seller is a crook, avoid him', 'en'],
    ['Ese comprador es un estafador', 'es'],
    ['Ce type est un escroc', 'fr'],
    ['Il venditore è un truffatore, non ha mai spedito niente', 'it'],
    ['Этот продавец мошенник, верните деньги', 'ru'],
    ['Az eladó csaló, segítsetek', 'hu'],
    ['The buyer sent back a different, older phone and kept mine', 'en'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it('a fee paid to release a payout', () => {
    expect(situations('I paid it, they said I had to', 'en', ['A message said I need to pay a fee to release my payout'])).toContain('security');
  });
});

describe('look-alikes stay quiet', () => {
  it.each([
    ['What happens if the parcel arrives empty?', 'en'],
    ['How can I tell whether a listing is counterfeit?', 'en'],
    ['Is this seller a crook? He has no reviews', 'en'],
    ['¿Qué pasa si me llega una caja vacía?', 'es'],
    ['Comment savoir si un vendeur est un escroc ?', 'fr'],
    ['Wie erkenne ich eine Fälschung?', 'de'],
    ['如果收到空包裹怎么办？', 'zh'],
    ['빈 박스가 오면 어떻게 하나요?', 'ko'],
    ['When does the seller receive the money after I confirm delivery?', 'en'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});
