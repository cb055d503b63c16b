/**
 * zod schemas for the Telegram connection's credentials and for the parts of
 * the Bot API `Update` object the gateway reads. Only what the normaliser uses
 * is declared, and only what it cannot do without is required: Telegram adds
 * fields in every Bot API release and older clients omit some (`is_bot`,
 * `file_unique_id`), and neither may turn a valid update into a 400.
 *
 * @see https://core.telegram.org/bots/api#update
 * @see https://core.telegram.org/bots/api#message
 */
import { z } from 'zod';

export const telegramCredentialsSchema = z.object({
  botToken: z.string().regex(/^\d+:[A-Za-z0-9_-]+$/, 'expected a BotFather token like 123456:ABC-def'),
});
export type TelegramCredentials = z.infer<typeof telegramCredentialsSchema>;

const fileId = z.string().min(1);
/** Read if present and sane, else dropped: a display detail never fails an update. */
const optionalString = z.string().optional().catch(undefined);
const optionalSize = z.number().int().nonnegative().optional().catch(undefined);

/** @see https://core.telegram.org/bots/api#user */
export const tgUser = z.object({
  id: z.number().int(),
  first_name: optionalString,
  last_name: optionalString,
  username: optionalString,
  language_code: optionalString,
});

/** @see https://core.telegram.org/bots/api#chat */
export const tgChat = z.object({
  id: z.number().int(),
  // "private" | "group" | "supergroup" | "channel"; kept open for future types.
  type: optionalString,
  title: optionalString,
  username: optionalString,
});

const tgPhotoSize = z.object({ file_id: fileId, width: z.number().int(), height: z.number().int(), file_size: optionalSize });

/** Document, Voice, Audio, Video, Animation and VideoNote share these fields. */
const tgFile = z.object({ file_id: fileId, file_name: optionalString, mime_type: optionalString, file_size: optionalSize });

const tgLocation = z.object({ latitude: z.number(), longitude: z.number() });

const tgInlineKeyboardButton = z.object({ text: z.string(), callback_data: z.string().optional() });

/** @see https://core.telegram.org/bots/api#contact (what a "share my phone number" button sends) */
const tgContact = z.object({
  phone_number: z.string(),
  first_name: optionalString,
  last_name: optionalString,
  user_id: z.number().int().optional().catch(undefined),
  vcard: optionalString,
});

/**
 * A message, or an `InaccessibleMessage` (only chat, message_id, date 0) as
 * found in old callback queries: every content field is optional. `date` is
 * read if present (a callback query's message may lack it).
 */
export const tgMessage = z.object({
  message_id: z.number().int(),
  from: tgUser.optional(),
  sender_chat: tgChat.optional(),
  date: z.number().int().nonnegative().optional().catch(undefined),
  chat: tgChat,
  edit_date: z.number().int().optional().catch(undefined),
  text: z.string().optional(),
  caption: z.string().optional(),
  photo: z.array(tgPhotoSize).min(1).optional(),
  document: tgFile.optional(),
  animation: tgFile.optional(),
  video: tgFile.optional(),
  video_note: tgFile.optional(),
  voice: tgFile.optional(),
  audio: tgFile.optional(),
  sticker: z.object({ file_id: fileId, emoji: optionalString }).optional(),
  location: tgLocation.optional(),
  venue: z.object({ location: tgLocation, title: z.string(), address: z.string() }).optional(),
  contact: tgContact.optional(),
  poll: z.object({ question: z.string(), options: z.array(z.object({ text: z.string() })) }).optional(),
  dice: z.object({ emoji: z.string(), value: z.number() }).optional(),
  /** A story the customer forwarded: only who posted it is known. */
  story: z.object({ id: z.number().int(), chat: tgChat }).optional(),
  reply_markup: z.object({ inline_keyboard: z.array(z.array(tgInlineKeyboardButton)) }).optional().catch(undefined),
});

/** @see https://core.telegram.org/bots/api#callbackquery */
export const tgCallbackQuery = z.object({
  id: z.string().min(1),
  from: tgUser,
  message: tgMessage.optional(),
  data: z.string().optional(),
});

/**
 * Only the update types the gateway normalises are described; any other
 * field (my_chat_member, poll, message_reaction...) is accepted and reported as ignored.
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
