/**
 * A person asked for as a call back, a colleague's look at the case, or "who do I actually talk to"
 * (src/escalation/lang/call-back-asked.ts), in many languages; and the same words about a call that already came, or
 * about adding a colleague, which must not read as a request. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../src/escalation/human-request.js';

describe('a call back, a colleague or a superior asked for', () => {
  it.each([
    'can someone call me back about this',
    'can I book a callback',
    'can this be looked at by someone on your team directly',
    'can u pass me on to one of ur colleagues',
    'ok these answers arent it. who do i actually talk to',
    'is there any1 there who isnt a robot lol',
    'not sure a bot is the right place for what happened to me tbh',
    'Könnte sich das bitte mal jemand persönlich anschauen',
    'Rufen Sie mich bitte zurück, es ist dringend',
    'Me pueden llamar, por favor? Es urgente',
    'Vous pouvez transmettre à un collègue svp',
    'Rappelez-moi dès que possible',
    'Tem como alguém da equipe olhar isso pessoalmente?',
    'Qualcuno del vostro staff può ricontattarmi?',
    'Bel me even terug alstublieft',
    'Czy ktoś z obsługi może do mnie oddzwonić',
    'Ekipten biri bana dönebilir mi',
    'Пусть кто-нибудь из сотрудников мне перезвонит',
    'Чи може хтось із працівників мені передзвонити',
    'スタッフの方から折り返しお電話をいただけますか',
    '能不能请工作人员给我回个电话',
    '可以請工作人員回電給我嗎',
    '다시 전화 주세요',
    'ให้พนักงานโทรกลับหน่อยค่ะ',
    'Bisa minta staf telepon balik saya?',
    'Nhờ nhân viên gọi lại cho tôi được không',
    'Koi staff wala mujhe call back kar sakta hai kya',
    'Kan någon av er personal ringa upp mig',
    'Může mi někdo z vašich zaměstnanců zavolat zpět',
    'Mă poate suna cineva din echipă înapoi',
    "I'd like a human to review my case please",
    'I have been talking to a machine for 20 minutes, enough',
    '上司の方を出してください',
    'Jag vill prata med en chef',
    'Θέλω να μιλήσω με τον υπεύθυνο',
    'Vreau să vorbesc cu un superior',
  ])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });
});

describe('a call that already came, or a colleague added, is no request', () => {
  it.each([
    '担当者から連絡があったのですが、返品の手順を教えてください',
    'Вы мне перезвонили вчера, всё решили, спасибо',
    'Oddzwonili do mnie wczoraj, wszystko załatwione',
    'Die Kollegin hat mich gestern zurückgerufen, danke, alles erledigt',
    'No need to call me back, email is fine',
    'What are your callback hours?',
    'Can I pass my booking on to a colleague who will travel instead?',
    'How do I add a colleague to the team account',
    'Me llamaron ayer y ya está resuelto',
    '어제 다시 전화했는데 해결됐어요 감사합니다',
    'Alguien del equipo me dijo que revise mi correo',
    'Qualcuno del vostro staff mi ha detto di aspettare una mail',
    'Ekipten biri bana e-posta gönderdi, teşekkürler',
    'Кто-то из сотрудников сказал мне подождать письма',
    'Who is the manager of the Lisbon office?',
    'How do I become a supervisor on the team account',
    'Does a human review the claim or is it automated?',
  ])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });
});
