/**
 * The shape of one language's escalation vocabulary. Every language file in this
 * folder fills the same fields, so a reader who has read one has read them all;
 * the frames that combine the concepts are written once, in ../situations.ts.
 *
 * Terms use the keyword syntax of ../keywords.ts, compared after
 * {@link normalizeText} on both sides (case, accents, width folded):
 *  - space-delimited scripts: whole words; a `*` after a word allows any ending
 *    ("stol*", "украл*", "kart*"), which is how inflection (Slavic, Turkish) is
 *    covered without stemmers; a `*` before a word allows any beginning, for the
 *    heads of German and Dutch compounds ("*karte" matches "Kreditkarte");
 *  - an apostrophe is optional ("don't" also matches "dont");
 *  - Arabic words also match behind the clitics و ف ب ل ك and the article ال; Hebrew words behind the
 *    prefixes ו ש כש and ב ל מ כ ה (והכרטיס, מהחשבון);
 *  - packs marked `spaceless` (ja, zh, ko, th) match terms as substrings of the
 *    sentence with spaces removed.
 */

/** Vocabulary slots the frames in ../situations.ts are built from. */
export const CONCEPTS = [
  // security
  'card', 'device', 'stolen', 'lost', 'account', 'hacked', 'someone', 'accessed', 'unauthorised', 'transaction', 'disowned', 'disownedRef',
  'money', 'vanished', 'scamContext', 'contact', 'gaveAway', 'credentials', 'clickedLink', 'paidOut', 'sim', 'swapped', 'simEvent',
  'suspicion', 'securityStrong',
  // vulnerable customers
  'family', 'died', 'bereaved', 'hardship', 'hardshipWeak', 'distress', 'illness', 'selfHarm', 'domesticAbuse',
  // self-harm said indirectly: a wish or thought ("I just want to", "it would be easier if I") + ceasing to be ("not wake up", "disappear")
  'wishFor', 'ceaseToBe',
  // self-harm said as a goodbye (./veiled-goodbyes.ts): one's account or things handed on + not needed any more ("give my
  // account to my brother, I won't need it anymore"); a last act + a farewell ("this is my last message. goodbye everyone")
  'handOver', 'noLongerNeeded', 'lastAct', 'farewell',
  // self-harm said as being a burden: "I'm just a burden to everyone", "jestem ciężarem dla wszystkich"
  'burden', 'everyone',
  // self-harm said as exhaustion + wanting everything to end ("I can't take it anymore, I want it all to end", "撑不下去了，想结束这一切")
  'exhausted', 'endAll',
  // self-harm said as others being better off: better/happier + without me ("everyone would be better off without me", "ben olmasam herkes daha mutlu olur")
  'betterOff', 'withoutMe',
  // self-harm said as a cut or hurt done to oneself + again, close beside it (./quiet-despair.ts): "me estoy cortando otra vez", "опять порезала себя"
  'hurtSelf', 'hurtAgain',
  // self-harm said as a goodbye already said to everyone, closing its clause (./quiet-despair.ts): "ya me despedí de todos"
  'goodbyeSaid',
  // churn said as the customer's own cancelling with nothing named, closing its clause (./keys-and-suppliers.ts): "that's it, I'm cancelling."
  'cancelNow',
  // churn said as a decision or a move already made, in a message that also asks how to end the account or contract
  // (./keys-and-suppliers.ts, frame 'leaving-then-how'): "we've moved our volume to another carrier. How do I close the account?";
  // endingAsked: what ending a contract involves, asked after such a decision ("the notice period", "the final invoice")
  'leavingStated', 'endingAsked',
  // hardship said as a fact: not able to + pay / the bill (with distress elsewhere in the message)
  'unable', 'payVerb',
  // hardship said as the customer's own lack (./money-trouble.ts): no money + what a life needs ("no money even to eat")
  'noMoney', 'necessity',
  // the money at stake said to be needed for living (./money-trouble.ts): "I need that money to pay my rent"
  'needMoney',
  // one's finances in a bad state (./money-trouble.ts): "bad place financially", "maddi durumum çok kötü"
  'finance', 'badState',
  // a state lasting until now (./money-trouble.ts): "since then", "seitdem", "从那以后" — hardship told with a past date is still today's
  'ongoing',
  // a payment plan, instalments or more time asked for (./money-trouble.ts); with distress it is hardship
  'planAsk',
  // a blow to the customer's income told (./life-blows.ts): laid off, on sick leave, benefits held up, the business gone
  // under, debt collectors calling; with a payment plan or relief asked for it is hardship
  'lifeBlow',
  // a customer at risk right now (./at-risk.ts): a medical emergency under way; a frail relative (or the customer) confused
  // about what they order or pay; the customer's own disability named beside what they cannot do
  'emergencyNow', 'frailPerson', 'confusedState', 'disabledSelf',
  // something dangerous swallowed (a button battery, a detergent capsule, bleach); a child approached by an adult (./urgent-harm.ts)
  'swallowVerb', 'dangerItem', 'minorChild', 'groomingAct', 'fellDown', 'cantGetUp', 'abuser', 'violentAct', 'leftWithoutHelp',
  // not coping right now; something essential gone tonight, or cut off with a baby or a sick person at home; a relative or
  // child missing; a child writing alone and frightened; a disability and the way in that is blocked; an age of 80 and
  // over; dementia named; a partner feared; an overdose or allergic reaction told as symptoms; a relative's confusion told
  // as what happened (./vulnerable-now.ts)
  'acuteDistress', 'crisisNow', 'essentialCut', 'dependentAtHome', 'missingNow', 'personMissing', 'ownChild', 'selfMinor', 'aloneScared', 'accessBlocked', 'oldAge', 'dementiaSaid', 'fearOfHim', 'acuteSymptom', 'confusedStrong',
  // what keeps someone alive (a ventilator, oxygen, dialysis, insulin, a telecare alarm) and its supply lost (./at-risk.ts)
  'lifeSupport', 'supplyLost',
  // SIM swap said as symptoms: the line went dead + codes, logins or bank alerts the customer did not ask for
  'signalLost', 'securityAlert',
  // fraud said as what happened: paid, then the other side vanished ("blocked me", "the site is gone")
  'partyGone',
  // investment fraud: money put into a platform + it cannot be taken out ("I invested… now I can't withdraw")
  'invested', 'cannotWithdraw',
  // an alibi ("I was at home all day", "I haven't left the country") told beside a SIM/account change or a charge
  'alibi', 'alibiAway', 'simChanged',
  // phishing told as obeying a message: asked to (log in, confirm, verify) + complied ("I did") + the harm that followed ("now I'm locked out")
  'askedTo', 'complied', 'aftermath',
  // a card or phone, then its loss told in a later sentence with a pronoun ("… my card? It was stolen")
  'lostRef',
  // a seller, courier or caller who asks to be paid outside the platform: asked to + "pay him directly", "in cash again", "to his own account"
  'offPlatform',
  // account takeover told as symptoms: shut out of the account ("I can't log in") + changes or activity the customer does not know ("orders to an address I don't know")
  'lockedOut', 'unfamiliar',
  // the company's own courier, driver or engineer who took the goods ("the driver stole my order", "the courier kept my parcel")
  'carrier', 'keptGoods',
  // an unauthorised charge said with the customer's own negated act: "a payment … I never MADE" (negation cue + this verb)
  'doneAct',
  // legal threats and complaints
  'lawyerAction', 'lawyer', 'legalStrong', 'chargeback', 'dispute', 'bank', 'regulator', 'complain', 'formalComplaint',
  'future', 'publicity',
  // churn
  'cancel', 'contract', 'switchTo', 'competitor', 'churnStrong', 'betterOffer',
  // repeated frustration
  'repeatCount', 'repeat', 'futile',
  // frustration in one message: waiting long for an answer ("waiting two weeks for a reply"); told something different each time
  'awaitReply', 'longTime', 'everyTime', 'differentAnswer',
  // churn said as a vow: never again + a verb of being a customer ("I'll never use you again", "nunca más compro", "再也不用")
  'neverAgain', 'patronise',
  // churn said as a long-standing customer leaving: tenure + going ("customer for three years, but after this I'm leaving", "Kunde seit drei Jahren … bin ich weg")
  'tenure', 'goingAway',
  // churn said as removing the app: uninstall/delete + the app ("je désinstalle votre appli", "앱 지울게요")
  'uninstall', 'appWord',
  // a phone or wallet left behind somewhere ("me dejé el móvil en el taxi", "telefonumu takside unuttum")
  'leftBehind',
  // a vehicle, which with a theft word is a stolen car, motorbike or van ("my car was stolen", "у меня угнали машину"): ./vehicles.ts
  'vehicle',
  // what an insurance covers, in a question that guards the stolen vehicle ("does my policy cover theft?"): ./vehicles.ts
  'coverage', 'theftNoun',
  // a charge disputed by its kind: a verb of being charged said as a report + twice ("charged me twice", "zweimal abgebucht"),
  // or + the customer's own cancellation before it ("still charging me although I cancelled", "ho disdetto ma continuate ad addebitare")
  'charged', 'duplicate', 'cancelledIt',
  // the duplicate charge said in one phrase ("double charged", "dubbel afgeschreven", "多扣")
  'doubleCharged',
  // a death told after the person was named, with a pronoun or a verb's own person ("My dad has an account. He died on Sunday", "… Murió el domingo")
  'diedRef',
  // a remote-access tool installed on someone's word ("he got me to install AnyDesk"): the tool, and being made to install it
  'remoteTool', 'installedIt',
  // churn said as a vow with the verb inside it: "I will NEVER book with you AGAIN", "jag handlar ALDRIG hos er IGEN"
  'vowNever', 'vowAgain',
  // bare verbs of being a customer for that vow, where the pack's 'patronise' words already carry "again" (id "pesan lagi", vi "đặt nữa")
  'vowVerb',
  // churn said by what is cancelled: a credit or loyalty card, a membership, a rewards or frequent-flyer programme, points
  // ("cancel my credit card", "résilier ma carte de fidélité", "bu kartı iptal etmek istiyorum")
  'cancellable',
  // a new card asked for with the cancelling ("cancel my card and send me a new one"), or a saved card removed from a
  // profile ("delete my card from the app"): a replacement or a setting, not churn
  'replacement',
  // churn said with a separable verb: stem … thing … particle in one sentence ("ik ZEG mijn lidmaatschap OP", "ich TRETE aus dem Programm AUS")
  'cancelStem', 'cancelParticle',
  // churn said as moving one's custom: move + my bookings / my business / my savings + to a competitor
  'moveVerb', 'custom',
  // account takeover said as codes the customer did not ask for ("login codes I didn't request", "códigos que no he pedido")
  'loginCode', 'unrequested',
  // orders, bookings, purchases: what an account shows that the customer disowns ("bookings I didn't make")
  'orderThing',
  // fraud told as identity misuse: the customer's papers or personal data + misused ("mis datos fueron usados", "盗用了我的身份证"),
  // or something opened in the customer's name ("a loan was taken out in my name", "adıma hat açılmış") that they never applied for
  'identity', 'misused', 'inMyName', 'openedIn', 'neverApplied',
  // fraud told through the other side's fake: a fake seller, buyer, landlord or agent, a forged receipt or payment screenshot
  'fakeParty',
  // self-harm said through life itself (./life-and-death.ts): life + void ("my life is over", "no reason to live"),
  // better + dead ("better off dead"), jump + a height ("jump off the bridge")
  'life', 'toLive', 'lifeVoid', 'dead', 'jumpVerb', 'height',
  // fraud told as someone booking with the customer's papers or in their name (./scams-loops-leaving.ts): "someone booked flights with my details"
  'bookedIt',
  // a fake place to stay (./scams-loops-leaving.ts): the lodging + its non-existence, close after ("the apartment doesn't exist")
  'lodging', 'notExist',
  // churn said as a last booking (./scams-loops-leaving.ts): "this was my last" + booking ("das war meine letzte Buchung", "这是我最后一次在你们这订")
  'finalOne', 'finalThing',
  // churn said as custom moved from now on (./scams-loops-leaving.ts): "from now on" + elsewhere ("ab jetzt buche ich woanders")
  'fromNowOn',
  // someone else ordering with the customer's account, card or wallet (./orders-and-wallet.ts): "someone is ordering food on my account"
  'orderedIt',
  // the customer's own ordering ("I've ordered", "je commande", "주문"): a repeat count beside it counts orders, not complaints
  'placedOrder',
  // disputed charges (./billing-disputes.ts): a deposit or pre-authorisation + not released ("the deposit was never released");
  // charged more than shown ("more than the app showed") or overcharged in one phrase; a fee the customer never agreed to
  'heldMoney', 'notReleased', 'moreThanShown', 'overcharged', 'neverAgreed',
  // whose the words are and what they apply to (./not-the-writer.ts): a device or software as the subject ("my laptop won't
  // wake up any more") and the words that start a new subject ("and"); what a customer wants stopped (mails, notifications,
  // charges); a replacement given as the reason a thing is not needed ("I got a new one"); a fee, tax or shipping offered as
  // the reason a charge is higher ("is there a service fee?")
  'machine', 'joiner', 'nuisance', 'newOne', 'feeReason',
  // a product added or a payment changed by the company (./consent-and-tricks.ts): "you added", "подключили", "ni har höjt";
  // with `neverAgreed` close after it, money billed for what the customer never agreed to
  'switchedOn',
  // a standing arrangement ("every time", "each month", "automatically"): in a question beside a consent phrase, permission
  // asked for once and for all ("can you raise it without asking me every time?"), not money taken without it
  'eachTime',
  // SIM swap said as the line dying and the codes no longer coming (./dead-lines-and-impostors.ts): "my number stopped
  // working and I'm not getting the codes", "симка не работает и коды не приходят"; the "not" is the concept's own
  'codesMissing',
  // hardship said as a forced choice (./hard-choices-and-exits.ts): choose between + a necessity ("choose between heating and eating")
  'chooseBetween', 'basicNeed',
  // "to you", "zu euch", "paperless", right after a switching word (./hard-choices-and-exits.ts): moving to or inside the company, not away
  'towardUs',
  // a scam word weighed against its opposite ("is this site a scam or legit?", "estafa o es de fiar?") and a charge the
  // customer explains away in a later sentence ("what is this charge? oh it's the annual fee, ok"): ./unwanted-charges.ts
  'legitAlt', 'explainedAway',
  // a leaving phrase bounded to the day ("done with you for today") and the customer's own court appearance ("I have to
  // testify tomorrow") with no one of the company as the other side: ./bounded-and-own-hearing.ts
  'forToday', 'ownHearing', 'hearingDay', 'opponentUs',
  // assets moved to a destination the customer does not know ("to an address I don't know", "на неизвестный адрес");
  // a line dying all at once ("suddenly", "since this morning") and the codes going elsewhere ("codes go to someone
  // else"): ./wallets-and-lines.ts
  'unknownDest', 'abruptly', 'codesElsewhere',
  // goods or a payment that never came, the "not" its own ("he never sent it", "die Ware kam nie"): ./wallets-and-lines.ts
  'neverArrived',
  // the other side of a deal (seller, buyer, trader) and someone met online, for marketplace and investment fraud: ./wallets-and-lines.ts
  'counterparty', 'metOnline',
  // returns promised, the bait of an investment fraud ("guaranteed profit", "double my money"): ./wallets-and-lines.ts
  'promisedReturns',
  // a wallet or balance emptied ("my wallet was emptied overnight", "кошелек обнулили"): ./wallets-and-lines.ts
  'walletNoun', 'emptied',
  // topping up asked about or wished for ("how do I top up?"): an empty wallet beside it is the customer's own spending
  'topUp',
  // self-harm said in the first person through a plan, a means or a life's end (./plans-and-burdens.ts): pills or a rope +
  // hoarded ("I've been stockpiling my pills", "haplari biriktirdim"); no reason of one's own + going on, closing the clause
  // ("je n'ai plus aucune raison de continuer"); one's belongings given away + not needed, arrangements made or a farewell
  // ("ho regalato le mie cose, non mi servono piu"); arrangements made (a will, affairs in order) + despair; an "I am" +
  // a burden ("ich bin fur alle nur noch eine Last"); everything lost + exhaustion; a message for one's loved ones ("tell
  // my mum I'm sorry"); gone + nobody noticing; tonight + an end
  'means', 'hoarded', 'noReason', 'goOn', 'giftVerb', 'belongings', 'affairsDone', 'selfCopula', 'burdenNoun', 'lostAll',
  'tellKin', 'loveSorry', 'unnoticed', 'goneSelf', 'tonight',
  // a decision + ending it, closing the clause ("I've decided to end it tonight"); at a height right now ("ich stehe gerade auf
  // dem Dach"); a ride one way to a bridge or cliff ("a ride to the bridge, one way, no need for a return")
  'decided', 'endIt', 'atHeight', 'rightNow', 'highPlace', 'oneWay',
  // it is over for oneself ("per me è finita", "для меня всё кончено"), closing its clause
  'overForMe',
  // what is left of one's balance ("restguthaben", "zbytek zůstatku", "sisa saldo"), for money sent to one's family
  'balanceLeft',
  // after one is gone ("when I'm gone", "когда меня не станет", "mere jaane ke baad"), told beside one's family: an heir named
  'whenGone',
  // leaving an app service (./apps-and-exits.ts): closing or deleting the customer's own account or wallet, right beside
  // each other ("delete my account", "Konto deaktivieren"); going back to the app used before or to a rival brand ("going
  // back to the old app", "going back to Uber"); stopping using the app or the company; a removal by mistake or undone
  'closeOwn', 'ownService', 'goBack', 'formerOne', 'rivalApp', 'stopUsing', 'byMistake',
  // all the money taken out, with a leaving beside it ("withdrawing everything and leaving"); a search for another app or
  // exchange ("I'll find another app", "me busco otra app"): ./apps-and-exits.ts
  'withdrawAll', 'seekVerb', 'otherApp',
] as const;
export type Concept = (typeof CONCEPTS)[number];

/** Phrases per concept, as a table of one topic gives them to one language's pack (merged in ./index.ts). */
export type ConceptTable = Partial<Record<Concept, readonly string[]>>;

/** Context cues that decide whether a matched situation is real (see ../situations.ts "Guards"). */
export interface Cues {
  /** not, never, no one, didn't… — before the situation (or between its words). */
  negation: readonly string[];
  /** Negated verbs of knowing or believing ("I can't believe", "no idea how"): they do not negate the situation that follows. */
  notNegating?: readonly string[];
  /** "Not yet" (还没, まだ, 아직): right before a disowning phrase ("还没注册过") the customer has not done it yet, not disowned it. */
  notYet?: readonly string[];
  /**
   * Verb-second languages negate a finite verb after it ("ich beschwere mich NICHT", "ik zeg NIET op", "jag klagar INTE"):
   * right after a threat's words (legal, regulator, churn: the customer's own act, said in the present), in its clause.
   * Not used for incidents, whose participle comes last ("wurde nicht gestohlen" already has the negation before).
   */
  negationAfterVerb?: readonly string[];
  /**
   * A yes/no question written around the verb (vi "có … không?", zh "会 … 吗？"): the opener before the situation, the
   * closer after it, in one clause of a sentence ending in "?"; a past marker between them ("đã", "rồi", "了") makes it
   * a question about what did happen.
   */
  yesNoQuestion?: { open: readonly string[]; close: readonly string[]; past: readonly string[] };
  /** Negation written after the verb (ja ない/ません, ko 않/안). */
  negationAfter?: readonly string[];
  /** if, in case, ever, suppose… — anywhere earlier in the same clause. */
  hypothetical: readonly string[];
  /** Phrases that contain a hypothetical cue but state a fact ("EVER since the funeral"): a cue inside one is not a condition. */
  notHypothetical?: readonly string[];
  /** Conditional written after the verb (ja たら/場合, zh 的话, ko 면/경우, th ก็). */
  hypotheticalAfter?: readonly string[];
  /** Informational question openers (how do I, what is, do you…), or for spaceless packs definitional cues. */
  question: readonly string[];
  /** "Could someone…", "is it possible…", "what happens if…": a question about a possibility, never an incident. */
  possibility: readonly string[];
  /** my, I, me… — an informational-looking question that speaks of the customer's own things is not generic. */
  firstPerson: readonly string[];
  /**
   * ik, ich, jag… — the subject pronoun a verb-second language puts right after the question's verb ("Hoe meld IK een
   * gestolen pas?", "Wie melde ICH…"): it belongs to the question, like English "how do I", not to a case of the customer's own.
   */
  questionSubject?: readonly string[];
  /** you, your… — "if YOU don't…" states a threat's condition, not a hypothesis. */
  secondPerson: readonly string[];
  /** it's sorted, I found it, changed my mind… — the situation is over. */
  resolved: readonly string[];
  /** years ago, last year… — an incident long past (security, bereavement) is history, not a case. */
  past?: readonly string[];
  /** today, just now, this morning… — beside a past cue ("a customer since last year, and today…") the situation is current. */
  recent?: readonly string[];
  /** protect, prevent, avoid… — a question about prevention; or a delivery ("lost in the post"): not an incident. */
  prevention: readonly string[];
  /**
   * friend, colleague, neighbour… (with the pack's `family` words) — a third party whose incident the message tells
   * ("my colleague's account was hacked", "a mi hermana le robaron la tarjeta"), see {@link precaution}.
   */
  thirdParty?: readonly string[];
  /**
   * change my password, protect myself, me too, just in case… — the customer asks what to do for their OWN safety
   * after a third party's incident ("my sister's account got hacked, should I change my password?"): the incident is
   * not the customer's.
   */
  precaution?: readonly string[];
  /**
   * I thought, ich dachte, je croyais… — a belief told in the past, before the incident: corrected after it ("I thought
   * someone used my card, but it was my son") it was a mistake, not an incident.
   */
  mistaken?: readonly string[];
  /** 以为, 줄 알았, tưởng, sandım, と思ったら… — a belief that the word itself says was wrong: no correction needed after it. */
  mistakenAlone?: readonly string[];
  /**
   * "va me tuer", "vai me matar", "me va a matar" — a self-harm phrase said with something else as the subject (the
   * paperwork, the prices "will kill me"): hyperbole, not the customer's own act.
   */
  hyperbole?: readonly string[];
  /**
   * do I have to, muss ich, dois-je, ¿tengo que…, πρέπει να… — "do I have to cancel my policy if I move abroad?" asks
   * what the rules require, not to leave (in a question, with nothing unhappy said).
   */
  obligation?: readonly string[];
  /**
   * without clicking, didn't click, 没点, クリックせず… — a scam message received and left alone ("I got a phishing email
   * pretending to be you but deleted it without clicking"): the scam did not work.
   */
  ignoredScam?: readonly string[];
  /**
   * I changed, jag har bytt, vyměnil jsem, 我换了… — the customer's own change of SIM or phone ("I got a new SIM, do I
   * need to update my number?"), not a swap done to them.
   */
  ownChange?: readonly string[];
  /** fee, cost, notice period… — a question about what cancelling costs is information, not churn. */
  consequence: readonly string[];
  /** this, these, ce, diese… — "I never authorised THIS payment": the act points at a transaction named after it. */
  demonstrative?: readonly string[];
  /** a, an, any, un, une, ein… — "how do I report A charge I don't recognise?" is about any charge. */
  indefinite?: readonly string[];
  /** it, them, anything… — what may follow a disowned act that refers back to an earlier sentence ("I didn't buy ANYTHING"). */
  actObject?: readonly string[];
  /**
   * alert, notification, flagged as, turn on… — "suspicious" or "unknown" as the label of a bank's or the
   * company's notice or setting ("blocked as suspicious", "alerts for suspicious payments"), not the customer's claim.
   */
  notice?: readonly string[];
  /** at home, at work, w domu… — a phone or wallet left somewhere safe ("I left my phone at home, can I pay by card?") is not lost. */
  safePlace?: readonly string[];
  /** Words that start a new clause like a comma does (but, pero, aber…). */
  contrast?: readonly string[];
  /**
   * afraid that, Angst dass, 担心, …할까 봐 — a fear said before what may happen (after it in verb-final packs): with a request for
   * advice or safety ({@link safetyAsk}) the incident is foreseen, not told (./asked-not-told.ts, guard `forewarned`).
   */
  apprehension?: readonly string[];
  /** might, wird, blir — where a pack lists them, a fear covers the incident only with one of these after it. */
  ahead?: readonly string[];
  /** was, hat, haya, 了, đã — after a fear, the feared thing did happen: a report. */
  doneAlready?: readonly string[];
  /** I read that, in the news, 听说 — news of someone else's incident (guard `forewarned`). */
  hearsay?: readonly string[];
  /** any tips, is my account safe, 安全吗 — the customer asks for advice or about the safety of their own things. */
  safetyAsk?: readonly string[];
  /** keep the main one, seguir usando, 保留 — something kept while a part is cancelled (guard `keepsIt`). */
  keepIt?: readonly string[];
  /** add, invite, เพิ่ม — the customer letting someone into the account, asked about (guard `letsIn`). */
  grantAccess?: readonly string[];
  /** can I, darf ich, puedo — right after a count ("how many times CAN I…"), a policy question (guard `mayRepeat`). */
  permission?: readonly string[];
  /** just so I know, out of curiosity — the first person of the asking, not of a case (see `informational`). */
  aside?: readonly string[];
  /** in general, grundsätzlich, 一般来说 — a question about how things work (guard `inGeneral`). */
  generic?: readonly string[];
  /** work, my friends, the airport — right after a leaving phrase ("I'm off to work"), an errand, not a provider left (guard `errand`). */
  errand?: readonly string[];
  /** the driver said, der Fahrer meinte, คนขับบอกว่า — a third party telling of something (guard `relayed`, with {@link theirOwn}). */
  relayed?: readonly string[];
  /** his, her, su, lui, เขา, -nya — the incident's thing is the third party's own ("the driver said HIS phone was stolen"). */
  theirOwn?: readonly string[];
  /** promo code, Rabattcode, 优惠券 — a deal asked for; with {@link forNow} beside a lack, a casual question (guard `bargain`). */
  dealAsk?: readonly string[];
  /** this month, until payday, 这个月 — a lack bounded to now ("broke this month"). */
  forNow?: readonly string[];
}

export interface LanguagePack {
  /** ISO 639-1 code ("zh" covers simplified and traditional). */
  code: string;
  /** Terms are substrings of the sentence without spaces (CJK, Hangul, Thai). */
  spaceless?: boolean;
  /** With {@link spaceless}: a space in the text starts a new clause, as Thai writes a space where others put a comma or a full stop. */
  clauseSpaces?: boolean;
  /** Longest distance in characters between a frame's first and last word, when the default does not fit the script (Thai words are long). */
  maxSpan?: number;
  /** How far in characters before a situation its negation still applies, when the default does not fit the script (Thai "ไม่ได้" is six letters). */
  negationReach?: number;
  /**
   * Frequent function words, to guess the language of a space-delimited message;
   * unused for packs chosen by script (ja, zh, ko, th, ar, ru).
   */
  markers: readonly string[];
  cues: Cues;
  /**
   * Extra folding applied to both the text and the terms after normalizeText, for
   * spellings customers use interchangeably (German "kuendigen" for "kündigen").
   */
  fold?: (normalized: string) => string;
  /**
   * Verb-final word order (Turkish, Hindi): question words and the condition's verb come after the
   * situation ("şüpheli işlem bildirimi NASIL açılır?", "yetkisiz bir işlem GÖRÜRSEM…"), so the
   * question and condition guards look after the frame too.
   */
  verbFinal?: boolean;
  /**
   * With {@link verbFinal}: a finished verb of the past ("çalındı", "chori ho GAYA") between the situation and
   * a later question word makes the sentence a report followed by a question ("kartım çalındı nasıl bloke
   * ederim?" = my card WAS stolen, how do I block it), not a question about the situation. Tested on each
   * normalised word from the situation's start to the question word; for spaceless packs (Korean 았/었/했) on the
   * text between them.
   */
  pastEvent?: RegExp;
  /**
   * A sentence ending in the past ("…消えました", "…なくなってる"): a condition after the verb ("押したら") is then a
   * narrative "when I did", not a hypothesis. Tested on the whole normalised sentence (not for questions).
   */
  narrativePast?: RegExp;
  /** A matched word whose ending marks negation (Turkish -ma/-me: çalınmadı). Tested on the word after its first four letters. */
  negatedEnding?: RegExp;
  /** A matched word whose ending marks a condition (Turkish -sa/-se: çalınırsa). */
  conditionalEnding?: RegExp;
  /**
   * Case and possessive endings (a regex alternation over normalised text) that one-word nouns of the family,
   * card, device, lawyer and money concepts may carry, so a pack lists the noun once: German "Vater" also
   * matches "meines Vaters", Turkish "babam" also "babamı", Indonesian "ayah" also "ayahnya". Words of
   * fewer than three letters take no ending. Space-delimited packs only.
   */
  nounEndings?: string;
  /**
   * Guards beyond the shared question forms whose cues this pack lends, as the message's language, to a match of another
   * pack (English words in a romanised Hindi sentence: "account hack NAHI hua", "PICHLE MAHINE hack hua tha, THEEK HO
   * GAYA"). Only for cues that are no word of the other Latin-script languages, as romanised Hindi's are not.
   */
  lendsGuards?: readonly ('negation' | 'resolved' | 'past' | 'hypothetical')[];
  concepts: ConceptTable;
  /** Chat abbreviations customers write, word → what it stands for ("acct" → "account", "sum1" → "someone"). */
  abbreviations?: Readonly<Record<string, string>>;
  /** With {@link abbreviations}: also correct one-letter typos of vocabulary words (default). `false` expands abbreviations only. */
  typos?: boolean;
  /**
   * Frames whose words must come in slot order in this language, with at most this
   * many characters between them ("cancel my whole contract", not "the contract
   * ends, cancel the order"). Frame ids as in ../situations.ts.
   */
  ordered?: Readonly<Record<string, number>>;
}

/** Every combination "a b", for phrase lists such as ["can someone", "could someone"] × ["access", "hack"]. */
export function combine(heads: readonly string[], tails: readonly string[], sep = ' '): string[] {
  return heads.flatMap((h) => tails.map((t) => `${h}${sep}${t}`));
}

/**
 * Remote-access tools whose names customers write in any language; every pack lists them under `remoteTool`
 * beside its own words for "a remote access app". Tools, not any industry's products.
 */
export const REMOTE_TOOLS: readonly string[] = ['anydesk', 'teamviewer', 'rustdesk', 'quicksupport', 'quick support', 'supremo', 'ammyy', 'splashtop', 'ultraviewer', 'airdroid', 'screenconnect', 'logmein'];
