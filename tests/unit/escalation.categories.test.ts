/**
 * The default rule set of a new tenant, category by category: what a customer in
 * each situation writes escalates through the rule of that category, in several
 * languages, and its near-misses (informational questions, hypotheticals,
 * negations, someone else's story, the customer's own routine action) do not.
 * Also the story frames: a disowning in a later sentence, an alibi, a request
 * obeyed then harm, a story told over several messages, typos and chat
 * abbreviations. Sentences written for this test (in-sample by nature).
 */
import { describe, expect, it } from 'vitest';
import { defaultEscalationRules } from '../../src/escalation/default-rules.js';
import { evaluateCases } from '../../src/escalation/eval.js';
import { LexiconSentimentScorer } from '../../src/escalation/sentiment.js';
import { detectSituations } from '../../src/escalation/situations.js';

const RULE = {
  self_harm: 'Crisis: self-harm safety net',
  security: 'Security incident',
  vulnerable: 'Vulnerable customer',
  human: 'Explicit request for a human',
  legal: 'Legal threat or chargeback',
  regulator: 'Complaint to a regulator',
  churn: 'Churn: closing, cancelling or leaving',
  anger: 'Anger or abuse',
  frustration: 'Repeated frustration',
} as const;

/** The rule that escalates this conversation, or null. */
async function firedBy(messages: readonly string[], lang?: string): Promise<string | null> {
  const result = await evaluateCases([{ messages, escalate: true, ...(lang ? { lang } : {}) }], defaultEscalationRules(), {
    sentiment: new LexiconSentimentScorer(),
  });
  return result.outcomes[0]?.rule ?? null;
}

type Row = readonly [category: string, rule: string, messages: readonly string[], lang: string];

const ESCALATES: readonly Row[] = [
  ['human_request', RULE.human, ['This bot is going nowhere, can I talk to a real person?'], 'en'],
  ['human_request', RULE.human, ['Je voudrais parler à un conseiller humain'], 'fr'],
  ['anger', RULE.anger, ['You are useless thieves, this is absolutely disgusting service!!!'], 'en'],
  ['repeated_frustration', RULE.frustration, ['C\'est la troisième fois que je vous écris pour le même problème'], 'fr'],
  ['legal', RULE.legal, ['I\'m going to see a lawyer about this'], 'en'],
  ['legal', RULE.legal, ['I am prepared to take this matter further legally'], 'en'],
  ['legal', RULE.legal, ['Je vais voir un avocat'], 'fr'],
  ['regulator', RULE.regulator, ['I\'ll be writing to the regulator about this'], 'en'],
  ['regulator', RULE.regulator, ['Je vais faire un signalement à la DGCCRF'], 'fr'],
  ['churn', RULE.churn, ['I\'m done. Cancel everything and refund me what\'s left'], 'en'],
  ['churn', RULE.churn, ['Je résilie tout, je me barre chez un autre opérateur'], 'fr'],
  ['account_takeover', RULE.security, ['Why does my profile have a different name and address on it now?? I didn\'t touch anything'], 'en'],
  ['account_takeover', RULE.security, ['Someone I don\'t know has been logging into my account'], 'en'],
  ['account_takeover', RULE.security, ['Bonjour, je ne peux plus accéder à mon espace client, l\'adresse email a été changée et je n\'ai rien fait'], 'fr'],
  ['unauthorised_charge', RULE.security, ['what is this 120 dollar charge?? I didn\'t buy anything from you'], 'en'],
  ['unauthorised_charge', RULE.security, ['I never gave permission for this payment'], 'en'],
  ['unauthorised_charge', RULE.security, ['I got a letter about a credit agreement I never signed'], 'en'],
  ['unauthorised_charge', RULE.security, ['my bill this month has roaming charges from Spain but I haven\'t left the country in two years'], 'en'],
  ['unauthorised_charge', RULE.security, ['ya un débit chelou de 80€ sur mon compte'], 'fr'],
  ['unauthorised_charge', RULE.security, ['On m\'a facturé un abonnement auquel je n\'ai jamais souscrit'], 'fr'],
  ['lost_stolen', RULE.security, ['my phone got stollen on the train'], 'en'],
  ['lost_stolen', RULE.security, ['My phone was taken from my hand on the street and the wallet app is on it'], 'en'],
  ['sim_swap', RULE.security, ['I got a text saying my SIM was replaced at a store, but I\'ve been home all day'], 'en'],
  ['sim_swap', RULE.security, ['hi', 'my phone has had no service since this morning', 'and now my bank is sending me login codes'], 'en'],
  ['sim_swap', RULE.security, ['Mon téléphone n\'a plus de réseau depuis ce matin et je reçois des codes de ma banque que je n\'ai pas demandés'], 'fr'],
  ['sim_swap', RULE.security, ['Mein Handy hat seit heute Morgen kein Netz und ich bekomme SMS-Codes, die ich nicht angefordert habe'], 'de'],
  ['phishing', RULE.security, ['an email about a refund asked me to log in, I did, and now I\'m locked out'], 'en'],
  ['phishing', RULE.security, ['Someone from "support" messaged me and I gave them my recovery phrase'], 'en'],
  ['phishing', RULE.security, ['j\'ai cliqué sur un lien bidon et mis mes infos de carte'], 'fr'],
  ['phishing', RULE.security, ['SMSのリンクをクリックしてカード情報を入力してしまいました'], 'ja'],
  ['fraud', RULE.security, ['I was duped into paying for a phone that never existed'], 'en'],
  ['fraud', RULE.security, ['Un escroc m\'a fait virer de l\'argent sur un compte soi-disant sécurisé'], 'fr'],
  ['fraud', RULE.security, ['我被骗了，转了钱之后对方把我拉黑了'], 'zh-CN'],
  ['bereavement', RULE.vulnerable, ['My dad just passed, I need to sort out his line'], 'en'],
  ['bereavement', RULE.vulnerable, ['Ma mère nous a quittés, je dois gérer ses comptes'], 'fr'],
  ['hardship', RULE.vulnerable, ['I lost my job and I can\'t pay this bill, I\'m really scared'], 'en'],
  ['self_harm', RULE.self_harm, ['honestly what\'s the point of anything anymore'], 'en'],
  ['self_harm', RULE.self_harm, ['A quoi bon continuer, plus rien n\'a de sens'], 'fr'],
];

const NEAR_MISSES: ReadonlyArray<readonly [category: string, messages: readonly string[], lang: string]> = [
  ['human_request', ['How do I add my wife as a second person on my account?'], 'en'],
  ['legal', ['I\'d like a copy of my contract for my lawyer'], 'en'],
  ['churn', ['What does the cancellation fee cover?'], 'en'],
  ['churn', ['Combien coûte la résiliation de l\'abonnement ?'], 'fr'],
  ['account_takeover', ['How do I stop someone from accessing my account?'], 'en'],
  ['account_takeover', ['Comment changer mon mot de passe ?'], 'fr'],
  ['unauthorised_charge', ['How do I report a charge I don\'t recognise?'], 'en'],
  ['unauthorised_charge', ['Comment signaler un paiement que je ne reconnais pas ?'], 'fr'],
  ['unauthorised_charge', ['The bill is 50 euros. I haven\'t paid it yet'], 'en'],
  ['unauthorised_charge', ['I made a transfer. I haven\'t used the app before.'], 'en'],
  ['lost_stolen', ['Que faire si ma carte est volée ?'], 'fr'],
  ['lost_stolen', ['Kartım çalınırsa ne yapmalıyım?'], 'tr'],
  ['lost_stolen', ['如果手机丢了怎么办？'], 'zh-CN'],
  ['sim_swap', ['My phone has no signal in the basement, is there an outage?'], 'en'],
  ['sim_swap', ['I got a new sim while I was at home, how do I activate it?'], 'en'],
  ['sim_swap', ['Puis-je transférer mon numéro sur une nouvelle SIM ?'], 'fr'],
  ['phishing', ['I got a suspicious email, I didn\'t click anything. Is it real?'], 'en'],
  ['phishing', ['The app asked me to update it and I did, where is the new menu?'], 'en'],
  ['phishing', ['Wie erkenne ich eine Phishing-SMS?'], 'de'],
  ['fraud', ['My friend was scammed last year, how do your security checks work?'], 'en'],
  ['bereavement', ['What happens to my points if I die?'], 'en'],
  ['self_harm', ['I\'m dying to try the new plan, how do I upgrade?'], 'en'],
  ['routine', ['I want to change my plan to a cheaper one'], 'en'],
  ['routine', ['How do I top up my wallet?'], 'en'],
];

describe('default rules: every category escalates through its own rule', () => {
  it.each(ESCALATES)('%s → %s: %j (%s)', async (_category, rule, messages, lang) => {
    expect(await firedBy(messages, lang)).toBe(rule);
  });
});

describe('default rules: near-misses do not escalate', () => {
  it.each(NEAR_MISSES)('%s: %j (%s)', async (_category, messages, lang) => {
    expect(await firedBy(messages, lang)).toBeNull();
  });
});

describe('story frames', () => {
  const frames = (text: string, history?: string[]): string[] => detectSituations(text, history ? { history } : {}).map((h) => h.frame);

  it('reads a disowning in a later sentence back to the transaction', () => {
    // A sum of money is a transaction, so the sentence-spanning frame may read it first.
    expect(frames('You took €59.99 from me on the 3rd. I didn\'t buy anything.')).toEqual(expect.arrayContaining([expect.stringMatching(/^disowned-(act|later)$/)]));
  });

  it('needs the disowned act to point back: a pending payment is not a disowning', () => {
    expect(frames('The invoice is 50 euros. I haven\'t paid it yet.')).toEqual([]);
  });

  it('takes an alibi beside a SIM change as a SIM swap', () => {
    expect(frames('My SIM was replaced. I was home all day.')).toContain('alibi-sim');
  });

  it('reads a story told over several messages, and marks it', () => {
    expect(frames('and now my password was changed', ['my phone has had no signal since this morning'])).toEqual(
      expect.arrayContaining([expect.stringMatching(/\+history$|account/)]),
    );
    expect(frames('and now my bank is sending me codes', ['hello', 'my phone says no service'])).toContain('sim-swap-symptoms+history');
    expect(frames('and now my bank is sending me codes')).toEqual([]);
  });

  it('corrects typos and chat abbreviations of English vocabulary, but never a real word into a term', () => {
    expect(frames('sum1 hacked my acct')).toContain('account-taken-over');
    expect(detectSituations('I want to change my plan')).toEqual([]);
  });

  it('keeps the negation that belongs to a negative word ("n\'a plus de réseau")', () => {
    expect(frames('Mon téléphone n\'a plus de réseau et je reçois des codes de ma banque')).toContain('sim-swap-symptoms');
  });

  it('counts a resolution only when it comes with or after the situation', () => {
    expect(frames('Never mind the bill question, my phone was just stolen')).toContain('stolen-card-or-device');
    expect(frames('My phone was stolen but I found it, never mind')).toEqual([]);
  });

  it('takes a past cue as history only in the clause of the situation, and not beside a recent one', () => {
    expect(frames('I have been a customer since last year and today someone hacked my account')).toContain('account-taken-over');
    expect(frames('My card was stolen last year, how do I get a new PIN?')).toEqual([]);
  });

  it('reads a condition after the situation as hypothetical only in its own clause', () => {
    expect(frames('My phone was stolen, what happens if the thief uses my wallet?')).toContain('stolen-card-or-device');
    expect(detectSituations('Can I close my account if I move abroad?')).toEqual([]);
  });
});
