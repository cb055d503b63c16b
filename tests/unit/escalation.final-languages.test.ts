/**
 * Issue 9, round 7: the languages of the next held-out set (sv, th, hi, zh-Hant) across the
 * categories, each with the near-misses every pack must keep quiet. Sentences written for this test
 * from general knowledge.
 */
import { describe, expect, it } from 'vitest';
import { escalatedAs } from '../helpers/escalated-as.js';

describe('escalates in sv, th, hi and traditional Chinese', () => {
  it.each([
    ['我的信用卡被偷了，怎麼辦？', 'zh', 'security'],
    ['我的手機突然沒有訊號，還收到驗證碼。', 'zh', 'security'],
    ['被重複扣款了。', 'zh', 'security'],
    ['我爸爸上個月過世了。', 'zh', 'vulnerable'],
    ['Mitt konto har hackats.', 'sv', 'security'],
    ['Ni har dragit pengar två gånger.', 'sv', 'security'],
    ['Min pappa gick bort förra månaden.', 'sv', 'vulnerable'],
    ['บัตรเครดิตของฉันถูกขโมย', 'th', 'security'],
    ['ถูกหักเงินซ้ำสองครั้ง', 'th', 'security'],
    ['मेरी सिम अचानक बंद हो गई और OTP आ रहे हैं।', 'hi', 'security'],
    ['Mere account se paise kat gaye, maine kuch nahi kharida', 'hi', 'security'],
    ['मैं कनेक्शन बंद करके दूसरी कंपनी में जा रहा हूँ।', 'hi', 'churn'],
  ])('%s (%s) → %s', async (text, language, expected) => {
    expect(await escalatedAs(text, language)).toBe(expected);
  });
});

describe('keeps the near-misses quiet in sv, th, hi and traditional Chinese', () => {
  it.each([
    ['如果我的卡被偷了該怎麼辦？', 'zh'],
    ['關閉帳戶要收費嗎？', 'zh'],
    ['如果我過世了，帳戶會怎樣？', 'zh'],
    ['Vad händer med mitt konto om jag dör?', 'sv'],
    ['Kostar det något att avsluta kontot?', 'sv'],
    ['ถ้าฉันเสียชีวิต บัญชีจะเป็นอย่างไร', 'th'],
    ['अगर मेरी मृत्यु हो जाए तो मेरे खाते का क्या होगा?', 'hi'],
    ['怎麼把一個人加到我的帳戶？', 'zh'],
    ['Vad ska jag göra om mitt kort blir stulet?', 'sv'],
    ['Hur lägger jag till en person på mitt konto?', 'sv'],
    ['ถ้าบัตรถูกขโมยต้องทำอย่างไร', 'th'],
    ['अगर मेरा कार्ड चोरी हो जाए तो क्या करूँ?', 'hi'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});
