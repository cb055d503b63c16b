/**
 * Unified outbound message → the body of one customer-service message
 * (`POST /cgi-bin/message/custom/send`). Pure. WeChat shows no formatting, so
 * the formatted text becomes plain text: bullets for lists, tables as aligned
 * lines, links as "label (URL)". Images need an upload to WeChat's media
 * store first, which the adapter does (./wechat.media.ts); files are not
 * declared, so degrade() has already turned them into links, and buttons into numbered text.
 *
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Service_Center_messages.html
 */
import { PermanentSendError } from '../../src/domain/errors.js';
import { toPlainText } from '../markdown.js';
import type { OutboundMessage } from '../types.js';

/** WeChat's limit on a text message's content, in bytes of UTF-8. */
export const MAX_TEXT_BYTES = 2048;

export interface WeChatTextMessage {
  touser: string;
  msgtype: 'text';
  text: { content: string };
}

export function renderWeChat(openId: string, message: OutboundMessage): WeChatTextMessage {
  if (message.kind === 'image' || message.kind === 'file') throw new PermanentSendError(`WeChat cannot send a ${message.kind} as text (images are uploaded first, files go as links)`);
  const content = toPlainText(message.text);
  if (content.trim() === '') throw new PermanentSendError('WeChat cannot send an empty text message');
  if (Buffer.byteLength(content, 'utf8') > MAX_TEXT_BYTES) throw new PermanentSendError(`WeChat text messages hold at most ${MAX_TEXT_BYTES} bytes`);
  return { touser: openId, msgtype: 'text', text: { content } };
}
