/**
 * Round 22 of the escalation rules: regulators, licensing bodies and complaint schemes of the sectors the earlier tables
 * left out (src/escalation/lang/sector-regulators.ts): gambling regulators and their dispute services, health-care
 * inspectorates, medical and dental councils, patients' ombudsmen, and a few transport and telecom schemes. Named in a
 * statement they are a complaint to a regulator (frame 'regulator-named'); asked about, they are a question.
 * Hardship told as a blow and a relief asked, with more words (src/escalation/lang/life-blows.ts LIFE_BLOWS_MORE).
 * Veiled hints of self-harm in more languages (src/escalation/lang/quiet-despair.ts VEILED_ENDINGS).
 * A fake message obeyed, in the words the packs lacked (src/escalation/lang/phishing-told.ts).
 * An automatic renewal switched off (or never on) and charged anyway; a purchase made without the customer knowing
 * (src/escalation/lang/charged-anyway.ts SWITCHED_OFF_ANYWAY).
 * A scam named as the kind of a text, a call or a site is a topic, not anger (src/escalation/sentiment-lexicon.ts).
 * Someone else's loss told and a precaution asked for oneself, in more words (src/escalation/lang/precautions-asked.ts
 * PRECAUTIONS_MORE; a possessive after its noun, "teman saya", marks whose friend in src/escalation/situations.ts).
 * Churn in more words: a donation stopped, a renewal declined, the custom taken elsewhere (src/escalation/lang/not-renewing.ts
 * LEAVING_MORE).
 * The bot fell short and a person of the company is named (src/escalation/lang/bot-fell-short.ts): a request for that person.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANGER_THRESHOLD } from '../../src/escalation/default-rules.js';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { scoreSentiment } from '../../src/escalation/sentiment.js';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);

describe('a sector regulator named in a statement is a complaint to a regulator', () => {
  it.each([
    ['The Gambling Commission will be hearing from me about how you handled my withdrawal', 'en'],
    ['I have filed a dispute with IBAS over the voided bet', 'en'],
    ["I'm reporting this clinic to the Care Quality Commission", 'en'],
    ['I will be writing to the General Dental Council about the crown you fitted', 'en'],
    ['Ich habe mich bei der Zahnärztekammer über die Rechnung beschwert', 'de'],
    ['Ich melde das der Gemeinsamen Glücksspielbehörde', 'de'],
    ["J'ai saisi l'Ordre des médecins pour ce dépassement d'honoraires", 'fr'],
    ["Je vais signaler votre site à l'ANJ, ce n'est pas normal", 'fr'],
    ['Voy a poner una reclamación ante la DGOJ por el bloqueo de mi cuenta', 'es'],
    ['Ya presenté una queja en el Colegio de Médicos', 'es'],
    ['Vou fazer uma queixa na Entidade Reguladora da Saúde', 'pt'],
    ["Ho fatto una segnalazione all'Ordine dei medici", 'it'],
    ['Ik heb een klacht ingediend bij de Kansspelautoriteit', 'nl'],
    ['Złożyłam skargę do Rzecznika Praw Pacjenta', 'pl'],
    ['Jag har anmält er till Spelinspektionen', 'sv'],
    ['Jeg har klaget til Spillemyndigheden over jeres bonusvilkår', 'da'],
    ['Пожаловалась в Росздравнадзор на вашу клинику', 'ru'],
    ['Подам жалобу в Росавиацию', 'ru'],
    ['医療安全支援センターに相談しました', 'ja'],
    ['我已经向卫健委投诉了你们诊所', 'zh'],
    ['의료분쟁조정중재원에 신청했습니다', 'ko'],
    ['मैं मेडिकल काउंसिल में शिकायत करूँगा', 'hi'],
    ['Sudah saya laporkan ke Ombudsman RI', 'id'],
    ['Έκανα καταγγελία στον Ιατρικό Σύλλογο', 'el'],
    ['Podala jsem stížnost na Českou lékařskou komoru', 'cs'],
    ['Am depus o plângere la ONJN', 'ro'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('regulator');
  });
});

describe('a sector regulator asked about, or a body named in a routine statement, is no complaint', () => {
  it.each([
    ['Are you licensed by the Gambling Commission?', 'en'],
    ['Is your clinic registered with the CQC?', 'en'],
    ['Sind Sie bei der Zahnärztekammer eingetragen?', 'de'],
    ['¿Están regulados por la DGOJ?', 'es'],
    ['Zijn jullie aangesloten bij de Kansspelautoriteit?', 'nl'],
    // Bodies left out of the table on purpose: a health ministry or office named for a certificate, a lottery operator.
    ['Мне нужна справка в налоговую для вычета за лечение.', 'ru'],
    ['Ich brauche ein Attest fürs Gesundheitsamt', 'de'],
    ['Compro la Lotería Nacional todas las semanas, ¿puedo pagar con tarjeta?', 'es'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toContain('regulator');
  });
});

describe('the bot fell short and a person of the company is named: a request for that person', () => {
  it.each([
    'The chatbot keeps sending me the same FAQ link, can a representative look at my invoice?',
    'Der Bot versteht mein Problem nicht, kann sich ein Techniker das anschauen?',
    "Le chatbot tourne en boucle, j'ai besoin d'un conseiller pour ce dossier",
    'El bot no entiende lo que le pregunto, necesito que lo vea un técnico',
    'Бот ничего не понимает, подключите специалиста',
    'Bot się zapętlił, czy może to sprawdzić jakiś pracownik?',
    'チャットボットでは解決できないので、担当者に確認してほしいです',
    '机器人一直重复同样的回答，请让客服帮我看一下',
    '챗봇이 같은 답변만 반복해요. 상담원이 확인해 주세요',
    'बॉट बार बार वही जवाब दे रहा है, किसी एजेंट से बात करवाइए',
    'Bot sürekli aynı cevabı veriyor, bir temsilci bakabilir mi?',
  ])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });

  it.each([
    // No failure of the bot: the person is only mentioned.
    'The chatbot said the technician comes on Tuesday, that works for me',
    'Der Bot hat mir den Termin mit dem Techniker bestätigt, danke',
    // The person declined, or asked about only for opening hours.
    'Der Bot hat mir nicht geholfen, aber ich brauche keinen Mitarbeiter, ich suche selbst weiter',
    "The bot didn't say: what are the opening hours of your agents?",
    // A failure, but no person of the company named.
    'The bot does not show my last invoice, where can I download it?',
    // The person declined after a bot that did well: the negation belongs to the person's clause.
    "The bot is fine, I don't need a person",
    'Бот нормально ответил, оператор не нужен',
    'बॉट ठीक है, इंसान से बात नहीं करनी',
    '机器人回答得很好，不需要人工',
    '챗봇 괜찮아요, 상담원 필요 없어요',
    'Le bot a répondu, pas besoin de conseiller',
  ])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });
});

describe('hardship: a blow to the household and a relief asked, in more words (LIFE_BLOWS_MORE)', () => {
  it.each([
    ["I'm on chemo and can't work at the moment, could we set up a payment plan for the arrears?", 'en'],
    ['Je suis au RSA depuis cet hiver, est-ce que je peux échelonner la facture ?', 'fr'],
    ['Ich kann seit der Operation nicht mehr arbeiten. Ist eine Stundung möglich?', 'de'],
    ['Mio marito si è ammalato e non lavora più, possiamo avere una dilazione?', 'it'],
    ['Нечем платить, муж болеет. Можно рассрочку?', 'ru'],
    ['会社が潰れて収入がなくなりました。分割にしてもらえませんか', 'ja'],
    ['厂子倒闭了，工资一直没发，能不能晚点交？', 'zh'],
    ['월급이 밀려서 이번 달은 힘들어요. 분납 가능할까요', 'ko'],
    ['Saya dipecat bulan lalu, apakah tagihannya bisa dicicil?', 'id'],
    ['Tôi mất thu nhập từ tháng trước, cho tôi trả góp được không?', 'vi'],
    ['ตกงานมาสองเดือนแล้ว ขอผ่อนผันค่าบริการได้ไหมคะ', 'th'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('vulnerable');
  });
  it.each([
    // A relief asked with no blow told; a blow asked about; a pensioner's instalment question.
    ['Can I pay the annual plan in instalments?', 'en'],
    ['What happens if I lose my job, can I get a payment plan then?', 'en'],
    ['Ich bin Rentner, geht auch Ratenzahlung?', 'de'],
    ['分割払いはできますか？', 'ja'],
    ['Bisa dicicil pakai kartu kredit?', 'id'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toContain('vulnerable');
  });
});

describe('veiled hints of self-harm in more words (VEILED_ENDINGS)', () => {
  it.each([
    ['Honestly some nights I just want to go to sleep and not wake up, the debt is too much', 'en'],
    ['Manchmal will ich einfach einschlafen und nicht mehr aufwachen', 'de'],
    ['A veces quisiera dormirme y no despertar más', 'es'],
    ['Я вже втомився боротися з цими боргами', 'uk'],
    ['Thôi, tôi buông hết rồi, chẳng còn gì nữa', 'vi'],
    ['もう疲れました。消えた方がましかもしれない', 'ja'],
    ['有时候真想一觉不醒', 'zh'],
    ['이번 달 지나면 다 내려놓고 싶어요', 'ko'],
    ['Kadang saya pengen menghilang aja dari semua ini', 'id'],
    // Unbounded, the same absence stays a hint.
    ["Don't bother sending the reminder, I won't be here", 'en'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('self_harm');
  });
  it.each([
    // A bare absence bounded to a day, an hour or a visit (the guard 'awayOnADay' of the frame 'self-harm').
    ["I won't be here on Tuesday, can the courier come Wednesday?", 'en'],
    ["I'm not going to be around between 2 and 4, can the engineer come later?", 'en'],
    ["I won't be here this weekend for the delivery, can you hold it?", 'en'],
    ['Ich habe verschlafen und bin nicht rechtzeitig aufgewacht, kann ich den Termin verschieben?', 'de'],
    ['El modo reposo de la impresora hace que no despierte, ¿cómo lo cambio?', 'es'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toContain('self_harm');
  });
});

describe('a fake message obeyed, in more words (PHISHING_TOLD)', () => {
  it.each([
    ['「ポイント失効」ってSMSが来て、リンク先でカード番号入れちゃいました', 'ja'],
    ['택배 문자와서 링크 눌렀는데 카드번호 입력했는데 괜찮을까요', 'ko'],
    ['收到短信说包裹有问题，我点了链接，输入了银行卡密码', 'zh'],
    ['रिफंड वाला मेल आया, मैंने बैंक डिटेल्स भर दीं', 'hi'],
    ['Μου ήρθε SMS για την κράτηση και έβαλα τα στοιχεία της κάρτας', 'el'],
    ['Прийшла смс про борг, я ввела номер картки на сайті', 'uk'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });
  it.each([
    // A message received and not obeyed, or asked about before anything was given.
    ['「ポイント失効」ってSMSが来ましたが、リンクは開いていません。本物ですか？', 'ja'],
    ['收到短信说包裹有问题，这是你们发的吗？', 'zh'],
    ['Μου ήρθε SMS για την κράτηση, είναι δικό σας;', 'el'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('an automatic renewal switched off and charged anyway, a purchase made without the customer knowing (SWITCHED_OFF_ANYWAY)', () => {
  it.each([
    ['The auto-renewal charged me although I switched it off in March', 'en'],
    ['My kid bought coins in the game for 120 without me knowing, the card was saved', 'en'],
    ['Die automatische Verlängerung hat abgebucht, obwohl ich sie im März deaktiviert hatte', 'de'],
    ["Vous m'avez prélevé le renouvellement alors que je l'avais désactivé", 'fr'],
    ['Автопоновлення списало гроші, хоча я вимкнув його ще взимку', 'uk'],
    ['自动续费我从来没开过，这个月又扣了98元', 'zh'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });
  it.each([
    ["How do I turn off auto-renewal so I'm not charged next year?", 'en'],
    ['I switched it off in March, will I still be charged?', 'en'],
    ['Wie kann ich die automatische Verlängerung deaktivieren?', 'de'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('a scam named as the kind of a message, a call or a site is a topic, not anger', () => {
  it.each([
    'My friend got a scam text pretending to be your hotel chain. Do you ever send payment links by SMS?',
    'We keep getting scam calls in your name, just so you know',
    'Is this a scam email? It uses your logo',
  ])('%s', (text) => {
    expect(scoreSentiment(text).score).toBeGreaterThan(DEFAULT_ANGER_THRESHOLD);
  });
  it.each(['This is a scam, give me my money back', 'You are running a scam'])('%s stays anger', (text) => {
    expect(scoreSentiment(text).score).toBeLessThanOrEqual(DEFAULT_ANGER_THRESHOLD);
  });
});

describe("someone else's loss and a precaution asked for oneself (PRECAUTIONS_MORE)", () => {
  it.each([
    ['Akun teman saya pernah dibajak, saya jadi takut. Cara aktifkan verifikasi 2 langkah gimana?', 'id'],
    ['友達がアカウントを乗っ取られたって言ってたんですが、二段階認証ってどこで設定するんですか？', 'ja'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
  it.each([
    ['Akun saya dibajak kemarin! Cara aktifkan verifikasi 2 langkah gimana?', 'id'],
    ['アカウントが乗っ取られました。二段階認証ってどこで設定するんですか？', 'ja'],
  ])('%s (the writer\'s own loss stays an incident)', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });
});

describe('churn in more words (LEAVING_MORE)', () => {
  it.each([
    ["After the news about how you spend the money, please stop my monthly donation", 'en'],
    ['Nous ne renouvellerons pas le contrat en janvier, trop de bugs', 'fr'],
    ['Nie przedłużę umowy serwisowej, serwis przyjeżdża po miesiącu', 'pl'],
    ['Wir gehen ab jetzt an eine andere Hotelkette', 'de'],
    ['料金ばかり上がるので、来年は更新しません', 'ja'],
    ['服务太差，我要换别家了', 'zh'],
    ['장애가 너무 잦아서 계약 연장 안 하려고요', 'ko'],
    ['الفواتير منفوخة، سأنقل حسابي لمزود آخر', 'ar'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('churn');
  });
  it.each([
    ['If the price goes up again we will not renew', 'en'],
    ['If I ever stop my monthly donation, do I still get the newsletter?', 'en'],
    ['Si je déménage, est-ce que le contrat ne renouvellera pas automatiquement ?', 'fr'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toContain('churn');
  });
});

describe('look-alikes of round 22 (data/escalation-dev/b10 shapes, sentences of this test)', () => {
  it("a hand-over declined is no request for a person", () => {
    expect(detectHumanRequest("Don't transfer me to an agent please, the bot is fine. Where are my statements?").matched).toBe(false);
    expect(detectHumanRequest('Please do not connect me to a human, I only need the opening times').matched).toBe(false);
    expect(detectHumanRequest("don't make me wait, transfer me to an agent").matched).toBe(true);
  });
  it("the customer's lawyer asking for a document is no legal threat; the lawyer taking action still is", () => {
    expect(situations('Mein Anwalt braucht für den Hauskauf eine Bestätigung meines Kontostands, wie bekomme ich die?', 'de')).not.toContain('legal');
    expect(situations('المحامي يحتاج كشف حساب مختوم، كيف أطلبه؟', 'ar')).not.toContain('legal');
    expect(situations('Mi abogado necesita una copia del contrato, ¿me la podéis enviar?', 'es')).not.toContain('legal');
    expect(situations('Mein Anwalt wird sich bei Ihnen melden', 'de')).toContain('legal');
    expect(situations('Mein Anwalt braucht nicht lange, wir sehen uns vor Gericht', 'de')).toContain('legal');
  });
  it("the writer's own summons to court as a witness is no legal threat", () => {
    expect(situations("I've been called to court as a witness next Tuesday, can I move my appointment?", 'en')).not.toContain('legal');
    expect(situations("I'm taking you to court over this", 'en')).toContain('legal');
  });
});
