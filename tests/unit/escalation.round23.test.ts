/**
 * Round 23 of the escalation rules: a move to a competitor told as done — the contract signed, the policy taken out,
 * the account opened, the number moved — and the company told it is no longer needed
 * (src/escalation/lang/signed-elsewhere.ts), as churn; asked about, supposed, or towards the company, not.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);

describe('a move to a competitor told as done is churn', () => {
  it.each([
    ["We've signed with another provider from the first of May.", 'en'],
    ['I moved my number to another network this morning.', 'en'],
    ['We took out a policy with a different insurer last week.', 'en'],
    ['From next month we have fibre through the landlord, so we won\'t need you anymore.', 'en'],
    ['Wir haben bei einem anderen Anbieter unterschrieben.', 'de'],
    ['Die Hausratversicherung habe ich ab Januar woanders abgeschlossen.', 'de'],
    ["J'ai signé chez un autre fournisseur le mois dernier.", 'fr'],
    ["Je n'ai plus besoin de vous, j'ai trouvé moins cher ailleurs.", 'fr'],
    ['He firmado con otra compañía esta semana.', 'es'],
    ['Ho già firmato con un altro fornitore, il passaggio è da marzo.', 'it'],
    ['Fechei com outra operadora ontem.', 'pt'],
    ['Wij zijn overgestapt naar een andere aanbieder.', 'nl'],
    ['Podpisałem umowę z innym operatorem.', 'pl'],
    ['Я уже заключил договор с другой компанией.', 'ru'],
  ])('%s (%s)', (text, lang) => {
    expect(situations(text, lang)).toContain('churn');
  });
});

describe('a move to a competitor asked about, supposed or towards the company is not churn', () => {
  it.each([
    ['If I signed with another provider, would I pay an exit fee?', 'en'],
    ['Can I move my number to another network without losing my credit?', 'en'],
    ['I have signed with you after years with another provider, when does my plan start?', 'en'],
    ['I did not sign with another provider, the letter you sent is a mistake.', 'en'],
    ['Wenn ich bei einem anderen Anbieter unterschreibe, was passiert mit meinem Guthaben?', 'de'],
    ['Si je signe chez un autre fournisseur, dois-je vous prévenir ?', 'fr'],
    ['¿Qué pasa si firmo con otra compañía antes de que acabe la permanencia?', 'es'],
    ['I no longer need the paper bill, please send it by email.', 'en'],
  ])('%s (%s)', (text, lang) => {
    expect(situations(text, lang)).not.toContain('churn');
  });
});
