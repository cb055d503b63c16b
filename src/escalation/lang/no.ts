/**
 * Norwegian (Bokmål, with a few Nynorsk words): the vocabulary of ./da.ts, which lists the Norwegian
 * spellings beside the Danish ones, under Norwegian function words. Customer languages "nb" and "nn"
 * also choose this pack (../situations.ts).
 */
import { da, DANO_NORWEGIAN_MARKERS } from './da.js';
import type { LanguagePack } from './types.js';

export const no: LanguagePack = {
  ...da,
  code: 'no',
  // Words Danish and Swedish spell differently (meg/mig, hva/hvad, noen/nogen, takk/tak).
  markers: [...DANO_NORWEGIAN_MARKERS, 'meg', 'deg', 'hva', 'noen', 'noe', 'etter', 'hjelp', 'vennligst', 'blitt', 'mye', 'takk', 'dere', 'sånn', 'ennå', 'når', 'inn', 'ikkje', 'eg', 'kva', 'korleis'],
};
