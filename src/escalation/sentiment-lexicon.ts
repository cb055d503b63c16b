/**
 * Word lists for {@link LexiconSentimentScorer}. Keys are in {@link normalizeText}
 * form (lower-case, no accents: "péssimo" → "pessimo", "wütend" → "wutend",
 * Arabic letters folded). A key ending in `*` matches any word it begins
 * ("wkurz*" → wkurzony, wkurzona; "ужас*" → ужасно, ужасныи), for languages that
 * inflect. Valences follow the VADER scale (about -4..+4).
 *
 * Support-chat specific: complaint vocabulary a bot can handle ("late", "problem")
 * is only mildly negative; anger, insults, profanity and accusations are strongly
 * negative. Words that describe an incident rather than an emotion ("fraud",
 * "stolen", "scam") are only mildly negative here: the situation detector
 * (./situations.ts) decides about incidents, with its near-miss guards, so a
 * question such as "how do I report fraud?" does not read as anger. Repetition
 * ("third time", "again") is not here either: it is repeated frustration
 * (./situations.ts), not sentiment.
 *
 * All Latin, Cyrillic and Arabic-script languages share one table, so a key must
 * not be an everyday word of another language ("con", "te", "la" are not keys).
 */
import { MORE_NEGATORS } from './lang/asked-not-told.js';
import { ANGER_MORE } from './sentiment-lexicon-r14.js';
import { ANGER_R20, SPACELESS_ANGER_R21 } from './sentiment-lexicon-r20.js';

/** Space-delimited scripts. Phrases are up to 4 words. */
export const LATIN_LEXICON: Readonly<Record<string, number>> = {
  // --- en: anger, profanity, insults, accusations
  fuck: -4, fucking: -3.5, fucked: -3.5, 'f*ck': -3.5, fck: -3, shit: -3, shitty: -3, bullshit: -3.5, wtf: -3,
  crap: -2.5, crappy: -2.5, damn: -1.2, goddamn: -3, bloody: -1.5, bastards: -4, assholes: -4, dickheads: -4,
  idiot: -3, idiots: -3, stupid: -2.5, morons: -3.5, moron: -3, clowns: -2.5, cowboys: -2, crooks: -3,
  // idioms of incompetence (round 19)
  'chocolate teapot': -3, "couldn't run a bath": -3, 'couldnt run a bath': -3, 'laughing stock': -3,
  scam: -2.5, scammers: -3, 'rip off': -3, ripoff: -3, thieves: -3, thieving: -3.5, liars: -3, lying: -2.5,
  fraud: -1.2, fraudulent: -1.2, stealing: -1.2, robbed: -1.2, stole: -1, steal: -1, stolen: -0.8, scammed: -1.5,
  ridiculous: -2.5, unacceptable: -3, outrageous: -3, disgraceful: -3, disgrace: -3, disgusting: -3, disgusted: -3,
  appalled: -3, appalling: -3, pathetic: -3, useless: -2.5, worthless: -3, worst: -3.2, terrible: -2.8,
  horrible: -2.8, awful: -2.8, dreadful: -2.8, atrocious: -3, abysmal: -3, diabolical: -3, shocking: -2.5,
  laughable: -2.5, shambles: -3, incompetent: -3, incompetence: -3, shameful: -3, nightmare: -2.5, absurd: -2.5,
  insane: -2, garbage: -3, trash: -2.5, sucks: -3, suck: -2.5, lousy: -2.5, rude: -2.5, insulting: -2.5,
  disrespectful: -2.5, furious: -3.5, livid: -3.5, fuming: -3.5, seething: -3, irate: -3, enraged: -3.5,
  angry: -3, pissed: -3, outraged: -3.5, hate: -3, infuriating: -3.5, infuriated: -3.5, frustrated: -2.5,
  frustrating: -2.5, annoyed: -2, annoying: -2, upset: -2, disappointed: -2, disappointing: -2, unhappy: -2,
  sad: -1.5, bad: -1.5, poor: -1.5, wrong: -1, broken: -1.2, damaged: -1.2, torn: -1.2, late: -0.8,
  delayed: -0.8, problem: -0.8, error: -0.8, missing: -0.8, slow: -1, worried: -1.2, confused: -0.8,
  stuck: -1, waste: -2, wasted: -2, seriously: -1, nobody: -1, 'no one': -1, joke: -1.5, 'what a joke': -3,
  'beyond a joke': -3, 'fed up': -3, 'sick of': -2.5, 'sick and tired': -3.5, 'had enough': -2.5,
  'waste of time': -3, 'waste of money': -3, 'never again': -2.5, 'not acceptable': -3, desperate: -2.5,
  desperately: -2, 'are a joke': -3, 'is a joke': -2.5, 'enough is enough': -3,
  'kidding me': -2.5, 'are you kidding': -3, 'you have got to be kidding': -3, 'taking the piss': -3, 'take the piss': -3,
  'piss poor': -3, 'what the hell': -3, 'the hell': -2, 'for gods sake': -2.5, 'for god sake': -2.5, ffs: -3, unbelievable: -2.3,
  'ripped off': -3, 'ripped me off': -3, 'rip-off': -3, scandalous: -3, 'daylight robbery': -3, 'you people': -1.5, 'sick to death': -3, 'had it with': -2.5,
  // --- hi: anger and insults (Devanagari, and romanised Hinglish)
  'बकवास': -3, 'बेकार': -2.5, 'घटिया': -3, 'धोखेबाज': -3.5,
  'धोखेबाज़': -3.5, 'चोर': -3, 'बेवकूफ': -3, 'बेवकूफ़': -3, 'शर्मनाक': -3, 'गुस्सा': -3, 'गुस्से': -3, 'नाराज': -2.5,
  'नाराज़': -2.5, 'परेशान': -2, 'तंग आ गया': -3, 'तंग आ गई': -3, 'लूट': -3, 'लुटेरे': -3.5, 'बदतमीज': -3, 'बदतमीज़': -3,
  'फालतू': -2.5, 'फ़ालतू': -2.5, 'सबसे खराब': -3.2, 'सबसे ख़राब': -3.2, 'बहुत बुरा': -2.5, 'बेहूदा': -3, 'निकम्मे': -3,
  'हरामी': -4, 'कमीने': -4, 'भाड़ में जाओ': -3.5, 'शर्म करो': -3, 'शर्म आनी चाहिए': -3, bakwas: -3, bakwaas: -3, bekaar: -2.5,
  ghatiya: -3, dhokhebaaz: -3.5, dhokebaaz: -3.5, bewakoof: -3, bevkoof: -3, sharmnaak: -3, gussa: -2.5, pareshan: -2,
  lootere: -3.5, faltu: -2.5, 'sabse kharab': -3.2, 'bahut bura': -2.5, nikamme: -3, harami: -4, kamine: -4, chutiya: -4,
  chutiye: -4, 'bhaad mein jao': -3.5, 'sharam karo': -3, 'tang aa gaya': -3,
  // --- en: positive
  thanks: 1.5, thank: 1.5, thx: 1.5, ty: 1, great: 3, awesome: 3, perfect: 2.8, excellent: 3, love: 3,
  helpful: 2, good: 1.9, happy: 2.5, glad: 2, appreciate: 2, appreciated: 2, amazing: 3, wonderful: 3,
  nice: 1.8, cool: 1.3, fantastic: 3, brilliant: 3, comfortable: 1.5, solved: 1.5, resolved: 1.5, ok: 0.9,
  okay: 0.9,
  // --- es
  'hasta la madre': -3.5, 'hasta las narices': -3, 'hasta el gorro': -3, 'me cago en': -3.5, 'puta madre': -4, 'que asco': -3,
  'una verguenza': -3, desgraciados: -3.5, ineptos: -3, chapuza: -3, 'pesimo servicio': -3.5, 'me tienen harto': -3.5,
  'me tienen harta': -3.5, 'es una broma': -2.5, 'no hay derecho': -3, patetico: -3, pateticos: -3, 'una mierda': -3.5,
  'me estan tomando el pelo': -3.5, 'tomando el pelo': -3,
  mierda: -3.5, joder: -3, carajo: -3, cabrones: -4, idiotas: -3, estupidos: -3, pinche: -2.5, chingada: -3.5,
  estafa: -1.5, estafadores: -3, fraude: -1.2, ladrones: -3.5, rateros: -3.5, sinverguenzas: -3.5, pesimo: -3,
  pesima: -3, inaceptable: -3, verguenza: -2.5, indignante: -3, indignado: -3, indignada: -3, indignacion: -3,
  harto: -3, harta: -3, hartos: -3, ridiculo: -2.5, asco: -3, asqueroso: -3, 'da asco': -3.5, 'el colmo': -2.5,
  'tomadura de pelo': -3, inutil: -2.5, inutiles: -3, incompetentes: -3, basura: -3, molesto: -2, molesta: -2,
  enojado: -3, enojada: -3, enfadado: -3, enfadada: -3, cabreado: -3, cabreada: -3, encabronado: -3.5,
  furioso: -3.5, furiosa: -3.5, fatal: -2.5, peor: -2, 'el peor': -3, mal: -1.5, malo: -1.5, mala: -1.5,
  problema: -0.8, decepcionado: -2, decepcionada: -2, desesperado: -2.5, desesperada: -2.5, nadie: -1,
  'una burla': -3, abuso: -2.5, 'un robo': -2.5,
  gracias: 1.5, genial: 3, excelente: 3, perfecto: 2.8, contento: 2, contenta: 2, feliz: 2.5,
  encantado: 2.5, amable: 1.5, bien: 1.2, bueno: 1.2,
  // --- pt
  porcaria: -3, 'uma piada': -3, 'falta de respeito': -3, palhacos: -3, pqp: -3.5, vsf: -4, tnc: -3.5, fdp: -4, safados: -3.5,
  'sem vergonha': -3, sacanagem: -3, enganacao: -3, picaretas: -3.5, incompetencia: -3, 'pessimo atendimento': -3.5, 'estou puto': -3.5,
  'to puto': -3.5, 'puta que pariu': -4, decepcionante: -2.5, nojento: -3, cansei: -2.5, 'me enganaram': -2.5, 'um lixo': -3.5,
  porra: -3, merda: -3.5, caralho: -3.5, bosta: -3, absurdo: -2.5, palhacada: -3, pessimo: -3, pessima: -3,
  horrivel: -2.8, inaceitavel: -3, vergonha: -2.5, vergonhoso: -3, lamentavel: -3, lixo: -3, golpe: -1.5,
  raiva: -3, irritado: -2.5, irritada: -2.5, revoltado: -3, revoltada: -3, 'puto da vida': -3.5, ladroes: -3.5,
  nojo: -3, descaso: -3, desrespeito: -3, humilhante: -3, pior: -2, 'o pior': -3, ninguem: -1,
  'cansado de': -2, 'cansada de': -2, 'saco cheio': -3, obrigado: 1.5, obrigada: 1.5, otimo: 3, perfeito: 2.8,
  valeu: 1.5, resolveu: 1.5,
  // --- fr
  pourris: -3, pourri: -2.5, 'vous vous foutez de moi': -3.5, 'se fout de': -3, 'se foutre de': -3, saloperie: -3.5,
  degueulasse: -3.5, intolerable: -3, insupportable: -3, exaspere: -3, exasperee: -3, 'hors de moi': -3.5, 'service de merde': -4,
  'bande de': -1.5, 'vous etes nuls': -3.5, 'c est une honte': -3, "c'est une honte": -3, 'quelle honte': -3, 'je suis furieux': -3.5,
  merde: -3.5, putain: -3.5, connards: -4, debiles: -3, inadmissible: -3, inacceptable: -3, scandaleux: -3,
  scandale: -3, honteux: -3, honte: -2.5, nul: -2.5, nulle: -2.5, nuls: -2.5, arnaque: -2, escrocs: -3.5,
  escroquerie: -2, voleurs: -3.5, ridicule: -2.5, colere: -2.5, marre: -3, 'ras le bol': -3, furieux: -3.5,
  furieuse: -3.5, furax: -3, enerve: -2.5, enervee: -2.5, lamentable: -3, pitoyable: -3, minable: -3,
  degoute: -3, degoutant: -3, incompetents: -3, incapables: -3, "n'importe quoi": -2.5, 'foutage de gueule': -3.5,
  catastrophique: -3, pire: -2.5, decu: -2, decue: -2, inutile: -2.5, retard: -0.8, desespere: -2.5,
  desesperee: -2.5, merci: 1.5, parfait: 2.8, super: 2, content: 2, contente: 2, ravi: 2.5, ravie: 2.5,
  // --- de
  unfahig: -3, unfahige: -3, unfahigen: -3, lachhaft: -2.5, dreist: -3, dreistigkeit: -3, 'verarsch*': -3,
  mistladen: -3, drecksladen: -3.5, 'arschloch*': -4, 'arschlocher': -4, wichser: -4, vollidioten: -3.5, 'nase voll': -3,
  'schnauze voll': -3.5, 'kotzt mich an': -3.5, sauerei: -3, wucher: -2.5, abzockerei: -3, 'das letzte': -3,
  stinkwutend: -3.5, 'wutend*': -3, 'unverschamt*': -3, 'frechheit*': -3, 'katastrophal*': -3, peinlich: -2,
  'armutszeugnis': -3, 'zum kotzen': -3.5, kundenfeindlich: -3, 'totaler reinfall': -3, 'zutiefst enttauscht': -3,
  'reicht mir': -2.5, 'mir reichts': -3, 'mir reicht es': -3, 'verfluchte': -3, verarschung: -3.5, betrugerbande: -4,
  scheisse: -3.5, 'scheiss*': -3, verdammt: -2.5, verdammte: -2.5, unverschamt: -3, unverschamtheit: -3,
  frechheit: -3, katastrophe: -3, katastrophal: -3, unmoglich: -2, lacherlich: -2.5, sauer: -2.5,
  stinksauer: -3.5, wutend: -3, wut: -2.5, betrug: -1.5, betruger: -3.5, abzocke: -3, abzocker: -3.5,
  verarsche: -3, verarscht: -3, zumutung: -3, skandal: -3, skandalos: -3, miserabel: -3, grottenschlecht: -3.5,
  saftladen: -3, armselig: -2.5, inkompetent: -3, inkompetente: -3, nervt: -2, nervig: -2, genervt: -2,
  bescheuert: -2.5, idioten: -3, 'die nase voll': -3, 'es reicht': -2.5, unfassbar: -2, schlimmste: -3,
  schlechteste: -3.2, schlechtester: -3.2, schlecht: -1.8, enttauscht: -2, unzumutbar: -3, argerlich: -2,
  verzweifelt: -2.5, niemand: -1,
  danke: 1.5, toll: 2.5, perfekt: 2.8, prima: 2, zufrieden: 2, klasse: 2.5, geholfen: 1.5, hilfreich: 2,
  // --- it
  pessimi: -3, pessime: -3, indecenti: -3, scandaloso: -3, scandalosi: -3, vergognosi: -3, schifoso: -3, schifosi: -3,
  'fa schifo': -3.5, 'fate schifo': -3.5, schifezza: -3, buffoni: -3, pagliacci: -3, cialtroni: -3.5, incapaci: -3,
  deficienti: -3.5, imbroglioni: -3.5, 'presa in giro': -3, 'prendete in giro': -3, 'preso in giro': -3, 'presi in giro': -3,
  incazzato: -3.5, incazzata: -3.5, incazzati: -3.5, allucinante: -2.5, orribile: -2.8, terribile: -2.8, inutili: -2.5,
  'non ho parole': -2.5, 'non ne posso piu': -3, 'mi avete rotto': -3.5, 'rotto le palle': -3.5, 'rotto le scatole': -3,
  'rotto il cazzo': -4, ridicoli: -2.5, 'terzo mondo': -2.5, 'porca miseria': -2.5, 'porca puttana': -3.5,
  'che palle': -2.5, cazzate: -3, 'vi odio': -3, maledetti: -3, delinquenti: -3.5, sanguisughe: -3.5, 'state scherzando': -2.5,
  'mi state prendendo in giro': -3.5, disgustato: -3, disgustata: -3, 'sono furioso': -3.5, 'sono furiosa': -3.5,
  'sono nero': -3, esasperato: -3, esasperata: -3, 'servizio pessimo': -3.5, vergognosa: -3, disservizio: -2.5,
  vergogna: -2.5, vergognoso: -3, vergognatevi: -3.5, schifo: -3, inaccettabile: -3, truffa: -1.5, truffatori: -3.5,
  ladri: -3.5, arrabbiato: -3, arrabbiata: -3, indignato: -3, indignata: -3, stufo: -3, stufa: -3,
  ridicolo: -2.5, assurdo: -2.5, indecente: -3, pazzesco: -2, incompetenti: -3, peggiore: -3, 'il peggio': -3,
  cazzo: -3.5, vaffanculo: -4, stronzi: -4, idioti: -3,
  grazie: 1.5, perfetto: 2.8, ottimo: 3,
  // --- nl
  'van de zotte': -3, 'te gek voor woorden': -3, aanfluiting: -3, bespottelijk: -3, 'ik word hier gek van': -3, woest: -3,
  pislink: -3.5, ziedend: -3.5, klantonvriendelijk: -3, klotezooi: -3.5, zooitje: -3, janboel: -3, puinhoop: -3, achterlijk: -3.5,
  debiel: -3, sukkels: -3, flutbedrijf: -3.5, oplichterspraktijken: -3.5, 'schaam je': -3, 'schamen jullie': -3, 'diep triest': -3,
  'echt niet normaal': -3, 'niet normaal': -2.5, 'wat een grap': -3, 'ik ben er klaar mee': -3,
  hopeloos: -2.5, hopeloze: -2.5,
  'belachelijk*': -2.5, 'schandalig*': -3, 'waardeloze': -3, klotebedrijf: -3.5, kankerbedrijf: -4, 'kanker*': -3.5,
  'tyfus*': -3.5, 'godver*': -3.5, 'verdomme': -3, 'prutsers': -3, prutswerk: -3, 'oplichterij': -3,
  'oplichting': -1.5, 'zo boos': -3, 'ik ben het zat': -3, 'spuugzat': -3.5, 'kotsbeu': -3.5, 'beu': -2.5,
  'om te huilen': -3, 'bedroevend': -3, 'schande': -3, 'onbeschofte': -3, 'onacceptabele': -3, 'walgelijk': -3,
  'amateurs': -2.5, 'incompetente': -3, 'ongelofelijk slecht': -3.5, 'diep teleurgesteld': -3,
  'ben er klaar mee': -3, 'klaar mee': -2.5, 'genoeg is genoeg': -3, 'ergerlijk': -2.5, geirriteerd: -2.5,
  'slechte service': -2.5, 'rotbedrijf': -3.5, 'zielig': -2, 'pathetisch': -3,
  belachelijk: -2.5, schandalig: -3, schandaal: -3, waardeloos: -3, klote: -3, kut: -3.5, tering: -3.5,
  godverdomme: -3.5, oplichters: -3.5, dieven: -3.5, boos: -2.5, woedend: -3.5, kwaad: -2.5, 'het zat': -3,
  onacceptabel: -3, onbeschoft: -2.5, bagger: -3, slechtste: -3, teleurgesteld: -2, bedankt: 1.5,
  // --- id
  becus: -3, 'ga becus kerja': -3.5, 'tidak becus kerja': -3.5, 'gak becus kerja': -3.5,
  'kecewa banget': -3, 'kecewa berat': -3, 'parah banget': -3, 'parah sekali': -3, 'ga jelas': -2.5, 'gak jelas': -2.5,
  'tidak jelas': -2, 'nggak jelas': -2.5, kampret: -3.5, taik: -3.5, babi: -3.5, 'ngeselin': -3, 'nyebelin': -3,
  'lelet': -2, 'lemot': -2, 'zalim': -3, 'bohong': -2.5, 'pembohong': -3.5, 'pembohongan': -3, 'sampah': -3,
  'ampas': -3, 'bangke': -3.5, 'kurang ajar': -3.5, 'keterlaluan banget': -3.5, 'capek banget': -2.5,
  'cape banget': -2.5, 'males banget': -2.5, 'ribet banget': -2.5, 'marah banget': -3.5, 'kesel banget': -3, 'kesal sekali': -3,
  'emosi': -2.5, 'jengkel sekali': -3, 'benci': -3, 'mengecewakan sekali': -3, 'pelayanan buruk': -3, 'pelayanan jelek': -3,
  'jelek banget': -3, 'ngaco': -2.5, 'gila': -2, 'tidak profesional': -3, 'gak profesional': -3, 'nggak profesional': -3,
  kecewa: -2, mengecewakan: -2.5, marah: -3, kesal: -2.5, kesel: -2.5, jengkel: -2.5, sebel: -2.5, bete: -2,
  parah: -2.5, payah: -2.5, buruk: -2, terburuk: -3, bodoh: -3, goblok: -3.5, tolol: -3.5, bego: -3,
  // Malay
  teruk: -2.5, 'teruk gila': -3.5, hampeh: -3, bangang: -3.5, menyampah: -3, geram: -3, 'tak guna': -2.5, 'tak boleh pakai': -3, 'sangat kecewa': -3,
  anjing: -3.5, bangsat: -4, brengsek: -3.5, sialan: -3, keterlaluan: -3, 'tidak becus': -3, 'gak becus': -3,
  'ga becus': -3, penipuan: -1.5, penipu: -3, maling: -3, menyebalkan: -2.5, muak: -3,
  'terima kasih': 1.5, beres: 1,
  // --- pl
  'zenada': -3, 'oszust*': -3, 'zlodziej*': -3.5, 'dno': -3, 'dno i metr mulu': -4, 'masakra': -2.5, 'zalosn*': -3,
  'pieprz*': -3.5, 'spierd*': -4, 'wkurw*': -4, 'chamstwo': -3.5, 'bezczeln*': -3.5, 'olewacie': -3, 'olewanie': -3,
  'wkurz*': -3, 'wsciek*': -3.5, zly: -2, zla: -2, 'skandal*': -3, 'zenad*': -3, 'zenujac*': -3, 'porazk*': -2.5,
  'beznadziej*': -2.5, kpina: -3, 'oszusci': -3.5, 'zlodzieje': -3.5, 'kurw*': -4, cholera: -2.5, 'cholern*': -2.5,
  'idioc*': -3, 'debil*': -3.5, 'niedopuszczaln*': -3, 'nie do przyjecia': -3, 'fataln*': -2.5, 'najgorsz*': -3,
  'niekompetent*': -3, 'mam dosc': -3, 'rozczarowan*': -2, dziekuje: 1.5, 'swietnie': 3,
  // --- tr
  'rezalet*': -3, 'berbat*': -3, 'sacma*': -2.5, 'sacmalik': -3, 'saygisiz*': -3, 'yalanci*': -3.5, 'hirsiz*': -3.5,
  'soyguncu*': -3.5, 'kepazelik': -3.5, 'bezdim': -3, 'bezdin*': -3, 'usandim': -3, 'uyuz': -3,
  'sinir oldum': -3, 'cildir*': -3, 'kahrol*': -3.5, 'allah belan*': -4, 'yaziklar olsun': -3.5, 'yazik': -2,
  'utanmaz*': -3.5, 'terbiyesiz*': -3.5, 'rezil': -3, magdur: -2, 'magduriyet': -2.5, 'isyan': -2.5,
  'dalga mi geciyorsunuz': -3.5, 'dalga geciyorsunuz': -3.5, 'insanlari kandir*': -3.5, 'ahmak*': -3, 'mal misiniz': -3.5,
  'siktir': -4, 'amk': -4, 'boktan': -3.5, 'kotu hizmet': -3, 'berbat hizmet': -3.5, 'cok kotu': -3,
  rezalet: -3, 'rezil*': -3, berbat: -3, 'igrenc*': -3, 'sinirlen*': -3, sinirli: -2.5, 'sinir bozucu': -2.5,
  'kizgin*': -3, 'ofkel*': -3.5, yeter: -2.5, 'bikt*': -3, 'dolandirici*': -1.5, dolandiricisiniz: -3.5, 'dolandirici sirket': -3.5, 'hirsizlar': -3.5,
  'saka gibi': -2.5, 'kabul edilemez': -3, 'utanc verici': -3, ayip: -2.5, 'beceriksiz*': -3, 'aptal*': -3,
  'salak*': -3.5, 'gerizekal*': -3.5, 'lanet*': -3, 'en kotu': -3, kotu: -2, 'tesekkur*': 1.5, harika: 3,
  sagol: 1.5,
  // --- ru
  'отстои': -3, 'хрен*': -3, 'хер*': -3, 'херн*': -3.5, 'фигн*': -2.5, 'дерьм*': -3.5, 'говн*': -3.5, 'мраз*': -4,
  'урод*': -3.5, 'козл*': -3.5, 'твар*': -4, 'разводил*': -3.5, 'обман*': -2.5, 'лохотрон': -3.5,
  'достало': -3, 'задолбал*': -3.5, 'заколебал*': -3.5, 'замучил*': -2.5, 'издевает*': -3.5, 'бессовестн*': -3.5,
  'беспредел': -3.5, 'хамы': -3, 'хамск*': -3, 'бездарн*': -3, 'отвратительн*': -3, 'мерзк*': -3, 'гадк*': -2.5,
  'тупо': -2, 'тупые': -3, 'тупои': -3, 'ненавижу': -3.5, 'в бешенстве': -3.5, 'разочарован*': -2.5, 'невыносим*': -3,
  'сколько можно': -3, 'это уже слишком': -3, 'нет слов': -2.5, 'кидалово': -3.5, 'кинули': -3, 'шарага': -3.5, 'шарашк*': -3.5,
  'ужас*': -3, 'кошмар*': -3, 'безобрази*': -3, 'позор*': -3, 'отврат*': -3, 'возмутительн*': -3.5,
  'возмущ*': -3, бесит: -3, бесят: -3, достали: -3, 'надоел*': -2.5, зол: -2.5, злои: -2.5, злюсь: -3,
  'бешенств*': -3.5, 'мошенники': -3, воры: -3.5, 'жулик*': -3.5, 'издевательств*': -3.5, издеваетесь: -3.5,
  хамство: -3, бардак: -3, 'некомпетентн*': -3, 'худш*': -3, 'идиот*': -3, 'дебил*': -3.5, 'бля*': -3.5,
  сука: -4, пиздец: -4, 'охренел*': -3.5, 'офигел*': -3, 'обнаглел*': -3, наглость: -3, недопустимо: -3,
  неприемлемо: -3, спасибо: 1.5, отлично: 3, благодарю: 2,
  // --- uk (normalised: ї → і, й → и)
  'жахлив*': -3, жах: -3, ганьба: -3, неподобство: -3.5, 'обурлив*': -3.5, 'обурен*': -3, шахраі: -3, злодіі: -3.5,
  'брехун*': -3, ненавиджу: -3.5, набридло: -2.5, дістали: -3, дратує: -2.5, знущаєтесь: -3.5, 'знущанн*': -3.5,
  'нахаб*': -3, відстій: -3, 'паршив*': -3, 'огидн*': -3, 'найгірш*': -3.2, капець: -3, бісить: -3, бісять: -3,
  'розчарован*': -2.5, 'безвідповідальн*': -3, 'ідіот*': -3, дякую: 1.5, чудово: 3,
  // --- cs (normalised: no diacritics)
  hnus: -3, 'hnusn*': -3, 'otresn*': -3, katastrofa: -3, ostuda: -3, 'ostudn*': -3, podvodnici: -3, zlodeji: -3.5,
  lhari: -3, nenavidim: -3.5, 'stve me': -3, 'nastvan*': -3, 'nehorazn*': -3.5, 'nekompetentni': -3, 'hrozn*': -2.5,
  prasarna: -3.5, svinstvo: -3.5, 'do prdele': -3.5, kurva: -4, sracky: -3.5, 'nejhorsi': -3.2, vysmech: -3,
  'zlodej*': -3.5, 'podvodnik*': -3, 'neschopn*': -3, 'idiot*': -3, 'banda zlodeju': -4, 'k nicemu': -1.5,
  zlodejna: -3.5, 'mam toho dost': -3, 'tragedie': -2.5, 'tragick*': -2.5, dekuji: 1.5, dekuju: 1.5, diky: 1.5, skvele: 3,
  // --- ro (normalised: ă â î ș ț folded)
  'bataie de joc': -3.5, batjocura: -3.5, 'rusine': -3, 'rusinos': -3, penibil: -3, jalnic: -3, groaznic: -2.8, oribil: -2.8,
  execrabil: -3, dezastru: -3, dezgustator: -3, hotilor: -3.5, hoti: -3.5, escroci: -3, tepari: -3.5, mincinosi: -3,
  'nesimtit*': -3.5, nesimtire: -3.5, furios: -3.5, furioasa: -3.5, nervos: -2.5, nervoasa: -2.5,
  // reziliere, reziliez (ending a contract) are not Turkish rezil (disgraceful): a longer, neutral prefix.
  'rezili*': 0, 'saturat de': -3, enervant: -2.5, 'cel mai prost': -3, mizerie: -3, 'mizerabil*': -3, 'bat joc': -3.5, multumesc: 1.5, mersi: 1.5, excelent: 3,
  // --- he
  מחפיר: -3, בושה: -3, 'בושה וחרפה': -3.5, שערורייה: -3, שערוריה: -3, מזעזע: -3, מגעיל: -3, נוראי: -2.8, גרוע: -2.8,
  'הכי גרוע': -3.2, זוועה: -3, זוועתי: -3, חצופים: -3.5, חוצפה: -3.5, גנבים: -3.5, נוכלים: -3, רמאים: -3.5, שקרנים: -3,
  עצבני: -2.5, עצבנית: -2.5, כועס: -3, כועסת: -3, 'נמאס לי': -3, מטומטמים: -3.5, אידיוטים: -3.5, חרא: -3.5, זבל: -3,
  ביזיון: -3, תודה: 1.5, מעולה: 3, מצוין: 3,
  // --- hu (normalised: no accents; not "kosz", which is "thanks" as well as "dirt")
  felhaborito: -3.5, 'felhaborod*': -3, 'botrany*': -3, 'szegyen*': -3, 'gyalazat*': -3.5, 'pofatlan*': -3.5,
  nevetseges: -2.5, szanalmas: -3, 'borzalmas*': -3, szornyu: -2.8, rettenetes: -2.8, 'hulye*': -3, 'idiota*': -3,
  csalok: -3, tolvajok: -3.5, hazugok: -3, duhos: -3, ideges: -2.5, 'elegem van': -3, utalom: -3.5, gyulolom: -3.5,
  legrosszabb: -3.2, elfogadhatatlan: -3, 'kritikan aluli': -3.5, 'a francba': -3, bazmeg: -4, koszonom: 1.5, koszi: 1.5, kivalo: 3,
  // --- da, no (normalised: æ → ae, ø → o, å → a; not "tak", which is Polish "yes")
  elendig: -3, elendigt: -3, 'latterlig*': -2.5, skandale: -3, uacceptabelt: -3, uakseptabelt: -3,
  'forfaerdelig*': -2.8, 'forferdelig*': -2.8, pinligt: -2.5, rasende: -3.5, lort: -3, dritt: -3, drittselskap: -3.5,
  svindlere: -3, lognere: -3, 'traet af': -3, 'lei av': -3, vaerste: -3.2, verste: -3.2,
  'for darligt': -2.5, 'for darlig': -2.5, takk: 1.5, 'tusind tak': 2, 'tusen takk': 2, fantastisk: 3,
  // --- fi (normalised: ä ö → a o)
  surkea: -3, surkeaa: -3, kamala: -2.8, kamalaa: -2.8, hirvea: -2.8, hirveaa: -2.8, skandaali: -3, hapea: -3,
  hapeallista: -3, 'naurettava*': -2.5, huijarit: -3, varkaat: -3.5, valehtelijat: -3, raivoissani: -3.5, vihainen: -3,
  vituttaa: -3.5, vittu: -4, paska: -3.5, paskaa: -3.5, perkele: -3.5, saatana: -3.5, 'kyllastynyt': -3, pahin: -3.2,
  huonoin: -3.2, idiootit: -3.5, kiitos: 1.5, kiitti: 1.5, mahtavaa: 3, loistavaa: 3,
  // --- tl
  bwisit: -3, buwisit: -3, nakakainis: -2.5, nakakagalit: -3, 'galit na galit': -3.5, putangina: -4, tangina: -4,
  pakshet: -3.5, leche: -3, letse: -3, bulok: -3, 'walang kwenta': -3, manloloko: -3, 'mga manloloko': -3.5, kawatan: -3,
  bobo: -3, nakakadismaya: -2.5, salamat: 1.5, 'maraming salamat': 2,
  // --- ar
  'خدمه تعبانه': -3, تعبانه: -2, سيئه: -2.5, سيئين: -2.5, مقرفين: -3.5, 'الله ياخذكم': -4, 'ما تستحون': -3.5,
  'ما عندكم ذمه': -3.5, 'بلا ذمه': -3.5, 'حرام عليكم': -3, 'خدمه سيئه جدا': -3.5, 'زعلان جدا': -3, 'معصب جدا': -3.5,
  'حرامي*': -3.5, 'نصاب*': -3, 'كذاب*': -3.5, 'كذابين': -3.5, 'غشاش*': -3.5, 'استهتار': -3, 'مستهتر*': -3,
  'قله ادب': -3.5, 'قليل الادب': -3.5, 'وقح*': -3.5, 'وقاحه': -3.5, 'بهدله': -3, 'تعبتوني': -3, 'طفشت': -3, 'زهقت': -3,
  'قرفتوني': -3.5, 'تعبت منكم': -3, 'ظلم': -2.5, 'ظالمين': -3, 'نهب': -3, 'سرقه': -2, 'خدمه سيئه': -3, 'خدمه زفت': -3.5,
  'اسوء': -3, 'مستفز': -3, 'مستفزين': -3, 'لعنه': -3.5, 'يلعن': -3.5, 'تفو': -3.5, 'خايس': -3, 'خايسه': -3, 'حقيرين': -3.5,
  'مهزله*': -3, 'فضايح': -3, 'مخزي': -3, 'عار عليكم': -3.5, 'استغلال': -2.5, 'احتيال': -1.5, 'منتهي السوء': -3.5,
  زفت: -3, سيء: -2, سيي: -2, سييه: -2, اسوا: -3, 'فاشل*': -3, حراميه: -3.5, نصابين: -3, لصوص: -3.5,
  'حسبي الله': -3.5, مهزله: -3, 'سخيف*': -2.5, تخلف: -3, 'متخلف*': -3, 'غبي*': -3, اغبياء: -3, 'حقير*': -3.5,
  زباله: -3, قرف: -3, مقرف: -3, 'غاضب*': -3, زعلان: -2, معصب: -3, منرفز: -3, 'عيب عليكم': -3, فضيحه: -3,
  خرا: -3.5, تبا: -3, كارثه: -3, 'لا يطاق': -3, 'غير مقبول': -3, شكرا: 1.5, ممتاز: 3, مشكور: 1.5,
  // --- sv
  bedrovligt: -3, uselt: -3, usla: -3, skandalost: -3, oforskamt: -3, 'forbannad': -3.5, 'forbannat': -3, arg: -2.5,
  javla: -3, javligt: -3, 'skitforetag*': -3.5, vardelost: -3, vardelos: -3, 'ett skamt till foretag': -3, 'rena skamtet': -3, 'idioter': -3,
  skitdalig: -3.5, skit: -3, 'helt sjukt': -3, vardelosa: -3, bedragare: -3, 'jag ar trott pa': -3, 'less pa': -3,
  // --- el (accents stripped by normalizeText)
  'απαραδεκτ*': -3, αισχος: -3.5, αισχη: -3.5, 'ντροπη σας': -3.5, απατεωνες: -3.5, κλεφτες: -3.5, 'γελοι*': -3,
  'αθλι*': -3, χαλια: -3, σκατα: -3.5, 'εξοργιστικ*': -3.5, 'εχω τσαντιστει': -3.5, 'τσαντισμεν*': -3.5, 'θυμωμεν*': -3,
  'ειμαι εξαλλ*': -3.5, ανικανοι: -3.5, αχρηστοι: -3.5, κοροιδια: -3, ευχαριστω: 1.5, τελεια: 3,
  // --- vi (phrases only: single syllables fold into other languages' words)
  'lua dao khach hang': -3.5, 'qua te hai': -3.5, 'met moi qua': -2.5, 'buc qua': -3, 'buc minh qua': -3.5,
  'khong the chap nhan': -3, 'lam an nhu': -2.5, 'qua dang lam': -3.5, 'vo le': -3, 'mat day': -3.5, 'do lua dao': -3.5,
  'coi thuong khach hang': -3, 'tham hai': -3, 'te hai': -3, 'that vong qua': -3, 'chan that su': -3, 'du ma': -4, 'dm': -3, 'vcl': -3.5, 'vl': -2.5,
  'qua te': -3, 'te qua': -3, 'rat te': -3, 'toi te': -3, 'lua dao': -2, 'bon lua dao': -3, 'buc minh': -3,
  'buc boi': -3, 'tuc gian': -3, 'that vong': -2, 'kinh khung': -3, 'kem coi': -3, 'vo dung': -3,
  'vo trach nhiem': -3, 'qua dang': -3, 'lam an kieu gi': -3, 'chan qua': -2.5, 'ghe tom': -3, 'cam on': 1.5,
  'tuyet voi': 3,
  // more general insults and accusations (en, id, pl, ar)
  scum: -3.5, scumbags: -4, criminals: -3, extortion: -3, extortionate: -3, robbing: -3, 'con artists': -3.5, parasites: -3.5,
  leeches: -3, greedy: -2.5, clueless: -2.5, 'shame on you': -3, 'how dare you': -3, despicable: -3.5, vile: -3,
  'robbed blind': -3.5, 'piss off': -3.5, 'screw you': -3.5, muppets: -3, numpties: -3,
  wankers: -4, tossers: -4, twats: -4, bollocks: -3, farce: -3, fiasco: -3, unprofessional: -3, liar: -3, cheats: -3.5,
  swindlers: -3.5, crooked: -3, 'joke of a company': -3.5,
  perampok: -3.5, rampok: -3, pencuri: -3, keparat: -3.5, bajingan: -4, goblog: -3.5, jijik: -3, 'tidak berguna': -2.5,
  'gak berguna': -2.5, 'nggak berguna': -2.5, 'ga guna': -2.5, 'kacau balau': -3, amburadul: -3, bobrok: -3, busuk: -2.5,
  'makan gaji buta': -3.5, 'kecewa sekali': -3, 'muak banget': -3.5, 'geram banget': -3.5, jancok: -4, jancuk: -4, anjrit: -2.5,
  'skandaliczn*': -3, 'oburzon*': -3, 'oburzaj*': -3, 'zlodziejst*': -3.5, oszukujecie: -3.5, okradacie: -3.5, 'cwaniak*': -3,
  hanba: -3.5, 'wstydzcie sie': -3.5, 'zenujace': -3, 'zalosne': -3, nienawidze: -3, 'mam was dosc': -3.5, 'dosc tego': -3,
  szajs: -3, syf: -3, gowno: -3.5, 'chuj*': -4, jebane: -4, 'zjeb*': -4, badziewie: -3, 'frajer*': -3, parodia: -3, kpicie: -3,
  'سراقين': -3.5, 'سرقتوني': -3.5, 'نصبتوا علي': -3.5, 'ضحكتوا علي': -3, 'استغلاليين': -3.5, 'مستغلين': -3,
  'ما تخافون الله': -3.5, 'ما تخافوا الله': -3.5, 'الله لا يسامحكم': -4, 'الله ينتقم': -4, 'خدمه خربانه': -3.5, 'تافهين': -3,
  'حيوانات': -3.5, 'يا كلاب': -4, 'منحطين': -3.5, 'شركه نصابه': -3.5, 'شركه حراميه': -3.5, 'قهرتوني': -3.5, 'انقهرت': -3, 'مقهور': -3,
  // a scam named as the kind of a message, a call or a site, which is a topic ("my friend got a scam text pretending to be
  // you, do you send links by SMS?"), not an accusation ("this is a scam" keeps -2.5) (round 22)
  'scam text': -0.5, 'scam texts': -0.5, 'scam call': -0.5, 'scam calls': -0.5, 'scam email': -0.5, 'scam emails': -0.5,
  'scam message': -0.5, 'scam messages': -0.5, 'scam sms': -0.5, 'scam link': -0.5, 'scam links': -0.5, 'scam site': -0.5,
  'scam sites': -0.5, 'scam website': -0.5, 'scam websites': -0.5, 'scam page': -0.5, 'scam ad': -0.5, 'scam ads': -0.5,
  'scam alert': -0.5, 'scam warning': -0.5,
  // wrongdoers named as the reader's accusation, not as a topic ("how do I protect myself from scammers?")
  'you scammers': -4, 'you thieves': -4, 'you crooks': -4, 'bunch of scammers': -4, 'bunch of thieves': -4, 'bunch of crooks': -4,
  // accusations of theft said as a verdict ("THIS IS THEFT"), and the Polish genitive plural ("bandą złodziei")
  'this is theft': -3.5, 'this is robbery': -3.5, 'straight up theft': -3.5, 'legalised theft': -3.5, 'legalized theft': -3.5,
  zlodziei: -3.5, 'banda zlodziei': -4, 'banda oszustow': -4, 'banda zlodziei i oszustow': -4,
  'are scammers': -4, 'are thieves': -4, 'are crooks': -4, 'pack of thieves': -4, 'unos estafadores': -4, 'sois unos': -2,
  'يا نصابين': -4, 'انتم نصابين': -4, 'يا حراميه': -4, 'lu bon lua dao': -4, 'cac ban la lua dao': -4,
  // inflected and phrasal forms of anger words above (de, nl, pl, tr, vi)
  'do niczego': -2.5, szlag: -3, 'szlag mnie trafia': -3.5, sinirliyim: -3, 'sinirlendim': -3,
  // round 14 additions (./sentiment-lexicon-r14.ts)
  ...ANGER_MORE,
  // round 20 additions (./sentiment-lexicon-r20.ts)
  ...ANGER_R20,
};

/** Spaceless scripts (ja, zh, ko, th) and emoji: matched as substrings, longest first. */
export const SPACELESS_LEXICON: Readonly<Record<string, number>> = {
  // ja
  最悪: -3.2, 最低: -3.2, ふざけ: -3, ひどい: -2.5, 酷い: -2.5, ひどす: -3, 酷す: -3, 怒っ: -2.5, 怒り: -2.5,
  頭にくる: -3, 腹が立: -3, 腹立たし: -3, 激怒: -3.5, 憤り: -3, ムカつ: -3, むかつ: -3, イライラ: -2.5,
  いらいら: -2.5, 許せない: -3, 許さない: -3, 呆れ: -2.5, あきれ: -2.5, 不誠実: -3, 無責任: -3, クソ: -3.5,
  バカ: -3, 馬鹿: -3, ゴミ: -3, 詐欺: -1.5, ありえない: -2.5, あり得ない: -2.5, 不満: -2, 残念: -1.5,
  がっかり: -2, 使えない: -2.5, 困って: -1, 遅い: -0.8, ありがとう: 1.5, 助かり: 1.5, 素晴らしい: 3,
  満足: 2, 嬉しい: 2.5, 最高: 3,
  // zh (simplified and traditional)
  垃圾: -3, 骗子: -3, 騙子: -3, 骗人: -3, 騙人: -3, 太差: -3, 差劲: -3, 差勁: -3, 最差: -3, 气死: -3.5,
  氣死: -3.5, 生气: -2.5, 生氣: -2.5, 愤怒: -3, 憤怒: -3, 恼火: -3, 惱火: -3, 失望: -2, 恶心: -3, 噁心: -3,
  搞什么: -2.5, 搞什麼: -2.5, 什么鬼: -2.5, 什麼鬼: -2.5, 什么破: -2.5, 坑人: -3, 坑爹: -3, 无语: -2,
  無語: -2, 离谱: -2.5, 離譜: -2.5, 过分: -2.5, 過分: -2.5, 恶劣: -3, 惡劣: -3, 不像话: -3, 不像話: -3,
  无耻: -3.5, 無恥: -3.5, 混蛋: -3.5, 王八蛋: -4, 他妈: -3.5, 他媽: -3.5, 烦死: -3, 煩死: -3, 受够: -3,
  受夠: -3, 忍无可忍: -3.5, 忍無可忍: -3.5, 太烂: -3, 太爛: -3, 黑心: -3, 骗钱: -3, 騙錢: -3, 投诉: -1.5,
  投訴: -1.5, 不满意: -2.5, 不滿意: -2.5, 谢谢: 1.5, 謝謝: 1.5, 满意: 2, 滿意: 2, 很好: 2, 太好了: 3,
  感谢: 2, 感謝: 2,
  // more anger in ja, zh
  ふざけるな: -3.5, いい加減にして: -3.5, いい加減にしろ: -3.5, 舐めて: -3, なめんな: -3.5, 冗談じゃない: -3, 話にならない: -3,
  不愉快: -3, うんざり: -3, キレそう: -3.5, ぼったくり: -3.5, 泥棒: -3.5, 詐欺師: -3.5, 金返せ: -3.5, カス: -3.5, アホ: -3,
  失礼: -2.5, 無能: -3, 怠慢: -3, 誠意がない: -3, 誠意のない: -3,
  太过分: -3, 太過分: -3, 坑钱: -3, 坑錢: -3, 强盗: -3.5, 強盜: -3.5, 流氓: -3.5, 无良: -3.5, 無良: -3.5, 妈的: -3.5, 媽的: -3.5,
  傻逼: -4, 脑残: -3.5, 腦殘: -3.5, 废物: -3.5, 廢物: -3.5, 火大: -3, 欺人太甚: -3.5, 受不了了: -3, 欺负人: -3, 欺負人: -3,
  不要脸: -3.5, 不要臉: -3.5, 没良心: -3, 沒良心: -3,
  // ko
  최악: -3.2, 짜증: -2.5, 화가: -2.5, 화나: -2.5, 열받: -3, 빡치: -3.5, 황당: -2.5, 한심: -3, 개판: -3.5,
  엉망: -3, 형편없: -3, 쓰레기: -3, 불쾌: -2.5, 분노: -3, 기가막: -2.5, 장난하: -3, 장난해: -3, 무능: -3,
  양심없: -3, 양심이없: -3, 도둑놈: -3.5, 사기꾼: -3.5, 사기: -1.5, 젠장: -3, 씨발: -4, 시발: -4, 개새: -4,
  실망: -2, 어이없: -2.5, 감사: 1.5, 고맙: 1.5,
  // th
  แย่: -2, โกรธ: -3, ห่วย: -3, โกง: -2.5, ไม่พอใจ: -2.5, โมโห: -3, หงุดหงิด: -2.5, รำคาญ: -2.5, เซ็ง: -2,
  ผิดหวัง: -2, เลวร้าย: -3, ไร้ความรับผิดชอบ: -3, ขี้โกง: -3.5, หลอกลวง: -2.5, เหี้ย: -4, ควาย: -3.5,
  เฮงซวย: -3.5, ทุเรศ: -3, ไม่ได้เรื่อง: -3, ขอบคุณ: 1.5,
  // emoji (scanned in every script)
  '😡': -3, '🤬': -3.5, '😠': -2.5, '😤': -2.5, '💢': -3, '🖕': -4, '👎': -2, '🙄': -1.5, '😒': -1.5,
  '🙏': 1, '😊': 2, '🙂': 1, '👍': 1.5, '❤': 2, '😍': 2.5,
  // round 21 additions (./sentiment-lexicon-r20.ts)
  ...SPACELESS_ANGER_R21,
};

export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'without', 'neither', 'nor', 'hardly', 'dont', 'cant', 'wont', 'isnt', 'didnt',
  'nunca', 'ni', 'tampoco', 'sin', 'nao', 'nem', 'sem', 'pas', 'jamais', 'sans', 'nicht', 'kein', 'keine',
  'keinen', 'keiner', 'nie', 'niemals', 'ohne', 'non', 'mai', 'niet', 'geen', 'nooit', 'tidak', 'bukan',
  'не', 'ни', 'degil', 'khong', 'لا', 'ليس', 'مش', 'مو',
  // Arabic "I am not" (لست غاضبا), informal Indonesian "not" (nggak marah), Hindi "not" before an adjective (नहीं नाराज़)
  'لست', 'لسنا', 'لستم', 'nggak', 'ngga', 'gak', 'enggak', 'ndak', 'tak', 'नहीं', 'नही',
  // Swedish, Danish, Norwegian, Greek and Czech ("jag är INTE arg", "ΔΕΝ είμαι θυμωμένος", "NEJSEM naštvaný"): ./lang/asked-not-told.ts
  ...MORE_NEGATORS,
]);

/**
 * Negation written after the word it negates, within two words in the same clause: Turkish "kızgın DEĞİLİM",
 * Hindi "नाराज़ NAHIN हूँ", and the V2 languages' negation after a finite verb ("ich ärgere mich NICHT",
 * "ik erger me NIET", "jag är arg INTE" is not idiomatic, but "jag klagar INTE"). Prefixes of normalised words.
 */
export const POST_NEGATORS: readonly string[] = ['degil', 'नहीं', 'नही', 'nicht', 'niet', 'inte', 'ikke'];

export const BOOSTERS: ReadonlySet<string> = new Set([
  'very', 'so', 'really', 'extremely', 'totally', 'absolutely', 'completely', 'super', 'incredibly', 'too',
  'such', 'utterly', 'truly', 'complete', 'muy', 'tan', 'demasiado', 'realmente', 'totalmente', 'muito', 'tao', 'demais',
  'tres', 'vraiment', 'tellement', 'trop', 'completement', 'sehr', 'total', 'extrem', 'echt', 'wirklich',
  'absolut', 'voll', 'molto', 'davvero', 'erg', 'heel', 'zeer', 'sangat', 'banget', 'bardzo', 'cok', 'очень',
  'совсем', 'جدا', 'rat', 'qua',
]);

export const DIMINISHERS: ReadonlySet<string> = new Set([
  'bit', 'slightly', 'somewhat', 'little', 'kinda', 'poco', 'peu', 'etwas', 'pouco', 'leicht',
  // a little / somewhat in it, nl, pl, ru, uk, tr, id, vi, hi, ar (Vietnamese hơi is matched with its accent: ./sentiment.ts)
  'po', 'beetje', 'troche', 'nieco', 'немного', 'немножко', 'слегка', 'трохи', 'biraz', 'agak', 'sedikit', 'thoang', 'थोड़ा', 'थोड़ी', 'شوي', 'قليلا',
]);

/** The same in scripts without spaces, right before the word (ちょっとイライラ, 有点烦, 좀 답답, นิดหน่อย). */
export const SPACELESS_DIMINISHERS = /(?:ちょっと|少し|やや|多少|有点|有點|一点|一點|稍微|좀|조금|약간|ค่อนข้าง)$/u;

/** "but" and equivalents: what follows outweighs what precedes (VADER's contrast rule). */
export const CONTRASTS: ReadonlySet<string> = new Set(['but', 'however', 'pero', 'mais', 'aber', 'maar', 'tapi', 'porem', 'ale', 'ama', 'но', 'لكن', 'nhung']);

/**
 * Negation right before a word in scripts without spaces; Chinese "没有 / 不是 / 不太" (没有生气, 不是生气), Thai ไม่ / ไม่ได้
 * (ไม่ได้โกรธ), Korean 안 (안 화났어요).
 */
export const SPACELESS_NEGATORS = /(?:(?:不|没|沒|别|別|无|無|未)(?:有|是|太|会|會)?|ไม่(?:ได้)?|안)$/u;
export const SPACELESS_BOOSTERS = /(?:很|太|非常|特别|特別|真|超|とても|本当に|すごく|非常に|정말|너무|진짜|มาก)$/u;

/**
 * Openers of an informational question. Words that describe a problem weigh half
 * as much in such a question: "how do I report a stolen card?" is not anger.
 * "Why…?" is not listed: it is often rhetorical. "How" openers count with or
 * without a question mark; the others ("what", "que", "was"…) only in a message
 * that asks ("?"), because they also open exclamations ("¡Qué vergüenza!").
 */
export const HOW_OPENERS: readonly string[] = [
  '如何', '怎么', '怎麼', '怎样', '怎樣', 'どうやって', 'どうすれば', '어떻게', 'lam the nao', 'how', 'como', 'comment', 'wie', 'come', 'hoe', 'jak', 'nasil', 'как', 'bagaimana', 'gimana', 'lam sao', 'كيف',
];
/** "the way / the steps" in scripts without spaces (방법, 方法, 方式, ขั้นตอน): with a how-word, a request for steps even without "?". */
export const STEPS_NOUNS = /(?:방법|方法|方式|ขั้นตอน)/u;
/**
 * Words that open a condition ("if", "si", "wenn", "如果", "もし", "만약", "ถ้า"…). A message that opens with one and
 * asks ("if a driver is rude, how do I report him?", "如果司机态度不好怎么办？") describes a case that may happen: its
 * problem words weigh half, as in an informational question — unless the condition is put to the company ("if YOU…").
 */
export const CONDITION_OPENERS: readonly string[] = [
  'if', 'what if', 'in case', 'si', 'wenn', 'falls', 'se', 'als', 'indien', 'jesli', 'jezeli', 'если', 'якщо', 'eger', 'kalau', 'jika', 'apabila',
  'neu', 'اذا', 'لو', 'अगर', 'hvis', 'om', 'jos', 'ha', 'daca', 'αν', 'אם', 'kung', '如果', '万一', '萬一', '假如', 'もし', '만약', '만일', '혹시', 'ถ้า',
];
/** "if YOU…", "si USTED…", "wenn SIE…": a condition put to the company is a threat's, not a case that may happen. */
export const CONDITION_ON_COMPANY: readonly string[] = [
  'you', 'your', 'u', 'ur', 'usted', 'ustedes', 'vous', 'votre', 'vos', 'tu', 'ihr', 'sie', 'ihnen', 'voce', 'voces', 'vc', 'voi', 'jullie', 'wy', 'вы', 'вас', 'ваш',
  'ви', 'siz', 'sen', 'kalian', 'anda', 'انتم', 'انت', 'आप', 'तुम', '你们', '你們', '您', '你', 'あなた', '御社', '너희', '당신', '귀사',
];

export const QUESTION_OPENERS: readonly string[] = [
  'what', 'where', 'which', 'when', 'is this', 'is that', 'are these', 'can i', 'could i', 'do you', 'does', 'is there', 'are there', 'is it',
  'que', 'donde', 'cual', 'cuanto', 'quel', 'quelle', 'ou', 'est-ce que', 'combien',
  'was', 'wo', 'welche', 'welcher', 'gibt es', 'kann ich', 'qual', 'onde', 'o que', 'cosa', 'dove',
  'quale', 'wat', 'waar', 'welke', 'co', 'gdzie', 'czy', 'ne', 'что', 'где', 'apa', 'apakah', 'ما', 'هل',
];

/**
 * Self-directed words: the customer calls THEMSELF names ("I'm such an idiot", "je suis nul", "sono un idiota", "أنا غبي"),
 * is cross WITH THEMSELF ("furious with myself", "arrabbiato con me stesso"), or apologises for their own "stupid
 * question". Not anger at the company. Normalised forms.
 */
/** "I am" in each language, up to three words before the insult ("i'm SUCH AN idiot", "ich bin SO EIN Idiot"). */
export const SELF_COPULAS: readonly string[] = [
  "i'm", 'im', 'i am', "i'm such", 'i feel like', 'je suis', "j'suis", 'chui', 'ich bin', 'bin ich', 'soy', 'sou', 'sono', 'ik ben', 'jag ar', 'jeg er', 'jsem',
  'jestem', 'ειμαι', 'я', 'я такой', 'я такая', 'انا', 'אני', 'ben', 'saya', 'aku', 'minä olen', 'sunt', 'ako ay',
];
/** Insults a customer says of themself; a name said after "I am" is self-mockery. */
export const SELF_INSULTS: ReadonlySet<string> = new Set([
  'idiot', 'stupid', 'dumb', 'moron', 'dummy', 'fool', 'dope', 'airhead', 'nul', 'nulle', 'bete', 'idiote', 'con', 'conne', 'debile', 'idiot*', 'dumm', 'blod', 'trottel', 'depp',
  'idiota', 'tonto', 'tonta', 'estupido', 'estupida', 'torpe', 'burro', 'burra', 'desastre', 'stupido', 'stupida', 'scemo', 'scema', 'cretino', 'cretina', 'imbecille',
  'idioot', 'dom', 'sukkel', 'glupi', 'glupia', 'glupek', 'ηλιθιος', 'ηλιθια', 'χαζος', 'χαζη', 'βλακας', 'hloupy', 'hloupa', 'blbec', 'blbá', 'blba', 'trubka',
  'дурак', 'дура', 'идиот', 'идиотка', 'غبي', 'غبيه', 'احمق', 'טיפש', 'טיפשה', 'aptal', 'salak', 'bodoh', 'tolol', 'prost', 'proasta', 'tanga',
]);
/** "with myself", "at myself": the anger is the customer's own. */
export const AT_MYSELF: readonly string[] = [
  'with myself', 'at myself', 'mit mir selbst', 'uber mich selbst', 'auf mich selbst', 'mit mir', 'contre moi-meme', 'contre moi meme', 'apres moi-meme', 'conmigo mismo', 'conmigo misma',
  'con me stesso', 'con me stessa', 'comigo mesmo', 'comigo mesma', 'op mezelf', 'pa mig sjalv', 'pa meg selv', 'na sebe', 'na siebie', 'με τον εαυτο μου', 'на себя', 'من نفسي', 'على نفسي',
  'על עצמי', 'kendime', 'pada diri sendiri', 'sa sarili ko',
];
/** "a stupid question", "question bête", "السؤال الغبي": the insult names the customer's own question. */
export const QUESTION_NOUNS: ReadonlySet<string> = new Set(['question', 'questions', 'frage', 'pregunta', 'domanda', 'pergunta', 'vraag', 'fraga', 'pytanie', 'ερωτηση', 'otazka', 'otazku', 'вопрос', 'سوال', 'שאלה', 'soru', 'pertanyaan', 'intrebare', 'kysymys', 'spørgsmål', 'sporsmal']);
/** Spaceless: the customer before the insult ("私ってバカ", "我真是个笨蛋") or a question after it ("バカな質問", "蠢问题"). */
export const SPACELESS_SELF_BEFORE = /(?:私って|自分って|僕って|俺って|私は|自分は|我真是个|我真是個|我真是|我是个|我是個|我太|我好|나는|내가)(?:ほんとに?|本当に|マジで|まじで|すごく|真)?$/u;
export const SPACELESS_QUESTION_AFTER = /^(?:な|の)?(?:質問|问题|問題|질문)/u;
