/**
 * Unified outbound message → the web chat's message JSON (what the SSE stream
 * and the REST API carry). Pure. Next to the formatted `text` it carries
 * `html`: the same text as HTML built by channels/markdown.ts, where only the
 * renderer's own tags exist and every text is escaped, so the page inserts it
 * as it is. The bot's closing citation line ("Source: Title (url)") comes out
 * of the HTML as `sources`, which the page shows as cards.
 */
import type { MessageJson } from '../../src/domain/model.js';
import { toSafeHtml } from '../markdown.js';
import type { OutboundMessage } from '../types.js';

export interface WebchatSource {
  title: string;
  url?: string;
}

/** The stream's live events carry the API's message JSON, without the delivery fields, plus the HTML and the sources. */
export type WebchatMessageJson = Omit<MessageJson, 'deliveryStatus' | 'deliveryError'> & { html?: string; sources?: WebchatSource[]; senderName?: string };

const CITATION_LINE = /\n\n(?:Sources?): ([^\n]+)$/;
const ITEM_WITH_URL = /^(.+?) \((https?:\/\/[^\s()]+)\)$/;

/**
 * Splits the citation line the RAG responder ends an answer with
 * (`\n\nSource: A (https://…)` or `Sources: A; B (https://…)`) from the text.
 * Text without one comes back whole, with no sources.
 */
export function splitSources(text: string): { body: string; sources: WebchatSource[] } {
  const m = CITATION_LINE.exec(text);
  if (!m) return { body: text, sources: [] };
  const sources = m[1]!
    .split('; ')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item): WebchatSource => {
      const u = ITEM_WITH_URL.exec(item);
      return u ? { title: u[1]!, url: u[2]! } : { title: item };
    });
  return { body: text.slice(0, m.index), sources };
}

/** `html` (and `sources` when the text cites any) of an outbound text. */
function htmlParts(text: string): { html: string; sources?: WebchatSource[] } {
  const { body, sources } = splitSources(text);
  return sources.length ? { html: toSafeHtml(body), sources } : { html: toSafeHtml(text) };
}

export function renderWebchat(conversationId: string, m: OutboundMessage, at: Date): WebchatMessageJson {
  const payload: Record<string, unknown> = {};
  if (m.buttons) payload.buttons = m.buttons;
  if (m.attachment) payload.attachments = [m.attachment];
  return {
    id: m.id,
    conversationId,
    direction: 'out',
    senderType: m.senderType,
    kind: m.kind,
    text: m.text,
    ...htmlParts(m.text),
    ...(m.senderName ? { senderName: m.senderName } : {}),
    payload,
    createdAt: at.toISOString(),
  };
}

/** A stored message replayed to the page: outbound ones get their HTML and sources too (inbound text is the visitor's, shown as text). */
export function withWebchatHtml<T extends { direction: string; text: string }>(m: T): T & { html?: string; sources?: WebchatSource[] } {
  return m.direction === 'out' ? { ...m, ...htmlParts(m.text) } : m;
}
