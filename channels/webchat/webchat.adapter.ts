/**
 * Web chat: the first, fully local channel. The browser widget gets a signed
 * visitor token from `POST /api/v1/webchat/:connectionId/sessions`, posts
 * messages with it, and receives replies on an SSE stream fed by Redis
 * pub/sub (so any gateway process can serve the stream while any worker
 * process sends). Tokens are signed (by the app's {@link TokenSigner}) under
 * the connection's own generated secret: rotating that secret logs every
 * visitor out.
 */
import { WebhookAuthError } from '../../src/domain/errors.js';
import type { ChannelAdapter, ChannelContext, TokenSigner, WebhookRequest } from '../types.js';
import { parseWebchatMessage } from './webchat.normalize.js';
import { renderWebchat } from './webchat.render.js';
import { webchatCredentialsSchema, type WebchatCredentials } from './webchat.schema.js';

export type { WebchatCredentials };

export interface VisitorToken {
  connectionId: string;
  visitorId: string;
}

export function issueVisitorToken(tokens: TokenSigner, secret: string, token: VisitorToken): string {
  return tokens.sign(secret, { c: token.connectionId, v: token.visitorId, iat: Math.floor(Date.now() / 1000) });
}

export function readVisitorToken(tokens: TokenSigner, secret: string, connectionId: string, token: string | undefined): VisitorToken | null {
  if (!token) return null;
  const payload = tokens.verify(secret, token);
  if (!payload || payload.c !== connectionId || typeof payload.v !== 'string') return null;
  return { connectionId, visitorId: payload.v };
}

/** Redis pub/sub channel of one visitor; the key prefix keeps gateways sharing a Redis apart. */
export function webchatChannelName(prefix: string, connectionId: string, visitorId: string): string {
  return `${prefix}:webchat:${connectionId}:${visitorId}`;
}

const bearer = (req: WebhookRequest) => {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
};

function visitorOf(req: WebhookRequest, ctx: ChannelContext<WebchatCredentials>): VisitorToken {
  const visitor = readVisitorToken(ctx.tokens, ctx.connection.webhookSecret, ctx.connection.id, bearer(req));
  if (!visitor) throw new WebhookAuthError('missing or invalid visitor token');
  return visitor;
}

const publish = (ctx: ChannelContext<WebchatCredentials>, visitorId: string, event: string, data: unknown) =>
  ctx.redis.publish(webchatChannelName(ctx.keyPrefix ?? 'gw', ctx.connection.id, visitorId), JSON.stringify({ event, data }));

/** The page links what it cannot show inline, so any media goes out as it is. */
const ANY_SIZE = { maxBytes: Number.MAX_SAFE_INTEGER, maxCaptionLength: 4000 };

export const webchatAdapter: ChannelAdapter<WebchatCredentials> = {
  type: 'webchat',
  capabilities: { maxButtons: 10, maxButtonTitleLength: 40, cards: false, media: { image: ANY_SIZE, file: ANY_SIZE, audio: ANY_SIZE, video: ANY_SIZE }, typing: true, maxTextLength: 4000 },
  credentialsSchema: webchatCredentialsSchema,

  verifyWebhook(req, ctx) {
    visitorOf(req, ctx);
  },

  parseWebhook(req, ctx) {
    return parseWebchatMessage(req.rawBody, visitorOf(req, ctx).visitorId);
  },

  async send(ctx, target, message) {
    await publish(ctx, target.externalUserId, 'message', renderWebchat(target.conversationId, message, new Date()));
    return { platformMessageId: message.id };
  },

  async sendTyping(ctx, target) {
    await publish(ctx, target.externalUserId, 'typing', { conversationId: target.conversationId });
  },
};
