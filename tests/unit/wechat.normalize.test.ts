/**
 * The WeChat channel's inbound side, pure: signatures, safe-mode decryption
 * (test vectors sealed here with node:crypto, independently of the adapter's
 * code), XML → unified events, and the adapter's verify / parse / GET check.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { ChannelContext, InboundEvent, InboundMessage, WebhookRequest } from '../../channels/types.js';
import { MAX_CLOCK_SKEW_S, wechatAdapter, type WeChatCredentials } from '../../channels/wechat/wechat.adapter.js';
import { decryptMessage, wechatSignature } from '../../channels/wechat/wechat.crypto.js';
import { parseWeChatXml } from '../../channels/wechat/wechat.normalize.js';
import { PayloadError, WebhookAuthError } from '../../src/domain/errors.js';
import { sealWeChatMessage } from '../fakes/wechat-api.js';
import { appServices } from '../helpers/channel-context.js';
import { ROOT } from '../helpers/harness.js';

const APP_ID = 'wx5f2a9c3e7b1d4086';
const TOKEN = 'unitToken2024';
const AES_KEY = 'kWxPLfNqBdJ5yR8aVt3mZc7sE1uGh9oQ2iX4nY6pK0j';
const creds: WeChatCredentials = { appId: APP_ID, appSecret: 'unit-secret', token: TOKEN, encodingAesKey: AES_KEY };

const fixture = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/wechat', name), 'utf8');

function ctx(credentials: WeChatCredentials = creds): ChannelContext<WeChatCredentials> {
  return {
    connection: { id: '2b7f0c1e-0000-4000-8000-0000000000c1', tenantId: 't', type: 'wechat', webhookSecret: 'unused', settings: {} },
    credentials,
    endpoints: { telegramApiRoot: 'http://127.0.0.1:9', lineApiBaseUrl: 'http://127.0.0.1:9', lineDataApiBaseUrl: 'http://127.0.0.1:9', whatsappGraphApiUrl: 'http://127.0.0.1:9' },
    webhookUrl: 'https://gw.example/webhooks/wechat/x',
    logger: pino({ level: 'silent' }),
    redis: {} as Redis,
    ...appServices(),
  };
}

// ---------------------------------------------------------------- independent reference implementation

/** SHA-1 of the sorted values, as the documentation states it. */
const sha1Sorted = (...values: string[]) => createHash('sha1').update(values.sort().join('')).digest('hex');

/** Seals with fixed random bytes: a reproducible vector, built from the documented layout only. */
function seal(xml: string, opts: { key?: string; appId?: string; random?: Buffer; padByte?: number } = {}): string {
  const key = Buffer.from(`${opts.key ?? AES_KEY}=`, 'base64');
  const msg = Buffer.from(xml, 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(msg.length);
  const plain = Buffer.concat([opts.random ?? Buffer.alloc(16, 7), len, msg, Buffer.from(opts.appId ?? APP_ID)]);
  const pad = 32 - (plain.length % 32);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, opts.padByte ?? pad)])), cipher.final()]).toString('base64');
}

const now = () => String(Math.floor(Date.now() / 1000));

function plainRequest(xml: string, over: Partial<Record<string, string>> = {}): WebhookRequest {
  const timestamp = over.timestamp ?? now();
  const nonce = over.nonce ?? '1405389017';
  return { method: 'POST', headers: { 'content-type': 'text/xml' }, query: { signature: sha1Sorted(TOKEN, timestamp, nonce), timestamp, nonce, openid: 'oLVPpjqs9BhvzwPj5A-vTYAX3GLc', ...over }, rawBody: Buffer.from(xml) };
}

function safeRequest(xml: string, opts: { encrypt?: string; msgSignature?: string; timestamp?: string } = {}): WebhookRequest {
  const timestamp = opts.timestamp ?? now();
  const nonce = '1680394462';
  const encrypt = opts.encrypt ?? seal(xml);
  const body = `<xml>\n  <ToUserName><![CDATA[gh_3d8e7a2b9c41]]></ToUserName>\n  <Encrypt><![CDATA[${encrypt}]]></Encrypt>\n</xml>`;
  return {
    method: 'POST',
    headers: { 'content-type': 'text/xml' },
    query: { signature: sha1Sorted(TOKEN, timestamp, nonce), timestamp, nonce, encrypt_type: 'aes', msg_signature: opts.msgSignature ?? sha1Sorted(TOKEN, timestamp, nonce, encrypt) },
    rawBody: Buffer.from(body),
  };
}

async function verifyError(req: WebhookRequest, c = ctx()): Promise<unknown> {
  try {
    await wechatAdapter.verifyWebhook(req, c);
    return undefined;
  } catch (err) {
    return err;
  }
}

const onlyMessage = (events: InboundEvent[]): InboundMessage => {
  expect(events).toHaveLength(1);
  const [e] = events;
  if (e?.type !== 'message') throw new Error(`expected a message, got ${JSON.stringify(e)}`);
  return e.message;
};

// ---------------------------------------------------------------- crypto

describe('signatures and safe mode', () => {
  it('signs like the documentation: SHA-1 of the sorted strings', () => {
    expect(wechatSignature('token', '1409304348', 'xxxxxx')).toBe(sha1Sorted('token', '1409304348', 'xxxxxx'));
    // Sorting is lexicographic on strings, not numeric: "10" < "9".
    expect(wechatSignature('9', '10', 'b')).toBe(createHash('sha1').update('109b').digest('hex'));
  });

  it('opens a message sealed with the documented layout (a fixed vector), with CJK and a 32-byte padding block', () => {
    const xml = fixture('text-chinese.xml');
    expect(decryptMessage(seal(xml), AES_KEY, APP_ID)).toBe(xml);
    // A plaintext that is a multiple of 32 bytes gets a whole block of padding (32 × 0x20).
    const exact = 'x'.repeat(32 * 4 - 16 - 4 - APP_ID.length);
    expect(decryptMessage(seal(exact), AES_KEY, APP_ID)).toBe(exact);
    // The fake's sealing (used by the integration tests) agrees with this one.
    expect(decryptMessage(sealWeChatMessage(xml, AES_KEY, APP_ID), AES_KEY, APP_ID)).toBe(xml);
  });

  it('refuses another AppID, another key, broken padding, a damaged or truncated ciphertext', () => {
    const xml = fixture('text.xml');
    expect(() => decryptMessage(seal(xml, { appId: 'wx0000000000000000' }), AES_KEY, APP_ID)).toThrow(/another AppID/);
    expect(() => decryptMessage(seal(xml, { key: 'A'.repeat(43) }), AES_KEY, APP_ID)).toThrow(WebhookAuthError);
    expect(() => decryptMessage(seal(xml, { padByte: 0 }), AES_KEY, APP_ID)).toThrow(/padding/);
    expect(() => decryptMessage(seal(xml, { padByte: 33 }), AES_KEY, APP_ID)).toThrow(/padding/);
    const damaged = Buffer.from(seal(xml), 'base64');
    damaged.writeUInt8((damaged.at(-1) ?? 0) ^ 0xff, damaged.length - 1);
    expect(() => decryptMessage(damaged.toString('base64'), AES_KEY, APP_ID)).toThrow(WebhookAuthError);
    expect(() => decryptMessage(Buffer.alloc(20).toString('base64'), AES_KEY, APP_ID)).toThrow(/AES blocks/);
  });
});

// ---------------------------------------------------------------- adapter: verify, parse, GET

describe('webhook authentication', () => {
  const xml = fixture('text.xml');

  it('plain mode: a good signature passes, a bad or missing one is a WebhookAuthError', async () => {
    expect(await verifyError(plainRequest(xml))).toBeUndefined();
    expect(await verifyError(plainRequest(xml, { signature: 'f'.repeat(40) }))).toBeInstanceOf(WebhookAuthError);
    expect(await verifyError({ ...plainRequest(xml), query: {} })).toBeInstanceOf(WebhookAuthError);
    expect(await verifyError(plainRequest(xml), ctx({ ...creds, token: 'otherToken99' }))).toBeInstanceOf(WebhookAuthError);
  });

  it('refuses a correctly signed call whose timestamp is too old to be a WeChat retry (replay)', async () => {
    const old = String(Math.floor(Date.now() / 1000) - MAX_CLOCK_SKEW_S - 60);
    expect(await verifyError(plainRequest(xml, { timestamp: old }))).toBeInstanceOf(WebhookAuthError);
  });

  it('safe mode: msg_signature over the Encrypt value, which must open for our AppID', async () => {
    expect(await verifyError(safeRequest(xml))).toBeUndefined();
    expect(await verifyError(safeRequest(xml, { msgSignature: '0'.repeat(40) }))).toMatchObject({ name: 'WebhookAuthError', message: 'invalid msg_signature' });
    // Signed correctly, but sealed for another account: refused.
    expect(await verifyError(safeRequest(xml, { encrypt: seal(xml, { appId: 'wx9999999999999999' }) }))).toMatchObject({ name: 'WebhookAuthError', message: expect.stringMatching(/another AppID/) });
    expect(await verifyError(safeRequest(xml), ctx({ ...creds, encodingAesKey: undefined }))).toBeInstanceOf(WebhookAuthError);
  });

  it('answers the console URL check with echostr, and 401 to a bad signature', () => {
    const timestamp = now();
    const query = { signature: sha1Sorted(TOKEN, timestamp, '89271'), timestamp, nonce: '89271', echostr: '6354729120887412' };
    const get = (q: Record<string, string>) => wechatAdapter.handleWebhookGet!({ method: 'GET', headers: {}, query: q, rawBody: Buffer.alloc(0) }, ctx());
    expect(get(query)).toEqual({ status: 200, body: '6354729120887412', contentType: 'text/plain' });
    expect(get({ ...query, signature: sha1Sorted('wrongToken', timestamp, '89271') }).status).toBe(401);
    expect(get({ ...query, signature: '' }).status).toBe(401);
  });

  it('acknowledges a delivery with the plain text "success" (anything else shows the customer an error)', () => {
    expect(wechatAdapter.webhookAck).toEqual({ status: 200, body: 'success', contentType: 'text/plain' });
  });
});

describe('parsing', () => {
  it('plain and encrypted deliveries of the same message give the same event', async () => {
    const xml = fixture('text.xml');
    const plain = onlyMessage(wechatAdapter.parseWebhook(plainRequest(xml), ctx()));
    const safe = onlyMessage(wechatAdapter.parseWebhook(safeRequest(xml), ctx()));
    expect(safe).toEqual(plain);
    expect(plain).toMatchObject({
      platformMessageId: '24401234567890123',
      externalUserId: 'oLVPpjqs9BhvzwPj5A-vTYAX3GLc',
      externalThreadId: 'oLVPpjqs9BhvzwPj5A-vTYAX3GLc',
      kind: 'text',
      text: 'Hi, where is my order #4471? It was due yesterday.',
      sentAt: new Date(1767225600 * 1000),
      threadMetadata: { wechatAccountId: 'gh_3d8e7a2b9c41' },
    });
  });

  it('keeps a 64-bit MsgId exactly (beyond JavaScript numbers)', () => {
    const xml = fixture('text.xml').replace('24401234567890123', '18446744073709551615');
    expect(onlyMessage(parseWeChatXml(xml)).platformMessageId).toBe('18446744073709551615');
  });

  it('image: the media id and WeChat\'s CDN URL; a placeholder PicUrl is not kept as a URL', () => {
    const m = onlyMessage(parseWeChatXml(fixture('image.xml')));
    expect(m).toMatchObject({ kind: 'image', text: '' });
    expect(m.payload.attachments).toEqual([{ platformFileId: 'k9Yq0zB3sYwv1l6W2nZc8x4PpQe5rT7uV0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0', mimeType: 'image/jpeg', url: 'http://mmbiz.qpic.cn/mmbiz_jpg/kXz1b2Qf3nVq7gW0/0' }]);
    const doc = onlyMessage(parseWeChatXml(readFileSync(path.join(ROOT, 'tests/fixtures/wechat/corpus/doc-image.xml'), 'utf8')));
    expect(doc.payload.attachments).toEqual([{ platformFileId: 'media_id', mimeType: 'image/jpeg' }]);
  });

  it('voice: the transcript when speech recognition is on, else a voice file', () => {
    const said = onlyMessage(parseWeChatXml(fixture('voice-recognition.xml')));
    expect(said).toMatchObject({ kind: 'text', text: '我想退货', payload: { attachments: [{ platformFileId: 'Vq3x9LmN2bC7dE1fG5hJ8kP0rS4tU6wY', mimeType: 'audio/amr' }] } });
    const bare = onlyMessage(parseWeChatXml(fixture('voice-recognition.xml').replace(/<Recognition>.*<\/Recognition>/, '')));
    expect(bare).toMatchObject({ kind: 'file', text: '' });
  });

  it('location: Location_X is the latitude, Location_Y the longitude', () => {
    const m = onlyMessage(parseWeChatXml(fixture('location.xml')));
    expect(m.kind).toBe('location');
    expect(m.payload.location).toEqual({ latitude: 31.230416, longitude: 121.473701, address: '上海市黄浦区人民大道' });
    expect(m.text).toBe('[location] 上海市黄浦区人民大道 (31.230416, 121.473701)');
  });

  it('subscribe opens the conversation (the bot greets); its QR scene is kept; the event id is sender + time', () => {
    const m = onlyMessage(parseWeChatXml(fixture('event-subscribe-qrscene.xml')));
    expect(m).toMatchObject({
      platformMessageId: 'event:oLVPpjqs9BhvzwPj5A-vTYAX3GLc:1767225900:subscribe',
      kind: 'text',
      payload: { conversationStart: true, platform: { wechatEvent: 'subscribe', qrScene: 'store_042' } },
    });
  });

  it('a menu CLICK becomes the text of its key; unsubscribe and VIEW are ignored with their names', () => {
    const m = onlyMessage(parseWeChatXml(fixture('event-click.xml')));
    expect(m).toMatchObject({ kind: 'button_reply', text: 'ORDER_STATUS', payload: { buttonPayload: 'ORDER_STATUS' } });
    const corpus = (f: string) => readFileSync(path.join(ROOT, 'tests/fixtures/wechat/corpus', f), 'utf8');
    expect(parseWeChatXml(corpus('doc-event-unsubscribe.xml'))).toEqual([{ type: 'ignored', reason: expect.stringContaining('unsubscribe') }]);
    expect(parseWeChatXml(corpus('doc-event-view.xml'))).toEqual([{ type: 'ignored', reason: 'unsupported event: VIEW' }]);
  });

  it('a message type it does not know is still shown to the agent, as readable text', () => {
    expect(onlyMessage(parseWeChatXml(fixture('miniprogrampage.xml')))).toMatchObject({ kind: 'text', text: '[miniprogrampage] Order #4471', platformMessageId: '24401234567890128' });
  });

  it('malformed XML, a DOCTYPE, a missing field or a wrong type is a PayloadError naming the problem', () => {
    const cases: Array<[string, RegExp]> = [
      ['<xml><ToUserName>a</xml>', /not well-formed XML/],
      ['{"not":"xml"}', /invalid WeChat message/],
      ['', /invalid WeChat message/],
      ['<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><xml><Content>&a;&a;</Content></xml>', /DOCTYPE/],
      [fixture('text.xml').replace(/<MsgId>.*<\/MsgId>/, ''), /MsgId/],
      [fixture('text.xml').replace('<CreateTime>1767225600', '<CreateTime>yesterday'), /CreateTime: expected digits/],
      [fixture('location.xml').replace('31.230416', 'north'), /Location_X: expected a number/],
      [fixture('text.xml').replace('<Content>', '<Content>a</Content><Content>'), /Content/],
    ];
    for (const [xml, reason] of cases) {
      expect(() => parseWeChatXml(xml), xml.slice(0, 40)).toThrow(PayloadError);
      expect(() => parseWeChatXml(xml)).toThrow(reason);
    }
  });

  it('a safe-mode body without a readable Encrypt is a PayloadError (400), after the signature check', async () => {
    const req = safeRequest(fixture('text.xml'));
    const broken = { ...req, rawBody: Buffer.from('<xml><ToUserName>gh</ToUserName></xml>') };
    expect(await verifyError(broken)).toBeUndefined();
    expect(() => wechatAdapter.parseWebhook(broken, ctx())).toThrow(PayloadError);
  });
});
