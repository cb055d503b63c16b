/**
 * WhatsApp Web channel: a WhatsApp account driven through web.whatsapp.com by
 * whatsapp-web.js, for tenants without Cloud API access. NOT an official API:
 * see ./README.md.
 *
 * There are no webhooks: inbound messages arrive as events in the gateway
 * process that hosts the session (src/whatsapp-web/session-manager.ts runs
 * ./whatsapp-web.session.ts) and go straight to the durable ingest path. Outbound messages are composed by a worker, usually in
 * another process, so `send()` hands them to the session owner over Redis and
 * waits for its answer (./whatsapp-web.bridge.ts).
 *
 * @see https://wwebjs.dev/
 */
import { randomUUID } from 'node:crypto';
import { errorMessage, MediaTooLargeError, PermanentSendError, RetryableSendError, WebhookAuthError } from '../../src/domain/errors.js';
import type { Attachment, ChannelAdapter, ChannelContext, FetchedMedia, MediaLimits, OutboundMessage } from '../types.js';
import { bridgeMediaReplySchema, bridgeReplySchema, duplicateForBlocking, readSessionSnapshot, wawebKeys, type BridgeCommand } from './whatsapp-web.bridge.js';
import { renderWhatsAppWeb } from './whatsapp-web.render.js';
import { whatsappWebCredentialsSchema, type WhatsAppWebCredentials } from './whatsapp-web.schema.js';

export { whatsappWebCredentialsSchema, type WhatsAppWebCredentials };

type Ctx = ChannelContext<WhatsAppWebCredentials>;

/** How long a worker waits for the session owner to send (a browser, slower than an API); the job's lock outlives it. */
export const SEND_TIMEOUT_MS = 30_000;
const sendTimeout = (ctx: Ctx) => ctx.requestTimeoutMs ?? SEND_TIMEOUT_MS;
/** A download decrypts the whole file in the browser and crosses Redis as base64: more time than a send. */
export const DOWNLOAD_TIMEOUT_MS = 60_000;
/** A typing command older than this is pointless and dropped by the owner. */
const TYPING_TTL_MS = 5000;

const prefixOf = (ctx: Ctx) => ctx.keyPrefix ?? 'gw';

/** Fails fast (retryable: the job retries with backoff) when no process has the session ready. */
async function requireReady(ctx: Ctx): Promise<void> {
  const snapshot = await readSessionSnapshot(ctx.redis, prefixOf(ctx), ctx.connection.id);
  if (snapshot?.state !== 'ready') {
    const why = snapshot ? `state ${snapshot.state}${snapshot.reason ? `: ${snapshot.reason}` : ''}` : 'no gateway runs this session';
    throw new RetryableSendError(`WhatsApp Web session is not ready (${why})`);
  }
}

async function push(ctx: Ctx, cmd: BridgeCommand): Promise<void> {
  const out = wawebKeys(prefixOf(ctx), ctx.connection.id).out;
  // The list expires when nobody consumes it (owner gone), so stale commands cannot pile up.
  await ctx.redis.multi().rpush(out, JSON.stringify(cmd)).pexpire(out, sendTimeout(ctx) * 2).exec();
}

/**
 * Hands a command to the session owner and waits for its answer (the raw JSON), or
 * fails retryable after `timeoutMs`. The owner drops a command past its deadline,
 * so a late answer never follows a retry's command.
 */
async function ask(ctx: Ctx, cmd: BridgeCommand, timeoutMs: number, what: string): Promise<unknown> {
  // BLPOP blocks its connection: a short-lived one of our own, never the shared client.
  const waiter = duplicateForBlocking(ctx.redis);
  waiter.on('error', (err: Error) => ctx.logger.debug({ err: err.message }, 'redis (whatsapp web reply) connection error'));
  try {
    await push(ctx, cmd);
    const popped = await waiter.blpop(wawebKeys(prefixOf(ctx), ctx.connection.id).reply(cmd.requestId), timeoutMs / 1000);
    if (!popped) throw new RetryableSendError(`WhatsApp Web ${what} failed: timed out after ${timeoutMs} ms (the session did not answer)`);
    return JSON.parse(popped[1]);
  } finally {
    waiter.disconnect();
  }
}

async function sendViaSession(ctx: Ctx, chatId: string, message: OutboundMessage): Promise<string> {
  await requireReady(ctx);
  const timeoutMs = sendTimeout(ctx);
  const cmd: BridgeCommand = { op: 'send', requestId: randomUUID(), outboundId: message.id, chatId, deadline: Date.now() + timeoutMs, message: renderWhatsAppWeb(message) };
  const reply = bridgeReplySchema.parse(await ask(ctx, cmd, timeoutMs, 'request'));
  if (reply.ok) return reply.platformMessageId;
  throw reply.permanent ? new PermanentSendError(`WhatsApp Web: ${reply.error}`) : new RetryableSendError(`WhatsApp Web send failed: ${reply.error}`);
}

/**
 * An inbound message's media through the session that saw it (`Message.downloadMedia()`
 * in the owner process), base64 over Redis. The page decrypts the whole file, so the
 * limit is checked on the size WhatsApp announced (before asking) and on the bytes (by the owner).
 */
async function downloadViaSession(ctx: Ctx, attachment: Attachment, maxBytes: number): Promise<FetchedMedia> {
  const messageId = attachment.platformFileId;
  if (!messageId) throw new PermanentSendError('WhatsApp Web attachment without a message id');
  if (attachment.size !== undefined && attachment.size > maxBytes) throw new MediaTooLargeError(maxBytes, `WhatsApp Web: file of ${attachment.size} bytes is larger than the limit of ${maxBytes} bytes`);
  await requireReady(ctx);
  const timeoutMs = ctx.requestTimeoutMs ?? DOWNLOAD_TIMEOUT_MS;
  const cmd: BridgeCommand = { op: 'download', requestId: randomUUID(), messageId, maxBytes, deadline: Date.now() + timeoutMs };
  const reply = bridgeMediaReplySchema.parse(await ask(ctx, cmd, timeoutMs, 'download'));
  if (!reply.ok) {
    if (reply.tooLarge) throw new MediaTooLargeError(maxBytes, `WhatsApp Web: ${reply.error}`);
    throw reply.permanent ? new PermanentSendError(`WhatsApp Web: ${reply.error}`) : new RetryableSendError(`WhatsApp Web download failed: ${reply.error}`);
  }
  const body = Buffer.from(reply.media.data, 'base64');
  if (body.length > maxBytes) throw new MediaTooLargeError(maxBytes, `WhatsApp Web: file of ${body.length} bytes is larger than the limit of ${maxBytes} bytes`);
  const contentType = reply.media.mimetype?.split(';')[0]?.trim() || attachment.mimeType;
  const fileName = attachment.name ?? reply.media.filename;
  return { body, ...(contentType ? { contentType } : {}), ...(fileName ? { fileName } : {}) };
}

const WA_MEDIA = (mb: number, caption = 1024): MediaLimits => ({ maxBytes: mb * 1024 * 1024, maxCaptionLength: caption });

export const whatsappWebAdapter: ChannelAdapter<WhatsAppWebCredentials> = {
  type: 'whatsapp_web',
  capabilities: {
    // Interactive buttons and lists are not delivered to WhatsApp Web accounts any more: numbered text instead.
    maxButtons: 0,
    maxButtonTitleLength: 0,
    cards: false,
    // Sent through the browser session (WhatsApp's own limits: 16 MB media, 100 MB documents; audio has no caption).
    media: { image: WA_MEDIA(16), file: WA_MEDIA(100), audio: WA_MEDIA(16, 0), video: WA_MEDIA(16) },
    typing: true,
    // WhatsApp accepts ~65 000 characters; shorter parts read better on a phone.
    maxTextLength: 4096,
  },
  credentialsSchema: whatsappWebCredentialsSchema,

  verifyWebhook() {
    throw new WebhookAuthError('whatsapp_web has no webhooks');
  },

  parseWebhook() {
    throw new WebhookAuthError('whatsapp_web has no webhooks');
  },

  async send(ctx, target, message) {
    const platformMessageId = await sendViaSession(ctx, target.externalThreadId, message);
    return { platformMessageId };
  },

  fetchMedia(ctx, attachment, _inbound, opts) {
    return downloadViaSession(ctx, attachment, opts.maxBytes);
  },

  /** Best effort and fire-and-forget: the owner drops it when the session is not ready. */
  async sendTyping(ctx, target) {
    try {
      await requireReady(ctx);
      await push(ctx, { op: 'typing', requestId: randomUUID(), chatId: target.externalThreadId, deadline: Date.now() + TYPING_TTL_MS });
    } catch (err) {
      ctx.logger.debug({ err: errorMessage(err) }, 'whatsapp_web typing skipped');
    }
  },
};
