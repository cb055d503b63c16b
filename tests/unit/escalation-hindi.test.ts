/**
 * Hindi (./lang/hi.ts): a small pack chosen by Devanagari script, with romanised Hinglish phrases;
 * Hindi requests for a person (./human-request.ts) and anger words (./sentiment-lexicon.ts).
 * Before it, Devanagari text matched nothing. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { detectLanguages } from '../../src/escalation/language.js';
import { escalatedAs } from '../helpers/escalated-as.js';

describe('Hindi (hi)', () => {
  it('is chosen by script', () => {
    expect(detectLanguages('मेरा अकाउंट हैक हो गया है')[0]).toBe('hi');
    expect(detectLanguages('mera account hack ho gaya hai bhai')).toContain('hi');
  });

  it.each([
    ['मुझे किसी इंसान से बात करनी है', 'human_request'],
    ['एजेंट से बात कराओ', 'human_request'],
    ['मुझे एजेंट चाहिए', 'human_request'],
    ['agent se baat karwao please', 'human_request'],
    ['यह बकवास सर्विस है, सबसे खराब ऐप', 'anger'],
    ['ghatiya service hai yeh', 'anger'],
    ['मेरा अकाउंट हैक हो गया है', 'security'],
    ['मेरा फोन चोरी हो गया, उसमें ऐप लॉग इन है', 'security'],
    ['किसी ने मेरे अकाउंट से ऑर्डर किया', 'security'],
    ['यह ट्रांजैक्शन मैंने नहीं किया', 'security'],
    ['फर्जी कॉल आई थी, मैंने ओटीपी बता दिया', 'security'],
    ['maine otp de diya, ab paise gayab hain', 'security'],
    ['मैं उपभोक्ता फोरम में शिकायत करूंगा', 'regulator'],
    ['मैं वकील से बात करूंगा', 'legal'],
    ['मेरा अकाउंट बंद कर दो', 'churn'],
    ['mera account band kar do', 'churn'],
    ['मेरी मां गुजर गई हैं, उनका अकाउंट बंद करवाना है', 'vulnerable'],
    ['मैं जीना नहीं चाहता', 'self_harm'],
    ['मेरी नौकरी चली गई है, घर में खाने को कुछ नहीं', 'vulnerable'],
  ])('escalates: %s', async (text, category) => {
    expect(await escalatedAs(text)).toBe(category);
  });

  it.each([
    ['मेरा ऑर्डर कहां है?'],
    ['कार्ड चोरी हो जाए तो क्या करें?'],
    ['अकाउंट कैसे बंद करें?'],
    ['मेरा कार्ड चोरी नहीं हुआ, बस ब्लॉक है'],
    ['मुझे एजेंट नहीं चाहिए, बस रिफंड की जानकारी दो'],
    ['अगर मेरा अकाउंट हैक हो जाए तो क्या होगा?'],
    ['खाना बहुत अच्छा था, धन्यवाद'],
    ['mera order kab aayega?'],
  ])('does not escalate: %s', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });

  it('does not read a negated request as one', () => {
    expect(detectHumanRequest('बॉट ठीक है, इंसान से बात नहीं करनी').matched).toBe(false);
  });
});
