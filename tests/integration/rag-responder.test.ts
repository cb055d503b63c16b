/**
 * The knowledge-base responder against a real Postgres knowledge base: a
 * question in another language than the articles (offline: an honest "I can
 * only answer in English" in the customer's language, unsure with reason
 * `language`; with a chat model: translated for retrieval, answered in the
 * customer's language from the passages, with citations), and a table
 * question answered offline with the whole table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { loadConfig } from '../../src/config/index.js';
import { createChatModel, createEmbedder } from '../../src/rag/models.js';
import { RagResponder, UNSURE_TEXT } from '../../src/rag/rag.responder.js';
import { Retriever } from '../../src/rag/retriever.js';
import type { ResponderInput } from '../../src/conversation/responder.js';
import { FAKE_OPENAI_DEFAULT_KEY, startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-api.js';
import { indexArticles } from '../helpers/knowledge.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
let fake: FakeOpenAI;
let tenantId: string;
const TRANSLATED = 'How long does it take to get my money back after a return?';

const REFUNDS = `# Refunds

## When will I get my money back?

Once your parcel reaches our warehouse we inspect it within 3 business days. When the return is approved we issue the refund to the original payment method.

How long it then takes for the money to appear depends on your bank:

| Payment method | Time after approval |
| --- | --- |
| Credit or debit card | 5 to 10 business days |
| PayPal | 1 to 3 business days |
| Bank transfer | up to 7 business days |

## Exchanges

We do not do direct exchanges: return the item for a refund and place a new order.`;

const OPENING = `# Opening hours

Our Lisbon store opens at 9 am and closes at 7 pm from Monday to Friday. On Saturdays it opens from 10 am to 4 pm.`;

const ask = (responder: RagResponder, text: string) => {
  const input: ResponderInput = { tenantId, conversationId: '00000000-0000-0000-0000-000000000000', channel: 'webchat', message: { id: 'm1', kind: 'text', text, payload: {} }, history: [] };
  return responder.respond(input);
};

beforeAll(async () => {
  fake = await startFakeOpenAI({ replies: [{ when: /Translate the customer's message into English/, reply: TRANSLATED }] });
  h = await startHarness({ workers: 0 });
  tenantId = (await h.createTenant('Responder')).tenantId;
  await indexArticles(h, tenantId, { name: 'Help', language: 'english' }, [['Refunds', REFUNDS], ['Opening hours', OPENING]]);
}, 60_000);

afterAll(async () => {
  await h?.close();
  await fake?.stop();
});

describe('offline', () => {
  const responder = () => new RagResponder({ retriever: new Retriever(h.c.database.db, createEmbedder(h.config)), chat: null, logger: pino({ level: 'silent' }) });

  it('answers a table question with the header and every row, citing the article', async () => {
    const result = await ask(responder(), 'How long do refunds take?');
    expect(result.unsure).toBeFalsy();
    const text = String(result.drafts[0]!.text);
    expect(text).toContain('| Payment method | Time after approval |\n| --- | --- |\n| Credit or debit card | 5 to 10 business days |\n| PayPal | 1 to 3 business days |\n| Bank transfer | up to 7 business days |');
    expect(text).toContain('Source: Refunds');
  });

  it('says in Spanish that it can only answer in English and reports itself unsure (reason language)', async () => {
    const result = await ask(responder(), '¿Cuánto tiempo tarda en llegar mi reembolso después de una devolución?');
    expect(result.unsure).toBe(true);
    expect(result.confidence).toBe(0);
    expect(result.details).toMatchObject({ reason: 'language', customerLanguage: 'es', kbLanguage: 'en' });
    const text = String(result.drafts[0]!.text);
    expect(text).toContain('solo puedo responder en este idioma: English');
    expect(text).toContain('Sorry, for now I can only answer in this language: English.');
    expect(text).not.toContain('business days');
  });

  it('greets a customer who opened the chat without writing (WeChat subscribe), never "not sure"', async () => {
    const input = (payload: Record<string, unknown>): ResponderInput => ({ tenantId, conversationId: '00000000-0000-0000-0000-000000000000', channel: 'wechat', message: { id: 'm2', kind: 'text', text: '[subscribe]', payload }, history: [] });
    const greeted = await responder().respond(input({ conversationStart: true }));
    expect(greeted).toMatchObject({ drafts: [{ kind: 'text', text: 'Hello! How can I help you today?' }], model: 'rules-smalltalk-v1' });
    expect(greeted.unsure).toBeFalsy();
    // The same text without the flag is a question the knowledge base cannot answer.
    expect((await responder().respond(input({}))).unsure).toBe(true);
  });

  it('still answers an English question that a language detector could mistake for another language', async () => {
    const result = await ask(responder(), 'refund paypal days?');
    expect(result.details).not.toMatchObject({ reason: 'language' });
  });
});

describe('with a chat model (fake OpenAI server)', () => {
  const responder = () => {
    const config = loadConfig({ ...h.env, OPENAI_API_KEY: FAKE_OPENAI_DEFAULT_KEY, OPENAI_BASE_URL: fake.url });
    // Local embeddings (the knowledge base was indexed with them); the chat model from the configuration.
    return new RagResponder({ retriever: new Retriever(h.c.database.db, createEmbedder(h.config)), chat: createChatModel(config), logger: pino({ level: 'silent' }) });
  };

  it('translates a foreign question for retrieval, then answers from the passages in the customer language with citations', async () => {
    const before = fake.calls.length;
    const result = await ask(responder(), '¿Cuánto tiempo tarda en llegar mi reembolso después de una devolución?');
    const bodies = fake.calls.slice(before).filter((c) => c.path === '/v1/chat/completions').map((c) => JSON.stringify(c.body));
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toContain("Translate the customer's message into English");
    expect(bodies[0]).toContain('reembolso');
    // The answer prompt: retrieved with the translation, answered in Spanish, passages only, cited.
    expect(bodies[1]).toContain('Answer in Spanish');
    expect(bodies[1]).toContain('Answer ONLY with facts from the numbered context passages');
    expect(bodies[1]).toContain('Credit or debit card | 5 to 10 business days');
    const rewrite = result.steps?.find((s) => s.processingType === 'rewrite');
    expect(rewrite?.output).toMatchObject({ query: TRANSLATED, translated: true });
    const retrieves = result.steps?.filter((s) => s.processingType === 'retrieve') ?? [];
    expect(retrieves.at(-1)?.input).toEqual({ query: TRANSLATED });
    expect(result.unsure).toBeFalsy();
    expect(String(result.drafts[0]!.text)).toMatch(/^Based on the documents:/);
    expect(String(result.drafts[0]!.text)).toContain('Source: Refunds');
    expect(result.model).toBe('openai:gpt-4o-mini');
  });

  it('answers an English question without a translation step', async () => {
    const before = fake.calls.length;
    const result = await ask(responder(), 'When does the Lisbon store open on Saturday?');
    const bodies = fake.calls.slice(before).filter((c) => c.path === '/v1/chat/completions').map((c) => JSON.stringify(c.body));
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toContain('Lisbon store opens at 9 am');
    expect(result.steps?.some((s) => s.processingType === 'rewrite')).toBe(false);
    expect(String(result.drafts[0]!.text)).toContain('Source: Opening hours');
    expect(result.drafts[0]!.text).not.toBe(UNSURE_TEXT);
  });
});
