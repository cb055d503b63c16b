/**
 * Telegram channel: webhooks in, Bot API calls out through telegraf's
 * `Telegram` client (no `Telegraf` bot, no polling). Wiring only: the update
 * schema, normalisation and rendering live beside it.
 *
 * @see https://core.telegram.org/bots/api
 * @see ./README.md
 */
import { Telegram, TelegramError } from 'telegraf';
import { ChannelConnectError, errorMessage, WebhookAuthError } from '../../src/domain/errors.js';
import { secretMatches, sendErrorForStatus, transportError } from '../platform-http.js';
import type { ChannelAdapter, ChannelContext, RateLimitRule } from '../types.js';
import { parseTelegramUpdate } from './telegram.normalize.js';
import { renderTelegram, type TelegramCall } from './telegram.render.js';
import { telegramCredentialsSchema, type TelegramCredentials } from './telegram.schema.js';

export type { TelegramCredentials };
type Ctx = ChannelContext<TelegramCredentials>;

/** telegraf's own timeout is 500 s; Telegram may take a while to fetch a media URL, hence more than the default. */
const CALL_TIMEOUT_MS = 30_000;
/** Updates the gateway normalises; channel posts and the rest stay off the webhook. */
const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;

type CallApiOptions = NonNullable<Parameters<Telegram['callApi']>[2]>;

/**
 * One Bot API call with a timeout that really cancels it (telegraf passes the
 * signal to its fetch), errors mapped through the shared classification. No
 * retry here: a send is not idempotent, retries belong to the job.
 */
async function call<T = unknown>(ctx: Ctx, method: string, params: Record<string, unknown>): Promise<T> {
  const timeoutMs = ctx.requestTimeoutMs ?? CALL_TIMEOUT_MS;
  const tg = new Telegram(ctx.credentials.botToken, { apiRoot: ctx.endpoints.telegramApiRoot });
  // telegraf types `signal` with the `abort-controller` polyfill; node-fetch accepts Node's own AbortSignal.
  const signal = AbortSignal.timeout(timeoutMs) as unknown as CallApiOptions['signal'];
  try {
    return (await tg.callApi(method as never, params as never, { signal })) as T;
  } catch (err) {
    if (!(err instanceof TelegramError)) throw transportError('Telegram', err, timeoutMs, [ctx.credentials.botToken]);
    const { error_code: code, description, parameters } = err.response;
    const retryAfter = parameters?.retry_after;
    throw sendErrorForStatus(code, `Telegram ${code}: ${description}`, { retryAfterMs: retryAfter === undefined ? undefined : retryAfter * 1000, cause: err });
  }
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
    const { method, params }: TelegramCall = renderTelegram(message, chatId);
    await ctx.rateLimiter.acquireAll(rateLimits(ctx, chatId));
    const sent = await call<{ message_id: number }>(ctx, method, params);
    return { platformMessageId: String(sent.message_id) };
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
      throw cause instanceof TelegramError ? new ChannelConnectError(`Telegram ${method} failed: ${cause.response.description}`, { cause }) : err;
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
