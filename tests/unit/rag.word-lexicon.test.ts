/**
 * A machine translator's own bilingual dictionary as a word lexicon
 * (ApertiumTranslator.translateWords: each word's analyses, then the pair's
 * bilingual dictionary, through a stand-in `lt-proc` here and the real one where
 * Apertium's eng-spa pair is installed), the translations it adds to a
 * dictionary's (mergeTranslations), and the English glosses it gives the
 * word-vector ranking of a Spanish knowledge base (glossLookup).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BilingualLexicon } from '../../src/rag/bilingual.js';
import { ApertiumTranslator } from '../../src/rag/machine-translation.js';
import { mergeTranslations } from '../../src/rag/retriever.js';
import { glossLookup, semanticRanking, vectorCoverage } from '../../src/rag/semantic-ranking.js';
import { encodeWordVectors, WordVectors } from '../../src/rag/word-vectors.js';
import { writeDict } from '../helpers/dictionaries.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'rag-word-lexicon-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Modes as Apertium installs them: the pipeline names the pair's analyser and bilingual dictionary. */
const modes = path.join(root, 'modes');
mkdirSync(modes);
writeFileSync(path.join(modes, 'eng-spa.mode'), "lt-proc '/pairs/eng-spa.automorf.bin' | apertium-tagger -g $2 '/pairs/eng-spa.prob' | lt-proc -b '/pairs/eng-spa.autobil.bin' | lt-proc $1 '/pairs/eng-spa.autogen.bin'\n");
writeFileSync(path.join(modes, 'spa-ita.mode'), "lt-proc -w '/pairs/spa-ita.automorf.bin' | cg-proc -w '/pairs/spa-ita.rlx.bin' | lt-proc -b '/pairs/spa-ita.autobil.bin'\n");
writeFileSync(path.join(modes, 'fr-es.mode'), "apertium-destxt | lt-proc '/pairs/fr-es.automorf.bin'\n");

/**
 * Stand-in lt-proc in null-flush mode (`lt-proc -z [-b] <file>`): answers each NUL-terminated block of
 * stdin with its output and a NUL, analysing English words or translating analyses in Apertium's stream
 * format from a few entries.
 */
const fake = path.join(root, 'lt-proc');
writeFileSync(
  fake,
  `#!/usr/bin/env node
const bilingual = process.argv.includes('-b');
const analyses = { refund: ['refund<n><sg>'], cancel: ['cancel<vblex><inf>'], to: ['to<pr>'], gym: ['gym<n><sg>'] };
const translations = { 'refund<n><sg>': ['reembolso<n><m><sg>', 'devolución<n><f><sg>'], 'cancel<vblex><inf>': ['anular<vblex><inf>', 'cancelar<vblex><inf>'] };
let buffer = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => {
  buffer += d;
  for (let i = buffer.indexOf('\\0'); i >= 0; i = buffer.indexOf('\\0')) {
    const block = buffer.slice(0, i);
    buffer = buffer.slice(i + 1);
    const lines = block.split('\\n').filter(Boolean).map((l) => {
      if (!bilingual) return '^' + l + '/' + (analyses[l] ?? ['*' + l]).join('/') + '$';
      const a = l.slice(1, -1);
      return '^' + a + '/' + (translations[a] ?? ['@' + a]).join('/') + '$';
    });
    process.stdout.write(lines.join('\\n') + '\\n\\0');
  }
});
`,
);
chmodSync(fake, 0o755);

describe('a translator\'s word lexicon', () => {
  const t = new ApertiumTranslator({ ltProc: fake, modesDir: modes });

  it('translates each content word through the pair\'s analyser and bilingual dictionary, every translation in order', async () => {
    const found = await t.translateWords(['refund', 'cancel', 'to', 'gym', 'zzz'], 'en', 'es');
    expect(found.get('refund')).toEqual(['reembolso', 'devolución']);
    expect(found.get('cancel')).toEqual(['anular', 'cancelar']);
    // A preposition (closed class), an untranslated analysis (@) and an unknown word (*) give nothing.
    expect([...found.keys()].sort()).toEqual(['cancel', 'refund']);
  });

  it('finds the files a mode names, only for a direct pair whose mode names both', () => {
    expect(t.hasWordLexicon('en', 'es')).toBe(true);
    expect(t.hasWordLexicon('es', 'it')).toBe(true);
    expect(t.hasWordLexicon('fr', 'es')).toBe(false);
    // No mode, and never through Spanish.
    expect(t.hasWordLexicon('en', 'de')).toBe(false);
    expect(t.hasWordLexicon('fr', 'it')).toBe(false);
  });

  it('finds nothing without the pair, or when lt-proc is missing or fails', async () => {
    expect((await t.translateWords(['refund'], 'en', 'de')).size).toBe(0);
    expect((await new ApertiumTranslator({ ltProc: path.join(root, 'missing'), modesDir: modes }).translateWords(['refund'], 'en', 'es')).size).toBe(0);
    const failing = path.join(root, 'failing');
    writeFileSync(failing, '#!/bin/sh\nexit 1\n');
    chmodSync(failing, 0o755);
    expect((await new ApertiumTranslator({ ltProc: failing, modesDir: modes }).translateWords(['refund'], 'en', 'es')).size).toBe(0);
  });

  it('gives up on an lt-proc that does not answer within the timeout, and starts a new one for the next lookup', async () => {
    const hung = path.join(root, 'hung');
    writeFileSync(hung, '#!/bin/sh\nexec sleep 30\n');
    chmodSync(hung, 0o755);
    const slow = new ApertiumTranslator({ ltProc: hung, modesDir: modes, timeoutMs: 200 });
    expect((await slow.translateWords(['refund'], 'en', 'es')).size).toBe(0);
    expect((await slow.translateWords(['cancel'], 'en', 'es')).size).toBe(0);
  });

  it('answers lookups made at the same time each with its own words (one resident process, blocks in order)', async () => {
    const [a, b] = await Promise.all([t.translateWords(['refund'], 'en', 'es'), t.translateWords(['cancel', 'gym'], 'en', 'es')]);
    expect([...a.keys()]).toEqual(['refund']);
    expect([...b.keys()]).toEqual(['cancel']);
  });

  it.skipIf(!existsSync('/usr/share/apertium/modes/eng-spa.mode'))('reads the installed eng-spa pair (English into Spanish and back)', async () => {
    const real = new ApertiumTranslator();
    const en = await real.translateWords(['refund', 'cancelled', 'membership'], 'en', 'es');
    expect(en.get('refund')).toContain('reembolso');
    expect(en.get('cancelled')).toContain('cancelar');
    const es = await real.translateWords(['reembolso', 'contraseña'], 'es', 'en');
    expect(es.get('reembolso')).toContain('repayment');
    expect(es.get('contraseña')).toContain('password');
  });
});

describe('translations merged from two lexicons', () => {
  it('keeps each term once at its higher weight, strongest first, and drops the weakest', () => {
    const merged = mergeTranslations(
      [{ term: 'reembolso', weight: 0.5 }, { term: 'pago', weight: 0.3 }],
      [{ term: 'devolucion', weight: 0.64 }, { term: 'reembolso', weight: 0.8 }, { term: 'vuelta', weight: 0.05 }],
    );
    expect(merged).toEqual([
      { term: 'reembolso', weight: 0.8 },
      { term: 'devolucion', weight: 0.64 },
      { term: 'pago', weight: 0.3 },
    ]);
  });
});

describe('English glosses of a Spanish knowledge base for the word vectors', () => {
  const { vectors: bin, words } = encodeWordVectors([
    { word: 'money', vector: [2.1, 0.7, 0.1, 0.2, -0.1] },
    { word: 'refund', vector: [1.8, 1.1, -0.2, 0.1, 0.2] },
    { word: 'password', vector: [-0.1, 0.2, 1.9, 0.1, 0.6] },
    { word: 'key', vector: [0.1, -0.2, 1.6, 0.3, 0.8] },
  ]);
  const vectors = new WordVectors(bin, words.trimEnd().split('\n'));
  const dir = path.join(root, 'dictd');
  mkdirSync(dir);
  // A small FreeDict pair: it knows "dinero" and "clave", not "reembolso" nor "contrasena".
  writeDict(dir, 'spa-eng', [['dinero', 'money'], ['clave', 'key']]);
  const lexicon = new BilingualLexicon(dir);
  const lexiconGlosses = new Map([['reembolso', ['refund', 'repayment']], ['contrasena', ['password']]]);
  const withLexicon = glossLookup(vectors, lexicon, 'es', { key: 'lexicon', glosses: (w) => lexiconGlosses.get(w) ?? [] });
  const freedictOnly = glossLookup(vectors, lexicon, 'es');
  const rows = [
    { id: 'r1', document_id: 'refunds', text: 'El reembolso llega en cinco días.' },
    { id: 'p1', document_id: 'password', text: 'Cambia la contraseña de acceso.' },
  ];
  const rank = (question: string, lookup: typeof withLexicon) =>
    semanticRanking(vectors, [{ text: question, weight: 1 }], rows, (r) => [r.text], () => 0, undefined, lookup).map((r) => r.document_id);

  it('glosses the words FreeDict lacks from the lexicon, FreeDict first where it has the word', () => {
    expect(withLexicon.rows('reembolso')).toEqual([vectors.id('refund')]);
    expect(withLexicon.rows('clave')).toEqual([vectors.id('key')]);
    expect(freedictOnly.rows('reembolso')).toEqual([]);
    expect(vectorCoverage('reembolso contrasena', withLexicon)).toBe(1);
    expect(vectorCoverage('reembolso contrasena', freedictOnly)).toBe(0);
  });

  it('ranks the article that shares no word with the question by what the words mean', () => {
    expect(rank('quiero mi dinero', withLexicon)[0]).toBe('refunds');
    expect(rank('olvidé la clave', withLexicon)[0]).toBe('password');
    // FreeDict's glosses alone reach neither article's words.
    expect(rank('quiero mi dinero', freedictOnly)).toEqual([]);
  });
});
