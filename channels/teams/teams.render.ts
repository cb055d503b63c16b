/**
 * Unified outbound message → one Bot Framework activity. Pure. Teams renders
 * Markdown (`textFormat: markdown`), so the formatted text keeps its bold,
 * italics, links and lists; tables, which Teams' Markdown lacks, become a code
 * block of aligned lines.
 *
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/format-your-bot-messages
 */
import { ActionTypes, ActivityTypes, CardFactory, TextFormatTypes, type Activity, type CardAction } from 'botbuilder';
import { PermanentSendError } from '../../src/domain/errors.js';
import { toMarkers } from '../markdown.js';
import type { OutboundMessage } from '../types.js';

/** Key of the `value` our hero-card `messageBack` buttons carry (read back by teams.normalize.ts). */
export const BUTTON_PAYLOAD_KEY = 'buttonPayload';
const MAX_BUTTONS = 6;

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
  const base = { type: ActivityTypes.Message, textFormat: TextFormatTypes.Markdown };
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
        type: ActionTypes.MessageBack,
        title: b.title,
        text: b.title,
        displayText: b.title,
        value: { [BUTTON_PAYLOAD_KEY]: b.payload },
      }));
      return { type: ActivityTypes.Message, attachments: [CardFactory.heroCard('', text, undefined, buttons)] };
    }
  }
}
