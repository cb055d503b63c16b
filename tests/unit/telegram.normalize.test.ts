import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { telegramAdapter, type TelegramCredentials } from '../../channels/telegram/telegram.adapter.js';
import { truncateUtf8 } from '../../channels/telegram/telegram.render.js';
import { parseTelegramUpdate } from '../../channels/telegram/telegram.normalize.js';
import type { ChannelContext, InboundEvent, InboundMessage, WebhookRequest } from '../../channels/types.js';
import { PayloadError, WebhookAuthError } from '../../src/domain/errors.js';
import { appServices } from '../helpers/channel-context.js';

const SECRET = 'k3Y_s3cr3t-for_tests';

const ctx: ChannelContext<TelegramCredentials> = {
  connection: { id: 'conn-1', tenantId: 'tenant-1', type: 'telegram', webhookSecret: SECRET, settings: {} },
  credentials: { botToken: '123456:TEST_token-abc' },
  endpoints: { telegramApiRoot: 'http://unused', lineApiBaseUrl: 'x', lineDataApiBaseUrl: 'x', whatsappGraphApiUrl: 'x' },
  webhookUrl: 'https://gateway.example.com/webhooks/telegram/conn-1',
  logger: pino({ level: 'silent' }),
  // parse and verify are pure: they never touch Redis.
  redis: {} as unknown as Redis,
  ...appServices(),
};

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/telegram/${name}.json`, import.meta.url));

function request(rawBody: Buffer | string, headers: Record<string, string | undefined> = {}): WebhookRequest {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    query: {},
    rawBody: Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody),
  };
}

function parse(name: string): InboundEvent[] {
  return telegramAdapter.parseWebhook(request(fixture(name), { 'x-telegram-bot-api-secret-token': SECRET }), ctx);
}

function single(name: string): InboundMessage {
  const events = parse(name);
  expect(events).toHaveLength(1);
  const [event] = events;
  if (event?.type !== 'message') throw new Error(`expected a message, got ${JSON.stringify(event)}`);
  return event.message;
}

function payloadError(fn: () => unknown): PayloadError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(PayloadError);
    return err as PayloadError;
  }
  throw new Error('expected a PayloadError');
}

describe('telegram verifyWebhook', () => {
  const verify = (headers: Record<string, string | undefined>) =>
    telegramAdapter.verifyWebhook(request(fixture('text-private'), headers), ctx);

  it('accepts the connection secret', () => {
    expect(() => verify({ 'x-telegram-bot-api-secret-token': SECRET })).not.toThrow();
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['wrong, same length', SECRET.replace('k', 'K')],
    ['shorter', SECRET.slice(0, -1)],
    ['longer', `${SECRET}x`],
    ['multi-byte of equal char length', SECRET.replace('k', 'ĸ')],
  ])('rejects a %s secret with WebhookAuthError', (_label, value) => {
    expect(() => verify({ 'x-telegram-bot-api-secret-token': value })).toThrow(WebhookAuthError);
  });

  it('rejects everything when the connection secret is empty', () => {
    const noSecret = { ...ctx, connection: { ...ctx.connection, webhookSecret: '' } };
    expect(() =>
      telegramAdapter.verifyWebhook(request('{}', { 'x-telegram-bot-api-secret-token': '' }), noSecret),
    ).toThrow(WebhookAuthError);
  });
});

describe('telegram parseWebhook', () => {
  it('text in a private chat', () => {
    const m = single('text-private');
    expect(m).toEqual({
      platformMessageId: '918273601',
      externalUserId: '111222333',
      externalThreadId: '111222333',
      userDisplayName: 'Ana García',
      language: 'es',
      kind: 'text',
      text: 'Hola, ¿dónde está mi pedido?',
      payload: { platform: { telegramMessageId: 1365 } },
      sentAt: new Date(1735732800 * 1000),
      threadMetadata: { telegramChatType: 'private' },
    });
  });

  it('text in a group: thread is the group, user is the sender, title kept', () => {
    const m = single('text-group');
    expect(m.externalThreadId).toBe('-1001234567890');
    expect(m.externalUserId).toBe('444555666');
    expect(m.userDisplayName).toBe('Bob');
    expect(m.language).toBe('en');
    expect(m.text).toBe('/help@acme_support_bot my invoice is wrong');
    expect(m.threadMetadata).toEqual({ telegramChatType: 'supergroup', telegramChatTitle: 'Acme customers' });
  });

  it('photo → image with the largest size file_id and no URL, caption as text', () => {
    const m = single('photo');
    expect(m.kind).toBe('image');
    expect(m.text).toBe('The box arrived damaged');
    expect(m.payload.attachments).toEqual([
      { platformFileId: 'AgACAgQAAxkBAAIBZ2dlarge', mimeType: 'image/jpeg', size: 98211 },
    ]);
    expect(m.payload.attachments?.[0]?.url).toBeUndefined();
  });

  it('document → file with name, mime type and size', () => {
    const m = single('document');
    expect(m.kind).toBe('file');
    expect(m.text).toBe('Here is the invoice');
    expect(m.payload.attachments).toEqual([
      { platformFileId: 'BQACAgIAAxkBAAIBaGdoc', name: 'invoice-2024-118.pdf', mimeType: 'application/pdf', size: 48213 },
    ]);
  });

  it('voice → file with its mime type', () => {
    const m = single('voice');
    expect(m.kind).toBe('file');
    expect(m.text).toBe('');
    expect(m.payload.attachments).toEqual([
      { platformFileId: 'AwACAgIAAxkBAAIBaWvoice', mimeType: 'audio/ogg', size: 13870 },
    ]);
    expect(m.payload.platform).toMatchObject({ telegramFileType: 'voice' });
  });

  it('audio → file with name and mime type', () => {
    const m = single('audio');
    expect(m.kind).toBe('file');
    expect(m.payload.attachments).toEqual([
      { platformFileId: 'CQACAgIAAxkBAAIBamaudio', name: 'hold-music.mp3', mimeType: 'audio/mpeg', size: 2931023 },
    ]);
  });

  it('location → location with coordinates and a readable text', () => {
    const m = single('location');
    expect(m.kind).toBe('location');
    expect(m.text).toBe('📍 40.416775, -3.70379');
    expect(m.payload.location).toEqual({ latitude: 40.416775, longitude: -3.70379 });
  });

  it('venue → location with name and address', () => {
    const raw = JSON.parse(fixture('location').toString()) as { message: Record<string, unknown> };
    raw.message.venue = { location: raw.message.location, title: 'Acme Store', address: 'Gran Vía 1, Madrid' };
    const [event] = parseTelegramUpdate(Buffer.from(JSON.stringify(raw)));
    expect(event?.type === 'message' && event.message.payload.location).toEqual({
      latitude: 40.416775,
      longitude: -3.70379,
      name: 'Acme Store',
      address: 'Gran Vía 1, Madrid',
    });
  });

  it('sticker → text with the emoji, sticker file id kept', () => {
    const m = single('sticker');
    expect(m.kind).toBe('text');
    expect(m.text).toBe('[sticker 😀]');
    expect(m.payload.platform).toMatchObject({ stickerFileId: 'CAACAgIAAxkBAAIBa2sticker' });
  });

  it('callback_query → button_reply with the pressed title, payload and query id', () => {
    const now = new Date('2025-01-01T12:00:00Z');
    const [event] = parseTelegramUpdate(fixture('callback-query'), now);
    if (event?.type !== 'message') throw new Error('expected a message');
    expect(event.message).toEqual({
      platformMessageId: '918273609',
      externalUserId: '111222333',
      externalThreadId: '111222333',
      userDisplayName: 'Ana García',
      language: 'es',
      kind: 'button_reply',
      text: '👎 Not good',
      payload: { buttonPayload: 'rate:bad', platform: { callbackQueryId: '4382bfdwdsb323b2d9', telegramMessageId: 1372 } },
      sentAt: now,
      threadMetadata: { telegramChatType: 'private' },
    });
  });

  it('callback_query whose button is not found falls back to the data as text', () => {
    const raw = JSON.parse(fixture('callback-query').toString()) as { callback_query: Record<string, unknown> };
    raw.callback_query.data = 'gone';
    const [event] = parseTelegramUpdate(Buffer.from(JSON.stringify(raw)));
    expect(event?.type === 'message' && event.message.text).toBe('gone');
  });

  it('callback_query on an inaccessible message (no reply_markup) still works', () => {
    const raw = JSON.parse(fixture('callback-query').toString()) as { callback_query: Record<string, unknown> };
    raw.callback_query.message = { message_id: 1372, chat: { id: 111222333, type: 'private' }, date: 0 };
    const [event] = parseTelegramUpdate(Buffer.from(JSON.stringify(raw)));
    expect(event?.type === 'message' && event.message.text).toBe('rate:bad');
  });

  it('edited_message → same normalisation with editedPlatformMessageId', () => {
    const m = single('edited-message');
    expect(m.platformMessageId).toBe('918273610');
    expect(m.kind).toBe('text');
    expect(m.text).toBe('Hola, ¿dónde está mi pedido #A-1029?');
    expect(m.payload.editedPlatformMessageId).toBe('1365');
    expect(m.sentAt).toEqual(new Date(1735733320 * 1000));
  });

  it('edited_channel_post → message from the channel with editedPlatformMessageId', () => {
    const update = {
      update_id: 5,
      edited_channel_post: {
        message_id: 77,
        sender_chat: { id: -1009876543210, title: 'Acme news', type: 'channel' },
        chat: { id: -1009876543210, title: 'Acme news', type: 'channel' },
        date: 1735733000,
        edit_date: 1735733100,
        text: 'Fixed typo',
      },
    };
    const [event] = parseTelegramUpdate(Buffer.from(JSON.stringify(update)));
    if (event?.type !== 'message') throw new Error('expected a message');
    expect(event.message).toMatchObject({
      externalUserId: '-1009876543210',
      externalThreadId: '-1009876543210',
      userDisplayName: 'Acme news',
      payload: { editedPlatformMessageId: '77' },
      threadMetadata: { telegramChatType: 'channel', telegramChatTitle: 'Acme news' },
    });
  });

  it.each([
    ['my-chat-member', 'unsupported update type: my_chat_member'],
    ['poll', 'unsupported update type: poll'],
  ])('%s → ignored', (name, reason) => {
    expect(parse(name)).toEqual([{ type: 'ignored', reason }]);
  });

  it('a service message (no content we normalise) is ignored', () => {
    const update = {
      update_id: 9,
      message: {
        message_id: 3,
        from: { id: 1, is_bot: false, first_name: 'A' },
        chat: { id: -42, title: 'G', type: 'group' },
        date: 1735733000,
        new_chat_members: [{ id: 2, is_bot: false, first_name: 'B' }],
      },
    };
    const events = parseTelegramUpdate(Buffer.from(JSON.stringify(update)));
    expect(events).toEqual([{ type: 'ignored', reason: 'unsupported message content (new_chat_members) (message_id 3)' }]);
  });

  it('a shared contact ("share my phone number") → text the agent can read, the contact kept', () => {
    const update = {
      update_id: 10,
      message: {
        message_id: 4,
        from: { id: 111222333, first_name: 'Ana' },
        chat: { id: 111222333, type: 'private' },
        date: 1735733000,
        contact: { phone_number: '+34600111222', first_name: 'Ana', last_name: 'García', user_id: 111222333 },
      },
    };
    const [event] = parseTelegramUpdate(Buffer.from(JSON.stringify(update)));
    if (event?.type !== 'message') throw new Error('expected a message');
    expect(event.message.kind).toBe('text');
    expect(event.message.text).toBe('[contact] Ana García, +34600111222');
    expect(event.message.payload.platform).toMatchObject({ contact: { phoneNumber: '+34600111222', name: 'Ana García', userId: 111222333 } });
  });

  it('fields the gateway does not read are not required (older shapes: no is_bot, no file_unique_id)', () => {
    const update = {
      update_id: 11,
      message: {
        message_id: 5,
        from: { id: 7, first_name: 'Old' },
        chat: { id: 7, type: 'private' },
        date: 1735733000,
        photo: [{ file_id: 'small', width: 90, height: 60 }, { file_id: 'large', width: 800, height: 533 }],
      },
    };
    const [event] = parseTelegramUpdate(Buffer.from(JSON.stringify(update)));
    expect(event?.type === 'message' && event.message.payload.attachments).toEqual([{ platformFileId: 'large', mimeType: 'image/jpeg' }]);
  });

  it('unknown fields added by newer Bot API versions are tolerated', () => {
    const raw = JSON.parse(fixture('text-private').toString()) as { message: Record<string, unknown> };
    raw.message.some_future_field = { x: 1 };
    expect(parseTelegramUpdate(Buffer.from(JSON.stringify(raw)))[0]?.type).toBe('message');
  });

  describe('malformed payloads → PayloadError with a reason', () => {
    it('invalid JSON', () => {
      const err = payloadError(() => telegramAdapter.parseWebhook(request('{"update_id": 1,'), ctx));
      expect(err.message).toMatch(/^invalid JSON: /);
    });

    it('update_id as a string names the field', () => {
      const err = payloadError(() => parseTelegramUpdate(Buffer.from('{"update_id":"1","message":{}}')));
      expect(err.message).toContain('update_id');
    });

    it('message without chat names message.chat', () => {
      const raw = JSON.parse(fixture('text-private').toString()) as { message: Record<string, unknown> };
      delete raw.message.chat;
      const err = payloadError(() => parseTelegramUpdate(Buffer.from(JSON.stringify(raw))));
      expect(err.message).toContain('message.chat');
    });

    it('photo without sizes', () => {
      const raw = JSON.parse(fixture('photo').toString()) as { message: Record<string, unknown> };
      raw.message.photo = [];
      const err = payloadError(() => parseTelegramUpdate(Buffer.from(JSON.stringify(raw))));
      expect(err.message).toContain('message.photo');
    });

    it.each([['null'], ['[]'], ['42'], ['"text"'], ['']])('non-object body %s', (body) => {
      payloadError(() => parseTelegramUpdate(Buffer.from(body)));
    });
  });
});

describe('truncateUtf8 (callback_data is limited to 64 bytes)', () => {
  it('keeps short strings', () => {
    expect(truncateUtf8('rate:good', 64)).toBe('rate:good');
  });

  it('cuts on a code point boundary', () => {
    const s = '€'.repeat(30); // 3 bytes each = 90 bytes
    const cut = truncateUtf8(s, 64);
    expect(Buffer.byteLength(cut)).toBe(63);
    expect(cut).toBe('€'.repeat(21));
    expect(truncateUtf8('a😀b', 4)).toBe('a');
  });
});
