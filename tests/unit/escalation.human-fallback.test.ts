/**
 * A question about a person as a fallback should the bot fail ("can I speak to a human if the bot doesn't
 * understand?") is not a request to be put through now (src/escalation/human-fallback.ts, used by human-request.ts).
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../src/escalation/human-request.js';

describe('a person asked about as a fallback', () => {
  it.each([
    "Can I speak to a human if the bot doesn't understand?",
    'Kann ich mit einem Menschen sprechen, falls der Bot nicht weiterweiß?',
    'Puis-je parler à un humain si besoin ?',
    'Kan ik met een medewerker praten als de bot het niet weet?',
    'هل يمكنني التحدث مع موظف إذا لم يفهم البوت؟',
    '机器人回答不了的话可以转人工吗？',
    '챗봇이 모르면 상담원 연결 되나요?',
    'Kan jag prata med en människa om boten inte förstår?',
    'Můžu mluvit s člověkem, když bot nerozumí?',
    'ボットで解決しない場合、人と話せますか？',
    'Можно ли поговорить с оператором, если бот не поймёт?',
  ])('not a request: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });

  it.each([
    'Can I speak to a human please?',
    'Can I speak to a human if possible?',
    'The bot is useless, can I talk to a person?',
    'Le bot ne comprend rien, je peux parler à un humain ?',
    'Der Bot versteht mich nicht, kann ich bitte mit einem Menschen sprechen?',
    '챗봇이 이해를 못하네요 상담원 연결해 주세요',
    'Boten fattar ingenting, kan jag prata med en människa?',
  ])('still a request: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });
});
