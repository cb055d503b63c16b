/**
 * Microsoft Teams through the Bot Framework, with `botbuilder`'s CloudAdapter.
 * Inbound: the SDK validates the channel's JWT (issuer, audience = app id,
 * signing keys and endorsements from the OpenID metadata, expiry, `serviceurl`
 * claim). Outbound: replies go out proactively from the worker with
 * `continueConversationAsync` and the conversation reference stored at ingest.
 * Wiring only: schema, normalisation, rendering and the SDK set-up live beside it.
 *
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages
 * @see ./README.md
 */
import type { Activity, ConversationReference } from 'botbuilder';
import { z } from 'zod';
import { AppError, ChannelConnectError, errorMessage, PermanentSendError, WebhookAuthError } from '../../src/domain/errors.js';
import { parseJson, sendErrorForStatus, transportError } from '../platform-http.js';
import type { ChannelAdapter, ChannelContext, OutboundTarget, RateLimitRule } from '../types.js';
import { BOT_CONNECTOR_SCOPE, botFramework, isRecord, loginUrl, requestTimeout, requestToken, withoutHiddenRetries } from './teams.botframework.js';
import { fetchTeamsAttachment } from './teams.media.js';
import { parseTeamsActivity } from './teams.normalize.js';
import { renderTeams } from './teams.render.js';
import { connectorErrorResponseSchema, teamsConversationMetadataSchema, teamsCredentialsSchema, type TeamsCredentials } from './teams.schema.js';

export type { TeamsCredentials };
type Ctx = ChannelContext<TeamsCredentials>;

/** App Service Extension tokens are checked against process-global SDK state: not for a multi-tenant gateway. */
const ASE_CHANNEL_ID = 'AseChannel';
/** Teams documents 412 ("conversation being updated") as transient, like a 5xx. */
const RETRYABLE_STATUSES = [412] as const;

/** The only activity fields token validation reads, read leniently: a malformed body is parseWebhook's 400, not a 401. */
const claimedOriginSchema = z.object({ channelId: z.string().catch(''), serviceUrl: z.string().catch('') }).catch({ channelId: '', serviceUrl: '' });
const claimedOrigin = (rawBody: Buffer) => claimedOriginSchema.parse(parseJson(rawBody.toString('utf8')));

const hasGet = (v: unknown): v is { get(name: string): string | null | undefined } => isRecord(v) && typeof v.get === 'function';

/**
 * The SDK's failures → the job's fate, through the shared classification (429 waits for
 * Retry-After; 412 and 5xx retry with backoff up to the attempt cap; other 4xx are permanent).
 * Token requests already fail with typed errors.
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit
 */
function toSendError(ctx: Ctx, err: unknown): Error {
  if (err instanceof AppError) return err;
  const status = isRecord(err) && typeof err.statusCode === 'number' ? err.statusCode : undefined;
  if (status === undefined) return transportError('Bot Connector', err, requestTimeout(ctx));
  const response = isRecord(err) && isRecord(err.response) ? err.response : {};
  const body = connectorErrorResponseSchema.safeParse(typeof response.bodyAsText === 'string' ? parseJson(response.bodyAsText) : undefined);
  const reason = `Bot Connector ${status}: ${body.success ? [body.data.error.code, body.data.error.message].filter(Boolean).join(': ') : errorMessage(err)}`;
  const retryAfter = hasGet(response.headers) ? response.headers.get('retry-after') : undefined;
  return sendErrorForStatus(status, reason, { retryAfter, retryable: RETRYABLE_STATUSES, cause: err });
}

/**
 * Teams' documented limits per bot per conversation (7/1 s, 8/2 s, 60/30 s, 1800/h) and per app (50/s),
 * shared by every worker process.
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

function conversationReference(target: OutboundTarget): Partial<ConversationReference> | undefined {
  const meta = teamsConversationMetadataSchema.safeParse(target.conversationMetadata);
  return meta.success ? (meta.data.teamsConversationReference as Partial<ConversationReference>) : undefined;
}

/** Proactive send: the SDK's connector client posts to the reference's serviceUrl with a token from the login URL. */
async function deliver(ctx: Ctx, reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<string | undefined> {
  let id: string | undefined;
  try {
    const { adapter } = await botFramework(ctx);
    await adapter.continueConversationAsync(ctx.credentials.appId, reference, async (turn) => {
      withoutHiddenRetries(turn, ctx);
      id = (await turn.sendActivity(activity))?.id || undefined;
    });
  } catch (err) {
    throw toSendError(ctx, err);
  }
  return id;
}

export const teamsAdapter: ChannelAdapter<TeamsCredentials> = {
  type: 'teams',
  // 8000 characters stays under Teams' ~28 KB message limit even for 3-byte UTF-8 text. Images by URL
  // with the text beside them; files need the consent-card flow, so they (and audio, video) go as links.
  capabilities: { maxButtons: 6, maxButtonTitleLength: 40, cards: false, media: { image: { maxBytes: 4 * 1024 * 1024, maxCaptionLength: 8000 } }, typing: true, maxTextLength: 8000 },
  credentialsSchema: teamsCredentialsSchema,

  async verifyWebhook(req, ctx) {
    const authorization = req.headers.authorization;
    if (!authorization) throw new WebhookAuthError('missing Authorization header (Bot Framework JWT)');
    const origin = claimedOrigin(req.rawBody);
    if (origin.channelId === ASE_CHANNEL_ID) throw new WebhookAuthError('App Service Extension channel tokens are not accepted');
    try {
      // The SDK reads only channelId (endorsements) and serviceUrl (`serviceurl` claim) of the activity.
      const { auth } = await botFramework(ctx);
      await auth.authenticateRequest(origin as Activity, authorization);
    } catch (err) {
      const reason = errorMessage(err);
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
    const activity = renderTeams(message);
    await ctx.rateLimiter.acquireAll(rateLimits(ctx, target.externalThreadId));
    const id = await deliver(ctx, reference, activity);
    return id ? { platformMessageId: id } : {};
  },

  fetchMedia(ctx, attachment, inbound, opts) {
    return fetchTeamsAttachment(ctx, attachment, inbound, opts.maxBytes);
  },

  async sendTyping(ctx, target) {
    const reference = conversationReference(target);
    if (!reference) return;
    try {
      // Typing counts against the same limits, but never waits for a slot: no slot, no indicator.
      if ((await ctx.rateLimiter.tryAcquireAll(rateLimits(ctx, target.externalThreadId))) > 0) return;
      await deliver(ctx, reference, { type: 'typing' });
    } catch (err) {
      ctx.logger.debug({ err: errorMessage(err), conversationId: target.conversationId }, 'Teams typing indicator failed');
    }
  },

  /** Checks the app id and secret by asking Azure AD for a Bot Connector token (bypassing the token cache). */
  async connect(ctx) {
    const { appId, appPassword, appTenantId } = ctx.credentials;
    try {
      await requestToken(`${loginUrl(ctx)}/oauth2/v2.0/token`, appId, appPassword, BOT_CONNECTOR_SCOPE, requestTimeout(ctx));
    } catch (err) {
      if (err instanceof PermanentSendError) throw new ChannelConnectError(`Azure AD refused the bot credentials: ${err.message}`, { cause: err });
      throw err;
    }
    // The messaging endpoint cannot be set through an API: it is entered in the Azure Bot's configuration.
    return { settings: { appId, botId: `28:${appId}`, ...(appTenantId ? { appTenantId } : {}) } };
  },
};
