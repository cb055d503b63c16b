/**
 * Near-miss precision, each mechanism in several languages, with real escalations asked as questions that must
 * still fire:
 *  - negation written after the word ("kızgın değilim", "नाराज़ नहीं हूँ", "怒ってない", "화나지 않아요"), Chinese
 *    没有 / 不是, Thai ไม่ได้, Arabic لست, informal Indonesian nggak before it (src/escalation/sentiment.ts);
 *  - verb-second negation after a threatened act ("ich beschwere mich nicht", "ik zeg mijn abonnement niet op");
 *  - "can I cancel at any time?" as a question about the terms (the `consequence` cue of each pack);
 *  - a how-to question about cancelling with nothing said against the company ("how do I close my account?");
 *  - a question about WHEN people can be reached ("can I talk to an agent on weekends?");
 *  - Korean how-to questions ("불만 접수는 어떻게 하나요?"), unless a past verb tells what happened first;
 *  - a condition that opens a question ("if a driver is rude, how do I report him?") weighs its problem words half.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANGER_THRESHOLD } from '../../src/escalation/default-rules.js';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { scoreSentiment } from '../../src/escalation/sentiment.js';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string): string[] => detectSituations(text).map((h) => h.situation);
const angry = (text: string): boolean => scoreSentiment(text).score < DEFAULT_ANGER_THRESHOLD;

describe('"I am not angry, just asking" is not anger', () => {
  it.each([
    ['kızgın değilim, sadece soruyorum'],
    ['मैं नाराज़ नहीं हूँ, बस पूछ रहा हूँ'],
    ['怒ってないです、ただの質問です'],
    ['怒っているわけではなく、質問です'],
    ['我没有生气，只是问一下提现要多久'],
    ['我不是生气，只是问问'],
    ['화나지 않았어요, 그냥 궁금해서요'],
    ['ฉันไม่ได้โกรธ แค่ถามเฉยๆ'],
    ['لست غاضبا، فقط أسأل'],
    ['aku nggak marah kok, cuma nanya'],
  ])('%s', (text) => {
    expect(angry(text)).toBe(false);
  });

  it.each([['kızgınım, paramı geri istiyorum'], ['我很生气'], ['怒っています'], ['화가 나요'], ['मैं बहुत नाराज़ हूँ'], ['โกรธมาก'], ['أنا غاضب جدا']])(
    'anger said plainly still counts: %s',
    (text) => {
      expect(angry(text)).toBe(true);
    },
  );
});

describe('a condition that opens a question', () => {
  it.each([['if a driver is rude, how do I report him?'], ['si un conductor es grosero, ¿cómo lo denuncio?']])('%s', (text) => {
    expect(angry(text)).toBe(false);
  });
  it('a condition put to the company is not softened', () => {
    expect(scoreSentiment('if your drivers are this rude why should I pay?').evidence).not.toContain('informational question');
  });
});

describe('verb-second negation after a threatened act', () => {
  it.each([['ich beschwere mich nicht, ich frage nur'], ['ich kündige nicht, ich will nur wissen, wie es geht'], ['ik zeg mijn abonnement niet op, ik vraag alleen']])(
    '%s',
    (text) => {
      expect(situations(text)).toEqual([]);
    },
  );
  it.each([['ich beschwere mich bei der BaFin'], ['ich kündige, nicht nur das Abo']])('still fires: %s', (text) => {
    expect(situations(text).length).toBeGreaterThan(0);
  });
});

describe('terms of cancelling: "at any time"', () => {
  it.each([
    ['can I cancel my subscription anytime?'],
    ['¿puedo cancelar mi suscripción en cualquier momento?'],
    ['kann ich mein Abo jederzeit kündigen?'],
    ['posso cancelar minha assinatura a qualquer momento?'],
    ['いつでも解約できますか？'],
  ])('%s', (text) => {
    expect(situations(text)).not.toContain('churn');
  });
});

describe('a how-to question about cancelling', () => {
  it.each([['how do I close my account?'], ['como faço para encerrar minha conta?'], ['¿cómo cancelo mi suscripción?'], ['如何注销我的账户？']])('%s', (text) => {
    expect(situations(text)).not.toContain('churn');
  });
  it.each([['I want to close my account'], ['can I close my account?'], ['how do I close my account? your fees are a total ripoff']])('still churn: %s', (text) => {
    expect(situations(text)).toContain('churn');
  });
});

describe('asking when people can be reached', () => {
  it.each([
    ['does your company let me speak to an agent on weekends?'],
    ['¿puedo hablar con un asesor el fin de semana?'],
    ['kann ich am Wochenende mit einem Mitarbeiter sprechen?'],
    ['週末でもオペレーターと話せますか？'],
    ['주말에도 상담원 연결 되나요?'],
  ])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });
  it.each([['can I speak to a human?'], ['I need to speak to a human now. Do you work weekends?'], ['何時間も待っています。オペレーターと話せますか？'], ['¿puedo hablar con una persona?']])(
    'still a request: %s',
    (text) => {
      expect(detectHumanRequest(text).matched).toBe(true);
    },
  );
});

describe('Korean how-to questions', () => {
  it.each([['불만 접수는 어떻게 하나요?'], ['카드 도난 신고는 어떻게 하나요?']])('%s', (text) => {
    expect(situations(text)).toEqual([]);
  });
  it.each([['카드를 도난당했는데 어떻게 해야 하나요?'], ['휴대폰을 잃어버렸어요 어떻게 해야 하나요?'], ['계정이 해킹당했어요. 어떻게 해야 하나요?']])('a report, then a question: %s', (text) => {
    expect(situations(text)).toContain('security');
  });
});

describe('real escalations asked as questions still fire', () => {
  it.each([
    ['my card was stolen, what do I do now?', 'security'],
    ['me robaron el móvil, ¿qué hago ahora?', 'security'],
    ['mein Handy wurde gestohlen, was soll ich jetzt tun?', 'security'],
    ['我的手机被偷了，我该怎么办？', 'security'],
    ['telefonum çalındı, ne yapmalıyım?', 'security'],
    ['my husband passed away last week, what happens to his account?', 'vulnerable'],
  ])('%s', (text, situation) => {
    expect(situations(text)).toContain(situation);
  });
  it.each([['I just want it all to end, is that so much to ask?'], ['我不想活了，怎么办？']])('self-harm is never quieted: %s', (text) => {
    expect(situations(text)).toContain('self_harm');
  });
});

describe('mild impatience said as mild ("a bit", "ちょっと", "hơi")', () => {
  it.each([['it\'s a bit frustrating that the withdrawal is slow'], ['ちょっとイライラしますが、出金はいつ反映されますか？'], ['hơi bực mình, khi nào tiền về?'], ['un poco molesto que tarde tanto']])(
    '%s',
    (text) => {
      expect(angry(text)).toBe(false);
    },
  );
  it.each([['I\'m a bit fed up with this useless app'], ['tôi hỏi bực mình quá']])('not mild, or not the word "a bit": %s', (text) => {
    expect(angry(text)).toBe(true);
  });
});

describe('a condition said as a clause of its own, or opening a question', () => {
  it.each([
    ['Angenommen, mein Handy wird gestohlen?'],
    ['Допустим, телефон украли, что тогда?'],
    ['giả như bị mất thẻ thì làm sao?'],
    ['a jak ktoś ukradnie mi telefon?'],
    ['nếu tài xế hủy chuyến, tôi có bị trừ tiền không?'],
    ['if the driver cancels, will I be charged twice?'],
  ])('%s', (text) => {
    expect(situations(text)).not.toContain('security');
  });
  it.each([['Sí, me robaron el móvil'], ['tôi bị mất thẻ rồi'], ['tôi lỡ bấm vào link lạ và bị mất tiền'], ['jemand hat mein Konto gehackt']])('still fires: %s', (text) => {
    expect(situations(text)).toContain('security');
  });
  it('a threat whose condition is put to the company stays a threat', () => {
    expect(situations('if you don\'t refund me, will I have to go to my lawyer?')).toContain('legal');
  });
});

describe('a yes/no question around the situation (vi có … không, zh 会 … 吗)', () => {
  it.each([['账户会被黑吗？'], ['tài khoản của tôi có bị hack không?'], ['tôi có bị trừ tiền không?']])('%s', (text) => {
    expect(situations(text)).toEqual([]);
  });
  it.each([['tôi bị trừ tiền rồi, có hoàn lại không?'], ['tôi đã bị trừ tiền hai lần, có hoàn lại không?'], ['我的账户被黑了，能找回吗？'], ['我的卡被盗了']])(
    'a past marker tells it happened: %s',
    (text) => {
      expect(situations(text)).toContain('security');
    },
  );
});

describe('one short nudge after one calm question is waiting, not frustration', () => {
  const across = (messages: string[]): string[] =>
    messages.flatMap((m, i) => detectSituations(m, { history: messages.slice(0, i) }).map((h) => h.situation));
  it.each([
    [['where is my driver?', 'still waiting', 'ok he\'s here now']],
    [['¿dónde está mi conductor?', 'sigo esperando']],
    [['где мой водитель?', 'все еще жду']],
  ])('%j', (messages) => {
    expect(across(messages)).not.toContain('frustration');
  });
  it.each([
    [['where is my refund?', 'still waiting', 'still waiting!!']],
    [['where is my refund?', 'you didn\'t answer my question']],
    [['hola', 'sigo esperando', 'sigo esperando']],
  ])('later, longer or louder it is: %j', (messages) => {
    expect(across(messages)).toContain('frustration');
  });
});

describe('asking what the service offers is not asking to be put through', () => {
  it.each([['do you have human support?'], ['vocês têm atendimento humano?'], ['¿tienen atención con personas reales?'], ['does the app have live chat with agents?'], ['у вас есть живые операторы?']])(
    '%s',
    (text) => {
      expect(detectHumanRequest(text).matched).toBe(false);
    },
  );
  it.each([['do you have a human I can talk to?'], ['can I talk to a person?'], ['I need a human. do you have anyone?']])('still a request: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });
});
