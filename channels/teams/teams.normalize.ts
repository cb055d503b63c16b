/**
 * Bot Framework activity (from Teams) → unified inbound events. Pure: no I/O,
 * no clock. Throws only `PayloadError`, naming the offending field.
 *
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/conversation-messages
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/channel-and-group-conversations
 */
import { createHash } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import type { z } from 'zod';
import { checkPayload, parseJsonBody } from '../validate.js';
import type { Attachment, InboundEvent, InboundMessage, MessageKind, MessagePayload } from '../types.js';
import { BUTTON_PAYLOAD_KEY } from './teams.render.js';
import {
  teamsActivityBaseSchema,
  teamsConversationUpdateSchema,
  teamsFileDownloadInfoSchema,
  teamsMentionSchema,
  teamsMessageActivitySchema,
  type TeamsActivityBase,
} from './teams.schema.js';

/** A file a user sent in a personal or group chat (uploaded to their OneDrive). */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function check<T>(schema: z.ZodType<T>, value: unknown): T {
  return checkPayload(schema, value, 'Bot Framework activity', [], 3);
}

export function parseTeamsActivity(rawBody: Buffer | string): InboundEvent[] {
  const json = parseJsonBody(rawBody);
  const activity = check(teamsActivityBaseSchema, json);
  switch (activity.type) {
    case 'message': {
      // `id` is optional in the Bot Framework schema; without one, the activity's own bytes identify a redelivery.
      const fields = check(teamsMessageActivitySchema, json);
      const id = fields.id ?? `h:${createHash('sha256').update(rawBody).digest('hex').slice(0, 32)}`;
      return [normalizeMessage(activity, fields, id)];
    }
    case 'conversationUpdate': {
      // Not an identity event: IdentityEvent keys a conversation on the user id and cannot carry
      // the conversation reference, so it would create a conversation nobody can reply to.
      // The customer's first message carries everything a reply needs.
      const update = check(teamsConversationUpdateSchema, json);
      const added = update.membersAdded?.length ?? 0;
      const removed = update.membersRemoved?.length ?? 0;
      return [{ type: 'ignored', reason: `conversationUpdate (membersAdded: ${added}, membersRemoved: ${removed}) is not stored` }];
    }
    default:
      return [{ type: 'ignored', reason: `unsupported activity type: ${activity.type}` }];
  }
}

type MessageFields = z.infer<typeof teamsMessageActivitySchema>;

interface Content {
  kind: MessageKind;
  text: string;
  payload: MessagePayload;
}

/** Removes the bot's own @mention (`<at>Bot</at>`), which Teams includes in channel and group chat text. */
export function stripBotMention(text: string, entities: MessageFields['entities'], botId: string): string {
  let out = text;
  for (const entity of entities ?? []) {
    const mention = teamsMentionSchema.safeParse(entity);
    if (!mention.success || mention.data.mentioned.id !== botId) continue;
    const markup = mention.data.text ?? (mention.data.mentioned.name ? `<at>${mention.data.mentioned.name}</at>` : undefined);
    if (markup) out = out.split(markup).join(' ');
  }
  return out === text ? text.trim() : out.replace(/[ \t\u00a0]{2,}/g, ' ').trim();
}

function media(attachments: MessageFields['attachments']): Array<{ kind: 'image' | 'file'; attachment: Attachment }> {
  const out: Array<{ kind: 'image' | 'file'; attachment: Attachment }> = [];
  for (const att of attachments ?? []) {
    const type = att.contentType;
    // Teams repeats formatted text as a text/html attachment; cards (a quoted bot card...) are not the customer's content.
    if (type === 'text/html' || type.startsWith('application/vnd.microsoft.card.') || type.startsWith('application/vnd.microsoft.teams.card.')) continue;
    const name = att.name ? { name: att.name } : {};
    if (type === FILE_DOWNLOAD_INFO) {
      // `contentUrl` is the SharePoint/OneDrive item (needs the user's auth); `downloadUrl` is pre-authenticated: not kept.
      const info = teamsFileDownloadInfoSchema.safeParse(att.content);
      const uniqueId = info.success ? info.data.uniqueId : undefined;
      out.push({ kind: 'file', attachment: { ...(att.contentUrl ? { url: att.contentUrl } : {}), ...name, ...(uniqueId ? { platformFileId: uniqueId } : {}) } });
    } else if (type.startsWith('image/') && att.contentUrl) {
      // Inline images live on the Bot Connector (`.../v3/attachments/...`) and need the bot's token to fetch.
      out.push({ kind: 'image', attachment: { url: att.contentUrl, ...(type === 'image/*' ? {} : { mimeType: type }), ...name } });
    } else if (att.contentUrl) {
      out.push({ kind: 'file', attachment: { url: att.contentUrl, mimeType: type, ...name } });
    }
  }
  return out;
}

/** A card submission's value as lines an agent can read: `field: answer`. */
function readable(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return JSON.stringify(value);
  return Object.entries(value)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('\n');
}

function content(m: MessageFields, text: string): Content | undefined {
  const value = m.value;
  const ours = isRecord(value) ? value[BUTTON_PAYLOAD_KEY] : undefined;
  if (typeof ours === 'string') {
    // A `messageBack` button of ours: `text` is the button title, `value` its payload.
    return { kind: 'button_reply', text: text || ours, payload: { buttonPayload: ours } };
  }
  if (value !== undefined && value !== null) {
    // Adaptive Card `Action.Submit` or another card's `messageBack`: `value` is the action's `data`
    // merged with the card's inputs, `text` (when any) what the user saw. Both are kept.
    const buttonPayload = typeof value === 'string' ? value : JSON.stringify(value);
    const shown = [text, readable(value)].filter((s) => s !== '').join('\n');
    return { kind: 'button_reply', text: shown || buttonPayload, payload: { buttonPayload, platform: { teamsSubmitValue: value } } };
  }
  const files = media(m.attachments);
  const first = files[0];
  if (first) {
    // Only the customer's own words are text: a file without any stays media without text (the app acknowledges or escalates it).
    return { kind: first.kind, text, payload: { attachments: files.map((f) => f.attachment) } };
  }
  if (text !== '') return { kind: 'text', text, payload: {} };
  return undefined;
}

/**
 * What the SDK's `TurnContext.getConversationReference(activity)` returns, without loading the SDK
 * on the webhook path: where a proactive reply goes (the worker's `continueConversationAsync`).
 * The SDK leaves `activityId` out only for conversation updates of Direct Line and Web Chat, never Teams'.
 */
function conversationReference(activity: TeamsActivityBase): Partial<ConversationReference> {
  const copy = <T>(v: T): T => (typeof v === 'object' && v !== null ? { ...v } : v);
  const skipsId = activity.type === 'conversationUpdate' && (activity.channelId === 'directline' || activity.channelId === 'webchat');
  return {
    activityId: skipsId ? undefined : activity.id,
    user: copy(activity.from) as ConversationReference['user'] | undefined,
    bot: copy(activity.recipient) as ConversationReference['bot'],
    conversation: copy(activity.conversation) as ConversationReference['conversation'],
    channelId: activity.channelId,
    locale: activity.locale,
    serviceUrl: activity.serviceUrl,
  };
}

function normalizeMessage(activity: TeamsActivityBase, m: MessageFields, id: string): InboundEvent {
  const text = stripBotMention(m.text ?? '', m.entities, activity.recipient.id);
  const c = content(m, text);
  if (!c) return { type: 'ignored', reason: `message ${id} has no text, attachment or card value` };
  const conversation = activity.conversation;
  const tenantId = conversation.tenantId ?? activity.channelData?.tenant?.id;
  const reference = conversationReference(activity);
  const message: InboundMessage = {
    // Teams message ids are per-conversation timestamps (e.g. "1712345678901"): two chats can share
    // one, so the dedup key is scoped to the conversation.
    platformMessageId: `${conversation.id}|${id}`,
    externalUserId: m.from.aadObjectId ?? m.from.id,
    externalThreadId: conversation.id,
    ...(m.from.name ? { userDisplayName: m.from.name } : {}),
    ...(activity.locale ? { language: activity.locale } : {}),
    kind: c.kind,
    text: c.text,
    payload: {
      ...c.payload,
      platform: {
        ...c.payload.platform,
        ...(m.id ? { teamsActivityId: m.id } : {}),
        ...(m.replyToId ? { teamsReplyToId: m.replyToId } : {}),
        // Where the attachments' Bot Connector lives: the bot's token may go there (teams.media.ts).
        ...(c.payload.attachments?.length ? { teamsServiceUrl: activity.serviceUrl } : {}),
      },
    },
    sentAt: new Date(m.timestamp),
    threadMetadata: {
      teamsConversationReference: reference,
      ...(conversation.conversationType ? { teamsConversationType: conversation.conversationType } : {}),
      ...(tenantId ? { teamsTenantId: tenantId } : {}),
    },
  };
  return { type: 'message', message };
}
