/**
 * Capability-based degradation, done once in the core so adapters never do it:
 * a channel without (enough) buttons gets numbered text; a media type the
 * channel cannot send, or a file larger than it fetches, becomes a link; a
 * caption longer than the platform's follows the media as its own message; and
 * text longer than the platform accepts (with buttons: than a button message
 * holds) is split on paragraph, line or word boundaries.
 */
import { mediaTypeOf, type Button, type ChannelCapabilities, type OutboundMessage } from './types.js';

export type OutboundDraft = Omit<OutboundMessage, 'id'>;

export function splitText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = Math.max(window.lastIndexOf('\n\n'), -1);
    if (cut < max * 0.5) cut = window.lastIndexOf('\n');
    if (cut < max * 0.5) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = max;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

/** "1. Yes\n2. No" appended to the text; the customer answers with the number. */
export function numberedOptions(text: string, titles: string[]): string {
  const lines = titles.map((t, i) => `${i + 1}. ${t}`);
  return `${text}\n\n${lines.join('\n')}\n(Reply with the number of your choice.)`.trim();
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1))}…`;
}

export function degrade(draft: OutboundDraft, caps: ChannelCapabilities): OutboundDraft[] {
  let msg: OutboundDraft = { ...draft };

  if (msg.kind === 'buttons') {
    const buttons = msg.buttons ?? [];
    if (buttons.length === 0) {
      msg = { kind: 'text', text: msg.text, senderType: msg.senderType };
    } else if (caps.maxButtons === 0 || buttons.length > caps.maxButtons) {
      msg = { kind: 'text', text: numberedOptions(msg.text, buttons.map((b) => b.title)), senderType: msg.senderType, numberedOptions: buttons };
    } else {
      msg.buttons = buttons.map((b) => ({ ...b, title: truncate(b.title, caps.maxButtonTitleLength) }));
    }
  }

  if (msg.kind === 'image' || msg.kind === 'file') {
    const limits = caps.media[mediaTypeOf(msg)];
    const att = msg.attachment;
    const sendable = att && (att.url || att.platformFileId) && !(att.size !== undefined && limits && att.size > limits.maxBytes);
    if (!limits || !sendable) {
      const link = att?.url ? `${att.name ? `${att.name}: ` : ''}${att.url}` : (att?.name ?? '');
      msg = { kind: 'text', text: [msg.text, link].filter(Boolean).join('\n'), senderType: msg.senderType };
    } else if (msg.text.length > limits.maxCaptionLength) {
      // Too long for a caption: the media goes bare, the text follows it.
      const text = { kind: 'text' as const, text: msg.text, senderType: msg.senderType };
      return [{ ...msg, text: '' }, ...degrade(text, caps)];
    }
  }

  const max = msg.kind === 'buttons' ? Math.min(caps.maxButtonTextLength ?? caps.maxTextLength, caps.maxTextLength) : caps.maxTextLength;
  if (msg.text.length <= max) return [msg];

  // Long text: the leading parts go as plain text; buttons/media stay on the last part.
  const parts = splitText(msg.text, max);
  return parts.map((text, i) =>
    i === parts.length - 1 ? { ...msg, text } : { kind: 'text' as const, text, senderType: msg.senderType },
  );
}

/**
 * Maps a customer's "2" (or "2.", " 2) ") back to the second of the numbered
 * options the bot last offered. Returns null when the text is not such an answer.
 */
const OPTION_NUMBER = /^\s*#?(\d{1,2})\s*[.)]?\s*$/;

/** A bare option number ("2", "#2", "2."): worth looking up the options the bot last offered. */
export function looksLikeOptionNumber(text: string): boolean {
  return OPTION_NUMBER.test(text);
}

export function matchNumberedOption(text: string, options: Button[] | undefined): Button | null {
  if (!options || options.length === 0) return null;
  const m = OPTION_NUMBER.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= options.length ? (options[n - 1] ?? null) : null;
}
