/**
 * Unified outbound message → what the session owner sends through
 * whatsapp-web.js (the `message` of a bridge send command). Pure. WhatsApp
 * shows its own markers (`*bold*`, `_italic_`, "```" for tables), so the
 * formatted text is converted as for the Cloud API. Buttons never arrive
 * here: the channel declares none, and degrade() numbers them in the text.
 */
import { toMarkers } from '../markdown.js';
import type { OutboundMessage } from '../types.js';
import type { SendCommand } from './whatsapp-web.bridge.js';

export function renderWhatsAppWeb(message: OutboundMessage): SendCommand['message'] {
  const att = message.attachment;
  return {
    kind: message.kind,
    text: toMarkers(message.text, 'whatsapp'),
    ...(att ? { attachment: { url: att.url, mimeType: att.mimeType, name: att.name } } : {}),
  };
}
