/**
 * A fake message obeyed, told in the words the packs lacked (round 22), per language, merged into each pack in ./index.ts
 * and read by the phishing frames of ../situations.ts ('gave-credentials-to-someone': a `contact` — a text or a mail that
 * came — then details `gaveAway` with `credentials`; 'clicked-and-gave-credentials': a link followed, then the same):
 * "「マイルが失効します」ってSMSが来て、リンク先でカード番号入れちゃいました", "Ήρθε SMS και έβαλα τα στοιχεία της κάρτας",
 * "मेल आया था, मैंने बैंक डिटेल्स भर दीं". The frames' guards apply (a question about a message not yet obeyed, a
 * hypothetical, a negation).
 *
 * Written from general knowledge of how people tell such a message; the kinds were chosen after reading the phishing misses
 * of data/escalation-dev/b9-balanced-asia.jsonl (figures on that file are in-sample); no evaluation set was read. Words
 * as `normalizeText` leaves them (accents folded, final sigma as σ).
 */
import type { ConceptTable } from './types.js';

export const PHISHING_TOLD: Readonly<Record<string, ConceptTable>> = {
  ja: {
    contact: ['ってsms', 'ってメール', 'smsが来', 'メールが来', 'メッセージが来'],
    gaveAway: ['入れちゃい', '入れてしまい', '入力しちゃい', '入力してしまい', '入力しました'],
    clickedLink: ['リンク先で', 'リンク先に', 'リンク先から'],
  },
  ko: {
    contact: ['문자와서', '문자가와서', '문자받고', '메일받고', '이메일받고', '메일이와서', '전화와서'],
    gaveAway: ['입력했는데', '넣었', '넣어버렸', '적어버렸'],
    clickedLink: ['첨부파일열', '첨부파일을열', '파일을열었'],
  },
  zh: {
    contact: ['收到短信', '收到一条短信', '收到邮件', '收到一封邮件', '收到一個簡訊', '收到簡訊'],
    gaveAway: ['输入了', '輸入了', '填了', '填写了', '填寫了'],
    clickedLink: ['点了链接', '點了連結', '点开链接', '點開連結', '点进去', '點進去'],
  },
  hi: {
    contact: ['मेल आया', 'ईमेल आया', 'mail aaya', 'email aaya'],
    gaveAway: ['भर दीं', 'भर दिए', 'डाल दीं', 'दे दीं', 'bhar di', 'bhar diye'],
  },
  el: {
    contact: ['ηρθε sms', 'μου ηρθε sms', 'ηρθε email', 'ηρθε μηνυμα', 'ελαβα sms', 'ελαβα email', 'ελαβα μηνυμα'],
    gaveAway: ['εβαλα'],
  },
  vi: {
    contact: ['nhan duoc tin nhan', 'co tin nhan', 'nhan duoc email', 'nhan duoc sms'],
    gaveAway: ['da nhap', 'nhap so the', 'dien thong tin'],
  },
  id: {
    contact: ['dapat sms', 'dapet sms', 'dapat email', 'dapet email', 'ada sms', 'ada email'],
    gaveAway: ['udah masukin', 'sudah memasukkan', 'masukin'],
  },
  ar: {
    contact: ['جاني مسج', 'جاتني مسج', 'وصلني ايميل', 'وصلتني رساله نصيه'],
    gaveAway: ['دخلت بيانات', 'ادخلت بيانات', 'حطيت رقم', 'كتبت رقم'],
  },
  uk: {
    contact: ['прийшла смс', 'прийшло смс', 'прийшов лист'],
    gaveAway: ['ввів дані', 'ввела дані', 'ввів номер', 'ввела номер'],
  },
};
