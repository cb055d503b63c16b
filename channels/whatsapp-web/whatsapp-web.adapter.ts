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
import { errorMessage, PermanentSendError, RetryableSendError, WebhookAuthError } from '../../src/domain/errors.js';
import type { ChannelAdapter, ChannelContext, MediaLimits, OutboundMessage } from '../types.js';
import { bridgeReplySchema, readSessionSnapshot, wawebKeys, type BridgeCommand } from './whatsapp-web.bridge.js';
import { renderWhatsAppWeb } from './whatsapp-web.render.js';
import { whatsappWebCredentialsSchema, type WhatsAppWebCredentials } from './whatsapp-web.schema.js';

export { whatsappWebCredentialsSchema, type WhatsAppWebCredentials };

type Ctx = ChannelContext<WhatsAppWebCredentials>;

/** How long a worker waits for the session owner to send (a browser, slower than an API); the job's lock outlives it. */
export const SEND_TIMEOUT_MS = 30_000;
const sendTimeout = (ctx: Ctx) => ctx.requestTimeoutMs ?? SEND_TIMEOUT_MS;
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

async function sendViaSession(ctx: Ctx, chatId: string, message: OutboundMessage): Promise<string> {
  await requireReady(ctx);
  const requestId = randomUUID();
  const timeoutMs = sendTimeout(ctx);
  const cmd: BridgeCommand = { op: 'send', requestId, outboundId: message.id, chatId, deadline: Date.now() + timeoutMs, message: renderWhatsAppWeb(message) };
  // BLPOP blocks its connection: a short-lived one of our own, never the shared client.
  const waiter = ctx.redis.duplicate({ maxRetriesPerRequest: null });
  waiter.on('error', (err: Error) => ctx.logger.debug({ err: err.message }, 'redis (whatsapp web reply) connection error'));
  try {
    await push(ctx, cmd);
    // The owner drops a command past its deadline, so a late answer never follows a retry's send.
    const popped = await waiter.blpop(wawebKeys(prefixOf(ctx), ctx.connection.id).reply(requestId), timeoutMs / 1000);
    if (!popped) throw new RetryableSendError(`WhatsApp Web request failed: timed out after ${timeoutMs} ms (the session did not answer)`);
    const reply = bridgeReplySchema.parse(JSON.parse(popped[1]));
    if (reply.ok) return reply.platformMessageId;
    throw reply.permanent ? new PermanentSendError(`WhatsApp Web: ${reply.error}`) : new RetryableSendError(`WhatsApp Web send failed: ${reply.error}`);
  } finally {
    waiter.disconnect();
  }
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
