/**
 * LINE webhook body → unified inbound events. Pure: no I/O, no clock. Throws
 * only `PayloadError`, naming the offending field.
 *
 * @see https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects
 */
import type { z } from 'zod';
import { checkPayload, eachEvent, parseJsonBody, type Path } from '../validate.js';
import type { Attachment, InboundEvent, InboundMessage, Location, MessageKind, MessagePayload } from '../types.js';
import {
  LINE_SOURCE_TYPES,
  lineFollowEventSchema,
  lineMessageContentSchemas,
  lineMessageEventSchema,
  linePostbackEventSchema,
  lineSourceTypeSchema,
  lineUnfollowEventSchema,
  lineWebhookBodySchema,
  type LineEventBase,
  type LineMessageType,
  type LineSource,
} from './line.schema.js';

function check<T>(schema: z.ZodType<T>, value: unknown, at: Path): T {
  return checkPayload(schema, value, 'LINE webhook body', at);
}

/** Each event on its own: an unknown or malformed one never costs the valid events beside it. */
export function parseLineWebhookBody(rawBody: Buffer | string): InboundEvent[] {
  const body = check(lineWebhookBodySchema, parseJsonBody(rawBody), []);
  return eachEvent(body.events, (event, i) => normalizeLineEvent(event, ['events', i]));
}

export function normalizeLineEvent(event: LineEventBase, at: Path): InboundEvent {
  const sourceType = lineSourceTypeSchema.safeParse(event);
  if (sourceType.success && !(LINE_SOURCE_TYPES as readonly string[]).includes(sourceType.data.source.type)) {
    return { type: 'ignored', reason: `${event.type} event from unsupported source type: ${sourceType.data.source.type}` };
  }
  switch (event.type) {
    case 'message':
    case 'messageEdited': {
      const { source, message } = check(lineMessageEventSchema, event, at);
      const content = messageContent(message, [...at, 'message']);
      if ('ignored' in content) return { type: 'ignored', reason: content.ignored };
      if (event.type === 'messageEdited') content.payload.editedPlatformMessageId = message.id;
      return { type: 'message', message: inbound(event, source, content, message.id) };
    }
    case 'postback': {
      const { source, postback } = check(linePostbackEventSchema, event, at);
      const params = postback.params ?? {};
      const paramText = Object.entries(params)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
      const payload: MessagePayload = { buttonPayload: postback.data };
      if (postback.params) payload.platform = { postbackParams: postback.params };
      const text = postback.data !== '' ? postback.data : paramText;
      return { type: 'message', message: inbound(event, source, { kind: 'button_reply', text, payload }, postback.data) };
    }
    case 'follow':
    case 'unfollow': {
      const schema = event.type === 'follow' ? lineFollowEventSchema : lineUnfollowEventSchema;
      const { source } = check(schema, event, at);
      if (!source.userId) return { type: 'ignored', reason: `${event.type} event without source.userId` };
      const status = event.type === 'follow' ? 'active' : 'blocked';
      return { type: 'identity', identity: { externalUserId: source.userId, status } };
    }
    default:
      return { type: 'ignored', reason: `unsupported event type: ${event.type}` };
  }
}

interface Content {
  kind: MessageKind;
  text: string;
  payload: MessagePayload;
}

/**
 * The dedup key: `webhookEventId`, the same on a redelivery. Events from before
 * it existed carry none; then the message id (or the postback's timestamp and data) stands in.
 */
function eventId(event: LineEventBase, source: LineSource, fallback: string): string {
  if (event.webhookEventId) return event.webhookEventId;
  const who = source.type === 'group' ? source.groupId : source.type === 'room' ? source.roomId : source.userId;
  return `${event.type}:${who}:${event.timestamp}:${fallback}`;
}

function inbound(event: LineEventBase, source: LineSource, content: Content, fallbackId: string): InboundMessage {
  const externalThreadId = source.type === 'group' ? source.groupId : source.type === 'room' ? source.roomId : source.userId;
  // A 1:1 chat always names the user; in groups/rooms a user who has not
  // consented to share it may be anonymous, and then the group is the "customer".
  const externalUserId = source.userId ?? externalThreadId;

  const threadMetadata: Record<string, unknown> = { lineSourceType: source.type };
  if (source.type === 'group') threadMetadata.lineGroupId = source.groupId;
  if (source.type === 'room') threadMetadata.lineRoomId = source.roomId;
  if (event.replyToken) {
    threadMetadata.lineReplyToken = event.replyToken;
    // The token's age is measured from the event, so a late redelivery is
    // recognised as stale by send() and answered with a push.
    threadMetadata.lineReplyTokenAt = event.timestamp;
  }

  const platform: Record<string, unknown> = { ...content.payload.platform };
  if (event.deliveryContext?.isRedelivery) platform.isRedelivery = true;
  // `standby`: another module channel holds chat control; the core may choose not to answer.
  if (event.mode !== undefined && event.mode !== 'active') platform.mode = event.mode;
  const payload: MessagePayload = { ...content.payload };
  if (Object.keys(platform).length > 0) payload.platform = platform;

  return {
    platformMessageId: eventId(event, source, fallbackId),
    externalUserId,
    externalThreadId,
    kind: content.kind,
    text: content.text,
    payload,
    sentAt: new Date(event.timestamp),
    threadMetadata,
  };
}

const MEDIA_MIME: Record<'image' | 'video' | 'audio', string> = {
  image: 'image/jpeg',
  video: 'video/mp4',
  audio: 'audio/mp4',
};

function isKnownType(type: string): type is LineMessageType {
  return Object.hasOwn(lineMessageContentSchemas, type);
}

function messageContent(message: { id: string; type: string }, at: Path): Content | { ignored: string } {
  const { id, type } = message;
  if (!isKnownType(type)) return { ignored: `unsupported message type: ${type}` };
  const lineMessageId = { lineMessageId: id };

  switch (type) {
    case 'text': {
      const m = check(lineMessageContentSchemas.text, message, at);
      const platform = m.quoteToken ? { ...lineMessageId, quoteToken: m.quoteToken } : lineMessageId;
      return { kind: 'text', text: m.text, payload: { platform } };
    }
    case 'image':
    case 'video':
    case 'audio': {
      const m = check(lineMessageContentSchemas[type], message, at);
      // `line` content is fetched by id from the data API; `external` content lives at the sender's URL.
      const url = m.contentProvider?.type === 'external' ? m.contentProvider.originalContentUrl : undefined;
      const attachment: Attachment = { platformFileId: id, ...(url ? { url } : { mimeType: MEDIA_MIME[type] }) };
      // LINE media carry no caption: `text` stays empty rather than a "[image]" stand-in, which the
      // responder would try to answer and the media escalation rule would take for the customer's words.
      return {
        kind: type === 'image' ? 'image' : 'file',
        text: '',
        payload: { attachments: [attachment], platform: lineMessageId },
      };
    }
    case 'file': {
      const m = check(lineMessageContentSchemas.file, message, at);
      return {
        kind: 'file',
        text: '',
        payload: { attachments: [{ platformFileId: id, name: m.fileName, ...(m.fileSize !== undefined ? { size: m.fileSize } : {}) }], platform: lineMessageId },
      };
    }
    case 'location': {
      const m = check(lineMessageContentSchemas.location, message, at);
      const label = [m.title, m.address].filter((s): s is string => Boolean(s)).join(', ');
      const coords = `${m.latitude}, ${m.longitude}`;
      const location: Location = { latitude: m.latitude, longitude: m.longitude };
      if (m.title) location.name = m.title;
      if (m.address) location.address = m.address;
      return {
        kind: 'location',
        text: label ? `[location] ${label} (${coords})` : `[location] ${coords}`,
        payload: { location, platform: lineMessageId },
      };
    }
    case 'sticker': {
      const m = check(lineMessageContentSchemas.sticker, message, at);
      const words = [m.text, m.keywords?.length ? m.keywords.join(', ') : undefined].filter(Boolean).join(' — ');
      const platform = {
        ...lineMessageId,
        packageId: m.packageId,
        stickerId: m.stickerId,
        ...(m.stickerResourceType ? { stickerResourceType: m.stickerResourceType } : {}),
        ...(m.keywords ? { keywords: m.keywords } : {}),
      };
      return { kind: 'text', text: words ? `[sticker] ${words}` : '[sticker]', payload: { platform } };
    }
  }
}
