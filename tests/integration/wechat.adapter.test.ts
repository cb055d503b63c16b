/**
 * The WeChat adapter's send side against the fake Official Account API
 * (tests/fakes/wechat-api.ts) and a real Redis: the access token fetched once
 * and shared (two sends, two Redis clients racing, two OS processes), refreshed
 * once on 40001/42001, the 48-hour window (errcode 45015, or known closed
 * beforehand), WeChat's rate-limit errcodes, and errcodes that are a setup problem.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelContext, OutboundMessage, OutboundTarget } from '../../channels/types.js';
import { CUSTOMER_SERVICE_WINDOW_MS, WINDOW_CLOSED_REASON, wechatAdapter, type WeChatCredentials } from '../../channels/wechat/wechat.adapter.js';
import { ChannelConnectError, PermanentSendError, RateLimitedError, RetryableSendError } from '../../src/domain/errors.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { degrade } from '../../channels/degrade.js';
import { parseWeChatXml } from '../../channels/wechat/wechat.normalize.js';
import { MediaTooLargeError } from '../../src/domain/errors.js';
import { fakeJpeg, startFakeFileHost, type FakeFileHost } from '../fakes/media.js';
import { startFakeWeChat, type FakeWeChatApi } from '../fakes/wechat-api.js';
import { appServices } from '../helpers/channel-context.js';
import { REDIS_URL, ROOT } from '../helpers/harness.js';

const ACCOUNT = { appId: 'wx8d3b6f1a9c2e7045', appSecret: 'adapter-test-secret' };
const OPENID = 'oLVPpjqs9BhvzwPj5A-vTYAX3GLc';
const PREFIX = `test-wechat-adapter-${process.pid}-${randomUUID().slice(0, 8)}`;

let fake: FakeWeChatApi;
let redis: Redis;
/** Each test its own key prefix: a fresh token cache. */
let keyPrefix: string;

function ctx(over: Partial<WeChatCredentials> = {}, client: Redis = redis): ChannelContext<WeChatCredentials> {
  return {
    connection: { id: randomUUID(), tenantId: 'tenant-wechat', type: 'wechat', webhookSecret: 'unused', settings: {} },
    credentials: { ...ACCOUNT, token: 'adapterToken1', ...over },
    endpoints: { telegramApiRoot: 'http://127.0.0.1:9', lineApiBaseUrl: 'http://127.0.0.1:9', lineDataApiBaseUrl: 'http://127.0.0.1:9', whatsappGraphApiUrl: 'http://127.0.0.1:9', wechatApiBaseUrl: fake.url },
    webhookUrl: 'https://gw.example/webhooks/wechat/x',
    logger: pino({ level: 'silent' }),
    redis: client,
    keyPrefix,
    ...appServices(client, keyPrefix),
    requestTimeoutMs: 3000,
  };
}

const target = (lastInboundAt: Date | null = new Date(), openId = OPENID): OutboundTarget => ({
  conversationId: randomUUID(),
  externalUserId: openId,
  externalThreadId: openId,
  conversationMetadata: {},
  lastInboundAt,
});

const text = (body: string): OutboundMessage => ({ id: randomUUID(), kind: 'text', text: body, senderType: 'bot' });
const sendCalls = () => fake.calls.filter((c) => c.kind === 'send');

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof Error) return err;
  }
  throw new Error('expected a rejection');
}

beforeAll(async () => {
  fake = await startFakeWeChat({ accounts: [ACCOUNT], tokenDelayMs: 150 });
  redis = new Redis(REDIS_URL);
});

beforeEach(() => {
  fake.reset();
  keyPrefix = `${PREFIX}-${randomUUID().slice(0, 8)}`;
});

afterAll(async () => {
  const keys = await redis.keys(`${PREFIX}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await fake.stop();
});

describe('the access token', () => {
  it('is fetched once for two sends, and sent as access_token on each', async () => {
    const before = fake.tokensIssued();
    const first = await wechatAdapter.send(ctx(), target(), text('Your order ships **today**.'));
    await wechatAdapter.send(ctx(), target(), text('Anything else?'));
    expect(fake.tokensIssued() - before).toBe(1);
    expect(first.platformMessageId).toBeTruthy();
    expect(fake.sends.map((s) => [s.touser, s.content])).toEqual([
      [OPENID, 'Your order ships today.'],
      [OPENID, 'Anything else?'],
    ]);
    const tokens = new Set(sendCalls().map((c) => c.query.access_token));
    expect(tokens.size).toBe(1);
    // Cached until shortly before WeChat's expiry (7200 s, minus the margin).
    const [key] = await redis.keys(`${keyPrefix}:wechat:token:*`);
    const ttl = await redis.pttl(key!);
    expect(ttl).toBeGreaterThan(6000_000);
    expect(ttl).toBeLessThanOrEqual(6900_000);
  });

  it('is fetched once when two Redis clients (as two processes) send at the same moment', async () => {
    const other = new Redis(REDIS_URL);
    try {
      const before = fake.tokensIssued();
      // Ten sends at once, half through each client: only the lock holder asks WeChat, the others wait for its token.
      await Promise.all(Array.from({ length: 10 }, (_, i) => wechatAdapter.send(ctx({}, i % 2 ? other : redis), target(), text(`message ${i}`))));
      expect(fake.tokensIssued() - before).toBe(1);
      expect(sendCalls()).toHaveLength(10);
      expect(new Set(sendCalls().map((c) => c.query.access_token)).size).toBe(1);
    } finally {
      other.disconnect();
    }
  });

  it('is fetched once across two OS processes sharing Redis', async () => {
    const before = fake.tokensIssued();
    const script = [
      "import { Redis } from 'ioredis';",
      "import { pino } from 'pino';",
      "import { accessToken } from './channels/wechat/wechat.client.ts';",
      'const [url, base, prefix, appId, appSecret] = process.argv.slice(-5);',
      'const redis = new Redis(url);',
      "const ctx = { credentials: { appId, appSecret, token: 'adapterToken1' }, endpoints: { wechatApiBaseUrl: base }, redis, keyPrefix: prefix, logger: pino({ level: 'silent' }), requestTimeoutMs: 3000 };",
      'process.stdout.write(await accessToken(ctx));',
      'redis.disconnect();',
    ].join('\n');
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, '--', REDIS_URL, fake.url, keyPrefix, ACCOUNT.appId, ACCOUNT.appSecret], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Keep asking from this process until the child has its token: whichever comes first fetches, the other reuses it.
    const ours: string[] = [];
    let code: number | null | undefined;
    void exited.then((c) => (code = c));
    while (code === undefined) {
      await wechatAdapter.send(ctx(), target(), text('from the test process'));
      ours.push(String(sendCalls().at(-1)?.query.access_token));
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(code, err).toBe(0);
    expect(fake.tokensIssued() - before).toBe(1);
    expect(new Set([...ours, out])).toEqual(new Set([out]));
  }, 60_000);

  it('a token WeChat refuses (40001) is refreshed once and the message sent again, once', async () => {
    await wechatAdapter.send(ctx(), target(), text('warm the cache'));
    const before = fake.tokensIssued();
    fake.failNext({ errcode: 40001 });
    await wechatAdapter.send(ctx(), target(), text('after a refresh'));
    expect(fake.tokensIssued() - before).toBe(1);
    const calls = sendCalls();
    expect(calls).toHaveLength(3);
    expect(calls[2]!.query.access_token).not.toBe(calls[1]!.query.access_token);
    expect(fake.sends.map((s) => s.content)).toEqual(['warm the cache', 'after a refresh']);
    // The new token is the cached one from now on.
    await wechatAdapter.send(ctx(), target(), text('cached again'));
    expect(fake.tokensIssued() - before).toBe(1);
    expect(sendCalls()[3]!.query.access_token).toBe(calls[2]!.query.access_token);
  });

  it('an expired token (42001) is refreshed the same way', async () => {
    await wechatAdapter.send(ctx(), target(), text('first'));
    fake.expireTokens();
    const before = fake.tokensIssued();
    await wechatAdapter.send(ctx(), target(), text('second'));
    expect(fake.tokensIssued() - before).toBe(1);
    expect(sendCalls().map((c) => (c.response as { errcode: number }).errcode)).toEqual([0, 42001, 0]);
  });

  it('refreshes only once: a second refusal is a retryable failure, not a loop', async () => {
    fake.failNext({ errcode: 40001 });
    fake.failNext({ errcode: 40001 });
    const err = await rejection(wechatAdapter.send(ctx(), target(), text('twice refused')));
    expect(err).toBeInstanceOf(RetryableSendError);
    expect(err.message).toMatch(/errcode 40001/);
    expect(sendCalls()).toHaveLength(2);
    expect(fake.sends).toHaveLength(0);
  });

  it('connect() checks AppID and AppSecret with WeChat, with its reason when refused', async () => {
    expect(await wechatAdapter.connect!(ctx())).toEqual({ settings: { appId: ACCOUNT.appId, encryption: 'plain mode' } });
    const wrong = await rejection(wechatAdapter.connect!(ctx({ appSecret: 'not-the-secret' })));
    expect(wrong).toBeInstanceOf(ChannelConnectError);
    expect(wrong.message).toMatch(/errcode 40125: invalid appsecret \(the AppSecret is not valid\)/);
    // A wrong secret never reads the token the right one cached.
    expect(fake.calls.filter((c) => c.kind === 'token').map((c) => c.query.secret)).toEqual([ACCOUNT.appSecret, 'not-the-secret']);
  });
});

describe('the 48-hour customer service window', () => {
  it('errcode 45015 is a permanent "window closed" failure, after one request', async () => {
    fake.failNext({ errcode: 45015 });
    const err = await rejection(wechatAdapter.send(ctx(), target(), text('too late')));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.message).toBe(`${WINDOW_CLOSED_REASON} (errcode 45015)`);
    expect(sendCalls()).toHaveLength(1);
  });

  it('when the customer last wrote more than 48 h ago, nothing is sent at all', async () => {
    const closed = target(new Date(Date.now() - CUSTOMER_SERVICE_WINDOW_MS - 60_000));
    const err = await rejection(wechatAdapter.send(ctx(), closed, text('too late')));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.message).toBe(WINDOW_CLOSED_REASON);
    expect(fake.calls).toHaveLength(0);
    await wechatAdapter.send(ctx(), target(new Date(Date.now() - CUSTOMER_SERVICE_WINDOW_MS + 60_000)), text('just in time'));
    expect(fake.sends.map((s) => s.content)).toEqual(['just in time']);
  });
});

describe('errcodes', () => {
  it('rate limits are retried after the wait each one names: -1 busy, 45011 per minute, 45009 per day', async () => {
    for (const [errcode, wait] of [
      [-1, 1000],
      [45011, 60_000],
      [45009, 300_000],
    ] as const) {
      fake.failNext({ errcode });
      const err = await rejection(wechatAdapter.send(ctx(), target(), text(`limited ${errcode}`)));
      expect(err, String(errcode)).toBeInstanceOf(RateLimitedError);
      expect((err as RateLimitedError).retryAfterMs).toBe(wait);
      expect(err.message).toContain(`errcode ${errcode}`);
    }
    expect(sendCalls()).toHaveLength(3);
  });

  it('other errcodes are permanent, with WeChat\'s message (without its request id) and a hint for setup problems', async () => {
    fake.failNext({ errcode: 40003 });
    const openid = await rejection(wechatAdapter.send(ctx(), target(), text('to nobody')));
    expect(openid).toBeInstanceOf(PermanentSendError);
    expect(openid.message).toBe('WeChat API errcode 40003: invalid openid');
    fake.failNext({ errcode: 40164 });
    const ip = await rejection(wechatAdapter.send(ctx(), target(), text('from elsewhere')));
    expect(ip.message).toMatch(/errcode 40164: invalid ip .* not in whitelist \(the gateway's outbound IP address is not on the account's IP whitelist\)/);
  });

  it('a text over 2048 bytes is refused before it is sent; degrade() keeps bot answers under it', async () => {
    const err = await rejection(wechatAdapter.send(ctx(), target(), text('退'.repeat(700))));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(sendCalls()).toHaveLength(0);
    expect(wechatAdapter.capabilities.maxTextLength * 3).toBeLessThanOrEqual(2048);
  });

  it('typing is best effort: sent inside the window, silently skipped when WeChat refuses', async () => {
    await wechatAdapter.sendTyping!(ctx(), target());
    fake.failNext({ errcode: 45015, on: 'typing' });
    await wechatAdapter.sendTyping!(ctx(), target());
    const typing = fake.calls.filter((c) => c.kind === 'typing');
    expect(typing.map((c) => [(c.body as { command: string }).command, (c.response as { errcode: number }).errcode])).toEqual([
      ['Typing', 0],
      ['Typing', 45015],
    ]);
  });
});

describe('media', () => {
  let files: FakeFileHost;
  beforeAll(async () => {
    files = await startFakeFileHost();
  });
  afterAll(async () => {
    await files.stop();
  });

  const MEDIA_ID = 'k9Yq0zB3sYwv1l6W2nZc8x4PpQe5rT7uV0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0';
  /** The image message of the fixture, as the normaliser stores it. */
  function imageMessage() {
    const [event] = parseWeChatXml(readFileSync(path.join(ROOT, 'tests/fixtures/wechat/image.xml'), 'utf8'));
    if (event?.type !== 'message') throw new Error('not a message');
    const attachment = event.message.payload.attachments?.[0];
    if (!attachment) throw new Error('no attachment');
    return { attachment, inbound: { platformMessageId: event.message.platformMessageId, kind: event.message.kind, payload: event.message.payload } };
  }
  const mediaCalls = () => fake.calls.filter((c) => c.kind === 'media');

  it('an image message → media/get with the MediaId and the cached access token', async () => {
    const { attachment, inbound } = imageMessage();
    expect(attachment.platformFileId).toBe(MEDIA_ID);
    const body = fakeJpeg(6000);
    fake.putMedia({ body, contentType: 'image/jpeg' }, MEDIA_ID);
    const before = fake.tokensIssued();
    const c = ctx();
    const got = await wechatAdapter.fetchMedia!(c, attachment, inbound, { maxBytes: 1_000_000 });
    await wechatAdapter.fetchMedia!(c, attachment, inbound, { maxBytes: 1_000_000 });
    expect(got.body.equals(body)).toBe(true);
    expect(got.contentType).toBe('image/jpeg');
    expect(fake.tokensIssued() - before).toBe(1);
    expect(mediaCalls().map((call) => [call.query.media_id, call.status])).toEqual([
      [MEDIA_ID, 200],
      [MEDIA_ID, 200],
    ]);
  });

  it('an expired token is refreshed once and the download repeated', async () => {
    const { attachment, inbound } = imageMessage();
    fake.putMedia({ body: fakeJpeg(100), contentType: 'image/jpeg' }, MEDIA_ID);
    const c = ctx();
    await wechatAdapter.send(c, target(), text('warm the token cache'));
    fake.expireTokens();
    const got = await wechatAdapter.fetchMedia!(c, attachment, inbound, { maxBytes: 1_000_000 });
    expect(got.body.length).toBe(100);
    expect(mediaCalls()).toHaveLength(2);
  });

  it('a MediaId WeChat no longer keeps (40007, after three days) → PermanentSendError', async () => {
    const err = await rejection(wechatAdapter.fetchMedia!(ctx(), { platformFileId: 'expired-media-id' }, { platformMessageId: '1', kind: 'image', payload: {} }, { maxBytes: 1000 }));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.message).toMatch(/40007/);
    expect(err.message).not.toMatch(/access_token=/);
  });

  it('a file past the limit → MediaTooLargeError, with or without a Content-Length', async () => {
    const { attachment, inbound } = imageMessage();
    fake.putMedia({ body: fakeJpeg(20_000), contentType: 'image/jpeg' }, MEDIA_ID);
    expect(await rejection(wechatAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 5000 }))).toBeInstanceOf(MediaTooLargeError);
    fake.putMedia({ body: fakeJpeg(20_000), contentType: 'image/jpeg', mode: 'chunked' }, MEDIA_ID);
    expect(await rejection(wechatAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 5000 }))).toBeInstanceOf(MediaTooLargeError);
  });

  it('an agent image is uploaded as temporary media and sent by media_id; its caption follows as text', async () => {
    const body = fakeJpeg(3000);
    const url = files.put('label.jpg', { body, contentType: 'image/jpeg' });
    const parts = degrade({ kind: 'image', text: 'Your return label', attachment: { url, mimeType: 'image/jpeg', name: 'label.jpg' }, senderType: 'agent' }, wechatAdapter.capabilities);
    expect(parts.map((p) => p.kind)).toEqual(['image', 'text']);
    for (const part of parts) await wechatAdapter.send(ctx(), target(), { id: randomUUID(), ...part });
    const uploads = fake.calls.filter((call) => call.kind === 'upload');
    expect(uploads.map((call) => call.query.type)).toEqual(['image']);
    const [mediaId, uploaded] = [...fake.uploads.entries()].at(-1) ?? [];
    expect(uploaded?.body.equals(body)).toBe(true);
    expect(uploaded?.fileName).toBe('label.jpg');
    expect(fake.sends.map((s) => [s.msgtype, s.content])).toEqual([
      ['image', mediaId],
      ['text', 'Your return label'],
    ]);
  });

  it('an image whose upload WeChat refuses (errcode) fails for good, nothing sent', async () => {
    const url = files.put('big.jpg', { body: fakeJpeg(100), contentType: 'image/jpeg' });
    fake.failNext({ on: 'upload', errcode: 40009 });
    const err = await rejection(wechatAdapter.send(ctx(), target(), { id: randomUUID(), kind: 'image', text: '', attachment: { url }, senderType: 'agent' }));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(fake.sends).toHaveLength(0);
  });

  it('a file goes as its link in the text', async () => {
    const url = 'https://files.example.com/signed/manual.pdf?sig=1';
    const parts = degrade({ kind: 'file', text: 'The manual', attachment: { url, name: 'manual.pdf', mimeType: 'application/pdf' }, senderType: 'agent' }, wechatAdapter.capabilities);
    for (const part of parts) await wechatAdapter.send(ctx(), target(), { id: randomUUID(), ...part });
    expect(fake.sends.map((s) => [s.msgtype, s.content])).toEqual([['text', `The manual\nmanual.pdf: ${url}`]]);
  });
});
