/**
 * Churn, account takeover and fraud said in ways the earlier frames missed: a never … again vow split by its
 * verb, a card, membership or rewards programme as the thing cancelled, separable cancel verbs (nl, de, da),
 * custom moved to a competitor, login codes the customer did not ask for, orders or bookings disowned, a
 * credential changed by someone. Each mechanism with near-misses that must stay quiet. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';
import { escalatedAs } from '../helpers/escalated-as.js';

const frameOf = (text: string, language: string, situation: string): string | undefined =>
  detectSituations(text, { language }).find((h) => h.situation === situation)?.frame;

describe('never … again with the verb inside the vow', () => {
  it.each([
    ['I am never flying with you again', 'en'],
    ['We will never shop with this company again', 'en'],
    ['Jag handlar aldrig hos er igen', 'sv'],
    ['Jeg booker aldrig hos jer igen', 'da'],
    ['Saya tidak akan pernah belanja di toko ini lagi', 'id'],
    ['Tôi sẽ không bao giờ mua ở cửa hàng này nữa', 'vi'],
  ])('%s (%s) → churn', (text, language) => {
    expect(detectSituations(text, { language }).map((h) => h.situation)).toContain('churn');
  });

  it.each([
    ['I never had any trouble before, so I will order again next week', 'en'],
    ['I never use the app on my laptop, can I order again from my phone?', 'en'],
    ['Jag handlar aldrig utan att jämföra priser först', 'sv'],
    ['I will never forget how kind your driver was, thanks again', 'en'],
  ])('%s (%s) → no churn', (text, language) => {
    expect(detectSituations(text, { language }).map((h) => h.situation)).not.toContain('churn');
  });
});

describe('a card, membership or rewards programme as the thing cancelled', () => {
  it.each([
    ['Please close my credit card, I have no use for it', 'en', 'cancel-card-or-membership'],
    ['I want to cancel my loyalty card', 'en', 'cancel-card-or-membership'],
    ['Quiero cancelar mi tarjeta de fidelidad', 'es', 'cancel-card-or-membership'],
    ['Je souhaite résilier ma carte de crédit', 'fr', 'cancel-card-or-membership'],
    ['Voglio disdire la mia tessera socio', 'it', 'cancel-card-or-membership'],
    ['Bitte kündigen Sie meine Kundenkarte', 'de', 'cancel-card-or-membership'],
    ['Kredi kartımı iptal etmek istiyorum', 'tr', 'card-or-membership-cancelled'],
    ['信用卡帮我注销', 'zh', 'card-or-membership-cancelled'],
  ])('%s (%s) → churn', (text, language, frame) => {
    expect(frameOf(text, language, 'churn')).toBe(frame);
  });

  it('a stolen card cancelled is security, not churn', () => {
    const hits = detectSituations('Cancel my credit card right away, it was stolen an hour ago', { language: 'en' }).map((h) => h.situation);
    expect(hits).toContain('security');
    expect(hits).not.toContain('churn');
  });

  it.each([
    ['How do I cancel my card if I lose it?', 'en'],
    ['Please cancel my card and send me a replacement', 'en'],
    ['I want to cancel the card payment I made by mistake', 'en'],
    ['Cancel my order and put the money back on my credit card', 'en'],
    ['Is there a fee to close my credit card?', 'en'],
    ['Mi tarjeta está caducada, ¿me pueden mandar una nueva?', 'es'],
    ['Siparişimi iptal edip kartıma iade eder misiniz?', 'tr'],
    ['Meine Kreditkarte ist abgelaufen, bitte eine neue zusenden', 'de'],
    ['Please delete my card from the app', 'en'],
    ['My credit card is close to its limit, can I pay with points?', 'en'],
    ['Credit card closing date is tomorrow', 'en'],
    ['Quiero cancelar el pago con tarjeta', 'es'],
    ['Anuluj płatność kartą', 'pl'],
    ['Batalkan pembayaran kartu', 'id'],
    ['카드 결제 취소해 주세요', 'ko'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('separable cancel verbs: stem … thing … particle', () => {
  it.each([
    ['Ik zeg mijn spaarpas per direct op', 'nl'],
    ['Ik zeg morgen mijn lidmaatschap op', 'nl'],
    ['Ich trete aus dem Treueprogramm aus', 'de'],
    ['Jeg siger mit medlemskab op', 'da'],
  ])('%s (%s) → churn', (text, language) => {
    expect(frameOf(text, language, 'churn')).toBe('separable-cancel');
  });

  it.each([
    ['Ik zeg het nog één keer op een andere manier', 'nl'],
    ['Hoe zeg ik mijn abonnement op als ik verhuis?', 'nl'],
    ['Ich melde mich aus meinem Konto ab', 'de'],
    ['Ik zeg mijn account op een andere manier, hoe log ik in?', 'nl'],
    ['Wir treten morgen die Reise an', 'de'],
  ])('%s (%s) → no churn', (text, language) => {
    expect(detectSituations(text, { language }).map((h) => h.situation)).not.toContain('churn');
  });
});

describe('custom moved to a competitor', () => {
  it.each([
    ['I am moving all my reservations to another company', 'en'],
    ['We are taking our business to a different company', 'en'],
    ['Vou levar todo o meu dinheiro para outro banco', 'pt'],
    ['Bütün birikimlerimi başka bir bankaya taşıyacağım', 'tr'],
    ['すべての予約を他社に移ります', 'ja'],
    ['Przeniosę wszystkie oszczędności do innej firmy', 'pl'],
    ['Я заберу все сбережения в другой банк', 'ru'],
  ])('%s (%s) → churn', (text, language) => {
    expect(detectSituations(text, { language }).map((h) => h.situation)).toContain('churn');
  });

  it.each([
    ['Can I move my booking to another date?', 'en'],
    ['I moved my reservation to another day, is that fine?', 'en'],
    ['I need to transfer money to another bank account', 'en'],
    ['Tôi muốn chuyển tiền sang ngân hàng khác', 'vi'],
    ['Chcę przelać pieniądze do innego banku', 'pl'],
    ['予約を別の日に移したいです', 'ja'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('account takeover: codes not asked for, orders disowned, credentials changed', () => {
  it.each([
    ['I keep receiving verification codes I never requested', 'en'],
    ['Ich bekomme ständig SMS-Codes, die ich nicht angefordert habe', 'de'],
    ['Recibo códigos de seguridad que no he solicitado', 'es'],
    ['Je reçois des codes de connexion que je n\'ai pas demandés', 'fr'],
    ['身に覚えのない確認コードが届きました', 'ja'],
    ['不是我申请的验证码一直发过来', 'zh'],
    ['Er staan boekingen in mijn account die ik niet heb gedaan', 'nl'],
    ['Alguien cambió mi contraseña anoche', 'es'],
    ['Quelqu\'un a modifié mon adresse e-mail', 'fr'],
    ['Alguém alterou minha senha', 'pt'],
    ['有人修改了我的密码', 'zh'],
  ])('%s (%s) → security', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('security');
  });

  it.each([
    ['I didn\'t get the verification code, can you send it again?', 'en'],
    ['How do I change my password?', 'en'],
    ['¿Cómo cambio mi contraseña?', 'es'],
    ['Wie bekomme ich einen Bestätigungscode?', 'de'],
    ['Tôi nhận được hóa đơn mà tôi không yêu cầu giao giấy', 'vi'],
  ])('%s (%s) → no security', (text, language) => {
    expect(detectSituations(text, { language }).map((h) => h.situation)).not.toContain('security');
  });
});

describe('fraud told as what happened', () => {
  it.each([
    ['I paid for a bike that never came and the seller disappeared', 'en'],
    ['Saya transfer ke penjual, barang tidak dikirim dan penjualnya tidak bisa dihubungi', 'id'],
  ])('%s (%s) → security', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('security');
  });
});
