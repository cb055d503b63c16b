/**
 * Telegram `Update` → unified {@link InboundEvent}s. Pure: no I/O, and the
 * clock is a parameter (a callback query carries no date of its own).
 *
 * @see https://core.telegram.org/bots/api#update
 */
import type { Attachment, InboundEvent, InboundMessage, MessageKind, MessagePayload } from '../types.js';
import { checkPayload, parseJsonBody } from '../validate.js';
import { tgUpdate, type TgCallbackQuery, type TgChat, type TgMessage, type TgUser } from './telegram.schema.js';

/** Parses the raw webhook body. Throws only `PayloadError`. */
export function parseTelegramUpdate(rawBody: Buffer, now: Date = new Date()): InboundEvent[] {
  const json = parseJsonBody(rawBody);
  const update = checkPayload(tgUpdate, json, 'Telegram update', [], 5);
  const id = String(update.update_id);
  const raw = (key: string): unknown => (json as Record<string, unknown>)[key];

  if (update.message) return [normalizeMessage(id, update.message, false, now, raw('message'))];
  if (update.edited_message) return [normalizeMessage(id, update.edited_message, true, now, raw('edited_message'))];
  if (update.channel_post) return [normalizeMessage(id, update.channel_post, false, now, raw('channel_post'))];
  if (update.edited_channel_post) return [normalizeMessage(id, update.edited_channel_post, true, now, raw('edited_channel_post'))];
  if (update.callback_query) return [normalizeCallbackQuery(id, update.callback_query, now)];

  // zod stripped the unknown keys; the raw object still names the update type.
  const type = Object.keys(json as Record<string, unknown>).find((k) => k !== 'update_id') ?? 'none';
  return [{ type: 'ignored', reason: `unsupported update type: ${type}` }];
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
  return { telegramChatType: chat.type ?? 'unknown', ...(chat.title ? { telegramChatTitle: chat.title } : {}) };
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
  if (msg.contact) {
    // What a "share my phone number" button sends: the agent needs to see the number.
    const c = msg.contact;
    const name = [c.first_name, c.last_name].filter(Boolean).join(' ');
    const contact = { phoneNumber: c.phone_number, ...(name ? { name } : {}), ...(c.user_id !== undefined ? { userId: c.user_id } : {}), ...(c.vcard ? { vcard: c.vcard } : {}) };
    return { kind: 'text', text: `[contact] ${[name, c.phone_number].filter(Boolean).join(', ')}`, payload: { platform: { contact } } };
  }
  if (msg.poll) {
    const options = msg.poll.options.map((o) => `• ${o.text}`);
    return { kind: 'text', text: [`[poll] ${msg.poll.question}`, ...options].join('\n'), payload: {} };
  }
  if (msg.dice) return { kind: 'text', text: `[dice ${msg.dice.emoji} ${msg.dice.value}]`, payload: {} };
  if (msg.story) {
    const from = msg.story.chat.title ?? msg.story.chat.username;
    return { kind: 'text', text: from ? `[story from ${from}]` : '[story]', payload: { platform: { story: { id: msg.story.id, chatId: msg.story.chat.id } } } };
  }
  if (msg.text !== undefined) return { kind: 'text', text: msg.text, payload: {} };
  return undefined;
}

/** Fields every message has; whatever else it carries names its (unsupported) content. */
const ENVELOPE = new Set(['message_id', 'message_thread_id', 'from', 'sender_chat', 'date', 'chat', 'edit_date', 'reply_to_message', 'entities', 'caption_entities', 'reply_markup', 'forward_origin', 'is_topic_message', 'has_protected_content', 'author_signature', 'via_bot', 'link_preview_options']);

function normalizeMessage(platformMessageId: string, msg: TgMessage, edited: boolean, now: Date, raw?: unknown): InboundEvent {
  const c = content(msg);
  if (!c) {
    const keys = raw && typeof raw === 'object' ? Object.keys(raw).filter((k) => !ENVELOPE.has(k)) : [];
    return { type: 'ignored', reason: `unsupported message content${keys.length ? ` (${keys.join(', ')})` : ''} (message_id ${msg.message_id})` };
  }
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
    sentAt: edited && msg.edit_date ? new Date(msg.edit_date * 1000) : msg.date ? new Date(msg.date * 1000) : now,
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
