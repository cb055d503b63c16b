/**
 * Hardship told as the customer's own money trouble (src/escalation/lang/money-trouble.ts), in several languages,
 * with near-misses that must stay quiet: a fee asked about calmly, instalments asked for, a card declined, a price
 * grumbled about, "how do I pay?". Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string): string[] => detectSituations(text).map((h) => h.situation);

describe('no money for what a life needs (noMoney + necessity)', () => {
  it.each([
    ["I don't even have money to eat this week"],
    ['Ich kann mir nicht mal mehr Essen leisten'],
    ['Non ho nemmeno i soldi per mangiare'],
    ['Yiyecek alacak param bile yok'],
    ['我连吃饭的钱都没有了'],
    ['我連吃飯的錢都沒有了'],
    ['食べるお金もありません'],
    ['मेरे पास खाने तक के पैसे नहीं हैं'],
    ['Nie mam nawet na jedzenie dla dzieci'],
    ['Tôi không có tiền mua thuốc cho con'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('vulnerable');
  });
});

describe('the livelihood lost, said with its negation', () => {
  it.each([
    ['No puedo mantener a mi familia'],
    ['Saya tidak bisa menafkahi keluarga lagi'],
    ['Не могу прокормить семью'],
    ['Não consigo sustentar minha família'],
    ['Ailemi geçindiremiyorum'],
    ['家族を養えません'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('vulnerable');
  });
});

describe('not knowing how one will pay, and savings gone with distress', () => {
  it.each([
    ["I took a loan to trade and it's gone, I don't know how I'll pay it back"],
    ['That was my life savings, my family will be on the street'],
    ['Ich weiß nicht, wie ich die Miete zahlen soll'],
    ['Perdí todos mis ahorros y no sé cómo voy a pagar el alquiler'],
    ['Nasıl ödeyeceğimi bilmiyorum'],
    ['Nie wiem, z czego zapłacę czynsz'],
    ['不知道拿什麼還'],
    ['Không biết lấy gì trả nợ'],
    ['Perdi todas as minhas economias, não sei como vou pagar o aluguel'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('vulnerable');
  });
});

describe('"I don\'t know what to do" is the customer at a loss, not a question or a condition', () => {
  it.each([
    ['借金が返せません、どうしたらいいかわかりません'],
    ['ローンが払えなくて怖いです'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('vulnerable');
  });
});

describe('near-misses stay quiet', () => {
  it.each([
    ['Is there a late fee if I pay next week?'],
    ['Can I pay in instalments?'],
    ['How will I pay for the order?'],
    ['The prices went up, a bit expensive now'],
    ['¿Cómo puedo pagar el pedido?'],
    ['¿Puedo pagar a plazos?'],
    ['Faturayı nasıl ödeyeceğim?'],
    ['Czy mogę zapłacić w ratach?'],
    ['分割払いはできますか？'],
    ['支払いはどうしたらいいですか'],
    ['可以分期付款嗎？'],
    ['Tôi có thể trả góp không?'],
    ['Bisa bayar cicilan?'],
    ['Gibt es eine Mahngebühr?'],
    ['I lost some money on a trade today, what are the fees?'],
  ])('%s', (text) => {
    expect(situations(text)).not.toContain('vulnerable');
  });
});
