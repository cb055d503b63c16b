/**
 * Offline translation of questions in another language than the knowledge base:
 * FreeDict word translations (dictd files written here, both directions, inflected
 * forms found by prefix) and the Apertium launcher (a stand-in script here: the
 * routing through Spanish, the file handed over, failures that yield null).
 */
import { chmodSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BilingualLexicon, entryTranslations, pivotSynonyms, transitiveTranslations, translateWord } from '../../src/rag/bilingual.js';
import { ApertiumTranslator } from '../../src/rag/machine-translation.js';
import { writeDict } from '../helpers/dictionaries.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'rag-translation-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('FreeDict entries', () => {
  it('keeps the translations of each sense and drops pronunciation, labels, notes and cross-references', () => {
    const entry = 'Rechnung /ˈʁɛçnʊŋ/ <fem, n, sg>\n1. invoice <n>, bill [Br.]\n2. calculation (maths)\n see: {Rechnungen}\n   Synonyms: {Faktura}\n         Note: of a shop';
    expect(entryTranslations(entry)).toEqual([['invoice', 'bill'], ['calculation']]);
  });
});

describe('BilingualLexicon', () => {
  const dir = path.join(root, 'dictd');
  mkdirSync(dir);
  writeDict(dir, 'spa-eng', [
    ['cancelar /kanθeˈlaɾ/', '1. cancel, call off\n2. pay off'],
    ['póliza /ˈpoliθa/', 'policy, insurance policy'],
    ['coche /ˈkotʃe/', 'car, coach'],
  ]);
  // The other direction: its Spanish translations point back to English headwords.
  writeDict(dir, 'eng-spa', [
    ['refund /ˈriːfʌnd/', 'reembolso, devolución'],
    ['invoice /ˈɪnvɔɪs/', 'factura'],
    ['car /kɑː/', 'automóvil, coche'],
  ]);
  const lexicon = new BilingualLexicon(dir);

  it('translates a headword, accents or not, first sense first', () => {
    const t = lexicon.translate('Póliza', 'es', 'en');
    expect(t.map((x) => x.term)).toEqual(expect.arrayContaining(['policy', 'insurance']));
    expect(lexicon.translate('poliza', 'es', 'en')).toEqual(t);
    const cancel = lexicon.translate('cancelar', 'es', 'en');
    expect(cancel[0]).toMatchObject({ term: 'cancel' });
    expect(cancel.find((x) => x.term === 'pay')!.weight).toBeLessThan(cancel[0]!.weight);
  });

  it('finds an inflected form by its longest shared prefix with a headword, weighted below an exact one', () => {
    const inflected = lexicon.translate('cancelo', 'es', 'en');
    expect(inflected[0]?.term).toBe('cancel');
    expect(inflected[0]!.weight).toBeLessThan(lexicon.translate('cancelar', 'es', 'en')[0]!.weight);
    // Too little shared: nothing rather than a guess.
    expect(lexicon.translate('canto', 'es', 'en')).toEqual([]);
  });

  it('reads the reverse dictionary backwards', () => {
    expect(lexicon.translate('reembolso', 'es', 'en').map((x) => x.term)).toEqual(['refund']);
    expect(lexicon.translate('facturas', 'es', 'en').map((x) => x.term)).toEqual(['invoice']);
    expect(lexicon.translate('refund', 'en', 'es').map((x) => x.term)).toEqual(expect.arrayContaining(['reembolso', 'devolucion']));
  });

  it('finds synonyms through English and back (bilingual pivot), below both translations, never the word itself', () => {
    const synonyms = pivotSynonyms(lexicon, 'coche', 'es');
    expect(synonyms.map((x) => x.term)).toEqual(['automovil']);
    expect(synonyms[0]!.weight).toBeLessThan(lexicon.translate('coche', 'es', 'en')[0]!.weight * lexicon.translate('car', 'en', 'es')[0]!.weight);
    expect(pivotSynonyms(lexicon, 'poliza', 'es')).toEqual([]);
  });

  it('translates nothing for a pair without dictionaries, or a missing folder', () => {
    expect(lexicon.supports('es', 'en')).toBe(true);
    expect(lexicon.supports('fr', 'en')).toBe(false);
    expect(lexicon.translate('facture', 'fr', 'en')).toEqual([]);
    expect(new BilingualLexicon(path.join(root, 'nowhere')).translate('poliza', 'es', 'en')).toEqual([]);
  });
});

describe('transitiveTranslations', () => {
  const dir = path.join(root, 'dictd-transitive');
  mkdirSync(dir);
  writeDict(dir, 'fra-eng', [
    ['facture /fak.tyʁ/', '1. invoice, bill\n2. workmanship'],
    ['vélo /ve.lo/', 'bicycle, bike'],
  ]);
  writeDict(dir, 'eng-deu', [
    ['invoice /ˈɪnvɔɪs/', 'Rechnung, Faktura'],
    ['bill /bɪl/', '1. Rechnung\n2. Schnabel'],
    ['bicycle /ˈbaɪsɪkəl/', 'Fahrrad, Rad'],
  ]);
  const lexicon = new BilingualLexicon(dir);

  it('translates through English when no dictionary joins the two languages, weighted by both steps', () => {
    expect(lexicon.supports('fr', 'de')).toBe(false);
    const t = transitiveTranslations(lexicon, 'facture', 'fr', 'de');
    expect(t[0]).toMatchObject({ term: 'rechnung' });
    expect(t[0]!.weight).toBeLessThan(lexicon.translate('facture', 'fr', 'en')[0]!.weight);
    expect(t.map((x) => x.term)).toEqual(expect.arrayContaining(['faktura']));
    expect(transitiveTranslations(lexicon, 'velos', 'fr', 'de').map((x) => x.term)).toEqual(['fahrrad', 'rad']);
    expect(transitiveTranslations(lexicon, 'inconnu', 'fr', 'de')).toEqual([]);
  });
});

describe('translateWord', () => {
  const dir = path.join(root, 'dictd-direct-and-through-english');
  mkdirSync(dir);
  // A small direct pair that knows one of the two words, and the two English pairs that know both.
  writeDict(dir, 'tur-deu', [['fatura', 'Rechnung']]);
  writeDict(dir, 'tur-eng', [
    ['fatura', 'invoice'],
    ['bisiklet', 'bicycle'],
  ]);
  writeDict(dir, 'eng-deu', [
    ['invoice', 'Faktura'],
    ['bicycle', 'Fahrrad'],
  ]);
  const lexicon = new BilingualLexicon(dir);

  it("takes the direct dictionary's translation of a word it knows, and goes through English for one it does not", () => {
    expect(translateWord(lexicon, 'fatura', 'tr', 'de').map((t) => t.term)).toEqual(['rechnung']);
    const through = translateWord(lexicon, 'bisiklet', 'tr', 'de');
    expect(through.map((t) => t.term)).toEqual(['fahrrad']);
    expect(through[0]!.weight).toBeLessThan(translateWord(lexicon, 'fatura', 'tr', 'de')[0]!.weight);
  });

  it("knows FreeDict's code of Arabic", () => {
    writeDict(dir, 'ara-eng', [['فاتورة', 'invoice, bill']]);
    expect(new BilingualLexicon(dir).translate('فاتورة', 'ar', 'en').map((t) => t.term)).toEqual(['invoice', 'bill']);
  });

  it('never goes through English when either side is English', () => {
    expect(translateWord(lexicon, 'bisiklet', 'tr', 'en').map((t) => t.term)).toEqual(['bicycle']);
    expect(translateWord(lexicon, 'unknown', 'en', 'de')).toEqual([]);
  });
});

describe('ApertiumTranslator', () => {
  const modes = path.join(root, 'modes');
  mkdirSync(modes);
  for (const m of ['spa-eng', 'fr-es', 'eng-spa']) writeFileSync(path.join(modes, `${m}.mode`), '');
  // Stand-in launcher: `apertium -u <mode> <file>` prints the mode and the file's text.
  const fake = path.join(root, 'apertium');
  writeFileSync(fake, '#!/bin/sh\n[ "$1" = "-u" ] || exit 2\nprintf "%s(%s)" "$2" "$(cat "$3")"\n');
  chmodSync(fake, 0o755);

  it('takes a direct pair, or two through Spanish, and nothing else', () => {
    const t = new ApertiumTranslator({ command: fake, modesDir: modes });
    expect(t.route('es', 'en')).toEqual(['spa-eng']);
    expect(t.route('fr', 'en')).toEqual(['fr-es', 'spa-eng']);
    expect(t.route('de', 'en')).toBeNull();
    expect(t.route('en', 'en')).toBeNull();
  });

  it('runs each mode on the previous output', async () => {
    const t = new ApertiumTranslator({ command: fake, modesDir: modes });
    expect(await t.translate('¿dónde está mi factura?', 'es', 'en')).toBe('spa-eng(¿dónde está mi factura?)');
    expect(await t.translate('ma facture', 'fr', 'en')).toBe('spa-eng(fr-es(ma facture))');
    expect(await t.translate('meine Rechnung', 'de', 'en')).toBeNull();
  });

  it('yields null when the launcher is missing, fails or hangs', async () => {
    expect(await new ApertiumTranslator({ command: path.join(root, 'missing'), modesDir: modes }).translate('hola', 'es', 'en')).toBeNull();
    const failing = path.join(root, 'failing');
    writeFileSync(failing, '#!/bin/sh\nexit 1\n');
    chmodSync(failing, 0o755);
    expect(await new ApertiumTranslator({ command: failing, modesDir: modes }).translate('hola', 'es', 'en')).toBeNull();
    const hanging = path.join(root, 'hanging');
    writeFileSync(hanging, '#!/bin/sh\nsleep 30\n');
    chmodSync(hanging, 0o755);
    expect(await new ApertiumTranslator({ command: hanging, modesDir: modes, timeoutMs: 300 }).translate('hola', 'es', 'en')).toBeNull();
    expect(await new ApertiumTranslator({ command: fake, modesDir: path.join(root, 'no-modes') }).translate('hola', 'es', 'en')).toBeNull();
  });
});

describe('segmenting Chinese and Japanese', () => {
  const dir = path.join(root, 'dictd-cjk');
  const generated = path.join(root, 'dictd-generated');
  mkdirSync(dir);
  mkdirSync(generated);
  writeDict(dir, 'jpn-eng', [
    ['注文', 'order'],
    ['注文書', 'order form'],
    ['荷物', 'luggage, parcel'],
    ['届く', 'to arrive'],
    ['が', 'but'],
    ['ない', 'not'],
  ]);
  // CC-CEDICT as scripts/ensure-cjk-dictionary.mjs converts it, in a second folder.
  writeDict(generated, 'zho-eng', [
    ['信用', 'credit\ntrust'],
    ['信用卡', 'credit card'],
    ['卡', 'to block\ncard'],
    ['余额', 'balance'],
  ], 'cedict');
  const lexicon = new BilingualLexicon(`${dir}:${generated}`);

  it('cuts a run into the longest headwords from the left and skips characters no headword starts with', () => {
    expect(lexicon.segment('信用卡余额', 'zh', 'en')).toEqual(['信用卡', '余额']);
    expect(lexicon.segment('我的卡余额', 'zh', 'en')).toEqual(['卡', '余额']);
    expect(lexicon.segment('注文書', 'ja', 'en')).toEqual(['注文書']);
  });

  it('leaves out hiragana pieces of one or two characters (particles, endings)', () => {
    expect(lexicon.segment('注文した荷物が届かない', 'ja', 'en')).toEqual(['注文', '荷物']);
  });

  it('translates one Chinese character as a word, and segments with the English dictionary when the pair has none', () => {
    expect(lexicon.translate('卡', 'zh', 'en').map((t) => t.term)).toEqual(['block', 'card']);
    expect(lexicon.segment('信用卡', 'zh', 'de')).toEqual(['信用卡']);
    expect(new BilingualLexicon(dir).segment('信用卡', 'zh', 'en')).toEqual([]);
  });
});
