/**
 * Telegram channel: webhooks in, Bot API calls out through telegraf's
 * `Telegram` client (no `Telegraf` bot, no polling).
 *
 * @see https://core.telegram.org/bots/api
 * @see ./README.md
 */
import { timingSafeEqual } from 'node:crypto';
import { Telegram, TelegramError } from 'telegraf';
import { z } from 'zod';
import {
  ChannelConnectError,
  PermanentSendError,
  RateLimitedError,
  WebhookAuthError,
} from '../../src/domain/errors.js';
import { RedisRateLimiter, type RateLimitRule } from '../../src/outbound/rate-limiter.js';
import type { ChannelAdapter, ChannelContext, OutboundMessage } from '../types.js';
import { parseTelegramUpdate } from './telegram.normalize.js';

export const telegramCredentialsSchema = z.object({
  botToken: z.string().regex(/^\d+:[A-Za-z0-9_-]+$/, 'expected a BotFather token like 123456:ABC-def'),
});
export type TelegramCredentials = z.infer<typeof telegramCredentialsSchema>;

type Ctx = ChannelContext<TelegramCredentials>;

/** Bot API limits: callback_data is 1-64 bytes, a media caption 0-1024 characters. */
const CALLBACK_DATA_MAX_BYTES = 64;
const CAPTION_MAX_LENGTH = 1024;
/** telegraf's own timeout is 500 s; a stuck call must not hold a worker that long. */
const CALL_TIMEOUT_MS = 30_000;
/** Updates the gateway normalises; channel posts and the rest stay off the webhook. */
const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;

const client = (ctx: Ctx) => new Telegram(ctx.credentials.botToken, { apiRoot: ctx.endpoints.telegramApiRoot });
type CallApiOptions = NonNullable<Parameters<Telegram['callApi']>[2]>;
// telegraf types `signal` with the `abort-controller` polyfill; node-fetch accepts Node's own AbortSignal.
const callOptions = (): CallApiOptions => ({
  signal: AbortSignal.timeout(CALL_TIMEOUT_MS) as unknown as CallApiOptions['signal'],
});

/** Compares without leaking where the strings differ; a length mismatch simply fails. */
function secretMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

/** Cuts to at most `maxBytes` of UTF-8 without splitting a code point. */
export function truncateUtf8(s: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > maxBytes) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/**
 * Telegram's documented limits: about one message per second in a chat, 20 per
 * minute in a group, 30 per second for the whole bot.
 * @see https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
 */
function rateLimits(ctx: Ctx, chatId: string): RateLimitRule[] {
  const chatKey = `tg:${ctx.connection.id}:chat:${chatId}`;
  const rules: RateLimitRule[] = [
    { key: chatKey, max: 1, perMs: 1000 },
    { key: `tg:${ctx.connection.id}:bot`, max: 30, perMs: 1000 },
  ];
  if (chatId.startsWith('-')) rules.push({ key: chatKey, max: 20, perMs: 60_000 });
  return rules;
}

/**
 * Maps telegraf's errors onto the job's fate. No retry here on purpose: a send
 * is not idempotent on Telegram's side, so retries belong to the job (with its
 * deterministic id and backoff), never hidden inside the client.
 */
function mapSendError(err: unknown): Error {
  if (err instanceof TelegramError) {
    const { error_code: code, description, parameters } = err.response;
    if (code === 429) return new RateLimitedError((parameters?.retry_after ?? 1) * 1000);
    if (code >= 400 && code < 500) return new PermanentSendError(`Telegram ${code}: ${description}`, { cause: err });
    return new Error(`Telegram ${code}: ${description}`, { cause: err });
  }
  // Network errors and timeouts: transient, the job retries with backoff.
  const message = err instanceof Error ? err.message : String(err);
  return new Error(`Telegram request failed: ${message}`, { cause: err });
}

async function deliver(ctx: Ctx, chatId: string, message: OutboundMessage): Promise<number> {
  const tg = client(ctx);
  const limiter = new RedisRateLimiter(ctx.redis, `${ctx.keyPrefix ?? 'gw'}:rl:`);
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    await limiter.acquireAll(rateLimits(ctx, chatId));
    try {
      return await fn();
    } catch (err) {
      throw mapSendError(err);
    }
  };

  if (message.kind === 'buttons' && message.buttons && message.buttons.length > 0) {
    const inline_keyboard = message.buttons.map((b) => [
      { text: b.title, callback_data: truncateUtf8(b.payload || b.title, CALLBACK_DATA_MAX_BYTES) },
    ]);
    const sent = await call(() =>
      tg.callApi('sendMessage', { chat_id: chatId, text: message.text, reply_markup: { inline_keyboard } }, callOptions()),
    );
    return sent.message_id;
  }

  if ((message.kind === 'image' || message.kind === 'file') && message.attachment) {
    // A URL, or a file_id Telegram already knows. Never `{ url }`: telegraf would download and re-upload it.
    const media = message.attachment.url ?? message.attachment.platformFileId;
    if (!media) throw new PermanentSendError(`${message.kind} message without attachment url or file id`);
    const longText = message.text.length > CAPTION_MAX_LENGTH;
    const caption = message.text && !longText ? message.text : undefined;
    const sent =
      message.kind === 'image'
        ? await call(() => tg.callApi('sendPhoto', { chat_id: chatId, photo: media, caption }, callOptions()))
        : await call(() => tg.callApi('sendDocument', { chat_id: chatId, document: media, caption }, callOptions()));
    // Too long for a caption: the text follows the media as its own message.
    if (!longText) return sent.message_id;
    const text = await call(() => tg.callApi('sendMessage', { chat_id: chatId, text: message.text }, callOptions()));
    return text.message_id;
  }

  const sent = await call(() => tg.callApi('sendMessage', { chat_id: chatId, text: message.text }, callOptions()));
  return sent.message_id;
}

export const telegramAdapter: ChannelAdapter<TelegramCredentials> = {
  type: 'telegram',
  capabilities: {
    // One button per row keeps long titles readable on phones.
    maxButtons: 8,
    maxButtonTitleLength: 64,
    cards: false,
    media: true,
    typing: true,
    maxTextLength: 4096,
  },
  credentialsSchema: telegramCredentialsSchema,

  /** Telegram echoes `secret_token` from setWebhook in this header. */
  verifyWebhook(req, ctx) {
    const given = req.headers['x-telegram-bot-api-secret-token'];
    if (!given || !secretMatches(given, ctx.connection.webhookSecret)) {
      throw new WebhookAuthError('missing or wrong X-Telegram-Bot-Api-Secret-Token');
    }
  },

  parseWebhook(req) {
    return parseTelegramUpdate(req.rawBody);
  },

  async send(ctx, target, message) {
    const messageId = await deliver(ctx, target.externalThreadId, message);
    return { platformMessageId: String(messageId) };
  },

  async sendTyping(ctx, target) {
    // Not rate-limited: chat actions do not count as messages, and best effort anyway.
    try {
      await client(ctx).callApi('sendChatAction', { chat_id: target.externalThreadId, action: 'typing' }, callOptions());
    } catch (err) {
      ctx.logger.debug({ err: err instanceof Error ? err.message : String(err) }, 'telegram sendChatAction failed');
    }
  },

  /** A pressed inline button shows a spinner until the bot answers the callback query. */
  async acknowledgeInbound(ctx, _target, inbound) {
    const id = inbound.payload.platform?.callbackQueryId;
    if (inbound.kind !== 'button_reply' || typeof id !== 'string') return;
    try {
      await client(ctx).callApi('answerCallbackQuery', { callback_query_id: id }, callOptions());
    } catch (err) {
      ctx.logger.debug({ err: err instanceof Error ? err.message : String(err) }, 'telegram answerCallbackQuery failed');
    }
  },

  async connect(ctx) {
    const tg = client(ctx);
    // Telegram's description ("Unauthorized", "bad webhook: ...") is the useful reason;
    // network failures are not the caller's fault and propagate as they are.
    const rejected = (method: string, err: unknown): unknown =>
      err instanceof TelegramError
        ? new ChannelConnectError(`Telegram ${method} failed: ${err.response.description}`, { cause: err })
        : err;
    const me = await tg.callApi('getMe', {}, callOptions()).catch((err: unknown) => {
      throw rejected('getMe', err);
    });
    await tg
      .callApi(
        'setWebhook',
        {
          url: ctx.webhookUrl,
          secret_token: ctx.connection.webhookSecret,
          allowed_updates: [...ALLOWED_UPDATES],
          drop_pending_updates: false,
        },
        callOptions(),
      )
      .catch((err: unknown) => {
        throw rejected('setWebhook', err);
      });
    return { settings: { botId: me.id, botUsername: me.username } };
  },
};
