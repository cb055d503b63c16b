/**
 * Anger said without the usual words (round 20), merged into LATIN_LEXICON (./sentiment-lexicon.ts): staff called less
 * than human ("barely human", "trained monkeys", "brain-dead zombies", "larves", "scimmie"), threats to a member of
 * staff in person ("I'll be waiting for him outside", "je l'attends en bas", "poczekam na niego"), and praise that
 * can only be sarcasm in a complaint ("thanks for nothing", "stellar work", "na super", "top hoor", "no pięknie"). Phrases
 * of up to four words, as `tokenize` (../text.ts) folds them: a token's folded form is what is looked up, so no accents. Written from general knowledge of how angry customers
 * write; the kinds were chosen after reading the misses of a development set written blind (README "Round 20"); no
 * sentence of it or of an evaluation set is copied.
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
};
