import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../src/escalation/human-request.js';

const requests: ReadonlyArray<readonly [string, string]> = [
  ['I want to talk to a human', 'en'],
  ['Can I speak to an agent please?', 'en'],
  ['get me a real person', 'en'],
  ['Transfer me to a representative.', 'en'],
  ['operator', 'en'],
  ['human please', 'en'],
  ['let me speak to your supervisor', 'en'],
  ['Is there a person I can talk to?', 'en'],
  ['is it possible to talk to a human?', 'en'],
  ['Can a real person call me back?', 'en'],
  ['quiero hablar con una persona', 'es'],
  ['quiero un agente', 'es'],
  ['¿Me pueden pasar con un asesor?', 'es'],
  ['quero falar com um atendente', 'pt'],
  ['Je voudrais parler à un conseiller', 'fr'],
  ["passez-moi un humain s'il vous plaît", 'fr'],
  ['Ich möchte mit einem Mitarbeiter sprechen', 'de'],
  ['Verbinden Sie mich bitte mit einem echten Menschen', 'de'],
  ['Vorrei parlare con un operatore', 'it'],
  ['Ik wil graag met een medewerker spreken', 'nl'],
  ['人工客服', 'zh'],
  ['转人工', 'zh'],
  ['可以幫我轉接真人客服嗎？', 'zh'],
  ['担当者と話したいです', 'ja'],
  ['オペレーターにつないでください', 'ja'],
  ['人と話したいです', 'ja'],
  ['상담원 연결해 주세요', 'ko'],
  ['bisa bicara dengan CS?', 'id'],
  ['ขอคุยกับพนักงานหน่อยครับ', 'th'],
  // indirect
  ['is anyone real there?', 'en'],
  ['this bot is useless, put me through', 'en'],
  ["I don't want to talk to a bot", 'en'],
  ['Can someone from customer support call me?', 'en'],
  ['Gibt es hier auch einen Menschen?', 'de'],
  ["Je ne veux pas d'un robot, je veux un humain", 'fr'],
  ['No quiero un bot, quiero un humano', 'es'],
  ['有沒有真人？', 'zh'],
  ['챗봇 말고 사람이요', 'ko'],
  // languages added with the situation packs
  ['Chcę porozmawiać z konsultantem', 'pl'],
  ['Müşteri temsilcisiyle görüşmek istiyorum', 'tr'],
  ['Хочу поговорить с живым человеком', 'ru'],
  ['أريد التحدث مع موظف', 'ar'],
  ['Tôi muốn nói chuyện với nhân viên', 'vi'],
  ['Kan ik met een echt persoon praten?', 'nl'],
  ['Mi passi il servizio clienti per favore', 'it'],
];

const nonRequests: readonly string[] = [
  'are you a human?',
  'am I talking to a real person?',
  'あなたは人間ですか？',
  'Where is the human resources contact?',
  'my travel agent booked it',
  'I am a real estate agent',
  'the agent said it shipped',
  'I spoke to an agent yesterday',
  'I was talking to an agent and got cut off',
  'Is this a representative sample?',
  'no need for a human, thanks',
  "I don't need to talk to a human",
  'No quiero hablar con una persona',
  'Je ne veux pas parler à un conseiller',
  'Ich habe mit einem Mitarbeiter gesprochen',
  '不用转人工',
  '你们的产品用了人工智能吗？',
  '这款是真人发还是合成的？',
  '担当者から連絡がありました',
  '상담원이 어제 환불해 준다고 했어요',
  'Which tour operator runs the trip?',
  'I need an agent login for my team',
  'Your app says "talk to an agent" but the button does nothing',
  'Is there a fee to talk to an agent by phone?',
  '人工客服的工作时间是几点到几点？',
  'I\'m not a bot, why do you keep asking?',
  'Nie chcę rozmawiać z konsultantem, wystarczy mi odpowiedź',
  'Я уже поговорил с оператором вчера',
  'Ich habe schon mit einem Mitarbeiter gesprochen, er hat mir geholfen',
  '',
];

describe('detectHumanRequest', () => {
  it.each(requests)('detects %j (%s)', (text, language) => {
    const result = detectHumanRequest(text);
    expect(result.matched).toBe(true);
    expect(result.language).toBe(language);
    expect(result.evidence).toBeTruthy();
  });

  it.each(nonRequests)('does not treat %j as a request', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });
});
