/**
 * Round 21 of the escalation rules: a customer at risk right now (src/escalation/lang/at-risk.ts, the frames
 * 'emergency-now', 'life-support-lost', 'confused-and-frail' and 'disabled-and-unable' of src/escalation/situations.ts) and the lethal-dose
 * question as a hint of self-harm; hardship told as a blow and a relief asked (src/escalation/lang/life-blows.ts) in ten more
 * languages; insults and threats to staff in the languages round 20's anger words left out (sentiment-lexicon-r20.ts).
 * Data-protection authorities named (src/escalation/lang/lawyer-looked.ts DATA_WATCHDOGS). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANGER_THRESHOLD } from '../../src/escalation/default-rules.js';
import { scoreSentiment } from '../../src/escalation/sentiment.js';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);

describe('a medical emergency under way is a vulnerable customer', () => {
  it.each([
    ['Since the new antibiotic my lips are swelling and my throat feels tight', 'en'],
    ['my toddler got into my pills, he swallowed some of my pills maybe 3', 'en'],
    ['I think I took a double dose of my heart tablets this morning and I feel awful', 'en'],
    ["the courier never came and I've run out of my insulin", 'en'],
    ['Seit der neuen Tablette bekomme ich keine Luft mehr', 'de'],
    ["j'ai pris deux fois la dose et j'ai du mal à respirer", 'fr'],
    ['Mi hijo se tragó unas pastillas, tengo miedo — me cuesta hasta pensar', 'es'],
    ['Ho una reazione allergica dopo il farmaco che mi avete mandato', 'it'],
    ['Não consigo respirar direito desde ontem, tomei o remédio novo', 'pt'],
    ['Mam silny ból w klatce i puchnie mi gardło po tych tabletkach', 'pl'],
    ['После нового лекарства задыхаюсь, что делать', 'ru'],
    ['新しい薬を飲んでから息が苦しいです', 'ja'],
    ['吃了你们的新药之后喘不过气', 'zh'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('vulnerable');
  });
  it.each([
    ['Can ibuprofen cause chest pain?', 'en'],
    ['What should I do if I accidentally take a double dose?', 'en'],
    ['I fainted from shock when I saw how fast delivery was, amazing service!', 'en'],
    ['I ran out of my vitamins, can you deliver tomorrow?', 'en'],
    ['I nearly fainted when I saw the bill lol, why is it so high?', 'en'],
    ['my phone is unresponsive after the update and the screen went black', 'en'],
    ['Was soll ich tun, wenn ich eine allergische Reaktion bekomme?', 'de'],
  ])('not an emergency told: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('vulnerable');
  });
});

describe('a frail person confused about what they order, a disability beside what one cannot do', () => {
  it.each([
    ['My 86 year old mother has dementia and keeps ordering the same creams every week', 'en'],
    ["I'm partially sighted and I can't read the dosage on your labels", 'en'],
    ['Meine Oma ist dement und bestellt ständig dieselben Salben', 'de'],
    ['mi abuela tiene alzheimer y pide una y otra vez lo mismo', 'es'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('vulnerable');
  });
  it.each([
    ["I'm ordering for my elderly mother, can I add her address as a second delivery address?", 'en'],
    ['Is your app accessible for blind users?', 'en'],
    ['my grandma loves your hand cream, can I send her a gift card?', 'en'],
    ['At my age I appreciate the big font in your app, thanks!', 'en'],
  ])('not at risk: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('vulnerable');
  });
});

describe('what keeps someone alive, and its supply lost', () => {
  it.each([
    ['The electricity was cut this morning and my mother is on a ventilator at night. Please reconnect us now.', 'en'],
    ["My insulin order says delivered but it's not here and I've got one pen left", 'en'],
    ['Der Strom ist abgestellt und mein Mann braucht nachts sein Sauerstoffgerät', 'de'],
    ["Le concentrateur d'oxygène de ma mère ne fonctionne plus depuis la coupure de courant", 'fr'],
    ['Nos han cortado la luz y mi padre usa un concentrador de oxígeno', 'es'],
    ['Отключили свет, а у папы кислородный концентратор', 'ru'],
    ['停电了，我爸爸的制氧机不能用', 'zh'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('vulnerable');
  });
  it.each([
    ['What happens if my insulin delivery is late?', 'en'],
    ['Do you deliver insulin pens on Sundays?', 'en'],
    ['Is there a discount on oxygen cylinders for businesses?', 'en'],
    ['Wenn der Strom ausfällt, läuft das Sauerstoffgerät dann mit Akku weiter?', 'de'],
  ])('asked, not told: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('vulnerable');
  });
});

describe('the lethal dose asked is a hint of self-harm, even as a question', () => {
  it.each([
    ['how many of my sleeping tablets would it take to not wake up', 'en'],
    ['what is a lethal dose of paracetamol', 'en'],
    ['Wie viele Tabletten braucht man, um nicht mehr aufzuwachen?', 'de'],
    ['quelle est la dose mortelle de ce somnifère', 'fr'],
    ['¿cuál es la dosis letal de este medicamento?', 'es'],
    ['この薬の致死量は何錠ですか', 'ja'],
    ["Honestly I'm tired of waking up. When does my repeat prescription ship?", 'en'],
    ['Kan jag få ut alla på en gång? Jag vill bara slippa vakna.', 'sv'],
    ['Estoy cansada de despertar cada mañana, ¿me mandáis el pedido?', 'es'],
    ['Хочу просто уснуть навсегда. Когда доставка?', 'ru'],
    ['Rasanya ingin tidur selamanya. Obat saya kapan dikirim?', 'id'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('self_harm');
  });
  it.each([
    ['What is the maximum daily dose of paracetamol for an adult?', 'en'],
    ['Can I take two of these sleeping tablets if one does not work?', 'en'],
    ['Can I collect all three prescriptions at once on Friday?', 'en'],
    ['I woke up at 5 again, these new sleeping tablets are useless. Can I swap them?', 'en'],
  ])('a dose asked without the hint: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('self_harm');
  });
});

describe('a blow to income and a relief asked, in the languages round 20 left out', () => {
  it.each([
    ['Меня сократили в сентябре, можно перенести платеж по кредиту на два месяца?', 'ru'],
    ['Мене звільнили, чи можна отримати відстрочку платежу?', 'uk'],
    ['İşten çıkarıldım, bu ayki taksidi öteleyebilir miyiz?', 'tr'],
    ['تم تسريحي الشهر الماضي، هل يمكن إعادة جدولة الأقساط؟', 'ar'],
    ['リストラされたので、今月の支払いを待ってもらうことはできますか。', 'ja'],
    ['我上个月被裁员了，信用卡可以申请停息挂账吗？', 'zh'],
    ['회사에서 해고돼서 이번 달 할부금을 미뤄주실 수 있나요?', 'ko'],
    ['Saya kena PHK bulan lalu, apakah cicilan bisa ditunda?', 'id'],
    ['Tôi bị sa thải tháng trước, có thể giãn nợ được không?', 'vi'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('vulnerable');
  });
  it.each([
    ['Deprem sigortası için taksitlendirme var mı?', 'tr'],
    ['Если меня сократят, можно будет перенести платеж?', 'ru'],
    ['地震保险可以分期付款吗？', 'zh'],
  ])('asked or feared, not told: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('vulnerable');
  });
});

describe('insults and threats to staff in ten more languages read as anger', () => {
  it.each([
    'Ваш менеджер — хамло, бросил трубку посреди разговора.',
    'Ваші консультанти — дармоїди, нічого не вирішують.',
    'O teknisyen bir daha gelirse gözünü kırarım.',
    'موظفينكم قطيع، ولا واحد يفهم شي.',
    'Kalian perusahaan kelas kambing, sudah seminggu tidak ada jawaban.',
    'Nhân viên còn hỗn như vậy thì tôi đến tận nơi xử lý.',
    '你们客服是听不懂人话吗？我要退款！',
    '상담원이 무슨 앵무새도 아니고 같은 말만 반복하네요.',
  ])('%s', (text) => {
    expect(scoreSentiment(text).score).toBeLessThan(DEFAULT_ANGER_THRESHOLD);
  });
  it.each([
    'Мне всё равно, какого цвета чехол, пришлите любой.',
    'Ваш сайт зручний, дякую за допомогу!',
    'Bu ay taksitimi ödedim, teşekkürler.',
    'Terima kasih, paketnya sudah sampai dengan sopan santun kurir yang baik.',
  ])('not anger: %s', (text) => {
    expect(scoreSentiment(text).score).toBeGreaterThanOrEqual(DEFAULT_ANGER_THRESHOLD);
  });
});

describe('a data-protection authority named in a statement is a complaint to a regulator', () => {
  it.each([
    ["You still haven't answered my subject access request, so I'm reporting you to the ICO.", 'en'],
    ['Wenn ich bis Freitag keine Auskunft habe, schreibe ich dem Landesdatenschutzbeauftragten.', 'de'],
    ['Sans réponse de votre part, je saisis la CNIL.', 'fr'],
    ['Voy a presentar una reclamación ante la AEPD por el uso de mis datos.', 'es'],
    ['Zgłaszam sprawę do UODO, bo nie usunęliście moich danych.', 'pl'],
    ['Otan yhteyttä tietosuojavaltuutettuun, jos tietojani ei poisteta.', 'fi'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('regulator');
  });
  it.each([
    ['Are you registered with the ICO?', 'en'],
    ['Est-ce que vous êtes déclarés à la CNIL ?', 'fr'],
  ])('asked about, not a complaint: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('regulator');
  });
});

describe("the aside rule of the sentiment scorer reads Arabic and Greek question marks and Arabic punctuation", () => {
  it('leaves out a feeling about something else before a topic shift and a question', () => {
    expect(scoreSentiment('خسر فريقي مرة ثانية، أنا غاضب جداً. بالمناسبة، متى يصل طلبي؟').score).toBeGreaterThanOrEqual(0);
    expect(scoreSentiment('Η ομάδα μου έχασε πάλι, είμαι έξαλλος. Anyway, πότε έρχεται η παραγγελία μου;').score).toBeGreaterThanOrEqual(0);
  });
  it('keeps it when it speaks to the company, the second person written with its hamza', () => {
    expect(scoreSentiment('أنتم فاشلون جداً. بالمناسبة، متى يصل طلبي؟').score).toBeLessThan(0);
  });
});
