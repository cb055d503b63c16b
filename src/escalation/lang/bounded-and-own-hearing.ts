/**
 * Two threats that are not threats (../situations.ts guards `timeBound` and `ownHearing`):
 *  - `forToday`: a leaving phrase bounded to the day ("I'm done with you guys for today", "por hoy ya está"): the customer
 *    ends the conversation, not the relationship. Only bounds of a day or an evening: "cancel everything for now" still
 *    cancels, so the open-ended "for now" is not listed.
 *  - `ownHearing` + `hearingDay`, with no `opponentUs`: the customer's own appearance in court ("Ich muss morgen vor
 *    Gericht aussagen", "tengo que ir al juzgado mañana", "мне завтра нужно в суд") — an obligation or a witness's part
 *    with a day or a testimony, and nobody of the company named as the other side ("you", "euch", "os", "вас", "against")
 *    nor a suing verb ("I need to sue tomorrow" is still a threat).
 */
import type { ConceptTable } from './types.js';

export const BOUNDED_AND_OWN_HEARING: Readonly<Record<string, ConceptTable>> = {
  en: {
    forToday: ['for today', 'for tonight', 'for the day', 'for this evening', 'for this morning', 'until tomorrow', 'till tomorrow'],
    ownHearing: ['i have to go to', 'i need to go to', 'i have to be in', 'i need to be in', 'i have to be at', 'i have to appear', 'i need to appear', 'i must appear', 'i have to testify', 'i need to testify', "i've been called as a witness", 'called as a witness', 'i have jury duty', 'i have a hearing', 'called to court as a witness', 'been called to court', 'summoned as a witness', 'summoned to court', 'summoned for jury', 'jury service', 'i have to give evidence'],
    hearingDay: ['today', 'tomorrow', 'tonight', 'this morning', 'this afternoon', 'next week', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'testify', 'as a witness', 'jury duty', 'jury service', 'give evidence'],
    opponentUs: ['you', 'your', 'you guys', 'against', 'this company', 'your company', 'over this', 'because of this', 'because of you', 'sue', 'suing', 'take', 'taking', 'file', 'lawsuit'],
  },
  de: {
    forToday: ['fur heute', 'fuer heute', 'fur den tag', 'fur diesen abend', 'bis morgen'],
    ownHearing: ['ich muss', 'ich soll', 'ich bin vorgeladen', 'bin als zeuge', 'bin als zeugin', 'ich habe einen termin', 'ich hab einen termin'],
    hearingDay: ['heute', 'morgen', 'ubermorgen', 'nachste woche', 'am montag', 'am dienstag', 'am mittwoch', 'am donnerstag', 'am freitag', 'aussagen', 'als zeuge', 'als zeugin', 'erscheinen', 'vorgeladen'],
    opponentUs: ['sie', 'euch', 'ihr', 'ihre', 'ihnen', 'dich', 'gegen', 'deswegen', 'deshalb', 'ihrer firma', 'eure firma', 'verklagen', 'klagen', 'bringen', 'anzeigen', 'klage'],
  },
  es: {
    forToday: ['por hoy', 'por esta noche', 'hasta manana', 'por el dia de hoy'],
    ownHearing: ['tengo que ir', 'tengo que estar', 'tengo que presentarme', 'tengo que declarar', 'tengo que testificar', 'debo ir', 'debo presentarme', 'debo declarar', 'me han citado', 'me citaron', 'tengo cita'],
    hearingDay: ['hoy', 'manana', 'pasado manana', 'la semana que viene', 'la proxima semana', 'el lunes', 'el martes', 'el miercoles', 'el jueves', 'el viernes', 'declarar', 'testificar', 'como testigo', 'citado', 'citada'],
    opponentUs: ['os', 'los', 'les', 'usted', 'ustedes', 'vosotros', 'contra', 'su empresa', 'esta empresa', 'por esto', 'demandar', 'denunciar', 'llevar', 'llevaros', 'demanda'],
  },
  ru: {
    forToday: ['на сегодня', 'до завтра', 'на этот вечер'],
    ownHearing: ['мне нужно', 'мне надо', 'нужно в суд', 'надо в суд', 'нужно идти', 'надо идти', 'я должен', 'я должна', 'меня вызвали', 'вызывают в суд', 'мне явиться', 'свидетелем'],
    hearingDay: ['сегодня', 'завтра', 'послезавтра', 'на следующей неделе', 'в понедельник', 'во вторник', 'в среду', 'в четверг', 'в пятницу', 'давать показания', 'свидетел*', 'повестк*', 'заседани*'],
    opponentUs: ['вы', 'вас', 'вам', 'вами', 'ваш*', 'против', 'компани*', 'из-за этого', 'из за этого', 'подать', 'подам', 'иск*', 'засуж*'],
  },
};
