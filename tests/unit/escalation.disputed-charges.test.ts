/**
 * Issue 9, round 7: an unauthorised charge told by its kind rather than disowned — charged twice,
 * or charged again after the customer cancelled — and charging verbs with "without permission".
 * Near-misses ask about charging in general or in the future and must not escalate. Sentences
 * written for this test from general knowledge, in several languages.
 */
import { describe, expect, it } from 'vitest';
import { escalatedAs } from '../helpers/escalated-as.js';

describe('escalates a disputed charge told by its kind', () => {
  it.each([
    // charged twice
    ['You charged me twice for the same month', 'en'],
    ["I've been double charged for my last order", 'en'],
    ['Me cobraron dos veces el mismo recibo', 'es'],
    ['Vous m\'avez prélevé deux fois ce mois-ci', 'fr'],
    ['Es wurde zweimal abgebucht', 'de'],
    ['Er is dubbel afgeschreven', 'nl'],
    ['Mi avete addebitato due volte la stessa fattura', 'it'],
    ['С меня списали деньги дважды', 'ru'],
    ['Pobraliście opłatę dwa razy', 'pl'],
    ['Saldo saya terpotong dua kali', 'id'],
    ['Ücret iki kez kesildi', 'tr'],
    ['Ni har dragit pengar två gånger', 'sv'],
    ['同じ料金が二重に請求されています', 'ja'],
    ['这个月被扣了两次钱', 'zh'],
    ['這個月被扣了兩次錢', 'zh'],
    ['요금이 두번 결제됐어요', 'ko'],
    ['เดือนนี้ถูกหักเงินสองครั้ง', 'th'],
    ['इस महीने पैसे दो बार कट गए', 'hi'],
    // charged after cancelling
    ['I cancelled my subscription in May and you still charged me in June', 'en'],
    ['I keep getting billed for a service I cancelled months ago', 'en'],
    ['Me siguen cobrando aunque cancelé la suscripción', 'es'],
    ['Sie buchen immer noch ab, obwohl ich gekündigt habe', 'de'],
    ['Ik heb opgezegd maar er wordt nog steeds afgeschreven', 'nl'],
    ['Ho disdetto il mese scorso. Mi avete addebitato di nuovo', 'it'],
    ['Я отменил подписку, но деньги списывают', 'ru'],
    ['Saya sudah berhenti berlangganan tapi masih ditagih', 'id'],
    ['J\'ai résilié mais vous m\'avez encore prélevé', 'fr'],
    ['Cancelei o plano e continuam me cobrando', 'pt'],
    ['解約したのに引き落とされていました', 'ja'],
    ['我已经取消了订阅，还在扣费', 'zh'],
    // a charging verb with "without permission"
    ['You debited my account without permission', 'en'],
    ['Me han hecho un cargo sin autorización', 'es'],
  ])('%s → security', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('security');
  });
});

describe('does not escalate questions about charging', () => {
  it.each([
    ['Will I be charged twice if I change my plan mid-month?', 'en'],
    ['Can I get a refund if I was charged twice?', 'en'],
    ['How do I cancel so that I am not charged again?', 'en'],
    ['If I cancel today, will I still be charged this month?', 'en'],
    ['When will the money be debited?', 'en'],
    ['What should I do if my card is stolen?', 'en'],
    ['How do I add a person to my account?', 'en'],
    ['How do I report a stolen card?', 'en'],
    ['¿Qué pasa si me cobran dos veces?', 'es'],
    ['¿Cuándo me cobran la factura?', 'es'],
    ['Wann wird der Betrag abgebucht?', 'de'],
    ['Was passiert, wenn ich zweimal bezahle?', 'de'],
    ['Wanneer wordt het bedrag afgeschreven?', 'nl'],
    ['Quando viene addebitato il pagamento?', 'it'],
    ['Когда спишут деньги за подписку?', 'ru'],
    ['Kapan tagihan saya dipotong?', 'id'],
  ])('%s → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('escalates purchases the customer knows nothing about', () => {
  it.each([
    ['Tengo cargos que desconozco en mi tarjeta', 'es'],
    ['Tem compras que eu desconheço no meu cartão', 'pt'],
    ['Ich sehe Käufe, von denen ich nichts weiß', 'de'],
    ['Ik zie aankopen waar ik niets van weet', 'nl'],
    ['Vedo acquisti di cui non so nulla', 'it'],
    ['Widzę zakupy, o których nic nie wiem', 'pl'],
    ['Haberim olmayan harcamalar var', 'tr'],
    ['知らない買い物が明細にあります', 'ja'],
    ['账单上有我不知道的消费', 'zh'],
    ['카드가 도용됐어요', 'ko'],
  ])('%s (%s) → security', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('security');
  });

  it.each([
    ['I know nothing about your fees, what does a transfer cost?', 'en'],
    ['Desconozco cómo funciona el pago, ¿me lo explican?', 'es'],
    ['Non so nulla dei pagamenti ricorrenti, come funzionano?', 'it'],
    ['Ik weet niets van betalingen, hoe werkt dat?', 'nl'],
    ['我不知道怎么付款', 'zh'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('a subscription the customer never signed up for', () => {
  it.each([
    ['Мне пришло списание за подписку, на которую я не подписывался', 'ru'],
    ['Me suscribieron sin mi consentimiento y me cobran cada mes', 'es'],
  ])('%s (%s) → security', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('security');
  });

  it('does not fire on a question about a subscription', async () => {
    expect(await escalatedAs('Как оформить подписку на год?', 'ru')).toBeNull();
  });
});
