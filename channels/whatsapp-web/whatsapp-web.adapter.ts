/**
 * WhatsApp Web channel: a WhatsApp account driven through web.whatsapp.com by
 * whatsapp-web.js, for tenants without Cloud API access. NOT an official API:
 * see ./README.md.
 *
 * There are no webhooks: inbound messages arrive as events in the gateway
 * process that runs the session (./session-manager.ts) and go straight to the
 * durable ingest path. Outbound messages are composed by a worker, usually in
 * another process, so `send()` hands them to the session owner over Redis and
 * waits for its answer (./whatsapp-web.bridge.ts).
 *
 * @see https://wwebjs.dev/
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { PermanentSendError, WebhookAuthError } from '../../src/domain/errors.js';
import type { ChannelAdapter, ChannelContext, OutboundMessage } from '../types.js';
import { bridgeReplySchema, readSessionSnapshot, wawebKeys, type BridgeCommand } from './whatsapp-web.bridge.js';

export const whatsappWebCredentialsSchema = z
  .object({
    /** The number the admin intends to link (E.164), informational: the QR scan decides. */
    phoneNumber: z.string().regex(/^\+?[1-9]\d{6,14}$/, 'expected an international phone number like +491701234567').optional(),
  })
  .strict();
export type WhatsAppWebCredentials = z.infer<typeof whatsappWebCredentialsSchema>;

type Ctx = ChannelContext<WhatsAppWebCredentials>;

/** How long a worker waits for the session owner to send; the job's lock outlives it (BullMQ renews it). */
export const SEND_TIMEOUT_MS = 30_000;
/** A typing command older than this is pointless and dropped by the owner. */
const TYPING_TTL_MS = 5000;

const prefixOf = (ctx: Ctx) => ctx.keyPrefix ?? 'gw';

/** Fails fast (plain error → the job retries with backoff) when no process has the session ready. */
async function requireReady(ctx: Ctx): Promise<void> {
  const snapshot = await readSessionSnapshot(ctx.redis, prefixOf(ctx), ctx.connection.id);
  if (snapshot?.state !== 'ready') {
    const why = snapshot ? `state ${snapshot.state}${snapshot.reason ? `: ${snapshot.reason}` : ''}` : 'no gateway runs this session';
    throw new Error(`WhatsApp Web session is not ready (${why})`);
  }
}

async function push(ctx: Ctx, cmd: BridgeCommand): Promise<void> {
  const out = wawebKeys(prefixOf(ctx), ctx.connection.id).out;
  // The list expires when nobody consumes it (owner gone), so stale commands cannot pile up.
  await ctx.redis.multi().rpush(out, JSON.stringify(cmd)).pexpire(out, SEND_TIMEOUT_MS * 2).exec();
}

async function sendViaSession(ctx: Ctx, chatId: string, message: OutboundMessage): Promise<string> {
  await requireReady(ctx);
  const requestId = randomUUID();
  const cmd: BridgeCommand = {
    op: 'send',
    requestId,
    outboundId: message.id,
    chatId,
    deadline: Date.now() + SEND_TIMEOUT_MS,
    message: {
      kind: message.kind,
      text: message.text,
      ...(message.attachment ? { attachment: { url: message.attachment.url, mimeType: message.attachment.mimeType, name: message.attachment.name } } : {}),
    },
  };
  // BLPOP blocks its connection: a short-lived one of our own, never the shared client.
  const waiter = ctx.redis.duplicate({ maxRetriesPerRequest: null });
  waiter.on('error', (err: Error) => ctx.logger.debug({ err: err.message }, 'redis (whatsapp web reply) connection error'));
  try {
    await push(ctx, cmd);
    const popped = await waiter.blpop(wawebKeys(prefixOf(ctx), ctx.connection.id).reply(requestId), SEND_TIMEOUT_MS / 1000);
    if (!popped) throw new Error(`the WhatsApp Web session did not answer within ${SEND_TIMEOUT_MS / 1000} s`);
    const reply = bridgeReplySchema.parse(JSON.parse(popped[1]));
    if (reply.ok) return reply.platformMessageId;
    throw reply.permanent ? new PermanentSendError(`WhatsApp Web: ${reply.error}`) : new Error(`WhatsApp Web send failed: ${reply.error}`);
  } finally {
    waiter.disconnect();
  }
}

export const whatsappWebAdapter: ChannelAdapter<WhatsAppWebCredentials> = {
  type: 'whatsapp_web',
  capabilities: {
    // Interactive buttons and lists are not delivered to WhatsApp Web accounts any more: numbered text instead.
    maxButtons: 0,
    maxButtonTitleLength: 0,
    cards: false,
    media: true,
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
      ctx.logger.debug({ err: err instanceof Error ? err.message : String(err) }, 'whatsapp_web typing skipped');
    }
  },
};
