/** The language packs, an explicit list: adding a language is adding a file and a line here. */
import { APP_BRANDS, APP_EXITS } from './apps-and-exits.js';
import { ar } from './ar.js';
import { ASKED_NOT_TOLD, type AskedCues } from './asked-not-told.js';
import { MOVING_HOUSE } from './moving-house.js';
import { PRECAUTIONS_ASKED, PRECAUTIONS_MORE } from './precautions-asked.js';
import { LEAVING_MORE, NOT_RENEWING } from './not-renewing.js';
import { SAME_AGAIN } from './same-again.js';
import { LAWYER_LOOKED, DATA_WATCHDOGS } from './lawyer-looked.js';
import { SECTOR_REGULATORS } from './sector-regulators.js';
import { PHISHING_TOLD } from './phishing-told.js';
import { CHARGED_ANYWAY, SWITCHED_OFF_ANYWAY } from './charged-anyway.js';
import { LIFE_BLOWS, LIFE_BLOWS_MORE } from './life-blows.js';
import { AT_RISK } from './at-risk.js';
import { LAWYERS_AND_NOTICES } from './lawyers-and-notices.js';
import { CHARGES_MORE_WORDS, FAKES_AND_RESALE, HELD_DEPOSIT, MORE_THAN_SHOWN, NEVER_AGREED, REFUNDED_ALREADY, RENTED_IT } from './billing-disputes.js';
import { EACH_TIME, FOLLOWED_THE_BAIT, NEVER_ORDERED, OUT_OF_WORK, POSING_AS_STAFF, SWITCHED_ON, WITHOUT_ASKING } from './consent-and-tricks.js';
import { cs } from './cs.js';
import { CODES_STOPPED, POSING_AS_COMPANY } from './dead-lines-and-impostors.js';
import { de } from './de.js';
import { el } from './el.js';
import { en } from './en.js';
import { es } from './es.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { CANNOT_EAT, CANNOT_PAY, IN_THE_RED, LAST_MONEY, NO_FOOD_LEFT, NOTHING_LEFT, PASSED, PLAIN_FOOD, SAID_MANY_TIMES, WAITING_IN_VAIN, WANT_TO_DIE } from './hard-times.js';
import { COURTS_AND_WATCHDOGS, HARD_CHOICES, TOWARD_US, WALKING_OUT } from './hard-choices-and-exits.js';
import { he } from './he.js';
import { hi } from './hi.js';
import { hu } from './hu.js';
import { id } from './id.js';
import { it } from './it.js';
import { FEE_REASONS, NEW_ONE, NUISANCES, THINGS_AS_SUBJECT } from './not-the-writer.js';
import { ACCOUNT_SECURITY, ASSETS_EVERYWHERE, CLAIMS_AND_PAYOUTS, SETTINGS_EVERYWHERE } from './account-security.js';
import { LAST_WORDS, LIFE_AND_DEATH, NO_REASON_TO_GO_ON, SOON_GONE } from './life-and-death.js';
import { LOST_NOW } from './lost-now.js';
import { AT_A_HEIGHT, BALANCE_LEFT, BELONGINGS, DECIDED_TO_END, GONE_UNNOTICED_MORE, I_AM_A_BURDEN, LOST_ALL, LOVED_ONES, MEANS_HOARDED, MORE_WORDS, NOT_NEEDED_MORE, NO_REASON_ON, ONE_WAY, OVER_FOR_ME, TONIGHT, UNNOTICED, WHEN_GONE } from './plans-and-burdens.js';
import { GOODBYES_SAID, HURT_AGAIN, NOT_MUCH_LONGER, SELF_INJURY, VEILED_ENDINGS } from './quiet-despair.js';
import { GIVING_AWAY, HOLDING_ON, LAST_GOODBYE, NO_HOPE_LEFT, QUIET_ENDINGS } from './veiled-goodbyes.js';
import { BOUNDED_AND_OWN_HEARING } from './bounded-and-own-hearing.js';
import { BOGUS_GOODS, NAMED_A_CHEAT, POCKETED, RELEASE_FEE, SWAPPED_RETURN, VANISHED_AFTER_SALE } from './goods-faked.js';
import { CALLED_IT_FRAUD } from './called-it-fraud.js';
import { OTHER_PROVIDER } from './other-provider.js';
import { SIGNED_ELSEWHERE } from './signed-elsewhere.js';
import { URGENT_HARM } from './urgent-harm.js';
import { VULNERABLE_NOW } from './vulnerable-now.js';
import { COVERAGE_ASKED, THEFT_NOUNS, VEHICLES } from './vehicles.js';
import { KEYS_AND_SUPPLIERS } from './keys-and-suppliers.js';
import { BOOKED_AS_ME, CHEATED, FAKE_BOOKING, FINAL_ONE, FROM_NOW_ON, GOING_IN_CIRCLES, HINGLISH, LEAVING, MY_PAPERS, NEVER_SEEN_AGAIN, NO_SUCH_PLACE, PARTY_GONE, PATIENCE, PLAIN_ENGLISH, POSING_AS_US, SAME_PROMISE, SIMPLE_QUESTION, TRIED_EVERYTHING } from './scams-loops-leaving.js';
import { FINANCES_BAD, HOW_WILL_I_PAY, INCOME_SHORT, MONEY_I_LIVE_ON, MONEY_TROUBLE, ONGOING, PLAN_ASK } from './money-trouble.js';
import { ja } from './ja.js';
import { CODE_THEN_GONE, COURIER, LINE_AND_CARD, NOT_MY_ORDERS, ORDERED_IT, ORDERS_DISOWNED, OWN_ORDERS, PAY_AGAIN, SHUT_OUT } from './orders-and-wallet.js';
import { ko } from './ko.js';
import { da } from './da.js';
import { nl } from './nl.js';
import { no } from './no.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ro } from './ro.js';
import { ru } from './ru.js';
import { sv } from './sv.js';
import { th } from './th.js';
import { tl } from './tl.js';
import { tr } from './tr.js';
import { uk } from './uk.js';
import type { Concept, ConceptTable, LanguagePack } from './types.js';
import { universal } from './universal.js';
import { CLONED, MERCHANT_UNKNOWN, MOVED_OUT, REFUND_PROMISED, RENEWED_ANYWAY, SUPPOSED_STAFF, SWITCHED_OVER, WEIGHED_OR_EXPLAINED } from './unwanted-charges.js';
import { vi } from './vi.js';
import { CODE_HANDED, HANDED_AND_PROMISED, LINE_DIED_SUDDENLY, NEVER_CAME, OTHER_SIDE, SELLER_SILENT, SENT_TO_UNKNOWN, TOPPING_UP, WALLET_DRAINERS, WALLET_EMPTIED } from './wallets-and-lines.js';
import { zh } from './zh.js';

type SharedTable = Readonly<Record<string, ConceptTable>>;

/** A pack with the words of a shared table (./life-and-death.ts, ./veiled-goodbyes.ts, ./account-security.ts, ./money-trouble.ts, ./not-the-writer.ts) added to its own, concept by concept. */
function withTable(pack: LanguagePack, table: SharedTable): LanguagePack {
  const extra = table[pack.code];
  if (!extra) return pack;
  const concepts: ConceptTable = { ...pack.concepts };
  for (const [concept, words] of Object.entries(extra) as Array<[Concept, readonly string[]]>) concepts[concept] = [...(concepts[concept] ?? []), ...words];
  return { ...pack, concepts };
}

/** The shared tables, merged into every pack in this order. */
const SHARED_TABLES: readonly SharedTable[] = [
  LIFE_AND_DEATH, SOON_GONE, LAST_WORDS, NO_REASON_TO_GO_ON, GIVING_AWAY, LAST_GOODBYE, QUIET_ENDINGS, HOLDING_ON, NO_HOPE_LEFT, SELF_INJURY, HURT_AGAIN, NOT_MUCH_LONGER, GOODBYES_SAID, MEANS_HOARDED, NO_REASON_ON, BELONGINGS, I_AM_A_BURDEN, LOST_ALL, LOVED_ONES, UNNOTICED, TONIGHT, MORE_WORDS, DECIDED_TO_END, AT_A_HEIGHT, ONE_WAY, GONE_UNNOTICED_MORE, OVER_FOR_ME, BALANCE_LEFT, NOT_NEEDED_MORE, WHEN_GONE, LOST_NOW, ACCOUNT_SECURITY, CLAIMS_AND_PAYOUTS, MONEY_TROUBLE, HOW_WILL_I_PAY, MONEY_I_LIVE_ON, FINANCES_BAD, INCOME_SHORT, ONGOING, PLAN_ASK,
  CHEATED, FAKE_BOOKING, PARTY_GONE, BOOKED_AS_ME, MY_PAPERS, NO_SUCH_PLACE, FINAL_ONE, FROM_NOW_ON, LEAVING, GOING_IN_CIRCLES, TRIED_EVERYTHING, PATIENCE, SIMPLE_QUESTION, PLAIN_ENGLISH, HINGLISH, SAME_PROMISE, NEVER_SEEN_AGAIN, POSING_AS_US,
  ORDERED_IT, ORDERS_DISOWNED, SHUT_OUT, COURIER, PAY_AGAIN, CODE_THEN_GONE, OWN_ORDERS, NOT_MY_ORDERS, LINE_AND_CARD, NOTHING_LEFT, LAST_MONEY, CANNOT_EAT, NO_FOOD_LEFT, CANNOT_PAY, IN_THE_RED, PASSED, PLAIN_FOOD, WANT_TO_DIE, SAID_MANY_TIMES, WAITING_IN_VAIN,
  HELD_DEPOSIT, MORE_THAN_SHOWN, NEVER_AGREED, CHARGES_MORE_WORDS, FAKES_AND_RESALE, RENTED_IT,
  THINGS_AS_SUBJECT, NUISANCES, NEW_ONE, FEE_REASONS,
  WITHOUT_ASKING, EACH_TIME, SWITCHED_ON, NEVER_ORDERED, POSING_AS_STAFF, FOLLOWED_THE_BAIT, OUT_OF_WORK,
  CODES_STOPPED, POSING_AS_COMPANY,
  HARD_CHOICES, WALKING_OUT, COURTS_AND_WATCHDOGS, TOWARD_US, BOUNDED_AND_OWN_HEARING,
  RENEWED_ANYWAY, REFUND_PROMISED, MERCHANT_UNKNOWN, CLONED, SWITCHED_OVER, SUPPOSED_STAFF, MOVED_OUT, WEIGHED_OR_EXPLAINED,
  SENT_TO_UNKNOWN, LINE_DIED_SUDDENLY, SELLER_SILENT, CODE_HANDED, NEVER_CAME, OTHER_SIDE, WALLET_DRAINERS, HANDED_AND_PROMISED, WALLET_EMPTIED, TOPPING_UP,
  APP_EXITS, LAWYERS_AND_NOTICES,
  BOGUS_GOODS, POCKETED, VANISHED_AFTER_SALE, NAMED_A_CHEAT, RELEASE_FEE, SWAPPED_RETURN,
  CALLED_IT_FRAUD, OTHER_PROVIDER, VEHICLES, COVERAGE_ASKED, THEFT_NOUNS, KEYS_AND_SUPPLIERS, NOT_RENEWING, SAME_AGAIN, LAWYER_LOOKED, CHARGED_ANYWAY, LIFE_BLOWS, AT_RISK, DATA_WATCHDOGS, SECTOR_REGULATORS, LIFE_BLOWS_MORE, VEILED_ENDINGS, PHISHING_TOLD, SWITCHED_OFF_ANYWAY, LEAVING_MORE, SIGNED_ELSEWHERE, URGENT_HARM, VULNERABLE_NOW,
];

/** A pack with the resolution cues of ./billing-disputes.ts ("already refunded") added to its own. */
function withRefunded(pack: LanguagePack): LanguagePack {
  const extra = REFUNDED_ALREADY[pack.code];
  return extra ? { ...pack, cues: { ...pack.cues, resolved: [...pack.cues.resolved, ...extra] } } : pack;
}

type CueTable = Readonly<Record<string, Partial<AskedCues>>>;

/** A pack with the cues of a cue table (fears, news, advice asked, things kept, permission, asides…) added to its own. */
function withAsked(pack: LanguagePack, table: CueTable): LanguagePack {
  const extra = table[pack.code];
  if (!extra) return pack;
  const cues = { ...pack.cues };
  for (const [cue, words] of Object.entries(extra) as Array<[keyof typeof extra, readonly string[]]>) cues[cue] = [...(cues[cue] ?? []), ...words];
  return { ...pack, cues };
}

/** The cue tables, merged into every pack in this order: ./asked-not-told.ts, ./moving-house.ts, ./precautions-asked.ts (two). */
const CUE_TABLES: readonly CueTable[] = [ASKED_NOT_TOLD, MOVING_HOUSE, PRECAUTIONS_ASKED, PRECAUTIONS_MORE];

export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, de, es, fr, pt, it, nl, pl, tr, ar, ru, ja, zh, ko, th, id, vi, sv, el, hi, uk, cs, ro, he, hu, da, no, fi, tl].map((pack) =>
  // Security settings and crypto assets are account and money words in every language; app brands a rival in every language.
  CUE_TABLES.reduce(withAsked, withRefunded(withTable(SHARED_TABLES.reduce(withTable, pack), { [pack.code]: { account: SETTINGS_EVERYWHERE, money: ASSETS_EVERYWHERE, rivalApp: APP_BRANDS } }))),
);

export const UNIVERSAL_PACK: LanguagePack = universal;
