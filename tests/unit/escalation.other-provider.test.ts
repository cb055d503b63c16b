/**
 * Another company of the same trade named generically (src/escalation/lang/other-provider.ts) makes a move to it a
 * churn case in many languages; the same words in a question or about something else stay quiet. Sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);

describe('moving to another company of the same trade', () => {
  it.each([
    ['Saya tidak akan perpanjang polis, pindah ke asuransi lain', 'id'],
    ['Jag förnyar inte försäkringen, byter till ett annat bolag', 'sv'],
    ['Ich wechsle zu einem anderen Anbieter, der ist viel günstiger', 'de'],
    ['Me cambio a otra aseguradora el mes que viene', 'es'],
    ['Je passe chez un autre assureur dès le mois prochain', 'fr'],
    ['Vou mudar para outra seguradora, cansei', 'pt'],
    ['Passo a un altro operatore, basta', 'it'],
    ['Ik stap over naar een andere verzekeraar', 'nl'],
    ['Przechodzę do innego ubezpieczyciela od przyszłego miesiąca', 'pl'],
    ['Başka bir sigortaya geçiyorum artık', 'tr'],
    ['Перехожу в другую страховую компанию', 'ru'],
    ['Mình chuyển sang công ty khác luôn', 'vi'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('churn');
  });
});

describe('the same words, no leaving', () => {
  it.each([
    ['Can I transfer my no-claims bonus from another insurer?', 'en'],
    ['My previous policy was with another company, does that matter?', 'en'],
    ['Kann ich Schadenfreiheitsrabatt von einem anderen Anbieter übernehmen?', 'de'],
    ['¿Aceptan el historial de otra aseguradora?', 'es'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toContain('churn');
  });
});
