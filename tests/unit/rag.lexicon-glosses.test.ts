import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApertiumTranslator, type QuestionTranslator } from '../../src/rag/machine-translation.js';
import { hasLexiconRoute, lexiconTranslations } from '../../src/rag/lexicon-glosses.js';

/** A word lexicon per direct pair, as Apertium's pairs would answer (lemmatised translations, the usual sense first). */
function fakeTranslator(pairs: Record<string, Record<string, string[]>>): QuestionTranslator & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    translate: async () => null,
    hasWordLexicon: (from, to) => `${from}-${to}` in pairs,
    translateWords: async (words, from, to) => {
      asked.push(`${from}-${to}:${words.join(',')}`);
      const lexicon = pairs[`${from}-${to}`] ?? {};
      return new Map(words.filter((w) => lexicon[w]).map((w) => [w, lexicon[w]!]));
    },
  };
}

const APERTIUM_LIKE = {
  // Italian reaches Spanish, Spanish reaches English and Italian: no Italian–English pair (as Debian's Apertium).
  'it-es': { ladri: ['ladrón'], caldaia: ['caldera'], sinistro: ['siniestro', 'izquierdo', 'zurdo'], rotto: ['romper'] },
  'es-en': { ladrón: ['thief'], caldera: ['boiler'], siniestro: ['accident', 'sinister'], izquierdo: ['left'], zurdo: ['lefthanded'], romper: ['break'] },
  'en-es': { thief: ['ladrón'], boiler: ['caldera'] },
  'es-it': { ladrón: ['ladro'], caldera: ['caldaia'] },
  // A direct pair wins over any bridge.
  'pt-en': { caldeira: ['boiler'] },
  'pt-es': { caldeira: ['caldera'] },
};

describe('hasLexiconRoute', () => {
  const t = fakeTranslator(APERTIUM_LIKE);
  it('finds a direct pair, and a pair through Spanish only when chaining is asked for', () => {
    expect(hasLexiconRoute(t, 'pt', 'en', false)).toBe(true);
    expect(hasLexiconRoute(t, 'it', 'en', false)).toBe(false);
    expect(hasLexiconRoute(t, 'it', 'en', true)).toBe(true);
    expect(hasLexiconRoute(t, 'en', 'it', true)).toBe(true);
  });

  it('finds no route where a step is missing, nor from or into the bridge itself, nor within one language', () => {
    expect(hasLexiconRoute(t, 'de', 'en', true)).toBe(false);
    expect(hasLexiconRoute(t, 'it', 'fr', true)).toBe(false);
    expect(hasLexiconRoute(t, 'es', 'fr', true)).toBe(false);
    expect(hasLexiconRoute(t, 'it', 'it', true)).toBe(false);
  });

  it('needs a translator with a word lexicon at all', () => {
    expect(hasLexiconRoute({ translate: async () => null }, 'it', 'en', true)).toBe(false);
  });
});

describe('lexiconTranslations', () => {
  it('chains Italian through Spanish into English, the lemma found on the way', async () => {
    const out = await lexiconTranslations(fakeTranslator(APERTIUM_LIKE), ['ladri', 'caldaia', 'rotto'], 'it', 'en');
    expect(Object.fromEntries(out)).toEqual({ ladri: ['thief'], caldaia: ['boiler'], rotto: ['break'] });
  });

  it('goes on with the first two bridge words only (a third sense drifts)', async () => {
    const out = await lexiconTranslations(fakeTranslator(APERTIUM_LIKE), ['sinistro'], 'it', 'en');
    expect(out.get('sinistro')).toEqual(['accident', 'sinister', 'left']);
    expect(out.get('sinistro')).not.toContain('lefthanded');
  });

  it('chains English into Italian the same way', async () => {
    const out = await lexiconTranslations(fakeTranslator(APERTIUM_LIKE), ['thief', 'boiler', 'roof'], 'en', 'it');
    expect(Object.fromEntries(out)).toEqual({ thief: ['ladro'], boiler: ['caldaia'] });
  });

  it('takes a direct pair without touching the bridge', async () => {
    const t = fakeTranslator(APERTIUM_LIKE);
    const out = await lexiconTranslations(t, ['caldeira'], 'pt', 'en');
    expect(out.get('caldeira')).toEqual(['boiler']);
    expect(t.asked).toEqual(['pt-en:caldeira']);
  });

  it('leaves out a word the first or the second step does not know', async () => {
    const t = fakeTranslator({ 'it-es': { tetto: ['tejado'], grondaia: ['canalón'] }, 'es-en': { tejado: ['roof'] } });
    const out = await lexiconTranslations(t, ['tetto', 'grondaia', 'xyz'], 'it', 'en');
    expect(Object.fromEntries(out)).toEqual({ tetto: ['roof'] });
  });

  it('finds nothing without a route (German has no pair into Spanish here)', async () => {
    const t = fakeTranslator(APERTIUM_LIKE);
    expect((await lexiconTranslations(t, ['Heizung'], 'de', 'en')).size).toBe(0);
    expect(t.asked).toEqual([]);
  });
});

const installed = ['ita-spa', 'spa-eng', 'eng-spa', 'spa-ita'].every((m) => existsSync(`/usr/share/apertium/modes/${m}.mode`));

describe('the installed Apertium pairs', () => {
  it.skipIf(!installed)('gloss inflected Italian words in English through Spanish, and English words in Italian', async () => {
    const real = new ApertiumTranslator();
    expect(hasLexiconRoute(real, 'it', 'en', false)).toBe(false);
    expect(hasLexiconRoute(real, 'it', 'en', true)).toBe(true);
    const en = await lexiconTranslations(real, ['ladri', 'caldaia', 'idraulico'], 'it', 'en');
    expect(en.get('ladri')).toContain('thief');
    expect(en.get('caldaia')).toContain('boiler');
    expect(en.get('idraulico')).toContain('plumber');
    const it = await lexiconTranslations(real, ['boiler', 'thief'], 'en', 'it');
    expect(it.get('boiler')).toContain('caldaia');
  });
});

describe('a pair whose analyser takes a flag', () => {
  it('is read as a word lexicon whatever lt-proc flag the mode gives its analyser (spa-ita writes -a)', () => {
    const modes = mkdtempSync(path.join(os.tmpdir(), 'modes-'));
    writeFileSync(path.join(modes, 'spa-ita.mode'), "lt-proc -a '/pairs/spa-ita.automorf.bin' | apertium-tagger -g $2 '/pairs/spa-ita.prob' | lt-proc -b '/pairs/spa-ita.autobil.bin' | lt-proc $1 '/pairs/spa-ita.autogen.bin'\n");
    writeFileSync(path.join(modes, 'ita-spa.mode'), "lt-proc -w '/pairs/ita-spa.automorf.bin' | cg-proc -w '/pairs/ita-spa.rlx.bin' | lt-proc -b '/pairs/ita-spa.autobil.bin'\n");
    writeFileSync(path.join(modes, 'fr-es.mode'), "lt-proc '/pairs/fr-es.automorf.bin' | apertium-tagger -g $2 '/pairs/fr-es.prob'\n");
    const t = new ApertiumTranslator({ modesDir: modes });
    expect(t.hasWordLexicon('es', 'it')).toBe(true);
    expect(t.hasWordLexicon('it', 'es')).toBe(true);
    // No bilingual dictionary in the pipeline: no word lexicon.
    expect(t.hasWordLexicon('fr', 'es')).toBe(false);
  });
});
