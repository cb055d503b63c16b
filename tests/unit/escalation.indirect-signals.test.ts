/**
 * Issue 9, round 4: situations customers describe without the obvious word, in many languages —
 * self-harm as being a burden / nobody noticing / tired of living; an unauthorised charge as
 * "someone spent £300 on my card" or a sum "I have no idea" about; fraud as a safe-account
 * transfer, an investment that will not pay out, a fake shop; churn as a better offer elsewhere
 * or not renewing; frustration as waiting weeks for a reply or a different answer every time.
 * Each with near-misses that share the words but must not fire (questions, comparisons,
 * hypotheticals, everyday absences). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { scoreSentiment } from '../../src/escalation/sentiment.js';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string): string[] => detectSituations(text).map((h) => h.situation);

describe('self-harm said indirectly', () => {
  it.each([
    ["I'm just a burden to everyone"],
    ["I don't want to be a burden to my kids any more"],
    ['Ich bin nur noch eine Last für alle'],
    ['soy una carga para todos'],
    ['je suis un fardeau pour tout le monde'],
    ['sou um peso para todos'],
    ['sono un peso per tutti'],
    ['ik ben een last voor iedereen'],
    ['jestem ciężarem dla wszystkich'],
    ['herkese yük oluyorum'],
    ['я для всех обуза'],
    ['أنا عبء على الجميع'],
    ['aku cuma jadi beban buat semua orang'],
    ['tôi là gánh nặng cho mọi người'],
    ['nobody would notice if I was gone'],
    ['Niemand würde merken, wenn ich weg wäre'],
    ['nikt by nie zauważył, gdyby mnie nie było'],
    ['никто не заметит, если меня не станет'],
    ['私がいなくなっても誰も気づかない'],
    ['我消失了也没人会发现'],
    ['내가 사라져도 아무도 모를 거예요'],
    ['ik ben het leven moe'],
    ['je suis fatigué de vivre'],
    ['yaşamaktan yoruldum'],
    ['生きるのに疲れた'],
    ['เหนื่อยกับการมีชีวิตอยู่'],
    ['chcę żeby to wszystko się skończyło'],
    ['Ich will, dass alles aufhört'],
    ['أريد أن ينتهي كل شيء'],
    ['アカウントはもういい、全部終わりにしたい'],
  ])('fires: %s', (text) => {
    expect(situations(text)).toContain('self_harm');
  });

  it.each([
    ['the fees are a burden for everyone in this economy'],
    ["I don't want to be a burden but could you resend the invoice?"],
    ['when im gone on holiday can someone else use my card'],
    ['Ich bin nächste Woche nicht da, kann jemand das Paket annehmen?'],
    ['nie będzie mnie w domu jutro, czy kurier może zostawić paczkę?'],
    ['yarın evde olmayacağım, kargo ne olacak?'],
    ['no voy a estar aquí para recibir el paquete el lunes'],
    ['to jest problem dla wszystkich klientów'],
    ['nobody would notice if the logo changed lol'],
  ])('does not fire: %s', (text) => {
    expect(situations(text)).not.toContain('self_harm');
  });
});

describe('unauthorised charges said indirectly', () => {
  it.each([
    ['Someone spent £300 on my card'],
    ['£49.99 went out yesterday, I have no idea what it is'],
    ['Jemand hat mit meiner Karte 300 Euro ausgegeben'],
    ['hay un cargo en mi tarjeta que no reconozco'],
    ['alguien gastó 300 euros con mi tarjeta'],
    ['me cobraron algo que no compré'],
    ['qualcuno ha speso 300 euro con la mia carta'],
    ['ktoś wydał 300 zł moją kartą'],
    ['biri kartımla 300 TL harcamış'],
    ['кто-то потратил 3000 рублей с моей карты'],
    ['في خصم على بطاقتي ما اعرفه'],
    ['口座からお金が引き落とされたけど私じゃない'],
    ['有人用我的卡花了3000元'],
    ['누가 제 카드로 30만원을 썼어요'],
    ['có một khoản trừ tiền trên thẻ mà tôi không nhận ra'],
  ])('fires: %s', (text) => {
    expect(situations(text)).toContain('security');
  });

  it.each([
    ['gasté 50 euros con mi tarjeta, ¿cuándo aparece?'],
    ['wydałem 50 zł kartą, kiedy to się zaksięguje?'],
    ['¿hay un cargo por retirar dinero en otro banco?'],
    ["what should I do if I see a charge I don't recognise?"],
    ['nie rozpoznaję tej opcji w aplikacji, gdzie ją znajdę?'],
    ["I'd like to know if the €9.99 payment went through"],
  ])('does not fire: %s', (text) => {
    expect(situations(text)).not.toContain('security');
  });
});

describe('fraud told as what happened', () => {
  it.each([
    ['they said my account was compromised and told me to move my money to a safe account, so I did'],
    ['Sie sagten, mein Konto sei gefährdet und ich solle das Geld auf ein sicheres Konto überweisen'],
    ['me dijeron que mi cuenta estaba en peligro y que pasara el dinero a una cuenta segura'],
    ['powiedzieli, że moje konto jest zagrożone i kazali przelać pieniądze na bezpieczne konto'],
    ['сказали, что мой счёт под угрозой, и попросили перевести деньги на безопасный счёт'],
    ['口座が危ないと言われて安全な口座にお金を移しました'],
    ['계좌가 위험하다고 해서 안전계좌로 돈을 옮겼어요'],
    ["I invested in a crypto platform recommended by someone online and now I can't withdraw anything"],
    ['zainwestowałem w platformę kryptowalut i nie mogę nic wypłacić'],
    ['invertí en una plataforma de criptomonedas y ahora no puedo retirar nada'],
    ['我在理财平台投资了，现在提不出来'],
    ['compré en una tienda online falsa'],
    ['kupiłem na fałszywej stronie'],
    ['someone pretending to be from the police made me transfer my savings'],
    ['I paid a deposit for a flat that doesn\'t exist'],
    ['詐欺の被害にあいました'],
  ])('fires: %s', (text) => {
    expect(situations(text)).toContain('security');
  });

  it.each([
    ['what is a safe account scam?'],
    ['is my account safe?'],
    ['czy moje konto jest bezpieczne?'],
    ['how can I tell if a website is fake before I order?'],
    ['¿cómo sé si una tienda online es falsa?'],
    ['I invested in your savings product, when can I withdraw?'],
    ['the product I bought looks fake, can I get a refund?'],
  ])('does not fire: %s', (text) => {
    expect(situations(text)).not.toContain('security');
  });
});

describe('churn said indirectly', () => {
  it.each([
    ["I've found a better deal elsewhere"],
    ['Ich habe ein besseres Angebot woanders gefunden'],
    ['he encontrado una oferta mejor en otra compañía'],
    ["j'ai trouvé moins cher ailleurs"],
    ['achei uma oferta melhor em outra operadora'],
    ['znalazłem lepszą ofertę gdzie indziej'],
    ['başka yerde daha iyi bir teklif buldum'],
    ['я нашёл предложение получше в другом месте'],
    ['别家更便宜，我要换了'],
    ["I won't be renewing my contract"],
    ['no voy a renovar el contrato'],
    ['je ne vais pas renouveler mon contrat'],
    ['non rinnoverò il contratto'],
    ['契約を更新しません'],
    ['계약 갱신 안 할 거예요'],
    ["I think it's time we parted ways"],
  ])('fires: %s', (text) => {
    expect(situations(text)).toContain('churn');
  });

  it.each([
    ['Is your plan cheaper than other providers?'],
    ['czy wasza oferta jest tańsza niż u konkurencji?'],
    ['ваш тариф дешевле, чем у конкурентов?'],
    ['你们比别家便宜吗？'],
    ['他社より安いですか？'],
    ["I'm not renewing my passport, do I need to update my ID?"],
    ['Wie kann ich meinen Vertrag kündigen, falls ich umziehe?'],
    ['odchodzę od komputera na chwilę, zaraz wrócę'],
    ['nie odchodzę, chcę tylko zmienić pakiet'],
  ])('does not fire: %s', (text) => {
    expect(situations(text)).not.toContain('churn');
  });
});

describe('frustration in a single message', () => {
  it.each([
    ["I've been waiting two weeks for a reply and heard nothing"],
    ['llevo dos semanas esperando respuesta'],
    ["j'attends une réponse depuis deux semaines"],
    ['czekam na odpowiedź od dwóch tygodni'],
    ['iki haftadır cevap bekliyorum'],
    ['жду ответа уже две недели'],
    ['等了两个星期都没回复'],
    ['every time I call I\'m told something different'],
    ['Jedes Mal bekomme ich eine andere Antwort'],
    ['za każdym razem mówicie mi co innego'],
    ['каждый раз мне говорят разное'],
    ['毎回違うことを言われる'],
    ['매번 다른 말을 해요'],
    ['to już kolejny raz jak to tłumaczę'],
  ])('fires: %s', (text) => {
    expect(situations(text)).toContain('frustration');
  });

  it.each([
    ['how long does it take to get a reply, a few days?'],
    ['Wie lange dauert eine Antwort normalerweise, eine Woche?'],
    ["I've been waiting two weeks for my parcel, where is it?"],
    ['ile się czeka na odpowiedź, kilka dni?'],
  ])('does not fire: %s', (text) => {
    expect(situations(text)).not.toContain('frustration');
  });
});

describe('a person asked for indirectly', () => {
  it.each([
    ["I'd rather deal with a human"],
    ['can someone please call me back?'],
    ['Ich brauche jemanden, der mir wirklich helfen kann'],
    ['Kann mich bitte jemand anrufen?'],
    ["j'ai besoin de quelqu'un qui peut vraiment m'aider"],
    ['preciso de alguém que me ajude de verdade'],
    ['qualcuno mi può richiamare?'],
    ['ik heb iemand nodig die me echt kan helpen'],
    ['potrzebuję kogoś, kto naprawdę pomoże'],
    ['czy ktoś może do mnie zadzwonić?'],
    ['gerçekten yardım edebilecek birine ihtiyacım var'],
    ['мне нужен кто-то, кто реально поможет'],
    ['احتاج احد يساعدني بجد'],
    ['誰か電話してもらえますか'],
    ['我需要一个真正能帮我的人'],
    ['진짜 도와줄 사람이 필요해요'],
    ['saya butuh orang yang benar-benar bisa bantu'],
    ['tôi cần người thật sự giúp được'],
  ])('fires: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });

  it.each([
    ['potrzebuję kogoś do odbioru paczki'],
    ['can someone use my card if I lend it to them?'],
  ])('does not fire: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });
});

describe('Polish, informal and without diacritics', () => {
  it.each([
    ['zeszlo mi z konta 500 zl i nie wiem za co', 'security'],
    ['ktos placi moja karta', 'security'],
    ['dalem sie oszukac na olx', 'security'],
    ['ktos wzial na mnie pozyczke', 'security'],
    ['ile mozna czekac na odpowiedz', 'frustration'],
    ['zglosze to do rzecznika', 'regulator'],
  ])('%s → %s', (text, situation) => {
    expect(situations(text)).toContain(situation);
  });

  it.each([['ile można wypłacić dziennie?'], ['сколько можно снять в день?']])('a question about an amount is not frustration: %s', (text) => {
    expect(situations(text)).not.toContain('frustration');
  });
});

describe('anger in inflected forms', () => {
  it.each([['Ihr seid völlig unfähig'], ['waardeloze service'], ['jesteście do niczego'], ['szlag mnie trafia'], ['çok sinirliyim'], ['dịch vụ tệ hại'], ['ไม่ได้เรื่องเลย']])('is strongly negative: %s', (text) => {
    expect(scoreSentiment(text).score).toBeLessThan(-0.5);
  });
});

describe('a regulator named on its own', () => {
  it.each([
    ['the FCA will hear about this', 'regulator'],
    ['UOKiK się tym zajmie', 'regulator'],
  ])('%s → %s', (text, situation) => {
    expect(situations(text)).toContain(situation);
  });

  it.each([
    ['Is your company regulated by the FCA?', 'regulator'],
    ['¿Están regulados por el Banco de España?', 'regulator'],
    ['Czy jesteście nadzorowani przez KNF?', 'regulator'],
  ])('a question does not fire: %s', (text, situation) => {
    expect(situations(text)).not.toContain(situation);
  });
});
