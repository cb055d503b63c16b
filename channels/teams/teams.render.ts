/**
 * Unified outbound message → one Bot Framework activity. Pure. Teams renders
 * Markdown (`textFormat: markdown`), so the formatted text keeps its bold,
 * italics, links and lists; tables, which Teams' Markdown lacks, become a code
 * block of aligned lines.
 *
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/format-your-bot-messages
 */
import type { Activity, Attachment, CardAction } from 'botbuilder';
import { PermanentSendError } from '../../src/domain/errors.js';
import { toMarkers } from '../markdown.js';
import type { OutboundMessage } from '../types.js';

/** Key of the `value` our hero-card `messageBack` buttons carry (read back by teams.normalize.ts). */
export const BUTTON_PAYLOAD_KEY = 'buttonPayload';
const MAX_BUTTONS = 6;
/** The SDK's `CardFactory.contentTypes.heroCard`. Written out so rendering (and teams.normalize.ts, which reads the key above) loads no SDK. */
const HERO_CARD = 'application/vnd.microsoft.card.hero';

/** What the SDK's `CardFactory.heroCard('', text, undefined, buttons)` builds. */
function heroCard(text: string, buttons: CardAction[]): Attachment {
  return { contentType: HERO_CARD, content: { ...(text ? { text } : {}), buttons } };
}

function imageType(url: string, mimeType?: string): string {
  if (mimeType?.startsWith('image/')) return mimeType;
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : ext === 'gif' ? 'image/gif' : 'image/png';
}

/**
 * Buttons become a hero card with `messageBack` buttons in every scope: the press shows the
 * title in the chat and comes back with the payload in `value` (a `button_reply`). Suggested
 * actions were not used: Teams shows at most 3 and only as `imBack`, which comes back as plain
 * text without the payload.
 */
export function renderTeams(message: OutboundMessage): Partial<Activity> {
  const text = toMarkers(message.text, 'teams');
  const base = { type: 'message', textFormat: 'markdown' };
  switch (message.kind) {
    case 'text':
      return { ...base, text };
    case 'image': {
      const url = message.attachment?.url;
      if (!url) throw new PermanentSendError('Teams image messages need a public URL');
      const name = message.attachment?.name;
      const attachment = { contentType: imageType(url, message.attachment?.mimeType), contentUrl: url, ...(name ? { name } : {}) };
      return { ...base, ...(text ? { text } : {}), attachments: [attachment] };
    }
    case 'file':
      // Bots send files only through the consent-card flow: the capabilities declare none, degrade() sent a link.
      throw new PermanentSendError('Teams bots cannot send files by URL');
    case 'buttons': {
      const buttons: CardAction[] = (message.buttons ?? []).slice(0, MAX_BUTTONS).map((b) => ({
        type: 'messageBack',
        title: b.title,
        text: b.title,
        displayText: b.title,
        value: { [BUTTON_PAYLOAD_KEY]: b.payload },
      }));
      return { type: 'message', attachments: [heroCard(text, buttons)] };
    }
  }
}
