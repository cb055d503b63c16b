/**
 * A Spanish knowledge base with a machine translator that has a word lexicon
 * (QuestionTranslator.translateWords; Apertium's own dictionaries in
 * production, a stand-in here): a Japanese question's English glosses reach the
 * Spanish words FreeDict's small English–Spanish dictionary lacks, and the
 * word-vector ranking reads the articles' words through the lexicon's English
 * glosses, so an article sharing no word with the question is found.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BilingualLexicon } from '../../src/rag/bilingual.js';
import type { QuestionTranslator } from '../../src/rag/machine-translation.js';
import { createEmbedder } from '../../src/rag/models.js';
import { Retriever } from '../../src/rag/retriever.js';
import { encodeWordVectors, WordVectors } from '../../src/rag/word-vectors.js';
import { writeDict } from '../helpers/dictionaries.js';
import { indexArticles } from '../helpers/knowledge.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
let tenantId: string;

const ARTICLES = [
  ['Reembolso de la cuota', '# Reembolso de la cuota\n\nSi pagaste dos veces, pedimos el reembolso al banco. El reembolso llega en cinco días hábiles.'],
  ['Cambiar la contraseña', '# Cambiar la contraseña\n\nEntra en la aplicación, abre el perfil y elige una contraseña nueva de ocho caracteres.'],
  ['Horario de las salas', '# Horario de las salas\n\nLas salas abren de lunes a viernes de seis a once y los sábados de ocho a ocho.'],
] as const;

/** No whole-question translation; a few entries of a word lexicon both ways between English and Spanish. */
class LexiconTranslator implements QuestionTranslator {
  readonly asked: Array<[string, string]> = [];
  private readonly entries: Record<string, Record<string, string[]>> = {
    'en-es': { refund: ['reembolso', 'devolución'], password: ['contraseña'] },
    'es-en': { reembolso: ['refund'], contraseña: ['password'] },
  };
  async translate(): Promise<string | null> {
    return null;
  }
  async translateWords(words: readonly string[], from: string, to: string): Promise<Map<string, string[]>> {
    this.asked.push([from, to]);
    const entries = this.entries[`${from}-${to}`] ?? {};
    return new Map(words.filter((w) => entries[w]).map((w) => [w, entries[w]!]));
  }
  hasWordLexicon(from: string, to: string): boolean {
    return `${from}-${to}` in this.entries;
  }
}

/** The same translator without a word lexicon. */
class PlainTranslator implements QuestionTranslator {
  async translate(): Promise<string | null> {
    return null;
  }
}

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  tenantId = (await h.createTenant('Gimnasio')).tenantId;
  await indexArticles(h, tenantId, { name: 'Ayuda', language: 'spanish' }, ARTICLES);
}, 60_000);

afterAll(async () => h?.close());

it('translates a Japanese question into Spanish words through English and the lexicon where FreeDict has no English–Spanish entry', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lexicon-dict-'));
  writeDict(dir, 'jpn-eng', [['返金', 'refund, repayment']]);
  // FreeDict's English–Spanish dictionary, without the word.
  writeDict(dir, 'eng-spa', [['car', 'coche']]);
  const bilingual = new BilingualLexicon(dir);
  const translator = new LexiconTranslator();
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { translator, bilingual, wordVectors: null });
  const result = await retriever.retrieveDetailed(tenantId, '返金はいつですか');
  expect(result.diagnostics.translations).toEqual(expect.arrayContaining(['返金→reembolso']));
  expect(result.chunks[0]?.title).toBe('Reembolso de la cuota');

  const plain = new Retriever(h.c.database.db, createEmbedder(h.config), { translator: new PlainTranslator(), bilingual, wordVectors: null });
  expect((await plain.retrieveDetailed(tenantId, '返金はいつですか')).diagnostics.translations).not.toContain('返金→reembolso');
});

it('ranks a Spanish article by the meaning of its words through the lexicon\'s English glosses', async () => {
  const { vectors: bin, words } = encodeWordVectors([
    { word: 'money', vector: [2.1, 0.7, 0.1, 0.2, -0.1] },
    { word: 'refund', vector: [1.8, 1.1, -0.2, 0.1, 0.2] },
    { word: 'password', vector: [-0.1, 0.2, 1.9, 0.1, 0.6] },
    { word: 'key', vector: [0.1, -0.2, 1.6, 0.3, 0.8] },
  ]);
  const wordVectors = new WordVectors(bin, words.trimEnd().split('\n'));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lexicon-glosses-'));
  // FreeDict's Spanish–English dictionary knows the customer's word, not the articles'.
  writeDict(dir, 'spa-eng', [['dinero', 'money'], ['clave', 'key']]);
  const bilingual = new BilingualLexicon(dir);
  const translator = new LexiconTranslator();
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { translator, bilingual, wordVectors });
  const result = await retriever.retrieveDetailed(tenantId, '¿Dónde está mi dinero?');
  expect(result.chunks[0]?.title).toBe('Reembolso de la cuota');
  expect((await retriever.retrieveDetailed(tenantId, 'Olvidé mi clave')).chunks[0]?.title).toBe('Cambiar la contraseña');
  expect(translator.asked).toContainEqual(['es', 'en']);
});
