/**
 * Microsoft Teams through the Bot Framework, with `botbuilder`'s CloudAdapter.
 * Inbound: the SDK validates the channel's JWT (issuer, audience = app id,
 * signing keys and endorsements from the OpenID metadata, expiry, `serviceurl`
 * claim). Outbound: replies go out proactively from the worker with
 * `continueConversationAsync` and the conversation reference stored at ingest.
 *
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages
 * @see ./README.md
 */
import { ActionTypes, ActivityTypes, CardFactory, TextFormatTypes } from 'botbuilder';
import type { Activity, CardAction, ConversationReference } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { z } from 'zod';
import { ChannelConnectError, PermanentSendError, RateLimitedError, WebhookAuthError } from '../../src/domain/errors.js';
import { RedisRateLimiter, type RateLimitRule } from '../../src/outbound/rate-limiter.js';
import type { ChannelAdapter, ChannelContext, OutboundMessage, OutboundTarget } from '../types.js';
import { botFramework, isRecord, loginUrl, requestToken, TokenRequestError, withoutHiddenRetries } from './teams.botframework.js';
import { BUTTON_PAYLOAD_KEY, parseTeamsActivity } from './teams.normalize.js';
import {
  connectorErrorResponseSchema,
  teamsConversationMetadataSchema,
  teamsCredentialsSchema,
  type TeamsCredentials,
} from './teams.schema.js';

export type { TeamsCredentials };
type Ctx = ChannelContext<TeamsCredentials>;

const MAX_BUTTONS = 6;
/** App Service Extension tokens are checked against process-global SDK state: not for a multi-tenant gateway. */
const ASE_CHANNEL_ID = 'AseChannel';

/** The only activity fields token validation reads, read leniently: a malformed body is parseWebhook's 400, not a 401. */
const claimedOriginSchema = z.object({ channelId: z.string().catch(''), serviceUrl: z.string().catch('') }).catch({ channelId: '', serviceUrl: '' });

function claimedOrigin(rawBody: Buffer): { channelId: string; serviceUrl: string } {
  try {
    return claimedOriginSchema.parse(JSON.parse(rawBody.toString('utf8')));
  } catch {
    return { channelId: '', serviceUrl: '' };
  }
}

function parseJson(text: unknown): unknown {
  try {
    return typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    return undefined; // a proxy's HTML error page, say
  }
}

const hasGet = (v: unknown): v is { get(name: string): unknown } => isRecord(v) && typeof v.get === 'function';

function retryAfterMs(value: unknown): number {
  const jitter = Math.floor(Math.random() * 250);
  if (typeof value !== 'string') return 1000 + jitter;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? 1000 + jitter : Math.max(0, date - Date.now());
}

/**
 * Failures → the job's fate. 429 waits for Retry-After. 412/502/504 (and other 5xx) are
 * plain errors: the job retries with exponential backoff and gives up after its attempt
 * cap. Jitter via RateLimitedError was considered and rejected: the worker never counts
 * a rate limit as a failed attempt, so a conversation stuck on 502 would retry forever.
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit
 */
function toSendError(err: unknown): Error {
  if (err instanceof TokenRequestError) {
    const reason = `Azure AD token request failed (${err.status}): ${err.message}`;
    return err.status >= 400 && err.status < 500 && err.status !== 429 ? new PermanentSendError(reason, { cause: err }) : new Error(reason, { cause: err });
  }
  const status = isRecord(err) && typeof err.statusCode === 'number' ? err.statusCode : undefined;
  const message = err instanceof Error ? err.message : String(err);
  if (status === undefined) return new Error(`Bot Connector request failed: ${message}`, { cause: err });
  const response = isRecord(err) && isRecord(err.response) ? err.response : {};
  const body = connectorErrorResponseSchema.safeParse(parseJson(response.bodyAsText));
  const reason = `Bot Connector ${status}: ${body.success ? [body.data.error.code, body.data.error.message].filter(Boolean).join(': ') : message}`;
  if (status === 429) return new RateLimitedError(retryAfterMs(hasGet(response.headers) ? response.headers.get('retry-after') : undefined), reason);
  if (status === 412 || status >= 500 || status < 400) return new Error(reason, { cause: err });
  return new PermanentSendError(reason, { cause: err });
}

/**
 * Teams' documented limits per bot per conversation (7/1 s, 8/2 s, 60/30 s, 1800/h) and per app (50/s),
 * shared by every worker process through Redis.
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit#per-bot-per-thread-limit
 */
function rateLimits(ctx: Ctx, conversationId: string): RateLimitRule[] {
  const conv = `teams:${ctx.connection.id}:conv:${conversationId}`;
  return [
    { key: conv, max: 7, perMs: 1000 },
    { key: conv, max: 8, perMs: 2000 },
    { key: conv, max: 60, perMs: 30_000 },
    { key: conv, max: 1800, perMs: 3_600_000 },
    { key: `teams:${ctx.connection.id}:app`, max: 50, perMs: 1000 },
  ];
}

const limiter = (ctx: Ctx) => new RedisRateLimiter(ctx.redis, `${ctx.keyPrefix ?? 'gw'}:rl:`);

function imageType(url: string, mimeType?: string): string {
  if (mimeType?.startsWith('image/')) return mimeType;
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : ext === 'gif' ? 'image/gif' : 'image/png';
}

/**
 * One outbound message → one activity. Buttons become a hero card with `messageBack`
 * buttons in every scope: the press shows the title in the chat and comes back with the
 * payload in `value` (a `button_reply`). Suggested actions were not used: Teams shows
 * at most 3 and only as `imBack`, which comes back as plain text without the payload.
 */
export function toTeamsActivity(message: OutboundMessage): Partial<Activity> {
  const text = { type: ActivityTypes.Message, textFormat: TextFormatTypes.Plain };
  switch (message.kind) {
    case 'text':
      return { ...text, text: message.text };
    case 'image': {
      const url = message.attachment?.url;
      if (!url) throw new PermanentSendError('Teams image messages need a public URL');
      const name = message.attachment?.name;
      const attachment = { contentType: imageType(url, message.attachment?.mimeType), contentUrl: url, ...(name ? { name } : {}) };
      return { ...text, ...(message.text ? { text: message.text } : {}), attachments: [attachment] };
    }
    case 'file': {
      // Bots can only send files through the consent-card flow; a link works everywhere.
      const att = message.attachment;
      const link = att?.url ? `${att.name ? `${att.name}: ` : ''}${att.url}` : (att?.name ?? '');
      return { ...text, text: [message.text, link].filter(Boolean).join('\n') };
    }
    case 'buttons': {
      const buttons: CardAction[] = (message.buttons ?? []).slice(0, MAX_BUTTONS).map((b) => ({
        type: ActionTypes.MessageBack,
        title: b.title,
        text: b.title,
        displayText: b.title,
        value: { [BUTTON_PAYLOAD_KEY]: b.payload },
      }));
      return { type: ActivityTypes.Message, attachments: [CardFactory.heroCard('', message.text, undefined, buttons)] };
    }
  }
}

function conversationReference(target: OutboundTarget): Partial<ConversationReference> | undefined {
  const meta = teamsConversationMetadataSchema.safeParse(target.conversationMetadata);
  return meta.success ? (meta.data.teamsConversationReference as Partial<ConversationReference>) : undefined;
}

/** Proactive send: the SDK's connector client posts to the reference's serviceUrl with a token from the login URL. */
async function deliver(ctx: Ctx, reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<string | undefined> {
  let id: string | undefined;
  try {
    await botFramework(ctx).adapter.continueConversationAsync(ctx.credentials.appId, reference, async (turn) => {
      withoutHiddenRetries(turn, ctx);
      id = (await turn.sendActivity(activity))?.id || undefined;
    });
  } catch (err) {
    throw toSendError(err);
  }
  return id;
}

export const teamsAdapter: ChannelAdapter<TeamsCredentials> = {
  type: 'teams',
  // 8000 characters stays under Teams' ~28 KB message limit even for 3-byte UTF-8 text.
  capabilities: { maxButtons: MAX_BUTTONS, maxButtonTitleLength: 40, cards: false, media: true, typing: true, maxTextLength: 8000 },
  credentialsSchema: teamsCredentialsSchema,

  async verifyWebhook(req, ctx) {
    const authorization = req.headers.authorization;
    if (!authorization) throw new WebhookAuthError('missing Authorization header (Bot Framework JWT)');
    const origin = claimedOrigin(req.rawBody);
    if (origin.channelId === ASE_CHANNEL_ID) throw new WebhookAuthError('App Service Extension channel tokens are not accepted');
    try {
      // The SDK reads only channelId (endorsements) and serviceUrl (`serviceurl` claim) of the activity.
      await botFramework(ctx).auth.authenticateRequest(origin as Activity, authorization);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      // The SDK reports an unreachable OpenID metadata document with status 500: our problem, worth an error log.
      if (isRecord(err) && err.statusCode === 500) ctx.logger.error({ reason }, 'Bot Framework OpenID metadata unavailable');
      throw new WebhookAuthError(`Bot Framework token rejected: ${reason}`);
    }
  },

  parseWebhook(req) {
    return parseTeamsActivity(req.rawBody);
  },

  async send(ctx, target, message) {
    const reference = conversationReference(target);
    if (!reference) throw new PermanentSendError('no Teams conversation reference stored for this conversation');
    const activity = toTeamsActivity(message);
    await limiter(ctx).acquireAll(rateLimits(ctx, target.externalThreadId));
    const id = await deliver(ctx, reference, activity);
    return id ? { platformMessageId: id } : {};
  },

  async sendTyping(ctx, target) {
    const reference = conversationReference(target);
    if (!reference) return;
    try {
      // Typing counts against the same limits, but never waits for a slot: no slot, no indicator.
      if ((await limiter(ctx).tryAcquireAll(rateLimits(ctx, target.externalThreadId))) > 0) return;
      await deliver(ctx, reference, { type: ActivityTypes.Typing });
    } catch (err) {
      ctx.logger.debug({ err: err instanceof Error ? err.message : String(err), conversationId: target.conversationId }, 'Teams typing indicator failed');
    }
  },

  /** Checks the app id and secret by asking Azure AD for a Bot Connector token (bypassing the token cache). */
  async connect(ctx) {
    const { appId, appPassword, appTenantId } = ctx.credentials;
    try {
      await requestToken(`${loginUrl(ctx)}/oauth2/v2.0/token`, appId, appPassword, AuthenticationConstants.ToChannelFromBotOAuthScope);
    } catch (err) {
      if (err instanceof TokenRequestError && err.status >= 400 && err.status < 500) {
        throw new ChannelConnectError(`Azure AD refused the bot credentials: ${err.message}`, { cause: err });
      }
      throw err;
    }
    // The messaging endpoint cannot be set through an API: it is entered in the Azure Bot's configuration.
    return { settings: { appId, botId: `28:${appId}`, ...(appTenantId ? { appTenantId } : {}) } };
  },
};
