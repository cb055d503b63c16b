/**
 * WhatsApp Cloud API channel: signed webhooks in, Graph API calls out with
 * plain `fetch` (./whatsapp.graph.ts). Free-form messages only inside the
 * 24-hour customer service window; outside it the configured template.
 *
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api
 * @see ./README.md
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ChannelConnectError, PermanentSendError, RateLimitedError, WebhookAuthError } from '../../src/domain/errors.js';
import { numberedOptions, splitText } from '../degrade.js';
import type { Button, ChannelAdapter, ChannelContext, OutboundMessage, OutboundTarget, SendResult } from '../types.js';
import { GraphApiError, graphRequest } from './whatsapp.graph.js';
import { parseWhatsAppWebhookBody } from './whatsapp.normalize.js';
import { graphPhoneNumberSchema, graphSendResponseSchema, whatsappCredentialsSchema, type WhatsAppCredentials } from './whatsapp.schema.js';

export type { WhatsAppCredentials };
type Ctx = ChannelContext<WhatsAppCredentials>;
/** The message-specific part of a `/messages` request: `{ type: 'text', text: {...} }`... */
export type WaContent = { type: string } & Record<string, unknown>;

/** Meta refuses free-form messages once 24 h have passed since the customer's last message. */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 3600 * 1000;
export const NO_TEMPLATE_REASON = 'outside the 24-hour customer service window and no template configured';
const RE_ENGAGEMENT_CODE = 131047;
/** Cloud API limits: 3 reply buttons (title 20, id 256); lists of 10 rows (title 24, id 200, label 20). */
const MAX_REPLY_BUTTONS = 3;
const MAX_LIST_ROWS = 10;
const BUTTON_BODY_MAX = 1024;
const CAPTION_MAX = 1024;
const LIST_LABEL = 'Choose';
const LIST_SECTION_TITLE = 'Options';

/**
 * Waits for Graph's rate-limit errors. The job cannot tell us how often it
 * was already delayed, so these are fixed: 130429 is the per-second
 * throughput of the number (its bucket refills within a second); 131056 is the
 * per-user pair limit, about one message per 6 s to one customer; 4, 613 and
 * 80007 are app / account call-count limits over a rolling hour, checked again
 * once a minute. A `Retry-After` header, when present, wins.
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
 */
const RATE_LIMIT_WAIT_MS: Readonly<Record<number, number>> = { 130429: 1000, 131056: 6000, 4: 60_000, 613: 60_000, 80007: 60_000 };

const metadataSchema = z.looseObject({ whatsappTemplateSentAt: z.number().optional() });

/** Compares without leaking where the strings differ; a length mismatch simply fails. */
function secretMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

/** Cuts to `max` characters (code points), marking the cut with an ellipsis. */
function cut(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
/** Button / row ids: the payload (Meta refuses leading or trailing spaces), cut to the limit. */
const idOf = (b: Button, max: number) => [...(b.payload.trim() || b.title.trim())].slice(0, max).join('');

/**
 * Graph errors → the job's fate. No retries in the adapter on purpose: a
 * send is not idempotent on Meta's side (no idempotency key), so a hidden
 * retry after a timeout could deliver twice; the job retries with backoff.
 */
export function toSendError(err: unknown): Error {
  if (!(err instanceof GraphApiError)) return err instanceof Error ? err : new Error(String(err));
  const fixed = err.code !== undefined ? RATE_LIMIT_WAIT_MS[err.code] : undefined;
  if (fixed !== undefined || err.status === 429) return new RateLimitedError(err.details.retryAfterMs ?? fixed ?? 60_000, err.message);
  if (err.status >= 500 || err.details.isTransient) return new Error(err.message, { cause: err });
  return new PermanentSendError(err.message, { cause: err });
}

function textContent(body: string): WaContent {
  if (body.trim() === '') throw new PermanentSendError('WhatsApp cannot send an empty text message');
  return { type: 'text', text: { body, preview_url: /https?:\/\/\S/i.test(body) } };
}

/** One outbound message → the `/messages` requests that render it, in order. Pure. */
export function toWhatsAppMessages(message: OutboundMessage): WaContent[] {
  if ((message.kind === 'image' || message.kind === 'file') && message.attachment) {
    const att = message.attachment;
    const source = att.url ? { link: att.url } : att.platformFileId ? { id: att.platformFileId } : undefined;
    if (!source) throw new PermanentSendError(`${message.kind} message without attachment url or media id`);
    // A caption holds 1024 characters: longer text follows the media as its own message.
    const long = message.text.length > CAPTION_MAX;
    const caption = message.text && !long ? { caption: message.text } : {};
    const media: WaContent =
      message.kind === 'image'
        ? { type: 'image', image: { ...source, ...caption } }
        : { type: 'document', document: { ...source, ...caption, ...(att.name ? { filename: att.name } : {}) } };
    return long ? [media, textContent(message.text)] : [media];
  }
  const buttons = message.kind === 'buttons' ? (message.buttons ?? []) : [];
  if (buttons.length === 0) return [textContent(message.text)];
  if (buttons.length > MAX_LIST_ROWS) return [textContent(numberedOptions(message.text, buttons.map((b) => b.title)))];

  const text = message.text.trim() === '' ? 'Please choose:' : message.text;
  if (buttons.length <= MAX_REPLY_BUTTONS) {
    // A button message's body holds 1024 characters: leading text goes first as plain messages.
    const parts = splitText(text, BUTTON_BODY_MAX);
    const body = parts.pop() ?? text;
    const action = { buttons: buttons.map((b) => ({ type: 'reply', reply: { id: idOf(b, 256), title: cut(b.title, 20) } })) };
    return [...parts.map(textContent), { type: 'interactive', interactive: { type: 'button', body: { text: body }, action } }];
  }
  const rows = buttons.map((b) => ({ id: idOf(b, 200), title: cut(b.title, 24) }));
  const action = { button: LIST_LABEL, sections: [{ title: LIST_SECTION_TITLE, rows }] };
  return [{ type: 'interactive', interactive: { type: 'list', body: { text }, action } }];
}

async function post(ctx: Ctx, body: Record<string, unknown>): Promise<unknown> {
  const { accessToken, phoneNumberId } = ctx.credentials;
  return graphRequest({ baseUrl: ctx.endpoints.whatsappGraphApiUrl, accessToken, method: 'POST', path: `${phoneNumberId}/messages`, body });
}

/** Sends one message to the customer; resolves with its wamid (for status webhooks). */
async function deliver(ctx: Ctx, to: string, content: WaContent): Promise<string | undefined> {
  const res = await post(ctx, { messaging_product: 'whatsapp', recipient_type: 'individual', to, ...content });
  const parsed = graphSendResponseSchema.safeParse(res);
  // Accepted but unreadable: never throw here, a retry would deliver twice.
  if (!parsed.success) ctx.logger.warn({ issues: parsed.error.issues.length }, 'WhatsApp send accepted without a readable message id');
  return parsed.success ? parsed.data.messages[0]?.id : undefined;
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
  const since = target.lastInboundAt?.getTime() ?? 0;
  if (sentAt !== undefined && sentAt > since && Date.now() - sentAt < CUSTOMER_SERVICE_WINDOW_MS) {
    throw new PermanentSendError(`outside the 24-hour customer service window; template "${template.name}" already sent, waiting for the customer to answer`);
  }
  const content: WaContent = { type: 'template', template: { name: template.name, language: { code: template.language } } };
  try {
    const platformMessageId = await deliver(ctx, target.externalThreadId, content);
    ctx.logger.info({ conversationId: target.conversationId, outboundId: message.id, template: template.name }, 'WhatsApp window closed: template sent instead');
    return { platformMessageId, conversationMetadataPatch: { whatsappTemplateSentAt: Date.now(), whatsappTemplateForMessageId: message.id } };
  } catch (err) {
    throw toSendError(err);
  }
}

export const whatsappAdapter: ChannelAdapter<WhatsAppCredentials> = {
  type: 'whatsapp',
  // maxButtons 10: ≤ 3 go out as reply buttons, 4–10 as a list; degrade() numbers anything beyond.
  capabilities: { maxButtons: MAX_LIST_ROWS, maxButtonTitleLength: 20, cards: false, media: true, typing: true, maxTextLength: 4096 },
  credentialsSchema: whatsappCredentialsSchema,

  /** `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app secret>`. */
  verifyWebhook(req, ctx) {
    const header = req.headers['x-hub-signature-256'];
    if (!header) throw new WebhookAuthError('missing X-Hub-Signature-256 header');
    const hex = /^sha256=([0-9a-f]{64})$/i.exec(header.trim())?.[1];
    const expected = createHmac('sha256', ctx.credentials.appSecret).update(req.rawBody).digest();
    if (!hex || !timingSafeEqual(Buffer.from(hex, 'hex'), expected)) throw new WebhookAuthError('invalid X-Hub-Signature-256');
  },

  parseWebhook(req, ctx) {
    return parseWhatsAppWebhookBody(req.rawBody, { phoneNumberId: ctx.credentials.phoneNumberId });
  },

  /** Meta's subscription check: echo `hub.challenge` when `hub.verify_token` is ours. */
  handleWebhookGet(req, ctx) {
    const mode = req.query['hub.mode'];
    const token = req.query['hub.verify_token'];
    const challenge = req.query['hub.challenge'];
    if (mode === 'subscribe' && token && challenge && secretMatches(token, ctx.credentials.verifyToken)) {
      return { status: 200, body: challenge, contentType: 'text/plain' };
    }
    ctx.logger.warn({ mode }, 'WhatsApp webhook verification refused');
    return { status: 403, body: 'webhook verification failed', contentType: 'text/plain' };
  },

  async send(ctx, target, message) {
    if (!insideWindow(target)) return sendTemplate(ctx, target, message);
    let platformMessageId: string | undefined;
    try {
      for (const content of toWhatsAppMessages(message)) platformMessageId = await deliver(ctx, target.externalThreadId, content);
    } catch (err) {
      // Meta's clock says the window closed (our last-inbound time is when we received it).
      if (err instanceof GraphApiError && err.code === RE_ENGAGEMENT_CODE) return sendTemplate(ctx, target, message);
      throw toSendError(err);
    }
    return { platformMessageId };
  },

  /** Marks the answered message as read and shows "typing…" (up to 25 s or until we reply). */
  async sendTyping(ctx, target, inbound) {
    if (!inbound?.platformMessageId) return;
    try {
      await post(ctx, { messaging_product: 'whatsapp', status: 'read', message_id: inbound.platformMessageId, typing_indicator: { type: 'text' } });
    } catch (err) {
      ctx.logger.debug({ err: err instanceof Error ? err.message : String(err), conversationId: target.conversationId }, 'WhatsApp typing indicator failed');
    }
  },

  async connect(ctx) {
    const { accessToken, phoneNumberId, template } = ctx.credentials;
    const res = await graphRequest({
      baseUrl: ctx.endpoints.whatsappGraphApiUrl,
      accessToken,
      method: 'GET',
      path: phoneNumberId,
      query: { fields: 'display_phone_number,verified_name' },
    }).catch((err: unknown) => {
      // Graph's message ("Invalid OAuth access token...") is the useful reason; network errors propagate.
      throw err instanceof GraphApiError ? new ChannelConnectError(`WhatsApp rejected the credentials: ${err.graphMessage}`, { cause: err }) : err;
    });
    const phone = graphPhoneNumberSchema.safeParse(res);
    if (!phone.success) throw new ChannelConnectError(`unexpected answer from GET /${phoneNumberId}: not a WhatsApp phone number`);
    return { settings: { displayPhoneNumber: phone.data.display_phone_number, verifiedName: phone.data.verified_name, ...(template ? { template } : {}) } };
  },
};
