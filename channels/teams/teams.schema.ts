/**
 * zod schemas for the Teams connection's credentials, what Microsoft Teams
 * (through the Bot Framework) sends us and what Azure AD answers. Objects are loose: the Bot Framework adds fields over
 * time and Teams puts its own in `channelData`; unknown fields never turn a
 * valid activity into a 400.
 *
 * @see https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#activity-object
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/conversation-messages
 */
import { z } from 'zod';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const teamsCredentialsSchema = z.object({
  /** "Microsoft App ID" of the Azure Bot (a GUID): the audience of every inbound token. */
  appId: z.string().regex(GUID, 'expected the Microsoft App ID of the Azure Bot (a GUID)'),
  /** A client secret *value* of that app registration. */
  appPassword: z.string().min(1),
  /**
   * Directory (tenant) id for a single-tenant bot; tokens then come from that
   * tenant instead of `botframework.com`. Ends up in a URL path, hence the strict shape.
   */
  appTenantId: z
    .string()
    .regex(/^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9][a-z0-9.-]*\.[a-z]{2,})$/i, 'expected a tenant id (GUID) or a verified domain')
    .optional(),
});
export type TeamsCredentials = z.infer<typeof teamsCredentialsSchema>;

/** `ChannelAccount`: `29:...` users, `28:<appId>` bots; `aadObjectId` is the user's stable Entra id. */
export const teamsAccountSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
  role: z.string().optional(),
});

/** `ConversationAccount`: `a:...` personal chats, `19:...@thread.*` group chats and channels. */
export const teamsConversationSchema = z.looseObject({
  id: z.string().min(1),
  conversationType: z.string().optional(),
  isGroup: z.boolean().optional(),
  tenantId: z.string().optional(),
  name: z.string().optional(),
});

const isoTimestamp = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 timestamp');

/**
 * Fields every activity carries. `serviceUrl` is where replies go; the SDK has
 * already checked it against the token's `serviceurl` claim in `verifyWebhook`.
 */
export const teamsActivityBaseSchema = z.looseObject({
  type: z.string().min(1),
  id: z.string().min(1).optional(),
  timestamp: isoTimestamp.optional(),
  serviceUrl: z.url({ protocol: /^https?$/, error: 'expected the http(s) URL of the Bot Connector' }),
  channelId: z.string().min(1),
  from: teamsAccountSchema.optional(),
  conversation: teamsConversationSchema,
  recipient: teamsAccountSchema,
  locale: z.string().optional(),
  channelData: z.looseObject({ tenant: z.looseObject({ id: z.string() }).optional() }).optional(),
});
export type TeamsActivityBase = z.infer<typeof teamsActivityBaseSchema>;

/** `Attachment`: files, inline images, cards; `content` depends on `contentType`. */
export const teamsAttachmentSchema = z.looseObject({
  contentType: z.string().min(1),
  contentUrl: z.string().optional(),
  name: z.string().optional(),
  content: z.unknown().optional(),
});

/** `content` of `application/vnd.microsoft.teams.file.download.info` (a file a user sent in a chat). */
export const teamsFileDownloadInfoSchema = z.looseObject({
  /** Pre-authenticated, short-lived OneDrive URL: a secret, never stored. */
  downloadUrl: z.string().optional(),
  uniqueId: z.string().optional(),
  fileType: z.string().optional(),
});

/** A `mention` entity: `text` is the markup in the message text, e.g. `<at>Support Bot</at>`. */
export const teamsMentionSchema = z.looseObject({
  type: z.literal('mention'),
  mentioned: teamsAccountSchema,
  text: z.string().optional(),
});

/** What a message activity adds to the base; checked only for `type: "message"`. `id` is optional in the Bot Framework schema. */
export const teamsMessageActivitySchema = z.object({
  id: z.string().min(1).optional(),
  timestamp: isoTimestamp,
  from: teamsAccountSchema,
  text: z.string().optional(),
  attachments: z.array(teamsAttachmentSchema).optional(),
  entities: z.array(z.looseObject({ type: z.string() })).optional(),
  /** Adaptive Card `Action.Submit` data, or the `value` of a `messageBack` button. */
  value: z.unknown().optional(),
  replyToId: z.string().optional(),
});

export const teamsConversationUpdateSchema = z.object({
  membersAdded: z.array(teamsAccountSchema).optional(),
  membersRemoved: z.array(teamsAccountSchema).optional(),
});

/**
 * What `send()` needs from `conversations.metadata`: the reference stored by
 * `parseWebhook` (`TurnContext.getConversationReference(activity)`).
 */
export const teamsConversationReferenceSchema = z.looseObject({
  activityId: z.string().optional(),
  user: teamsAccountSchema.optional(),
  bot: teamsAccountSchema,
  conversation: teamsConversationSchema,
  channelId: z.string().min(1),
  locale: z.string().optional(),
  serviceUrl: z.url({ protocol: /^https?$/ }),
});
export type TeamsConversationReference = z.infer<typeof teamsConversationReferenceSchema>;

export const teamsConversationMetadataSchema = z.looseObject({
  teamsConversationReference: teamsConversationReferenceSchema,
});

// --- Azure AD token endpoint -------------------------------------------------

/** @see https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow#successful-response-1 */
export const aadTokenResponseSchema = z.object({
  token_type: z.string(),
  expires_in: z.coerce.number().int().positive(),
  access_token: z.string().min(1),
});

/** @see https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow#error-response-1 */
export const aadErrorResponseSchema = z.object({
  error: z.string(),
  error_description: z.string().optional(),
});

/** The Bot Connector's `ErrorResponse`. */
export const connectorErrorResponseSchema = z.object({
  error: z.object({ code: z.string().optional(), message: z.string().optional() }),
});
