/**
 * The customer calling what was done to them fraud (src/escalation/lang/called-it-fraud.ts): "this is a scam", "false
 * advertising", "you deceived me", in many languages — and the same words asked about, denied or talked about in
 * general, which must stay quiet. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);

describe('an accusation of fraud escalates as a security case', () => {
  it.each([
    ['You advertised free cancellation and then kept my money, that is false advertising', 'en'],
    ['The seat you sold me is not what the page showed, classic bait and switch', 'en'],
    ['Das Angebot war ein Lockangebot, an der Kasse kostete es das Doppelte', 'de'],
    ['Irreführende Werbung, der Endpreis war viel höher', 'de'],
    ['Publicidad engañosa, el precio final no tenía nada que ver', 'es'],
    ["Publicité mensongère : le prix affiché n'était pas le vrai", 'fr'],
    ['Propaganda enganosa, cobraram outro valor no final', 'pt'],
    ['Pubblicità ingannevole, alla cassa il prezzo era diverso', 'it'],
    ['Misleidende reclame, de prijs bleek veel hoger', 'nl'],
    ['Reklama wprowadzająca w błąd, cena była zupełnie inna', 'pl'],
    ['Yanıltıcı reklam, ödeme ekranında fiyat farklıydı', 'tr'],
    ['Ложная реклама, в итоге списали в два раза больше', 'ru'],
    ['Оманлива реклама, ціна виявилася іншою', 'uk'],
    ['誇大広告です、実際の値段が全然違いました', 'ja'],
    ['虚假宣传，实际收费跟页面上不一样', 'zh'],
    ['이건 사기예요, 광고랑 가격이 완전히 달라요', 'ko'],
    ['Iklan menyesatkan, harganya beda jauh', 'id'],
    ['Quảng cáo sai sự thật, giá thực tế cao hơn nhiều', 'vi'],
    ['Ye to sarasar dhokha hai, ad mein price kuch aur tha', 'hi'],
    ['Det här är bedrägeri, priset i annonsen stämde inte', 'sv'],
    ['To je podvod, cena v reklamě byla úplně jiná', 'cs'],
    ['Είναι απάτη, η τιμή στη διαφήμιση ήταν άλλη', 'el'],
    ['Reclamă înșelătoare, prețul final era altul', 'ro'],
    ['Ez átverés, a hirdetésben más ár volt', 'hu'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });
});

describe('the same words asked about, denied or in general stay quiet', () => {
  it.each([
    ['Is this a scam? I got a text with your logo', 'en'],
    ['How do I report false advertising to you?', 'en'],
    ["This isn't a scam, right? The offer looks too good", 'en'],
    ['What is your policy on bait and switch complaints, just curious', 'en'],
    ['Ist das ein Lockangebot oder gilt der Preis wirklich?', 'de'],
    ['Can I get in trouble for false advertising if I resell my ticket?', 'en'],
    ['이거 사기 아니죠? 문자가 와서요', 'ko'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});
