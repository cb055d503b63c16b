/**
 * A question in another language than the knowledge base is searched in
 * translation: the machine translation's words join the query (a stand-in
 * translator here; Apertium in production), the customer's own words still
 * decide the known-word share (so the offline responder stays honest about the
 * language), and a question in the knowledge base's language is never sent to
 * the translator.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BilingualLexicon } from '../../src/rag/bilingual.js';
import type { QuestionTranslator } from '../../src/rag/machine-translation.js';
import { createEmbedder } from '../../src/rag/models.js';
import { Retriever } from '../../src/rag/retriever.js';
import { writeDict } from '../helpers/dictionaries.js';
import { indexArticles } from '../helpers/knowledge.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
let tenantId: string;

const ARTICLES = [
  ['Resetting your password', '# Resetting your password\n\nIf you forgot your password, click "Forgot password" on the sign-in page and we email you a reset link.'],
  ['Shipping times', '# Shipping times\n\nOrders ship within 24 hours. Standard delivery takes 3 to 5 working days.'],
  ['Returns and refunds', '# Returns and refunds\n\nYou have 30 days to return an order. The refund reaches your card within 5 to 10 business days.'],
] as const;

/** Knows one sentence; records what it was asked. */
class StubTranslator implements QuestionTranslator {
  readonly calls: Array<[string, string, string]> = [];
  async translate(text: string, from: string, to: string): Promise<string | null> {
    this.calls.push([text, from, to]);
    return from === 'es' && to === 'en' ? 'I forgot my password, how do I sign in again?' : null;
  }
}

const noDictionaries = () => new BilingualLexicon(mkdtempSync(path.join(os.tmpdir(), 'no-dict-')));
const question = 'Se me olvidó la clave y no consigo entrar en mi cuenta, ¿qué puedo hacer?';

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  tenantId = (await h.createTenant('Shop')).tenantId;
  await indexArticles(h, tenantId, { name: 'Help', language: 'english' }, ARTICLES);
}, 60_000);

afterAll(async () => h?.close());

it('searches a Spanish question in its English translation, and keeps it foreign for the responder', async () => {
  const translator = new StubTranslator();
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { translator, bilingual: noDictionaries() });
  const result = await retriever.retrieveDetailed(tenantId, question);
  expect(translator.calls).toEqual([[question, 'es', 'en']]);
  expect(result.diagnostics.translations[0]).toMatch(/^mt→I forgot my password/);
  expect(result.chunks[0]?.title).toBe('Resetting your password');
  expect(result.chunks[0]?.textScore).toBeGreaterThan(0);
  expect(result.diagnostics.knownWordShare).toBeLessThan(0.5);

  const untranslated = await new Retriever(h.c.database.db, createEmbedder(h.config), { translator: null, bilingual: noDictionaries() }).retrieveDetailed(tenantId, question);
  expect(untranslated.diagnostics.translations).toEqual([]);
  expect(untranslated.diagnostics.knownWordShare).toBe(result.diagnostics.knownWordShare);
  const passwordChunk = untranslated.chunks.find((c) => c.title === 'Resetting your password');
  // Only a stray cognate or typo neighbour matched without the translation.
  expect(result.chunks[0]!.textScore!).toBeGreaterThan(2 * (passwordChunk?.textScore ?? 0));
});

it('does not translate a question in the knowledge base language', async () => {
  const translator = new StubTranslator();
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { translator, bilingual: noDictionaries() });
  const result = await retriever.retrieveDetailed(tenantId, 'How long does standard delivery take?');
  expect(translator.calls).toEqual([]);
  expect(result.diagnostics.translations).toEqual([]);
  expect(result.chunks[0]?.title).toBe('Shipping times');
});

it('cuts a Japanese or Chinese question into dictionary words and searches their translations', async () => {
  // Small dictionaries in the formats the product reads: FreeDict's jpn-eng, CC-CEDICT converted to cedict-zho-eng.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cjk-dict-'));
  writeDict(dir, 'jpn-eng', [
    ['パスワード', 'password'],
    ['忘れる', 'to forget'],
    ['忘れ', 'forgetting'],
    ['返金', 'refund, repayment'],
  ]);
  const cedict = mkdtempSync(path.join(os.tmpdir(), 'cedict-'));
  writeDict(cedict, 'zho-eng', [
    ['退款', 'to refund\nrefund'],
    ['多久', 'how long'],
    ['到账', 'to arrive (of funds)'],
  ], 'cedict');
  const bilingual = new BilingualLexicon(`${dir}:${cedict}`);
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { translator: null, bilingual });

  const ja = await retriever.retrieveDetailed(tenantId, 'パスワードを忘れてしまいました');
  expect(ja.diagnostics.translations).toEqual(expect.arrayContaining(['パスワード→password']));
  expect(ja.chunks[0]?.title).toBe('Resetting your password');

  const zh = await retriever.retrieveDetailed(tenantId, '退款多久能到账？');
  expect(zh.diagnostics.translations).toEqual(expect.arrayContaining(['退款→refund']));
  expect(zh.chunks[0]?.title).toBe('Returns and refunds');

  // Without the dictionaries the same questions find nothing to translate.
  const bare = new Retriever(h.c.database.db, createEmbedder(h.config), { translator: null, bilingual: noDictionaries() });
  expect((await bare.retrieveDetailed(tenantId, 'パスワードを忘れてしまいました')).diagnostics.translations).toEqual([]);
});

it("searches a Welsh question through the Welsh dictionary though the detector cannot tell Welsh, and leaves other questions' language alone", async () => {
  // The n-gram detector has no Welsh; most of the question's words are Welsh headwords, one mutated
  // after "i" ("ddychwelyd" → "dychwelyd").
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cy-dict-'));
  writeDict(dir, 'cym-eng', [
    ['sut', 'how'],
    ['dychwelyd', 'return'],
    ['fy', 'my'],
    ['archeb', 'order'],
  ]);
  writeDict(dir, 'por-eng', [['sol', 'sun']]);
  const translator = new StubTranslator();
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { translator, bilingual: new BilingualLexicon(dir) });
  const cy = await retriever.retrieveDetailed(tenantId, 'Sut alla i ddychwelyd fy archeb?');
  expect(cy.diagnostics.translations).toEqual(expect.arrayContaining(['ddychwelyd→return', 'archeb→order']));
  // No machine translation from Welsh exists, and nothing is sent to the translator as another language.
  expect(translator.calls.filter(([, from]) => from !== 'cy')).toEqual([]);
  expect(cy.chunks[0]?.title).toBe('Returns and refunds');

  // A Spanish question keeps its language: Welsh knows none of its words.
  translator.calls.length = 0;
  await retriever.retrieveDetailed(tenantId, question);
  expect(translator.calls).toEqual([[question, 'es', 'en']]);
});

it('searches a Greek question through the installed Greek–English FreeDict dictionary (scripts/ensure-dictionaries.sh)', async () => {
  // The real dictionaries of the machine (pretest installs dict-freedict-ell-eng and -eng-ell); no machine translation.
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { translator: null, bilingual: new BilingualLexicon() });
  const el = await retriever.retrieveDetailed(tenantId, 'Πώς κάνω επιστροφή της παραγγελίας μου;');
  expect(el.diagnostics.translations).toEqual(expect.arrayContaining([expect.stringMatching(/→return$/), expect.stringMatching(/→order$/)]));
  expect(el.chunks[0]?.title).toBe('Returns and refunds');
  const without = await new Retriever(h.c.database.db, createEmbedder(h.config), { translator: null, bilingual: noDictionaries() }).retrieveDetailed(tenantId, 'Πώς κάνω επιστροφή της παραγγελίας μου;');
  expect(without.diagnostics.translations).toEqual([]);
});
