/**
 * Money taken or a product added without the customer's consent, the bait of a scam followed, the company impersonated,
 * and money trouble told plainly: one table per mechanism, every language side by side (merged into each pack's concepts
 * in ./index.ts; the frames are in ../situations.ts). Words are general knowledge of how customers write in chat, in any
 * industry (a bank's card, a utility's direct debit, a telecom's add-on, a shop's order).
 *
 *  - `neverAgreed` gains "without asking me", "without my permission", "utan att fråga mig", "χωρίς να με ρωτήσετε",
 *    and `transaction` the standing payments it is said of (a direct debit, "autogiro", "πάγια εντολή", "Abschlag"):
 *    "you increased my direct debit without asking me" (frame 'fee-never-agreed').
 *  - `switchedOn` (new): a product added to the customer's contract by the company ("you added", "подключили",
 *    "ni har lagt till"); with `neverAgreed` close after it, money billed for something never agreed to (frame
 *    'switched-on-without-asking'): "they activated an insurance without my consent".
 *  - `neverApplied` gains a product never ordered ("a service I never ordered", "υπηρεσία που δεν ζήτησα ποτέ"), for
 *    'thing-never-applied-for'; `charged` an invoice received ("fått en faktura för en tjänst jag aldrig beställt").
 *  - `eachTime` (new): "every time", "varje gång", "κάθε φορά" — in a question beside the consent phrase it asks for a standing
 *    permission ("can you raise my direct debit without asking me every time?"), guarded as 'standing'.
 *  - `fakeParty` gains the company impersonated ("pretending to be your company", "назвався вашим працівником",
 *    "un faux technicien"); `paidOut` the money handed to such a visitor ("took £150 cash" is said by the visitor's verb).
 *  - `clickedLink`, `gaveAway`, `scamContext`, `aftermath`, `contact` gain what Greek, Swedish and Ukrainian customers type
 *    ("πάτησα το link", "έβαλα", "που έμοιαζε με τη δική σας", "μου έφυγαν", "pengarna försvann", "ett sms", "μου ήρθε
 *    email") for the phishing frames ('gave-credentials-to-someone' reads a message or a caller as `contact`, as English does).
 *  - `hardship` / `distress` gain lost work, debt and a home without heat ("blev uppsagd", "skuldsatt",
 *    "δεν έχω να πληρώσω", "не маю чим платити", "sitting in the cold").
 */
import type { ConceptTable } from './types.js';

/** Consent not given, said of a charge, a standing payment or its change; and the standing payments themselves. */
export const WITHOUT_ASKING: Readonly<Record<string, ConceptTable>> = {
  en: {
    neverAgreed: ['without asking me', 'without asking first', 'without my permission', 'without my consent', 'without my agreement', 'without my authorisation', 'without my authorization', 'without my approval', 'without telling me', 'without any notice', 'without letting me know', 'without informing me'],
    transaction: ['monthly payment', 'monthly payments', 'payment amount'],
    charged: ['got a bill for', 'sent me a bill for', 'got an invoice for', 'sent me an invoice for', 'billing me for', 'invoiced me for'],
  },
  de: {
    neverAgreed: ['ohne meine zustimmung', 'ohne meine einwilligung', 'ohne mein einverstandnis', 'ohne mich zu fragen', 'ohne ruckfrage', 'ohne mich zu informieren', 'ohne vorankundigung', 'ohne mein wissen'],
    transaction: ['abschlag*', '*abschlag', 'lastschrift*', '*lastschrift', 'monatsbeitrag', 'monatliche rate'],
  },
  es: {
    neverAgreed: ['sin mi permiso', 'sin preguntarme', 'sin avisarme', 'sin mi autorizacion', 'sin autorizacion', 'sin consultarme'],
    transaction: ['domiciliacion', 'cuota mensual'],
  },
  fr: {
    neverAgreed: ['sans me demander', 'sans me prevenir', 'sans mon autorisation', 'sans autorisation', 'sans me consulter', 'sans mon avis'],
    transaction: ['prelevement*', 'mensualite*'],
  },
  it: {
    neverAgreed: ['senza chiedermi', 'senza il mio permesso', 'senza autorizzazione', 'senza la mia autorizzazione', 'senza avvisarmi', 'senza avvisare'],
    transaction: ['addebito diretto', 'domiciliazione'],
  },
  pt: {
    neverAgreed: ['sem me perguntar', 'sem me avisar', 'sem minha autorizacao', 'sem a minha autorizacao', 'sem autorizacao', 'sem minha permissao'],
    transaction: ['debito direto', 'debito automatico', 'mensalidade'],
  },
  nl: {
    neverAgreed: ['zonder toestemming', 'zonder te vragen', 'zonder het te vragen', 'zonder overleg', 'zonder mij te informeren', 'zonder aankondiging'],
    transaction: ['termijnbedrag', 'termijnbedragen', 'incasso', 'automatische incasso', 'maandbedrag'],
  },
  pl: {
    neverAgreed: ['bez pytania', 'bez pytania mnie', 'bez mojej wiedzy', 'bez uprzedzenia', 'bez zgody'],
    transaction: ['polecenie zaplaty', 'zlecenie stale'],
  },
  tr: {
    neverAgreed: ['bana sormadan', 'haberim olmadan', 'iznim olmadan', 'izinsiz', 'bilgim disinda', 'bilgim olmadan'],
    transaction: ['otomatik odeme', 'otomatik talimat'],
  },
  ru: {
    neverAgreed: ['без спроса', 'не спросив', 'не спросив меня', 'без моего ведома', 'без предупреждения', 'без разрешения'],
    transaction: ['автоплатеж*', 'автосписани*'],
  },
  uk: {
    neverAgreed: ['без дозволу', 'без мого дозволу', 'не спитавши', 'не спитавши мене', 'без мого відома', 'без попередження', 'без згоди'],
    transaction: ['автоплатіж*', 'автосписан*'],
  },
  el: {
    neverAgreed: ['χωρίς να με ρωτήσετε', 'χωρίς να με ρωτήσουν', 'χωρίς να με ρωτήσει', 'χωρίς τη συγκατάθεσή μου', 'χωρίς συγκατάθεση', 'χωρίς την έγκρισή μου', 'χωρίς να με ενημερώσετε', 'χωρίς ενημέρωση', 'χωρίς να το ζητήσω', 'δεν συμφώνησα', 'δεν έδωσα συγκατάθεση'],
    transaction: ['πάγια εντολή', 'πάγιας εντολής', 'πάγιο'],
  },
  sv: {
    neverAgreed: ['utan att fråga mig', 'utan att fråga', 'utan att meddela mig', 'utan att meddela', 'utan att informera', 'utan min tillåtelse', 'utan mitt godkännande', 'utan förvarning'],
    transaction: ['autogiro*', 'månadsbelopp*'],
    charged: ['fått en faktura', 'fick en faktura', 'skickat en faktura', 'skickade en faktura', 'fakturerar mig', 'fakturerar oss'],
  },
  ja: { neverAgreed: ['勝手に', '無断で', '断りもなく', '許可なく'] },
  zh: { neverAgreed: ['擅自', '私自', '未经允许', '未經允許', '没问我', '沒問我', '没通知我', '沒通知我'] },
  ko: { neverAgreed: ['마음대로', '동의없이', '동의 없이', '허락없이', '허락 없이', '말도없이', '말도 없이'] },
  id: { neverAgreed: ['tanpa izin', 'tanpa sepengetahuan saya', 'tanpa konfirmasi', 'tanpa pemberitahuan', 'tanpa tanya'] },
  vi: { neverAgreed: ['tu y', 'khong hoi y kien toi', 'khong hoi toi'] },
};

/** A standing arrangement, for a consent asked for once and for all ("without asking me every time?"). */
export const EACH_TIME: Readonly<Record<string, ConceptTable>> = {
  en: { eachTime: ['every time', 'each time', 'every month', 'each month', 'automatically', 'in future', 'in the future', 'from now on'] },
  de: { eachTime: ['jedes mal', 'jedesmal', 'jeden monat', 'automatisch', 'kunftig', 'in zukunft'] },
  es: { eachTime: ['cada vez', 'cada mes', 'automaticamente', 'en el futuro', 'a partir de ahora'] },
  fr: { eachTime: ['a chaque fois', 'chaque fois', 'chaque mois', 'automatiquement', "a l'avenir", 'desormais'] },
  it: { eachTime: ['ogni volta', 'ogni mese', 'automaticamente', 'in futuro', "d'ora in poi"] },
  pt: { eachTime: ['toda vez', 'cada vez', 'todo mes', 'todos os meses', 'automaticamente', 'no futuro'] },
  nl: { eachTime: ['elke keer', 'iedere keer', 'elke maand', 'iedere maand', 'automatisch', 'voortaan', 'in de toekomst'] },
  pl: { eachTime: ['za kazdym razem', 'co miesiac', 'kazdego miesiaca', 'automatycznie', 'w przyszlosci'] },
  tr: { eachTime: ['her seferinde', 'her ay', 'otomatik olarak', 'bundan sonra'] },
  ru: { eachTime: ['каждый раз', 'каждый месяц', 'автоматически', 'в будущем'] },
  uk: { eachTime: ['щоразу', 'кожного разу', 'кожен раз', 'щомісяця', 'кожного місяця', 'автоматично', 'надалі'] },
  el: { eachTime: ['κάθε φορά', 'κάθε μήνα', 'αυτόματα', 'στο μέλλον', 'από εδώ και πέρα'] },
  sv: { eachTime: ['varje gång', 'varje månad', 'automatiskt', 'i fortsättningen', 'framöver'] },
};

/** The company adding a product to the customer's contract or bill ("you added", "they activated", "подключили"). */
export const SWITCHED_ON: Readonly<Record<string, ConceptTable>> = {
  en: { switchedOn: ['you added', 'you have added', "you've added", 'they added', 'you activated', 'they activated', 'you put me on', 'you switched me to', 'switched me to', 'you moved me to', 'moved me onto', 'you enrolled me', 'enrolled me in', 'added an insurance', 'added insurance', 'added a service', 'added an add-on', 'increased my', 'raised my', 'upped my'] },
  de: { switchedOn: ['hinzugefugt', 'aktiviert', 'dazugebucht', 'umgestellt', 'erhoht', 'angehoben', 'geandert'] },
  es: { switchedOn: ['me han puesto', 'me pusieron', 'me activaron', 'me han activado', 'activaron', 'me han dado de alta', 'me dieron de alta', 'me cambiaron', 'me han cambiado', 'subieron', 'me subieron', 'aumentaron'] },
  fr: { switchedOn: ['vous avez ajoute', 'ils ont ajoute', 'vous avez active', 'ils ont active', 'm\'ont abonne', 'vous m\'avez abonne', 'vous avez augmente', 'ont augmente', 'vous avez change', 'vous avez modifie', 'ont modifie'] },
  it: { switchedOn: ['avete aggiunto', 'hanno aggiunto', 'avete attivato', 'hanno attivato', 'mi hanno attivato', 'mi avete attivato', 'avete aumentato', 'hanno aumentato', 'avete cambiato', 'hanno cambiato'] },
  pt: { switchedOn: ['adicionaram', 'ativaram', 'me colocaram', 'colocaram', 'aumentaram', 'mudaram', 'alteraram', 'incluiram'] },
  nl: { switchedOn: ['toegevoegd', 'geactiveerd', 'aangezet', 'verhoogd', 'gewijzigd', 'aangepast', 'omgezet'] },
  pl: { switchedOn: ['dodaliscie', 'dodali', 'aktywowaliscie', 'aktywowali', 'wlaczyli', 'wlaczyliscie', 'podniesliscie', 'podniesli', 'zmieniliscie', 'zmienili', 'podwyzszyli'] },
  tr: { switchedOn: ['eklemissiniz', 'eklediniz', 'eklemisler', 'eklediler', 'aktif etmissiniz', 'aktif ettiniz', 'tanimlamissiniz', 'tanimladiniz', 'artirmissiniz', 'artirdiniz', 'degistirmissiniz', 'degistirdiniz', 'yukselttiniz'] },
  ru: { switchedOn: ['подключили', 'подключил', 'подключена', 'подключено', 'добавили', 'активировали', 'повысили', 'увеличили', 'изменили', 'перевели меня на'] },
  uk: { switchedOn: ['підключили', 'підключено', 'додали', 'активували', 'підвищили', 'збільшили', 'змінили', 'перевели мене на'] },
  el: { switchedOn: ['προσθέσατε', 'πρόσθεσαν', 'ενεργοποιήσατε', 'ενεργοποίησαν', 'μου βάλατε', 'μου έβαλαν', 'αυξήσατε', 'αύξησαν', 'αλλάξατε', 'άλλαξαν', 'με γράψατε', 'με έγραψαν'] },
  sv: { switchedOn: ['ni har lagt till', 'ni lade till', 'ni la till', 'ni har aktiverat', 'ni aktiverade', 'ni har höjt', 'ni höjde', 'ni har ändrat', 'ni ändrade', 'flyttat mig till'] },
  ja: { switchedOn: ['追加され', '加入させられ', '登録され', '変更され', '上げられ', '有効にされ'] },
  zh: { switchedOn: ['开通了', '開通了', '给我开通', '給我開通', '加了', '添加了', '改了', '提高了', '上调了', '上調了'] },
  ko: { switchedOn: ['가입시켰', '가입됐', '가입되어', '추가했', '추가됐', '올렸', '변경했', '변경됐'] },
  id: { switchedOn: ['menambahkan', 'ditambahkan', 'mengaktifkan', 'diaktifkan', 'dinaikkan', 'menaikkan', 'diubah', 'mengubah'] },
};

/** A product or service never ordered, said after it; the service and the invoice as things billed. */
export const NEVER_ORDERED: Readonly<Record<string, ConceptTable>> = {
  en: { neverApplied: ['never ordered', "didn't order", 'did not order', 'never signed up to', 'never subscribed', "didn't sign up", 'never used'] },
  sv: { neverApplied: ['jag aldrig beställt', 'aldrig beställt', 'inte beställt', 'aldrig bett om', 'inte bett om', 'aldrig tecknat', 'inte tecknat', 'aldrig valt'] },
  el: { neverApplied: ['δεν ζήτησα ποτέ', 'που δεν ζήτησα', 'δεν ζήτησα', 'δεν παρήγγειλα', 'δεν έκανα αίτηση', 'δεν υπέγραψα', 'δεν έχω ζητήσει'] },
  uk: { neverApplied: ['не замовляв', 'не замовляла', 'не підключав', 'не підключала', 'не просив', 'не просила', 'не підписував', 'не підписувала'] },
  tr: { neverApplied: ['istemedigim', 'hic istemedigim', 'talep etmedigim', 'basvurmadigim', 'almadigim'] },
  de: { neverApplied: ['nie bestellt', 'nicht bestellt', 'nie gebucht', 'nicht gebucht', 'nie beauftragt', 'nicht beauftragt'] },
  nl: { neverApplied: ['nooit besteld', 'niet besteld', 'nooit aangevraagd', 'niet aangevraagd', 'nooit afgesloten'] },
};

/**
 * The company, its staff or its technician impersonated; money handed to such a visitor. Only phrases that name the
 * company or its staff: a bare "pretending to be" / "posing as a" is everyday speech ("I'm posing as a pirate").
 */
export const POSING_AS_STAFF: Readonly<Record<string, ConceptTable>> = {
  en: { fakeParty: ['claiming to be your', 'claimed to be from', 'impersonating your', 'impersonating you', 'fake engineer', 'fake technician', 'fake meter reader', 'fake inspector', 'fake employee', 'fake representative', 'fake rep', 'bogus caller', 'bogus engineer'] },
  de: { fakeParty: ['falscher techniker', 'falscher mitarbeiter', 'falscher monteur', 'falscher ableser', 'falsche mitarbeiterin', 'gab sich als', 'gaben sich als', 'gibt sich als', 'geben sich als', 'ausgegeben als', 'als ihr mitarbeiter ausgegeben', 'als mitarbeiter ausgegeben'] },
  es: { fakeParty: ['falso tecnico', 'falso empleado', 'falso operario', 'falso revisor', 'falso agente', 'se hizo pasar por', 'se hicieron pasar por', 'haciendose pasar por', 'se hace pasar por', 'se hacen pasar por'] },
  fr: { fakeParty: ['faux technicien', 'faux agent', 'faux conseiller', 'faux employe', 'faux releveur', 'faux controleur', 'faux livreur', 'se faisant passer pour', 'se faisait passer pour', "s'est fait passer pour", 'se sont fait passer pour', 'se font passer pour'] },
  it: { fakeParty: ['falso tecnico', 'falso operatore', 'falso dipendente', 'falso letturista', 'falso addetto', 'spacciandosi per', 'si e spacciato per', 'si e finto', 'fingendosi'] },
  pt: { fakeParty: ['falso tecnico', 'falso funcionario', 'falso atendente', 'falso leiturista', 'se passando por', 'se passou por', 'fingindo ser', 'fingiu ser'] },
  nl: { fakeParty: ['nepmonteur', 'nep monteur', 'neppe monteur', 'valse monteur', 'nepmedewerker', 'nep medewerker', 'valse medewerker', 'deed zich voor als', 'deden zich voor als', 'doet zich voor als'] },
  pl: { fakeParty: ['falszywy technik', 'falszywy pracownik', 'falszywy inkasent', 'falszywy konsultant', 'podawal sie za', 'podawala sie za', 'podawali sie za', 'podszywal sie', 'podszywali sie', 'podszywa sie'] },
  tr: { fakeParty: ['sahte teknisyen', 'sahte personel', 'sahte gorevli', 'sahte calisan', 'gorevli gibi', 'calisaniymis gibi', 'kendini sizin', 'kendini gorevli'] },
  ru: { fakeParty: ['лжетехник', 'фальшивый мастер', 'фальшивый сотрудник', 'лжесотрудник', 'представился вашим', 'представилась вашим', 'представился сотрудником', 'назвался сотрудником', 'назвался вашим', 'выдавал себя за', 'выдавала себя за', 'выдают себя за', 'под видом'] },
  uk: { fakeParty: ['назвався вашим', 'назвалася вашою', 'назвався працівником', 'назвалася працівницею', 'назвався співробітником', 'представився вашим', 'представилася вашою', 'представився співробітником', 'видаючи себе за', 'під виглядом працівника', 'під виглядом співробітника', 'фальшивий майстер', 'фейковий майстер', 'лжемайстер'], paidOut: ['взяв гроші', 'взяла гроші', 'взяли гроші', 'забрав гроші', 'забрали гроші', 'віддав гроші', 'віддала гроші', 'віддав йому', 'віддала йому'] },
  el: { fakeParty: ['είπε ότι είναι από την εταιρεία σας', 'είπε πως είναι από την εταιρεία σας', 'είπαν ότι είναι από την εταιρεία σας', 'ότι είναι υπάλληλός σας', 'παρίστανε τον υπάλληλο', 'παρίστανε τον τεχνικό', 'ψεύτικος τεχνικός', 'ψεύτικος υπάλληλος', 'δήθεν τεχνικός', 'δήθεν υπάλληλος'], paidOut: ['του έδωσα λεφτά', 'του έδωσα χρήματα', 'του έδωσα', 'του πλήρωσα', 'πήρε τα λεφτά', 'πήρε λεφτά', 'πήρε χρήματα'] },
  sv: { fakeParty: ['låtsades vara från', 'låtsades vara', 'falsk tekniker', 'falsk montör', 'falsk elektriker', 'falsk mätaravläsare', 'utgav sig för att vara från er', 'sa att han var från er', 'sa att hon var från er', 'sade sig komma från er'], paidOut: ['tog betalt', 'gav honom', 'gav henne', 'betalade honom', 'betalade henne', 'betalade kontant'] },
};

/** What Greek, Swedish, Ukrainian and English customers type when they followed a scam's bait, and the harm after. */
export const FOLLOWED_THE_BAIT: Readonly<Record<string, ConceptTable>> = {
  en: { clickedLink: ['clicked it', 'clicked on it', 'tapped it', 'tapped on it', 'pressed it'], aftermath: ['gone from my account', 'gone from my card', 'taken off my card', 'came off my card', 'came out of my card', 'now there is money missing', "now there's money missing"] },
  el: {
    clickedLink: ['πάτησα το link', 'πάτησα στο link', 'πάτησα πάνω στο link', 'άνοιξα το link', 'μπήκα στο link', 'μπήκα από το link', 'μέσω του link'],
    gaveAway: ['έβαλα', 'πέρασα', 'καταχώρησα', 'συμπλήρωσα', 'πληκτρολόγησα', 'του είπα', 'της είπα', 'τους είπα', 'έδωσα'],
    credentials: ['στοιχεία της κάρτας', 'στοιχεία κάρτας', 'αριθμό κάρτας', 'κωδικούς', 'κωδικό', 'τον κωδικό', 'pin'],
    scamContext: ['που έμοιαζε με', 'έμοιαζε με τη δική σας', 'έμοιαζε με την δική σας', 'έμοιαζε ίδια', 'ίδια με τη δική σας', 'ψεύτικη σελίδα', 'ψεύτικο μήνυμα', 'ψεύτικο email', 'ψεύτικο sms'],
    contact: ['μου ήρθε ένα sms', 'μου ήρθε sms', 'μου ήρθε email', 'μου ήρθε ένα email', 'μου ήρθε μήνυμα', 'μου ήρθε ένα μήνυμα', 'πήρα email', 'πήρα ένα email', 'πήρα sms', 'πήρα ένα sms', 'πήρα μήνυμα', 'με πήρε τηλέφωνο', 'με πήραν τηλέφωνο', 'μου τηλεφώνησε', 'μου τηλεφώνησαν', 'ένας κύριος', 'μια κυρία'],
    aftermath: ['μου έφυγαν', 'έφυγαν', 'μου πήραν', 'μου τράβηξαν', 'τραβήχτηκαν', 'αφαιρέθηκαν', 'χάθηκαν', 'εξαφανίστηκαν', 'άδειασε ο λογαριασμός'],
  },
  sv: {
    clickedLink: ['klickade på länken', 'tryckte på länken', 'öppnade länken', 'gick in på länken', 'via länken', 'länken i sms', 'länken i mejlet'],
    scamContext: ['såg ut som er', 'såg ut som eran', 'såg ut som ert', 'såg ut som er sida', 'såg exakt ut som', 'falsk sida', 'falskt sms', 'falskt mejl', 'bluffsms', 'bluffmejl', 'bluffsida'],
    contact: ['fick ett sms', 'fått ett sms', 'fick ett mejl', 'fått ett mejl', 'fick ett mail', 'fick ett meddelande', 'någon ringde', 'en man ringde', 'en kvinna ringde', 'blev uppringd', 'ringde mig'],
    aftermath: ['försvunnit pengar', 'pengar försvunnit', 'pengarna försvann', 'försvann pengar', 'dragits pengar', 'drogs pengar', 'tagits pengar', 'tömt', 'tömts'],
  },
  uk: {
    clickedLink: ['за посиланням', 'по посиланню'],
    scamContext: ['який виглядав як ваш', 'що виглядав як ваш', 'виглядав як ваш', 'виглядала як ваша', 'схожий на ваш', 'схожа на вашу', 'фейковий сайт', 'фальшивий сайт', 'несправжній сайт'],
    contact: ['прийшла смс', 'прийшло смс', 'прийшов лист', 'прийшло повідомлення', 'отримав лист', 'отримала лист', 'отримав смс', 'отримала смс', 'отримав повідомлення', 'отримала повідомлення', 'мені подзвонили', 'подзвонив чоловік', 'подзвонила жінка', 'подзвонили'],
    aftermath: ['зняли гроші', 'списали гроші', 'гроші зникли', 'зникли гроші', 'пропали гроші', 'гроші пропали', 'не можу зайти', 'не можу увійти', 'вкрали гроші'],
  },
};

/** Money trouble told plainly: work lost, debt, nothing to pay with, a home without heat. */
export const OUT_OF_WORK: Readonly<Record<string, ConceptTable>> = {
  en: { distress: ['sitting in the cold', 'sitting in the dark', 'no heat', 'freezing at home', 'kids are cold'], hardship: ["can't afford to top up", 'cannot afford to top up', 'no money for the meter', 'nothing on the meter', 'self-disconnect', 'self-disconnecting', 'made redundant', 'got laid off', 'been laid off', 'lost my job', 'drowning in debt'] },
  sv: { hardship: ['skuldsatt*', 'blev uppsagd', 'har blivit uppsagd', 'blev av med jobbet', 'har blivit av med jobbet', 'förlorade jobbet', 'förlorade mitt jobb', 'permitterad', 'pengarna räcker inte', 'pengarna räcker inte till', 'lönen räcker inte', 'har inga pengar', 'pank', 'luspank', 'barskrapad', 'betalningsanmärkning*', 'drunknar i skulder', 'sjukskriven och kan inte'] },
  el: { hardship: ['δεν έχω να πληρώσω', 'δεν έχω να τον πληρώσω', 'δεν έχω να το πληρώσω', 'δεν έχω να δώσω', 'δεν έχω από πού να πληρώσω', 'δεν έχω λεφτά να πληρώσω', 'πνιγμένος στα χρέη', 'πνιγμένη στα χρέη', 'πνίγομαι στα χρέη', 'με απέλυσαν', 'έκλεισε η δουλειά', 'έκλεισε η επιχείρηση', 'μου κόψαν το μισθό', 'μου έκοψαν τον μισθό', 'μου έκοψαν το μισθό'] },
  uk: { hardship: ['не маю чим платити', 'не маю чим заплатити', 'не маю чим оплатити', 'нема з чого платити', 'немає з чого платити', 'не маю грошей', 'залишився без роботи', 'залишилася без роботи', 'втратив заробіток', 'втратила заробіток', 'мене скоротили', 'по вуха в боргах'] },
};
