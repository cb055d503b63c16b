/**
 * Hardship told as a blow to income and a relief asked for (round 20), per language, merged into each pack in ./index.ts
 * and read by the frame 'blow-then-relief' (../situations.ts: `lifeBlow` and `planAsk` anywhere in the message):
 * "I've been on sick leave for three months and my pay is halved — can I pause the repayments?", "Meine Firma ist
 * insolvent… können Sie die Zinsen aussetzen?", "Estoy de baja… ¿puedo aplazar las cuotas?".
 *  - `lifeBlow`: laid off or made redundant, on sick leave or off work ill, pay cut or not paid, benefits or a pension
 *    held up, the business gone under, a flood or a fire at home, debt collectors calling;
 *  - `planAsk` gains the reliefs such a customer asks for: pausing, deferring or postponing instalments, freezing the
 *    interest.
 * The frame's guards apply (a negation, a hypothetical: "what happens if I lose my job?" stays quiet).
 *
 * Written from general knowledge of how customers in difficulty write; the kinds were chosen after reading the misses of
 * a development set written blind (README "Round 20"); no sentence of it or of an evaluation set is copied. Words as
 * `normalizeText` leaves them (accents folded).
 */
import type { Concept } from './types.js';

type Table = Partial<Record<Concept, readonly string[]>>;

export const LIFE_BLOWS: Readonly<Record<string, Table>> = {
  en: {
    lifeBlow: ['laid off', 'made redundant', 'lost my job', 'been let go', 'on sick leave', 'off sick', 'off work sick', 'signed off work', 'pay was cut', 'pay has been cut', 'salary was cut', "haven't been paid", 'not been paid for', 'benefits are delayed', 'benefit is delayed', 'benefits have been delayed', 'universal credit', 'pension is late', 'went under', 'went bust', 'went bankrupt', 'gone bankrupt', 'insolvent', 'debt collectors', 'bailiffs', 'house flooded', 'house fire'],
    planAsk: ['pause the repayments', 'pause my repayments', 'pause the payments', 'defer the instalments', 'defer my instalments', 'postpone the instalments', 'postpone my payments', 'freeze the interest', 'freezing the interest', 'payment holiday', 'payment break'],
  },
  de: {
    lifeBlow: ['gekundigt worden', 'arbeitslos geworden', 'job verloren', 'krankgeschrieben', 'krank geschrieben', 'kein gehalt', 'gehalt gekurzt', 'lohn gekurzt', 'insolvent', 'pleite gegangen', 'bafog', 'burgergeld', 'arbeitslosengeld', 'inkasso', 'rente kommt', 'wasserschaden', 'hausbrand'],
    planAsk: ['zinsen aussetzen', 'zinsen einfrieren', 'raten aussetzen', 'rate aussetzen', 'raten pausieren', 'tilgung aussetzen', 'entgegenkommen'],
  },
  fr: {
    lifeBlow: ['licencie', 'licenciee', 'perdu mon emploi', 'perdu mon travail', 'en arret maladie', 'arret de travail', 'pas de salaire', 'salaire baisse', 'caf', 'chomage', 'en faillite', 'liquidation', 'huissier', 'recouvrement', 'inondation', 'incendie'],
    planAsk: ['suspendre les mensualites', 'reporter les mensualites', 'reporter mes echeances', 'geler les interets', 'attendre quelques jours', 'une aide'],
  },
  es: {
    lifeBlow: ['me despidieron', 'me han despedido', 'perdi mi trabajo', 'he perdido el trabajo', 'de baja', 'baja medica', 'no cobro', 'me han bajado el sueldo', 'paro', 'en quiebra', 'cerre el negocio', 'cobradores', 'recobro', 'inundacion', 'incendio'],
    planAsk: ['aplazar las cuotas', 'aplazar la cuota', 'aplazar los pagos', 'congelar los intereses', 'suspender las cuotas', 'fraccionar'],
  },
  it: {
    lifeBlow: ['licenziato', 'licenziata', 'perso il lavoro', 'in malattia', 'stipendio dimezzato', 'stipendio ridotto', 'non mi pagano', 'cassa integrazione', 'fallito', 'ha chiuso', 'recupero crediti', 'alluvione', 'incendio'],
    planAsk: ['sospendere qualche rata', 'sospendere le rate', 'rinviare le rate', 'bloccare gli interessi', 'congelare gli interessi', 'agevolazione'],
  },
  nl: {
    lifeBlow: ['ontslagen', 'baan kwijt', 'ziek thuis', 'ziekgemeld', 'burn-out', 'burnout', 'inkomen is gezakt', 'geen salaris', 'uitkering', 'toeslag is stopgezet', 'huurtoeslag', 'failliet', 'incassobureau', 'deurwaarder', 'overstroming', 'brand'],
    planAsk: ['aflossing pauzeren', 'aflossing een tijdje pauzeren', 'betalingen pauzeren', 'uitstel van betaling', 'rente bevriezen', 'regeling'],
  },
  pt: {
    lifeBlow: ['fui demitido', 'fui demitida', 'perdi o emprego', 'afastado pelo inss', 'afastada pelo inss', 'de licenca medica', 'salario atrasado', 'sem salario', 'beneficio ainda nao saiu', 'faliu', 'fechou na pandemia', 'cobranca ligando', 'enchente', 'incendio'],
    planAsk: ['adiar as parcelas', 'adiar a parcela', 'suspender as parcelas', 'congelar os juros', 'parcelar'],
  },
  pl: {
    lifeBlow: ['zwolniony', 'zwolniona', 'stracilem prace', 'stracilam prace', 'na zwolnieniu', 'l4', 'zus placi z opoznieniem', 'nie dostaje pensji', 'upadlosc', 'firma upadla', 'windykacja', 'komornik', 'powodz', 'pozar'],
    planAsk: ['zawiesic splate', 'zawiesic raty', 'odroczyc raty', 'odroczenie splaty', 'zamrozic odsetki', 'jakas ulga'],
  },
  sv: {
    lifeBlow: ['uppsagd', 'blev av med jobbet', 'sjukskriven', 'forsakringskassan', 'a-kassan', 'lonen har inte kommit', 'konkurs', 'inkasso', 'kronofogden', 'oversvamning', 'brand'],
    planAsk: ['pausa amorteringen', 'pausa betalningarna', 'skjuta upp betalningen', 'frysa rantan', 'avbetalningsplan', 'ingen paminnelseavgift'],
  },
};
