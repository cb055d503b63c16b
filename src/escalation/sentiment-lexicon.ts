/**
 * Word lists for {@link LexiconSentimentScorer}. Keys are in {@link normalizeText}
 * form (lower-case, no accents: "péssimo" → "pessimo", "wütend" → "wutend").
 * Valences follow the VADER scale (about -4..+4). Support-chat specific:
 * complaint vocabulary that a bot can handle ("late", "problem") is only mildly
 * negative, while anger, insults, fraud accusations and "nth time" repetition
 * are strongly negative.
 */

/** Space-delimited languages (en, es, pt, fr, de, it, nl, id). Phrases are up to 4 words. */
export const LATIN_LEXICON: Readonly<Record<string, number>> = {
  // --- en: anger, profanity, accusations
  fuck: -4, fucking: -3.5, fucked: -3.5, 'f*ck': -3.5, fck: -3, shit: -3, shitty: -3, bullshit: -3.5, wtf: -3,
  crap: -2.5, crappy: -2.5, damn: -1.2, goddamn: -3, bloody: -1.5, scam: -3.5, scammers: -3.5, scammed: -3.5,
  fraud: -3.5, fraudulent: -3.5, 'rip off': -3, ripoff: -3, thieves: -3.5, stealing: -3, robbed: -3,
  liars: -3, lying: -2.5, ridiculous: -2.5, unacceptable: -3, outrageous: -3, disgraceful: -3, disgusting: -3,
  pathetic: -3, useless: -2.5, worthless: -3, worst: -3.2, terrible: -2.8, horrible: -2.8, awful: -2.8,
  incompetent: -3, incompetence: -3, appalling: -3, shameful: -3, nightmare: -2.5, absurd: -2.5, insane: -2,
  garbage: -3, trash: -2.5, sucks: -3, suck: -2.5, lousy: -2.5, rude: -2.5, furious: -3.5, livid: -3.5,
  angry: -3, pissed: -3, outraged: -3.5, hate: -3, infuriating: -3.5, infuriated: -3.5, frustrated: -2.5,
  frustrating: -2.5, annoyed: -2, annoying: -2, upset: -2, disappointed: -2, disappointing: -2, unhappy: -2,
  sad: -1.5, bad: -1.5, poor: -1.5, wrong: -1, broken: -1.2, damaged: -1.2, torn: -1.2, late: -0.8,
  delayed: -0.8, problem: -0.8, error: -0.8, missing: -0.8, slow: -1, worried: -1.2, confused: -0.8,
  stuck: -1, waste: -2, wasted: -2, seriously: -1, nobody: -1, 'no one': -1,
  'fed up': -3, 'sick of': -2.5, 'sick and tired': -3.5, 'had enough': -2.5, 'waste of time': -3,
  'waste of money': -3, 'what a joke': -3, joke: -1.5, 'going in circles': -2.5, 'in circles': -2,
  'third time': -2.5, 'fourth time': -2.5, 'fifth time': -2.5, '3rd time': -2.5, 'so many times': -2,
  'how many times': -2.5, 'times already': -2.5, 'still not': -1.5, 'still waiting': -1.5, 'still no': -1.5,
  'still nothing': -2, 'never again': -2.5, 'last attempt': -2, 'same answer': -1.5, 'are you even': -2,
  'on hold': -1, 'done with you': -2.5, 'you people': -2, "i'm done": -2, "didn't help": -1.5,
  "doesn't help": -1.5, 'not helping': -1.5, 'no help': -1.5, 'not acceptable': -3,
  'waste of my time': -3, 'waste of my money': -3, 'getting nowhere': -2.5, 'same question': -1.5,
  'keep asking': -1.5, 'three times': -2, 'four times': -2, 'five times': -2, '3 times': -2, '4 times': -2,
  '5 times': -2, 'several times': -1.5, 'multiple times': -1.5, 'many times': -1.5, 'numerous times': -1.5,
  desperate: -2.5, desperately: -2, stole: -3, steal: -2.5, stolen: -1.5,
  // --- en: positive
  thanks: 1.5, thank: 1.5, thx: 1.5, ty: 1, great: 3, awesome: 3, perfect: 2.8, excellent: 3, love: 3,
  helpful: 2, good: 1.9, happy: 2.5, glad: 2, appreciate: 2, appreciated: 2, amazing: 3, wonderful: 3,
  nice: 1.8, cool: 1.3, fantastic: 3, brilliant: 3, comfortable: 1.5, solved: 1.5, resolved: 1.5, ok: 0.9,
  okay: 0.9,
  // --- es
  mierda: -3.5, joder: -3, carajo: -3, estafa: -3.5, estafadores: -3.5, fraude: -3.5, pesimo: -3, pesima: -3,
  inaceptable: -3, verguenza: -2.5, harto: -3, harta: -3, ridiculo: -2.5,
  inutil: -2.5, basura: -3, molesto: -2, molesta: -2, enojado: -3, enojada: -3, enfadado: -3, enfadada: -3,
  furioso: -3.5, furiosa: -3.5, mal: -1.5, malo: -1.5, mala: -1.5, problema: -0.8, decepcionado: -2,
  decepcionada: -2, 'tercera vez': -2.5, 'cuarta vez': -2.5, 'varias veces': -1.5, desesperado: -2.5, desesperada: -2.5, nadie: -1, 'una burla': -3, 'ya basta': -3,
  gracias: 1.5, genial: 3, excelente: 3, perfecto: 2.8, contento: 2, contenta: 2, feliz: 2.5,
  encantado: 2.5, amable: 1.5, bien: 1.2, bueno: 1.2,
  // --- pt
  porra: -3, merda: -3.5, absurdo: -2.5, palhacada: -3, pessimo: -3, pessima: -3, horrivel: -2.8,
  inaceitavel: -3, vergonha: -2.5, lixo: -3, golpe: -3, raiva: -3, irritado: -2.5, irritada: -2.5,
  'cansado de': -2, 'cansada de': -2, 'saco cheio': -3, 'terceira vez': -2.5, 'varias vezes': -1.5, ninguem: -1,
  'nao aguento': -2.5, obrigado: 1.5, obrigada: 1.5, otimo: 3, perfeito: 2.8, valeu: 1.5, resolveu: 1.5,
  // --- fr
  merde: -3.5, putain: -3.5, inadmissible: -3, inacceptable: -3, scandaleux: -3, scandale: -3, honteux: -3,
  honte: -2.5, nul: -2.5, nulle: -2.5, arnaque: -3.5, escrocs: -3.5, ridicule: -2.5, colere: -2.5,
  marre: -3, furieux: -3.5, furieuse: -3.5, lamentable: -3, decu: -2, decue: -2, inutile: -2.5, retard: -0.8,
  'troisieme fois': -2.5, 'plusieurs fois': -1.5, desespere: -2.5, desesperee: -2.5, merci: 1.5, parfait: 2.8, super: 2, content: 2, contente: 2, ravi: 2.5, ravie: 2.5,
  // --- de
  scheisse: -3.5, verdammt: -2.5, unverschamt: -3, frechheit: -3, katastrophe: -3, katastrophal: -3,
  unmoglich: -2, lacherlich: -2.5, sauer: -2.5, wutend: -3, betrug: -3.5, betruger: -3.5, schlecht: -1.8,
  enttauscht: -2, unzumutbar: -3, mist: -2, argerlich: -2, 'dritte mal': -2.5, mehrmals: -1.5, verzweifelt: -2.5, niemand: -1,
  danke: 1.5, toll: 2.5, perfekt: 2.8, prima: 2, zufrieden: 2, klasse: 2.5, geholfen: 1.5, hilfreich: 2,
  // --- it, nl, id
  vergogna: -2.5, schifo: -3, inaccettabile: -3, truffa: -3.5, arrabbiato: -3, cazzo: -3.5, grazie: 1.5,
  perfetto: 2.8, ottimo: 3, belachelijk: -2.5, schandalig: -3, oplichters: -3.5, boos: -2.5, bedankt: 1.5,
  kecewa: -2, marah: -3, penipuan: -3.5, 'terima kasih': 1.5, beres: 1,
};

/** Spaceless scripts (ja, zh, ko, th) and emoji: matched as substrings, longest first. */
export const SPACELESS_LEXICON: Readonly<Record<string, number>> = {
  // ja
  最悪: -3.2, ふざけ: -3, ひどい: -2.5, 酷い: -2.5, 怒っ: -2.5, 怒り: -2.5, 頭にくる: -3, 腹が立: -3,
  いい加減にして: -3.5, 詐欺: -3.5, ありえない: -2.5, あり得ない: -2.5, 不満: -2, 残念: -1.5, がっかり: -2,
  何度も: -2, 何回も: -2, 何度目: -2.5, 三回目: -2.5, 四回目: -2.5, 再三: -2, 使えない: -2.5, 困って: -1, 遅い: -0.8, ありがとう: 1.5, 助かり: 1.5, 素晴らしい: 3,
  満足: 2, 嬉しい: 2.5, 最高: 3,
  // zh (simplified and traditional)
  垃圾: -3, 骗子: -3.5, 騙子: -3.5, 骗人: -3, 騙人: -3, 太差: -3, 差劲: -3, 差勁: -3, 气死: -3.5, 氣死: -3.5,
  生气: -2.5, 生氣: -2.5, 愤怒: -3, 憤怒: -3, 失望: -2, 恶心: -3, 噁心: -3, 搞什么: -2.5, 搞什麼: -2.5,
  什么破: -2.5, 坑人: -3, 坑爹: -3, 无语: -2, 無語: -2, 离谱: -2.5, 離譜: -2.5, 投诉: -1.5, 投訴: -1.5,
  不满意: -2.5, 不滿意: -2.5, 好几遍: -2, 好幾遍: -2, 好几次: -2, 好幾次: -2, 第三次: -2.5, 没人管: -2.5,
  沒人管: -2.5, 有没有人管: -2.5, 有沒有人管: -2.5, 到底: -1, 谢谢: 1.5, 謝謝: 1.5, 满意: 2, 滿意: 2, 很好: 2, 太好了: 3, 感谢: 2, 感謝: 2,
  // ko
  최악: -3.2, 짜증: -2.5, 화가: -2.5, 화나: -2.5, 사기: -3, 실망: -2, 어이없: -2.5, 감사: 1.5, 고맙: 1.5,
  // th
  แย่: -2, โกรธ: -3, ห่วย: -3, โกง: -3, ขอบคุณ: 1.5,
  // emoji (scanned in every script)
  '😡': -3, '🤬': -3.5, '😠': -2.5, '😤': -2.5, '👎': -2, '🙏': 1, '😊': 2, '🙂': 1, '👍': 1.5, '❤': 2, '😍': 2.5,
};

export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'without', 'neither', 'nor', 'hardly', 'dont', 'cant', 'wont', 'isnt', 'didnt',
  'nunca', 'ni', 'tampoco', 'sin', 'nao', 'nem', 'sem', 'pas', 'jamais', 'sans', 'nicht', 'kein', 'keine',
  'keinen', 'keiner', 'nie', 'niemals', 'ohne', 'non', 'mai', 'niet', 'geen', 'nooit', 'tidak', 'bukan',
]);

export const BOOSTERS: ReadonlySet<string> = new Set([
  'very', 'so', 'really', 'extremely', 'totally', 'absolutely', 'completely', 'super', 'incredibly', 'too',
  'such', 'utterly', 'truly', 'complete', 'muy', 'tan', 'demasiado', 'realmente', 'totalmente', 'muito', 'tao', 'demais',
  'tres', 'vraiment', 'tellement', 'trop', 'completement', 'sehr', 'total', 'extrem', 'echt', 'wirklich',
  'absolut', 'voll', 'molto', 'davvero', 'erg', 'heel', 'zeer', 'sangat', 'banget',
]);

export const DIMINISHERS: ReadonlySet<string> = new Set([
  'bit', 'slightly', 'somewhat', 'little', 'kinda', 'poco', 'peu', 'etwas', 'pouco', 'leicht',
]);

/** "but" and equivalents: what follows outweighs what precedes (VADER's contrast rule). */
export const CONTRASTS: ReadonlySet<string> = new Set(['but', 'however', 'pero', 'mais', 'aber', 'ma', 'maar', 'tapi', 'porem']);

export const SPACELESS_NEGATORS = /(?:不|没|沒|别|別|无|無|未)$/u;
export const SPACELESS_BOOSTERS = /(?:很|太|非常|特别|特別|真|超|とても|本当に|すごく|非常に|정말|너무|มาก)$/u;
