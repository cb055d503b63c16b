/**
 * WhatsApp Cloud API channel: signed webhooks in, Graph API calls out on the
 * shared platform-http. Free-form messages only inside the 24-hour customer
 * service window; outside it the configured template. Wiring only.
 *
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api
 * @see ./README.md
 */
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { ChannelConnectError, errorMessage, PermanentSendError, WebhookAuthError } from '../../src/domain/errors.js';
import { bytesMatch, secretMatches } from '../platform-http.js';
import type { ChannelAdapter, ChannelContext, OutboundMessage, OutboundTarget, SendResult } from '../types.js';
import { graph, graphFailure } from './whatsapp.client.js';
import { fetchWhatsAppMedia, linkUnusable, REJECTED_LINK_CODES, sentByLink, uploadInstead } from './whatsapp.media.js';
import { parseWhatsAppWebhookBody } from './whatsapp.normalize.js';
import { MAX_LIST_ROWS, renderWhatsApp, type WaContent } from './whatsapp.render.js';
import { graphPhoneNumberSchema, graphSendResponseSchema, whatsappCredentialsSchema, type WhatsAppCredentials } from './whatsapp.schema.js';

export { graphFailure };

export type { WhatsAppCredentials };
type Ctx = ChannelContext<WhatsAppCredentials>;

/** Meta refuses free-form messages once 24 h have passed since the customer's last message. */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 3600 * 1000;
export const NO_TEMPLATE_REASON = 'outside the 24-hour customer service window and no template configured';
const RE_ENGAGEMENT_CODE = 131047;
const metadataSchema = z.looseObject({ whatsappTemplateSentAt: z.number().optional() });

/** Sends one message to the customer; resolves with its wamid (for status webhooks), or the failure. */
async function deliver(ctx: Ctx, to: string, content: WaContent): Promise<{ id?: string } | { code?: number; error: Error }> {
  const res = await graph(ctx, 'POST', `${ctx.credentials.phoneNumberId}/messages`, { messaging_product: 'whatsapp', recipient_type: 'individual', to, ...content });
  if (!res.ok) return graphFailure(res);
  const parsed = graphSendResponseSchema.safeParse(res.json);
  // Accepted but unreadable: never throw here, a retry would deliver twice.
  if (!parsed.success) ctx.logger.warn({ issues: parsed.error.issues.length }, 'WhatsApp send accepted without a readable message id');
  return { id: parsed.success ? parsed.data.messages[0]?.id : undefined };
}

const insideWindow = (target: OutboundTarget, now = Date.now()): boolean =>
  target.lastInboundAt !== null && now - target.lastInboundAt.getTime() < CUSTOMER_SERVICE_WINDOW_MS;

/**
 * Outside the window only a pre-approved template may be sent. One per
 * silent stretch: until the customer answers (or for 24 h), further messages
 * fail instead of sending the same paid template again.
 */
async function sendTemplate(ctx: Ctx, target: OutboundTarget, message: OutboundMessage): Promise<SendResult> {
  const template = ctx.credentials.template;
  if (!template) throw new PermanentSendError(NO_TEMPLATE_REASON);
  const meta = metadataSchema.safeParse(target.conversationMetadata);
  const sentAt = meta.success ? meta.data.whatsappTemplateSentAt : undefined;
  if (sentAt !== undefined && sentAt > (target.lastInboundAt?.getTime() ?? 0) && Date.now() - sentAt < CUSTOMER_SERVICE_WINDOW_MS) {
    throw new PermanentSendError(`outside the 24-hour customer service window; template "${template.name}" already sent, waiting for the customer to answer`);
  }
  const sent = await deliver(ctx, target.externalThreadId, { type: 'template', template: { name: template.name, language: { code: template.language } } });
  if ('error' in sent) throw sent.error;
  ctx.logger.info({ conversationId: target.conversationId, outboundId: message.id, template: template.name }, 'WhatsApp window closed: template sent instead');
  return { platformMessageId: sent.id, conversationMetadataPatch: { whatsappTemplateSentAt: Date.now(), whatsappTemplateForMessageId: message.id } };
}

const WHATSAPP_MEDIA_MB = (mb: number, caption = 1024) => ({ maxBytes: mb * 1024 * 1024, maxCaptionLength: caption });

export const whatsappAdapter: ChannelAdapter<WhatsAppCredentials> = {
  type: 'whatsapp',
  // ≤ 3 buttons go out as reply buttons, 4–10 as a list (a button message's body holds 1024 characters).
  // Media limits: https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media#supported-media-types
  capabilities: {
    maxButtons: MAX_LIST_ROWS,
    maxButtonTitleLength: 20,
    maxButtonTextLength: 1024,
    cards: false,
    media: { image: WHATSAPP_MEDIA_MB(5), file: WHATSAPP_MEDIA_MB(100), audio: WHATSAPP_MEDIA_MB(16, 0), video: WHATSAPP_MEDIA_MB(16) },
    typing: true,
    maxTextLength: 4096,
  },
  credentialsSchema: whatsappCredentialsSchema,

  /** `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app secret>`. */
  verifyWebhook(req, ctx) {
    const header = req.headers['x-hub-signature-256'];
    if (!header) throw new WebhookAuthError('missing X-Hub-Signature-256 header');
    const hex = /^sha256=([0-9a-f]{64})$/i.exec(header.trim())?.[1];
    const expected = createHmac('sha256', ctx.credentials.appSecret).update(req.rawBody).digest();
    if (!hex || !bytesMatch(Buffer.from(hex, 'hex'), expected)) throw new WebhookAuthError('invalid X-Hub-Signature-256');
  },

  parseWebhook(req, ctx) {
    return parseWhatsAppWebhookBody(req.rawBody, { phoneNumberId: ctx.credentials.phoneNumberId });
  },

  /** Meta's subscription check: echo `hub.challenge` when `hub.verify_token` is ours. */
  handleWebhookGet(req, ctx) {
    const { 'hub.mode': mode, 'hub.verify_token': token, 'hub.challenge': challenge } = req.query;
    if (mode === 'subscribe' && challenge && secretMatches(token, ctx.credentials.verifyToken)) return { status: 200, body: challenge, contentType: 'text/plain' };
    ctx.logger.warn({ mode }, 'WhatsApp webhook verification refused');
    return { status: 403, body: 'webhook verification failed', contentType: 'text/plain' };
  },

  // No retries in here: a send is not idempotent on Meta's side (no idempotency key); the job retries with backoff.
  async send(ctx, target, message) {
    if (!insideWindow(target)) return sendTemplate(ctx, target, message);
    const media = whatsappAdapter.capabilities.media;
    let content = renderWhatsApp(message);
    if (linkUnusable(content)) content = await uploadInstead(ctx, message, content, media);
    let sent = await deliver(ctx, target.externalThreadId, content);
    // Meta refused the media at the link: nothing was delivered, so the uploaded file may go instead.
    if ('error' in sent && sent.code !== undefined && REJECTED_LINK_CODES.has(sent.code) && sentByLink(content)) {
      sent = await deliver(ctx, target.externalThreadId, await uploadInstead(ctx, message, content, media));
    }
    // Meta's clock says the window closed (our last-inbound time is when we received it).
    if ('error' in sent && sent.code === RE_ENGAGEMENT_CODE) return sendTemplate(ctx, target, message);
    if ('error' in sent) throw sent.error;
    return { platformMessageId: sent.id };
  },

  fetchMedia(ctx, attachment, _inbound, opts) {
    return fetchWhatsAppMedia(ctx, attachment, opts.maxBytes);
  },

  /** Marks the answered message as read and shows "typing…" (up to 25 s or until we reply). */
  async sendTyping(ctx, target, inbound) {
    if (!inbound?.platformMessageId) return;
    const body = { messaging_product: 'whatsapp', status: 'read', message_id: inbound.platformMessageId, typing_indicator: { type: 'text' } };
    try {
      const res = await graph(ctx, 'POST', `${ctx.credentials.phoneNumberId}/messages`, body);
      if (!res.ok) throw graphFailure(res).error;
    } catch (err) {
      ctx.logger.debug({ err: errorMessage(err), conversationId: target.conversationId }, 'WhatsApp typing indicator failed');
    }
  },

  async connect(ctx) {
    const { phoneNumberId, template } = ctx.credentials;
    // Graph's message ("Invalid OAuth access token...") is the useful reason; network errors propagate.
    const res = await graph(ctx, 'GET', phoneNumberId, undefined, { fields: 'display_phone_number,verified_name' });
    if (!res.ok) throw new ChannelConnectError(`WhatsApp rejected the credentials: ${graphFailure(res).graphMessage}`);
    const phone = graphPhoneNumberSchema.safeParse(res.json);
    if (!phone.success) throw new ChannelConnectError(`unexpected answer from GET /${phoneNumberId}: not a WhatsApp phone number`);
    return { settings: { displayPhoneNumber: phone.data.display_phone_number, verifiedName: phone.data.verified_name, ...(template ? { template } : {}) } };
  },
};
