/**
 * A question about the hand-off as a fallback: "can I speak to a human if the bot doesn't understand?", "puis-je parler à
 * un humain si besoin ?", "机器人回答不了的话可以转人工吗？". The customer asks whether a person is available should the bot
 * fail, which the bot answers; they are not asking to be put through now. Used by ./human-request.ts.
 *
 * The sentence around the request must end in a question mark and hold a condition about the bot failing (a condition
 * word and a bot word) or "if needed" ("si besoin", "bei Bedarf", "indien nodig"). "Can I speak to a human if possible?"
 * names no bot and no need, and stays a request. Normalised text (see ./text.ts).
 */

const L = '[\\p{L}\\p{N}]';
const word = (alts: readonly string[]): string => `(?<!${L})(?:${alts.join('|')})(?!${L})`;

/** Condition words of space-delimited languages: if, in case, when… */
const CONDITION = new RegExp(
  word(['if', 'in case', 'whenever', 'falls', 'wenn', 'sofern', 'si', 'au cas ou', 'lorsque', 'quand', 'cuando', 'se', '(?<!(?:meu|minha|o|seu|sua|do|no|esse|este|um|nosso|teu|el|mi|su|del|este|ese|un) )caso', 'als', 'indien', 'wanneer', 'om', 'ifall', 'kdyz', 'pokud', 'jestli', 'jesli', 'gdy', 'если', 'якщо', 'eger', 'jika', 'kalau', 'apabila', 'neu', 'khi', 'اذا', 'لو', 'ان']),
  'u',
);
/** Bot words of space-delimited languages, and the bot as the subject of a spaceless condition. */
const BOT = new RegExp(`${word(['bot', 'boten', 'bota', 'botu', 'chatbot', 'chatbotu', 'robot', 'roboten', 'assistant', 'assistent', 'assistente', 'asistente', 'ai', 'ki', 'ia', 'бот', 'чат-бот', 'البوت', 'بوت', 'الروبوت'])}|机器人|機器人|ボット|チャットボット|ロボット|AI|챗봇|봇|แชทบอท|บอท`, 'u');
/** A condition written after the verb (zh 的话, ja 場合/なら/たら, ko 면/경우, th ถ้า before). */
const CONDITION_AFTER = /的话|的話|如果|要是|場合|なら|たら|면|경우|ถ้า/u;
/** "If needed", "if necessary", "si besoin": the person asked for as a fallback with no bot named. */
const IF_NEEDED = new RegExp(
  word(['if needed', 'if necessary', 'if need be', 'if required', 'si besoin', 'si necessaire', 'au besoin', 'bei bedarf', 'falls notig', 'wenn notig', 'indien nodig', 'zo nodig', 'si es necesario', 'si hace falta', 'se necessario', 'se for preciso', 'se precisar', 'vid behov', 'om det behovs', 'v pripade potreby', 'w razie potrzeby', 'при необходимости', 'если нужно', 'при потребі', 'gerekirse', 'jika perlu', 'عند الحاجه', 'اذا احتجت']),
  'u',
);

/** Whether the request matched at `at` in `normalized` is asked as a fallback should the bot fail (see the module comment). */
export function asksAboutFallback(normalized: string, at: number): boolean {
  const before = normalized.slice(0, at);
  const start = Math.max(...['.', '!', '?', '。', '！', '？', '؟'].map((p) => before.lastIndexOf(p))) + 1;
  const rest = normalized.slice(at);
  const stop = rest.search(/[.!?。！？؟]/u);
  if (stop < 0 || !/[?？؟]/u.test(rest[stop] ?? '')) return false;
  const sentence = normalized.slice(start, at + stop);
  if (IF_NEEDED.test(sentence)) return true;
  return BOT.test(sentence) && (CONDITION.test(sentence) || CONDITION_AFTER.test(sentence));
}
