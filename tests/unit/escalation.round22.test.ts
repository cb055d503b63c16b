/**
 * Round 22 of the escalation rules: regulators, licensing bodies and complaint schemes of the sectors the earlier tables
 * left out (src/escalation/lang/sector-regulators.ts): gambling regulators and their dispute services, health-care
 * inspectorates, medical and dental councils, patients' ombudsmen, and a few transport and telecom schemes. Named in a
 * statement they are a complaint to a regulator (frame 'regulator-named'); asked about, they are a question.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);

describe('a sector regulator named in a statement is a complaint to a regulator', () => {
  it.each([
    ['The Gambling Commission will be hearing from me about how you handled my withdrawal', 'en'],
    ['I have filed a dispute with IBAS over the voided bet', 'en'],
    ["I'm reporting this clinic to the Care Quality Commission", 'en'],
    ['I will be writing to the General Dental Council about the crown you fitted', 'en'],
    ['Ich habe mich bei der Zahnärztekammer über die Rechnung beschwert', 'de'],
    ['Ich melde das der Gemeinsamen Glücksspielbehörde', 'de'],
    ["J'ai saisi l'Ordre des médecins pour ce dépassement d'honoraires", 'fr'],
    ["Je vais signaler votre site à l'ANJ, ce n'est pas normal", 'fr'],
    ['Voy a poner una reclamación ante la DGOJ por el bloqueo de mi cuenta', 'es'],
    ['Ya presenté una queja en el Colegio de Médicos', 'es'],
    ['Vou fazer uma queixa na Entidade Reguladora da Saúde', 'pt'],
    ["Ho fatto una segnalazione all'Ordine dei medici", 'it'],
    ['Ik heb een klacht ingediend bij de Kansspelautoriteit', 'nl'],
    ['Złożyłam skargę do Rzecznika Praw Pacjenta', 'pl'],
    ['Jag har anmält er till Spelinspektionen', 'sv'],
    ['Jeg har klaget til Spillemyndigheden over jeres bonusvilkår', 'da'],
    ['Пожаловалась в Росздравнадзор на вашу клинику', 'ru'],
    ['Подам жалобу в Росавиацию', 'ru'],
    ['医療安全支援センターに相談しました', 'ja'],
    ['我已经向卫健委投诉了你们诊所', 'zh'],
    ['의료분쟁조정중재원에 신청했습니다', 'ko'],
    ['मैं मेडिकल काउंसिल में शिकायत करूँगा', 'hi'],
    ['Sudah saya laporkan ke Ombudsman RI', 'id'],
    ['Έκανα καταγγελία στον Ιατρικό Σύλλογο', 'el'],
    ['Podala jsem stížnost na Českou lékařskou komoru', 'cs'],
    ['Am depus o plângere la ONJN', 'ro'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('regulator');
  });
});

describe('a sector regulator asked about, or a body named in a routine statement, is no complaint', () => {
  it.each([
    ['Are you licensed by the Gambling Commission?', 'en'],
    ['Is your clinic registered with the CQC?', 'en'],
    ['Sind Sie bei der Zahnärztekammer eingetragen?', 'de'],
    ['¿Están regulados por la DGOJ?', 'es'],
    ['Zijn jullie aangesloten bij de Kansspelautoriteit?', 'nl'],
    // Bodies left out of the table on purpose: a health ministry or office named for a certificate, a lottery operator.
    ['Мне нужна справка в налоговую для вычета за лечение.', 'ru'],
    ['Ich brauche ein Attest fürs Gesundheitsamt', 'de'],
    ['Compro la Lotería Nacional todas las semanas, ¿puedo pagar con tarjeta?', 'es'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toContain('regulator');
  });
});
