/**
 * A person of the company asked for as someone real who should look at the case (round 14), per language, as
 * regular-expression sources over `normalizeText` output (../text.ts: accents folded, Cyrillic й → и). Appended to the
 * real-person check of ../human-request.ts, so its guards apply: a question about the bot itself ("are you a real
 * employee?", "sei una persona vera?"), a negation before it, a "no need" after it, opening hours, a comparison.
 * Where a pronoun of the bot stands right before (ar, id, hi) it is the bot asked about, as ../person-asked-for.ts has it.
 * Written from general knowledge of how people write to a chat:
 *
 *  - a staff noun marked as real, with the nouns the older lists lacked ("un vrai employé", "um funcionário de verdade",
 *    "gerçek bir çalışan", "実際のスタッフ", "실제 직원분", "असली कर्मचारी"), noun-first where the language puts the
 *    adjective after it ("ktoś prawdziwy", "alguien de carne y hueso");
 *  - whether anyone is at the other end, with an adverb between ("ist da überhaupt ein Mensch am anderen Ende?", "is er
 *    überhaupt een mens aanwezig?", "มีคนจริงๆ ตอบไหม").
 */

/** Staff nouns, per language, that a "real" before or after marks as a person wanted instead of the bot. */
export const REAL_PERSON_ASKED: ReadonlyArray<readonly [string, string]> = [
  ['en', `(?:real|actual|living|human) (?:member of (?:staff|your team)|staff members?|team members?|support (?:agents?|staff|people)|customer service (?:agents?|people|staff)|worker|colleague)`],
  ['en', `(?:anyone|anybody|someone|somebody|a person|a human) (?:actually )?(?:on|at) the other end`],
  ['de', `(?:echte[nrm]?|richtige[nrm]?|menschliche[nrm]?|lebendige[nrm]?) (?:angestellte[nr]?|kollege[n]?|kollegin|sachbearbeiter(?:in)?|servicemitarbeiter(?:in)?|support-mitarbeiter(?:in)?)`],
  ['de', `(?:ist|sitzt) (?:da|dort|hier|bei euch|bei ihnen)(?: (?:uberhaupt|uberhaupt noch|noch|denn|eigentlich))? (?:(?:ein|irgendein|ein echter|eine echte) (?:mensch|mitarbeiter|mitarbeiterin|person)|jemand|irgendwer)(?: (?:am anderen ende|dran|vor dem bildschirm|da|hier))? ?\\?`],
  ['de', `(?:mensch|jemand|person|mitarbeiter) am anderen ende`],
  ['fr', `(?:vrai|vraie|veritable|vrais|vraies) (?:employe|employee|employes|salarie|salariee|agent|agents|collaborateur|collaboratrice|membre du personnel|membre de votre equipe|technicien|humain de chez vous)`],
  ['fr', `(?:quelqu'un|une personne|un humain) (?:de l'autre cote|au bout du fil|derriere l'ecran)`],
  ['es', `(?:empleado|empleada|trabajador|trabajadora|agente|asesor|asesora|persona|alguien) (?:de verdad|real|de carne y hueso)`],
  ['es', `(?:un |una )?(?:verdadero|verdadera|autentico|autentica) (?:empleado|empleada|agente|asesor|asesora|persona|humano)`],
  ['pt', `(?:funcionario|funcionaria|colaborador|colaboradora|empregado|empregada|analista|atendente|pessoa) (?:de verdade|real|de carne e osso)`],
  ['pt', `(?:um |uma )?(?:verdadeiro|verdadeira) (?:funcionario|funcionaria|atendente|pessoa|humano|analista)`],
  ['it', `(?:dipendente|impiegato|impiegata|addetto|addetta|consulente|assistente|collega) (?:vero|vera|reale|in carne e ossa|umano|umana)`],
  ['it', `(?:un |una )?(?:vero|vera|veri|vere) (?:dipendente|impiegato|impiegata|addetto|addetta|operatore|operatrice|persona|umano|consulente)`],
  ['nl', `(?:echte?|levende?) (?:werknemer|collega|klantenservicemedewerker|servicemedewerker|supportmedewerker|mensen)`],
  ['nl', `(?:is|zit) (?:er|daar|hier)(?: (?:uberhaupt|eigenlijk|nog|wel|ook))? (?:een |iemand )?(?:echte? )?(?:mens|persoon|medewerker|iemand)(?: (?:aanwezig|aan de lijn|online|achter de computer|daar|hier))? ?\\?`],
  ['pl', `(?:ktos|osoba|czlowiek|pracownik|konsultant|konsultantka) (?:prawdziw\\S*|zyw\\S*|z krwi i kosci)`],
  ['pl', `(?:prawdziw\\S*|zyw\\S*) (?:pracownic\\S*|obslug\\S*|doradc\\S*|agent\\S*)`],
  ['tr', `(?:gercek|canli) (?:bir )?(?:calisan\\S*|personel\\S*|yetkili\\S*|eleman\\S*|musteri temsilci\\S*|biri\\S*|birisi\\S*)`],
  ['ru', `(?:жив\\S*|реальн\\S*|настоящ\\S*) (?:менеджер\\S*|специалист\\S*|работник\\S*|агент\\S*)`],
  ['ru', `(?:кто-(?:то|нибудь)|человек) (?:на том конце|по ту сторону)`],
  ['cs', `(?:ziv\\S*|skutecn\\S*|opravdov\\S*|realn\\S*) (?:zamestnan\\S*|pracovnic\\S*|konzultant\\S*|specialist\\S*|agent\\S*)`],
  ['cs', `(?:nekdo|clovek|osoba) (?:skutecny|zivy|opravdovy|realny|z masa a kosti)`],
  ['sv', `(?:riktig|verklig|levande|akta) (?:anstalld|handlaggare|kundtjanstmedarbetare|supportpersonal|kollega)`],
  ['el', `(?:πραγματικο[σς]?|ζωντανο[σς]?|αληθινο[σς]?) (?:εργαζομενο[σς]?|συνεργατη[σς]?|τεχνικο[σς]?|εκπροσωπο[σς]?)`],
  ['ar', `(?<!(?:انت|انتي|انتم|انتو) )(?:موظف|شخص|انسان|بني ادم|احد) (?:حقيقي|فعلي|من لحم ودم)`],
  ['id', `(?<!(?:kamu|anda|kau|lu|ini|itu) )(?:karyawan|pegawai|staf|petugas|cs|orang) (?:asli|beneran|sungguhan|nyata)`],
  ['vi', `(?:nhan vien|nguoi|tu van vien) (?:that|that su|bang xuong bang thit)`],
  ['hi', `(?<!(?:आप|तुम|तू) )(?:असली|सच्च\\S*|जीवित) (?:कर्मचारी|स्टाफ|एग्जीक्यूटिव|मनुष्य|इंसान|व्यक्ति|अधिकारी|बंदा)`],
  ['hi', `(?<!(?:aap|tum|tu|ap) )(?:asli|sach me|sachme|real) (?:insaan|insan|banda|aadmi|admi|employee|staff|executive|karmachari)`],
  ['ja', `(?:実際|本物|本当|生身)の(?:スタッフ|担当者?|オペレーター|社員|人間|方|職員|係の人)|人間の(?:スタッフ|担当|社員|職員)`],
  ['zh', `(?:真正的|真实的|真實的|活的)(?:员工|員工|工作人员|工作人員|客服|人工)|真人(?:客服|员工|員工|工作人员|工作人員)`],
  ['ko', `(?:실제|진짜|실제로) ?(?:사람|직원|상담원|상담사|담당자|매니저)(?:분)?(?:이|께서|가|한테|에게|이랑|님)? ?(?:좀 )?(?:직접 )?(?:봐|보|확인|검토|처리|답|연결|상담|읽)`],
  ['th', `มีคนจริง(?:ๆ)? ?(?:อยู่|ตอบ|ดู|คุย|อ่าน)?(?:ไหม|มั้ย|มั๊ย|หรือเปล่า|บ้างไหม)|คนจริง(?:ๆ)? ?(?:มา)?(?:ตอบ|ดู|ช่วย|คุย|อ่าน)|เจ้าหน้าที่(?:ตัว)?จริง(?:ๆ)?`],
];
