/**
 * Issue 9, round 7: phishing told as being made to install a remote-access tool, as typing details
 * into a lookalike site, or as giving a code to someone claiming to be the company. Near-misses
 * install or ask about the same tools for ordinary support. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { escalatedAs } from '../helpers/escalated-as.js';

describe('escalates a remote-access tool installed on a caller\'s word, and lookalike sites', () => {
  it.each([
    ['A guy on the phone got me to install AnyDesk and share my screen', 'en'],
    ['Un tipo por teléfono me hizo instalar AnyDesk', 'es'],
    ['Ein Anrufer hat mich dazu gebracht, AnyDesk zu installieren', 'de'],
    ['Iemand aan de telefoon liet me AnyDesk installeren', 'nl'],
    ['Uno al telefono mi ha fatto installare TeamViewer', 'it'],
    ['Мне по телефону сказали установить AnyDesk, и я установил', 'ru'],
    ['Ktoś przez telefon kazał mi zainstalować AnyDesk', 'pl'],
    ['Telefondaki adam bana AnyDesk kurdurdu', 'tr'],
    ['电话里的人让我安装了远程软件', 'zh'],
    ['Có người gọi điện bảo tôi cài AnyDesk', 'vi'],
    ['Metí mis datos en una web que parecía la suya', 'es'],
    ['Ich habe meine Daten auf einer Seite eingegeben, die genauso aussah wie Ihre', 'de'],
    ['Ho inserito i miei dati su un sito identico al vostro', 'it'],
    ['Я ввёл данные на сайте, который выглядел как ваш', 'ru'],
    ['회사 직원이라는 사람한테 인증번호를 알려줬어요', 'ko'],
  ])('%s (%s) → security', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('security');
  });

  it.each([
    ['How do I install TeamViewer so your technician can help me?', 'en'],
    ['Can I share my screen with your support team?', 'en'],
    ['¿Puedo instalar AnyDesk para que el técnico me ayude?', 'es'],
    ['Ich habe TeamViewer installiert, wie gebe ich Ihnen die ID?', 'de'],
    ['TeamViewer installeren, hoe doe ik dat?', 'nl'],
    ['Как установить AnyDesk для поддержки?', 'ru'],
    ['What should I do if my card is stolen?', 'en'],
    ['How do I add a person to my account?', 'en'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});
