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

describe('finances said to be in a bad state, with intensifiers between', () => {
  it.each([
    ["I'm in a really bad place financially"],
    ['Mir geht es finanziell gerade sehr schlecht'],
    ['Maddi durumum çok kötü'],
    ['Dạo này kinh tế nhà tôi rất khó khăn'],
    ['我現在經濟很困難'],
    ['요즘 형편이 너무 안 좋아요'],
    ['Jestem w ciężkiej sytuacji finansowej'],
    ['Estoy pasando por un momento muy difícil económicamente'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('vulnerable');
  });
});

describe('the money at stake is what the customer lives on', () => {
  it.each([
    ['I need that money to pay my rent'],
    ['Ese dinero era para la comida de mis hijos'],
    ['Potrzebuję tych pieniędzy na czynsz'],
    ['Das war mein letztes Geld'],
    ['Это были мои последние деньги'],
    ['راتبي لا يكفي'],
    ['เงินเดือนไม่พอใช้'],
    ['Ich kann die Rate nicht bezahlen'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('vulnerable');
  });
});

describe('hardship foreseen after a condition, told as a statement', () => {
  it.each([
    ["If you charge me this fee I won't be able to pay my rent"],
    ['Si me cobran esto no podré pagar el alquiler'],
    ['Si vous prélevez ça, je ne pourrai pas payer mon loyer'],
    ["Se mi addebitate questo non potrò pagare l'affitto"],
    ['إذا خصمتم هذا المبلغ لن أستطيع دفع الإيجار'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('vulnerable');
  });
  it.each([
    ['If I lose my job, can I pause my payments?'],
    ["What happens if I can't pay my rent on time?"],
  ])('a condition in a question stays hypothetical: %s', (text) => {
    expect(situations(text)).not.toContain('vulnerable');
  });
});

describe('hardship that has lasted since a past date is today\'s', () => {
  it.each([
    ["I lost my job last year and since then I've been struggling to pay anything"],
    ['Perdí mi trabajo el año pasado y desde entonces no puedo pagar nada'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('vulnerable');
  });
  it('a theft years ago stays history', () => {
    expect(situations('My card was stolen years ago')).not.toContain('security');
  });
});

describe('a payment plan asked for out of desperation', () => {
  it.each([
    ["Can I set up a payment plan? I'm really struggling right now"],
    ['¿Me pueden dar un plan de pagos? Estoy desesperada'],
    ['Czy mogę rozłożyć dług na raty? Jestem w rozpaczy'],
    ['Можно рассрочку? Я в отчаянии'],
    ['Kann ich in Raten zahlen? Ich bin verzweifelt'],
    ['Có thể cho tôi trả góp không, tôi thật sự hết cách rồi'],
    ['할부로 나눠서 낼 수 있을까요? 정말 너무 힘들어요'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('vulnerable');
  });
  it.each([
    ['Can I pay in instalments?'],
    ['Kann ich in Raten zahlen?'],
    ['Is there a payment plan for the premium subscription?'],
    ['Можно рассрочку?'],
    ['할부로 나눠서 낼 수 있을까요?'],
  ])('asked calmly stays quiet: %s', (text) => {
    expect(situations(text)).not.toContain('vulnerable');
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
    ['This plan is a bad deal financially'],
    ['Is it financially hard to get a loan?'],
    ['Ich kann mit dieser Karte nicht bezahlen'],
    ['I need the money for the order to be refunded'],
    ['Kargo ücretini karşılayamam, çok pahalı'],
    ['生活很方便'],
  ])('%s', (text) => {
    expect(situations(text)).not.toContain('vulnerable');
  });
});
