/**
 * Unified outbound message → one Bot API call. Pure. The formatted text
 * becomes Telegram HTML (`parse_mode: HTML`, every `<`, `>`, `&` escaped);
 * media go by URL or known `file_id`, each type with its own method.
 *
 * @see https://core.telegram.org/bots/api#formatting-options
 * @see https://core.telegram.org/bots/api#sendphoto
 */
import { PermanentSendError } from '../../src/domain/errors.js';
import { toTelegramHtml } from '../markdown.js';
import { mediaTypeOf, type MediaType, type OutboundMessage } from '../types.js';

/** Bot API limit: callback_data is 1-64 bytes. */
const CALLBACK_DATA_MAX_BYTES = 64;

export type TelegramMethod = 'sendMessage' | 'sendPhoto' | 'sendDocument' | 'sendAudio' | 'sendVideo';
export interface TelegramCall {
  method: TelegramMethod;
  params: Record<string, unknown>;
}

const MEDIA: Record<MediaType, [TelegramMethod, string]> = {
  image: ['sendPhoto', 'photo'],
  file: ['sendDocument', 'document'],
  audio: ['sendAudio', 'audio'],
  video: ['sendVideo', 'video'],
};

/** Cuts to at most `maxBytes` of UTF-8 without splitting a code point. */
export function truncateUtf8(s: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > maxBytes) break;
    out += ch;
    bytes += n;
  }
  return out;
}

export function renderTelegram(message: OutboundMessage, chatId: string): TelegramCall {
  const html = toTelegramHtml(message.text);
  if ((message.kind === 'image' || message.kind === 'file') && message.attachment) {
    // A URL, or a file_id Telegram already knows. Never `{ url }`: telegraf would download and re-upload it.
    const media = message.attachment.url ?? message.attachment.platformFileId;
    if (!media) throw new PermanentSendError(`${message.kind} message without attachment url or file id`);
    const [method, field] = MEDIA[mediaTypeOf(message)];
    // degrade() kept the caption within 1024 characters, or sent the text on its own.
    return { method, params: { chat_id: chatId, [field]: media, ...(html ? { caption: html, parse_mode: 'HTML' } : {}) } };
  }
  const params: Record<string, unknown> = { chat_id: chatId, text: html, parse_mode: 'HTML' };
  if (message.kind === 'buttons' && message.buttons && message.buttons.length > 0) {
    // One button per row keeps long titles readable on phones.
    params.reply_markup = {
      inline_keyboard: message.buttons.map((b) => [{ text: b.title, callback_data: truncateUtf8(b.payload || b.title, CALLBACK_DATA_MAX_BYTES) }]),
    };
  }
  return { method: 'sendMessage', params };
}
