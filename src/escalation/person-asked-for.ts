/**
 * A person asked for without the words of a request (round 12), per language, as regular-expression sources over
 `normalizeText` output (./text.ts, accents folded, Cyrillic й → и, Arabic ى → ي, ة → ه). Merged into the detectors of
 * ./human-request.ts beside its indirect forms, so the same guards apply (a negation before, a "no need" after, a
 * question about opening hours). Written from general knowledge of how people write to a chat:
 *
 *  - "is anyone there?", "il y a quelqu'un ?", "誰かいますか", "有人吗": asking whether a person is at the other end,
 *    as the whole question (not "is anyone else having lag?", "有人盗用了我的账号吗");
 *  - "I want someone from your team to call me", "je veux que quelqu'un de votre équipe m'appelle": the person who
 *    should call or write, named after "that";
 *  - "no more bot", "basta bot", "koniec z botem": the bot refused where the sentence ends (in a game, "no more bots in
 *    ranked" is about the players' bots, so a place or a match after it is not this);
 *  - a real person named in languages whose packs lacked it ("一个真正的人", "orang beneran", "πραγματικός άνθρωπος"),
 *    unless the customer asks whether the bot is one.
 */
/** The end of a refusal of the bot: a "please", or the end of its sentence. */
const ENDS = `(?:,? (?:please|pls|por favor|porfa|s'il vous plait|svp|per favore|bitte|alsjeblieft|aub|prosze|lutfen|пожалуиста|tack|παρακαλω|prosim|plz))?\\s*(?:[.!]|$)`;

/** Per language (ISO 639-1), the forms described above; ./human-request.ts adds them to that language's detector. */
export const PERSON_ASKED_FOR: Readonly<Record<string, readonly string[]>> = {
  en: [
    `(?:is|are) (?:there )?(?:anyone|anybody|someone|somebody)(?: at all)? (?:there|here|out there|on the other (?:end|side)|reading (?:this|these|my messages)|listening|home)(?! (?:who|that) (?:has|had|is|was|knows|got)(?!\\p{L}))`,
    `(?:stop|quit) (?:sending (?:me )?)?(?:these |the |your )?(?:automated|automatic|canned|scripted|copy[- ]pasted?) (?:replies|answers|responses)`,
    `(?:need|want) (?:someone|somebody) real(?!\\p{L})`,
    `(?:sick|tired) of (?:talking to |chatting with )?(?:a |the |this |your )?(?:stupid |useless |dumb )?(?:bot|chatbot|robot|machine)${ENDS}`,
  ],
  de: [
    `dass (?:mich|mir) (?:bitte )?(?:jemand|ein mitarbeiter|eine mitarbeiterin|ein mensch|einer)(?: \\S+){0,4}? (?:anruft|zuruckruft|kontaktiert|meldet|schreibt|hilft)`,
    `dass (?:jemand|ein mitarbeiter|eine mitarbeiterin|ein mensch|einer)(?: \\S+){0,4}? (?:mich|mir) (?:\\S+ )?(?:anruft|zuruckruft|kontaktiert|meldet|schreibt|hilft)`,
    `(?:schluss|genug) mit (?:dem |diesem |den |diesen )?(?:bot|chatbot|roboter|automatischen antworten)${ENDS}`,
    `(?:kann|konnte|koennte|kann sich|konnte sich) (?:bitte )?(?:jemand|ein mitarbeiter|eine mitarbeiterin|ein mensch)(?: \\S+){0,4}? (?:bei mir melden|mich (?:\\S+ )?(?:anrufen|zuruckrufen|kontaktieren))`,
  ],
  es: [
    `que (?:alguien|una persona|un agente|un asesor|una asesora|un humano)(?: (?:de|del) [\\p{L} ]{1,25}?)? me (?:llame|llamen|contacte|contacten|atienda|escriba|responda|ayude)`,
    `(?:no mas|basta de|ya basta de|suficiente de|harto de|harta de|cansado de|cansada de) (?:hablar con )?(?:el |este |los |un )?(?:bots?|robots?|chatbots?|respuestas automaticas|maquina)${ENDS}`,
    `hay alguien ?\\?`,
    `(?:puede|podria|pueden|podrian) (?:alguien|una persona|un agente|un asesor)(?: (?:de|del) [\\p{L} ]{1,25}?)? (?:llamarme|contactarme|escribirme|atenderme)`,
    `(?:puede|podria|pueden|podrian) (?:llamarme|contactarme|escribirme) (?:alguien|una persona|un agente|un asesor)`,
  ],
  fr: [
    `(?:il )?y a(?:-t-il| t il| t-il)? quelqu'un(?: (?:la|ici|de l'autre cote|en ligne))? ?\\?`,
    `quelqu'un (?:est )?(?:la|ici) ?\\?`,
    `que quelqu'un(?: (?:de|du|chez) [\\p{L}' ]{1,25}?)? (?:me |m')(?:appelle|rappelle|contacte|recontacte|reponde|aide)`,
    `(?:^|[.!?,] ?)(?:plus de|fini les|assez des|stop aux|stop au|marre des|marre du) (?:bots?|robots?|chatbots?|reponses automatiques)${ENDS}`,
  ],
  pt: [
    `que (?:alguem|uma pessoa|um atendente|um humano)(?: (?:da|do|de) [\\p{L} ]{1,25}?)? (?:me )?(?:ligue|liguem|contate|responda|atenda|ajude)`,
  ],
  it: [
    `c'?e qualcuno(?: (?:li|la|in linea|dall'altra parte))? ?\\?`,
    `che qualcuno(?: (?:del|della|dello|di|dal) [\\p{L}' ]{1,25}?)? mi (?:chiami|richiami|contatti|risponda|aiuti)`,
  ],
  nl: [
    `is (?:daar|er|hier) (?:nog )?iemand(?: (?:aanwezig|daar|thuis|online))? ?\\?`,
    `dat (?:er )?(?:iemand|een medewerker|een mens)(?: (?:van|bij) [\\p{L} ]{1,25}?)? (?:mij|me) (?:belt|terugbelt|contacteert|helpt|mailt)`,
    `(?:kan|kunt|zou|wil) (?:er )?(?:iemand|een medewerker|een mens)(?: \\S+){0,4}? (?:contact met (?:mij|me) opnemen|(?:mij|me) (?:bellen|terugbellen|mailen|helpen))`,
    `is er (?:ook )?(?:nog )?(?:een )?(?:echte? )?(?:mens|persoon|medewerker) (?:die|dat) (?:mij|me)`,
  ],
  pl: [
    `(?:czy )?(?:jest (?:tam|tu|tutaj) ktos|ktos (?:tam|tu|tutaj) jest|jest ktos (?:tam|tu|tutaj)) ?\\?`,
    `(?:zeby|aby|by) (?:ktos|konsultant|pracownik|czlowiek)(?: (?:z|ze) [\\p{L} ]{1,25}?)? (?:do mnie )?(?:zadzwonil|oddzwonil|odezwal sie|skontaktowal sie|napisal|pomogl)`,
    `(?:koniec z|dosc|mam dosc) (?:tym )?(?:botem|botami|robotem|automatem|automatycznymi odpowiedziami)${ENDS}`,
    `(?:moge|mozna|czy moge|chce|chcialbym|chcialabym) (?:z|ze) (?:kims|czlowiekiem|konsultantem|pracownikiem)(?: \\S+){0,2}? (?:porozmawiac|pogadac|rozmawiac|skontaktowac)`,
    `(?:ktos|konsultant|pracownik)(?: (?:od|z|ze) [\\p{L} ]{1,25}?)? (?:moze|moglby|mogl by) (?:do mnie )?(?:zadzwonic|oddzwonic|sie (?:ze mna )?skontaktowac|napisac)`,
  ],
  tr: [
    `(?:orada|karsida|burada) (?:kimse|biri|birisi|bir insan) var mi`,
    `(?:^|[.!?] ?)(?:kimse|biri|birisi) var mi ?\\?`,
    `(?:biri(?:nin|si)?|bir temsilci(?:nin)?|bir yetkili(?:nin)?|bir insan(?:in)?) (?:\\S+ )?(?:beni|bana) (?:aramasini|aramasi|ulasmasini|donmesini|donus yapmasini)`,
  ],
  ar: [
    `(?<!(?:انت|انتي|انتم) )ل?(?:شخص|انسان|موظف|بني ادم) (?:حقيقي|حقيقيه)`,
    `(?:كفي|كفايه|بلاش|خلاص) (?:ال)?(?:بوت|روبوت|رد الي|ردود اليه)`,
  ],
  ru: [
    `чтобы (?:мне |со мнои )?(?:позвонил\\S*|перезвонил\\S*|связал\\S*|ответил\\S*|написал\\S*) (?:\\S+ )?(?:кто-(?:то|нибудь)|человек|сотрудник|оператор|менеджер)`,
    `чтобы (?:кто-(?:то|нибудь)|человек|сотрудник|оператор|менеджер)(?: \\S+){0,4}? (?:мне )?(?:позвонил|перезвонил|связался|ответил|написал)`,
    `пусть (?:кто-(?:то|нибудь)|человек|сотрудник|оператор|менеджер)(?: \\S+){0,4}? (?:мне )?(?:позвонит|перезвонит|свяжется|напишет|ответит)`,
    `(?:может|могли бы|можете) (?:ли )?(?:кто-(?:то|нибудь)|сотрудник|оператор)(?: \\S+){0,3}? (?:мне )?(?:позвонить|перезвонить|связаться)`,
  ],
  uk: [
    `(?:там|тут) (?:є )?хтось(?: є)? ?\\?|є (?:там |тут )?хтось ?\\?`,
    `щоб (?:мені )?(?:зателефонува\\S*|передзвони\\S*|подзвони\\S*|відповіл\\S*|написа\\S*) (?:\\S+ )?(?:хтось|людина|оператор|менеджер|працівник)`,
    `щоб (?:хтось|людина|оператор|менеджер|працівник)(?: \\S+){0,4}? (?:мені )?(?:зателефонував|передзвонив|подзвонив|відповів|написав)`,
    `(?:досить|годі) (?:цього )?(?:бота|ботів|робота)${ENDS}`,
    `нехаи (?:мені )?(?:зателефонує|передзвонить|подзвонить|напише|відповість) (?:\\S+ )?(?:хтось|людина|оператор|менеджер|працівник)`,
    `нехаи (?:хтось|людина|оператор|менеджер|працівник)(?: \\S+){0,4}? (?:мені )?(?:зателефонує|передзвонить|подзвонить|напише)`,
  ],
  ja: [
    `誰か(?:い|居)(?:ますか|ませんか|る[?？]|るの|らっしゃいますか)`,
    `誰か(?:から|に)?(?:お?電話|連絡|折り返し)(?:が|を)?(?:ほしい|欲しい|もらいたい|いただきたい)`,
    `(?:もう)?(?:ボット|ロボット|チャットボット|自動応答)(?:は|とは)(?:もう)?(?:いい|結構|嫌|いや|うんざり)`,
  ],
  zh: [
    `(?:^|[。！？!?，,\\s])(?:请问)?有人(?:在)?(?:吗|嗎|么|麼)`,
    `有没有人(?:在)?(?:啊|吗)?[?？]`,
    `(?:真正的人|一个真人|活生生的人)`,
  ],
  ko: [
    `(?:거기 ?)?(?:누구|아무도|아무나) ?(?:있어요|있나요|있습니까|계세요|계신가요|없어요|없나요)`,
    `(?:실제|진짜) ?사람(?:이|한테|에게|이랑)? ?(?:좀 )?(?:봐|확인|검토|처리|답|연결|상담)`,
    `(?:저|제게|나)(?:한테|에게) ?(?:전화|연락) ?(?:좀 )?(?:해 ?주세요|주세요|해 ?주실|부탁|바랍니다)`,
    `담당자(?:분)?(?:이|께서|가)? ?(?:직접 )?(?:연락|전화) ?(?:좀 )?(?:주실|줄 수|해 ?주실|주세요|해 ?주세요|부탁)`,
  ],
  th: [
    `มีใคร(?:อยู่)?(?:ไหม|มั้ย|บ้างไหม|หรือเปล่า|มั๊ย)`,
    `(?:ขอให้|อยากให้)(?:คนจริง|เจ้าหน้าที่|พนักงาน|แอดมิน)`,
  ],
  id: [
    `(?<!(?:kamu|anda|ini|apakah kamu|kamu itu) )(?:orang|manusia|admin|cs) (?:beneran|asli|sungguhan)(?: (?:yang )?(?:cek|periksa|lihat|liat|bantu|tangani|urus|jawab|balas))?`,
    `cukup (?:sama |dengan )?(?:bot|robot|chatbot|mesin)${ENDS}`,
  ],
  vi: [
    `nguoi that (?:co the )?(?:xem|kiem tra|giup|tra loi|ho tro|lien he)`,
    `(?:dung|thoi) (?:dung |noi chuyen voi |chat voi )?(?:bot|robot|tra loi tu dong)(?: nua)?${ENDS}`,
  ],
  sv: [
    `(?:ar det|finns det) (?:nagon|nan) (?:dar|har|som laser)`,
    `(?<!(?:ar du|du ar) (?:en )?)(?:riktig|verklig|levande|akta) (?:person|manniska|medarbetare|handlaggare)`,
    `att (?:nagon|en medarbetare|en person|en manniska)(?: (?:fran|pa|hos) [\\p{L} ]{1,20}?)? (?:ringer|kontaktar|hor av sig|mejlar|svarar)`,
    `(?:ingen mer|inga fler|sluta med|nog med) (?:bot|botar|robot|chatbot|automatiska svar)${ENDS}`,
    `(?:kan|kunde) (?:nagon|en medarbetare|en person|en manniska)(?: (?:fran|pa|hos) [\\p{L} ]{1,20}?)? (?:ringa upp mig|ringa mig|kontakta mig|hora av sig|mejla mig)`,
  ],
  el: [
    `(?:ειναι|υπαρχει) (?:κανει[σς]|καποιο[σς]) (?:εκει|εδω)`,
    `(?<!(?:εισαι|ειστε) (?:ενα[σς] )?)(?:πραγματικο[σς]?|ζωντανο[σς]?|αληθινο[σς]?) (?:ανθρωπο[σς]?|ατομο|υπαλληλο[σς]?|εκπροσωπο[σς]?)`,
    `να με (?:παρει|παρετε|παρεις|καλεσει|καλεσετε) τηλεφωνο`,
    `(?:φτανει|αρκετα|οχι αλλο) (?:πια )?(?:με )?(?:το |τα )?(?:bot|ρομποτ|chatbot)${ENDS}`,
  ],
  cs: [
    `(?:je|jste) (?:tam|tu|tady) (?:vubec )?nekdo ?\\?`,
    `(?:aby|at) (?:mi|mne) (?:\\S+ )?(?:zavolal\\S*|volal\\S*|napsal\\S*|ozval\\S*|pomohl\\S*) (?:\\S+ )?(?:nekdo|clovek|operator\\S*|pracovnik\\S*)`,
    `(?:aby|at) (?:se )?(?:mi )?nekdo(?: \\S+){0,4}? (?:zavolal|ozval|napsal|pomohl)`,
    `(?:uz )?(?:zadny|zadne|zadneho) (?:bot\\S*|robot\\S*)${ENDS}`,
    `(?:muze|mohl by|mohla by|muzete) (?:mi |me )?(?:zavolat|kontaktovat|napsat|ozvat se) (?:\\S+ )?(?:nekdo|clovek|operator\\S*|pracovnik\\S*)`,
    `(?:muze|mohl by|mohla by) (?:mi )?nekdo(?: \\S+){0,4}? (?:zavolat|ozvat|napsat)`,
    `je (?:tu|tam|tady) (?:vubec )?nekdo (?:skutecny|zivy|opravdovy)`,
  ],
  hi: [
    `(?:क्या )?(?:वहाँ|वहां|यहाँ|यहां|उधर|इधर) कोई (?:है|हैं)`,
    `(?<!आप )असली (?:इंसान|व्यक्ति|आदमी|एजेंट|बंदा)`,
    `कोई (?:मुझे|मुझसे) (?:कॉल|फोन|संपर्क|बात) (?:करे|करें|कर ले|कर सके)`,
    `(?:koi|kisi) (?:mujhe|muje) (?:call|phone) (?:kare|karen|kar)`,
    `(?:बॉट|रोबोट|मशीन) (?:नहीं|नही) चाहिए`,
    `bot (?:nahi|nhi) chahiye`,
  ],
};
