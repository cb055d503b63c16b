/**
 * Issue 9, round 9: account takeover, disowned charges, grief, self-harm hints and fraud in the words customers
 * use in Dutch, Russian, Spanish, French, Thai, Vietnamese, Italian and English, and four mechanisms:
 *  - a sentence that holds a frame twice tries the next-tightest choice when the tightest is guarded
 *    ("me quedé sin trabajo y no puedo pagar": the SIN of one hardship phrase does not deny the other);
 *  - Thai spaces start clauses, so a question in the next clause does not make a report informational;
 *  - a message-wide frame lets a word stand inside a longer phrase that names it ("metí mi contraseña");
 *  - a self-harm hint told over several messages, and a thing named in one message whose theft or hacking is told
 *    in the next without naming it ("… mon compte." / "Il a été piraté hier");
 *  - chat spellings expanded in es, fr, nl, it, ru ("qqn", "mdp", "mn ww", "qlcn", "ниче") without typo correction.
 * Sentences written for this test from general knowledge, with near-misses that share the words.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';
import { escalatedAs } from '../helpers/escalated-as.js';

const expectAs = async (text: string, language: string, expected: string): Promise<void> => {
  const got = await escalatedAs(text, language);
  // a self-harm hint is reported under the vulnerable-customer rule or the safety net
  expect(expected === 'vulnerable' ? ['vulnerable', 'self_harm'] : [expected]).toContain(got);
};

describe('mechanisms', () => {
  it.each([
    ['Perdí mi empleo y no puedo pagar el alquiler de este mes', 'es', 'vulnerable'],
    ['Me quedé sin trabajo y no puedo pagar las cuotas', 'es', 'vulnerable'],
    ['แม่เสียชีวิตแล้ว ต้องทำอย่างไรกับบัญชีของท่าน', 'th', 'vulnerable'],
    ['Me escribieron desde un correo que parecía del banco y metí mi contraseña', 'es', 'security'],
  ])('%s (%s) → %s', async (text, language, expected) => expectAs(text, language, expected));

  it.each([
    ['ถ้าบัตรหายต้องทำอย่างไร', 'th'],
    ['บัตรหายต้องทำอย่างไรคะ', 'th'],
    ['No me quedé sin saldo, solo quiero saber cómo recargar', 'es'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });

  it('reads a self-harm hint told over two messages', () => {
    const hits = detectSituations('Ik wil gewoon dat het allemaal voorbij is.', { history: ['Ik kan het echt niet meer aan.'], language: 'nl' });
    expect(hits.map((h) => h.situation)).toContain('self_harm');
  });
});

describe('escalates round 9 vocabulary', () => {
  it.each([
    // account takeover: credentials changed and disowned, shut out with activity not the customer's
    ['Mijn e-mailadres is gewijzigd maar dat heb ik niet gedaan', 'nl', 'security'],
    ['Ik kom niet meer in mijn account en er staat een ander telefoonnummer in', 'nl', 'security'],
    ['Не получается войти, а пароль сменили без меня', 'ru', 'security'],
    ['Пришло уведомление о входе с чужого устройства', 'ru', 'security'],
    ['Me cambiaron la clave y yo no fui', 'es', 'security'],
    ["Mon compte a été piraté, il y a des commandes que je n'ai pas passées", 'fr', 'security'],
    ['รหัสผ่านโดนเปลี่ยน ฉันไม่ได้เปลี่ยนเอง', 'th', 'security'],
    ['Mật khẩu đã bị đổi, tôi không hề đổi', 'vi', 'security'],
    ['My sister got messages from my account asking for money', 'en', 'security'],
    // disowned or strange charges
    ['Er is 60 euro afgeschreven en ik heb geen idee waarvoor', 'nl', 'security'],
    ['Tengo dos cargos raros en la tarjeta', 'es', 'security'],
    ["Vous me prélevez des frais que j'ai pas commandés", 'fr', 'security'],
    ['Ho un addebito strano sul conto', 'it', 'security'],
    ['Tôi bị trừ 200 nghìn không biết vì sao', 'vi', 'security'],
    ['Why am I paying twice for the same plan?', 'en', 'security'],
    // fraud and phishing
    ['Un señor que decía ser del soporte me sacó 200 euros', 'es', 'security'],
    ['Un homme qui disait être de votre service m\'a soutiré 200 euros', 'fr', 'security'],
    ['Какой-то человек представился вашим сотрудником и выманил у меня деньги', 'ru', 'security'],
    ['Iemand doet zich voor als mij en vraagt mijn vrienden om geld', 'nl', 'security'],
    ['Chuyển tiền cho người bán xong thì họ chặn tôi luôn', 'vi', 'security'],
    ['โอนเงินไปแล้วคนขายบล็อกฉันเลย', 'th', 'security'],
    // grief
    ['Папы не стало на прошлой неделе', 'ru', 'vulnerable'],
    ['Nous avons perdu notre fille en mai', 'fr', 'vulnerable'],
    ['J\'appelle pour le contrat de ma défunte mère', 'fr', 'vulnerable'],
    ['Mẹ tôi vừa mất hôm qua', 'vi', 'vulnerable'],
    ['ยายเพิ่งเสียเมื่อวาน', 'th', 'vulnerable'],
    // self-harm hints
    ['Het maakt me niet meer uit wat er met mij gebeurt', 'nl', 'vulnerable'],
    ['Никто бы и не заметил, если бы меня не было', 'ru', 'vulnerable'],
    ['Ya no tengo nada por lo que vivir', 'es', 'vulnerable'],
    ["J'ai envie de tout laisser tomber", 'fr', 'vulnerable'],
    ['Non ho più niente per cui vivere', 'it', 'vulnerable'],
    ['ไม่อยากตื่นขึ้นมาอีกแล้ว', 'th', 'vulnerable'],
    ['Tôi không muốn sống nữa', 'vi', 'vulnerable'],
    ["Honestly I won't be around much longer", 'en', 'vulnerable'],
    // hardship, churn, a person
    ['Je suis dans le rouge et je suis à bout', 'fr', 'vulnerable'],
    ['Ik ga wel ergens anders heen met mijn abonnement', 'nl', 'churn'],
    ['Уйду к конкурентам', 'ru', 'churn'],
    ['Ik wil een leidinggevende spreken', 'nl', 'human_request'],
    ['Пусть кто-нибудь из поддержки мне перезвонит', 'ru', 'human_request'],
    ['Có người thật nào không?', 'vi', 'human_request'],
    ['Kan ik iemand aan de telefoon krijgen?', 'nl', 'human_request'],
    ['Iemand aan de telefoon vroeg me mijn pincode en nu is mijn rekening leeg', 'nl', 'security'],
  ])('%s (%s) → %s', async (text, language, expected) => expectAs(text, language, expected));
});

describe('does not escalate the same words without the situation', () => {
  it.each([
    ['Hoe wijzig ik mijn e-mailadres?', 'nl'],
    ['Ik heb mijn wachtwoord gewijzigd, waar log ik nu in?', 'nl'],
    ['Как сменить пароль в приложении?', 'ru'],
    ['¿Cómo cambio la clave de mi cuenta?', 'es'],
    ['Comment voir les commandes que j\'ai passées ?', 'fr'],
    ['เปลี่ยนรหัสผ่านยังไงคะ', 'th'],
    ['Làm sao để đổi mật khẩu?', 'vi'],
    ['Wanneer wordt het bedrag afgeschreven?', 'nl'],
    ['¿Es normal que el cargo tarde dos días?', 'es'],
    ['Can I pay for two subscriptions with one card?', 'en'],
    ['Mijn oma is 90 geworden, kan ik een cadeaubon bestellen?', 'nl'],
    ['Мама хочет подключить тариф, как это сделать?', 'ru'],
    ['Je meurs d\'envie d\'essayer la nouvelle offre', 'fr'],
    ['Quanti punti ho sul mio conto?', 'it'],
    ['Where can I see my points balance?', 'en'],
    ['Hoe zie ik hoeveel punten ik heb?', 'nl'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('chat spellings (abbreviations, no typo correction)', () => {
  it.each([
    ["qqn a changé mon mdp et jarrive plus a me connecter", 'fr', 'security'],
    ['alguien entro a mi cta y me cambio la contra, yo no fui', 'es', 'security'],
    ['iem heeft mn ww veranderd en k kan niet meer inloggen', 'nl', 'security'],
    ['qlcn è entrato nel mio account e ha cambiato la pwd', 'it', 'security'],
    ['че за списание? я ниче не покупал', 'ru', 'security'],
  ])('%s (%s) → %s', async (text, language, expected) => expectAs(text, language, expected));

  it.each([
    ['k wil mn ww wijzigen, hoe doe ik dat?', 'nl'],
    ['comment je change mon mdp ?', 'fr'],
    ['como cambio la contraseña de mi cta?', 'es'],
    ['nn trovo la pwd, come la recupero?', 'it'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('English phrasings and the prevention guard', () => {
  it.each([
    ["I got a 2FA code I didn't ask for and then my password stopped working", 'en', 'security'],
    ['My account email was changed to a different one overnight', 'en', 'security'],
    ['Someone logged in from another country last night', 'en', 'security'],
    ['Can I reach someone about my complaint?', 'en', 'human_request'],
    ['Who can I call about this?', 'en', 'human_request'],
    ['I want to raise this with a manager', 'en', 'human_request'],
    ['Consider me a former customer', 'en', 'churn'],
    ["I'm not renewing my subscription", 'en', 'churn'],
    ['There is no reason for me to keep going', 'en', 'vulnerable'],
  ])('%s (%s) → %s', async (text, language, expected) => expectAs(text, language, expected));

  it.each([
    ['How do I turn on 2FA for my account?', 'en'],
    ['How can I keep hackers from getting into my account?', 'en'],
    ['Can I use my account from another country?', 'en'],
    ['¿Puedo usar mi cuenta desde otro país?', 'es'],
    ["Puis-je utiliser mon compte depuis l'étranger ?", 'fr'],
    ['Kan ik vanuit het buitenland inloggen op mijn account?', 'nl'],
    ["I'm not renewing my gym pass elsewhere, just asking about your prices", 'en'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('a thing named in the previous message, what happened to it told now', () => {
  const security = (text: string, history: string[], language: string): boolean =>
    detectSituations(text, { history, language }).some((h) => h.situation === 'security');

  it.each([
    ['Me la han hackeado esta mañana.', ['Hola, tengo un problema con mi cuenta.'], 'es'],
    ['Il a été piraté hier.', ["Bonjour, j'ai un souci avec mon compte."], 'fr'],
    ['Het is vannacht gehackt.', ['Ik heb een probleem met mijn account.'], 'nl'],
  ])('%s after %j (%s) → security', (text, history, language) => {
    expect(security(text, history, language)).toBe(true);
  });

  it.each([
    ['How do I stop it from getting hacked?', ['I have a question about my account.'], 'en'],
    ['¿Qué pasa si me la roban?', ['Tengo una tarjeta nueva.'], 'es'],
    ["Il n'a pas été piraté, j'avais juste oublié le mot de passe.", ["J'ai un souci avec mon compte."], 'fr'],
  ])('%s after %j (%s) → no security', (text, history, language) => {
    expect(security(text, history, language)).toBe(false);
  });
});

describe('a charge named in one message, not known in the next', () => {
  const security = (text: string, history: string[], language: string): boolean =>
    detectSituations(text, { history, language }).some((h) => h.situation === 'security');

  it.each([
    ['no sé qué es', ['Me aparece un cargo de 35 euros'], 'es'],
    ["je ne sais pas ce que c'est", ['Il y a un débit de 35 euros'], 'fr'],
    ['geen idee wat dat is', ['Er staat een afschrijving van 35 euro'], 'nl'],
    ['non so cosa sia', ['Vedo un addebito di 35 euro'], 'it'],
    ['не знаю, что это', ['Вижу списание на 350 рублей'], 'ru'],
  ])('%s after %j (%s) → security', (text, history, language) => {
    expect(security(text, history, language)).toBe(true);
  });

  it('stays quiet when nothing was charged', () => {
    expect(security('no sé qué es', ['¿Qué significa la palabra tarifa plana?'], 'es')).toBe(false);
  });
});
