/**
 * Every escalation situation fires on what a customer in that situation writes, in
 * several languages, and does not fire on its near-misses: informational questions,
 * hypotheticals, negations and things long over. The sentences are written for this
 * test (in-sample by nature); held-out figures are in the README.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations, type Situation } from '../../src/escalation/situations.js';

const situationsOf = (text: string, history?: string[]): Situation[] =>
  detectSituations(text, history ? { history } : {}).map((h) => h.situation);

type Row = readonly [text: string, lang: string];

const FIRES: Readonly<Record<Situation, readonly Row[]>> = {
  self_harm: [
    ['I want to kill myself', 'en'],
    ['Ich will nicht mehr leben', 'de'],
    ['死にたい', 'ja'],
  ],
  security: [
    ['My card was stolen yesterday', 'en'],
    ['Someone logged into my account from another country', 'en'],
    ['There are three payments on my statement I didn\'t make', 'en'],
    ['I got a text pretending to be from you and I entered my card details', 'en'],
    ['My number was moved to another SIM and I didn\'t request it', 'en'],
    ['How do I block my stolen card?', 'en'],
    ['Mein Handy wurde gestern gestohlen', 'de'],
    ['Auf meiner Kreditkarte sind Zahlungen, die ich nicht kenne', 'de'],
    ['Quelqu\'un a piraté mon compte et a changé mon mot de passe', 'fr'],
    ['Me robaron la cartera con todas mis tarjetas', 'es'],
    ['Apareceu uma compra no meu cartão que eu não reconheço', 'pt'],
    ['Ho ricevuto un SMS che sembrava della banca e ho inserito i dati della carta', 'it'],
    ['Er staan afschrijvingen op mijn rekening die ik niet herken', 'nl'],
    ['Ukradziono mi telefon w autobusie', 'pl'],
    ['Kartımdan benim yapmadığım bir harcama çekilmiş', 'tr'],
    ['Кто-то зашел в мой аккаунт и сменил пароль', 'ru'],
    ['سرقوا جوالي في السوق', 'ar'],
    ['財布を盗まれました', 'ja'],
    ['我的信用卡有一笔我没有消费过的扣款', 'zh'],
    ['我的信用卡有一筆我沒有消費的扣款', 'zh'],
    ['누가 제 계정에 로그인해서 비밀번호를 바꿨어요', 'ko'],
    ['บัตรเครดิตของฉันมีรายการที่ฉันไม่ได้ทำ', 'th'],
    ['Saya klik link di SMS dan memasukkan data kartu saya', 'id'],
    ['Tôi bị mất thẻ ngân hàng hôm qua', 'vi'],
  ],
  vulnerable: [
    ['My husband passed away last month and the account is in his name', 'en'],
    ['I lost my job and I\'m terrified I can\'t pay the rent', 'en'],
    ['I don\'t see the point in anything anymore', 'en'],
    ['Mein Vater ist letzte Woche verstorben', 'de'],
    ['Je veux mourir', 'fr'],
    ['Perdí mi trabajo y no puedo pagar la renta, estoy desesperada', 'es'],
    ['Minha mãe faleceu e preciso encerrar a conta dela', 'pt'],
    ['Non ce la faccio più, voglio farla finita', 'it'],
    ['Mijn vrouw is overleden', 'nl'],
    ['Straciłem pracę i nie stać mnie na rachunki', 'pl'],
    ['Babam vefat etti, hesabını kapatmam gerekiyor', 'tr'],
    ['Не хочу жить', 'ru'],
    ['توفي والدي الأسبوع الماضي', 'ar'],
    ['父が亡くなりました', 'ja'],
    ['我不想活了', 'zh'],
    ['어머니가 돌아가셨어요', 'ko'],
    ['ฉันอยากตาย', 'th'],
    ['Saya kena PHK dan tidak bisa bayar tagihan', 'id'],
    ['Mẹ tôi đã qua đời', 'vi'],
  ],
  legal: [
    ['I\'ll be contacting my lawyer about this', 'en'],
    ['If you don\'t refund me I\'ll take legal action', 'en'],
    ['Das ist eine Frechheit, ich schalte meinen Anwalt ein', 'de'],
    ['Je vais porter plainte contre vous', 'fr'],
    ['Los voy a demandar', 'es'],
    ['Vou entrar na justiça contra vocês', 'pt'],
    ['Vi faccio causa', 'it'],
    ['Ik stap naar de rechter', 'nl'],
    ['Подам на вас в суд', 'ru'],
    ['弁護士に相談します', 'ja'],
    ['我要起诉你们', 'zh'],
  ],
  regulator: [
    ['I\'m going to complain to the ombudsman', 'en'],
    ['I will post this on social media', 'en'],
    ['Ich werde mich bei der BaFin beschweren', 'de'],
    ['Je vais saisir le médiateur', 'fr'],
    ['Voy a poner una queja en Profeco', 'es'],
    ['Vou reclamar no Procon', 'pt'],
    ['Złożę skargę do UOKiK', 'pl'],
    ['Tüketici hakem heyetine şikayet edeceğim', 'tr'],
    ['Пожалуюсь в Роспотребнадзор', 'ru'],
    ['سأشتكي لحماية المستهلك', 'ar'],
    ['消費者センターに相談します', 'ja'],
    ['금융감독원에 민원 넣겠습니다', 'ko'],
  ],
  churn: [
    ['I want to cancel my contract', 'en'],
    ['I\'m moving to a competitor, they are cheaper', 'en'],
    ['If you don\'t fix this I\'m cancelling my subscription', 'en'],
    ['Ich will meinen Vertrag kündigen', 'de'],
    ['Je veux résilier mon abonnement', 'fr'],
    ['Quiero darme de baja', 'es'],
    ['Quero cancelar minha assinatura', 'pt'],
    ['Voglio disdire il contratto', 'it'],
    ['Ik wil mijn abonnement opzeggen', 'nl'],
    ['Chcę rozwiązać umowę', 'pl'],
    ['Aboneliğimi iptal etmek istiyorum', 'tr'],
    ['Хочу расторгнуть договор', 'ru'],
    ['أريد إلغاء الاشتراك', 'ar'],
    ['解約したいです', 'ja'],
    ['我要注销账户', 'zh'],
    ['해지하고 싶어요', 'ko'],
    ['ขอยกเลิกบริการ', 'th'],
    ['Saya mau tutup rekening', 'id'],
    ['Tôi muốn hủy hợp đồng', 'vi'],
  ],
  frustration: [
    ['This is the third time I\'m asking about my refund', 'en'],
    ['Es ist jetzt das dritte Mal, dass ich schreibe', 'de'],
    ['C\'est la troisième fois que je vous écris', 'fr'],
    ['Es la cuarta vez que pregunto lo mismo', 'es'],
    ['Я уже третий раз пишу', 'ru'],
    ['何度目の問い合わせですか', 'ja'],
  ],
};

const NEAR_MISSES: readonly Row[] = [
  // informational
  ['What should I do if my card is ever stolen?', 'en'],
  ['How do I add a person to my account?', 'en'],
  ['What does the cancellation fee cover?', 'en'],
  ['How do I report a stolen card?', 'en'],
  ['What is SIM swap fraud?', 'en'],
  ['Are you regulated by the FCA?', 'en'],
  ['Do you offer payment plans?', 'en'],
  ['Was kostet die Kündigung?', 'de'],
  ['¿Qué cubre la comisión de cancelación?', 'es'],
  ['信用卡被盗是什么意思？', 'zh'],
  // hypothetical
  ['If I cancel my contract, is there a fee?', 'en'],
  ['Was passiert, wenn mein Handy gestohlen wird?', 'de'],
  ['Si on me vole ma carte, que dois-je faire ?', 'fr'],
  ['Si me roban el móvil, ¿puedo bloquear la cuenta?', 'es'],
  ['Se o meu cartão for roubado, o que faço?', 'pt'],
  ['カードが盗まれたらどうすればいいですか', 'ja'],
  ['如果我的手机丢了怎么办？', 'zh'],
  ['카드를 분실하면 어떻게 하나요?', 'ko'],
  ['ถ้าบัตรหายต้องทำอย่างไร', 'th'],
  ['Eğer kartım çalınırsa ne yapmalıyım?', 'tr'],
  ['Если у меня украдут карту, что делать?', 'ru'],
  // negated
  ['My card was not stolen, I just left it at home', 'en'],
  ['I don\'t want to cancel, just update my plan', 'en'],
  ['Meine Karte wurde nicht gestohlen, ich habe sie nur zu Hause vergessen', 'de'],
  ['No quiero cancelar, solo cambiar la tarjeta', 'es'],
  // over
  ['I lost my card last month but I found it, all good now', 'en'],
  ['My account was hacked last year but it\'s all fine now, I just want to update my email', 'en'],
  // shares words, routine
  ['Can I cancel my order?', 'en'],
  ['I need an invoice for my lawyer', 'en'],
  ['Which court shoes do you recommend?', 'en'],
  ['I want to transfer money to another bank', 'en'],
  ['I\'d like to move to a cheaper plan', 'en'],
  ['I\'m so happy with your service, I\'ll tell all my friends!', 'en'],
  ['my phone died, can you resend the code?', 'en'],
  ['I changed my password and now I can\'t log into my account', 'en'],
  ['Preciso de um recibo para o meu advogado', 'pt'],
  ['Thanks once again for your help!', 'en'],
];

describe('detectSituations: each situation, in several languages', () => {
  for (const [situation, rows] of Object.entries(FIRES) as Array<[Situation, readonly Row[]]>) {
    it.each(rows)(`${situation}: %j (%s)`, (text) => {
      expect(situationsOf(text)).toContain(situation);
    });
  }
});

describe('detectSituations: near-misses do not fire', () => {
  it.each(NEAR_MISSES)('%j (%s)', (text) => {
    expect(situationsOf(text)).toEqual([]);
  });
});

describe('detectSituations: guards', () => {
  it('reads a condition on the company as a threat, a condition on the customer as a hypothesis', () => {
    expect(situationsOf('If you do not refund me I will sue')).toEqual(['legal']);
    expect(situationsOf('If I sue, how long does it take?')).toEqual([]);
  });

  it('never guards a hint of self-harm', () => {
    expect(situationsOf('If this goes on I will kill myself')).toEqual(['self_harm', 'vulnerable']);
    expect(situationsOf('what if I just end it all?')).toEqual(['self_harm', 'vulnerable']);
  });

  it('applies the message language\'s question form to another language\'s words', () => {
    // Dutch, Polish and English share "sim swap"; the English question form decides.
    expect(situationsOf('What is a SIM swap?')).toEqual([]);
    expect(situationsOf('I think I was a victim of a SIM swap')).toEqual(['security']);
  });

  it('reports the frame and the words that matched', () => {
    expect(detectSituations('Mein Handy wurde gestohlen')[0]).toMatchObject({ situation: 'security', frame: 'stolen-card-or-device', language: 'de', evidence: ['handy', 'gestohlen'] });
  });

  it('falls back to international words for a language without a pack', () => {
    expect(situationsOf('Mitt konto blev hackad av en hacker, mitt konto är hacked')).toEqual(['security']);
    expect(situationsOf('Hej, vad kostar det?')).toEqual([]);
  });
});

describe('detectSituations: repeated frustration across messages', () => {
  it('fires on a follow-up that says the bot failed', () => {
    expect(situationsOf('I asked about this yesterday and still nothing', ['Where is my refund?'])).toContain('frustration');
    expect(situationsOf('Я уже спрашивал вчера, до сих пор нет ответа', ['Где мой возврат?'])).toContain('frustration');
    expect(situationsOf('昨日も問い合わせましたが、まだ返事がありません', ['返金はまだですか？'])).toContain('frustration');
  });

  it('fires when the customer has to ask the same thing again', () => {
    expect(situationsOf('I need my invoice for March!', ['I need my invoice for March'])).toContain('frustration');
    expect(situationsOf('Can I get my invoice for March?', ['Where do I find my invoice for March?'])).toEqual([]);
  });

  it('does not fire on a calm follow-up or without history', () => {
    expect(situationsOf('Thanks, I see it now', ['Where is my refund?'])).toEqual([]);
    expect(situationsOf('Great, and can I also add a note for the driver?', ['Can I change my delivery date?'])).toEqual([]);
    expect(situationsOf('Still waiting for my parcel, any news?')).toEqual([]);
  });
});
