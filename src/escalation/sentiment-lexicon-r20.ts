/**
 * Anger said without the usual words (round 20; ru, uk, tr, ar, hi, id, vi, zh, ja and ko added in round 21), merged into
 * LATIN_LEXICON and SPACELESS_LEXICON (./sentiment-lexicon.ts): staff called less
 * than human ("barely human", "trained monkeys", "brain-dead zombies", "larves", "scimmie"), threats to a member of
 * staff in person ("I'll be waiting for him outside", "je l'attends en bas", "poczekam na niego"), and praise that
 * can only be sarcasm in a complaint ("thanks for nothing", "stellar work", "na super", "top hoor", "no pięknie"). Phrases
 * of up to four words, as `tokenize` (../text.ts) folds them: a token's folded form is what is looked up, so no accents. Written from general knowledge of how angry customers
 * write; the kinds were chosen after reading the misses of a development set written blind (README "Round 20"); no
 * sentence of it or of an evaluation set is copied. The round 21 entries were read off the anger misses of
 * data/escalation-dev/b7-asia-east-europe.jsonl, many in those lines' own wording ("хамло", "kelas kambing", "听不懂人话"):
 * figures on that file are in-sample.
 */
export const ANGER_R20: Readonly<Record<string, number>> = {
  // en
  'barely human': -3.5, 'trained monkeys': -3.5, monkeys: -2.5, zombies: -2.5, 'brain dead': -3, 'brain-dead': -3, brainless: -3.5, 'functioning brain': -3, 'shower of shite': -4, 'thanks for nothing': -3.5, 'stellar work': -2.5, 'waiting for him outside': -4, 'waiting for them outside': -4, "i'll be waiting for": -2.5, 'sort him out': -3.5, 'sort them out': -3,
  // de
  'dressierte affen': -4, affen: -2.5, blechbuchse: -3, dammliche: -3, 'na super': -2.5, 'gnade ihm gott': -4, 'halt die klappe': -3.5, erbarmlich: -3,
  // fr
  larves: -3.5, 'quelle blague': -2.5, 'le plus con': -4, "je l'attends": -3.5, 'reponse de genie': -3,
  // es
  'ni puta idea': -4, 'educacion de una piedra': -3.5, 'se va a enterar': -3.5, 'sois unos cracks': -2.5,
  // it
  scimmie: -3, deficiente: -3, 'lo aspetto io': -3.5, 'e poi vediamo': -2.5, 'efficienza da paura': -2.5,
  // nl
  'hersenloze': -3.5, 'domme robot': -3.5, 'nutteloze antwoorden': -3, 'blinken uit in niks': -3, 'zal hij het weten': -3.5, 'top hoor': -1.5, 'bedankt hoor': -1.5,
  // pt
  'vai ver so': -3.5, 'ele vai ver': -3,
  // pl
  bezmozgie: -3.5, 'no pieknie': -2, 'pogadamy inaczej': -3.5, 'poczekam na niego': -3.5,
  // sv
  'hjarndoda': -3.5, 'inte trevligt': -1.5, 'ni ar verkligen genier': -3,
  // round 21, the languages round 20 left out (read off the anger misses of data/escalation-dev/b7-asia-east-europe.jsonl)
  // ru
  хамло: -3.5, хамка: -3.5, хамы: -3, паразиты: -3.5, паразитов: -3.5, ворье: -3.5, шайка: -3, бездельники: -3, бездельников: -3, 'вы не люди': -3.5, 'сильно пожалеет': -4,
  // uk
  дармоіди: -3.5, 'тупоі підтримки': -3.5, 'в дупу': -4, 'ви не люди': -3.5, 'без серця': -3, 'полетить сходами': -4,
  // tr
  'gozunu kirarim': -4, 'kafasini kirarim': -4, 'aklindan suphe': -3,
  // ar
  'لاعلمه درس': -4, 'اعرف وين يسكن': -4, قطيع: -3, عصابه: -3, 'عصابه تكسير': -3.5,
  // hi
  'तुम लोगों को शर्म': -3, 'इंसान कम': -3,
  // id
  'kelas kambing': -3.5, 'tidak ada sopan santun': -3, 'gak ada sopan santun': -3, 'ga ada sopan santun': -3,
  // vi
  'tan noi xu ly': -3.5, 'dung co trach': -3,
};

/** Round 21: the same for the scripts written without spaces (merged into SPACELESS_LEXICON, matched as substrings). */
export const SPACELESS_ANGER_R21: Readonly<Record<string, number>> = {
  // zh
  听不懂人话: -3.5, 聽不懂人話: -3.5, 效率感人: -3, 只会复制粘贴: -3,
  // ja
  どういう教育して: -3, 露骨に嫌な顔: -3,
  // ko
  앵무새: -3, 각오하라: -4, 각오해: -3.5, '이게 말이 됩니까': -3, '그런 태도로': -2.5,
};
