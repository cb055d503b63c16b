/**
 * Telegram channel: webhooks in, Bot API calls out through telegraf's
 * `Telegram` client (no `Telegraf` bot, no polling). Wiring only: the update
 * schema, normalisation and rendering live beside it.
 *
 * @see https://core.telegram.org/bots/api
 * @see ./README.md
 */
import { ChannelConnectError, errorMessage, WebhookAuthError } from '../../src/domain/errors.js';
import { secretMatches } from '../platform-http.js';
import type { ChannelAdapter, ChannelContext, RateLimitRule } from '../types.js';
import { call, isTelegramError } from './telegram.client.js';
import { fetchTelegramFile, sendTelegram } from './telegram.media.js';
import { parseTelegramUpdate } from './telegram.normalize.js';
import { renderTelegram, type TelegramCall } from './telegram.render.js';
import { telegramCredentialsSchema, type TelegramCredentials } from './telegram.schema.js';

export type { TelegramCredentials };
type Ctx = ChannelContext<TelegramCredentials>;

/** Updates the gateway normalises; channel posts and the rest stay off the webhook. */
const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;

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

export const telegramAdapter: ChannelAdapter<TelegramCredentials> = {
  type: 'telegram',
  capabilities: {
    maxButtons: 8,
    maxButtonTitleLength: 64,
    cards: false,
    // Sent by URL: Telegram fetches photos up to 5 MB, other files up to 20 MB; captions hold 1024 characters.
    media: {
      image: { maxBytes: 5 * 1024 * 1024, maxCaptionLength: 1024 },
      file: { maxBytes: 20 * 1024 * 1024, maxCaptionLength: 1024 },
      audio: { maxBytes: 20 * 1024 * 1024, maxCaptionLength: 1024 },
      video: { maxBytes: 20 * 1024 * 1024, maxCaptionLength: 1024 },
    },
    typing: true,
    maxTextLength: 4096,
  },
  credentialsSchema: telegramCredentialsSchema,

  /** Telegram echoes `secret_token` from setWebhook in this header. */
  verifyWebhook(req, ctx) {
    if (!secretMatches(req.headers['x-telegram-bot-api-secret-token'], ctx.connection.webhookSecret)) {
      throw new WebhookAuthError('missing or wrong X-Telegram-Bot-Api-Secret-Token');
    }
  },

  parseWebhook(req) {
    return parseTelegramUpdate(req.rawBody);
  },

  async send(ctx, target, message) {
    const chatId = target.externalThreadId;
    const rendered: TelegramCall = renderTelegram(message, chatId);
    await ctx.rateLimiter.acquireAll(rateLimits(ctx, chatId));
    const sent = await sendTelegram(ctx, rendered, message);
    return { platformMessageId: String(sent.message_id) };
  },

  /** `getFile`, then the file URL (which embeds the token, hence never stored). */
  fetchMedia(ctx, attachment, _inbound, opts) {
    return fetchTelegramFile(ctx, attachment, opts.maxBytes);
  },

  async sendTyping(ctx, target) {
    // Not rate-limited: chat actions do not count as messages, and best effort anyway.
    await call(ctx, 'sendChatAction', { chat_id: target.externalThreadId, action: 'typing' }).catch((err: unknown) =>
      ctx.logger.debug({ err: errorMessage(err) }, 'telegram sendChatAction failed'),
    );
  },

  /** A pressed inline button shows a spinner until the bot answers the callback query. */
  async acknowledgeInbound(ctx, _target, inbound) {
    const id = inbound.payload.platform?.callbackQueryId;
    if (inbound.kind !== 'button_reply' || typeof id !== 'string') return;
    await call(ctx, 'answerCallbackQuery', { callback_query_id: id }).catch((err: unknown) =>
      ctx.logger.debug({ err: errorMessage(err) }, 'telegram answerCallbackQuery failed'),
    );
  },

  async connect(ctx) {
    // Telegram's description ("Unauthorized", "bad webhook: ...") is the useful reason;
    // network failures are not the caller's fault and propagate as they are.
    const rejected = (method: string) => (err: unknown) => {
      const cause = err instanceof Error ? err.cause : undefined;
      throw isTelegramError(cause) ? new ChannelConnectError(`Telegram ${method} failed: ${cause.response.description}`, { cause }) : err;
    };
    const me = await call<{ id: number; username?: string }>(ctx, 'getMe', {}).catch(rejected('getMe'));
    await call(ctx, 'setWebhook', {
      url: ctx.webhookUrl,
      secret_token: ctx.connection.webhookSecret,
      allowed_updates: [...ALLOWED_UPDATES],
      drop_pending_updates: false,
    }).catch(rejected('setWebhook'));
    return { settings: { botId: me.id, botUsername: me.username } };
  },
};
