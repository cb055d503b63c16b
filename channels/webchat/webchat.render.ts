/**
 * Unified outbound message → the web chat's message JSON (what the SSE stream
 * and the REST API carry). Pure. Next to the formatted `text` it carries
 * `html`: the same text as HTML built by channels/markdown.ts, where only the
 * renderer's own tags exist and every text is escaped, so the page inserts it
 * as it is.
 */
import type { MessageJson } from '../../src/domain/model.js';
import { toSafeHtml } from '../markdown.js';
import type { OutboundMessage } from '../types.js';

/** The stream's live events carry the API's message JSON, without the delivery fields, plus the HTML. */
export type WebchatMessageJson = Omit<MessageJson, 'deliveryStatus' | 'deliveryError'> & { html?: string };

export function renderWebchat(conversationId: string, m: OutboundMessage, at: Date): WebchatMessageJson {
  const payload: Record<string, unknown> = {};
  if (m.buttons) payload.buttons = m.buttons;
  if (m.attachment) payload.attachments = [m.attachment];
  return { id: m.id, conversationId, direction: 'out', senderType: m.senderType, kind: m.kind, text: m.text, html: toSafeHtml(m.text), payload, createdAt: at.toISOString() };
}

/** A stored message replayed to the page: outbound ones get their HTML too (inbound text is the visitor's, shown as text). */
export function withWebchatHtml<T extends { direction: string; text: string }>(m: T): T & { html?: string } {
  return m.direction === 'out' ? { ...m, html: toSafeHtml(m.text) } : m;
}
