/**
 * zod schemas for the parts of the Telegram Bot API `Update` object the
 * gateway reads. Objects are not strict: Telegram adds fields in every Bot API
 * release, and unknown fields must never turn a valid update into a 400.
 *
 * @see https://core.telegram.org/bots/api#update
 * @see https://core.telegram.org/bots/api#message
 */
import { z } from 'zod';

const fileId = z.string().min(1);
const optionalSize = z.number().int().nonnegative().optional();

/** @see https://core.telegram.org/bots/api#user */
export const tgUser = z.object({
  id: z.number().int(),
  is_bot: z.boolean(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});

/** @see https://core.telegram.org/bots/api#chat */
export const tgChat = z.object({
  id: z.number().int(),
  // "private" | "group" | "supergroup" | "channel"; kept open for future types.
  type: z.string().min(1),
  title: z.string().optional(),
  username: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
});

const tgPhotoSize = z.object({
  file_id: fileId,
  file_unique_id: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  file_size: optionalSize,
});

/** Document, Voice, Audio, Video, Animation and VideoNote share these fields. */
const tgFile = z.object({
  file_id: fileId,
  file_unique_id: z.string(),
  file_name: z.string().optional(),
  mime_type: z.string().optional(),
  file_size: optionalSize,
  duration: z.number().optional(),
});

const tgLocation = z.object({ latitude: z.number(), longitude: z.number() });

const tgInlineKeyboardButton = z.object({
  text: z.string(),
  callback_data: z.string().optional(),
  url: z.string().optional(),
});

/**
 * A message, or an `InaccessibleMessage` (only chat, message_id, date 0) as
 * found in old callback queries: every content field is optional.
 */
export const tgMessage = z.object({
  message_id: z.number().int(),
  from: tgUser.optional(),
  sender_chat: tgChat.optional(),
  date: z.number().int().nonnegative(),
  chat: tgChat,
  edit_date: z.number().int().optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  photo: z.array(tgPhotoSize).min(1).optional(),
  document: tgFile.optional(),
  animation: tgFile.optional(),
  video: tgFile.optional(),
  video_note: tgFile.optional(),
  voice: tgFile.optional(),
  audio: tgFile.optional(),
  sticker: z
    .object({ file_id: fileId, file_unique_id: z.string(), emoji: z.string().optional(), set_name: z.string().optional() })
    .optional(),
  location: tgLocation.optional(),
  venue: z.object({ location: tgLocation, title: z.string(), address: z.string() }).optional(),
  reply_markup: z.object({ inline_keyboard: z.array(z.array(tgInlineKeyboardButton)) }).optional(),
});

/** @see https://core.telegram.org/bots/api#callbackquery */
export const tgCallbackQuery = z.object({
  id: z.string().min(1),
  from: tgUser,
  message: tgMessage.optional(),
  inline_message_id: z.string().optional(),
  chat_instance: z.string(),
  data: z.string().optional(),
});

/**
 * Only the update types the gateway normalises are described; any other
 * field (my_chat_member, poll...) is accepted and reported as ignored.
 */
export const tgUpdate = z.object({
  update_id: z.number().int().nonnegative(),
  message: tgMessage.optional(),
  edited_message: tgMessage.optional(),
  channel_post: tgMessage.optional(),
  edited_channel_post: tgMessage.optional(),
  callback_query: tgCallbackQuery.optional(),
});

export type TgUser = z.infer<typeof tgUser>;
export type TgChat = z.infer<typeof tgChat>;
export type TgMessage = z.infer<typeof tgMessage>;
export type TgCallbackQuery = z.infer<typeof tgCallbackQuery>;
export type TgUpdate = z.infer<typeof tgUpdate>;
