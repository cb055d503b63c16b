/**
 * Hindi: a small pack with the strongest signals (a hacked account, a lost or stolen card or phone,
 * unknown transactions, an OTP given away, fraud, self-harm, legal threats and the consumer forum,
 * closing the account, bereavement, hardship), chosen by script (Devanagari), plus the romanised
 * Hinglish customers type on Latin keyboards ("mera account hack ho gaya"). Romanised terms are
 * phrases, never a bare English word ("court", "band"), because this pack also runs on English
 * text that gives no language clue.
 *
 * Hindi puts the negation after the verb ("चोरी नहीं हुआ"), hence `negationAfter`; question words
 * stand in the middle of the sentence ("कार्ड कैसे ब्लॉक करें?"), so they are `possibility` cues
 * (checked before and just after the frame), not openers. `fold` drops the nukta and folds the
 * chandrabindu into the anusvara, which customers type either way ("फ़्रॉड"/"फ्रॉड", "माँ"/"मां").
 */
import { REMOTE_TOOLS, type LanguagePack } from './types.js';

/**
 * English words Indian customers type in Latin letters inside a Devanagari sentence ("मेरा account hack हो गया",
 * "card से पैसे कट गए"), each with the Devanagari loan spelling this pack's terms use. Hindi written this way
 * borrows the nouns and a few verbs of banking, apps and complaints from English and keeps its own grammar, so
 * one Latin word read as its Devanagari loan lets the Devanagari phrases match the mixed sentence.
 */
const LATIN_LOANS: Readonly<Record<string, string>> = {
  account: 'अकाउंट', acc: 'अकाउंट', acct: 'अकाउंट', id: 'आईडी', password: 'पासवर्ड', hack: 'हैक', hacked: 'हैक', hacker: 'हैकर',
  card: 'कार्ड', debit: 'डेबिट', credit: 'क्रेडिट', atm: 'एटीएम', phone: 'फोन', mobile: 'मोबाइल', laptop: 'लैपटॉप', wallet: 'वॉलेट', purse: 'पर्स', bag: 'बैग',
  sim: 'सिम', otp: 'ओटीपी', pin: 'पिन', cvv: 'सीवीवी', upi: 'यूपीआई', code: 'कोड', details: 'डिटेल्स', detail: 'डिटेल्स', number: 'नंबर', email: 'ईमेल', profile: 'प्रोफाइल', app: 'ऐप',
  order: 'ऑर्डर', orders: 'ऑर्डर', payment: 'पेमेंट', payments: 'पेमेंट', transaction: 'ट्रांजैक्शन', transactions: 'ट्रांजैक्शन', charge: 'चार्ज', charges: 'चार्ज', balance: 'बैलेंस', bank: 'बैंक', emi: 'ईएमआई',
  link: 'लिंक', click: 'क्लिक', share: 'शेयर', install: 'इंस्टॉल', login: 'लॉगिन', network: 'नेटवर्क', signal: 'सिग्नल', message: 'मैसेज', sms: 'एसएमएस', call: 'कॉल',
  fraud: 'फ्रॉड', scam: 'स्कैम', fake: 'फर्जी', swap: 'स्वैप', duplicate: 'डुप्लीकेट', double: 'डबल', use: 'यूज', block: 'ब्लॉक',
  cancel: 'कैंसिल', delete: 'डिलीट', uninstall: 'अनइंस्टॉल', membership: 'मेंबरशिप', subscription: 'सब्सक्रिप्शन',
  lawyer: 'वकील', court: 'कोर्ट', case: 'केस', legal: 'लीगल', notice: 'नोटिस', police: 'पुलिस', fir: 'एफआईआर', complaint: 'शिकायत', report: 'रिपोर्ट',
  consumer: 'उपभोक्ता', forum: 'फोरम', helpline: 'हेल्पलाइन', job: 'नौकरी', salary: 'सैलरी', rent: 'किराया', loan: 'लोन', death: 'मौत', funeral: 'अंतिम संस्कार',
  hurt: 'हर्ट', suicide: 'आत्महत्या', depression: 'डिप्रेशन', depressed: 'डिप्रेशन', social: 'सोशल', media: 'मीडिया',
};
const DEVANAGARI = /\p{Script=Devanagari}/u;

/**
 * The pack's fold: the nukta dropped and the chandrabindu read as the anusvara (customers type either), and in a
 * sentence that has Devanagari, the English words of {@link LATIN_LOANS} read as their Devanagari loans. Latin-only
 * text (English, or Hinglish typed on a Latin keyboard) is left as it is, so English never meets Devanagari phrases.
 */
export function foldHindi(normalized: string): string {
  const loans = DEVANAGARI.test(normalized) ? normalized.replace(/[a-z]+/g, (w) => LATIN_LOANS[w] ?? w) : normalized;
  return loans.replace(/\u093c/gu, '').replace(/\u0901/gu, '\u0902');
}

const NEG = ['नहीं', 'नही', 'मत', 'कभी नहीं', 'बिना', 'कोई नहीं', 'nahi', 'nahin', 'nhi', 'kabhi nahi', 'mat karo'];

export const hi: LanguagePack = {
  code: 'hi',
  // Hinglish function words, so a romanised message is recognised (Devanagari is chosen by script).
  verbFinal: true,
  // The perfective auxiliaries of a finished event, in Devanagari and in romanised Hinglish.
  pastEvent: /^(?:gaya|gayi|gayee|gaye|gya|gyi|hua|hui|huaa|liya|liye|lia|diya|diye|kiya|kiye|गया|गई|गयी|गए|हुआ|हुई|लिया|लिए|दिया|दिए|किया|किए)$/u,
  markers: ['hai', 'hain', 'mera', 'meri', 'mere', 'mujhe', 'maine', 'nahi', 'nahin', 'nhi', 'kya', 'kyun', 'kyu', 'aap', 'aapka', 'aapki', 'aapke', 'hua', 'gaya', 'gayi', 'tha', 'thi', 'raha', 'rahi', 'karo', 'karna', 'kiya', 'diya', 'liya', 'bhi', 'yeh', 'kisi', 'koi', 'kuch', 'abhi', 'mein', 'aur', 'paise', 'bhai', 'kaise', 'hoga', 'karunga', 'chahiye'],
  fold: foldHindi,
  // Hinglish typed in a hurry drops vowels ("ho gya", "kr diya", "ni kiya", "mko"): the short forms, read as the spelled-out
  // words the romanised terms use. Only expansion: romanised Hindi has no one right spelling to correct typos towards.
  abbreviations: {
    gya: 'gaya', gyi: 'gayi', gye: 'gaye', gai: 'gayi', hogya: 'ho gaya', hogyi: 'ho gayi', hogaya: 'ho gaya', hogayi: 'ho gayi', hgya: 'ho gaya',
    kr: 'kar', kro: 'karo', krna: 'karna', krdo: 'kar do', kardo: 'kar do', krdiya: 'kar diya', kardiya: 'kar diya', kia: 'kiya', kie: 'kiye',
    krunga: 'karunga', krungi: 'karungi', krwa: 'karwa', krwao: 'karwao', dia: 'diya', lia: 'liya', lie: 'liye',
    h: 'hai', hn: 'hain', ni: 'nahi', nai: 'nahi', nhi: 'nahi', nahii: 'nahi', mene: 'maine', mne: 'maine',
    mko: 'mujhe', mjhe: 'mujhe', muje: 'mujhe', mujhko: 'mujhe', mra: 'mera', mri: 'meri', mre: 'mere',
    pese: 'paise', pesa: 'paisa', paisee: 'paise', bhot: 'bahut', bahot: 'bahut', bht: 'bahut', abi: 'abhi', kch: 'kuch', kuchh: 'kuch', sb: 'sab',
    pta: 'pata', plz: 'please', pls: 'please', plzz: 'please', acc: 'account', acct: 'account',
    chory: 'chori', khogya: 'kho gaya', khogyi: 'kho gayi', gujar: 'guzar', khatm: 'khatam', khtm: 'khatam',
    zindgi: 'zindagi', jindagi: 'zindagi', jindgi: 'zindagi', zindegi: 'zindagi', jina: 'jeena', wapis: 'wapas', vapas: 'wapas', vapis: 'wapas',
  },
  typos: false,
  // Romanised Hindi's negation, time and resolution words are no English words: they guard English matched in Hinglish.
  lendsGuards: ['negation', 'resolved', 'past', 'hypothetical'],
  cues: {
    notice: ['नोटिफिकेशन', 'अलर्ट', 'एसएमएस', 'sms', 'मैसेज', 'बताकर', 'सेटिंग', 'चालू'],
    safePlace: ['घर पर', 'घर में', 'ऑफिस में', 'ghar par', 'ghar pe'],
    negation: NEG,
    negationAfter: ['नहीं', 'नही', 'nahi', 'nahin', 'nhi'],
    hypothetical: ['अगर', 'यदि', 'अगर कभी', 'मान लो', 'मान लीजिए', 'भविष्य में', 'agar', 'yadi', 'maan lo', 'agar kabhi'],
    hypotheticalAfter: ['जाए तो', 'जाये तो', 'हो जाए', 'हो जाये', 'हुआ तो', 'गया तो', 'jaye to', 'jaaye to', 'ho jaye', 'hua to', 'gaya to'],
    question: ['क्या', 'कैसे', 'कौन', 'कहां', 'कितना', 'kya', 'kaise', 'kaun', 'kahan', 'kitna'],
    possibility: ['कैसे', 'क्या होगा', 'क्या होता है', 'क्या कोई', 'कौन सा', 'कहां', 'संभव', 'kaise', 'kya hoga', 'kya hota hai', 'kya koi', 'kahan'],
    firstPerson: ['मैं', 'मेरा', 'मेरी', 'मेरे', 'मुझे', 'मैंने', 'हम', 'हमारा', 'हमारी', 'main', 'mera', 'meri', 'mere', 'mujhe', 'maine', 'hamara'],
    secondPerson: ['आप', 'आपका', 'आपकी', 'आपके', 'तुम', 'तुम्हारा', 'aap', 'aapka', 'aapki', 'aapke', 'tum', 'tumhara'],
    resolved: ['मैंने ही किया', 'मेरी ही', 'मैंने खुद', 'maine hi kiya', 'दोबारा इंस्टॉल', 'फिर से इंस्टॉल', 'reinstall', 'मिल गया', 'मिल गई', 'मिल गयी', 'ठीक हो गया', 'सुलझ गया', 'हल हो गया', 'रहने दो', 'कोई बात नहीं', 'mil gaya', 'mil gayi', 'theek ho gaya', 'thik ho gaya', 'rehne do', 'theek ho gaya tha', 'sort ho gaya', 'सॉर्ट हो गया', 'solve ho gaya', 'सॉल्व हो गया', 'wapas mil gaya', 'वापस मिल गया', 'recover ho gaya', 'रिकवर हो गया'],
    past: ['साल पहले', 'पिछले साल', 'बहुत पहले', 'saal pehle', 'pichle saal', 'पिछले महीने', 'कुछ महीने पहले', 'महीने पहले', 'pichle mahine', 'kuch mahine pehle', 'mahine pehle', 'pichhle saal', 'kaafi pehle', 'काफी पहले'],
    thirdParty: ["दोस्त", "मित्र", "सहकर्मी", "पड़ोसी", "भाई", "बहन", "रिश्तेदार", "dost", "padosi", "bhai", "behen"],
    precaution: ["अपना पासवर्ड", "पासवर्ड बदल", "मुझे भी", "मैं भी", "अपनी सुरक्षा", "सावधानी", "password badal", "mujhe bhi"],
    mistaken: ["मुझे लगा", "सोचा था", "मैंने सोचा", "laga tha", "socha tha"],
    obligation: ["क्या मुझे", "ज़रूरी है", "जरूरी है", "करना पड़ेगा", "karna padega", "zaroori hai"],
    ignoredScam: ["क्लिक नहीं", "नहीं खोला", "बिना क्लिक"],
    ownChange: ["मैंने बदल", "मैंने नया"],
    prevention: ['बचाव', 'बचें', 'बचने', 'सुरक्षित रखें', 'सुरक्षित रखने', 'रोकने', 'bachne', 'surakshit rakhne'],
    consequence: ['शुल्क', 'फीस', 'कितना लगेगा', 'जुर्माना', 'kitna lagega', 'kitni fees', 'कभी भी', 'किसी भी समय', 'kabhi bhi', 'kisi bhi samay'],
    contrast: ['लेकिन', 'मगर', 'lekin', 'magar'],
  },
  concepts: {
    necessity: ['khane', 'bachon', 'bacchon', 'fees', 'फीस', 'ration', 'dawa', 'doodh', 'दूध'],
    noMoney: ['paise bhi nahi', 'पैसे भी नहीं', 'paisa bhi nahi', 'पैसा भी नहीं'],
    openedIn: ['account bana liya', 'अकाउंट बना लिया', 'bana liya', 'बना लिया', 'khol liya', 'खोल लिया', 'loan le liya', 'लोन ले लिया', 'sim le li', 'सिम ले ली', 'sim nikalwa li', 'register kar liya', 'रजिस्टर कर लिया'],
    inMyName: ['mere naam se', 'मेरे नाम से', 'mere naam par', 'मेरे नाम पर'],
    misused: ['galat istemal', 'गलत इस्तेमाल', 'misuse', 'मिसयूज', 'use kar raha', 'यूज कर रहा', 'इस्तेमाल कर रहा', 'bana liya', 'बना लिया', 'fake account bana', 'फर्जी अकाउंट बना'],
    identity: ['aadhaar', 'aadhar', 'आधार', 'pan card', 'पैन कार्ड', 'mera pan', 'मेरा पैन', 'meri photo', 'मेरी फोटो', 'meri pehchaan', 'मेरी पहचान', 'meri identity', 'मेरी आइडेंटिटी'],
    fakeParty: ['fake customer care', 'farzi customer care', 'nakli customer care', 'फर्जी कस्टमर केयर', 'नकली कस्टमर केयर', 'fake delivery boy', 'फर्जी डिलीवरी बॉय', 'fake executive', 'fake website', 'फर्जी वेबसाइट', 'नकली वेबसाइट', 'fake app', 'फर्जी ऐप', 'नकली ऐप', 'fake call', 'फर्जी कॉल', 'fake number', 'फर्जी नंबर', 'fake seller', 'fake restaurant', 'फर्जी रेस्टोरेंट'],
    complied: ['maine bata diya', 'maine de diya', 'मैंने बता दिया', 'मैंने दे दिया', 'maine kar diya', 'मैंने कर दिया', 'maine click kiya', 'मैंने क्लिक किया', 'maine wahi kiya', 'jaise bola waise kiya', 'जैसा बोला वैसा किया'],
    aftermath: ['wallet khali', 'वॉलेट खाली', 'khali ho gaya', 'खाली हो गया', 'paise kat gaye', 'पैसे कट गए', 'paise chale gaye', 'पैसे चले गए', 'paise nikal gaye', 'पैसे निकल गए', 'login nahi ho raha', 'लॉगिन नहीं हो रहा', 'account band ho gaya', 'अकाउंट बंद हो गया', 'paise gayab', 'पैसे गायब', 'khali hai', 'खाली है'],
    contact: ['call aaya', 'call aya', 'कॉल आया', 'फोन आया', 'phone aaya', 'message aaya', 'मैसेज आया', 'sms aaya', 'एसएमएस आया', 'whatsapp pe', 'व्हाट्सएप पर', 'ek banda', 'ek aadmi', 'एक आदमी', 'delivery boy', 'डिलीवरी बॉय', 'delivery wala', 'delivery wale', 'डिलीवरी वाले', 'unhone', 'usne', 'उन्होंने', 'उसने'],
    unfamiliar: ['kisi aur ka number', 'किसी और का नंबर', 'kisi aur ki email', 'किसी और की ईमेल', 'किसी और का ईमेल', 'anjaan address', 'अनजान पता', 'अनजान पते', 'kisi aur ka address', 'किसी और का पता', 'jo maine nahi kiye', 'जो मैंने नहीं किए', 'jo maine nahi kiya', 'जो मैंने नहीं किया'],
    lockedOut: ['login nahi ho raha', 'लॉगिन नहीं हो रहा', 'account khul nahi raha', 'अकाउंट खुल नहीं रहा', 'password kaam nahi kar raha', 'पासवर्ड काम नहीं कर रहा', 'account se bahar', 'अकाउंट से बाहर', 'login nahi ho pa raha', 'लॉगिन नहीं हो पा रहा'],
    unrequested: ["मैंने नहीं मांगा", "मैंने नहीं माँगा", "बिना मांगे", "मैंने नहीं मंगवाया"],
    loginCode: ["ओटीपी", "otp", "कोड", "code"],
    // churn by what is cancelled, separable and split vows, moved custom; codes not asked for; orders disowned
    cancellable: ["कार्ड", "क्रेडिट कार्ड", "मेंबरशिप", "सदस्यता", "लॉयल्टी", "पॉइंट्स", "card", "credit card", "membership"],
    remoteTool: [...REMOTE_TOOLS, ...['रिमोट ऐप', 'स्क्रीन शेयर', 'remote app', 'screen share']],
    installedIt: ['install karwaya', 'इंस्टॉल करवाया', 'install karne ko kaha', 'इंस्टॉल करने को कहा'],
    // a charge disputed by its kind (frames 'charged-twice', 'charged-after-cancelling'): a verb of being charged, said as a
    // report (not "will I be charged"); twice or double; the customer's own cancellation before it
    charged: ['कट गए', 'कट गया', 'कट गई', 'कटे', 'काट लिए', 'काट लिया', 'काटे', 'कट रहे', 'डेबिट हो गए', 'डेबिट हुए', 'चार्ज किया', 'चार्ज कर दिया', 'चार्ज कर लिया', 'पैसे निकल गए', 'निकाल लिए', 'kat gaye', 'kaat liye', 'cut gaye', 'debit ho gaye', 'charge kar diya', 'charge kar liya', 'charge dikh', 'charge laga', 'charge lag gaya', 'चार्ज लगा', 'चार्ज लग गया', 'चार्ज दिख', 'deduct ho gaye', 'deduct hua', 'डिडक्ट हो गए', 'debit hua', 'debit ho gaya', 'paise kate', 'पैसे कटे', 'कट गये'],
    duplicate: ['दो बार', 'तीन बार', 'डबल', 'do baar', 'do bar', 'double', 'teen baar', '2 baar', '2 bar', '2 बार', 'दो-दो बार', 'do do baar', 'twice'],
    cancelledIt: ['कैंसिल कर दिया', 'कैंसल कर दिया', 'रद्द कर दिया', 'बंद करवा दिया', 'कैंसिल करने के बाद', 'रद्द करने के बाद', 'cancel kar diya', 'band kar diya', 'cancel karne ke baad'],
    alibiAway: ['इस्तेमाल ही नहीं', 'यूज़ नहीं किया', 'इस्तेमाल नहीं किया', 'इस्तेमाल नहीं की', 'use nahi kiya', 'istemal nahi kiya', 'मैंने कुछ बुक नहीं', 'कोई बुकिंग नहीं की', 'कोई बुकिंग नहीं किया', 'कुछ ऑर्डर नहीं किया', 'कोई ऑर्डर नहीं किया', 'koi booking nahi ki', 'koi order nahi kiya', 'koi order nahi diya', 'kuch order nahi kiya', 'maine sirf ek order', 'मैंने सिर्फ एक ऑर्डर', 'sirf ek hi order', 'सिर्फ एक ही ऑर्डर'],
    askedTo: ['ने कहा', 'मांगे', 'कहा कि', 'बोला', 'kaha', 'bola', 'manga', 'maanga', 'मांगा', 'pucha', 'पूछा', 'bataane ko kaha', 'बताने को कहा', 'dene ko kaha', 'देने को कहा', 'batao bola'],
    offPlatform: ['सीधे मुझे', 'सीधे उसे', 'कैश में', 'नकद', 'ऐप से नहीं', 'अपने अकाउंट में', 'सीधे पैसे', 'cash mein', 'seedhe', 'सीधे'],
    withoutMe: ['मेरे बिना', 'मैं न रहूं', 'मैं ना रहूँ', 'मैं नहीं रहूँगा', 'मैं नहीं रहूंगा', 'mere bina', 'main na rahun'],
    betterOff: ['बेहतर', 'खुश', 'अच्छा', 'behtar', 'khush'],
    everyone: ['सबके', 'सब पर', 'sabke', 'परिवार', 'sab par'],
    wishFor: ['चाहता हूँ', 'चाहती हूँ', 'चाहता हूं', 'चाहती हूं', 'मन करता है', 'chahta hoon', 'chahti hoon', 'mann karta hai', 'man karta hai', 'dil karta hai', 'दिल करता है', 'lagta hai', 'लगता है', 'chahta hu', 'chahti hu'],
    ceaseToBe: ['मर जाना', 'मरना', 'मर जाऊं', 'गायब होना', 'गायब हो जाना', 'गायब हो जाऊं', 'mar jana', 'marna', 'gayab ho jana', 'na uthun', 'ना उठूं', 'न उठूं', 'khatam ho jaun', 'खत्म हो जाऊं', 'hamesha ke liye so'],
    burden: ['बोझ', 'bojh'],
    endAll: ['सब खत्म', 'खत्म कर देना', 'गायब हो जाना', 'sab khatam', 'khatam kar dena', 'khatam karna', 'खत्म करना', 'khatam kar du', 'खत्म कर दूं'],
    exhausted: ['और नहीं सहा जाता', 'बर्दाश्त नहीं होता', 'थक गया हूँ', 'थक गई हूँ', 'हिम्मत नहीं', 'aur nahi sah', 'thak gaya', 'thak gayi', 'aur nahi hota', 'और नहीं होता', 'bardasht nahi', 'thak gaya hoon', 'thak gayi hoon', 'थक गया हूं', 'थक गई हूं'],
    leftBehind: ['छूट गया', 'छूट गई', 'छूट गयी', 'भूल गया', 'भूल गई', 'chhoot gaya', 'chut gaya', 'bhool gaya', 'bhul gaya', 'छोड़ आया', 'छोड़ आई', 'chhod aaya', 'chhod aayi', 'bhool aaya', 'bhool aayi', 'भूल आया', 'भूल आई'],
    patronise: ['इस्तेमाल', 'यूज़', 'यूज', 'ऑर्डर', 'बुक', 'use', 'order', 'book', 'istemal', 'mangwaunga', 'मंगवाऊंगा', 'order karunga', 'ऑर्डर करूंगा'],
    neverAgain: ['कभी नहीं', 'कभी भी नहीं', 'दोबारा नहीं', 'फिर कभी', 'अब कभी', 'kabhi nahi', 'dobara nahi', 'phir kabhi', 'ab kabhi'],
    card: ['कार्ड', 'क्रेडिट कार्ड', 'डेबिट कार्ड', 'एटीएम कार्ड', 'पर्स', 'बटुआ', 'atm card', 'debit card', 'credit card', 'mera card', 'card', 'wallet', 'purse', 'batua', 'वॉलेट', 'meri card'],
    device: ['फोन', 'मोबाइल', 'मोबाईल', 'लैपटॉप', 'बैग', 'mera phone', 'mera mobile', 'phone', 'mobile', 'fon', 'laptop', 'tablet', 'iphone', 'टैबलेट', 'आईफोन'],
    stolen: ['चोरी', 'चुरा', 'चुराया', 'चुरा लिया', 'छीन', 'छीना', 'छीन लिया', 'झपट लिया', 'चोर', 'लूट लिया', 'chori', 'chori ho gaya', 'chori ho gayi', 'chura liya', 'churaya', 'chheen liya', 'cheen liya', 'चोर ले गया', 'छीन ले गया', 'स्नैच', 'मार लिया', 'उड़ा लिया', 'chor le gaya', 'chheen ke bhaag', 'chheen le gaya', 'snatch', 'snatch ho gaya', 'maar liya', 'uda liya', 'chori ho gya'],
    lost: ['खो गया', 'खो गई', 'खो गयी', 'गुम हो गया', 'गुम हो गई', 'खो दिया', 'kho gaya', 'kho gayi', 'gum ho gaya', 'kho diya', 'गिर गया', 'गिर गई', 'खो बैठा', 'खो बैठी', 'गुम गया', 'gir gaya', 'gir gayi', 'kho baitha', 'kho baithi', 'gum gaya', 'kho gaya hai'],
    account: ['अकाउंट', 'एकाउंट', 'खाता', 'खाते', 'आईडी', 'पासवर्ड', 'ऐप', 'प्रोफाइल', 'ईमेल', 'mera account', 'account hack', 'khata', 'account', 'profile', 'login id'],
    hacked: ['हैक', 'हैक हो गया', 'हैक हो गई', 'हैक कर लिया', 'हैक हुआ', 'किसी और ने', 'किसी ने बदल', 'अपने आप बदल', 'बिना बताए बदल', 'hack ho gaya', 'hack ho gayi', 'hack kar liya', 'kisi aur ne', 'kisi ne password badal', 'किसी ने पासवर्ड बदल', 'kisi ne email badal', 'किसी ने ईमेल बदल', 'kisi ne number badal', 'किसी ने नंबर बदल', 'compromise ho gaya', 'कॉम्प्रोमाइज', 'hack kar diya', 'हैक कर दिया', 'hack ho gya'],
    someone: ['किसी ने', 'किसी और ने', 'कोई अनजान', 'अनजान आदमी', 'अनजान व्यक्ति', 'अजनबी', 'ठग', 'धोखेबाज', 'हैकर', 'kisi ne', 'kisi aur ne', 'koi anjaan', 'hacker ne', 'koi aur', 'कोई और', 'ek banda', 'ek aadmi', 'koi banda', 'एक आदमी', 'एक बंदा', 'kisi anjaan', 'किसी अनजान', 'fraudster', 'scammer', 'स्कैमर', 'fraud wale', 'फ्रॉड वाले'],
    accessed: ['इस्तेमाल किया', 'इस्तेमाल कर', 'यूज किया', 'लॉग इन किया', 'लॉगिन किया', 'ऑर्डर किया', 'ऑर्डर कर', 'पैसे निकाल', 'निकाल लिए', 'खरीदारी की', 'istemal kiya', 'use kiya', 'login kiya', 'order kiya', 'order kar diya', 'paise nikal', 'nikal liye', 'ऑर्डर कर दिए', 'ऑर्डर कर दिया', 'ऑर्डर किए', 'order kar diye', 'order kiye', 'मंगाया', 'मंगवाया', 'mangaya', 'mangwaya', 'login kar liya', 'लॉगिन कर लिया', 'use kar liya', 'यूज कर लिया', 'इस्तेमाल कर लिया', 'kharid liya', 'खरीद लिया', 'कर दिए'],
    unauthorised: ['मैंने नहीं किया', 'मैंने नहीं की', 'मैंने नहीं किए', 'मैंने नहीं किये', 'मेरी अनुमति के बिना', 'बिना अनुमति', 'बिना बताए', 'बिना पूछे', 'अनजान', 'अनधिकृत', 'संदिग्ध', 'maine nahi kiya', 'maine nahi ki', 'maine nahi kiye', 'bina permission', 'bina bataye', 'bina puche', 'anjaan', 'बुक नहीं की', 'बुक नहीं किया', 'ऑर्डर नहीं किया', 'पता नहीं किस चीज़ का', 'पता नहीं किस चीज का', 'यह क्या है', 'ये क्या है', 'maine book nahi', 'pata nahi kis cheez', 'समझ नहीं आ रहा', 'समझ नहीं आया', 'samajh nahi aa raha', 'मुझे नहीं पता', 'pata nahi', 'अनजाना', 'अनजानी', 'मेरे नहीं हैं', 'मेरा नहीं है', 'मेरी नहीं है', 'mere nahi hai', 'mera nahi hai', 'मैंने कुछ नहीं खरीदा', 'कुछ नहीं खरीदा', 'maine kuch nahi kharida', 'kuch nahi kharida', 'maine kuch nahi kiya', 'मैंने कुछ नहीं किया', 'बिना मेरी अनुमति', 'बिना मेरी इजाजत', 'मेरी इजाजत के बिना', 'मेरी जानकारी के बिना', 'बिना मेरी जानकारी', 'मैंने कोई ऑर्डर नहीं', 'मैंने ऑर्डर नहीं किया', 'मैंने कुछ ऑर्डर नहीं', 'मैंने नहीं मंगाया', 'मैंने कुछ नहीं मंगाया', 'मैंने कोई पेमेंट नहीं', 'मैंने पेमेंट नहीं किया', 'मैंने कोई सब्सक्रिप्शन नहीं', 'मैंने सब्सक्रिप्शन नहीं लिया', 'किस चीज का', 'किस बात का', 'bina meri permission', 'bina meri ijazat', 'meri ijazat ke bina', 'meri permission ke bina', 'meri jaankari ke bina', 'maine koi order nahi', 'maine order nahi kiya', 'maine kuch order nahi', 'maine kuch nahi mangaya', 'maine nahi mangaya', 'maine koi payment nahi', 'maine payment nahi kiya', 'maine koi subscription nahi', 'maine subscription nahi liya', 'kis cheez ka', 'kis baat ka', 'पता नहीं कहां से', 'pata nahi kahan se'],
    transaction: ['ट्रांजैक्शन', 'ट्रांजेक्शन', 'लेनदेन', 'लेन-देन', 'भुगतान', 'पेमेंट', 'चार्ज', 'डेबिट', 'ऑर्डर', 'transaction', 'payment', 'len den', 'कट गए', 'कट गया', 'कटे', 'काट लिए', 'काट लिया', 'kat gaye', 'kaat liye', 'काटे गए', 'काटे', 'चार्ज लगा', 'पैसे कटे', 'रुपये कट', 'अमाउंट', 'डिडक्ट', 'बिल', 'ऑटो डेबिट', 'charge', 'charge laga', 'charge lag gaya', 'paise kate', 'paise kat gaye', 'rupaye kat', 'amount', 'deduct', 'debit', 'auto debit', 'bill'],
    money: ['पैसे', 'पैसा', 'रुपये', 'रुपए', 'रकम', 'बैलेंस', 'वॉलेट', 'paise', 'paisa', 'rupaye'],
    vanished: ['गायब', 'गायब हो गए', 'खाली हो गया', 'चोरी हो गए', 'gayab', 'gayab ho gaye', 'khali ho gaya'],
    scamContext: ['धोखा', 'धोखाधड़ी', 'धोखे', 'ठगी', 'ठग', 'फ्रॉड', 'फर्जी', 'नकली', 'स्कैम', 'बनकर', 'बन कर', 'बताकर', 'dhokha', 'dhokhadhadi', 'thagi', 'farzi', 'nakli', 'ban kar', 'banke', 'lottery', 'लॉटरी', 'inaam', 'इनाम', 'lucky draw', 'लकी ड्रा', 'fake'],
    gaveAway: ['दे दिया', 'दे दी', 'बता दिया', 'बता दी', 'शेयर किया', 'शेयर कर दिया', 'डाल दिया', 'भेज दिया', 'de diya', 'de di', 'bata diya', 'bata di', 'share kiya', 'share kar diya', 'daal diya', 'bhej diya', 'डाल दी', 'डाल दिए', 'भर दी', 'भर दिया', 'bhar diya', 'bhar di', 'daal di', 'daal diye', 'enter kar diya', 'enter kiya', 'एंटर कर दिया', 'दे दिए', 'de diye', 'bhej di', 'भेज दी', 'share kar di', 'शेयर कर दी', 'type kar diya', 'टाइप कर दिया', 'bata diye', 'बता दिए'],
    credentials: ['ओटीपी', 'otp', 'पिन', 'पासवर्ड', 'सीवीवी', 'cvv', 'कोड', 'कार्ड नंबर', 'बैंक डिटेल', 'डिटेल्स', 'यूपीआई पिन', 'upi pin', 'card details', 'कार्ड डिटेल्स', 'card number', 'bank details', 'बैंक डिटेल्स', 'password', 'pin', 'mpin', 'एमपिन', 'verification code'],
    clickedLink: ['लिंक पर क्लिक', 'लिंक खोला', 'लिंक', 'link pe click', 'link par click', 'link khola', 'click kiya', 'क्लिक किया', 'link open kiya', 'लिंक ओपन', 'click kar diya', 'क्लिक कर दिया', 'qr code scan', 'qr scan kiya', 'क्यूआर कोड स्कैन'],
    paidOut: ['पैसे भेजे', 'पैसे भेज दिए', 'भेज दिए', 'ट्रांसफर किया', 'ट्रांसफर कर दिया', 'भुगतान किया', 'पेमेंट किया', 'पेमेंट कर दिया', 'paise bheje', 'bhej diye', 'transfer kiya', 'transfer kar diya', 'payment kiya', 'payment kar diya', 'pay kar diya', 'paise de diye', 'पैसे दे दिए', 'advance diya', 'एडवांस दिया', 'advance payment kiya', 'pay kiya', 'पे किया', 'upi kiya', 'यूपीआई किया'],
    partyGone: ['ब्लॉक कर दिया', 'फोन बंद', 'गायब हो गया', 'जवाब नहीं दे रहा', 'block kar diya', 'phone band hai', 'gayab ho gaya', 'phone nahi utha raha', 'फोन नहीं उठा रहा', 'call nahi utha raha', 'कॉल नहीं उठा रहा', 'number band aa raha', 'नंबर बंद आ रहा', 'reply nahi kar raha'],
    sim: ['सिम', 'मेरा नंबर', 'mera number', 'meri sim', 'sim card', 'sim', 'सिम कार्ड'],
    swapped: ['स्वैप', 'किसी और के पास', 'पोर्ट', 'बिना मेरी अनुमति', 'मैंने नहीं मांगा', 'मैंने नहीं मांगी', 'किसी और ने', 'swap', 'maine nahi manga', 'kisi aur ke paas', 'duplicate sim', 'डुप्लीकेट सिम', 'nayi sim nikal', 'नई सिम निकलवा', 'sim nikalwa li', 'सिम निकलवा ली', 'sim badal di', 'सिम बदल दी', 'port kar di', 'पोर्ट कर दी', 'kisi aur ne sim', 'किसी और ने सिम'],
    signalLost: ['नेटवर्क नहीं', 'नेटवर्क चला गया', 'सिग्नल नहीं', 'नो सर्विस', 'सिम बंद', 'नंबर बंद', 'network nahi', 'signal nahi', 'sim band ho gayi', 'सिम बंद हो गई', 'सिम अचानक बंद', 'sim band ho gaya', 'network nahi aa raha', 'नेटवर्क नहीं आ रहा', 'no service', 'sim achanak band', 'sim kaam nahi kar rahi', 'सिम काम नहीं कर रही', 'network gayab', 'नेटवर्क गायब', 'emergency calls only', 'sim invalid', 'सिम इनवैलिड'],
    securityAlert: ['ओटीपी', 'otp', 'कोड', 'लॉगिन', 'पासवर्ड', 'बैंक', 'मैसेज', 'otp aa rahe', 'ओटीपी आ रहे', 'otp aaye', 'ओटीपी आए', 'login alert', 'password reset'],
    securityStrong: ['अकाउंट हैक', 'खाता हैक', 'ठगी हुई', 'ठगी हो गई', 'ठगी हो गयी', 'मेरे साथ धोखा', 'मेरे साथ धोखाधड़ी', 'मेरे साथ फ्रॉड', 'फ्रॉड हो गया', 'फ्रॉड हुआ', 'ओटीपी दे दिया', 'ओटीपी बता दिया', 'ओटीपी शेयर कर दिया', 'सिम स्वैप', 'डुप्लीकेट सिम', 'पहचान की चोरी', 'account hack ho gaya', 'fraud ho gaya', 'fraud hua', 'mere saath fraud', 'mere sath fraud', 'dhokha hua', 'dhokha ho gaya', 'thagi hui', 'thagi ho gayi', 'otp de diya', 'otp bata diya', 'otp share kar diya', 'sim swap', 'duplicate sim', 'ye thagi hai', 'yeh thagi hai', 'ठगी है', 'ye fraud hai', 'yeh fraud hai', 'ये फ्रॉड है', 'scam hai ye', 'ye scam hai', 'ये स्कैम है', 'identity chori', 'आइडेंटिटी चोरी', 'pehchaan chori', 'पहचान चोरी', 'identity theft', 'meri identity chori'],

    family: ['मां', 'मम्मी', 'माता', 'माताजी', 'पिता', 'पिताजी', 'पापा', 'बाबा', 'पति', 'पत्नी', 'बेटा', 'बेटी', 'भाई', 'बहन', 'दादा', 'दादी', 'नाना', 'नानी', 'ससुर', 'सास', 'maa', 'mummy', 'papa', 'pitaji', 'pati', 'patni', 'beta', 'beti', 'bhai', 'behen', 'dadi', 'dada', 'nani', 'wife', 'husband', 'father', 'mother', 'dad', 'mom', 'bhaiya', 'didi', 'chacha', 'mama', 'dadaji', 'nanaji', 'वाइफ', 'हसबैंड', 'फादर', 'मदर', 'डैड', 'मॉम', 'भैया', 'दीदी', 'चाचा', 'मामा', 'बाबूजी', 'papa ji', 'mummy ji', 'sasur', 'saas'],
    diedRef: ['उनका देहांत', 'गुज़र गए', 'गुजर गए', 'गुज़र गईं', 'गुजर गईं', 'नहीं रहे', 'नहीं रहीं', 'unki death', 'उनकी मौत', 'unka dehant', 'ab nahi rahe', 'अब नहीं रहे', 'chal base', 'चल बसे', 'guzar gaye'],
    died: ['गुजर गए', 'गुजर गई', 'गुजर गयी', 'निधन', 'देहांत', 'मृत्यु', 'मौत', 'मर गए', 'मर गई', 'मर गया', 'स्वर्गवास', 'नहीं रहे', 'नहीं रहीं', 'अंतिम संस्कार', 'guzar gaye', 'gujar gaye', 'guzar gayi', 'nidhan', 'dehant', 'maut ho gayi', 'mar gaye', 'mar gayi', 'nahi rahe', 'swargwas', 'death ho gayi', 'death ho gai', 'डेथ हो गई', 'मौत हो गई', 'chal base', 'चल बसे', 'चल बसीं', 'chal basi', 'expire ho gaye', 'expire ho gayi', 'एक्सपायर हो गए', 'dehant ho gaya', 'इस दुनिया में नहीं', 'is duniya mein nahi', 'भगवान को प्यारे', 'bhagwan ko pyare', 'shant ho gaye', 'शांत हो गए', 'passed away', 'pass away ho gaye'],
    bereaved: ['स्वर्गीय', 'दिवंगत', 'विधवा', 'मृत्यु प्रमाण पत्र', 'swargiya', 'death certificate', 'shraddh', 'श्राद्ध', 'tehrvi', 'तेरहवीं', 'antim sanskar', 'late papa', 'late father', 'late mother', 'unke jaane ke baad', 'उनके जाने के बाद', 'dehant ke baad', 'देहांत के बाद'],
    hardship: ['नौकरी चली गई', 'नौकरी चली गयी', 'नौकरी छूट गई', 'नौकरी छूट गयी', 'बेरोजगार', 'खाने के पैसे नहीं', 'खाने को कुछ नहीं', 'आर्थिक तंगी', 'पैसों की तंगी', 'आखिरी पैसे', 'किराया नहीं दे पा', 'naukri chali gayi', 'job chali gayi', 'job chhut gayi', 'berozgar', 'khane ke paise nahi', 'aakhri paise', 'paison ki tangi', 'ghar chalana mushkil', 'घर चलाना मुश्किल', 'aakhri paise the', 'salary nahi aayi', 'सैलरी नहीं आई', 'tankhwah nahi mili', 'तनख्वाह नहीं मिली', 'naukri chhut gayi', 'नौकरी छूट', 'kaam chhoot gaya', 'काम छूट गया', 'kaam chala gaya', 'dhandha band', 'धंधा बंद', 'karz mein doob', 'कर्ज में डूब', 'udhaar pe chal raha', 'उधार पर चल', 'ek ek paisa', 'एक एक पैसा', 'khane ke paise bhi nahi', 'खाने के पैसे भी नहीं', 'bachon ke khane', 'बच्चों के खाने', 'kiraya nahi de pa', 'kiraya bhi nahi', 'किराया भी नहीं', 'fees nahi bhar pa', 'फीस नहीं भर पा', 'emi nahi bhar pa', 'ईएमआई नहीं भर पा', 'bilkul paise nahi', 'बिल्कुल पैसे नहीं', 'ek rupaya nahi', 'एक रुपया नहीं', 'tangi chal rahi', 'तंगी चल रही', 'haath tang', 'हाथ तंग', 'mushkil se guzara', 'मुश्किल से गुजारा', 'guzara nahi ho raha', 'गुजारा नहीं हो रहा', 'job chali gai', 'job chhoot gayi', 'job gayi'],
    hardshipWeak: ['पैसे नहीं', 'पैसा नहीं', 'कर्ज', 'उधार', 'ईएमआई', 'तंगी', 'paise nahi', 'karz', 'udhaar', 'tangi'],
    distress: ['परेशान', 'मजबूर', 'मजबूरी', 'मदद करो', 'मदद कीजिए', 'बच्चे', 'बच्चों', 'भूखे', 'भूखा', 'रो रहा', 'रो रही', 'समझ नहीं आ रहा', 'क्या करूं', 'pareshan', 'majboor', 'madad karo', 'bachche', 'bacche', 'bhukhe', 'kya karu', 'kya karun', 'bahut pareshan', 'बहुत परेशान', 'madad kijiye', 'please help', 'help karo', 'bahut mushkil', 'बहुत मुश्किल', 'ro raha hoon', 'ro rahi hoon', 'majboori', 'samajh nahi aa raha'],
    selfHarm: ['किसलिए जीना', 'kis liye jeena', 'जीना मुश्किल', 'जीने का कोई मतलब नहीं', 'मेरी किसी को जरूरत नहीं', 'jeene ka koi matlab nahi', 'jeena mushkil', 'आत्महत्या', 'खुदकुशी', 'जान दे दूंगा', 'जान दे दूंगी', 'मर जाना चाहता', 'मर जाना चाहती', 'मरना चाहता', 'मरना चाहती', 'जीना नहीं चाहता', 'जीना नहीं चाहती', 'जीने का मन नहीं', 'जीने की इच्छा नहीं', 'खुद को खत्म', 'जिंदगी खत्म कर', 'खुद को नुकसान', 'aatmhatya', 'khudkushi', 'jaan de dunga', 'jaan de dungi', 'marna chahta', 'marna chahti', 'mar jana chahta', 'mar jana chahti', 'jeena nahi chahta', 'jeena nahi chahti', 'zindagi khatam kar', 'khud ko khatam', 'अब और नहीं जी सकता', 'अब और नहीं जी सकती', 'जी नहीं सकता', 'जी नहीं सकती', 'जीना नहीं है', 'सब खत्म कर दूं', 'सब खत्म कर दूँ', 'सब खत्म करना चाहता', 'सब खत्म करना चाहती', 'मेरा आखिरी मैसेज', 'आखिरी संदेश', 'सबको अलविदा', 'अलविदा सबको', 'मर जाऊं', 'मर जाऊँ', 'जीने की कोई वजह नहीं', 'जीने का कोई कारण नहीं', 'नींद की गोलियां', 'पुल से कूद', 'छत से कूद', 'जिंदगी से थक गया', 'जिंदगी से थक गई', 'ज़िंदगी से थक', 'jeene ka mann nahi', 'mar jaun', 'sab khatam kar', 'zindagi se thak', 'ab aur nahi ji sakta', 'alvida sabko', 'जल्द ही नहीं रहूंगा', 'नहीं रहूंगा', 'नहीं रहूँगा', 'नहीं रहूंगी', 'नहीं रहूँगी', 'सब खत्म हो जाए', 'सब कुछ खत्म हो जाए', 'nahi rahunga', 'sab khatam ho jaye', 'ज़िंदगी का कोई मतलब नहीं', 'जिंदगी का कोई मतलब नहीं', 'जिंदगी में कोई मतलब नहीं', 'zindagi ka koi matlab nahi', 'सब के लिए माफ़ कर देना', 'ज़िंदा नहीं रहूंगा', 'जिंदा नहीं रहूंगा', 'जिंदा नहीं रहूंगी', 'zinda nahi rahunga', 'zindagi se tang', 'जिंदगी से तंग', 'ज़िंदगी से तंग', 'jeena nahi hai', 'ab aur nahi jeena', 'duniya chhod', 'दुनिया छोड़ दूं', 'दुनिया छोड़ना चाहता', 'दुनिया छोड़ना चाहती', 'jeene ka mann nahi karta', 'जीने का मन नहीं करता', 'अलविदा संदेश', 'कोई रास्ता नहीं दिखता', 'सुबह उठना नहीं चाहता', 'सुबह उठना नहीं चाहती', 'सुसाइड नोट', 'khud ko hurt', 'खुद को हर्ट', 'khud ko nuksan', 'apne aap ko hurt', 'अपने आप को नुकसान', 'apni jaan le', 'अपनी जान ले', 'jaan de dun', 'जान दे दूं', 'kal tak nahi rahunga', 'कल तक नहीं रहूंगा', 'kabhi na uthun', 'कभी न उठूं', 'कभी ना उठूं', 'kabhi na uthu', 'kabhi wapas na aaun', 'कभी वापस न आऊं', 'किसी को फर्क नहीं पड़ेगा', 'kisi ko fark nahi padega', 'mere jaane se kisi ko fark', 'jeene ki koi wajah nahi', 'zindagi bekar hai', 'ज़िंदगी बेकार है', 'zindagi se haar', 'ज़िंदगी से हार', 'khud ko khatam kar lunga', 'खुद को खत्म कर लूंगा', 'sab khatam karna chahta', 'sab khatam karna chahti', 'sab khatam kar dena chahta', 'hamesha ke liye so jaun', 'हमेशा के लिए सो जाऊं'],
    lawyerAction: ['से बात', 'के पास जाऊंगा', 'के पास जाऊंगी', 'को दिखाऊंगा', 'से नोटिस', 'se baat karunga', 'ke paas jaunga', 'se notice', 'se baat ho gayi', 'से बात हो गई', 'se baat kar li', 'से बात कर ली', 'notice bhejega', 'नोटिस भेजेगा', 'se notice bhijwaunga', 'से नोटिस भिजवाऊंगा'],
    lawyer: ['वकील', 'vakil', 'wakeel', 'lawyer', 'advocate', 'एडवोकेट'],
    legalStrong: ['कानूनी कार्रवाई', 'कानूनी कार्यवाही', 'केस करूंगा', 'केस करूंगी', 'केस कर दूंगा', 'कोर्ट में', 'कोर्ट जाऊंगा', 'अदालत', 'मुकदमा', 'लीगल नोटिस', 'कानूनी नोटिस', 'पुलिस में शिकायत', 'पुलिस में रिपोर्ट', 'एफआईआर', 'उपभोक्ता अदालत', 'कंज्यूमर कोर्ट', 'case karunga', 'case kar dunga', 'court mein', 'court jaunga', 'legal notice bhej', 'kanooni karwai', 'police complaint karunga', 'fir karunga', 'fir darj', 'consumer court', 'legal action', 'लीगल एक्शन', 'legal action lunga', 'case karungi', 'case file', 'केस फाइल', 'court mein ghaseetunga', 'कोर्ट में घसीटूंगा', 'court le jaunga', 'कोर्ट ले जाऊंगा', 'sue karunga', 'sue kar dunga', 'police complaint kar dunga', 'police mein complaint', 'police me complaint', 'police ko complaint', 'पुलिस को शिकायत', 'पुलिस में जाऊंगा', 'police ke paas jaunga', 'police station jaunga', 'पुलिस स्टेशन जाऊंगा', 'cyber crime', 'साइबर क्राइम', 'cyber cell', 'साइबर सेल', 'cybercrime', 'fir karwaunga', 'एफआईआर करवाऊंगा', 'legal notice bhejunga', 'legal notice bhej dunga', 'notice bhejunga', 'नोटिस भेजूंगा', 'लीगल नोटिस भेजूंगा', 'उपभोक्ता कोर्ट', 'कोर्ट में केस'],
    regulator: ['उपभोक्ता फोरम', 'कंज्यूमर फोरम', 'उपभोक्ता हेल्पलाइन', 'राष्ट्रीय उपभोक्ता हेल्पलाइन', 'ग्राहक मंच', 'आरबीआई', 'ट्राई', 'सेबी', 'बैंकिंग लोकपाल', 'लोकपाल', 'एफएसएसएआई', 'खाद्य सुरक्षा विभाग', 'consumer forum', 'consumer helpline', 'national consumer helpline', 'rbi', 'trai', 'sebi', 'fssai', 'banking lokpal', 'lokpal', 'nch', 'एनसीएच', 'consumer affairs', 'उपभोक्ता मामले', 'consumer protection', 'उपभोक्ता संरक्षण', 'consumer commission', 'उपभोक्ता आयोग', 'jago grahak jago', 'जागो ग्राहक जागो', 'edaakhil', 'e daakhil', 'ई दाखिल', 'consumer ministry', 'उपभोक्ता मंत्रालय', 'cpgrams', 'pgportal', 'pg portal', 'grievance portal', 'ombudsman', 'consumer rights', 'उपभोक्ता अधिकार', 'sarkari portal', 'सरकारी पोर्टल', 'food safety', 'फूड सेफ्टी', 'health department', 'स्वास्थ्य विभाग', 'नगर निगम', 'nagar nigam', 'उपभोक्ता संगठन', 'consumer association', 'ग्राहक पंचायत', 'grahak panchayat'],
    complain: ['शिकायत', 'रिपोर्ट', 'shikayat', 'complaint karunga', 'complaint kar dunga', 'report karunga', 'complaint kar di', 'complaint kar diya', 'complaint daal', 'complaint dal', 'complaint karungi', 'complaint file', 'likhunga', 'लिखूंगा', 'report kar dunga', 'शिकायत करूंगा', 'शिकायत कर दी', 'शिकायत कर दूंगा', 'complaint'],
    formalComplaint: ['औपचारिक शिकायत', 'लिखित शिकायत', 'शिकायत दर्ज', 'complaint darj', 'shikayat darj'],
    future: ['करूंगा', 'करूंगी', 'डालूंगा', 'डाल दूंगा', 'karunga', 'karungi', 'daalunga', 'daal dunga'],
    publicity: ['सोशल मीडिया', 'ट्विटर', 'फेसबुक', 'इंस्टाग्राम', 'यूट्यूब', 'social media', 'twitter', 'facebook', 'instagram', 'youtube'],

    cancel: ['बंद कर दो', 'बंद करो', 'बंद करना है', 'बंद करवाना', 'बंद कर दीजिए', 'बंद करें', 'डिलीट कर दो', 'डिलीट करो', 'डिलीट करना है', 'कैंसिल कर दो', 'कैंसिल करो', 'कैंसिल करना है', 'रद्द कर दो', 'रद्द करें', 'band kar do', 'band karo', 'band karna hai', 'delete kar do', 'delete karna hai', 'cancel kar do', 'cancel karna hai', 'कैंसिल कर रहा', 'कैंसिल कर रही', 'बंद कर रहा', 'बंद कर रही', 'डिलीट कर रहा', 'डिलीट कर रही', 'cancel kar raha', 'cancel kar rahi', 'band kar raha', 'delete kar raha', 'delete kar rahi', 'हटा दो', 'hata do', 'band karwa do', 'बंद करवा दो', 'बंद करवा दीजिए', 'कैंसिल करवा दो', 'cancel karwa do', 'band kar dijiye', 'delete kar dijiye', 'डिलीट कर दीजिए', 'कैंसिल कर दीजिए', 'close kar do', 'क्लोज कर दो', 'deactivate kar do', 'डीएक्टिवेट कर दो'],
    contract: ['अकाउंट', 'खाता', 'सदस्यता', 'मेंबरशिप', 'सब्सक्रिप्शन', 'account', 'khata', 'membership', 'subscription'],
    switchTo: ['पर चला जाऊंगा', 'पर जाऊंगा', 'इस्तेमाल करूंगा', 'से मंगाऊंगा', 'से ऑर्डर करूंगा', 'chala jaunga', 'use karunga', 'se order karunga', 'se mangaunga', 'pe shift', 'पर शिफ्ट', 'shift ho raha', 'शिफ्ट हो रहा', 'se mangwaunga', 'से मंगवाऊंगा', 'pe order karunga', 'पर ऑर्डर करूंगा', 'यूज करूंगा'],
    competitor: ['दूसरी कंपनी', 'दूसरे ऐप', 'दूसरा ऐप', 'कहीं और', 'dusri company', 'dusre app', 'dusra app', 'doosra app', 'kahin aur', 'competitor', 'दूसरे प्लेटफॉर्म', 'doosre platform', 'dusre platform', 'kisi aur platform'],
    churnStrong: ['ऐप अनइंस्टॉल', 'ऐप हटा', 'app uninstall', 'app delete kar', 'ऐप डिलीट', 'ऐप को डिलीट', 'अब कभी ऑर्डर नहीं', 'दोबारा कभी नहीं', 'कभी इस्तेमाल नहीं करूंगा', 'ऐप डिलीट कर रहा', 'ऐप डिलीट कर दिया', 'ग्राहक खो दिया', 'kabhi order nahi karunga', 'app delete kar raha', 'app delete kar diya', 'ab kabhi order nahi', 'दूसरी कंपनी में जा', 'दूसरी कंपनी में जा रहा', 'दूसरी कंपनी ले', 'कनेक्शन बंद कर', 'कनेक्शन कटवा', 'connection band kar', 'dusri company me ja', 'port kar', 'पोर्ट कर'],

    repeatCount: ['तीसरी बार', 'चौथी बार', 'कितनी बार', 'बार बार', 'बार-बार', 'कई बार', 'teesri baar', 'kitni baar', 'baar baar', 'kai baar'],
    repeat: ['फिर से', 'दोबारा', 'अभी भी', 'पहले ही', 'phir se', 'dobara', 'abhi bhi', 'pehle hi'],
    futile: ['कोई जवाब नहीं', 'कोई नहीं सुनता', 'कोई मदद नहीं', 'बेकार बॉट', 'koi jawab nahi', 'koi nahi sunta', 'bekaar bot', 'bekar bot'],
  },
};
