/**
 * Self-harm said as a goodbye, one table per hint so the languages can be compared side by side (merged into each
 * pack's concepts in ./index.ts; the frames are in ../situations.ts). Round 12, written from general knowledge of how
 * people in crisis write to a service they use every day (a game, a streaming or a subscription account):
 *
 *  - {@link GIVING_AWAY}: one's things or games given away, all of them (`handOver`) + not needing them any more, said
 *    of the future (`noLongerNeeded`): "I'm giving away all my skins, I won't need them anymore", "estoy regalando
 *    todas mis cosas, ya no las voy a necesitar". An account handed to a named relative or friend with "I won't need
 *    it" is left out: that is an everyday transfer (a new account, a move, a downgrade), and read as self-harm it
 *    sent ordinary requests to a person as urgent.
 *  - {@link LAST_GOODBYE}: a last act named as the last (`lastAct`: "this is my last message", "the last time I'll log
 *    in", "mein letzter Stream"; not "the last time that I…", which mostly tells a past order in a complaint) + a farewell to everyone (`farewell`: "goodbye everyone", "take care, all of you",
 *    "прощайте"). A farewell is strong words only: "bye" or a bare "adiós" after "this is my last question" is politeness.
 *  - {@link QUIET_ENDINGS}: hints said whole (`selfHarm`) that the packs lacked: not wanting to wake up, tired of
 *    living, wanting everything to stop, a plan or a date to end it, nothing ever getting better for oneself.
 *
 * No guards on any of them, like every self-harm hint: a person reading one goodbye too many is the safe side.
 */
import type { ConceptTable } from './types.js';

export const GIVING_AWAY: Readonly<Record<string, ConceptTable>> = {
  en: {
    handOver: ['give away all my', 'giving away all my', 'gave away all my', 'given away all my', 'giving away everything', 'given away everything', 'give all my', 'giving all my', 'gave all my', 'give my stuff', 'give my things', 'give my games', 'give my skins', 'can have all my', 'can have my stuff', 'can have my things', 'can have my games', 'leave all my'],
    noLongerNeeded: ["won't need", "won't be needing", 'will not need', 'will not be needing', 'not going to need', "won't have any use for", "won't be using it", "won't be using them", "won't be around to", "where i'm going", 'where i am going', 'no use for them where', 'no use for it where'],
  },
  de: {
    handOver: ['verschenke alles', 'verschenke meine sachen', 'verschenke all meine', 'verschenke alle meine', 'habe alles verschenkt', 'gebe alles weg', 'gebe meine sachen weg', 'meine sachen weg', 'vermache'],
    noLongerNeeded: ['brauche ihn nicht mehr', 'brauche es nicht mehr', 'brauche sie nicht mehr', 'brauche sie bald nicht mehr', 'brauche das nicht mehr', 'werde ihn nicht mehr brauchen', 'werde es nicht mehr brauchen', 'werde sie nicht mehr brauchen', 'werde das nicht mehr brauchen', 'bald nicht mehr brauchen', 'wo ich hingehe'],
  },
  es: {
    handOver: ['regalo todas mis cosas', 'regalando todas mis cosas', 'regalando todo lo que tengo', 'regale todas mis cosas', 'quedense con mis', 'repartiendo mis cosas', 'reparti mis cosas'],
    noLongerNeeded: ['ya no la voy a necesitar', 'ya no lo voy a necesitar', 'ya no las voy a necesitar', 'ya no los voy a necesitar', 'no la voy a necesitar', 'no lo voy a necesitar', 'ya no voy a necesitar', 'ya no la necesitare', 'ya no lo necesitare', 'ya no las necesitare', 'ya no los necesitare', 'ya no necesitare', 'a donde voy no'],
  },
  fr: {
    handOver: ['je donne toutes mes', 'je donne mes affaires', 'donne toutes mes affaires', 'je distribue mes affaires', 'je leur laisse mes'],
    noLongerNeeded: ["je n'en aurai plus besoin", "n'en aurai plus besoin", 'en aurai plus besoin', "n'aurai plus besoin", 'aurai plus besoin', 'la ou je vais'],
  },
  pt: {
    handOver: ['doando todas', 'doando minhas coisas', 'doei minhas coisas', 'dando minhas coisas'],
    noLongerNeeded: ['nao vou mais precisar', 'nao vou precisar mais', 'nao vou precisar dela', 'nao vou precisar dele', 'nao vou mais usar', 'nao vou usar mais', 'onde eu vou nao'],
  },
  it: {
    handOver: ['regalo tutte le mie', 'regalo le mie cose', 'regalando le mie cose', 'sto dando via le mie'],
    noLongerNeeded: ['non mi servira piu', 'non mi serviranno piu', 'non ne avro piu bisogno', 'non lo usero piu', 'non li usero piu', 'dove vado non'],
  },
  nl: {
    handOver: ['geef al mijn', 'geef mijn spullen', 'mijn spullen weg'],
    noLongerNeeded: ['heb het niet meer nodig', 'heb het straks niet meer nodig', 'zal het niet meer nodig hebben', 'heb ze niet meer nodig', 'heb ik straks niet meer nodig', 'waar ik heen ga'],
  },
  pl: {
    handOver: ['rozdaje swoje rzeczy', 'rozdaje moje rzeczy', 'rozdalem swoje rzeczy', 'rozdalam swoje rzeczy'],
    noLongerNeeded: ['nie bedzie mi potrzebne', 'nie bedzie mi potrzebny', 'nie beda mi potrzebne', 'nie bede go potrzebowac', 'nie bede ich potrzebowac', 'nie bede potrzebowal', 'nie bede potrzebowala', 'juz mi sie nie przyda', 'juz mi sie nie przydadza'],
  },
  tr: {
    handOver: ['esyalarimi dagit*', 'her seyimi dagit*'],
    noLongerNeeded: ['ihtiyacim olmayacak', 'artik ihtiyacim olmayacak', 'bir daha kullanmayacagim', 'gerek kalmayacak', 'isime yaramayacak'],
  },
  ar: {
    handOver: ['اوزع اغراضي', 'وزعت اغراضي', 'اعطي اغراضي'],
    noLongerNeeded: ['لن احتاجه', 'لن احتاج هذا', 'لن احتاجها', 'لن احتاج اليه', 'لن اكون بحاجه', 'لن استخدمه بعد'],
  },
  ru: {
    handOver: ['раздаю свои вещи', 'раздал свои вещи', 'раздала свои вещи', 'раздаю все'],
    noLongerNeeded: ['больше не понадобится', 'больше не понадобятся', 'мне не понадобится', 'уже не понадобится', 'не будет нужен', 'больше не будет нужен'],
  },
  uk: {
    handOver: ['роздаю свої речі', 'роздав свої речі', 'роздала свої речі'],
    noLongerNeeded: ['більше не знадобиться', 'більше не знадобляться', 'мені не знадобиться', 'вже не знадобиться'],
  },
  ja: {
    handOver: ['全部あげる', '全部譲る', '形見'],
    noLongerNeeded: ['もう必要なくなる', '必要なくなります', '必要なくなるので', 'もういらなくなる', 'もう使わなくなる', 'もう使うことはない', '使うこともなくなる'],
  },
  zh: {
    handOver: ['都送人'],
    noLongerNeeded: ['用不到了', '用不上了', '以后用不到', '以后用不上', '再也用不到', '再也用不上', '不会再用了', '再也不需要了'],
  },
  ko: {
    handOver: ['다 나눠줬', '다 나눠 줬'],
    noLongerNeeded: ['필요 없을 거예요', '필요없을 거예요', '필요 없을 것 같', '쓸 일이 없을', '쓸 일 없을', '쓸 일이 없어질'],
  },
  th: {
    handOver: ['ยกของ', 'แจกของ', 'ยกทุกอย่าง'],
    noLongerNeeded: ['ไม่ต้องใช้มันอีกแล้ว', 'ไม่ต้องใช้อีกแล้ว', 'ไม่ได้ใช้มันอีกแล้ว', 'ไม่จำเป็นต้องใช้อีกต่อไป'],
  },
  id: {
    handOver: ['bagi-bagiin barang', 'membagikan barang-barang'],
    noLongerNeeded: ['nggak akan butuh lagi', 'gak akan butuh lagi', 'ga akan butuh lagi', 'tidak akan butuh lagi', 'tidak akan membutuhkannya lagi', 'nggak bakal butuh', 'gak bakal butuh', 'nggak bakal pakai lagi', 'gak bakal pake lagi'],
  },
  vi: {
    handOver: ['tang het do', 'cho het do dac'],
    noLongerNeeded: ['se khong can no nua', 'se khong can nua', 'khong can den no nua', 'se khong dung nua', 'khong con can nua'],
  },
  sv: {
    handOver: ['ger bort mina', 'ger bort allt', 'gett bort mina'],
    noLongerNeeded: ['inte behöva det längre', 'kommer inte behöva', 'kommer inte att behöva', 'behöver det inte längre', 'dit jag ska'],
  },
  el: {
    handOver: ['χαρίζω τα πράγματά μου', 'μοιράζω τα πράγματά μου'],
    noLongerNeeded: ['δεν θα τον χρειαστώ', 'δεν θα το χρειαστώ', 'δεν θα τα χρειαστώ', 'δε θα τον χρειαστώ', 'δε θα το χρειαστώ'],
  },
  cs: {
    handOver: ['rozdávám své věci', 'rozdal jsem své věci', 'rozdala jsem své věci'],
    noLongerNeeded: ['už ho nebudu potřebovat', 'už to nebudu potřebovat', 'už je nebudu potřebovat', 'nebudu ho potřebovat', 'už nebudu potřebovat'],
  },
  hi: {
    handOver: ['अपना सामान बांट'],
    noLongerNeeded: ['जरूरत नहीं पड़ेगी', 'ज़रूरत नहीं पड़ेगी', 'जरूरत नहीं होगी', 'ज़रूरत नहीं होगी', 'zarurat nahi padegi', 'jarurat nahi padegi', 'zaroorat nahi padegi'],
  },
};

export const LAST_GOODBYE: Readonly<Record<string, ConceptTable>> = {
  en: {
    lastAct: ['my last message', 'my last stream', 'my last post', 'my final stream', 'my last login', 'last time i will', "last time i'll", "last time you'll hear", 'last time you will hear', 'last time logging in', 'last time i log in'],
    farewell: ['goodbye everyone', 'goodbye all', 'bye everyone', 'farewell', 'take care of my', 'goodbye forever', 'bye forever', 'goodbye world', 'it was nice knowing', 'sorry for everything', 'take care everyone', 'take care all'],
  },
  de: {
    lastAct: ['mein letzter stream', 'meine letzte nachricht', 'mein letzter post'],
    farewell: ["macht's gut", 'lebt wohl', 'lebewohl', 'tschuss fur immer', 'passt auf euch auf', 'auf wiedersehen an alle', 'tschuss an alle'],
  },
  es: {
    lastAct: ['mi ultimo mensaje', 'mi ultimo stream', 'mi ultima transmision'],
    farewell: ['adios a todos', 'adios para siempre', 'cuidense', 'hasta siempre', 'perdon por todo'],
  },
  fr: {
    lastAct: ['mon dernier message', 'mon dernier stream', 'mon dernier live'],
    farewell: ['adieu', 'prenez soin de vous', 'au revoir a tous', 'pardon pour tout'],
  },
  pt: {
    lastAct: ['minha ultima mensagem', 'minha ultima live', 'meu ultimo stream'],
    farewell: ['adeus', 'se cuidem', 'tchau pra sempre', 'desculpa por tudo'],
  },
  it: {
    lastAct: ['il mio ultimo messaggio', 'la mia ultima live'],
    farewell: ['addio', 'abbiate cura di voi', 'scusate per tutto'],
  },
  nl: {
    lastAct: ['mijn laatste bericht', 'mijn laatste stream'],
    farewell: ['vaarwel', 'dag allemaal', 'pas goed op jezelf', 'het ga jullie goed', 'sorry voor alles'],
  },
  pl: {
    lastAct: ['moja ostatnia wiadomosc', 'moj ostatni stream', 'ostatni raz pisze', 'ostatni raz sie loguje'],
    farewell: ['zegnajcie', 'zegnaj', 'trzymajcie sie', 'przepraszam za wszystko'],
  },
  tr: {
    lastAct: ['son mesajim', 'son yayinim', 'son kez yaziyorum', 'son kez giris'],
    farewell: ['hosca kalin', 'elveda', 'kendinize iyi bakin', 'herkesten ozur dilerim'],
  },
  ar: {
    lastAct: ['رسالتي الاخيره', 'اخر رساله', 'اخر مره اكتب'],
    farewell: ['وداعا', 'اعتنوا بانفسكم', 'سامحوني'],
  },
  ru: {
    lastAct: ['мое последнее сообщение', 'последнее сообщение от меня', 'мои последнии стрим', 'в последнии раз пишу'],
    farewell: ['прощаите', 'прощаи', 'берегите себя', 'простите меня за все'],
  },
  uk: {
    lastAct: ['моє останнє повідомлення', 'останнє повідомлення від мене', 'востаннє пишу'],
    farewell: ['прощаваите', 'прощаите', 'бережіть себе', 'пробачте мені все'],
  },
  ja: {
    lastAct: ['最後のメッセージ', '最後の配信', 'これが最後の'],
    farewell: ['さようなら', 'さよなら', '元気でね', 'みんなありがとう'],
  },
  zh: {
    lastAct: ['最后一条消息', '最后一条信息', '最后一次直播', '最后一次登录'],
    farewell: ['再见了', '永别了', '大家保重', '对不起大家'],
  },
  ko: {
    lastAct: ['마지막 메시지', '마지막 방송', '마지막 접속'],
    farewell: ['다들 안녕', '모두 안녕', '잘 지내', '안녕히 계세요'],
  },
  th: {
    lastAct: ['ข้อความสุดท้าย', 'สตรีมสุดท้าย', 'ครั้งสุดท้ายที่'],
    farewell: ['ลาก่อน', 'ดูแลตัวเองด้วย'],
  },
  id: {
    lastAct: ['pesan terakhir saya', 'pesan terakhirku', 'stream terakhir', 'terakhir kalinya'],
    farewell: ['selamat tinggal', 'jaga diri kalian', 'maaf untuk semuanya'],
  },
  vi: {
    lastAct: ['tin nhắn cuối cùng', 'lần cuối tôi', 'buổi stream cuối cùng'],
    farewell: ['vĩnh biệt', 'tạm biệt mọi người', 'xin lỗi vì tất cả'],
  },
  sv: {
    lastAct: ['mitt sista meddelande', 'min sista stream', 'sista gången jag'],
    farewell: ['farväl', 'hej då för alltid', 'ta hand om er'],
  },
  el: {
    lastAct: ['το τελευταίο μου μήνυμα', 'τελευταία φορά που'],
    farewell: ['αντίο', 'να προσέχετε', 'συγγνώμη για όλα'],
  },
  cs: {
    lastAct: ['moje poslední zpráva', 'naposledy píšu', 'naposledy se přihlašuji'],
    farewell: ['sbohem', 'mějte se hezky', 'promiňte mi všechno'],
  },
  hi: {
    lastAct: ['आखिरी मैसेज', 'आखिरी संदेश', 'आखिरी बार लिख', 'aakhri message', 'aakhri baar likh'],
    farewell: ['अलविदा', 'alvida'],
  },
};

export const QUIET_ENDINGS: Readonly<Record<string, ConceptTable>> = {
  en: { selfHarm: ['have a plan to end it', 'made a plan to end it', 'planned how to end it', 'planned how i will do it', 'end it this weekend', 'nothing will ever get better for me', 'nothing will ever get better', 'it will never get better for me', 'tired of existing', 'make it all stop', 'want it all to be over', 'wish i could just disappear', 'hope i never wake up'] },
  de: { selfHarm: ['plan, wie ich es beende', 'plan wie ich es beende', 'plan, mich umzubringen', 'will morgen nicht mehr aufwachen', 'ich will nicht mehr aufwachen', 'mochte nicht mehr aufwachen', 'einfach nicht mehr aufwachen', 'mude vom leben', 'lebensmude', 'es wird nie besser fur mich', 'will, dass es vorbei ist', 'will nur noch, dass es aufhort'] },
  es: { selfHarm: ['no quiero despertar', 'no quiero despertarme', 'ojala no despertar', 'cansado de vivir', 'cansada de vivir', 'que todo termine', 'que todo se acabe', 'tengo un plan para acabar', 'nada va a mejorar para mi', 'nunca va a mejorar para mi'] },
  fr: { selfHarm: ['ne plus me reveiller', 'ne plus jamais me reveiller', 'voudrais ne pas me reveiller', 'fatigue de vivre', 'fatiguee de vivre', 'que tout se termine', 'j\'ai un plan pour en finir', 'rien ne s\'arrangera jamais pour moi'] },
  pt: { selfHarm: ['nao quero acordar', 'nao acordar mais', 'cansado de viver', 'cansada de viver', 'que tudo acabe', 'tenho um plano pra acabar', 'tenho um plano para acabar', 'nada vai melhorar pra mim'] },
  it: { selfHarm: ['non voglio svegliarmi', 'non svegliarmi piu', 'stanco di vivere', 'stanca di vivere', 'che tutto finisca', 'ho un piano per farla finita', 'niente migliorera mai per me'] },
  nl: { selfHarm: ['ik wil niet meer wakker worden', 'hoop niet meer wakker te worden', 'moe van het leven', 'levensmoe', 'dat het allemaal ophoudt', 'een plan om er een einde aan te maken', 'het wordt nooit meer beter voor mij'] },
  pl: { selfHarm: ['nie chce sie obudzic', 'nie chce sie juz obudzic', 'zmeczony zyciem', 'zmeczona zyciem', 'zeby to wszystko sie skonczylo', 'zeby wszystko sie skonczylo', 'mam plan, jak to zakonczyc', 'nic sie dla mnie nie poprawi'] },
  tr: { selfHarm: ['uyanmak istemiyorum', 'bir daha uyanmak istemiyorum', 'yasamaktan yoruldum', 'yasamaktan biktim', 'her seyin bitmesini istiyorum', 'her seyin durmasini istiyorum', 'bitirmek icin bir planim var', 'benim icin hicbir sey duzelmeyecek'] },
  ar: { selfHarm: ['لا اريد ان استيقظ', 'لا اريد الاستيقاظ', 'تعبت من الحياه', 'تعبت من العيش', 'ان ينتهي كل شيء', 'عندي خطه لانهاء', 'لن يتحسن شيء'] },
  ru: { selfHarm: ['не хочу просыпаться', 'не хочу завтра просыпаться', 'не хочу больше просыпаться', 'устал жить', 'устала жить', 'чтобы все это закончилось', 'чтобы все закончилось', 'чтобы все прекратилось', 'у меня есть план, как', 'ничего уже не изменится к лучшему'] },
  uk: { selfHarm: ['не хочу прокидатися', 'не хочу завтра прокидатися', 'не хочу більше прокидатися', 'втомився жити', 'втомилася жити', 'щоб усе це скінчилося', 'щоб усе скінчилося', 'щоб усе припинилося', 'не хочу жити'] },
  ja: { selfHarm: ['目が覚めなければいい', '目覚めたくない', 'もう起きたくない', '生きるのに疲れ', '生きることに疲れ', '全部終わりにしたい', '全部終わらせたい', '消えてしまいたい'] },
  zh: { selfHarm: ['不想再醒过来', '不想明天再醒', '不想明天醒', '不想醒过来', '不想再醒来', '不想醒来', '活着好累', '活着太累', '让一切都停下来', '想结束一切', '想结束这一切', '一切都不会好起来'] },
  ko: { selfHarm: ['눈을 뜨고 싶지 않', '눈 뜨고 싶지 않', '깨어나고 싶지 않', '사는 게 지쳤', '사는게 지쳤', '사는 게 너무 지쳐', '살기 싫어', '아무것도 나아지지 않을'] },
  th: { selfHarm: ['ไม่อยากตื่นขึ้นมาอีก', 'ไม่อยากตื่นอีกแล้ว', 'เหนื่อยกับการมีชีวิต', 'เหนื่อยที่จะมีชีวิต', 'อยากให้ทุกอย่างจบ', 'ไม่อยากมีชีวิตอยู่'] },
  id: { selfHarm: ['nggak mau bangun lagi', 'gak mau bangun lagi', 'ga mau bangun lagi', 'tidak mau bangun lagi', 'tidak ingin bangun lagi', 'capek hidup', 'lelah hidup', 'mau semuanya berhenti', 'pengen semuanya berhenti', 'ingin semuanya berakhir', 'pengen semuanya berakhir'] },
  vi: { selfHarm: ['không muốn thức dậy nữa', 'không muốn tỉnh dậy nữa', 'mệt mỏi với cuộc sống', 'mệt mỏi vì phải sống', 'muốn mọi thứ dừng lại', 'muốn mọi thứ kết thúc', 'không muốn sống nữa'] },
  sv: { selfHarm: ['vill inte vakna', 'vill inte vakna i morgon', 'trött på att leva', 'trött på livet', 'att allt ska ta slut', 'har en plan för att ta slut på'] },
  el: { selfHarm: ['δεν θέλω να ξυπνήσω', 'δε θέλω να ξυπνήσω', 'κουράστηκα να ζω', 'κουράστηκα από τη ζωή', 'να σταματήσουν όλα', 'να τελειώσουν όλα'] },
  cs: { selfHarm: ['nechci se probudit', 'nechci se už probudit', 'nechci se zítra probudit', 'unavený ze života', 'unavená ze života', 'aby to všechno skončilo', 'aby všechno skončilo', 'nechci žít'] },
  hi: { selfHarm: ['उठना नहीं चाहता', 'उठना नहीं चाहती', 'जीने से थक गया', 'जीने से थक गई', 'सब कुछ खत्म हो जाए', 'सब खत्म हो जाए', 'jeene se thak gaya', 'jeene se thak gayi', 'sab khatam ho jaye', 'uthna nahi chahta', 'uthna nahi chahti'] },
};

/**
 * Holding on by a thread (round 12): the game or the service named as the only thing keeping one alive, being gone by
 * next month ("don't renew, next month I won't be here any more": said with "no longer", a euphemism for death in
 * most languages), nothing making sense any more, an apology passed on to one's friends or guild, sleeping and never
 * waking. Said whole (`selfHarm`); "if I just vanished" joins the packs' "without me" (`withoutMe`).
 */
export const HOLDING_ON: Readonly<Record<string, ConceptTable>> = {
  en: {
    selfHarm: ['only thing keeping me alive', 'only thing keeping me going', 'only thing that keeps me alive', 'only thing that keeps me going', "only reason i'm still here", 'only reason i am still here', "only reason i'm still alive", "don't think i'll be around", "don't think i will be around", "don't think i'll still be here", "won't be here next month", "won't be around next month", 'after tonight you won\'t', 'after tonight it won\'t matter', "tell my guild i'm sorry", "tell my clan i'm sorry", "tell my friends i'm sorry", "tell my team i'm sorry", "tell everyone i'm sorry", 'nothing makes sense anymore', 'nothing makes sense any more'],
    withoutMe: ['if i vanished', 'if i just vanished', 'if i just disappeared', 'if i just went away', 'if i was not around'],
  },
  de: { selfHarm: ['einzige, was mich noch am leben halt', 'einzige, was mich am leben halt', 'einzige was mich noch am leben halt', 'einzige, was mich noch halt', 'bin ich eh nicht mehr da', 'nachsten monat bin ich nicht mehr da', 'bin ich nicht mehr am leben', 'sagt meiner gilde, dass es mir leid tut', 'sagt meinen freunden, dass es mir leid tut', 'nie wieder aufwachen'] },
  es: { selfHarm: ['lo unico que me mantiene vivo', 'lo unico que me mantiene viva', 'lo unico que me mantiene con vida', 'lo unico que me queda para vivir', 'ya no voy a estar aqui', 'el mes que viene ya no voy a estar', 'el proximo mes ya no voy a estar', 'diganle a mi clan que lo siento', 'digan a mi clan que lo siento', 'diganle a mis amigos que lo siento', 'no despertar nunca', 'no despertar nunca mas', 'no volver a despertar'] },
  fr: { selfHarm: ['seule chose qui me garde en vie', 'seule chose qui me maintient en vie', 'seule chose qui me retient', 'je ne serai plus la', 'ne plus jamais me reveiller', 'ne jamais me reveiller', 'dites a mon clan que je suis desole', 'dites a mes amis que je suis desole'] },
  pt: { selfHarm: ['unica coisa que me mantem vivo', 'unica coisa que me mantem viva', 'unica coisa que me segura aqui', 'nao vou estar mais aqui', 'nao vou mais estar aqui', 'nunca mais acordar', 'nada mais faz sentido', 'diz pro meu cla que eu sinto muito', 'diga aos meus amigos que sinto muito'] },
  it: { selfHarm: ["l'unica cosa che mi tiene in vita", 'unica cosa che mi tiene in vita', 'unica cosa che mi tiene ancora qui', 'non ci saro piu', 'non svegliarmi piu', 'non svegliarmi mai piu', 'niente ha piu senso', 'dite al mio clan che mi dispiace'] },
  nl: { selfHarm: ['enige wat me nog in leven houdt', 'enige dat me nog in leven houdt', 'enige wat me op de been houdt', 'ben ik er niet meer', 'nooit meer wakker worden', 'niets heeft nog zin', 'niks heeft nog zin', 'zeg tegen mijn clan dat het me spijt', 'zeg tegen mijn vrienden dat het me spijt'] },
  pl: { selfHarm: ['jedyne, co trzyma mnie przy zyciu', 'jedyne co trzyma mnie przy zyciu', 'jedyna rzecz, ktora trzyma mnie przy zyciu', 'juz mnie nie bedzie', 'mnie juz nie bedzie', 'juz sie nie obudzic', 'nigdy sie nie obudzic', 'nic juz nie ma dla mnie sensu', 'nic juz nie ma sensu', 'nic nie ma juz sensu', 'powiedzcie mojemu klanowi, ze przepraszam'] },
  tr: { selfHarm: ['beni hayatta tutan tek sey', 'beni hayata baglayan tek sey', 'artik burada olmayacagim', 'artik hayatta olmayacagim', 'bir daha uyanmamak', 'hicbir seyin anlami yok', 'hicbir seyin anlami kalmadi', 'klanima uzgun oldugumu soyleyin'] },
  ar: { selfHarm: ['الشيء الوحيد الذي يبقيني على قيد الحياه', 'الوحيد الذي يبقيني على قيد الحياه', 'يبقيني على قيد الحياه', 'لن اكون موجودا', 'لن اكون موجود', 'ولا استيقظ ابدا', 'لا استيقظ ابدا', 'لا شيء له معنى', 'لم يعد لشيء معنى', 'لم يعد لاي شيء معنى'] },
  ru: { selfHarm: ['единственное, что держит меня', 'единственное что держит меня', 'держит меня на этом свете', 'держит меня в живых', 'меня уже не будет', 'меня больше не будет', 'уснуть и не проснуться', 'ничего больше не имеет смысла', 'ничто больше не имеет смысла', 'все потеряло смысл'] },
  uk: { selfHarm: ['єдине, що тримає мене', 'єдине що тримає мене', 'тримає мене живим', 'тримає мене на цьому світі', 'мене вже не буде', 'мене більше не буде', 'заснути і не прокинутися', 'ніщо більше не має сенсу', 'все втратило сенс'] },
  ja: { selfHarm: ['生きる理由です', '唯一の生きる理由', 'これだけが生きる支え', '来月にはもういない', 'もうこの世にいない', '目覚めたくない', 'もう何もかもどうでもいい', '何もかもどうでもいい'] },
  zh: { selfHarm: ['活下去的唯一理由', '唯一让我活着的', '让我活下去的唯一', '我就不在了', '我已经不在了', '再也不醒来', '再也不要醒来', '什么都没有意义了', '一切都没有意义了', '一切都没意义了'] },
  ko: { selfHarm: ['살게 하는 유일한', '저를 버티게 하는 유일한', '살아있는 유일한 이유', '다음 달엔 저 없을', '다음 달에는 저 없을', '저는 없을 거예요', '안 깨어났으면', '깨어나지 않았으면', '다시는 안 깨', '아무것도 의미가 없', '모든 게 의미가 없'] },
  th: { selfHarm: ['สิ่งเดียวที่ทำให้ฉันยังมีชีวิตอยู่', 'ทำให้ฉันยังมีชีวิตอยู่', 'ฉันคงไม่อยู่แล้ว', 'ผมคงไม่อยู่แล้ว', 'หลับไปแล้วไม่ตื่น', 'ไม่ตื่นอีกเลย', 'ทุกอย่างไม่มีความหมาย'] },
  id: { selfHarm: ['satu-satunya yang bikin aku tetap hidup', 'satu-satunya alasan aku masih hidup', 'bikin aku tetap hidup', 'bulan depan aku udah nggak ada', 'bulan depan aku sudah tidak ada', 'bulan depan saya sudah tidak ada', 'besok aku udah nggak ada', 'nggak bangun lagi', 'gak bangun lagi', 'tidak bangun lagi', 'semuanya nggak ada artinya', 'semuanya tidak ada artinya'] },
  vi: { selfHarm: ['thứ duy nhất giữ tôi sống', 'điều duy nhất giữ tôi sống', 'lý do duy nhất để tôi sống', 'tôi không còn ở đây nữa', 'tôi sẽ không còn nữa', 'không bao giờ tỉnh dậy', 'không bao giờ thức dậy', 'mọi thứ chẳng còn ý nghĩa'] },
  sv: { selfHarm: ['det enda som håller mig vid liv', 'enda som håller mig vid liv', 'finns jag inte längre', 'finns jag inte kvar', 'aldrig vakna igen', 'inget har någon mening längre', 'ingenting har någon mening längre'] },
  el: { selfHarm: ['το μόνο που με κρατάει ζωντανό', 'το μόνο που με κρατάει ζωντανή', 'με κρατάει στη ζωή', 'δεν θα υπάρχω', 'δε θα υπάρχω', 'να μην ξυπνήσω ποτέ', 'τίποτα δεν έχει νόημα πια'] },
  cs: { selfHarm: ['jediné, co mě drží naživu', 'jediné co mě drží naživu', 'drží naživu', 'už tu nebudu', 'už nebudu naživu', 'už se neprobudit', 'nikdy se neprobudit', 'nic už nemá smysl', 'už nic nemá smysl'] },
  hi: { selfHarm: ['मुझे ज़िंदा रखे हुए', 'मुझे जिंदा रखे हुए', 'जीने की एकमात्र वजह', 'जीने की इकलौती वजह', 'मैं नहीं रहूंगा', 'मैं नहीं रहूँगा', 'मैं नहीं रहूंगी', 'कभी न उठूं', 'कभी ना उठूं', 'फिर कभी न उठूं', 'कुछ भी मायने नहीं रखता', 'main nahi rahunga', 'main nahi rahungi'] },
};

/**
 * No hope left for oneself, the means put aside, and wanting everything to stop (round 12). Hope only in the first
 * person ("there's no hope for me", "저한테는 희망이 없어요"): "this team is hopeless" is a game. Means only as bought or
 * saved ("I bought a rope", "攒够了药"); Turkish "ip" (rope) is also an IP address and Indonesian "tali" a shoelace, so
 * neither is listed.
 */
export const NO_HOPE_LEFT: Readonly<Record<string, ConceptTable>> = {
  en: { selfHarm: ['no hope for me', 'no hope left for me', 'there is no hope for me', "i know how i'm going to do it", 'i know how i will do it', 'i know how i would do it', 'have enough pills', 'enough pills saved', 'enough pills put aside'] },
  de: { selfHarm: ['fur mich gibt es keine hoffnung', 'keine hoffnung mehr fur mich', 'es gibt keine hoffnung mehr fur mich', 'meiner familie nur eine last', 'meiner familie eine last', 'einen strick gekauft', 'ein seil gekauft', 'genug tabletten gesammelt', 'genug tabletten gehortet'] },
  es: { selfHarm: ['no hay esperanza para mi', 'ya no hay esperanza para mi', 'no tengo esperanza', 'compre la cuerda', 'compre una cuerda', 'ya tengo la cuerda', 'junte suficientes pastillas', 'tengo suficientes pastillas', 'solo quiero que todo se detenga', 'quiero que todo se detenga'] },
  fr: { selfHarm: ["plus d'espoir pour moi", "aucun espoir pour moi", "pas d'espoir pour moi", "j'ai achete une corde", 'assez de medicaments de cote', 'assez de cachets de cote', 'assez de pilules'] },
  pt: { selfHarm: ['nao tem mais esperanca pra mim', 'nao ha esperanca para mim', 'sem esperanca pra mim', 'nao tenho mais esperanca', 'comprei os comprimidos', 'comprei uma corda', 'juntei remedios', 'juntei comprimidos', 'juntei os remedios'] },
  it: { selfHarm: ["non c'e piu speranza per me", 'nessuna speranza per me', 'non ho piu speranza', 'messo da parte abbastanza pillole', 'messo da parte le pillole', 'ho comprato una corda', 'voglio solo che tutto si fermi'] },
  nl: { selfHarm: ['geen hoop meer voor mij', 'geen hoop voor mij', 'een touw gekocht', 'genoeg pillen verzameld', 'genoeg pillen gespaard'], noLongerNeeded: ['heb dit niet meer nodig', 'heb dit allemaal niet meer nodig', 'niet meer nodig hebben'] },
  pl: { selfHarm: ['nie ma dla mnie nadziei', 'nie ma juz dla mnie nadziei', 'kupilem juz line', 'kupilam juz line', 'kupilem line', 'kupilam line', 'nazbieralem tabletek', 'nazbieralam tabletek', 'zeby wszystko sie zatrzymalo'] },
  tr: { selfHarm: ['benim icin hic umut yok', 'benim icin umut yok', 'benim icin umut kalmadi', 'yeterince hap biriktirdim', 'hap biriktiriyorum', 'ilac biriktirdim'] },
  ar: { selfHarm: ['لا امل لي', 'لم يعد لدي امل', 'لا يوجد امل لي', 'جمعت ما يكفي من الحبوب', 'جمعت الحبوب', 'اشتريت حبلا'] },
  ru: { selfHarm: ['для меня нет никакой надежды', 'для меня нет надежды', 'у меня нет никакой надежды', 'купил веревку', 'купила веревку', 'накопил таблетки', 'накопила таблетки', 'накопил таблеток', 'накопила таблеток'] },
  uk: { selfHarm: ['для мене немає надії', 'у мене немає надії', 'я тягар для', 'тягар для своєї родини', 'купив мотузку', 'купила мотузку', 'накопичив таблетки', 'накопичила таблетки'] },
  ja: { selfHarm: ['もう希望なんてない', '私にはもう希望がない', '生きる希望がない', '薬を貯めて', '薬をたくさん貯めて', '薬をためて', 'ロープを買った', '全部止まってほしい', '全てが止まってほしい'] },
  zh: { selfHarm: ['我没有任何希望了', '我已经没有希望了', '对我来说没有希望', '攒够了药', '攒了很多药', '买了绳子', '让一切停下来'] },
  ko: { selfHarm: ['저한테는 희망이 없', '저에게는 희망이 없', '나한테는 희망이 없', '약을 모아', '약을 충분히 모아', '밧줄을 샀', '모든 게 멈췄으면', '모든 것이 멈췄으면'] },
  th: { selfHarm: ['ไม่มีความหวังสำหรับฉัน', 'ฉันไม่มีความหวัง', 'เก็บยาไว้พอแล้ว', 'สะสมยาไว้', 'ซื้อเชือก'], noLongerNeeded: ['ไม่ต้องใช้อันนี้อีกแล้ว'] },
  id: { selfHarm: ['nggak ada harapan lagi buatku', 'tidak ada harapan lagi untukku', 'ga ada harapan buat aku', 'nggak ada harapan buat aku', 'ngumpulin obat', 'ngumpulin cukup banyak obat', 'mengumpulkan obat'], noLongerNeeded: ['nggak akan butuh', 'gak akan butuh', 'tidak akan butuh'] },
  vi: { selfHarm: ['không còn hy vọng gì cho tôi', 'tôi không còn hy vọng', 'tích đủ thuốc', 'tích thuốc', 'mua dây thừng'] },
  sv: { selfHarm: ['inget hopp för mig', 'finns inget hopp kvar för mig', 'samlat tabletter', 'samlat tillräckligt med tabletter', 'köpt ett rep'] },
  el: { selfHarm: ['δεν υπάρχει ελπίδα για μένα', 'καμία ελπίδα για μένα', 'έχω μαζέψει αρκετά χάπια', 'αγόρασα σχοινί'], noLongerNeeded: ['δεν θα χρειαστώ', 'δε θα χρειαστώ'] },
  cs: { selfHarm: ['pro mě není naděje', 'už pro mě není žádná naděje', 'nasbíraných dost prášků', 'nasbíral jsem prášky', 'nasbírala jsem prášky', 'koupil jsem provaz', 'koupila jsem provaz'] },
  hi: { selfHarm: ['मेरे लिए कोई उम्मीद नहीं', 'गोलियां जमा कर', 'गोलियाँ जमा कर', 'रस्सी खरीद'] },
};
