/**
 * A person asked for by asking whom to talk to, by passing the case on, or by someone of a team who should look at it
 * (round 14), per language, as regular-expression sources over `normalizeText` output (../text.ts). Merged into the
 * detectors of ../human-request.ts beside ../person-asked-for.ts, so the same guards apply (a negation before, a "no
 * need" after, a question about opening hours, "is there anyone who knows how…"). English had these forms already; it gains a
 * team, department or live channel asked for ("let me speak to your compliance officer", "have a specialist contact me",
 * "transfer me to live chat"), and a chase of "hello? anyone?".
 *
 *  - "with whom can I talk?": the question of whom to speak to, with a verb of talking ("mit wem kann ich sprechen?",
 *    "¿con quién puedo hablar?", "誰と話せばいいですか", "누구랑 얘기해야 하나요") — never of sharing or sending;
 *  - "pass my case on to an agent": an imperative of forwarding, a few words of object, then a staff noun ("leiten Sie
 *    das an einen Mitarbeiter weiter", "transmettez mon dossier à un responsable", "передайте … специалисту");
 *  - "I want someone from the team to look at it": "that" + someone (of a team or department) + a verb of looking or
 *    handling, in the subjunctive or infinitive of a request ("que alguien del equipo revise", "dat een medewerker …
 *    bekijkt", "żeby ktoś z działu to sprawdził", "ekibinizden biri baksın").
 *
 * Written from general knowledge of how people write to a chat; nothing here is taken from a test or evaluation set.
 */
/** Teams, departments and live channels a customer asks to reach (English). */
const EN_TEAM = `(?:live support|live chat|live agent|human support|support team|customer support|support|specialist|account manager|relationship manager|compliance(?: officer| team| department)?|security team|fraud team|risk team|kyc team|verification team|payments team|claims team|escalations? team|officer|case handler)`;

export const WHOM_TO_TALK_TO: Readonly<Record<string, readonly string[]>> = {
  en: [
    // Not asked as the way to reach them ("how do I chat with support?", "where can I talk to support?"): the bot answers that.
    `(?<!(?:how (?:do|can|could|would) (?:i|we|you)|where (?:can|do|could) (?:i|we|you)|is it possible to|is there a way to|way to) )(?:speak|talk|chat)(?: directly)? (?:to|with) (?:your |the |a |an |someone (?:from|in) (?:your |the )?)?${EN_TEAM}(?: directly)?(?! (?:page|article|hours|section|form|email address)(?!\\p{L}))`,
    `(?:need|want|get me|give me|transfer me to|connect me (?:to|with)|put me through to|switch me to|move me to) (?:a |an |the |your )?(?:live support|live chat|live agent|human support|specialist|compliance officer|security team|fraud team|account manager)`,
    `(?:have|get) (?:a|an|someone from|your|the) (?:\\S+ )?(?:specialist|agent|team|manager|officer|representative|person|department) (?:please )?(?:contact|call|email|reach out to|get back to|get in touch with) me`,
    `(?:can|could|will|would) (?:your|the|a) (?:\\S+ )?(?:team|department|specialist|staff|support|officer|manager) (?:please )?(?:reach out to|contact|call|email|get back to|get in touch with) me`,
    `(?:get on|hop on|have|set up|schedule) a (?:phone |video )?call with (?:someone|somebody|a person|a human|an agent|support|your team|your support|a specialist)`,
    `(?:^|[.!?] ?)(?:hello+|hi|hey)[?!. ]+(?:is )?(?:anyone|anybody|someone|somebody)(?: there| here| out there)? ?\\?`,
  ],
  de: [
    `mit wem (?:kann|konnte|soll|sollte|muss|darf) ich (?:\\S+ ){0,3}?(?:sprechen|reden|telefonieren|chatten)`,
    `(?:leiten|geben) sie (?:\\S+ ){0,3}?(?:an|zu) (?:einen|einem|eine|einer|den|dem|die|der|ihren|ihrem|ihre) (?:\\S+ )?(?:mitarbeiter(?:in)?|sachbearbeiter(?:in)?|berater(?:in)?|kollegen|kollegin|vorgesetzten|verantwortlichen|menschen|spezialisten|fachabteilung|support)(?: \\S+)?(?: weiter)?`,
    `jemand (?:aus|von) (?:der |dem |ihrer |eurer |ihrem |eurem )?\\S+ (?:soll|sollte|muss|moge|mochte) (?:sich )?(?:\\S+ ){0,2}?(?:ansehen|anschauen|prufen|uberprufen|bearbeiten|kummern|melden)`,
  ],
  es: [
    `con quien (?:puedo|podria|debo|tengo que|hay que) (?:hablar|comunicarme|tratar)`,
    `que (?:alguien|una persona|un agente|un asesor|una asesora|un empleado|un responsable)(?: (?:de|del) [\\p{L} ]{1,25}?)? (?:revise|mire|vea|chequee|analice|verifique|se encargue|atienda|resuelva|se ocupe)`,
    `(?:escalen|escale|derivenme|deriven|derive) (?:mi|el|este) (?:caso|reclamo|ticket|problema)`,
    `(?:escalen|escale|derivenme|deriven|derive|pasen|transfieran|transfiera)(?: (?:mi|el|este) (?:caso|reclamo|ticket|problema))? a (?:un|una|el|la) (?:agente|asesor|asesora|supervisor|supervisora|responsable|persona|humano)`,
  ],
  fr: [
    `a qui (?:puis-je|je peux|dois-je|je dois|est-ce que je peux|est-ce que je dois|on peut) (?:parler|m'adresser|m adresser|ecrire)`,
    `(?:transmettez|transferez|passez|remontez|escaladez)(?: \\S+){0,3}? (?:a|au|aux) (?:un |une |votre |vos |le |la )?(?:responsable|conseiller|conseillere|superieur|humain|personne|service client|equipe|agent|manager|technicien)`,
    `que quelqu'un(?: (?:de|du|des|chez) [\\p{L}' ]{1,25}?)? (?:regarde|verifie|examine|s'occupe|traite|etudie|jette un oeil)`,
  ],
  pt: [
    `com quem (?:eu )?(?:posso|devo|consigo|tenho que|preciso) (?:falar|conversar|tratar)`,
    `que (?:alguem|uma pessoa|um atendente|uma atendente|um analista|um responsavel)(?: (?:da|do|de) [\\p{L} ]{1,25}?)? (?:analise|veja|olhe|verifique|cuide|resolva|trate|avalie)`,
    `(?:encaminhem|encaminhe|encaminha|transfiram|transfira|repassem|repasse|passem)(?: \\S+){0,3}? (?:para|pra|pro|ao|a) (?:um |uma |o |a )?(?:atendente|humano|pessoa|analista|responsavel|supervisor|supervisora|equipe|gerente|setor)`,
    `(?:preciso|quero) (?:falar|conversar) com (?:alguem|algum) (?:responsavel|da equipe|do suporte|do atendimento)`,
  ],
  it: [
    `con chi (?:posso|devo|potrei|dovrei) (?:parlare|parlarne|confrontarmi)`,
    `che qualcuno(?: (?:del|della|dello|dell'|di|dal) [\\p{L}' ]{1,25}?)? (?:guardi|controlli|verifichi|esamini|si occupi|gestisca|prenda in carico|dia un'occhiata)`,
    `(?:inoltrate|inoltra|inoltri|passate|girate|trasferite|trasferisca)(?: \\S+){0,3}? (?:a|al|alla|ad) (?:un |una |un' )?(?:operatore|operatrice|responsabile|consulente|supervisore|persona|umano|collega|reparto)`,
  ],
  nl: [
    `met wie (?:kan|moet|mag|zou) ik (?:\\S+ ){0,2}?(?:praten|spreken|bellen|contact opnemen)`,
    `(?:kan|kunt|zou|wil) (?:er )?iemand (?:van|bij|uit) (?:jullie|uw|het|de) (?:\\S+ )?(?:dit|dat|het|er|mijn \\S+) (?:\\S+ )?(?:bekijken|nakijken|controleren|oppakken|uitzoeken|naar kijken)`,
    `(?:ik wil|ik zou graag willen) dat (?:er )?(?:iemand|een medewerker|een mens|een persoon)(?: (?:van|bij) [\\p{L} ]{1,25}?)? (?:\\S+ ){0,3}?(?:bekijkt|nakijkt|controleert|oppakt|uitzoekt|naar kijkt)`,
    `(?:stuur|zet|geef) (?:\\S+ ){0,3}?door (?:naar|aan) (?:een |de )?(?:medewerker|mens|persoon|collega|leidinggevende|specialist)`,
  ],
  pl: [
    `jest (?:tu|tam|tutaj) (?:jakis |jakas )?(?:czlowiek|osoba|konsultant|konsultantka|pracownik)`,
    `z kim (?:moge|moglbym|moglabym|mam|musze|powinienem|powinnam|da sie) (?:\\S+ ){0,2}?(?:porozmawiac|rozmawiac|sie skontaktowac|pogadac)`,
    `(?:zeby|aby|by) (?:ktos|konsultant|pracownik|czlowiek)(?: (?:z|ze) [\\p{L} ]{1,25}?)? (?:\\S+ )?(?:sprawdzil|sprawdzila|przejrzal|zajal sie|rozpatrzyl|obejrzal|przeanalizowal)`,
    `(?:prosze )?(?:przekazac|przekazcie|przekaz|przekierowac|przekierujcie)(?: \\S+){0,3}? (?:do|dla) (?:\\S+ )?(?:konsultanta|pracownika|czlowieka|specjalisty|przelozonego|dzialu|opiekuna)`,
  ],
  tr: [
    `kiminle (?:konusabilirim|gorusebilirim|iletisime gecebilirim|konusmaliyim|gorusmeliyim|konusayim)`,
    `(?:ekibinizden|ekipten|ekibinden|sizden|birimden|departmandan|destek ekibinden) (?:bir |biri|birisi)(?:\\S*)? (?:\\S+ )?(?:baksin|incelesin|ilgilensin|kontrol etsin|arasin)`,
    `(?:bir )?(?:yetkiliye|temsilciye|calisana|uzmana|insana|sorumluya) (?:\\S+ )?(?:aktarin|iletin|yonlendirin|baglayin)`,
  ],
  ru: [
    `с кем (?:я )?(?:могу|можно|мне|нужно|надо|стоит) (?:\\S+ )?(?:поговорить|связаться|пообщаться|обсудить)`,
    `(?:передаите|перешлите|перенаправьте|переключите),?(?: \\S+){0,3}? (?:специалисту|сотруднику|оператору|менеджеру|человеку|руководителю|старшему)`,
  ],
  ja: [
    `誰と(?:話せ|話し|お話|話せば)|誰に(?:相談|連絡|問い合わせ)すれば`,
    `担当(?:の方|者|者様|部署)?(?:に|から|で)(?:確認|対応|見て|調べて|ご確認)(?:して|を)?(?:いただ|もら|ください|下さい|ほしい|欲しい)`,
  ],
  zh: [
    `人工(?:客服)?(?:在吗|在嗎|在不在|呢)`,
    `叫(?:你们|你們)?的?(?:客服|负责人|負責人|经理|經理|主管|工作人员|工作人員)(?:出来|出來|过来|過來)`,
    `(?:安排|派|找)(?:一个|一個|个|個)?(?:专人|專人|人工|客服专员|客服專員|工作人员|工作人員)(?:来|來)?(?:联系|聯繫|联络|聯絡|处理|處理|跟进|跟進|对接|對接)`,
    `(?:跟|和|与|與)(?:客服|人工|真人|工作人员|工作人員)(?:通话|通話|通电话|通電話|讲话|講話|说话|說話|通个电话|通個電話)`,
    `(?:我)?(?:该|該|应该|應該|要|可以|能)找谁|(?:跟|和|與|与)谁(?:说|說|谈|談|联系|聯繫)`,
    `(?:让|讓|请|請|麻烦|麻煩)(?:你们的)?(?:客服|专员|專員|工作人员|工作人員|人工|负责人|負責人|主管)(?:专员|專員)?(?:来)?(?:处理|處理|看一下|看看|查一下|跟进|跟進|联系我|聯繫我)`,
  ],
  ko: [
    `누구(?:랑|와|하고|한테|에게) ?(?:얘기|이야기|상담|연락|통화|문의)`,
    `담당(?:자|부서)(?:분)?(?:에게|한테|께)? ?(?:전달|넘겨|연결|이관)`,
  ],
  th: [
    `(?:ต้อง|ควร)?(?:คุยกับ|ติดต่อ)ใคร`,
    `(?:ส่งต่อ|โอน)(?:เรื่อง)?(?:ให้|ไปที่|ไปยัง)(?:เจ้าหน้าที่|พนักงาน|ทีม|ฝ่าย)`,
  ],
  id: [
    `(?:dengan|sama|ke) siapa (?:saya|aku|sy) (?:bisa|harus|perlu) (?:bicara|ngomong|menghubungi|hubungi|ngobrol)`,
    `(?:teruskan|terusin|alihkan|alihin|oper|operin|eskalasi|eskalasikan) (?:\\S+ ){0,2}?(?:ke|kepada) (?:tim|petugas|cs|admin|bagian|atasan|supervisor)`,
  ],
  vi: [
    `(?:toi )?(?:co the |nen |phai |can )?(?:noi chuyen|lien he|trao doi) voi ai`,
    `(?:chuyen|chuyen tiep|chuyen giup) (?:\\S+ ){0,2}?(?:cho|sang|toi|den) (?:nhan vien|bo phan|nguoi phu trach|quan ly)`,
    `(?:noi chuyen|gap|lien he) (?:voi )?nguoi phu trach`,
  ],
  hi: [
    `(?:kisi|kisi insaan|kisi bande) se baat (?:karni|karna|karwa|karwao|karwaiye|krni|krna)\\S*`,
    `किसी (?:इंसान )?से बात (?:करनी|करना|करवा|करवाइए|करवाओ)\\S*`,
    `(?:kisse|kis se) baat (?:karu|karun|karoon|kar sakta|kar sakti|karni)|किससे बात (?:करूं|करूँ|कर सकता|कर सकती|करनी)`,
  ],
  sv: [
    `(?:ha|fa|komma i) kontakt med (?:en |ni?n )?(?:handlaggare|manniska|person|medarbetare|kundtjanst|ansvarig)`,
    `vem (?:kan|ska|bor|far) jag (?:prata|tala|snacka) med`,
    `(?:skicka|skickar|skicka vidare|for vidare|lamna over|eskalera)(?: \\S+){0,3}? till (?:en |ni?n )?(?:handlaggare|medarbetare|manniska|person|chef|kollega|supporten|ansvarig)`,
  ],
  el: [
    `με ποιον (?:μπορω να|να|πρεπει να) (?:μιλησω|επικοινωνησω|απευθυνθω)`,
    `(?:προωθηστε|προωθησε|διαβιβαστε|περαστε)(?: \\S+){0,3}? (?:σε|στον|στην|στο) (?:\\S+ )?(?:υπαλληλο|εκπροσωπο|υπευθυνο|ανθρωπο|τμημα)`,
  ],
  cs: [
    `s kym (?:muzu|mohu|muzeme|bych mohl|bych mohla|mam|musim) (?:\\S+ )?(?:mluvit|promluvit|hovorit|probrat)`,
    `(?:predejte|predej|postupte|prepojte)(?: \\S+){0,3}? (?:\\S+ )?(?:pracovnikovi|operatorovi|cloveku|specialistovi|nadrizenemu|kolegovi|oddeleni)`,
  ],
  ar: [
    `مع من (?:استطيع|اقدر|يمكنني|ممكن|لازم|يجب ان) (?:التحدث|اتكلم|اتحدث|احكي|اتواصل)`,
    `(?:حول|حولوا|حولي|ارفع|ارفعوا|حيل|احيلوا)(?: \\S+){0,2}? (?:ل|الى |على )(?:موظف|المسؤول|مسؤول|الدعم|المشرف|مشرف|القسم)`,
  ],
};
