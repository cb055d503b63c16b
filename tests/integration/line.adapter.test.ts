/**
 * The LINE adapter through the real `@line/bot-sdk` client against the fake
 * LINE Messaging API (tests/fakes/line-api.ts).
 */
import { randomUUID } from 'node:crypto';
import { messagingApi } from '@line/bot-sdk';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { degrade } from '../../channels/degrade.js';
import { lineAdapter, lineRetryKey, type LineCredentials } from '../../channels/line/line.adapter.js';
import type { ChannelContext, OutboundMessage, OutboundTarget } from '../../channels/types.js';
import {
  ChannelConnectError,
  PermanentSendError,
  RateLimitedError,
} from '../../src/domain/errors.js';
import { appServices } from '../helpers/channel-context.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseLineWebhookBody } from '../../channels/line/line.normalize.js';
import { MediaTooLargeError } from '../../src/domain/errors.js';
import { startFakeLine, type FakeLine } from '../fakes/line-api.js';
import { fakeJpeg } from '../fakes/media.js';
import { ROOT } from '../helpers/harness.js';

const TOKEN = 'valid-channel-access-token';
const SECRET = 'channel-secret';
const USER = 'U4af4980629a1b2c3d4e5f60718293a4b';
const GROUP = 'Ca56f94637c1b2c3d4e5f60718293a4bc';
const PUSH = '/v2/bot/message/push';
const REPLY = '/v2/bot/message/reply';

let fake: FakeLine;
// Not used by the LINE adapter; lazy, so it only connects if something needs it.
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
  lazyConnect: true,
  keyPrefix: `test:line-adapter:${process.pid}:`,
});
const logger = pino({ level: 'silent' });

function ctx(token = TOKEN, webhookUrl = 'https://gateway.example.com/webhooks/line/conn-line-1'): ChannelContext<LineCredentials> {
  return {
    connection: { id: 'conn-line-1', tenantId: 'tenant-1', type: 'line', webhookSecret: 'unused', settings: {} },
    credentials: { channelSecret: SECRET, channelAccessToken: token },
    endpoints: {
      telegramApiRoot: 'http://127.0.0.1:9',
      lineApiBaseUrl: fake.url,
      lineDataApiBaseUrl: fake.dataUrl,
      whatsappGraphApiUrl: 'http://127.0.0.1:9',
    },
    webhookUrl,
    logger,
    redis,
    ...appServices(),
  };
}

function target(metadata: Record<string, unknown> = {}, thread = USER): OutboundTarget {
  return {
    conversationId: 'conv-1',
    externalUserId: USER,
    externalThreadId: thread,
    conversationMetadata: metadata,
    lastInboundAt: new Date(),
  };
}

function text(body: string, id: string = randomUUID()): OutboundMessage {
  return { id, kind: 'text', text: body, senderType: 'bot' };
}

const callsTo = (path: string) => fake.calls.filter((c) => c.path === path);

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof Error) return err;
    throw new Error(`rejected with a non-Error: ${String(err)}`);
  }
  throw new Error('expected a rejection');
}

beforeAll(async () => {
  fake = await startFakeLine({ validTokens: [TOKEN] });
});

afterAll(async () => {
  await fake.stop();
  redis.disconnect();
});

beforeEach(() => fake.reset());

describe('send: push', () => {
  it('pushes text with the bearer token and a retry key derived from our message id', async () => {
    const msg = text('Hello from the gateway', 'out_msg_1');
    const result = await lineAdapter.send(ctx(), target(), msg);

    const [call] = callsTo(PUSH);
    expect(callsTo(PUSH)).toHaveLength(1);
    expect(call?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call?.headers['x-line-retry-key']).toBe(lineRetryKey('out_msg_1'));
    expect(call?.body).toEqual({ to: USER, messages: [{ type: 'text', text: 'Hello from the gateway' }] });
    expect(result).toEqual({ platformMessageId: fake.deliveries[0]?.sentMessages[0]?.id });
    expect(result.platformMessageId).toMatch(/^\d+$/);
  });

  it('uses a UUID message id as the retry key itself', async () => {
    const id = randomUUID();
    await lineAdapter.send(ctx(), target(), text('hi', id));
    expect(callsTo(PUSH)[0]?.headers['x-line-retry-key']).toBe(id);
  });

  it('a retried send of the same message is answered 409 and counts as sent, delivered once', async () => {
    const msg = text('Only once please', 'out_msg_retry');
    const first = await lineAdapter.send(ctx(), target(), msg);
    const second = await lineAdapter.send(ctx(), target(), msg);

    const calls = callsTo(PUSH);
    expect(calls.map((c) => c.status)).toEqual([200, 409]);
    expect(calls[0]?.headers['x-line-retry-key']).toBe(calls[1]?.headers['x-line-retry-key']);
    expect(fake.deliveries).toHaveLength(1);
    expect(second.platformMessageId).toBe(first.platformMessageId);
  });

  it('pushes to the group for a group conversation', async () => {
    await lineAdapter.send(ctx(), target({ lineSourceType: 'group' }, GROUP), text('hello group'));
    expect(callsTo(PUSH)[0]?.body).toMatchObject({ to: GROUP });
  });

  it('image: originalContentUrl + previewImageUrl, caption as a text before it', async () => {
    const url = 'https://cdn.example.com/parcel.jpg';
    await lineAdapter.send(ctx(), target(), {
      id: 'img-1',
      kind: 'image',
      text: '',
      senderType: 'bot',
      attachment: { url, mimeType: 'image/jpeg' },
    });
    await lineAdapter.send(ctx(), target(), { id: 'img-2', kind: 'image', text: 'Your parcel', senderType: 'agent', attachment: { url } });

    const [plain, captioned] = callsTo(PUSH);
    expect(plain?.body).toEqual({ to: USER, messages: [{ type: 'image', originalContentUrl: url, previewImageUrl: url }] });
    expect(captioned?.body).toEqual({
      to: USER,
      messages: [
        { type: 'text', text: 'Your parcel' },
        { type: 'image', originalContentUrl: url, previewImageUrl: url },
      ],
    });
  });

  it('an image without a public URL cannot be sent', async () => {
    const err = await rejection(
      lineAdapter.send(ctx(), target(), { id: 'img-3', kind: 'image', text: '', senderType: 'bot', attachment: { platformFileId: 'x' } }),
    );
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(fake.calls).toHaveLength(0);
  });

  it('buttons: text message with postback quick replies', async () => {
    const [draft] = degrade(
      {
        kind: 'buttons',
        text: 'What can I do for you?',
        senderType: 'bot',
        buttons: [
          { title: 'Track my order', payload: 'TRACK_ORDER' },
          { title: 'Talk to a human agent please', payload: 'ESCALATE' },
        ],
      },
      lineAdapter.capabilities,
    );
    if (!draft) throw new Error('degrade returned nothing');
    await lineAdapter.send(ctx(), target(), { ...draft, id: 'btn-1' });

    expect(callsTo(PUSH)[0]?.status).toBe(200);
    expect(callsTo(PUSH)[0]?.body).toEqual({
      to: USER,
      messages: [
        {
          type: 'text',
          text: 'What can I do for you?',
          quickReply: {
            items: [
              { type: 'action', action: { type: 'postback', label: 'Track my order', data: 'TRACK_ORDER', displayText: 'Track my order' } },
              {
                type: 'action',
                action: {
                  type: 'postback',
                  label: 'Talk to a human age…',
                  data: 'ESCALATE',
                  displayText: 'Talk to a human age…',
                },
              },
            ],
          },
        },
      ],
    });
  });

  it('14 buttons are degraded by the core to numbered text', async () => {
    const buttons = Array.from({ length: 14 }, (_, i) => ({ title: `Option ${i + 1}`, payload: `OPT_${i + 1}` }));
    const drafts = degrade({ kind: 'buttons', text: 'Pick one', senderType: 'bot', buttons }, lineAdapter.capabilities);
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    if (!draft) throw new Error('degrade returned nothing');
    await lineAdapter.send(ctx(), target(), { ...draft, id: 'btn-14' });

    const body = callsTo(PUSH)[0]?.body as { messages: Array<Record<string, unknown>> };
    expect(body.messages).toHaveLength(1);
    expect(body.messages[0]?.type).toBe('text');
    expect(body.messages[0]?.quickReply).toBeUndefined();
    expect(body.messages[0]?.text).toContain('1. Option 1\n');
    expect(body.messages[0]?.text).toContain('14. Option 14');
  });
});

describe('send: reply tokens', () => {
  it('a fresh reply token is used once and cleared', async () => {
    const meta = { lineSourceType: 'user', lineReplyToken: 'reply-token-1', lineReplyTokenAt: Date.now() - 5_000 };
    const result = await lineAdapter.send(ctx(), target(meta), text('Thanks for your message'));

    expect(callsTo(PUSH)).toHaveLength(0);
    const replies = callsTo(REPLY);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toEqual({ replyToken: 'reply-token-1', messages: [{ type: 'text', text: 'Thanks for your message' }] });
    // Retry keys are for push only: LINE rejects them on reply.
    expect(replies[0]?.headers['x-line-retry-key']).toBeUndefined();
    expect(result).toEqual({ platformMessageId: fake.deliveries[0]?.sentMessages[0]?.id, conversationMetadataPatch: { lineUsedReplyToken: 'reply-token-1' } });
  });

  it('a token LINE rejects (already used) falls back to push', async () => {
    const meta = { lineReplyToken: 'reply-token-2', lineReplyTokenAt: Date.now() - 1_000 };
    await lineAdapter.send(ctx(), target(meta), text('first'));
    const second = await lineAdapter.send(ctx(), target(meta), text('second', 'out-second'));

    expect(callsTo(REPLY).map((c) => c.status)).toEqual([200, 400]);
    expect(callsTo(PUSH)).toHaveLength(1);
    expect(callsTo(PUSH)[0]?.headers['x-line-retry-key']).toBe(lineRetryKey('out-second'));
    expect(fake.deliveries.map((d) => d.endpoint)).toEqual(['reply', 'push']);
    expect(second.conversationMetadataPatch).toEqual({ lineUsedReplyToken: 'reply-token-2' });
  });

  it('a token already spent is not tried again, but a fresher one stored meanwhile is', async () => {
    const spent = { lineReplyToken: 'reply-token-9', lineReplyTokenAt: Date.now() - 1_000, lineUsedReplyToken: 'reply-token-9' };
    await lineAdapter.send(ctx(), target(spent), text('after a spent token', 'out-spent'));
    expect(callsTo(REPLY)).toHaveLength(0);
    expect(callsTo(PUSH)).toHaveLength(1);
    const fresh = { ...spent, lineReplyToken: 'reply-token-10' };
    const res = await lineAdapter.send(ctx(), target(fresh), text('with the new token', 'out-fresh'));
    expect(callsTo(REPLY)).toHaveLength(1);
    expect(res.conversationMetadataPatch).toEqual({ lineUsedReplyToken: 'reply-token-10' });
  });

  it('a stale token (50 s or older) is not tried: push', async () => {
    const meta = { lineReplyToken: 'reply-token-3', lineReplyTokenAt: Date.now() - 55_000 };
    const result = await lineAdapter.send(ctx(), target(meta), text('late answer'));
    expect(callsTo(REPLY)).toHaveLength(0);
    expect(callsTo(PUSH)).toHaveLength(1);
    expect(result.conversationMetadataPatch).toBeUndefined();
  });

  it('a reply that fails with 5xx is retried by the job, not pushed', async () => {
    fake.failNext(REPLY, { status: 500, body: { message: 'An error occurred in the backend server' } });
    const meta = { lineReplyToken: 'reply-token-4', lineReplyTokenAt: Date.now() };
    const err = await rejection(lineAdapter.send(ctx(), target(meta), text('hello')));
    expect(err).not.toBeInstanceOf(PermanentSendError);
    expect(err.message).toMatch(/500/);
    expect(callsTo(PUSH)).toHaveLength(0);
  });
});

// 429 with/without Retry-After, 5xx, timeout and the absence of hidden retries: tests/contract/send.contract.test.ts.
describe('send: errors', () => {
  it('500 → plain Error (retry with backoff); the retry then delivers once', async () => {
    fake.failNext(PUSH, { status: 500, body: { message: 'An error occurred in the backend server' } });
    const msg = text('eventually', 'out-500');
    const err = await rejection(lineAdapter.send(ctx(), target(), msg));
    expect(err).not.toBeInstanceOf(PermanentSendError);
    expect(err).not.toBeInstanceOf(RateLimitedError);
    expect(err.message).toContain('An error occurred in the backend server');

    await lineAdapter.send(ctx(), target(), msg);
    expect(callsTo(PUSH).map((c) => c.status)).toEqual([500, 200]);
    expect(fake.deliveries).toHaveLength(1);
  });

  it('400 → PermanentSendError with the platform message', async () => {
    fake.failNext(PUSH, { status: 400, body: { message: 'Failed to send messages' } });
    const err = await rejection(lineAdapter.send(ctx(), target(), text('hi')));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.message).toContain('Failed to send messages');
  });

  it('a message LINE validates away (text over 5000) → PermanentSendError naming the property', async () => {
    const err = await rejection(lineAdapter.send(ctx(), target(), text('x'.repeat(5001))));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.message).toContain('messages[0].text');
    expect(fake.deliveries).toHaveLength(0);
  });

  it('a revoked token → PermanentSendError (401)', async () => {
    const err = await rejection(lineAdapter.send(ctx('revoked'), target(), text('hi')));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.message).toContain('Authentication failed');
  });
});

describe('sendTyping', () => {
  it('starts the loading animation in a 1:1 chat', async () => {
    await lineAdapter.sendTyping?.(ctx(), target({ lineSourceType: 'user' }));
    const [call] = callsTo('/v2/bot/chat/loading/start');
    expect(call?.status).toBe(202);
    expect(call?.body).toEqual({ chatId: USER, loadingSeconds: 20 });
  });

  it('does nothing in a group (LINE supports it only 1:1)', async () => {
    await lineAdapter.sendTyping?.(ctx(), target({ lineSourceType: 'group' }, GROUP));
    await lineAdapter.sendTyping?.(ctx(), target({}, GROUP));
    expect(fake.calls).toHaveLength(0);
  });

  it('swallows failures', async () => {
    fake.failNext('/v2/bot/chat/loading/start', { status: 500 });
    await expect(lineAdapter.sendTyping?.(ctx(), target())).resolves.toBeUndefined();
  });
});

describe('connect', () => {
  it('validates the token with bot info and sets the webhook URL', async () => {
    const c = ctx();
    const result = await lineAdapter.connect?.(c);
    expect(result).toEqual({
      settings: { botUserId: fake.botInfo.userId, basicId: fake.botInfo.basicId, displayName: fake.botInfo.displayName },
    });
    expect(fake.webhookEndpoint).toBe(c.webhookUrl);
    expect(callsTo('/v2/bot/channel/webhook/endpoint')[0]?.method).toBe('PUT');
  });

  it('an invalid token → ChannelConnectError with the platform message', async () => {
    const err = await rejection(lineAdapter.connect?.(ctx('not-a-token')) ?? Promise.resolve());
    expect(err).toBeInstanceOf(ChannelConnectError);
    expect(err.message).toContain('Authentication failed. Confirm that the access token in the authorization header is valid.');
    expect(callsTo('/v2/bot/channel/webhook/endpoint')).toHaveLength(0);
  });

  it('a webhook URL LINE refuses (not https) does not fail the connection', async () => {
    const result = await lineAdapter.connect?.(ctx(TOKEN, 'http://localhost:3000/webhooks/line/conn-line-1'));
    expect(result?.settings?.botUserId).toBe(fake.botInfo.userId);
    expect(callsTo('/v2/bot/channel/webhook/endpoint')[0]?.status).toBe(400);
    expect(fake.webhookEndpoint).toBeUndefined();
  });
});

describe('fake LINE data API', () => {
  it('serves message content through the SDK blob client', async () => {
    const blob = new messagingApi.MessagingApiBlobClient({ channelAccessToken: TOKEN, baseURL: fake.dataUrl });
    const stream = await blob.getMessageContent('354718705033693859');
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(fake.calls[0]).toMatchObject({ server: 'data', path: '/v2/bot/message/354718705033693859/content', status: 200 });
  });

  it('is a different host from the API', async () => {
    const res = await fetch(`${fake.url}/v2/bot/message/1/content`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(404);
  });
});

describe('line media', () => {
  /** The attachment of a webhook event, as the normaliser stores it. */
  function inboundOf(fixture: string) {
    const [event] = parseLineWebhookBody(readFileSync(path.join(ROOT, 'tests/fixtures/line', fixture)));
    if (event?.type !== 'message') throw new Error(`${fixture} is not a message`);
    const attachment = event.message.payload.attachments?.[0];
    if (!attachment) throw new Error(`${fixture} has no attachment`);
    return { attachment, inbound: { platformMessageId: event.message.platformMessageId, kind: event.message.kind, payload: event.message.payload } };
  }
  const dataCalls = () => fake.calls.filter((c) => c.server === 'data');

  it('an image event → its bytes from the data API, with the channel access token', async () => {
    const { attachment, inbound } = inboundOf('image.json');
    const body = fakeJpeg(4000);
    fake.putContent('354718705033693859', { body, contentType: 'image/jpeg' });
    const got = await lineAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 1_000_000 });
    expect(got.body.equals(body)).toBe(true);
    expect(got.contentType).toBe('image/jpeg');
    expect(dataCalls().map((c) => [c.path, c.headers.authorization, c.status])).toEqual([['/v2/bot/message/354718705033693859/content', `Bearer ${TOKEN}`, 200]]);
  });

  it('a file event keeps its name', async () => {
    const { attachment, inbound } = inboundOf('file.json');
    fake.putContent('325710', { body: Buffer.from('%PDF-1.4 invoice'), contentType: 'application/pdf' });
    const got = await lineAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 1_000_000 });
    expect(got).toMatchObject({ fileName: 'invoice-2024-001.pdf', contentType: 'application/pdf' });
  });

  it('a wrong channel token → PermanentSendError (401), the token not in the message', async () => {
    const { attachment, inbound } = inboundOf('image.json');
    const err = await rejection(lineAdapter.fetchMedia!(ctx('revoked-token'), attachment, inbound, { maxBytes: 1_000_000 }));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.message).toMatch(/401/);
    expect(err.message).not.toContain('revoked-token');
  });

  it('content past the limit → MediaTooLargeError, both by Content-Length and counted while streaming', async () => {
    const { attachment, inbound } = inboundOf('image.json');
    fake.putContent('354718705033693859', { body: fakeJpeg(30_000), contentType: 'image/jpeg' });
    expect(await rejection(lineAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 10_000 }))).toBeInstanceOf(MediaTooLargeError);
    fake.putContent('354718705033693859', { body: fakeJpeg(30_000), contentType: 'image/jpeg', mode: 'chunked' });
    expect(await rejection(lineAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 10_000 }))).toBeInstanceOf(MediaTooLargeError);
  });

  it('content LINE no longer keeps (404) → PermanentSendError', async () => {
    const { attachment, inbound } = inboundOf('image.json');
    fake.putContent('354718705033693859', null);
    expect(await rejection(lineAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 1_000_000 }))).toBeInstanceOf(PermanentSendError);
  });

  it('external content (a video shared from elsewhere) is never fetched with our token from an http URL', async () => {
    const { attachment, inbound } = inboundOf('video-external.json');
    expect(attachment.url).toBeTruthy();
    const err = await rejection(lineAdapter.fetchMedia!(ctx(), { ...attachment, url: 'http://media.example/v.mp4' }, inbound, { maxBytes: 1_000_000 }));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(dataCalls()).toHaveLength(0);
  });

  it('a file for the customer goes as its link in the text (LINE bots cannot send files)', async () => {
    const url = 'https://files.example.com/signed/return-form.pdf?sig=abc';
    const drafts = degrade({ kind: 'file', text: 'Your return form', attachment: { url, name: 'return-form.pdf', mimeType: 'application/pdf' }, senderType: 'agent' }, lineAdapter.capabilities);
    expect(drafts.map((d) => d.kind)).toEqual(['text']);
    for (const d of drafts) await lineAdapter.send(ctx(), target(), { id: randomUUID(), ...d });
    expect(callsTo(PUSH)[0]?.body).toEqual({ to: USER, messages: [{ type: 'text', text: `Your return form\nreturn-form.pdf: ${url}` }] });
  });
});
