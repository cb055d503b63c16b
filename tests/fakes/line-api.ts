/**
 * A fake LINE Messaging API: two small node:http servers (the API host and
 * the data API host, like api.line.me and api-data.line.me) speaking the
 * documented wire format, so the real `@line/bot-sdk` client runs in tests.
 *
 * Faithful where the gateway depends on it: Bearer token check, single-use
 * reply tokens, `X-Line-Retry-Key` (409 + `x-line-accepted-request-id` on a
 * repeat), request validation limits, `x-line-request-id` on every response.
 *
 * @see https://developers.line.biz/en/reference/messaging-api/
 * @see https://developers.line.biz/en/docs/messaging-api/retrying-api-request/
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookRequest } from '../../channels/types.js';
import { flattenHeaders, readBody } from './http-util.js';
import { writeMedia, type FakeMediaFile } from './media.js';

export interface FakeLineCall {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  body: unknown;
  at: number;
  /** Which host was called. */
  server: 'api' | 'data';
  /** Status the fake answered. */
  status: number;
}

export interface FakeLineFailure {
  status: number;
  body?: unknown;
  /** Seconds, sent as a `Retry-After` header. */
  retryAfter?: number;
  /** Never answer (the client's timeout must cancel the request); `status` is then unused. */
  hang?: boolean;
}

export interface SentMessage {
  id: string;
  quoteToken: string;
}

/** A request the fake accepted (200): what a user would have received. */
export interface FakeLineDelivery {
  endpoint: 'push' | 'reply';
  requestId: string;
  to?: string;
  replyToken?: string;
  retryKey?: string;
  messages: unknown[];
  sentMessages: SentMessage[];
}

export interface FakeLineBotInfo {
  userId: string;
  basicId: string;
  displayName: string;
  pictureUrl?: string;
  chatMode: 'bot' | 'chat';
  markAsReadMode: 'auto' | 'manual';
}

export interface FakeLine {
  /** API base, e.g. http://127.0.0.1:PORT */
  url: string;
  /** Data API base (message content). */
  dataUrl: string;
  calls: FakeLineCall[];
  deliveries: FakeLineDelivery[];
  botInfo: FakeLineBotInfo;
  /** Last endpoint set with `PUT /v2/bot/channel/webhook/endpoint`. */
  webhookEndpoint: string | undefined;
  /** The next call to `path` (e.g. `/v2/bot/message/push`) answers with this failure. */
  failNext(path: string, failure: FakeLineFailure): void;
  /**
   * The content of message `messageId` on the data API (`GET /v2/bot/message/{id}/content`).
   * An id never put serves a small JPEG; `null` makes it gone (404, as LINE answers once content expired).
   */
  putContent(messageId: string, file: FakeMediaFile | null): void;
  /** Forgets calls, deliveries, used reply tokens, accepted retry keys and pending failures. */
  reset(): void;
  stop(): Promise<void>;
}

export interface FakeLineOptions {
  /** Accepted channel access tokens; any non-empty token when omitted. */
  validTokens?: string[];
  botInfo?: Partial<FakeLineBotInfo>;
}

const AUTH_FAILED = {
  message: 'Authentication failed. Confirm that the access token in the authorization header is valid.',
};
const MESSAGE_TYPES = ['text', 'image', 'video', 'audio', 'location', 'sticker', 'template', 'imagemap', 'flex'];
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONTENT_PATH = /^\/v2\/bot\/message\/([^/]+)\/content$/;
/** A few bytes that start like a JPEG. */
const FAKE_JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

/** Base64 HMAC-SHA256 of the body: the `x-line-signature` LINE would send. */
export function signLineBody(body: string | Buffer, channelSecret: string): string {
  return createHmac('sha256', channelSecret).update(body).digest('base64');
}

/** A webhook request as the platform would send it, signed with `channelSecret`. */
export function signedLineWebhook(body: string | object, channelSecret: string): WebhookRequest {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-line-signature': signLineBody(raw, channelSecret) },
    query: {},
    rawBody: Buffer.from(raw, 'utf8'),
  };
}

type Detail = { message: string; property: string };
type Reply = { status: number; body?: unknown; headers?: Record<string, string>; raw?: Buffer; media?: FakeMediaFile };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isHttpsUrl(v: unknown): boolean {
  if (typeof v !== 'string' || v.length > 2000) return false;
  try {
    return new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
}

function badRequest(details: Detail[]): Reply {
  return { status: 400, body: { message: `The request body has ${details.length} error(s)`, details } };
}

/** The subset of the Messaging API's message validation the gateway can run into. */
function validateMessages(messages: unknown): Detail[] {
  if (!Array.isArray(messages) || messages.length < 1 || messages.length > 5) {
    return [{ message: 'Size must be between 1 and 5', property: 'messages' }];
  }
  const details: Detail[] = [];
  messages.forEach((m: unknown, i) => {
    const at = `messages[${i}]`;
    if (!isRecord(m) || typeof m.type !== 'string' || !MESSAGE_TYPES.includes(m.type)) {
      details.push({ message: `Must be one of the following values: [${MESSAGE_TYPES.join(', ')}]`, property: `${at}.type` });
      return;
    }
    if (m.type === 'text') {
      if (typeof m.text !== 'string' || m.text.length === 0) details.push({ message: 'May not be empty', property: `${at}.text` });
      else if (m.text.length > 5000) details.push({ message: 'Length must be between 0 and 5000', property: `${at}.text` });
    }
    if (m.type === 'image') {
      for (const key of ['originalContentUrl', 'previewImageUrl']) {
        if (!isHttpsUrl(m[key])) details.push({ message: 'Must be a valid HTTPS URL', property: `${at}.${key}` });
      }
    }
    if (m.quickReply !== undefined) {
      const items = isRecord(m.quickReply) ? m.quickReply.items : undefined;
      if (!Array.isArray(items) || items.length > 13) {
        details.push({ message: 'Size must be between 0 and 13', property: `${at}.quickReply.items` });
        return;
      }
      items.forEach((item: unknown, j) => {
        const action = isRecord(item) ? item.action : undefined;
        const ap = `${at}.quickReply.items[${j}].action`;
        if (!isRecord(action)) return void details.push({ message: 'May not be empty', property: ap });
        if (typeof action.label !== 'string' || action.label.length === 0 || action.label.length > 20) {
          details.push({ message: 'Length must be between 1 and 20', property: `${ap}.label` });
        }
        if (action.type === 'postback' && (typeof action.data !== 'string' || action.data.length > 300)) {
          details.push({ message: 'Length must be between 0 and 300', property: `${ap}.data` });
        }
      });
    }
  });
  return details;
}



function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

export async function startFakeLine(opts: FakeLineOptions = {}): Promise<FakeLine> {
  const calls: FakeLineCall[] = [];
  const deliveries: FakeLineDelivery[] = [];
  const failures = new Map<string, FakeLineFailure[]>();
  const usedReplyTokens = new Set<string>();
  const acceptedRetryKeys = new Map<string, { requestId: string; sentMessages: SentMessage[] }>();
  let nextMessageId = 500_000_000_000_000_000n;
  const contents = new Map<string, FakeMediaFile | null>();

  const botInfo: FakeLineBotInfo = {
    userId: 'Ub9952f8f0b5fb7d2b8a4c8e6e3e4b1a0',
    basicId: '@123abcde',
    displayName: 'Fake LINE Bot',
    pictureUrl: 'https://profile.line-scdn.net/fake',
    chatMode: 'bot',
    markAsReadMode: 'auto',
    ...opts.botInfo,
  };

  const sent = (count: number): SentMessage[] =>
    Array.from({ length: count }, () => ({ id: String(nextMessageId++), quoteToken: randomBytes(24).toString('base64url') }));

  function authorized(headers: Record<string, string | undefined>): boolean {
    const match = /^Bearer (.+)$/.exec(headers.authorization ?? '');
    const token = match?.[1];
    if (!token) return false;
    return opts.validTokens ? opts.validTokens.includes(token) : true;
  }

  function handleApi(method: string, path: string, headers: Record<string, string | undefined>, body: unknown): Reply {
    const retryKey = headers['x-line-retry-key'];
    const route = `${method} ${path}`;

    if (route === 'POST /v2/bot/message/push') {
      if (retryKey !== undefined && !UUID_RE.test(retryKey)) {
        return { status: 400, body: { message: "The value for the 'X-Line-Retry-Key' header is invalid" } };
      }
      const accepted = retryKey !== undefined ? acceptedRetryKeys.get(retryKey.toLowerCase()) : undefined;
      if (accepted) {
        return {
          status: 409,
          headers: { 'x-line-accepted-request-id': accepted.requestId },
          body: { message: 'The retry key is already accepted', sentMessages: accepted.sentMessages },
        };
      }
      const b = isRecord(body) ? body : {};
      const details = validateMessages(b.messages);
      if (typeof b.to !== 'string' || b.to.length === 0) details.unshift({ message: 'May not be empty', property: 'to' });
      if (details.length > 0) return badRequest(details);
      const messages = b.messages as unknown[];
      const requestId = randomUUID();
      const sentMessages = sent(messages.length);
      if (retryKey !== undefined) acceptedRetryKeys.set(retryKey.toLowerCase(), { requestId, sentMessages });
      deliveries.push({ endpoint: 'push', requestId, to: b.to as string, retryKey, messages, sentMessages });
      return { status: 200, headers: { 'x-line-request-id': requestId }, body: { sentMessages } };
    }

    if (route === 'POST /v2/bot/message/reply') {
      // Retry keys are only for push/multicast/narrowcast/broadcast.
      if (retryKey !== undefined) return { status: 400, body: { message: 'The retry key is not supported for this API' } };
      const b = isRecord(body) ? body : {};
      if (typeof b.replyToken !== 'string' || b.replyToken.length === 0) {
        return badRequest([{ message: 'May not be empty', property: 'replyToken' }]);
      }
      const details = validateMessages(b.messages);
      if (details.length > 0) return badRequest(details);
      if (usedReplyTokens.has(b.replyToken)) return { status: 400, body: { message: 'Invalid reply token' } };
      usedReplyTokens.add(b.replyToken);
      const messages = b.messages as unknown[];
      const requestId = randomUUID();
      const sentMessages = sent(messages.length);
      deliveries.push({ endpoint: 'reply', requestId, replyToken: b.replyToken, messages, sentMessages });
      return { status: 200, headers: { 'x-line-request-id': requestId }, body: { sentMessages } };
    }

    if (route === 'GET /v2/bot/info') return { status: 200, body: botInfo };

    if (route === 'POST /v2/bot/chat/loading/start') {
      const b = isRecord(body) ? body : {};
      const seconds = b.loadingSeconds ?? 20;
      const details: Detail[] = [];
      if (typeof b.chatId !== 'string' || b.chatId.length === 0) details.push({ message: 'May not be empty', property: 'chatId' });
      if (typeof seconds !== 'number' || seconds < 5 || seconds > 60 || seconds % 5 !== 0) {
        details.push({ message: 'Must be a multiple of 5 between 5 and 60', property: 'loadingSeconds' });
      }
      return details.length > 0 ? badRequest(details) : { status: 202, body: {} };
    }

    if (route === 'PUT /v2/bot/channel/webhook/endpoint') {
      const endpoint = isRecord(body) ? body.endpoint : undefined;
      if (!isHttpsUrl(endpoint) || (endpoint as string).length > 500) {
        return badRequest([{ message: 'Must be a valid HTTPS URL', property: 'endpoint' }]);
      }
      fake.webhookEndpoint = endpoint as string;
      return { status: 200, body: {} };
    }

    return { status: 404, body: { message: 'Not found' } };
  }

  function handleData(method: string, path: string): Reply {
    const match = CONTENT_PATH.exec(path);
    if (method !== 'GET' || !match) return { status: 404, body: { message: 'Not found' } };
    const content = contents.get(match[1] ?? '');
    if (content === null) return { status: 404, body: { message: 'Not found' } };
    if (content) return { status: 200, media: content };
    const raw = Buffer.concat([FAKE_JPEG, Buffer.from(`fake-content:${match[1] ?? ''}`)]);
    return { status: 200, raw, headers: { 'content-type': 'image/jpeg' } };
  }

  const handler = (server: 'api' | 'data') => async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const headers = flattenHeaders(req);
    const text = await readBody(req);
    let body: unknown = text === '' ? undefined : text;
    let reply: Reply | undefined;
    if (text !== '' && (headers['content-type'] ?? '').includes('json')) {
      try {
        body = JSON.parse(text);
      } catch {
        reply = { status: 400, body: { message: 'The request body could not be parsed as JSON' } };
      }
    }
    const call: FakeLineCall = { method, path, headers, body, at: Date.now(), server, status: 0 };
    calls.push(call);

    const failure = failures.get(path)?.shift();
    if (failure?.hang) return;
    if (failure) {
      reply = {
        status: failure.status,
        body: failure.body ?? { message: `fake failure ${failure.status}` },
        headers: failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {},
      };
    }
    if (!reply && !authorized(headers)) reply = { status: 401, body: AUTH_FAILED };
    reply ??= server === 'api' ? handleApi(method, path, headers, body) : handleData(method, path);

    call.status = reply.status;
    if (reply.media) return writeMedia(res, reply.media, { 'x-line-request-id': randomUUID() });
    const payload = reply.raw ?? Buffer.from(JSON.stringify(reply.body ?? {}));
    res.writeHead(reply.status, {
      'content-type': 'application/json',
      'x-line-request-id': randomUUID(),
      ...reply.headers,
      'content-length': String(payload.length),
    });
    res.end(payload);
  };

  const apiServer = createServer((req, res) => void handler('api')(req, res));
  const dataServer = createServer((req, res) => void handler('data')(req, res));
  const [url, dataUrl] = await Promise.all([listen(apiServer), listen(dataServer)]);

  const fake: FakeLine = {
    url,
    dataUrl,
    calls,
    deliveries,
    botInfo,
    webhookEndpoint: undefined,
    putContent(messageId, file) {
      contents.set(messageId, file);
    },
    failNext(path, failure) {
      const queue = failures.get(path) ?? [];
      queue.push(failure);
      failures.set(path, queue);
    },
    reset() {
      calls.length = 0;
      deliveries.length = 0;
      failures.clear();
      usedReplyTokens.clear();
      acceptedRetryKeys.clear();
      fake.webhookEndpoint = undefined;
    },
    async stop() {
      const close = (s: Server) =>
        new Promise<void>((resolve, reject) => {
          s.closeAllConnections();
          s.close((err) => (err ? reject(err) : resolve()));
        });
      await Promise.all([close(apiServer), close(dataServer)]);
    },
  };
  return fake;
}
