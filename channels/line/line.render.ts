/**
 * Unified outbound message → LINE message objects (one request carries up to
 * five). Pure. LINE shows no formatting, so the formatted text becomes plain
 * text: bullets for lists, tables as aligned lines, links as "label (URL)".
 * An image's caption becomes a text bubble before it, in the same request.
 *
 * @see https://developers.line.biz/en/reference/messaging-api/#message-objects
 */
import type { messagingApi } from '@line/bot-sdk';
import { PermanentSendError } from '../../src/domain/errors.js';
import { toPlainText } from '../markdown.js';
import type { OutboundMessage } from '../types.js';

const MAX_QUICK_REPLY_ITEMS = 13;
const MAX_ACTION_LABEL = 20;

export function renderLine(message: OutboundMessage): messagingApi.Message[] {
  const text = toPlainText(message.text);
  switch (message.kind) {
    case 'text':
      return [{ type: 'text', text }];
    case 'image': {
      const url = message.attachment?.url;
      if (!url) throw new PermanentSendError('LINE image messages need a public https URL');
      const image: messagingApi.ImageMessage = { type: 'image', originalContentUrl: url, previewImageUrl: url };
      return text ? [{ type: 'text', text }, image] : [image];
    }
    case 'file':
      // The capabilities declare no files, audio or video: degrade() sent them as links.
      throw new PermanentSendError('LINE cannot send files by URL');
    case 'buttons': {
      // degrade() already capped count and title length; slice again so a bypass fails soft.
      const items: messagingApi.QuickReplyItem[] = (message.buttons ?? []).slice(0, MAX_QUICK_REPLY_ITEMS).map((b) => ({
        type: 'action',
        action: { type: 'postback', label: b.title.slice(0, MAX_ACTION_LABEL), data: b.payload, displayText: b.title },
      }));
      const body = text || 'Please choose:';
      return [items.length > 0 ? { type: 'text', text: body, quickReply: { items } } : { type: 'text', text: body }];
    }
  }
}
