/**
 * Zod schemas for the LINE connection's credentials, what LINE sends us
 * (webhook bodies) and what the Messaging API answers. Only the fields the
 * gateway reads are declared, and only what it cannot do without is required:
 * unknown fields, event types and source types never break ingestion, and
 * older events without `webhookEventId` are still read.
 *
 * @see https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects
 */
import { z } from 'zod';

export const lineCredentialsSchema = z.object({
  /** "Channel secret" (Basic settings tab): HMAC key of `x-line-signature`. */
  channelSecret: z.string().min(1),
  /** Long-lived "Channel access token" (Messaging API tab). */
  channelAccessToken: z.string().min(1),
});
export type LineCredentials = z.infer<typeof lineCredentialsSchema>;

/** The source types the gateway can reply to; any other (a future one) makes the event ignored, not refused. */
export const LINE_SOURCE_TYPES = ['user', 'group', 'room'] as const;

/**
 * Who the event comes from. A 1:1 chat always names the user; in a group or
 * room `userId` is missing for a user who has not consented to share it.
 */
export const lineSourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user'), userId: z.string().min(1) }),
  z.object({ type: z.literal('group'), groupId: z.string().min(1), userId: z.string().min(1).optional() }),
  z.object({ type: z.literal('room'), roomId: z.string().min(1), userId: z.string().min(1).optional() }),
]);
export type LineSource = z.infer<typeof lineSourceSchema>;

/** Fields common to every webhook event; the rest is checked per event type. */
export const lineEventBaseSchema = z.looseObject({
  type: z.string().min(1),
  /** ULID, identical on a redelivery: our dedup key. Missing in events from before 2021; then the message id stands in. */
  webhookEventId: z.string().min(1).optional(),
  timestamp: z.number().int().nonnegative(),
  /** `active`, or `standby` while another module channel has chat control. */
  mode: z.string().optional(),
  deliveryContext: z.object({ isRedelivery: z.boolean() }).optional(),
  // `source` is validated per event type: an event we ignore must not fail the batch.
  replyToken: z.string().min(1).optional(),
});
export type LineEventBase = z.infer<typeof lineEventBaseSchema>;

/** The webhook request body. `events: []` is the console's "Verify" call. */
export const lineWebhookBodySchema = z.object({
  destination: z.string().min(1),
  events: z.array(lineEventBaseSchema),
});

/** `message` and `messageEdited` (an edited text, so far in group chats only). */
export const lineMessageEventSchema = z.object({
  source: lineSourceSchema,
  message: z.looseObject({ id: z.string().min(1), type: z.string().min(1) }),
});

/** `source.type`, read before the source itself: an unknown type is ignored, never a 400. */
export const lineSourceTypeSchema = z.object({ source: z.object({ type: z.string() }) });

export const linePostbackEventSchema = z.object({
  source: lineSourceSchema,
  postback: z.object({
    data: z.string(),
    /** Date/time picker and rich menu switch results. */
    params: z.record(z.string(), z.string()).optional(),
  }),
});

export const lineFollowEventSchema = z.object({
  source: lineSourceSchema,
  follow: z.object({ isUnblocked: z.boolean() }).optional(),
});

export const lineUnfollowEventSchema = z.object({ source: lineSourceSchema });

/** `line`: content is on the data API (`/v2/bot/message/{id}/content`); `external`: on the sender's URLs. */
const contentProviderSchema = z.object({
  type: z.enum(['line', 'external']),
  originalContentUrl: z.string().optional(),
  previewImageUrl: z.string().optional(),
});

/** Message contents by `message.type`; other types (future ones) are ignored, not rejected. */
export const lineMessageContentSchemas = {
  text: z.object({ text: z.string(), quoteToken: z.string().optional() }),
  image: z.object({ contentProvider: contentProviderSchema.optional(), quoteToken: z.string().optional() }),
  video: z.object({ contentProvider: contentProviderSchema.optional(), duration: z.number().optional() }),
  audio: z.object({ contentProvider: contentProviderSchema.optional(), duration: z.number().optional() }),
  file: z.object({ fileName: z.string(), fileSize: z.number().int().nonnegative().optional().catch(undefined) }),
  location: z.object({
    title: z.string().optional(),
    address: z.string().optional(),
    latitude: z.number(),
    longitude: z.number(),
  }),
  sticker: z.object({
    packageId: z.string(),
    stickerId: z.string(),
    stickerResourceType: z.string().optional(),
    keywords: z.array(z.string()).optional(),
    /** Text of "message stickers" (custom text typed by the user). */
    text: z.string().optional(),
  }),
} as const;
export type LineMessageType = keyof typeof lineMessageContentSchemas;

/** What we keep on the conversation; read back by `send()`. */
export const lineConversationMetadataSchema = z.looseObject({
  lineSourceType: z.enum(['user', 'group', 'room']).optional(),
  lineReplyToken: z.string().min(1).nullish(),
  /** Event timestamp (ms) of the event that carried the reply token. */
  lineReplyTokenAt: z.number().nullish(),
  /** The reply token already spent (single use). */
  lineUsedReplyToken: z.string().nullish(),
});

// --- Messaging API responses -------------------------------------------------

/** `GET /v2/bot/info` @see https://developers.line.biz/en/reference/messaging-api/#get-bot-info */
export const lineBotInfoSchema = z.object({
  userId: z.string().min(1),
  basicId: z.string(),
  displayName: z.string(),
  pictureUrl: z.string().optional(),
  chatMode: z.string().optional(),
  markAsReadMode: z.string().optional(),
});

/** Reply/push response, also the body of a 409 for an already accepted retry key. */
export const lineSentMessagesSchema = z.object({
  sentMessages: z.array(z.object({ id: z.string(), quoteToken: z.string().optional() })).optional(),
});

/** @see https://developers.line.biz/en/reference/messaging-api/#error-responses */
export const lineErrorBodySchema = z.object({
  message: z.string(),
  details: z.array(z.object({ message: z.string().optional(), property: z.string().optional() })).optional(),
});
