/**
 * The channel adapter contract. Every messaging platform is one folder under
 * `channels/` that exports a {@link ChannelAdapter}; `channels/registry.ts`
 * lists them explicitly. The core (ingest, worker, outbound) only ever talks to
 * this interface, so adding a channel never touches the core.
 *
 * Adapters never read the environment: they receive validated per-tenant
 * credentials (decrypted from the database) and the platform endpoints from
 * config in a {@link ChannelContext}, together with the few services of the
 * app they need, behind interfaces defined here ({@link RateLimiter},
 * {@link TokenSigner}). `channels/` imports nothing from `src/` but the domain
 * model and errors (tests/unit/channel-imports.test.ts).
 */
import type { Logger } from 'pino';
import type { Cluster, Redis } from 'ioredis';
import type { z } from 'zod';
import type { ChannelType, MessageKind } from '../src/domain/model.js';

export type { ChannelType, MessageKind };

/** The shared Redis client: one server, or a Redis Cluster (REDIS_CLUSTER_NODES). Both speak the same commands. */
export type RedisClient = Redis | Cluster;

/** The four kinds of media a platform may send differently (and support or not). */
export const MEDIA_TYPES = ['image', 'file', 'audio', 'video'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

/** What a platform accepts for one media type, sent by URL. */
export interface MediaLimits {
  /** Largest file the platform fetches from a URL; a larger attachment goes as a link. */
  maxBytes: number;
  /** Longest caption; a longer text follows the media as its own message. 0 = no caption at all. */
  maxCaptionLength: number;
}

/** What a channel can render. Degradation (`channels/degrade.ts`) reads this, and does every fallback. */
export interface ChannelCapabilities {
  /** Max number of tappable buttons in one message, 0 when unsupported. */
  maxButtons: number;
  /** Max characters of a button title; longer titles are truncated. */
  maxButtonTitleLength: number;
  /** Longest text a message with buttons may carry (WhatsApp: 1024); default `maxTextLength`. */
  maxButtonTextLength?: number;
  /** Rich cards (title + text + link). Without them a card becomes text + link. */
  cards: boolean;
  /** Media the platform sends by URL, per type; a type left out becomes a link in the text. */
  media: Partial<Record<MediaType, MediaLimits>>;
  /** Typing indicator / chat action. */
  typing: boolean;
  /** Longest text the platform accepts in one message; longer text is split. */
  maxTextLength: number;
}

/** A button offered to the customer. `payload` comes back in a `button_reply`. */
export interface Button {
  title: string;
  payload: string;
}

export interface Attachment {
  /** Public URL, when the platform gives one without secrets in it. */
  url?: string;
  mimeType?: string;
  name?: string;
  /** Platform file id (Telegram file_id, LINE content id...) when there is no public URL. */
  platformFileId?: string;
  size?: number;
}

export interface Location {
  latitude: number;
  longitude: number;
  name?: string;
  address?: string;
}

/** Structured part of a message, stored as JSON in `messages.payload`. */
export interface MessagePayload {
  attachments?: Attachment[];
  buttons?: Button[];
  /** The payload of the pressed button for `button_reply`. */
  buttonPayload?: string;
  location?: Location;
  /**
   * The customer opened the conversation without writing (followed the
   * account: WeChat `subscribe`): the bot greets instead of answering the text.
   */
  conversationStart?: boolean;
  /** The message was an edit of an earlier platform message. */
  editedPlatformMessageId?: string;
  /** Platform specifics worth keeping (sticker ids, reply tokens...). */
  platform?: Record<string, unknown>;
}

/** A customer message, normalised from a platform payload. Pure data. */
export interface InboundMessage {
  /**
   * The platform's own id for this delivery unit (Telegram update_id, LINE
   * webhookEventId, WhatsApp wamid...). Unique per connection: a redelivery
   * with the same id is stored once.
   */
  platformMessageId: string;
  /** The customer's id on the platform (Telegram user id, LINE userId...). */
  externalUserId: string;
  /** Where replies go: chat id / group id / conversation id. */
  externalThreadId: string;
  userDisplayName?: string;
  /** BCP-47-ish language code when the platform tells it. */
  language?: string;
  kind: MessageKind;
  text: string;
  payload: MessagePayload;
  sentAt: Date;
  /**
   * Kept on the conversation (merged into `conversations.metadata`): group or
   * room info, Teams conversation reference, LINE reply token and its time...
   */
  threadMetadata?: Record<string, unknown>;
}

/** Delivery receipts from the platform (WhatsApp statuses...). */
export interface DeliveryStatusUpdate {
  platformMessageId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  error?: string;
  at: Date;
}

/** Non-message events that change the customer identity (LINE follow/unfollow...). */
export interface IdentityEvent {
  externalUserId: string;
  status: 'active' | 'blocked';
  userDisplayName?: string;
}

export type InboundEvent =
  | { type: 'message'; message: InboundMessage }
  | { type: 'status'; status: DeliveryStatusUpdate }
  | { type: 'identity'; identity: IdentityEvent }
  | { type: 'ignored'; reason: string };

/** The raw HTTP request as the platform sent it. Signatures are checked on `rawBody`. */
export interface WebhookRequest {
  method: string;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  rawBody: Buffer;
}

/** A response the adapter wants to send itself (Meta's GET challenge...). */
export interface WebhookReply {
  status: number;
  body: string;
  contentType?: string;
}

/** Per-connection platform endpoints, from config (`TELEGRAM_API_ROOT`...). */
export interface PlatformEndpoints {
  telegramApiRoot: string;
  lineApiBaseUrl: string;
  lineDataApiBaseUrl: string;
  whatsappGraphApiUrl: string;
  botframeworkOpenIdMetadataUrl?: string;
  botframeworkLoginUrl?: string;
  /** WeChat Official Account API root (`WECHAT_API_BASE_URL`); the adapter defaults to https://api.weixin.qq.com. */
  wechatApiBaseUrl?: string;
}

export interface ConnectionInfo {
  id: string;
  tenantId: string;
  type: ChannelType;
  /** Secret the gateway generated for this connection (Telegram secret_token...). */
  webhookSecret: string;
  /** Non-secret per-connection settings (bot username, templates...). */
  settings: Record<string, unknown>;
}

/** At most `max` acquisitions of `key` in any `perMs` window. */
export interface RateLimitRule {
  key: string;
  max: number;
  perMs: number;
}

/**
 * A rate limiter shared by every worker process: the channel says which
 * windows its platform documents, the app keeps the counts (Redis, src/outbound).
 */
export interface RateLimiter {
  /** Waits for a slot in every rule (all or nothing); throws `RateLimitedError` when none frees up in time. */
  acquireAll(rules: RateLimitRule[]): Promise<void>;
  /** Takes a slot in every rule if all have one now: 0, else the ms to wait (nothing taken). */
  tryAcquireAll(rules: RateLimitRule[]): Promise<number>;
}

/** Signs small tokens under a per-connection secret (the web chat's visitor tokens); the app holds the crypto. */
export interface TokenSigner {
  sign(secret: string, payload: Record<string, unknown>): string;
  /** The payload of a token signed under `secret`, or null when forged, truncated or signed under another secret. */
  verify(secret: string, token: string): Record<string, unknown> | null;
}

export interface ChannelContext<C> {
  connection: ConnectionInfo;
  credentials: C;
  endpoints: PlatformEndpoints;
  /** The URL the platform must call: `${PUBLIC_BASE_URL}/webhooks/<type>/<id>`. */
  webhookUrl: string;
  logger: Logger;
  /** Shared Redis: the web chat's pub/sub and the WhatsApp Web bridge. */
  redis: RedisClient;
  /** Prefix for every Redis key/channel the adapter creates (QUEUE_PREFIX, hash-tagged `{…}` on a Redis Cluster); default 'gw'. */
  keyPrefix?: string;
  rateLimiter: RateLimiter;
  tokens: TokenSigner;
  /** How long one platform call may take; each channel has its own default (channels/platform-http.ts). */
  requestTimeoutMs?: number;
}

/** Where a reply goes: what the conversation remembers about the customer. */
export interface OutboundTarget {
  conversationId: string;
  externalUserId: string;
  externalThreadId: string;
  /** `conversations.metadata`, incl. whatever `threadMetadata` put there. */
  conversationMetadata: Record<string, unknown>;
  /** Time of the customer's last inbound message (24-hour windows, reply tokens). */
  lastInboundAt: Date | null;
}

/** The stored inbound message a worker step is about. */
export interface InboundRef {
  platformMessageId: string;
  kind: MessageKind;
  payload: MessagePayload;
}

/** A message to the customer after degradation to the channel's capabilities. */
export interface OutboundMessage {
  /** Our message id: the idempotency key for platforms that accept one. */
  id: string;
  /** `file` covers audio and video too: {@link mediaTypeOf} tells them apart by MIME type. */
  kind: 'text' | 'image' | 'file' | 'buttons';
  /**
   * Formatted text: the Markdown subset of `channels/markdown.ts` (bold,
   * italic, links, lists, tables). Each channel's `render` turns it into what
   * its platform shows; never sent as it is.
   */
  text: string;
  buttons?: Button[];
  attachment?: Attachment;
  senderType: 'bot' | 'agent' | 'system';
  /** The agent who wrote it (their display name), for channels that show who answers (web chat). */
  senderName?: string;
  /** Buttons that degradation rendered as numbered text: a reply "2" maps back to the second one. */
  numberedOptions?: Button[];
  /**
   * An earlier attempt to send this message may have reached the platform (a
   * worker died, or a call failed, after the request left). An adapter whose
   * call has no idempotency key (a LINE reply token) must not then fall back to
   * a second delivery path that would show the customer the message twice.
   */
  retried?: boolean;
}

/** Which media type an outbound attachment is: images by kind, audio and video files by MIME type. */
export function mediaTypeOf(message: Pick<OutboundMessage, 'kind' | 'attachment'>): MediaType {
  if (message.kind === 'image') return 'image';
  const mime = message.attachment?.mimeType?.toLowerCase() ?? '';
  if (mime.startsWith('audio/')) return 'audio';
  if (mime.startsWith('video/')) return 'video';
  return 'file';
}

/** The bytes of an inbound attachment, as the platform served them. */
export interface FetchedMedia {
  body: Buffer;
  /** What the platform claims; the app sniffs the bytes and does not trust this. */
  contentType?: string;
  fileName?: string;
}

export interface FetchMediaOptions {
  /**
   * Largest download the tenant accepts. The adapter stops reading past it
   * (Content-Length or the streamed byte count) and throws `MediaTooLargeError`.
   */
  maxBytes: number;
}

export interface SendResult {
  /** The platform's id for the sent message (for status webhooks). */
  platformMessageId?: string;
  /** Anything to merge into `conversations.metadata` (e.g. a used reply token). */
  conversationMetadataPatch?: Record<string, unknown>;
}

export interface ConnectResult {
  /** Non-secret settings to store on the connection (bot username...). */
  settings?: Record<string, unknown>;
}

/**
 * One messaging platform. Implementations are small: capabilities, three
 * methods, optional extras. A missing optional method means "not supported".
 */
export interface ChannelAdapter<C = unknown> {
  readonly type: ChannelType;
  readonly capabilities: ChannelCapabilities;
  /** Validates `credentials` of `POST /api/v1/channels`. */
  readonly credentialsSchema: z.ZodType<C>;
  /**
   * What the platform must get back for a delivery it sent, instead of the
   * gateway's JSON summary. WeChat expects the plain text `success` (or
   * nothing): any other answer makes it tell the customer the account cannot
   * serve them right now.
   */
  readonly webhookAck?: WebhookReply;

  /**
   * Authenticates a webhook call against the raw body. Throws
   * `WebhookAuthError` (→ 401) when the signature/token is missing or wrong.
   * Must use constant-time comparison.
   */
  verifyWebhook(req: WebhookRequest, ctx: ChannelContext<C>): void | Promise<void>;

  /**
   * Validates and normalises a verified payload. Pure. Throws
   * `PayloadError` (→ 400 with the reason) when malformed. Unsupported but
   * well-formed updates become `{ type: 'ignored' }` (→ 200).
   */
  parseWebhook(req: WebhookRequest, ctx: ChannelContext<C>): InboundEvent[];

  /**
   * Delivers one message. Throws `PermanentSendError` for failures a retry
   * cannot fix (platform 4xx other than 429), `RateLimitedError` with the wait
   * the platform asked for, anything else for a retry with backoff.
   */
  send(ctx: ChannelContext<C>, target: OutboundTarget, message: OutboundMessage): Promise<SendResult>;

  /**
   * Shows "typing…" while the worker thinks. Best effort. `inbound` is the
   * message being answered (WhatsApp ties its typing indicator to marking that
   * message as read).
   */
  sendTyping?(ctx: ChannelContext<C>, target: OutboundTarget, inbound?: InboundRef): Promise<void>;

  /**
   * Acknowledges an inbound interaction the platform expects an answer to
   * (Telegram `answerCallbackQuery` after a button press). Best effort.
   */
  acknowledgeInbound?(ctx: ChannelContext<C>, target: OutboundTarget, inbound: InboundRef): Promise<void>;

  /**
   * Downloads the bytes of one inbound attachment (Telegram `getFile`, the LINE
   * content API, the WhatsApp Cloud media URL, a Teams `contentUrl` with the bot
   * token, WhatsApp Web `downloadMedia`, WeChat `media/get`). Called by the
   * worker, never on the webhook path. Throws `MediaTooLargeError` past
   * `opts.maxBytes`, `PermanentSendError` when the platform says the file is
   * gone, anything else for a retry. Missing = the channel keeps only the reference.
   */
  fetchMedia?(ctx: ChannelContext<C>, attachment: Attachment, inbound: InboundRef, opts: FetchMediaOptions): Promise<FetchedMedia>;

  /** Validates the credentials with the platform and registers the webhook. */
  connect?(ctx: ChannelContext<C>): Promise<ConnectResult>;

  /** Answers a GET on the webhook URL (Meta's hub.challenge). */
  handleWebhookGet?(req: WebhookRequest, ctx: ChannelContext<C>): WebhookReply;
}
