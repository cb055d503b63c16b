/**
 * Fraud told as being cheated or as a fake place to stay, a booking made with the customer's papers, churn said as a
 * last booking or as custom moved "from now on", and a conversation going in circles
 * (src/escalation/lang/scams-loops-leaving.ts and the frames and checks in situations.ts), in several languages, with
 * near-misses that must stay quiet. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string, history?: readonly string[]): string[] =>
  detectSituations(text, { language, history }).map((h) => h.situation);

describe('being cheated, told as a report (securityStrong)', () => {
  it.each([
    ['Honestly I got scammed by a so-called agent, he had my money within minutes', 'en'],
    ['Der Anbieter hat mich richtig abgezockt', 'de'],
    ['Me estafaron con un paquete de vacaciones', 'es'],
    ["Je me suis fait arnaquer par un faux conseiller", 'fr'],
    ['Mi hanno fregato con il trasferimento dall’aeroporto', 'it'],
    ['Caí num golpe com um pacote de viagem', 'pt'],
    ['Die verhuurder heeft me belazerd', 'nl'],
    ['Oszukali mnie na wycieczce', 'pl'],
    ['Tatil paketi yüzünden dolandırıldım', 'tr'],
    ['نصبوا علي في حجز الرحلة', 'ar'],
    ['Меня развели с этим туром', 'ru'],
    ['ツアー会社に騙されました', 'ja'],
    ['여행사에 사기를 당했어요', 'ko'],
    ['我被骗了，旅行社拿了钱', 'zh'],
    ['Agent ne mujhe chuna laga diya', 'hi'],
    ['Saya kena tipu sama agen travel', 'id'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['How do I avoid getting scammed when booking a holiday?', 'en'],
    ['Wie erkenne ich eine gefälschte Buchungsbestätigung?', 'de'],
    ['¿Cómo evitar una estafa al reservar?', 'es'],
    ["I don't think I've been scammed, I just want to check the booking is real.", 'en'],
    ['怎么防止被骗？', 'zh'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('a place to stay that does not exist (lodging + notExist)', () => {
  it.each([
    ['We arrived and the apartment we paid for does not exist', 'en'],
    ['Die Ferienwohnung gibt es gar nicht', 'de'],
    ["L'appartement n'existe pas, l'adresse est un parking", 'fr'],
    ['酒店根本不存在', 'zh'],
    ['Villanya ternyata tidak ada', 'id'],
    ['Hotel yokmuş, adreste boş arsa var', 'tr'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ["The hotel says my reservation doesn't exist, can you resend the confirmation?", 'en'],
    ["The app says the booking doesn't exist, is there a bug?", 'en'],
    ['W hotelu nie ma ciepłej wody.', 'pl'],
    ['Hotelnya tidak ada kolam renang ya?', 'id'],
    ['호텔에 주차장이 없대요. 근처에 있나요?', 'ko'],
    ["If the hotel doesn't exist when I arrive, what happens?", 'en'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('someone booking with my papers or in my name (someone + identity + bookedIt)', () => {
  it.each([
    ['Jemand hat mit meinen Daten zwei Flüge gebucht', 'de'],
    ['誰かが私の名前で航空券を予約しました', 'ja'],
    ['누가 제 정보로 항공권을 예약했어요', 'ko'],
    ['有人用我的信息订了机票', 'zh'],
    ['Kisi ne mere naam se ticket book kar liya', 'hi'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });

  it.each([
    ['Can someone book a flight with my passport details for me?', 'en'],
    ['My wife booked the hotel with my details, can I add her name?', 'en'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('churn said as a last booking (finalOne + finalThing)', () => {
  it.each([
    ['That was my last booking with your company', 'en'],
    ['Das war meine letzte Buchung bei euch', 'de'],
    ['Esta fue mi última reserva con ustedes', 'es'],
    ["C'était ma dernière réservation chez vous", 'fr'],
    ['Dit was mijn laatste boeking', 'nl'],
    ['Bu sizinle son rezervasyonumdu', 'tr'],
    ['Это было моё последнее бронирование у вас', 'ru'],
    ['今回が最後の予約です', 'ja'],
    ['이번이 마지막 예약입니다', 'ko'],
    ['这是我最后一次在你们这订票', 'zh'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('churn');
  });

  it.each([
    ['My last booking was cancelled by the hotel, can you check why?', 'en'],
    ['Meine letzte Buchung wurde storniert, warum?', 'de'],
    ['Mi última reserva fue cancelada, ¿por qué?', 'es'],
    ['我上一次的订单被取消了，为什么？', 'zh'],
    ['지난번 예약이 취소됐는데 이유가 뭔가요?', 'ko'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('churn');
  });
});

describe('churn said as custom moved from now on (fromNowOn + competitor)', () => {
  it.each([
    ["From now on I'm booking straight with the hotel", 'en'],
    ["I'll be booking directly with the airline from now on", 'en'],
    ['Ab jetzt buche ich woanders', 'de'],
    ['De ahora en adelante reservo en otra página', 'es'],
    ["D'ora in poi prenoto altrove", 'it'],
    ['Vanaf nu boek ik ergens anders', 'nl'],
    ['Od teraz rezerwuję gdzie indziej', 'pl'],
    ['以后去别的网站订', 'zh'],
    ['Ab se dusri app se book karunga', 'hi'],
    ['Mulai sekarang saya pesan di aplikasi lain', 'id'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('churn');
  });

  it.each([
    ['From now on, can I use another card for payments?', 'en'],
    ['Ab jetzt möchte ich die Rechnungen per E-Mail bekommen.', 'de'],
    ['Bundan sonra faturaları e-posta ile alabilir miyim?', 'tr'],
    ["If I book elsewhere from now on, do I lose my points?", 'en'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('churn');
  });
});

describe('a conversation going in circles (futile / repeatCount)', () => {
  it.each([
    ['This is going nowhere, are you even reading my messages?', 'en', ['My refund has not arrived.']],
    ['Wir drehen uns im Kreis. Liest hier überhaupt jemand mit?', 'de', ['Wo bleibt meine Erstattung?']],
    ['Damos vueltas y vueltas, no me estás entendiendo', 'es', ['¿Dónde está mi reembolso?']],
    ['On tourne en rond, ce n’est pas ce que j’ai demandé', 'fr', ['Où est mon remboursement ?']],
    ['Kręcimy się w kółko', 'pl', ['Gdzie jest mój zwrot?']],
    ['Aynı yerde dönüp duruyoruz', 'tr', ['İadem nerede?']],
    ['ندور في حلقة مفرغة', 'ar', ['وين المبلغ؟']],
    ['話が通じない', 'ja', ['返金はどうなっていますか？', '予約番号は伝えました。']],
    ['같은 말만 반복하시네요', 'ko', ['환불 어떻게 됐어요?']],
    ['一直在绕圈子', 'zh', ['我的退款呢？', '订单号我发过了。']],
    ['Phir wahi jawab, aap samajh hi nahi rahe', 'hi', ['Date change karni hai.']],
    ['Muter-muter terus, nggak nyambung', 'id', ['Refund saya mana?']],
  ])('%s', (text, language, history) => {
    expect(situations(text, language, history)).toContain('frustration');
  });
});

describe('impatience building over several messages (repeatedFrustration)', () => {
  it('a third message on the topic every earlier one named, now impatient', () => {
    const history = ['I need my invoice for the hotel.', 'No, the invoice. For the hotel.'];
    expect(situations('Why is this so difficult?? I just need the invoice!', 'en', history)).toContain('frustration');
    const calm = ['I need my invoice for the hotel.', 'Thanks, and the invoice for the flight?'];
    expect(situations('Great, got the invoice now, thank you.', 'en', calm)).not.toContain('frustration');
  });

  it.each([
    ['¿¿Me va a contestar alguien o no??', 'es', ['¿Cuándo llega mi reembolso?', '¿Hola?']],
    ['Czy ktoś mi w końcu odpowie??', 'pl', ['Kiedy dostanę zwrot?', 'Halo?']],
    ['到底有没有人回复？？', 'zh', ['退款什么时候到？', '在吗？']],
  ])('an unhappy message after a chase: %s', (text, language, history) => {
    expect(situations(text, language, history)).toContain('frustration');
  });

  it.each([
    ['Thanks! And how long do bank transfers take?', 'en', ['Can you check my refund status?']],
    ['Danke. Und wie lange dauert die Überweisung?', 'de', ['Wann kommt meine Erstattung?']],
    ['Gracias. ¿Y cuánto tarda la transferencia?', 'es', ['¿Cuándo llega mi reembolso?', '¿Hola?']],
  ])('quiet: %s', (text, language, history) => {
    expect(situations(text, language, history)).not.toContain('frustration');
  });
});
