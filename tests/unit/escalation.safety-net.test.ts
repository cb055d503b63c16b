/**
 * The structural frames added for issue 9 part 1: the self-harm safety net, hardship as
 * "can't pay" + distress, SIM swap as symptoms, unauthorised charges as a negated act,
 * fraud as paid-then-vanished, a person marked as real, and frustration said twice.
 * Each fires in several languages; its near-misses (same words, no incident) do not.
 * Sentences written for this test; held-out figures are in the README.
 */
import { describe, expect, it } from 'vitest';
import { defaultEscalationRules } from '../../src/escalation/default-rules.js';
import { evaluateRules, type EscalationFacts } from '../../src/escalation/evaluate.js';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { LexiconSentimentScorer } from '../../src/escalation/sentiment.js';
import { detectSituations } from '../../src/escalation/situations.js';

const frames = (text: string, history?: string[]): string[] => detectSituations(text, history ? { history } : {}).map((h) => h.frame);
const situations = (text: string, history?: string[]): string[] => detectSituations(text, history ? { history } : {}).map((h) => h.situation);

describe('self-harm safety net', () => {
  it.each([
    ['I just want to go to sleep and never wake up', 'en'],
    ['Everyone would be happier if I just was not around anymore', 'en'],
    ['Ich möchte einfach nicht mehr aufwachen', 'de'],
    ['Sería más fácil desaparecer para siempre', 'es'],
    ['Je voudrais juste disparaître', 'fr'],
    ['Vorrei solo sparire', 'it'],
    ['Chcę tylko zniknąć', 'pl'],
    ['何もかも終わらせたい', 'ja'],
    ['我真的想死掉', 'zh'],
  ])('fires on an indirect hint: %s (%s)', (text) => {
    expect(situations(text)).toContain('self_harm');
    // Reported as a vulnerable customer too, for rule sets written before the net existed.
    expect(situations(text)).toContain('vulnerable');
  });

  it.each([
    ['I want to know when my phone battery will die'],
    ["I'm dying to see the new plans, when do they launch?"],
    ['I want to end the contract and stop the direct debit'],
    ['契約を終わらせたいです'],
    ['Ich will die Abbuchung stoppen'],
  ])('does not fire on a near-miss: %s', (text) => {
    expect(situations(text)).not.toContain('self_harm');
  });

  it('is its own urgent rule, evaluated before every other rule, so the bot never answers alone', async () => {
    const rules = defaultEscalationRules().map((r, i) => ({ ...r, id: `r${i}` }));
    const crisis = rules.find((r) => r.triggerConditions.situations?.includes('self_harm'));
    expect(crisis).toMatchObject({ priorityLevel: 1, ticketPriority: 'urgent', active: true });
    const facts: EscalationFacts = {
      text: 'Can I talk to a real person? Honestly I just want to disappear.',
      channel: 'webchat',
      customerTags: [],
      consecutiveUnsure: 0,
      repeatedFailures: 0,
      now: new Date(),
    };
    const match = await evaluateRules(rules, facts, { sentiment: new LexiconSentimentScorer() });
    // It also asks for a person, but the crisis rule wins: urgent, not "high".
    expect(match?.rule.name).toBe(crisis?.name);
    expect(match?.rule.ticketPriority).toBe('urgent');
  });
});

describe('hardship: unable to pay, with distress', () => {
  it.each([
    ["I can't pay the rent this month and I'm terrified, I have two kids", 'en'],
    ['Ich kann die Rate diesen Monat nicht zahlen und bin völlig verzweifelt', 'de'],
    ['Je ne peux pas payer la facture, je suis désespérée', 'fr'],
  ])('fires: %s (%s)', (text) => {
    expect(situations(text)).toContain('vulnerable');
  });

  it('fires on unable + pay in one sentence and distress in another', () => {
    expect(frames('Ich schaffe es nicht, die Miete zu zahlen. Ich weiß nicht mehr weiter.')).toContain('unable-to-pay-distress');
  });

  it.each([["I can't pay by card today, can I pay by bank transfer?"], ['Kann ich die Rechnung auch später bezahlen?']])('not without distress: %s', (text) => {
    expect(situations(text)).not.toContain('vulnerable');
  });
});

describe('SIM swap told as symptoms', () => {
  it.each([
    ['My phone has had no signal since this morning and now I get login codes I never asked for', 'en'],
    ["Plus de réseau depuis midi, et je reçois des codes de connexion", 'fr'],
    ['Geen bereik meer sinds vanochtend en ik krijg sms-codes van de bank', 'nl'],
  ])('fires: %s (%s)', (text) => {
    expect(situations(text)).toContain('security');
  });

  it('fires on the symptoms alone, without a word for SIM swap', () => {
    expect(frames('Since noon my phone shows SOS only. Then my bank sent me an alert.')).toContain('sim-swap-symptoms');
    expect(situations('Since noon my phone shows SOS only.')).toEqual([]);
  });

  it.each([['No signal at home since yesterday, is there an outage in my area?'], ['What should I do if I have no signal and need a login code?']])('not on a network question: %s', (text) => {
    expect(situations(text)).not.toContain('security');
  });
});

describe("unauthorised charges: a transaction, then the customer's own act negated", () => {
  it.each([
    ['There is a payment of 79 dollars to a games shop on my statement that I never made', 'en'],
    ['Tengo un cargo de 120 euros que yo no he hecho', 'es'],
    ['Er is 60 euro afgeschreven voor iets dat ik niet heb besteld', 'nl'],
    ['Widzę transakcję, której nie robiłem', 'pl'],
  ])('fires: %s (%s)', (text) => {
    expect(situations(text)).toContain('security');
  });

  it.each([["I haven't made the payment yet, can I pay tomorrow?"], ['Todavía no he hecho el pago, ¿puedo pagar mañana?']])('not when the act comes first: %s', (text) => {
    expect(situations(text)).not.toContain('security');
  });
});

describe('fraud: paid, then the other side vanished', () => {
  it.each([
    ['I paid the seller 300 pounds by bank transfer and now he has blocked me', 'en'],
    ['Ich habe 200 Euro überwiesen und der Verkäufer antwortet nicht mehr', 'de'],
    ['Paguei o vendedor pelo Pix e ele me bloqueou', 'pt'],
  ])('fires: %s (%s)', (text) => {
    expect(situations(text)).toContain('security');
  });

  it('not on a paid bill', () => {
    expect(situations('I paid the invoice yesterday, when will I get the receipt?')).not.toContain('security');
  });
});

describe('a person marked as real, in several languages', () => {
  it.each([
    ['honestly, is there an actual person who reads these?', 'en'],
    ['Gibt es bei Ihnen auch echte Menschen?', 'de'],
    ['¿Me atiende alguien de verdad?', 'es'],
    ["C'è qualcuno in carne e ossa?", 'it'],
    ['Chcę porozmawiać z prawdziwym konsultantem', 'pl'],
    ['Gerçek bir insanla yazışmak istiyorum', 'tr'],
  ])('is a request: %s (%s)', (text, lang) => {
    expect(detectHumanRequest(text)).toMatchObject({ matched: true, language: lang });
  });

  it.each([['Are you a real person?'], ['Sei una persona vera?'], ['Bist du ein echter Mensch?'], ['Do real people answer emails or is it automated?']])(
    'a question about the bot is not: %s',
    (text) => {
      expect(detectHumanRequest(text).matched).toBe(false);
    },
  );
});

describe('repeated frustration said twice in a follow-up', () => {
  it.each([
    [['Mon colis n’est pas arrivé'], 'Toujours rien, ça ne marche toujours pas'],
    [['Siparişim gelmedi'], 'Hâlâ gelmedi, tekrar yazıyorum'],
  ])('fires: %j then %s', (history, text) => {
    expect(situations(text, [...history])).toContain('frustration');
  });

  it('not on a fresh question that happens to say "still" and "again"', () => {
    expect(situations('It still says pending, can you explain the steps again?', ['How do I verify my account?'])).not.toContain('frustration');
  });
});
