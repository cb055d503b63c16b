/**
 * Round 23 of the escalation rules: a move to a competitor told as done — the contract signed, the policy taken out,
 * the account opened, the number moved — and the company told it is no longer needed
 * (src/escalation/lang/signed-elsewhere.ts), as churn; asked about, supposed, or towards the company, not.
 * Harm under way (src/escalation/lang/urgent-harm.ts): something dangerous swallowed, a fall with no getting up, a child
 * approached by an adult — a vulnerable customer; asked about in general, supposed or put right, not.
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
    ['Abbiamo firmato con un altro operatore la settimana scorsa.', 'it'],
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

describe('harm under way is a vulnerable customer', () => {
  it.each([
    ['My 2 year old just swallowed a button battery from the remote, he keeps gagging', 'en'],
    ['My toddler bit into a laundry pod and is coughing', 'en'],
    ["My mum fell in the bathroom and can't get up, the pendant alarm isn't answering", 'en'],
    ['My 13 year old is getting messages from a grown man through your app asking for photos', 'en'],
    ['Mein Sohn (3) hat einen Magneten aus dem Set verschluckt', 'de'],
    ['Meine Mutter ist gestürzt und kommt nicht hoch', 'de'],
    ['Ma fille de 2 ans a avalé une pile bouton', 'fr'],
    ['Mi hija de 12 años recibe mensajes de un hombre adulto que le pide fotos', 'es'],
    ['Mio figlio ha ingoiato una calamita del gioco', 'it'],
    ['O meu filho bebeu lixívia agora mesmo', 'pt'],
    ['Mijn zoontje heeft een knoopcelbatterij ingeslikt', 'nl'],
    ['Mój syn połknął baterię guzikową', 'pl'],
    ['Сын проглотил батарейку от пульта', 'ru'],
    ['子供がボタン電池を飲み込んだ', 'ja'],
    ['我儿子误吞了纽扣电池', 'zh'],
  ])('%s (%s)', (text, lang) => {
    expect(situations(text, lang)).toContain('vulnerable');
  });
});

describe('violence at home, a disabled customer left without help, a frail relative lost', () => {
  it.each([
    ['My husband hits me and I need to leave tonight, please change the address without him seeing it', 'en'],
    ['My ex keeps tracking me through the delivery app to find out where I live now', 'en'],
    ['My partner threatened to kill me last night and he has the login', 'en'],
    ["I'm a wheelchair user and nobody came to help me off the train", 'en'],
    ["I'm deaf and the only way to report a fault is by phone", 'en'],
    ["My dad has dementia and he doesn't know where he is, he rang me from the station", 'en'],
    ["I'm pregnant and bleeding heavily, I need to cancel and get to hospital", 'en'],
    ['Mein Mann schlägt mich, ich muss heute noch weg', 'de'],
    ['Mon ex me suit partout, il sait où je suis grâce à votre appli', 'fr'],
    ['Mi marido me pega y necesito irme con los niños', 'es'],
    ['Il mio ex mi perseguita e vuole sapere dove sono', 'it'],
    ['Meu marido me bate e eu preciso sair de casa hoje', 'pt'],
    ['Mijn ex achtervolgt me en weet waar ik ben', 'nl'],
  ])('%s (%s)', (text, lang) => {
    expect(situations(text, lang)).toContain('vulnerable');
  });
});

describe('the same words asked about, supposed, routine or put right are not', () => {
  it.each([
    ['Is it dangerous if a child swallows a magnet from this set?', 'en'],
    ['What should I do if my toddler ever swallows a button battery?', 'en'],
    ['I put a new battery in the scale and it still does not work', 'en'],
    ['I work nights and cannot get up before noon for the delivery', 'en'],
    ['My phone fell off the table and the screen cracked', 'en'],
    ['How do I stop strangers messaging my child through the app?', 'en'],
    ['Are the batteries in this toy secured with a screw so children cannot swallow them?', 'en'],
    ['Was passiert, wenn ein Kind eine Knopfbatterie verschluckt?', 'de'],
    ["Mon téléphone est tombé par terre et l'écran est cassé", 'fr'],
    ['¿Qué hago si mi hijo se traga una pila?', 'es'],
    ['My husband will kill me when he sees this bill', 'en'],
    ["My wife's friend hits me up for a discount code every week", 'en'],
    ['My partner tracks the parcel on his phone, can you add my number too?', 'en'],
    ['Do you offer assistance for wheelchair users at the airport?', 'en'],
    ['Mein Mann hat die Rechnung schon bezahlt', 'de'],
  ])('%s (%s)', (text, lang) => {
    expect(situations(text, lang)).not.toContain('vulnerable');
  });
});
