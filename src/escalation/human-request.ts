/**
 * Detects an explicit request to be handed to a person. Pure.
 *
 * Intent patterns, not bare words: a request is a verb of wanting / talking /
 * connecting followed by a person noun ("talk to a human", "quiero un agente",
 * "mit einem Mitarbeiter sprechen", "转人工", "상담원 연결"), or a message that
 * is nothing but a person noun ("agent", "human please", "人工").
 *
 * Deliberately NOT a request:
 *  - questions about the bot ("are you a human?", "am I talking to a real person?",
 *    "あなたは人間ですか"): the bot can answer them and offer a hand-off; escalating
 *    would page an agent for curiosity;
 *  - past references ("the agent said it shipped", "I was talking to an agent",
 *    "担当者から連絡があった", "상담원이 어제…");
 *  - negated requests ("no need for a human", "no quiero hablar con nadie", "不用转人工");
 *  - quoted text (`the "talk to an agent" button does nothing`);
 *  - other senses of the nouns ("human resources", "travel agent", "real estate agent",
 *    "representative sample", "tour operator", "人工智能", "真人发").
 */

import { normalizeText } from './text.js';

export interface HumanRequestResult {
  matched: boolean;
  /** The normalised fragment that matched. */
  evidence?: string;
  /** ISO 639-1 code of the pattern that matched (zh for both scripts). */
  language?: string;
}

const alt = (...xs: readonly string[]): string => `(?:${xs.join('|')})`;
const L = '[\\p{L}\\p{N}]';
/** Latin-script pattern with word boundaries on both ends. */
const word = (p: string): string => `(?<!${L})${p}(?!${L})`;

// ---------- English
const EN_DET = `(?:${alt('a', 'an', 'the', 'your', 'some', 'one of your', 'any')} )?`;
const EN_ADJ = `(?:${alt('real', 'actual', 'live', 'human', 'proper', 'competent', 'living', 'breathing', 'real life', 'flesh and blood', 'customer service', 'customer support', 'customer care', 'support', 'sales', 'billing', 'senior', 'tech support', 'technical support')} )*`;
const EN_NOUN = `${alt(
  'human beings?', 'humans?', 'persons?', 'people', 'agents?', 'representatives?', 'reps?', 'operators?',
  'staff(?: member)?', 'employees?', 'advis[eo]rs?', 'supervisors?', 'managers?', 'associates?', 'specialists?',
  'customer (?:service|support|care)', 'support team', 'someone', 'somebody', 'anyone', 'anybody',
)}(?! ${alt('resources', 'rights', 'error', 'samples?', 'login', 'software', 'seats?', 'licen[cs]es?', 'fees?', 'id', 'app', 'portal', 'dashboard', 'account')}(?!${L}))`;
const EN_STRONG = `${alt('human beings?', 'humans?', 'person', 'agent', 'representative', 'rep', 'operator', 'supervisor', 'manager', 'staff member', 'employee', 'customer service rep(?:resentative)?')}(?! ${alt('resources', 'rights', 'error', 'samples?', 'login', 'software', 'seats?', 'licen[cs]es?', 'fees?', 'id', 'app', 'portal', 'dashboard', 'account')}(?!${L}))`;
const EN_PERSON = `${EN_DET}${EN_ADJ}${EN_NOUN}`;

const EN = [
  `${alt('talk', 'speak', 'chat', 'converse', 'communicate', 'get in touch', 'get through')}(?:ing)? ${alt('to', 'with')} ${EN_PERSON}`,
  `${alt('connect', 'transfer', 'put', 'pass', 'forward', 'route', 'escalate', 'hand', 'switch', 'redirect', 'send')}(?: ${alt('me', 'us', 'this', 'it', 'my (?:case|chat|ticket|issue|call)')})?(?: ${alt('over', 'through', 'back')})? ${alt('to', 'with')} ${EN_PERSON}`,
  `${alt('i (?:want|need|demand|request|would like|\'d like|wanna)', '(?:can|could|may) i (?:please )?(?:get|have)', 'give me', 'get me', 'bring me', 'find me', 'requesting', 'let me have', 'reach', 'contact')} ${EN_DET}${EN_ADJ}${EN_STRONG}`,
  `${alt('is there', 'are there', 'do you have', 'is anyone', 'is someone', 'is somebody')} ${EN_PERSON}(?: ${alt('there', 'around', 'available', 'online', 'i can', 'we can', 'who can', 'that can', 'to talk')})`,
  `${alt('can', 'could', 'will', 'would')} ${alt('someone', 'somebody', 'a (?:real |live |actual )?(?:human|person|agent)')} ${alt('from', 'on', 'at')} ${alt('your', 'the')} ${alt('team', 'staff', 'company', 'side', 'end', 'support')}`,
  `${alt('please escalate', 'escalate (?:this|it|my (?:case|issue|ticket|complaint))')}`,
  `${alt('i (?:want|need)', 'get me', 'give me', 'find me')} ${alt('someone', 'somebody')} ${alt('competent', 'who', 'that', 'else', 'from', 'in', 'on')}`,
  `${alt('can', 'could', 'will', 'would', 'have', 'i want', 'i need')} ${EN_DET}${alt('real ', 'live ', 'actual ')}?${alt('human', 'person', 'agent', 'representative', 'someone', 'somebody')} (?:please )?${alt('call', 'phone', 'ring', 'contact', 'email', 'text')} me`,
];
const EN_BLOCK = new RegExp(
  `(?:${alt("don'?t", 'do not', 'no', 'never', 'without', 'not')} ${alt('need', 'want', 'necessary', 'have')}|${alt('no need', 'no thanks', 'needn\'t')})[^.!?,;]{0,25}$` +
    `|(?<!${L})${alt('am i', 'are we', 'is this', 'are you', 'was i', 'were you', 'was', 'were', 'been', 'had', 'already')} (?:\\S+ ){0,1}$`,
  'u',
);

// ---------- Spanish / Portuguese / French / Italian / German / Dutch / Indonesian
const ES_NOUN = `${alt('persona(?:s)?(?: real| de verdad| humana)?', 'humano', 'ser humano', 'agente', 'asesor(?:a|es)?', 'operador(?:a)?', 'representante', 'ejecutiv[oa]', 'alguien', 'encargad[oa]', 'supervisor(?:a)?', 'gerente', 'atencion al cliente', 'servicio al cliente')}(?! ${alt('de viajes?', 'inmobiliari[oa]', 'de seguros')})`;
const ES_DET = `(?:${alt('un', 'una', 'el', 'la', 'algun', 'alguna', 'tu', 'su')} )?(?:${alt('verdader[oa]', 'real')} )?`;
const ES = [
  `${alt('hablar', 'hablo', 'comunicarme', 'contactar', 'chatear', 'conversar')}(?: directamente)? con ${ES_DET}${ES_NOUN}`,
  `${alt('quiero', 'necesito', 'quisiera', 'deseo', 'exijo', 'dame', 'deme', 'me pasas?', 'me pueden pasar', 'me puede pasar', 'pasame', 'paseme', 'pasenme', 'comunicame', 'comuniqueme', 'transfiereme', 'conectame', 'me comunicas?', 'me transfieres?', 'me conectas?')}(?: ${alt('con', 'a')})? ${ES_DET}${alt('agente', 'persona', 'humano', 'asesor(?:a)?', 'operador(?:a)?', 'representante', 'ejecutiv[oa]', 'supervisor', 'atencion (?:humana|personalizada)')}(?! ${alt('de viajes?', 'inmobiliari[oa]', 'de seguros')})`,
];
const PT_NOUN = alt('atendente', 'humano', 'ser humano', 'pessoa(?: real| de verdade)?', 'agente', 'operador(?:a)?', 'representante', 'consultor(?:a)?', 'alguem(?: de verdade| real)?', 'supervisor(?:a)?', 'gerente', 'responsavel');
const PT = [
  `${alt('falar', 'falo', 'conversar', 'converso', 'contatar', 'contactar')}(?: direto)? com (?:${alt('um', 'uma', 'o', 'a', 'algum', 'alguma', 'seu', 'sua')} )?${PT_NOUN}`,
  `${alt('quero', 'preciso', 'gostaria', 'queria', 'exijo', 'me passa', 'me passe', 'me transfere', 'me transfira', 'transferir', 'me conecta', 'me encaminha', 'chama', 'chame')}(?: ${alt('de', 'para', 'pra', 'com')})?(?: ${alt('um', 'uma', 'o', 'a')})? ${alt('atendente', 'humano', 'pessoa real', 'agente', 'operador', 'representante', 'atendimento humano', 'consultor')}`,
  `tem ${alt('algum', 'alguma', 'um', 'uma')} ${alt('humano', 'atendente', 'pessoa')}(?: real| de verdade)?(?: ${alt('ai', 'la', 'disponivel')})`,
];
const FR_DET = `(?:${alt('un ', 'une ', 'le ', 'la ', "l'", 'votre ', 'vos ', 'des ')})?(?:${alt('vrai', 'vraie', 'veritable')} )?`;
const FR_NOUN = alt('conseiller(?:e)?', 'humain', 'etre humain', 'personne(?: reelle| physique)?', 'agent(?! immobilier)', 'operat(?:eur|rice)', 'interlocut(?:eur|rice)', "quelqu'un", 'responsable', 'service client', 'superieur');
const FR = [
  `${alt('parler', 'discuter', 'echanger', 'etre mise? en (?:relation|contact)', 'me mettre en (?:relation|contact)', 'mettez-moi en (?:relation|contact)', 'joindre', 'contacter')} ${alt('a', 'avec', 'au')}? ?${FR_DET}${FR_NOUN}`,
  `${alt('je veux', 'je voudrais', "j'aimerais", 'je souhaite', 'je souhaiterais', 'je demande', 'passez[- ]moi', 'passe[- ]moi', 'donnez[- ]moi', 'avoir')} ${FR_DET}${alt('conseiller(?:e)?', 'humain', 'etre humain', '(?<=vraie )personne', 'agent(?! immobilier)', 'operat(?:eur|rice)', 'interlocut(?:eur|rice)')}`,
];
const IT_NOUN = alt('operat(?:ore|rice)', 'persona(?: reale| vera)?', 'umano', 'essere umano', 'agente', 'consulente', 'assistente', 'qualcuno', 'responsabile', 'addett[oa]');
const IT = [
  `${alt('parlare', 'parlo', 'chattare', 'comunicare', 'mettermi in contatto', 'mi metta in contatto', 'mettetemi in contatto')} con (?:${alt('un ', 'una ', "un'", 'il ', 'la ', "l'", 'qualche ')})?(?:${alt('vero', 'vera')} )?${IT_NOUN}`,
  `${alt('voglio', 'vorrei', 'ho bisogno di', 'mi serve', 'mi passi', 'passami', 'mi passa')} (?:${alt('un ', 'una ', "un'", 'il ', 'la ', "l'")})?${alt('operat(?:ore|rice)', 'persona (?:reale|vera)', 'umano', 'essere umano', 'consulente')}`,
];
const DE_DET = `(?:${alt('einem', 'einer', 'einen', 'eine', 'dem', 'der', 'ihrem', 'ihrer', 'eurem', 'eurer')} )?(?:${alt('echten?', 'echter', 'richtigen?', 'menschlichen?', 'lebenden?', 'realen?')} )?`;
const DE_NOUN = alt('mitarbeiter(?:in|innen)?', 'menschen?', 'berater(?:in)?', 'kundenberater(?:in)?', 'kundendienst', 'kundenservice', 'agenten', 'person', 'sachbearbeiter(?:in)?', 'operator', 'jemandem', 'servicemitarbeiter(?:in)?', 'support-mitarbeiter(?:in)?', 'vorgesetzten', 'verantwortlichen');
const DE = [
  `mit ${DE_DET}${DE_NOUN}(?: \\S+){0,3}? ${alt('sprechen', 'reden', 'chatten', 'telefonieren', 'verbunden', 'verbinden', 'schreiben')}`,
  `${alt('sprechen', 'reden', 'chatten', 'verbinden', 'verbinde', 'verbindet', 'weiterleiten', 'durchstellen', 'stellen sie mich')}(?: \\S+){0,3}? ${alt('mit', 'an', 'zu')} ${DE_DET}${DE_NOUN}`,
  `${alt('ich (?:will|mochte|brauche|hatte gerne?|verlange)', 'geben sie mir', 'kann ich')}(?: \\S+){0,2}? (?:${alt('einen', 'eine', 'den', 'die')} )?(?:${alt('echten', 'richtigen')} )?${alt('menschen', 'mitarbeiter(?:in)?', 'berater(?:in)?', 'sachbearbeiter(?:in)?', 'kundenberater(?:in)?')}`,
];
const NL_NOUN = alt('medewerker', 'mens', 'persoon', 'iemand', 'agent', 'operator', 'klantenservice(?:medewerker)?');
const NL = [
  `met (?:${alt('een', 'de')} )?(?:echte )?${NL_NOUN}(?: \\S+){0,2}? ${alt('spreken', 'praten', 'chatten', 'bellen')}`,
  `${alt('spreken', 'praten', 'chatten')} met (?:${alt('een', 'de')} )?(?:echte )?${NL_NOUN}`,
  `${alt('ik wil', 'kan ik', 'mag ik')}(?: graag)? (?:${alt('een', 'de')} )?(?:echte )?${alt('medewerker', 'mens', 'persoon')}`,
];
const ID = [
  `${alt('bicara', 'berbicara', 'ngobrol', 'chat', 'hubungkan', 'sambungkan', 'terhubung', 'disambungkan', 'dihubungkan', 'kontak', 'hubungi')}(?: ${alt('dengan', 'ke', 'sama', 'pada', 'kepada')})? (?:${alt('seorang', 'salah satu')} )?${alt('cs', 'agen', 'admin', 'petugas', 'operator', 'manusia', 'orang asli', 'orang sungguhan', 'customer service', 'staf', 'karyawan', 'pegawai')}`,
  `${alt('minta', 'mau', 'ingin', 'butuh', 'perlu', 'panggil')}(?: ${alt('dengan', 'ke', 'sama')})? ${alt('cs', 'admin', 'petugas', 'operator', 'manusia', 'orang asli', 'customer service')}`,
];

// ---------- CJK / Hangul / Thai (no word boundaries; normalised text)
const JA = [
  `${alt('担当者', '担当の方', '担当の人', 'オペレーター', 'オペレータ', 'スタッフ', '人間', '生身の人', '本物の人', '係の人', '係の方', 'サポートの方', '窓口の方')}(?:さん|様)?(?:と|に|へ|を)(?:直接)?${alt('話', 'はな', 'お話', '代わ', 'かわ', '替わ', '変わ', '繋', 'つな', '相談', '対応', '呼', 'お願い', '切り替え')}(?!しま(?:した|せん)|したけど|したが|した。)`,
  `有人${alt('対応', 'チャット', '窓口', 'サポート')}`,
  // Bare 人 ("a person") only right before と/に + talk: 人と話したい, not 担当人 or 人に話した.
  `(?<!\\p{Script=Han})人(?:と|に)${alt('話', 'はな', 'お話', '代わ', '相談')}(?!しま(?:した|せん)|したけど|したが|した。)`,
];
const ZH = [
  `${alt('转', '轉', '接', '找', '要', '切换', '切換', '联系', '聯繫', '联络', '聯絡', '呼叫', '请求', '請求')}(?:到|接|一下|个|個)?${alt('人工', '真人', '客服人员', '客服人員', '客服专员', '客服專員')}(?!智能|智慧|费|費|发|髮|秀)`,
  `人工${alt('客服', '服务', '服務', '坐席', '座席', '专员', '專員')}`,
  `真人${alt('客服', '服务', '服務', '回复', '回覆', '对话', '對話')}`,
  `${alt('和', '跟', '与', '與', '同')}${alt('真人', '人工', '客服人员', '客服人員', '工作人员', '工作人員')}${alt('聊', '说', '說', '谈', '談', '对话', '對話', '沟通', '溝通')}`,
];
const KO = [
  `${alt('상담원', '상담사', '상담 직원', '직원', '사람', '매니저', '담당자')}(?:님)?${alt('과', '와', '이랑', '랑', '하고', '에게', '한테', '분과', '분이랑')}? ?${alt('연결', '통화', '상담', '얘기', '이야기', '대화', '바꿔', '바꾸', '불러', '요청')}(?!했|하였)`,
];
const TH = [
  `${alt('คุย', 'พูด', 'ติดต่อ', 'ปรึกษา', 'ต่อสาย', 'โอนสาย', 'ขอสาย')}(?:กับ|ถึง|หา)?${alt('พนักงาน', 'เจ้าหน้าที่', 'คนจริง', 'แอดมิน', 'แอดมิ้น', 'คน')}`,
];

const LATIN_NEG: Readonly<Record<string, string>> = {
  es: `${alt('no', 'ni', 'nunca', 'tampoco', 'sin')} (?:\\S+ ){0,2}$`,
  pt: `${alt('nao', 'nem', 'nunca', 'sem')} (?:\\S+ ){0,2}$`,
  fr: `${alt('ne', "n'", 'pas', 'jamais', 'sans')} ?(?:\\S+ ){0,3}$`,
  it: `${alt('non', 'mai', 'senza')} (?:\\S+ ){0,2}$`,
  de: `${alt('nicht', 'kein', 'keine', 'keinen', 'nie')} (?:\\S+ ){0,3}$`,
  nl: `${alt('niet', 'geen', 'nooit')} (?:\\S+ ){0,3}$`,
  id: `${alt('tidak', 'tak', 'gak', 'nggak', 'ga', 'enggak')} (?:\\S+ ){0,2}$`,
};
const CJK_NEG = /(?:不用|不要|不需要|无需|無需|没必要|沒必要|必要ない|いらない|필요 없|ไม่ต้อง|ไม่อยาก)$/u;

interface Detector {
  readonly language: string;
  readonly pattern: RegExp;
  readonly blocked?: RegExp;
}

const latin = (language: string, patterns: readonly string[], blocked?: RegExp): Detector => ({
  language,
  pattern: new RegExp(alt(...patterns.map(word)), 'gu'),
  blocked: blocked ?? new RegExp(`(?<!${L})${LATIN_NEG[language] ?? '$^'}`, 'u'),
});
const spaceless = (language: string, patterns: readonly string[]): Detector => ({
  language,
  pattern: new RegExp(alt(...patterns), 'gu'),
  blocked: CJK_NEG,
});

const DETECTORS: readonly Detector[] = [
  latin('en', EN, EN_BLOCK),
  latin('es', ES), latin('pt', PT), latin('fr', FR), latin('it', IT), latin('de', DE), latin('nl', NL), latin('id', ID),
  spaceless('ja', JA), spaceless('zh', ZH), spaceless('ko', KO), spaceless('th', TH),
];

/** Whole-message requests: "agent", "human please", "人工", "オペレーター", "상담원". */
const BARE: ReadonlyArray<readonly [string, RegExp]> = [
  ['en', /^(?:(?:please|pls|plz) )?(?:(?:a|an) )?(?:(?:real|live|human|actual) )*(?:human|person|agent|representative|rep|operator|customer service|live chat|human support|supervisor)(?: (?:please|pls|plz|now|asap|right now|thanks))*$/u],
  ['es', /^(?:un |una )?(?:agente|asesor|asesora|operador|humano|persona|persona real)(?: (?:por favor|porfa|ya))*$/u],
  ['pt', /^(?:atendente|atendimento humano|humano)(?: (?:por favor|pfv|pf|ja))*$/u],
  ['fr', /^(?:un )?(?:conseiller|humain|operateur|agent)(?: (?:svp|s'il vous plait|s'il te plait))*$/u],
  ['de', /^(?:mitarbeiter|mensch|berater|kundenberater)(?: bitte)?$/u],
  ['ja', /^(?:オペレーター|オペレータ|担当者|有人対応)(?:を|で)?(?:お願いします|お願い|希望|希望します)?$/u],
  ['zh', /^(?:人工|真人|客服|人工服务|人工服務)(?:客服)?$/u],
  ['ko', /^(?:상담원|상담사)(?: ?연결)?(?: ?부탁(?:드려요|합니다|해요))?$/u],
];

/** Detect an explicit request for a human agent in `text`. */
export function detectHumanRequest(text: string): HumanRequestResult {
  const normalized = normalizeText(text);
  if (normalized.length === 0) return { matched: false };

  const bare = normalized.replace(/[^\p{L}\p{N}\s']/gu, ' ').replace(/\s+/g, ' ').trim();
  for (const [language, re] of BARE) {
    if (re.test(bare)) return { matched: true, evidence: bare, language };
  }

  for (const detector of DETECTORS) {
    for (const m of normalized.matchAll(detector.pattern)) {
      const prefix = normalized.slice(Math.max(0, m.index - 40), m.index);
      if (detector.blocked?.test(prefix) === true) continue;
      // Inside quotes the customer is quoting (a button label, an email), not asking.
      if (((normalized.slice(0, m.index).match(/"/g) ?? []).length) % 2 === 1) continue;
      return { matched: true, evidence: m[0], language: detector.language };
    }
  }
  return { matched: false };
}
