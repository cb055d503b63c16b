/**
 * Word-list language identification (src/rag/language.ts refineLanguageByLexicon) and the Welsh dictionary
 * lookups it relies on (src/rag/bilingual.ts: headwordShare, welshRadicals): short questions fool the n-gram
 * detector, and Welsh is a language it does not know at all.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BilingualLexicon, welshRadicals } from '../../src/rag/bilingual.js';
import { detectLanguageCandidates, refineLanguageByLexicon } from '../../src/rag/language.js';
import { writeDict } from '../helpers/dictionaries.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'rag-language-lexicon-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('refineLanguageByLexicon', () => {
  const shares = (table: Record<string, number | null>) => (code: string) => (code in table ? table[code]! : null);

  it('takes the language whose dictionary knows most of the words when the detector is unsure', () => {
    const refined = refineLanguageByLexicon({ code: 'es', confidence: 0.01 }, [{ code: 'es' }, { code: 'pt' }, { code: 'it' }], shares({ es: 0.5, pt: 0.83, it: 0.33 }));
    expect(refined.code).toBe('pt');
    expect(refined.confidence).toBeCloseTo(0.83);
  });

  it('overrules a sure detector only by a wide margin', () => {
    // Welsh read as Portuguese with full confidence: one word is also a Portuguese headword ("mae"), five Welsh ones.
    expect(refineLanguageByLexicon({ code: 'pt', confidence: 1 }, [{ code: 'pt' }], shares({ pt: 0.17, cy: 0.83 })).code).toBe('cy');
    // A Spanish question whose words Portuguese shares: close shares leave the detector's choice.
    expect(refineLanguageByLexicon({ code: 'es', confidence: 0.9 }, [{ code: 'es' }, { code: 'pt' }], shares({ es: 0.6, pt: 0.8 })).code).toBe('es');
    expect(refineLanguageByLexicon({ code: 'de', confidence: 0.9 }, [{ code: 'de' }, { code: 'nl' }], shares({ de: 0.2, nl: 0.55 })).code).toBe('de');
  });

  it('never switches to a language without dictionaries, nor on a few known words', () => {
    expect(refineLanguageByLexicon({ code: 'ro', confidence: 0.76 }, [{ code: 'ro' }, { code: 'fr' }], shares({ fr: 0.43 })).code).toBe('ro');
    expect(refineLanguageByLexicon({ code: 'fr', confidence: 0.04 }, [{ code: 'fr' }, { code: 'pl' }], shares({ fr: 0.2, pl: 0.4, cy: 0.33 })).code).toBe('fr');
    expect(refineLanguageByLexicon({ code: 'it', confidence: 0.3 }, [{ code: 'it' }], () => null)).toEqual({ code: 'it', confidence: 0.3 });
  });

  it("ranks the detector's candidates, a script-decided language alone", () => {
    expect(detectLanguageCandidates('Como altero o meu número de telemóvel?').map((c) => c.code)).toEqual(expect.arrayContaining(['pt', 'es']));
    expect(detectLanguageCandidates('パスワードを忘れました')).toEqual([{ code: 'ja', score: 1 }]);
    expect(detectLanguageCandidates('?!')).toEqual([]);
  });
});

describe('Welsh dictionary lookups', () => {
  const dir = path.join(root, 'dictd');
  mkdirSync(dir);
  writeDict(dir, 'cym-eng', [
    ['costio', 'cost'],
    ['pris', 'price'],
    ['talu', 'pay'],
    ['tocyn', 'ticket'],
    ['newid', 'change'],
    ['rhif', 'number'],
    ['llun', 'picture'],
    ['beic', 'bicycle'],
    ['gardd', 'garden'],
  ]);
  const lexicon = new BilingualLexicon(dir);

  it('undoes soft, nasal and aspirate mutations to find the dictionary form', () => {
    expect(lexicon.translate('gostio', 'cy', 'en')[0]?.term).toBe('cost'); // yn gostio
    expect(lexicon.translate('bris', 'cy', 'en')[0]?.term).toBe('price'); // ei bris
    expect(lexicon.translate('phris', 'cy', 'en')[0]?.term).toBe('price'); // ei phris
    expect(lexicon.translate('dalu', 'cy', 'en')[0]?.term).toBe('pay'); // i dalu
    expect(lexicon.translate('nhocyn', 'cy', 'en')[0]?.term).toBe('ticket'); // fy nhocyn
    expect(lexicon.translate('lun', 'cy', 'en')[0]?.term).toBe('picture'); // ei lun
    expect(lexicon.translate('feic', 'cy', 'en')[0]?.term).toBe('bicycle'); // ei feic
    expect(lexicon.translate('ardd', 'cy', 'en')[0]?.term).toBe('garden'); // yr ardd
    // Radical forms are found as they are, at the weight of an exact headword.
    expect(lexicon.translate('newid', 'cy', 'en')).toEqual([{ term: 'change', weight: 0.8 }]);
  });

  it('guesses only at the start of a word, and never for other languages', () => {
    expect(welshRadicals('gostio')).toContain('costio');
    expect(welshRadicals('tocyn')).toEqual([]);
    expect(lexicon.translate('gostau', 'cy', 'en')).toEqual([]);
    const spanish = path.join(root, 'es');
    mkdirSync(spanish);
    writeDict(spanish, 'spa-eng', [['costar', 'cost']]);
    // "gostar" (to like) is not a mutated "costar" in Spanish.
    expect(new BilingualLexicon(spanish).translate('gostar', 'es', 'en')).toEqual([]);
  });

  it("counts the share of a question's words that are headwords, radicals included, prefixes not", () => {
    expect(lexicon.headwordShare(['Faint', 'mae', 'tocyn', 'yn', 'gostio'], 'cy', 'en')).toBeCloseTo(2 / 5);
    expect(lexicon.headwordShare(['newidiadau'], 'cy', 'en')).toBe(0);
    expect(lexicon.headwordShare([], 'cy', 'en')).toBe(0);
    expect(lexicon.headwordShare(['tocyn'], 'ga', 'en')).toBeNull();
  });
});
