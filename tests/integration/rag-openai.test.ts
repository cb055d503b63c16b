/**
 * With OPENAI_API_KEY + OPENAI_BASE_URL the product uses @langchain/openai's
 * real clients (here against a local fake of the OpenAI HTTP API); switching
 * from the local embedder re-embeds existing knowledge bases.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { aiProcessingLogs, knowledgeBases, knowledgeChunks, messages, tickets } from '../../drizzle/schema.js';
import { loadConfig } from '../../src/config/index.js';
import { createContainer } from '../../src/app/container.js';
import { startWorkers } from '../../src/worker/run.js';
import { pino } from 'pino';
import { startFakeOpenAI, FAKE_OPENAI_DEFAULT_KEY, NO_CONTEXT_REPLY, type FakeOpenAI } from '../fakes/openai-api.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';

let h: Harness;
let fake: FakeOpenAI;
let tenant: { tenantId: string; apiKey: string };
let kb: string;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  // Start offline: the knowledge base is built with the local embedder first.
  h = await startHarness({ productWorkers: true });
  tenant = await h.createTenant('OpenAI tenant');
  kb = (await h.api(tenant.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'KB' })).body.id;
  const doc = await h.api(tenant.apiKey, 'POST', `/api/v1/knowledge-bases/${kb}/documents`, {
    title: 'Opening hours',
    format: 'markdown',
    content: '# Opening hours\n\nOur Lisbon store opens at 9 am and closes at 7 pm from Monday to Friday.',
  });
  await waitFor(async () => (await h.api(tenant.apiKey, 'GET', `/api/v1/knowledge-bases/${kb}/documents/${doc.body.id}`)).body.status === 'INDEXED');
}, 60_000);

afterAll(async () => {
  await h?.close();
  await fake?.stop();
});

it('re-embeds with the OpenAI embedder when configured, then answers through the chat model', async () => {
  const [before] = await h.c.database.db.select().from(knowledgeBases).where(eq(knowledgeBases.id, kb));
  expect(before?.embeddingModel).toBe('local-hash-v1-1024');
  for (const w of h.workers.splice(0)) await w.close();

  const config = loadConfig({ ...h.env, OPENAI_API_KEY: FAKE_OPENAI_DEFAULT_KEY, OPENAI_BASE_URL: fake.url });
  const c = createContainer(config, { logger: pino({ level: 'silent' }) });
  c.relay.start();
  const workers = await startWorkers(c);
  try {
    await waitFor(
      async () => {
        const [row] = await h.c.database.db.select().from(knowledgeBases).where(eq(knowledgeBases.id, kb));
        return row?.embeddingModel === 'openai:text-embedding-3-small-1024' && row.status === 'ACTIVE';
      },
      { timeoutMs: 30_000, what: 're-embedding with the OpenAI embedder' },
    );
    const chunks = await h.c.database.db.select().from(knowledgeChunks).where(eq(knowledgeChunks.knowledgeBaseId, kb));
    expect(chunks.every((ch) => ch.embeddingModel === 'openai:text-embedding-3-small-1024')).toBe(true);
    const embedCall = fake.calls.find((call) => call.path === '/v1/embeddings');
    expect(embedCall?.body).toMatchObject({ model: 'text-embedding-3-small', dimensions: 1024 });
    expect(embedCall?.headers.authorization).toBe(`Bearer ${FAKE_OPENAI_DEFAULT_KEY}`);

    const conn = (await h.api(tenant.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id as string;
    const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
    await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text: 'When does the Lisbon store open?', clientMessageId: 'o1' }) });
    const reply = await waitFor(async () => {
      const rows = await h.c.database.db.select().from(messages).where(and(eq(messages.conversationId, s.conversationId), eq(messages.direction, 'out')));
      return rows.find((r) => r.deliveryStatus === 'sent');
    });
    // The fake model answers "Based on the documents: <first context sentence>"; the reply cites the document.
    expect(reply.text).toMatch(/^Based on the documents:/);
    expect(reply.text).toContain('Source: Opening hours');
    const chatBodies = fake.calls.filter((call) => call.path === '/v1/chat/completions').map((call) => JSON.stringify(call.body));
    // One call rates sentiment for the escalation rules, one answers from the retrieved context.
    expect(chatBodies.some((b) => b.includes('Rate the sentiment'))).toBe(true);
    expect(chatBodies.some((b) => b.includes('Lisbon store opens at 9 am'))).toBe(true);
    const [respond] = await h.c.database.db.select().from(aiProcessingLogs).where(and(eq(aiProcessingLogs.conversationId, s.conversationId), eq(aiProcessingLogs.processingType, 'respond')));
    expect(respond?.model).toBe('openai:gpt-4o-mini');

    // Escalating: the ticket description is written by the chat model, and that step is logged.
    await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text: 'I want to talk to a human', clientMessageId: 'o2' }) });
    const ticket = await waitFor(async () => (await h.c.database.db.select().from(tickets).where(eq(tickets.conversationId, s.conversationId)))[0]);
    expect(ticket.description).toContain(NO_CONTEXT_REPLY);
    const [summary] = await h.c.database.db.select().from(aiProcessingLogs).where(and(eq(aiProcessingLogs.conversationId, s.conversationId), eq(aiProcessingLogs.processingType, 'summarize')));
    expect(summary?.model).toBe('openai:gpt-4o-mini (summary)');
  } finally {
    await workers.close();
    await c.close();
  }
});
