/**
 * Detects the situations a support lead escalates — security incidents,
 * vulnerable customers, legal threats, complaints to a regulator, churn and
 * repeated frustration — in a customer message, in the languages of ./lang/.
 * Pure; used by the `situations` trigger condition of a rule (./rules.ts).
 *
 * A situation is a *frame*: a few concepts that must occur together in one
 * sentence ("card" + "stolen", "cancel" + "contract", "someone" + "logged into" +
 * "account"), not a bare word. Frames are written once, below; each language
 * pack supplies the words for the concepts.
 *
 * Guards (near-miss discipline). A matched frame does not count when its clause is
 *  - negated: "my card was NOT stolen", "no one hacked me", "盗まれていない";
 *  - hypothetical: "what should I do IF my card is EVER stolen?", "カードが盗まれたら";
 *    for threats (legal, regulator, churn) a condition that names the company or is
 *    negated is the threat's condition, not a hypothesis, so "IF YOU DON'T refund me
 *    I'll sue" still fires;
 *  - an informational question that does not speak of the customer's own case:
 *    "how do I report a stolen card?", "what does the cancellation fee cover?"
 *    ("how do I block MY stolen card?" still fires);
 *  - a question about a possibility ("can someone access my account with my email?"),
 *    or about prevention (security: "how do I protect my account from hackers?"),
 *    or about what cancelling costs (churn: "is there a fee if I close my account?");
 *  - over ("it's sorted now", "I found it", "changed my mind, I'm staying");
 *  - for a few frames that need no verb (a better offer elsewhere, waiting weeks for a reply, a regulator
 *    named on its own), asked about: the frame's own clause is the question ("is your plan cheaper than
 *    the competition?", "are you regulated by the FCA?").
 * Self-harm is never guarded: a hint is enough.
 *
 * Which packs run: the languages {@link detectLanguages} guesses for the message,
 * English (customers mix it in), the customer's known language, and the universal
 * pack of international words (SIM swap, phishing, hacker…), so a language without
 * a pack still gets the strongest signals. When a Latin-script message gives no
 * clue, every Latin-script pack runs.
 */

import { LAUGHTER } from './lang/hard-choices-and-exits.js';
import { LANGUAGE_PACKS, UNIVERSAL_PACK } from './lang/index.js';
import { CONCEPTS, type Concept, type LanguagePack } from './lang/types.js';
import { detectLanguages, latinEvidence } from './language.js';
import { HOW_OPENERS, STEPS_NOUNS } from './sentiment-lexicon.js';
import { scoreSentiment } from './sentiment.js';
import { correctSpelling } from './spelling.js';
import { allMatches, escapeRegExp, hasQuestionMark, normalizeText } from './text.js';

/**
 * `self_harm` is the safety net: any hint of self-harm, explicit or indirect. A
 * self-harm hit is reported as `vulnerable` too, so a rule set written before the
 * net existed still catches it.
 */
export const SITUATIONS = ['self_harm', 'security', 'vulnerable', 'legal', 'regulator', 'churn', 'frustration'] as const;
export type Situation = (typeof SITUATIONS)[number];

export interface SituationHit {
  situation: Situation;
  /** The frame that matched ("stolen-card", "hardship-distress", "repeated-across-messages"). */
  frame: string;
  /** Language pack whose words matched ("*" for the universal pack). */
  language: string;
  /** The matched words, normalised, in text order. */
  evidence: string[];
}

export interface DetectOptions {
  /** Earlier customer messages of the conversation, oldest first (for repeated frustration). */
  history?: readonly string[];
  /** The customer's known language (BCP 47), added to the guessed ones. */
  language?: string;
  /**
   * Collects the situations whose frame words were all there but a guard held them back (negated,
   * hypothetical, informational, resolved, someone else's…): the rules read the message and said no.
   * The learned detector does not overrule that (../evaluate.ts).
   */
  held?: Set<Situation>;
}

type Guard = 'loyalCount' | 'howTo' | 'incident' | 'notice' | 'safePlace' | 'asked' | 'negation' | 'hypothetical' | 'threatCondition' | 'question' | 'possibility' | 'prevention' | 'resolved' | 'consequence' | 'past' | 'positive' | 'thirdParty' | 'mistaken' | 'idiom' | 'obligation' | 'ownChange' | 'notTheWriter' | 'offersReason' | 'standing' | 'towardUs' | 'jest' | 'weighedOrExplained' | 'timeBound' | 'ownHearing' | 'forewarned' | 'keepsIt' | 'letsIn' | 'mayRepeat' | 'inGeneral' | 'errand' | 'loyalVow' | 'relayed' | 'deviceDied' | 'bargain' | 'toppingUp' | 'accidental' | 'coverageAsked' | 'awayOnADay' | 'lawyerErrand';
/** A slot is one concept, or any of several. */
type Slot = Concept | readonly Concept[];

interface Frame {
  id: string;
  situation: Situation;
  slots: readonly Slot[];
  /** Default: every slot in one sentence, within {@link MAX_SPAN}. `message`: anywhere in the message. */
  scope?: 'message';
  /** With `message` scope: the first this-many slots must still be in one sentence ("can't" + "pay"), the rest anywhere. */
  together?: number;
  /**
   * A slot's word may stand inside a longer phrase another slot took, when the phrase names it
   * ("metí mi CONTRASEÑA" is the giving and the credential; "知らない請求" is the disowning and the charge).
   * Only where the phrase cannot be the same cue twice.
   */
  nested?: boolean;
  /**
   * In a message-wide frame: a slot's word may share words with another slot's phrase ("MERI SIM band ho gayi" is both the
   * SIM and the dead line; "mon NUMÉRO marche plus"). Only where the slots are different things, so one word cannot fill two.
   */
  overlapping?: boolean;
  guards: readonly Guard[];
  /**
   * Slots in order, each at most this many characters after the previous ([space-delimited, spaceless]; a list gives
   * one gap per step), and all in one clause, unless the pack orders the frame itself.
   */
  gap?: readonly [number | readonly number[], number];
  /** Packs the frame does not run in (a verb-first frame in verb-final languages). */
  notIn?: readonly string[];
  /** The only packs the frame runs in (a word order of a few languages). */
  onlyIn?: readonly string[];
  /** With `gap`: the slots may span a comma ("codes, die ich nicht angefordert habe" is one relative clause). */
  acrossClauses?: boolean;
  /**
   * With `gap`, or in a message-wide frame: the last slot closes its clause (at most two words after it). A separable particle does
   * ("ik zeg mijn abonnement op (per direct)"); with more after it, it is a preposition ("ik zeg mijn account op een andere manier").
   */
  endsClause?: boolean;
  /** With {@link endsClause}: at most this many words after the last slot instead of {@link CLOSING_WORDS} ("no reason to go on ANYMORE", not "… to continue THE TRIAL"). */
  closingWords?: number;
  /** The sentence is no question ("I'm on the roof now, can you deliver up here?" asks about a delivery). */
  told?: boolean;
  /** In a message-wide frame: a word that is also one of these concepts' does not fill a slot (Polish "żyć" ends Polish `endAll`, yet is only "to live"). */
  notAlso?: readonly Concept[];
}

const SECURITY: readonly Guard[] = ['negation', 'hypothetical', 'question', 'possibility', 'prevention', 'resolved', 'past', 'thirdParty', 'mistaken', 'forewarned', 'letsIn', 'inGeneral', 'relayed'];
/** Consent denied or money moved somewhere unknown: the denial is the concept's own word, so no negation guard; a standing arrangement is not disputed. */
const NEVER_AGREED_GUARDS: readonly Guard[] = [...SECURITY.filter((g) => g !== 'negation'), 'standing'];
const VULNERABLE: readonly Guard[] = ['negation', 'hypothetical', 'question', 'possibility', 'past', 'thirdParty'];
const LEGAL: readonly Guard[] = ['negation', 'threatCondition', 'question', 'possibility', 'resolved', 'inGeneral'];
/** Asking how to complain to the ombudsman is already the intent to complain: no question guard. */
const REGULATOR: readonly Guard[] = ['negation', 'threatCondition', 'possibility', 'resolved'];
const CHURN: readonly Guard[] = ['negation', 'threatCondition', 'question', 'possibility', 'resolved', 'consequence', 'obligation', 'keepsIt', 'inGeneral'];
/** Churn told and then asked how to carry out (frames 'leaving-then-…'): the question asks how, not whether, so only these. */
const LEAVING_TOLD: readonly Guard[] = ['negation', 'threatCondition', 'inGeneral', 'keepsIt'];
const FRUSTRATION: readonly Guard[] = ['negation', 'resolved'];

/** A sentence frame whose slots come in order, close together. */
const near = (
  situation: Situation,
  id: string,
  slots: readonly Slot[],
  guards: readonly Guard[],
  gap: readonly [number | readonly number[], number],
  packs?: { notIn?: readonly string[]; onlyIn?: readonly string[]; acrossClauses?: boolean; endsClause?: boolean; closingWords?: number },
): Frame => ({ id, situation, slots, guards, gap, ...packs });

/** Verb-final packs, where the object comes before the verb ("kartı iptal", "カードを解約"). */
const VERB_LAST = ['tr', 'hi', 'ja', 'ko'];
/** A card or membership cancelled is churn, unless the message tells of its loss, theft or misuse (that is security). */
const CANCEL_THING: readonly Guard[] = [...CHURN, 'incident'];
/** Who asked in a scam story: a friend's hijacked account may be the one asking ({@link guardedIn}). */
const INSTIGATORS: readonly Concept[] = ['askedTo'];
/** How far after a third-party cue ("my friend's") the asking may come ("… WhatsApp asked me"). */
const INSTIGATOR_REACH = 24;
/** What makes a cancelled card a security matter, anywhere in the message. */
const INCIDENT: readonly Concept[] = ['stolen', 'lost', 'lostRef', 'hacked', 'leftBehind', 'unauthorised', 'disowned', 'disownedRef', 'someone', 'scamContext', 'replacement'];

const f = (situation: Situation, id: string, slots: readonly Slot[], guards: readonly Guard[], scope?: 'message', together?: number): Frame => ({
  id,
  situation,
  slots,
  guards,
  ...(scope ? { scope } : {}),
  ...(together ? { together } : {}),
});
/** A message-wide frame whose giving phrase may name the credential it gave ({@link Frame.nested}). */
const nested = (frame: Frame): Frame => ({ ...frame, nested: true });

/** Guards of the frames with `neverArrived`: its "never" is the story's, and a delivery that never came is their subject, not a reason to stay quiet (English `prevention` lists "never arrived" for lost post). */
const NEVER_CAME_GUARDS: readonly Guard[] = SECURITY.filter((g) => g !== 'negation' && g !== 'prevention');

/** The frames, in the order they are tried. */
export const FRAMES: readonly Frame[] = [
  // Guarded only against its own words said of something else ("cette paperasse va me tuer": hyperbole, see {@link Cues.hyperbole}).
  // Nor when the words are not the writer's (see {@link notTheWriter}): a device as their subject ("Mein Laptop will nicht mehr
  // aufwachen"), an end wished for things the message names ("these emails, I want it all to stop"), a thing not needed
  // because a new one replaced it ("I won't need it anymore since I got a new one").
  // Not "I won't be here on Tuesday, can the courier come Wednesday?": an absence bounded to a day or an hour (see
  // {@link awayOnADay}).
  f('self_harm', 'self-harm', ['selfHarm'], ['idiom', 'notTheWriter', 'awayOnADay']),
  // "I just want to not wake up", "everyone would be happier if I wasn't around": a wish + ceasing to be, in that order
  // where the language puts the wish first (pack.ordered). Only negation guards it ("I don't want to die").
  f('self_harm', 'wish-to-cease', ['wishFor', 'ceaseToBe'], ['negation', 'idiom', 'notTheWriter']),
  // "I'm just a burden to everyone", "herkese yük oluyorum": negated it is still a hint ("I don't want to be a burden to my kids").
  f('self_harm', 'burden-to-others', ['burden', 'everyone'], ['question']),
  // "I can't take it anymore … I just want it all to end", "je n'en peux plus, je veux en finir": exhaustion and an end, anywhere in the message.
  f('self_harm', 'exhausted-wants-end', ['exhausted', 'endAll'], [], 'message'),
  // "Κουράστηκα απ' όλα. Θέλω να τελειώσουν όλα", "I'm done with everything. I just want it all to end": the same wish for an
  // end with another hint of despair in its place — a void said without naming life ("no point", "no hope", "tired of"), being
  // a burden, a goodbye, a last act, things given away or no longer needed. The two are often separate sentences, so anywhere
  // in the message (and, as every message-wide self-harm frame, in the story of the last few messages).
  // The wish must close its clause: followed by an object it is an ordinary want ("ich will nicht mehr für dieses Abo zahlen");
  // and a bare "to live" is not the end ("to nie ma sensu, nie da się z tym żyć" is a complaint).
  { ...f('self_harm', 'despair-wants-end', [['lifeVoid', 'burden', 'farewell', 'lastAct', 'handOver', 'noLongerNeeded', 'lostAll', 'affairsDone'], 'endAll'], [], 'message'), endsClause: true, notAlso: ['life', 'toLive'] },
  // "they'd all be better off without me", "sarebbe meglio per tutti se sparissi", "내가 없어지면 다들 편할 거예요".
  f('self_harm', 'better-without-me', ['betterOff', 'withoutMe'], []),
  // "me estoy cortando otra vez", "опять порезала себя" (./lang/quiet-despair.ts): a cut or hurt done to oneself, which alone may be
  // an accident, with "again" right beside it; the pair closes its clause, so "me corté el pelo otra vez" or "I cut myself again
  // on your packaging" stay quiet.
  near('self_harm', 'hurt-self-again', ['hurtSelf', 'hurtAgain'], [], [2, 1], { endsClause: true }),
  near('self_harm', 'again-hurt-self', ['hurtAgain', 'hurtSelf'], [], [2, 1], { endsClause: true }),
  // "ya me despedí de todos, pueden cancelar todo": a goodbye already said to everyone, closing its clause (not "… everyone at the old office").
  near('self_harm', 'goodbyes-said', ['goodbyeSaid'], [], [0, 0], { endsClause: true }),
  // Goodbyes (./lang/veiled-goodbyes.ts): "I'm giving away all my things. I won't need them anymore", "this is my last
  // message … goodbye everyone". Anywhere in the message: the goodbye is often its own sentence.
  f('self_harm', 'giving-away-for-good', ['handOver', 'noLongerNeeded'], ['notTheWriter'], 'message'),
  f('self_harm', 'last-goodbye', ['lastAct', 'farewell'], [], 'message'),
  // "I won't need any of this anymore. Goodbye.": not needed any more + a farewell (strong words only, not "thanks for everything").
  f('self_harm', 'not-needed-goodbye', ['noLongerNeeded', 'farewell'], [], 'message'),
  // Life itself said to be over or pointless (./lang/life-and-death.ts): "my life is over", "Leben hat keinen Sinn", "人生已經沒有希望了";
  // and the void first: "no reason to live", "nothing left to live for", "no tengo razones para vivir", "лишить себя жизни".
  // Close together in one clause, so "the living room is over there" or "no point in the live stream" stay apart.
  // No guards, like every self-harm frame: asked ("what's the point of living?") or negated it is still a hint.
  near('self_harm', 'life-is-void', ['life', 'lifeVoid'], [], [4, 3]),
  near('self_harm', 'void-of-life', ['lifeVoid', ['life', 'toLive']], [], [8, 4]),
  // "I'd be better off dead", "mejor estaría muerto", "лучше бы я умер"; dead first where the verb ends the sentence ("ölsem daha iyi").
  // Adjacent, so "better than a dead cat bounce" is no wish.
  near('self_harm', 'better-dead', ['betterOff', 'dead'], [], [4, 3]),
  near('self_harm', 'dead-better', ['dead', 'betterOff'], [], [4, 3], { onlyIn: VERB_LAST }),
  // "thinking about jumping off the bridge", "I'm on the balcony thinking about jumping", "橋から飛び降りたい": a jump and a height.
  near('self_harm', 'jump-from-height', ['jumpVerb', 'height'], [], [20, 6]),
  near('self_harm', 'height-then-jump', ['height', 'jumpVerb'], [], [20, 6]),
  // Self-harm said in the first person through its parts (./lang/plans-and-burdens.ts), so that a wording no phrase list holds
  // still meets. A means hoarded, close together in either order: "I've been stockpiling my pills", "tengo las pastillas
  // guardadas", "haplari biriktirdim", "수면제 모아두고 있어요" (picking pills up or keeping them in a cupboard is no hoarding verb).
  near('self_harm', 'means-hoarded', ['means', 'hoarded'], [], [24, 6]),
  near('self_harm', 'hoarded-means', ['hoarded', 'means'], [], [24, 6]),
  // No reason of one's own + going on, the going on closing its clause (one word may follow: "…to go on anymore"): "je n'ai
  // plus aucune raison de continuer", "wozu soll ich noch leben"; with an object it is a service ("no reason to continue the
  // trial"). Verb-final packs put the going on first: "yasamak icin bir sebebim kalmadi", "jeene ki koi wajah nahi".
  near('self_harm', 'no-reason-to-go-on', ['noReason', 'goOn'], [], [24, 6], { endsClause: true, closingWords: 1 }),
  near('self_harm', 'go-on-no-reason', ['goOn', 'noReason'], [], [16, 6], { onlyIn: VERB_LAST }),
  // One's belongings given away (one sentence, either order) + not needing them, arrangements made, a farewell or a last act
  // anywhere in the message: "ja dei minhas coisas pros meus amigos, nao vou precisar mais delas"; not a phone handed on
  // "since I got a new one" (`notTheWriter`).
  f('self_harm', 'belongings-given-away', ['giftVerb', 'belongings', ['noLongerNeeded', 'affairsDone', 'farewell', 'lastAct']], ['notTheWriter'], 'message', 2),
  // Arrangements made for after (a will written, affairs in order) + any other hint of despair in the message.
  f('self_harm', 'affairs-and-despair', ['affairsDone', ['exhausted', 'lifeVoid', 'burden', 'farewell', 'lastAct', 'noLongerNeeded', 'lostAll', 'handOver', 'endAll', 'selfHarm']], [], 'message'),
  // A first-person "I am / I feel / I've become" + a burden noun close after it in one clause: "ich bin fur alle nur noch eine
  // Last", "صرت حمل ثقيل على اهلي", "jsem pro vsechny jen zatez". A fee "is a burden" has no first-person subject.
  near('self_harm', 'i-am-a-burden', ['selfCopula', 'burdenNoun'], [], [28, 8]),
  // Everything lost + exhaustion, anywhere in the message: "lost everything on your exchange … I can't do this anymore".
  f('self_harm', 'exhausted-lost-all', ['exhausted', 'lostAll'], [], 'message'),
  // A message for one's loved ones: "please tell my mum I'm sorry", "dites a ma soeur que je l'aime".
  f('self_harm', 'message-for-loved-ones', ['tellKin', 'loveSorry'], []),
  // Gone + nobody noticing or missing it, anywhere in the message: "wenn ich morgen nicht mehr da bin, merkt das eh keiner".
  f('self_harm', 'gone-unnoticed', [['withoutMe', 'goneSelf'], 'unnoticed'], [], 'message'),
  // Tonight + an end of it all, closing its clause: a time set for the end ("dzisiaj w nocy z tym wszystkim skoncze"); not an
  // end wished for things the message names ("tonight I want all these emails to stop": `notTheWriter`).
  { ...f('self_harm', 'ends-tonight', ['tonight', 'endAll'], ['notTheWriter']), endsClause: true },
  // A decision + ending it, the end closing its clause: "I've decided to end it tonight", "ich habe beschlossen, heute alles zu
  // beenden"; verb-final packs close the clause with the decision ("her seyi bitirmeye karar verdim"). Not "decided to end my plan".
  { ...f('self_harm', 'decided-to-end', ['decided', 'endIt'], []), endsClause: true, closingWords: 1, notIn: VERB_LAST },
  { ...f('self_harm', 'end-decided', ['endIt', 'decided'], []), endsClause: true, onlyIn: VERB_LAST },
  // At a height right now, said as no question: "ich stehe gerade auf dem Dach", "şu an çatıdayım" (not "I'm on the roof now, can
  // you deliver up here?").
  { ...f('self_harm', 'at-a-height-now', ['atHeight', 'rightNow'], ['question']), told: true },
  // A bridge or cliff as the destination + one way or no return, anywhere in the message: "a ride to the old bridge, one way".
  f('self_harm', 'one-way-to-a-height', ['highPlace', 'oneWay'], [], 'message'),
  // It is over for oneself, closing its clause, said as no question: "per me è finita", "для меня всё кончено" (not "per me è
  // finita con voi", churn).
  { ...f('self_harm', 'over-for-me', ['overForMe'], ['question']), endsClause: true, closingWords: 1, told: true },
  // Money sent to one's family + not needed any more, anywhere in the message: "send what is left in my wallet to my sister, I
  // won't be needing it" (an account handed on alone stays an everyday transfer; a new one as the reason stays quiet). The not
  // needing closes its clause: "I won't need the app after I move abroad" is a move.
  // After one is gone + one's family, in one told sentence: "make sure my daughter gets my coins when I'm no longer here" (asked,
  // "what happens to my wallet when I'm gone?", it is an inheritance question). Being gone closes its clause: "my son will
  // handle my orders when I'm gone on holiday" is an absence; leaving words ("wenn ich weg bin") are not listed.
  { ...f('self_harm', 'heirs-when-gone', ['family', 'whenGone'], ['notTheWriter'], 'message', 2), told: true, endsClause: true, closingWords: 1 },
  { ...f('self_harm', 'money-to-family-not-needed', [['money', 'balanceLeft'], 'family', 'noLongerNeeded'], ['notTheWriter'], 'message', 2), endsClause: true },
  f('security', 'stolen-card-or-device', [['card', 'device'], 'stolen'], SECURITY),
  f('security', 'lost-card-or-device', [['card', 'device'], 'lost'], SECURITY),
  // "my car was stolen", "mein Auto wurde gestohlen", "у меня угнали машину", "車が盗まれました" (./lang/vehicles.ts): theft only.
  // Not in a message that asks what the insurance covers ("does my policy cover theft of the car?"): `coverageAsked`.
  f('security', 'stolen-vehicle', ['vehicle', 'stolen'], [...SECURITY, 'coverageAsked']),
  // "I left my phone in the taxi", "telefonumu takside unuttum": a phone or bag left behind (a device, not a PIN one forgot).
  f('security', 'device-left-behind', ['device', 'leftBehind'], [...SECURITY, 'safePlace']),
  f('security', 'account-taken-over', ['account', 'hacked'], SECURITY),
  // "Can you block my card? It was stolen this morning": the loss told after, with a pronoun.
  f('security', 'lost-told-after', [['card', 'device'], 'lostRef'], SECURITY, 'message'),
  f('security', 'someone-else-used-it', ['someone', 'accessed', ['account', 'card', 'money', 'device', 'sim', 'credentials']], SECURITY),
  // Not when the word is a notice's label ("a text about a suspicious payment", "blocked as suspicious"): that is asked about, below.
  // The disowning phrase may hold the transaction itself ("知らない請求", "transaksi aneh", "결제한 적 없는 내역"): `nested`.
  nested(f('security', 'unauthorised-transaction', ['unauthorised', ['transaction', 'money', 'charged']], [...SECURITY, 'notice', 'standing', 'weighedOrExplained'])),
  f('security', 'disowned-transaction', [['transaction', 'money', 'charged'], 'disowned'], SECURITY),
  // "明細に引き落としがありました。全く身に覚えがありません", "Es gibt eine Abbuchung. Keine Ahnung, was das ist": the charge in one
  // sentence, the disowning in another (each guarded in its own sentence, a notice's label included).
  f('security', 'unauthorised-in-message', [['transaction', 'money', 'charged'], 'unauthorised'], [...SECURITY, 'notice', 'standing', 'weighedOrExplained'], 'message'),
  // "you charged me twice", "zweimal abgebucht", "被重复扣费": a duplicate charge, said as a report ("will I be charged twice?" has no report verb).
  // Asked, with a reason the customer offers themselves ("why was I charged more than shown? is there a service fee?"): a
  // billing question (see {@link offersReason}), as for the charged-more frames below.
  f('security', 'charged-twice', ['charged', 'duplicate'], [...SECURITY, 'offersReason']),
  f('security', 'double-charged', ['doubleCharged'], [...SECURITY, 'offersReason']),
  // Disputed charges (./lang/billing-disputes.ts). "the deposit was never released", "押金一直没有退": a hold not released; the
  // release words carry their own negation, so negation does not guard it ("how long until the deposit is released?" names no failure).
  f('security', 'deposit-not-released', ['heldMoney', 'notReleased'], SECURITY.filter((g) => g !== 'negation')),
  // "charged me far more than the app showed", "viel mehr abgebucht als angezeigt"; "overcharged", "多收了", "과다 청구".
  f('security', 'charged-more-than-shown', ['charged', 'moreThanShown'], [...SECURITY, 'offersReason']),
  f('security', 'overcharged', ['overcharged'], [...SECURITY, 'offersReason']),
  // "a cleaning fee I never agreed to", "une pénalité que je n'ai jamais acceptée": the refusal is the concept's own word.
  f('security', 'fee-never-agreed', [['charged', 'transaction'], 'neverAgreed'], NEVER_AGREED_GUARDS),
  // "38 € were taken from my card. I never agreed to that.": the charge told in one sentence, the consent denied in the next.
  // The denial closes its clause ("… nie zugestimmt.", "δεν τη ζήτησα ποτέ"), so it is about the charge told before, not
  // about something it names after it ("I never asked for a paper receipt", "I never chose Saturday delivery").
  { ...f('security', 'fee-never-agreed-told', [['charged', 'transaction'], 'neverAgreed'], NEVER_AGREED_GUARDS, 'message'), endsClause: true, closingWords: 1 },
  // "you added an insurance without my consent", "ni har höjt mitt autogiro utan att fråga mig", "подключили услугу без моего
  // согласия": the company adding a product or changing a payment, and the consent never given, close after it (before it where
  // the adverb leads: "勝手にオプションを追加された", "bana sormadan eklemişsiniz", or the participle ends the clause: "ohne
  // meine Zustimmung umgemeldet", "zonder toestemming overgezet"). The refusal is the concept's own word.
  near('security', 'switched-on-without-asking', ['switchedOn', 'neverAgreed'], NEVER_AGREED_GUARDS, [40, 12]),
  near('security', 'without-asking-switched-on', ['neverAgreed', 'switchedOn'], NEVER_AGREED_GUARDS, [30, 12], { onlyIn: ['ja', 'ko', 'zh', 'tr', 'de', 'nl', 'hi'] }),
  // "I cancelled in May and you still charged me in June", "ho disdetto ma continuate ad addebitarmi": a charge the customer
  // stopped. Anywhere in the message: the cancellation is often its own sentence.
  f('security', 'charged-after-cancelling', ['cancelledIt', 'charged'], SECURITY, 'message'),
  // "There's a €89 charge on my statement. I didn't make it." — the disowning refers back across sentences.
  f('security', 'disowned-later', [['transaction', 'money'], 'disownedRef'], SECURITY, 'message'),
  // Not when the message asks how to top up ("my wallet is empty, how do I top up?"): see the `toppingUp` guard.
  f('security', 'money-vanished', ['money', 'vanished'], [...SECURITY, 'toppingUp']),
  // Not the customer's own change, asked about ("I got a new SIM, do I need to update my number?").
  f('security', 'sim-swap', ['sim', 'swapped'], [...SECURITY, 'ownChange']),
  nested(f('security', 'phishing-gave-credentials', ['scamContext', 'gaveAway', 'credentials'], SECURITY, 'message')),
  f('security', 'phishing-clicked', ['scamContext', 'clickedLink'], SECURITY, 'message'),
  nested(f('security', 'clicked-and-gave-credentials', ['clickedLink', 'gaveAway', 'credentials'], SECURITY, 'message')),
  nested(f('security', 'gave-credentials-to-someone', [['someone', 'contact'], 'gaveAway', 'credentials'], SECURITY, 'message')),
  f('security', 'gave-details-in-a-scam', ['scamContext', 'gaveAway'], SECURITY, 'message'),
  f('security', 'account-changes-disowned', ['account', 'disownedRef'], SECURITY, 'message'),
  f('security', 'sim-dead-then-account', ['simEvent', ['hacked', 'someone']], SECURITY, 'message'),
  // "my SIM stopped working and then my coins were gone", "유심이 안 되고 나서 코인이 빠져나갔어요": the line died, then money left.
  f('security', 'sim-dead-then-money-gone', [['simEvent', 'signalLost'], ['vanished', 'aftermath']], SECURITY, 'message'),
  f('security', 'someone-got-in', ['someone', 'accessed'], SECURITY),
  // "the driver stole my order", "the courier kept my parcel and marked it delivered": theft by the one sent to deliver.
  f('security', 'carrier-took-goods', ['carrier', 'keptGoods'], SECURITY),
  // "I can't log in any more and there are orders going to an address I don't know": shut out, and activity not the customer's.
  f('security', 'locked-out-strange-activity', ['lockedOut', 'unfamiliar'], SECURITY, 'message'),
  f('security', 'paid-a-scammer', ['scamContext', 'paidOut'], SECURITY, 'message'),
  // "I paid the seller and now he's blocked me", "sent the money, the site is gone": fraud told as what happened.
  f('security', 'paid-then-gone', ['paidOut', 'partyGone'], SECURITY, 'message'),
  // "I invested on a crypto platform and now I can't withdraw anything": investment fraud told as what happened.
  f('security', 'invested-cannot-withdraw', ['invested', 'cannotWithdraw'], SECURITY, 'message'),
  // "three payments … that I never made", "cargos que yo no he hecho": a transaction, then the customer's own act, negated.
  f('security', 'disowned-act', [['transaction', 'money'], 'doneAct'], ['hypothetical', 'question', 'possibility', 'prevention', 'resolved', 'past']),
  // "my SIM was replaced at a store, but I've been home all day", "roaming charges, but I haven't left the country":
  // the customer's alibi makes the change or the charge someone else's.
  // "an email asked me to log in, I did, and now I'm locked out": a request obeyed, then the harm.
  f('security', 'obeyed-then-harm', ['askedTo', 'complied', 'aftermath'], SECURITY, 'message'),
  // "the driver asked me for the code sent to my phone, now my account is gone": asked for a code, then the harm.
  f('security', 'asked-for-code-then-harm', ['askedTo', 'credentials', 'aftermath'], SECURITY, 'message'),
  // "the courier asked me to pay him in cash again", "the seller wants me to pay him directly": paid outside the platform.
  f('security', 'asked-to-pay-outside', ['askedTo', 'offPlatform'], SECURITY),
  f('security', 'alibi-sim', ['sim', 'simChanged', 'alibi'], SECURITY, 'message'),
  f('security', 'alibi-account', ['account', 'hacked', 'alibi'], SECURITY, 'message'),
  f('security', 'alibi-charge', [['transaction', 'money'], 'alibiAway'], SECURITY, 'message'),
  // Not when the customer changed the SIM or phone themselves ("Ich habe eine neue SIM eingelegt, seitdem plötzlich kein Netz").
  f('security', 'sim-swap-signs', ['sim', 'simEvent', 'suspicion'], [...SECURITY, 'ownChange'], 'message'),
  // Not a scam word weighed against its opposite in its own sentence ("is this site a scam or legit?"), nor a charge asked
  // about and explained away by the customer in a later sentence ("what is this charge? oh it's the annual fee, ok"):
  // see {@link weighedOrExplained}.
  f('security', 'security-incident', ['securityStrong'], [...SECURITY, 'weighedOrExplained']),
  // "my ID was used to open a line", "están usando mi DNI", "盗用了我的身份证": the customer's papers or data, misused.
  f('security', 'identity-misused', ['identity', 'misused'], SECURITY),
  // "a loan was taken out in my name", "adıma hat açılmış", "명의로 개통됐어요": opened in the customer's name (not by them: the
  // verbs are passive or third-person).
  f('security', 'opened-in-my-name', ['inMyName', 'openedIn'], SECURITY),
  // "there's a credit card in my name … I never applied for one": the customer disowns what stands in their name.
  f('security', 'in-my-name-disowned', ['inMyName', 'neverApplied'], SECURITY, 'message'),
  // "a reminder for an account I never opened", "eine Mahnung für ein Konto, das ich nie eröffnet habe": the thing, then disowned.
  near('security', 'thing-never-applied-for', [['transaction', 'contract'], 'neverApplied'], SECURITY, [30, 8], { acrossClauses: true }),
  // The relative clause before its noun: "제가 쓴 적 없는 대출", "从来没借过的贷款", "hiç almadığım bir kredi".
  near('security', 'never-applied-thing', ['neverApplied', ['transaction', 'contract']], SECURITY, [20, 8], { onlyIn: ['ja', 'ko', 'zh', 'tr', 'hi'] }),
  // "somebody used my passport to register a SIM", "jemand hat mit meinen Daten einen Vertrag abgeschlossen".
  f('security', 'someone-with-my-identity', ['someone', 'identity', ['accessed', 'openedIn', 'misused']], SECURITY),
  // "the buyer sent a fake payment screenshot", "falso comprador", "假的付款截图": the other side's fake.
  f('security', 'fake-counterparty', ['fakeParty'], [...SECURITY, 'weighedOrExplained']),
  // "someone booked flights with my details", "kisi ne mere naam se ticket book kar liya", "誰かが私の名前で予約しました":
  // a booking made by someone else with the customer's papers or name (./lang/scams-loops-leaving.ts).
  f('security', 'someone-booked-as-me', ['someone', ['identity', 'inMyName'], 'bookedIt'], SECURITY),
  // "the apartment doesn't exist", "the hotel I paid for doesn't exist", "酒店根本不存在": a place to stay that is not there.
  // Close after its noun, so "the hotel says my reservation doesn't exist" (an error, not a fake) stays apart.
  near('security', 'no-such-place', ['lodging', 'notExist'], SECURITY, [20, 2]),
  // "I keep getting login codes I didn't ask for", "códigos de verificación que no he pedido": someone is trying the account.
  // The refusal is the concept's own word, so negation does not guard it.
  near('security', 'unrequested-codes', ['loginCode', 'unrequested'], SECURITY.filter((g) => g !== 'negation'), [24, 6], { acrossClauses: true }),
  // The refusal first where the relative clause comes before its noun: "頼んでいない認証コード", "不是我申请的验证码", "istemediğim kodlar".
  near('security', 'unrequested-codes-before', ['unrequested', 'loginCode'], SECURITY.filter((g) => g !== 'negation'), [10, 6], { onlyIn: ['ja', 'ko', 'zh', 'tr', 'hi'] }),
  // "someone is ordering food on my account", "iemand bestelt met mijn account", "有人用我的账号点外卖" (./lang/orders-and-wallet.ts):
  // a stranger ordering with the customer's account, card or wallet. In order and close, so "I ordered on my account and
  // someone else got it" is not one; the account before the verb where the object or the instrument comes first. Asked
  // about ("darf jemand anders mit meinem Konto bestellen?", "其他人可以用我的账号下单吗？") it is a question of permission.
  near('security', 'someone-ordered-on-my-account', ['someone', 'orderedIt', ['account', 'card', 'money']], [...SECURITY, 'asked'], [[20, 28], 8], { notIn: ['ja', 'ko', 'zh', 'tr', 'hi'] }),
  near('security', 'someone-on-my-account-ordered', ['someone', ['account', 'card', 'money'], 'orderedIt'], [...SECURITY, 'asked'], [28, 12], { onlyIn: ['ja', 'ko', 'zh', 'tr', 'hi', 'de', 'nl'] }),
  // "objednávky, které jsem neudělal", "طلبات لم أقم بها": orders, then the customer's disowning close after.
  near('security', 'orders-disowned', ['orderThing', 'disownedRef'], SECURITY, [24, 8], { acrossClauses: true }),
  // "a man on the phone got me to install AnyDesk", "我安装了远程软件": a remote-access tool installed, the usual door of a scam.
  f('security', 'remote-access-installed', ['remoteTool', 'installedIt'], SECURITY),
  // "the 'refund team' had me install an app and now money has moved": made to install anything, then the harm.
  f('security', 'installed-then-harm', ['installedIt', 'aftermath'], SECURITY, 'message'),
  // "I logged in through the link in the email and since then I can't get into my account": a link followed, then the harm.
  f('security', 'clicked-then-harm', ['clickedLink', 'aftermath'], SECURITY, 'message'),
  // "No signal since noon, and now codes I never asked for": the line died and someone is using the number.
  f('security', 'sim-swap-symptoms', ['signalLost', 'securityAlert'], SECURITY, 'message'),
  // "my number died this morning and the codes don't come any more", "sim band ho gayi aur otp nahi aa rahe": the SIM or
  // number lost and the customer's own codes gone with it, which is how a swapped SIM shows (./lang/dead-lines-and-impostors.ts).
  // Both the dead line and the missing codes carry their own "not", so negation does not guard it ("सिम काम नहीं कर रही").
  // The SIM or number is named (it may share words with the dead-line phrase: `overlapping`), so "no signal here in the basement, the
  // code isn't coming" stays a coverage question. Not a SIM the customer changed ("I got a new SIM and now no codes").
  { ...f('security', 'line-dead-codes-missing', ['sim', 'signalLost', 'codesMissing'], [...SECURITY.filter((g) => g !== 'negation'), 'ownChange'], 'message'), overlapping: true },
  // "two withdrawals went to an address I don't know", "вывели все монеты на неизвестный адрес", "被转到陌生地址"
  // (./lang/wallets-and-lines.ts): assets moved to a destination the customer names as strange, which makes the move not
  // theirs. In one sentence; "I sent it to the wrong address" is the customer's own slip and no `unknownDest`.
  nested(f('security', 'moved-to-unknown-destination', [['transaction', 'money', 'vanished'], 'unknownDest'], NEVER_AGREED_GUARDS)),
  // "my phone suddenly has no signal … and the verification codes don't come", "telefon najednou nemá signál a kódy mi
  // nechodí": the line dying all at once and the codes gone. The suddenness sets it apart from a coverage question ("no
  // signal in the basement, the code isn't coming"), so the SIM need not be named (compare line-dead-codes-missing).
  { ...f('security', 'line-died-suddenly-codes', ['signalLost', 'abruptly', 'codesMissing'], [...SECURITY.filter((g) => g !== 'negation'), 'ownChange'], 'message', 2), overlapping: true },
  // "no signal since noon and the codes go to someone else": a dead line while the codes arrive elsewhere.
  { ...f('security', 'line-dead-codes-elsewhere', ['signalLost', 'codesElsewhere'], [...SECURITY.filter((g) => g !== 'negation'), 'ownChange'], 'message'), overlapping: true },
  // "I paid the seller, the goods never came and he's blocked me", "zapłaciłem sprzedawcy, towar nie doszedł a on mnie
  // zablokował", "付钱给卖家，他一直不发货，还把我拉黑了": paid, nothing came back, the other side gone. The "never" is the
  // story's own (`neverArrived`), so negation does not guard it, as it would paid-then-gone's words after it.
  f('security', 'paid-never-came-party-gone', ['paidOut', 'neverArrived', 'partyGone'], NEVER_CAME_GUARDS, 'message'),
  // "I paid the seller and never got the item", "zapłaciłem sprzedawcy, towar nie doszedł": paid a person on the other side of
  // a deal and nothing came. A late order from the company names no seller ("I paid for my order, it never arrived").
  f('security', 'paid-party-never-came', ['counterparty', 'paidOut', 'neverArrived'], NEVER_CAME_GUARDS, 'message'),
  // "a man I met on a dating app got me to invest", "网上认识的人让我投资": someone met online, then money put in or sent.
  // "they promised 20 % a week, I sent 5,000", "保本稳赚，我就投了": returns promised and money paid or put in — an investment
  // fraud told by its bait. Asked about ("do you guarantee returns on staking?") it is a question.
  // "my wallet in the app was emptied overnight", "кошелек в приложении обнулили", "钱包被清空了": a wallet or balance emptied,
  // by the verb's own telling (./lang/wallets-and-lines.ts), not a balance that is low.
  f('security', 'wallet-emptied', ['walletNoun', 'emptied'], [...SECURITY, 'toppingUp']),
  f('security', 'promised-returns-then-paid', ['promisedReturns', ['invested', 'paidOut']], SECURITY, 'message'),
  f('security', 'met-online-then-invested', ['metOnline', ['invested', 'paidOut']], SECURITY, 'message'),
  f('vulnerable', 'bereavement', ['family', 'died'], [...VULNERABLE, 'deviceDied']),
  f('vulnerable', 'bereaved', ['bereaved'], [...VULNERABLE, 'deviceDied']),
  // "My father has an account with you. He died on Sunday": the person named, the death told after with a pronoun.
  f('vulnerable', 'bereavement-told-after', ['family', 'diedRef'], [...VULNERABLE, 'deviceDied'], 'message'),
  // Not said laughing in a message that asks something ("I'm broke lol, any discounts?"): see {@link LAUGHTER}.
  f('vulnerable', 'financial-hardship', ['hardship'], [...VULNERABLE, 'jest', 'bargain']),
  // "I have to choose between heating and eating", "muss mich zwischen Heizen und Essen entscheiden" (./lang/hard-choices-and-exits.ts).
  near('vulnerable', 'choosing-between-needs', ['chooseBetween', 'basicNeed'], VULNERABLE, [40, 12]),
  f('vulnerable', 'hardship-distress', [['hardship', 'hardshipWeak', 'noMoney'], 'distress'], VULNERABLE, 'message'),
  // "I don't have money even to eat", "连吃饭的钱都没有", "nie stać mnie na czynsz" (./lang/money-trouble.ts): the customer's
  // own lack + what a life needs, in one sentence, is hardship without a word of distress.
  f('vulnerable', 'no-money-for-necessity', ['noMoney', 'necessity'], VULNERABLE),
  // "I need that money to pay my rent", "ese dinero era para la comida de mis hijos": the money at stake is what the customer lives on.
  f('vulnerable', 'money-for-necessity', ['needMoney', 'necessity'], VULNERABLE),
  // "Can I set up a payment plan? I'm desperate": a plan asked for out of desperation. The asking is a question by nature,
  // so only negation and a condition guard it; asked calmly (no distress) it stays a routine question.
  f('vulnerable', 'plan-in-distress', ['planAsk', 'distress'], ['negation', 'hypothetical'], 'message'),
  // "I've been on sick leave for months and my pay is halved — can I pause the repayments?": a blow to income told and a
  // relief asked for, anywhere in the message (./lang/life-blows.ts). "What happens if I lose my job?" stays quiet.
  f('vulnerable', 'blow-then-relief', ['lifeBlow', 'planAsk'], ['negation', 'hypothetical'], 'message'),
  // "I won't be able to pay my rent", "no podré pagar el alquiler": not able to pay what a life needs (not a card that fails:
  // the necessity is named). German's `unable` holds the bare "kann"/"nicht", so German lists its own phrases.
  { ...f('vulnerable', 'unable-to-pay-necessity', ['unable', 'payVerb', 'necessity'], VULNERABLE), notIn: ['de'] },
  // "finanziell sehr schlecht", "maddi durumum çok kötü", "difícil económicamente", "bad place financially": one's finances
  // and a bad state, a few words apart in either order (./lang/money-trouble.ts).
  near('vulnerable', 'finances-bad', ['finance', 'badState'], VULNERABLE, [16, 6]),
  near('vulnerable', 'bad-finances', ['badState', 'finance'], VULNERABLE, [10, 4]),
  f('vulnerable', 'illness-distress', ['illness', 'distress'], VULNERABLE, 'message'),
  // "I can't pay the instalment this month … I don't know how I'll feed my kids": unable + pay in one sentence, distress anywhere.
  f('vulnerable', 'unable-to-pay-distress', ['unable', 'payVerb', 'distress'], VULNERABLE, 'message', 2),
  f('vulnerable', 'domestic-abuse', ['domesticAbuse'], VULNERABLE),
  // "my throat is swelling after the new tablets", "my son swallowed some of my pills": a medical emergency under way
  // (./lang/at-risk.ts), the customer's or of someone beside them — no third-party or question guard ("…what do I do?"), and
  // no negation guard: many of its phrases hold their own ("can't breathe", "keine Luft", "喘不过气"). Not in a message
  // that reads happy ("I fainted when I saw how fast it came!").
  f('vulnerable', 'emergency-now', ['emergencyNow'], ['hypothetical', 'inGeneral', 'positive', 'jest']),
  // "the power's cut and my father is on a ventilator", "il reste une seule bouteille d'oxygène", "me quedan dos dosis de insulina":
  // what keeps someone alive and its supply lost, anywhere in the message (./lang/at-risk.ts). "What if my insulin is late?" stays quiet.
  f('vulnerable', 'life-support-lost', ['lifeSupport', 'supplyLost'], ['hypothetical', 'negation'], 'message'),
  // "my 84-year-old dad has dementia and keeps ordering": a frail person confused about what they order or pay, in one sentence.
  f('vulnerable', 'confused-and-frail', ['frailPerson', 'confusedState'], ['negation', 'hypothetical']),
  // "I'm partially sighted and can't read the screen": the customer's own disability and what they cannot do, in one sentence.
  f('vulnerable', 'disabled-and-unable', ['disabledSelf', 'unable'], ['negation', 'hypothetical']),
  // "my 2-year-old swallowed a button battery", "a bebido lejía": something dangerous swallowed or drunk, in one sentence
  // (lang/urgent-harm.ts). Asked about ("is it dangerous if a child swallows a magnet?"), supposed or long past, not.
  f('vulnerable', 'swallowed-danger', ['swallowVerb', 'dangerItem'], ['negation', 'hypothetical', 'question', 'possibility', 'past', 'inGeneral', 'resolved']),
  // "my 13 year old is getting messages from a grown man asking for photos": a child of the customer's approached by an
  // adult, anywhere in the message (lang/urgent-harm.ts). Asked about in general ("how do I stop strangers messaging my
  // child?") it is a question.
  // "my mum fell in the kitchen and can't get up": a fall and no getting up in one sentence (lang/urgent-harm.ts).
  f('vulnerable', 'fallen-cant-get-up', ['fellDown', 'cantGetUp'], ['negation', 'hypothetical', 'question', 'possibility', 'past', 'inGeneral', 'resolved']),
  // "my husband hits me", "mi ex me sigue para saber dónde estoy": a partner or ex named with violence, threats or tracking
  // in one sentence (lang/urgent-harm.ts); "my husband will kill me when he sees this bill" is a jest.
  f('vulnerable', 'partner-violence', ['abuser', 'violentAct'], ['negation', 'hypothetical', 'question', 'possibility', 'jest', 'inGeneral', 'thirdParty']),
  // "I'm a wheelchair user and nobody came to help me off the plane", "I'm deaf and the only way is by phone".
  f('vulnerable', 'disabled-left-without', ['disabledSelf', 'leftWithoutHelp'], ['negation', 'hypothetical', 'possibility']),
  f('vulnerable', 'minor-approached', ['minorChild', 'groomingAct'], ['negation', 'hypothetical', 'question', 'possibility', 'inGeneral'], 'message'),
  // Round 24 (lang/vulnerable-now.ts). "I can't cope anymore", "estoy al límite", a panic attack under way: the customer
  // says they are not coping now. Asked about, supposed, long past or someone else's, not ("do you cover panic attacks?").
  f('vulnerable', 'acute-distress', ['acuteDistress'], ['negation', 'hypothetical', 'question', 'possibility', 'inGeneral', 'jest', 'positive', 'past', 'thirdParty', 'resolved']),
  // "I have nowhere to sleep tonight", "mis hijos tienen hambre": something essential gone now.
  f('vulnerable', 'crisis-now', ['crisisNow'], ['negation', 'hypothetical', 'question', 'possibility', 'inGeneral', 'jest', 'past', 'resolved']),
  // "you cut off our electricity and I have a newborn": power, heat, water or food gone with a dependant at home, anywhere
  // in the message. Its words hold their own "no", so no negation guard.
  f('vulnerable', 'essential-cut-dependent', ['essentialCut', ['dependentAtHome', 'oldAge']], ['hypothetical', 'possibility', 'inGeneral', 'past', 'resolved'], 'message'),
  // "my 14 year old didn't come home last night", "mi hijo no ha vuelto a casa": a relative or child missing, told in
  // words said only of people, anywhere in the message; words said of parcels too ("has gone missing") only right after
  // the person ("my son has gone missing", not "my son's parcel has gone missing" — the possessive breaks the gap).
  f('vulnerable', 'person-missing', [['family', 'minorChild', 'ownChild'], 'personMissing'], ['hypothetical', 'question', 'possibility', 'inGeneral', 'resolved', 'past'], 'message'),
  near('vulnerable', 'family-missing', [['family', 'minorChild', 'ownChild'], 'missingNow'], ['hypothetical', 'question', 'possibility', 'inGeneral', 'resolved', 'past'], [4, 2]),
  // "a man keeps messaging my son asking him to send pictures": minor-approached with "my son" / "my daughter".
  f('vulnerable', 'child-groomed', ['ownChild', 'groomingAct'], ['negation', 'hypothetical', 'question', 'possibility', 'inGeneral'], 'message'),
  // "i'm 12 and my mum isn't home and someone is knocking": a child writing, alone or frightened.
  f('vulnerable', 'child-alone-scared', ['selfMinor', 'aloneScared'], ['hypothetical', 'possibility', 'inGeneral', 'jest'], 'message'),
  // "I'm blind and your app doesn't work with my screen reader", "I'm deaf and you keep telling me to call": the
  // customer's own disability and the way in that is blocked, anywhere in the message. "I'm deaf, can I get texts
  // instead of calls?" asks for an option: the question guard.
  f('vulnerable', 'disabled-blocked', ['disabledSelf', 'accessBlocked'], ['hypothetical', 'question', 'possibility', 'inGeneral'], 'message'),
  // "my father is 89 … he doesn't understand", "tengo 84 años y no entiendo nada": old age and confusion in one message.
  f('vulnerable', 'old-and-confused', ['oldAge', 'confusedState'], ['negation', 'hypothetical', 'question', 'possibility', 'inGeneral'], 'message'),
  // "My ex still has the login … I'm scared he'll just turn up": a partner or ex named, and fear of him or of being found,
  // anywhere in the message. "My husband will go mad when he sees this bill" names no fear of being found.
  f('vulnerable', 'abuser-feared', ['abuser', 'fearOfHim'], ['negation', 'hypothetical', 'question', 'possibility', 'jest', 'inGeneral'], 'message'),
  // "she is very drowsy and hard to wake", "puchnie mi język": an overdose or an allergic reaction under way, told as
  // symptoms. Asked about ("is it normal to be drowsy after the vaccine?"), supposed or put right, not.
  f('vulnerable', 'symptoms-now', ['acuteSymptom'], ['negation', 'hypothetical', 'question', 'possibility', 'inGeneral', 'jest', 'resolved']),
  // "my father doesn't remember ordering any of it and got lost yesterday": a relative's confusion, anywhere in the message.
  f('vulnerable', 'relative-confused', [['family', 'ownChild', 'frailPerson'], 'confusedStrong'], ['negation', 'hypothetical', 'question', 'possibility', 'inGeneral', 'jest'], 'message'),
  // "my mum has dementia and signed a contract", "meine Mutter ist dement": dementia named as a relative's or one's own. A
  // policy asked about ("what do you do for customers with dementia?") is a question in general.
  f('vulnerable', 'dementia-named', ['dementiaSaid'], ['negation', 'hypothetical', 'question', 'possibility', 'inGeneral', 'past']),
  f('legal', 'lawyer', ['lawyerAction', 'lawyer'], LEGAL),
  // Not the customer's lawyer asking for a document ("Mein Anwalt braucht eine Bestätigung meines Kontostands", "المحامي يحتاج
  // كشف حساب"): see {@link lawyerErrand}.
  f('legal', 'legal-action', ['legalStrong'], [...LEGAL, 'ownHearing', 'lawyerErrand']),
  f('legal', 'chargeback', ['chargeback'], LEGAL),
  f('legal', 'dispute-with-bank', ['dispute', ['bank', 'transaction']], LEGAL),
  f('regulator', 'regulator-complaint', ['regulator', 'complain'], REGULATOR),
  f('regulator', 'formal-complaint', ['formalComplaint'], LEGAL),
  f('regulator', 'public-complaint', ['future', 'publicity'], [...LEGAL, 'positive']),
  // A regulator or ombudsman named in a statement ("the FCA will hear about this", "Bundesnetzagentur, ich warne Sie"):
  // the complaint verb is often left out. Asked about ("are you regulated by the FCA?") it is a question.
  f('regulator', 'regulator-named', ['regulator'], [...LEGAL, 'asked']),
  f('churn', 'cancel-contract', ['cancel', 'contract'], [...CHURN, 'howTo', 'accidental']),
  // Not towards the company or one of its own options ("I'm switching to you from another supplier", "switching to paperless").
  f('churn', 'switch-to-competitor', ['switchTo', 'competitor'], [...CHURN, 'towardUs']),
  // "cancel my credit card", "résilier ma carte de fidélité", "bu kartı iptal etmek istiyorum", "会员卡注销": the verb next to the
  // thing, in either order. Not when the message tells of a theft, loss or misuse ("cancel my card, it was stolen" is security).
  near('churn', 'cancel-card-or-membership', ['cancel', 'cancellable'], [...CANCEL_THING, 'howTo'], [14, 2], { notIn: VERB_LAST }),
  // The thing first only where the object comes before the verb ("Kreditkarte kündigen", "信用卡注销"): in English
  // "my credit card is close to its limit" is no cancelling.
  near('churn', 'card-or-membership-cancelled', ['cancellable', 'cancel'], [...CANCEL_THING, 'howTo'], [14, 2], { onlyIn: [...VERB_LAST, 'de', 'nl', 'zh'] }),
  // "We have signed with another carrier from April. How do we close the business account?": a move to a competitor
  // or a decision to leave told, and ending the account or contract (or what it involves: the notice period, the final
  // invoice) asked about in the same message. The question asks how to leave, not whether to: the question and
  // possibility guards do not apply (a condition, a denial still do).
  f('churn', 'leaving-then-how', [['competitor', 'leavingStated'], 'cancel', 'contract'], LEAVING_TOLD, 'message'),
  f('churn', 'leaving-then-notice', [['competitor', 'leavingStated'], 'endingAsked'], LEAVING_TOLD, 'message'),
  // "That's it, I'm cancelling." — the customer's own cancelling, nothing named after it ("I'm cancelling my order" is not churn).
  near('churn', 'cancelling-now', ['cancelNow'], CHURN, [0, 0], { endsClause: true, closingWords: 0 }),
  // "Ik zeg mijn lidmaatschap op", "ich trete aus dem Bonusprogramm aus", "jeg siger mit medlemskab op": a separable verb around its object.
  near('churn', 'separable-cancel', ['cancelStem', ['contract', 'cancellable'], 'cancelParticle'], CHURN, [24, 0], { endsClause: true }),
  // "I'm moving all my bookings to another company", "je transfère toute mon épargne dans une autre banque".
  near('churn', 'moving-custom-elsewhere', ['moveVerb', 'custom', 'competitor'], CHURN, [10, 4], { notIn: [...VERB_LAST, 'zh'] }),
  // Verb-final ("tüm paramı başka bir bankaya taşıyorum", "予約を他社に移します", "mein Geld zu einer anderen Bank bringen") and
  // the Chinese 把 order ("把所有的钱转到别的银行").
  near('churn', 'custom-elsewhere-moved', ['custom', 'competitor', 'moveVerb'], CHURN, [16, 4], { onlyIn: [...VERB_LAST, 'de', 'nl'] }),
  near('churn', 'custom-moved-elsewhere', ['custom', 'moveVerb', 'competitor'], CHURN, [10, 4], { onlyIn: ['zh'] }),
  f('churn', 'leaving', ['churnStrong'], [...CHURN, 'howTo', 'towardUs', 'timeBound', 'errand', 'accidental']),
  // "I'll never use you again", "no vuelvo a pedir nunca más", "二度と使いません": a vow not to come back. The vow carries its own
  // negation (ja ません, ko 안, tr -ma), so negation does not guard it.
  f('churn', 'never-again', ['neverAgain', 'patronise'], [...CHURN.filter((g) => g !== 'negation'), 'loyalVow']),
  // "I will never book with you again", "jag handlar aldrig hos er igen": the vow split by its verb. In order, close together.
  near('churn', 'never-verb-again', ['vowNever', ['patronise', 'vowVerb'], 'vowAgain'], [...CHURN.filter((g) => g !== 'negation'), 'loyalVow'], [[8, 20], 0]),
  // Verb-second: "jeg bestiller ALDRIG hos jer IGEN", "jag handlar aldrig hos er igen".
  near('churn', 'verb-never-again', [['patronise', 'vowVerb'], 'vowNever', 'vowAgain'], [...CHURN.filter((g) => g !== 'negation'), 'loyalVow'], [[8, 20], 0], { onlyIn: ['da', 'no', 'sv', 'de', 'nl'] }),
  // "Customer for three years, but after this I'm leaving", "llevo tres años con ustedes pero me voy": the loyalty told to weigh the leaving.
  f('churn', 'loyal-and-leaving', ['tenure', 'goingAway'], CHURN, 'message'),
  // "this was my last booking with you", "c'était ma dernière réservation", "这是我最后一次在你们这订": the demonstrative and the
  // copula make a vow of "last", where "my last booking was cancelled" is only the previous one (./lang/scams-loops-leaving.ts).
  near('churn', 'last-booking', ['finalOne', 'finalThing'], CHURN, [16, 4]),
  // "from now on I'll book directly with the airline", "ab jetzt buche ich woanders", "以后去别的平台订": custom moved for good.
  near('churn', 'elsewhere-from-now-on', ['fromNowOn', 'competitor'], CHURN, [40, 10], { acrossClauses: true }),
  near('churn', 'elsewhere-and-for-good', ['competitor', 'fromNowOn'], CHURN, [16, 6]),
  // "I'm uninstalling your app", "je désinstalle votre appli", "앱 지울게요". Asked about ("how do I delete the app?") it is a question.
  f('churn', 'removing-the-app', ['uninstall', 'appWord'], [...CHURN, 'asked', 'accidental']),
  // "delete my account", "close my wallet", "Konto deaktivieren", "hesabımı silmek", "アカウントを削除" (./lang/apps-and-exits.ts):
  // the customer's own account or wallet right beside a verb of closing it, so "delete the old card from my wallet" (another
  // object) stays quiet; the object first where it comes before the verb. Not removed by mistake ("accidental").
  near('churn', 'close-own-account', ['closeOwn', 'ownService'], [...CHURN, 'howTo', 'accidental'], [8, 2], { notIn: VERB_LAST }),
  near('churn', 'own-account-closed', ['ownService', 'closeOwn'], [...CHURN, 'howTo', 'accidental'], [10, 2], { onlyIn: [...VERB_LAST, 'de', 'nl', 'zh'] }),
  // "going back to the old app", "je retourne sur l'ancienne", "wracam do starej aplikacji", "going back to Uber": the app used
  // before, another app or a rival brand as where the customer goes; "going back to the home screen" names none of them.
  near('churn', 'back-to-former', ['goBack', ['formerOne', 'competitor', 'rivalApp']], [...CHURN, 'towardUs'], [12, 4], { notIn: VERB_LAST }),
  near('churn', 'former-gone-back-to', [['formerOne', 'competitor', 'rivalApp'], 'goBack'], CHURN, [12, 4], { onlyIn: VERB_LAST }),
  // "I'm done using your app", "j'arrête d'utiliser votre appli", "ya no uso la app": the verb carries its own negation.
  near('churn', 'stop-using-app', ['stopUsing', 'appWord'], [...CHURN.filter((g) => g !== 'negation'), 'accidental'], [12, 4]),
  // "withdrawing everything and leaving", "Wypłacam wszystko i odchodzę", "全部提走，不玩了": all the money out and a leaving.
  f('churn', 'cash-out-and-leave', ['withdrawAll', 'goingAway'], [...CHURN, 'accidental'], 'message'),
  // "I'll find another app that works", "me busco otra app", "ik zoek een andere app": a search for another app or exchange.
  near('churn', 'seeking-another-app', ['seekVerb', 'otherApp'], [...CHURN, 'asked'], [16, 4]),
  // "Die App ist deinstalliert. Nie wieder.", "已经卸载了，再也不用了": removed, and not to be used again, anywhere in the message.
  // The "not again" carries its own negation, and reads as "never mind" to the resolution cues ("不用了"): neither guards it;
  // a removal by mistake or undone does.
  f('churn', 'removed-for-good', ['uninstall', ['stopUsing', 'neverAgain']], [...CHURN.filter((g) => g !== 'negation' && g !== 'resolved'), 'asked', 'accidental'], 'message'),
  // "I've found a better deal elsewhere", "别家更便宜": churn said through the offer that tempts the customer away.
  // No resolution guard: "I FOUND a cheaper deal" is how it is said ("found" is also "I found my card").
  // Asked about ("is your plan cheaper than the competition?") it is a comparison, not a customer leaving.
  f('churn', 'better-offer-elsewhere', ['betterOffer', 'competitor'], [...CHURN.filter((g) => g !== 'resolved'), 'asked']),
  // A count of the customer's own orders told calmly ("the third time I order this week, any discount?", "세 번째 주문인데")
  // is loyalty, not a complaint repeated: guarded by 'loyalCount'.
  f('frustration', 'repeated-asking', ['repeatCount'], [...FRUSTRATION, 'loyalCount', 'mayRepeat']),
  f('frustration', 'futile-again', ['futile', 'repeat'], FRUSTRATION, 'message'),
  // "I've been waiting two weeks for a reply", "每次打电话说法都不一样". Asked about ("how long does a reply take?") it is a question.
  f('frustration', 'waiting-long-for-reply', ['awaitReply', 'longTime'], [...FRUSTRATION, 'asked']),
  f('frustration', 'different-answer-each-time', ['everyTime', 'differentAnswer'], [...FRUSTRATION, 'asked']),
];

/** Longest distance (characters of normalised text) between the first and last word of a sentence frame. */
const MAX_SPAN = 64;
const MAX_SPAN_SPACELESS = 22;
/** How far before a frame a negation still applies ("I have not had my card stolen"). */
const NEGATION_REACH = 26;
const NEGATION_REACH_SPACELESS = 3;
const AFTER_REACH_SPACELESS = 6;

// ---------- term matching

interface Match {
  start: number;
  end: number;
  /** The concept a frame slot matched, for slot matches. */
  concept?: Concept;
}

/** Concepts whose words carry their own negation ("I didn't make", "no one answers", Turkish "ödeyemiyorum"). */
const NEGATIVE_BY_NATURE: ReadonlySet<Concept> = new Set(['unauthorised', 'disowned', 'hardship', 'noMoney', 'unable', 'distress', 'futile', 'selfHarm', 'swapped', 'signalLost', 'alibiAway', 'partyGone', 'cannotWithdraw', 'awaitReply', 'lockedOut', 'unfamiliar', 'neverAgain', 'patronise', 'neverApplied', 'exhausted', 'endAll', 'betterOff', 'withoutMe', 'vowNever', 'vowAgain', 'unrequested', 'codesMissing', 'unknownDest', 'neverArrived', 'stopUsing']);
/** Slots that name a thing, not an event: a negation after one of them negates another verb. */
const NOUN_SLOTS: ReadonlySet<Concept> = new Set(['account', 'card', 'device', 'money', 'family', 'transaction', 'sim', 'credentials', 'contract', 'cancellable', 'identity', 'orderThing', 'bank', 'lawyer', 'regulator', 'competitor', 'appWord', 'custom', 'loginCode', 'ownService', 'formerOne', 'rivalApp']);
/** How far before a disowning phrase "not yet" still governs it ("아직 가입 안 했는데": the verb stands between). */
const NOT_YET_REACH = 4;
/** A negation this close before a word that is negative by nature is part of it (French "n'a PLUS DE RÉSEAU", "ne … plus"). */
const OWN_NEGATION_GAP = 5;

const ARABIC = /\p{Script=Arabic}/u;
const ARABIC_CLITICS = '(?:وال|بال|فال|كال|لل|ال|و|ف|ب|ل|ك)?';
const HEBREW = /\p{Script=Hebrew}/u;
/** "and", "that", "when" (ו ש כש), then "in", "to", "from", "as" (ב ל מ כ) and/or "the" (ה): והכרטיס, שנגנב, מהחשבון. */
const HEBREW_PREFIXES = '(?:ו|ש|וש|כש|וכש)?(?:[בלמכ]?ה|[בלמכ])?';

/**
 * Space-delimited text is matched in a "spaced" view of the same length where every
 * character that cannot be part of a word (punctuation, symbols, CJK/Thai/Hangul
 * letters) is a space. Term regexes then need no Unicode classes, which keeps
 * compiling a thousand of them cheap, and a Latin term glued to CJK still matches.
 */
const NOT_WORD = /[^\p{L}\p{N}\p{M}\u0000\u0001]|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
const spacedCache = new Map<string, string>();
function spaced(s: string): string {
  let v = spacedCache.get(s);
  if (v === undefined) {
    v = ` ${s.replace(NOT_WORD, (c) => ' '.repeat(c.length))} `;
    if (spacedCache.size > 2000) spacedCache.clear();
    spacedCache.set(s, v);
  }
  return v;
}

const foldFor = (pack: LanguagePack, s: string): string => (pack.fold ? pack.fold(s) : s);

/**
 * Nouns whose case and possessive endings a pack may let through ({@link LanguagePack.nounEndings}): the family
 * member, the card or phone, the lawyer and the money are the words inflected languages bend most ("meines
 * VaterS", "babamI", "ayahNYA", "isäNI"), while verbs and phrases are listed as customers write them.
 */
const INFLECTED_NOUNS: ReadonlySet<Concept> = new Set(['family', 'card', 'device', 'lawyer', 'money', 'account']);
/** Shortest noun that takes the pack's endings: two-letter stems would reach other words. */
const MIN_INFLECTED_STEM = 3;

/** A term's words as {@link termSource} reads them, or null when it folds to nothing. */
function termWords(term: string, pack: LanguagePack): string[] | null {
  // An apostrophe in a term is optional in the text: "don't" matches "don't" and "dont".
  // Markers that survive the spaced view: \u0000 for an apostrophe, \u0001 for a `*`.
  const marked = foldFor(pack, normalizeText(term)).replace(/'/g, '\u0000').replace(/\*/g, '\u0001');
  const words = spaced(marked).trim().split(/ +/).filter((w) => w.replace(/[\u0000\u0001]/g, '').length > 0);
  return words.length === 0 ? null : words;
}

/**
 * The literal characters a term's match starts with in the spaced view (after the space before it): its first word up
 * to an optional apostrophe; "" when it may start with anything (a `*` head, an Arabic or Hebrew prefix).
 */
function literalStart(words: readonly string[]): string {
  const w = words[0] ?? '';
  if (w.length > 1 && w.startsWith('\u0001')) return '';
  if (ARABIC.test(w) || HEBREW.test(w)) return '';
  const cut = w.search(/[\u0000\u0001]/);
  return cut < 0 ? w : w.slice(0, cut);
}

/** One term as a regex source over the spaced view, or null when it folds to nothing. */
function termSource(term: string, pack: LanguagePack, endings?: string): string | null {
  const words = termWords(term, pack);
  if (words === null) return null;
  return words
    .map((w, i) => {
      const head = w.length > 1 && w.startsWith('\u0001');
      const tail = w.length > 1 && w.endsWith('\u0001');
      const lit = escapeRegExp(w.slice(head ? 1 : 0, tail ? -1 : undefined)).replace(/\u0000/g, ' ?');
      const clitic = i === 0 && !head ? (ARABIC.test(w) ? ARABIC_CLITICS : HEBREW.test(w) ? HEBREW_PREFIXES : '') : '';
      // A one-word noun of an inflected language also matches with the pack's case and possessive endings.
      const inflected = endings !== undefined && words.length === 1 && !head && !tail && !w.includes('\u0000') && w.length >= MIN_INFLECTED_STEM;
      return `${head ? '[^ ]*' : clitic}${lit}${tail ? '[^ ]*' : inflected ? `(?:${endings})?` : ''}`;
    })
    .join(' +');
}

/**
 * A term list compiled once: one alternation (longest first) for space-delimited
 * packs, plain substrings for spaceless packs.
 */
interface CompiledList {
  /**
   * The alternation ({@link regexOf}), made the first time the list runs: every concept list of a pack is compiled for
   * its {@link starts} when the pack is first used ({@link conceptIndexOf}), and most never run. Null for a spaceless
   * pack, and when no term has a word.
   */
  re: RegExp | null | undefined;
  /** What {@link regexOf} makes the alternation of, until it is made. */
  source: { terms: readonly string[]; pack: LanguagePack; endings: string | undefined } | undefined;
  needles: string[];
  /**
   * For `re`: how every term's first word begins ({@link startKey}), or null when some term may begin anywhere (a `*`
   * head, Arabic or Hebrew prefixes). A term can only match where a word of the text begins so, which lets
   * {@link matchesOf} skip lists whose words cannot be in the text without running them. Each key once.
   */
  starts: readonly string[] | null;
  /** {@link starts} as a set, made when {@link mayMatch} first needs one (most concept lists are tested by {@link Sentence.may}). */
  startSet: ReadonlySet<string> | undefined;
}

const compiledLists = new WeakMap<readonly string[], CompiledList>();
const compiledInflected = new WeakMap<readonly string[], CompiledList>();
function compileList(terms: readonly string[], pack: LanguagePack, endings?: string): CompiledList {
  const cache = endings === undefined ? compiledLists : compiledInflected;
  let c = cache.get(terms);
  if (c !== undefined) return c;
  if (pack.spaceless === true) {
    c = { re: null, source: undefined, needles: needlesOf(terms, pack), starts: null, startSet: undefined };
  } else {
    const starts = startsOf(terms, pack);
    // No term with a word (the starts hold a key for each such term, or are null): nothing to run.
    c = starts !== null && starts.length === 0
      ? { re: null, source: undefined, needles: [], starts, startSet: undefined }
      : { re: undefined, source: { terms, pack, endings }, needles: [], starts, startSet: undefined };
  }
  cache.set(terms, c);
  return c;
}

/** The alternation of a space-delimited list ({@link CompiledList.re}). */
function regexOf(c: CompiledList): RegExp | null {
  if (c.re === undefined) {
    const { terms, pack, endings } = c.source!;
    const sources = [...new Set(terms.map((t) => termSource(t, pack, endings)).filter((x): x is string => x !== null))].sort((a, b) => b.length - a.length);
    c.re = sources.length > 0 ? new RegExp(` (?:${sources.join('|')})(?= )`, 'g') : null;
    c.source = undefined;
  }
  return c.re;
}

/** The substrings a spaceless pack looks for: each term folded, without its spaces and `*`s. */
function needlesOf(terms: readonly string[], pack: LanguagePack): string[] {
  return [...new Set(terms.map((t) => foldFor(pack, normalizeText(t)).replace(/[\s*]+/g, '')).filter((n) => n.length > 0))];
}

/** Longest beginning of a word that {@link startKey} and {@link wordStartsOf} compare. */
const START_CHARS = 4;

/**
 * How a term's first word begins, as a key of {@link wordStartsOf}: its literal start ({@link literalStart}) when that is
 * shorter than {@link START_CHARS}, else its first {@link START_CHARS} characters. A term matches only where a word of the
 * spaced view begins with its literal start, so only where that word's beginnings hold this key.
 */
const startKey = (lit: string): string => lit.slice(0, START_CHARS);

/** {@link CompiledList.starts} of a term list. */
function startsOf(terms: readonly string[], pack: LanguagePack): CompiledList['starts'] {
  const keys = new Set<string>();
  for (const t of terms) {
    const words = termWords(t, pack);
    if (words === null) continue;
    const lit = literalStart(words);
    if (lit.length === 0) return null;
    keys.add(startKey(lit));
  }
  return [...keys];
}

/**
 * How the words of a text (its spaced view) begin: the first one, two, three and {@link START_CHARS} characters of each
 * word, in one set (a key's length says which).
 */
type WordStarts = ReadonlySet<string>;

/**
 * What is kept while one message is analysed ({@link detectSituations} opens it and closes it; synchronous, so one
 * message's memo never sees another's): the frames and guards ask for the same concept ("account", "money", the
 * negation cues) in the same sentence many times over. Each field says what it keys; callers only read its lists.
 */
interface MessageMemo {
  /** How the words of each text begin ({@link wordStartsOf}). */
  wordStarts: Map<string, WordStarts>;
  /** Matches of each term list in each text ({@link listMatches}). */
  matches: Map<CompiledList, Map<string, readonly Match[]>>;
  /**
   * The sentences of each text for each pack ({@link sentencesOf}): the frames of this message, the story with its
   * history, the follow-up check and the repeated-frustration cues all split the same texts.
   */
  sentences: Map<LanguagePack, Map<string, readonly Sentence[]>>;
  /** Each raw sentence normalised ({@link normalizedSentence}): every pack splits the same text and folds it the same way first. */
  normalized: Map<string, string>;
  /** Each pack's {@link Sentence.may} by the sentence's text, for the sentences split so far ({@link conceptMatches}). */
  may: Map<LanguagePack, Map<string, ConceptSet>>;
  /** Sentiment scores by text ({@link sentimentOf}): the guards and the frustration checks ask for the same ones several times over. */
  scores: Map<string, number>;
  /**
   * The matches of each slot in each sentence ({@link slotMatches}): frames share slots ("account", "money"), and a
   * message-wide frame asks for its slots again for every candidate.
   */
  slots: Map<string, Map<LanguagePack, Map<string, readonly Match[]>>>;
}
let memo: MessageMemo | null = null;
/** {@link DetectOptions.held} of the detection running, if it asked. */
let heldBack: Set<Situation> | null = null;

function wordStartsOf(s: string): WordStarts {
  let w = memo?.wordStarts.get(s);
  if (w !== undefined) return w;
  const starts = new Set<string>();
  for (const word of spaced(s).split(' ')) {
    for (let n = 1; n <= START_CHARS && n <= word.length; n++) starts.add(word.slice(0, n));
  }
  memo?.wordStarts.set(s, starts);
  return starts;
}

/** Whether some word of `s` begins as a term of `c` does: false means no term of `c` can match in `s`. */
function mayMatch(c: CompiledList, s: string): boolean {
  const starts = c.starts;
  if (starts === null) return true;
  const w = wordStartsOf(s);
  // Whether the two meet: through the smaller one.
  if (starts.length <= w.size) return starts.some((k) => w.has(k));
  const set = (c.startSet ??= new Set(starts));
  for (const k of w) if (set.has(k)) return true;
  return false;
}

// ---------- concept prefilter

/**
 * Most frames cannot match most messages: a frame needs a word of each of its slots, and a sentence holds the words of
 * only a few of a pack's concepts. Looking each slot up ({@link slotMatches}) for each of the ~175 frames, in each pack
 * and each sentence, cost more than running the term regexes. So each sentence carries, per pack, which concepts MAY have a
 * word in it ({@link Sentence.may}), worked out once from how its words begin (the test {@link mayMatch} makes per
 * list, done for all of a pack's concepts at once through {@link ConceptIndex}), and a frame or a sentence with a slot
 * none of whose concepts may be there is passed over without looking anything up. A "may" is only a necessary
 * condition: what passes is matched exactly as before.
 */
const CONCEPT_NUMBER: ReadonlyMap<Concept, number> = new Map(CONCEPTS.map((c, i) => [c, i]));

/** A set of concepts: bit `i % 32` of word `i / 32` for the concept numbered `i` ({@link CONCEPT_NUMBER}). */
type ConceptSet = Uint32Array;
const SET_WORDS = Math.ceil(CONCEPTS.length / 32);
const emptySet = (): ConceptSet => new Uint32Array(SET_WORDS);
function addConcept(set: ConceptSet, i: number): void {
  set[i >>> 5] = set[i >>> 5]! | (1 << (i & 31));
}
function addAll(into: ConceptSet, from: ConceptSet): void {
  for (let j = 0; j < SET_WORDS; j++) into[j] = into[j]! | from[j]!;
}

/** For one pack: which concepts a word beginning so may start (see {@link CompiledList.starts}). */
interface ConceptIndex {
  /** The compiled list of each concept of the pack ({@link conceptList}), null for a concept it has no words for. */
  lists: Map<Concept, CompiledList | null>;
  /** Concepts whose terms may begin anywhere (a `*` head, Arabic or Hebrew prefixes): always possible. */
  always: ConceptSet;
  /**
   * By how a word begins ({@link startKey}), or for a spaceless pack by the first character of a needle: the row of
   * {@link rows} that holds the concepts with a term beginning so. Rows of one array, not a set each: some twenty
   * thousand keys over all packs.
   */
  at: Map<string, number>;
  rows: Uint32Array;
}
const conceptIndexes = new WeakMap<LanguagePack, ConceptIndex>();

/** The compiled list of a concept's words in `pack` ({@link conceptMatches}), or null when the pack has none. */
function conceptList(c: Concept, pack: LanguagePack): CompiledList | null {
  return conceptIndexOf(pack).lists.get(c) ?? null;
}

function conceptIndexOf(pack: LanguagePack): ConceptIndex {
  let ix = conceptIndexes.get(pack);
  if (ix !== undefined) return ix;
  const lists = new Map<Concept, CompiledList | null>();
  const always = emptySet();
  const byKey = new Map<string, number[]>();
  const add = (k: string, i: number): void => {
    const l = byKey.get(k);
    if (l === undefined) byKey.set(k, [i]);
    else l.push(i);
  };
  for (const [i, c] of CONCEPTS.entries()) {
    const terms = pack.concepts[c];
    const list = terms === undefined || terms.length === 0 ? null : compileList(terms, pack, INFLECTED_NOUNS.has(c) ? pack.nounEndings : undefined);
    lists.set(c, list);
    if (list === null) continue;
    // Spaceless packs have needles and no regex; the others a regex and no needles.
    for (const n of list.needles) add(n.charAt(0), i);
    if (list.re === null) continue;
    // A regex list (its alternation yet to be made): with no term of a word, its starts are empty and add nothing.
    if (list.starts === null) addConcept(always, i);
    else for (const k of list.starts) add(k, i);
  }
  const at = new Map<string, number>();
  const rows = new Uint32Array(byKey.size * SET_WORDS);
  for (const [k, concepts] of byKey) {
    const row = at.size;
    at.set(k, row);
    for (const i of concepts) {
      const w = row * SET_WORDS + (i >>> 5);
      rows[w] = rows[w]! | (1 << (i & 31));
    }
  }
  ix = { lists, always, at, rows };
  conceptIndexes.set(pack, ix);
  return ix;
}

/** {@link Sentence.may} of sentence text `s` in `pack`. */
function conceptsMayIn(s: string, pack: LanguagePack): ConceptSet {
  const ix = conceptIndexOf(pack);
  const may = emptySet();
  addAll(may, ix.always);
  const mark = (k: string): void => {
    const row = ix.at.get(k);
    if (row === undefined) return;
    for (let j = 0; j < SET_WORDS; j++) may[j] = may[j]! | ix.rows[row * SET_WORDS + j]!;
  };
  if (pack.spaceless === true) for (let i = 0; i < s.length; i++) mark(s.charAt(i));
  else for (const k of wordStartsOf(s)) mark(k);
  return may;
}

/**
 * What a slot needs of a {@link ConceptSet}: one of its concepts, as pairs of (word of the set, bits of that word), only
 * the words the slot has concepts in; or null when the slot may match without any word of its concepts: `transaction`
 * also matches a sum of money ({@link slotMatchesOf}).
 */
type SlotTest = Int32Array | null;
const slotTests = new Map<string, SlotTest>();
function slotTestOf(slot: Slot): SlotTest {
  const key = slotKey(slot);
  let test = slotTests.get(key);
  if (test === undefined) {
    const concepts = typeof slot === 'string' ? [slot] : slot;
    if (concepts.includes('transaction')) test = null;
    else {
      const set = emptySet();
      for (const c of concepts) addConcept(set, CONCEPT_NUMBER.get(c)!);
      const pairs: number[] = [];
      for (let j = 0; j < SET_WORDS; j++) if (set[j] !== 0) pairs.push(j, set[j]! | 0);
      test = Int32Array.from(pairs);
    }
    slotTests.set(key, test);
  }
  return test;
}

/** Whether a slot (as {@link slotTestOf}) may have a word where `may` says. */
function slotMay(test: SlotTest, may: ConceptSet): boolean {
  if (test === null) return true;
  for (let q = 0; q < test.length; q += 2) if ((may[test[q]!]! & test[q + 1]!) !== 0) return true;
  return false;
}

/** Whether every slot (as {@link slotTestOf}) may have a word where `may` says. */
function slotsMay(tests: readonly SlotTest[], may: ConceptSet): boolean {
  for (const test of tests) if (!slotMay(test, may)) return false;
  return true;
}

/** Which concepts may occur in any of `sentences` (their {@link Sentence.may} together). */
function mayInAny(sentences: readonly Sentence[]): ConceptSet {
  if (sentences.length === 1) return sentences[0]!.may;
  const may = emptySet();
  for (const sn of sentences) addAll(may, sn.may);
  return may;
}

/** The map kept under `key` in one of the per-message memos, made the first time it is asked for. */
function levelOf<K, K2, V>(outer: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let level = outer.get(key);
  if (level === undefined) outer.set(key, (level = new Map()));
  return level;
}

/** No matches: shared by the read-only lists of the memos. */
const NO_MATCHES: readonly Match[] = Object.freeze([]);

/**
 * Every match of a compiled list in `s` ({@link matchesOf}), through the message's memo; callers only read the list.
 * `mayBe`: the caller knows the list's words may be in `s`, so its starts need no checking.
 */
function listMatches(c: CompiledList, s: string, mayBe = false): readonly Match[] {
  if (memo === null) return matchesOf(c, s, mayBe);
  const byText = levelOf(memo.matches, c);
  let known = byText.get(s);
  if (known === undefined) byText.set(s, (known = matchesOf(c, s, mayBe)));
  return known;
}

function findAll(terms: readonly string[] | undefined, pack: LanguagePack, s: string, from = 0, to = s.length, endings?: string): Match[] {
  if (terms === undefined || terms.length === 0) return [];
  const all = listMatches(compileList(terms, pack, endings), s);
  const out: Match[] = [];
  for (const m of all) if (m.start >= from && m.end <= to) out.push({ start: m.start, end: m.end });
  return out;
}

/** Every match of a compiled list in `s`, in text order (longest first at one start). `mayBe`: as for {@link listMatches}. */
function matchesOf(c: CompiledList, s: string, mayBe = false): readonly Match[] {
  const runRe = c.re !== null && (mayBe || mayMatch(c, s));
  const re = runRe ? regexOf(c) : null;
  if (re === null && c.needles.length === 0) return NO_MATCHES;
  const out: Match[] = [];
  if (re !== null) {
    // A match starts with the space before the term, and offsets in the spaced view are one more than in `s` (its leading space).
    for (const m of allMatches(re, spaced(s))) out.push({ start: m.index, end: m.index + m[0].length - 1 });
  }
  for (const needle of c.needles) {
    for (let i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      out.push({ start: i, end: i + needle.length });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The part of a match's last word after its first four letters: where Turkish puts negation and condition. */
const ending = (s: string, m: Match): string => {
  const word = /[\p{L}\p{M}]+$/u.exec(s.slice(m.start, m.end))?.[0] ?? '';
  return word.slice(4);
};

// ---------- sentences

interface Sentence {
  /** Normalised text, or with spaces removed for spaceless packs. */
  s: string;
  /** Ended with "?" / "？". */
  question: boolean;
  /** Offsets where a new clause starts (after , ; : and contrast words). */
  breaks: number[];
  /** The concepts of this pack whose words may occur in `s` (see "concept prefilter"); the others' do not. */
  may: ConceptSet;
}

const SENTENCE = /[^.!?;。！？؟\n]+[.!?;。！？؟]*/gu;
/** Commas and colons of every script, the Arabic comma and semicolon (، ؛) included. */
const CLAUSE_PUNCT = /[,;:，、；：()（）،؛]/gu;

function normalizedSentence(raw: string): string {
  if (memo === null) return normalizeText(raw);
  let n = memo.normalized.get(raw);
  if (n === undefined) memo.normalized.set(raw, (n = normalizeText(raw)));
  return n;
}

/** Each call gets its own Sentence objects (frames key their state by Sentence), sharing the read-only parts. */
function sentencesOf(text: string, pack: LanguagePack): Sentence[] {
  if (memo === null) return splitSentences(text, pack);
  const byText = levelOf(memo.sentences, pack);
  let known = byText.get(text);
  if (known === undefined) {
    byText.set(text, (known = splitSentences(text, pack)));
    const may = levelOf(memo.may, pack);
    for (const sn of known) may.set(sn.s, sn.may);
  }
  return known.map((sn) => ({ ...sn }));
}

/**
 * Each pack's sentences by their raw text ({@link sentenceOf}), null for one that is empty once read, across messages: a
 * message's sentences are read again in its story with the earlier messages ({@link detect}), and each earlier message's
 * in the stories of the next few messages. A sentence reads the same wherever it stands (see {@link splitSentences}).
 * Bounded: emptied when it holds {@link SENTENCE_CACHE_MAX} sentences.
 */
const sentenceCache = new Map<LanguagePack, Map<string, Sentence | null>>();
let sentenceCacheSize = 0;
const SENTENCE_CACHE_MAX = 1_000;

function splitSentences(text: string, pack: LanguagePack): Sentence[] {
  const out: Sentence[] = [];
  // A dot inside "€1.249,00", "3.5" or "e.g." does not end a sentence; only a dot before a space or the end does.
  // Sentences end at a line break too, so a message reads the same alone and in a story (its messages joined by "\n").
  const source = text.normalize('NFKC').replace(/\.(?=\S)/gu, '\u2024');
  for (const m of allMatches(SENTENCE, source)) {
    let byRaw = sentenceCache.get(pack);
    if (byRaw === undefined) sentenceCache.set(pack, (byRaw = new Map()));
    let sn = byRaw.get(m[0]);
    if (sn === undefined) {
      sn = sentenceOf(m[0], pack);
      if (sentenceCacheSize >= SENTENCE_CACHE_MAX) {
        for (const level of sentenceCache.values()) level.clear();
        sentenceCacheSize = 0;
      }
      byRaw.set(m[0], sn);
      sentenceCacheSize += 1;
    }
    // Its own object per call: frames key their state by Sentence (the parts are shared and read-only).
    if (sn !== null) out.push({ ...sn });
  }
  return out;
}

/** One raw sentence (with its end punctuation) as `pack` reads it, or null when nothing of it is left. */
function sentenceOf(raw: string, pack: LanguagePack): Sentence | null {
  let s = correctSpelling(foldFor(pack, normalizedSentence(raw).replace(/[.!?;。！？؟]+$/u, '').trim()), pack);
  // Thai writes a space where other scripts put a comma or a full stop: each one starts a clause.
  const spaceBreaks: number[] = [];
  if (pack.spaceless === true) {
    if (pack.clauseSpaces === true) {
      let removed = 0;
      for (const m of allMatches(/\s+/gu, s)) {
        spaceBreaks.push(m.index - removed);
        removed += m[0].length;
      }
    }
    s = s.replace(/\s+/g, '');
  }
  if (s.length === 0) return null;
  const breaks = [...allMatches(CLAUSE_PUNCT, s).map((b) => b.index + 1), ...spaceBreaks.filter((b) => b > 0 && b < s.length)];
  for (const c of findAll(pack.cues.contrast, pack, s)) breaks.push(c.start);
  return { s, question: hasQuestionMark(raw.slice(-3)), breaks: breaks.sort((a, b) => a - b), may: conceptsMayIn(s, pack) };
}

const clauseStart = (sn: Sentence, pos: number): number => Math.max(0, ...sn.breaks.filter((b) => b <= pos));
const clauseEnd = (sn: Sentence, pos: number): number => Math.min(sn.s.length, ...sn.breaks.filter((b) => b > pos));

// ---------- guards

interface Located {
  sn: Sentence;
  start: number;
  end: number;
  parts: Match[];
}

const overlaps = (m: Match, parts: readonly Match[]): boolean => parts.some((p) => m.start < p.end && p.start < m.end);
/**
 * For {@link Frame.nested} frames: a word may stand inside a longer phrase already taken by another slot ("metí mi
 * CONTRASEÑA" is the giving and the credential), but two matches may not share words otherwise.
 */
const clashes = (m: Match, taken: readonly Match[]): boolean =>
  taken.some((p) => m.start < p.end && p.start < m.end && !(p.start <= m.start && m.end <= p.end && p.end - p.start > m.end - m.start));
/** Whether `m` cannot join the matches already `taken` for a frame: {@link clashes} for a nested frame, else {@link overlaps}. */
const collides = (m: Match, taken: readonly Match[], nested: boolean): boolean => (nested ? clashes(m, taken) : overlaps(m, taken));

function negated(pack: LanguagePack, loc: Located): boolean {
  const { sn, start, end, parts } = loc;
  const cs = clauseStart(sn, start);
  const reach = pack.negationReach ?? (pack.spaceless === true ? NEGATION_REACH_SPACELESS : NEGATION_REACH);
  const from = Math.max(cs, start - reach);
  // A negation inside a condition ("if you DON'T refund me, I'll sue") belongs to the condition, not to the threat.
  const conditions = findAll(pack.cues.hypothetical, pack, sn.s, cs, start);
  const inCondition = (m: Match): boolean => m.end <= start && conditions.some((c) => c.end <= m.start);
  // Not for trouble named as a noun ("problemi economici", "经济困难"): "non ho problemi economici", "我没有经济困难" deny it.
  const ownNegation = (m: Match): boolean =>
    parts.some((p) => p.concept !== undefined && p.concept !== 'hardship' && NEGATIVE_BY_NATURE.has(p.concept) && m.end <= p.start && p.start - m.end <= OWN_NEGATION_GAP);
  // "I can't believe my card was stolen", "no idea how someone got in": the negation is of the believing, not of the theft.
  const idioms = findAll(pack.cues.notNegating, pack, sn.s, cs, end);
  // "me quedé SIN trabajo y no puedo pagar": a negation inside another phrase of the same negative concept
  // (hardship told twice) adds to it rather than denying it.
  // Looked up only for a negation that the checks before have not already set aside.
  let kin: Match[] | undefined;
  const inKin = (m: Match): boolean =>
    overlaps(m, (kin ??= parts.flatMap((p) => (p.concept !== undefined && NEGATIVE_BY_NATURE.has(p.concept) ? conceptMatches(p.concept, pack, sn.s) : []))));
  if (findAll(pack.cues.negation, pack, sn.s, from, end).some((m) => !overlaps(m, parts) && !inCondition(m) && !ownNegation(m) && !overlaps(m, idioms) && !inKin(m))) return true;
  // "我还没注册过账号", "まだ申し込んでない": not done YET is no disowning — the customer simply has not got there.
  const yet = findAll(pack.cues.notYet, pack, sn.s, cs, end);
  if (yet.some((m) => parts.some((p) => p.concept !== undefined && NEGATIVE_BY_NATURE.has(p.concept) && m.start < p.start && m.end >= p.start - NOT_YET_REACH))) return true;
  if (pack.cues.negationAfter !== undefined) {
    const after = findAll(pack.cues.negationAfter, pack, sn.s, end, Math.min(sn.s.length, end + AFTER_REACH_SPACELESS + 4));
    if (after.some((m) => m.start - end <= AFTER_REACH_SPACELESS)) return true;
    // "ハッキングされたわけではなく、パスワードを忘れただけです": a frame that reaches into the next clause for a noun
    // ("パスワード") ends there, while the event's verb was negated in its own clause. Only after an event word: a noun
    // followed by another verb's negation ("パスワードを変えていないのに") says nothing of the event.
    for (const p of parts) {
      if (p.concept === undefined || NOUN_SLOTS.has(p.concept) || NEGATIVE_BY_NATURE.has(p.concept) || p.end >= end) continue;
      const stop = Math.min(clauseEnd(sn, p.end), p.end + AFTER_REACH_SPACELESS + 6);
      if (findAll(pack.cues.negationAfter, pack, sn.s, p.end, stop).some((m) => m.start - p.end <= AFTER_REACH_SPACELESS && !overlaps(m, parts))) return true;
    }
  }
  if (pack.negatedEnding !== undefined) {
    const re = pack.negatedEnding;
    if (parts.some((p) => !(p.concept !== undefined && NEGATIVE_BY_NATURE.has(p.concept)) && re.test(ending(sn.s, p)))) return true;
  }
  return false;
}

/**
 * Hardship foreseen as the consequence of a condition, told as a statement: "if you take this fee I won't be able to pay
 * my rent", "si me cobran esto no podré pagar el alquiler", "if I don't get this money back I can't feed my kids". The
 * customer says what their money will not stretch to; in a question ("if I lose my job, can I pause payments?", "what
 * happens if I can't pay my rent on time?") the condition still makes it hypothetical.
 */
const FORESEEN_HARDSHIP: ReadonlySet<string> = new Set(['financial-hardship', 'hardship-distress', 'unable-to-pay-distress', 'no-money-for-necessity', 'money-for-necessity', 'unable-to-pay-necessity']);

function hypothetical(pack: LanguagePack, loc: Located, threat: boolean, foreseen = false): boolean {
  const { sn, start, end, parts } = loc;
  const cs = clauseStart(sn, start);
  const facts = findAll(pack.cues.notHypothetical, pack, sn.s, cs, end);
  for (const cue of findAll(pack.cues.hypothetical, pack, sn.s, cs, end)) {
    if (overlaps(cue, parts) || overlaps(cue, facts)) continue;
    if (foreseen && !sn.question && cue.end <= start) continue;
    if (threat && cue.end <= start) {
      // "if you don't refund me, I'll sue": the condition is on the company, the threat is real.
      const condition = sn.s.slice(cue.start, start);
      const cond = (list: readonly string[] | undefined): boolean => findAll(list, pack, condition).length > 0;
      if (cond(pack.cues.negation) || cond(pack.cues.secondPerson)) continue;
    }
    return true;
  }
  // "Angenommen, mein Handy wird gestohlen?", "Supposing, just supposing, my card…", "Допустим, телефон украли — что тогда?":
  // a condition said as a clause of its own, right before the situation's clause, covers it.
  // Sentence.breaks is in ascending order: the last one at or before the clause ends the previous clause.
  const before = sn.breaks.filter((b) => b <= cs);
  if (before.length > 0) {
    const from = before[before.length - 2] ?? 0;
    const to = before[before.length - 1] ?? 0;
    const own = sn.s.slice(from, to).replace(/[\s,;:，、；：]+/gu, ' ').trim();
    // Five letters at least: a bare "si," is Spanish "yes" ("Sí, me robaron el móvil").
    if (own.length >= 5 && findAll(pack.cues.hypothetical, pack, own).some((c) => c.start === 0 && c.end === own.length)) return true;
  }
  // "nếu tài xế hủy chuyến, tôi có bị trừ tiền không?", "if the driver cancels, will I be charged twice?": a question whose
  // first clause is a condition asks about what would follow it, in any of its clauses (a threat's condition put to the
  // company, or negated, stays a threat's: "if you don't refund me, will I have to sue?").
  if (sn.question && cs > 0) {
    const lead = findAll(pack.cues.hypothetical, pack, sn.s, 0, clauseEnd(sn, 0)).find((c) => c.start === 0);
    if (lead !== undefined) {
      const condition = sn.s.slice(0, clauseEnd(sn, 0));
      const cond = (list: readonly string[] | undefined): boolean => findAll(list, pack, condition).length > 0;
      if (!(threat && (cond(pack.cues.negation) || cond(pack.cues.secondPerson)))) return true;
    }
  }
  // "Can I close my account if I move abroad?": in a question, a condition after the frame makes it hypothetical too.
  if (isQuestion(pack, sn)) {
    // Only in the situation's own clause, or opening the next one ("Wie kann ich kündigen, FALLS ich umziehe?"):
    // "my phone was stolen, what happens if the thief uses it?" is a real theft.
    const next = clauseEnd(sn, end);
    const opensNext = (c: Match): boolean => c.start >= next && sn.s.slice(next, c.start).trim().length === 0;
    for (const cue of findAll(pack.cues.hypothetical, pack, sn.s, end, clauseEnd(sn, next)).filter((c) => c.end <= next || opensNext(c))) {
      const condition = sn.s.slice(cue.start);
      const cond = (list: readonly string[] | undefined): boolean => findAll(list, pack, condition).length > 0;
      if (threat && (cond(pack.cues.negation) || cond(pack.cues.secondPerson))) continue;
      return true;
    }
  }
  // "リンクを押したら、お金が消えました": a condition told in the past, in a sentence that ends in the past, is what happened.
  const narrative = pack.narrativePast !== undefined && !sn.question && pack.narrativePast.test(sn.s);
  if (pack.cues.hypotheticalAfter !== undefined && !narrative) {
    const after = findAll(pack.cues.hypotheticalAfter, pack, sn.s, end, Math.min(sn.s.length, end + AFTER_REACH_SPACELESS + 4));
    if (after.some((m) => m.start - end <= AFTER_REACH_SPACELESS && !atALoss(pack, sn.s, m))) return true;
  }
  if (pack.conditionalEnding !== undefined) {
    const re = pack.conditionalEnding;
    if (parts.some((p) => re.test(ending(sn.s, p)))) return true;
    // Verb-final: the condition is on the verb right after the situation ("yetkisiz bir işlem görürsem").
    const next = pack.verbFinal === true ? /^ *([\p{L}\p{M}]+)/u.exec(sn.s.slice(end, clauseEnd(sn, end))) : null;
    if (next?.[1] !== undefined && re.test(next[1].slice(4)) && VERB_CONDITIONAL.test(next[1])) return true;
  }
  return false;
}

/** A conditional verb, not a noun in the dative ("görürsem", "olursa", not "adrese"): -rsa/-rse or -sa/-se with a personal ending. */
const VERB_CONDITIONAL = /(?:rs[ae](?:m|n|k|niz)?|s[ae](?:m|n|k|niz))$/u;

/** Ends with a question mark, or opens with a question word of the pack. */
function isQuestion(pack: LanguagePack, sn: Sentence): boolean {
  return sn.question || findAll(pack.cues.question, pack, sn.s).some((m) => m.start === 0);
}

/**
 * Whether a cue stands inside a phrase of distress: "どうしたらいいかわからない", "不知道怎么办" ("I don't know what to do")
 * hold a question word and a conditional, yet ask nothing and suppose nothing; they are the customer at a loss.
 */
function atALoss(pack: LanguagePack, s: string, cue: Match): boolean {
  return conceptMatches('distress', pack, s).some((d) => d.start <= cue.start && cue.end <= d.end);
}

/** An informational question about things in general, not about the customer's own case. */
function informational(pack: LanguagePack, loc: Located): boolean {
  const { sn, start } = loc;
  const openers = findAll(pack.cues.question, pack, sn.s).filter((o) => !atALoss(pack, sn.s, o));
  if (openers.length === 0) return false;
  let opener: Match | undefined;
  if (pack.spaceless === true) {
    // Where spaces mark clauses (Thai), only a question in the situation's own clauses asks about it:
    // "พ่อเพิ่งเสียไป ต้องทำอย่างไรกับบัญชี" tells of a death, then asks what to do.
    const [from, to] = [clauseStart(sn, start), clauseEnd(sn, Math.max(start, loc.end - 1))];
    opener = pack.clauseSpaces === true ? openers.find((o) => o.start >= from && o.start < to) : openers[0];
    // "카드를 도난당했는데 어떻게 해야 하나요?": a past verb between the situation and a how-to is a report, then a question.
    if (opener !== undefined && pack.pastEvent !== undefined && opener.start > start && pack.pastEvent.test(sn.s.slice(start, opener.start))) opener = undefined;
  } else if (pack.verbFinal === true && sn.question) {
    // "şüpheli işlem bildirimi nasıl açılır?": the question word follows the situation in its clause.
    opener = openers.find((o) => o.start >= clauseStart(sn, start) && o.start < clauseEnd(sn, start));
    // "kartım çalındı nasıl bloke ederim?": a finished event told before the question word is a report, then a question.
    const past = pack.pastEvent;
    if (opener !== undefined && past !== undefined && sn.s.slice(start, opener.start).split(/[^\p{L}\p{M}]+/u).some((w) => w.length > 0 && past.test(w))) opener = undefined;
  } else {
    const cs = clauseStart(sn, start);
    opener = openers.find((o) => o.start === 0 || o.start === cs || (o.start <= cs + 1 && o.start >= cs));
  }
  if (opener === undefined) return false;
  // "what is this payment?", "c'est quoi ce prélèvement ?": the question word is the frame's own word (the customer
  // cannot place a charge named with a demonstrative), so the question is the case, not information.
  if (loc.parts.some((p) => p.start <= opener.start && p.end >= opener.end)) return false;
  // "how do I…", "can I…": the pronoun belongs to the question, not to a case of the customer's own.
  // "Hoe meld ik…", "Hur anmäler jag…": in a verb-second language the question's own subject follows its verb.
  const asker = findAll(pack.cues.questionSubject, pack, sn.s).filter((m) => m.start > opener.end && sn.s.slice(opener.end, m.start).trim().split(/\s+/u).length <= 1);
  // "what is your complaints procedure, just so I know?": the first person of an aside belongs to the asking.
  const asides = findAll(pack.cues.aside, pack, sn.s);
  let own = findAll(pack.cues.firstPerson, pack, sn.s).filter((m) => (m.start > opener.end + 2 || m.end <= opener.start) && !overlaps(m, asker) && !overlaps(m, asides));
  // "how do I report A charge I don't recognise?": after an indefinite article the "I" is in a relative
  // clause describing any such charge, not the customer's own ("how do I report THIS charge I don't recognise?").
  const first = loc.parts.reduce<Match | undefined>((a, p) => (a === undefined || p.start < a.start ? p : a), undefined);
  if (sn.question && first !== undefined && findAll(pack.cues.indefinite, pack, sn.s, Math.max(0, first.start - 12), first.start).some((m) => first.start - m.end <= 1)) {
    own = own.filter((m) => m.end <= first.start);
  }
  return own.length === 0;
}

/** Existential openers that a question list holds ("¿hay…?"): without a question mark they state, not ask. */
const EXISTENTIAL = /^(?:y |pero |και )?(?:hay|υπαρχει|there is|there are|there's)\s/u;

/**
 * "hay un cobro que no reconozco", "υπάρχει μια χρέωση που δεν έκανα": an existential opener without a
 * question mark, before a charge disowned in the same sentence, tells of it ("¿hay algún cargo que no reconozca?" still
 * asks). Only for the disowning frames, so "hay penalización si me doy de baja" stays a question.
 */
function statesExistence(frame: Frame, loc: Located): boolean {
  if (loc.sn.question || !EXISTENTIAL.test(loc.sn.s)) return false;
  return hasSlotOf(frame, ['unauthorised', 'disowned']);
}

function anyIn(list: readonly string[] | undefined, pack: LanguagePack, s: string, from = 0, to = s.length): boolean {
  return findAll(list, pack, s, from, to).length > 0;
}

/**
 * The situation is over: a resolution cue ("I found it", "never mind") that is not negated and
 * comes with or after the situation. A resolution told before it is an earlier matter, and what
 * follows is new: "never mind the bill, my phone was just stolen", "I already blocked the card
 * but someone still made payments with it".
 */
function resolvedIn(pack: LanguagePack, sentences: readonly Sentence[], loc: Located): boolean {
  const at = sentences.indexOf(loc.sn);
  for (const [i, sn] of sentences.entries()) {
    if (at >= 0 && i < at) continue;
    for (const cue of findAll(pack.cues.resolved, pack, sn.s)) {
      if (i === at && cue.end <= clauseStart(sn, loc.start)) continue;
      const before = sn.s.slice(Math.max(0, cue.start - 16), cue.start);
      if (findAll(pack.cues.negation, pack, before).length === 0) return true;
    }
  }
  return false;
}


/** How close before a third party a first-person word is that party's possessive ("MY friend's", "我同事", "私の友達"). */
const POSSESSIVE_GAP = 3;
/** A possessive right after its noun: one space at most. */
const POSTPOSED_GAP = 1;

/**
 * Someone else's incident, told to ask about the customer's own safety: "my colleague's account got hacked, should I
 * change my password?", "a mi hermana le hackearon la cuenta, ¿debería cambiar mi contraseña?", "我同事的账号被盗了，我需要改密码吗？".
 * A third party (a friend, colleague, neighbour or relative: the pack's `thirdParty` cues and `family` words) stands in
 * the incident's clause, no first person owns the incident's words ("my sister used MY card" is the customer's), and
 * the message asks about a precaution (the pack's `precaution` or `prevention` cues) outside the incident itself.
 * Acting for a relative ("my dad's card was stolen, can you block it?") asks for no precaution and still fires.
 */
function thirdPartys(pack: LanguagePack, loc: Located, sentences: readonly Sentence[]): boolean {
  const { sn, start, end, parts } = loc;
  if (pack.cues.precaution === undefined) return false;
  const cs = clauseStart(sn, start);
  const people = (x: Sentence): Match[] => [...findAll(pack.cues.thirdParty, pack, x.s), ...conceptMatches('family', pack, x.s)];
  // "my friend's WhatsApp asked me for the code": a friend's hijacked account is who asked (as for `prevention`), not a third party.
  const askers = slotMatches(INSTIGATORS, pack, sn.s);
  const others = people(sn).filter((m) => m.start >= cs && m.end <= end && !overlaps(m, parts) && !askers.some((a) => a.start >= m.end && a.start - m.end <= INSTIGATOR_REACH));
  if (others.length === 0) return false;
  // A precaution may hold one of the frame's words ("should I change MY PASSWORD?": the account slot), never be only that
  // word, nor only the third party ("arkadaşımın" is also a prevention cue).
  const precautions = sentences.flatMap((x) => {
    const them = people(x);
    return [...findAll(pack.cues.precaution, pack, x.s), ...findAll(pack.cues.prevention, pack, x.s)]
      .filter((c) => (x !== sn || !parts.some((p) => p.start <= c.start && c.end <= p.end)) && !overlaps(c, them))
      .map((c) => ({ x, c }));
  });
  if (precautions.length === 0) return false;
  const inPrecaution = (m: Match): boolean => precautions.some(({ x, c }) => x === sn && c.start <= m.start && m.end <= c.end);
  // "MY friend", and the possessive after its noun where a language puts it there ("teman SAYA", "bạn TÔI", "ο φίλος ΜΟΥ",
  // "un amigo MÍO"): the writer's word marks whose friend, not the writer's own act.
  const possessive = (m: Match): boolean => others.some((o) => (m.end <= o.start && o.start - m.end <= POSSESSIVE_GAP) || (o.end <= m.start && m.start - o.end <= POSTPOSED_GAP));
  const first = parts.reduce((a, p) => Math.min(a, p.start), start);
  const own = findAll(pack.cues.firstPerson, pack, sn.s, Math.max(cs, first - POSSESSIVE_GAP - 4), end).filter((m) => !overlaps(m, others) && !possessive(m) && !inPrecaution(m));
  return own.length === 0;
}

/** The customer's own acts in a scam: a frame with one of them tells what was done on a false belief. */
const BELIEVING_ACTS: readonly Concept[] = ['clickedLink', 'gaveAway', 'paidOut', 'installedIt', 'complied'];
const actedOnBelief = (frame: Frame): boolean => hasSlotOf(frame, BELIEVING_ACTS);

/**
 * A belief told in the past and then corrected: "I thought someone used my card, but it was my son", "ich dachte, jemand
 * hätte meine Karte benutzt, aber es war mein Sohn", "je croyais qu'on m'avait piraté, mais non". The belief stands before
 * the incident in its sentence and a contrast or a resolution follows it, in that sentence or a later one. Some words say
 * by themselves that the belief was wrong ("我以为", "줄 알았는데", "tưởng", "sandım", "と思ったら"): no correction is needed.
 */
function mistakenBelief(pack: LanguagePack, loc: Located, sentences: readonly Sentence[]): boolean {
  const { sn, start, end } = loc;
  // Before the incident ("我以为卡被偷了") or after it, where verb-final languages put it ("kartımı kaybettim sanmıştım",
  // "카드 도난당한 줄 알았는데", "盗まれたかと思ったら").
  if (findAll(pack.cues.mistakenAlone, pack, sn.s).length > 0) return true;
  if (findAll(pack.cues.mistaken, pack, sn.s, 0, start).length === 0) return false;
  const at = sentences.indexOf(sn);
  const correction = (x: Sentence, from: number): boolean => anyIn(pack.cues.contrast, pack, x.s, from) || anyIn(pack.cues.resolved, pack, x.s, from);
  return correction(sn, end) || sentences.some((x, i) => i > at && (correction(x, 0) || anyIn(pack.cues.negation, pack, x.s, 0, Math.min(x.s.length, 8))));
}

/** Whether some slot of `frame` is, or offers, one of `concepts`. */
function hasSlotOf(frame: Frame, concepts: readonly Concept[]): boolean {
  return frame.slots.some((slot) => (typeof slot === 'string' ? concepts.includes(slot) : slot.some((c) => concepts.includes(c))));
}

/** Whether match `m` of sentence `x` stands outside the frame's own words at `loc` (another sentence, or apart from them). */
const outsideFrame = (loc: Located, x: Sentence, m: Match): boolean => x !== loc.sn || !overlaps(m, loc.parts);

/**
 * Any hint of despair in the message (or story) besides the words being judged: with one, no everyday reading of a
 * self-harm phrase stands ("I lost my job, the calls never stop, I want it all to stop" stays a crisis). Another self-harm
 * phrase counts too.
 */
const DESPAIR: readonly Concept[] = ['selfHarm', 'exhausted', 'lifeVoid', 'burden', 'farewell', 'lastAct', 'distress', 'hardship', 'noMoney', 'life', 'toLive', 'dead', 'betterOff', 'withoutMe', 'died', 'lostAll', 'affairsDone'];

function despairBesides(pack: LanguagePack, loc: Located, sentences: readonly Sentence[]): boolean {
  return sentences.some((x) => DESPAIR.some((c) => conceptMatches(c, pack, x.s).some((m) => x !== loc.sn || (!overlaps(m, loc.parts) && !(m.start <= loc.start && loc.end <= m.end)))));
}

/** Words at most between a device and the phrase it is the subject of ("Mein Laptop WILL nicht mehr aufwachen", "my laptop JUST won't…"). */
const THING_SUBJECT_WORDS = 2;
/** The same, in characters, for packs without spaces ("电脑不想…"). */
const THING_SUBJECT_SPACELESS = 2;

/**
 * A device or piece of software is the subject of the phrase: "Mein Laptop will nicht mehr aufwachen", "my phone just
 * doesn't want to live anymore lol", "datorn vill inte leva längre". The device stands in the phrase's clause at most
 * {@link THING_SUBJECT_WORDS} words before it, and neither a first person ("my phone broke and I…") nor a word that
 * starts a new subject ("…und will nicht mehr", pack `joiner`) stands between them or in the phrase. Pro-drop languages
 * write the writer on the verb ("no quiero vivir"), which a device does not take, so the check is the same everywhere.
 */
function thingIsSubject(pack: LanguagePack, loc: Located): boolean {
  const { sn, start, end } = loc;
  const from = clauseStart(sn, start);
  const things = [...conceptMatches('machine', pack, sn.s), ...conceptMatches('device', pack, sn.s)].filter((m) => m.start >= from && m.end <= start);
  const thing = things.reduce<Match | undefined>((a, m) => (a === undefined || m.end > a.end ? m : a), undefined);
  if (thing === undefined) return false;
  const between = sn.s.slice(thing.end, start).trim();
  const close = pack.spaceless === true ? between.replace(/\s+/gu, '').length <= THING_SUBJECT_SPACELESS : between.split(/\s+/u).filter((w) => w.length > 0).length <= THING_SUBJECT_WORDS;
  if (!close) return false;
  if (findAll(pack.cues.firstPerson, pack, sn.s, thing.end, end).length > 0) return false;
  return !conceptMatches('joiner', pack, sn.s).some((j) => j.start >= thing.end && j.end <= start);
}

/**
 * Whether the self-harm words are not about the writer (the `notTheWriter` guard), with no other hint of despair
 * anywhere in the message ({@link despairBesides}):
 *  - a device is their subject ({@link thingIsSubject});
 *  - they wish for an end ("I want it all to stop", "que tout s'arrête", "dass alles aufhört": the phrase holds an
 *    `endAll` or `ceaseToBe` word) and the sentence, or the one before, names what should stop — mails, notifications,
 *    calls, charges (`nuisance`): "these renewal emails every week, I want it all to stop";
 *  - they say a thing is not needed any more, or given away (`noLongerNeeded`, `handOver`), and the message gives a
 *    replacement as the reason (`newOne`): "can I give my account to my sister? I won't need it anymore since I got a new one".
 * "I'm giving away my things, I won't need them where I'm going" names no replacement; "I want it all to stop" alone names
 * nothing that should stop: both still fire.
 */
function notTheWriter(frame: Frame, pack: LanguagePack, loc: Located, sentences: readonly Sentence[]): boolean {
  const { sn, start, end } = loc;
  const inPhrase = (c: Concept): boolean => conceptMatches(c, pack, sn.s).some((m) => m.start < end && start < m.end);
  const device = thingIsSubject(pack, loc);
  const wishedEnd = !device && (inPhrase('endAll') || inPhrase('ceaseToBe'));
  const at = sentences.indexOf(sn);
  const namedThing = wishedEnd && [sentences[at - 1], sn].some((x) => x !== undefined && conceptMatches('nuisance', pack, x.s).some((m) => outsideFrame(loc, x, m)));
  const notNeeded = !device && !namedThing && (frame.id === 'giving-away-for-good' || inPhrase('noLongerNeeded') || inPhrase('handOver'));
  const replaced = notNeeded && sentences.some((x) => conceptMatches('newOne', pack, x.s).some((m) => outsideFrame(loc, x, m)));
  if (!device && !namedThing && !replaced) return false;
  return !despairBesides(pack, loc, sentences);
}

/** Concepts that disown a charge or tell of an incident: with one, a question about the charge is still a dispute. */
const DISOWNING: readonly Concept[] = ['unauthorised', 'disowned', 'disownedRef', 'neverAgreed', 'hacked', 'someone', 'stolen', 'scamContext', 'unfamiliar'];

/**
 * A charge higher than shown, or twice, asked about with a reason the customer offers themselves (the `offersReason`
 * guard): "why was I charged more than shown? is there a service fee?", "¿por qué me cobraron más? ¿es por el envío?",
 * "为什么多扣了钱？是手续费吗？". The charge's sentence is a question, a question in the message names a fee, tax, shipping,
 * a tip or the exchange rate (`feeReason`), and nothing in the message disowns the charge or tells of an incident. Said
 * as a report ("you overcharged me. is that a fee?") it still fires.
 */
function offersReason(pack: LanguagePack, loc: Located, sentences: readonly Sentence[]): boolean {
  if (!loc.sn.question) return false;
  const offered = sentences.some((x) => x.question && conceptMatches('feeReason', pack, x.s).some((m) => outsideFrame(loc, x, m)));
  return offered && !sentences.some((x) => DISOWNING.some((c) => conceptMatches(c, pack, x.s).length > 0));
}

/**
 * The customer weighs or settles the matter themselves (the `weighedOrExplained` guard, words in ./lang/unwanted-charges.ts):
 *  - the frame's sentence sets its words against their opposite (`legitAlt`: "is this site a scam or legit?", "esta pagina
 *    es una estafa o es de fiar?", "这个网站是骗子还是正规的?"): asking whether something is a scam, not telling of one;
 *  - a later sentence explains the charge away (`explainedAway`: "what is this charge on my bill? oh it's the annual fee,
 *    ok", "что за списание? а, это годовая плата, понятно").
 * Either only when nothing else in the message disowns a charge or tells of an incident ({@link DISOWNING}, paid money
 * out or a party gone): "is it a scam or legit? I paid and the seller blocked me" still fires.
 */
function weighedOrExplained(pack: LanguagePack, loc: Located, sentences: readonly Sentence[]): boolean {
  const weighed = conceptMatches('legitAlt', pack, loc.sn.s).length > 0;
  const at = sentences.indexOf(loc.sn);
  const explained = !weighed && sentences.slice(at + 1).some((x) => conceptMatches('explainedAway', pack, x.s).length > 0);
  if (!weighed && !explained) return false;
  const told: readonly Concept[] = [...DISOWNING, 'paidOut', 'partyGone', 'vanished'];
  return !sentences.some((x) => told.some((c) => conceptMatches(c, pack, x.s).some((m) => outsideFrame(loc, x, m))));
}

/** Harm told anywhere in the message: with it, no fear, piece of news or permission asked silences an incident. */
const HARM_TOLD: readonly Concept[] = ['vanished', 'unauthorised', 'disownedRef', 'lockedOut', 'aftermath', 'partyGone', 'cannotWithdraw', 'paidOut'];

function harmTold(pack: LanguagePack, loc: Located, sentences: readonly Sentence[]): boolean {
  return sentences.some((x) => HARM_TOLD.some((c) => conceptMatches(c, pack, x.s).some((m) => outsideFrame(loc, x, m))));
}

/** The frame's event word (stolen, hacked, got in), or its first word when every slot is a noun. */
function eventOf(loc: Located): Match | undefined {
  return loc.parts.find((p) => p.concept !== undefined && !NOUN_SLOTS.has(p.concept)) ?? loc.parts[0];
}

/**
 * The incident is foreseen or heard of, and the customer asks how to stay safe (the `forewarned` guard, cues in
 * ./lang/asked-not-told.ts): "I'm travelling next week and worried my phone might get stolen, any tips?", "Angst, dass mir
 * das Handy geklaut wird. Tipps?", "다음 주에 휴대폰을 도난당할까 봐 걱정돼요. 팁 있나요?"; "I read that another exchange
 * got hacked, is my account safe?", "Leí que hackearon otro exchange, ¿mi cuenta está segura?". All of:
 *  - the message asks for advice or whether the customer's own things are safe (`safetyAsk`);
 *  - nothing in the message tells of harm done (money gone, shut out, a charge disowned…), nor is the incident's clause recent;
 *  - a fear stands before the event, in its clause or the one before (after it where the verb ends the sentence), with no
 *    sign that the feared thing happened after it (`doneAlready`, a past verb, and for en/de/nl/sv a modal or future is
 *    needed: "worried my account WAS hacked" / "Angst, dass jemand mein Konto gehackt HAT" still fire); or news is told
 *    (`hearsay`) and the incident's clause has no first person: "I heard my account was hacked" still fires.
 */
function forewarned(pack: LanguagePack, loc: Located, sentences: readonly Sentence[]): boolean {
  if (pack.cues.safetyAsk === undefined) return false;
  if (!sentences.some((x) => findAll(pack.cues.safetyAsk, pack, x.s).some((m) => outsideFrame(loc, x, m)))) return false;
  const ev = eventOf(loc);
  if (ev === undefined || harmTold(pack, loc, sentences)) return false;
  if (anyIn(pack.cues.recent, pack, loc.sn.s, clauseStart(loc.sn, ev.start), clauseEnd(loc.sn, ev.end))) return false;
  return feared(pack, loc, ev) || heardOf(pack, loc, ev);
}

/** Packs whose verb ends the clause: a fear or a piece of news comes after the incident ("도난당할까 봐", "hacklendiğini okudum"). */
const VERB_AT_END: ReadonlySet<string> = new Set(VERB_LAST);

function feared(pack: LanguagePack, loc: Located, ev: Match): boolean {
  const { sn } = loc;
  // A fear may share a word with the event ("sợ BỊ trộm": "sợ bị" is the fear, "bị trộm" the theft), not lie inside it.
  const fears = findAll(pack.cues.apprehension, pack, sn.s).filter((m) => !loc.parts.some((p) => p.start <= m.start && m.end <= p.end));
  if (fears.length === 0) return false;
  const cs = clauseStart(sn, ev.start);
  const from = cs > 0 ? clauseStart(sn, cs - 1) : 0;
  const to = clauseEnd(sn, ev.end);
  const past = pack.pastEvent;
  const yn = pack.cues.yesNoQuestion?.past;
  const happened = (a: number, b: number): boolean =>
    anyIn(pack.cues.doneAlready, pack, sn.s, a, b) || anyIn(yn, pack, sn.s, a, b) || (past !== undefined && (pack.spaceless === true ? past.test(sn.s.slice(a, b)) : sn.s.slice(a, b).split(/[^\p{L}\p{M}]+/u).some((w) => w.length > 0 && past.test(w))));
  const before = fears.find((m) => m.start >= from && m.start < ev.start);
  if (before !== undefined) {
    // The modal or future may follow the participle ("dass mir das Handy geklaut WIRD", "gestolen WORDT").
    if (pack.cues.ahead !== undefined && !anyIn(pack.cues.ahead, pack, sn.s, before.end, to)) return false;
    return !happened(before.end, to);
  }
  const after = VERB_AT_END.has(pack.code) ? fears.find((m) => m.start >= ev.end - 1 && m.end <= to) : undefined;
  return after !== undefined && !happened(ev.start, after.start);
}

function heardOf(pack: LanguagePack, loc: Located, ev: Match): boolean {
  const { sn } = loc;
  const heard = findAll(pack.cues.hearsay, pack, sn.s).filter((m) => !overlaps(m, loc.parts));
  // The event's own clause: a phrase that runs on past a comma ("взломали, мой") ends its clause at the comma.
  const [cs, ce] = [clauseStart(sn, ev.start), clauseEnd(sn, ev.start)];
  const verbLast = VERB_AT_END.has(pack.code);
  if (!heard.some((m) => m.end <= ev.start + 1 || (verbLast && m.start >= ev.end - 1 && m.start <= ce))) return false;
  // Whose incident: a first person in its clause (up to the event where the verb ends it) makes it the customer's.
  return findAll(pack.cues.firstPerson, pack, sn.s, cs, verbLast ? ev.end : ce).every((m) => overlaps(m, heard));
}

/**
 * "How do I close an old sub-account but keep the main one?", "Quiero cancelar este pedido pero mantener mi cuenta", "我只想取消
 * 这一单，但还会继续用这个应用": something kept, not negated, while a part is cancelled (the `keepsIt` guard, `keepIt` cues),
 * in a message that is not unhappy. "I can't keep using an app that…" is negated and still counts as leaving.
 */
function keepsIt(pack: LanguagePack, sentences: readonly Sentence[]): boolean {
  // Negated before it ("I can't keep using…"), or after it where the negation follows ("使い続ける理由がない": no reason to keep using).
  const negatedAt = (x: Sentence, m: Match): boolean =>
    anyIn(pack.cues.negation, pack, x.s, Math.max(clauseStart(x, m.start), m.start - NEGATION_REACH), m.start) ||
    anyIn(pack.cues.negationAfter, pack, x.s, m.end, Math.min(clauseEnd(x, m.end), m.end + AFTER_REACH_SPACELESS + 4));
  const kept = sentences.some((x) => findAll(pack.cues.keepIt, pack, x.s).some((m) => !negatedAt(x, m)));
  return kept && messageScore(sentences) >= -LEAVING_MOOD;
}

/**
 * "The driver said his phone was stolen so he was late", "คนขับบอกว่ามือถือเขาโดนขโมย", "Kierowca powiedział, że ukradli mu
 * telefon": a driver, courier or friend telling the customer of their own loss (the `relayed` guard). The teller and the
 * saying stand before the incident (after it where the verb ends the sentence), the incident's words are said of the teller
 * (`theirOwn`: his, su, lui, เขา, -nya), and no first person stands between the saying and the incident ("the driver said
 * MY card was cloned" is the customer's), nor does the message tell of harm done. Family are not tellers here: a customer
 * acting for a relative ("my son said his card was stolen, can you block it?") is still helped by a person.
 */
function relayed(pack: LanguagePack, loc: Located, sentences: readonly Sentence[]): boolean {
  const { sn, start, end } = loc;
  const verbLast = VERB_AT_END.has(pack.code);
  const tellers = findAll(pack.cues.relayed, pack, sn.s).filter((m) => !overlaps(m, loc.parts));
  const teller = tellers.find((m) => m.end <= start + 1) ?? (verbLast ? tellers.find((m) => m.start >= end - 1) : undefined);
  if (teller === undefined) return false;
  const [from, to] = teller.end <= start + 1 ? [teller.end, end] : [clauseStart(sn, start), teller.start];
  if (!anyIn(pack.cues.theirOwn, pack, sn.s, from, Math.min(sn.s.length, to + 4))) return false;
  // Between the saying and the incident ("the driver said MY card…", "外卖员说我的手机…"); after the teller in verb-final order.
  const [ownFrom, ownTo] = teller.end <= start + 1 ? [teller.end, start] : [clauseStart(sn, start), teller.start];
  if (findAll(pack.cues.firstPerson, pack, sn.s, ownFrom, ownTo).some((m) => !overlaps(m, tellers))) return false;
  return !harmTold(pack, loc, sentences);
}

/**
 * "Ich bestelle nie wieder woanders, ihr seid die Besten!", "Nunca más pediré en otra app", "以后再也不用别的外卖了": the vow is
 * never to go ELSEWHERE (a `competitor` word in the vow's clause, no second person there), said in a message that is not
 * unhappy: loyalty, not leaving (the `loyalVow` guard). "I'll never order from you again, I'm going elsewhere" puts the
 * company in the vow and the competitor in another clause: still churn.
 */
function loyalVow(pack: LanguagePack, loc: Located, sentences: readonly Sentence[]): boolean {
  const { sn, start, end } = loc;
  const [from, to] = [clauseStart(sn, start), clauseEnd(sn, end)];
  const elsewhere = conceptMatches('competitor', pack, sn.s).some((m) => m.start >= from && m.end <= to && !overlaps(m, loc.parts));
  return elsewhere && !anyIn(pack.cues.secondPerson, pack, sn.s, from, to) && messageScore(sentences) >= -LEAVING_MOOD;
}

/** How far before "someone" the customer's own adding or inviting may end ("add ANOTHER PERSON", "เพิ่มคนอื่น"). */
const GRANT_REACH = 12;
const GRANT_REACH_SPACELESS = 3;

/**
 * "How do I add a person to my account?", "จะเพิ่มคนอื่นเข้าบัญชีของฉันได้อย่างไร", "Làm thế nào để thêm người khác vào tài
 * khoản?": the customer letting someone in, asked about (the `letsIn` guard, `grantAccess` cues right before the someone
 * word, in a question that names no second person before it and tells of no harm). "Why did you add someone to my
 * account?" names the company; "I added my brother and now my money is gone" tells of harm: both still fire.
 */
function letsIn(frame: Frame, pack: LanguagePack, loc: Located, sentences: readonly Sentence[]): boolean {
  const { sn } = loc;
  const who = loc.parts.find((p) => p.concept === 'someone');
  if (who === undefined || !hasSlotOf(frame, ['someone'])) return false;
  if (!(sn.question || anyIn(pack.cues.question, pack, sn.s))) return false;
  const reach = pack.spaceless === true ? GRANT_REACH_SPACELESS : GRANT_REACH;
  const grant = findAll(pack.cues.grantAccess, pack, sn.s, clauseStart(sn, who.start), who.start + 1).find((m) => m.end <= who.start + 1 && who.start - m.end <= reach);
  if (grant === undefined || anyIn(pack.cues.secondPerson, pack, sn.s, 0, grant.start)) return false;
  return !harmTold(pack, loc, sentences);
}

/** How far after a count its permission may start ("ile razy MOGĘ", "how many times CAN I"), and before it in verb-final or spaceless packs ("可以改几次"). */
const PERMISSION_REACH = 8;

/**
 * "Ile razy mogę zmienić adres?", "how many times can I change my delivery address?": a count followed by the customer's
 * permission, asked calmly and naming no one of the company after it ("how many times can I tell you?"), is a question about a
 * limit (the `mayRepeat` guard, `permission` cues), not a complaint repeated.
 */
function mayRepeat(pack: LanguagePack, loc: Located, sentences: readonly Sentence[]): boolean {
  const { sn, start, end } = loc;
  if (!(sn.question || isQuestion(pack, sn)) || messageScore(sentences) < -LEAVING_MOOD) return false;
  // "how many times can I tell YOU…": the company named in the question makes it a complaint.
  if (anyIn(pack.cues.secondPerson, pack, sn.s, start)) return false;
  const either = pack.spaceless === true || VERB_AT_END.has(pack.code);
  return findAll(pack.cues.permission, pack, sn.s, clauseStart(sn, start), clauseEnd(sn, end)).some(
    (m) => (m.start >= end && m.start - end <= PERMISSION_REACH) || (either && m.end <= start && start - m.end <= PERMISSION_REACH),
  );
}

/**
 * "Wie läuft eine Rückbuchung grundsätzlich ab?", "How does a chargeback work in general?", "一般来说退款要多久？": a question
 * marked as being about how things work (the `inGeneral` guard, `generic` cues in the frame's own clause), with no first person
 * in that clause ("how does MY chargeback work in general?" asks about the customer's own).
 */
function inGeneral(pack: LanguagePack, loc: Located): boolean {
  const { sn, start, end } = loc;
  // In the frame's own clause: "Udělám chargeback, jak obecně funguje…?" tells of the customer's own, then asks.
  if (!sn.question || !anyIn(pack.cues.generic, pack, sn.s, clauseStart(sn, start), clauseEnd(sn, end))) return false;
  const asides = findAll(pack.cues.aside, pack, sn.s);
  return findAll(pack.cues.firstPerson, pack, sn.s, clauseStart(sn, start), clauseEnd(sn, end)).every((m) => overlaps(m, asides));
}

/**
 * Guards in the message's language as well as in the language whose words matched:
 * Dutch vocabulary can match an English sentence ("sim swap"), and then it is the
 * English question form ("what is…?") that tells it is a question.
 */
function guarded(frame: Frame, packs: readonly LanguagePack[], loc: Located, sentences: readonly Sentence[]): boolean {
  const held = packs.some((pack, i) => guardedIn(frame, pack, loc, sentences, i === 0 ? frame.guards : frame.guards.filter((g) => SHARED_GUARDS.has(g) || (pack.lendsGuards as readonly string[] | undefined)?.includes(g) === true)));
  if (held) heldBack?.add(frame.situation);
  return held;
}

/** How far (characters) from a repeat count the customer's own ordering verb makes it a count of orders ({@link guardedIn} 'loyalCount'). */
const LOYAL_COUNT_REACH = 16;

/** A message scoring below minus this is unhappy enough that a how-to question about cancelling is a customer leaving. */
const LEAVING_MOOD = 0.2;

/** The sentiment score of the whole message the frame read (its sentences joined back). */
function messageScore(sentences: readonly Sentence[]): number {
  return sentimentOf(sentences.map((x) => x.s).join('. '));
}

function sentimentOf(text: string): number {
  let v = memo?.scores.get(text);
  if (v === undefined) {
    v = scoreSentiment(text).score;
    memo?.scores.set(text, v);
  }
  return v;
}
const HOW = new Set(HOW_OPENERS);

/**
 * A "how" question word opens the frame's sentence (space-delimited, "¿Cómo…" too), or stands anywhere in it where the
 * question word may come last (spaceless scripts, verb-final packs: "如何注销账户", "hesabımı nasıl kapatırım?").
 */
function howTo(pack: LanguagePack, loc: Located): boolean {
  const { sn } = loc;
  const opener = (w: string, at: number): boolean => HOW.has(w) && (pack.spaceless === true || pack.verbFinal === true || at === 0);
  if (pack.spaceless === true) return HOW_OPENERS.some((h) => h.length > 1 && sn.s.includes(h)) && (sn.question || STEPS_NOUNS.test(sn.s));
  if (!sn.question) return false;
  const text = sn.s.replace(/^[¿¡\s]+/u, '');
  // "how do I", "como faço para", "wie kann ich": the first word; multi-word openers ("lam the nao") as a phrase.
  if (HOW_OPENERS.some((h) => h.includes(' ') && text.startsWith(`${h} `))) return true;
  return text.split(/\s+/u).some((w, i) => opener(w, i));
}

/** How many years back a year named with the incident makes it history ("my father died in 2019"). */
const LONG_PAST_YEARS = 2;
/**
 * A year said as the incident's time, with the preposition or suffix that makes it a date rather than a sum: "in 2019",
 * "im Jahr 2019", "en 2019", "nel 2019", "w 2019", "v roce 2019", "2019年", "2019'da", "في عام 2019", "ב-2019", "в 2019".
 * Not "since 2019" (lasting); a bare number only when it is not round and no currency stands beside it ("ist 2019
 * verstorben", "dog 2019", not "2000 €" or "took 2000").
 */
function longPastYear(clause: string): boolean {
  const now = new Date().getUTCFullYear();
  for (const m of allMatches(/(?<!\d)((?:19|20)\d\d)(?!\d)/gu, clause)) {
    const year = Number(m[1]);
    if (year > now - LONG_PAST_YEARS) continue;
    const before = clause.slice(Math.max(0, m.index - 12), m.index);
    const after = clause.slice(m.index + 4, m.index + 12);
    // A bare number is a year only when it is not round and no currency stands beside it ("ist 2019 verstorben", not "2000 €").
    const bare = year % 10 !== 0 && !/[$€£¥₺₽₩฿]\s?$/u.test(before) && !/^[.,\u2024]?\d|^\s?(?:[$€£¥₺₽₩฿円元원]|eur|euro|usd|dollar|pound|zl|pln|tl|kr|sek|czk|kc|грн|руб|uah|rub|lei|ron|huf|ft|dkk|nok)/u.test(after);
    if (bare) return true;
    if (/(?:^|\s)(?:in|im|im jahr|en|en el|nel|del|em|no ano de|w|v|v roce|i|år|το|στο|в|во|di|tahun|năm|nam|عام|في|سنه|בשנת|ב-?)\s?$/u.test(before) || /^\s?(?:年|'?d[ae](?![\p{L}])|'?t[ae](?![\p{L}])|(?:yılında|yilinda)|г(?:\.|(?![\p{L}]))|году)/u.test(after) || /ב-?$/u.test(before)) return true;
  }
  return false;
}

/** Slots of the frames that tell a scam (see the ignoredScam cues). */
const SCAM_SLOTS: readonly Concept[] = ['scamContext', 'clickedLink', 'fakeParty', 'gaveAway'];
/** How far from the swap word the customer's own "I changed" may stand ("jag har bytt SIM-kort", "I got a new SIM"). */
const OWN_CHANGE_REACH = 12;
/** Situations that are the customer's own act (a threat), negated after the verb in verb-second languages. */
const THREATS: ReadonlySet<Situation> = new Set(['legal', 'regulator', 'churn']);
/** Characters between a threat's last word and a negation after its verb: one short word ("ich kündige ES nicht"). */
const NEGATION_AFTER_VERB_REACH = 6;

/** How far after a switching word "to you" or an in-house option may start ("switching over to you"). */
const TOWARD_US_REACH = 6;
/** How far in characters after a leaving phrase its bound to the day may start ("done with you guys for today"). */
const TIME_BOUND_REACH = 6;

/**
 * "I won't be here on Tuesday", "I'm not going to be around between 2 and 4", "won't be home this weekend, can you hold the
 * parcel?": a bare absence ("not be here", "won't be around") that a day, an hour or an errand follows in its clause is an
 * absence for a delivery or a visit, not a veiled goodbye (round 22). English only; the phrases that carry their own
 * horizon ("won't be here much longer", "next month I won't be here any more") are not bare, "next week" is no day ("don't bother
 * fixing it, I won't be here next week" stays a hint), and the explicit ones are
 * never guarded.
 */
const BARE_ABSENCE = /(?:^|\s)(?:be|being) (?:here|around|home|in)$/u;
const ON_A_DAY = /^[\s,]*(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|on the \d|on \d|at \d|between \d|from \d|until \d|till \d|(?:this|on the|over the) (?:week(?:end)?|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:in|during) the (?:morning|afternoon|evening|day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight for|when (?:the|your) (?:courier|driver|delivery|technician|engineer|plumber|installer|fitter)|for (?:the|my|your) (?:delivery|appointment|visit|installation|inspection|call|collection|pick-?up))(?!\p{L})/u;
/**
 * "Mein Anwalt braucht eine Bestätigung meines Kontostands", "المحامي يحتاج كشف حساب مختوم", "mi abogado necesita una copia
 * del contrato": the customer's own lawyer named, then what the lawyer needs or asks for right after it — an errand for a
 * document, not a claim against the company (round 22). Any other claim word in the message still fires on its own.
 */
const LAWYER_ERRAND = /^[\s,]*(?:needs|asks for|asked for|requires|braucht|benotigt|verlangt|vraagt om|vroeg om|heeft \S+ nodig|a besoin|demande|necesita|pide|pidio|ha bisogno|chiede|precisa|pede|pediu|potrzebuje|prosi o|нужн\S*|просит|يحتاج|يطلب|طلب|需要|が必要)(?!\p{L})/u;
function lawyerErrand(loc: Located): boolean {
  const last = loc.parts[loc.parts.length - 1];
  return last !== undefined && LAWYER_ERRAND.test(loc.sn.s.slice(last.end, last.end + 40));
}

function awayOnADay(pack: LanguagePack, loc: Located): boolean {
  const first = loc.parts[0];
  const last = loc.parts[loc.parts.length - 1];
  if (first === undefined || last === undefined || pack.code !== 'en') return false;
  return BARE_ABSENCE.test(loc.sn.s.slice(first.start, last.end)) && ON_A_DAY.test(loc.sn.s.slice(last.end, last.end + 60));
}

/**
 * Guards another language may contribute. Question forms carry across ("what is…?"
 * in an English message), single-word cues do not: Spanish "no" is Portuguese "in
 * the", Portuguese "se" is Spanish "oneself".
 */
const SHARED_GUARDS: ReadonlySet<Guard> = new Set(['question', 'possibility', 'prevention', 'consequence', 'forewarned', 'keepsIt', 'letsIn', 'mayRepeat', 'inGeneral', 'errand', 'relayed']);

function guardedIn(frame: Frame, pack: LanguagePack, loc: Located, sentences: readonly Sentence[], g: readonly Guard[]): boolean {
  const { sn, end } = loc;
  if (g.includes('negation') && negated(pack, loc)) return true;
  // "ich beschwere mich nicht, ich frage nur", "ik zeg mijn abonnement niet op": a verb-second language negates the
  // customer's own threatened act after the verb.
  if (g.includes('negation') && THREATS.has(frame.situation) && pack.cues.negationAfterVerb !== undefined) {
    const after = findAll(pack.cues.negationAfterVerb, pack, sn.s, end, Math.min(clauseEnd(sn, end), end + NEGATION_AFTER_VERB_REACH + 8));
    if (after.some((m) => m.start - end <= NEGATION_AFTER_VERB_REACH)) return true;
  }
  if (g.includes('incident')) {
    if (sentences.some((x) => INCIDENT.some((c) => conceptMatches(c, pack, x.s).length > 0))) return true;
    // "cancel the card payment", "cancelar el pago con tarjeta", "ödemeyi kartla…": a payment or order named with the card is what is
    // cancelled; the card only says how it was paid.
    const card = loc.parts.find((p) => p.concept === 'cancellable');
    const paid = card !== undefined && slotMatches(['transaction', 'orderThing'], pack, sn.s).some((t) => !overlaps(t, loc.parts) && t.start >= loc.start - 2 && t.start <= card.end + 2);
    if (paid) return true;
  }
  // A frame of one word has no verb to negate: a negation anywhere before it in its clause counts
  // ("je ne vais pas porter plainte auprès du médiateur").
  if (frame.id === 'regulator-named' && g.includes('negation') && anyIn(pack.cues.negation, pack, sn.s, clauseStart(sn, loc.start), loc.start)) return true;
  // The frame's own clause is the question: the last clause of a sentence ending in "?", or a clause opening with a question word.
  if (g.includes('asked') && ((sn.question && clauseEnd(sn, end) === sn.s.length) || isQuestion(pack, { ...sn, question: false }))) return true;
  if ((g.includes('hypothetical') || g.includes('threatCondition')) && hypothetical(pack, loc, g.includes('threatCondition'), FORESEEN_HARDSHIP.has(frame.id))) return true;
  if (g.includes('question') && informational(pack, loc) && !statesExistence(frame, loc)) return true;
  if (g.includes('possibility') && anyIn(pack.cues.possibility, pack, sn.s, 0, Math.max(end, Math.min(sn.s.length, end + 8)))) return true;
  // Verb-final: the possibility is on the verb after the situation ("biri benim adıma hat açabilir mi?"), anywhere in its
  // clause; unless a finished past verb comes first ("फोन चोरी हो गया अब कैसे ब्लॉक करूँ?": a report, then a question).
  if (g.includes('possibility') && pack.verbFinal === true) {
    const past = pack.pastEvent;
    const reported = (to: number): boolean => past !== undefined && sn.s.slice(loc.start, to).split(/[^\p{L}\p{M}]+/u).some((w) => w.length > 0 && past.test(w));
    if (findAll(pack.cues.possibility, pack, sn.s, end, clauseEnd(sn, end)).some((c) => !reported(c.start))) return true;
  }
  // "tôi có bị trừ tiền không?", "账户会被黑吗？": a yes/no question wrapped around the situation asks whether it would
  // happen, unless a past marker inside tells that it did ("đã", "rồi", "了").
  const yn = pack.cues.yesNoQuestion;
  if (g.includes('possibility') && yn !== undefined && sn.question) {
    const [from, to] = [clauseStart(sn, loc.start), clauseEnd(sn, end)];
    // The opener may stand inside the frame's span ("tài khoản của tôi CÓ bị hack không?"), before its last word.
    const last = loc.parts.reduce((a, p) => Math.max(a, p.start), loc.start);
    const open = findAll(yn.open, pack, sn.s, from, last + 1).filter((m) => m.end <= last + 1 && !overlaps(m, loc.parts));
    const close = findAll(yn.close, pack, sn.s, end, to);
    if (open.length > 0 && close.length > 0 && !anyIn(yn.past, pack, sn.s, open[0]?.start ?? from, close[close.length - 1]?.end ?? to)) return true;
  }
  if (g.includes('notice') && anyIn(pack.cues.notice, pack, sn.s, clauseStart(sn, loc.start), clauseEnd(sn, end))) return true;
  if (g.includes('safePlace') && anyIn(pack.cues.safePlace, pack, sn.s, clauseStart(sn, loc.start), clauseEnd(sn, end))) return true;
  if (g.includes('prevention')) {
    const cues = findAll(pack.cues.prevention, pack, sn.s, clauseStart(sn, loc.start), clauseEnd(sn, end));
    // "my friend's WhatsApp asked me for the code": a friend's hijacked account is the one asking, not a third party's
    // incident; a third-party cue right before who asked does not guard.
    const askers = cues.length > 0 ? slotMatches(INSTIGATORS, pack, sn.s) : [];
    const asking = (c: Match): boolean => askers.some((a) => a.start >= c.end && a.start - c.end <= INSTIGATOR_REACH);
    // A cue inside one of the frame's own words ("a 2FA code I didn't ask for") names the thing, not a prevention question.
    const inPart = (c: Match): boolean => loc.parts.some((p) => p.start <= c.start && c.end <= p.end);
    if (cues.some((c) => !asking(c) && !inPart(c))) return true;
  }
  // A question, or a question opener at the start of a clause: "what's the fee?", not "refund me what's left".
  const asks = (): boolean => sn.question || findAll(pack.cues.question, pack, sn.s).some((m) => m.start === 0 || sn.breaks.some((b) => m.start >= b && m.start <= b + 1));
  if (g.includes('consequence') && asks() && anyIn(pack.cues.consequence, pack, sn.s)) return true;
  if (g.includes('resolved') && resolvedIn(pack, sentences, loc)) return true;
  if (g.includes('thirdParty') && thirdPartys(pack, loc, sentences)) return true;
  // "我以为是你们的短信，就点了链接", "공식 문자인 줄 알고 링크를 눌렀어요": a belief the customer acted on (clicked, gave, paid,
  // installed) is how a scam is told, not a fear corrected.
  if (g.includes('mistaken') && !actedOnBelief(frame) && mistakenBelief(pack, loc, sentences)) return true;
  // "do I have to cancel my policy if I move abroad?": what the rules require, asked calmly.
  if (g.includes('obligation') && sn.question && anyIn(pack.cues.obligation, pack, sn.s, clauseStart(sn, loc.start), loc.start) && messageScore(sentences) >= -LEAVING_MOOD) return true;
  // "a phishing email pretending to be you, deleted it without clicking", "someone asked for the code and I didn't give it":
  // the scam was left alone. For the frames of a scam (its message, a link, a fake party, details given).
  if (frame.situation === 'security' && hasSlotOf(frame, SCAM_SLOTS) && sentences.some((x) => anyIn(pack.cues.ignoredScam, pack, x.s))) return true;
  // "jag har bytt SIM-kort", "我换了SIM卡": the customer's own change, told right at the swap word.
  if (g.includes('ownChange')) {
    // A message-wide frame (a dead line, then codes missing) is the customer's own doing if the message says so anywhere
    // ("I put in a new SIM … no codes since", "recharge nahi kiya tha … otp nahi aa raha").
    if (frame.scope === 'message' && sentences.some((x) => anyIn(pack.cues.ownChange, pack, x.s))) return true;
    const swap = loc.parts.find((p) => p.concept === 'swapped') ?? loc.parts[0];
    if (swap !== undefined && findAll(pack.cues.ownChange, pack, sn.s, clauseStart(sn, loc.start), clauseEnd(sn, end)).some((c) => c.end >= swap.start - OWN_CHANGE_REACH && c.start <= swap.end + OWN_CHANGE_REACH)) return true;
  }
  // "cette paperasse va me tuer": the self-harm words inside a phrase that gives them another subject. A comparison with
  // dying ("I'd rather die than …") is not guarded: for self-harm a person reading one hyperbole too many is the safe side.
  if (g.includes('idiom') && findAll(pack.cues.hyperbole, pack, sn.s).some((h) => loc.parts.every((p) => h.start <= p.start && p.end <= h.end))) return true;
  if (g.includes('notTheWriter') && notTheWriter(frame, pack, loc, sentences)) return true;
  if (g.includes('offersReason') && offersReason(pack, loc, sentences)) return true;
  if (g.includes('weighedOrExplained') && weighedOrExplained(pack, loc, sentences)) return true;
  if (g.includes('forewarned') && forewarned(pack, loc, sentences)) return true;
  if (g.includes('keepsIt') && keepsIt(pack, sentences)) return true;
  if (g.includes('letsIn') && letsIn(frame, pack, loc, sentences)) return true;
  if (g.includes('mayRepeat') && mayRepeat(pack, loc, sentences)) return true;
  if (g.includes('inGeneral') && inGeneral(pack, loc)) return true;
  // "I'm off to work", "I'm going with my friends": where the day takes the customer, right after the leaving phrase.
  if (g.includes('errand')) {
    const last = loc.parts[loc.parts.length - 1];
    if (last !== undefined && findAll(pack.cues.errand, pack, sn.s, last.end, clauseEnd(sn, end)).some((m) => m.start - last.end <= TIME_BOUND_REACH)) return true;
  }
  if (g.includes('loyalVow') && loyalVow(pack, loc, sentences)) return true;
  if (g.includes('relayed') && relayed(pack, loc, sentences)) return true;
  // "Mon téléphone est mort", "il mio telefono è morto": a phone or laptop is what died, not a person.
  if (g.includes('deviceDied')) {
    const died = loc.parts.find((p) => p.concept === 'died' || p.concept === 'bereaved' || p.concept === 'diedRef');
    if (died !== undefined && thingIsSubject(pack, { ...loc, start: died.start, end: died.end })) return true;
  }
  // "Je suis fauché ce mois-ci, y a-t-il des codes promo ?": a lack bounded to now (`forNow` in its sentence), a deal asked
  // for in a question (`dealAsk`), and nothing else of money trouble, distress or need in the message.
  if (g.includes('bargain') && anyIn(pack.cues.forNow, pack, sn.s) && sentences.some((x) => x.question && anyIn(pack.cues.dealAsk, pack, x.s))) {
    const more: readonly Concept[] = ['hardship', 'distress', 'noMoney', 'necessity', 'unable', 'needMoney', 'selfHarm'];
    if (!sentences.some((x) => more.some((c) => conceptMatches(c, pack, x.s).some((m) => outsideFrame(loc, x, m))))) return true;
  }
  // "my card was stolen years ago" is history; "a customer since last year, and today someone hacked me" is not.
  if (g.includes('past')) {
    const [from, to] = [clauseStart(sn, loc.start), clauseEnd(sn, end)];
    // "I lost my job last year and since then I can't pay": hardship that has lasted until now is not history.
    const lasting = FORESEEN_HARDSHIP.has(frame.id) && conceptMatches('ongoing', pack, sn.s).length > 0;
    if ((anyIn(pack.cues.past, pack, sn.s, from, to) || longPastYear(sn.s.slice(from, to))) && !anyIn(pack.cues.recent, pack, sn.s, from, to) && !lasting) return true;
  }
  // "How do I close my account?", "como faço para encerrar minha conta?", "如何注销我的账户？": a how-to question about
  // cancelling, with nothing else said against the company, asks for the steps — even of the customer's own account
  // (the first person that makes other questions a case). A reason to leave in the message (anger, a competitor, a
  // vow) is its own frame or the sentiment rule, so only the bare how-to is quiet.
  if (g.includes('howTo') && howTo(pack, loc) && messageScore(sentences) >= -LEAVING_MOOD) return true;
  // "I've ordered three times this week", "drie keer besteld", "ثالث مرة أطلب": the count is of the customer's own orders
  // (./lang/orders-and-wallet.ts `placedOrder`, close to it in its clause), and nothing unhappy is said.
  if (g.includes('loyalCount')) {
    const [from, to] = [Math.max(clauseStart(sn, loc.start), loc.start - LOYAL_COUNT_REACH), Math.min(clauseEnd(sn, end), end + LOYAL_COUNT_REACH)];
    // The order phrase may share a word with the count ("la troisième fois QUE JE commande"), not lie inside it.
    const inside = (m: Match): boolean => loc.parts.some((p) => p.start <= m.start && m.end <= p.end);
    if (conceptMatches('placedOrder', pack, sn.s).some((m) => m.end >= from && m.start <= to && !inside(m)) && messageScore(sentences) >= -LEAVING_MOOD) return true;
  }
  // "can you raise my direct debit without asking me every time?", "kan ni höja mitt autogiro utan att fråga mig varje gång?":
  // consent asked for once and for all, in a question, is a request, not a charge taken without it.
  if (g.includes('standing') && sn.question && conceptMatches('eachTime', pack, sn.s).some((m) => m.start >= loc.start)) return true;
  // "I'm switching to you", "ich wechsle zu euch", "I'm switching to paperless": the move is towards the company or one
  // of its own options, named right after the switching word.
  if (g.includes('towardUs')) {
    const first = loc.parts[0];
    if (first !== undefined && conceptMatches('towardUs', pack, sn.s).some((m) => m.end > first.end && m.start <= first.end + TOWARD_US_REACH)) return true;
  }
  if (g.includes('awayOnADay') && awayOnADay(pack, loc)) return true;
  if (g.includes('lawyerErrand') && lawyerErrand(loc)) return true;
  // "I'm done with you guys for today": the leaving phrase is bounded to the day, right after it in its clause.
  if (g.includes('timeBound')) {
    const last = loc.parts[loc.parts.length - 1];
    if (last !== undefined && conceptMatches('forToday', pack, sn.s).some((m) => m.start >= last.end && m.start <= last.end + TIME_BOUND_REACH && m.end <= clauseEnd(sn, end))) return true;
  }
  // "Ich muss morgen vor Gericht aussagen", "tengo que ir al juzgado mañana": the customer's own appearance (an obligation
  // or a witness's part, with a day or a testimony) and nobody of the company, nor a suing verb, in the sentence.
  if (g.includes('ownHearing') && conceptMatches('ownHearing', pack, sn.s).length > 0 && conceptMatches('hearingDay', pack, sn.s).some((m) => !overlaps(m, loc.parts)) && conceptMatches('opponentUs', pack, sn.s).every((m) => overlaps(m, loc.parts))) return true;
  // "I deleted the app by accident, how do I log back in?", "aus Versehen gelöscht", "不小心删了", "reinstalled it": a removal by
  // mistake, or undone, anywhere in the message, is no leaving.
  if (g.includes('accidental') && sentences.some((x) => conceptMatches('byMistake', pack, x.s).length > 0)) return true;
  // "I'm broke lol, any discounts?", "je suis fauché mdr, vous avez des promos ?": a lack said laughing, in a message that asks.
  if (g.includes('jest') && sentences.some((x) => x.question) && sentences.some((x) => LAUGHTER.test(x.s))) return true;
  // "my wallet is empty, how do I top up?": topping up asked about or wished for anywhere in the message makes the empty
  // wallet the customer's own spending (./lang/wallets-and-lines.ts `topUp`).
  if (g.includes('toppingUp') && sentences.some((x) => conceptMatches('topUp', pack, x.s).length > 0)) return true;
  // "does my policy cover theft of the car?", "deckt die Versicherung Diebstahl ab?": theft named as a noun (the kind of
  // loss, not an event: "my car was stolen, is that covered?" stays a report) and a question of what is covered
  // (./lang/vehicles.ts `coverage`, `theftNoun`) anywhere in the message.
  if (g.includes('coverageAsked') && conceptMatches('theftNoun', pack, sn.s).some((m) => overlaps(m, loc.parts)) && sentences.some((x) => x.question && conceptMatches('coverage', pack, x.s).length > 0)) return true;
  // "I'll tell all my friends how good you are" is praise, not a threat.
  if (g.includes('positive') && messageScore(sentences) > 0.2) return true;
  return false;
}

// ---------- frames

/** A slot's concepts as one key, so frames that list the same concepts in separate arrays share their matches. */
const slotKeys = new WeakMap<readonly Concept[], string>();
function slotKey(slot: Slot): string {
  if (typeof slot === 'string') return slot;
  let key = slotKeys.get(slot);
  if (key === undefined) slotKeys.set(slot, (key = slot.join('|')));
  return key;
}

function slotMatches(slot: Slot, pack: LanguagePack, s: string): readonly Match[] {
  if (memo === null) return slotMatchesOf(slot, pack, s);
  const byText = levelOf(levelOf(memo.slots, slotKey(slot)), pack);
  let known = byText.get(s);
  if (known === undefined) byText.set(s, (known = slotMatchesOf(slot, pack, s)));
  return known;
}

/** Where a concept's words occur in `s` (the list's own matches, read-only); nouns of {@link INFLECTED_NOUNS} with the pack's endings. */
function conceptMatches(c: Concept, pack: LanguagePack, s: string): readonly Match[] {
  const list = conceptList(c, pack);
  if (list === null) return NO_MATCHES;
  // A sentence of the pack knows at once whether the concept's words may be in it (see "concept prefilter").
  const may = memo?.may.get(pack)?.get(s);
  if (may === undefined) return listMatches(list, s);
  const i = CONCEPT_NUMBER.get(c)!;
  return ((may[i >>> 5]! >>> (i & 31)) & 1) === 0 ? NO_MATCHES : listMatches(list, s, true);
}

function slotMatchesOf(slot: Slot, pack: LanguagePack, s: string): readonly Match[] {
  const concepts = typeof slot === 'string' ? [slot] : slot;
  let out: Match[] | null = null;
  for (const c of concepts) {
    for (const m of conceptMatches(c, pack, s)) (out ??= []).push({ start: m.start, end: m.end, concept: c });
  }
  // "£49.99 went out yesterday and I have no idea what it is": a sum of money is a transaction whatever the language calls it.
  if (concepts.includes('transaction')) {
    const found: Match[] = out ?? [];
    for (const m of allMatches(AMOUNT, s)) {
      const a: Match = { start: m.index, end: m.index + m[0].length, concept: 'transaction' };
      if (!overlaps(a, found)) found.push(a);
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    out = found;
  }
  return out ?? NO_MATCHES;
}

/** How many choices of one match per slot a sentence frame tries, tightest first, before it gives the sentence up. */
const MAX_COMBINATIONS = 4;

/**
 * Non-overlapping choices of one match per slot within `maxSpan`, tightest first (at most
 * {@link MAX_COMBINATIONS}, one per distinct set of offsets). With `maxGap`, slots must come in order, each at
 * most `maxGap` characters after the previous. A sentence may hold a frame twice ("me quedé sin trabajo y no
 * puedo pagar"): when the tightest choice is guarded, the next one is still a candidate.
 */
function combinations(lists: readonly (readonly Match[])[], maxSpan: number, maxGap?: number | readonly number[], nestedOk = false): Match[][] {
  const found: Array<{ parts: Match[]; span: number }> = [];
  pickCombinations(lists, maxSpan, maxGap, nestedOk, 0, [], found);
  found.sort((a, b) => a.span - b.span);
  const seen = new Set<string>();
  const out: Match[][] = [];
  for (const { parts } of found) {
    const key = parts.map((p) => `${p.start}-${p.end}`).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(parts);
    if (out.length === MAX_COMBINATIONS) break;
  }
  return out;
}

/** {@link combinations}: every choice for slots `i` on after `chosen`, into `found` (a module function, not a closure made per call). */
function pickCombinations(
  lists: readonly (readonly Match[])[],
  maxSpan: number,
  maxGap: number | readonly number[] | undefined,
  nestedOk: boolean,
  i: number,
  chosen: Match[],
  found: Array<{ parts: Match[]; span: number }>,
): void {
  if (i === lists.length) {
    const start = Math.min(...chosen.map((m) => m.start));
    const end = Math.max(...chosen.map((m) => m.end));
    if (end - start <= maxSpan) found.push({ parts: [...chosen], span: end - start });
    return;
  }
  const prev = chosen[i - 1];
  for (const m of (lists[i] ?? []).slice(0, 8)) {
    if (collides(m, chosen, nestedOk)) continue;
    const step = typeof maxGap === 'number' ? maxGap : maxGap?.[i - 1];
    if (step !== undefined && prev !== undefined && (m.start < prev.end || m.start - prev.end > step)) continue;
    chosen.push(m);
    pickCombinations(lists, maxSpan, maxGap, nestedOk, i + 1, chosen, found);
    chosen.pop();
  }
}

/** Words after a frame's last word before its clause ends, at most ({@link Frame.endsClause}). */
const CLOSING_WORDS = 2;
/** Whether `m` closes its clause: at most {@link CLOSING_WORDS} words after it ("… dat het stopt", not "ich will nicht mehr für dieses Abo zahlen"). */
const closesClause = (sn: Sentence, m: Match, most: number = CLOSING_WORDS): boolean =>
  sn.s.slice(m.end, clauseEnd(sn, m.end)).trim().split(/\s+/u).filter((w) => w.length > 0).length <= most;

/** The first sentence where every slot of `slots` matches within the pack's span and no guard applies. */
function sentenceMatch(frame: Frame, slots: readonly Slot[], pack: LanguagePack, sentences: readonly Sentence[], cuePacks: readonly LanguagePack[]): { sn: Sentence; parts: Match[] } | null {
  const maxSpan = pack.maxSpan ?? (pack.spaceless === true ? MAX_SPAN_SPACELESS : MAX_SPAN);
  const tests = slots.map(slotTestOf);
  for (const sn of sentences) {
    if (!slotsMay(tests, sn.may)) continue;
    const lists: (readonly Match[])[] = [];
    for (const slot of slots) {
      const l = slotMatches(slot, pack, sn.s);
      if (l.length === 0) break;
      lists.push(l);
    }
    if (lists.length < slots.length) continue;
    if (frame.told === true && sn.question) continue;
    const gap = frame.gap === undefined ? undefined : frame.gap[pack.spaceless === true ? 1 : 0];
    // A word that a tighter choice showed negated belongs to that negation: "取消这个订单，但不想注销账号" does not
    // cancel the account with the order's 取消.
    const denied: Match[] = [];
    for (const parts of combinations(lists, maxSpan, pack.ordered?.[frame.id] ?? gap, frame.nested === true)) {
      if (parts.some((p) => denied.some((d) => d.start === p.start && d.end === p.end))) continue;
      // A close frame stays in one clause: "I never had a problem, I'll book again" is not a vow.
      if (gap !== undefined && frame.acrossClauses !== true && new Set(parts.map((p) => clauseStart(sn, p.start))).size > 1) continue;
      const last = parts[parts.length - 1];
      if (frame.endsClause === true && last !== undefined && !closesClause(sn, last, frame.closingWords)) continue;
      const loc: Located = { sn, start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)), parts };
      if (!guarded(frame, cuePacks, loc, sentences)) return { sn, parts };
      if (frame.guards.includes('negation') && negated(pack, loc)) denied.push(...parts);
    }
  }
  return null;
}

/** A sum of money ("150 euro", "€49.99", "300 zł", "2.000 TL"): a transaction whatever the language calls it. */
const AMOUNT = /(?:[$€£¥₺₽₩฿]\s?\d[\d.,\u2024]*|\d[\d.,\u2024]*\s?(?:[$€£¥₺₽₩฿円元원]|eur|euro|euros|usd|dollars?|pounds?|zl|pln|tl|lira|rub|руб\S*|yen|won|baht|бат|rp|vnd|dong|reais|real)(?![\p{L}]))/gu;

/** How far before the act its negation may stand ("never made", "n'ai pas fait", "non ho mai autorizzato"). */
const ACT_NEGATION_REACH = 14;
/** How far after the transaction the negated act may come ("payments to some online casino on my statement that I never made"). */
const ACT_AFTER_TRANSACTION = 64;

/** How far after an order or booking its negated act may come ("orders in my account that I never placed"). */
const ACT_AFTER_ORDER = 24;

/** How close before the negation the customer's "I" must stand when the transaction was named in an earlier sentence. */
const ACT_SUBJECT_REACH = 12;

/**
 * The `disowned-act` frame: the customer says they did not do, order or authorise a transaction.
 *  - in one sentence, a transaction or money word, then within {@link ACT_AFTER_TRANSACTION} characters
 *    a verb of doing with a negation just before it ("payments … that I never made");
 *  - the act first, then the transaction pointed at ("I never gave permission for THIS payment"):
 *    a demonstrative, not an article, so "I haven't made the payment yet" is not a disowning;
 *  - the transaction named in an earlier sentence, then "I didn't buy anything" / "I never agreed to it":
 *    the customer's own "I" just before the negation, and the act ends its clause or points back
 *    ("it", "them", "anything"), so "I made a transfer. I haven't used the app before" is not one.
 * The order matters throughout: the thing, then its disowning.
 */
function disownedAct(frame: Frame, pack: LanguagePack, sentences: readonly Sentence[], cuePacks: readonly LanguagePack[]): string[] | null {
  if (pack.spaceless === true || pack.concepts.doneAct === undefined) return null;
  let seenThing = false;
  for (const sn of sentences) {
    const acts = slotMatches('doneAct', pack, sn.s);
    // A sentence without an act only names the transaction a later one may disown (`seenThing`).
    if (acts.length === 0 && seenThing) continue;
    const things: Match[] = [...slotMatches(['transaction', 'money', 'orderThing'], pack, sn.s), ...allMatches(AMOUNT, sn.s).map((m) => ({ start: m.index, end: m.index + m[0].length }))];
    // "noch nicht eingereicht", "pas encore fait", "not yet filed": not done yet is no disowning.
    const notYet = acts.length === 0 ? [] : findAll(pack.cues.notYet, pack, sn.s);
    const negations = acts.length === 0 ? [] : findAll(pack.cues.negation, pack, sn.s).filter((n) => !notYet.some((y) => y.start <= n.end && y.end >= n.start));
    const subjects = acts.length === 0 ? [] : findAll(pack.cues.firstPerson, pack, sn.s);
    for (const act of acts) {
      const neg = negations.find((n) => n.end <= act.start && act.start - n.end <= ACT_NEGATION_REACH);
      if (neg === undefined) continue;
      // Orders and bookings ("Bestellungen, die ich nicht gemacht habe") only close before the negation, with no "but" between:
      // "a booking for Friday, but I can't make it" is not a disowning.
      const close = (t: Match): boolean => t.concept !== 'orderThing' || (neg.start - t.end <= ACT_AFTER_ORDER && !anyIn(pack.cues.contrast, pack, sn.s, t.end, neg.start));
      let thing: Match | undefined = things.find((t) => t.end <= neg.start && neg.start - t.end <= ACT_AFTER_TRANSACTION && close(t));
      if (thing === undefined) {
        const pointers = findAll(pack.cues.demonstrative, pack, sn.s, act.end, Math.min(sn.s.length, act.end + 24));
        thing = things.find((t) => t.start >= act.end && pointers.some((d) => d.end <= t.start && t.start - d.end <= 12));
      }
      if (thing === undefined && seenThing) {
        // (orders and bookings named in an earlier sentence do not count: see `seenThing` below)
        const own = subjects.some((m) => m.end <= neg.start && neg.start - m.end <= ACT_SUBJECT_REACH);
        const rest = sn.s.slice(act.end, clauseEnd(sn, act.end)).trim();
        const pointsBack = rest.length === 0 || findAll(pack.cues.actObject, pack, rest).some((m) => m.start === 0);
        if (own && pointsBack) thing = { start: neg.start, end: neg.start };
      }
      if (thing === undefined) continue;
      const parts = [thing, neg, act].filter((p) => p.end > p.start);
      const start = Math.min(...parts.map((p) => p.start));
      const end = Math.max(...parts.map((p) => p.end));
      if (!guarded(frame, cuePacks, { sn, start, end, parts }, sentences)) return [...parts].sort((a, b) => a.start - b.start).map((p) => sn.s.slice(p.start, p.end));
    }
    if (things.some((t) => t.concept !== 'orderThing')) seenThing = true;
  }
  return null;
}

/** A frame's matched words in text order. */
function evidenceOf(sn: Sentence, parts: readonly Match[]): string[] {
  return [...parts].sort((a, b) => a.start - b.start).map((p) => sn.s.slice(p.start, p.end));
}

/** Every slot's matches in `sn`, once per sentence (`known`): what a cue word may stand inside ({@link matchFrame}). */
function frameWordsIn(frame: Frame, pack: LanguagePack, sn: Sentence, known: Map<Sentence, Match[]>): Match[] {
  let w = known.get(sn);
  if (w === undefined) known.set(sn, (w = frame.slots.flatMap((slot) => slotMatches(slot, pack, sn.s))));
  return w;
}

/** Whether some sentence of `sns` holds a word of `slot`. */
function slotIn(sns: readonly Sentence[], slot: Slot, pack: LanguagePack): boolean {
  const test = slotTestOf(slot);
  return sns.some((sn) => slotMay(test, sn.may) && slotMatches(slot, pack, sn.s).length > 0);
}

function matchFrame(frame: Frame, pack: LanguagePack, sentences: readonly Sentence[], cuePacks: readonly LanguagePack[]): string[] | null {
  if (frame.id === 'disowned-act') return disownedAct(frame, pack, sentences, cuePacks);

  if (frame.scope !== 'message') {
    const hit = sentenceMatch(frame, frame.slots, pack, sentences, cuePacks);
    return hit === null ? null : evidenceOf(hit.sn, hit.parts);
  }

  // A slot with no word in any sentence cannot be filled, whatever the guards say: the frame fails without them.
  if (!frame.slots.every((slot) => slotIn(sentences, slot, pack))) return null;
  const found: string[] = [];
  const taken = new Map<Sentence, Match[]>();
  const head = frame.together ?? 0;
  if (head > 0) {
    const hit = sentenceMatch(frame, frame.slots.slice(0, head), pack, sentences, cuePacks);
    if (hit === null) return null;
    taken.set(hit.sn, [...hit.parts]);
    found.push(...evidenceOf(hit.sn, hit.parts));
  }
  // A cue word inside another word of the frame is not a cue: Dutch "deed zich voor ALS" is not "if".
  const frameWords = new Map<Sentence, Match[]>();
  for (const slot of frame.slots.slice(head)) {
    let hit: string | undefined;
    for (const sn of sentences) {
      const used = taken.get(sn) ?? [];
      const closing = frame.endsClause === true && slot === frame.slots[frame.slots.length - 1];
      const m = slotMatches(slot, pack, sn.s).find(
        (x) => (frame.overlapping === true || !collides(x, used, frame.nested === true)) && (!closing || closesClause(sn, x, frame.closingWords)) && !(frame.notAlso ?? []).some((c) => conceptMatches(c, pack, sn.s).some((o) => o.start === x.start && o.end === x.end)) && !guarded(frame, cuePacks, { sn, start: x.start, end: x.end, parts: [x, ...frameWordsIn(frame, pack, sn, frameWords).filter((w) => !overlaps(w, [x]))] }, sentences),
      );
      if (m !== undefined) {
        taken.set(sn, [...used, m]);
        hit = sn.s.slice(m.start, m.end);
        break;
      }
    }
    if (hit === undefined) return null;
    found.push(hit);
  }
  return found;
}

// ---------- packs

const PACKS = new Map(LANGUAGE_PACKS.map((p) => [p.code, p]));
/** Customer languages a pack of another code serves: Norwegian Bokmål and Nynorsk (./lang/no.ts), Malay (./lang/id.ts), Filipino (./lang/tl.ts). */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { nb: 'no', nn: 'no', ms: 'id', fil: 'tl' };
const LATIN_PACKS = LANGUAGE_PACKS.filter((p) => p.spaceless !== true && !['ar', 'ru', 'uk', 'he'].includes(p.code)).map((p) => p.code);

/**
 * The packs to run for `text`, most likely language first. The universal pack runs
 * only when no pack's language was recognised.
 */
export function packsFor(text: string, language?: string): LanguagePack[] {
  const guessed = detectLanguages(text);
  const codes = [...guessed];
  const code = language?.toLowerCase().split('-')[0];
  const base = code === undefined ? undefined : (LANGUAGE_ALIASES[code] ?? code);
  if (base !== undefined && PACKS.has(base) && !codes.includes(base)) codes.push(base);
  const latinGuessed = codes.some((c) => LATIN_PACKS.includes(c));
  // A short message with a single function word ("llevo DOS semanas esperando…" reads as Portuguese) is no
  // evidence: every Latin-script pack runs after the guessed ones.
  const weak = latinGuessed && latinEvidence(text) <= 1;
  if ((!latinGuessed || weak) && /\p{Script=Latin}/u.test(text)) codes.push(...LATIN_PACKS);
  if (!codes.includes('en')) codes.push('en');
  const packs = [...new Set(codes)].map((c) => PACKS.get(c)).filter((p): p is LanguagePack => p !== undefined);
  return guessed.length === 0 ? [...packs, UNIVERSAL_PACK] : packs;
}

// ---------- repeated frustration across messages

function cueIn(text: string, packs: readonly LanguagePack[], concepts: readonly Concept[]): boolean {
  return packs.some((pack) =>
    sentencesOf(text, pack).some((sn) => concepts.some((c) => findAll(pack.concepts[c], pack, sn.s).length > 0)),
  );
}

/** How many separate cues of one concept a message holds, in the pack that finds most. */
function cueCount(text: string, packs: readonly LanguagePack[], concept: Concept): number {
  let best = 0;
  for (const pack of packs) {
    let n = 0;
    for (const sn of sentencesOf(text, pack)) {
      let last = -1;
      for (const m of findAll(pack.concepts[concept], pack, sn.s)) {
        if (m.start >= last) n += 1;
        last = Math.max(last, m.end);
      }
    }
    best = Math.max(best, n);
  }
  return best;
}

function tokensOf(text: string): Set<string> {
  const norm = normalizeText(text);
  const words = norm.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  // Spaceless scripts: character bigrams stand in for words.
  const compact = norm.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu, '');
  for (let i = 0; i + 1 < compact.length; i++) words.push(compact.slice(i, i + 2));
  return new Set(words);
}

/** Words long enough to carry a topic (5+ letters), or character bigrams of spaceless scripts. */
function contentWords(text: string): Set<string> {
  return new Set([...tokensOf(text)].filter((w) => w.length >= 5 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(w)));
}

/** Jaccard similarity of two messages' words: the customer asking the same thing again. */
function sameQuestion(a: string, b: string, bTokens?: Set<string>): boolean {
  const x = tokensOf(a);
  const y = bTokens ?? tokensOf(b);
  if (x.size < 3 || y.size < 3) return false;
  let inter = 0;
  for (const w of x) if (y.has(w)) inter += 1;
  return inter / (x.size + y.size - inter) >= 0.6;
}

/** Shortest word that makes two like questions different ones ("son" / "daughter"). */
const PARALLEL_WORD = 3;
/**
 * "How do I add my son?" then "and how do I add my daughter?", "息子を追加するには？" then "娘を追加するには？": the same
 * template asked about another thing is a new question, not the customer asking again. Both calm questions, each with a
 * word (or, in spaceless scripts, a character pair) the other lacks.
 */
function parallelQuestion(a: string, b: string): boolean {
  if (!hasQuestionMark(a) || !hasQuestionMark(b) || unhappy(b)) return false;
  const [x, y] = [tokensOf(a), tokensOf(b)];
  const own = (p: Set<string>, q: Set<string>): boolean => [...p].some((w) => !q.has(w) && (w.length >= PARALLEL_WORD || /[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{N}]/u.test(w)));
  return own(x, y) && own(y, x);
}

/** Negative without being anger ("that didn't help", "this is annoying"), or asking twice ("??"). */
const unhappy = (text: string): boolean => sentimentOf(text) <= -0.2 || /[?？][?？!！]/u.test(text);

/** Characters of a nudge ("still waiting", "sigo esperando", "vẫn đang chờ", "还在等"): a message this short says nothing else. */
const NUDGE_LENGTH = 24;

/** A message that only chases ("hello?", "anyone??", "any update?"): the customer is still waiting. */
const PING = new RegExp(
  `^[¿¡\\s]*(?:${['hello', 'hellooo+', 'hi', 'hey', 'anyone', 'anybody', 'any update', 'any news', 'any answer', 'update', 'still waiting', 'waiting',
    'hallo', 'jemand da', 'hola', 'alguien', 'allo', 'il y a quelqu.un', 'oi', 'alo', 'ola', 'alguem', 'ciao', 'pronto', 'c.e qualcuno',
    'halo', 'ada orang', 'halo kak', 'алло', 'ау', 'есть кто', 'هلا', 'مرحبا', 'الو', 'حد هنا', 'merhaba', 'kimse yok mu',
    'もしもし', 'すみません', '喂', '在吗', '在嗎', '有人吗', '有人嗎', '여보세요', '저기요', 'ฮัลโหล', 'alo', 'co ai khong',
    // "is anyone there?", "did you get that?": the chase said as a question of its own
    'is anyone there', 'anyone there', 'is anybody there', 'is there anyone', 'are you there', 'are you still there', 'did you get that',
    'did you get my message', 'ist da jemand', 'ist jemand da', 'sind sie da', 'bist du da', 'is daar iemand', 'is er iemand', 'hay alguien',
    'hay alguien ahi', 'estas ahi', 'esta ahi', 'vous etes la', 'tu es la', 'ci sei', 'c.e nessuno', 'tem alguem ai',
    'tem alguem', 'voce esta ai', 'jest tam ktos', 'czy ktos tu jest', 'orada misiniz', 'kimse var mi', 'вы тут', 'вы здесь',
    'есть кто живой', 'في احد', 'فيه احد', 'احد موجود', 'いますか', '誰かいますか', '계세요', '아무도없어요', '在不在', '有人在吗',
    'koi hai', 'koi hai kya', 'ada orang nggak'].join('|')})[\\s?？؟!！.…]*$`,
  'u',
);

/** A message at least this warm, with one "again" at most and no failure named, is a thank-you, not a complaint. */
const CLOSING_WARMTH = 0.3;
function closing(text: string, packs: readonly LanguagePack[]): boolean {
  return sentimentOf(text) >= CLOSING_WARMTH && cueCount(text, packs, 'repeat') <= 1 && !cueIn(text, packs, ['futile', 'repeatCount']);
}

/** A message made only of chases ("hello?", "???", "Hello?? Is anyone there?", "الو؟؟ في احد؟"), with a question mark in it (Arabic ؟ too). */
function chasing(text: string): boolean {
  if (!/[?？؟]/u.test(text)) return false;
  const parts = normalizeText(text).split(/(?<=[?？؟!！.…])\s*/u).filter((p) => p.replace(/[\s?？؟!！.…]/gu, '').length > 0);
  // "???" alone is the shortest chase there is.
  return parts.every((p) => PING.test(p));
}

/**
 * Whether an earlier message sounded unhappy or said it was repeating itself (see `sounds` in
 * {@link repeatedFrustration}), by text: each of a conversation's messages is an earlier message of the
 * next five, so it is read once, not five times. A function of the text alone; bounded.
 */
const soundsCache = new Map<string, boolean>();
const SOUNDS_CACHE_MAX = 5_000;

/**
 * Across messages. A follow-up that says the bot failed ("I already asked", "still no
 * answer", "the same link again") after an earlier message; a message that repeats
 * an earlier one; or a weaker repetition cue ("again", "still") when this message or
 * an earlier one sounds unhappy.
 */
function repeatedFrustration(text: string, history: readonly string[], packs: readonly LanguagePack[]): string[] | null {
  const earlier = history.slice(-5).filter((h) => h.trim().length > 0);
  if (earlier.length === 0) return null;
  if (chasing(text)) return ['chasing an answer'];
  const tokens = tokensOf(text);
  const repeated = earlier.find((h) => sameQuestion(h, text, tokens) && !parallelQuestion(h, text));
  if (repeated !== undefined) return ['asked again', normalizeText(repeated).slice(0, 80)];
  // "where is my driver?" → "still waiting": one short nudge after one calm question is a customer waiting, which the
  // bot can answer; the same nudge later in the conversation, longer, counted, or after an unhappy message is not.
  const nudge = earlier.length === 1 && !unhappy(text) && !unhappy(earlier[0] ?? '') && normalizeText(text).replace(/\s+/gu, ' ').trim().length <= NUDGE_LENGTH && !cueIn(text, packs, ['repeatCount']);
  if (!nudge && cueIn(text, packs, ['futile', 'repeatCount'])) return ['follow-up after the bot failed'];
  // "great, thanks again!", "merci encore !", "再次感谢": a warm closing holds "again" and repeats no complaint.
  if (closing(text, packs)) return null;
  // "Still not here, I'm writing again", "toujours le même problème, ça ne marche toujours pas": a follow-up that says
  // twice that nothing moved is a customer going round in circles — unless it is a fresh question the bot can answer.
  if (cueCount(text, packs, 'repeat') >= 2 && (!/[?？]\s*$/u.test(text) || unhappy(text))) return ['still unresolved, said twice'];
  // The third message on one topic ("refund" again), saying it is still not sorted: the bot is not getting there.
  if (earlier.length >= 2 && cueCount(text, packs, 'repeat') >= 1 && (!/[?？]\s*$/u.test(text) || unhappy(text))) {
    const topic = contentWords(text);
    const shared = earlier.find((h) => [...contentWords(h)].some((w) => topic.has(w)));
    if (shared !== undefined) return ['third message on the same topic, still unresolved'];
  }
  // "I need the invoice." → "No, the invoice. For the hotel." → "Why is this so difficult?? I just need the invoice!": the
  // third message on a topic every earlier one named, now impatient — the customer is saying it again, in other words.
  if (earlier.length >= 2 && unhappy(text)) {
    const topic = contentWords(text);
    const running = [...topic].some((w) => earlier.filter((h) => contentWords(h).has(w)).length >= 2);
    if (running) return ['third message on the same topic, now impatient'];
  }
  // An earlier chase ("hello?", "¿hola?", "在吗？") counts: after it, an unhappy message is the customer's patience running out.
  // A warm "thanks again" does not.
  const soundsNow = (t: string): boolean => {
    if (unhappy(t) || chasing(t)) return true;
    const own = packsFor(t);
    return cueIn(t, own, ['futile', 'repeat', 'repeatCount']) && !closing(t, own);
  };
  const sounds = (t: string): boolean => {
    let known = soundsCache.get(t);
    if (known === undefined) {
      known = soundsNow(t);
      if (soundsCache.size >= SOUNDS_CACHE_MAX) soundsCache.clear();
      soundsCache.set(t, known);
    }
    return known;
  };
  const before = earlier.filter(sounds).length;
  if (sounds(text) && before >= 1) return [`unhappy across ${before + 1} messages`];
  return null;
}

// ---------- entry point

/** How many earlier messages a story told over several messages may span. */
const STORY_MESSAGES = 3;
/**
 * Frames of a thing and what happened to it ("account" + "hacked", "card" + "stolen") that may take the thing from the
 * previous message when this one tells the event without naming it ("… my account." / "It was hacked yesterday").
 */
const THING_THEN_EVENT: ReadonlySet<string> = new Set(['account-taken-over', 'stolen-card-or-device', 'lost-card-or-device']);
/** Situations whose message-wide frames also read the earlier messages (see {@link detectSituations}). */
const STORY_SITUATIONS: ReadonlySet<Situation> = new Set(['self_harm', 'security', 'vulnerable']);

/** The frames of {@link THING_THEN_EVENT}, in {@link FRAMES} order. */
const THING_FRAMES: readonly Frame[] = FRAMES.filter((frame) => THING_THEN_EVENT.has(frame.id));

/** A frame with its slots as {@link slotTestOf}. */
interface PlannedFrame {
  frame: Frame;
  /**
   * A frame with a slot whose concepts may occur in no sentence cannot match (see "concept prefilter"), and is not tried.
   * `disowned-act` ({@link disownedAct}) needs only its act: its transaction may also be an order or a sum.
   */
  tests: readonly SlotTest[];
}
const PLANNED: readonly PlannedFrame[] = FRAMES.map((frame) => ({ frame, tests: frame.id === 'disowned-act' ? [slotTestOf('doneAct')] : frame.slots.map(slotTestOf) }));
/** The frames {@link detect} tries on the story with the earlier messages, in {@link FRAMES} order: the message-wide frames (and `disowned-act`) of {@link STORY_SITUATIONS}. */
const STORY_FRAMES: readonly PlannedFrame[] = PLANNED.filter(({ frame }) => STORY_SITUATIONS.has(frame.situation) && (frame.scope === 'message' || frame.id === 'disowned-act'));
/** The frames {@link detect} tries on a message in `pack`, in {@link FRAMES} order: those the pack runs ({@link Frame.notIn}, {@link Frame.onlyIn}). */
const packFrames = new WeakMap<LanguagePack, readonly PlannedFrame[]>();
function framesOf(pack: LanguagePack): readonly PlannedFrame[] {
  let planned = packFrames.get(pack);
  if (planned === undefined) {
    planned = PLANNED.filter(({ frame }) => !frame.notIn?.includes(pack.code) && (frame.onlyIn === undefined || frame.onlyIn.includes(pack.code)));
    packFrames.set(pack, planned);
  }
  return planned;
}

/**
 * Every situation `text` describes (at most one hit per situation, in {@link FRAMES}
 * order). Empty text describes none.
 */
export function detectSituations(text: string, opts: DetectOptions = {}): SituationHit[] {
  if (text.trim().length === 0) return [];
  // A nested call (the story with its history) shares the message's memo.
  const outer = memo;
  const outerHeld = heldBack;
  memo ??= { wordStarts: new Map(), matches: new Map(), sentences: new Map(), normalized: new Map(), may: new Map(), scores: new Map(), slots: new Map() };
  if (opts.held !== undefined) heldBack = opts.held;
  try {
    return detect(text, opts);
  } finally {
    memo = outer;
    heldBack = outerHeld;
  }
}

/**
 * For each pack, the packs whose cues guard its matches in `text`: its own, and the primary language's (the first
 * pack) when both read the text the same way — the same script handling, and no folding that changes this text
 * (Hindi's fold reads Latin loans as Devanagari only in a sentence that has Devanagari). Romanised Hindi read by the
 * English pack ("account hack NAHI hua", "PICHLE MAHINE hack hua tha, THEEK HO GAYA") is then negated, dated and
 * resolved by the Hindi cues. Each fold runs once per text.
 */
function cuePacksIn(text: string, packs: readonly LanguagePack[], known?: LanguagePack): Map<LanguagePack, LanguagePack[]> {
  const n = normalizedSentence(text);
  const keeps = (pack: LanguagePack): boolean => !pack.fold || pack.fold(n) === n;
  // The primary language's, and the customer's known language's ("Co zahrnuje storno poplatek?" is a Czech question about a word
  // the Italian pack reads), when both read the text the same way.
  const lenders = [packs[0], known].filter((p): p is LanguagePack => p !== undefined && keeps(p));
  return new Map(
    packs.map((pack): [LanguagePack, LanguagePack[]] => [
      pack,
      keeps(pack) ? [pack, ...new Set(lenders.filter((l) => l !== pack && l.spaceless === pack.spaceless))] : [pack],
    ]),
  );
}

/** The pack of the customer's known language (BCP 47, aliases as in {@link packsFor}), if there is one. */
function knownPack(language?: string): LanguagePack | undefined {
  const code = language?.toLowerCase().split('-')[0];
  return code === undefined ? undefined : PACKS.get(LANGUAGE_ALIASES[code] ?? code);
}

function detect(text: string, opts: DetectOptions): SituationHit[] {
  const packs = packsFor(text, opts.language);
  const hits = new Map<Situation, SituationHit>();
  // The primary language's cues apply too when both read the text the same way (same script handling, no extra folding).
  const cuesInText = cuePacksIn(text, packs, knownPack(opts.language));
  for (const pack of packs) {
    const sentences = sentencesOf(text, pack);
    if (sentences.length === 0) continue;
    const cuePacks = cuesInText.get(pack)!;
    const may = mayInAny(sentences);
    for (const { frame, tests } of framesOf(pack)) {
      if (hits.has(frame.situation) || !slotsMay(tests, may)) continue;
      const evidence = matchFrame(frame, pack, sentences, cuePacks);
      if (evidence !== null) hits.set(frame.situation, { situation: frame.situation, frame: frame.id, language: pack.code, evidence });
    }
  }
  // A story told over several messages ("my phone has had no service since this morning" … "and now my
  // password was changed"): the message-wide frames of security and vulnerable customers read the last
  // few messages together with this one.
  const recent = (opts.history ?? []).slice(-STORY_MESSAGES).filter((h) => h.trim().length > 0);
  if (recent.length > 0) {
    const story = [...recent, text].join('\n');
    const cuesInStory = cuePacksIn(story, packs, knownPack(opts.language));
    for (const pack of packs) {
      const sentences = sentencesOf(story, pack);
      const cuePacks = cuesInStory.get(pack)!;
      const may = mayInAny(sentences);
      for (const { frame, tests } of STORY_FRAMES) {
        if (hits.has(frame.situation) || !slotsMay(tests, may)) continue;
        const evidence = matchFrame(frame, pack, sentences, cuePacks);
        if (evidence !== null) hits.set(frame.situation, { situation: frame.situation, frame: `${frame.id}+history`, language: pack.code, evidence });
      }
    }
    // "I have a problem with my account." … "It was hacked yesterday" / "Me la han hackeado": the thing named in the
    // message before, what happened to it told now without naming it again.
    const previous = recent[recent.length - 1];
    for (const pack of previous === undefined || hits.has('security') ? [] : packs) {
      const now = sentencesOf(text, pack);
      const before = sentencesOf(previous ?? '', pack);
      const cuePacks = cuesInText.get(pack)!;
      for (const frame of THING_FRAMES) {
        if (hits.has(frame.situation)) continue;
        const [thing, event] = frame.slots;
        if (thing === undefined || event === undefined) continue;
        if (!slotIn(now, event, pack) || slotIn(now, thing, pack) || !slotIn(before, thing, pack)) continue;
        const evidence = matchFrame({ ...frame, scope: 'message' }, pack, [...before, ...now], cuePacks);
        if (evidence !== null) hits.set(frame.situation, { situation: frame.situation, frame: `${frame.id}+history`, language: pack.code, evidence });
      }
    }
  }
  const selfHarm = hits.get('self_harm');
  if (selfHarm !== undefined && !hits.has('vulnerable')) hits.set('vulnerable', { ...selfHarm, situation: 'vulnerable' });
  if (!hits.has('frustration') && opts.history !== undefined) {
    const evidence = repeatedFrustration(text, opts.history, packs);
    if (evidence !== null) hits.set('frustration', { situation: 'frustration', frame: 'repeated-across-messages', language: packs[0]?.code ?? '*', evidence });
  }
  return SITUATIONS.flatMap((s) => {
    const h = hits.get(s);
    return h ? [h] : [];
  });
}
