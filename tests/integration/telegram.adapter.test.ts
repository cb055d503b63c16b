/**
 * The Telegram adapter through the real telegraf client against the fake Bot
 * API, and the shared Redis rate limiter against the real Redis.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { degrade } from '../../channels/degrade.js';
import { telegramAdapter, type TelegramCredentials } from '../../channels/telegram/telegram.adapter.js';
import type { ChannelContext, OutboundMessage, OutboundTarget } from '../../channels/types.js';
import {
  ChannelConnectError,
  PermanentSendError,
  RateLimitedError,
} from '../../src/domain/errors.js';
import { RedisRateLimiter } from '../../src/outbound/rate-limiter.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTelegramUpdate } from '../../channels/telegram/telegram.normalize.js';
import { MediaTooLargeError } from '../../src/domain/errors.js';
import { fakeJpeg, startFakeFileHost, type FakeFileHost } from '../fakes/media.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { ROOT } from '../helpers/harness.js';
import { appServices } from '../helpers/channel-context.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Own key prefix (ctx.keyPrefix), so this file can run in parallel with others and clean up after itself. */
const KEY_PREFIX = `test-telegram-adapter-${process.pid}-${randomUUID().slice(0, 8)}`;
const RL_PREFIX = `${KEY_PREFIX}:rl:`;
const TOKEN = '7000000001:AAH-fake_token_for_tests';
const SECRET = 'wh_secret-0123456789';
const CHAT = '111222333';

let fake: FakeTelegram;
let files: FakeFileHost;
let redis: Redis;
let redis2: Redis;

beforeAll(async () => {
  fake = await startFakeTelegram({ validTokens: [TOKEN] });
  files = await startFakeFileHost();
  redis = new Redis(REDIS_URL);
  redis2 = new Redis(REDIS_URL);
});

afterAll(async () => {
  if (redis) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${KEY_PREFIX}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
  redis?.disconnect();
  redis2?.disconnect();
  await fake?.stop();
  await files?.stop();
});

beforeEach(() => fake.reset());

/** A fresh connection id per test, so rate-limit windows never leak between tests. */
function makeCtx(overrides: { token?: string; connectionId?: string; redis?: Redis; apiRoot?: string; webhookUrl?: string } = {}) {
  const id = overrides.connectionId ?? randomUUID();
  const ctx: ChannelContext<TelegramCredentials> = {
    connection: { id, tenantId: 'tenant-1', type: 'telegram', webhookSecret: SECRET, settings: {} },
    credentials: { botToken: overrides.token ?? TOKEN },
    endpoints: {
      telegramApiRoot: overrides.apiRoot ?? fake.url,
      lineApiBaseUrl: 'http://unused',
      lineDataApiBaseUrl: 'http://unused',
      whatsappGraphApiUrl: 'http://unused',
    },
    webhookUrl: overrides.webhookUrl ?? `https://gateway.example.com/webhooks/telegram/${id}`,
    logger: pino({ level: 'silent' }),
    redis: overrides.redis ?? redis,
    keyPrefix: KEY_PREFIX,
    ...appServices(overrides.redis ?? redis, KEY_PREFIX),
  };
  return ctx;
}

const target = (chatId = CHAT): OutboundTarget => ({
  conversationId: randomUUID(),
  externalUserId: chatId,
  externalThreadId: chatId,
  conversationMetadata: {},
  lastInboundAt: new Date(),
});

const text = (t: string): OutboundMessage => ({ id: randomUUID(), kind: 'text', text: t, senderType: 'bot' });

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof Error) return err;
    throw new Error(`rejected with a non-Error: ${String(err)}`);
  }
  throw new Error('expected a rejection');
}

describe('telegram send', () => {
  it('text → sendMessage, returns the message id', async () => {
    const ctx = makeCtx();
    const first = await telegramAdapter.send(ctx, target(), text('Hello there'));
    expect(first).toEqual({ platformMessageId: '1' });

    const calls = fake.callsTo('sendMessage');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.token).toBe(TOKEN);
    expect(calls[0]?.body).toEqual({ chat_id: CHAT, text: 'Hello there', parse_mode: 'HTML' });
  });

  it('image → sendPhoto with the URL string and caption', async () => {
    const ctx = makeCtx();
    const result = await telegramAdapter.send(ctx, target(), {
      id: randomUUID(),
      kind: 'image',
      text: 'Your receipt',
      attachment: { url: 'https://cdn.example.com/receipt.jpg', mimeType: 'image/jpeg' },
      senderType: 'bot',
    });
    expect(result.platformMessageId).toBe('1');
    expect(fake.callsTo('sendPhoto').map((c) => c.body)).toEqual([
      { chat_id: CHAT, photo: 'https://cdn.example.com/receipt.jpg', caption: 'Your receipt', parse_mode: 'HTML' },
    ]);
  });

  it('file → sendDocument with the URL string and caption', async () => {
    const ctx = makeCtx();
    await telegramAdapter.send(ctx, target(), {
      id: randomUUID(),
      kind: 'file',
      text: 'The manual',
      attachment: { url: 'https://cdn.example.com/manual.pdf', name: 'manual.pdf' },
      senderType: 'agent',
    });
    expect(fake.callsTo('sendDocument').map((c) => c.body)).toEqual([
      { chat_id: CHAT, document: 'https://cdn.example.com/manual.pdf', caption: 'The manual', parse_mode: 'HTML' },
    ]);
  });

  it('media with a text longer than a caption → media, then the text (degrade splits, the adapter sends each)', async () => {
    const ctx = makeCtx();
    const long = 'x'.repeat(1500);
    const parts = degrade({ kind: 'image', text: long, attachment: { url: 'https://cdn.example.com/a.png' }, senderType: 'bot' }, telegramAdapter.capabilities);
    const results = [];
    for (const part of parts) results.push(await telegramAdapter.send(ctx, target(), { id: randomUUID(), ...part }));
    expect(fake.calls.map((c) => c.method)).toEqual(['sendPhoto', 'sendMessage']);
    expect(fake.calls[0]?.body).toEqual({ chat_id: CHAT, photo: 'https://cdn.example.com/a.png' });
    expect(fake.calls[1]?.body).toEqual({ chat_id: CHAT, text: long, parse_mode: 'HTML' });
    expect(results.map((r) => r.platformMessageId)).toEqual(['1', '2']);
  });

  it('audio and video go by their own methods; formatted text is Telegram HTML', async () => {
    const ctx = makeCtx();
    await telegramAdapter.send(ctx, target(), { id: randomUUID(), kind: 'file', text: '**Hold** music', attachment: { url: 'https://cdn.example.com/a.mp3', mimeType: 'audio/mpeg' }, senderType: 'bot' });
    await telegramAdapter.send(ctx, target(), { id: randomUUID(), kind: 'file', text: '', attachment: { url: 'https://cdn.example.com/v.mp4', mimeType: 'video/mp4' }, senderType: 'bot' });
    expect(fake.calls.map((c) => c.method)).toEqual(['sendAudio', 'sendVideo']);
    expect(fake.calls[0]?.body).toEqual({ chat_id: CHAT, audio: 'https://cdn.example.com/a.mp3', caption: '<b>Hold</b> music', parse_mode: 'HTML' });
    expect(fake.calls[1]?.body).toEqual({ chat_id: CHAT, video: 'https://cdn.example.com/v.mp4' });
  });

  it('buttons → sendMessage with one inline button per row, callback_data ≤ 64 bytes', async () => {
    const ctx = makeCtx();
    const longPayload = `order:${'é'.repeat(40)}`; // 86 bytes
    await telegramAdapter.send(ctx, target(), {
      id: randomUUID(),
      kind: 'buttons',
      text: 'Was this helpful?',
      buttons: [
        { title: 'Yes', payload: 'helpful:yes' },
        { title: 'No', payload: 'helpful:no' },
        { title: 'Track order', payload: longPayload },
      ],
      senderType: 'bot',
    });
    const [call] = fake.callsTo('sendMessage');
    expect(call?.body).toEqual({
      chat_id: CHAT,
      text: 'Was this helpful?',
      parse_mode: 'HTML',
      reply_markup: {
        inline_keyboard: [
          [{ text: 'Yes', callback_data: 'helpful:yes' }],
          [{ text: 'No', callback_data: 'helpful:no' }],
          [{ text: 'Track order', callback_data: `order:${'é'.repeat(29)}` }],
        ],
      },
    });
  });

  it.each([
    [400, 'Bad Request: chat not found'],
    [403, 'Forbidden: bot was blocked by the user'],
  ])('%i → PermanentSendError with the description', async (status, description) => {
    fake.failNext('sendMessage', { status, description });
    const err = await rejection(telegramAdapter.send(makeCtx(), target(), text('hi')));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.message).toContain(description);
  });

  it('a real 400 from the API (empty text) → PermanentSendError', async () => {
    const err = await rejection(telegramAdapter.send(makeCtx(), target(), text('   ')));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.message).toContain('message text is empty');
  });

  it('network failure → a plain, retryable Error without the token in it', async () => {
    const ctx = makeCtx({ apiRoot: 'http://127.0.0.1:9' });
    const err = await rejection(telegramAdapter.send(ctx, target(), text('hi')));
    expect(err).not.toBeInstanceOf(PermanentSendError);
    expect(err).not.toBeInstanceOf(RateLimitedError);
    expect(err.message).not.toContain(TOKEN.split(':')[1]);
  });

  it('sendTyping → sendChatAction typing; failures are swallowed', async () => {
    const ctx = makeCtx();
    await telegramAdapter.sendTyping?.(ctx, target());
    expect(fake.callsTo('sendChatAction').map((c) => c.body)).toEqual([{ chat_id: CHAT, action: 'typing' }]);

    fake.failNext('sendChatAction', { status: 400, description: 'Bad Request: chat not found' });
    await expect(telegramAdapter.sendTyping?.(ctx, target())).resolves.toBeUndefined();
  });
});

describe('telegram connect', () => {
  it('calls getMe then setWebhook with url, secret_token and allowed_updates', async () => {
    const ctx = makeCtx();
    const result = await telegramAdapter.connect?.(ctx);
    expect(result).toEqual({ settings: { botId: 7000000001, botUsername: 'fake_7000000001_bot' } });
    expect(fake.calls.map((c) => c.method)).toEqual(['getMe', 'setWebhook']);
    expect(fake.callsTo('setWebhook')[0]?.body).toEqual({
      url: ctx.webhookUrl,
      secret_token: SECRET,
      allowed_updates: ['message', 'edited_message', 'callback_query'],
      drop_pending_updates: false,
    });
  });

  it('an invalid token → ChannelConnectError with "Unauthorized", no webhook set', async () => {
    const err = await rejection(telegramAdapter.connect!(makeCtx({ token: '999:not-a-valid-token' })));
    expect(err).toBeInstanceOf(ChannelConnectError);
    expect(err.message).toContain('Unauthorized');
    expect(fake.callsTo('setWebhook')).toHaveLength(0);
  });

  it('a non-HTTPS webhook URL → ChannelConnectError with Telegram\'s reason', async () => {
    const err = await rejection(telegramAdapter.connect!(makeCtx({ webhookUrl: 'http://localhost/webhooks/telegram/x' })));
    expect(err).toBeInstanceOf(ChannelConnectError);
    expect(err.message).toContain('HTTPS URL must be provided');
  });
});

describe('per-chat and per-bot rate limits across processes', () => {
  it('two Redis connections sending to one chat stay ≥ ~1 s apart; another chat is not held back', async () => {
    const connectionId = randomUUID();
    const a = makeCtx({ connectionId, redis });
    const b = makeCtx({ connectionId, redis: redis2 });

    const sameChat = [a, b, a, b].map((ctx, i) => telegramAdapter.send(ctx, target(), text(`m${i}`)));
    const otherChat = (async () => {
      await new Promise((r) => setTimeout(r, 100));
      await telegramAdapter.send(b, target('222333444'), text('other'));
    })();
    const results = await Promise.all(sameChat);
    await otherChat;

    expect(new Set(results.map((r) => r.platformMessageId)).size).toBe(4);
    const times = fake
      .callsTo('sendMessage')
      .filter((c) => c.body.chat_id === CHAT)
      .map((c) => c.at)
      .sort((x, y) => x - y);
    expect(times).toHaveLength(4);
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    // Correctness, not speed: the window is 1 s (unlimited, the four arrive within
    // milliseconds); the margin absorbs HTTP jitter on a busy machine.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(500);
    // The other chat is not queued behind this chat's window: it arrives before the
    // last of the four, which the limiter holds back for at least 3 s.
    const other = fake.callsTo('sendMessage').find((c) => c.body.chat_id !== CHAT);
    expect(other).toBeDefined();
    expect(other!.at).toBeLessThan(times[3]!);
    // Windows live in Redis under the connection's keys, shared by every process.
    expect(await redis.exists(`${RL_PREFIX}tg:${connectionId}:chat:${CHAT}`)).toBe(1);
    expect(await redis.zcard(`${RL_PREFIX}tg:${connectionId}:bot`)).toBeGreaterThanOrEqual(1);
  });
});

describe('RedisRateLimiter', () => {
  it('never grants two slots of a 1-per-window key within the window, across connections', async () => {
    const key = `direct:${randomUUID()}`;
    const zkey = `${RL_PREFIX}${key}`;
    const limiters = [new RedisRateLimiter(redis, RL_PREFIX), new RedisRateLimiter(redis2, RL_PREFIX)];
    // Concurrent non-blocking attempts from both connections: exactly one slot.
    const waits = await Promise.all(
      Array.from({ length: 10 }, (_, i) => limiters[i % 2]!.tryAcquire(`once:${key}`, [{ max: 1, perMs: 60_000 }])),
    );
    expect(waits.filter((w) => w === 0)).toHaveLength(1);
    // Blocking acquisitions alternate connections; each slot is stamped with Redis's own
    // clock, so the spacing is the limiter's guarantee, not the test process's scheduling.
    const stamps: number[] = [];
    for (const i of [0, 1, 2, 3]) {
      await limiters[i % 2]!.acquire(key, [{ max: 1, perMs: 300 }]);
      const [, score] = await redis.zrange(zkey, '-1', '-1', 'WITHSCORES');
      stamps.push(Number(score));
    }
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]! - stamps[i - 1]!).toBeGreaterThanOrEqual(300);
    // One sorted set per key, under the limiter's prefix.
    expect(await redis.type(zkey)).toBe('zset');
  });

  it('tryAcquire returns 0 when reserved and the wait otherwise, without consuming', async () => {
    const limiter = new RedisRateLimiter(redis, RL_PREFIX);
    const key = `try:${randomUUID()}`;
    const limits = [{ max: 2, perMs: 5000 }];
    expect(await limiter.tryAcquire(key, limits)).toBe(0);
    expect(await limiter.tryAcquire(key, limits)).toBe(0);
    const wait = await limiter.tryAcquire(key, limits);
    expect(wait).toBeGreaterThan(4000);
    expect(wait).toBeLessThanOrEqual(5000);
    expect(await redis.zcard(`${RL_PREFIX}${key}`)).toBe(2);
  });

  it('several windows on one key are all enforced', async () => {
    const limiter = new RedisRateLimiter(redis, RL_PREFIX);
    const key = `multi:${randomUUID()}`;
    const limits = [
      { max: 3, perMs: 100 },
      { max: 4, perMs: 10_000 },
    ];
    for (let i = 0; i < 3; i++) expect(await limiter.tryAcquire(key, limits)).toBe(0);
    expect(await limiter.tryAcquire(key, limits)).toBeGreaterThan(0); // short window full
    await new Promise((r) => setTimeout(r, 150));
    expect(await limiter.tryAcquire(key, limits)).toBe(0); // short window free again
    expect(await limiter.tryAcquire(key, limits)).toBeGreaterThan(5000); // long window full
  });

  it('is all-or-nothing across keys: a full bot window consumes no chat slot', async () => {
    const limiter = new RedisRateLimiter(redis, RL_PREFIX);
    const bot = `bot:${randomUUID()}`;
    const chat = `chat:${randomUUID()}`;
    expect(await limiter.tryAcquire(bot, [{ max: 1, perMs: 5000 }])).toBe(0);
    const wait = await limiter.tryAcquireAll([
      { key: chat, max: 1, perMs: 1000 },
      { key: bot, max: 1, perMs: 5000 },
    ]);
    expect(wait).toBeGreaterThan(1000);
    expect(await redis.zcard(`${RL_PREFIX}${chat}`)).toBe(0);
  });

  it('gives up with RateLimitedError instead of waiting past maxWaitMs', async () => {
    const limiter = new RedisRateLimiter(redis, RL_PREFIX, { maxWaitMs: 200 });
    const key = `bounded:${randomUUID()}`;
    await limiter.acquire(key, [{ max: 1, perMs: 10_000 }]);
    const started = Date.now();
    const err = await rejection(limiter.acquire(key, [{ max: 1, perMs: 10_000 }]));
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterMs).toBeGreaterThan(9000);
    // It gave up instead of sleeping through the 10 s window (a wide margin: not a speed check).
    expect(Date.now() - started).toBeLessThan(9000);
  });

  it('rejects nonsensical limits', async () => {
    const limiter = new RedisRateLimiter(redis, RL_PREFIX);
    await expect(limiter.tryAcquire('x', [{ max: 0, perMs: 1000 }])).rejects.toThrow(RangeError);
  });
});

describe('telegram media', () => {
  /** The attachment of a webhook update, as the normaliser stores it. */
  function inboundOf(fixture: string) {
    const [event] = parseTelegramUpdate(readFileSync(path.join(ROOT, 'tests/fixtures/telegram', fixture)));
    if (event?.type !== 'message') throw new Error(`${fixture} is not a message`);
    const attachment = event.message.payload.attachments?.[0];
    if (!attachment) throw new Error(`${fixture} has no attachment`);
    return { attachment, inbound: { platformMessageId: event.message.platformMessageId, kind: event.message.kind, payload: event.message.payload } };
  }

  it('a photo update keeps the largest size; getFile + the file URL download it with the bot token', async () => {
    const { attachment, inbound } = inboundOf('photo.json');
    expect(attachment.platformFileId).toBe('AgACAgQAAxkBAAIBZ2dlarge');
    const body = fakeJpeg(5000);
    fake.putFile({ body, contentType: 'application/octet-stream' }, 'AgACAgQAAxkBAAIBZ2dlarge');
    const got = await telegramAdapter.fetchMedia!(makeCtx(), attachment, inbound, { maxBytes: 1_000_000 });
    expect(got.body.equals(body)).toBe(true);
    // Telegram's file server says octet-stream; the update said JPEG.
    expect(got.contentType).toBe('image/jpeg');
    expect(fake.callsTo('getFile').map((c) => c.body)).toEqual([{ file_id: 'AgACAgQAAxkBAAIBZ2dlarge' }]);
    expect(fake.downloads).toEqual([{ token: TOKEN, filePath: expect.any(String) }]);
  });

  it('a document keeps its name and type', async () => {
    const { attachment, inbound } = inboundOf('document.json');
    fake.putFile({ body: Buffer.from('%PDF-1.7 invoice'), contentType: 'application/octet-stream' }, attachment.platformFileId);
    const got = await telegramAdapter.fetchMedia!(makeCtx(), attachment, inbound, { maxBytes: 1_000_000 });
    expect(got.body.toString()).toBe('%PDF-1.7 invoice');
    expect(got.fileName).toBe(attachment.name);
    expect(got.contentType).toBe(attachment.mimeType);
  });

  it('another bot token cannot read the file (the fake checks the token)', async () => {
    const { attachment, inbound } = inboundOf('photo.json');
    fake.putFile({ body: fakeJpeg(100), contentType: 'image/jpeg' }, attachment.platformFileId);
    const err = await rejection(telegramAdapter.fetchMedia!(makeCtx({ token: '7000000009:AAH-other_bot' }), attachment, inbound, { maxBytes: 1_000_000 }));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.message).not.toContain('7000000009:AAH-other_bot');
  });

  it('a file larger than the limit: refused on the size getFile reports, nothing downloaded', async () => {
    const { attachment, inbound } = inboundOf('photo.json');
    fake.putFile({ body: fakeJpeg(50_000), contentType: 'image/jpeg' }, attachment.platformFileId);
    const err = await rejection(telegramAdapter.fetchMedia!(makeCtx(), { ...attachment, size: undefined }, inbound, { maxBytes: 10_000 }));
    expect(err).toBeInstanceOf(MediaTooLargeError);
    expect(fake.callsTo('getFile')).toHaveLength(1);
    expect(fake.downloads).toEqual([]);
  });

  it('a file_id Telegram does not know → PermanentSendError', async () => {
    const err = await rejection(telegramAdapter.fetchMedia!(makeCtx(), { platformFileId: 'AgAC-unknown' }, { platformMessageId: '1', kind: 'image', payload: {} }, { maxBytes: 1000 }));
    expect(err).toBeInstanceOf(PermanentSendError);
  });

  it('a document Telegram refuses by URL (not PDF/ZIP/GIF) is uploaded as multipart instead', async () => {
    const url = files.put('form', { body: Buffer.from('Return form, order #4471\n'), contentType: 'text/plain', fileName: 'return-form.txt' });
    const result = await telegramAdapter.send(makeCtx(), target(), { id: randomUUID(), kind: 'file', text: 'Your form', attachment: { url, name: 'return-form.txt' }, senderType: 'agent' });
    const calls = fake.callsTo('sendDocument');
    expect(calls.map((c) => c.status)).toEqual([400, 200]);
    expect(calls[0]?.body.document).toBe(url);
    expect(calls[1]?.body).toMatchObject({ chat_id: CHAT, caption: 'Your form', document: { filename: 'return-form.txt', size: 25 } });
    expect((calls[1]?.body.document as { bytes: Buffer }).bytes.toString()).toBe('Return form, order #4471\n');
    expect(result.platformMessageId).toBe('1');
  });

  it('a document whose MIME type Telegram cannot take by URL is uploaded at once', async () => {
    const url = files.put('notes.txt', { body: Buffer.from('notes'), contentType: 'text/plain' });
    await telegramAdapter.send(makeCtx(), target(), { id: randomUUID(), kind: 'file', text: '', attachment: { url, mimeType: 'text/plain', name: 'notes.txt' }, senderType: 'agent' });
    const calls = fake.callsTo('sendDocument');
    expect(calls.map((c) => c.status)).toEqual([200]);
    expect(calls[0]?.body.document).toMatchObject({ filename: 'notes.txt', size: 5 });
  });

  it('a photo whose URL Telegram cannot fetch is uploaded instead', async () => {
    const url = files.put('label.jpg', { body: fakeJpeg(1200), contentType: 'image/jpeg' });
    fake.failNext('sendPhoto', { status: 400, description: 'Bad Request: failed to get HTTP URL content' });
    await telegramAdapter.send(makeCtx(), target(), { id: randomUUID(), kind: 'image', text: 'Your label', attachment: { url, mimeType: 'image/jpeg', name: 'label.jpg' }, senderType: 'agent' });
    const calls = fake.callsTo('sendPhoto');
    expect(calls.map((c) => c.status)).toEqual([400, 200]);
    expect(calls[1]?.body).toMatchObject({ caption: 'Your label', photo: { filename: 'label.jpg', size: 1200 } });
  });

  it('a document whose URL is gone is a permanent failure, not a retry', async () => {
    const err = await rejection(
      telegramAdapter.send(makeCtx(), target(), { id: randomUUID(), kind: 'file', text: '', attachment: { url: `${files.url}/files/missing`, mimeType: 'text/plain' }, senderType: 'agent' }),
    );
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(fake.callsTo('sendDocument')).toHaveLength(0);
  });
});
