/**
 * Hindi as Indian customers type it (./lang/hi.ts): English nouns and verbs inside a Devanagari sentence
 * (the pack's fold reads them as their Devanagari loans), chat short forms of romanised Hinglish
 * (abbreviations), romanised Hindi cues guarding the English pack's words in a Hinglish sentence
 * (lendsGuards), and requests for a person in mixed script. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { foldHindi } from '../../src/escalation/lang/hi.js';
import { detectSituations } from '../../src/escalation/situations.js';
import { escalatedAs } from '../helpers/escalated-as.js';

describe('Hindi in mixed script', () => {
  it('reads English loans as Devanagari only in a sentence that has Devanagari', () => {
    expect(foldHindi('मेरा account hack हो गया')).toBe('मेरा अकाउंट हैक हो गया');
    expect(foldHindi('my account was hacked')).toBe('my account was hacked');
    expect(foldHindi('mera account hack ho gaya')).toBe('mera account hack ho gaya');
  });

  it.each([
    ['मेरे debit card से पैसे कट गए, बिना मेरी अनुमति के', 'security'],
    ['मेरा mobile चोरी हो गया कल रात metro में', 'security'],
    ['आपकी company के नाम से call आया, उन्होंने OTP मांगा और मैंने बता दिया', 'security'],
    ['मैं आपकी subscription cancel कर रहा हूं, बहुत हो गया', 'churn'],
    ['मैं consumer forum में complaint करूंगी', 'regulator'],
  ])('escalates: %s', async (text, category) => {
    expect(await escalatedAs(text, 'hi')).toBe(category);
  });

  it.each([
    ['अगर मेरा phone खो जाए तो account कैसे block करें?'],
    ['मेरा card चोरी नहीं हुआ, बस expire हो गया है'],
    ['subscription cancel करने की fees कितनी है?'],
  ])('does not escalate: %s', async (text) => {
    expect(await escalatedAs(text, 'hi')).toBeNull();
  });
});

describe('Hinglish short forms', () => {
  it.each([
    ['mra phone kho gya, usme app logged in h', 'security'],
    ['mere acc se kisi ne order kr diya, mne kuch ni mangaya', 'security'],
  ])('escalates: %s', async (text, category) => {
    expect(await escalatedAs(text, 'hi')).toBe(category);
  });
});

describe('romanised Hindi cues guard English words in a Hinglish sentence', () => {
  it.each([
    ['nahi yaar, account hack nahi hua, bas OTP late aa raha hai'],
    ['do saal pehle fraud hua tha, ab bas address update karna hai'],
    ['agar kabhi account hack ho jaye toh kya karna chahiye?'],
  ])('does not escalate: %s', async (text) => {
    expect(detectSituations(text, { language: 'hi' }).filter((h) => h.situation === 'security')).toEqual([]);
  });

  it('still escalates the same words told as a report', async () => {
    expect(await escalatedAs('kal raat mera account hack ho gaya, password bhi badal diya', 'hi')).toBe('security');
  });
});

describe('Hindi requests for a person', () => {
  it.each([
    'meri baat kisi senior executive se karwaiye',
    'कृपया मेरी बात किसी कस्टमर केयर एग्जीक्यूटिव से करवाइए',
    'customer care wale se baat karwao',
    'मुझे किसी real person से बात करनी है',
  ])('asks for a person: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });
});
