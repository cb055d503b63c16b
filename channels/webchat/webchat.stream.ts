/** The web chat wire format shared by the SSE stream and the REST API. */
import type { MessageJson } from '../../src/domain/model.js';
import type { OutboundMessage } from '../types.js';

/** The stream's live events carry the API's message JSON, without the delivery fields. */
export type WebchatMessageJson = Omit<MessageJson, 'deliveryStatus' | 'deliveryError'>;

/** Redis pub/sub channel of one visitor; the key prefix keeps gateways sharing a Redis apart. */
export function webchatChannelName(prefix: string, connectionId: string, visitorId: string): string {
  return `${prefix}:webchat:${connectionId}:${visitorId}`;
}

export function webchatMessageToJson(conversationId: string, m: OutboundMessage, at: Date): WebchatMessageJson {
  const payload: Record<string, unknown> = {};
  if (m.buttons) payload.buttons = m.buttons;
  if (m.attachment) payload.attachments = [m.attachment];
  return { id: m.id, conversationId, direction: 'out', senderType: m.senderType, kind: m.kind, text: m.text, payload, createdAt: at.toISOString() };
}
