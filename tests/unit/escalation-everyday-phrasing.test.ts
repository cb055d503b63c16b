/**
 * Issue 9, round 5: everyday English (and a few other languages) for situations told without
 * the category word — hardship through its consequences ("my last £20 until payday"), fraud as
 * what happened (a courier asking to be paid outside the app, a code asked for and then the
 * account gone), bereavement without "died", churn as leaving for another app, food-safety
 * bodies as regulators, indirect requests for a person and exasperated anger. Each group has
 * near-misses that share words and must not escalate. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { escalatedAs } from '../helpers/escalated-as.js';


describe('escalates everyday phrasing', () => {
  it.each([
    // hardship told through its consequences
    ['That was the last of my money until payday, please refund it', 'vulnerable'],
    ["I'm on a fixed income and your double charge left me with nothing for the week", 'vulnerable'],
    ['Your extra charge pushed me into my overdraft', 'vulnerable'],
    ["I can't afford to lose that money, please", 'vulnerable'],
    ["My hours got cut and I can't pay for groceries", 'vulnerable'],
    // fraud and account takeover told as events
    ['Someone placed orders on my account to an address in another city', 'security'],
    ['The delivery guy asked me for the code on my phone and now my account is gone', 'security'],
    ['The courier asked me to pay him in cash again although I had paid in the app', 'security'],
    ['The rider wanted me to send the money to his own account', 'security'],
    ['I got a message with a link to pay a redelivery fee and I paid it', 'security'],
    // bereavement without "died"
    ['Since my husband\'s passing I have not used his account', 'vulnerable'],
    ['My father has passed and I need his card removed', 'vulnerable'],
    // churn
    ["You've lost a customer", 'churn'],
    ["I'm done with this app", 'churn'],
    ["I'm taking my business to a different app", 'churn'],
    ["This is the last order I'll ever place with you", 'churn'],
    // regulators that food-safety complaints go to
    ["I'm reporting this restaurant to environmental health", 'regulator'],
    ['The Food Standards Agency will hear about this', 'regulator'],
    // indirect requests for a person
    ['Let me speak to whoever is in charge', 'human_request'],
    ['Have someone from your team reach out to me', 'human_request'],
    ['Could a member of your team get in touch with me?', 'human_request'],
    ['Is there anybody I can actually talk to?', 'human_request'],
    ["I'd rather deal with one of your staff", 'human_request'],
    // a negated verb of believing or knowing does not negate the incident; "because" opens a new clause
    ["I can't believe my card was stolen at the restaurant", 'security'],
    ['I have no idea how someone got into my account', 'security'],
    ["I can't log in because someone changed my email", 'security'],
    // the loss told in the next sentence, with a pronoun
    ['Can you block my card? It was stolen this morning', 'security'],
    // a third-party-looking disowning: "not me"
    ['Who authorised this £50 payment? Not me', 'security'],
    ['How do I report a driver who asked me for cash on top of what I paid in the app?', 'security'],
    // churn to another provider, in other languages too (competitor names are the tenant's to add to its churn rule)
    ['Me paso a la competencia, cancelad mi cuenta', 'churn'],
    ["J'en ai marre, je passe à la concurrence", 'churn'],
    ['Ab jetzt bestelle ich nur noch woanders, ich wechsle zur Konkurrenz', 'churn'],
    ['The driver took a photo of my card when I paid at the door', 'security'],
    ['How am I supposed to pay rent now? Your charge took everything I had', 'vulnerable'],
    ["No, that's not what I asked. Person please.", 'human_request'],
    ['I want to complain to a manager', 'human_request'],
    ['Do you even have real people working there?', 'human_request'],
    ["I've been off sick and haven't been paid, please refund the double charge", 'vulnerable'],
    ['After losing my husband in May I cannot manage his account', 'vulnerable'],
    ['There are reviews on my profile I never wrote', 'security'],
    // exasperated anger
    ['Are you kidding me? Cold again', 'anger'],
    ['What the hell is going on with this order', 'anger'],
  ])('%s', async (text, category) => {
    expect(await escalatedAs(text)).toBe(category);
  });
});

describe('does not escalate near-misses that share the words', () => {
  it.each([
    ['Can I pay the rest in cash?'],
    ['Will I get paid back before payday?'],
    ['The driver asked me for the delivery code and the food was great'],
    ['My son passed his driving test, he will pick up the order'],
    ['My mum loves your app, how do I send her a gift card?'],
    ['Is the other app cheaper than you?'],
    ['Was this the last order I placed?'],
    ['Where can I find the food standards rating of a restaurant?'],
    ['What are your opening hours for the help line?'],
    ['Unbelievable, the food arrived in ten minutes, thank you so much!'],
    ['I uninstalled the app and reinstalled it, now it works'],
    ['If I ever lose my job, can I pause my membership?'],
    ["My card wasn't stolen, I just left it at home"],
    ['I read about a data breach in the news, should I worry?'],
    ['I got a text with a code but I was logging in, so it was me'],
    ['I left my umbrella in the delivery bag, can the driver return it?'],
    ['Do you have a number I can call to place an order?'],
    // someone else's incident, heard about or a friend's: not the customer's case
    ['I heard someone got scammed by a fake driver, how can I tell if a driver is real?'],
    ["My neighbour's phone was stolen, can she still use her account?"],
    ['My brother is a lawyer and he loves your app'],
    ['Can I speak to someone at the restaurant about my allergy?'],
    ['Is the manager of the restaurant available?'],
    ['How do I redeem my points?'],
    ["Thanks, that's all. The person at the door was nice"],
  ])('%s', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

describe('the same events in other languages', () => {
  it.each([
    ["Le livreur m'a demandé de le payer en espèces alors que j'avais déjà payé dans l'appli", 'security'],
    ['Il rider mi ha chiesto di pagarlo in contanti anche se avevo già pagato', 'security'],
    ['Kurye benden elden para istedi, uygulamadan ödemiştim', 'security'],
    ['Driver minta saya bayar tunai lagi padahal sudah bayar di aplikasi', 'security'],
    ['Qualcuno ha fatto ordini dal mio account', 'security'],
    ['Birisi hesabımdan sipariş vermiş, ben vermedim', 'security'],
    ['Hattım birden kapandı ve şifre değişikliği mesajı geldi', 'security'],
    ['Artık rakip firmayı kullanacağım', 'churn'],
    ['Mi abuela falleció la semana pasada y su tarjeta sigue en la cuenta', 'vulnerable'],
    ['No puedo creer que me hayan robado la tarjeta', 'security'],
    ["Je n'arrive pas à croire qu'on m'a volé mon téléphone", 'security'],
    ['Keine Ahnung wie, aber jemand hat mein Konto gehackt', 'security'],
  ])('%s', async (text, category) => {
    expect(await escalatedAs(text)).toBe(category);
  });
  it('reads an Italian switch to a competitor when the customer is known to write Italian', async () => {
    expect(await escalatedAs('Da oggi ordino solo dalla concorrenza', 'it')).toBe('churn');
  });
  it.each([
    ['Mi abuela falleció hace muchos años, pero quiero pedir su plato favorito'],
    ['Muss ich einen Anwalt einschalten, um eine Rückerstattung zu bekommen?'],
    ['¿Puedo pagar en efectivo al repartidor?'],
    ['Saya mau bayar pakai GoPay, bisa?'],
    ['No me han robado la tarjeta, solo quiero cambiarla'],
    ['Mein Konto wurde nicht gehackt, ich habe nur das Passwort vergessen'],
    ["Est-ce que je peux payer en espèces ?"],
  ])('does not escalate: %s', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

/**
 * Round 6: frames that carry across languages — a vow never to come back, removing the app, a phone
 * left behind, exhaustion with a wish for everything to end, others better off without the customer.
 * Sentences written for this test.
 */
describe('round 6: vows, removing the app, things left behind, indirect self-harm', () => {
  it.each([
    ['No pienso volver a usar esta app jamás', 'churn'],
    ['Nie wieder benutze ich eure App', 'churn'],
    ['Bir daha asla bu uygulamayı kullanmayacağım', 'churn'],
    ['もうアプリを消します。二度と使いません', 'churn'],
    ['Всё, удаляю приложение, больше никогда не буду пользоваться', 'churn'],
    ["C'est fini, je désinstalle votre appli", 'churn'],
    ['Udah, saya hapus aplikasinya, gak bakal pakai lagi', 'churn'],
    ['Me dejé el móvil en el taxi', 'security'],
    ['Telefonumu takside unuttum', 'security'],
    ['Zostawiłem telefon w taksówce', 'security'],
    ['Ich kann nicht mehr, ich will einfach nur, dass es aufhört', 'self_harm'],
    ['Artık dayanamıyorum, her şeye son vermek istiyorum', 'self_harm'],
    ['我撑不下去了，想结束这一切', 'self_harm'],
    ['Sarebbe meglio per tutti se sparissi', 'self_harm'],
    ['내가 없어지면 다들 편할 거예요', 'self_harm'],
    ['Ben olmasam herkes daha mutlu olur', 'self_harm'],
    ['Lebih baik aku nggak ada', 'self_harm'],
  ])('%s → %s', async (text, category) => {
    expect(await escalatedAs(text)).toBe(category);
  });
  it.each([
    ['I uninstalled the app and reinstalled it, now it works'],
    ['How do I delete the app from my old phone?'],
    ['Comment désinstaller l\'application sur ma tablette ?'],
    ['Zostawiłem telefon w domu, czy mogę zapłacić kartą?'],
    ['I left my phone at home, can I still pay with my card?'],
    ['Me dejé el móvil en casa, ¿puedo pagar con tarjeta?'],
    ['Remove my old card from the app please'],
    ['Nunca he usado esta tarjeta en el extranjero, ¿funciona?'],
    ['It would be better without the extra fees'],
  ])('does not escalate: %s', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

/** Round 6: paying outside the platform when asked to, and a charge while the app was not used, in several languages. */
describe('round 6: asked to pay outside the platform, charged without using the app', () => {
  it.each([
    ['Der Fahrer wollte, dass ich ihm das Geld direkt überweise', 'security'],
    ['Kierowca kazał mi zapłacić gotówką, choć już zapłaciłem w aplikacji', 'security'],
    ['司机说刷卡机坏了，让我转账到他个人账户', 'security'],
    ['Водитель попросил перевести деньги ему на карту напрямую', 'security'],
    ['Drivernya minta saya transfer langsung ke rekening pribadinya', 'security'],
    ['السائق طلب مني أحول له الفلوس على حسابه مباشرة', 'security'],
    ['Mir wurden 60 Euro abgebucht, obwohl ich die App gar nicht benutzt habe', 'security'],
    ['我根本没用过，你们却从我卡里扣了200块', 'security'],
    ['انخصم من بطاقتي مبلغ وأنا ما استخدمت التطبيق', 'security'],
  ])('%s → %s', async (text, category) => {
    expect(await escalatedAs(text)).toBe(category);
  });
  it.each([
    ['Can I pay the driver in cash?'],
    ['¿Puedo pagar en efectivo al conductor?'],
    ['Kann ich direkt beim Fahrer bar bezahlen?'],
    ["I haven't used the app in a while, how do I update my card?"],
  ])('does not escalate: %s', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

/** Round 6 near-misses: "suspicious" as the label of a notice or a block, "it was me", a question word after the situation. */
describe('round 6: notices, "it was me" and verb-final questions do not escalate', () => {
  it.each([
    ['I want to turn on alerts for suspicious transactions'],
    ['Your app flagged my payment as suspicious, please unblock it'],
    ['Moja płatność została zablokowana jako podejrzana, ale to byłem ja'],
    ['Chcę włączyć powiadomienia o podejrzanych transakcjach'],
    ['Czy aplikacja powiadamia o podejrzanych płatnościach?'],
    ['Ödemem şüpheli işlem olarak engellendi ama işlemi ben yaptım'],
    ['Şüpheli işlem bildirimi nasıl açılır?'],
    ['Yetkisiz bir işlem görürsem ne yapmalıyım?'],
    ['Saya mau aktifkan notifikasi transaksi mencurigakan'],
    ['मेरा पेमेंट संदिग्ध बताकर रोक दिया गया, लेकिन वो मैंने ही किया था'],
    ['संदिग्ध पेमेंट की रिपोर्ट कैसे करें?'],
    ['支払いが不審な取引としてブロックされましたが、私本人です'],
    ['Nie zapłaciłem jeszcze, bo płatność nie przechodzi'],
  ])('does not escalate: %s', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
  it.each([
    ['I got an alert about a payment I do not recognise', 'security'],
    ['Na karcie mam podejrzaną transakcję, której nie robiłem', 'security'],
    ['Kartımdan yetkisiz bir işlem yapılmış', 'security'],
    // A finished event, then the question word: a report and a question, not a question about the situation.
    ['Kartım çalındı nasıl bloke ederim?', 'security'],
    ['Hesabım hacklendi nasıl geri alırım', 'security'],
    ['मेरा फोन चोरी हो गया अब कैसे ब्लॉक करूँ?', 'security'],
  ])('%s → %s', async (text, category) => {
    expect(await escalatedAs(text)).toBe(category);
  });
});

/** Round 6: the same situations told as a longer story, human requests in other words, more indirect self-harm. */
describe('round 6: stories, requests for a person, indirect self-harm', () => {
  it.each([
    ['Hola, ayer estaba en un bar y cuando salí me di cuenta de que ya no tenía el celular en el bolsillo', 'security'],
    ["Bonjour, hier soir en sortant du bar je me suis rendu compte que mon portable n'était plus dans ma poche", 'security'],
    ['Buenas, revisando el extracto del banco vi tres pagos a su empresa del martes, ese día ni salí de casa', 'security'],
    ["En regardant mon relevé j'ai vu trois paiements chez vous mardi, alors que je ne suis même pas sorti ce jour-là", 'security'],
    ['Esta mañana me llegaron códigos de verificación que yo no pedí y ahora no puedo entrar a mi cuenta', 'security'],
    ['Ich bekomme Bestätigungscodes, die ich nicht angefordert habe, und jetzt komme ich nicht mehr in mein Konto', 'security'],
    ['Llevo tres años con ustedes pero después de esto me voy, ya está', 'churn'],
    ['Kunde seit drei Jahren, aber nach dieser Sache bin ich weg', 'churn'],
    ['Necesito que me atienda una persona', 'human_request'],
    ['能不能让真人来处理', 'human_request'],
    ['मुझे कस्टमर केयर वाले से बात करनी है', 'human_request'],
    ['A veces me pregunto para qué seguir', 'self_harm'],
    ['もう生きているのがつらいです', 'self_harm'],
    ['Siento que no valgo nada y que sobro en este mundo', 'self_harm'],
  ])('%s → %s', async (text, category) => {
    expect(await escalatedAs(text)).toBe(category);
  });
  it.each([
    ['Cliente desde 2019, ¿me voy a quedar con los puntos si cambio de tarjeta?'],
    ['Je pars en vacances la semaine prochaine, puis-je utiliser ma carte à l\'étranger ?'],
    ['¿Qué códigos de verificación envían cuando cambio de teléfono?'],
  ])('does not escalate: %s', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

/** Round 6: Japanese questions about charges, and "it turned out to be mine", do not escalate. */
describe('round 6: questions and "it was mine after all" about charges', () => {
  it.each([
    ['使っていないカードの年会費は請求されますか？'],
    ['利用していないサブスクの請求を止めるにはどうすればいいですか'],
    ['見覚えのない請求があった時の問い合わせ先を教えてください'],
    ['私じゃない人が私のカードで決済できますか？'],
    ['Widzę nieznaną płatność, ale to chyba moja subskrypcja'],
    ["There was a payment I didn't recognise but it turned out to be mine"],
  ])('does not escalate: %s', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
  it.each([
    ['身に覚えのない請求がカードに来ています', 'security'],
  ])('%s → %s', async (text, category) => {
    expect(await escalatedAs(text)).toBe(category);
  });
});

describe('round 6: a stranger offering to sell something, then paid', () => {
  it.each([
    ['Un señor me contactó por WhatsApp para venderme saldo más barato, le pagué y nunca me lo cargó', 'security'],
    ["Un type m'a contacté sur WhatsApp pour me vendre du crédit moins cher, je l'ai payé et rien", 'security'],
  ])('%s → %s', async (text, category) => {
    expect(await escalatedAs(text)).toBe(category);
  });
  it.each([
    ['Una tienda me ofreció un descuento, ¿puedo pagar con la app?'],
    ['A friend offered to sell me his old scooter, can I add it to my account?'],
  ])('does not escalate: %s', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});
