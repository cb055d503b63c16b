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

const NEG = ['नहीं', 'नही', 'मत', 'कभी नहीं', 'बिना', 'कोई नहीं', 'nahi', 'nahin', 'nhi', 'kabhi nahi', 'mat karo'];

export const hi: LanguagePack = {
  code: 'hi',
  // Hinglish function words, so a romanised message is recognised (Devanagari is chosen by script).
  verbFinal: true,
  // The perfective auxiliaries of a finished event, in Devanagari and in romanised Hinglish.
  pastEvent: /^(?:gaya|gayi|gayee|gaye|gya|gyi|hua|hui|huaa|liya|liye|lia|diya|diye|kiya|kiye|गया|गई|गयी|गए|हुआ|हुई|लिया|लिए|दिया|दिए|किया|किए)$/u,
  markers: ['hai', 'hain', 'mera', 'meri', 'mere', 'mujhe', 'maine', 'nahi', 'nahin', 'nhi', 'kya', 'kyun', 'kyu', 'aap', 'aapka', 'aapki', 'aapke', 'hua', 'gaya', 'gayi', 'tha', 'thi', 'raha', 'rahi', 'karo', 'karna', 'kiya', 'diya', 'liya', 'bhi', 'yeh', 'kisi', 'koi', 'kuch', 'abhi', 'mein', 'aur', 'paise', 'bhai', 'kaise', 'hoga', 'karunga', 'chahiye'],
  fold: (normalized) => normalized.replace(/\u093c/gu, '').replace(/\u0901/gu, '\u0902'),
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
    resolved: ['मैंने ही किया', 'मेरी ही', 'मैंने खुद', 'maine hi kiya', 'दोबारा इंस्टॉल', 'फिर से इंस्टॉल', 'reinstall', 'मिल गया', 'मिल गई', 'मिल गयी', 'ठीक हो गया', 'सुलझ गया', 'हल हो गया', 'रहने दो', 'कोई बात नहीं', 'mil gaya', 'mil gayi', 'theek ho gaya', 'thik ho gaya', 'rehne do'],
    past: ['साल पहले', 'पिछले साल', 'बहुत पहले', 'saal pehle', 'pichle saal'],
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
    unrequested: ["मैंने नहीं मांगा", "मैंने नहीं माँगा", "बिना मांगे", "मैंने नहीं मंगवाया"],
    loginCode: ["ओटीपी", "otp", "कोड", "code"],
    // churn by what is cancelled, separable and split vows, moved custom; codes not asked for; orders disowned
    cancellable: ["कार्ड", "क्रेडिट कार्ड", "मेंबरशिप", "सदस्यता", "लॉयल्टी", "पॉइंट्स", "card", "credit card", "membership"],
    remoteTool: [...REMOTE_TOOLS, ...['रिमोट ऐप', 'स्क्रीन शेयर', 'remote app', 'screen share']],
    installedIt: ['install karwaya', 'इंस्टॉल करवाया', 'install karne ko kaha', 'इंस्टॉल करने को कहा'],
    // a charge disputed by its kind (frames 'charged-twice', 'charged-after-cancelling'): a verb of being charged, said as a
    // report (not "will I be charged"); twice or double; the customer's own cancellation before it
    charged: ['कट गए', 'कट गया', 'कट गई', 'कटे', 'काट लिए', 'काट लिया', 'काटे', 'कट रहे', 'डेबिट हो गए', 'डेबिट हुए', 'चार्ज किया', 'चार्ज कर दिया', 'चार्ज कर लिया', 'पैसे निकल गए', 'निकाल लिए', 'kat gaye', 'kaat liye', 'cut gaye', 'debit ho gaye', 'charge kar diya', 'charge kar liya'],
    duplicate: ['दो बार', 'तीन बार', 'डबल', 'do baar', 'do bar', 'double', 'teen baar'],
    cancelledIt: ['कैंसिल कर दिया', 'कैंसल कर दिया', 'रद्द कर दिया', 'बंद करवा दिया', 'कैंसिल करने के बाद', 'रद्द करने के बाद', 'cancel kar diya', 'band kar diya', 'cancel karne ke baad'],
    alibiAway: ['इस्तेमाल ही नहीं', 'यूज़ नहीं किया', 'इस्तेमाल नहीं किया', 'इस्तेमाल नहीं की', 'use nahi kiya', 'istemal nahi kiya', 'मैंने कुछ बुक नहीं', 'कोई बुकिंग नहीं की', 'कोई बुकिंग नहीं किया', 'कुछ ऑर्डर नहीं किया', 'कोई ऑर्डर नहीं किया', 'koi booking nahi ki'],
    askedTo: ['ने कहा', 'मांगे', 'कहा कि', 'बोला', 'kaha', 'bola'],
    offPlatform: ['सीधे मुझे', 'सीधे उसे', 'कैश में', 'नकद', 'ऐप से नहीं', 'अपने अकाउंट में', 'सीधे पैसे', 'cash mein', 'seedhe', 'सीधे'],
    withoutMe: ['मेरे बिना', 'मैं न रहूं', 'मैं ना रहूँ', 'मैं नहीं रहूँगा', 'मैं नहीं रहूंगा', 'mere bina', 'main na rahun'],
    betterOff: ['बेहतर', 'खुश', 'अच्छा', 'behtar', 'khush'],
    everyone: ['सबके', 'सब पर', 'sabke', 'परिवार', 'sab par'],
    wishFor: ['चाहता हूँ', 'चाहती हूँ', 'चाहता हूं', 'चाहती हूं', 'मन करता है', 'chahta hoon', 'chahti hoon'],
    ceaseToBe: ['मर जाना', 'मरना', 'मर जाऊं', 'गायब होना', 'गायब हो जाना', 'गायब हो जाऊं', 'mar jana', 'marna', 'gayab ho jana'],
    burden: ['बोझ', 'bojh'],
    endAll: ['सब खत्म', 'खत्म कर देना', 'गायब हो जाना', 'sab khatam', 'khatam kar dena'],
    exhausted: ['और नहीं सहा जाता', 'बर्दाश्त नहीं होता', 'थक गया हूँ', 'थक गई हूँ', 'हिम्मत नहीं', 'aur nahi sah', 'thak gaya', 'thak gayi'],
    leftBehind: ['छूट गया', 'छूट गई', 'छूट गयी', 'भूल गया', 'भूल गई', 'chhoot gaya', 'chut gaya', 'bhool gaya', 'bhul gaya'],
    patronise: ['इस्तेमाल', 'यूज़', 'यूज', 'ऑर्डर', 'बुक', 'use', 'order', 'book', 'istemal'],
    neverAgain: ['कभी नहीं', 'कभी भी नहीं', 'दोबारा नहीं', 'फिर कभी', 'अब कभी', 'kabhi nahi', 'dobara nahi', 'phir kabhi', 'ab kabhi'],
    card: ['कार्ड', 'क्रेडिट कार्ड', 'डेबिट कार्ड', 'एटीएम कार्ड', 'पर्स', 'बटुआ', 'atm card', 'debit card', 'credit card', 'mera card'],
    device: ['फोन', 'मोबाइल', 'मोबाईल', 'लैपटॉप', 'बैग', 'mera phone', 'mera mobile'],
    stolen: ['चोरी', 'चुरा', 'चुराया', 'चुरा लिया', 'छीन', 'छीना', 'छीन लिया', 'झपट लिया', 'चोर', 'लूट लिया', 'chori', 'chori ho gaya', 'chori ho gayi', 'chura liya', 'churaya', 'chheen liya', 'cheen liya'],
    lost: ['खो गया', 'खो गई', 'खो गयी', 'गुम हो गया', 'गुम हो गई', 'खो दिया', 'kho gaya', 'kho gayi', 'gum ho gaya', 'kho diya'],
    account: ['अकाउंट', 'एकाउंट', 'खाता', 'खाते', 'आईडी', 'पासवर्ड', 'ऐप', 'प्रोफाइल', 'ईमेल', 'mera account', 'account hack', 'khata'],
    hacked: ['हैक', 'हैक हो गया', 'हैक हो गई', 'हैक कर लिया', 'हैक हुआ', 'किसी और ने', 'किसी ने बदल', 'अपने आप बदल', 'बिना बताए बदल', 'hack ho gaya', 'hack ho gayi', 'hack kar liya', 'kisi aur ne'],
    someone: ['किसी ने', 'किसी और ने', 'कोई अनजान', 'अनजान आदमी', 'अनजान व्यक्ति', 'अजनबी', 'ठग', 'धोखेबाज', 'हैकर', 'kisi ne', 'kisi aur ne', 'koi anjaan', 'hacker ne'],
    accessed: ['इस्तेमाल किया', 'इस्तेमाल कर', 'यूज किया', 'लॉग इन किया', 'लॉगिन किया', 'ऑर्डर किया', 'ऑर्डर कर', 'पैसे निकाल', 'निकाल लिए', 'खरीदारी की', 'istemal kiya', 'use kiya', 'login kiya', 'order kiya', 'order kar diya', 'paise nikal', 'nikal liye'],
    unauthorised: ['मैंने नहीं किया', 'मैंने नहीं की', 'मैंने नहीं किए', 'मैंने नहीं किये', 'मेरी अनुमति के बिना', 'बिना अनुमति', 'बिना बताए', 'बिना पूछे', 'अनजान', 'अनधिकृत', 'संदिग्ध', 'maine nahi kiya', 'maine nahi ki', 'maine nahi kiye', 'bina permission', 'bina bataye', 'bina puche', 'anjaan', 'बुक नहीं की', 'बुक नहीं किया', 'ऑर्डर नहीं किया', 'पता नहीं किस चीज़ का', 'पता नहीं किस चीज का', 'यह क्या है', 'ये क्या है', 'maine book nahi', 'pata nahi kis cheez', 'समझ नहीं आ रहा', 'समझ नहीं आया', 'samajh nahi aa raha', 'मुझे नहीं पता', 'pata nahi', 'अनजाना', 'अनजानी', 'मेरे नहीं हैं', 'मेरा नहीं है', 'मेरी नहीं है', 'mere nahi hai', 'mera nahi hai', 'मैंने कुछ नहीं खरीदा', 'कुछ नहीं खरीदा', 'maine kuch nahi kharida', 'kuch nahi kharida', 'maine kuch nahi kiya', 'मैंने कुछ नहीं किया'],
    transaction: ['ट्रांजैक्शन', 'ट्रांजेक्शन', 'लेनदेन', 'लेन-देन', 'भुगतान', 'पेमेंट', 'चार्ज', 'डेबिट', 'ऑर्डर', 'transaction', 'payment', 'len den', 'कट गए', 'कट गया', 'कटे', 'काट लिए', 'काट लिया', 'kat gaye', 'kaat liye', 'काटे गए', 'काटे'],
    money: ['पैसे', 'पैसा', 'रुपये', 'रुपए', 'रकम', 'बैलेंस', 'वॉलेट', 'paise', 'paisa', 'rupaye'],
    vanished: ['गायब', 'गायब हो गए', 'खाली हो गया', 'चोरी हो गए', 'gayab', 'gayab ho gaye', 'khali ho gaya'],
    scamContext: ['धोखा', 'धोखाधड़ी', 'धोखे', 'ठगी', 'ठग', 'फ्रॉड', 'फर्जी', 'नकली', 'स्कैम', 'बनकर', 'बन कर', 'बताकर', 'dhokha', 'dhokhadhadi', 'thagi', 'farzi', 'nakli', 'ban kar', 'banke'],
    gaveAway: ['दे दिया', 'दे दी', 'बता दिया', 'बता दी', 'शेयर किया', 'शेयर कर दिया', 'डाल दिया', 'भेज दिया', 'de diya', 'de di', 'bata diya', 'bata di', 'share kiya', 'share kar diya', 'daal diya', 'bhej diya'],
    credentials: ['ओटीपी', 'otp', 'पिन', 'पासवर्ड', 'सीवीवी', 'cvv', 'कोड', 'कार्ड नंबर', 'बैंक डिटेल', 'डिटेल्स', 'यूपीआई पिन', 'upi pin'],
    clickedLink: ['लिंक पर क्लिक', 'लिंक खोला', 'लिंक', 'link pe click', 'link par click', 'link khola'],
    paidOut: ['पैसे भेजे', 'पैसे भेज दिए', 'भेज दिए', 'ट्रांसफर किया', 'ट्रांसफर कर दिया', 'भुगतान किया', 'पेमेंट किया', 'पेमेंट कर दिया', 'paise bheje', 'bhej diye', 'transfer kiya', 'transfer kar diya', 'payment kiya', 'payment kar diya', 'pay kar diya'],
    partyGone: ['ब्लॉक कर दिया', 'फोन बंद', 'गायब हो गया', 'जवाब नहीं दे रहा', 'block kar diya', 'phone band hai', 'gayab ho gaya'],
    sim: ['सिम', 'मेरा नंबर', 'mera number', 'meri sim', 'sim card'],
    swapped: ['स्वैप', 'किसी और के पास', 'पोर्ट', 'बिना मेरी अनुमति', 'मैंने नहीं मांगा', 'मैंने नहीं मांगी', 'किसी और ने', 'swap', 'maine nahi manga', 'kisi aur ke paas'],
    signalLost: ['नेटवर्क नहीं', 'नेटवर्क चला गया', 'सिग्नल नहीं', 'नो सर्विस', 'सिम बंद', 'नंबर बंद', 'network nahi', 'signal nahi', 'sim band ho gayi', 'सिम बंद हो गई', 'सिम अचानक बंद', 'sim band ho gaya'],
    securityAlert: ['ओटीपी', 'otp', 'कोड', 'लॉगिन', 'पासवर्ड', 'बैंक', 'मैसेज'],
    securityStrong: ['अकाउंट हैक', 'खाता हैक', 'ठगी हुई', 'ठगी हो गई', 'ठगी हो गयी', 'मेरे साथ धोखा', 'मेरे साथ धोखाधड़ी', 'मेरे साथ फ्रॉड', 'फ्रॉड हो गया', 'फ्रॉड हुआ', 'ओटीपी दे दिया', 'ओटीपी बता दिया', 'ओटीपी शेयर कर दिया', 'सिम स्वैप', 'डुप्लीकेट सिम', 'पहचान की चोरी', 'account hack ho gaya', 'fraud ho gaya', 'fraud hua', 'mere saath fraud', 'mere sath fraud', 'dhokha hua', 'dhokha ho gaya', 'thagi hui', 'thagi ho gayi', 'otp de diya', 'otp bata diya', 'otp share kar diya', 'sim swap', 'duplicate sim'],

    family: ['मां', 'मम्मी', 'माता', 'माताजी', 'पिता', 'पिताजी', 'पापा', 'बाबा', 'पति', 'पत्नी', 'बेटा', 'बेटी', 'भाई', 'बहन', 'दादा', 'दादी', 'नाना', 'नानी', 'ससुर', 'सास', 'maa', 'mummy', 'papa', 'pitaji', 'pati', 'patni', 'beta', 'beti', 'bhai', 'behen', 'dadi', 'dada', 'nani'],
    diedRef: ['उनका देहांत', 'गुज़र गए', 'गुजर गए', 'गुज़र गईं', 'गुजर गईं', 'नहीं रहे', 'नहीं रहीं'],
    died: ['गुजर गए', 'गुजर गई', 'गुजर गयी', 'निधन', 'देहांत', 'मृत्यु', 'मौत', 'मर गए', 'मर गई', 'मर गया', 'स्वर्गवास', 'नहीं रहे', 'नहीं रहीं', 'अंतिम संस्कार', 'guzar gaye', 'gujar gaye', 'guzar gayi', 'nidhan', 'dehant', 'maut ho gayi', 'mar gaye', 'mar gayi', 'nahi rahe', 'swargwas'],
    bereaved: ['स्वर्गीय', 'दिवंगत', 'विधवा', 'मृत्यु प्रमाण पत्र', 'swargiya', 'death certificate'],
    hardship: ['नौकरी चली गई', 'नौकरी चली गयी', 'नौकरी छूट गई', 'नौकरी छूट गयी', 'बेरोजगार', 'खाने के पैसे नहीं', 'खाने को कुछ नहीं', 'आर्थिक तंगी', 'पैसों की तंगी', 'आखिरी पैसे', 'किराया नहीं दे पा', 'naukri chali gayi', 'job chali gayi', 'job chhut gayi', 'berozgar', 'khane ke paise nahi', 'aakhri paise', 'paison ki tangi'],
    hardshipWeak: ['पैसे नहीं', 'पैसा नहीं', 'कर्ज', 'उधार', 'ईएमआई', 'तंगी', 'paise nahi', 'karz', 'udhaar', 'tangi'],
    distress: ['परेशान', 'मजबूर', 'मजबूरी', 'मदद करो', 'मदद कीजिए', 'बच्चे', 'बच्चों', 'भूखे', 'भूखा', 'रो रहा', 'रो रही', 'समझ नहीं आ रहा', 'क्या करूं', 'pareshan', 'majboor', 'madad karo', 'bachche', 'bacche', 'bhukhe', 'kya karu', 'kya karun'],
    selfHarm: ['किसलिए जीना', 'kis liye jeena', 'जीना मुश्किल', 'जीने का कोई मतलब नहीं', 'मेरी किसी को जरूरत नहीं', 'jeene ka koi matlab nahi', 'jeena mushkil', 'आत्महत्या', 'खुदकुशी', 'जान दे दूंगा', 'जान दे दूंगी', 'मर जाना चाहता', 'मर जाना चाहती', 'मरना चाहता', 'मरना चाहती', 'जीना नहीं चाहता', 'जीना नहीं चाहती', 'जीने का मन नहीं', 'जीने की इच्छा नहीं', 'खुद को खत्म', 'जिंदगी खत्म कर', 'खुद को नुकसान', 'aatmhatya', 'khudkushi', 'jaan de dunga', 'jaan de dungi', 'marna chahta', 'marna chahti', 'mar jana chahta', 'mar jana chahti', 'jeena nahi chahta', 'jeena nahi chahti', 'zindagi khatam kar', 'khud ko khatam', 'अब और नहीं जी सकता', 'अब और नहीं जी सकती', 'जी नहीं सकता', 'जी नहीं सकती', 'जीना नहीं है', 'सब खत्म कर दूं', 'सब खत्म कर दूँ', 'सब खत्म करना चाहता', 'सब खत्म करना चाहती', 'मेरा आखिरी मैसेज', 'आखिरी संदेश', 'सबको अलविदा', 'अलविदा सबको', 'मर जाऊं', 'मर जाऊँ', 'जीने की कोई वजह नहीं', 'जीने का कोई कारण नहीं', 'नींद की गोलियां', 'पुल से कूद', 'छत से कूद', 'जिंदगी से थक गया', 'जिंदगी से थक गई', 'ज़िंदगी से थक', 'jeene ka mann nahi', 'mar jaun', 'sab khatam kar', 'zindagi se thak', 'ab aur nahi ji sakta', 'alvida sabko', 'जल्द ही नहीं रहूंगा', 'नहीं रहूंगा', 'नहीं रहूँगा', 'नहीं रहूंगी', 'नहीं रहूँगी', 'सब खत्म हो जाए', 'सब कुछ खत्म हो जाए', 'nahi rahunga', 'sab khatam ho jaye', 'ज़िंदगी का कोई मतलब नहीं', 'जिंदगी का कोई मतलब नहीं', 'जिंदगी में कोई मतलब नहीं', 'zindagi ka koi matlab nahi', 'सब के लिए माफ़ कर देना', 'ज़िंदा नहीं रहूंगा', 'जिंदा नहीं रहूंगा', 'जिंदा नहीं रहूंगी', 'zinda nahi rahunga', 'zindagi se tang', 'जिंदगी से तंग', 'ज़िंदगी से तंग', 'jeena nahi hai', 'ab aur nahi jeena', 'duniya chhod', 'दुनिया छोड़ दूं', 'दुनिया छोड़ना चाहता', 'दुनिया छोड़ना चाहती', 'jeene ka mann nahi karta', 'जीने का मन नहीं करता', 'अलविदा संदेश', 'कोई रास्ता नहीं दिखता', 'सुबह उठना नहीं चाहता', 'सुबह उठना नहीं चाहती', 'सुसाइड नोट'],
    lawyerAction: ['से बात', 'के पास जाऊंगा', 'के पास जाऊंगी', 'को दिखाऊंगा', 'से नोटिस', 'se baat karunga', 'ke paas jaunga', 'se notice'],
    lawyer: ['वकील', 'vakil', 'wakeel'],
    legalStrong: ['कानूनी कार्रवाई', 'कानूनी कार्यवाही', 'केस करूंगा', 'केस करूंगी', 'केस कर दूंगा', 'कोर्ट में', 'कोर्ट जाऊंगा', 'अदालत', 'मुकदमा', 'लीगल नोटिस', 'कानूनी नोटिस', 'पुलिस में शिकायत', 'पुलिस में रिपोर्ट', 'एफआईआर', 'उपभोक्ता अदालत', 'कंज्यूमर कोर्ट', 'case karunga', 'case kar dunga', 'court mein', 'court jaunga', 'legal notice bhej', 'kanooni karwai', 'police complaint karunga', 'fir karunga', 'fir darj', 'consumer court'],
    regulator: ['उपभोक्ता फोरम', 'कंज्यूमर फोरम', 'उपभोक्ता हेल्पलाइन', 'राष्ट्रीय उपभोक्ता हेल्पलाइन', 'ग्राहक मंच', 'आरबीआई', 'ट्राई', 'सेबी', 'बैंकिंग लोकपाल', 'लोकपाल', 'एफएसएसएआई', 'खाद्य सुरक्षा विभाग', 'consumer forum', 'consumer helpline', 'national consumer helpline', 'rbi', 'trai', 'sebi', 'fssai', 'banking lokpal', 'lokpal'],
    complain: ['शिकायत', 'रिपोर्ट', 'shikayat', 'complaint karunga', 'complaint kar dunga', 'report karunga'],
    formalComplaint: ['औपचारिक शिकायत', 'लिखित शिकायत', 'शिकायत दर्ज', 'complaint darj', 'shikayat darj'],
    future: ['करूंगा', 'करूंगी', 'डालूंगा', 'डाल दूंगा', 'karunga', 'karungi', 'daalunga', 'daal dunga'],
    publicity: ['सोशल मीडिया', 'ट्विटर', 'फेसबुक', 'इंस्टाग्राम', 'यूट्यूब', 'social media', 'twitter', 'facebook', 'instagram', 'youtube'],

    cancel: ['बंद कर दो', 'बंद करो', 'बंद करना है', 'बंद करवाना', 'बंद कर दीजिए', 'बंद करें', 'डिलीट कर दो', 'डिलीट करो', 'डिलीट करना है', 'कैंसिल कर दो', 'कैंसिल करो', 'कैंसिल करना है', 'रद्द कर दो', 'रद्द करें', 'band kar do', 'band karo', 'band karna hai', 'delete kar do', 'delete karna hai', 'cancel kar do', 'cancel karna hai'],
    contract: ['अकाउंट', 'खाता', 'सदस्यता', 'मेंबरशिप', 'सब्सक्रिप्शन', 'account', 'khata', 'membership', 'subscription'],
    switchTo: ['पर चला जाऊंगा', 'पर जाऊंगा', 'इस्तेमाल करूंगा', 'से मंगाऊंगा', 'से ऑर्डर करूंगा', 'chala jaunga', 'use karunga', 'se order karunga', 'se mangaunga'],
    competitor: ['दूसरी कंपनी', 'दूसरे ऐप', 'दूसरा ऐप', 'कहीं और', 'dusri company', 'dusre app', 'dusra app', 'doosra app', 'kahin aur'],
    churnStrong: ['ऐप अनइंस्टॉल', 'ऐप हटा', 'app uninstall', 'app delete kar', 'ऐप डिलीट', 'ऐप को डिलीट', 'अब कभी ऑर्डर नहीं', 'दोबारा कभी नहीं', 'कभी इस्तेमाल नहीं करूंगा', 'ऐप डिलीट कर रहा', 'ऐप डिलीट कर दिया', 'ग्राहक खो दिया', 'kabhi order nahi karunga', 'app delete kar raha', 'app delete kar diya', 'ab kabhi order nahi', 'दूसरी कंपनी में जा', 'दूसरी कंपनी में जा रहा', 'दूसरी कंपनी ले', 'कनेक्शन बंद कर', 'कनेक्शन कटवा', 'connection band kar', 'dusri company me ja', 'port kar', 'पोर्ट कर'],

    repeatCount: ['तीसरी बार', 'चौथी बार', 'कितनी बार', 'बार बार', 'बार-बार', 'कई बार', 'teesri baar', 'kitni baar', 'baar baar', 'kai baar'],
    repeat: ['फिर से', 'दोबारा', 'अभी भी', 'पहले ही', 'phir se', 'dobara', 'abhi bhi', 'pehle hi'],
    futile: ['कोई जवाब नहीं', 'कोई नहीं सुनता', 'कोई मदद नहीं', 'बेकार बॉट', 'koi jawab nahi', 'koi nahi sunta', 'bekaar bot', 'bekar bot'],
  },
};
