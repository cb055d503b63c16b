/**
 * Round 10 mechanisms, each in several languages with near-misses that must stay quiet:
 *  - self-harm said through life itself (life + void, either order), better + dead, a jump + a height
 *    (src/escalation/lang/life-and-death.ts);
 *  - account takeover told through security settings (2FA, authenticator, API keys, withdrawal address) changed and
 *    disowned, or changed BY someone else (src/escalation/lang/account-security.ts);
 *  - a superior asked for (the complaint going up a level) in de, tr, zh, ja, es, ko, th, id, ar and English idioms;
 *  - going public said in the present ("I'm contacting a journalist").
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANGER_THRESHOLD } from '../../src/escalation/default-rules.js';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { scoreSentiment } from '../../src/escalation/sentiment.js';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string): string[] => detectSituations(text).map((h) => h.situation);

describe('self-harm said through life itself', () => {
  it.each([
    ['my life is over after this liquidation'],
    ['I have no reason to live anymore'],
    ['I feel like there\'s nothing left to live for'],
    ['I\'d be better off dead'],
    ['I\'m standing on the balcony thinking about jumping'],
    ['Mein Leben ist vorbei'],
    ['Wenn das Geld weg ist, bringe ich mich um'],
    ['Hayatım bitti'],
    ['Bu hayata son vermek istiyorum'],
    ['Bu parayı kaybedersem yaşamamın bir anlamı yok'],
    ['No tengo razones para vivir'],
    ['Mejor estaría muerto'],
    ['Non ho più motivi per vivere'],
    ['Não tenho mais motivo pra viver'],
    ['Лучше бы я умер'],
    ['لم يعد للحياة معنى'],
    ['我覺得人生已經沒有希望了'],
    ['人生終わった'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('self_harm');
  });

  it.each([
    ['the living room is over there'],
    ['is the live stream over?'],
    ['This is better than a dead cat bounce'],
    ['the price jumped through the roof'],
    ['Der Preis springt wieder hoch'],
    ['Mein Leben lang war ich Kunde bei Ihnen'],
    ['La vida útil de la batería es corta'],
    ['I want to bridge my tokens to another chain'],
  ])('not: %s', (text) => {
    expect(situations(text)).not.toContain('self_harm');
  });
});

describe('account takeover told through security settings', () => {
  it.each([
    ['My 2FA was changed and I didn\'t do it'],
    ['my authenticator was reset by someone else'],
    ['I see trades on my account that I didn\'t place'],
    ['My account shows a new whitelisted address I never added'],
    ['Meine Zwei-Faktor-Authentifizierung wurde geändert, das war ich nicht'],
    ['Telefon numaram başkası tarafından değiştirildi'],
    ['提幣地址被別人改了'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('security');
  });

  it.each([
    ['How do I enable 2FA on my account?'],
    ['How do I change my withdrawal address?'],
    ['What happens if I lose my authenticator?'],
    ['Wie ändere ich meine Zwei-Faktor-Authentifizierung?'],
    ['I changed my phone number yesterday, do I need to verify it again?'],
  ])('not: %s', (text) => {
    expect(situations(text)).not.toContain('security');
  });
});

describe('a superior asked for', () => {
  it.each([
    ['Ich möchte Ihren Vorgesetzten sprechen'],
    ['Yöneticinizle görüşmek istiyorum'],
    ['我要找你們主管'],
    ['上司を出してください'],
    ['Pásame con tu jefe'],
    ['상급자 바꿔주세요'],
    ['ขอคุยกับหัวหน้า'],
    ['Saya mau bicara dengan atasan kamu'],
    ['أريد التحدث مع المدير'],
    ['Put your manager on'],
    ['This needs to go to someone senior'],
  ])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });

  it.each([
    ['Mein Vorgesetzter hat gesagt, ich soll hier nachfragen'],
    ['主管的電話是多少？'],
    ['経理部の上司に確認しました'],
    ['Yönetici hesabı nasıl açılır?'],
    ['My manager put the order in yesterday'],
  ])('not: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });
});

describe('going public said in the present', () => {
  it.each([['I\'m contacting a journalist about this'], ['Je contacte la presse']])('%s', (text) => {
    expect(situations(text)).toContain('regulator');
  });

  it.each([['I saw your ad on Instagram, how do I sign up?'], ['My friend told me on TikTok that you have good rates']])('not: %s', (text) => {
    expect(situations(text)).not.toContain('regulator');
  });
});

describe('hardship said as not making ends meet, each language its own idiom', () => {
  it.each([
    ['Ich komme kaum noch über die Runden'],
    ['Não consigo chegar ao fim do mês'],
    ['Ik kan niet meer rondkomen'],
    ['Не могу свести концы с концами'],
    ['Saya kesulitan memenuhi kebutuhan sehari-hari'],
    ['لا أستطيع تغطية مصاريفي'],
    ['生活が苦しくて困っています'],
    ['Ledwo wiążę koniec z końcem'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('vulnerable');
  });

  it.each([['Wie komme ich über die Brücke zum Büro?'], ['Quando chega o fim do mês, vocês cobram a taxa?'], ['生活費の支払い方法を教えて']])('not: %s', (text) => {
    expect(situations(text)).not.toContain('vulnerable');
  });
});

describe('paying outside the app, impersonated support', () => {
  it.each([['ドライバーにアプリ外で現金を払うように言われた'], ['有人冒充你們客服騙了我的錢']])('%s', (text) => {
    expect(situations(text)).toContain('security');
  });
  it.each([['アプリ外で使えるクーポンはありますか？']])('not: %s', (text) => {
    expect(situations(text)).not.toContain('security');
  });
});

describe('English: portfolio moved, going public, superiors, crypto phishing', () => {
  it.each([
    ['I\'m moving my portfolio to another broker', 'churn'],
    ['This is going on YouTube', 'regulator'],
    ['I\'m going to tell all my followers how you treat customers', 'regulator'],
    ['I approved a token allowance on a website and my USDC got drained', 'security'],
    ['a fake support agent made me share my screen', 'security'],
    ['they told me to move my coins to a safe wallet and I did', 'security'],
    ['T-Mobile says my number was moved to a new phone but I still have mine', 'security'],
  ])('%s', (text, situation) => {
    expect(situations(text)).toContain(situation);
  });
  it.each([['I want the head of customer service'], ['I demand a call from management'], ['Please let a human handle this'], ['I want to speak to someone above you']])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });
  it.each([
    ['How do I move my coins to a safe wallet?', 'security'],
    ['Is there a fee to transfer stocks to another broker?', 'churn'],
    ['The new feature is going on sale next week', 'regulator'],
  ])('not: %s', (text, situation) => {
    expect(situations(text)).not.toContain(situation);
  });
  it.each([['The head of customer service spoke at the conference'], ['My manager approved the expense']])('not: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });
});

describe('German: a depot moved, payouts refused, public and official complaints, crypto as money', () => {
  it.each([
    ['Ich übertrage mein Depot zu einem anderen Broker', 'churn'],
    ['Ich habe auf einer Plattform investiert und kann jetzt nichts mehr auszahlen', 'security'],
    ['Ich bin in finanziellen Schwierigkeiten und brauche das Geld dringend', 'vulnerable'],
    ['Ich weiß nicht mehr weiter, ich will nicht mehr', 'self_harm'],
    ['Ich will mich offiziell beschweren', 'regulator'],
    ['Ich mache das öffentlich, auf allen Kanälen', 'regulator'],
    ['Jemand hat sich eingeloggt und meine Coins abgehoben', 'security'],
  ])('%s', (text, situation) => {
    expect(situations(text)).toContain(situation);
  });
  it.each([
    ['Was kostet es, mein Depot zu einem anderen Broker zu übertragen?', 'churn'],
    ['Wie kann ich mir Coins auszahlen lassen?', 'security'],
    ['Ist die Beschwerde öffentlich einsehbar?', 'regulator'],
  ])('not: %s', (text, situation) => {
    expect(situations(text)).not.toContain(situation);
  });
});

describe('self-harm: no future for oneself, not deserving to live, goodbyes', () => {
  it.each([
    ['I can\'t see a future for myself'],
    ['Je n\'ai plus d\'avenir'],
    ['Geleceğim yok artık'],
    ['Nie widzę przyszłości'],
    ['Не вижу будущего'],
    ['看不到未來了'],
    ['미래가 안 보여요'],
    ['I don\'t deserve to live'],
    ['No merezco vivir'],
    ['This is the last message you\'ll get from me'],
    ['다들 나 없으면 편할 거야'],
    ['みんなの迷惑になってる'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('self_harm');
  });
  it.each([['Did you read my last message?'], ['Avez-vous lu mon dernier message ?'], ['I don\'t deserve to be treated like this'], ['What is the future of this coin?']])('not: %s', (text) => {
    expect(situations(text)).not.toContain('self_harm');
  });
});

describe('the SIM died, then money left (one message)', () => {
  it.each([
    ['Mijn simkaart werkt ineens niet meer en er zijn coins weg'],
    ['유심이 갑자기 안 되고 나서 계정에서 코인이 빠져나갔어요'],
    ['SIM卡突然不能用了，接著帳戶裡的幣就被轉走了'],
    ['SIM kartım aniden çalışmaz oldu, sonra kriptolarım gitti'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('security');
  });
  it.each([['If my SIM stops working, will my coins be safe?'], ['Mein Handy hat kein Netz, wann ist die Auszahlung da?']])('not: %s', (text) => {
    expect(situations(text)).not.toContain('security');
  });
});

describe('complaints going up or out, more languages', () => {
  it.each([['Mi passi il suo superiore'], ['Ich verlange Ihren Vorgesetzten'], ['I want to report this to your higher-ups']])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });
  it.each([['我要上網爆料'], ['我要去消保官投訴'], ['Lo voy a publicar en todas partes'], ['I\'m filing a complaint against your company']])('%s', (text) => {
    expect(situations(text)).toContain('regulator');
  });
  it.each([['Il mio superiore mi ha detto di scrivervi'], ['Ich verlange eine Erklärung']])('not: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });
});

describe('hardship as basic needs unmet (rent, food, tight on money)', () => {
  it.each([
    ['最近手頭很緊，真的付不出來'],
    ['お金が全然なくて困っています'],
    ['형편이 너무 어려워서 그래요'],
    ['Saya driver, saldo saya ditahan, anak saya belum makan'],
    ['Jestem kierowcą, nie wypłaciliście mi zarobków i nie mam na czynsz'],
    ['Soy repartidor y no me han pagado, no tengo para comer'],
  ])('%s', (text) => {
    expect(situations(text)).toContain('vulnerable');
  });
  it.each([['Saya belum makan siang, bisa pesan sekarang?'], ['お金の入金方法を教えて'], ['¿Tienen opciones para comer vegano?']])('not: %s', (text) => {
    expect(situations(text)).not.toContain('vulnerable');
  });
});

describe('theft said as a verdict', () => {
  it.each([['THIS IS THEFT. GIVE ME MY MONEY BACK'], ['Jesteście bandą złodziei']])('%s', (text) => {
    expect(scoreSentiment(text).score).toBeLessThan(DEFAULT_ANGER_THRESHOLD);
  });
  it.each([['Is theft covered by the insurance?']])('not: %s', (text) => {
    expect(scoreSentiment(text).score).toBeGreaterThanOrEqual(DEFAULT_ANGER_THRESHOLD);
  });
});

describe('asking whether a person is there (fr), a contact person (de)', () => {
  it.each([["Est-ce qu'il y a un humain ?"], ['Y a-t-il une vraie personne ?'], ['Ich hätte gern einen Ansprechpartner']])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });
  it.each([["Il y a un conseiller qui m'a dit d'attendre"], ['Ich hatte gestern einen Ansprechpartner, der sagte, es dauert']])('not: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });
});

describe('self-harm: tired of living, wanting to vanish (vi, id and others)', () => {
  it.each([['Hidupku sudah tidak ada artinya lagi'], ['Chắc tôi nên biến mất cho xong'], ['Sono stanco di vivere'], ['Ik ben het leven moe']])('%s', (text) => {
    expect(situations(text)).toContain('self_harm');
  });
  it.each([['Pesanan saya sudah tidak ada di aplikasi'], ['Đơn hàng của tôi biến mất khỏi ứng dụng']])('not: %s', (text) => {
    expect(situations(text)).not.toContain('self_harm');
  });
});
