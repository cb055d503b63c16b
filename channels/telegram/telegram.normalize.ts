/**
 * Telegram `Update` → unified {@link InboundEvent}s. Pure: no I/O, and the
 * clock is a parameter (a callback query carries no date of its own).
 *
 * @see https://core.telegram.org/bots/api#update
 */
import type { z } from 'zod';
import { PayloadError } from '../../src/domain/errors.js';
import type { Attachment, InboundEvent, InboundMessage, MessageKind, MessagePayload } from '../types.js';
import { tgUpdate, type TgCallbackQuery, type TgChat, type TgMessage, type TgUser } from './telegram.schema.js';

/** Parses the raw webhook body. Throws only {@link PayloadError}. */
export function parseTelegramUpdate(rawBody: Buffer, now: Date = new Date()): InboundEvent[] {
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString('utf8'));
  } catch (err) {
    throw new PayloadError(`invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = tgUpdate.safeParse(json);
  if (!parsed.success) {
    throw new PayloadError(`invalid Telegram update: ${describeIssues(parsed.error)}`, parsed.error.issues);
  }
  const update = parsed.data;
  const id = String(update.update_id);

  if (update.message) return [normalizeMessage(id, update.message, false)];
  if (update.edited_message) return [normalizeMessage(id, update.edited_message, true)];
  if (update.channel_post) return [normalizeMessage(id, update.channel_post, false)];
  if (update.edited_channel_post) return [normalizeMessage(id, update.edited_channel_post, true)];
  if (update.callback_query) return [normalizeCallbackQuery(id, update.callback_query, now)];

  // zod stripped the unknown keys; the raw object still names the update type.
  const type = Object.keys(json as Record<string, unknown>).find((k) => k !== 'update_id') ?? 'none';
  return [{ type: 'ignored', reason: `unsupported update type: ${type}` }];
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

interface Sender {
  externalUserId: string;
  userDisplayName?: string;
  language?: string;
}

function fromUser(user: TgUser): Sender {
  const fullName = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
  const name = fullName || user.username;
  return {
    externalUserId: String(user.id),
    ...(name ? { userDisplayName: name } : {}),
    ...(user.language_code ? { language: user.language_code } : {}),
  };
}

/** Channel posts have no `from`; the channel (`sender_chat`) is the sender. */
function fromChat(chat: TgChat): Sender {
  const name = chat.title ?? chat.username;
  return { externalUserId: String(chat.id), ...(name ? { userDisplayName: name } : {}) };
}

function threadMetadata(chat: TgChat): Record<string, unknown> {
  return { telegramChatType: chat.type, ...(chat.title ? { telegramChatTitle: chat.title } : {}) };
}

type Content = { kind: MessageKind; text: string; payload: MessagePayload };

/** File-like contents, in the order Telegram may combine them (an animation also has `document`). */
const FILE_FIELDS = ['animation', 'video', 'video_note', 'document', 'voice', 'audio'] as const;
const DEFAULT_MIME: Partial<Record<(typeof FILE_FIELDS)[number], string>> = {
  voice: 'audio/ogg',
  video_note: 'video/mp4',
};

function content(msg: TgMessage): Content | undefined {
  const caption = msg.caption ?? '';
  if (msg.photo) {
    // Sizes come smallest first; pick by area rather than trust the order.
    const best = msg.photo.reduce((a, b) => (b.width * b.height >= a.width * a.height ? b : a));
    // Only the file_id is kept: Telegram file URLs embed the bot token.
    const attachment: Attachment = { platformFileId: best.file_id, mimeType: 'image/jpeg' };
    if (best.file_size !== undefined) attachment.size = best.file_size;
    return { kind: 'image', text: caption, payload: { attachments: [attachment] } };
  }
  for (const field of FILE_FIELDS) {
    const file = msg[field];
    if (!file) continue;
    const attachment: Attachment = { platformFileId: file.file_id };
    const mimeType = file.mime_type ?? DEFAULT_MIME[field];
    if (mimeType) attachment.mimeType = mimeType;
    if (file.file_name) attachment.name = file.file_name;
    if (file.file_size !== undefined) attachment.size = file.file_size;
    return { kind: 'file', text: caption, payload: { attachments: [attachment], platform: { telegramFileType: field } } };
  }
  if (msg.sticker) {
    const text = msg.sticker.emoji ? `[sticker ${msg.sticker.emoji}]` : '[sticker]';
    return { kind: 'text', text, payload: { platform: { stickerFileId: msg.sticker.file_id } } };
  }
  if (msg.location) {
    const { latitude, longitude } = msg.location;
    const venue = msg.venue;
    const text = venue
      ? `📍 ${venue.title}, ${venue.address} (${latitude}, ${longitude})`
      : `📍 ${latitude}, ${longitude}`;
    const location = venue ? { latitude, longitude, name: venue.title, address: venue.address } : { latitude, longitude };
    return { kind: 'location', text, payload: { location } };
  }
  if (msg.text !== undefined) return { kind: 'text', text: msg.text, payload: {} };
  return undefined;
}

function normalizeMessage(platformMessageId: string, msg: TgMessage, edited: boolean): InboundEvent {
  const c = content(msg);
  if (!c) return { type: 'ignored', reason: `unsupported message content (message_id ${msg.message_id})` };
  const sender = msg.from ? fromUser(msg.from) : fromChat(msg.sender_chat ?? msg.chat);
  const payload: MessagePayload = {
    ...c.payload,
    // Keeps Telegram's own message id so a later edit can be matched to this message.
    platform: { ...c.payload.platform, telegramMessageId: msg.message_id },
    ...(edited ? { editedPlatformMessageId: String(msg.message_id) } : {}),
  };
  const message: InboundMessage = {
    platformMessageId,
    ...sender,
    externalThreadId: String(msg.chat.id),
    kind: c.kind,
    text: c.text,
    payload,
    sentAt: new Date((edited && msg.edit_date ? msg.edit_date : msg.date) * 1000),
    threadMetadata: threadMetadata(msg.chat),
  };
  return { type: 'message', message };
}

function normalizeCallbackQuery(platformMessageId: string, query: TgCallbackQuery, now: Date): InboundEvent {
  // Inline-mode messages (no `message`) are never sent by this gateway; games have no `data`.
  if (!query.message) return { type: 'ignored', reason: 'callback_query without message' };
  if (query.data === undefined) return { type: 'ignored', reason: 'callback_query without data' };
  const data = query.data;
  const pressed = query.message.reply_markup?.inline_keyboard.flat().find((b) => b.callback_data === data);
  const message: InboundMessage = {
    platformMessageId,
    ...fromUser(query.from),
    externalThreadId: String(query.message.chat.id),
    kind: 'button_reply',
    text: pressed?.text ?? data,
    payload: {
      buttonPayload: data,
      platform: { callbackQueryId: query.id, telegramMessageId: query.message.message_id },
    },
    sentAt: now,
    threadMetadata: threadMetadata(query.message.chat),
  };
  return { type: 'message', message };
}
