import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { LocalHashEmbeddings } from '../../src/rag/local-embeddings.js';
import { readBody } from './http-util.js';

/**
 * A local stand-in for the OpenAI HTTP API (https://platform.openai.com/docs/api-reference),
 * so the real `openai` / `@langchain/openai` client code runs in tests without a
 * key or network. Speaks just enough of the wire format:
 * - POST /v1/embeddings: deterministic vectors from LocalHashEmbeddings (similar
 *   texts get similar vectors), `dimensions` honoured, `encoding_format` "float"
 *   or "base64" (little-endian float32: the `openai` SDK asks for base64 by default).
 * - POST /v1/chat/completions: "Based on the documents: <first sentence after
 *   'Context:' in the last user/system message>", plain or as SSE chunks; or a
 *   scripted reply when the messages match one of `replies` (e.g. a translation).
 * - a wrong or missing `Authorization: Bearer <apiKey>` gets OpenAI's 401 error body.
 */
export interface FakeOpenAI {
  /** Base URL including /v1: pass as OPENAI_BASE_URL or `configuration.baseURL`. */
  url: string;
  calls: Array<{ path: string; body: unknown; headers: Record<string, string | undefined> }>;
  stop(): Promise<void>;
}

export const FAKE_OPENAI_DEFAULT_KEY = 'sk-fake-openai-key';
export const NO_CONTEXT_REPLY = 'I could not find a Context: section in your message.';

const EmbeddingsRequest = z.object({
  model: z.string(),
  input: z.union([z.string(), z.array(z.string()), z.array(z.number()), z.array(z.array(z.number()))]),
  dimensions: z.number().int().positive().optional(),
  encoding_format: z.enum(['float', 'base64']).optional(),
});

const MessageContent = z.union([
  z.string(),
  z.array(z.object({ type: z.string(), text: z.string().optional() }).passthrough()),
  z.null(),
]);
const ChatRequest = z.object({
  model: z.string(),
  messages: z.array(z.object({ role: z.string(), content: MessageContent.optional() }).passthrough()).min(1),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
});

export interface ScriptedReply {
  /** Tested against the request's messages, joined with newlines. */
  when: RegExp;
  reply: string;
}

export async function startFakeOpenAI(opts: { apiKey?: string; dimensions?: number; replies?: ScriptedReply[] } = {}): Promise<FakeOpenAI> {
  const apiKey = opts.apiKey ?? FAKE_OPENAI_DEFAULT_KEY;
  const defaultDimensions = opts.dimensions ?? 1536;
  const embedders = new Map<number, LocalHashEmbeddings>();
  const embedderFor = (dimensions: number): LocalHashEmbeddings => {
    let embedder = embedders.get(dimensions);
    if (!embedder) embedders.set(dimensions, (embedder = new LocalHashEmbeddings({ dimensions })));
    return embedder;
  };
  const calls: FakeOpenAI['calls'] = [];

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      sendError(res, 500, error instanceof Error ? error.message : String(error), 'server_error', null);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0]!;
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // keep the raw text: recorded as sent, rejected below
    }
    const headers: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    calls.push({ path, body, headers });

    const auth = headers.authorization;
    if (!auth) {
      sendError(res, 401, "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).", 'invalid_request_error', null);
      return;
    }
    const given = auth.replace(/^Bearer\s+/i, '');
    if (given !== apiKey) {
      sendError(res, 401, `Incorrect API key provided: ${mask(given)}. You can find your API key at https://platform.openai.com/account/api-keys.`, 'invalid_request_error', 'invalid_api_key');
      return;
    }
    if (req.method === 'POST' && path === '/v1/embeddings') return embeddings(body, res);
    if (req.method === 'POST' && path === '/v1/chat/completions') return chat(body, res);
    sendError(res, 404, `Invalid URL (${req.method ?? 'GET'} ${path})`, 'invalid_request_error', null);
  }

  function embeddings(body: unknown, res: ServerResponse): void {
    const parsed = EmbeddingsRequest.safeParse(body);
    if (!parsed.success) return sendError(res, 400, `Invalid request: ${parsed.error.message}`, 'invalid_request_error', null);
    const { input, model, dimensions = defaultDimensions, encoding_format = 'float' } = parsed.data;
    const texts = typeof input === 'string' ? [input] : input.map((x) => (Array.isArray(x) ? x.join(' ') : String(x)));
    const embedder = embedderFor(dimensions);
    const data = texts.map((text, index) => {
      const vector = embedder.embedSync(text);
      const embedding = encoding_format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
      return { object: 'embedding', index, embedding };
    });
    const tokens = texts.reduce((n, t) => n + countTokens(t), 0);
    sendJson(res, 200, { object: 'list', data, model, usage: { prompt_tokens: tokens, total_tokens: tokens } });
  }

  function chat(body: unknown, res: ServerResponse): void {
    const parsed = ChatRequest.safeParse(body);
    if (!parsed.success) return sendError(res, 400, `Invalid request: ${parsed.error.message}`, 'invalid_request_error', null);
    const { model, messages, stream, stream_options } = parsed.data;
    const all = messages.map((m) => textOf(m.content)).join('\n');
    const reply = opts.replies?.find((r) => r.when.test(all))?.reply ?? replyFor(messages);
    const promptTokens = messages.reduce((n, m) => n + countTokens(textOf(m.content)), 0);
    const usage = { prompt_tokens: promptTokens, completion_tokens: countTokens(reply), total_tokens: promptTokens + countTokens(reply) };
    const id = `chatcmpl-fake${calls.length}`;
    const created = Math.floor(Date.now() / 1000);

    if (!stream) {
      const message = { role: 'assistant', content: reply, refusal: null };
      sendJson(res, 200, { id, object: 'chat.completion', created, model, choices: [{ index: 0, message, logprobs: null, finish_reason: 'stop' }], usage });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const chunk = (choices: unknown[], extra: Record<string, unknown> = {}): void => {
      res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices, ...extra })}\n\n`);
    };
    chunk([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }]);
    for (const piece of reply.match(/\S+\s*/g) ?? []) {
      chunk([{ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null }]);
    }
    chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }]);
    if (stream_options?.include_usage) chunk([], { usage });
    res.end('data: [DONE]\n\n');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    calls,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

type Message = z.infer<typeof ChatRequest>['messages'][number];

/** Deterministic reply that proves the prompt arrived: echoes the first context sentence. */
function replyFor(messages: Message[]): string {
  for (const message of [...messages].reverse()) {
    if (message.role !== 'user' && message.role !== 'system') continue;
    const text = textOf(message.content);
    const at = text.indexOf('Context:');
    if (at < 0) continue;
    const context = text.slice(at + 'Context:'.length).trim();
    const sentence = /^[\s\S]*?(?:[.!?。](?=\s|$)|\n|$)/.exec(context)?.[0].trim() ?? '';
    if (sentence) return `Based on the documents: ${sentence}`;
  }
  return NO_CONTEXT_REPLY;
}

function textOf(content: Message['content']): string {
  if (typeof content === 'string') return content;
  if (!content) return '';
  return content.map((part) => part.text ?? '').join('\n');
}

function countTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function mask(key: string): string {
  return key.length <= 8 ? '*'.repeat(key.length) : `${key.slice(0, 3)}${'*'.repeat(key.length - 7)}${key.slice(-4)}`;
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(payload));
}

/** OpenAI's error body: https://platform.openai.com/docs/guides/error-codes */
function sendError(res: ServerResponse, status: number, message: string, type: string, code: string | null): void {
  if (res.headersSent) return void res.end();
  sendJson(res, status, { error: { message, type, param: null, code } });
}

