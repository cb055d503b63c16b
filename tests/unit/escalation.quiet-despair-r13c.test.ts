/**
 * Round 13c: self-harm said quietly (./src/escalation/lang/quiet-despair.ts) — hurting oneself named by the words people
 * use for it, a cut or hurt done to oneself "again", a goodbye already said to everyone, farewell letters, not being here
 * much longer, "what is there to live for" — and curiosity or laughter "to death" as a figure of speech; a card, wallet or
 * phone lost just now in Thai, Vietnamese and Chinese chat words (./src/escalation/lang/lost-now.ts). Accidents, haircuts,
 * calls cut off, cards cut up, goodbyes at an old office and questions about losing a card stay quiet.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const has = (situation: string) => (text: string, language?: string): boolean =>
  detectSituations(text, language !== undefined ? { language } : {}).some((h) => h.situation === situation);
const selfHarm = has('self_harm');
const security = has('security');
const frames = (text: string): string[] => detectSituations(text).filter((h) => h.situation === 'self_harm').map((h) => h.frame);

describe('self-harm named by the words people use for it', () => {
  it.each([
    ['hab mich gestern wieder geritzt, die mahnung hat mir den rest gegeben'],
    ['je me suis encore scarifiée cette nuit, je sais plus quoi faire'],
    ['znowu się pocięłam, nie mam siły na te rachunki'],
    ['χθες έκανα πάλι κακό στον εαυτό μου'],
    ['เมื่อคืนกรีดแขนตัวเองอีกแล้ว'],
    ['semalem aku nyakitin diri sendiri lagi gara2 tagihan'],
    ['昨天又割腕了，账单还不上'],
    ['я опять режу себя по ночам'],
    ['kendime zarar verdim yine, borçlar yüzünden'],
    ['khud ko phir se nuksan pahunchaya kal raat'],
  ])('fires: %s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });
});

describe('a cut or hurt done to oneself, again', () => {
  it.each([
    ['me estoy cortando otra vez, ya no sé qué hacer'],
    ['me cortei de novo ontem'],
    ['опять порезала себя'],
    ['знову порізала себе'],
    ['jag har skurit mig igen'],
    ['جرحت نفسي مره ثانيه'],
  ])('fires: %s', (text) => {
    expect(frames(text).some((f) => f === 'hurt-self-again' || f === 'again-hurt-self' || f === 'self-harm')).toBe(true);
  });

  it.each([
    ['espero que no se me corte otra vez la llamada'],
    ['la llamada se cortó otra vez'],
    ['znowu pocięłam kartę, wyślijcie nową'],
    ['порезался об упаковку, коробка пришла разбитая'],
    ['опять порезали скорость интернета'],
    ['mi taglio i capelli ancora una volta domani'],
    ['skar mig igen på den trasiga kartongen från er förra veckan'],
  ])('an accident, a haircut, a call or a card: quiet: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});

describe('a goodbye already said, farewell letters, not here much longer', () => {
  it.each([
    ['ya me despedí de todos, pueden cancelar todo'],
    ['já me despedi de todo mundo, pode cancelar'],
    ['я уже попрощалась со всеми'],
    ['heb afscheidsbrieven geschreven, mijn abonnement mag weg'],
    ['ho già scritto le lettere d\'addio, chiudete pure il conto'],
    ['I won\'t be around much longer so the refund doesn\'t matter'],
    ['遺書はもう書いた'],
    ['欠这么多钱，活着还有什么意思'],
    ['думаю покінчити з усім'],
    ['ما في فايده من العيش'],
    ['मैं अब और नहीं जीना चाहता'],
    ['沒有我大家會比較好'],
    ['the world would be a better place without me'],
  ])('fires: %s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });

  it.each([
    ['попрощался со всеми коллегами на старой работе, как перенести номер'],
    ['afscheid genomen van iedereen op mijn oude werk, hoe zet ik mijn nummer over?'],
    ['me voy para siempre de esta compañía, quiero la baja'],
    ['แบตอยู่ได้อีกไม่นาน ขอเปลี่ยนเครื่องได้ไหม'],
  ])('a farewell somewhere else, leaving a company, a battery: quiet: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});

describe('curiosity or laughter "to death"', () => {
  it.each([
    ['penasaran banget sampe mau mati, kapan promonya mulai?', 'id'],
    ['ketawa sampe mau mati liat iklannya', 'id'],
    ['tò mò muốn chết, khi nào có khuyến mãi?', 'vi'],
    ['cười muốn chết với quảng cáo này', 'vi'],
  ])('a figure of speech: quiet: %s', (text, language) => {
    expect(selfHarm(text, language)).toBe(false);
  });

  it('a real wish to die in the same languages still fires', () => {
    expect(selfHarm('utang numpuk, rasanya pengen mati aja', 'id')).toBe(true);
    expect(selfHarm('nợ nần chồng chất, chẳng muốn sống nữa', 'vi')).toBe(true);
  });
});

describe('a card, wallet or phone lost just now', () => {
  it.each([
    ['กระเป๋าตังค์หาย บัตรอยู่ในนั้น ช่วยอายัดด่วน'],
    ['em làm rớt điện thoại trên taxi rồi'],
    ['手機剛剛掉在計程車上'],
  ])('fires: %s', (text) => {
    expect(security(text)).toBe(true);
  });

  it.each([
    ['ถ้าบัตรหายต้องทำอย่างไร'],
    ['บัตรเสียหาย ขอใบใหม่ได้ไหม'],
    ['手机掉在地上屏幕碎了，能修吗'],
    ['nếu làm rớt điện thoại thì bảo hành có không?'],
  ])('a question, damage or a drop on the floor: quiet: %s', (text) => {
    expect(security(text)).toBe(false);
  });
});
