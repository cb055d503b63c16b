/**
 * Two ways customers tell a security incident without its textbook words, one table each for every language (merged
 * into each pack in ./index.ts; the frames are in ../situations.ts):
 *
 *  - {@link CODES_STOPPED}: the line died and the codes stopped coming. A swapped SIM shows to its owner as a dead
 *    number and as the login, bank or one-time codes that no longer arrive ("my number stopped working and I'm not
 *    getting the codes", "симка не работает и коды не приходят", "sim band ho gayi aur otp nahi aa rahe"). The "not"
 *    is part of `codesMissing` (negative by nature), so the codes missing do not negate the frame; the SIM or number must
 *    be named, and codes missing on their own ("OTP not coming") stay a routine question. `signalLost` gains the chat forms of a dead line: French
 *    without its "ne" ("mon numéro marche plus"), Russian "номер отключился", Swedish, Greek and Hindi ones.
 *  - {@link POSING_AS_COMPANY}: someone posing as the company (or its staff) to the customer or to others, told in the
 *    present ("someone is pretending to be you and asking for money", "quelqu'un se fait passer pour vous",
 *    "ktoś podszywa się pod was", "有人冒充你们"). The phrase names the company ("you", "your company", "your staff"),
 *    so it is a `fakeParty`: "pretending to be" alone is everyday speech.
 */
import type { ConceptTable } from './types.js';

export const CODES_STOPPED: Readonly<Record<string, ConceptTable>> = {
  en: {
    codesMissing: ["not getting the codes", "not getting any codes", "not getting codes", "not receiving the codes", "not receiving codes", "not receiving any codes", "codes aren't arriving", "codes are not arriving", "codes don't arrive", "codes stopped coming", "codes stopped arriving", "no codes are coming", "not getting the otp", "not getting otp", "otp isn't coming", "otp not coming", "otps stopped", "not getting any texts", "not receiving texts", "texts stopped coming", "sms stopped coming", "not getting sms", "can't receive the codes", "can't receive codes", "don't get the codes", "don't get any codes"],
  },
  de: {
    codesMissing: ['bekomme keine codes', 'bekomme keinen code', 'bekomme keine sms', 'erhalte keine codes', 'erhalte keine sms', 'keine codes mehr', 'keine sms mehr', 'codes kommen nicht', 'codes kommen nicht mehr', 'sms kommen nicht', 'sms kommt nicht', 'kommen keine codes', 'kommen keine sms', 'kommt kein code', 'kein code mehr'],
  },
  es: {
    codesMissing: ['no me llegan los codigos', 'no me llegan codigos', 'no me llega el codigo', 'no me llega ningun codigo', 'no me llegan los sms', 'no me llegan sms', 'no recibo los codigos', 'no recibo codigos', 'no recibo el codigo', 'no recibo sms', 'no llegan los codigos', 'no llega el codigo', 'dejaron de llegar los codigos', 'dejaron de llegarme'],
  },
  pt: {
    codesMissing: ['nao recebo os codigos', 'nao recebo codigo', 'nao recebo o codigo', 'nao recebo sms', 'nao chegam os codigos', 'nao chega o codigo', 'nao chega codigo', 'codigo nao chega', 'codigos nao chegam', 'sms nao chega', 'sms nao chegam', 'parou de chegar codigo', 'pararam de chegar'],
  },
  it: {
    codesMissing: ['non mi arrivano i codici', 'non mi arrivano codici', 'non mi arriva il codice', 'non arrivano i codici', 'non arriva il codice', 'non ricevo i codici', 'non ricevo il codice', 'non ricevo codici', 'non ricevo sms', 'non mi arrivano gli sms', 'non mi arrivano sms', 'i codici non arrivano', 'gli sms non arrivano'],
  },
  fr: {
    // French chat drops the "ne": "je reçois plus les codes" as often as "je ne reçois plus les codes" (the terms hold both).
    codesMissing: ['recois plus les codes', 'recois plus de code', 'recois plus de codes', 'recois plus aucun code', 'recois pas les codes', 'recois pas de code', 'recois aucun code', 'recois plus les sms', 'recois plus de sms', 'recois plus aucun sms', 'recois pas les sms', 'recois pas de sms', 'codes arrivent plus', 'codes arrivent pas', 'code arrive plus', 'code arrive pas', 'sms arrivent plus', 'sms arrivent pas', 'sms arrive plus', 'sms arrive pas', 'plus aucun code', 'plus aucun sms', 'recoit plus les codes'],
    signalLost: ['numero marche plus', 'sim marche plus', 'ligne marche plus', 'tel capte plus', 'telephone capte plus', 'portable capte plus', 'numero fonctionne plus', 'sim fonctionne plus', 'ligne fonctionne plus', 'numero a ete desactive', 'ligne a ete desactivee', 'sim a ete desactivee', 'ligne desactivee', 'numero desactive', 'plus de reseau du tout', 'reseau a disparu'],
  },
  nl: {
    signalLost: ['doet het niet meer', 'doet het ineens niet meer', 'doet het opeens niet meer', 'nummer doet niks meer', 'simkaart doet niks meer'],
    codesMissing: ['krijg geen codes', 'krijg geen code', 'krijg geen sms', 'krijg geen smsjes', 'krijg geen sms-codes', 'ontvang geen codes', 'ontvang geen code', 'ontvang geen sms', 'geen codes meer', 'geen sms meer', 'codes komen niet', 'code komt niet', 'sms komt niet', 'smsjes komen niet'],
  },
  pl: {
    sim: ['mi numer'],
    signalLost: ['przestal dzialac mi numer', 'przestal mi dzialac numer', 'przestala dzialac mi karta sim', 'przestala mi dzialac karta sim', 'przestala dzialac mi sim'],
    codesMissing: ['nie dostaje kodow', 'nie dostaje kodu', 'nie dostaje sms', 'nie dostaje smsow', 'nie przychodza kody', 'nie przychodzi kod', 'nie przychodza sms', 'nie przychodza smsy', 'kody nie przychodza', 'kod nie przychodzi', 'sms nie przychodza', 'smsy nie przychodza', 'nie dochodza sms', 'nie dochodza kody', 'nie otrzymuje kodow', 'nie otrzymuje sms'],
  },
  sv: {
    codesMissing: ['far inga koder', 'far ingen kod', 'far inga sms', 'far inte koderna', 'far inte koden', 'inga koder kommer', 'inga sms kommer', 'koderna kommer inte', 'koden kommer inte', 'sms kommer inte', 'kommer inga koder', 'kommer inga sms'],
    signalLost: ['ingen tackning', 'ingen signal', 'inget natverk', 'ingen mottagning', 'ingen tjanst', 'bara nodsamtal', 'endast nodsamtal', 'simkortet slutade fungera', 'simkortet slutade funka', 'simkortet fungerar inte', 'simkortet funkar inte', 'numret slutade fungera', 'numret slutade funka', 'numret fungerar inte', 'numret funkar inte', 'slutade plotsligt fungera', 'slutade plotsligt funka'],
    simEvent: ['ingen tackning', 'ingen signal', 'inget natverk', 'bara nodsamtal', 'slutade fungera', 'slutade funka', 'fungerar inte', 'funkar inte', 'spärrat', 'nytt simkort'],
    securityAlert: ['kod', 'koder', 'sms', 'losenord', 'losenordet', 'inloggning', 'inloggningar', 'bankid', 'banken', 'mejl', 'notis', 'pengar'],
  },
  tr: {
    codesMissing: ['kodlar gelmiyor', 'kod gelmiyor', 'sms gelmiyor', 'smsler gelmiyor', 'mesajlar gelmiyor', 'dogrulama kodu gelmiyor', 'dogrulama kodlari gelmiyor', 'sifre gelmiyor', 'kodlar gelmez oldu', 'sms gelmez oldu', 'kod gelmez oldu'],
  },
  el: {
    sim: ['ο αριθμός μου', 'το νούμερό μου', 'το κινητό μου νούμερο'],
    codesMissing: ['δεν μου έρχονται κωδικοί', 'δεν μου έρχεται κωδικός', 'δεν μου έρχεται ο κωδικός', 'δεν έρχονται κωδικοί', 'δεν έρχονται οι κωδικοί', 'δεν έρχεται ο κωδικός', 'δεν λαμβάνω κωδικούς', 'δεν λαμβάνω κωδικό', 'δεν λαμβάνω sms', 'δεν μου έρχονται sms', 'δεν μου έρχονται μηνύματα', 'δεν έρχονται μηνύματα', 'δεν έρχονται sms'],
    signalLost: ['σταμάτησε να δουλεύει η κάρτα sim', 'σταμάτησε να δουλεύει η sim', 'σταμάτησε να λειτουργεί η κάρτα sim', 'η sim δεν δουλεύει', 'η κάρτα sim δεν δουλεύει', 'η κάρτα sim δεν λειτουργεί', 'ο αριθμός μου δεν λειτουργεί', 'το νούμερό μου δεν δουλεύει', 'το νούμερο μου δεν δουλεύει', 'δεν έχω δίκτυο', 'δεν έχει δίκτυο', 'χωρίς δίκτυο', 'δεν πιάνει σήμα', 'δεν πιάνει τίποτα'],
    securityAlert: ['κωδικ*', 'sms', 'μήνυμα', 'μηνύματα', 'σύνδεση', 'συνδέθηκε', 'τράπεζα', 'τράπεζας', 'email', 'ειδοποίηση', 'ειδοποιήσεις', 'χρήματα', 'λεφτά'],
  },
  ru: {
    codesMissing: ['коды не приходят', 'код не приходит', 'смс не приходят', 'смс не приходит', 'sms не приходят', 'не приходят коды', 'не приходит код', 'не приходят смс', 'не приходит смс', 'не приходят сообщения', 'сообщения не приходят', 'не получаю коды', 'не получаю код', 'не получаю смс', 'коды перестали приходить', 'смс перестали приходить', 'перестали приходить коды', 'перестали приходить смс'],
    signalLost: ['номер отключился', 'номер отключили', 'номер вдруг отключился', 'симка отключилась', 'сим-карта отключилась', 'сим карта отключилась', 'симку отключили', 'сим-карту отключили', 'номер заблокировали', 'симку заблокировали', 'симка перестала работать', 'номер перестал работать', 'связь пропала', 'сеть пропала', 'симка сдохла', 'телефон не ловит'],
  },
  uk: {
    codesMissing: ['коди не приходять', 'код не приходить', 'смс не приходять', 'смс не приходить', 'не приходять коди', 'не приходить код', 'не приходять смс', 'не отримую коди', 'не отримую код', 'не отримую смс', 'коди перестали приходити', 'смс перестали приходити'],
    signalLost: ['номер відключився', 'номер відключили', 'сімка відключилась', 'сімку відключили', 'номер заблокували', 'сімка перестала працювати', 'номер перестав працювати', "зв'язок пропав", 'мережа пропала'],
  },
  ar: {
    codesMissing: ['الكود ما يوصل', 'الكود ما يوصلني', 'ما يوصلني الكود', 'ما يوصل الكود', 'ما يجيني الكود', 'الكود ما يجي', 'ما تجيني رسايل', 'ما توصلني رسائل', 'الرسائل ما توصل', 'لا يصلني الرمز', 'لا يصلني الكود', 'لا تصلني الرسائل', 'رمز التحقق لا يصل', 'الرمز لا يصل', 'ما يوصلني رمز'],
  },
  hi: {
    codesMissing: ['otp nahi aa raha', 'otp nahi aa rahe', 'otp nahi aa rahi', 'otp nahi aata', 'otp bhi nahi aa raha', 'otp bhi nahi aa rahe', 'otp aana band', 'otp aane band', 'otp nahi mil raha', 'otp nahi mil rahe', 'code nahi aa raha', 'code nahi aa rahe', 'sms nahi aa raha', 'sms nahi aa rahe', 'message nahi aa rahe', 'messages nahi aa rahe', 'ओटीपी नहीं आ रहा', 'ओटीपी नहीं आ रहे', 'ओटीपी भी नहीं आ रहा', 'ओटीपी भी नहीं आ रहे', 'ओटीपी आना बंद', 'कोड नहीं आ रहा', 'कोड नहीं आ रहे', 'मैसेज नहीं आ रहे', 'एसएमएस नहीं आ रहे'],
    signalLost: ['number band ho gaya', 'number band ho gya', 'mera number band', 'number achanak band', 'नंबर बंद हो गया', 'नंबर अचानक बंद', 'sim deactivate', 'sim deactivate ho gayi', 'सिम डीएक्टिवेट', 'sim block ho gayi', 'सिम ब्लॉक हो गई', 'network hi nahi', 'नेटवर्क ही नहीं', 'sim band ho gyi', 'no service dikha', 'नो सर्विस दिखा'],
  },
  zh: {
    codesMissing: ['收不到验证码', '收不到驗證碼', '验证码收不到', '驗證碼收不到', '验证码都收不到', '驗證碼都收不到', '收不到短信', '收不到簡訊', '短信收不到', '簡訊收不到', '短信都收不到', '簡訊都收不到', '收不到认证码', '收不到認證碼'],
    sim: ['门号', '門號'],
    signalLost: ['门号突然不能用', '門號突然不能用', '号码突然不能用', '號碼突然不能用', '门号不能用', '門號不能用', '号码不能用', '號碼不能用', '手机卡不能用', '手機卡不能用', 'sim卡不能用', '突然停机', '突然停機'],
  },
  ja: {
    codesMissing: ['コードが届かな', 'コードが来な', 'コードがこな', '認証コードが届きません', 'smsが届かな', 'smsが来な', 'ショートメールが届かな', 'ショートメッセージが届かな'],
  },
  ko: {
    codesMissing: ['인증번호가안와', '인증번호안와', '인증번호가안옵', '인증번호가안들어', '인증번호안들어', '인증번호를못받', '인증번호못받', '문자가안와', '문자가안옵', '문자가안들어', '문자를못받', '인증문자가안'],
  },
  id: {
    codesMissing: ['kode tidak masuk', 'kode gak masuk', 'kode ga masuk', 'kode nggak masuk', 'otp tidak masuk', 'otp gak masuk', 'otp ga masuk', 'otp nggak masuk', 'otp tak masuk', 'sms tidak masuk', 'sms gak masuk', 'sms ga masuk', 'tidak menerima kode', 'tidak terima otp', 'gak dapet otp', 'ga dapet otp', 'tak dapat otp', 'tak terima kod'],
  },
  vi: {
    codesMissing: ['không nhận được mã', 'không nhận được otp', 'không nhận được tin nhắn', 'ko nhận được mã', 'ko nhận được otp', 'không nhận dc otp', 'ko nhận dc otp', 'k nhận dc otp', 'otp không về', 'mã otp không về', 'mã không về', 'tin nhắn không về'],
  },
  th: {
    codesMissing: ['ไม่ได้รับรหัส', 'ไม่ได้รับotp', 'otpไม่เข้า', 'รหัสไม่เข้า', 'smsไม่เข้า', 'ไม่ได้รับsms', 'ไม่ได้รับข้อความ', 'ข้อความไม่เข้า'],
  },
};

export const POSING_AS_COMPANY: Readonly<Record<string, ConceptTable>> = {
  en: {
    fakeParty: ['pretending to be you', 'pretending to be your company', 'pretending to be from your company', 'pretending to be your staff', 'pretending to be from you', 'posing as you', 'posing as your company', 'posing as your staff', 'impersonating you', 'impersonating your company', 'impersonating your staff', 'claiming to be from your company', 'claims to be from your company', 'claiming to be from you', 'using your company name', 'using your company\'s name', 'calling in your name'],
  },
  de: {
    fakeParty: ['gibt sich als sie aus', 'geben sich als sie aus', 'gibt sich als ihre firma aus', 'geben sich als ihre firma aus', 'gibt sich als ihr unternehmen aus', 'geben sich als ihr unternehmen aus', 'gibt sich als ihr mitarbeiter aus', 'geben sich als ihre mitarbeiter aus', 'ruft in ihrem namen an', 'rufen in ihrem namen an', 'schreiben in ihrem namen', 'behauptet von ihnen zu sein', 'behaupten von ihnen zu sein', 'angeblich von ihrer firma'],
  },
  es: {
    fakeParty: ['se hace pasar por ustedes', 'se hacen pasar por ustedes', 'se hace pasar por vosotros', 'se hacen pasar por vosotros', 'se hace pasar por su empresa', 'se hacen pasar por su empresa', 'haciendose pasar por ustedes', 'haciendose pasar por su empresa', 'usando el nombre de su empresa', 'usando su nombre para', 'dice ser de su empresa', 'dicen ser de su empresa', 'dicen que son de ustedes', 'dice que es de ustedes', 'dicen ser de ustedes'],
  },
  pt: {
    fakeParty: ['se passando por voces', 'se passam por voces', 'se passa por voces', 'se passando pela empresa de voces', 'se passando pela sua empresa', 'fingindo ser voces', 'fingindo ser da empresa', 'usando o nome de voces', 'usando o nome da empresa de voces', 'dizendo ser de voces', 'dizem ser de voces', 'diz ser de voces'],
  },
  it: {
    fakeParty: ['si spaccia per voi', 'si spacciano per voi', 'spacciandosi per voi', 'si fa passare per voi', 'si fanno passare per voi', 'usando il vostro nome', 'usa il vostro nome', 'finge di essere voi', 'fingono di essere voi', 'dice di essere della vostra', 'dicono di essere della vostra', 'dicono di essere vostri', 'chiama a nome vostro', 'chiamano a nome vostro'],
  },
  fr: {
    fakeParty: ['se fait passer pour vous', 'se font passer pour vous', 'se fait passer pour votre', 'se font passer pour votre', 'se faisant passer pour vous', 'se faisant passer pour votre', 'usurpe votre identite', 'usurpent votre identite', 'utilise votre nom', 'utilisent votre nom', 'appelle en votre nom', 'appellent en votre nom', 'ecrivent en votre nom', 'pretend etre de chez vous', 'pretendent etre de chez vous', 'dit etre de chez vous', 'disent etre de chez vous', 'soi-disant de chez vous'],
  },
  nl: {
    fakeParty: ['doet zich voor als jullie', 'doen zich voor als jullie', 'doet zich voor als u', 'zich voordoet als jullie', 'zich voordoen als jullie', 'doet zich voor als medewerker', 'doen zich voor als medewerkers', 'geeft zich uit voor jullie', 'geven zich uit voor jullie', 'geeft zich uit als jullie', 'belt namens jullie', 'bellen namens jullie', 'zegt van jullie te zijn', 'zeggen van jullie te zijn', 'beweert van jullie te zijn', 'beweren van jullie te zijn', 'misbruikt jullie naam', 'misbruiken jullie naam'],
  },
  pl: {
    fakeParty: ['podszywa sie pod was', 'podszywaja sie pod was', 'podszywa sie pod wasza', 'podszywaja sie pod wasza', 'podszywa sie pod wasz', 'podszywaja sie pod wasz', 'podszywajac sie pod was', 'podszywa sie pod pracownika', 'podszywaja sie pod pracownikow', 'podaje sie za was', 'podaja sie za was', 'podaje sie za pracownika', 'podaja sie za pracownikow', 'dzwoni w waszym imieniu', 'dzwonia w waszym imieniu', 'udaje was', 'udaja was'],
  },
  sv: {
    fakeParty: ['utger sig for att vara ni', 'utger sig for att vara er', 'utger sig for att vara fran er', 'utger sig for att komma fran er', 'utger sig for att vara ert', 'utger sig for att vara era', 'later som att de ar ni', 'later som att de ar fran er', 'later som de ar fran er', 'lutsas vara fran er', 'ringer i ert namn', 'pastar att de ar fran er', 'pastar sig vara fran er', 'sager att de ar fran er', 'sager sig vara fran er'],
  },
  tr: {
    fakeParty: ['adiniza arayip', 'adiniza ariyor', 'adiniza arayan', 'adiniza arayanlar', 'adiniza mesaj', 'adinizi kullanarak', 'adinizi kullaniyor', 'adinizi kullaniyorlar', 'sizin adiniza para', 'sizmis gibi', 'sizin calisaniniz gibi', 'calisaniniz oldugunu soyleyen', 'sizden oldugunu soyleyen', 'sizden oldugunu soyluyor', 'sirketinizden oldugunu soyleyen'],
  },
  el: {
    fakeParty: ['παριστάνει την εταιρεία σας', 'παριστάνουν την εταιρεία σας', 'παριστάνει ότι είναι από εσάς', 'παριστάνουν ότι είναι από εσάς', 'παριστάνει τον υπάλληλό σας', 'παριστάνουν τους υπαλλήλους σας', 'προσποιείται ότι είναι από εσάς', 'προσποιούνται ότι είναι από εσάς', 'χρησιμοποιεί το όνομά σας', 'χρησιμοποιούν το όνομά σας', 'λέει ότι είναι από την εταιρεία σας', 'λένε ότι είναι από την εταιρεία σας', 'υποδύεται την εταιρεία σας', 'υποδύονται την εταιρεία σας'],
  },
  ru: {
    fakeParty: ['звонят от вашего имени', 'звонили от вашего имени', 'звонил от вашего имени', 'писали от вашего имени', 'написали от вашего имени', 'представились от вашего имени', 'от вашего имени мне', 'от вашего имени требуют', 'от вашего имени предлагают', 'мошенники от вашего имени', 'от вашего имени мошенники', 'звонит от вашего имени', 'пишут от вашего имени', 'пишет от вашего имени', 'от вашего имени просят', 'от вашего имени звонят', 'представляется вашим', 'представляются вашими', 'представляется вашей', 'представляются вашей', 'представляется сотрудником', 'представляются сотрудниками', 'выдает себя за вас', 'выдают себя за вас', 'выдает себя за вашу', 'выдают себя за вашу', 'выдает себя за вашего', 'выдают себя за ваших', 'прикидывается вашим', 'прикидываются вашими', 'под видом вашей', 'под видом ваших', 'якобы от вас', 'якобы из вашей'],
  },
  uk: {
    fakeParty: ['дзвонять від вашого імені', 'дзвонили від вашого імені', 'писали від вашого імені', 'шахраї від вашого імені', 'дзвонить від вашого імені', 'пишуть від вашого імені', 'пише від вашого імені', 'видає себе за вас', 'видають себе за вас', 'видає себе за вашу', 'видають себе за вашу', 'представляється вашим', 'представляються вашими', 'представляється співробітником', 'представляються співробітниками', 'під виглядом вашої', 'під виглядом ваших', 'нібито від вас', 'нібито з вашої'],
  },
  ar: {
    fakeParty: ['ينتحل صفتكم', 'ينتحلون صفتكم', 'ينتحل اسم شركتكم', 'ينتحلون اسم شركتكم', 'باسم شركتكم', 'يدعي انه منكم', 'يدعون انهم منكم', 'يقول انه من شركتكم', 'يقولون انهم من شركتكم', 'يتظاهر انه منكم', 'يتظاهرون انهم منكم', 'يستخدم اسمكم', 'يستخدمون اسمكم'],
  },
  hi: {
    fakeParty: ['aapki company ke naam se call', 'aapki company ke naam se phone', 'aapki company ke naam se paise', 'aapki company ke naam se logon', 'aapki company ke naam se message', 'aapke naam se call', 'aapke naam se phone', 'aapke naam se message', 'aapke naam se paise', 'aapki company ka bankar', 'aapki company ka banke', 'aapka employee bankar', 'aapka executive bankar', 'aapke employee bankar', 'aapka staff bankar', 'company ka bankar', 'company ka banke', 'customer care bankar', 'customer care banke', 'आपकी कंपनी के नाम से कॉल', 'आपकी कंपनी के नाम से फोन', 'आपकी कंपनी के नाम से पैसे', 'आपकी कंपनी के नाम से लोगों', 'आपके नाम से कॉल', 'आपके नाम से फोन', 'आपके नाम से पैसे', 'आपकी कंपनी का बनकर', 'कस्टमर केयर बनकर', 'कंपनी का बनकर'],
  },
  zh: {
    fakeParty: ['冒充你们', '冒充你們', '冒充贵公司', '冒充貴公司', '冒充客服', '冒充你们的', '假冒你们', '假冒你們', '假冒客服', '假冒贵公司', '假冒貴公司', '以你们的名义', '以你們的名義', '自称是你们', '自稱是你們', '假装是你们', '假裝是你們', '冒用你们的名', '冒用你們的名'],
  },
  ja: {
    fakeParty: ['御社を名乗', '貴社を名乗', 'そちらを名乗', '御社を装', '貴社を装', '御社の社員を名乗', '御社の名前を使', '貴社の名前を使', '御社になりすま', '貴社になりすま'],
  },
  ko: {
    fakeParty: ['회사를사칭', '귀사를사칭', '직원을사칭', '상담원을사칭', '고객센터를사칭', '사칭해서', '사칭하는사람', '사칭하고'],
  },
  id: {
    fakeParty: ['mengatasnamakan', 'mengaku dari kalian', 'mengaku dari perusahaan anda', 'mengaku dari pihak anda', 'mengaku sebagai cs', 'ngaku dari kalian', 'ngaku-ngaku dari', 'pura-pura dari kalian', 'menyamar jadi kalian', 'atas nama perusahaan anda'],
  },
  vi: {
    fakeParty: ['mạo danh công ty', 'mạo danh bên bạn', 'mạo danh nhân viên', 'mạo danh bên mình', 'giả danh công ty', 'giả danh nhân viên', 'giả danh bên bạn', 'giả làm nhân viên'],
  },
  th: {
    fakeParty: ['แอบอ้างเป็นบริษัท', 'แอบอ้างชื่อบริษัท', 'แอบอ้างเป็นพนักงาน', 'อ้างว่าเป็นพนักงาน', 'อ้างว่ามาจากบริษัท', 'ปลอมเป็นพนักงาน', 'แอบอ้างเป็นเจ้าหน้าที่'],
  },
};
