/**
 * A fake WhatsApp Cloud API (Graph API) for tests: a node:http server on
 * 127.0.0.1:0 speaking the documented wire format, so the adapter's real
 * `fetch` code runs. It checks the Bearer token (190 OAuthException
 * otherwise), answers `GET /{phone-number-id}`, and validates
 * `POST /{phone-number-id}/messages` like the platform does (text ≤ 4096,
 * reply buttons 1–3 with titles ≤ 20, list rows ≤ 10 with titles ≤ 24,
 * captions ≤ 1024, known templates). Calls are recorded; `failNext` makes the
 * next matching call fail with an HTTP status and a Graph error code.
 *
 * Media: `GET /{media-id}` answers a download URL on the fake (which wants the
 * same bearer token) for files put with `putMedia`; `POST /{phone-number-id}/media`
 * takes a multipart upload and answers its media id, which messages may then use.
 *
 * Also here: `signWhatsAppBody` (the `X-Hub-Signature-256` Meta sends) and
 * builders for webhook payloads following Meta's documented examples.
 *
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { WebhookRequest } from '../../channels/types.js';
import { flattenHeaders, listenLocal, sendJson } from './http-util.js';
import { readMultipart, readRaw, writeMedia, type FakeMediaFile, type UploadedFile } from './media.js';

export const GRAPH_VERSION = 'v21.0';

export interface FakeGraphCall {
  method: string;
  /** Path without the version prefix, e.g. `/106540352242922/messages`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | undefined>;
  body: unknown;
  /** Date.now() when the call arrived. */
  at: number;
  /** What the fake did with it. */
  kind: 'phone' | 'send' | 'read' | 'media' | 'upload' | 'download' | 'other';
  status: number;
  response: unknown;
}

/** What the next matching call answers instead. */
export interface FakeGraphFailure {
  status: number;
  /** Graph error code (130429, 131056, 131047, 4, 80007, 131000...); a default message is filled in. */
  code?: number;
  subcode?: number;
  message?: string;
  details?: string;
  /** Seconds, sent as a `Retry-After` header. */
  retryAfter?: number;
  /** Which call fails: a message send (default), a mark-as-read, or the phone number lookup. */
  on?: 'send' | 'read' | 'phone';
  /** Never answer (the client's timeout must cancel the request). */
  hang?: boolean;
}

/** A message the fake accepted: what the customer would receive. */
export interface FakeWhatsAppSend {
  id: string;
  phoneNumberId: string;
  to: string;
  type: string;
  /** The whole request body. */
  body: Record<string, unknown>;
  at: number;
}

export interface FakeWhatsAppRead {
  phoneNumberId: string;
  messageId: string;
  typing: boolean;
  at: number;
}

export interface FakePhoneNumber {
  display_phone_number: string;
  verified_name: string;
}

export interface FakeWhatsAppGraph {
  /** Versioned base URL, e.g. `http://127.0.0.1:PORT/v21.0` (what WHATSAPP_GRAPH_API_URL holds). */
  url: string;
  calls: FakeGraphCall[];
  sends: FakeWhatsAppSend[];
  reads: FakeWhatsAppRead[];
  phoneNumbers: Record<string, FakePhoneNumber>;
  failNext(failure: FakeGraphFailure): void;
  /** A file a customer sent: `GET /{media-id}` knows it (under `id` when given). Returns the media id. */
  putMedia(file: FakeMediaFile, id?: string): string;
  /** Files uploaded with `POST /{phone-number-id}/media`, by media id. */
  uploads: Map<string, UploadedFile & { type: string }>;
  /** Forgets calls, sends, reads and pending failures. */
  reset(): void;
  stop(): Promise<void>;
}

export interface FakeWhatsAppGraphOptions {
  /** Accepted access tokens; any non-empty token when omitted. */
  validTokens?: string[];
  /** Phone numbers known to the fake, by phone number id. */
  phoneNumbers?: Record<string, FakePhoneNumber>;
  /** Approved templates (`name` + language code); any template when omitted. */
  templates?: Array<{ name: string; language: string }>;
}

// ---------------------------------------------------------------- webhooks

/** `sha256=<hex HMAC-SHA256 of the body with the app secret>`: Meta's `X-Hub-Signature-256`. */
export function signWhatsAppBody(body: string | Buffer, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/** A webhook request as Meta would send it, signed with `appSecret`. */
export function signedWhatsAppWebhook(body: string | object, appSecret: string): WebhookRequest {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWhatsAppBody(raw, appSecret) },
    query: {},
    rawBody: Buffer.from(raw, 'utf8'),
  };
}

/** A fresh, unique message id shaped like Meta's (`wamid.` + base64). */
export function newWamid(): string {
  return `wamid.${Buffer.concat([Buffer.from('HBgLMTY1MDU1NTEyMzQVAgASGBQz'), randomBytes(18)]).toString('base64')}`;
}

export interface WaBusinessNumber {
  phoneNumberId: string;
  displayPhoneNumber: string;
}

export type WaObject = Record<string, unknown>;

/** A `messages[]` entry: `content` is `{ type: 'text', text: { body } }`, `{ type: 'image', image: {...} }`... */
export function waMessage(from: string, content: { type: string } & WaObject, opts: { id?: string; timestamp?: number; context?: WaObject } = {}): WaObject {
  return {
    from,
    id: opts.id ?? newWamid(),
    timestamp: String(opts.timestamp ?? Math.floor(Date.now() / 1000)),
    ...(opts.context ? { context: opts.context } : {}),
    ...content,
  };
}

export const waText = (body: string) => ({ type: 'text', text: { body } });

/** A `statuses[]` entry for a message we sent. */
export function waStatus(id: string, status: string, recipient: string, opts: { timestamp?: number; errors?: WaObject[] } = {}): WaObject {
  return {
    id,
    status,
    timestamp: String(opts.timestamp ?? Math.floor(Date.now() / 1000)),
    recipient_id: recipient,
    ...(opts.errors ? { errors: opts.errors } : {}),
  };
}

/** The documented envelope: `object`, `entry[].changes[]` with `field: "messages"` and a `value` with metadata. */
export function waMessagesWebhook(
  business: WaBusinessNumber,
  value: { contacts?: Array<{ waId: string; name?: string }>; messages?: WaObject[]; statuses?: WaObject[] },
  wabaId = '102290129340398',
): WaObject {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: wabaId,
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: business.displayPhoneNumber, phone_number_id: business.phoneNumberId },
              ...(value.contacts ? { contacts: value.contacts.map((c) => ({ profile: c.name ? { name: c.name } : {}, wa_id: c.waId })) } : {}),
              ...(value.messages ? { messages: value.messages } : {}),
              ...(value.statuses ? { statuses: value.statuses } : {}),
            },
          },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------- server

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

const DEFAULT_FAILURES: Record<number, { message: string; details?: string }> = {
  4: { message: '(#4) Application request limit reached' },
  80007: { message: '(#80007) There have been too many calls to this WhatsApp Business account.' },
  130429: { message: '(#130429) Rate limit hit', details: 'Cloud API message throughput has been reached.' },
  131056: { message: '(#131056) (Business Account, Consumer Account) pair rate limit hit', details: 'Too many messages sent from the sender phone number to the same recipient phone number in a short period of time.' },
  131047: { message: '(#131047) Re-engagement message', details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' },
  131000: { message: 'Something went wrong' },
  131026: { message: '(#131026) Message undeliverable' },
  131053: { message: '(#131053) Media upload error', details: 'Unable to upload the media used in the message.' },
};

const fbtrace = () => randomBytes(9).toString('base64url');

function graphError(status: number, error: { message: string; code: number; type?: string; subcode?: number; details?: string; isTransient?: boolean }, headers?: Record<string, string>): Reply {
  return {
    status,
    headers,
    body: {
      error: {
        message: error.message,
        type: error.type ?? 'OAuthException',
        code: error.code,
        ...(error.subcode !== undefined ? { error_subcode: error.subcode } : {}),
        ...(error.details ? { error_data: { messaging_product: 'whatsapp', details: error.details } } : {}),
        ...(error.isTransient !== undefined ? { is_transient: error.isTransient } : {}),
        fbtrace_id: fbtrace(),
      },
    },
  };
}

const invalidParam = (details: string): Reply => graphError(400, { message: '(#131009) Parameter value is not valid', code: 131009, details });
const missingParam = (param: string): Reply => graphError(400, { message: `(#100) The parameter ${param} is required.`, code: 100 });

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const len = (s: string) => [...s].length;

function isHttpUrl(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}

/** The platform's checks on a message body; undefined when valid. */
function validateMessage(b: Record<string, unknown>, templates: FakeWhatsAppGraphOptions['templates']): Reply | undefined {
  if (b.messaging_product !== 'whatsapp') return missingParam('messaging_product');
  if (b.recipient_type !== undefined && b.recipient_type !== 'individual') return invalidParam('recipient_type must be individual');
  const to = str(b.to);
  if (!to) return missingParam('to');
  if (!/^\+?\d{6,20}$/.test(to)) return invalidParam(`invalid recipient: ${to}`);
  const type = str(b.type) ?? 'text';
  const content = b[type];
  if (!isRecord(content)) return missingParam(type);

  switch (type) {
    case 'text': {
      const body = str(content.body);
      if (!body) return missingParam("text['body']");
      if (len(body) > 4096) return graphError(400, { message: "(#100) Param text['body'] must be at most 4096 characters long.", code: 100 });
      if (content.preview_url !== undefined && typeof content.preview_url !== 'boolean') return invalidParam('preview_url must be a boolean');
      return undefined;
    }
    case 'image':
    case 'audio':
    case 'video':
    case 'document': {
      if (content.link === undefined && content.id === undefined) return missingParam(`${type}['link'] or ${type}['id']`);
      if (content.link !== undefined && !isHttpUrl(content.link)) return invalidParam(`${type}.link is not a valid URL`);
      const caption = content.caption;
      if (caption !== undefined && (typeof caption !== 'string' || len(caption) > 1024)) return invalidParam('caption must be at most 1024 characters');
      return undefined;
    }
    case 'template': {
      const name = str(content.name);
      const code = isRecord(content.language) ? str(content.language.code) : undefined;
      if (!name) return missingParam("template['name']");
      if (!code) return missingParam("template['language']['code']");
      if (templates && !templates.some((t) => t.name === name && t.language === code)) {
        return graphError(404, { message: '(#132001) Template name does not exist in the translation', code: 132001, details: `template name (${name}) does not exist in ${code}` });
      }
      return undefined;
    }
    case 'interactive':
      return validateInteractive(content);
    default:
      return invalidParam(`unsupported message type in this fake: ${type}`);
  }
}

function validateInteractive(i: Record<string, unknown>): Reply | undefined {
  const bodyText = isRecord(i.body) ? str(i.body.text) : undefined;
  const action = isRecord(i.action) ? i.action : undefined;
  if (!action) return missingParam("interactive['action']");
  if (i.type === 'button') {
    if (!bodyText) return missingParam("interactive['body']['text']");
    if (len(bodyText) > 1024) return invalidParam('Body text length invalid. Min length: 1, Max length: 1024');
    const buttons = Array.isArray(action.buttons) ? action.buttons : [];
    if (buttons.length < 1 || buttons.length > 3) return invalidParam('Buttons count invalid. Min: 1, Max: 3');
    const titles = new Set<string>();
    const ids = new Set<string>();
    for (const button of buttons) {
      const reply = isRecord(button) && button.type === 'reply' && isRecord(button.reply) ? button.reply : undefined;
      const id = str(reply?.id);
      const title = str(reply?.title);
      if (!id || len(id) > 256 || id !== id.trim()) return invalidParam('Button id length invalid. Min length: 1, Max length: 256');
      if (!title || len(title) > 20) return invalidParam('Button title length invalid. Min length: 1, Max length: 20');
      if (titles.has(title) || ids.has(id)) return invalidParam('Button title and id must be unique');
      titles.add(title);
      ids.add(id);
    }
    return undefined;
  }
  if (i.type === 'list') {
    if (!bodyText) return missingParam("interactive['body']['text']");
    if (len(bodyText) > 4096) return invalidParam('Body text length invalid. Min length: 1, Max length: 4096');
    const label = str(action.button);
    if (!label || len(label) > 20) return invalidParam('Button label length invalid. Min length: 1, Max length: 20');
    const sections = Array.isArray(action.sections) ? action.sections : [];
    if (sections.length < 1 || sections.length > 10) return invalidParam('Sections count invalid. Min: 1, Max: 10');
    const rows = sections.flatMap((s) => (isRecord(s) && Array.isArray(s.rows) ? (s.rows as unknown[]) : []));
    if (rows.length < 1 || rows.length > 10) return invalidParam(`Total row count invalid: ${rows.length}. Min: 1, Max: 10`);
    for (const s of sections) {
      const title = isRecord(s) ? str(s.title) : undefined;
      if (title !== undefined && len(title) > 24) return invalidParam('Section title length invalid. Max length: 24');
    }
    const ids = new Set<string>();
    for (const row of rows) {
      const id = isRecord(row) ? str(row.id) : undefined;
      const title = isRecord(row) ? str(row.title) : undefined;
      if (!id || len(id) > 200) return invalidParam('Row id length invalid. Min length: 1, Max length: 200');
      if (!title || len(title) > 24) return invalidParam('Row title length invalid. Min length: 1, Max length: 24');
      if (ids.has(id)) return invalidParam('Row ids must be unique');
      ids.add(id);
    }
    return undefined;
  }
  return invalidParam(`interactive type not supported by this fake: ${String(i.type)}`);
}



export async function startFakeWhatsAppGraph(opts: FakeWhatsAppGraphOptions = {}): Promise<FakeWhatsAppGraph> {
  const calls: FakeGraphCall[] = [];
  const sends: FakeWhatsAppSend[] = [];
  const reads: FakeWhatsAppRead[] = [];
  const failures: FakeGraphFailure[] = [];
  const phoneNumbers: Record<string, FakePhoneNumber> = { ...opts.phoneNumbers };
  const media = new Map<string, FakeMediaFile>();
  const uploads = new Map<string, UploadedFile & { type: string }>();
  let base = '';
  let mediaSeq = 0;
  const newMediaId = () => String(1_000_000_000_000_000 + mediaSeq++ * 7919);

  const authorized = (headers: Record<string, string | undefined>): boolean => {
    const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
    if (!token) return false;
    return opts.validTokens ? opts.validTokens.includes(token) : true;
  };

  function takeFailure(kind: FakeGraphCall['kind']): Reply | 'hang' | undefined {
    const i = failures.findIndex((f) => (f.on ?? 'send') === kind);
    if (i < 0) return undefined;
    const [f] = failures.splice(i, 1);
    if (!f) return undefined;
    if (f.hang) return 'hang';
    const known = f.code !== undefined ? DEFAULT_FAILURES[f.code] : undefined;
    const headers = f.retryAfter !== undefined ? { 'retry-after': String(f.retryAfter) } : undefined;
    const transient = f.status >= 500;
    return graphError(
      f.status,
      {
        message: f.message ?? known?.message ?? (transient ? 'An unexpected error has occurred. Please retry your request later.' : `fake failure ${f.status}`),
        code: f.code ?? (transient ? 2 : 100),
        subcode: f.subcode,
        details: f.details ?? known?.details,
        ...(transient ? { isTransient: true } : {}),
      },
      headers,
    );
  }

  function handle(method: string, path: string, query: Record<string, string>, body: unknown, call: FakeGraphCall): Reply | 'hang' {
    const mediaFile = method === 'GET' ? media.get(path.slice(1)) : undefined;
    if (mediaFile) {
      call.kind = 'media';
      const id = path.slice(1);
      return { status: 200, body: { messaging_product: 'whatsapp', url: `${base}/whatsapp_business/attachments/?mid=${id}&ext=${Date.now()}`, mime_type: mediaFile.contentType, sha256: 'fake', file_size: mediaFile.body.length, id } };
    }
    const phone = /^\/(\d+)$/.exec(path);
    if (phone && method === 'GET') {
      call.kind = 'phone';
      const failed = takeFailure('phone');
      if (failed) return failed;
      const id = phone[1] ?? '';
      const known = phoneNumbers[id];
      if (!known) {
        return graphError(400, {
          message: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
          type: 'GraphMethodException',
          code: 100,
          subcode: 33,
        });
      }
      const fields = (query.fields ?? 'display_phone_number,verified_name').split(',');
      const out: Record<string, string> = {};
      for (const f of fields) if (f in known) out[f] = known[f as keyof FakePhoneNumber];
      return { status: 200, body: { ...out, id } };
    }

    const messagesPath = /^\/(\d+)\/messages$/.exec(path);
    if (messagesPath && method === 'POST') {
      const phoneNumberId = messagesPath[1] ?? '';
      const b = isRecord(body) ? body : {};
      call.kind = b.status === 'read' ? 'read' : 'send';
      const failed = takeFailure(call.kind);
      if (failed) return failed;
      if (!phoneNumbers[phoneNumberId]) return graphError(400, { message: `(#100) Invalid parameter`, code: 100, subcode: 33 });

      if (call.kind === 'read') {
        if (b.messaging_product !== 'whatsapp') return missingParam('messaging_product');
        const messageId = str(b.message_id);
        if (!messageId) return missingParam('message_id');
        const typing = b.typing_indicator;
        if (typing !== undefined && !(isRecord(typing) && typing.type === 'text')) return invalidParam('typing_indicator.type must be text');
        reads.push({ phoneNumberId, messageId, typing: typing !== undefined, at: call.at });
        return { status: 200, body: { success: true } };
      }

      const invalid = validateMessage(b, opts.templates);
      if (invalid) return invalid;
      const id = newWamid();
      const to = String(b.to);
      const type = str(b.type) ?? 'text';
      sends.push({ id, phoneNumberId, to, type, body: b, at: call.at });
      return {
        status: 200,
        body: {
          messaging_product: 'whatsapp',
          contacts: [{ input: to, wa_id: to.replace(/^\+/, '') }],
          messages: [type === 'template' ? { id, message_status: 'accepted' } : { id }],
        },
      };
    }
    return graphError(400, { message: `Unknown path components: ${path}`, code: 2500 });
  }

  /** `POST /{phone-number-id}/media`: messaging_product, type and the file, as multipart. */
  async function upload(phoneNumberId: string, contentType: string | undefined, raw: Buffer, call: FakeGraphCall): Promise<Reply> {
    call.kind = 'upload';
    if (!phoneNumbers[phoneNumberId]) return graphError(400, { message: '(#100) Invalid parameter', code: 100, subcode: 33 });
    let form;
    try {
      form = await readMultipart(contentType, raw);
    } catch {
      return graphError(400, { message: '(#100) The parameter file is required.', code: 100 });
    }
    if (form.fields.messaging_product !== 'whatsapp') return missingParam('messaging_product');
    const file = form.files.find((f) => f.field === 'file');
    if (!file) return missingParam('file');
    const type = form.fields.type;
    if (!type) return missingParam('type');
    const id = newMediaId();
    uploads.set(id, { ...file, type });
    call.body = { messaging_product: 'whatsapp', type, file: { fileName: file.fileName, contentType: file.contentType, size: file.body.length } };
    return { status: 200, body: { id } };
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', 'http://fake');
      // Graph accepts versioned and unversioned paths.
      const path = url.pathname.replace(/^\/v\d+\.\d+(?=\/)/, '');
      const query = Object.fromEntries(url.searchParams.entries());
      const headers = flattenHeaders(req);
      const raw = await readRaw(req);
      const multipart = (headers['content-type'] ?? '').startsWith('multipart/form-data');
      const text = multipart ? '' : raw.toString('utf8');
      let body: unknown = text === '' ? undefined : text;
      let reply: Reply | undefined;
      if (text !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          reply = graphError(400, { message: '(#100) Invalid JSON for postBody', code: 100 });
        }
      }
      const call: FakeGraphCall = { method, path, query, headers, body, at: Date.now(), kind: 'other', status: 0, response: undefined };
      calls.push(call);
      if (!reply && !authorized(headers)) {
        reply = graphError(401, { message: 'Invalid OAuth access token - Cannot parse access token', code: 190 });
      }
      // The media download URL (lookaside.fbsbx.com on the real platform): the file itself, for the same token.
      if (!reply && method === 'GET' && path === '/whatsapp_business/attachments/') {
        call.kind = 'download';
        const file = media.get(query.mid ?? '');
        if (file) {
          call.status = 200;
          return writeMedia(res, file);
        }
        reply = { status: 404, body: { error: { message: 'Not found', code: 404 } } };
      }
      const uploadPath = /^\/(\d+)\/media$/.exec(path);
      const handled = reply ?? (uploadPath && method === 'POST' ? await upload(uploadPath[1] ?? '', headers['content-type'], raw, call) : handle(method, path, query, body, call));
      if (handled === 'hang') return;
      reply = handled;
      call.status = reply.status;
      call.response = reply.body;
      sendJson(res, reply.status, reply.body, reply.headers);
    })();
  });

  base = await listenLocal(server);

  return {
    url: `${base}/${GRAPH_VERSION}`,
    calls,
    sends,
    reads,
    phoneNumbers,
    failNext(failure) {
      failures.push(failure);
    },
    uploads,
    putMedia(file, id = newMediaId()) {
      media.set(id, file);
      return id;
    },
    reset() {
      calls.length = 0;
      sends.length = 0;
      reads.length = 0;
      failures.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
