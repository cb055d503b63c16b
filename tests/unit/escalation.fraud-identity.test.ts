/**
 * Fraud told as identity misuse (the customer's papers or data misused, something opened in their name that they
 * never applied for, a thing named and then disowned) and through the other side's fake (a fake buyer, a forged
 * payment screenshot), in several languages; and general words for grief, disowned charges and money trouble in the
 * packs that lacked them. Each mechanism with near-misses that must stay quiet. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';
import { escalatedAs } from '../helpers/escalated-as.js';

const frameOf = (text: string, language: string, situation: string): string | undefined =>
  detectSituations(text, { language }).find((h) => h.situation === situation)?.frame;

describe("the customer's papers or data, misused", () => {
  it.each([
    ['My passport details were used to open a phone line with you', 'en'],
    ['Están usando mi DNI para contratar cosas', 'es'],
    ['Meine Daten wurden missbraucht, um Bestellungen aufzugeben', 'de'],
    ['Data pribadi saya disalahgunakan untuk pinjol', 'id'],
    ['我的身份证被人冒用了', 'zh'],
    ['Thông tin cá nhân của tôi bị lợi dụng để vay tiền', 'vi'],
  ])('%s (%s) → identity-misused', (text, language) => {
    expect(frameOf(text, language, 'security')).toBe('identity-misused');
  });

  it.each([
    ['Can I use my passport instead of my driving licence to verify?', 'en'],
    ['What should I do if my ID is ever misused?', 'en'],
    ['Wie schütze ich meine Daten davor, missbraucht zu werden?', 'de'],
    ['如果我的身份证被冒用怎么办？', 'zh'],
  ])('%s (%s) → no security', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('something opened in the customer\'s name', () => {
  it.each([
    ['A credit card was opened in my name last week', 'en', 'opened-in-my-name'],
    ['Adıma hat açılmış, benim haberim yok', 'tr', 'opened-in-my-name'],
    ['Unter meinem Namen wurde ein Konto eröffnet', 'de', 'opened-in-my-name'],
    ["There's a store card in my name. I never applied for one.", 'en', 'in-my-name-disowned'],
    ['Ada pinjaman atas nama saya, padahal saya tidak pernah mengajukan', 'id', 'opened-in-my-name'],
  ])('%s (%s) → %s', (text, language, frame) => {
    expect(frameOf(text, language, 'security')).toBe(frame);
  });

  it('a thing named, then disowned in a relative clause', () => {
    expect(frameOf('Ich habe eine Mahnung für ein Konto bekommen, das ich nie eröffnet habe.', 'de', 'security')).toBe('thing-never-applied-for');
  });

  it.each([
    ['I want to open a new savings account in my name', 'en'],
    ['The contract is in my name but my son pays for it, can he get the bills?', 'en'],
    ['Saya mau daftar akun baru atas nama saya, syaratnya apa?', 'id'],
    ['I never applied for the newsletter, please stop sending it', 'en'],
  ])('%s (%s) → no security', (text, language) => {
    expect(detectSituations(text, { language }).map((h) => h.situation)).not.toContain('security');
  });
});

describe("the other side's fake", () => {
  it.each([
    ['The buyer showed me a fake payment confirmation and drove off with my bike', 'en'],
    ['O comprador me mandou um comprovante de pix falso', 'pt'],
    ['买家发了一张假的付款截图，我已经把货发出去了', 'zh'],
    ['Penjual palsu itu sudah bawa kabur uang saya', 'id'],
    ['Alıcı sahte dekont gönderdi', 'tr'],
  ])('%s (%s) → fake-counterparty', (text, language) => {
    expect(frameOf(text, language, 'security')).toBe('fake-counterparty');
  });

  it.each([
    ['How can I tell a fake buyer from a real one?', 'en'],
    ['Come faccio a riconoscere un falso venditore?', 'it'],
  ])('%s (%s) → no security', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('phishing and fraud told in words the packs lacked', () => {
  it.each([
    ['문자에 있는 링크를 눌러서 카드 정보를 입력했어요', 'ko'],
    ['Tôi bấm vào đường link trong tin nhắn và nhập thông tin thẻ', 'vi'],
    // the typed-in data is its own slot: "حطيت بيانات" must not swallow the credential word
    ['ضغطت على رابط وصلني برسالة وحطيت بيانات البطاقة', 'ar'],
    // Polish puts the pronoun before the verb: "mnie zablokował"
    ['Zapłaciłem sprzedawcy, a on mnie zablokował', 'pl'],
  ])('%s (%s) → security', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('security');
  });
});

describe('grief, disowned charges and money trouble in general words', () => {
  it.each([
    ['Mẹ tôi mới mất, gia đình đang lo hậu sự', 'vi', 'vulnerable'],
    ['奶奶前几天过世了，她的会员还在扣费', 'zh', 'vulnerable'],
    ['زوجي توفاه الله والفواتير لا تزال باسمه', 'ar', 'vulnerable'],
    ['Tài khoản tôi bị trừ 500 nghìn mà tôi không hề giao dịch', 'vi', 'security'],
    ['我没开通这个业务，为什么扣我钱？', 'zh', 'security'],
    ['ليش تسحبون مني فلوس على خدمة ما اشتركت فيها؟', 'ar', 'security'],
    ['Uang saya tinggal sedikit, anak saya sakit, tolong jangan putus layanan saya', 'id', 'vulnerable'],
    ['Tháng này tôi thật sự không xoay xở được, xin cho tôi trả chậm', 'vi', 'vulnerable'],
    ['Dùng dịch vụ bên bạn 5 năm rồi, giờ tôi sẽ bỏ', 'vi', 'churn'],
    ["Your rivals are offering me the same thing for half, I'm leaving", 'en', 'churn'],
  ])('%s (%s) → %s', async (text, language, category) => {
    expect(await escalatedAs(text, language)).toBe(category);
  });

  it.each([
    ['Gói cước của tôi có gì mới không?', 'vi'],
    ['注销账户需要什么手续？', 'zh'],
    ['Apakah bisa cicil tagihan kalau saya telat bayar?', 'id'],
    ['ما هي رسوم إلغاء العقد؟', 'ar'],
  ])('%s (%s) → nothing', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('a friend\'s hijacked account asking for the code', () => {
  it.each([
    ["My friend's WhatsApp asked me for the code sent to my phone and I gave it, now I'm locked out of WhatsApp", 'en'],
    ["Arkadaşımın WhatsApp'ı kodu istedi, verdim, şimdi WhatsApp'ım çalındı", 'tr'],
  ])('%s (%s) → security', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('security');
  });

  it.each([
    ["My friend's card was stolen, what should she do?", 'en'],
    ['I heard someone got scammed by a fake driver, how can I tell if a driver is real?', 'en'],
  ])('a third party\'s incident stays quiet: %s', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('stories told without the usual words', () => {
  it.each([
    ['I logged in through the link in the email and since then I can\'t get into my account', 'en', 'security'],
    ['The refund team had me install an app on my phone and now money has moved', 'en', 'security'],
    ['Comprei um celular aqui e chegou uma caixa vazia', 'pt', 'security'],
    ['卖家让我在平台外付款，付完就联系不上了', 'zh', 'security'],
    ['제가 쓴 적 없는 대출 독촉 문자가 와요', 'ko', 'security'],
    ['Eine E-Mail sagte, mein Konto werde gesperrt, also habe ich meine Daten eingegeben', 'de', 'security'],
    ['Consider this my notice.', 'en', 'churn'],
    ['Quando acabar meu contrato vocês não me veem mais', 'pt', 'churn'],
    ["I'll let a judge decide.", 'en', 'legal'],
    ['خل القاضي يحكم بيننا', 'ar', 'legal'],
    ['Utang saya menumpuk dan saya tidak bisa tidur', 'id', 'vulnerable'],
    ['Geçen hafta kardeşimi toprağa verdik', 'tr', 'vulnerable'],
  ])('%s (%s) → %s', async (text, language, category) => {
    expect(await escalatedAs(text, language)).toBe(category);
  });
});

describe('anger in general insult words the lexicon lacked', () => {
  it.each([
    ['You are scum, the lot of you', 'en'],
    ['Kalian perampok, makan gaji buta semua', 'id'],
    ['Okradacie ludzi, hańba', 'pl'],
    ['شركة نصابة وما تخافون الله', 'ar'],
    ['ふざけるな、金返せ', 'ja'],
    ['你们这群流氓，不要脸', 'zh'],
  ])('%s (%s) → anger', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('anger');
  });
});

describe('near-misses told with a refusal or a possibility', () => {
  it.each([
    ['ได้รับ SMS อ้างว่าเป็นธนาคาร แต่ไม่ได้กดลิงก์', 'th'],
    ['Biri benim adıma hat açabilir mi?', 'tr'],
    ['Şüpheli bir arama aldım, kodu vermedim.', 'tr'],
    ['Hesabımı dolandırıcılara karşı nasıl korurum?', 'tr'],
  ])('%s (%s) → nothing', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });

  it('a report before the question still fires in a verb-final language', async () => {
    expect(await escalatedAs('Kartım çalındı, biri kullanabilir mi?', 'tr')).toBe('security');
  });
});

describe('wrongdoers as the topic of a question, not an accusation', () => {
  it.each([
    ['How do I protect my account from scammers?', 'en'],
    ['Is this text a scam?', 'en'],
    ['How can I keep thieves from using my card?', 'en'],
    ['¿Cómo me protejo de los estafadores?', 'es'],
    ['كيف أحمي نفسي من النصابين؟', 'ar'],
    ['如何防范骗子？', 'zh'],
  ])('%s (%s) → nothing', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });

  it.each([
    ['You crooks, shame on you.', 'en'],
    ['Bunch of thieves, all of you.', 'en'],
  ])('%s (%s) → still anger', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('anger');
  });
});
