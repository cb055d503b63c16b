import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cosineSimilarity } from '../../src/rag/local-embeddings.js';
import { type FakeOpenAI, NO_CONTEXT_REPLY, startFakeOpenAI } from '../fakes/openai-api.js';

// The real @langchain/openai (and openai SDK) code against the local fake server.
const API_KEY = 'sk-test-0123456789abcdef';
let fake: FakeOpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: API_KEY, dimensions: 256 });
});
afterAll(async () => {
  await fake.stop();
});

const embeddings = (fields: Partial<ConstructorParameters<typeof OpenAIEmbeddings>[0]> = {}): OpenAIEmbeddings =>
  new OpenAIEmbeddings({ apiKey: API_KEY, model: 'text-embedding-3-small', configuration: { baseURL: fake.url }, maxRetries: 0, ...fields });
const chat = (fields: Partial<ConstructorParameters<typeof ChatOpenAI>[0]> = {}): ChatOpenAI =>
  new ChatOpenAI({ apiKey: API_KEY, model: 'gpt-4o-mini', configuration: { baseURL: fake.url }, maxRetries: 0, ...fields });

const lastCall = (path: string): FakeOpenAI['calls'][number] | undefined => fake.calls.filter((c) => c.path === path).at(-1);

const context = 'Context:\nRefunds are issued within 10 business days. Shipping is free over $50.\n\nQuestion: how long do refunds take?';

describe('fake OpenAI API with the real LangChain client', () => {
  it('round-trips embeddings in the SDK default (base64) encoding, with the requested dimensions', async () => {
    const client = embeddings({ dimensions: 64 });
    const [refund, moneyBack, shipping] = await client.embedDocuments([
      'How do I get a refund?',
      'I want my money back',
      'Delivery times to Canada',
    ]);
    expect(refund).toHaveLength(64);
    expect(cosineSimilarity(refund!, moneyBack!)).toBeGreaterThan(cosineSimilarity(refund!, shipping!));
    const query = await client.embedQuery('How do I get a refund?');
    for (let i = 0; i < 64; i++) expect(query[i]).toBeCloseTo(refund![i]!, 6); // float32 on the wire

    const call = lastCall('/v1/embeddings');
    expect(call?.body).toMatchObject({ model: 'text-embedding-3-small', dimensions: 64, encoding_format: 'base64' });
    expect(call?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('honours encoding_format "float" and the server default dimensions', async () => {
    const vector = await embeddings({ encodingFormat: 'float' }).embedQuery('hello');
    expect(vector).toHaveLength(256);
    expect(lastCall('/v1/embeddings')?.body).toMatchObject({ encoding_format: 'float', input: 'hello' });
  });

  it('round-trips a chat completion', async () => {
    const reply = await chat().invoke([new SystemMessage('Answer from the context only.'), new HumanMessage(context)]);
    expect(reply.content).toBe('Based on the documents: Refunds are issued within 10 business days.');
    expect(reply.usage_metadata?.total_tokens).toBeGreaterThan(0);
    const call = lastCall('/v1/chat/completions');
    expect(call?.body).toMatchObject({ model: 'gpt-4o-mini', messages: [{ role: 'system' }, { role: 'user', content: context }] });
  });

  it('streams a chat completion as SSE chunks', async () => {
    const pieces: string[] = [];
    for await (const chunk of await chat({ streaming: true }).stream([new HumanMessage(context)])) {
      if (typeof chunk.content === 'string') pieces.push(chunk.content);
    }
    expect(pieces.filter(Boolean).length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe('Based on the documents: Refunds are issued within 10 business days.');
    expect(lastCall('/v1/chat/completions')?.body).toMatchObject({ stream: true });
  });

  it('answers deterministically without a context section', async () => {
    const reply = await chat().invoke('hi there');
    expect(reply.content).toBe(NO_CONTEXT_REPLY);
  });

  it('rejects a wrong or missing key with 401 and OpenAI’s error shape', async () => {
    const before = fake.calls.length;
    await expect(embeddings({ apiKey: 'sk-wrong-key-000000' }).embedQuery('hello')).rejects.toThrow(/401|Incorrect API key/);
    await expect(chat({ apiKey: 'sk-wrong-key-000000' }).invoke('hello')).rejects.toThrow(/401|Incorrect API key/);
    expect(fake.calls.length).toBe(before + 2); // no client-side retries

    const response = await fetch(`${fake.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { message: expect.stringContaining("didn't provide an API key"), type: 'invalid_request_error', param: null, code: null },
    });
  });

  it('answers unknown routes and malformed bodies with OpenAI-style errors', async () => {
    const headers = { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' };
    const notFound = await fetch(`${fake.url}/nope`, { method: 'POST', headers, body: '{}' });
    expect(notFound.status).toBe(404);
    const bad = await fetch(`${fake.url}/embeddings`, { method: 'POST', headers, body: JSON.stringify({ input: 'x' }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');
  });
});
