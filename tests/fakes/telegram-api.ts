/**
 * A small fake of the Telegram Bot API (https://core.telegram.org/bots/api) so
 * the real telegraf client runs in tests. It speaks the wire format: requests
 * `POST /bot<token>/<method>` with JSON, urlencoded or multipart bodies (plus
 * query-string parameters), answers `{"ok":true,"result":...}` or
 * `{"ok":false,"error_code":...,"description":...}` with the matching HTTP
 * status, and records every call. Files: `getFile` + `GET /file/bot<token>/<file_path>`
 * serve what the test put there ({@link FakeTelegram.putFile}); multipart uploads
 * keep their bytes; `sendDocument` by URL accepts only PDF, ZIP and GIF, as
 * Telegram documents (it fetches a URL without such an extension to see its type).
 *
 * @see https://core.telegram.org/bots/api#getfile
 * @see https://core.telegram.org/bots/api#sending-files
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeMedia, type FakeMediaFile } from './media.js';

export interface FakeTelegramCall {
  token: string;
  /** The method as called (the Bot API matches method names case-insensitively). */
  method: string;
  /** Parameters as received: JSON values, or strings for form bodies; uploads as `{ filename, contentType, size, bytes }`. */
  body: Record<string, unknown>;
  at: number;
  /** HTTP status answered (unset while the call is pending). */
  status?: number;
}

/**
 * What the next call to a method answers instead: a 429 (with `parameters.retry_after` when
 * `retryAfter` is given), another status with a description, or no answer at all (`hang`).
 */
export type FakeTelegramFailure = { status: 429; retryAfter?: number } | { status: number; description: string } | { hang: true };

export interface FakeTelegram {
  /** apiRoot for telegraf, e.g. http://127.0.0.1:PORT */
  url: string;
  calls: FakeTelegramCall[];
  /** The next call to `method` fails with this (queued, one failure per call). */
  failNext(method: string, failure: FakeTelegramFailure): void;
  callsTo(method: string): FakeTelegramCall[];
  /** A file a user sent: `getFile` knows it (under `id` when given), the file URL serves it. Returns its file_id. */
  putFile(file: FakeMediaFile, id?: string): string;
  /** Downloads of files (`GET /file/bot…`), with the token they used. */
  downloads: Array<{ token: string; filePath: string }>;
  reset(): void;
  stop(): Promise<void>;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
    readonly parameters?: Record<string, unknown>,
  ) {
    super(description);
  }
}

const badRequest = (what: string) => new ApiError(400, `Bad Request: ${what}`);
const TOKEN_RE = /^\d+:[A-Za-z0-9_-]+$/;
const CHAT_ACTIONS = new Set([
  'typing', 'upload_photo', 'record_video', 'upload_video', 'record_voice', 'upload_voice',
  'upload_document', 'choose_sticker', 'find_location', 'record_video_note', 'upload_video_note',
]);

interface BotState {
  webhook: { url: string; allowedUpdates?: string[]; secretToken?: string };
  nextMessageId: Map<number, number>;
}

// ---------------------------------------------------------------- body parsing

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseMultipart(buf: Buffer, boundary: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = buf.indexOf(delimiter);
  while (pos !== -1) {
    let start = pos + delimiter.length;
    if (buf.subarray(start, start + 2).toString() === '--') break;
    if (buf[start] === 13 && buf[start + 1] === 10) start += 2;
    const next = buf.indexOf(delimiter, start);
    if (next === -1) break;
    let part = buf.subarray(start, next);
    if (part.length >= 2 && part[part.length - 2] === 13 && part[part.length - 1] === 10) part = part.subarray(0, -2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = new Map<string, string>();
      for (const line of part.subarray(0, headerEnd).toString('utf8').split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      const disposition = headers.get('content-disposition') ?? '';
      const name = /\bname="([^"]*)"/.exec(disposition)?.[1];
      const filename = /\bfilename="([^"]*)"/.exec(disposition)?.[1];
      const content = part.subarray(headerEnd + 4);
      if (name !== undefined) {
        out[name] =
          filename !== undefined
            ? { filename, contentType: headers.get('content-type') ?? 'application/octet-stream', size: content.length, bytes: Buffer.from(content) }
            : content.toString('utf8');
      }
    }
    pos = next;
  }
  return out;
}

function parseParams(req: IncomingMessage, raw: Buffer, query: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = Object.fromEntries(query);
  const contentType = (req.headers['content-type'] ?? '').toLowerCase();
  if (raw.length === 0) return params;
  if (contentType.startsWith('application/json')) {
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      throw badRequest("can't parse JSON encoded parameters");
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) throw badRequest('parameters must be a JSON object');
    return { ...params, ...(json as Record<string, unknown>) };
  }
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    return { ...params, ...Object.fromEntries(new URLSearchParams(raw.toString('utf8'))) };
  }
  // The boundary is case-sensitive: read it from the header as sent.
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(req.headers['content-type'] ?? '');
  if (contentType.startsWith('multipart/form-data') && boundary) {
    return { ...params, ...parseMultipart(raw, (boundary[1] ?? boundary[2] ?? '').trim()) };
  }
  return params;
}

/** Form bodies carry JSON-serialised objects (reply_markup, allowed_updates) as strings. */
function jsonParam(value: unknown, what: string): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    throw badRequest(`can't parse ${what} JSON object`);
  }
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

// ---------------------------------------------------------------- objects

function botUser(token: string) {
  const id = Number(token.split(':')[0]);
  return { id, is_bot: true, first_name: 'Fake Bot', username: `fake_${id}_bot` };
}

function chatFor(chatIdParam: unknown) {
  const raw = str(chatIdParam);
  if (raw === undefined || raw === '') throw badRequest('chat_id is empty');
  if (raw.startsWith('@') && raw.length > 1) {
    return { id: -1001000000000 - raw.length, title: raw.slice(1), username: raw.slice(1), type: 'channel' };
  }
  if (!/^-?\d+$/.test(raw)) throw badRequest('chat not found');
  const id = Number(raw);
  if (id > 0) return { id, first_name: 'Customer', type: 'private' };
  if (raw.startsWith('-100')) return { id, title: 'Fake supergroup', type: 'supergroup' };
  return { id, title: 'Fake group', type: 'group', all_members_are_administrators: true };
}

const fileId = () => `AgAC${randomBytes(24).toString('base64url')}`;
const fileUniqueId = () => `AQAD${randomBytes(6).toString('base64url')}`;

function uploadedOrReferenced(value: unknown, what: string): { name: string; size: number } {
  if (value && typeof value === 'object' && 'filename' in value && 'size' in value) {
    return { name: String(value.filename), size: Number(value.size) };
  }
  const ref = str(value);
  if (!ref) throw badRequest(`there is no ${what} in the request`);
  if (/^https?:\/\//i.test(ref)) {
    const last = new URL(ref).pathname.split('/').filter(Boolean).pop();
    return { name: last ? decodeURIComponent(last) : 'file', size: 10_240 };
  }
  return { name: 'file', size: 10_240 };
}

const MIME_BY_EXT: Record<string, string> = {
  pdf: 'application/pdf', zip: 'application/zip', gif: 'image/gif', txt: 'text/plain', jpg: 'image/jpeg', png: 'image/png',
};

function inlineKeyboard(markupParam: unknown): { inline_keyboard: unknown[][] } | undefined {
  if (markupParam === undefined) return undefined;
  const markup = jsonParam(markupParam, 'reply keyboard markup');
  if (!markup || typeof markup !== 'object' || !('inline_keyboard' in markup)) return undefined;
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r))) throw badRequest('field "inline_keyboard" must be an Array of Array');
  for (const row of rows as unknown[][]) {
    for (const button of row) {
      if (!button || typeof button !== 'object' || !('text' in button) || typeof button.text !== 'string') {
        throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      }
      if ('callback_data' in button) {
        const bytes = Buffer.byteLength(String(button.callback_data), 'utf8');
        if (bytes < 1 || bytes > 64) throw badRequest('BUTTON_DATA_INVALID');
      } else if (!('url' in button)) {
        throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must have exactly one optional field");
      }
    }
  }
  return { inline_keyboard: rows as unknown[][] };
}

/** The tags Telegram's HTML style allows. @see https://core.telegram.org/bots/api#html-style */
const HTML_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'blockquote', 'span', 'tg-spoiler', 'tg-emoji']);

/**
 * `parse_mode: HTML` as Telegram parses it: only the allowed tags, properly nested, every other
 * `<`, `>` and `&` escaped as an entity. Returns the visible text (whose length the limits count).
 */
function parseHtml(text: string): string {
  const stack: string[] = [];
  let visible = '';
  const re = /<(\/?)([a-z-]+)([^>]*)>|&(#\d+|#x[0-9a-f]+|lt|gt|amp|quot);|([<>&])|([^<>&]+)/gi;
  for (const m of text.matchAll(re)) {
    const [, closing, tag, , entity, stray, plain] = m;
    if (plain !== undefined) visible += plain;
    else if (entity !== undefined) visible += 'x';
    else if (stray !== undefined) throw badRequest(`can't parse entities: Unsupported start tag or unescaped character "${stray}" at byte offset ${m.index}`);
    else if (tag !== undefined) {
      const name = tag.toLowerCase();
      if (!HTML_TAGS.has(name)) throw badRequest(`can't parse entities: Unsupported start tag "${name}" at byte offset ${m.index}`);
      if (!closing) stack.push(name);
      else if (stack.pop() !== name) throw badRequest(`can't parse entities: Unmatched end tag at byte offset ${m.index}, expected "</${stack.at(-1) ?? ''}>", found "</${name}>"`);
    }
  }
  if (stack.length > 0) throw badRequest(`can't parse entities: Can't find end tag corresponding to start tag "${stack.at(-1) ?? ''}"`);
  return visible;
}

/** The text as the user sees it: HTML parsed when `parse_mode` says so. */
function visibleText(text: string, params: Record<string, unknown>): string {
  return str(params.parse_mode)?.toUpperCase() === 'HTML' ? parseHtml(text) : text;
}

// ---------------------------------------------------------------- methods

type Handler = (token: string, params: Record<string, unknown>, state: BotState) => unknown;

/** What Telegram sends by URL as a document: "In sendDocument, sending by URL will currently only work for GIF, PDF and ZIP files." */
const DOCUMENT_URL_TYPES = new Set(['application/pdf', 'application/zip', 'image/gif']);

/** Telegram fetches a document URL itself; the fake does the same for URLs whose extension does not tell. */
async function checkDocumentUrl(value: unknown): Promise<void> {
  const ref = str(value);
  if (!ref || !/^https?:\/\//i.test(ref)) return;
  const ext = new URL(ref).pathname.split('.').pop()?.toLowerCase() ?? '';
  if (ext === 'pdf' || ext === 'zip' || ext === 'gif') return;
  let type: string | undefined;
  try {
    const res = await fetch(ref, { signal: AbortSignal.timeout(3000) });
    await res.body?.cancel();
    if (!res.ok) throw new Error(String(res.status));
    type = res.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  } catch {
    throw badRequest('failed to get HTTP URL content');
  }
  if (!type || !DOCUMENT_URL_TYPES.has(type)) throw badRequest('wrong type of the web page content');
}

function newMessage(token: string, params: Record<string, unknown>, state: BotState) {
  const chat = chatFor(params.chat_id);
  const messageId = state.nextMessageId.get(chat.id) ?? 1;
  state.nextMessageId.set(chat.id, messageId + 1);
  const caption = str(params.caption);
  if (caption !== undefined && visibleText(caption, params).length > 1024) throw badRequest('message caption is too long');
  const markup = inlineKeyboard(params.reply_markup);
  return {
    message_id: messageId,
    from: botUser(token),
    chat,
    date: Math.floor(Date.now() / 1000),
    ...(caption ? { caption } : {}),
    ...(markup ? { reply_markup: markup } : {}),
  };
}

const handlers: Record<string, Handler> = {
  getme: (token) => ({
    ...botUser(token),
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  }),
  setwebhook: (_token, params, state) => {
    const url = str(params.url) ?? '';
    if (url !== '' && !/^https:\/\//i.test(url)) throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
    const secret = str(params.secret_token);
    if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
      throw badRequest('secret token contains unallowed characters');
    }
    const allowed = params.allowed_updates === undefined ? undefined : jsonParam(params.allowed_updates, 'allowed_updates');
    if (allowed !== undefined && !(Array.isArray(allowed) && allowed.every((u) => typeof u === 'string'))) {
      throw badRequest('field "allowed_updates" must be an Array');
    }
    state.webhook = {
      url,
      ...(Array.isArray(allowed) ? { allowedUpdates: allowed as string[] } : {}),
      ...(secret ? { secretToken: secret } : {}),
    };
    return true;
  },
  deletewebhook: (_token, _params, state) => {
    state.webhook = { url: '' };
    return true;
  },
  getwebhookinfo: (_token, _params, state) => ({
    url: state.webhook.url,
    has_custom_certificate: false,
    pending_update_count: 0,
    ...(state.webhook.url ? { max_connections: 40, ip_address: '127.0.0.1' } : {}),
    ...(state.webhook.allowedUpdates ? { allowed_updates: state.webhook.allowedUpdates } : {}),
  }),
  sendmessage: (token, params, state) => {
    chatFor(params.chat_id);
    const text = str(params.text) ?? '';
    const visible = visibleText(text, params);
    if (visible.trim() === '') throw badRequest('message text is empty');
    if (visible.length > 4096) throw badRequest('message is too long');
    return { ...newMessage(token, params, state), text };
  },
  sendphoto: (token, params, state) => {
    chatFor(params.chat_id);
    uploadedOrReferenced(params.photo, 'photo');
    const sizes = [
      [90, 60],
      [320, 213],
      [800, 533],
    ].map(([width, height]) => ({
      file_id: fileId(),
      file_unique_id: fileUniqueId(),
      file_size: Math.round((width ?? 0) * (height ?? 0) * 0.2),
      width,
      height,
    }));
    return { ...newMessage(token, params, state), photo: sizes };
  },
  senddocument: (token, params, state) => {
    chatFor(params.chat_id);
    const file = uploadedOrReferenced(params.document, 'document');
    const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
    return {
      ...newMessage(token, params, state),
      document: {
        file_name: file.name,
        mime_type: MIME_BY_EXT[ext] ?? 'application/octet-stream',
        file_id: fileId(),
        file_unique_id: fileUniqueId(),
        file_size: file.size,
      },
    };
  },
  sendaudio: (token, params, state) => {
    chatFor(params.chat_id);
    const file = uploadedOrReferenced(params.audio, 'audio');
    return { ...newMessage(token, params, state), audio: { file_name: file.name, mime_type: 'audio/mpeg', file_id: fileId(), file_unique_id: fileUniqueId(), file_size: file.size, duration: 1 } };
  },
  sendvideo: (token, params, state) => {
    chatFor(params.chat_id);
    const file = uploadedOrReferenced(params.video, 'video');
    return { ...newMessage(token, params, state), video: { file_name: file.name, mime_type: 'video/mp4', file_id: fileId(), file_unique_id: fileUniqueId(), file_size: file.size, width: 640, height: 360, duration: 1 } };
  },
  getfile: () => {
    throw new Error('getFile is answered by the server, which knows the files');
  },
  sendchataction: (_token, params) => {
    chatFor(params.chat_id);
    if (!CHAT_ACTIONS.has(str(params.action) ?? '')) throw badRequest('wrong parameter action in request');
    return true;
  },
  answercallbackquery: (_token, params) => {
    if (!str(params.callback_query_id)) throw badRequest('query is too old and response timeout expired or query ID is invalid');
    return true;
  },
};

const DESCRIPTIONS: Record<string, string> = {
  setwebhook: 'Webhook was set',
  deletewebhook: 'Webhook was deleted',
};

// ---------------------------------------------------------------- server

export async function startFakeTelegram(opts: { validTokens?: string[] } = {}): Promise<FakeTelegram> {
  const calls: FakeTelegramCall[] = [];
  const failures = new Map<string, FakeTelegramFailure[]>();
  const bots = new Map<string, BotState>();
  const files = new Map<string, { file: FakeMediaFile; uniqueId: string; path: string }>();
  const downloads: Array<{ token: string; filePath: string }> = [];
  let fileSeq = 0;
  const isValid = (token: string) => TOKEN_RE.test(token) && (!opts.validTokens || opts.validTokens.includes(token));

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const fail = (res: ServerResponse, err: ApiError) =>
    send(res, err.status, {
      ok: false,
      error_code: err.status,
      description: err.description,
      ...(err.parameters ? { parameters: err.parameters } : {}),
    });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (download && req.method === 'GET') {
      const token = decodeURIComponent(download[1] ?? '');
      const filePath = decodeURIComponent(download[2] ?? '');
      downloads.push({ token, filePath });
      const entry = [...files.values()].find((f) => f.path === filePath);
      if (!isValid(token) || !entry) return fail(res, new ApiError(404, 'Not Found'));
      return writeMedia(res, entry.file);
    }
    const match = /^\/bot([^/]+)\/([A-Za-z]+)\/?$/.exec(url.pathname);
    const raw = await readBody(req);
    if (!match || (req.method !== 'POST' && req.method !== 'GET')) return fail(res, new ApiError(404, 'Not Found'));
    const token = decodeURIComponent(match[1] ?? '');
    const method = match[2] ?? '';
    const key = method.toLowerCase();
    let params: Record<string, unknown> = {};
    const call: FakeTelegramCall = { token, method, body: params, at: Date.now() };
    res.on('finish', () => void (call.status = res.statusCode));
    try {
      params = parseParams(req, raw, url.searchParams);
      call.body = params;
    } finally {
      calls.push(call);
    }
    if (!isValid(token)) return fail(res, new ApiError(401, 'Unauthorized'));
    const handler = handlers[key];
    if (!handler) return fail(res, new ApiError(404, 'Not Found'));

    const failure = failures.get(key)?.shift();
    if (failure) {
      // No answer until the client gives up (or the fake stops).
      if ('hang' in failure) return;
      if (failure.status === 429) {
        const retryAfter = 'retryAfter' in failure ? failure.retryAfter : undefined;
        return fail(res, new ApiError(429, `Too Many Requests${retryAfter !== undefined ? `: retry after ${retryAfter}` : ''}`, retryAfter !== undefined ? { retry_after: retryAfter } : undefined));
      }
      return fail(res, new ApiError(failure.status, 'description' in failure ? failure.description : 'fake failure'));
    }

    let state = bots.get(token);
    if (!state) {
      state = { webhook: { url: '' }, nextMessageId: new Map() };
      bots.set(token, state);
    }
    if (key === 'getfile') {
      const id = str(params.file_id);
      const entry = id ? files.get(id) : undefined;
      if (!entry) return fail(res, badRequest('invalid file_id'));
      // The Bot API hands out files up to 20 MB.
      if (entry.file.body.length > 20 * 1024 * 1024) return fail(res, badRequest('file is too big'));
      return send(res, 200, { ok: true, result: { file_id: id, file_unique_id: entry.uniqueId, file_size: entry.file.body.length, file_path: entry.path } });
    }
    if (key === 'senddocument') await checkDocumentUrl(params.document);
    const result = handler(token, params, state);
    const description = DESCRIPTIONS[key];
    send(res, 200, { ok: true, result, ...(description ? { description } : {}) });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof ApiError) return fail(res, err);
      send(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(err)}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    downloads,
    putFile(file, id = fileId()) {
      const ext = file.fileName?.split('.').pop() ?? (file.contentType.split('/')[1] || 'bin');
      files.set(id, { file, uniqueId: fileUniqueId(), path: `${file.contentType.startsWith('image/') ? 'photos' : 'documents'}/file_${fileSeq++}.${ext}` });
      return id;
    },
    failNext(method, failure) {
      const key = method.toLowerCase();
      failures.set(key, [...(failures.get(key) ?? []), failure]);
    },
    callsTo(method) {
      return calls.filter((c) => c.method.toLowerCase() === method.toLowerCase());
    },
    reset() {
      calls.length = 0;
      failures.clear();
      bots.clear();
      downloads.length = 0;
    },
    stop() {
      return new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
