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

describe('everything already tried, or writing again (TRIED_EVERYTHING)', () => {
  it.each([
    ["I've tried everything you said and it still fails", 'en', ['The payment page keeps crashing.']],
    ['Ich habe schon alles versucht', 'de', ['Die Zahlung geht nicht durch.']],
    ['Ya lo intenté todo y nada', 'es', ['No puedo pagar la reserva.']],
    ['Я всё перепробовал, а оплата так и не проходит', 'ru', ['Оплата не проходит.']],
    ['都试过了，还是不行', 'zh', ['付款一直失败。', '订单号我发过了。']],
  ])('%s', (text, language, history) => {
    expect(situations(text, language, history)).toContain('frustration');
  });

  it.each([
    ["This is the second time I'm writing about my missing refund", 'en'],
    ['Ich schreibe zum zweiten Mal wegen meiner Erstattung', 'de'],
    ['Es la segunda vez que escribo por el reembolso', 'es'],
  ])('%s', (text, language) => {
    expect(situations(text, language, ['Hello'])).toContain('frustration');
  });

  it.each([
    ['I already tried that and it worked, thanks!', 'en', ['Where is my refund?']],
    ["I'm visiting Rome for the second time, any tips?", 'en', ['Hi']],
    ['Ich war schon zweimal beim Arzt, wird das erstattet?', 'de', ['Hallo']],
    ['Ich komme beim Formular nicht weiter, wo trage ich die Nummer ein?', 'de', ['Hallo']],
  ])('quiet: %s', (text, language, history) => {
    expect(situations(text, language, history)).not.toContain('frustration');
  });
});

describe('patience running out, after an earlier message (PATIENCE)', () => {
  it.each([
    ["I'm losing my patience here.", 'en', ["Where's my refund?", 'It has been three weeks.']],
    ['Ich verliere langsam die Geduld.', 'de', ['Ich brauche eine Rechnung.', 'Nein, eine Rechnung mit meiner Adresse.']],
    ['Mijn geduld raakt op.', 'nl', ['Waar blijft mijn terugbetaling?', 'Dat zei je vorige week ook al.']],
    ['Se me está acabando la paciencia.', 'es', ['¿Dónde está mi reembolso?', 'Me dijiste 5 días.']],
    ['Je commence à perdre patience, vraiment.', 'fr', ['Où est mon remboursement ?', 'Vous m’avez dit 5 jours.']],
    ['طفشت منكم والله', 'ar', ['ابي اغير الحجز.', 'ما اشتغل الرابط.']],
    ['Mera sabr khatam ho raha hai ab.', 'hi', ['Mera refund kab aayega?', 'Aapne 5 din bola tha.']],
    ['我真的受够了，到底什么时候退款', 'zh', ['退款什么时候到？', '你说五天。']],
  ])('%s', (text, language, history) => {
    expect(situations(text, language, history)).toContain('frustration');
  });

  it.each([
    ["I'm losing my patience with this heat, is the pool open?", 'en'],
  ])('quiet as a first message: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('frustration');
  });

  it('"mir reicht es, wenn…" says what suffices, not that patience ran out', () => {
    expect(situations('Mir reicht es, wenn die Rechnung per Post kommt.', 'de', ['Ich brauche eine Rechnung.'])).not.toContain('frustration');
  });
});

describe('a chase said in more than one word, and "I asked a simple question" (chasing, SIMPLE_QUESTION)', () => {
  it.each([
    ['Hello?? Did you get that?', 'en', ['Cancel my booking please.', 'Booking number 12345.']],
    ['Hallo?? Ist da jemand?', 'de', ['Ich will meine Buchung stornieren.', 'Buchungsnummer 12345.']],
    ['Hallo?? Is daar iemand?', 'nl', ['Ik wil annuleren.', 'Boekingsnummer 12345.']],
    ['الو؟؟ في احد؟', 'ar', ['ابي الغي الحجز.', 'رقم الحجز 12345.']],
    ['Hello?? Koi hai?', 'hi', ['Booking cancel karo.', 'Booking number 12345.']],
    ['I asked a simple question. Where is my money?', 'en', ["Where's my refund?", 'Hello?']],
    ['Ich habe eine einfache Frage gestellt. Wo ist mein Geld?', 'de', ['Wo ist meine Erstattung?', 'Hallo?']],
    ['Hice una pregunta sencilla. ¿Dónde está mi dinero?', 'es', ['¿Dónde está mi reembolso?', '¿Hola?']],
    ["J'ai posé une question simple. Où est mon argent ?", 'fr', ['Où est mon remboursement ?', 'Allô ?']],
  ])('%s', (text, language, history) => {
    expect(situations(text, language, history)).toContain('frustration');
  });

  it.each([
    ['Hello? Is anyone there? I have a question about baggage.', 'en', ['Hi']],
    ['I have a simple question about baggage.', 'en', ['Hi']],
    ['Hallo, ist da jemand, der mir bei der Sitzplatzwahl hilft?', 'de', ['Guten Tag']],
  ])('quiet: %s', (text, language, history) => {
    expect(situations(text, language, history)).not.toContain('frustration');
  });
});

describe('English said plainly (PLAIN_ENGLISH)', () => {
  it.each([
    ["I won't be booking with you again.", 'churn'],
    ["Don't bother, I'll book somewhere else.", 'churn'],
    ["I'll stick to Airbnb from now on.", 'churn'],
    ['You have lost me for good.', 'churn'],
    ['A guy posing as your agent took 900 euros from me.', 'security'],
    ['The travel agent pocketed my deposit.', 'security'],
    ["I was sold tickets for a flight that doesn't exist.", 'security'],
  ])('%s', (text, situation) => {
    expect(situations(text, 'en')).toContain(situation);
  });

  it.each([
    ['I booked the hotel through Expedia, can you help me change it?'],
    ['My wife booked with another agency, can you see the booking?'],
    ['Can I book with another card?'],
    ["I'll book the return flight tomorrow."],
    ['It took three weeks to get my refund, who do I complain to?'],
  ])('quiet: %s', (text) => {
    const found = situations(text, 'en');
    expect(found).not.toContain('churn');
    expect(found).not.toContain('security');
  });
});

describe('Hinglish on a Latin keyboard (HINGLISH)', () => {
  it.each([
    ['Maine ye payment kiya hi nahi, paise kat gaye.', 'security'],
    ['Mujhe ek link aaya, maine OTP daal diya aur paise nikal gaye.', 'security'],
    ['Meri sim achanak band ho gayi aur bank se OTP aane lage.', 'security'],
    ['Main apna account band karwa raha hoon.', 'churn'],
    ['Ab main kabhi aapki app use nahi karunga.', 'churn'],
    ['Main dusri company mein shift ho raha hoon.', 'churn'],
  ])('%s', (text, situation) => {
    expect(situations(text, 'hi')).toContain(situation);
  });

  it.each([
    ['Refund ke paise kat gaye kya?'],
    ['Account band kaise karein?'],
    ['Main kal office ja raha hoon, booking ka time change karo.'],
    ['Kabhi kabhi app slow hoti hai, use nahi kar paata.'],
  ])('quiet: %s', (text) => {
    const found = situations(text, 'hi');
    expect(found).not.toContain('churn');
    expect(found).not.toContain('security');
  });
});

describe('the same promise heard again, after an earlier message (SAME_PROMISE)', () => {
  it.each([
    ['You said that last week. When will the refund actually come?', 'en'],
    ['Das sagten Sie schon letzte Woche.', 'de'],
    ['Eso ya me lo dijiste la semana pasada.', 'es'],
    ['Dat zei je vorige week ook al.', 'nl'],
    ['上次也这么说，到底什么时候退？', 'zh'],
    ['Aapne pehle bhi yahi bola tha.', 'hi'],
  ])('%s', (text, language) => {
    expect(situations(text, language, ['When will my refund arrive?'])).toContain('frustration');
  });

  it('quiet as a first message', () => {
    expect(situations('You said that last week, so I booked the earlier flight. Thanks!', 'en')).not.toContain('frustration');
  });
});

describe('never to be seen again (NEVER_SEEN_AGAIN)', () => {
  it.each([
    ['Ihr seht mich nie wieder.', 'de'],
    ["Das war's für mich mit euch.", 'de'],
    ['Löschen Sie mein Kundenkonto.', 'de'],
    ['Non mi vedrete mai più.', 'it'],
    ['Więcej mnie nie zobaczycie.', 'pl'],
    ['اخر مرة احجز من عندكم.', 'ar'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('churn');
  });

  it.each([
    ['Wie lösche ich mein Kundenkonto?', 'de'],
    ['Bitte löschen Sie die alte Adresse aus meinem Konto.', 'de'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('churn');
  });
});

describe('a bare "???" after a question is a chase', () => {
  it('fires after an earlier message, not on its own', () => {
    expect(situations('???', 'en', ['Where is my refund?'])).toContain('frustration');
    expect(situations('？？', 'zh', ['我的退款呢？'])).toContain('frustration');
    expect(situations('???', 'en')).not.toContain('frustration');
    expect(situations('...', 'en', ['Where is my refund?'])).not.toContain('frustration');
  });
});
