/**
 * Unified outbound message → the message-specific part of one Cloud API
 * `/messages` request. Pure. The formatted text becomes WhatsApp's own markers
 * (`*bold*`, `_italic_`, "```" for tables); media go by link (or a media id
 * Meta already has), each type with its own object; buttons are reply buttons
 * (≤ 3) or a list (4–10). Counts and lengths were settled by degrade().
 *
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages
 * @see https://faq.whatsapp.com/539178204879377
 */
import { PermanentSendError } from '../../src/domain/errors.js';
import { toMarkers } from '../markdown.js';
import { mediaTypeOf, type Button, type MediaType, type OutboundMessage } from '../types.js';

/** The message-specific part of a `/messages` request: `{ type: 'text', text: {...} }`... */
export type WaContent = { type: string } & Record<string, unknown>;

/** Cloud API limits: 3 reply buttons (title 20, id 256); lists of 10 rows (title 24, id 200, label 20). */
export const MAX_REPLY_BUTTONS = 3;
export const MAX_LIST_ROWS = 10;
const LIST_LABEL = 'Choose';
const LIST_SECTION_TITLE = 'Options';
/** Audio messages have no caption; the others do. */
const MEDIA_OBJECT: Record<MediaType, string> = { image: 'image', file: 'document', audio: 'audio', video: 'video' };

/** Cuts to `max` characters (code points), marking the cut with an ellipsis. */
function cut(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
/** Button / row ids: the payload (Meta refuses leading or trailing spaces), cut to the limit. */
const idOf = (b: Button, max: number) => [...(b.payload.trim() || b.title.trim())].slice(0, max).join('');

export function textContent(body: string): WaContent {
  if (body.trim() === '') throw new PermanentSendError('WhatsApp cannot send an empty text message');
  return { type: 'text', text: { body, preview_url: /https?:\/\/\S/i.test(body) } };
}

export function renderWhatsApp(message: OutboundMessage): WaContent {
  const text = toMarkers(message.text, 'whatsapp');
  if ((message.kind === 'image' || message.kind === 'file') && message.attachment) {
    const att = message.attachment;
    const source = att.url ? { link: att.url } : att.platformFileId ? { id: att.platformFileId } : undefined;
    if (!source) throw new PermanentSendError(`${message.kind} message without attachment url or media id`);
    const type = mediaTypeOf(message);
    const object = MEDIA_OBJECT[type];
    const caption = text && type !== 'audio' ? { caption: text } : {};
    const filename = type === 'file' && att.name ? { filename: att.name } : {};
    return { type: object, [object]: { ...source, ...caption, ...filename } };
  }
  const buttons = message.kind === 'buttons' ? (message.buttons ?? []) : [];
  if (buttons.length === 0) return textContent(text);
  if (buttons.length > MAX_LIST_ROWS) throw new PermanentSendError(`WhatsApp shows at most ${MAX_LIST_ROWS} options`);
  const body = { text: text.trim() === '' ? 'Please choose:' : text };
  if (buttons.length <= MAX_REPLY_BUTTONS) {
    const action = { buttons: buttons.map((b) => ({ type: 'reply', reply: { id: idOf(b, 256), title: cut(b.title, 20) } })) };
    return { type: 'interactive', interactive: { type: 'button', body, action } };
  }
  const rows = buttons.map((b) => ({ id: idOf(b, 200), title: cut(b.title, 24) }));
  return { type: 'interactive', interactive: { type: 'list', body, action: { button: LIST_LABEL, sections: [{ title: LIST_SECTION_TITLE, rows }] } } };
}
