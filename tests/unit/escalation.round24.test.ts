/**
 * Round 24 of the escalation rules (src/escalation/lang/vulnerable-now.ts): vulnerable customers the earlier tables
 * left out — not coping right now, something essential gone tonight or cut off with a baby at home, a relative or child
 * missing, a child writing alone and frightened or approached by a stranger, a disability and the way in blocked, old
 * age and confusion, dementia named, a partner feared, a medical emergency told in everyday words. Asked about,
 * joked about, past or someone's device, not. Each case names the frame it must fire, so a frame removed fails here.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const frames = (text: string, language: string): string[] => detectSituations(text, { language }).filter((h) => h.situation === 'vulnerable').map((h) => h.frame);

describe('round 24 frames fire on the situation they name', () => {
  it.each([
    ['acute-distress', "I can't cope with any of this anymore, everything is falling apart", 'en'],
    ['acute-distress', "I'm having a panic attack just trying to sort this out", 'en'],
    ['acute-distress', 'Ich bin total am Ende und weiß nicht mehr weiter', 'de'],
    ['acute-distress', 'Estoy desbordada, no puedo más con todo esto', 'es'],
    ['crisis-now', 'We have nowhere to sleep tonight, the landlord changed the locks', 'en'],
    ['crisis-now', 'No tengo nada para comer y mis hijos tienen hambre', 'es'],
    ['essential-cut-dependent', "You cut off our electricity and I have a newborn, it's freezing in here", 'en'],
    ['essential-cut-dependent', 'Wir haben seit drei Tagen keine Heizung und mein Baby ist krank', 'de'],
    ['person-missing', "My 14 year old daughter didn't come home last night and her phone is off", 'en'],
    ['person-missing', 'Mi hija de 14 años no ha vuelto a casa y no contesta', 'es'],
    ['person-missing', '我女儿14岁，昨晚没回家，电话也打不通', 'zh'],
    ['family-missing', 'My son has gone missing and his bank card was used in your shop', 'en'],
    ['child-groomed', 'A man keeps messaging my son on your app asking him to send pictures', 'en'],
    ['child-alone-scared', "i'm 12 and my mum isn't home and someone is knocking and i'm scared", 'en'],
    ['disabled-blocked', "I'm blind and your app doesn't work with my screen reader so I can't order my food", 'en'],
    ['disabled-blocked', "I'm autistic and phone calls are really hard for me, the only option you give is calling", 'en'],
    ['disabled-blocked', 'Saya tunanetra, aplikasinya kacau dengan pembaca layar', 'id'],
    ['old-and-confused', "My father is 89 and keeps getting calls from people who take his bank details, he doesn't understand", 'en'],
    ['old-and-confused', "Ma mère a 90 ans, elle ne comprend plus rien et quelqu'un a utilisé sa carte", 'fr'],
    ['dementia-named', 'Meine Mutter ist dement und hat einen Vertrag unterschrieben', 'de'],
    ['dementia-named', 'Mi padre tiene alzheimer y le han hecho firmar un contrato', 'es'],
    ['abuser-feared', "My ex still has the login to the account. I'm scared he'll work out where I'm staying", 'en'],
    ['emergency-now', 'The baby is turning blue', 'en'],
    ['emergency-now', "I've just found my wife on the floor and she's barely breathing", 'en'],
    ['emergency-now', 'Mi madre se ha desmayado y no puedo despertarla', 'es'],
    ['domestic-abuse', "I don't feel safe at home, he goes through my phone and my receipts", 'en'],
    ['partner-violence', 'My husband shouting at me and threatening me in the car park, please help', 'en'],
    ['symptoms-now', 'My little boy is very drowsy and hard to wake after the cough syrup', 'en'],
    ['symptoms-now', 'Depuis ce matin mes lèvres sont gonflées et j’ai du mal à avaler', 'fr'],
    ['relative-confused', "My dad doesn't remember ordering any of these boxes and got lost on the way to the post office", 'en'],
    ['abuser-feared', 'Mi marido revisa cada gasto que hago. Necesito una cuenta sin que él lo sepa', 'es'],
  ])('%s: %s (%s)', (frame, text, lang) => {
    expect(frames(text, lang)).toContain(frame);
  });
});

describe('the same words asked about, joked about, past or about a thing are not a vulnerable customer', () => {
  it.each([
    ['Do you offer large print letters for older customers?', 'en'],
    ['What is your policy for customers with dementia?', 'en'],
    ['This bill nearly gave me a heart attack lol', 'en'],
    ["I can't cope with how good this deal is!", 'en'],
    ['My kids are killing me today haha, can I add chocolate to the order?', 'en'],
    ["I'm deaf, can I get texts instead of calls for delivery updates?", 'en'],
    ['How do I set a spending limit for my teenager?', 'en'],
    ['Is it normal to feel drowsy after the flu jab?', 'en'],
    ["My dad doesn't remember his password, how can he reset it?", 'en'],
    ["My son's parcel has gone missing, can you check where it is?", 'en'],
    ["My phone won't wake up after the update, the screen stays black", 'en'],
    ['Mi portátil no despierta después de la actualización', 'es'],
    ['Das Handy reagiert nicht mehr, was kann ich tun?', 'de'],
    ['My husband set up the account and the app does not let me change the address', 'en'],
    ['We had a power cut yesterday, is the food in my freezer covered?', 'en'],
    ['Bieten Sie Briefe in Großdruck an?', 'de'],
    ['¿Tenéis servicio para personas mayores?', 'es'],
  ])('%s (%s)', (text, lang) => {
    expect(frames(text, lang)).toEqual([]);
  });
});

describe('the wish not to wake up again is self-harm', () => {
  it.each([
    ['Some nights I just want to go to sleep and never wake up again', 'en'],
    ['Ich möchte einfach einschlafen und nicht mehr aufwachen', 'de'],
    ['Je voudrais dormir pour ne plus me réveiller', 'fr'],
  ])('%s (%s)', (text, lang) => {
    expect(detectSituations(text, { language: lang }).map((h) => h.situation)).toContain('self_harm');
  });
});
