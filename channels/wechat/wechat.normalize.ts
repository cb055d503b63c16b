/**
 * WeChat XML → unified inbound events. Pure: no I/O, no clock. Throws only
 * `PayloadError`, naming the offending element. WeChat posts one message or
 * event per request; the safe-mode envelope is opened by the adapter before
 * the message XML gets here.
 *
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_event_pushes.html
 * @see https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Custom_Menu_Push_Events.html
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { z } from 'zod';
import { PayloadError } from '../../src/domain/errors.js';
import type { Attachment, InboundEvent, InboundMessage, MessageKind, MessagePayload } from '../types.js';
import { checkPayload, type Path } from '../validate.js';
import { wechatBaseSchema, wechatEventSchema, wechatMessageSchemas, wechatScanCodeEventSchema, type WeChatBase, type WeChatMessageType } from './wechat.schema.js';

const WHAT = 'WeChat message';

/**
 * Every value stays a string (`MsgId` is a 64-bit integer, beyond a JS number);
 * attributes, declarations and processing instructions are dropped. A DOCTYPE is
 * refused before parsing: WeChat never sends one, and entity definitions are
 * the classic XML expansion attack.
 */
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, processEntities: true, htmlEntities: true, ignoreDeclaration: true, ignorePiTags: true });

/** The children of the `<xml>` root as an object; anything else is a PayloadError with the reason. */
export function readWeChatXml(xml: string): Record<string, unknown> {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new PayloadError(`invalid ${WHAT}: a DOCTYPE is not accepted`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new PayloadError(`invalid ${WHAT}: not well-formed XML (${valid.err.msg}, line ${valid.err.line})`);
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (err) {
    throw new PayloadError(`invalid ${WHAT}: ${err instanceof Error ? err.message : 'unreadable XML'}`);
  }
  const root = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>).xml : undefined;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) throw new PayloadError(`invalid ${WHAT}: expected an <xml> element with child elements`);
  return root as Record<string, unknown>;
}

/** A message XML (plain mode, or what a safe-mode envelope held) → its one event. */
export function parseWeChatXml(xml: string): InboundEvent[] {
  return [normalizeWeChatMessage(readWeChatXml(xml))];
}

function check<T>(schema: z.ZodType<T>, value: unknown, at: Path = []): T {
  return checkPayload(schema, value, WHAT, at);
}

interface Content {
  kind: MessageKind;
  text: string;
  payload: MessagePayload;
}

export function normalizeWeChatMessage(xml: Record<string, unknown>): InboundEvent {
  const base = check(wechatBaseSchema, xml);
  if (base.MsgType === 'event') return normalizeEvent(base, xml);
  const content = messageContent(base.MsgType, xml);
  if ('ignored' in content) return { type: 'ignored', reason: content.ignored };
  return { type: 'message', message: inbound(base, content.msgId, content) };
}

function inbound(base: WeChatBase, platformMessageId: string, content: Content): InboundMessage {
  return {
    platformMessageId,
    externalUserId: base.FromUserName,
    externalThreadId: base.FromUserName,
    kind: content.kind,
    text: content.text,
    payload: content.payload,
    sentAt: new Date(Number(base.CreateTime) * 1000),
    threadMetadata: { wechatAccountId: base.ToUserName },
  };
}

function isHttpUrl(s: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}

const isKnownType = (type: string): type is WeChatMessageType => Object.hasOwn(wechatMessageSchemas, type);
const MEDIA_MIME: Readonly<Record<string, string>> = { amr: 'audio/amr', speex: 'audio/speex', mp3: 'audio/mpeg' };

function messageContent(type: string, xml: Record<string, unknown>): (Content & { msgId: string }) | { ignored: string } {
  if (!isKnownType(type)) {
    // A standard message of a type we do not know (a mini program card...): the agent still sees it.
    const id = typeof xml.MsgId === 'string' && /^\d+$/.test(xml.MsgId) ? xml.MsgId : undefined;
    if (!id) return { ignored: `unsupported message type: ${type}` };
    const words = ['Title', 'Description', 'Content'].map((k) => xml[k]).filter((v): v is string => typeof v === 'string' && v !== '');
    return { msgId: id, kind: 'text', text: [`[${type}]`, ...words].join(' '), payload: { platform: { wechatMsgType: type } } };
  }
  switch (type) {
    case 'text': {
      const m = check(wechatMessageSchemas.text, xml);
      return { msgId: m.MsgId, kind: 'text', text: m.Content, payload: {} };
    }
    case 'image': {
      const m = check(wechatMessageSchemas.image, xml);
      // PicUrl is WeChat's CDN copy, public and without credentials; MediaId fetches the original for 3 days.
      const attachment: Attachment = { platformFileId: m.MediaId, mimeType: 'image/jpeg', ...(m.PicUrl && isHttpUrl(m.PicUrl) ? { url: m.PicUrl } : {}) };
      // No caption on WeChat: the text stays empty (media without words, which the app acknowledges or escalates).
      return { msgId: m.MsgId, kind: 'image', text: '', payload: { attachments: [attachment] } };
    }
    case 'voice': {
      const m = check(wechatMessageSchemas.voice, xml);
      const format = m.Format?.toLowerCase();
      const attachment: Attachment = { platformFileId: m.MediaId, ...(format && MEDIA_MIME[format] ? { mimeType: MEDIA_MIME[format] } : {}) };
      const payload: MessagePayload = { attachments: [attachment], platform: { wechatMsgType: 'voice', ...(format ? { format } : {}) } };
      // With speech recognition on, WeChat's transcript is what the customer said: answerable text.
      const transcript = m.Recognition?.trim();
      return transcript ? { msgId: m.MsgId, kind: 'text', text: transcript, payload } : { msgId: m.MsgId, kind: 'file', text: '', payload };
    }
    case 'video':
    case 'shortvideo': {
      const m = check(wechatMessageSchemas[type], xml);
      const platform = { wechatMsgType: type, ...(m.ThumbMediaId ? { thumbMediaId: m.ThumbMediaId } : {}) };
      return { msgId: m.MsgId, kind: 'file', text: '', payload: { attachments: [{ platformFileId: m.MediaId, mimeType: 'video/mp4' }], platform } };
    }
    case 'location': {
      // Location_X is the latitude, Location_Y the longitude.
      const m = check(wechatMessageSchemas.location, xml);
      const coords = `${m.Location_X}, ${m.Location_Y}`;
      const label = m.Label?.trim();
      return {
        msgId: m.MsgId,
        kind: 'location',
        text: label ? `[location] ${label} (${coords})` : `[location] ${coords}`,
        payload: { location: { latitude: m.Location_X, longitude: m.Location_Y, ...(label ? { address: label } : {}) }, ...(m.Scale !== undefined ? { platform: { scale: m.Scale } } : {}) },
      };
    }
    case 'link': {
      const m = check(wechatMessageSchemas.link, xml);
      const title = [m.Title, m.Description].filter((s): s is string => Boolean(s?.trim())).join(' — ');
      return { msgId: m.MsgId, kind: 'text', text: title ? `[link] ${title} (${m.Url})` : `[link] ${m.Url}`, payload: { platform: { wechatMsgType: 'link', url: m.Url } } };
    }
  }
}

/**
 * Events carry no MsgId; WeChat's advice is to dedupe them by sender and
 * CreateTime (the event name is added so two different events of one second stay apart).
 */
function normalizeEvent(base: WeChatBase, xml: Record<string, unknown>): InboundEvent {
  const { Event: name, EventKey: key } = check(wechatEventSchema, xml);
  const id = `event:${base.FromUserName}:${base.CreateTime}:${name}`;
  switch (name.toLowerCase()) {
    case 'subscribe': {
      // Following the account opens the conversation: the bot greets. A QR code with a scene says where from.
      const scene = key?.startsWith('qrscene_') ? key.slice('qrscene_'.length) : undefined;
      const payload: MessagePayload = { conversationStart: true, platform: { wechatEvent: 'subscribe', ...(scene ? { qrScene: scene } : {}) } };
      return { type: 'message', message: inbound(base, id, { kind: 'text', text: '[subscribe]', payload }) };
    }
    case 'click': {
      // A menu button: its key is what the customer asked for.
      if (!key) return { type: 'ignored', reason: 'CLICK event without EventKey' };
      return { type: 'message', message: inbound(base, id, { kind: 'button_reply', text: key, payload: { buttonPayload: key, platform: { wechatEvent: 'CLICK' } } }) };
    }
    case 'scancode_push':
    case 'scancode_waitmsg': {
      const e = check(wechatScanCodeEventSchema, xml);
      const payload: MessagePayload = { platform: { wechatEvent: name, ...(e.EventKey ? { eventKey: e.EventKey } : {}), ...(e.ScanCodeInfo.ScanType ? { scanType: e.ScanCodeInfo.ScanType } : {}) } };
      return { type: 'message', message: inbound(base, id, { kind: 'text', text: `[scan] ${e.ScanCodeInfo.ScanResult}`, payload }) };
    }
    case 'unsubscribe':
      return { type: 'ignored', reason: 'unsubscribe event (WeChat refuses messages to a customer who unfollowed)' };
    default:
      // SCAN, LOCATION reports, VIEW (a menu link), pic_* and location_select (the media follows as its own message), job reports...
      return { type: 'ignored', reason: `unsupported event: ${name}` };
  }
}
