/**
 * A knowledge base in Spanish: its text-search configuration stems the
 * articles, the question and the re-ranker's terms alike ("reembolsos" finds
 * "reembolso"), WordNet (English) stays out of it, and an English question is
 * recognised as foreign: offline, the honest message in English and Spanish.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pino } from 'pino';
import { createEmbedder } from '../../src/rag/models.js';
import { RagResponder } from '../../src/rag/rag.responder.js';
import { Retriever } from '../../src/rag/retriever.js';
import { ThesaurusLibrary } from '../../src/rag/thesaurus.js';
import { indexArticles } from '../helpers/knowledge.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
let tenantId: string;

const ARTICLES = [
  ['Devoluciones y reembolsos', '# Devoluciones y reembolsos\n\nTiene 30 días para devolver un pedido. Cuando aprobamos la devolución, el reembolso llega a su tarjeta en un plazo de 5 a 10 días hábiles.'],
  ['Envíos', '# Envíos\n\nLos pedidos se envían en 24 horas. El envío estándar tarda de 3 a 5 días laborables y cuesta 4,95 €.'],
  ['Contraseña', '# Contraseña\n\nSi olvidó su contraseña, pulse «¿Olvidó su contraseña?» en la página de acceso y le enviaremos un enlace por correo electrónico.'],
] as const;

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  tenantId = (await h.createTenant('Tienda')).tenantId;
  await indexArticles(h, tenantId, { name: 'Ayuda', language: 'spanish' }, ARTICLES);
}, 60_000);

afterAll(async () => h?.close());

it('retrieves with the Spanish configuration: inflected forms meet, no English expansion', async () => {
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config));
  const result = await retriever.retrieveDetailed(tenantId, '¿Cuándo recibiré los reembolsos de mis devoluciones?');
  expect(result.diagnostics.languages).toEqual(['spanish']);
  expect(result.chunks[0]?.title).toBe('Devoluciones y reembolsos');
  expect(result.chunks[0]?.textScore).toBeGreaterThan(0);
  expect(result.diagnostics.expansions.filter((e) => !e.startsWith('~'))).toEqual([]);
  const password = await retriever.retrieve(tenantId, 'olvidé la contraseña');
  expect(password[0]?.title).toBe('Contraseña');
});

it("leaves the language's question-frame words out of the term groups (they would match by chance, with a high idf)", async () => {
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { translator: null });
  const result = await retriever.retrieveDetailed(tenantId, 'Quisiera saber cuándo llega el reembolso');
  expect(result.diagnostics.terms).toContain('reembolso');
  expect(result.diagnostics.terms).not.toContain('quisiera');
  expect(result.diagnostics.terms).not.toContain('saber');
  expect(result.chunks[0]?.title).toBe('Devoluciones y reembolsos');
});

it('answers a Spanish question offline, and tells an English-speaking customer it answers in Spanish only', async () => {
  const responder = new RagResponder({ retriever: new Retriever(h.c.database.db, createEmbedder(h.config)), chat: null, logger: pino({ level: 'silent' }) });
  const ask = (text: string) => responder.respond({ tenantId, conversationId: '00000000-0000-0000-0000-000000000000', channel: 'webchat', message: { id: 'm', kind: 'text', text, payload: {} }, history: [] });
  const spanish = await ask('¿Cuánto tarda el envío estándar?');
  expect(spanish.unsure).toBeFalsy();
  expect(String(spanish.drafts[0]!.text)).toContain('El envío estándar tarda de 3 a 5 días laborables');
  const english = await ask('How long does standard shipping take to arrive?');
  expect(english.unsure).toBe(true);
  expect(english.details).toMatchObject({ reason: 'language', customerLanguage: 'en', kbLanguage: 'es' });
  expect(String(english.drafts[0]!.text)).toContain('Sorry, for now I can only answer in this language: Español.');
  expect(String(english.drafts[0]!.text)).toContain('Lo siento, por ahora solo puedo responder en este idioma: Español.');
});

it('expands a Spanish question with in-language synonyms from the thesaurus, also for an inflected form of a headword', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mythes-es-'));
  try {
    // A MyThes thesaurus (the format of Debian's mythes-es): index of byte offsets into the data file.
    const dat = 'UTF-8\nrevocar|1\n(Verbo)|anular|invalidar\n';
    writeFileSync(path.join(dir, 'th_es_ES_v2.dat'), dat);
    writeFileSync(path.join(dir, 'th_es_ES_v2.idx'), `UTF-8\n1\nrevocar|${'UTF-8\n'.length}\n`);
    const shop = (await h.createTenant('Tienda con tesauro')).tenantId;
    await indexArticles(h, shop, { name: 'Ayuda', language: 'spanish' }, [
      ['Pedidos', '# Pedidos\n\nPuede anular un pedido desde su cuenta mientras no se haya enviado.'],
      ['Envíos', '# Envíos\n\nEl envío estándar tarda de 3 a 5 días laborables.'],
    ]);
    const withThesaurus = new Retriever(h.c.database.db, createEmbedder(h.config), { thesauri: new ThesaurusLibrary(dir), translator: null });
    const without = new Retriever(h.c.database.db, createEmbedder(h.config), { thesauri: null, translator: null });
    for (const question of ['¿Se puede revocar la compra?', '¿Mi compra puede quedar revocada?']) {
      const expanded = await withThesaurus.retrieveDetailed(shop, question);
      expect(expanded.diagnostics.expansions.some((e) => /→anul/.test(e)), question).toBe(true);
      expect(expanded.chunks[0]?.title).toBe('Pedidos');
      const plain = await without.retrieveDetailed(shop, question);
      expect(plain.diagnostics.expansions.some((e) => /→anul/.test(e))).toBe(false);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
