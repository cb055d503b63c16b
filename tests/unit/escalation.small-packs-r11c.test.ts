/**
 * Round 11 recall pass on the smaller packs (cs, el, sv, he, da, no, fi, ro, hu) and on an insurer's fraud:
 * self-harm said through life, exhaustion, goodbyes, things given away, being a burden, pills put aside and being gone
 * soon (src/escalation/lang/life-and-death.ts: the small-pack entries and SOON_GONE); phishing told as a message or call
 * that passed for the company, then the act (lang/scams-loops-leaving.ts POSING_AS_US); claims never filed, payouts to
 * someone else's account, fake policies (lang/account-security.ts CLAIMS_AND_PAYOUTS). Near-misses in each block:
 * an insurer's "life insurance" meeting "ended", a look-alike message asked about or left alone, a claim asked about.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string): string[] => detectSituations(text).map((h) => h.situation);

describe('self-harm hints in the smaller packs', () => {
  it.each([
    ['Můj život už nemá žádný smysl.'],
    ['Rozdal jsem své věci a loučím se se všemi.'],
    ['Už nemůžu, chci aby to všechno skončilo.'],
    ['Chtěl bych jen usnout a už se nevzbudit.'],
    ['Stejně tu dlouho nebudu.'],
    ['Η ζωή μου δεν έχει πια νόημα.'],
    ['Δεν αντέχω άλλο, θέλω να τελειώσουν όλα.'],
    ['Σκέφτομαι να πηδήξω από το μπαλκόνι.'],
    ['Έχω μαζέψει τα χάπια μου, δεν χρειάζεται να ανησυχείτε πια.'],
    ['Mitt liv är meningslöst nu.'],
    ['Jag orkar inte mer, jag vill att allt ska ta slut.'],
    ['Jag vill bara sova och aldrig vakna igen.'],
    ['Snart behöver ni inte bry er om mig längre.'],
    ['Alle ville have det bedre uden mig.'],
    ['Jeg er bare en byrde for alle.'],
    ['Jeg har spart på piller.'],
    ['Minun elämälläni ei ole mitään merkitystä.'],
    ['Olen kaikille taakka.'],
    ['Viața mea nu mai are niciun sens.'],
    ['Toți ar fi mai fericiți fără mine.'],
    ['Az életemnek nincs értelme.'],
    ['Mindenkinek teher vagyok.'],
    ['אין לי בשביל מה לחיות יותר'],
    ['כולם יהיו יותר מאושרים בלעדיי'],
    ['אני כבר לא רואה טעם בכלום'],
    ['Ik zie het allemaal niet meer zitten.'],
    ['Bald bin ich sowieso nicht mehr da, dann ist das egal.'],
    ["I won't need this policy for much longer anyway."],
  ])('fires: %s', (text) => {
    expect(situations(text)).toContain('self_harm');
  });

  it.each([
    ['Chtěl bych zrušit životní pojištění, smlouva skončila.'],
    ['Η ασφάλεια ζωής έχει τελειώσει, θέλω ανανέωση.'],
    ['Asigurarea de viață s-a terminat, nu vreau să o reînnoiesc.'],
    ['Élni szeretnék az elállási jogommal, nem akarok tovább fizetni.'],
    ['ביטוח החיים שלי הסתיים ואני לא רוצה לחדש אותו'],
    ['Livförsäkringen är slut, jag vill inte förlänga.'],
    ['Chci jen vědět, kam zmizel můj balík.'],
    ['Jag vill bara att avgiften ska vara borta.'],
    ['חלון קופץ לא נסגר באפליקציה'],
    ['Θέλω απλώς να ακυρώσω την κράτηση, τίποτα δεν έχει νόημα σε αυτή την εφαρμογή.'],
    ['Min pappa är död och jag behöver hjälp med försäkringen.'],
  ])('stays quiet as self-harm: %s', (text) => {
    expect(situations(text)).not.toContain('self_harm');
  });
});

describe('phishing told as a message that passed for the company, then the act', () => {
  it.each([
    ['Ahoj, přišla mi SMS, která vypadala jako od vás, a zadal jsem číslo karty.'],
    ['Γεια σας, έλαβα ένα μήνυμα ότι είναι από εσάς και έδωσα τα στοιχεία της κάρτας μου.'],
    ['Με πήρε τηλέφωνο κάποιος από την ασφαλιστική σας και του έδωσα τον αριθμό της κάρτας μου.'],
    ['Hej, jag fick ett sms som såg ut att komma från er och jag loggade in med BankID.'],
    ['שלום, קיבלתי הודעה שנראתה כאילו היא מכם והכנסתי את פרטי האשראי'],
    ['התקשר אליי מישהו שאמר שהוא מחברת הביטוח וקיבל את פרטי האשראי שלי'],
    ['Sain viestin, joka näytti tulevan teiltä, ja kirjauduin sen kautta.'],
    ['Am primit un sms care părea de la voi și m-am logat.'],
    ['Kaptam egy sms-t, mintha önöktől jött volna, és megadtam a kártyaadataimat.'],
    ['Jeg fik en sms der så ud til at komme fra jer, og jeg loggede ind.'],
    ['Jag blev blåst på 3000 kronor.'],
    ['Naletěl jsem podvodníkům.'],
  ])('fires: %s', (text) => {
    expect(situations(text)).toContain('security');
  });

  it.each([
    ['Přišla mi SMS, která vypadala jako od vás. Je pravá?'],
    ['Έλαβα ένα μήνυμα δήθεν από εσάς, δεν πάτησα τίποτα.'],
    ['Jag fick ett sms som såg ut att komma från er, är det äkta?'],
    ['Fick ett mejl som såg ut att komma från er, jag klickade inte.'],
    ['קיבלתי הודעה שנראתה כאילו היא מכם, לא לחצתי. זה אמיתי?'],
    ['Sain viestin, joka näytti tulevan teiltä. Onko se aito?'],
    ['Am primit un sms care părea de la voi, e real?'],
    ['Kaptam egy sms-t, mintha önöktől jött volna. Valódi?'],
    ['Jeg fik en sms der så ud til at komme fra jer, er den ægte?'],
    ['Jag loggade in och skickade in kvittot för min resa.'],
  ])('stays quiet: %s', (text) => {
    expect(situations(text)).not.toContain('security');
  });
});

describe("an insurer's fraud: claims never filed, payouts elsewhere, fake policies", () => {
  it.each([
    ['Someone submitted a claim on my policy that I never made.'],
    ['An agent sold me a policy that turned out not to exist, he took the premium in cash.'],
    ['Die Erstattung wurde auf ein fremdes Konto überwiesen.'],
    ['Náhrada byla vyplacena na cizí účet.'],
    ['Ersättningen betalades ut till ett konto som inte är mitt.'],
    ['Er staat een declaratie op mijn polis die ik nooit heb ingediend.'],
    ['מישהו הגיש תביעה שלא הגשתי'],
    ['Pojistka, kterou mi prodal, neexistuje. Byla to falešná pojistka.'],
  ])('fires: %s', (text) => {
    expect(situations(text)).toContain('security');
  });

  it.each([
    ['How do I file a claim for my hospital stay?'],
    ["I haven't made a claim yet, what documents do I need?"],
    ['I never made a claim before, how long does the reimbursement take?'],
    ['The reimbursement went to my old account, can you change it?'],
    ['Wie reiche ich einen Leistungsantrag ein?'],
    ['Ich habe noch keinen Antrag gestellt, wie lange dauert die Erstattung?'],
    ['Jak dlouho trvá výplata pojistného plnění?'],
    ['Hur lång tid tar utbetalningen av ersättningen?'],
    ['Ik heb nog geen declaratie ingediend, kan dat online?'],
    ['Is this policy fake? It looks strange.'],
  ])('stays quiet: %s', (text) => {
    expect(situations(text)).not.toContain('security');
  });
});

describe('not done YET is no disowning (disowned-act, pack cue notYet)', () => {
  it.each([
    ['La reclamación todavía no la he presentado, ¿cuánto tiempo tengo?'],
    ['Die Schadensmeldung habe ich noch nicht eingereicht, bis wann geht das?'],
    ["Le remboursement, je ne l'ai pas encore fait."],
    ['O pagamento ainda não fiz, posso pagar amanhã?'],
    ['De betaling heb ik nog niet gedaan, kan dat later?'],
    ['Chcę zamknąć reklamację, już dostałem zwrot'],
    ['Je veux contester le remboursement, il est trop faible.'],
  ])('stays quiet: %s', (text) => {
    expect(situations(text)).not.toContain('security');
  });

  it.each([
    ['Er staat een declaratie op mijn polis die ik nooit heb ingediend.'],
    ['Hay un pago de 200 euros que yo no he hecho.'],
    ['Ich sehe eine Abbuchung, die ich nie gemacht habe.'],
  ])('a disowning still fires: %s', (text) => {
    expect(situations(text)).toContain('security');
  });
});

describe('Czech and Greek gaps filled from the bigger packs', () => {
  it.each([
    ['Volal mi falešný bankéř a já mu poslal peníze.'],
    ['Kartu mi někdo zneužil v zahraničí.'],
    ['Do účtu se mi někdo naboural.'],
    ['Vybílili mi účet.'],
    ['Operátor vydal novou SIM někomu jinému.'],
    ['Mám hrozný dluhy a nevím z čeho zaplatím pojistné.'],
    ['Tohle je naposledy, co jsem u vás, ruším všechno.'],
    ['Už mě to nebaví, je mi tak zle, že bych nejradši umřel.'],
    ['Το τηλέφωνο δεν έχει σήμα και μετά κάποιος μπήκε στον λογαριασμό μου.'],
    ['Χάσαμε τη δουλειά και δεν μπορούμε να πληρώσουμε τα ασφάλιστρα.'],
  ])('fires: %s', (text) => {
    expect(situations(text).length).toBeGreaterThan(0);
  });

  it.each([
    ['Nevím, jak zaplatím pojistné přes aplikaci?'],
    ['Chci dát SIM někomu jinému z rodiny.'],
    ['Jak zjistím, jestli mi někdo nezneužil kartu?'],
    ['Zaplatil jsem pojistné, kdy přijde potvrzení?'],
    ['Δεν έχω σήμα στο εξωτερικό, τι να κάνω;'],
  ])('stays quiet: %s', (text) => {
    expect(situations(text)).toEqual([]);
  });
});

describe('Swedish, Dutch and Hebrew gaps', () => {
  it.each([
    ['Någon har tagit över mitt konto och ändrat mejladressen.'],
    ['Mitt nummer flyttades till ett annat SIM utan att jag bett om det.'],
    ['Ik zeg al mijn verzekeringen bij jullie op.'],
    ["Ik kreeg een telefoontje van de 'bank' en heb de code gegeven."],
    ['אני מבטל את כל הביטוחים אצלכם'],
  ])('fires: %s', (text) => {
    expect(situations(text).length).toBeGreaterThan(0);
  });

  it.each([
    ['Vem tar över kontot om jag dör?'],
    ['Mitt nummer flyttades till det nya SIM-kortet som jag beställde.'],
    ['Kan ik mijn verzekeringen bij jullie opzeggen per maand?'],
    ['Ik kreeg een telefoontje van jullie over mijn declaratie, klopt dat?'],
  ])('stays quiet: %s', (text) => {
    expect(situations(text)).toEqual([]);
  });
});

describe('a real person in Swedish; the third time in Hebrew', () => {
  it('asks for a person: "en riktig människa"', () => {
    expect(detectHumanRequest('Jag vill prata med en riktig människa.').matched).toBe(true);
  });
  it('a question about the service is no request', () => {
    expect(detectHumanRequest('Finns det kundtjänst på helger?').matched).toBe(false);
  });
  it('"הפעם השלישית" is writing again', () => {
    expect(situations('זו הפעם השלישית שאני כותב על זה')).toContain('frustration');
  });
});

describe('English: a look-alike site, a link obeyed then charges, a burden felt', () => {
  it.each([
    ["I filled in my details on what I thought was your website but it wasn't yours."],
    ['Got a text saying my claim was approved and to click a link to receive the payment. I did and entered my card. Now there are charges.'],
    ['I feel like such a burden on my family since the diagnosis.'],
  ])('fires: %s', (text) => {
    expect(situations(text).length).toBeGreaterThan(0);
  });

  it.each([
    ['The paperwork is just a burden, my family hates it.'],
    ['I thought it was your website, so I filled in the form — is the quote real?'],
    ["Is this your website or a copy of your website? I haven't entered anything."],
  ])('stays quiet: %s', (text) => {
    expect(situations(text)).toEqual([]);
  });
});

describe('Greek gaps: churn to another insurer, no reply for weeks, a husband died, a new SIM not asked for', () => {
  it.each([
    ['Θέλω να ακυρώσω την ασφάλεια, πάω σε άλλη εταιρεία.'],
    ['Δεν μου απαντάτε εδώ και δύο εβδομάδες!'],
    ['Ο άντρας μου πέθανε την περασμένη εβδομάδα.'],
    ['Έβγαλαν καινούρια κάρτα SIM με τον αριθμό μου χωρίς να το ζητήσω.'],
  ])('fires: %s', (text) => {
    expect(situations(text).length).toBeGreaterThan(0);
  });

  it.each([
    ['Θέλω να ακυρώσω τη ρύθμιση ασφάλειας στην εφαρμογή;'],
    ['Πόσες μέρες παίρνει για να απαντήσετε;'],
    ['Πάω σε ταξίδι την επόμενη εβδομάδα, καλύπτει η ασφάλεια;'],
    ['Ο άντρας μου θέλει να προστεθεί στο συμβόλαιο.'],
  ])('stays quiet: %s', (text) => {
    expect(situations(text)).toEqual([]);
  });
});

describe('no reason to go on; the Israeli insurance regulator; a charge "not I made"', () => {
  it.each([
    ['אני כבר לא רואה סיבה להמשיך'],
    ['Ik zie geen reden meer om door te gaan.'],
    ["Ik voel me zo'n last voor mijn familie."],
    ['Nevidím důvod pokračovat.'],
    ['Jag ser ingen anledning att fortsätta.'],
    ['אני אגיש תלונה לממונה על שוק ההון'],
    ['יש חיוב בכרטיס שלא אני ביצעתי'],
  ])('fires: %s', (text) => {
    expect(situations(text).length).toBeGreaterThan(0);
  });

  it.each([
    ['Waarom zou ik nog doorgaan met deze verzekering als jullie niets vergoeden?'],
    ['De premie is een last voor mijn gezin.'],
    ['מה זה הממונה על שוק ההון?'],
  ])('stays quiet: %s', (text) => {
    expect(situations(text)).toEqual([]);
  });
});
