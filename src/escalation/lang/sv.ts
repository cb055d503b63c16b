/**
 * Swedish: a small pack with the strongest signals only (lost or stolen cards and phones, a hacked
 * account, unknown charges, fraud, self-harm, legal threats, ARN and other complaint bodies, churn,
 * bereavement). "å ä ö" are folded to "a a o" by normalizeText, so "stulet" and "kontot" match as typed
 * with or without a Swedish keyboard.
 */
import type { LanguagePack } from './types.js';

export const sv: LanguagePack = {
  code: 'sv',
  // Function words no other pack uses as markers ("och", "jag", "inte"), so Danish/Norwegian-looking text is the nearest neighbour.
  markers: ['jag', 'och', 'inte', 'att', 'som', 'mitt', 'mina', 'har', 'ett', 'kan', 'vill', 'hej', 'tack', 'mig', 'ingen', 'aldrig', 'varfor', 'hur', 'vad', 'nagon', 'eller', 'ocksa', 'fortfarande', 'snalla'],
  cues: {
    notice: ['avisering*', 'notis*', 'sms om', 'som misstankt', 'aktivera', 'installningar'],
    safePlace: ['hemma', 'pa jobbet'],
    // "ikke", "hvis", "hvordan": Danish and Norwegian read by this pack too when a message gives no clear clue.
    negation: ['inte', 'ej', 'aldrig', 'ingen', 'inget', 'inga', 'ingenting', 'utan', 'ikke', 'aldri'],
    hypothetical: ['hvis', 'dersom', 'om', 'ifall', 'i fall', 'tank om', 'antag', 'nagon gang', 'i framtiden', 'vad hander om'],
    question: ['hvordan', 'hvad', 'hva', 'hur', 'hur kan', 'hur gor', 'vad ar', 'vad kostar', 'vad hander', 'vilken', 'vilka', 'var kan', 'kan jag', 'finns det', 'har ni'],
    possibility: ['ar det mojligt', 'kan nagon', 'kan en hackare', 'vad hander om', 'ar det sakert'],
    firstPerson: ['jag', 'mig', 'min', 'mitt', 'mina', 'vi', 'oss', 'var', 'vart', 'vara'],
    secondPerson: ['ni', 'er', 'ert', 'era', 'du', 'dig', 'din', 'ditt', 'dina'],
    resolved: ['det var jag', 'hittade det', 'hittade den', 'har hittat', 'ar lost', 'loste sig', 'lost nu', 'andrade mig', 'jag stannar', 'falsklarm', 'glom det'],
    past: ['for flera ar sedan', 'forra aret', 'for ett ar sedan', 'for lange sedan'],
    prevention: ['skydda', 'skyddar', 'forhindra', 'undvika', 'sakra', 'tvafaktor', '2fa'],
    consequence: ['avgift', 'kostar', 'kostnad', 'uppsagningstid', 'bindningstid', 'hur lang tid'],
    contrast: ['men', 'fast'],
  },
  ordered: { 'removing-the-app': 10 },
  nounEndings: 's|n|en|ns|ens|et|ets|na',
  concepts: {
    // a charge disputed by its kind (frames 'charged-twice', 'charged-after-cancelling'): a verb of being charged, said as a
    // report (not "will I be charged"); twice or double; the customer's own cancellation before it
    charged: ['dragit', 'dragits', 'drog', 'dragna', 'debiterat', 'debiterats', 'debiterade', 'fakturerat', 'fakturerats', 'tagit betalt', 'tog betalt', 'tar betalt', 'tagit pengar', 'tog pengar', 'drar pengar', 'fortsätter att dra', 'belastat', 'belastats'],
    duplicate: ['två gånger', 'dubbelt', 'dubbla', 'dubbeldragning', 'tre gånger'],
    cancelledIt: ['sagt upp', 'sade upp', 'sa upp', 'avslutat', 'avslutade', 'avbokat', 'trots uppsägning', 'efter uppsägningen', 'fast jag sagt upp', 'annullerat'],
    withoutMe: ['utan mig', 'om jag inte fanns', 'om jag forsvann'],
    betterOff: ['battre', 'lyckligare', 'enklare'],
    leftBehind: ['glomde', 'glomt', 'lamnade kvar'],
    appWord: ['appen', 'app'],
    uninstall: ['raderar', 'raderat', 'tar bort', 'avinstallera*'],
    patronise: ['anvand*', 'bestall*', 'handla*', 'boka*', 'kop*', 'hos er', 'er app'],
    neverAgain: ['aldrig mer', 'aldrig igen', 'sista gangen'],
    card: ['kort', 'kortet', 'bankkort*', 'kreditkort*', 'betalkort*', 'planbok*', 'planboken', 'pin', 'pinkod*'],
    device: ['mobil', 'mobilen', 'telefon', 'telefonen', 'iphone', 'dator', 'datorn', 'laptop', 'surfplatta', 'vaska', 'vaskan', 'id-kort', 'legitimation', 'pass', 'passet'],
    stolen: ['stulen', 'stulet', 'stulna', 'stal', 'stals', 'snott', 'snodd', 'snodde', 'rans*', 'ranad', 'ficktjuv*', 'inbrott', 'tjuv*', 'kopierat', 'skimmat'],
    lost: ['tappat', 'tappade', 'tappa', 'borttappad', 'borttappat', 'forlorat', 'forlorade', 'hittar inte', 'kan inte hitta', 'borta', 'forsvunnen', 'forsvunnet'],
    account: ['konto', 'kontot', 'konton', 'inloggning*', 'losenord*', 'bankid', 'mejl', 'e-post', 'appen', 'profil*'],
    hacked: ['hackad', 'hackat', 'hackade', 'hackare', 'kapad', 'kapat', 'kapade', 'intrang', 'obehorig', 'inte jag', 'var inte jag', 'okand enhet', 'utelast', 'kommer inte in'],
    someone: ['nagon', 'nagon annan', 'en okand', 'okanda', 'bedragare', 'bedragaren', 'hackare', 'tjuven', 'tjuvar'],
    accessed: ['loggat in', 'loggade in', 'anvant', 'anvande', 'tagit ut', 'tog ut', 'fort over', 'handlat', 'handlade', 'bytt losenord', 'andrat losenord', 'i mitt namn', 'lanat', 'tagit lan'],
    unauthorised: ['obehorig*', 'okand*', 'inte godkant', 'inte gjort', 'inte jag', 'kanner inte igen', 'kanner inte till', 'utan mitt medgivande', 'utan min tillatelse', 'aldrig gjort', 'aldrig kopt', 'har inte kopt', 'misstankt*', 'vad ar detta for', 'vad ar det har for', 'aldrig bestallt', 'aldrig bokat', 'inte bestallt', 'inte bokat', 'utan mitt godkännande', 'utan godkännande', 'utan mitt samtycke', 'utan samtycke', 'utan min tillåtelse', 'utan tillåtelse', 'utan att fråga', 'som jag inte känner till', 'det var inte jag'],
    transaction: ['dragning*', 'debitering*', 'betalning*', 'transaktion*', 'kop', 'kopet', 'uttag*', 'overforing*', 'belopp', 'avgift*', 'swish*', 'inloggning', 'inloggningar', 'inloggningsförsök'],
    money: ['pengar', 'pengarna', 'saldo', 'sparpengar', 'lon', 'lonen', 'pension'],
    vanished: ['forsvunnit', 'borta', 'tomt', 'tomma', 'tomd', 'dragits', 'tagits ut'],
    scamContext: ['bedrageri*', 'bedragare', 'lurad', 'lurade', 'blev lurad', 'falsk*', 'fejk*', 'utgav sig', 'pastod sig', 'sa att han var', 'sa att hon var', 'bluff*', 'phishing', 'natfiske'],
    gaveAway: ['gav', 'gett', 'lamnade', 'lamnat', 'uppgav', 'skrev in', 'fyllde i', 'legitimerade mig', 'signerade', 'godkande'],
    credentials: ['kod', 'koden', 'koder', 'losenord', 'bankid', 'pinkod', 'kortnummer', 'kortuppgifter', 'cvv', 'personnummer', 'uppgifter'],
    clickedLink: ['klickade pa', 'klickat pa', 'tryckte pa lanken', 'oppnade lanken', 'lanken'],
    paidOut: ['swishade', 'swishat', 'betalade', 'betalat', 'overforde', 'fort over', 'skickade pengar', 'skickat pengar'],
    partyGone: ['blockerade mig', 'har blockerat mig', 'svarar inte langre', 'forsvann', 'sidan ar borta', 'gar inte att na'],
    sim: ['sim', 'simkort*', 'esim', 'mitt nummer', 'nummer'],
    swapped: ['flyttat', 'portat', 'bytt', 'utan mitt medgivande', 'inte bestallt', 'nagon annan'],
    securityStrong: ['blev lurad', 'jag har blivit lurad', 'bedragen', 'utsatt for bedrageri', 'kontot ar hackat', 'blivit hackad', 'id-kapning', 'identitetsstold', 'kapat mitt konto', 'tomt mitt konto', 'tomde mitt konto', 'nagon har loggat in', 'fick en kod jag inte bett om'],

    family: ['mamma', 'pappa', 'min man', 'min fru', 'sambo', 'son', 'dotter', 'barn', 'bror', 'syster', 'mormor', 'farmor', 'morfar', 'farfar', 'foraldrar', 'kontoinnehavaren', 'innehavaren', 'abonnenten'],
    diedRef: ['han dog', 'hon dog', 'han har gått bort', 'hon har gått bort', 'han är död', 'hon är död', 'gick bort'],
    died: ['dog', 'dott', 'doende', 'avled', 'avlidit', 'avliden', 'gick bort', 'gatt bort', 'begravning', 'dodsbo*', 'dodsfall'],
    bereaved: ['dodsbo*', 'dodsfall', 'avliden', 'avlidne', 'gick bort', 'ankling', 'anka', 'i sorg'],
    hardship: ['kan inte betala', 'har inte rad', 'inga pengar', 'arbetslos', 'forlorat jobbet', 'blivit uppsagd', 'kronofogden', 'skulder', 'vrakt*'],
    distress: ['desperat', 'panik', 'radd', 'vet inte vad jag ska gora', 'gratit', 'graten', 'orkar inte', 'mina barn'],
    selfHarm: ['ta mitt liv', 'ta livet av mig', 'vill do', 'vill inte leva', 'orkar inte leva', 'sjalvmord*', 'skada mig sjalv', 'vill forsvinna', 'vill inte vakna', 'alla vore battre utan mig', 'battre utan mig', 'ingen mening att leva', 'ingen mening langre', 'mitt sista meddelande', 'hejda allihop', 'farval alla', 'orkar inte mer', 'livet har ingen mening', 'mitt liv har ingen mening', 'vill inte finnas', 'snart inte finnas', 'somna for alltid', 'hoppa fran en bro', 'ta alla tabletter', 'trott pa livet', 'trott pa att leva', 'vill inte vara har langre', 'ger bort alla mina saker', 'avskedsbrev', 'det här är mitt farväl', 'ser ingen utväg', 'vill inte vakna imorgon'],
    wishFor: ['vill', 'vill bara', 'onskar', 'vore battre'],
    ceaseToBe: ['do', 'forsvinna', 'inte vakna', 'inte finnas', 'inte leva'],

    lawyerAction: ['kontakta', 'kontaktar', 'anlita', 'anlitar', 'prata med', 'tar det vidare till', 'lamnar over till'],
    lawyer: ['advokat', 'advokaten', 'jurist', 'juristen', 'min advokat'],
    legalStrong: ['stamma', 'stammer er', 'stamma er', 'polisanmalan', 'polisanmala', 'anmaler er', 'ta er till domstol', 'domstol', 'tingsratten', 'rattsliga atgarder', 'rattslig'],
    chargeback: ['chargeback', 'aterkrav', 'bestrida kopet', 'bestrida betalningen'],
    dispute: ['bestrida', 'bestrider', 'reklamera'],
    bank: ['banken', 'min bank', 'kortutgivaren', 'klarna', 'visa', 'mastercard'],
    regulator: ['arn', 'allmanna reklamationsnamnden', 'konsumentverket', 'finansinspektionen', 'pts', 'post- och telestyrelsen', 'konsumenternas', 'imy', 'integritetsskyddsmyndigheten', 'ombudsman', 'myndighet*'],
    complain: ['anmala', 'anmaler', 'anmalan', 'klaga', 'klagar', 'klagomal', 'kontakta', 'kontaktar', 'vanda mig till', 'vander mig till', 'skriva till', 'gar till'],
    formalComplaint: ['formellt klagomal', 'officiellt klagomal', 'vill klaga', 'lamna ett klagomal', 'reklamation'],
    future: ['kommer att', 'ska', 'tanker'],
    publicity: ['sociala medier', 'facebook', 'instagram', 'tiktok', 'twitter', 'tidningen', 'media', 'trustpilot', 'recension'],

    cancel: ['saga upp', 'sager upp', 'uppsagning', 'avsluta', 'avslutar', 'avbryta', 'stanga', 'sluta'],
    contract: ['avtal', 'avtalet', 'abonnemang*', 'konto', 'kontot', 'prenumeration*', 'medlemskap*', 'forsakring*'],
    switchTo: ['byter till', 'byta till', 'gar till', 'flytta till', 'flyttar till'],
    competitor: ['telia', 'tele2', 'telenor', 'tre', 'comviq', 'swedbank', 'handelsbanken', 'nordea', 'seb', 'en annan bank', 'en annan operator', 'konkurrent*'],
    churnStrong: ['saga upp allt', 'sager upp allt', 'byter bank', 'byter operator', 'lamnar er', 'ni har forlorat en kund', 'aldrig mer'],

    repeatCount: ['tredje gangen', 'fjarde gangen', 'femte gangen', 'tre ganger', 'fyra ganger', 'manga ganger', 'hur manga ganger', 'samma svar'],
    repeat: ['igen', 'fortfarande', 'redan', 'annu', 'an en gang'],
    futile: ['ingen svarar', 'ingen hjalper', 'inget svar', 'hjalper inte', 'forstar inte', 'meningslost', 'vardelos bot', 'har redan fragat', 'har redan skrivit'],
  },
};
