/**
 * Round 19 of the escalation vocabularies: keys and key cards as lost or stolen things, everyday taking verbs,
 * cheaper suppliers and contract compounds for churn (src/escalation/lang/keys-and-suppliers.ts); who acts for the
 * customer in law (lang/lawyers-and-notices.ts); one named person asked to follow a case (lang/call-back-asked.ts);
 * idioms of incompetence (sentiment-lexicon.ts). And the same words in questions, or found again, stay quiet.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { defaultEscalationRules } from '../../src/escalation/default-rules.js';
import { evaluateCases } from '../../src/escalation/eval.js';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { LexiconSentimentScorer } from '../../src/escalation/sentiment.js';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);

describe('a key, a fob or a key card lost or stolen; a payment taken twice', () => {
  it.each([
    ['Somebody stole my key fob out of my locker', 'en'],
    ['I have lost my access card for the building', 'en'],
    ['Mein Autoschlüssel wurde gestern gestohlen', 'de'],
    ['On m’a volé mes clés et mon badge ce matin', 'fr'],
    ['Jeg har mistet nøkkelen til boksen', 'no'],
    ['Zgubiłem kluczyk do samochodu', 'pl'],
    ['鍵を盗まれました', 'ja'],
    ['A guy made off with my tablet at the station', 'en'],
    ['you took the payment twice this month and I never agreed to it', 'en'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });
});

describe('cheaper suppliers, contracts as compounds, cancelling said outright: leaving', () => {
  it.each([
    ['Haluan irtisanoa sähkösopimukseni tämän kuun lopussa', 'fi'],
    ['Jeg vil si opp hos dere fra neste måned', 'no'],
    ['Jeg vil opsige hos jer hurtigst muligt', 'da'],
    ['We are switching to a cheaper supplier from March', 'en'],
    ['Ik stap over naar een goedkopere energieleverancier', 'nl'],
    ["right, that's enough. I'm cancelling.", 'en'],
    ['not worth it anymore, close it all please', 'en'],
    ['Vi vil avslutte kundeforholdet vårt hos dere', 'no'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('churn');
  });
});

describe('a move or a decision to leave told, then how to end the contract asked', () => {
  it.each([
    ['We have signed with another carrier from May. How do we close our business account?', 'en'],
    ['Following a review we no longer require your services. What is the notice period?', 'en'],
    ['Wir haben ab Juni einen anderen Paketdienst. Wie lange ist die Kündigungsfrist?', 'de'],
    ['Encontrei outra transportadora mais barata. Como faço para encerrar a minha conta?', 'pt'],
    ['Na tien jaar stappen we over naar een ander bedrijf. Wat is de opzegtermijn?', 'nl'],
    ['Vi byter till ett annat fraktbolag. När skickas slutfakturan?', 'sv'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('churn');
  });
  it.each([
    ["We've decided to move office next month. How do I update the pickup address so collections don't stop?", 'en'],
    ['I no longer require the Saturday slot. Can I cancel just that add-on?', 'en'],
    ["Your competitor charges less for customs, is that true? What's the notice period if I ever wanted to cancel?", 'en'],
    ["We're done with the onboarding, thanks! How do I close the setup wizard?", 'en'],
    ['Hemos decidido ampliar el contrato. ¿Cuál es el plazo de preaviso para cambiar de tarifa?', 'es'],
    ["Nous avons décidé de rester chez vous. Comment annuler l'option assurance uniquement ?", 'fr'],
    ['My old courier was awful, so glad I switched to you. How do I cancel a single pickup?', 'en'],
    ['We have decided to go with the annual plan. Where do I find the final invoice for the monthly one?', 'en'],
  ])('not: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('churn');
  });
});

describe('a charge told, then the consent denied in the next sentence', () => {
  it.each([
    ['£40 came off my card on Monday. I never authorised it.', 'en'],
    ['The add-on was ticked by default at checkout and I got charged for it', 'en'],
    ['Es wurden 38 € von meiner Karte abgebucht. Dem habe ich nie zugestimmt.', 'de'],
    ['Στην κάρτα μου βλέπω χρέωση 7,90€. Δεν τη ζήτησα ποτέ.', 'el'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toContain('security');
  });
  it.each([
    ['Is the insurance add-on pre-selected at checkout? I would like to untick it before I pay.', 'en'],
    ['My payment of £12.99 went through fine. I never clicked the tip option, so no tip, right?', 'en'],
    ['The charge of 5 € for the locker is fine. I did not authorise my flatmate to pick it up though, how do I stop that?', 'en'],
    ['I paid 20 dollars for express. I never chose Saturday delivery, can I change it to Monday?', 'en'],
    ['We were charged for 10 pickups last month, all correct. Never asked for the weekly report email though, how do I switch it off?', 'en'],
  ])('not: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('security');
  });
});

describe('who acts for the customer in law', () => {
  it.each([
    'my legal representative will be in touch with you',
    'I am taking independent legal advice about the disconnection',
    'a copy of this chat is being forwarded to my legal rep',
  ])('%s', (text) => {
    expect(situations(text, 'en')).toContain('legal');
  });
});

describe('one named person to follow the case', () => {
  it.each([
    'could you give me a single point of contact for this complaint',
    'I need a name I can come back to, not a different agent each time',
    'Ich brauche einen festen Ansprechpartner für die Abrechnung',
    'Je voudrais un interlocuteur unique pour mon dossier',
    'Graag een vast aanspreekpunt voor mijn klacht',
    'Would somebody from customer care be able to get in touch with me about this?',
    'Vorrei essere ricontattato da un operatore, grazie',
    "this is too messy for a chat, I'd rather talk it through with a real person",
    'any chance of a living breathing human today?',
    'Would it be possible for somebody to phone me this afternoon?',
    'please pass this chat over to whoever handles complaints',
    'I need a proper answer from a person, not a help article.',
    'Kan iemand van jullie klantenservice even meekijken?',
  ])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });
});

describe('idioms of incompetence are anger', () => {
  it.each(['your helpline is about as much use as a chocolate teapot', "honestly you lot couldn't run a bath"])('%s', async (text) => {
    const result = await evaluateCases([{ messages: [text], escalate: true, lang: 'en' }], defaultEscalationRules(), { sentiment: new LexiconSentimentScorer() });
    expect(result.tp).toBe(1);
  });
});

describe('the same words, nothing to take over', () => {
  it.each([
    ['What happens if I lose my key fob?', 'en'],
    ['How do I order a spare key card for my partner?', 'en'],
    ['I lost my keys last week but found them again. How do I change my address?', 'en'],
    ['Are you a cheaper supplier than the others?', 'en'],
    ['Mitä sopimusehdot sanovat hinnanmuutoksista?', 'fi'],
    ['Where do I pick up the keys for the apartment?', 'en'],
    ['Can you take the payment twice a month instead of once?', 'en'],
    ['When will the payment come out of my account each month?', 'en'],
    ["I'm cancelling my order from yesterday, how long does the refund take?", 'en'],
    ["if the price goes up again I'm cancelling.", 'en'],
  ])('%s', (text, language) => {
    expect(situations(text, language)).toEqual([]);
  });
  it.each(['What is a point of contact in your complaints process?', 'Who is my account manager, just curious', 'Sono stato ricontattato da un operatore ieri, tutto risolto', 'Thanks, the help article sorted it, not a help article fan usually but this was great', 'How do I pass my parcel over to someone else to collect?', "I'd rather not talk to a person, just tell me the fee", "I'd prefer not to speak to an agent, can you just answer"])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });
});
