/**
 * Zod schemas for the WeChat Official Account connection's credentials, the
 * XML messages WeChat posts to the webhook (after XML → object) and what the
 * Official Account API answers. WeChat's XML carries every value as text, so
 * numbers are read from strings here; only the fields the gateway reads are
 * declared, and unknown elements, message types and event types pass.
 *
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_event_pushes.html
 */
import { z } from 'zod';

export const wechatCredentialsSchema = z.object({
  /** "AppID" (Settings and Development → Basic Configuration), `wx` + 16 hex digits. */
  appId: z.string().regex(/^wx[0-9a-zA-Z]{16}$/, 'expected the AppID from Basic Configuration (wx followed by 16 characters)'),
  /** "AppSecret": exchanged for access tokens. */
  appSecret: z.string().min(1),
  /** "Token" of the server configuration (3–32 letters or digits): signs every call WeChat makes. */
  token: z.string().regex(/^[A-Za-z0-9]{3,32}$/, 'expected the server configuration Token (3–32 letters or digits)'),
  /** "EncodingAESKey" (43 characters): needed for the compatible and safe message encryption modes. */
  encodingAesKey: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}$/, 'expected the 43-character EncodingAESKey')
    .optional(),
});
export type WeChatCredentials = z.infer<typeof wechatCredentialsSchema>;

/** A text node (CDATA or not); repeated or nested elements are not text and fail. */
const text = z.string();
/** Digits only (`CreateTime`, `MsgId`): kept as a string where it may exceed 2^53. */
const digits = z.string().regex(/^\d{1,20}$/, 'expected digits');
/** A decimal number written as text (`Location_X`, `Scale`...). */
const decimal = z
  .string()
  .regex(/^\s*-?\d+(\.\d+)?\s*$/, 'expected a number')
  .transform(Number);

/** Safe mode: the outer envelope. `ToUserName` may be missing in some pushes; `Encrypt` is all we need. */
export const wechatEnvelopeSchema = z.looseObject({ ToUserName: text.optional(), Encrypt: z.string().min(1) });

/** Fields every message and event has; the rest is checked per `MsgType` / `Event`. */
export const wechatBaseSchema = z.looseObject({
  /** The Official Account's original id (`gh_…`). */
  ToUserName: text.min(1),
  /** The customer's OpenID for this account: where replies go. */
  FromUserName: text.min(1),
  CreateTime: digits,
  MsgType: text.min(1),
});
export type WeChatBase = z.infer<typeof wechatBaseSchema>;

/** Standard messages carry `MsgId`, the same on WeChat's retries: our dedup key. */
const withMsgId = { MsgId: digits };

/** Message contents by `MsgType`; other types (future ones, `miniprogrampage`...) are ignored, not refused. */
export const wechatMessageSchemas = {
  text: z.object({ ...withMsgId, Content: text }),
  image: z.object({ ...withMsgId, PicUrl: text.optional(), MediaId: text.min(1) }),
  /** `Recognition`: WeChat's transcript, when speech recognition is on for the account. */
  voice: z.object({ ...withMsgId, MediaId: text.min(1), Format: text.optional(), Recognition: text.optional() }),
  video: z.object({ ...withMsgId, MediaId: text.min(1), ThumbMediaId: text.optional() }),
  shortvideo: z.object({ ...withMsgId, MediaId: text.min(1), ThumbMediaId: text.optional() }),
  location: z.object({ ...withMsgId, Location_X: decimal, Location_Y: decimal, Scale: decimal.optional(), Label: text.optional() }),
  link: z.object({ ...withMsgId, Title: text.optional(), Description: text.optional(), Url: text.min(1) }),
} as const;
export type WeChatMessageType = keyof typeof wechatMessageSchemas;

export const wechatEventSchema = z.object({ Event: text.min(1), EventKey: text.optional() });

/** A menu's "scan a code" button (`scancode_push`, `scancode_waitmsg`): what the customer scanned. */
export const wechatScanCodeEventSchema = z.object({
  EventKey: text.optional(),
  ScanCodeInfo: z.object({ ScanType: text.optional(), ScanResult: text }),
});

// --- Official Account API answers -----------------------------------------------

/** `GET /cgi-bin/token` and `POST /cgi-bin/stable_token` @see https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Get_access_token.html */
export const wechatTokenSchema = z.object({
  access_token: z.string().min(1),
  /** Seconds, 7200 today. */
  expires_in: z.number().int().positive(),
});

/** Every API call answers HTTP 200 with `errcode` (0 = ok) and `errmsg`. @see https://developers.weixin.qq.com/doc/offiaccount/Getting_Started/Global_Return_Code.html */
export const wechatErrorSchema = z.looseObject({
  errcode: z.number().int(),
  errmsg: z.string().optional(),
});
