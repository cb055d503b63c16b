/**
 * The MyThes reader (src/rag/thesaurus.ts) on tiny thesauri written here, in
 * the format of the LibreOffice thesauri Debian installs under /usr/share/mythes,
 * and one look at the real files when they are installed.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SYNONYMS_PER_WORD, parseSenses, Thesaurus, ThesaurusLibrary } from '../../src/rag/thesaurus.js';

let dir: string;

/** Writes `<stem>.dat` and its `.idx` (headword|byte offset, sorted as the packages sort them) in `encoding`. */
function writeThesaurus(stem: string, encoding: 'UTF-8' | 'ISO8859-1', entries: Array<[string, string[]]>): void {
  const enc = (s: string) => Buffer.from(s, encoding === 'UTF-8' ? 'utf8' : 'latin1');
  const parts: Buffer[] = [enc(`${encoding}\n`)];
  const index: string[] = [];
  let offset = parts[0]!.length;
  for (const [word, senses] of entries) {
    const block = enc(`${word}|${senses.length}\n${senses.map((s) => `${s}\n`).join('')}`);
    index.push(`${word}|${offset}`);
    offset += block.length;
    parts.push(block);
  }
  writeFileSync(path.join(dir, `${stem}.dat`), Buffer.concat(parts));
  writeFileSync(path.join(dir, `${stem}.idx`), enc(`${encoding}\n${index.length}\n${[...index].sort().join('\n')}\n`));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mythes-'));
  writeThesaurus('th_fr_FR_v2', 'UTF-8', [
    ['annuler', ['(Verbe)|supprimer|abolir|rendre nul|révoquer', '(Verbe)|effacer|biffer', '(Verbe)|confirmer (antonyme)|maintenir']],
    ['colère', ['(Nom)|fureur|rage|emportement']],
    ['Colère', ['(Nom)|courroux']],
    ['facture', ['(Nom)|note|addition|relevé']],
    ['grand', ['(Antonyme)|petit', '(Adjectif)|vaste|immense']],
    ['rendre nul', ['(Verbe)|annuler']],
    ['renvoyer', ['-|retourner|réexpédier|renvoyer']],
    ['renvoi', ['-|retour']],
    ['renvoyé', ['-|congédié']],
  ]);
  writeThesaurus('th_es_ES_v2', 'ISO8859-1', [
    ['comisión', ['-|tarifa|cargo|porcentaje']],
    ['préstamo', ['-|crédito|anticipo', '-|empréstito']],
  ]);
  writeThesaurus('th_de_DE_v2', 'UTF-8', [['kündigen', Array.from({ length: 6 }, (_, i) => `(Verb)|${Array.from({ length: 6 }, (_, j) => `wort${String.fromCharCode(97 + i)}${String.fromCharCode(97 + j)}`).join('|')}`)]]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Thesaurus', () => {
  it('lists one-word synonyms normalised, the first sense above later ones, without multiword entries or antonyms', () => {
    const fr = new ThesaurusLibrary(dir).get('fr')!;
    const syn = fr.synonyms('annuler');
    expect(syn.map((s) => s.term)).toEqual(['supprimer', 'abolir', 'revoquer', 'effacer', 'biffer', 'maintenir']);
    expect(syn.find((s) => s.term === 'supprimer')!.weight).toBe(0.5);
    expect(syn.find((s) => s.term === 'effacer')!.weight).toBeLessThan(0.5);
    expect(syn.find((s) => s.term === 'maintenir')!.weight).toBeLessThan(syn.find((s) => s.term === 'effacer')!.weight);
    expect(syn.map((s) => s.term)).not.toContain('confirmer');
    expect(fr.synonyms('grand').map((s) => s.term)).toEqual(['vaste', 'immense']);
    // The word itself is no synonym of itself.
    expect(fr.synonyms('renvoyer').map((s) => s.term)).toEqual(['retourner', 'reexpedier']);
  });

  it('finds a headword by its normalised form (accents and case folded, every entry that folds to it)', () => {
    const fr = new ThesaurusLibrary(dir).get('fr')!;
    expect(fr.has('colere')).toBe(true);
    expect(fr.synonyms('colere').map((s) => s.term).sort()).toEqual(['courroux', 'emportement', 'fureur', 'rage']);
    expect(fr.synonyms('inconnu')).toEqual([]);
  });

  it('reads a Latin-1 thesaurus (the encoding named on its first line)', () => {
    const es = new ThesaurusLibrary(dir).get('es')!;
    expect(es.synonyms('comision').map((s) => s.term)).toEqual(['tarifa', 'cargo', 'porcentaje']);
    expect(es.synonyms('prestamo').map((s) => s.term)).toEqual(['credito', 'anticipo', 'emprestito']);
  });

  it('bounds the synonyms of a word with many senses', () => {
    const de = new ThesaurusLibrary(dir).get('de')!;
    const syn = de.synonyms('kundigen');
    expect(syn.length).toBe(MAX_SYNONYMS_PER_WORD);
    expect(syn[0]!.term).toBe('wortaa');
  });

  it('lists the one-word headwords a stem starts, for the caller to stem', () => {
    const fr = new ThesaurusLibrary(dir).get('fr')!;
    expect(fr.lemmaCandidates('renv')).toEqual(['renvoi', 'renvoye', 'renvoyer']);
    expect(fr.lemmaCandidates('renv', 3)).toEqual(['renvoi', 'renvoye']);
    expect(fr.lemmaCandidates('rend')).toEqual([]);
  });

  it('behaves as an empty thesaurus when its files cannot be read', () => {
    const broken = new Thesaurus(path.join(dir, 'gone.idx'), path.join(dir, 'gone.dat'));
    expect(broken.synonyms('annuler')).toEqual([]);
    expect(broken.lemmaCandidates('annul')).toEqual([]);
  });

  it('is null for a language without an installed thesaurus, and for a folder that does not exist', () => {
    expect(new ThesaurusLibrary(dir).get('it')).toBeNull();
    expect(new ThesaurusLibrary(path.join(dir, 'missing')).get('fr')).toBeNull();
  });

  it('parses sense lines: antonym senses and marked synonyms dropped, labels removed', () => {
    expect(parseSenses(['(антоним)|рай', '(синоним)|ад|пекло', '(Verb)|liken (engl.)|mögen|hassen (Antonym)'])).toEqual([
      ['ад', 'пекло'],
      ['liken', 'mögen'],
    ]);
  });
});

describe.skipIf(!existsSync('/usr/share/mythes'))('the installed LibreOffice thesauri', () => {
  it('give one-word synonyms of common words in the languages installed', () => {
    const lib = new ThesaurusLibrary();
    let checked = 0;
    for (const [language, word] of [['fr', 'annuler'], ['es', 'cancelar'], ['de', 'rechnung'], ['it', 'annullare'], ['pt', 'cancelar']] as const) {
      const t: Thesaurus | null = lib.get(language);
      if (!t) continue;
      const syn = t.synonyms(word);
      expect(syn.length, `${language} ${word}`).toBeGreaterThan(0);
      expect(syn.every((s) => /^[\p{L}]+$/u.test(s.term) && s.weight > 0 && s.weight <= 0.5)).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
