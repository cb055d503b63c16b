/**
 * whatsapp-web.js `message` event → unified inbound event. Pure. The library
 * hands us a `Message` object scraped from WhatsApp Web's page; its shape can
 * drift with WhatsApp's web app, so the fields we read are validated with zod.
 *
 * @see https://docs.wwebjs.dev/Message.html
 */
import type { Attachment, InboundEvent, InboundMessage, MessagePayload } from '../types.js';
import { checkPayload } from '../validate.js';
import { waMessageSchema, type WaMessage } from './whatsapp-web.schema.js';



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

/** `[contact] Name, +1 555…` from a vCard's FN and TEL lines (RFC 6350). */
function contactLine(vcard: string): string {
  const values = (prop: string) => [...vcard.matchAll(new RegExp(`^${prop}(?:;[^:\\r\\n]*)?:(.*)$`, 'gim'))].map((x) => (x[1] ?? '').trim()).filter(Boolean);
  const parts = [...values('FN'), ...values('TEL')];
  return parts.length ? `[contact] ${parts.join(', ')}` : '';
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
    // A shared contact: the agent needs the name and the number, not just "a contact".
    const cards = (m.vCards ?? []).map(contactLine).filter(Boolean);
    return { kind: 'text', text: cards.length ? cards.join('\n') : '[contact card]', payload: { platform: { ...platform, vCards: m.vCards ?? [] } } };
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
  const m = checkPayload(waMessageSchema, raw, 'whatsapp-web.js message', [], 3);
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
