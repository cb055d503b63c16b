/**
 * whatsapp-web.js `message` event → unified inbound event. Pure. The library
 * hands us a `Message` object scraped from WhatsApp Web's page; its shape can
 * drift with WhatsApp's web app, so the fields we read are validated with zod.
 *
 * @see https://docs.wwebjs.dev/Message.html
 */
import { z } from 'zod';
import { PayloadError } from '../../src/domain/errors.js';
import type { Attachment, InboundEvent, InboundMessage, MessagePayload } from '../types.js';

const optionalString = z.string().optional().catch(undefined);
const optionalNumber = z.number().optional().catch(undefined);

/** The subset of whatsapp-web.js's `Message` the gateway reads. */
export const waMessageSchema = z.object({
  id: z.object({ _serialized: z.string().min(1) }),
  from: z.string().min(1),
  to: optionalString,
  /** Sender inside a group chat (`from` is then the group). */
  author: z.string().nullish().catch(undefined),
  body: z.string().catch(''),
  type: z.string().min(1),
  fromMe: z.boolean().catch(false),
  hasMedia: z.boolean().catch(false),
  /** Seconds since the epoch. */
  timestamp: optionalNumber,
  isStatus: z.boolean().catch(false),
  location: z
    .object({
      latitude: z.coerce.number(),
      longitude: z.coerce.number(),
      name: optionalString,
      address: optionalString,
    })
    .nullish()
    .catch(undefined),
  selectedButtonId: z.string().nullish().catch(undefined),
  selectedRowId: z.string().nullish().catch(undefined),
  vCards: z.array(z.string()).optional().catch(undefined),
  /** The page's raw message model (`Message#rawData`): display name and media details. */
  rawData: z
    .object({ notifyName: optionalString, mimetype: optionalString, filename: optionalString, size: optionalNumber })
    .optional()
    .catch(undefined),
});
export type WaMessage = z.infer<typeof waMessageSchema>;

const MEDIA_FILE_TYPES = new Set(['video', 'audio', 'ptt', 'document']);
const BUTTON_REPLY_TYPES = new Set(['buttons_response', 'list_response', 'template_button_reply']);
const HANDLED_TYPES = new Set(['chat', 'image', 'sticker', 'location', 'vcard', 'multi_vcard', ...MEDIA_FILE_TYPES, ...BUTTON_REPLY_TYPES]);

const isGroup = (jid: string) => jid.endsWith('@g.us');

function attachmentOf(m: WaMessage): Attachment {
  return {
    // No public URL: media bytes come from `client.getMessageById(id).downloadMedia()` in the session.
    platformFileId: m.id._serialized,
    ...(m.rawData?.mimetype ? { mimeType: m.rawData.mimetype } : {}),
    ...(m.rawData?.filename ? { name: m.rawData.filename } : {}),
    ...(m.rawData?.size !== undefined ? { size: m.rawData.size } : {}),
  };
}

function content(m: WaMessage): Pick<InboundMessage, 'kind' | 'text' | 'payload'> {
  const platform: Record<string, unknown> = { waMessageId: m.id._serialized, waType: m.type };
  if (m.type === 'location' && m.location) {
    const { latitude, longitude, name, address } = m.location;
    const text = [`📍 ${latitude}, ${longitude}`, name, address].filter(Boolean).join('\n');
    return { kind: 'location', text, payload: { location: { latitude, longitude, ...(name ? { name } : {}), ...(address ? { address } : {}) }, platform } };
  }
  if (BUTTON_REPLY_TYPES.has(m.type)) {
    const buttonPayload = m.selectedButtonId ?? m.selectedRowId ?? m.body;
    return { kind: 'button_reply', text: m.body || buttonPayload, payload: { buttonPayload, platform } };
  }
  if (m.type === 'sticker') return { kind: 'text', text: '[sticker]', payload: { attachments: [attachmentOf(m)], platform } };
  if (m.type === 'vcard' || m.type === 'multi_vcard') {
    return { kind: 'text', text: '[contact card]', payload: { platform: { ...platform, vCards: m.vCards ?? [] } } };
  }
  if (m.type === 'image') return { kind: 'image', text: m.body, payload: { attachments: [attachmentOf(m)], platform } };
  if (MEDIA_FILE_TYPES.has(m.type)) return { kind: 'file', text: m.body, payload: { attachments: [attachmentOf(m)], platform } };
  const payload: MessagePayload = { platform };
  return { kind: 'text', text: m.body, payload };
}

/**
 * Normalises one `message` event. Own messages (`fromMe`, sent from the phone),
 * status updates (`status@broadcast`), channel posts (`@newsletter`) and
 * service messages are ignored. In a group, replies go to the group
 * (`externalThreadId` = group id) and the customer is the `author`.
 * Throws `PayloadError` when the object is not a message at all.
 */
export function normalizeWhatsAppWebMessage(raw: unknown): InboundEvent {
  const parsed = waMessageSchema.safeParse(raw);
  if (!parsed.success) {
    throw new PayloadError(`unexpected whatsapp-web.js message: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; ')}`);
  }
  const m = parsed.data;
  if (m.fromMe) return { type: 'ignored', reason: 'whatsapp_web own message' };
  if (m.isStatus || m.from === 'status@broadcast') return { type: 'ignored', reason: 'whatsapp_web status update' };
  if (m.from.endsWith('@newsletter') || m.from.endsWith('@broadcast')) return { type: 'ignored', reason: 'whatsapp_web channel or broadcast post' };
  if (!HANDLED_TYPES.has(m.type)) return { type: 'ignored', reason: `whatsapp_web message type ${m.type}` };

  const group = isGroup(m.from);
  const sender = group ? (m.author ?? undefined) : m.from;
  if (!sender) return { type: 'ignored', reason: 'whatsapp_web group message without author' };
  const message: InboundMessage = {
    platformMessageId: m.id._serialized,
    externalUserId: sender,
    externalThreadId: m.from,
    ...(m.rawData?.notifyName ? { userDisplayName: m.rawData.notifyName } : {}),
    ...content(m),
    sentAt: m.timestamp ? new Date(m.timestamp * 1000) : new Date(),
    threadMetadata: { waChatType: group ? 'group' : 'private' },
  };
  return { type: 'message', message };
}
