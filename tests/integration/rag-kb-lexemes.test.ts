/**
 * The answerer on the knowledge base's own lexemes (kb-lexemes.ts) against real
 * Postgres: an Italian knowledge base's stems and stop words, the question-frame
 * words left out, and the responder's confidence for an inflected question
 * higher with the lexemes than with our English-suffix stems.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pino } from 'pino';
import { KbLexemes } from '../../src/rag/kb-lexemes.js';
import { createEmbedder } from '../../src/rag/models.js';
import { RagResponder } from '../../src/rag/rag.responder.js';
import { Retriever } from '../../src/rag/retriever.js';
import { indexArticles } from '../helpers/knowledge.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
let tenantId: string;

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  tenantId = (await h.createTenant('Assicurazioni')).tenantId;
  await indexArticles(h, tenantId, { name: 'Aiuto', language: 'italian' }, [
    ['Disdetta', '# Disdetta\n\nLa disdetta della polizza va inviata con raccomandata almeno 30 giorni prima della scadenza annuale.'],
    ['Sinistri', '# Sinistri\n\nUn sinistro va denunciato alla compagnia entro tre giorni da quando è avvenuto.'],
  ]);
}, 60_000);

afterAll(async () => h?.close());

it("gives the configuration's stems, null for its stop words and for question-frame words, from the cache the second time", async () => {
  const lexemes = new KbLexemes(h.c.database.db).forConfig('italian');
  const first = await lexemes(['polizze', 'polizza', 'della', 'posso', 'vorrei', 'disdire']);
  expect(first.get('polizze')).toBe(first.get('polizza'));
  expect(first.get('polizza')).toBe('polizz');
  expect(first.get('della')).toBeNull();
  expect(first.get('posso')).toBeNull();
  expect(first.get('vorrei')).toBeNull();
  expect(first.get('disdire')).toBeTruthy();
  expect(await lexemes(['polizze', 'della'])).toEqual(new Map([['polizze', 'polizz'], ['della', null]]));
});

it('answers an inflected Italian question with a higher confidence on the lexemes', async () => {
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config));
  const logger = pino({ level: 'silent' });
  const ask = (responder: RagResponder) =>
    responder.respond({ tenantId, conversationId: '00000000-0000-0000-0000-000000000000', channel: 'webchat', message: { id: 'm', kind: 'text', text: 'Entro quali scadenze posso inviare le disdette delle polizze?', payload: {} }, history: [] });
  const plain = await ask(new RagResponder({ retriever, chat: null, logger, unsureThreshold: 0 }));
  const onLexemes = await ask(new RagResponder({ retriever, chat: null, logger, unsureThreshold: 0, lexemes: new KbLexemes(h.c.database.db) }));
  expect(String(onLexemes.drafts[0]!.text)).toContain('La disdetta della polizza va inviata con raccomandata');
  expect(onLexemes.confidence!).toBeGreaterThan(plain.confidence!);
});
