/**
 * A card, wallet or phone lost just now, in the chat words the packs lacked (round 13; merged into each pack's concepts
 * in ./index.ts, the frames are in ../situations.ts):
 *  - Thai: the colloquial wallet ("กระเป๋าตังค์") and a card, wallet or phone "หาย" (gone) said as one word with it
 *    (`securityStrong`, guarded like every security frame); a bare "หาย" is left out: it ends "เสียหาย" (damaged).
 *  - Vietnamese: southern "làm rớt" (dropped) beside "làm rơi".
 *  - Chinese: "掉在" (dropped in) a taxi, a bus, a restaurant or an airport, as a phone left behind ("手機掉在計程車上"); not
 *    any place: "手机掉在地上" is a phone dropped on the floor.
 */
import type { ConceptTable } from './types.js';

export const LOST_NOW: Readonly<Record<string, ConceptTable>> = {
  th: {
    card: ['กระเป๋าตังค์', 'กระเป๋าตัง'],
    securityStrong: ['กระเป๋าตังค์หาย', 'กระเป๋าตังหาย', 'กระเป๋าสตางค์หาย', 'กระเป๋าเงินหาย', 'บัตรหาย', 'บัตรเครดิตหาย', 'มือถือหาย', 'โทรศัพท์หาย'],
  },
  vi: { lost: ['làm rớt', 'đánh rớt', 'bị rớt mất', 'rớt mất'] },
  zh: { leftBehind: ['掉在计程车上', '掉在計程車上', '掉在出租车上', '掉在出租車上', '掉在车上', '掉在車上', '掉在地铁上', '掉在地鐵上', '掉在捷运上', '掉在捷運上', '掉在公车上', '掉在公車上', '掉在公交车上', '掉在餐厅', '掉在餐廳', '掉在机场', '掉在機場'] },
};
