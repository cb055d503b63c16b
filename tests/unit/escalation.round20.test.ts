/**
 * Round 20 of the escalation rules: moving house is no leaving (src/escalation/lang/moving-house.ts, the churn frames'
 * `keepsIt` guard), and a document asked to be emailed is no request for a person (`sentOnly` in
 * src/escalation/human-request.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);

describe('a move of house with the service kept is no churn', () => {
  it.each([
    ["I'm moving to Spain for a month, can I pause deliveries?", 'en'],
    ["I'm moving to Berlin next month, how do I change my address?", 'en'],
    ['Ich ziehe nach Hamburg um und möchte meinen Vertrag mitnehmen.', 'de'],
    ["Je déménage à Lyon, il faut faire un changement d'adresse.", 'fr'],
    ['Me mudo a Valencia, quiero pausar el servicio dos meses.', 'es'],
    ["Mi trasferisco a Milano, vorrei mettere in pausa l'abbonamento.", 'it'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).not.toContain('churn');
  });
  it.each([
    ["I'm moving to Octopus Energy. Close my account.", 'en'],
    ["I'm moving to a cheaper provider, so send the final bill to my new address.", 'en'],
    ["I'm moving to another provider and I don't want to pause my account, close it.", 'en'],
  ])('still churn: %s', (text, language) => {
    expect(situations(text, language)).toContain('churn');
  });
});

describe('a document asked to be sent is no request for a person', () => {
  it.each(['Can someone email me the invoice?', 'could a person text me the code please', 'can somebody email me a copy of the contract'])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });
  it.each(['Can someone email me?', 'have someone email me about the refund', 'Can a real person email me please'])('still a request: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });
});
