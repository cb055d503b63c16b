/**
 * WhatsApp Cloud API webhook body → unified inbound events. Pure: no I/O, no
 * clock. Throws only `PayloadError`, naming the offending field.
 *
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components
 */
import { z } from 'zod';
import { PayloadError } from '../../src/domain/errors.js';
import { checkPayload, eachEvent, formatPath, parseJsonBody, type Path } from '../validate.js';
import type { Attachment, DeliveryStatusUpdate, InboundEvent, Location, MessageKind, MessagePayload } from '../types.js';
import {
  waContextSchema,
  waErrorSchema,
  waMessageContentSchemas,
  waMessagesValueSchema,
  waStatusSchema,
  waWebhookBodySchema,
  type WaMessageBase,
  type WaMessagesValue,
  type WaMessageType,
} from './whatsapp.schema.js';

function check<T>(schema: z.ZodType<T>, value: unknown, at: Path): T {
  return checkPayload(schema, value, 'WhatsApp webhook body', at);
}

const toDate = (timestamp: string | number): Date => new Date(Number(timestamp) * 1000);

export interface ParseOptions {
  /**
   * The connection's phone number. One Meta app has one callback URL for all
   * its numbers, so a webhook may carry changes for another number: those are
   * ignored rather than answered from the wrong number.
   */
  phoneNumberId?: string;
}

/** Each message and status on its own: an unknown or malformed one never costs the valid ones beside it. */
export function parseWhatsAppWebhookBody(rawBody: Buffer | string, opts: ParseOptions = {}): InboundEvent[] {
  const body = check(waWebhookBodySchema, parseJsonBody(rawBody), []);
  if (body.object !== 'whatsapp_business_account') return [{ type: 'ignored', reason: `unsupported webhook object: ${body.object}` }];

  const events: InboundEvent[] = [];
  body.entry.forEach((entry, e) =>
    entry.changes.forEach((change, c) => {
      const at: Path = ['entry', e, 'changes', c, 'value'];
      // Template status, account updates, quality changes...: subscribed fields the gateway does not act on.
      if (change.field !== 'messages') return void events.push({ type: 'ignored', reason: `unsupported change field: ${change.field}` });
      const value = check(waMessagesValueSchema, change.value, at);
      if (opts.phoneNumberId !== undefined && value.metadata.phone_number_id !== opts.phoneNumberId) {
        return void events.push({ type: 'ignored', reason: `change for another phone number id: ${value.metadata.phone_number_id}` });
      }
      events.push(...eachEvent(value.messages ?? [], (m, i) => normalizeMessage(value, m, [...at, 'messages', i])));
      events.push(...eachEvent(value.statuses ?? [], (s, i) => normalizeStatus(s, [...at, 'statuses', i])));
      if (!value.messages?.length && !value.statuses?.length) events.push({ type: 'ignored', reason: 'messages change without messages or statuses' });
    }),
  );
  return events;
}

const STATUSES: ReadonlyArray<DeliveryStatusUpdate['status']> = ['sent', 'delivered', 'read', 'failed'];
const isStatus = (s: string): s is DeliveryStatusUpdate['status'] => (STATUSES as readonly string[]).includes(s);

function normalizeStatus(raw: unknown, at: Path): InboundEvent {
  const s = check(waStatusSchema, raw, at);
  // `deleted`, `warning` and statuses Meta may add: receipts the core has no column for.
  if (!isStatus(s.status)) return { type: 'ignored', reason: `unsupported status: ${s.status}` };
  const status: DeliveryStatusUpdate = { platformMessageId: s.id, status: s.status, at: toDate(s.timestamp) };
  const errors = (s.errors ?? []).map((err) => {
    const words = [err.title ?? err.message, err.error_data?.details].filter((w): w is string => Boolean(w));
    return `${err.code}: ${[...new Set(words)].join(' - ') || 'error'}`;
  });
  if (errors.length > 0) status.error = errors.join('; ');
  else if (s.status === 'failed') status.error = 'failed (no reason given)';
  return { type: 'status', status };
}

interface Content {
  kind: MessageKind;
  text: string;
  payload: MessagePayload;
}

function isKnownType(type: string): type is WaMessageType {
  return Object.hasOwn(waMessageContentSchemas, type);
}

function normalizeMessage(value: WaMessagesValue, m: WaMessageBase, at: Path): InboundEvent {
  const content = messageContent(m, at);
  if ('ignored' in content) return { type: 'ignored', reason: `${content.ignored}${platformErrors(m)}` };
  const contact = value.contacts?.find((c) => c.wa_id === m.from) ?? value.contacts?.[0];
  const name = contact?.profile?.name?.trim();
  const { context } = check(waContextSchema, m, at);
  const platform: Record<string, unknown> = { waMessageType: m.type, ...content.payload.platform };
  if (context?.id) platform.contextMessageId = context.id;
  return {
    type: 'message',
    message: {
      platformMessageId: m.id,
      externalUserId: m.from,
      externalThreadId: m.from,
      ...(name ? { userDisplayName: name } : {}),
      kind: content.kind,
      text: content.text,
      payload: { ...content.payload, platform },
      sentAt: toDate(m.timestamp),
      threadMetadata: { whatsappPhoneNumberId: value.metadata.phone_number_id },
    },
  };
}

function attachment(media: { id: string; mime_type?: string | undefined }, name?: string): Attachment {
  // Only the media id: the download URL must be fetched with the access token (GET /{media-id}).
  return { platformFileId: media.id, ...(media.mime_type ? { mimeType: media.mime_type } : {}), ...(name ? { name } : {}) };
}

/** A message's `errors` (unsupported content, error 131000...), for the log line of an ignored message. */
function platformErrors(m: WaMessageBase): string {
  const errors = z.object({ errors: z.array(waErrorSchema) }).safeParse(m);
  if (!errors.success || errors.data.errors.length === 0) return '';
  return ` (${errors.data.errors.map((e) => `${e.code}: ${e.title ?? e.message ?? 'error'}`).join('; ')})`;
}

/** A Flow's answers (`response_json`) as lines an agent can read; the token that names the flow run is left out. */
function flowAnswers(json: string): { text: string; response: unknown } {
  let response: unknown;
  try {
    response = JSON.parse(json);
  } catch {
    return { text: json, response: json };
  }
  if (typeof response !== 'object' || response === null || Array.isArray(response)) return { text: JSON.stringify(response), response };
  const lines = Object.entries(response)
    .filter(([k]) => k !== 'flow_token')
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return { text: lines.join('\n'), response };
}

function messageContent(m: WaMessageBase, at: Path): Content | { ignored: string } {
  const type = m.type;
  if (!isKnownType(type)) return { ignored: `unsupported message type: ${type}` };
  switch (type) {
    case 'text':
      return { kind: 'text', text: check(waMessageContentSchemas.text, m, at).text.body, payload: {} };
    case 'image': {
      const { image } = check(waMessageContentSchemas.image, m, at);
      return { kind: 'image', text: image.caption ?? '', payload: { attachments: [attachment(image)] } };
    }
    case 'video': {
      const { video } = check(waMessageContentSchemas.video, m, at);
      return { kind: 'file', text: video.caption ?? '', payload: { attachments: [attachment(video)] } };
    }
    case 'document': {
      const { document } = check(waMessageContentSchemas.document, m, at);
      return { kind: 'file', text: document.caption ?? '', payload: { attachments: [attachment(document, document.filename)] } };
    }
    case 'audio':
    case 'voice': {
      const audio = type === 'audio' ? check(waMessageContentSchemas.audio, m, at).audio : check(waMessageContentSchemas.voice, m, at).voice;
      const voice = type === 'voice' || ('voice' in audio && audio.voice === true);
      return { kind: 'file', text: '', payload: { attachments: [attachment(audio)], ...(voice ? { platform: { voice: true } } : {}) } };
    }
    case 'sticker': {
      const { sticker } = check(waMessageContentSchemas.sticker, m, at);
      const platform = sticker.animated !== undefined ? { animated: sticker.animated } : undefined;
      return { kind: 'text', text: '[sticker]', payload: { attachments: [attachment(sticker)], ...(platform ? { platform } : {}) } };
    }
    case 'location': {
      const { location: l } = check(waMessageContentSchemas.location, m, at);
      const location: Location = { latitude: l.latitude, longitude: l.longitude };
      if (l.name) location.name = l.name;
      if (l.address) location.address = l.address;
      const label = [l.name, l.address].filter((s): s is string => Boolean(s)).join(', ');
      const coords = `${l.latitude}, ${l.longitude}`;
      return { kind: 'location', text: label ? `📍 ${label} (${coords})` : `📍 ${coords}`, payload: { location } };
    }
    case 'interactive': {
      const { interactive } = check(waMessageContentSchemas.interactive, m, at);
      // Sent without its object on reconnects (error 131000): nothing to read.
      if (!interactive) return { ignored: 'interactive message without an interactive object' };
      if (interactive.type === 'nfm_reply' && interactive.nfm_reply) {
        const { text, response } = flowAnswers(interactive.nfm_reply.response_json);
        return { kind: 'text', text: `[form] ${interactive.nfm_reply.body ?? 'Sent'}${text ? `\n${text}` : ''}`, payload: { platform: { interactiveType: 'nfm_reply', flowResponse: response } } };
      }
      if (interactive.type !== 'button_reply' && interactive.type !== 'list_reply') return { ignored: `unsupported interactive type: ${interactive.type}` };
      const reply = interactive[interactive.type];
      if (!reply) throw new PayloadError(`invalid WhatsApp webhook body: ${formatPath([...at, 'interactive', interactive.type])}: Required`);
      return { kind: 'button_reply', text: reply.title, payload: { buttonPayload: reply.id, platform: { interactiveType: interactive.type } } };
    }
    case 'button': {
      const { button } = check(waMessageContentSchemas.button, m, at);
      return { kind: 'button_reply', text: button.text, payload: { buttonPayload: button.payload ?? button.text } };
    }
    case 'contacts': {
      // A shared contact: the agent needs the name and number, not just "a contact".
      const { contacts } = check(waMessageContentSchemas.contacts, m, at);
      const lines = contacts.map((c) => {
        const name = c.name?.formatted_name ?? [c.name?.first_name, c.name?.last_name].filter(Boolean).join(' ');
        const phones = (c.phones ?? []).map((p) => p.phone ?? p.wa_id).filter(Boolean);
        const emails = (c.emails ?? []).map((e) => e.email).filter(Boolean);
        return `[contact] ${[name, c.org?.company, ...phones, ...emails].filter(Boolean).join(', ')}`;
      });
      return { kind: 'text', text: lines.join('\n'), payload: { platform: { contacts } } };
    }
    case 'order': {
      const { order } = check(waMessageContentSchemas.order, m, at);
      const items = order.product_items.map((p) => `• ${p.quantity} × ${p.product_retailer_id}${p.item_price !== undefined ? ` (${p.item_price}${p.currency ? ` ${p.currency}` : ''})` : ''}`);
      const text = ['[order]', order.text, ...items].filter(Boolean).join('\n');
      return { kind: 'text', text, payload: { platform: { order } } };
    }
    case 'edit': {
      // The new content of an earlier message, read like any message; the original's id is kept.
      const { edit } = check(waMessageContentSchemas.edit, m, at);
      const edited = messageContent(edit.message as unknown as WaMessageBase, [...at, 'edit', 'message']);
      if ('ignored' in edited) return { ignored: `edit: ${edited.ignored}` };
      return { ...edited, payload: { ...edited.payload, editedPlatformMessageId: edit.original_message_id } };
    }
  }
}
