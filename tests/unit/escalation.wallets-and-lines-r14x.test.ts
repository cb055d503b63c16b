/**
 * Round 14x (src/escalation/lang/wallets-and-lines.ts and the frames beside line-dead-codes-missing in situations.ts):
 * assets moved to a destination the customer does not know, a line dying all at once while the codes stop or go
 * elsewhere, paid and nothing came back from a seller who is gone, someone met online who led to an investment, a
 * wallet connected or a transaction signed before the loss; and the near-misses that must stay quiet. Sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);
const frames = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.frame);

describe('assets moved to a destination the customer does not know', () => {
  it.each([
    ['all my USDT was withdrawn to an unknown wallet last night', 'en'],
    ['Gestern wurden 2 ETH an eine unbekannte Adresse ausgezahlt', 'de'],
    ['сегодня ночью все монеты вывели на чужой кошелек', 'ru'],
    ['昨日の夜、知らないアドレスにビットコインが送金されていました', 'ja'],
    ['我的币昨晚被转到一个陌生地址', 'zh'],
    ['έγινε ανάληψη όλων των χρημάτων σε άγνωστο πορτοφόλι', 'el'],
    ['dün gece bakiyem bilmediğim bir adrese transfer edilmiş', 'tr'],
    ['ontem à noite houve um saque para um endereço desconhecido', 'pt'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['сегодня ночью все монеты вывели на чужой кошелек', 'ru'],
    ['έγινε ανάληψη όλων των χρημάτων σε άγνωστο πορτοφόλι', 'el'],
  ])('by its own frame: %s', (text, language) => {
    expect(frames(text, language)).toContain('moved-to-unknown-destination');
  });

  it.each([
    ['I sent 0.5 ETH to the wrong address by mistake, can I get it back?', 'en'],
    ['what happens if I withdraw to an unknown address?', 'en'],
    ['Kann ich an eine fremde Adresse auszahlen?', 'de'],
    ['можно ли вывести монеты на чужой кошелек?', 'ru'],
    ['如果转到陌生地址会怎么样？', 'zh'],
    ['how long does a withdrawal to my own wallet take?', 'en'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('a line dying all at once while the codes stop coming or go elsewhere', () => {
  it.each([
    ['meu celular ficou sem sinal de repente e não recebo o código', 'pt'],
    ['điện thoại tự nhiên mất sóng, không nhận được mã OTP nữa', 'vi'],
    ['min telefon har plötsligt ingen täckning och koderna kommer inte fram', 'sv'],
    ['telefon najednou nemá signál a kódy mi nechodí', 'cs'],
    ['Seit heute Mittag plötzlich kein Netz, und ich bekomme keine Codes mehr', 'de'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['no tengo señal y los códigos le llegan a otra persona', 'es'],
    ['plus de réseau et les codes arrivent sur un autre téléphone', 'fr'],
    ['нет сети, а коды приходят кому-то другому', 'ru'],
  ])('codes going elsewhere: %s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['what if my phone suddenly has no signal and I don\'t get the codes?', 'en'],
    ['e se o celular ficar sem sinal de repente e eu não receber o código?', 'pt'],
    ['Ich habe eine neue SIM eingelegt, seitdem plötzlich kein Netz und keine Codes mehr', 'de'],
    ['Ich habe ein neues Handy, seitdem plötzlich kein Netz und keine Codes mehr', 'de'],
    ['min telefon har ingen täckning i källaren, koden kommer inte', 'sv'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('paid, nothing came, the other side gone or a seller', () => {
  it.each([
    ['Ich habe bei einem Verkäufer bezahlt, die Ware kam nie und er hat mich blockiert', 'de'],
    ['zapłaciłem sprzedawcy, towar nie doszedł, a on mnie zablokował', 'pl'],
    ['jag betalade säljaren men fick aldrig varan', 'sv'],
    ['付钱给卖家了，一直没发货', 'zh'],
    ['maine seller ko paise bheje, saman nahi aaya', 'hi'],
    ['I paid the seller and never received the item', 'en'],
    ['ho pagato il venditore ma il pacco non è mai arrivato', 'it'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['I paid for my order yesterday and it never arrived, where is it?', 'en'],
    ['Zapłaciłem, a sprzedawca nie odpowiada na maile od godziny', 'pl'],
    ['the seller hasn\'t shipped yet, how long do they have?', 'en'],
    ['Wäre die Ware morgen da, wenn ich heute bezahle?', 'de'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('someone met online, then money put in', () => {
  it.each([
    ['a man I met on a dating app got me to invest and now I cannot reach him', 'en'],
    ['познакомилась в интернете с мужчиной, он уговорил вложить деньги в крипту', 'ru'],
    ['网上认识的一个人让我投资，我转了钱', 'zh'],
    ['conocí por internet a una persona que me hizo invertir todo', 'es'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['I met my husband online, can we open a joint account?', 'en'],
    ['a friend I met online recommended your exchange, how do I deposit?', 'en'],
    ['我和老公是网上认识的，可以开联名账户吗？', 'zh'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('a wallet connected or a transaction signed, then the loss', () => {
  it.each([
    ['I connected my wallet to a site and signed a transaction, now my tokens are gone', 'en'],
    ['Ich habe meine Wallet mit einer Seite verbunden und jetzt sind meine Coins weg', 'de'],
    ['conecté mi billetera a una página para un airdrop y me vaciaron la cuenta', 'es'],
    ['подключил кошелек к сайту с раздачей, и все монеты пропали', 'ru'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['how do I connect my wallet to your app?', 'en'],
    ['Wie verbinde ich meine Wallet mit der App?', 'de'],
    ['¿cómo conecto mi billetera?', 'es'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('returns promised, then money paid or put in', () => {
  it.each([
    ['they promised guaranteed profit so I sent them 5000 dollars', 'en'],
    ['保本稳赚，我就转了钱', 'zh'],
    ['me prometieron ganancias garantizadas y les transferí mis ahorros', 'es'],
    ['обещали гарантированный доход, я перевел им деньги', 'ru'],
    ['mi hanno promesso guadagni garantiti e ho fatto un bonifico', 'it'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['do you offer guaranteed returns if I invest in staking?', 'en'],
    ['¿ofrecen ganancias garantizadas?', 'es'],
    ['есть ли гарантированный доход по стейкингу?', 'ru'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('a code or recovery phrase handed to someone', () => {
  it.each([
    ['je lui ai dicté le code de validation, il disait être de la banque', 'fr'],
    ['ho dato il codice di verifica a un finto operatore', 'it'],
    ['kurtarma kelimelerimi destek olduğunu söyleyen birine verdim', 'tr'],
    ['고객센터라는 사람한테 시드 구문을 알려줬어요', 'ko'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['sipariş verdim ama doğrulama kodu gelmedi', 'tr'],
    ['Ich habe den Code aus der SMS eingegeben, aber er ist ungültig', 'de'],
    ['ho dato il codice sconto al mio amico, funziona?', 'it'],
    ['wo finde ich meine Seed-Phrase?', 'de'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('a suspicious email is the label of a message, not a transaction', () => {
  it('stays quiet: j\'ai reçu un mail suspect, je ne l\'ai pas ouvert, où puis-je le signaler ?', () => {
    expect(situations("j'ai reçu un mail suspect, je ne l'ai pas ouvert, où puis-je le signaler ?", 'fr')).not.toContain('security');
  });
  it.each([
    ['il y a un paiement suspect sur mon relevé', 'fr'],
    ["j'ai reçu un mail suspect et j'ai cliqué sur le lien, maintenant il y a un paiement suspect", 'fr'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });
});

describe('a wallet or balance emptied, and topping up asked about', () => {
  it.each([
    ['mein Wallet in der App wurde über Nacht geleert', 'de'],
    ['ma cagnotte dans l\'appli a été vidée', 'fr'],
    ['a carteira do app foi zerada', 'pt'],
    ['mijn wallet in de app is leeggehaald', 'nl'],
    ['portfel w aplikacji został wyczyszczony', 'pl'],
    ['uygulamadaki cüzdanım boşaltılmış', 'tr'],
    ['кошелек в приложении обнулили', 'ru'],
    ['앱 지갑이 텅 비었어요', 'ko'],
    ['dompet di aplikasi saya dikuras', 'id'],
    ['min plånbok i appen har tömts', 'sv'],
    ['peněženka v aplikaci je vybraná do nuly', 'cs'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['my wallet is empty, how do I top up?', 'en'],
    ['mi saldo está en cero, ¿cómo recargo?', 'es'],
    ['ma cagnotte est vide, je voudrais la recharger', 'fr'],
    ['钱包余额没了，怎么充值？', 'zh'],
    ['кошелек пустой, как пополнить?', 'ru'],
    ['what happens if my wallet was emptied by a hacker?', 'en'],
    ['wie lade ich mein Wallet auf?', 'de'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});
