/**
 * A fake WeChat Official Account API for tests: a node:http server on
 * 127.0.0.1:0 speaking the documented wire format, so the adapter's real
 * `fetch` code runs. Like the platform, it answers HTTP 200 with
 * `{ errcode, errmsg }` for its own errors (errmsg ending in ` rid: …`):
 *
 * - `GET /cgi-bin/token?grant_type=client_credential&appid=&secret=` →
 *   `{ access_token, expires_in }`, or 40013 (unknown AppID) / 40125 (wrong secret);
 * - `POST /cgi-bin/message/custom/send?access_token=` → `{ errcode: 0, errmsg: "ok" }`
 *   after checking the token (40001 unknown, 42001 expired) and the body
 *   (`touser`, `msgtype: text`, `text.content` ≤ 2048 bytes: 44004 / 45002);
 * - `POST /cgi-bin/message/custom/typing?access_token=`;
 * - `GET /cgi-bin/media/get?access_token=&media_id=` → the file of a media id put
 *   with `putMedia` (a customer's image or voice), or 40007 (invalid media_id);
 * - `POST /cgi-bin/media/upload?access_token=&type=image` (multipart `media`) →
 *   `{ type, media_id, created_at }`; `custom/send` then takes `msgtype: image`
 *   with that `image.media_id`.
 *
 * `failNext` makes the next matching call fail with an errcode (45015, 40001,
 * 45009, -1…), an HTTP status (what a proxy on the way may answer, with or
 * without Retry-After), or no answer at all.
 *
 * Also here, written from the documentation with node:crypto and independent
 * of the adapter's code: the query signature WeChat adds to every call, the
 * safe-mode envelope, and builders for message XML.
 *
 * @see https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Get_access_token.html
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Service_Center_messages.html
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Message_encryption_and_decryption_instructions.html
 * @see https://developers.weixin.qq.com/doc/offiaccount/Getting_Started/Global_Return_Code.html
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { WebhookRequest } from '../../channels/types.js';
import { listenLocal, sendJson } from './http-util.js';
import { readMultipart, readRaw, writeMedia, type FakeMediaFile, type UploadedFile } from './media.js';

export interface FakeWeChatAccount {
  appId: string;
  appSecret: string;
}

export interface FakeWeChatCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  at: number;
  kind: 'token' | 'send' | 'typing' | 'media' | 'upload' | 'other';
  /** HTTP status answered (0 while hanging). */
  status: number;
  response: unknown;
}

/** What the next matching call answers instead. */
export interface FakeWeChatFailure {
  /** Answered as WeChat does: HTTP 200 with this errcode (45015, 40001, 42001, 45009, 45047, -1…). */
  errcode?: number;
  errmsg?: string;
  /** An HTTP error status instead (a proxy or load balancer in front of the API). */
  status?: number;
  /** Seconds, sent as a `Retry-After` header with `status`. */
  retryAfter?: number;
  /** Never answer (the client's timeout must cancel the request). */
  hang?: boolean;
  /** Which call fails; default the message send. */
  on?: 'send' | 'token' | 'typing' | 'media' | 'upload';
}

/** A message the fake accepted: what the customer would receive. */
export interface FakeWeChatSend {
  appId: string;
  touser: string;
  msgtype: string;
  content: string;
  body: Record<string, unknown>;
  at: number;
}

export interface FakeWeChatApi {
  /** What WECHAT_API_BASE_URL holds. */
  url: string;
  calls: FakeWeChatCall[];
  sends: FakeWeChatSend[];
  /** `/cgi-bin/token` calls that issued a token. */
  tokensIssued(): number;
  failNext(failure: FakeWeChatFailure): void;
  /** A file a customer sent (image, voice): `media/get` serves it (under `id` when given). Returns its media_id. */
  putMedia(file: FakeMediaFile, id?: string): string;
  /** Temporary media uploaded with `media/upload`, by media_id. */
  uploads: Map<string, UploadedFile & { type: string }>;
  /** Every token issued so far expires now (42001 when used). */
  expireTokens(): void;
  reset(): void;
  stop(): Promise<void>;
}

export interface FakeWeChatOptions {
  accounts: FakeWeChatAccount[];
  /** `expires_in` of issued tokens, seconds (7200 like WeChat). */
  expiresIn?: number;
  /** Answer token requests this much later (so concurrent callers overlap). */
  tokenDelayMs?: number;
}

const DEFAULT_ERRMSG: Readonly<Record<number, string>> = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40003: 'invalid openid',
  40004: 'invalid media type',
  40007: 'invalid media_id',
  40009: 'invalid image size',
  40013: 'invalid appid',
  40125: 'invalid appsecret',
  40164: 'invalid ip 203.0.113.7, not in whitelist',
  42001: 'access_token expired',
  43004: 'require subscribe',
  44004: 'empty content',
  45002: 'content size out of limit',
  45009: 'reach max api daily quota limit',
  45015: 'response out of time limit or subscription is canceled',
  45047: 'out of response count limit',
};

const rid = () => `${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}`;
const errorBody = (errcode: number, errmsg?: string) => ({ errcode, errmsg: `${errmsg ?? DEFAULT_ERRMSG[errcode] ?? 'fake failure'} rid: ${rid()}` });
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

export async function startFakeWeChat(opts: FakeWeChatOptions): Promise<FakeWeChatApi> {
  const calls: FakeWeChatCall[] = [];
  const sends: FakeWeChatSend[] = [];
  const failures: FakeWeChatFailure[] = [];
  /** Issued tokens: which account, and whether expired. */
  const tokens = new Map<string, { appId: string; expired: boolean }>();
  let issued = 0;
  const media = new Map<string, FakeMediaFile>();
  const uploads = new Map<string, UploadedFile & { type: string }>();
  const mediaId = () => randomBytes(24).toString('base64url');

  function takeFailure(kind: FakeWeChatCall['kind']): Reply | 'hang' | undefined {
    const i = failures.findIndex((f) => (f.on ?? 'send') === kind);
    if (i < 0) return undefined;
    const [f] = failures.splice(i, 1);
    if (!f) return undefined;
    if (f.hang) return 'hang';
    if (f.status !== undefined) {
      const headers = f.retryAfter !== undefined ? { 'retry-after': String(f.retryAfter) } : undefined;
      return { status: f.status, body: f.errcode !== undefined ? errorBody(f.errcode, f.errmsg) : { error: `fake HTTP ${f.status}` }, headers };
    }
    return { status: 200, body: errorBody(f.errcode ?? -1, f.errmsg) };
  }

  function issueToken(appid: unknown, secret: unknown): Reply {
    const account = opts.accounts.find((a) => a.appId === appid);
    if (!account) return { status: 200, body: errorBody(40013) };
    if (account.appSecret !== secret) return { status: 200, body: errorBody(40125) };
    const token = `${randomBytes(48).toString('base64url')}_${account.appId.slice(2, 8)}`;
    tokens.set(token, { appId: account.appId, expired: false });
    issued++;
    return { status: 200, body: { access_token: token, expires_in: opts.expiresIn ?? 7200 } };
  }

  function withToken(query: Record<string, string>): { appId: string } | Reply {
    const known = tokens.get(query.access_token ?? '');
    if (!known) return { status: 200, body: errorBody(40001) };
    if (known.expired) return { status: 200, body: errorBody(42001) };
    return { appId: known.appId };
  }

  function handle(method: string, path: string, query: Record<string, string>, body: unknown, call: FakeWeChatCall): Reply | 'hang' {
    if (path === '/cgi-bin/token' && method === 'GET') {
      call.kind = 'token';
      const failed = takeFailure('token');
      if (failed) return failed;
      if (query.grant_type !== 'client_credential') return { status: 200, body: errorBody(40002, 'invalid grant_type') };
      return issueToken(query.appid, query.secret);
    }
    if ((path === '/cgi-bin/message/custom/send' || path === '/cgi-bin/message/custom/typing') && method === 'POST') {
      call.kind = path.endsWith('/send') ? 'send' : 'typing';
      const failed = takeFailure(call.kind);
      if (failed) return failed;
      const auth = withToken(query);
      if ('status' in auth) return auth;
      const b = isRecord(body) ? body : {};
      const touser = typeof b.touser === 'string' ? b.touser : '';
      if (!touser) return { status: 200, body: errorBody(40003) };
      if (call.kind === 'typing') {
        return b.command === 'Typing' || b.command === 'CancelTyping' ? { status: 200, body: { errcode: 0, errmsg: 'ok' } } : { status: 200, body: errorBody(40002, 'invalid command') };
      }
      if (b.msgtype === 'image') {
        const id = isRecord(b.image) && typeof b.image.media_id === 'string' ? b.image.media_id : '';
        if (!uploads.has(id) && !media.has(id)) return { status: 200, body: errorBody(40007) };
        sends.push({ appId: auth.appId, touser, msgtype: 'image', content: id, body: b, at: call.at });
        return { status: 200, body: { errcode: 0, errmsg: 'ok' } };
      }
      if (b.msgtype !== 'text') return { status: 200, body: errorBody(40008, 'invalid message type') };
      const content = isRecord(b.text) && typeof b.text.content === 'string' ? b.text.content : '';
      if (content === '') return { status: 200, body: errorBody(44004) };
      if (Buffer.byteLength(content, 'utf8') > 2048) return { status: 200, body: errorBody(45002) };
      sends.push({ appId: auth.appId, touser, msgtype: 'text', content, body: b, at: call.at });
      return { status: 200, body: { errcode: 0, errmsg: 'ok' } };
    }
    return { status: 404, body: { errcode: 48001, errmsg: `api unauthorized rid: ${rid()}` } };
  }

  /** `media/upload`: the multipart `media` part, of a known type; images up to 10 MB. */
  async function upload(query: Record<string, string>, contentType: string | undefined, raw: Buffer, call: FakeWeChatCall): Promise<Reply | 'hang'> {
    call.kind = 'upload';
    const failed = takeFailure('upload');
    if (failed) return failed;
    const auth = withToken(query);
    if ('status' in auth) return auth;
    const type = query.type ?? '';
    if (!['image', 'voice', 'video', 'thumb'].includes(type)) return { status: 200, body: errorBody(40004) };
    let file: UploadedFile | undefined;
    try {
      file = (await readMultipart(contentType, raw)).files.find((f) => f.field === 'media');
    } catch {
      file = undefined;
    }
    if (!file) return { status: 200, body: errorBody(41005, 'media data missing') };
    if (type === 'image' && file.body.length > 10 * 1024 * 1024) return { status: 200, body: errorBody(40009) };
    const id = mediaId();
    uploads.set(id, { ...file, type });
    call.body = { type, media: { fileName: file.fileName, contentType: file.contentType, size: file.body.length } };
    return { status: 200, body: { type, media_id: id, created_at: Math.floor(Date.now() / 1000) } };
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', 'http://fake');
      const query = Object.fromEntries(url.searchParams.entries());
      const raw = await readRaw(req);
      const contentType = req.headers['content-type'];
      if (url.pathname === '/cgi-bin/media/get' && method === 'GET') {
        const call: FakeWeChatCall = { method, path: url.pathname, query, body: undefined, at: Date.now(), kind: 'media', status: 0, response: undefined };
        calls.push(call);
        const failed = takeFailure('media');
        if (failed === 'hang') return;
        const auth = failed ?? withToken(query);
        const file = media.get(query.media_id ?? '');
        const reply = 'status' in auth ? auth : file ? undefined : { status: 200, body: errorBody(40007) };
        if (!reply && file) {
          call.status = 200;
          return writeMedia(res, file);
        }
        call.status = reply?.status ?? 500;
        call.response = reply?.body;
        // WeChat answers a media error as JSON with a text/plain type.
        return sendJson(res, reply?.status ?? 500, reply?.body ?? {}, reply?.headers, 'text/plain');
      }
      if (url.pathname === '/cgi-bin/media/upload' && method === 'POST') {
        const call: FakeWeChatCall = { method, path: url.pathname, query, body: undefined, at: Date.now(), kind: 'upload', status: 0, response: undefined };
        calls.push(call);
        const handled = await upload(query, contentType, raw, call);
        if (handled === 'hang') return;
        call.status = handled.status;
        call.response = handled.body;
        return sendJson(res, handled.status, handled.body, handled.headers, 'application/json; encoding=utf-8');
      }
      const text = raw.toString('utf8');
      let body: unknown = text === '' ? undefined : text;
      let reply: Reply | undefined;
      if (text !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          reply = { status: 200, body: errorBody(47001, 'data format error') };
        }
      }
      const call: FakeWeChatCall = { method, path: url.pathname, query, body, at: Date.now(), kind: 'other', status: 0, response: undefined };
      calls.push(call);
      const handled = reply ?? handle(method, url.pathname, query, body, call);
      if (handled === 'hang') return;
      if (call.kind === 'token' && opts.tokenDelayMs) await new Promise((r) => setTimeout(r, opts.tokenDelayMs));
      call.status = handled.status;
      call.response = handled.body;
      sendJson(res, handled.status, handled.body, handled.headers, 'application/json; encoding=utf-8');
    })();
  });

  const url = await listenLocal(server);

  return {
    url,
    calls,
    sends,
    tokensIssued: () => issued,
    failNext(failure) {
      failures.push(failure);
    },
    putMedia(file, id = mediaId()) {
      media.set(id, file);
      return id;
    },
    uploads,
    expireTokens() {
      for (const t of tokens.values()) t.expired = true;
    },
    reset() {
      calls.length = 0;
      sends.length = 0;
      failures.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

// ---------------------------------------------------------------- what WeChat sends to the webhook

/** `signature` as the documentation defines it: SHA-1 (hex) of the sorted, concatenated values. */
export function wechatSha1(...values: string[]): string {
  return createHash('sha1').update(values.sort().join('')).digest('hex');
}

/** The query WeChat puts on every call to the server URL (`openid` on message posts too). */
export function signedQuery(token: string, opts: { timestamp?: string; nonce?: string; echostr?: string; openid?: string } = {}): Record<string, string> {
  const timestamp = opts.timestamp ?? String(Math.floor(Date.now() / 1000));
  const nonce = opts.nonce ?? String(randomBytes(4).readUInt32BE(0));
  return {
    signature: wechatSha1(token, timestamp, nonce),
    timestamp,
    nonce,
    ...(opts.echostr !== undefined ? { echostr: opts.echostr } : {}),
    ...(opts.openid !== undefined ? { openid: opts.openid } : {}),
  };
}

/**
 * Safe mode, written from the documentation: AES-256-CBC, key = Base64 of
 * EncodingAESKey + "=", IV = the key's first 16 bytes, plaintext = 16 random
 * bytes ‖ length (4 bytes, big-endian) ‖ message ‖ AppID, PKCS#7 to 32 bytes.
 */
export function sealWeChatMessage(xml: string, encodingAesKey: string, appId: string): string {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  const msg = Buffer.from(xml, 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(msg.length);
  const plain = Buffer.concat([randomBytes(16), len, msg, Buffer.from(appId, 'utf8')]);
  const pad = 32 - (plain.length % 32);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
}

/** A safe-mode post: the envelope body and its query (`encrypt_type=aes`, `msg_signature`). */
export function encryptedWebhook(xml: string, creds: { token: string; encodingAesKey: string; appId: string }, opts: { toUserName?: string; timestamp?: string; nonce?: string; openid?: string } = {}): { query: Record<string, string>; body: string } {
  const encrypt = sealWeChatMessage(xml, creds.encodingAesKey, creds.appId);
  const query = signedQuery(creds.token, opts);
  return {
    query: { ...query, encrypt_type: 'aes', msg_signature: wechatSha1(creds.token, query.timestamp!, query.nonce!, encrypt) },
    body: `<xml>\n    <ToUserName><![CDATA[${opts.toUserName ?? 'gh_3d8e7a2b9c41'}]]></ToUserName>\n    <Encrypt><![CDATA[${encrypt}]]></Encrypt>\n</xml>`,
  };
}

/** A webhook request as WeChat would send it: plain mode, or safe mode when `encodingAesKey` is given. */
export function wechatWebhookRequest(xml: string, creds: { token: string; appId: string; encodingAesKey?: string }): WebhookRequest {
  const { query, body } = creds.encodingAesKey ? encryptedWebhook(xml, { ...creds, encodingAesKey: creds.encodingAesKey }) : { query: signedQuery(creds.token), body: xml };
  return { method: 'POST', headers: { 'content-type': 'text/xml' }, query, rawBody: Buffer.from(body, 'utf8') };
}

export const cdata = (s: string) => `<![CDATA[${s.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/** Message XML in the documented layout; `fields` after the common ones, string values as CDATA, numbers as text. */
export function wechatXml(common: { to?: string; from: string; createTime?: number; msgType: string }, fields: Record<string, string | number>): string {
  const lines = [
    `<ToUserName>${cdata(common.to ?? 'gh_3d8e7a2b9c41')}</ToUserName>`,
    `<FromUserName>${cdata(common.from)}</FromUserName>`,
    `<CreateTime>${common.createTime ?? Math.floor(Date.now() / 1000)}</CreateTime>`,
    `<MsgType>${cdata(common.msgType)}</MsgType>`,
    ...Object.entries(fields).map(([k, v]) => `<${k}>${typeof v === 'number' ? String(v) : cdata(v)}</${k}>`),
  ];
  return `<xml>\n  ${lines.join('\n  ')}\n</xml>`;
}

let msgIdCounter = 0n;
/** A fresh 64-bit MsgId (as digits: beyond JavaScript's safe integers, like WeChat's). */
export function newMsgId(): string {
  msgIdCounter += 1n;
  return String(24_000_000_000_000_000n + BigInt(Date.now() % 1_000_000_000) * 1000n + msgIdCounter);
}

/** A customer's OpenID for the account (28 characters, like WeChat's). */
export const newOpenId = () => `o${randomBytes(21).toString('base64url').slice(0, 27)}`;

export const textXml = (from: string, content: string, msgId = newMsgId(), createTime?: number) => wechatXml({ from, msgType: 'text', createTime }, { Content: content, MsgId: msgId });
