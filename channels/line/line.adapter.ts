/**
 * LINE Messaging API channel: signed webhooks in, reply/push messages out,
 * through the official `@line/bot-sdk` so the real client code is exercised
 * in tests against `tests/fakes/line-api.ts`.
 *
 * @see https://developers.line.biz/en/reference/messaging-api/
 */
import { createHash } from 'node:crypto';
import { HTTPFetchError, messagingApi, validateSignature } from '@line/bot-sdk';
import {
  ChannelConnectError,
  PermanentSendError,
  RateLimitedError,
  WebhookAuthError,
} from '../../src/domain/errors.js';
import type { ChannelAdapter, ChannelContext, OutboundMessage, OutboundTarget, SendResult } from '../types.js';
import { parseLineWebhookBody } from './line.normalize.js';
import {
  lineBotInfoSchema,
  lineConversationMetadataSchema,
  lineCredentialsSchema,
  lineErrorBodySchema,
  lineSentMessagesSchema,
  type LineCredentials,
} from './line.schema.js';

export type { LineCredentials };

/** LINE documents reply tokens as usable for about a minute; keep a safety margin. */
const REPLY_TOKEN_MAX_AGE_MS = 50_000;
/** The SDK's fetch has no timeout of its own. */
const REQUEST_TIMEOUT_MS = 15_000;
const MAX_QUICK_REPLY_ITEMS = 13;
const MAX_ACTION_LABEL = 20;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Namespace of the name-based retry keys (a fixed random UUID, never change it). */
const RETRY_KEY_NAMESPACE = Buffer.from('6f1c2f0e8a4b4c3e9d2a7b5e1f0c3d4a', 'hex');

/**
 * `X-Line-Retry-Key` for one of our outbound messages: the id itself when it
 * is a UUID, else a UUIDv5 of it. Deterministic, so a retried job sends the
 * same key and LINE answers 409 instead of delivering twice.
 */
export function lineRetryKey(messageId: string): string {
  if (UUID_RE.test(messageId)) return messageId.toLowerCase();
  const hash = createHash('sha1').update(RETRY_KEY_NAMESPACE).update(messageId, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One outbound message → LINE message objects (a caption becomes a text before the image). */
export function toLineMessages(message: OutboundMessage): messagingApi.Message[] {
  switch (message.kind) {
    case 'text':
      return [{ type: 'text', text: message.text }];
    case 'image': {
      const url = message.attachment?.url;
      if (!url) throw new PermanentSendError('LINE image messages need a public https URL');
      const image: messagingApi.ImageMessage = { type: 'image', originalContentUrl: url, previewImageUrl: url };
      return message.text ? [{ type: 'text', text: message.text }, image] : [image];
    }
    case 'file': {
      // The Messaging API cannot send arbitrary files: send the link instead.
      const att = message.attachment;
      const link = att?.url ? `${att.name ? `${att.name}: ` : ''}${att.url}` : (att?.name ?? '');
      return [{ type: 'text', text: [message.text, link].filter(Boolean).join('\n') }];
    }
    case 'buttons': {
      // degrade() already capped count and title length; slice again so a bypass fails soft.
      const items: messagingApi.QuickReplyItem[] = (message.buttons ?? []).slice(0, MAX_QUICK_REPLY_ITEMS).map((b) => ({
        type: 'action',
        action: { type: 'postback', label: b.title.slice(0, MAX_ACTION_LABEL), data: b.payload, displayText: b.title },
      }));
      const text = message.text || 'Please choose:';
      return [items.length > 0 ? { type: 'text', text, quickReply: { items } } : { type: 'text', text }];
    }
  }
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`LINE ${what} timed out after ${REQUEST_TIMEOUT_MS} ms`)), REQUEST_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function platformMessage(err: HTTPFetchError): string {
  const body = lineErrorBodySchema.safeParse(parseJson(err.body));
  if (!body.success) return `${err.status} ${err.statusText}`.trim();
  const details = (body.data.details ?? []).map((d) => [d.property, d.message].filter(Boolean).join(': '));
  return details.length > 0 ? `${body.data.message} (${details.join('; ')})` : body.data.message;
}

function retryAfterMs(headers: Headers): number {
  const value = headers.get('retry-after');
  if (value === null) return 1000;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? 1000 : Math.max(0, date - Date.now());
}

/** HTTP failures → the typed errors that decide the job's fate. */
function toSendError(err: unknown): Error {
  if (!(err instanceof HTTPFetchError)) return err instanceof Error ? err : new Error(String(err));
  const reason = `LINE API ${err.status}: ${platformMessage(err)}`;
  if (err.status === 429) return new RateLimitedError(retryAfterMs(err.headers), reason);
  if (err.status >= 500) return new Error(reason, { cause: err });
  return new PermanentSendError(reason, { cause: err });
}

function firstSentId(body: unknown): string | undefined {
  const parsed = lineSentMessagesSchema.safeParse(body);
  return parsed.success ? parsed.data.sentMessages?.[0]?.id : undefined;
}

function client(ctx: ChannelContext<LineCredentials>): messagingApi.MessagingApiClient {
  return new messagingApi.MessagingApiClient({
    channelAccessToken: ctx.credentials.channelAccessToken,
    baseURL: ctx.endpoints.lineApiBaseUrl,
  });
}

function isInvalidReplyToken(err: unknown): boolean {
  return err instanceof HTTPFetchError && err.status === 400 && /reply token/i.test(err.body);
}

export const lineAdapter: ChannelAdapter<LineCredentials> = {
  type: 'line',
  capabilities: { maxButtons: 13, maxButtonTitleLength: 20, cards: false, media: true, typing: true, maxTextLength: 5000 },
  credentialsSchema: lineCredentialsSchema,

  verifyWebhook(req, ctx) {
    const signature = req.headers['x-line-signature'];
    if (!signature) throw new WebhookAuthError('missing x-line-signature header');
    // HMAC-SHA256 of the raw bytes, compared with timingSafeEqual by the SDK.
    if (!validateSignature(req.rawBody, ctx.credentials.channelSecret, signature)) {
      throw new WebhookAuthError('invalid x-line-signature');
    }
  },

  parseWebhook(req) {
    return parseLineWebhookBody(req.rawBody);
  },

  // No retries in here: a failed send is retried by the job with the same
  // message id, hence the same X-Line-Retry-Key, so LINE delivers at most once.
  async send(ctx, target, message): Promise<SendResult> {
    const api = client(ctx);
    const messages = toLineMessages(message);
    const meta = lineConversationMetadataSchema.safeParse(target.conversationMetadata);
    const token = meta.success ? meta.data.lineReplyToken : undefined;
    const tokenAt = meta.success ? meta.data.lineReplyTokenAt : undefined;
    const used = meta.success ? meta.data.lineUsedReplyToken : undefined;

    if (token && token !== used && typeof tokenAt === 'number' && Date.now() - tokenAt < REPLY_TOKEN_MAX_AGE_MS) {
      // A reply token is single-use: remember which one we used (not "clear the token": a newer
      // event may have stored a fresh one meanwhile, and that one must stay usable).
      const conversationMetadataPatch = { lineUsedReplyToken: token };
      try {
        const res = await withTimeout(api.replyMessage({ replyToken: token, messages }), 'reply');
        return { platformMessageId: firstSentId(res), conversationMetadataPatch };
      } catch (err) {
        if (!isInvalidReplyToken(err)) throw toSendError(err);
        if (message.retried) {
          // The token is fresh and only this message uses it: an earlier attempt of this very
          // message consumed it (the worker died before marking it sent). Pushing would deliver twice.
          ctx.logger.info({ conversationId: target.conversationId, outboundId: message.id }, 'LINE reply token already used by an earlier attempt of this message: not sending again');
          return { conversationMetadataPatch };
        }
        ctx.logger.debug({ conversationId: target.conversationId }, 'LINE reply token rejected, pushing instead');
        return { ...(await push(ctx, api, target, message, messages)), conversationMetadataPatch };
      }
    }
    return push(ctx, api, target, message, messages);
  },

  async sendTyping(ctx, target) {
    // LINE shows the loading animation in one-to-one chats only.
    const meta = lineConversationMetadataSchema.safeParse(target.conversationMetadata);
    const sourceType = meta.success ? meta.data.lineSourceType : undefined;
    if (sourceType ? sourceType !== 'user' : target.externalThreadId !== target.externalUserId) return;
    try {
      await withTimeout(client(ctx).showLoadingAnimation({ chatId: target.externalUserId, loadingSeconds: 20 }), 'loading');
    } catch (err) {
      ctx.logger.debug({ err: toSendError(err).message, conversationId: target.conversationId }, 'LINE loading animation failed');
    }
  },

  async connect(ctx) {
    const api = client(ctx);
    const info = await withTimeout(api.getBotInfo(), 'bot info')
      .then((res) => lineBotInfoSchema.parse(res))
      .catch((err: unknown) => {
        const reason = err instanceof HTTPFetchError ? platformMessage(err) : err instanceof Error ? err.message : String(err);
        throw new ChannelConnectError(`LINE did not accept the channel access token: ${reason}`, { cause: err });
      });
    try {
      await withTimeout(api.setWebhookEndpoint({ endpoint: ctx.webhookUrl }), 'set webhook');
    } catch (err) {
      // Best effort: the URL can also be entered in the LINE Developers console.
      ctx.logger.warn({ err: toSendError(err).message, webhookUrl: ctx.webhookUrl }, 'could not set the LINE webhook URL');
    }
    return { settings: { botUserId: info.userId, basicId: info.basicId, displayName: info.displayName } };
  },
};

async function push(
  ctx: ChannelContext<LineCredentials>,
  api: messagingApi.MessagingApiClient,
  target: OutboundTarget,
  message: OutboundMessage,
  messages: messagingApi.Message[],
): Promise<SendResult> {
  const retryKey = lineRetryKey(message.id);
  try {
    const res = await withTimeout(api.pushMessage({ to: target.externalThreadId, messages }, retryKey), 'push');
    return { platformMessageId: firstSentId(res) };
  } catch (err) {
    // 409: an earlier attempt with this retry key was accepted, i.e. delivered.
    if (err instanceof HTTPFetchError && err.status === 409) {
      ctx.logger.debug({ retryKey, acceptedRequestId: err.headers.get('x-line-accepted-request-id') }, 'LINE push already accepted');
      return { platformMessageId: firstSentId(parseJson(err.body)) };
    }
    throw toSendError(err);
  }
}
