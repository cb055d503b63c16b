/**
 * A move to a competitor told as done: the contract signed, the policy taken out, the account opened, the number moved
 * ("we have signed with another carrier from April", "Hausrat woanders abgeschlossen", "abbiamo firmato con un altro
 * operatore", "overgestapt naar een andere aanbieder"). The `switchTo` lists of the packs name the move mostly as
 * intended ("I'm switching to", "je passe chez"); these are its perfect and past forms, merged into each pack's
 * `switchTo` in ./index.ts, so the "switch-to-competitor" frame joins them with another company (`competitor`) under
 * the churn guards (a question, a condition, a move towards the company). And the company told it is no longer needed
 * (`churnStrong`: "we won't need you anymore", "ik heb jullie niet meer nodig"): addressed to the company, not to a
 * product ("I don't need the paper bill anymore" is no leaving). Written from general knowledge of how customers tell
 * a provider they have gone; not from any evaluation set. Where the verb takes another case than the `competitor` lists
 * hold (Polish, Russian, Ukrainian, Czech: signed *with* another company), that form too.
 */
import type { ConceptTable } from './types.js';

export const SIGNED_ELSEWHERE: Readonly<Record<string, ConceptTable>> = {
  en: {
    switchTo: ['signed with', 'signed a contract with', 'signed the contract with', 'signed up at', 'took out a policy with', 'taken out a policy with', 'took out insurance with', 'opened an account with', 'opened an account at', 'moved my number to', 'moved our number to', 'moved our numbers to', 'ported my number to', 'ported our numbers to', 'moved over to', 'switched over to', 'went over to', 'gone over to', 'signed on with', 'contracted with'],
    churnStrong: ["won't need you anymore", "won't need you any more", "don't need you anymore", "don't need you any more", 'no longer need you', "we won't be needing you", "won't be needing you anymore", 'have no further need of your services', 'no further need for your services'],
  },
  de: {
    switchTo: ['unterschrieben', 'abgeschlossen', 'gewechselt zu', 'gewechselt', 'konto eröffnet bei', 'ein konto eröffnet', 'rufnummer mitgenommen', 'nummer mitgenommen', 'sind umgestiegen', 'bin umgestiegen', 'umgestiegen auf', 'haben uns für einen anderen', 'habe mich für einen anderen'],
    churnStrong: ['brauche euch nicht mehr', 'brauchen euch nicht mehr', 'brauche sie nicht mehr', 'brauchen wir sie nicht mehr', 'brauche ich sie nicht mehr', 'brauchen ihre dienste nicht mehr', 'ihre dienste nicht mehr'],
  },
  fr: {
    switchTo: ['signé chez', 'signé avec', 'souscrit chez', 'souscrit auprès', 'ouvert un compte chez', 'ouvert un compte à', 'passé chez', 'passés chez', 'parti chez', 'partie chez', 'partis chez', 'porté mon numéro', 'transféré mon numéro', 'nous avons choisi', "j'ai choisi"],
    churnStrong: ["n'ai plus besoin de vous", "n'avons plus besoin de vous", "n'aurai plus besoin de vous", 'plus besoin de vos services'],
  },
  es: {
    switchTo: ['firmado con', 'firmé con', 'firmamos con', 'contratado con', 'contraté con', 'contratamos con', 'abierto una cuenta en', 'abrí una cuenta en', 'me he pasado a', 'nos hemos pasado a', 'me pasé a', 'nos pasamos a', 'portado mi número a', 'porté mi número a', 'me he ido a', 'me fui a', 'me he cambiado a', 'me cambié a'],
    churnStrong: ['ya no os necesito', 'ya no les necesito', 'ya no los necesito', 'ya no necesito sus servicios', 'ya no necesitamos sus servicios', 'ya no necesito vuestros servicios'],
  },
  it: {
    switchTo: ['firmato con', 'firmato il contratto con', 'sottoscritto con', 'aperto un conto presso', 'aperto un conto in', 'aperto un conto con', 'sono passato a', 'sono passata a', 'siamo passati a', 'passati a', 'portato il numero', 'ho scelto', 'abbiamo scelto'],
    churnStrong: ['non ho più bisogno di voi', 'non abbiamo più bisogno di voi', 'non ho più bisogno dei vostri servizi', 'non abbiamo più bisogno dei vostri servizi'],
  },
  pt: {
    switchTo: ['assinei com', 'assinamos com', 'fechei com', 'fechamos com', 'contratei com', 'contratamos com', 'abri conta no', 'abri conta em', 'abri uma conta no', 'abri uma conta em', 'mudei para', 'mudei pra', 'passei para', 'passei pra', 'portei meu número', 'portei o número', 'já assinei', 'já contratei'],
    churnStrong: ['não preciso mais de vocês', 'não precisamos mais de vocês', 'não preciso mais dos serviços de vocês', 'não preciso mais dos vossos serviços'],
  },
  nl: {
    switchTo: ['getekend bij', 'afgesloten bij', 'overgestapt naar', 'overgestapt', 'rekening geopend bij', 'nummer meegenomen', 'ondergebracht bij', 'gekozen voor'],
    churnStrong: ['heb jullie niet meer nodig', 'hebben jullie niet meer nodig', 'heb u niet meer nodig', 'hebben u niet meer nodig', 'uw diensten niet meer nodig'],
  },
  pl: {
    // After "z" (signed with): the instrumental the `competitor` lists lack.
    competitor: ['innym operatorem', 'innym dostawcą', 'inną firmą', 'innym bankiem', 'innym ubezpieczycielem', 'inną siecią'],
    switchTo: ['podpisałem umowę z', 'podpisałam umowę z', 'podpisaliśmy umowę z', 'podpisałem z', 'podpisałam z', 'przeszedłem do', 'przeszłam do', 'przeszliśmy do', 'przeniosłem numer', 'przeniosłam numer', 'założyłem konto w', 'założyłam konto w', 'wybrałem', 'wybraliśmy'],
    churnStrong: ['już was nie potrzebuję', 'już was nie potrzebujemy', 'nie potrzebuję już waszych usług', 'nie potrzebujemy już waszych usług'],
  },
  sv: {
    switchTo: ['skrivit på hos', 'tecknat hos', 'tecknat med', 'bytt till', 'gått över till', 'flyttat numret', 'öppnat konto hos'],
    churnStrong: ['behöver er inte längre', 'behöver inte er längre', 'behöver inte era tjänster längre'],
  },
  da: { switchTo: ['skrevet under hos', 'tegnet hos', 'skiftet til', 'gået over til', 'flyttet nummeret'], churnStrong: ['har ikke brug for jer mere', 'behøver jer ikke længere'] },
  no: { switchTo: ['signert med', 'tegnet hos', 'byttet til', 'gått over til', 'flyttet nummeret'], churnStrong: ['trenger dere ikke lenger', 'trenger ikke dere lenger'] },
  fi: { switchTo: ['tehnyt sopimuksen', 'teimme sopimuksen', 'allekirjoitin', 'allekirjoitimme', 'vaihdoin', 'vaihdoimme', 'siirsin numeroni'], churnStrong: ['en tarvitse teitä enää', 'emme tarvitse teitä enää'] },
  cs: { competitor: ['jiným operátorem', 'jinou společností', 'jiným poskytovatelem', 'jinou bankou', 'jinou pojišťovnou'], switchTo: ['podepsal jsem smlouvu s', 'podepsala jsem smlouvu s', 'podepsali jsme smlouvu s', 'přešel jsem k', 'přešla jsem k', 'přešli jsme k', 'převedl jsem číslo'], churnStrong: ['už vás nepotřebuji', 'už vás nepotřebujeme'] },
  ro: { switchTo: ['am semnat cu', 'am încheiat contract cu', 'am trecut la', 'am portat numărul', 'am deschis cont la'], churnStrong: ['nu mai am nevoie de voi', 'nu mai avem nevoie de voi', 'nu mai am nevoie de serviciile voastre'] },
  hu: { switchTo: ['szerződtem', 'szerződést kötöttem', 'átmentem', 'átváltottam', 'átvittem a számomat'], churnStrong: ['nincs többé szükségem önökre', 'nincs már szükségem rátok'] },
  el: { switchTo: ['υπέγραψα με', 'υπογράψαμε με', 'πήγα σε', 'πήγαμε σε', 'μετέφερα τον αριθμό', 'άνοιξα λογαριασμό σε'], churnStrong: ['δεν σας χρειάζομαι πια', 'δεν σας χρειαζόμαστε πια'] },
  tr: { switchTo: ['ile anlaştım', 'ile anlaştık', 'ile sözleşme imzaladım', 'ile sözleşme imzaladık', 'numaramı taşıdım', 'numaramızı taşıdık', 'hesap açtım', 'geçtim', 'geçtik'], churnStrong: ['size artık ihtiyacım yok', 'size artık ihtiyacımız yok', 'artık size ihtiyacım kalmadı'] },
  ru: { competitor: ['другой компанией', 'другим провайдером', 'другим оператором', 'другим банком', 'другой страховой', 'другим поставщиком'], switchTo: ['подписал договор с', 'подписала договор с', 'подписали договор с', 'заключил договор с', 'заключила договор с', 'заключили договор с', 'перешёл в', 'перешел в', 'перешла в', 'перешли в', 'перешёл к', 'перешел к', 'перешла к', 'перенёс номер', 'перенес номер', 'открыл счёт в', 'открыл счет в'], churnStrong: ['вы мне больше не нужны', 'вы нам больше не нужны', 'больше не нуждаюсь в ваших услугах'] },
  uk: { competitor: ['іншою компанією', 'іншим провайдером', 'іншим оператором', 'іншим банком', 'іншою страховою'], switchTo: ['підписав договір з', 'підписала договір з', 'уклав договір з', 'перейшов до', 'перейшла до', 'перейшли до', 'переніс номер', 'відкрив рахунок в'], churnStrong: ['ви мені більше не потрібні', 'ви нам більше не потрібні'] },
  id: { switchTo: ['sudah tanda tangan dengan', 'sudah kontrak dengan', 'sudah pindah ke', 'udah pindah ke', 'sudah buka rekening di', 'udah buka rekening di'], churnStrong: ['tidak butuh kalian lagi', 'gak butuh kalian lagi', 'nggak butuh kalian lagi'] },
  vi: { switchTo: ['đã ký hợp đồng với', 'đã chuyển sang', 'đã chuyển qua', 'đã mở tài khoản ở', 'đã chuyển mạng'], churnStrong: ['không cần các bạn nữa', 'không cần bên bạn nữa'] },
};
