/**
 * A stolen car, motorbike or van (src/escalation/lang/vehicles.ts, frame `stolen-vehicle`) is a security case in many
 * languages; a question about what the insurance covers for theft, a hypothetical, or a driver's story stays quiet.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const frames = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.frame);

describe('a vehicle stolen', () => {
  it.each([
    ['My car was stolen from outside my house last night', 'en'],
    ['My car was stolen last night, is that covered?', 'en'],
    ['Mein Auto wurde heute Nacht gestohlen', 'de'],
    ['Mi hanno rubato la macchina stanotte', 'it'],
    ['Ukradli mi samochód w nocy', 'pl'],
    ['Arabam dün gece çalındı', 'tr'],
    ['У меня угнали машину ночью', 'ru'],
    ['車が盗まれました', 'ja'],
    ['我的车被偷了，保险能赔吗？', 'zh'],
    ['차를 도난당했어요', 'ko'],
    ['รถผมถูกขโมยเมื่อคืน', 'th'],
    ['Mobil saya dicuri tadi malam', 'id'],
    ['Xe của tôi bị trộm tối qua', 'vi'],
    ['Meri gaadi chori ho gayi kal raat', 'hi'],
    ['سيارتي انسرقت امبارح', 'ar'],
    ['Min bil blev stulen i natt', 'sv'],
    ['Ukradli mi auto v noci', 'cs'],
    ['Μου έκλεψαν το αυτοκίνητο χθες βράδυ', 'el'],
    ['Mi-a fost furată mașina azi-noapte', 'ro'],
  ])('%s', (text, language) => {
    expect(frames(text, language)).toContain('stolen-vehicle');
  });
});

describe('theft of a vehicle asked about, or someone else’s', () => {
  it.each([
    ['Does my policy cover theft of the car?', 'en'],
    ['Is car theft covered?', 'en'],
    ['What do I do if my car is ever stolen?', 'en'],
    ['Deckt die Versicherung Diebstahl des Autos ab?', 'de'],
    ['¿El seguro cubre el robo del coche?', 'es'],
    ['車の盗難は補償されますか？', 'ja'],
    ['Tài xế nói điện thoại của anh ấy bị trộm nên đến trễ', 'vi'],
    ['카드 분실 시 차단은 어떻게 하나요?', 'ko'],
  ])('%s', (text, language) => {
    expect(frames(text, language)).not.toContain('stolen-vehicle');
  });
});
