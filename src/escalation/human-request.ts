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

import { asksAboutFallback } from './human-fallback.js';
import { REAL_PERSON_ASKED } from './lang/real-person-asked.js';
import { BOT_FELL_SHORT, FAIL_WINDOW } from './lang/bot-fell-short.js';
import { WHOM_TO_TALK_TO } from './lang/whom-to-talk-to.js';
import { CALL_BACK_ASKED } from './lang/call-back-asked.js';
import { STAFF_ASKED } from './lang/staff-asked.js';
import { PERSON_ASKED_FOR } from './person-asked-for.js';
import { allMatches, normalizeText } from './text.js';

export interface HumanRequestResult {
  matched: boolean;
  /** The normalised fragment that matched. */
  evidence?: string;
  /** ISO 639-1 code of the pattern that matched (zh for both scripts). */
  language?: string;
  /**
   * Not matched, but a request's words were found and held back: negated, declined, quoted, asked about (opening hours,
   * what happens without one), compared, or a question for information. The learned model does not overrule it.
   */
  held?: true;
}

const alt = (...xs: readonly string[]): string => `(?:${xs.join('|')})`;
const L = '[\\p{L}\\p{N}]';
/** Latin-script pattern with word boundaries on both ends. */
const word = (p: string): string => `(?<!${L})${p}(?!${L})`;

// ---------- English
const EN_DET = `(?:${alt('a', 'an', 'the', 'your', 'some', 'one of your', 'any')} )?`;
const EN_ADJ = `(?:${alt('real', 'actual', 'live', 'human', 'proper', 'living', 'breathing', 'real life', 'flesh and blood', 'customer service', 'customer support', 'customer care', 'support', 'sales', 'billing', 'senior', 'tech support', 'technical support')} )*`;
const EN_NOUN = `${alt(
  'human beings?', 'humans?', 'persons?', 'people', 'agents?', 'representatives?', 'reps?', 'operators?',
  'staff(?: member)?', 'employees?', 'advis[eo]rs?', 'supervisors?', 'managers?', 'associates?', 'specialists?',
  'customer (?:service|support|care)(?: (?:department|team|desk|centre|center|line|office))?', 'support team', 'someone', 'somebody', 'anyone', 'anybody',
  'member of (?:your|the) (?:staff|team)', 'staff member', 'team member',
  '(?:complaints?|escalations?|billing|sales|customer relations|resolutions?) (?:team|department|desk)',
)}(?! ${alt('(?:at|from|in) the (?:restaurant|shop|store|kitchen|takeaway)', 'resources', 'rights', 'error', 'samples?', 'login', 'software', 'seats?', 'licen[cs]es?', 'fees?', 'id', 'app', 'portal', 'dashboard', 'account')}(?!${L}))`;
const EN_STRONG = `${alt('human beings?', 'humans?', 'person', 'agent', 'representative', 'rep', 'operator', 'supervisor', 'manager', 'staff member', 'employee', 'customer service rep(?:resentative)?')}(?! ${alt('resources', 'rights', 'error', 'samples?', 'login', 'software', 'seats?', 'licen[cs]es?', 'fees?', 'id', 'app', 'portal', 'dashboard', 'account')}(?!${L}))`;
const EN_PERSON = `${EN_DET}${EN_ADJ}${EN_NOUN}`;

const EN = [
  `${alt('talk', 'speak', 'chat', 'converse', 'communicate', 'get in touch', 'get through', 'put in touch', 'put me in touch', 'be put in touch')}(?:ing)? (?:${alt('this', 'it', 'things', 'everything', 'that', 'my options', 'it all')} ${alt('through', 'over')} )?${alt('to', 'with')} ${EN_PERSON}`,
  `${alt('connect', 'transfer', 'put', 'pass', 'forward', 'route', 'escalate', 'hand', 'switch', 'redirect', 'send', 'be connected', 'be transferred', 'be put through', 'be passed', 'be forwarded', 'be routed', 'be escalated', 'be handed')}(?: ${alt('me', 'us', 'this', 'it', 'my (?:case|chat|ticket|issue|call)')})?(?: ${alt('over', 'through', 'back', 'on')})? ${alt('to', 'with')} ${EN_PERSON}`,
  `${alt('i (?:want|need|demand|request|would like|\'d like|wanna)', '(?:can|could|may) i (?:please )?(?:get|have)', 'give me', 'get me', 'bring me', 'find me', 'requesting', 'let me have', 'reach', 'contact', 'get')} ${EN_DET}${EN_ADJ}${EN_STRONG}`,
  `${alt('is there', 'are there', 'do you have', 'is anyone', 'is someone', 'is somebody')} ${EN_PERSON}(?: ${alt('there', 'around', 'available', 'online', 'i can', 'we can', 'who can', 'that can', 'to talk')})`,
  `${alt('can', 'could', 'will', 'would')} ${alt('someone', 'somebody', 'a (?:real |live |actual )?(?:human|person|agent)')} ${alt('from', 'on', 'at', 'in')} ${alt('your', 'the')}? ?${alt('team', 'staff', 'company', 'side', 'end', 'support', 'customer support', 'customer service', 'customer care', 'billing', 'sales', 'office')}`,
  `${alt('someone', 'somebody', 'a (?:real |live |actual )?(?:human|person|agent|representative)', 'an agent', 'a staff member', 'a member of (?:staff|your team|the team)')}(?: ${alt('from', 'on', 'at', 'in')} [\\p{L} ]{1,30}?)? ${alt('call', 'contact', 'phone', 'ring', 'email')} me`,
  `${alt('can', 'could', 'would')} you ${alt('get', 'have', 'ask', 'send')} ${alt('a', 'an', 'some', 'one of your')} ?(?:${alt('real', 'live', 'actual', 'human')} )?${alt('agent', 'person', 'human', 'representative', 'staff member', 'colleague', 'advisor', 'adviser', 'someone', 'somebody')}`,
  `${alt('please escalate', 'escalate (?:this|it|my (?:case|issue|ticket|complaint))')}`,
  // "can I reach someone?", "can you get someone to look at this?", "who can I call about this?", "raise this with a person"
  `${alt('can', 'could', 'how do', 'how can')} i ${alt('reach', 'contact', 'get hold of', 'get through to')} ${alt('someone', 'somebody', 'a person', 'a human', 'anyone', 'a manager')}`,
  `${alt('can', 'could')} you get ${alt('someone', 'somebody', 'a person', 'a manager')} to`,
  `who ${alt('can', 'should', 'do')} i ${alt('call', 'phone', 'ring', 'speak to', 'talk to')} about ${alt('this', 'it', 'my (?:case|complaint|issue|problem)')}`,
  `${alt('raise', 'discuss', 'take up')} ${alt('this', 'it')} with ${alt('a person', 'a human', 'someone', 'somebody', 'a manager', 'a supervisor', 'a real person')}`,
  // "get me someone", "find me somebody who knows": asking for a person, whatever follows.
  `${alt('get me', 'give me', 'find me', 'bring me', 'send me')} ${alt('someone', 'somebody', 'a person', 'a human', 'a real person')}`,
  `${alt('i (?:want|need)', 'i\'d like', 'i would like')} ${alt('someone', 'somebody')} ${alt('who', 'that', 'else', 'from', 'in', 'on', 'to (?:help|call|contact|look|check|talk|speak)')}`,
  // Indirect: "is anyone real there?", "is there a real person?", "are there any humans?"
  `${alt('is', 'are')} ${alt('anyone', 'anybody', 'someone', 'somebody', 'there (?:a|any|an)')} ${alt('real', 'human', 'alive', 'actually there', 'actually real', 'real person', 'real human', 'humans?', 'people', 'persons?', 'staff')}`,
  `${alt('anyone', 'anybody', 'someone', 'somebody', 'a human', 'a person')} ${alt('real', 'human', 'alive')} (?:${alt('out ')})?there`,
  // "put me through", "transfer me", "connect me" with no person named: the person is implied.
  `${alt('put', 'transfer', 'connect', 'pass', 'forward', 'switch', 'escalate')} me ${alt('through', 'over', 'on', 'now', 'please', '(?:over |on |through )?to (?:someone|somebody|support|sales|billing|a manager|the right person|the team|your team|your colleagues?|a colleague|customer (?:service|support|care)|a human|a person|an agent|a representative)')}`,
  `${alt('put', 'transfer', 'connect')} me$`,
  // "I don't want a bot", "not a robot", "stop the bot": asking for the alternative.
  `${alt("don'?t", 'do not', 'dont', 'no longer', 'refuse to', "won'?t")} ${alt('want to (?:talk|speak|chat) (?:to|with)', 'want', 'need', 'talk to', 'speak to', 'deal with', 'chat with')} ${alt('a', 'an', 'the', 'this', 'your', 'some')}? ?${alt('bot', 'chatbot', 'robot', 'machine', 'computer', 'ai', 'automated', 'automatic', 'virtual assistant')}`,
  `${alt('not', 'no more', 'enough of', 'stop (?:the|this|with the)', 'instead of')} ${alt('a', 'an', 'the', 'this', 'your')}? ?${alt('bot', 'chatbot', 'robot', 'machine', 'ai', 'automated (?:replies|answers|messages|responses)')}(?:s)?(?: please)?[,.!]? ?${alt('(?:a |an |some )?(?:real |actual |live )?(?:human|person|agent|someone|somebody)', 'i want', 'i need', 'please', 'get me', 'give me')}`,
  `${alt('can', 'could', 'would', 'will')} ${alt('a', 'an', 'some', 'one of your')} ?(?:${alt('real', 'live', 'actual', 'human')} )?${alt('human', 'person', 'agent', 'staff member', 'representative', 'employee', 'specialist')} ${alt('please ')}?${alt('look', 'check', 'review', 'handle', 'help', 'deal', 'take', 'get back', 'reply', 'answer', 'read', 'contact', 'call', 'phone', 'ring', 'email')}`,
  `${alt('call', 'ring', 'phone')} me back`,
  `${alt('someone', 'somebody', 'a person', 'a human', 'a real person', 'an agent', 'a member of staff')} ${alt('needs to', 'has to', 'must', 'should', 'will have to')} ${alt('look', 'check', 'review', 'handle', 'help', 'call', 'contact', 'sort', 'fix', 'deal', 'take')}`,
  // Telegraphic: "need a human", "want a real person!" at the start of a sentence.
  `(?:^|(?<=[.!?,;:] ))${alt('need', 'want', 'wanna', 'request', 'requesting')} ${EN_DET}${EN_ADJ}${EN_STRONG}`,
  `${alt('can', 'could', 'will', 'would')} ${alt('someone', 'somebody', 'anyone', 'anybody')} (?:please )?${alt('help', 'assist', 'look', 'check', 'explain', 'contact', 'call', 'get back', 'respond', 'answer', 'reply', 'sort')}`,
  `where ${alt('are', 'is')} ${alt('the', 'your', 'all the')} ${alt('humans', 'people', 'staff', 'agents', 'real people', 'employees', 'human beings')}`,
  `${alt('i (?:want|need)', '(?:can|could|may) i (?:please )?(?:get|have)', 'get me', 'give me')} ${alt('someone', 'somebody')}(?! ${alt("else'?s", 'to tell me')})`,
  // "This bot doesn't understand me", "you can't help me": the customer needs someone who can.
  `${alt('this', 'the', 'your', 'stupid', 'useless')} ${alt('bot', 'chatbot', 'robot', 'machine', 'ai', 'assistant', 'virtual assistant', 'automated system', 'system')} ${alt("doesn'?t", 'does not', "can'?t", 'cannot', "won'?t", 'is not able to', "isn'?t able to", 'is unable to', 'is not', "isn'?t")} ${alt('understand', 'help', 'helping', 'answer', 'get it', 'understanding')}`,
  `${alt('you', 'u')} ${alt("don'?t", 'do not', "can'?t", 'cannot', 'clearly (?:don\'?t|can\'?t)')} ${alt('understand me', 'help me', 'understand what i', 'understand my')}`,
  `${alt('request(?:ing)?', 'want', 'need', "i'?d like", 'can i (?:get|have|request)', 'please arrange')} ${alt('a', 'an')} ?${alt('call ?back', 'callback', 'call from (?:a|an|one of your) (?:person|human|agent|representative|advisor)')}`,
  `${alt('can', 'could', 'will', 'would', 'have', 'i want', 'i need')} ${EN_DET}${alt('real ', 'live ', 'actual ')}?${alt('human', 'person', 'agent', 'representative', 'someone', 'somebody')} (?:please )?${alt('call', 'phone', 'ring', 'contact', 'email', 'text')} me`,
];
const EN_BLOCK = new RegExp(
  `(?:${alt("don'?t", 'do not', 'no', 'never', 'without', 'not')} ${alt('need', 'want', 'necessary', 'have')}|${alt('no need', 'no thanks', 'needn\'t')})[^.!?,;]{0,25}$` +
    // "is there a fee to talk to an agent?", "is it free to speak to someone?": a question about the service.
    `|(?<!${L})${alt('fee', 'fees', 'cost', 'costs', 'charge', 'price', 'free', 'pay', 'hours', 'opening hours')} (?:[^\\s,.;!?]+ ){0,2}$` +
    `|(?<!${L})${alt('am i', 'are we', 'is this', 'are you', 'was i', 'were you', 'was', 'were', 'been', 'had', 'already')} (?:[^\\s,.;!?]+ ){0,1}$` +
    // "I'd rather not talk to a person", "I'd prefer not to speak to anyone": a person declined, not asked for.
    `|(?<!${L})${alt('rather not', 'prefer not to', 'no desire to', 'not keen to', 'not keen on')} (?:[^\\s,.;!?]+ ){0,2}$` +
    // "don't transfer me to an agent", "please do not connect me to a human": the hand-over itself declined (round 22).
    `|(?<!${L})${alt("don'?t", 'do not', 'please don\'?t', 'no need to')} $`,
  'u',
);

// ---------- Spanish / Portuguese / French / Italian / German / Dutch / Indonesian
const ES_NOUN = `${alt('persona(?:s)?(?: real| de verdad| humana)?', 'humano', 'ser humano', 'agente', 'asesor(?:a|es)?', 'operador(?:a)?', 'representante', 'ejecutiv[oa]', 'alguien', 'encargad[oa]', 'responsable', 'supervisor(?:a)?', 'gerente', 'jef[ea]', 'superior', 'atencion al cliente', 'servicio al cliente')}(?! ${alt('de viajes?', 'inmobiliari[oa]', 'de seguros')})`;
const ES_DET = `(?:${alt('un', 'una', 'el', 'la', 'algun', 'alguna', 'tu', 'su')} )?(?:${alt('verdader[oa]', 'real')} )?`;
const ES = [
  `${alt('hablar', 'hablo', 'comunicarme', 'contactar', 'chatear', 'conversar')}(?: directamente)? con ${ES_DET}${ES_NOUN}`,
  `${alt('quiero', 'necesito', 'quisiera', 'deseo', 'exijo', 'dame', 'deme', 'me pasas?', 'me pueden pasar', 'me puede pasar', 'pasame', 'paseme', 'pasenme', 'comunicame', 'comuniqueme', 'transfiereme', 'conectame', 'me comunicas?', 'me transfieres?', 'me conectas?')}(?: ${alt('con', 'a')})? ${ES_DET}${alt('agente', 'persona', 'humano', 'asesor(?:a)?', 'operador(?:a)?', 'representante', 'ejecutiv[oa]', 'supervisor', 'gerente', 'jef[ea]', 'superior', 'atencion (?:humana|personalizada|al cliente)', 'servicio al cliente', 'soporte', 'alguien', 'un humano')}(?! ${alt('de viajes?', 'inmobiliari[oa]', 'de seguros')})`,
];
ES.push(
  // "¿me puede atender un agente?"
  `${alt('me puede', 'me pueden', 'me podria', 'me podrian')} ${alt('atender', 'ayudar', 'llamar')} ${ES_DET}${ES_NOUN}`,
  `${alt('hay', 'habra')} ${alt('alguien', 'alguna persona', 'un humano', 'una persona', 'algun humano', 'algun ser humano', 'algun agente')}(?: ${alt('real', 'de verdad')})? ${alt('ahi', 'alli', 'por ahi', 'disponible', 'con quien', 'que me (?:atienda|ayude)')}`,
  // "necesito que me atienda una persona": asking to be served by a person.
  `que me ${alt('atienda', 'atiendan', 'ayude', 'llame')} ${ES_DET}${alt('persona', 'humano', 'ser humano', 'agente', 'asesor(?:a)?', 'operador(?:a)?', 'alguien', 'representante')}`,
  `${alt('no quiero', 'no me sirve', 'ya no quiero', 'basta de', 'nada de')} (?:${alt('hablar|chatear')} con )?(?:${alt('un', 'una', 'el', 'la', 'este', 'esta', 'ningun', 'ninguna')} )?${alt('bot', 'robot', 'chatbot', 'maquina', 'contestadora', 'asistente virtual', 'respuestas automaticas')}`,
  `${alt('que me llame', 'que me llamen', 'llamenme', 'llameme', 'me pueden llamar', 'me puede llamar', 'quiero que me llamen', 'una llamada de un')}`,
  `${alt('el bot', 'el robot', 'el chatbot', 'usted', 'tu')}? ?no me ${alt('entiende', 'entiendes', 'ayuda', 'ayudas', 'sirve')}`,
  `${alt('paseme', 'pasame', 'pasenme', 'comuniqueme', 'comunicame', 'transfierame', 'transfiereme', 'conecteme', 'conectame')} ${alt('con alguien', 'por favor', 'ya', 'ahora')}`,
);

const PT_NOUN = alt('atendente', 'humano', 'ser humano', 'pessoa(?: real| de verdade)?', 'agente', 'operador(?:a)?', 'representante', 'consultor(?:a)?', 'alguem(?: de verdade| real)?', 'supervisor(?:a)?', 'gerente', 'responsavel');
const PT = [
  `${alt('falar', 'falo', 'conversar', 'converso', 'contatar', 'contactar')}(?: direto)? com (?:${alt('um', 'uma', 'o', 'a', 'algum', 'alguma', 'seu', 'sua')} )?${PT_NOUN}`,
  `${alt('quero', 'preciso', 'gostaria', 'queria', 'exijo', 'me passa', 'me passe', 'me transfere', 'me transfira', 'transferir', 'me conecta', 'me encaminha', 'chama', 'chame')}(?: ${alt('de', 'para', 'pra', 'com')})?(?: ${alt('um', 'uma', 'o', 'a')})? ${alt('atendente', 'humano', 'pessoa real', 'agente', 'operador', 'representante', 'atendimento humano', 'consultor')}`,
  `tem ${alt('algum', 'alguma', 'um', 'uma')} ${alt('humano', 'atendente', 'pessoa')}(?: real| de verdade)?(?: ${alt('ai', 'la', 'disponivel')})`,
];
PT.push(
  `${alt('tem', 'ha', 'existe')} ${alt('alguem', 'algum atendente', 'algum humano', 'alguma pessoa', 'uma pessoa', 'um humano', 'um atendente')}(?: ${alt('real', 'de verdade')})? ${alt('ai', 'la', 'disponivel', 'pra me atender', 'para me atender', 'que possa')}`,
  `${alt('nao quero', 'chega de', 'nao aguento mais')} (?:${alt('falar|conversar')} com )?(?:${alt('um', 'uma', 'o', 'a', 'esse', 'essa', 'este', 'esta')} )?${alt('robo', 'bot', 'chatbot', 'maquina', 'assistente virtual', 'resposta automatica', 'respostas automaticas')}`,
  `${alt('me liguem', 'me ligue', 'podem me ligar', 'pode me ligar', 'quero que me liguem', 'retorno por telefone')}`,
  `${alt('o robo', 'o bot', 'voce', 'vc')} nao (?:me )?${alt('entende', 'ajuda', 'esta ajudando')}`,
);

const FR_DET = `(?:${alt('un ', 'une ', 'le ', 'la ', "l'", 'votre ', 'vos ', 'des ')})?(?:${alt('vrai', 'vraie', 'veritable')} )?`;
const FR_NOUN = alt('conseiller(?:e)?', 'humain', 'etre humain', 'personne(?: reelle| physique)?', 'agent(?! immobilier)', 'operat(?:eur|rice)', 'interlocut(?:eur|rice)', "quelqu'un", 'responsable', 'service client', 'superieur');
const FR = [
  // "Est-ce qu'il y a un humain ?", "y a-t-il une vraie personne ?": asking whether a person is there, as the whole sentence
  // (not "il y a un conseiller qui m'a dit…", a past reference).
  `(?:il y a|y a-t-il|y a t il|y a t-il) (?:${alt('un', 'une')} )?${alt('humain', 'etre humain', 'vraie personne', 'personne reelle', 'conseiller', 'conseillere', 'vrai conseiller')}(?: ${alt('la', 'ici', 'quelque part')})?(?: ?[?.!]|$)`,
  // "un humain peut-il prendre le relais ?": a person taking over, asked about
  `${alt('un', 'une')} ${alt('humain', 'vraie personne', 'personne', 'conseiller', 'conseillere', 'agent')} ${alt('peut', 'pourrait')}(?:-(?:il|elle))? ${alt('prendre le relais', "m'aider", 'me repondre', 'me rappeler', "s'en occuper")}`,
  `${alt('parler', 'discuter', 'echanger', 'etre mise? en (?:relation|contact)', 'me mettre en (?:relation|contact)', 'mettez-moi en (?:relation|contact)', 'joindre', 'contacter')} ${alt('a', 'avec', 'au')}? ?${FR_DET}${FR_NOUN}`,
  `${alt('je veux', 'je voudrais', "j'aimerais", 'je souhaite', 'je souhaiterais', 'je demande', 'passez[- ]moi', 'passe[- ]moi', 'donnez[- ]moi', 'avoir')} ${FR_DET}${alt('conseiller(?:e)?', 'humain', 'etre humain', '(?<=vraie )personne', 'agent(?! immobilier)', 'operat(?:eur|rice)', 'interlocut(?:eur|rice)')}`,
];
FR.push(
  `${alt('y a-t-il', 'y a t il', "il y a", 'est-ce qu\'il y a')} ${alt("quelqu'un", 'un humain', 'une personne', 'un conseiller', 'un vrai')}(?: ${alt('de reel', 'reel', 'en vrai')})?(?: ${alt('la', 'disponible', 'pour me repondre', 'qui peut')})`,
  `${alt('je ne veux pas', 'je veux pas', 'marre de', 'assez de', 'stop aux', 'pas de')} (?:${alt('parler a|discuter avec')} )?(?:${alt('un ', 'une ', 'le ', 'la ', 'ce ', 'cette ', 'des ', "d'un ", "d'une ", 'de ')})?${alt('robot', 'bot', 'chatbot', 'machine', 'assistant virtuel', 'reponses automatiques')}`,
  `${alt('avoir', 'parler a', 'joindre', 'passez-moi', 'passez moi', 'donnez-moi', 'donnez moi')} ${alt("quelqu'un", 'un responsable', 'votre responsable', 'un superieur', 'un manager', 'une vraie personne', 'un vrai conseiller', 'un conseiller', 'un humain')}(?: ${alt('au telephone', 'en ligne', 'de chez vous', 'du service client', 'de votre service', 'svp', "s'il vous plait")})?`,
  `${alt('rappelez-moi', 'rappelez moi', 'me rappeler', 'qu\'on me rappelle', 'etre rappele', 'etre rappelee')}`,
  `${alt('le robot', 'le bot', 'le chatbot', 'vous', 'tu')} ne (?:me )?${alt('comprend', 'comprenez', 'comprends', 'aide', 'aidez')} pas`,
);

const IT_NOUN = alt('operat(?:ore|rice)', 'persona(?: reale| vera)?', 'umano', 'essere umano', 'agente', 'consulente', 'assistente', 'qualcuno', 'responsabile', 'addett[oa]');
const IT = [
  `${alt('parlare', 'parlo', 'chattare', 'comunicare', 'mettermi in contatto', 'mi metta in contatto', 'mettetemi in contatto')} con (?:${alt('un ', 'una ', "un'", 'il ', 'la ', "l'", 'qualche ')})?(?:${alt('vero', 'vera')} )?${IT_NOUN}`,
  `${alt('voglio', 'vorrei', 'ho bisogno di', 'mi serve', 'mi passi', 'passami', 'mi passa', 'mi mette in contatto con', 'mi collega con', 'collegatemi con')} (?:${alt('un ', 'una ', "un'", 'il ', 'la ', "l'")})?${alt('operat(?:ore|rice)', 'persona (?:reale|vera)', 'umano', 'essere umano', 'consulente', 'servizio clienti', 'assistenza clienti', 'qualcuno', 'responsabile')}`,
];
IT.push(
  `${alt("c'e", 'ce', "c'e qualcuno", 'esiste')} ${alt('qualcuno', 'una persona', 'un operatore', 'un umano')}(?: ${alt('vero', 'reale', 'in carne e ossa')})?(?: ${alt('li', 'la', 'disponibile', 'che mi (?:risponda|aiuti)')})`,
  `${alt('non voglio', 'basta con', 'basta')} (?:${alt('parlare|chattare')} con )?(?:${alt('un', 'una', 'il', 'la', 'questo', 'questa')} )?${alt('bot', 'robot', 'chatbot', 'macchina', 'assistente virtuale', 'risposte automatiche')}`,
  `${alt('richiamatemi', 'mi richiami', 'mi richiamate', 'essere richiamato', 'essere richiamata', 'mi chiamate', 'chiamatemi', 'farmi richiamare', 'fatemi richiamare', 'fatemi chiamare', 'farmi chiamare', 'mi fate chiamare', 'mi fate richiamare', 'mi faccia richiamare', 'mi faccia chiamare', 'potete richiamarmi', 'puo richiamarmi', 'potreste richiamarmi', 'mi potete richiamare', 'richiamarmi', 'essere contattat[oa]', 'mi contatti', 'mi contattate', 'contattatemi')}`,
  `${alt('mi metti', 'mi mette', 'mettetemi', 'mi mettete', 'mi passi', 'mi passate', 'passatemi', 'mi collegate', 'collegatemi', 'mi trasferite', 'trasferitemi', 'mi girate', 'giratemi')} (?:in contatto )?(?:${alt('con', 'a')} )?(?:${alt('un ', 'una ', "un'", 'il ', 'la ', "l'", 'l ')})?(?:${alt('suo', 'sua', 'vostro', 'vostra', 'tuo', 'tua')} )?${alt('operat(?:ore|rice)', 'assistenza', 'servizio clienti', 'persona', 'umano', 'consulente', 'qualcuno', 'responsabile', 'addett[oa]', 'collega', 'superiore', 'capo', 'direttore', 'supervisore')}`,
  `${alt("c'e", 'ce', "c'e qualcuno", 'esiste', 'ci sono')} ${alt('qualcuno', 'una persona', 'un operatore', 'un umano', 'persone', 'operatori')} ${alt('di vero', 'di reale', 'di umano', 'vero', 'vera', 'vere', 'veri', 'reale', 'reali', 'umano', 'umani', "dall'altra parte", 'dall altra parte', 'che mi (?:puo|possa) (?:rispondere|aiutare)')}`,
  `(?:^|[.!?,;] ?)${alt('non', 'no')} ${alt('un', 'una', 'il', 'col', 'con il', 'con un')} ${alt('bot', 'robot', 'chatbot', 'macchina', 'risponditore')}(?!${L})`,
  `${alt('parlare', 'parlo', 'chattare', 'scrivere')} con ${alt('qualcuno', 'una persona', 'un essere umano', 'un umano', 'voi', 'un responsabile', 'un operatore')}`,
  `${alt('non voglio', 'basta', 'stufo di', 'stufa di')} (?:${alt('parlare|chattare|scrivere')} con )?(?:${alt('un', 'una', 'il', 'la', 'questo', 'questa')} )?${alt('macchina', 'robot', 'bot', 'risponditore automatico', 'intelligenza artificiale', 'ia')}`,
  `${alt('il bot', 'il robot', 'il chatbot', 'non mi capisci', 'non mi capite')}(?: non (?:mi )?${alt('capisce', 'aiuta')})?`,
);

const DE_DET = `(?:${alt('einem', 'einer', 'einen', 'eine', 'dem', 'der', 'ihrem', 'ihrer', 'eurem', 'eurer')} )?(?:${alt('echten?', 'echter', 'richtigen?', 'menschlichen?', 'lebenden?', 'realen?')} )?`;
const DE_NOUN = alt('mitarbeiter(?:in|innen)?', 'menschen?', 'berater(?:in)?', 'kundenberater(?:in)?', 'kundendienst', 'kundenservice', 'agenten', 'person', 'sachbearbeiter(?:in)?', 'operator', 'jemandem', 'servicemitarbeiter(?:in)?', 'support-mitarbeiter(?:in)?', 'vorgesetzten', 'verantwortlichen');
const DE = [
  `mit ${DE_DET}${DE_NOUN}(?: \\S+){0,3}? ${alt('sprechen', 'reden', 'chatten', 'telefonieren', 'verbunden', 'verbinden', 'schreiben')}`,
  `${alt('sprechen', 'reden', 'chatten', 'verbinden', 'verbinde', 'verbindet', 'weiterleiten', 'durchstellen', 'stellen sie mich')}(?: \\S+){0,3}? ${alt('mit', 'an', 'zu')} ${DE_DET}${DE_NOUN}`,
  `${alt('ich (?:will|mochte|brauche|hatte gerne?|verlange)', 'geben sie mir', 'kann ich')}(?: \\S+){0,2}? (?:${alt('einen', 'eine', 'den', 'die')} )?(?:${alt('echten', 'richtigen')} )?${alt('menschen', 'mitarbeiter(?:in)?', 'berater(?:in)?', 'sachbearbeiter(?:in)?', 'kundenberater(?:in)?', 'ansprechpartner(?:in)?')}`,
  // A superior asked for ("Ich möchte Ihren Vorgesetzten sprechen", "ich verlange den Teamleiter"): the complaint going up a level.
  `${alt('ich (?:will|mochte|brauche|hatte gerne?|verlange)', 'geben sie mir', 'kann ich', 'holen sie')}(?: \\S+){0,2}? ${alt('vorgesetzten', 'vorgesetzte', 'chef(?:in)?', 'teamleiter(?:in)?', 'abteilungsleiter(?:in)?', 'geschaftsfuhrer(?:in)?', 'geschaftsleitung', 'manager(?:in)?', 'verantwortlichen')}(?:(?: \\S+){0,2}? ${alt('sprechen', 'haben', 'ans telefon', 'an den apparat', 'holen')}|[.!]*$)`,
];
DE.push(
  `${alt('gibt es', 'ist da', 'ist hier')}(?: \\S+){0,2}? ${alt('jemand', 'einen menschen', 'einen mitarbeiter', 'eine person', 'einen echten', 'echte menschen')}(?: ${alt('echtes', 'echter', 'aus fleisch und blut', 'da', 'hier')})?`,
  `${alt('ich will keinen', 'ich mochte keinen', 'nicht mit einem', 'kein', 'keinen', 'schluss mit dem', 'genug vom')} ${alt('bot', 'chatbot', 'roboter', 'maschine', 'automaten', 'computer')}`,
  `${alt('der bot', 'der chatbot', 'der roboter', 'sie', 'du')} ${alt('versteht', 'verstehen', 'verstehst', 'hilft', 'helfen', 'hilfst')} (?:mich |mir )?nicht`,
  `${alt('rufen sie mich', 'ruft mich', 'ruckruf', 'zuruckrufen', 'mich anrufen', 'mich zuruckrufen')}`,
  `${alt('verbinden sie mich', 'verbinde mich', 'stellen sie mich durch', 'leiten sie mich weiter', 'verbindet mich', 'leitet mich weiter')}`,
  `${alt('kann', 'konnte', 'konnen', 'soll', 'moge')} (?:mich |mir )?(?:bitte )?(?:mal )?(?:${alt('jemand', 'ein mitarbeiter', 'eine mitarbeiterin', 'ein mensch', 'ein berater', 'eine beraterin', 'einer von euch', 'einer von ihnen')}) (?:mich |mir )?(?:bitte )?(?:mal )?${alt('anrufen', 'zuruckrufen', 'kontaktieren', 'melden', 'helfen', 'schreiben', 'ansehen', 'anschauen', 'drauf schauen', 'draufschauen')}`,
  `${alt('an', 'zu')} ${DE_DET}${DE_NOUN} (?:\\S+ ){0,2}?${alt('weiterleiten', 'weitergeben', 'ubergeben', 'durchstellen', 'verbinden', 'eskalieren')}`,
  `${alt('holen sie', 'hol', 'holt', 'geben sie', 'gib', 'gebt')} mir (?:bitte )?${alt('jemanden', 'einen menschen', 'einen mitarbeiter', 'eine person', 'einen berater', 'einen vorgesetzten', 'ihren chef', 'den chef')}`,
  `${alt('gibts', 'gibt es', 'ist da', 'hab ihr', 'habt ihr')} (?:\\S+ ){0,2}?${alt('nen menschen', 'einen menschen', 'menschen', 'echte menschen', 'echte leute', 'echten menschen', 'jemanden', 'leute', 'mitarbeiter')}(?: ${alt('da', 'dort', 'hier', 'bei euch', 'bei ihnen')})?`,
  `${alt('mit', 'an')} ${alt('jemandem', 'einem menschen', 'einer person', 'einem mitarbeiter', 'einer mitarbeiterin')} (?:\\S+ ){0,4}?${alt('reden', 'sprechen', 'telefonieren', 'schreiben', 'chatten')}`,
  `${alt('ich will', 'ich mochte', 'ich brauche', 'brauche')} (?:\\S+ ){0,2}?${alt('ansprechpartner(?:in)?', 'einen menschen', 'menschen', 'mitarbeiter(?:in)?', 'jemanden', 'hilfe von einem menschen', 'personliche beratung', 'personlichen kontakt')}`,
);

const NL_NOUN = alt('medewerker', 'mens', 'persoon', 'iemand', 'agent', 'operator', 'klantenservice(?:medewerker)?', 'leidinggevende', 'manager', 'teamleider', 'supervisor');
const NL = [
  `met (?:${alt('een', 'de')} )?(?:echte? )?${NL_NOUN}(?: \\S+){0,2}? ${alt('spreken', 'praten', 'chatten', 'bellen')}`,
  `${alt('contact', 'in contact', 'praten', 'spreken', 'chatten', 'doorverbonden', 'doorverbinden', 'verbinden')} met (?:${alt('een', 'de')} )?(?:${alt('echte?', 'levende?')} )?${alt('mens', 'medewerker', 'persoon', 'iemand', 'klantenservice', 'collega')}`,
  `${alt('ik wil', 'kan ik', 'mag ik', 'ik zou graag', 'kan ik misschien', 'zou ik')}(?: ${alt('graag', 'alsjeblieft', 'alstublieft', 'aub', 'even', 'nu', 'toch')}){0,2} ${alt('iemand', 'een medewerker', 'een mens', 'een persoon', 'een echt persoon', 'een echte medewerker', 'een leidinggevende', 'uw leidinggevende', 'je leidinggevende', 'een manager', 'een teamleider')} ${alt('spreken', 'bellen', 'aan de lijn')}`,
  `${alt('spreken', 'praten', 'chatten')} met (?:${alt('een', 'de')} )?(?:echte )?${NL_NOUN}`,
  `${alt('ik wil', 'kan ik', 'mag ik')}(?: graag)? (?:${alt('een', 'de')} )?(?:echte )?${alt('medewerker', 'mens', 'persoon')}`,
];
NL.push(
  // "ik wil graag iemand van de klantenservice spreken", "kan een medewerker mij helpen?", "iemand aan de telefoon"
  `${alt('ik wil', 'kan ik', 'mag ik', 'ik zou graag')}(?: graag)? ${alt('iemand', 'een medewerker', 'een mens')} ${alt('van', 'bij')} (?:${alt('de', 'jullie', 'uw', 'het')} )?\\S+ ${alt('spreken', 'bellen')}`,
  `kan (?:er )?${alt('een medewerker', 'een mens', 'een echt persoon', 'een echte medewerker', 'iemand')} (?:mij|me) ${alt('helpen', 'te woord staan', 'terugbellen')}`,
  `${alt('kan ik', 'mag ik', 'ik wil', 'ik wil graag', 'kan ik even')} iemand aan de ${alt('telefoon', 'lijn')}`,
  `${alt('is er', 'zit er')} ${alt('iemand', 'een mens', 'een medewerker', 'een echt persoon', 'een echte')}(?: ${alt('echt', 'aanwezig')})?(?: ${alt('die', 'om', 'aanwezig', 'beschikbaar')})?`,
  `${alt('geen', 'niet met een', 'ik wil geen', 'stop met die')} ${alt('bot', 'chatbot', 'robot', 'computer', 'automaat')}`,
  `${alt('bel me terug', 'bel mij terug', 'terugbellen', 'teruggebeld', 'wil gebeld worden', 'bel me', 'bel mij', 'kan iemand mij bellen', 'kan iemand me bellen', 'iemand die mij belt', 'laat iemand bellen')}`,
  `${alt('verbind me', 'verbind mij', 'doorverbinden', 'verbinden met')}`,
);

const ID = [
  `${alt('bicara', 'berbicara', 'ngobrol', 'chat', 'hubungkan', 'sambungkan', 'sambungin', 'hubungin', 'alihkan', 'alihin', 'oper', 'operin', 'transfer', 'teruskan', 'terusin', 'sambung', 'terhubung', 'disambungkan', 'dihubungkan', 'kontak', 'hubungi')}(?: ${alt('dengan', 'ke', 'sama', 'pada', 'kepada')})? (?:${alt('seorang', 'salah satu')} )?${alt('cs', 'agen', 'admin', 'petugas', 'operator', 'manusia', 'orang asli', 'orang sungguhan', 'customer service', 'staf', 'karyawan', 'pegawai', 'agen manusia', 'cs manusia', 'live agent', 'live chat', 'orang beneran', 'orangnya langsung')}`,
  `${alt('minta', 'mau', 'ingin', 'butuh', 'perlu', 'panggil')}(?: ${alt('dengan', 'ke', 'sama')})? ${alt('cs', 'admin', 'petugas', 'operator', 'manusia', 'orang asli', 'customer service')}`,
  // A superior asked for: "saya mau bicara dengan atasan kamu", "panggil manajer anda".
  `${alt('bicara', 'berbicara', 'ngomong', 'ketemu', 'hubungkan', 'sambungkan', 'minta', 'panggil', 'panggilkan', 'mau', 'ingin')}(?: ${alt('dengan', 'ke', 'sama', 'kepada')})? ${alt('atasan', 'atasanmu', 'atasannya', 'manajer', 'manager', 'supervisor', 'penanggung jawab', 'pimpinan', 'bos')}`,
];

ID.push(
  // Malay
  `${alt('cakap', 'bercakap', 'berbual', 'bual', 'sambungkan saya', 'hubungkan saya')} ${alt('dengan', 'dgn', 'kepada')} ${alt('ejen', 'agen', 'wakil', 'wakil khidmat pelanggan', 'khidmat pelanggan', 'manusia', 'orang sebenar', 'staf', 'pegawai', 'customer service')}`,
  `${alt('nak', 'mahu', 'saya nak', 'saya mahu', 'perlukan')} ${alt('ejen', 'wakil', 'manusia', 'orang sebenar', 'staf sebenar')}(?:$|[ .!?,])`,
  `${alt('tak nak', 'tidak mahu')} ${alt('cakap dengan bot', 'bercakap dengan bot', 'bot', 'robot')}`,
  `${alt('ada', 'adakah', 'ada gak', 'ada nggak')} ${alt('orang', 'manusia', 'cs', 'admin', 'petugas', 'agen')}(?: ${alt('beneran', 'asli', 'sungguhan', 'nyata')})?(?: ${alt('di sana', 'disana', 'yang bisa', 'yang jaga')})?`,
  `${alt('gak mau', 'ga mau', 'tidak mau', 'nggak mau', 'bukan', 'males', 'malas', 'capek')} (?:${alt('ngobrol|bicara|chat|chatting')} )?(?:${alt('sama|dengan|ama')} )?${alt('bot', 'robot', 'mesin', 'chatbot', 'jawaban otomatis', 'balasan otomatis')}`,
  `${alt('mau', 'minta', 'pengen', 'pengin', 'butuh', 'perlu', 'ingin')} (?:${alt('sama|dengan|ke|ngobrol sama|bicara dengan|chat sama')} )?${alt('orang', 'manusia', 'orang asli', 'orang beneran', 'admin asli', 'cs asli', 'cs beneran')}(?: ${alt('asli', 'beneran', 'sungguhan', 'aja', 'saja', 'dong', 'langsung')})?(?:$|[.!?,])`,
  `${alt('tolong', 'mohon', 'bisa')} ${alt('telepon', 'telpon', 'hubungi', 'kontak', 'call')} ${alt('saya', 'aku', 'balik')}`,
  `${alt('telepon saya', 'telpon saya', 'hubungi saya', 'telepon balik', 'call back')}`,
);

// ---------- Polish, Turkish, Russian, Arabic, Vietnamese (normalised: no diacritics, Arabic letters folded)
const PL_NOUN = alt('konsultant\\S*', 'czlowiek\\S*', 'prawdziw\\S* osob\\S*', 'zyw\\S* osob\\S*', 'osob\\S* z obslugi', 'pracownik\\S*', 'doradc\\S*', 'kims', 'kims z obslugi', 'agent\\S*', 'operator\\S*', 'obsluga klienta', 'obslug\\S* klienta', 'kierownik\\S*', 'przelozon\\S*');
const PL = [
  `${alt('rozmawiac', 'porozmawiac', 'rozmowa', 'rozmowy', 'pogadac', 'skontaktowac sie', 'kontakt')} ${alt('z', 'ze')} ${PL_NOUN}`,
  `${alt('polacz', 'polaczcie', 'polaczyc', 'przelacz', 'przelaczcie', 'przekaz', 'przekazcie', 'chce', 'chcialbym', 'chcialabym', 'potrzebuje', 'prosze o', 'poprosze', 'daj', 'dajcie', 'dawaj', 'dawajcie')} (?:\\S+ ){0,2}?${alt('z ', 'ze ', 'do ', 'na ')}?${PL_NOUN}`,
  `${alt('jest tu', 'czy jest', 'jest ktos')} ${alt('ktos', 'czlowiek', 'konsultant', 'prawdziwa osoba', 'zywy czlowiek', 'zywa osoba')}`,
  `${alt('nie chce', 'dosc', 'mam dosc')} (?:\\S+ ){0,2}?${alt('bot\\S*', 'robot\\S*', 'automat\\S*', 'maszyn\\S*')}`,
  `${alt('zadzwoncie do mnie', 'prosze o telefon', 'oddzwoncie', 'prosze oddzwonic', 'do mnie oddzwonic', 'mozecie oddzwonic', 'moze pan oddzwonic', 'moze pani oddzwonic')}`,
];
const TR_NOUN = alt('musteri temsilci\\S*', 'temsilci\\S*', 'canli deste\\S*', 'canli temsilci\\S*', 'gercek bir insan\\S*', 'gercek insan\\S*', 'insan\\S*', 'yetkili\\S*', 'operator\\S*', 'musteri hizmetler\\S*', 'calisan\\S*', 'personel\\S*', 'biri\\S*', 'birisi\\S*', 'mudur\\S*', 'yonetici\\S*', 'amir\\S*', 'sorumlu\\S*', 'ust yetkili\\S*');
const TR = [
  `${TR_NOUN}(?: \\S+){0,2}? ${alt('konus\\S*', 'gorus\\S*', 'bagla\\S*', 'aktar\\S*', 'istiyorum', 'lazim', 'gerek', 'ulas\\S*', 'yonlendir\\S*')}`,
  `${alt('bagla\\S*', 'aktar\\S*', 'yonlendir\\S*')} (?:\\S+ )?${alt('temsilci\\S*', 'yetkili\\S*', 'operator\\S*', 'canli destek\\S*', 'birine')}`,
  `${alt('bot\\S*', 'robot\\S*', 'makine\\S*')} ${alt('istemiyorum', 'degil', 'olmasin', 'yeter')}`,
  `${alt('beni arayin', 'beni arasin', 'geri arayin', 'geri donus yapin', 'geri arayabilir misiniz', 'beni arayabilir misiniz', 'beni geri arayin', 'geri aranmak istiyorum')}`,
];
const RU_NOUN = alt('оператор\\S*', 'жив\\S* человек\\S*', 'человек\\S*', 'сотрудник\\S*', 'менеджер\\S*', 'консультант\\S*', 'специалист\\S*', 'администратор\\S*', 'представител\\S*', 'кем-нибудь', 'кем-то', 'руководител\\S*', 'начальник\\S*', 'поддержк\\S*');
const RU = [
  `${alt('поговорить', 'говорить', 'общаться', 'пообщаться', 'связаться', 'связь', 'разговор', 'переписываться')} ${alt('с', 'со')} ${RU_NOUN}`,
  `${alt('можно', 'соедините', 'соединить', 'соедини', 'переключите', 'переключить', 'переведите', 'перевести', 'позовите', 'позвать', 'даите', 'нужен', 'нужна', 'хочу', 'требую', 'подключите', 'подключить')} (?:\\S+ ){0,2}?${alt('с ', 'со ', 'на ')}?${RU_NOUN}`,
  `${alt('есть', 'тут есть', 'здесь есть', 'есть ли')} ${alt('живои', 'живые', 'человек', 'кто-нибудь', 'кто-то живои', 'люди')}`,
  `${alt('не хочу', 'надоел', 'хватит', 'достал', 'не нужен')} (?:\\S+ ){0,2}?${alt('бот\\S*', 'робот\\S*', 'автоответчик\\S*', 'машин\\S*')}`,
  `${alt('перезвоните', 'позвоните мне', 'перезвонить мне', 'обратныи звонок')}`,
  `${alt('с', 'со')} ${RU_NOUN} (?:(?!не )\\S+ ){0,2}?${alt('поговорить', 'пообщаться', 'связаться', 'переговорить', 'соединить', 'соедините', 'общаться', 'говорить')}`,
  `${alt('позовите', 'даите', 'нужен', 'нужна', 'хочу', 'верните')} (?:\\S+ ){0,1}?${alt('кого-нибудь живого', 'кого-то живого', 'живого', 'человека', 'людеи', 'живых людеи')}`,
  `${alt('не хочу', 'не буду', 'хватит')} (?:\\S+ ){0,2}?${alt('с ботом', 'с роботом', 'с машинои', 'с автоответчиком')}`,
  `${alt('бот', 'робот')} ${alt('не понимает', 'не помогает', 'ничего не понимает')}`,
];
const AR_NOUN = alt('شخص', 'بني ادم', 'احد حقيقي', 'احد من الموظفين', 'موظفين', 'احد يساعدني', 'موظف\\S*', 'شخص حقيقي', 'انسان', 'بشري', 'ممثل\\S*', 'خدمه العملاء', 'خدمه عملاء', 'مسؤول\\S*', 'مشرف\\S*', 'مدير\\S*', 'حد', 'حدا', 'احد', 'احد الموظفين', 'الدعم', 'الدعم الفني', 'مندوب\\S*', 'اخصائي\\S*', 'كول سنتر');
const AR = [
  `${alt('التحدث', 'اتحدث', 'تحدث', 'اكلم', 'كلم', 'يكلمني', 'تحولني', 'تحولوني', 'توصلني', 'تكلمني', 'توصلوني', 'احكي', 'التواصل', 'اتواصل', 'تواصل', 'حولني', 'حولوني', 'تحويلي', 'وصلني', 'اوصلني', 'وصلوني', 'ابي', 'ابغي', 'ابغا', 'اريد', 'بدي', 'عايز', 'عاوز', 'محتاج', 'اطلب', 'ممكن')} (?:\\S+ ){0,2}?${alt('مع ', 'الي ', 'علي ', 'ل', 'ب')}?(?:ال)?${AR_NOUN}`,
  `${alt('هل يوجد', 'في', 'فيه', 'يوجد')} ${alt('شخص حقيقي', 'انسان', 'موظف', 'احد', 'حد')}`,
  `${alt('لا اريد', 'ما ابي', 'ما ابغي', 'مش عايز', 'ما بدي', 'بدون')} (?:\\S+ ){0,2}?${alt('بوت', 'روبوت', 'الي', 'اليه', 'رد الي', 'ردود اليه')}`,
  `${alt('مو', 'مش', 'موب', 'ليس', 'مب', 'غير')} ${alt('بوت', 'روبوت', 'الروبوت', 'البوت', 'الي', 'رد الي')}(?!\\S)`,
  `${alt('اتكلم', 'نتكلم', 'اتواصل', 'اكلم', 'احاكي', 'ادردش')} ${alt('مع', 'ويا', 'وياكم')} ${alt('شخص', 'موظف', 'انسان', 'احد', 'حد', 'بشر')}`,
  `${alt('اتصلوا بي', 'اتصلو علي', 'كلموني', 'اتصال هاتفي', 'يتصل بي')}`,
];
const VI_NOUN = alt('nhan vien', 'tu van vien', 'nguoi that', 'con nguoi', 'tong dai vien', 'nguoi ho tro', 'cskh', 'cham soc khach hang', 'admin', 'quan ly', 'nguoi phu trach', 'ai do', 'nguoi');
const VI = [
  `${alt('noi chuyen', 'trao doi', 'gap', 'ket noi', 'chuyen', 'lien he', 'lien lac', 'chat', 'nhan tin', 'goi')} ${alt('voi', 'cho', 'sang', 'qua', 'den')}? ?(?:${alt('toi', 'minh', 'em')} )?${VI_NOUN}`,
  `${alt('cho (?:toi|minh|em) gap', 'muon gap', 'can gap', 'xin gap', 'muon noi chuyen voi', 'can noi chuyen voi')} ${VI_NOUN}`,
  `${alt('co ai', 'co nguoi', 'co nhan vien')} ${alt('khong', 'o do khong', 'that khong', 'truc khong', 'ho tro khong')}`,
  // "Có người thật nào để nói chuyện không?": is there a real person (to talk to)
  `co ${alt('nguoi that', 'con nguoi', 'nhan vien that', 'ai that')}(?: nao)?(?!\\S)`,
  `${alt('khong muon', 'khong can', 'chan')} (?:\\S+ ){0,3}?${alt('bot', 'may', 'robot', 'tra loi tu dong')}`,
  `${alt('goi lai cho (?:toi|minh|em)', 'goi cho (?:toi|minh|em)', 'goi dien cho (?:toi|minh|em)')}`,
];

// ---------- CJK / Hangul / Thai (no word boundaries; normalised text)
const JA = [
  // A superior asked for: "上司を出してください", "責任者と話したい", "店長を呼んで". The complaint going up a level.
  `${alt('上司', '責任者', '上の人', '上の方', '管理者', '店長', 'マネージャー', '支配人')}(?:さん|様)?(?:を|に|と)${alt('出して', '出せ', '呼んで', '呼べ', '代わ', 'かわ', '話', 'はな', 'お願い', 'つないで', '繋いで')}(?!しま(?:した|せん)|したけど|したが|した。)`,
  `${alt('担当者', '担当の方', '担当の人', 'オペレーター', 'オペレータ', 'スタッフ', '人間', '生身の人', '本物の人', '係の人', '係の方', 'サポートの方', '窓口の方')}(?:さん|様)?(?:と|に|へ|を)(?:直接)?${alt('話', 'はな', 'お話', '代わ', 'かわ', '替わ', '変わ', '繋', 'つな', '相談', '対応', '呼', 'お願い', '切り替え')}(?!しま(?:した|せん)|したけど|したが|した。)`,
  `有人${alt('対応', 'チャット', '窓口', 'サポート')}`,
  // Bare 人 ("a person") only right before と/に + talk: 人と話したい, not 担当人 or 人に話した.
  `(?<!\\p{Script=Han})人(?:と|に)${alt('話', 'はな', 'お話', '代わ', '相談')}(?!しま(?:した|せん)|したけど|したが|した。)`,
];
const ZH_EXTRA = [
  `找个?(?:人|活人)(?:聊|说|說|帮|幫|处理|處理|来|來)`,
  `${alt('转', '轉', '接', '找', '要')}(?:到|接|一下|个|個)?客服(?!的工作时间|的工作時間|电话|電話)`,
  `${alt('和', '跟', '与', '與', '同')}(?:${alt('真人', '人工', '活人', '人', '客服')})${alt('聊', '说', '說', '讲', '講', '谈', '談', '对话', '對話', '沟通', '溝通')}`,
  `有(?:没有|沒有)${alt('真人', '活人', '人工')}`,
  // "能不能让真人来处理": let a person handle it.
  `${alt('让', '讓', '请', '請', '换', '換')}(?:个|個)?${alt('真人', '人工', '客服人员', '客服人員', '工作人员', '工作人員', '活人')}(?:来|來)?${alt('处理', '處理', '看', '帮', '幫', '回复', '回覆', '跟进', '跟進')}`,
  `有${alt('真人', '活人', '人工')}(?:吗|嗎|在|可以)`,
  `${alt('不要', '不想', '别', '別')}(?:跟|和)?${alt('机器人', '機器人', '自动回复', '自動回覆', 'ai', '智能客服')}`,
  `${alt('给我打电话', '給我打電話', '回电话', '回電話', '打给我', '打給我')}`,
];
const ZH = [
  // A supervisor or manager asked for: "我要找你們主管", "叫你们经理出来", "請負責人跟我聯絡". The complaint going up a level.
  `${alt('找', '叫', '要求', '請', '请', '让', '讓', '换', '換', '转', '轉')}(?:一下|个|個)?(?:你们|你們|贵司|貴司|你们的|你們的)?${alt('主管', '经理', '經理', '上司', '负责人', '負責人', '领导', '領導', '店长', '店長')}(?!的?(?:电话|電話|邮箱|郵箱|名字))`,
  `${alt('转', '轉', '接', '找', '要', '切换', '切換', '联系', '聯繫', '联络', '聯絡', '呼叫', '请求', '請求')}(?:到|接|一下|个|個)?${alt('人工', '真人', '客服人员', '客服人員', '客服专员', '客服專員')}(?!智能|智慧|费|費|发|髮|秀)`,
  // Not "人工客服的工作时间" (the human agents' hours) or "人工客服电话" (their phone number): questions about the service.
  `人工${alt('客服', '服务', '服務', '坐席', '座席', '专员', '專員')}(?!的?(?:工作|上班|营业|營業|服务|服務)?(?:时间|時間)|的?(?:电话|電話|热线|熱線|号码|號碼))`,
  `真人${alt('客服', '服务', '服務', '回复', '回覆', '对话', '對話')}`,
  `${alt('和', '跟', '与', '與', '同')}${alt('真人', '人工', '客服人员', '客服人員', '工作人员', '工作人員')}${alt('聊', '说', '說', '谈', '談', '对话', '對話', '沟通', '溝通')}`,
];
const JA_EXTRA = [
  `${alt('人', 'スタッフ', '担当', 'オペレーター', '係')}の方(?:を|に|と)?(?:お願い|話|代わ|繋|つな)`,
  `${alt('誰か', 'だれか', '人間', '人', 'スタッフ', '担当の方', 'オペレーター', '窓口', 'サポート', 'カスタマーサポート', 'お客様センター')}(?:と|に|へ)(?:直接)?${alt('話し', 'はなし', '話せ', '相談し', '繋', 'つな', '対応して', '代わ')}`,
  `${alt('ボット', 'ロボット', 'ai', '自動応答', 'チャットボット')}(?:ではなく|じゃなくて|じゃなく|は嫌|はいや|はもういい|では話にならない)`,
  `${alt('折り返し', '電話をください', '電話してください', '電話が欲しい', '電話してほしい')}`,
];
const KO = [
  `${alt('상담원', '상담사', '상담 직원', '직원', '사람', '매니저', '담당자', '고객센터', '실제 사람', '진짜 사람', '상담직원', '상급자', '책임자', '관리자', '팀장', '윗사람', '상사')}(?:님)?${alt('과', '와', '이랑', '랑', '하고', '에게', '한테', '분과', '분이랑', '을', '를', '으로', '로')}? ?${alt('연결', '통화', '상담', '얘기', '이야기', '대화', '바꿔', '바꾸', '불러', '요청')}(?!했|하였)`,
  `${alt('챗봇', '봇', '로봇', '자동응답')} ?(?:말고|아니라|은 싫|는 싫|말구)`,
  `${alt('전화 주세요', '전화주세요', '전화 부탁', '전화 좀 주세요', '전화좀 주세요', '전화 좀 부탁', '연락 주세요', '콜백')}`,
  `${alt('상담원', '상담사', '직원', '사람', '담당자', '매니저', '상담직원')}(?:님|분)?(?:이|은|는)? ?${alt('계세요', '계신가요', '계실까요', '없으세요', '안 계세요')}`,
  `${alt('상담원', '상담사', '직원', '사람', '담당자', '매니저', '상담직원')}(?:님|분)(?:이랑|하고|과|와|을|를|한테|에게)? ?(?:좀 ?)?${alt('연결', '통화', '바꿔', '불러', '대화', '얘기', '이야기')}(?!했|하였)`,
  `${alt('상담원', '상담사', '직원', '사람', '담당자')} 좀 ?${alt('연결', '바꿔', '불러', '불러주', '연결해')}`,
  `${alt('사람', '상담원', '직원')}(?:이|은)? ?${alt('없나요', '있나요', '없어요', '있어요')}`,
];
const TH = [
  `${alt('คุย', 'พูด', 'ติดต่อ', 'ปรึกษา', 'ต่อสาย', 'โอนสาย', 'ขอสาย', 'ขอคุย', 'ขอพูด', 'แชท')}(?:กับ|ถึง|หา|ไปหา|ไป|ให้)?${alt('พนักงาน', 'เจ้าหน้าที่', 'คนจริง', 'แอดมิน', 'แอดมิ้น', 'คน(?!ขับ|ส่ง|ขาย|ทำ|ครัว)', 'ฝ่ายบริการลูกค้า', 'คอลเซ็นเตอร์', 'หัวหน้า', 'ผู้จัดการ', 'ผู้บังคับบัญชา', 'ผู้รับผิดชอบ', 'ซุปเปอร์ไวเซอร์')}`,
  `${alt('ไม่เอา', 'ไม่อยากคุยกับ', 'ไม่ต้องการ')}${alt('บอท', 'หุ่นยนต์', 'ระบบอัตโนมัติ')}`,
  `${alt('มีคน', 'มีเจ้าหน้าที่', 'มีพนักงาน')}(?:อยู่)?(?:ไหม|มั้ย|หรือเปล่า)`,
  `${alt('โทรกลับ', 'โทรหาฉัน', 'โทรหาผม', 'โทรหาหน่อย')}`,
];

/**
 * Asked for indirectly: someone who can (actually) help, someone to call back, rather a person than the bot.
 * "Help" must be in the request ("I need someone who can help", not "I need someone to sign for the parcel").
 */
const INDIRECT: Readonly<Record<string, readonly string[]>> = {
  en: [
    `(?:rather|prefer to) (?:deal|talk|speak|chat|sort this out) (?:to|with) (?:a |an )?(?:real |actual )?(?:human|person|people|someone|somebody|a member of (?:your|the) (?:staff|team)|one of your (?:staff|team|agents|colleagues)|your (?:team|staff|support team|colleagues))`,
    // "let me speak to whoever is in charge", "I need someone senior": a person with the power to decide.
    `(?:talk|speak|chat|deal) (?:to|with) (?:whoever|someone|somebody|anyone|the person|a person) (?:who is |who's |that is |is )?(?:in charge|responsible|senior|more senior|higher up|with authority|who can (?:actually )?(?:help|fix|sort|decide|refund|do something))`,
    `(?:your|the) (?:boss|superior|supervisor|line manager|team lead(?:er)?)(?: please| now|,|$)`,
    // "I want the head of customer service", "a call from management", "let a human handle this", "someone above you".
    `(?:want|need|demand|get me|give me|speak to|speak with|talk to|talk with|put me through to|connect me (?:to|with)) (?:the |your )?head of (?:customer service|customer support|support|complaints|customer care|the department|your department)`,
    `(?:call|callback|call back|contact|response|answer|reply) from (?:your |the |a )?(?:management|manager|supervisor|senior (?:staff|manager|agent)|someone senior)`,
    `(?:speak|talk|escalate this|complain|write) to (?:your |the )?(?:higher |senior |upper )?management`,
    `let (?:a |an |the )?(?:real |actual )?(?:human|person|agent|staff member|someone) (?:handle|deal with|look at|take over|check|review)`,
    `(?:get|have|receive|request|book|schedule) a (?:phone )?call(?: back)? from (?:support|someone|an agent|your team|a person|a human|customer service)`,
    `(?:someone|somebody|a person|anyone) above you`,
    `(?:to|with) (?:your |the )?higher[- ]?ups`,
    // "put your manager on", "get me your supervisor", "this needs to go to someone senior", "escalate this to a senior person".
    `(?:put|get|bring|fetch) (?:me )?(?:your|the|a) (?:manager|supervisor|boss|superior|team lead(?:er)?)(?: on| here| in| now| please|$)`,
    `(?:go|goes|escalated?|passed|pass it|pass this|take this|send this|forward this|bumped) (?:up )?to (?:someone|somebody|a person|a manager|people|whoever is) (?:more )?(?:senior|higher up|in charge|with authority|above you)`,
    `(?:escalate|escalated|pass|send|forward|take) (?:this|it|my case|my complaint) (?:up )?to (?:a |your |the )?(?:senior|higher)(?: person| level| management| staff| team| agent| manager)?`,
    // "have someone from support reach out to me", "could a member of your team get in touch with me?"
    `(?:someone|somebody|a member of (?:your|the) (?:staff|team|support team)|one of your (?:staff|team|agents|colleagues)|a (?:real |actual )?(?:person|human)|your (?:team|staff|support team)) (?:from [\\p{L}]+(?: [\\p{L}]+)? )?(?:(?:can|could|should|will|would|please|to|needs? to|must) )*(?:reach out to|get in touch with|contact|call|ring|phone|email|message|get back to) (?:me|us)`,
    `(?:anyone|anybody|someone|somebody|a person|a human) (?:at all )?(?:i|we) (?:can|could) (?:actually )?(?:talk|speak|chat) (?:to|with)`,
    `(?:phone )?(?:number|line|way) (?:i|we) (?:can|could) (?:call|ring|phone|reach|contact|get hold of)(?: (?:someone|somebody|a person|a human|you|your team))?(?! to (?:place|make|order|book|track|check))`,
    `(?:can|could|will|would|please (?:have|get)|have|get) (?:someone|somebody|a member of (?:your|the) (?:staff|team)|one of your (?:staff|team|agents|colleagues)|a (?:real |actual )?(?:person|human)) (?:from [\\p{L}]+(?: [\\p{L}]+)? )?(?:please )?(?:look into|look at|review|check|handle|sort|deal with|help|assist|take a look|get back)`,
    `(?:reviewed|looked at|checked|handled|dealt with|sorted|read) by (?:a |an |some )?(?:real |actual |live )?(?:person|human|human being|member of (?:staff|your team|the team)|agent|someone|somebody)`,
    `who (?:can|could|should) (?:i|we) (?:talk|speak) to`,
    // "I'd prefer a phone call", "I want a real conversation with someone": a person, asked for through the conversation.
    `(?:i(?:'d| would)? (?:prefer|rather have|like|want|need)|i just want) (?:a )?(?:real |proper |actual )?(?:phone call|phone conversation|conversation with (?:a |an )?(?:real |actual )?(?:person|human|someone|somebody))(?! (?:reminders?|notifications?|alerts?|updates?|when|once|if|from the (?:driver|courier|restaurant|shop|store))(?!\\p{L}))`,
    // "this needs a human", "get someone on this", "have a manager contact me", "let me chat with your team".
    `(?:this|it|my case|my issue) (?:needs|requires) (?:a |an )?(?:real |actual )?(?:human|person|people|agent|manager|supervisor)`,
    `get (?:someone|somebody|a (?:real )?(?:person|human)) on (?:this|it|the case)`,
    `(?:please )?have (?:a|your|the) (?:manager|supervisor|agent|person|human|staff member|team member) (?:contact|call|ring|phone|email|message) (?:me|us)`,
    `let me (?:chat|talk|speak) (?:with|to) (?:your|the|a) (?:team|staff|support team|agents?|people|colleagues)`,
    // "can you ring me?", "could you call me back": the bot cannot phone, so this asks for a person.
    `(?:can|could|would|will) you (?:please )?(?:call|ring|phone) (?:me|us)(?! (?:when|once|if)(?!\\p{L}))`,
    // "I'd like to go over it with a person", "discuss this with someone": working something through with a person.
    `(?:go over|go through|discuss|talk over|sort (?:this|it) out) (?:(?:this|it|things|everything|my options|it all) )?(?:with|in person with) (?:a |an )?(?:real |actual )?(?:person|human|someone|somebody|member of (?:your|the) (?:staff|team)|one of your (?:staff|team|agents|colleagues))`,
    // "No, that's not what I asked. Person please." — a sentence that is only a person and "please".
    `(?:^|(?<=[.!?,;:] ))(?:a |an )?(?:real |live |actual )?(?:human|person|agent|representative|operator|manager|supervisor)(?: (?:please|pls|plz|now|asap))+`,
    `(?:complain|escalate this|escalate it|speak|talk) to (?:a|your|the) (?:manager|supervisor|superior|boss)`,
    `(?:do|does) (?:you|your company) (?:even )?(?:have|employ) (?:any )?(?:real |actual )?(?:people|humans|staff|persons) (?:working|on|in|there|at all)`,
    `(?:can|could|may) (?:i|we) (?:call|phone|ring) (?:you|someone|somebody|your (?:team|support|office|customer service))`,
    `get hold of (?:someone|somebody|a person|a human|an agent|a real person|a manager|a supervisor)`,
    `(?:want|need|like|request|get|have) (?:a|an) (?:phone )?call(?: ?back)? from (?:your|a|an|someone|somebody|one of your|the)(?: (?:real|actual|human|customer|support|service|care|team|senior))* ?(?:support|service|team|person|human|agent|manager|staff|representative|advis[eo]r|someone|somebody)`,
    `(?:can|could) (?:a|an|some|one of your) (?:real |live |actual )?(?:human|person|agent|staff member|member of staff|representative) (?:please )?take over`,
    `(?:can|could) (?:someone|somebody|anyone) (?:please )?(?:call|ring|phone) me(?: back)?`],
  de: [`(?:brauche|mochte|will|suche) (?:\\S+ ){0,2}?jemand\\S*,? (?:der|die) (?:mir )?(?:\\S+ ){0,3}?helfen`, `(?:kann|konnte) (?:mich )?(?:bitte )?(?:mal )?jemand (?:mich )?(?:bitte )?(?:mal )?(?:zuruck)?(?:anrufen|zuruckrufen)`, `gibt es (?:hier )?(?:\\S+ )?jemand\\S*,? (?:mit dem|mit der|der mir|die mir)`, `lieber mit (?:einem|einer) (?:menschen|mitarbeiter\\S*|person)`],
  fr: [`besoin (?:de |d')?quelqu'un (?:qui|pour) (?:\\S+ ){0,3}?(?:aid|m'aid)\\S*`, `quelqu'un (?:\\S+ ){0,3}?(?:peut|pourrait) (?:\\S+ )?(?:me |m')?(?:rappeler|appeler|contacter)`, `passez[- ]moi quelqu'un`, `prefere (?:parler|discuter) (?:a|avec) (?:une personne|un humain|quelqu'un)`],
  pt: [`preciso de alguem (?:que|pra|para) (?:\\S+ ){0,3}?ajud\\S*`, `alguem (?:pode|poderia) (?:me )?(?:ligar|retornar|chamar)`, `prefiro falar com (?:uma pessoa|um humano|alguem)`],
  it: [`bisogno di qualcuno che (?:\\S+ ){0,3}?aiut\\S*`, `qualcuno (?:\\S+ ){0,3}?(?:mi )?(?:puo|potrebbe) (?:\\S+ )?(?:richiamar|chiamar)\\S*`, `preferisco parlare con (?:una persona|un umano|qualcuno)`],
  nl: [`iemand nodig die (?:\\S+ ){0,3}?(?:helpen|help)`, `kan (?:er )?iemand (?:\\S+ ){0,2}?(?:mij|me) (?:\\S+ )?(?:terug)?bellen`, `liever (?:met|tegen) een (?:mens|persoon|medewerker)`],
  pl: [`niech (?:\\S+ )?ktos (?:\\S+ ){0,2}?(?:zadzwoni|oddzwoni|skontaktuje sie|odezwie sie)`, `potrzebuje kogos,? (?:kto|ktory|ktora) (?:\\S+ ){0,3}?pom\\S*`, `(?:czy )?ktos (?:moze|moglby|mogłby) (?:\\S+ )?(?:do mnie )?(?:zadzwonic|oddzwonic)`, `daj(?:cie)? mi kogos`, `wole (?:rozmawiac|porozmawiac|pisac) z (?:czlowiekiem|kims|osoba)`],
  tr: [`yardim edebilecek (?:birine|birisine|biri|birisi)`, `(?:biri|birisi) (?:beni )?(?:geri )?arayabilir`, `(?:bir )?insanla konusmay\\S*`],
  ru: [`нуж(?:ен|на) кто-(?:то|нибудь),? (?:кто|который) (?:\\S+ ){0,3}?помо\\S*`, `(?:может|можете|могли бы) (?:\\S+ )?(?:кто-нибудь|кто-то) (?:\\S+ )?перезвонить`, `пусть (?:\\S+ ){0,2}?(?:кто-нибудь|кто-то) (?:\\S+ ){0,3}?перезвонит\\S*`, `лучше (?:\\S+ )?(?:поговорю|пообщаюсь) с человеком`],
  ar: [`احتاج (?:ل)?(?:احد|حد) (?:\\S+ )?يساعد\\S*`, `(?:احد|حد) يتصل (?:علي|بي)`, `افضل (?:اكلم|اتكلم مع|احكي مع) (?:انسان|شخص)`],
  id: [`minta (?:di ?telpon|di ?telepon|di ?telfon|di ?hubungi|di ?call|di ?kontak)`, `(?:ngomong|bicara|ngobrol) (?:sama|dengan|ke) (?:cs|admin|petugas|agen|operator)`, `butuh orang yang (?:\\S+ ){0,3}?bantu`, `ada yang (?:bisa )?(?:telepon|telpon|hubungi) saya`, `(?:ngobrol|bicara) (?:sama|dengan) orang`],
  vi: [`can nguoi (?:\\S+ ){0,3}?giup`, `co ai (?:\\S+ )?goi lai`],
};
const INDIRECT_SPACELESS: Readonly<Record<string, readonly string[]>> = {
  ja: [`電話で(?:直接)?(?:話|お話|相談|説明)(?:せ|でき|したい|させ|さ)`, `(?:担当|スタッフ|人|担当者|責任者|上司|上の人|オペレーター)(?:の方|さん)?から(?:の)?(?:お?電話|ご?連絡|折り返し)(?:を|が)?(?:もらえ|いただけ|頂け|ください|下さい|ほしい|欲しい)`, `(?:対応できる|わかる|分かる|話の分かる)人(?:を|に)?(?:お願い|出して|代わ)`, `誰か(?:から)?(?:電話|折り返し)(?:を)?(?:ください|くれ|もらえ|して)`],
  zh: [`(?:不要|不想|别|別)(?:跟|和)?(?:机器|機器)(?:人)?(?:说|說|聊)`, `(?:叫|找|来|來)(?:个|個)(?:活人|真人)`, `(?:主管|经理|經理|负责人|負責人|上级|上級|领导|領導|工作人员|工作人員|客服)(?:来|來|直接)?(?:联系我|聯繫我|聯絡我|联络我|打电话给我|打電話給我|给我打电话|給我打電話|回电话|回電話)`, `(?:能不能|可不可以|可以|能|请|請)(?:直接)?(?:打电话给我|打電話給我)`, `需要(?:一个|一個)?(?:真正)?能帮(?:我|忙)?的人`, `找个人(?:给我)?(?:打电话|回电话)`, `想(?:跟|和)人(?:说话|聊)`],
  ko: [`사람이 ?(?:직접 )?(?:봐야|확인해야|처리해야|봐 ?줘야)`, `매니저 ?(?:님 ?)?(?:불러|연결|바꿔)`, `상담 ?전화 ?(?:가능|해 ?주|부탁)`, `도와줄 ?사람이 ?필요`, `누가 ?전화 ?(?:좀 )?(?:해|주)`],
  th: [`ขอ(?:คุยกับ)?คนจริง`, `ต้องการคนที่ช่วย`, `มีใคร(?:โทร|ติดต่อ)(?:หา|กลับ)`],
};

const LATIN_NEG: Readonly<Record<string, string>> = {
  es: `${alt('no', 'ni', 'nunca', 'tampoco', 'sin')} (?:[^\\s,.;!?]+ ){0,2}$`,
  pt: `${alt('nao', 'nem', 'nunca', 'sem')} (?:[^\\s,.;!?]+ ){0,2}$`,
  fr: `${alt('ne', "n'", 'pas', 'jamais', 'sans')} ?(?:[^\\s,.;!?]+ ){0,3}$`,
  pl: `${alt('nie', 'bez', 'nigdy')} (?:[^\\s,.;!?]+ ){0,2}$`,
  tr: `${alt('degil', 'hic')} (?:[^\\s,.;!?]+ ){0,2}$`,
  ru: `${alt('не', 'без', 'никогда')} (?:[^\\s,.;!?]+ ){0,2}$`,
  ar: `${alt('لا', 'لم', 'لن', 'ما', 'مش', 'مو')} (?:[^\\s,.;!?]+ ){0,2}$`,
  vi: `${alt('khong', 'chua', 'chang', 'ko')} (?:[^\\s,.;!?]+ ){0,2}$`,
  it: `${alt('non', 'mai', 'senza')} (?:[^\\s,.;!?]+ ){0,2}$`,
  de: `${alt('nicht', 'kein', 'keine', 'keinen', 'nie')} (?:[^\\s,.;!?]+ ){0,3}$`,
  nl: `${alt('niet', 'geen', 'nooit')} (?:[^\\s,.;!?]+ ){0,3}$`,
  id: `${alt('tidak', 'tak', 'gak', 'nggak', 'ga', 'enggak')} (?:[^\\s,.;!?]+ ){0,2}$`,
  sv: `${alt('inte', 'ingen', 'aldrig', 'utan')} (?:[^\\s,.;!?]+ ){0,2}$`,
  el: `${alt('δεν', 'δε', 'μη', 'μην', 'χωρις', 'οχι')} (?:[^\\s,.;!?]+ ){0,2}$`,
  cs: `${alt('ne', 'nechci', 'nepotrebuji', 'nepotrebuju', 'bez', 'nikdy')} (?:[^\\s,.;!?]+ ){0,2}$`,
  ro: `${alt('nu', 'fara', 'niciodata')} (?:[^\\s,.;!?]+ ){0,2}$`,
  he: `${alt('לא', 'בלי', 'אין צורך')} (?:[^\\s,.;!?]+ ){0,2}$`,
  hu: `${alt('nem', 'ne', 'sem', 'nelkul', 'soha')} (?:[^\\s,.;!?]+ ){0,2}$`,
  // Three words, as German and Dutch: Danish "have brug for at" (need to) stands between them ("jeg har ikke brug for at tale med …").
  da: `${alt('ikke', 'ikkje', 'ingen', 'aldrig', 'aldri', 'uden', 'uten')} (?:[^\\s,.;!?]+ ){0,3}$`,
  fi: `${alt('en', 'ei', 'ilman', 'ala')} (?:[^\\s,.;!?]+ ){0,2}$`,
  tl: `${alt('hindi', 'di', 'wag', 'huwag')} (?:[^\\s,.;!?]+ ){0,2}$`,
  uk: `${alt('не', 'без', 'ніколи')} (?:[^\\s,.;!?]+ ){0,2}$`,
  hi: `${alt('मत', 'बिना', 'mat', 'bina')} (?:[^\\s,.;!?]+ ){0,1}$`,
};
// Swedish (normalised: å ä ö folded to a a o).
const SV_NOUN = alt('en manniska', 'manniska', 'en riktig manniska', 'riktig manniska', 'en levande manniska', 'en levande person', 'en verklig person', 'en person', 'en riktig person', 'en handlaggare', 'handlaggare', 'kundtjanst', 'kundservice', 'en medarbetare', 'nagon', 'nagon pa kundtjanst', 'en radgivare', 'en agent', 'en operator');
const SV = [
  `${alt('prata', 'tala', 'chatta', 'snacka', 'bli kopplad', 'koppla mig', 'kopplas')} ${alt('med', 'till', 'vidare till')} ${SV_NOUN}`,
  `${alt('jag vill ha', 'jag vill prata med', 'kan jag fa', 'kan jag prata med', 'ge mig', 'jag behover')} ${SV_NOUN}`,
  `${alt('inte en bot', 'ingen bot', 'inte prata med en bot', 'vill inte prata med en robot', 'ingen robot')}`,
  `${alt('ring mig', 'ring upp mig', 'kan ni ringa mig', 'kan nagon ringa mig', 'bli uppringd')}`,
  `${alt('finns det', 'ar det')} ${alt('en manniska', 'nagon manniska', 'en riktig person', 'nagon riktig')}`,
];
// Greek (normalised: accents stripped; nouns in the accusative, which has no final sigma).
const EL_NOUN = alt('ανθρωπο', 'εναν ανθρωπο', 'πραγματικο ανθρωπο', 'ατομο', 'ενα ατομο', 'πραγματικο ατομο', 'εκπροσωπο', 'εναν εκπροσωπο', 'υπαλληλο', 'εναν υπαλληλο', 'συνεργατη', 'εναν συνεργατη', 'την εξυπηρετηση πελατων', 'εξυπηρετηση πελατων', 'τηλεφωνητη', 'καποιον', 'καποιον απο την εξυπηρετηση', 'agent', 'operator');
const EL = [
  `${alt('να μιλησω', 'μιλησω', 'να μιλαω', 'να συνομιλησω', 'να συνδεθω', 'συνδεστε με', 'συνδεσε με', 'να με συνδεσετε', 'να με συνδεσεις')} ${alt('με', 'σε')} ${EL_NOUN}`,
  `${alt('θελω', 'θα ηθελα', 'δωστε μου', 'δωσε μου', 'χρειαζομαι', 'ζηταω')} ${EL_NOUN}`,
  `${alt('οχι bot', 'οχι ρομποτ', 'δεν θελω ρομποτ', 'δεν θελω bot', 'οχι μηχανη', 'δεν θελω να μιλαω με μηχανη')}`,
  `${alt('να με παρει καποιο[σς] τηλεφωνο', 'να με καλεσει καποιο[σς]', 'παρτε με τηλεφωνο', 'καλεστε με')}`,
  `${alt('υπαρχει', 'ειναι')} ${alt('κανει[σς]', 'καποιο[σς]')} ${alt('ανθρωπο[σς]', 'πραγματικο[σς]', 'ζωντανο[σς]')}`,
];
// Hindi, in Devanagari and romanised (Hinglish). Hindi negates after the verb ("बात नहीं करनी"), which
// these patterns do not allow between their words, so a negated request does not match.
// Latin words too: mixed-script Hindi names the person in English ("मुझे किसी real person से बात करनी है").
const HI_PERSON = alt('इंसान', 'असली इंसान', 'किसी इंसान', 'आदमी', 'व्यक्ति', 'एजेंट', 'कर्मचारी', 'प्रतिनिधि', 'कस्टमर केयर', 'ग्राहक सेवा', 'मैनेजर', 'अधिकारी', 'सुपरवाइजर', 'एग्जीक्यूटिव', 'स्टाफ', 'कस्टमर सपोर्ट', 'सपोर्ट टीम', 'बंदा', 'कस्टमर केयर एग्जीक्यूटिव', 'human', 'agent', 'real person', 'customer care', 'customer care executive', 'customer support', 'executive', 'manager');
const HI_PERSON_LATIN = alt('insaan', 'insan', 'asli insaan', 'kisi insaan', 'human', 'agent', 'customer care', 'customer service', 'real person', 'manager', 'executive', 'officer', 'staff', 'banda', 'asli banda', 'customer support', 'support team', 'live agent', 'representative', 'customer care executive', 'real insaan', 'senior', 'aadmi', 'admi', 'asli aadmi', 'asli admi', 'real aadmi', 'zinda insaan', 'bande', 'asli bande');
const HI = [
  `(?:किसी )?${HI_PERSON}(?: वाले| वाली| वालों)?(?: से| को)? (?:बात|संपर्क|कनेक्ट|ट्रांसफर) (?:कर|करा|करव)\\S*`,
  `कोई ${HI_PERSON} (?:है|हैं)`,
  `${HI_PERSON} (?:से )?(?:कनेक्ट|ट्रांसफर|जोड)\\S* (?:कर|करा|करव|दो|दीजिए)\\S*`,
  `${HI_PERSON} (?:चाहिए|चाहिये|चाहता हूं|चाहती हूं)`,
  `(?:बॉट|रोबोट|मशीन) से (?:बात )?(?:नहीं|नही)`,
  `(?:मुझे )?(?:कॉल|फोन) (?:करो|करें|कीजिए|करिए|करवाइए|कराइए|कर दो|कर दीजिए|बैक)`,
  `क्या (?:कोई|यहां कोई) ${HI_PERSON} (?:है|मौजूद)`,
  `(?:kisi )?${HI_PERSON_LATIN}(?: wale| wala| wali| walon)?(?: se| ko)? (?:baat|connect|transfer) (?:kar|kara|karw|krw|kr)\\S*`,
  // "meri baat kisi executive se karwaiye", "मेरी बात किसी इंसान से करवाइए": the talk first, the person after.
  `baat (?:kisi )?(?:[^\\s,.;!?]+ )?${HI_PERSON_LATIN}(?: wale| wala)? se (?:karwa|karwao|karwaiye|karao|kara|krwa|krwao|kar)\\S*`,
  `बात (?:किसी )?(?:[^\\s,.;!?]+ )?${HI_PERSON}(?: वाले| वाली)? से (?:करवा|करा|करव|कर)\\S*`,
  `(?:koi|kisi) (?:${HI_PERSON_LATIN}) (?:hai|h|he) (?:kya|wahan|waha|yahan|idhar|udhar)`,
  `${HI_PERSON_LATIN} (?:chahiye|chaiye|chahie|chahta hu|chahti hu)`,
  `koi ${HI_PERSON_LATIN} (?:hai|h|he)`,
  `bot se (?:baat )?(?:nahi|nhi|nahin)`,
  `(?:mujhe )?(?:call|phone) (?:karo|kariye|kijiye|karwao|karwaiye|kar do|back karo)`,
];
// Ukrainian (normalised: ї → і, й → и).
const UK_NOUN = alt('оператор\\S*', 'жив\\S* людин\\S*', 'людин\\S*', 'працівник\\S*', 'співробітник\\S*', 'менеджер\\S*', 'консультант\\S*', 'спеціаліст\\S*', 'представник\\S*', 'кимось', 'керівник\\S*', 'служб\\S* підтримки', 'підтримк\\S*');
const UK = [
  `${alt('поговорити', 'говорити', 'спілкуватися', 'поспілкуватися', "зв'?язатися", "з'?єднати", 'зв?язатися')} ${alt('з', 'із', 'зі')} ${UK_NOUN}`,
  `${alt("з'?єднаите", "з'?єднаи", 'переведіть', 'переведи', 'перемкніть', 'покличте', 'поклич', 'даите', 'даи')}(?: мене)?(?: ${alt('на', 'з', 'із')})? ${UK_NOUN}`,
  `${alt('хочу', 'потрібен', 'потрібна', 'потрібно', 'треба', 'мені потрібен', 'мені потрібна')} ${alt('оператор\\S*', 'жив\\S* людин\\S*', 'людин\\S*', 'працівник\\S*', 'консультант\\S*', 'менеджер\\S*')}`,
  `${alt('не хочу', 'досить', 'набрид', 'набридло')} (?:${alt('говорити|спілкуватися|писати')} ${alt('з', 'із')} )?${alt('бот\\S*', 'робот\\S*', 'машин\\S*', 'автовідповід\\S*')}`,
  `${alt('передзвоніть', 'зателефонуите', 'подзвоніть', 'наберіть')} мені`,
  `(?:може|можете|чи може) хтось (?:мені )?(?:${alt('передзвонити', 'зателефонувати', 'подзвонити', 'допомогти')})`,
  `(?:тут )?є (?:тут )?${alt('хтось живии', 'жива людина', 'хтось справжніи', 'людина')}`,
];
// Czech (normalised: no diacritics). Czech negates by a prefix ("nechci"), which LATIN_NEG reads before a request.
const CS_NOUN = alt('operator\\S*', 'clovek\\S*', 'cloveka', 'zivy\\S* clovek\\S*', 'skutecn\\S* clovek\\S*', 'pracovnik\\S*', 'pracovnic\\S*', 'konzultant\\S*', 'poradc\\S*', 'nekym', 'nekoho', 'podpor\\S*', 'zakaznick\\S* (?:podpor|centr|servis)\\S*', 'osobou', 'agent\\S*', 'vedouci\\S*', 'nadrizen\\S*', 'manazer\\S*');
const CS = [
  `${alt('mluvit', 'promluvit', 'hovorit', 'pohovorit', 'spojit', 'spojte', 'spoj', 'chatovat', 'psat si', 'domluvit se', 'bavit')}(?: ${alt('mne', 'me', 'mi', 'se')})?(?: prosim)? (?:s|se) ${CS_NOUN}`,
  `${alt('chci', 'potrebuji', 'potrebuju', 'chtel bych', 'chtela bych', 'dejte mi', 'dej mi', 'prepojte', 'prepoj', 'zavolejte')}(?: ${alt('mi', 'mne', 'me')})?(?: prosim)?(?: ${alt('na', 's', 'se')})? ${alt('operator\\S*', 'cloveka', 'ziveho cloveka', 'skutecneho cloveka', 'pracovnik\\S*', 'konzultant\\S*', 'nekoho', 'podporu', 'vedouciho')}`,
  `${alt('nechci', 'uz nechci', 'dost')}(?: ${alt('mluvit', 'psat', 'komunikovat', 'bavit se')})?(?: ${alt('s', 'se')})? ${alt('bot\\S*', 'robot\\S*', 'automat\\S*', 'stroj\\S*')}`,
  `${alt('zavolejte mi', 'zavolejte mne', 'muze mi nekdo zavolat', 'muzete mi zavolat', 'at mi nekdo zavola', 'ozvete se mi', 'prepojte me', 'prepojte mne')}`,
  `${alt('je tam', 'je tu', 'je tady')} ${alt('nekdo zivy', 'zivy clovek', 'skutecny clovek', 'nejaky clovek')}`,
];
// Romanian (normalised: ă â î ș ț folded).
const RO_NOUN = alt('operator\\S*', 'un om', 'om real', 'o persoana(?: reala)?', 'persoana reala', 'un agent', 'agent\\S*', 'consultant\\S*', 'angajat\\S*', 'reprezentant\\S*', 'cineva', 'un coleg', 'departamentul de relatii cu clientii', 'relatii cu clientii', 'serviciul clienti', 'suport\\S*', 'supervizor\\S*', 'sef\\S*', 'manager\\S*');
const RO = [
  `${alt('vorbesc', 'vorbi', 'discut', 'discuta', 'vorbim', 'conectati-ma', 'conectati ma', 'puneti-ma in legatura', 'pune-ma in legatura', 'faceti-mi legatura', 'fa-mi legatura', 'legatura')} cu (?:un |o |unul dintre )?${RO_NOUN}`,
  `${alt('vreau', 'as vrea', 'doresc', 'am nevoie de', 'dati-mi', 'da-mi', 'imi trebuie')} (?:un |o )?${alt('operator\\S*', 'om real', 'om', 'persoana reala', 'agent', 'consultant', 'reprezentant', 'angajat', 'supervizor')}(?!\\S)`,
  `${alt('transferati-ma', 'transfera-ma', 'redirectionati-ma')}`,
  `${alt('nu vreau', 'nu mai vreau', 'destul cu', 'gata cu')}(?: sa (?:vorbesc|discut))?(?: cu)? (?:un |acest |botul |robotul )?${alt('bot\\S*', 'robot\\S*', 'masina', 'raspunsuri automate')}`,
  `${alt('sunati-ma', 'suna-ma', 'ma poate suna cineva', 'poate sa ma sune cineva', 'sa ma sune cineva', 'ma puteti suna')}`,
  `${alt('este', 'e')} ${alt('cineva', 'vreun om', 'un om')} ${alt('real', 'acolo')}`,
];
// Hebrew: "to" (ל) and "the" (ה) are glued to the noun ("לנציג", "מהבוט").
const HE_NOUN = alt('נציג', 'נציגה', 'נציג אנושי', 'נציגה אנושית', 'בן אדם', 'אדם אמיתי', 'בן אדם אמיתי', 'מישהו אמיתי', 'מוקדן', 'מוקדנית', 'שירות לקוחות', 'שירות הלקוחות', 'תמיכה', 'מנהל', 'אחראי', 'מישהו', 'מישהי');
const HE = [
  `${alt('לדבר', 'לדבר ישירות', 'לשוחח', 'להתכתב', 'לדבר בטלפון')} ${alt('עם', 'עם ה')} ?${HE_NOUN}`,
  `${alt('תעביר', 'תעבירו', 'תעבירי', 'להעביר', 'העבר', 'תחבר', 'תחברו', 'לחבר', 'חברו')}(?: אותי)? (?:ל|אל |לה|אל ה)${HE_NOUN}`,
  `${alt('אני רוצה', 'רוצה', 'אני צריך', 'אני צריכה', 'צריך', 'צריכה', 'אפשר', 'אפשר לקבל', 'תן לי', 'תנו לי', 'תביאו לי')}(?: לדבר עם)? ${alt('נציג', 'נציגה', 'נציג אנושי', 'בן אדם', 'אדם אמיתי', 'מוקדן', 'מוקדנית', 'מנהל')}`,
  `${alt('לא רוצה', 'לא מעוניין', 'לא מעוניינת', 'די עם', 'נמאס לי')}(?: לדבר)?(?: עם)? ?(?:[ומה]{0,2})${alt('בוט', 'רובוט', 'מכונה', "צ'אטבוט", 'תשובות אוטומטיות')}`,
  `${alt('תתקשרו', 'תתקשר', 'תחזרו', 'תחזור', 'שיתקשרו', 'שמישהו יתקשר', 'שמישהו יחזור')} ${alt('אליי', 'אלי', 'לי')}`,
  `${alt('יש', 'יש שם', 'יש פה', 'יש כאן')} ${alt('בן אדם', 'מישהו אמיתי', 'נציג אנושי', 'אדם אמיתי')}`,
];
// Hungarian (normalised: no accents). The person often comes first: "ügyintézővel szeretnék beszélni".
const HU_WITH = alt('ugyintezovel', 'munkatarssal', 'operatorral', 'emberrel', 'elo emberrel', 'valodi emberrel', 'igazi emberrel', 'ugyfelszolgalattal', 'ugyfelszolgalatossal', 'valakivel', 'kollegaval', 'tanacsadoval', 'felettesevel', 'vezetovel');
const HU = [
  `${alt('beszelni', 'beszelhetnek', 'beszelhetek', 'beszelnek', 'beszelnem', 'beszeljek', 'kapcsoljon', 'kapcsoljanak', 'kapcsolna', 'kapcsolnak', 'kapcsolhatna', 'chatelni', 'osszekotne', 'osszekotnenek')}(?: (?:at|ossze|engem|kerem|legyszi))* ${HU_WITH}`,
  `${HU_WITH} (?:\\S+ )?${alt('szeretnek beszelni', 'akarok beszelni', 'kell beszelnem', 'beszelnek', 'beszelhetnek', 'szeretnek')}`,
  `${alt('ugyintezot', 'munkatarsat', 'operatort', 'elo embert', 'valodi embert', 'igazi embert', 'embert')} ${alt('kerek', 'szeretnek', 'akarok', 'kernek')}`,
  `${alt('kerek', 'szeretnek', 'akarok')} (?:egy )?${alt('ugyintezot', 'munkatarsat', 'operatort', 'elo embert', 'valodi embert', 'igazi embert')}`,
  `${alt('nem akarok', 'nem szeretnek', 'eleg a', 'eleg')} (?:\\S+ )?${alt('bottal', 'robottal', 'geppel', 'botbol', 'robotbol', 'gepi valaszokbol')}`,
  `${alt('hivjon fel', 'hivjanak fel', 'hivjon vissza', 'hivjanak vissza', 'visszahivast kerek', 'felhivna valaki', 'fel tudna hivni valaki')}`,
  `${alt('van ott', 'van itt')} ${alt('valaki', 'elo ember', 'egy ember', 'valodi ember')}`,
];
// Danish and Norwegian (normalised: å → a, ø → o, æ → ae), one list: they ask for a person alike.
const DANO_NOUN = alt('en medarbejder', 'medarbejder', 'en ansatt', 'et menneske', 'menneske', 'en person', 'en rigtig person', 'en ekte person', 'en virkelig person', 'kundeservice', 'kundeservicen', 'kundesenter', 'en radgiver', 'radgiver', 'en agent', 'en operator', 'nogen', 'noen', 'en konsulent', 'en saksbehandler', 'en sagsbehandler');
const DANO = [
  `${alt('tale', 'snakke', 'chatte', 'prate', 'blive stillet', 'bli satt', 'stille mig', 'sette meg', 'koble mig', 'koble meg', 'stil mig', 'sett meg')}(?: videre)? ${alt('med', 'til', 'over til', 'gjennom til', 'igennem til')} ${DANO_NOUN}`,
  `${alt('jeg vil gerne', 'jeg vil gjerne', 'jeg vil', 'jeg onsker', 'kan jeg fa', 'jeg skal have', 'jeg ma fa', 'jeg trenger', 'jeg har brug for', 'giv mig', 'gi meg')} ${alt('en medarbejder', 'en ansatt', 'et menneske', 'en rigtig person', 'en ekte person', 'en radgiver', 'en saksbehandler', 'en sagsbehandler')}`,
  `${alt('ikke en bot', 'ingen bot', 'ikke en robot', 'ingen robot', 'ikke med en bot', 'ikke med en robot')}`,
  `${alt('ring mig op', 'ring meg opp', 'ring mig', 'ring meg', 'kan i ringe mig', 'kan dere ringe meg', 'kan nogen ringe mig', 'kan noen ringe meg', 'blive ringet op', 'bli oppringt')}`,
  `${alt('er der', 'er det')} ${alt('et menneske', 'nogen rigtige', 'noen ekte', 'en rigtig person', 'en ekte person')}`,
];
// Finnish (normalised: ä ö → a o).
const FI_WITH = alt('asiakaspalvelija\\S*', 'asiakaspalvelu\\S*', 'ihmisen kanssa', 'oikean ihmisen kanssa', 'ihmiselle', 'oikealle ihmiselle', 'henkilon kanssa', 'tyontekija\\S*', 'virkailija\\S*', 'neuvoja\\S*', 'jonkun kanssa', 'esimiehe\\S*');
const FI = [
  `${alt('puhua', 'jutella', 'keskustella', 'saada puhua', 'yhdistaa', 'yhdistakaa', 'yhdista', 'ohjatkaa', 'siirtakaa', 'siirra')}(?: minut)? ${FI_WITH}`,
  `${FI_WITH} (?:\\S+ )?${alt('haluan puhua', 'haluaisin puhua', 'puhua')}`,
  `${alt('haluan', 'haluaisin', 'tarvitsen', 'saisinko', 'voisinko saada')} ${alt('asiakaspalvelijan', 'ihmisen', 'oikean ihmisen', 'ihmisasiakaspalvelijan', 'tyontekijan', 'virkailijan')}`,
  `${alt('en halua', 'en haluu', 'ei kiitos')} (?:\\S+ )?${alt('botin kanssa', 'botille', 'robotin kanssa', 'bottia', 'robottia', 'koneen kanssa')}`,
  `${alt('soittakaa minulle', 'soita minulle', 'voiko joku soittaa', 'voisiko joku soittaa', 'pyydan soittoa', 'soittopyynto')}`,
  `${alt('onko siella', 'onko taalla')} ${alt('ihminen', 'oikea ihminen', 'ketaan', 'joku')}`,
];
// Tagalog / Taglish.
const TL_PERSON = alt('agent', 'ahente', 'tao', 'totoong tao', 'customer service', 'csr', 'representative', 'rep', 'staff', 'empleyado', 'live agent', 'supervisor', 'manager');
const TL = [
  `${alt('makausap', 'kausapin', 'makipag-usap', 'makipag usap', 'kumausap', 'i-connect', 'iconnect', 'ikonekta', 'ipasa', 'i-transfer', 'itransfer')}(?: ${alt('ako', 'ko', 'nyo ako', 'niyo ako', 'po')})*(?: ${alt('sa', 'ng', 'kay', 'ang', 'ng isang', 'sa isang', 'ang isang')})? ${TL_PERSON}`,
  `${alt('gusto ko ng', 'gusto kong', 'kailangan ko ng', 'pahingi ng', 'hingi ng')}(?: ${alt('makausap na', 'kausap na')})? ${TL_PERSON}`,
  `${alt('ayoko ng', 'ayoko sa', 'ayaw ko ng', 'tama na ang', 'tama na sa')} ${alt('bot', 'robot', 'chatbot', 'automated')}`,
  `${alt('tawagan nyo ako', 'tawagan niyo ako', 'tawagan mo ako', 'pakitawagan ako', 'pwede nyo ba akong tawagan')}`,
  `${alt('may tao ba', 'may totoong tao ba', 'may agent ba')}`,
];
/** A negation right before a match ("不需要人工": the pattern "要人工" starts inside it, after "不需"). */
const CJK_NEG = /(?:不用|不要|不需要|不需|无需|無需|没必要|沒必要|必要ない|いらない|필요 없|ไม่ต้อง|ไม่อยาก|不)$/u;

interface Detector {
  readonly language: string;
  readonly pattern: RegExp;
  readonly blocked?: RegExp;
}

/** Whether a pattern source has a `|` outside every group and character class (then `word` would bound only its two ends). */
function topLevelAlternation(p: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * Every pattern {@link word}-bounded, as one alternation. The leading lookbehind, the same in every alternative, is
 * written once before the group: the same matches, but a position inside a word fails at once instead of once per
 * alternative (about five times faster over a customer message). Only when no pattern has an alternation of its own at
 * the top level, where `word` bounds the first and last branch only.
 */
function wordAlternation(patterns: readonly string[]): RegExp {
  if (patterns.some(topLevelAlternation)) return new RegExp(alt(...patterns.map(word)), 'gu');
  return new RegExp(`(?<!${L})${alt(...patterns.map((p) => `${p}(?!${L})`))}`, 'gu');
}

const latin = (language: string, patterns: readonly string[], blocked?: RegExp): Detector => ({
  language,
  pattern: wordAlternation(patterns),
  blocked: blocked ?? new RegExp(`(?<!${L})${LATIN_NEG[language] ?? '$^'}`, 'u'),
});
const spaceless = (language: string, patterns: readonly string[]): Detector => ({
  language,
  pattern: new RegExp(alt(...patterns), 'gu'),
  blocked: CJK_NEG,
});

const withIndirect = (language: string, patterns: readonly string[]): string[] => [...patterns, ...(INDIRECT[language] ?? []), ...(INDIRECT_SPACELESS[language] ?? []), ...(PERSON_ASKED_FOR[language] ?? []), ...(WHOM_TO_TALK_TO[language] ?? []), ...(CALL_BACK_ASKED[language] ?? []), ...(STAFF_ASKED[language] ?? [])];

const DETECTORS: readonly Detector[] = [
  latin('en', withIndirect('en', EN), EN_BLOCK),
  latin('es', withIndirect('es', ES)), latin('pt', withIndirect('pt', PT)), latin('fr', withIndirect('fr', FR)), latin('it', withIndirect('it', IT)), latin('de', withIndirect('de', DE)),
  latin('nl', withIndirect('nl', NL)), latin('id', withIndirect('id', ID)),
  latin('pl', withIndirect('pl', PL)), latin('tr', withIndirect('tr', TR)), latin('ru', withIndirect('ru', RU)), latin('ar', withIndirect('ar', AR)), latin('vi', withIndirect('vi', VI)), latin('sv', withIndirect('sv', SV)), latin('el', withIndirect('el', EL)), latin('hi', withIndirect('hi', HI)), latin('uk', withIndirect('uk', UK)), latin('cs', withIndirect('cs', CS)), latin('ro', withIndirect('ro', RO)), latin('he', withIndirect('he', HE)), latin('hu', withIndirect('hu', HU)), latin('da', withIndirect('da', DANO)), latin('fi', withIndirect('fi', FI)), latin('tl', withIndirect('tl', TL)),
  spaceless('ja', withIndirect('ja', [...JA, ...JA_EXTRA])), spaceless('zh', withIndirect('zh', [...ZH, ...ZH_EXTRA])), spaceless('ko', withIndirect('ko', KO)), spaceless('th', withIndirect('th', TH)),
];

/**
 * "Is there an actual person who reads these?", "¿alguien de verdad?", "in carne e ossa",
 * "prawdziwym konsultantem": a person marked as real, live or human is only ever wanted
 * instead of the bot — unless the customer asks whether the bot itself is one ("are you a
 * real person?", which ./human-request answers elsewhere) or speaks of the past.
 */
/** Languages written without spaces between words: their patterns take no word boundaries. */
const SPACELESS_LANGUAGES: ReadonlySet<string> = new Set(['ja', 'zh', 'ko', 'th']);
const REAL_PERSON: ReadonlyArray<readonly [string, RegExp]> = [
  ['en', new RegExp(word(`${alt('actual', 'real', 'live', 'living', 'human')} ${alt('person', 'people', 'human beings?', 'humans?', 'agents?', 'staff', 'employees?', 'representatives?', 'operators?', 'advis[eo]rs?')}`), 'u')],
  ['de', new RegExp(word(`${alt('echte[nrm]?', 'richtige[nrm]?', 'lebende[nrm]?', 'menschliche[nrm]?', 'reale[nrm]?')} ${alt('mensch(?:en)?', 'person(?:en)?', 'mitarbeiter(?:in|innen|n)?', 'berater(?:in)?', 'ansprechpartner(?:in)?')}|aus fleisch und blut`), 'u')],
  ['es', new RegExp(word(`${alt('alguien', 'persona', 'personas', 'humano', 'agente', 'asesor(?:a)?', 'operador(?:a)?')} ${alt('de verdad', 'real', 'reales', 'de carne y hueso', 'humano', 'humana')}|${alt('persona', 'agente', 'asesor')} ${alt('fisic[oa]', 'humano', 'humana')}`), 'u')],
  ['pt', new RegExp(word(`${alt('alguem', 'pessoa', 'pessoas', 'humano', 'atendente', 'atendimento')} ${alt('de verdade', 'real', 'reais', 'de carne e osso', 'humano')}`), 'u')],
  ['fr', new RegExp(word(`${alt('vraie? personne', 'vrai humain', 'vrais? conseillers?', 'vraie conseillere', 'personne reelle', 'personne physique', "quelqu'un de reel", 'en chair et en os', 'conseiller humain', 'etre humain')}`), 'u')],
  ['it', new RegExp(word(`${alt('qualcuno', 'persona', 'persone', 'operatore', 'operatrice', 'umano')} ${alt('vero', 'vera', 'vere', 'veri', 'reale', 'reali', 'in carne e ossa', 'umano', 'umana')}`), 'u')],
  ['nl', new RegExp(word(`${alt('echte?', 'levende?')} ${alt('mens(?:en)?', 'persoon', 'personen', 'medewerker(?:s)?')}|van vlees en bloed`), 'u')],
  ['pl', new RegExp(word(`${alt('prawdziw\\S*', 'zyw\\S*', 'ludzk\\S*')} ${alt('osob\\S*', 'czlowiek\\S*', 'konsultant\\S*', 'pracownik\\S*', 'ludzi\\S*')}`), 'u')],
  ['tr', new RegExp(word(`${alt('gercek', 'canli')} (?:bir )?${alt('insan\\S*', 'kisi\\S*', 'temsilci\\S*', 'destek\\S*', 'operator\\S*')}`), 'u')],
  ['cs', new RegExp(word(`${alt('ziv\\S*', 'skutecn\\S*', 'opravdov\\S*', 'realn\\S*')} ${alt('clovek\\S*', 'lidi', 'lidmi', 'osob\\S*', 'operator\\S*', 'pracovnik\\S*')}`), 'u')],
  ['ro', new RegExp(word(`${alt('om', 'persoana', 'operator', 'agent', 'cineva', 'oameni')} ${alt('real', 'reala', 'reali', 'adevarat', 'adevarata', 'in carne si oase')}|om viu`), 'u')],
  ['he', new RegExp(word(`${alt('בן אדם', 'אדם', 'נציג', 'נציגה', 'מישהו', 'אנשים')} ${alt('אמיתי', 'אמיתית', 'אמיתיים', 'חי', 'אנושי', 'אנושית')}`), 'u')],
  ['hu', new RegExp(word(`${alt('elo', 'valodi', 'igazi', 'hus-ver')} ${alt('ember\\S*', 'ugyintezo\\S*', 'munkatars\\S*', 'szemely\\S*')}`), 'u')],
  ['da', new RegExp(word(`${alt('rigtig[et]?', 'aegte', 'ekte', 'levende', 'virkelig[et]?')} ${alt('person(?:er)?', 'menneske[rt]?', 'mennesker', 'medarbejder(?:e)?', 'ansatte?')}`), 'u')],
  ['fi', new RegExp(word(`${alt('oikea', 'oikean', 'oikealle', 'elava', 'elavan', 'aito', 'aidon')} ${alt('ihminen', 'ihmisen', 'ihmiselle', 'asiakaspalvelija\\S*', 'henkilo\\S*')}`), 'u')],
  ['tl', new RegExp(word(`${alt('totoong', 'tunay na', 'buhay na')} ${alt('tao', 'agent', 'ahente', 'empleyado')}`), 'u')],
  ['uk', new RegExp(word(`${alt('жив\\S*', 'справжн\\S*', 'реальн\\S*')} ${alt('людин\\S*', 'люд\\S*', 'оператор\\S*', 'працівник\\S*', 'консультант\\S*')}`), 'u')],
  ['ru', new RegExp(word(`${alt('жив\\S*', 'реальн\\S*', 'настоящ\\S*')} ${alt('человек\\S*', 'люд\\S*', 'оператор\\S*', 'сотрудник\\S*', 'консультант\\S*')}`), 'u')],
  ['ja', /人間の(?:担当|オペレーター|スタッフ|方)|生身の|本物の人|実際の人/u],
  ['ko', /(?:상담원|상담사|직원|사람)(?:이랑|랑|과|와|하고)? ?(?:직접 )?(?:통화|얘기|이야기|대화|연결)/u],
  // Staff nouns the lists above lack, a real one who should look at the case, anyone at the other end (./lang/real-person-asked.ts).
  ...REAL_PERSON_ASKED.map(([language, source]) => [language, new RegExp(SPACELESS_LANGUAGES.has(language) ? source : word(source), 'u')] as const),
];
/** The bot fell short and a person of the company is named (./lang/bot-fell-short.ts), per language. */
const BOT_FELL: ReadonlyArray<{ language: string; bot: RegExp; fails: RegExp; staff: RegExp }> = Object.entries(BOT_FELL_SHORT).map(([language, t]) => {
  const bounded = (source: string): string => (SPACELESS_LANGUAGES.has(language) ? `(?:${source})` : `(?<!${L})(?:${source})`);
  return { language, bot: new RegExp(bounded(t.bot), 'gu'), fails: new RegExp(bounded(t.fails), 'u'), staff: new RegExp(bounded(t.staff), 'gu') };
});
/** "Are you a real person?", "sei una persona vera?": a question about the bot, not a request. */
const ABOUT_THE_BOT = new RegExp(
  `(?<!${L})${alt('are you', 'r u', 'is this', 'do', 'does', 'will', 'am i (?:talking|speaking|chatting) (?:to|with)', 'bist du', 'sind sie', 'eres', 'es usted', 'estoy hablando con', 'es-tu', 'etes-vous', 'tu es', 'vous etes', 'voce e', 'vc e', 'sei', 'e un', 'ben je', 'bent u', 'jestes', 'czy to', 'sen', 'siz', 'ты', 'вы', 'это', 'ти', 'ви', 'це', 'чи ти', 'чи ви', 'jsi', 'jste', 'mluvim s', 'pisu s', 'esti', 'sunteti', 'vorbesc cu', 'אתה', 'את', 'אתם', 'האם אתה', 'האם זה', 'זה', 'on', 'maga', 'te egy', 'ez egy', 'er du', 'er i', 'er dere', 'er det', 'oletko', 'olet', 'onko tama', 'ikaw ba', 'bot ka ba', 'tao ka ba')} (?:[^\\s,.;!?]+ ){0,2}$|あなたは|君は|你是|您是|너는|당신은|봇이에요`,
  'u',
);

/** Whole-message requests: "agent", "human please", "人工", "オペレーター", "상담원". */
const BARE: ReadonlyArray<readonly [string, RegExp]> = [
  ['en', /^(?:(?:please|pls|plz) )?(?:(?:a|an) )?(?:(?:real|live|human|actual) )*(?:human|person|agent|representative|rep|operator|customer service|customer support|live chat|human support|supervisor|staff|someone|somebody|support agent)(?: (?:please|pls|plz|now|asap|right now|thanks))*$/u],
  ['es', /^(?:un |una )?(?:agente|asesor|asesora|operador|humano|persona|persona real)(?: (?:por favor|porfa|ya))*$/u],
  ['pt', /^(?:atendente|atendimento humano|humano)(?: (?:por favor|pfv|pf|ja))*$/u],
  ['fr', /^(?:un )?(?:conseiller|humain|operateur|agent)(?: (?:svp|s'il vous plait|s'il te plait))*$/u],
  ['de', /^(?:mitarbeiter|mensch|berater|kundenberater)(?: bitte)?$/u],
  ['ja', /^(?:オペレーター|オペレータ|担当者|有人対応)(?:を|で)?(?:お願いします|お願い|希望|希望します)?$/u],
  ['zh', /^(?:人工|真人|客服|人工服务|人工服務)(?:客服)?$/u],
  ['ko', /^(?:상담원|상담사)(?: ?연결)?(?: ?부탁(?:드려요|합니다|해요))?$/u],
  ['it', /^(?:un )?(?:operatore|operatrice|umano|persona reale)(?: (?:per favore|per piacere|subito))*$/u],
  ['nl', /^(?:een )?(?:medewerker|mens)(?: (?:graag|alstublieft|aub|nu))*$/u],
  ['pl', /^(?:konsultant|czlowiek|operator)(?: (?:prosze|teraz))*$/u],
  ['tr', /^(?:musteri temsilcisi|temsilci|canli destek|yetkili|operator)(?: (?:lutfen|istiyorum|hemen))*$/u],
  ['ru', /^(?:оператор|оператора|человек|живои человек|менеджер|консультант)(?: (?:пожалуиста|срочно|сеичас))*$/u],
  ['cs', /^(?:operator|operatora|operatorka|clovek|zivy clovek|podpora)(?: (?:prosim|ted|hned))*$/u],
  ['ro', /^(?:operator|un operator|om|un om real|agent|consultant)(?: (?:va rog|te rog|acum|urgent))*$/u],
  ['he', /^(?:נציג|נציגה|נציג אנושי|בן אדם|מוקדן)(?: (?:בבקשה|עכשיו|דחוף))*$/u],
  ['hu', /^(?:ugyintezo|ugyintezot|operator|elo ember|ember|ugyfelszolgalat)(?: (?:kerem|kerek|legyszi|most|azonnal))*$/u],
  ['da', /^(?:en )?(?:medarbejder|menneske|kundeservice|ansatt|et menneske)(?: (?:tak|takk|nu|na|please))*$/u],
  ['fi', /^(?:asiakaspalvelija|ihminen|oikea ihminen|asiakaspalvelu)(?: (?:kiitos|heti|nyt))*$/u],
  ['tl', /^(?:ahente|live agent|csr|totoong tao)(?: (?:po|please|pls|na|ngayon))*$/u],
  ['uk', /^(?:оператор|оператора|людина|жива людина|живу людину|менеджер|консультант)(?: (?:будь ласка|терміново|зараз))*$/u],
  ['ar', /^(?:موظف|خدمه العملاء|شخص حقيقي|انسان)(?: (?:لو سمحت|من فضلك|الحين|الان))*$/u],
  ['vi', /^(?:nhan vien|tu van vien|gap nhan vien|nguoi that)(?: (?:oi|di|a|nhe))*$/u],
  ['th', /^(?:เจ้าหน้าที่|พนักงาน|แอดมิน)(?:ครับ|ค่ะ|คะ|หน่อย)*$/u],
];

/**
 * Words of opening hours and days ("on weekends", "what time", "24/7", "horario", "am Wochenende", "営業時間",
 * "주말", "giờ làm việc"): a question that names them asks WHEN people can be reached ("can I speak to an agent on
 * Sundays?", "¿a qué hora puedo hablar con un asesor?") — the bot answers with the hours. Normalised text, matched
 * as substrings, so a few stems cover the inflections.
 */
const SCHEDULE = new RegExp(
  alt(
    // en, es, fr, de, pt, it, nl
    'weekends?', 'week-ends?', 'opening hours', 'business hours', 'office hours', 'working hours', 'what time', 'what hours', 'which hours', 'around the clock', '24/7', 'sundays?', 'saturdays?', 'bank holidays?', 'public holidays?',
    'fines? de semana', 'horarios?', 'a que hora', 'domingos?', 'sabados?', 'festivos?', 'dias habiles',
    'heures d.ouverture', 'a quelle heure', 'le dimanche', 'le samedi', 'jours? feries?',
    'wochenende', 'offnungszeiten', 'geschaftszeiten', 'uhrzeit', 'wie viel uhr', 'wieviel uhr', 'rund um die uhr', 'sonntags?', 'samstags?', 'feiertag',
    'fins? de semana', 'que horas', 'feriados?', 'fine settimana', 'orari', 'a che ora', 'domenica', 'sabato', 'festivi',
    'openingstijden', 'hoe laat', 'zondags?', 'zaterdags?', 'feestdag',
    // pl, ru, uk, tr, id, vi, hi
    'godzin[ay]? (?:pracy|otwarcia)', 'o ktorej', 'calodobow', 'w niedziel', 'w sobot', 'w weekend',
    'выходны', 'часы работы', 'во сколько', 'круглосуточн', 'в воскресень', 'в суббот', 'праздничн',
    'вихідн', 'години роботи', 'цілодобов', 'о котрій',
    'hafta sonu', 'calisma saat', 'saat kacta', '7/24', 'pazar gunu', 'cumartesi', 'bayram',
    'akhir pekan', 'hari libur', 'jam operasional', 'jam kerja', 'jam berapa', 'hari minggu', 'hari sabtu',
    'cuoi tuan', 'gio lam viec', 'luc may gio', 'chu nhat', 'ngay le',
    'सप्ताहांत', 'वीकेंड', 'कितने बजे', 'रविवार', 'शनिवार', 'छुट्टी के दिन',
    // ar, th, ja, zh, ko
    'نهايه الاسبوع', 'ساعات العمل', 'اي ساعه', 'على مدار الساعه', 'يوم الجمعه', 'ايام العطل',
    'วันหยุด', 'เสาร์อาทิตย์', 'เวลาทำการ', 'กี่โมง',
    '土日', '週末', '営業時間', '受付時間', '何時(?:に|から|まで)', '祝日', '夜間', '休日',
    '周末', '营业时间', '營業時間', '服务时间', '服務時間', '几点', '幾點', '节假日', '節假日',
    '주말', '운영 ?시간', '상담 ?시간', '몇 ?시(?:에|부터|까지)', '공휴일', '야간',
  ),
  'u',
);

/**
 * The sentence around a match ends in a question mark and names opening hours or days: a question about when
 * people can be reached, not a request to reach one now.
 */
function asksAboutHours(normalized: string, at: number): boolean {
  const before = normalized.slice(0, at);
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？')) + 1;
  const rest = normalized.slice(at);
  const stop = rest.search(/[.!?。！？]/u);
  if (stop < 0 || !/[?？]/u.test(rest[stop] ?? '')) return false;
  return SCHEDULE.test(normalized.slice(start, at + stop));
}

/**
 * "Do you have human support?", "vocês têm atendimento humano?", "¿tienen atención con personas reales?", "у вас есть
 * живые операторы?": a question whose verb is the company having or offering something asks what the service offers,
 * which the bot answers; asking to be put through ("can I talk to a person?") is not this form. Normalised text.
 */
const OFFERS = new RegExp(
  `^[¿¡\\s]*${alt(
    'do you (?:guys )?(?:have|offer|provide)', 'does (?:the|your) (?:app|company|service|platform|exchange|website|site) (?:have|offer|provide)', 'do you (?:guys )?still have',
    'voces (?:tem|oferecem|possuem)', 'voce (?:tem|oferece)', 'o (?:app|aplicativo) tem', 'tienen', 'ustedes tienen', 'ofrecen', 'la (?:app|aplicacion) tiene',
    'avez-vous', 'vous avez', 'est-ce que vous avez', 'proposez-vous', 'haben sie', 'habt ihr', 'bieten sie', 'avete', 'offrite', 'hebben jullie', 'heeft de app',
    'у вас есть', 'есть ли у вас', 'macie', 'czy macie', 'var mi',
  )}(?!${L})`,
  'u',
);

/**
 * "Are your support agents real people or is it all automated?", "Sind eure Support-Mitarbeiter echte Menschen?", "¿Sus agentes
 * son personas reales?": a yes/no question whose subject is the company's staff asks what they are, which the bot answers,
 * like {@link OFFERS}; "is anyone real there?" or "are you a real person?" (the one chatting) is not this form. Normalised text.
 */
const ABOUT_STAFF = new RegExp(
  `^[¿¡\\s]*${alt(
    '(?:are|is) (?:your|the) (?:\\S+ ){0,2}(?:agents?|staff|operators?|advis[eo]rs?|team|employees|representatives?|reps)',
    'sind (?:eure|ihre|die) (?:\\S+ ){0,2}(?:\\S*mitarbeiter(?:innen)?|berater(?:innen)?|agenten)', 'ist (?:euer|ihr|der) (?:\\S+ )?(?:support|kundendienst|kundenservice)',
    '(?:sus|los|vuestros) (?:\\S+ )?(?:agentes|asesores|operadores|empleados) son', 'vos (?:\\S+ )?(?:conseillers|agents|operateurs|conseilleres) sont', 'est-ce que vos (?:\\S+ )?(?:conseillers|agents|operateurs) sont',
    '(?:os )?(?:seus|vossos) (?:\\S+ )?(?:atendentes|agentes|operadores) sao', 'i vostri (?:\\S+ )?(?:operatori|agenti|consulenti) sono', 'zijn (?:jullie|uw|de) (?:\\S+ )?(?:medewerkers|agenten)',
    'ваши (?:\\S+ )?(?:операторы|сотрудники|консультанты)',
  )}(?!${L})[^?？]*${alt('real', 'actual', 'humans?', 'people', 'persons?', 'echte', 'richtige', 'menschen', 'menschlich', 'personas', 'humanos', 'reales', 'vrais', 'humains', 'personnes', 'pessoas', 'reais', 'persone', 'umani', 'veri', 'echt', 'mensen', 'живые', 'люди', 'реальные')}(?!${L})`,
  'u',
);

/** "…a human I can talk to?", "…alguien con quien pueda hablar?": the customer in the question wants one. */
const ASKER = new RegExp(`(?<!${L})${alt('i', 'me', 'eu', 'yo', 'puedo', 'pueda', 'je', 'ich', 'io', 'ik', 'я', 'мне', 'ja')}(?!${L})`, 'u');

/**
 * A request declined in the same breath: a "not needed" said after the request ("オペレーターにつながなくて大丈夫です",
 * "상담원 연결 안 해주셔도 돼요", "temsilciye bağlamanıza gerek yok", "转人工就不用了", "un conseiller n'est pas nécessaire",
 * "a human isn't needed"), or a negation inside the request itself ("ich brauche KEINEN Mitarbeiter", "ik hoef GEEN
 * medewerker", "jag behöver INGEN handläggare"). Verb-final languages, and polite refusals everywhere, put the
 * "no need" last; the prefix check of each language ({@link LATIN_NEG}, {@link CJK_NEG}) never sees it. Normalised text.
 */
const DECLINED_AFTER = new RegExp(
  `^([^.!?。！？]{0,14}?)${alt(
    // ja, ko, zh
    'なくて(?:も)?(?:大丈夫|いい|結構|平気|構いません|かまいません)', 'なくていい', '(?:は|は特に)?(?:必要|不要)(?:は)?(?:ない|ありません|です)', '結構です', 'いりません', 'いらない',
    '안 ?(?:해 ?주셔도|해도|하셔도) ?(?:돼|되|괜찮)', '하지 ?않(?:아|으셔)도', '필요 ?(?:없|는 없)',
    '(?:就|也|倒是)?(?:不用|不需要|没必要|沒必要|无需|無需|不必)(?:了|啦|吧)?(?:[,，、。!！ ]|$)',
    // tr, hi
    'gerek ?(?:yok|kalmadi|duymuyorum)', 'gerekmiyor', 'gerekmez', 'lazim degil', 'istemiyorum', 'ihtiyacim yok', 'ihtiyac yok',
    'नहीं चाहिए', 'की (?:ज़|ज)रूरत नहीं', 'zaroorat nahi', 'jarurat nahi', 'nahi chahiye',
    // en, de, nl, sv, da
    "(?:is|are|isn'?t|is not|won'?t be|will not be) (?:not )?(?:needed|necessary|required)", 'not (?:needed|necessary|required)',
    '(?:ist )?nicht (?:notig|notwendig|erforderlich)', 'brauche ich nicht', 'brauch ich nicht', 'muss nicht sein',
    '(?:is )?niet nodig', 'hoeft niet', 'behovs inte', '(?:ar )?inte nodvandigt', 'ikke nodvendig', 'er ikke nodvendigt', 'behoves ikke',
    // fr, es, pt, it
    "n'?est pas (?:necessaire|utile)", "(?:c'est )?pas (?:la peine|necessaire)",
    'no (?:es|hace) (?:necesario|falta)', 'no hace falta', 'no es necesario', 'nao (?:e|eh) (?:necessario|preciso)', 'nao precisa', 'non (?:e )?(?:serve|necessario|occorre|c.e bisogno)',
    // pl, cs, ru, uk, el, vi, id, ar, he
    'nie (?:trzeba|jest potrzebn\\S*|musi)', 'niepotrzebn\\S*', 'neni (?:potreba|nutn\\S*)', 'nepotrebuj\\S*', 'не (?:нужно|надо|обязательно|требуется)', 'не потрібно', 'не треба',
    'δεν (?:χρειαζεται|ειναι απαραιτητο)', 'khong can', 'ko can', 'tidak perlu', 'gak perlu', 'nggak perlu', 'ga perlu', 'tak perlu',
    'مش لازم', 'غير ضروري', 'لا داعي', 'لا حاجه', 'אין צורך', 'לא צריך',
  )}`,
  'u',
);
/** A negation word inside the request itself, where the language puts it after the verb ("ich brauche keinen Mitarbeiter"). */
const NEGATED_INSIDE = new RegExp(`(?<!${L})${alt('kein', 'keine', 'keinen', 'nicht', 'geen', 'niet', 'ingen', 'inte', 'ikke', 'ikkje')}(?!${L})`, 'u');
/** Words of the bot: "I don't want a bot" is a request BECAUSE it is negated. */
const BOT_WORD = new RegExp(`(?<!${L})${alt('bot', 'bots', 'chatbot', 'robot', 'roboter', 'machine', 'maschine', 'automat', 'ai', 'ki', 'ia')}(?!${L})`, 'u');

const CJK_BOT = /机器人|機器人|ロボット|ボット|チャットボット|봇|자동 ?응답|AI/u;

/**
 * A person named in a comparison is praise of the bot, not a request: "more helpful than a real person", "besser als ein
 * echter Mitarbeiter", "mieux qu'un vrai conseiller", "mejor que una persona real", "比真人客服还好用", "人間のオペレーターより早い".
 * A comparative word, then "than", right before the person; in Chinese 比 before it, in Japanese より after it. Normalised text.
 */
const COMPARED_BEFORE = new RegExp(
  `(?<!${L})${alt(
    'better', 'faster', 'quicker', 'nicer', 'smarter', 'easier', 'kinder', 'more \\p{L}+', 'besser', 'schneller', 'netter', 'kompetenter', 'mieux', 'plus \\p{L}+',
    'mejor', 'mas \\p{L}+', 'meglio', 'piu \\p{L}+', 'melhor', 'mais \\p{L}+', 'beter', 'sneller', 'battre', 'snabbare', 'lepsi', 'rychlejsi', 'lepiej', 'szybciej',
    'καλυτερα', 'καλυτερος', 'γρηγοροτερα', 'افضل', 'اسرع', 'daha iyi', 'лучше', 'быстрее',
  )} ${alt('than', 'als', 'que', "qu'? ?une?", 'di', 'do que', 'dan', 'an', 'nez', 'niz', 'απο', 'من', 'чем')}(?: \\p{L}+)?\\s*$|比$`,
  'u',
);
/** Whether the person that matched at `index` is the other side of a comparison (see {@link COMPARED_BEFORE}). */
function compared(normalized: string, index: number, matched: string): boolean {
  return COMPARED_BEFORE.test(normalized.slice(Math.max(0, index - 40), index)) || /^(?:より|よりも)/u.test(normalized.slice(index + matched.length));
}

/** Whether the request that matched at `index` is declined by what follows it or negated inside it. */
function declined(normalized: string, index: number, matched: string): boolean {
  if (NEGATED_INSIDE.test(matched) && !BOT_WORD.test(matched)) return true;
  const after = DECLINED_AFTER.exec(normalized.slice(index + matched.length, index + matched.length + 48));
  // "a human, not a bot", "转人工，不需要机器人": what is declined after the bot is the bot.
  return after !== null && !BOT_WORD.test(after[1] ?? '') && !CJK_BOT.test(after[0]);
}

/**
 * "is er iemand die weet hoe ik mijn factuur kan downloaden?", "gibt es jemanden, der weiß, wie …", "czy jest ktoś, kto wie,
 * jak …", "есть кто-нибудь, кто знает, как …": the person is asked after only as one who knows something, and what follows
 * is the question itself (how, where, whether, which …). The same idiom as "does anyone know…", "weiß jemand…",
 * "quelqu'un sait…", "¿alguien sabe…": a question for information, which the bot answers, not a request for a person.
 * Right after the matched words: an optional relative pronoun ("who", "die", "der", "qui", "kto", "кто"), a verb of knowing,
 * then a question word. "…who knows what they're doing?" asks about the staff, not for information: a question word
 * followed by a person other than the writer does not count. Normalised text (accents folded, ß as ss).
 */
const KNOWS_THEN_ASKS = new RegExp(
  `^[\\s,]*(?:${alt('here', 'there', 'hier', 'daar', 'ici', 'la', 'aqui', 'ahi', 'qui', 'tutaj', 'tu', 'здесь', 'тут', 'har', 'her')} )?[\\s,]*` +
    `(?:${alt('who', 'that', 'which', 'die', 'dat', 'der', 'das', 'welche[rs]?', 'qui', 'que', 'quien', 'che', 'kto', 'ktory', 'ktora', 'кто', 'который', 'которая', 'хто', 'який', 'som', 'kdo', 'ktery')}[\\s,]+)?` +
    `(?:${alt('maybe', 'perhaps', 'vielleicht', 'misschien', 'peut-etre', 'quizas', 'talvez', 'forse', 'moze', 'может', 'kanske', 'zufallig', 'toevallig', 'actually', 'really')}[\\s,]+)?` +
    `${alt('knows?', 'would know', 'might know', 'weet', 'weten', 'weiss', 'weisst', 'wisst', 'wissen', 'sait', 'savent', 'saurait', 'sabe', 'sepa', 'sabria', 'saben', 'sa', 'sappia', 'saprebbe', 'sanno', 'saiba', 'saberia', 'wie', 'wiedza', 'wiedzialby', 'знает', 'знают', 'знаете', 'знає', 'знають', 'vet', 'ved', 'vi', 'vite')}` +
    `[\\s,]+(?:${alt('maybe', 'vielleicht', 'misschien', 'zufallig', 'toevallig', 'por casualidad', 'par hasard', 'per caso', 'por acaso', 'przypadkiem', 'случайно', 'till exempel')}[\\s,]+)?` +
    `${alt('how', 'where', 'when', 'whether', 'if', 'what', 'which', 'why', 'wie', 'wo', 'woher', 'wohin', 'wann', 'ob', 'was', 'welche[rsnm]?', 'warum', 'wieso', 'hoe', 'waar', 'wanneer', 'of', 'wat', 'welke', 'waarom', 'comment', 'ou', 'quand', 'si', "s'il", 'quel(?:le)?s?', 'pourquoi', 'combien', 'como', 'donde', 'adonde', 'cuando', 'que', 'cual(?:es)?', 'cuanto', 'por que', 'come', 'dove', 'quando', 'se', 'qual(?:e|i)?', 'perche', 'cosa', 'quanto', 'onde', 'porque', 'jak', 'gdzie', 'kiedy', 'czy', 'co', 'ile', 'dlaczego', 'как', 'где', 'когда', 'ли', 'что', 'сколько', 'почему', 'куда', 'як', 'де', 'коли', 'чи', 'що', 'hur', 'var', 'nar', 'om', 'vad', 'vilken', 'vilket', 'varfor', 'hvordan', 'hvor', 'hvornar', 'hvad', 'kde', 'kdy', 'zda', 'proc')}(?!${L})` +
    `(?!\\s+${alt('they', 'he', 'she', "they're", "he's", "she's", 'you', "you're", 'u', 'hij', 'zij', 'ze', 'jullie', 'sie', 'er', 'ihr', 'ils', 'elle', 'elles', 'vous', 'ellos', 'ellas', 'ustedes', 'loro', 'voi', 'eles', 'elas', 'voces', 'oni', 'wy', 'они', 'вы', 'вони', 'ви', 'han', 'hon')}(?!${L}))`,
  'u',
);

/** A person to be reached, named in the question that follows ("… weet hoe ik een MEDEWERKER kan spreken?"): that is still a request. */
const PERSON_IN_QUESTION = new RegExp(
  `(?<!${L})${alt('humans?', 'persons?', 'agents?', 'representatives?', 'reps?', 'operators?', 'employees?', 'staff', 'advis[eo]rs?', 'supervisors?', 'managers?', 'mens', 'medewerker', 'persoon', 'mitarbeiter(?:in)?', 'mensch(?:en)?', 'berater(?:in)?', 'conseill(?:er|ere)', 'humain', 'personne', 'humano', 'persona', 'agente', 'asesor(?:a)?', 'operador(?:a)?', 'operatore', 'pessoa', 'atendente', 'konsultant(?:a|em)?', 'czlowiek(?:iem)?', 'pracownik(?:iem)?', 'оператор\\p{L}*', 'человек\\p{L}*', 'консультант\\p{L}*', 'сотрудник\\p{L}*', 'handlaggare', 'manniska', 'medarbetare', 'operator')}(?!${L})`,
  'u',
);

/** Whether the person matched at `index` is asked after only as one who knows the answer to a question that follows ({@link KNOWS_THEN_ASKS}). */
function knowsAsked(normalized: string, index: number, matched: string): boolean {
  const rest = normalized.slice(index + matched.length);
  const sentence = rest.slice(0, Math.max(0, rest.search(/[.!?。！？]/u)) || rest.length);
  return KNOWS_THEN_ASKS.test(rest.slice(0, 80)) && !PERSON_IN_QUESTION.test(sentence);
}

/**
 * "Can someone email me the invoice?", "could a person text me the code": a document or a detail asked to be sent, which
 * the match's writing verb takes as its object; a way of sending, not a person to deal with (round 20). "Can someone
 * email me?" and "have someone email me about the refund" still ask for a person.
 */
const SENT_THING = /^ (?:the|a|an|my|our|your|it|this|that|these|those|some|any|copies|a copy|details|info|information|invoices?|receipts?|statements?|links?|forms?|documents?|confirmation|codes?|tickets?|password|pin)\b/u;
function sentOnly(normalized: string, index: number, match: string): boolean {
  return /(?:email|e-mail|mail|text|message|send)(?: me| us)$/u.test(match) && SENT_THING.test(normalized.slice(index + match.length));
}

/**
 * Misspellings of the words a request for a person is made of, written in a hurry ("can i speek to somone plese"), put
 * right before matching (round 20). None is a word of any language the detectors read (so not "u": Dutch "kunt u
 * mij bellen", nor "pleas" or "manger").
 */
const EN_TYPOS: ReadonlyMap<string, string> = new Map(Object.entries({
  speek: 'speak', spek: 'speak', speakk: 'speak', spk: 'speak', tlk: 'talk', tak: 'talk', tallk: 'talk',
  somone: 'someone', someon: 'someone', soemone: 'someone', somoene: 'someone', sum1: 'someone', some1: 'someone', sombody: 'somebody', somebdy: 'somebody', sombdy: 'somebody',
  plese: 'please', pleae: 'please', pleaes: 'please', plz: 'please', pls: 'please', plox: 'please',
  humn: 'human', humen: 'human', hooman: 'human', huamn: 'human', persn: 'person', preson: 'person', peson: 'person', perosn: 'person',
  agnet: 'agent', agant: 'agent', aggent: 'agent', representitive: 'representative', represenative: 'representative', reprsentative: 'representative', repersentative: 'representative',
  operater: 'operator', opperator: 'operator', supervisr: 'supervisor', superviser: 'supervisor', manageer: 'manager', mangager: 'manager',
}));
const withoutTypos = (s: string): string => s.replace(/[\p{L}\p{N}]+/gu, (w) => EN_TYPOS.get(w) ?? w);

/** {@link LATIN_NEG} of each language as a regex, compiled once (not per person named). */
const NEGATED_BEFORE: ReadonlyMap<string, RegExp> = new Map(Object.entries(LATIN_NEG).map(([language, neg]) => [language, new RegExp(`(?<!${L})${neg}`, 'u')]));

/**
 * The guards of a person named outside the request patterns (the real-person check and the bot-fell-short check of
 * {@link detectHumanRequest}): a question about the bot itself, a negation or an English "no need" right before the
 * person (`prefix`: up to 40 characters before the match), opening hours or the fallback asked about, a request declined,
 * compared or only for something sent.
 */
function personHeldBack(normalized: string, language: string, m: RegExpMatchArray & { index: number }, prefix: string): boolean {
  if (ABOUT_THE_BOT.test(prefix)) return true;
  const neg = NEGATED_BEFORE.get(language);
  if (neg !== undefined && neg.test(prefix)) return true;
  if (language === 'en' && EN_BLOCK.test(prefix)) return true;
  if (asksAboutHours(normalized, m.index) || asksAboutFallback(normalized, m.index)) return true;
  return declined(normalized, m.index, m[0]) || compared(normalized, m.index, m[0]) || sentOnly(normalized, m.index, m[0]);
}

/** Detect an explicit request for a human agent in `text`. */
export function detectHumanRequest(text: string): HumanRequestResult {
  const normalized = withoutTypos(normalizeText(text));
  if (normalized.length === 0) return { matched: false };

  const bare = normalized.replace(/[^\p{L}\p{N}\s']/gu, ' ').replace(/\s+/g, ' ').trim();
  for (const [language, re] of BARE) {
    if (re.test(bare)) return { matched: true, evidence: bare, language };
  }

  if (/[?？]\s*$/u.test(normalized) && (OFFERS.test(normalized) || ABOUT_STAFF.test(normalized)) && !ASKER.test(normalized)) return { matched: false, held: true };
  let held = false;
  for (const detector of DETECTORS) {
    for (const m of allMatches(detector.pattern, normalized)) {
      const prefix = normalized.slice(Math.max(0, m.index - 40), m.index);
      held = true;
      if (detector.blocked?.test(prefix) === true) continue;
      // Inside quotes the customer is quoting (a button label, an email), not asking.
      if (((normalized.slice(0, m.index).match(/"/g) ?? []).length) % 2 === 1) continue;
      if (asksAboutHours(normalized, m.index) || asksAboutFallback(normalized, m.index)) continue;
      if (declined(normalized, m.index, m[0]) || compared(normalized, m.index, m[0]) || knowsAsked(normalized, m.index, m[0]) || sentOnly(normalized, m.index, m[0])) continue;
      return { matched: true, evidence: m[0], language: detector.language };
    }
  }
  for (const [language, re] of REAL_PERSON) {
    const m = re.exec(normalized);
    if (m === null) continue;
    const prefix = normalized.slice(Math.max(0, m.index - 40), m.index);
    held = true;
    if (/[?？]\s*$/u.test(normalized) && /(?:^|\s)(?:bot|ai|robot)(?:\s|$)/u.test(prefix)) continue;
    if (personHeldBack(normalized, language, m, prefix)) continue;
    return { matched: true, evidence: m[0], language };
  }
  // The bot fell short ("keeps sending the same link", "自動応答じゃ判断できない") and a person of the company is named anywhere
  // in the message: that person is wanted. The real-person guards apply to the person named.
  // The failure is looked for near the bot's name but not inside the person's own clause ("बॉट ठीक है, इंसान से बात नहीं
  // करनी": the negation after the person declines the person, the bot did not fail).
  for (const { language, bot, fails, staff } of BOT_FELL) {
    // allMatches, not matchAll: matchAll runs a copy of the regex, made per call (see allMatches).
    const bots = allMatches(bot, normalized);
    if (bots.length === 0) continue;
    for (const m of allMatches(staff, normalized)) {
      const failedBefore = (b: RegExpExecArray): boolean => {
        const from = Math.max(0, b.index - FAIL_WINDOW);
        const to = b.index + b[0].length + FAIL_WINDOW;
        return b.index < m.index ? fails.test(normalized.slice(from, Math.min(to, m.index))) : fails.test(normalized.slice(Math.max(from, m.index + m[0].length), to));
      };
      if (!bots.some(failedBefore)) continue;
      const prefix = normalized.slice(Math.max(0, m.index - 40), m.index);
      held = true;
      if (SPACELESS_LANGUAGES.has(language) && CJK_NEG.test(prefix)) continue;
      if (personHeldBack(normalized, language, m, prefix)) continue;
      return { matched: true, evidence: m[0], language };
    }
  }
  return held ? { matched: false, held: true } : { matched: false };
}
