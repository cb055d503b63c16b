/**
 * Round 14c (src/escalation/lang/apps-and-exits.ts, src/escalation/lang/real-person-asked.ts): leaving an app service —
 * the customer's own account or wallet closed, going back to the app used before or a rival, stopping using the app, the
 * app removed for good — and a real person of the company asked to look at the case. Near-misses in each block. Sentences
 * written for this test (not the probe's).
 */
import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { scoreSentiment } from '../../src/escalation/sentiment.js';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);
const frames = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.frame);

describe("churn: the customer's own account or wallet closed (close-own-account)", () => {
  it.each([
    ['please deactivate my rider account, I have had enough', 'en'],
    ['Löscht bitte mein Nutzerkonto, ich habe genug.', 'de'],
    ['Ich möchte mein Wallet schließen.', 'de'],
    ['Borren mi perfil y mi billetera, gracias.', 'es'],
    ['Clôturez mon portefeuille, je ne veux plus rien avoir à faire avec vous.', 'fr'],
    ['Desativem minha conta, por favor.', 'pt'],
    ['Disattivate il mio profilo, grazie.', 'it'],
    ['Verwijder mijn wallet en mijn profiel.', 'nl'],
    ['Dezaktywujcie moje konto.', 'pl'],
    ['Cüzdanımı kapatın lütfen.', 'tr'],
    ['Удалите мой аккаунт, пожалуйста.', 'ru'],
    ['ウォレットを閉鎖してください。', 'ja'],
    ['请把我的钱包关闭', 'zh'],
    ['지갑 해지해 주세요', 'ko'],
    ['Hãy đóng tài khoản của tôi.', 'vi'],
    ['Inaktivera mitt konto, tack.', 'sv'],
    ['Κλείστε το πορτοφόλι μου.', 'el'],
    ['Smažte můj účet.', 'cs'],
  ])('fires: %s', (text, language) => {
    expect(situations(text, language)).toContain('churn');
  });

  it.each([
    ['how do I remove an old card from my wallet?', 'en'],
    ['delete the old card from my wallet and add this one', 'en'],
    ['I deleted my account by accident, can you restore it?', 'en'],
    ['Wie kann ich mein Konto löschen?', 'de'],
    ['Ich habe aus Versehen mein Konto gelöscht, könnt ihr es wiederherstellen?', 'de'],
    ['¿Cómo cierro la sesión en mi cuenta?', 'es'],
    ["J'ai supprimé mon compte par erreur, pouvez-vous le rétablir ?", 'fr'],
    ['Come posso eliminare un indirizzo dal mio profilo?', 'it'],
    ['Przez przypadek usunąłem konto, da się je przywrócić?', 'pl'],
    ['不小心把账户删除了，能恢复吗？', 'zh'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('churn');
  });
});

describe('churn: going back to the app used before, or a rival (back-to-former)', () => {
  it.each([
    ["I'm switching back to my old exchange, this one is a mess", 'en'],
    ['going back to Lyft after this ride', 'en'],
    ['Ich wechsle zurück zur alten App.', 'de'],
    ['Vuelvo a la aplicación anterior, esta no sirve.', 'es'],
    ["Je repasse sur Deliveroo, au moins ça marche.", 'fr'],
    ['Vou voltar pro aplicativo antigo.', 'pt'],
    ['Ritorno alla vecchia app.', 'it'],
    ['Ik ga weer naar de vorige app.', 'nl'],
    ['Wróciłem do poprzedniej aplikacji.', 'pl'],
    ['Önceki uygulamaya geri döneceğim.', 'tr'],
    ['Вернусь к прежнему приложению.', 'ru'],
    ['以前のアプリに戻ります。', 'ja'],
    ['我要换回原来的app', 'zh'],
    ['전에 쓰던 앱으로 돌아갈게요', 'ko'],
    ['Saya kembali ke aplikasi lama.', 'id'],
    ['Jag byter tillbaka till den gamla appen.', 'sv'],
    ['Vrátím se ke staré aplikaci.', 'cs'],
  ])('fires: %s', (text, language) => {
    expect(situations(text, language)).toContain('churn');
  });

  it.each([
    ['I went back to the home screen and the order vanished', 'en'],
    ['going back to grab my bag from the car, can the driver wait?', 'en'],
    ['Ich gehe zurück zur Startseite, wo ist meine Bestellung?', 'de'],
    ['Vuelvo a casa en una hora, ¿puede el repartidor pasar luego?', 'es'],
    ['Je retourne au restaurant chercher ma commande.', 'fr'],
    ['Ik ga terug naar huis, kan de bezorger later komen?', 'nl'],
    ['Возвращаюсь к заказу: где курьер?', 'ru'],
    ['Jag går tillbaka till restaurangen och hämtar maten.', 'sv'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('churn');
  });
});

describe('churn: stopping using the app, and the app removed for good', () => {
  it.each([
    ["I'm done using your app after tonight", 'en'],
    ["J'arrête d'utiliser votre application.", 'fr'],
    ['Dejo de usar la app desde hoy.', 'es'],
    ['Parei de usar o aplicativo.', 'pt'],
    ['Przestaję używać tej aplikacji.', 'pl'],
    ['Перестаю пользоваться приложением.', 'ru'],
  ])('stop-using fires: %s', (text, language) => {
    expect(frames(text, language).some((f) => f === 'stop-using-app' || f === 'removing-the-app' || f === 'leaving')).toBe(true);
  });

  it.each([
    ['Die App ist gelöscht. Nie wieder.', 'de'],
    ['已经卸载了，再也不用了', 'zh'],
    ['Tôi xoá ứng dụng rồi.', 'vi'],
  ])('removed fires: %s', (text, language) => {
    expect(situations(text, language)).toContain('churn');
  });

  it.each([
    ['I deleted the app by accident, how do I log back in?', 'en'],
    ['I deleted the app and reinstalled it, still the same error', 'en'],
    ["J'ai supprimé l'appli par erreur, comment récupérer mon compte ?", 'fr'],
    ['Ho disinstallato l\'app per sbaglio, come recupero il saldo?', 'it'],
    ['不小心卸载了，重新安装后余额还在吗？', 'zh'],
    ['how do I stop using location sharing?', 'en'],
    ['ลบที่อยู่เก่ายังไง', 'th'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('churn');
  });
});

describe('human request: a real person of the company to look at the case', () => {
  it.each([
    'could a real member of staff go over my case?',
    'is anybody on the other end?',
    'Kann eine echte Sachbearbeiterin das prüfen?',
    'Ist hier überhaupt jemand?',
    'Est-ce qu\'un vrai agent peut vérifier mon compte ?',
    'Je veux que quelqu\'un au bout du fil regarde ça',
    'Necesito que un empleado de verdad revise esto',
    'Preciso que uma atendente de verdade analise meu caso',
    'Vorrei che un vero dipendente controllasse',
    'Zit er eigenlijk een mens achter de computer?',
    'Potrzebuję, żeby człowiek z krwi i kości to sprawdził',
    'Canlı bir yetkili baksın lütfen',
    'Пусть живой специалист посмотрит',
    'Potřebuji, aby se na to podíval skutečný zaměstnanec',
    'Kan en riktig anställd kolla på det?',
    'Θέλω να το δει ένας πραγματικός εργαζόμενος',
    'أريد موظف حقيقي يشوف مشكلتي',
    'Minta petugas asli buat cek',
    'Cần nhân viên thật xem giúp',
    'कोई असली कर्मचारी देखे',
    '本物のスタッフに見てほしいです',
    '麻烦真正的工作人员看一下',
    '진짜 상담원이 확인해 주세요',
    'ขอเจ้าหน้าที่จริงๆ ดูให้หน่อย',
  ])('fires: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });

  it.each([
    'are you a real employee?',
    'Sind Sie ein echter Sachbearbeiter?',
    'Êtes-vous un vrai agent ?',
    'Apakah kamu petugas asli?',
    'هل انت موظف حقيقي؟',
    'क्या आप असली कर्मचारी हैं?',
    'Ist hier ein Fehler in der Rechnung?',
    'Tem alguém aí que saiba o horário de funcionamento no domingo?',
  ])('quiet: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });

  it('a Portuguese "aí" (there) is no AI, and "meu caso" no condition', () => {
    expect(detectHumanRequest('Tem alguém de verdade aí pra ver meu caso?').matched).toBe(true);
  });
});

describe('churn: all the money out with a leaving, and a search for another app', () => {
  it.each([
    ["cashing out everything tonight and I'm gone", 'en'],
    ["I'll look for a better exchange, this one is hopeless", 'en'],
    ['Ich zahle alles aus, tschüss.', 'de'],
    ['Saco todo mi dinero y me voy.', 'es'],
    ['Je vide mon portefeuille et je pars.', 'fr'],
    ['Vou procurar outra corretora.', 'pt'],
    ['Prelevo tutto e me ne vado.', 'it'],
    ['Poszukam innej platformy.', 'pl'],
    ['Вывожу все деньги и ухожу.', 'ru'],
    ['币全部提走了，拜拜', 'zh'],
    ['Jag letar upp en annan plattform.', 'sv'],
    ['Najdu jinou platformu.', 'cs'],
  ])('fires: %s', (text, language) => {
    expect(situations(text, language)).toContain('churn');
  });

  it.each([
    ['how do I withdraw everything to my bank?', 'en'],
    ['can you find another driver for me?', 'en'],
    ["I'm looking for another payment method, card doesn't work", 'en'],
    ['Wie zahle ich alles aus?', 'de'],
    ['¿Cómo retiro todo mi dinero a mi banco?', 'es'],
    ['Szukam innej metody płatności.', 'pl'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('churn');
  });
});

describe('legal: the customer\'s lawyer announced, notices and courts as one phrase', () => {
  it.each([
    ['Expect a letter before action from me.', 'en'],
    ['Mi abogado les escribirá esta semana.', 'es'],
    ['Ο δικηγόρος μου θα επικοινωνήσει μαζί σας.', 'el'],
    ['Jag kopplar in min advokat.', 'sv'],
    ['Avukatıma ilettim bile.', 'tr'],
    ['等着收律师函吧', 'zh'],
    ['Dostaniecie wezwanie przedsądowe.', 'pl'],
    ['U krijgt een ingebrekestelling.', 'nl'],
  ])('fires: %s', (text, language) => {
    expect(situations(text, language)).toContain('legal');
  });

  it.each([
    ['My lawyer needs a statement of my transactions for the divorce', 'en'],
    ['Mi abogado necesita un extracto de mis movimientos', 'es'],
    ['Is it legal to sell crypto here?', 'en'],
    ['what does the lawyer fee in the escrow section cover?', 'en'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('legal');
  });
});

describe('human request: whom to talk to, the case passed on, someone of a team to look', () => {
  it.each([
    'Mit wem kann ich über meine Auszahlung sprechen?',
    '¿Con quién puedo hablar de mi retiro?',
    'À qui dois-je parler de mon retrait ?',
    'Com quem posso falar sobre o saque?',
    'Con chi posso parlare del prelievo?',
    'Met wie kan ik praten over mijn opname?',
    'Z kim mogę porozmawiać o wypłacie?',
    'Para çekme konusunu kiminle konuşabilirim?',
    'С кем можно поговорить о выводе?',
    '出金について誰と話せばいいですか？',
    '提现的问题我该找谁？',
    '출금 문제는 누구랑 얘기해야 하나요?',
    'Vem kan jag prata med om uttaget?',
    'S kým můžu mluvit o výběru?',
    'Bitte leiten Sie meinen Fall an einen Sachbearbeiter weiter.',
    'Transmettez ma demande à un responsable.',
    'Inoltrate la pratica a un operatore.',
    'Передайте моё обращение специалисту.',
    'Quiero que alguien del área de cumplimiento revise mi retiro.',
    'Ik wil dat een medewerker mijn storting bekijkt.',
    'let me speak to your compliance officer',
    'Please have a specialist contact me today',
    '人工在吗',
    '请安排专人联系我',
  ])('fires: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });

  it.each([
    'Mit wem teile ich meinen Empfehlungscode?',
    '¿Con quién comparto mi código de referido?',
    'Alguien del equipo me dijo que revise mi correo.',
    'Transmettez-moi le reçu s\'il vous plaît.',
    'Passe-moi le lien du reçu.',
    'Proszę przekazać pieniądze do mojego banku.',
    'Передайте курьеру, что я буду через 5 минут.',
    'how do I chat with support?',
    'where can I talk to support in the app?',
    'I talked to support yesterday and they fixed it, thanks',
    'Vem kan jag dela koden med?',
    '这个优惠码可以给谁用？',
  ])('quiet: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });
});

describe('anger: elided French and Italian words, and insults the table lacked', () => {
  it.each([
    "Bande d'abrutis, rendez-moi mon argent !",
    "Quelle bande d'incompétents, franchement",
    'Vous vous foutez de ma gueule avec ce remboursement ?',
    'Ce livreur est un connard',
    'Şerefsizler, param nerede?',
    'Zasraná aplikace, zase nefunguje',
    'Fy fan, vilken skit',
  ])('angry: %s', (text) => {
    expect(scoreSentiment(text).score).toBeLessThan(-0.5);
  });

  it.each([
    "C'est d'accord, merci beaucoup",
    "L'application est incapable de charger la carte, une idée ?",
    "Il rider è arrivato, tutto ok grazie",
    'Kutuyu kapıya bırakın lütfen',
  ])('not angry: %s', (text) => {
    expect(scoreSentiment(text).score).toBeGreaterThanOrEqual(-0.5);
  });
});
