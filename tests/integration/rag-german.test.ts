/**
 * A German knowledge base: compounds split against the knowledge base's own
 * vocabulary (a question's compound the articles only write apart, a question's
 * word the articles only write inside a compound), and a French question
 * translated through English, since no French–German dictionary exists.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BilingualLexicon } from '../../src/rag/bilingual.js';
import { createEmbedder } from '../../src/rag/models.js';
import { Retriever } from '../../src/rag/retriever.js';
import { writeDict } from '../helpers/dictionaries.js';
import { indexArticles } from '../helpers/knowledge.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
let tenantId: string;

const ARTICLES = [
  ['Akku laden', '# Akku laden\n\nLaden Sie den Akku nur mit dem mitgelieferten Ladegerät. Die Laufzeit des Akkus hängt von der Temperatur ab.'],
  ['Versand', '# Versand\n\nDie Versandkosten betragen 4,90 Euro. Die Lieferung dauert zwei bis drei Werktage.'],
  ['Rechnung', '# Rechnung\n\nIhre Rechnung finden Sie im Kundenkonto unter Bestellungen.'],
] as const;

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  tenantId = (await h.createTenant('Radladen')).tenantId;
  await indexArticles(h, tenantId, { name: 'Hilfe', language: 'german' }, ARTICLES);
}, 60_000);

afterAll(async () => h?.close());

const noDictionaries = () => new BilingualLexicon(mkdtempSync(path.join(os.tmpdir(), 'no-dict-')));

it('splits a compound the articles write apart into words of theirs', async () => {
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { translator: null, bilingual: noDictionaries() });
  const result = await retriever.retrieveDetailed(tenantId, 'Akkulaufzeit?', { mode: 'text' });
  expect(result.diagnostics.terms).toEqual(expect.arrayContaining(['akkulaufzeit>akku', 'akkulaufzeit>laufzeit']));
  expect(result.chunks[0]?.title).toBe('Akku laden');
  // Known words written together: the responder does not take the question for another language's.
  expect(result.diagnostics.knownWordShare).toBe(1);
  expect((await retriever.retrieveDetailed(tenantId, 'Bremsbelagwechsel?', { mode: 'text' })).diagnostics.knownWordShare).toBe(0);
});

it('finds a word the articles write only inside a compound', async () => {
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { translator: null, bilingual: noDictionaries() });
  const result = await retriever.retrieveDetailed(tenantId, 'Welche Kosten?', { mode: 'text' });
  expect(result.diagnostics.expansions).toContain('kosten→versandkost');
  expect(result.chunks[0]?.title).toBe('Versand');
});

it('translates a French question through English when no French–German dictionary is installed', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dict-'));
  writeDict(dir, 'fra-eng', [['facture', 'invoice, bill']]);
  writeDict(dir, 'eng-deu', [['invoice', 'Rechnung']]);
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { translator: null, bilingual: new BilingualLexicon(dir) });
  const result = await retriever.retrieveDetailed(tenantId, 'Où se trouve ma facture ?');
  expect(result.diagnostics.translations).toContain('facture→rechnung');
  expect(result.chunks[0]?.title).toBe('Rechnung');
});
