/**
 * LINE Messaging API channel: signed webhooks in, reply/push messages out,
 * through the official `@line/bot-sdk` (./line.client.ts) so the real client
 * code is exercised in tests against `tests/fakes/line-api.ts`. Wiring only.
 *
 * @see https://developers.line.biz/en/reference/messaging-api/
 * @see ./README.md
 */
import { createHash, createHmac } from 'node:crypto';
import type { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import { ChannelConnectError, errorMessage, RetryableSendError, WebhookAuthError } from '../../src/domain/errors.js';
import { bytesMatch, parseJson, sendErrorForStatus, transportError } from '../platform-http.js';
import type { ChannelAdapter, ChannelContext, OutboundMessage, OutboundTarget, SendResult } from '../types.js';
import { isHttpFetchError, lineClient } from './line.client.js';
import { fetchLineContent } from './line.media.js';
import { parseLineWebhookBody } from './line.normalize.js';
import { renderLine } from './line.render.js';
import { lineBotInfoSchema, lineConversationMetadataSchema, lineCredentialsSchema, lineErrorBodySchema, lineSentMessagesSchema, type LineCredentials } from './line.schema.js';

export type { LineCredentials };
type Ctx = ChannelContext<LineCredentials>;

/** LINE documents reply tokens as usable for about a minute; keep a safety margin. */
const REPLY_TOKEN_MAX_AGE_MS = 50_000;
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

/** LINE's error body ("The request body has 1 error(s)" + details) or the status. */
function platformMessage(err: HTTPFetchError): string {
  const body = lineErrorBodySchema.safeParse(parseJson(err.body));
  if (!body.success) return `${err.status} ${err.statusText}`.trim();
  const details = (body.data.details ?? []).map((d) => [d.property, d.message].filter(Boolean).join(': '));
  return details.length > 0 ? `${body.data.message} (${details.join('; ')})` : body.data.message;
}

/** HTTP failures → the typed errors that decide the job's fate (channels/platform-http.ts). */
function toSendError(err: unknown): Error {
  if (err instanceof RetryableSendError) return err;
  if (!isHttpFetchError(err)) return transportError('LINE API', err);
  return sendErrorForStatus(err.status, `LINE API ${err.status}: ${platformMessage(err)}`, { retryAfter: err.headers.get('retry-after'), cause: err });
}

const firstSentId = (body: unknown) => {
  const parsed = lineSentMessagesSchema.safeParse(body);
  return parsed.success ? parsed.data.sentMessages?.[0]?.id : undefined;
};
const isInvalidReplyToken = (err: unknown) => isHttpFetchError(err) && err.status === 400 && /reply token/i.test(err.body);

async function push(ctx: Ctx, target: OutboundTarget, message: OutboundMessage, messages: messagingApi.Message[]): Promise<SendResult> {
  const retryKey = lineRetryKey(message.id);
  try {
    return { platformMessageId: firstSentId(await (await lineClient(ctx)).pushMessage({ to: target.externalThreadId, messages }, retryKey)) };
  } catch (err) {
    // 409: an earlier attempt with this retry key was accepted, i.e. delivered.
    if (!(isHttpFetchError(err) && err.status === 409)) throw toSendError(err);
    ctx.logger.debug({ retryKey, acceptedRequestId: err.headers.get('x-line-accepted-request-id') }, 'LINE push already accepted');
    return { platformMessageId: firstSentId(parseJson(err.body)) };
  }
}

export const lineAdapter: ChannelAdapter<LineCredentials> = {
  type: 'line',
  // Images by URL (JPEG/PNG up to 10 MB; the caption goes as a text bubble before it); files, audio and video go as links.
  capabilities: { maxButtons: 13, maxButtonTitleLength: 20, cards: false, media: { image: { maxBytes: 10 * 1024 * 1024, maxCaptionLength: 5000 } }, typing: true, maxTextLength: 5000 },
  credentialsSchema: lineCredentialsSchema,

  verifyWebhook(req, ctx) {
    const signature = req.headers['x-line-signature'];
    if (!signature) throw new WebhookAuthError('missing x-line-signature header');
    // HMAC-SHA256 of the raw bytes, base64 in the header, compared in constant time (what the SDK's validateSignature does).
    const expected = createHmac('sha256', ctx.credentials.channelSecret).update(req.rawBody).digest();
    if (!bytesMatch(expected, Buffer.from(signature, 'base64'))) throw new WebhookAuthError('invalid x-line-signature');
  },

  parseWebhook(req) {
    return parseLineWebhookBody(req.rawBody);
  },

  // No retries in here: a failed send is retried by the job with the same
  // message id, hence the same X-Line-Retry-Key, so LINE delivers at most once.
  async send(ctx, target, message): Promise<SendResult> {
    const messages = renderLine(message);
    const meta = lineConversationMetadataSchema.safeParse(target.conversationMetadata);
    const { lineReplyToken: token, lineReplyTokenAt: tokenAt, lineUsedReplyToken: used } = meta.success ? meta.data : {};
    if (!token || token === used || typeof tokenAt !== 'number' || Date.now() - tokenAt >= REPLY_TOKEN_MAX_AGE_MS) return push(ctx, target, message, messages);
    // A reply token is single-use: remember which one we used (not "clear the token": a newer
    // event may have stored a fresh one meanwhile, and that one must stay usable).
    const conversationMetadataPatch = { lineUsedReplyToken: token };
    try {
      return { platformMessageId: firstSentId(await (await lineClient(ctx)).replyMessage({ replyToken: token, messages })), conversationMetadataPatch };
    } catch (err) {
      if (!isInvalidReplyToken(err)) throw toSendError(err);
      if (message.retried) {
        // The token is fresh and only this message uses it: an earlier attempt of this very
        // message consumed it (the worker died before marking it sent). Pushing would deliver twice.
        ctx.logger.info({ conversationId: target.conversationId, outboundId: message.id }, 'LINE reply token already used by an earlier attempt of this message: not sending again');
        return { conversationMetadataPatch };
      }
      ctx.logger.debug({ conversationId: target.conversationId }, 'LINE reply token rejected, pushing instead');
      return { ...(await push(ctx, target, message, messages)), conversationMetadataPatch };
    }
  },

  fetchMedia(ctx, attachment, _inbound, opts) {
    return fetchLineContent(ctx, attachment, opts.maxBytes);
  },

  async sendTyping(ctx, target) {
    // LINE shows the loading animation in one-to-one chats only.
    const meta = lineConversationMetadataSchema.safeParse(target.conversationMetadata);
    const sourceType = meta.success ? meta.data.lineSourceType : undefined;
    if (sourceType ? sourceType !== 'user' : target.externalThreadId !== target.externalUserId) return;
    await (await lineClient(ctx))
      .showLoadingAnimation({ chatId: target.externalUserId, loadingSeconds: 20 })
      .catch((err: unknown) => ctx.logger.debug({ err: toSendError(err).message, conversationId: target.conversationId }, 'LINE loading animation failed'));
  },

  async connect(ctx) {
    const api = await lineClient(ctx);
    const info = await api
      .getBotInfo()
      .then((res) => lineBotInfoSchema.parse(res))
      .catch((err: unknown) => {
        const reason = isHttpFetchError(err) ? platformMessage(err) : errorMessage(err);
        throw new ChannelConnectError(`LINE did not accept the channel access token: ${reason}`, { cause: err });
      });
    // Best effort: the URL can also be entered in the LINE Developers console.
    await api
      .setWebhookEndpoint({ endpoint: ctx.webhookUrl })
      .catch((err: unknown) => ctx.logger.warn({ err: toSendError(err).message, webhookUrl: ctx.webhookUrl }, 'could not set the LINE webhook URL'));
    return { settings: { botUserId: info.userId, basicId: info.basicId, displayName: info.displayName } };
  },
};
