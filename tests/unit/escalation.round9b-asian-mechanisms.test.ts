/**
 * Issue 9, round 9 (second pass): mechanisms and vocabulary for ja, ko, zh, tr, pl, id, th, ar.
 *  - a disowning phrase that holds the charge itself fires on its own ("知らない請求", "transaksi aneh");
 *  - a charge and its disowning in different sentences of one message;
 *  - Japanese spoken contractions (されてる, 頼んでない, 入力しちゃった) fold to the listed forms, and a
 *    condition told in the past ("押したら…消えました") is what happened, not a hypothesis;
 *  - traditional Chinese folds to simplified;
 *  - "not yet" (还没, まだ, 아직) before a disowning phrase is no disowning;
 *  - a word a negation governs in the tightest choice is not re-used by a looser one ("不想注销账号").
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';
import { escalatedAs } from '../helpers/escalated-as.js';

describe('round 9b: situations in ja, ko, zh, tr, pl, id, th, ar escalate', () => {
  it.each([
    ['カードに覚えのない請求が2件きてます', 'ja', 'security'],
    ['注文してないのに3,000円引き落とされてる', 'ja', 'security'],
    ['SMSのリンクを押したら、口座のお金が消えました', 'ja', 'security'],
    ['怪しいショートメールに暗証番号を返信しちゃった', 'ja', 'security'],
    ['もう生きていても仕方ない気がする', 'ja', 'self_harm'],
    ['これで問い合わせるの3回も連絡してるのに、何も変わらない', 'ja', 'frustration'],
    ['来月で退会させてください', 'ja', 'churn'],
    ['제가 쓴 적 없는 결제 내역이 두 건 있어요', 'ko', 'security'],
    ['가입한 적도 없는데 정기결제가 됐어요', 'ko', 'security'],
    ['스미싱 당한 것 같아요', 'ko', 'security'],
    ['비밀번호가 나도 모르게 바뀌어 있었어요', 'ko', 'security'],
    ['帳號被盜了，朋友都收到奇怪的訊息', 'zh', 'security'],
    ['信用卡帳單上有一筆我沒刷過的消費', 'zh', 'security'],
    ['已经反映了很多次了，还是没人处理', 'zh', 'frustration'],
    ['Kartımdan benden habersiz para çekilmiş', 'tr', 'security'],
    ['Hesabım çalındı, giriş yapamıyorum', 'tr', 'security'],
    ['Ktoś obciążył moją kartę na 300 zł', 'pl', 'security'],
    ['ada tagihan yg bukan dari saya di kartu kredit', 'id', 'security'],
    ['akunku kena hack semalam', 'id', 'security'],
    ['aku klik link dari wa trus saldo ilang semua', 'id', 'security'],
    ['udah 4x chat gak ada jawaban', 'id', 'frustration'],
    ['โดนหักเงินโดยไม่รู้ตัว', 'th', 'security'],
    ['في مبلغ انخصم من بطاقتي بدون علمي', 'ar', 'security'],
  ])('%s (%s) → %s', async (text, language, expected) => {
    expect(await escalatedAs(text, language)).toBe(expected);
  });
});

describe('round 9b: near-misses stay quiet', () => {
  it.each([
    ['カードを盗まれたらどうすればいいですか', 'ja'],
    ['まだ申し込んでないんですが、料金はいくらですか', 'ja'],
    ['二重請求が起きたらどうなりますか', 'ja'],
    ['아직 가입 안 했는데 요금이 어떻게 되나요?', 'ko'],
    ['자동결제 해지하면 위약금 있나요?', 'ko'],
    ['我還沒註冊過帳號，要怎麼開始？', 'zh'],
    ['我想取消這個訂單，但不想註銷帳號', 'zh'],
    ['我已經註銷了，還會扣款嗎？', 'zh'],
    ['我想知道註銷帳戶的步驟', 'zh'],
    ['Kartım çalınırsa ne yapmalıyım?', 'tr'],
    ['Płatność się nie udała, co zrobić?', 'pl'],
    ['saya belum langganan, harganya berapa?', 'id'],
    ['كيف اشوف الفاتوره؟', 'ar'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});

describe('round 9b mechanisms', () => {
  const frames = (text: string, language: string): string[] => detectSituations(text, { language }).map((h) => h.frame);

  it('a disowning phrase may hold the charge (nested unauthorised-transaction)', () => {
    expect(frames('明細に知らない請求があります', 'ja')).toContain('unauthorised-transaction');
  });

  it('reads a charge and its disowning across sentences', () => {
    expect(frames('今月、5,000円の引き落としがありました。全く身に覚えがないです', 'ja').some((f) => f.startsWith('unauthorised') || f.startsWith('disowned'))).toBe(true);
  });

  it('folds traditional Chinese like simplified', () => {
    expect(detectSituations('帳號被盜', { language: 'zh' }).map((h) => h.situation)).toEqual(detectSituations('账号被盗', { language: 'zh' }).map((h) => h.situation));
  });

  it('folds Japanese contractions (ていない/てない, てしまった/ちゃった)', () => {
    expect(detectSituations('偽サイトにパスワードを入力しちゃった', { language: 'ja' }).map((h) => h.situation)).toContain('security');
    expect(detectSituations('偽サイトにパスワードを入力してしまった', { language: 'ja' }).map((h) => h.situation)).toContain('security');
  });

  it('a condition told in the past is a report, in the future a hypothesis', () => {
    expect(detectSituations('リンクを押したら、お金が消えました', { language: 'ja' }).map((h) => h.situation)).toContain('security');
    expect(detectSituations('アプリのお金が消えたらどうすればいいですか？', { language: 'ja' })).toEqual([]);
    expect(detectSituations('アプリのお金が消えたら困ります', { language: 'ja' })).toEqual([]);
  });
});
