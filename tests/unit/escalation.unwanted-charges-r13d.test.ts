/**
 * Round 13d (src/escalation/lang/unwanted-charges.ts, `weighedOrExplained` and `statesExistence` in situations.ts):
 * renewals and charges after cancelling or a promised refund, shops the customer never used, cloned cards, "hay un
 * cobro que no reconozco"; and the near-misses that must stay quiet: a scam weighed against legit, a charge explained
 * away by the customer, questions about renewals and existential questions. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);

describe('charged after cancelling or after a refund was promised (renewals, charged again)', () => {
  it.each([
    ['you promised me a refund and then charged me again for the same thing', 'en'],
    ['ich hab gekuendigt und ihr bucht trotzdem weiter ab', 'de'],
    ['me dijeron que me devolvian el dinero y encima me volvieron a cobrar', 'es'],
    ['vous m avez promis un remboursement et vous m avez repreleve', 'fr'],
    ['cancelei a assinatura e continuaram cobrando', 'pt'],
    ['l abbonamento si e rinnovato anche se l avevo disdetto', 'it'],
    ['jag har sagt upp abonnemanget men ni drar fortfarande pengar', 'sv'],
    ['подписка продлилась хотя я ее отменил', 'ru'],
    ['تجدد الاشتراك مع اني لغيته', 'ar'],
    ['subscription cancel kar diya phir bhi paise kat rahe hai', 'hi'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['you promised me a refund, when will it arrive?', 'en'],
    ['ich habe gekuendigt, bucht ihr trotzdem noch ab?', 'de'],
    ['j ai resilie, est ce que vous allez me prelever a nouveau ?', 'fr'],
    ['saya sudah batalkan, apakah akan ditagih lagi?', 'id'],
    ['我已经取消了，还会被扣款吗？', 'zh'],
    ['i renewed my subscription today, where is the receipt?', 'en'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('a shop never used, a cloned card, "hay un cobro que no reconozco"', () => {
  it.each([
    ['hay un cobro de una tienda en la que nunca compre', 'es'],
    ['hay un cargo en mi tarjeta que no reconozco', 'es'],
    ['υπάρχει μια χρέωση που δεν έκανα', 'el'],
    ['il y a un paiement chez un commercant que je connais pas', 'fr'],
    ['c e un addebito di un negozio che non conosco', 'it'],
    ['det finns dragningar pa mitt konto som jag inte kanner igen', 'sv'],
    ['mere card se paise kat gaye jo maine kabhi use nahi kiye', 'hi'],
    ['mi hanno clonato la carta', 'it'],
    ['ktos sklonowal moja karte', 'pl'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['hay un cargo por cambio de fecha?', 'es'],
    ['hay un cargo de 5 euros por cancelar', 'es'],
    ['hay alguna comision que no conozco?', 'es'],
    ['υπάρχει κάποια χρέωση που δεν ξέρω;', 'el'],
    ['nunca compre en esta tienda, como pago?', 'es'],
    ['nigdy nie kupowalem u was, jak zaplacic?', 'pl'],
    ['my card was cloned last year, now i have a new one, how do i add it?', 'en'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('weighedOrExplained: a scam weighed against legit, a charge explained away', () => {
  it.each([
    ['is this site a scam or legit?', 'en'],
    ['ist diese seite seriös oder betrug?', 'de'],
    ['esta pagina es una estafa o es de fiar?', 'es'],
    ['ce site c est une arnaque ou c est fiable ?', 'fr'],
    ['questo sito e una truffa o e affidabile?', 'it'],
    ['bu site dolandirici mi guvenilir mi?', 'tr'],
    ['هذا الموقع نصب ولا موثوق؟', 'ar'],
    ['這個網站是詐騙還是正規的?', 'zh'],
    ['situs ini penipuan atau asli?', 'id'],
    ['trang nay lua dao hay uy tin?', 'vi'],
    ['what is this charge on my bill? oh its the annual fee, ok', 'en'],
    ['c est quoi ce prelevement ? ah c est l abonnement annuel, ok', 'fr'],
    ['wat is deze afschrijving? o het is de jaarlijkse bijdrage, prima', 'nl'],
    ['что за списание в выписке? а, это годовая плата, понятно', 'ru'],
    ['この請求は何ですか?あ、年会費ですね、わかりました', 'ja'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });

  it.each([
    ['is it a scam or legit? i paid 200 and he blocked me', 'en'],
    ['what is this charge? oh its from a store i never shopped at', 'en'],
    ['что за списание? а это мошенники сняли', 'ru'],
    ['i got scammed by a guy pretending to be your agent, sent him 400 quid', 'en'],
    ['me estafaron, un tipo se hizo pasar por agente de ustedes y le transferi dinero', 'es'],
  ])('still fires: %s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });
});

describe('moved over or signed up by someone else, without consent (switchedOn / neverAgreed)', () => {
  it.each([
    ['a door to door salesman signed me up without me agreeing', 'en'],
    ['un comercial me dio de alta sin que yo firmara nada', 'es'],
    ['on m a change de fournisseur sans mon accord', 'fr'],
    ['ik ben zonder toestemming overgezet naar jullie', 'nl'],
    ['przepisali mnie do was bez mojej zgody', 'pl'],
    ['меня перевели к вам без моего согласия', 'ru'],
    ['没经过我同意就把我转到你们公司了', 'zh'],
    ['제 동의 없이 공급사가 바뀌었어요', 'ko'],
    ['saya dipindah ke perusahaan kalian tanpa persetujuan saya', 'id'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['can you switch my supplier to you without me having to call the old one?', 'en'],
    ['ich habe mich ohne probleme angemeldet', 'de'],
    ['ik ben zonder problemen overgezet, dank jullie', 'nl'],
    ['on m a change de conseiller sans probleme, merci', 'fr'],
    ['меня перевели на другого оператора чата, спасибо', 'ru'],
    ['번호가 바뀌었는데 어떻게 업데이트하나요', 'ko'],
    ['zapisali mnie na newsletter, jak sie wypisac?', 'pl'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('a so-called technician or staff member who took money (scamContext + paidOut)', () => {
  it.each([
    ['ein angeblicher techniker von euch hat bargeld fuer einen neuen zaehler kassiert', 'de'],
    ['un supuesto tecnico de ustedes me cobro en efectivo por cambiar el contador', 'es'],
    ['пришел якобы ваш мастер и взял деньги за счетчик', 'ru'],
    ['御社の作業員を名乗る人がメーター交換代を現金で取っていきました', 'ja'],
    ['ada orang ngaku teknisi dari kalian minta uang tunai buat ganti meteran', 'id'],
    ['co nguoi tu xung la ky thuat vien cua cong ty den thu tien thay dong ho', 'vi'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['ein techniker kommt morgen, angeblich von ihnen, ist das echt?', 'de'],
    ['viene un supuesto tecnico manana, es de ustedes?', 'es'],
    ['ada orang ngaku petugas mau datang, itu benar dari kalian?', 'id'],
    ['мне звонил человек, якобы ваш сотрудник, это правда?', 'ru'],
    ['i moved out last month, will you still charge me?', 'en'],
    ['ya no vivo ahi, como doy de baja el contrato?', 'es'],
  ])('stays quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});
