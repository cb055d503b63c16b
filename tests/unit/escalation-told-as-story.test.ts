/**
 * Issue 9, round 5b: situations told as a story rather than named — a person asked for
 * indirectly ("talk this through with somebody", "can you ring me?"), phishing told as a
 * lookalike site or a caller posing as the company, a charge the customer has "no idea about",
 * account takeover told as symptoms (shut out + orders to an address the customer does not
 * know), hardship and churn in everyday words. Each group has near-misses that share words
 * and must not escalate. Sentences written for this test, in several languages.
 */
import { describe, expect, it } from 'vitest';
import { escalatedAs } from '../helpers/escalated-as.js';


describe('escalates situations told as a story', () => {
  it.each([
    // a person, asked for indirectly
    ['I need to talk this through with somebody', 'human_request'],
    ["I'd like to go over it with a person, it's complicated", 'human_request'],
    ['Can you ring me? It is easier on the phone', 'human_request'],
    ["I'd prefer a phone call, this is too complicated to type", 'human_request'],
    ['This needs a human, the bot keeps missing the point', 'human_request'],
    ['Please have a manager contact me', 'human_request'],
    // phishing told as what happened
    ['I put my login on a site that looked like yours and now I cannot get into my account', 'security'],
    ['Someone posing as your support team on social media got my card number', 'security'],
    ['I rang a number I found on google for a refund and they took £150 from me', 'security'],
    // an unknown charge in everyday words
    ["There's a £23 payment this morning I've got no idea about", 'security'],
    // account takeover as symptoms
    ["I can't log in any more and there are orders going to an address I don't know", 'security'],
    ['Someone keeps signing into my account from another country', 'security'],
    ['My account was emptied overnight', 'security'],
    ['My account has ended up in the wrong hands', 'security'],
    // hardship and churn in everyday words
    ["Things are really hard financially right now and I can't afford this charge", 'vulnerable'],
    ['I can barely afford food this week and you took the money twice', 'vulnerable'],
    ['Why would I keep paying for your subscription when it never works', 'churn'],
    ["Honestly I'm ready to give up on you guys", 'churn'],
    ['Right, time to find another app', 'churn'],
    // fraud told as what happened
    ['I got ripped off by someone claiming to be a courier', 'security'],
    ['A man rang saying he was from the app and asked me to approve a payment, I did and £60 went out', 'security'],
    ['My account keeps sending weird messages to my contacts', 'security'],
    // grief told as circumstance; "ever since" is a fact, not a condition
    ['Ever since we lost our baby I have not been coping with any of this', 'vulnerable'],
    ["My mum is gone now and I don't know what to do with her account", 'vulnerable'],
    ["I can't see a way forward anymore", 'self_harm'],
    // hardship as what the money was for; churn as already gone; takeover as a stranger's address
    ['That was my grocery money for the week and you charged it twice', 'vulnerable'],
    ["I'm on a really tight budget and this refund is late", 'vulnerable'],
    ["Remove my card and close my profile, I'm not using this anymore", 'churn'],
    ["I've already downloaded another app, bye", 'churn'],
    ['My account email is now some random address', 'security'],
    ['The courier kept my food and marked it as delivered', 'security'],
    ['The driver stole my order, I saw him eat it on the doorbell camera', 'security'],
    ['My partner has been using my account without my permission to order food', 'security'],
  ])('%s → %s', async (text, category) => {
    expect(await escalatedAs(text)).toBe(category);
  });

  it.each([
    ['Ich kann mich nicht mehr einloggen und es gibt Bestellungen an eine fremde Adresse', 'de'],
    ['Ya no puedo entrar y hay pedidos que nunca hice', 'es'],
    ['Je ne peux plus me connecter et il y a des commandes que je n\'ai jamais passées', 'fr'],
    ['Non riesco più ad accedere e ci sono ordini che non ho mai fatto', 'it'],
    ['Não consigo entrar e tem pedidos que eu não fiz', 'pt'],
    ['Saya tidak bisa login dan ada pesanan ke alamat yang tidak saya kenal', 'id'],
    ['Hesabıma giremiyorum ve tanımadığım bir adrese siparişler gidiyor', 'tr'],
    ['Ma carte SIM ne marche plus et je reçois des codes de connexion', 'fr'],
  ])('security told as symptoms: %s (%s)', async (text, language) => {
    expect(await escalatedAs(text, language)).toBe('security');
  });
});

describe('does not escalate near-misses that share the words', () => {
  it.each([
    ['Can you call me when the driver arrives?'],
    ['How do I discuss a refund with the restaurant?'],
    ['How do I change the delivery address if I can\'t log in?'],
    ["I can't log in, can I use a different address for my order?"],
    ['Je ne peux pas me connecter, comment changer mon adresse ?'],
    ['Can I use my account from another country when I travel?'],
    ['What should I do if I see a payment I don\'t recognise?'],
    ['How do I spot a site that looks like yours but is fake?'],
    ['How much does the subscription cost per month?'],
    ['Can you help me find another app for my tablet?'],
    ['My card is gone now, can you block it? I already have a new one'],
    ['What happens to my account if I ever lose my phone?'],
    ['How do I unsubscribe from your newsletter emails?'],
    ['Can I change my profile picture?'],
    ['What if the driver steals my order?'],
    ["I'd like a phone call reminder when the driver is near"],
    ['How do I have the driver contact me?'],
    ['Does this need a human signature?'],
    ['The driver took my order to the wrong house'],
    ['The driver kept calling me but I was in the shower'],
  ])('%s', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});

describe('frustration is not read as self-harm', () => {
  it('"had enough of everything going wrong" is not a self-harm hint', async () => {
    expect(await escalatedAs("I've had enough of everything going wrong with my orders")).not.toBe('self_harm');
  });
});
