/** The web chat wire format shared by the SSE stream and the REST API. */
import type { OutboundMessage } from '../types.js';

export interface WebchatMessageJson {
  id: string;
  conversationId: string;
  direction: 'in' | 'out';
  senderType: string;
  kind: string;
  text: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

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
