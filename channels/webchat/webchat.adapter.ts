/**
 * Web chat: the first, fully local channel. The browser widget gets a signed
 * visitor token from `POST /api/v1/webchat/:connectionId/sessions`, posts
 * messages with it, and receives replies on an SSE stream fed by Redis
 * pub/sub (so any gateway process can serve the stream while any worker
 * process sends). Tokens are HMAC-SHA256 under the connection's own generated
 * secret: rotating that secret logs every visitor out.
 */
import { z } from 'zod';
import { PayloadError, WebhookAuthError } from '../../src/domain/errors.js';
import { signToken, verifyToken } from '../../src/security/crypto.js';
import type { ChannelAdapter, ChannelContext, InboundEvent, WebhookRequest } from '../types.js';
import { webchatMessageToJson, webchatChannelName } from './webchat.stream.js';

export const webchatCredentialsSchema = z.object({
  /** Origins allowed to embed the widget (CORS); empty = any. */
  allowedOrigins: z.array(z.string().url()).default([]),
  welcomeMessage: z.string().max(1000).optional(),
});
export type WebchatCredentials = z.infer<typeof webchatCredentialsSchema>;

export const webchatMessageBodySchema = z.object({
  text: z.string().trim().min(1, 'text must not be empty').max(4000),
  clientMessageId: z.string().min(1).max(100).regex(/^[A-Za-z0-9._-]+$/, 'clientMessageId may only contain letters, digits, . _ -'),
});

export interface VisitorToken {
  connectionId: string;
  visitorId: string;
}

export function issueVisitorToken(secret: string, token: VisitorToken): string {
  return signToken(Buffer.from(secret, 'utf8'), { c: token.connectionId, v: token.visitorId, iat: Math.floor(Date.now() / 1000) });
}

export function readVisitorToken(secret: string, connectionId: string, token: string | undefined): VisitorToken | null {
  if (!token) return null;
  const payload = verifyToken(Buffer.from(secret, 'utf8'), token);
  if (!payload || payload.c !== connectionId || typeof payload.v !== 'string') return null;
  return { connectionId, visitorId: payload.v };
}

function bearer(req: WebhookRequest): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

export const webchatAdapter: ChannelAdapter<WebchatCredentials> = {
  type: 'webchat',
  capabilities: { maxButtons: 10, maxButtonTitleLength: 40, cards: false, media: true, typing: true, maxTextLength: 4000 },
  credentialsSchema: webchatCredentialsSchema,

  verifyWebhook(req, ctx) {
    if (!readVisitorToken(ctx.connection.webhookSecret, ctx.connection.id, bearer(req))) {
      throw new WebhookAuthError('missing or invalid visitor token');
    }
  },

  parseWebhook(req, ctx): InboundEvent[] {
    const visitor = readVisitorToken(ctx.connection.webhookSecret, ctx.connection.id, bearer(req));
    if (!visitor) throw new WebhookAuthError('missing or invalid visitor token');
    let json: unknown;
    try {
      json = JSON.parse(req.rawBody.toString('utf8'));
    } catch (err) {
      throw new PayloadError(`invalid JSON: ${(err as Error).message}`);
    }
    const parsed = webchatMessageBodySchema.safeParse(json);
    if (!parsed.success) throw new PayloadError(parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
    return [
      {
        type: 'message',
        message: {
          platformMessageId: `${visitor.visitorId}:${parsed.data.clientMessageId}`,
          externalUserId: visitor.visitorId,
          externalThreadId: visitor.visitorId,
          kind: 'text',
          text: parsed.data.text,
          payload: {},
          sentAt: new Date(),
        },
      },
    ];
  },

  async send(ctx: ChannelContext<WebchatCredentials>, target, message) {
    const json = webchatMessageToJson(target.conversationId, message, new Date());
    await ctx.redis.publish(webchatChannelName(ctx.keyPrefix ?? 'gw', ctx.connection.id, target.externalUserId), JSON.stringify({ event: 'message', data: json }));
    return { platformMessageId: message.id };
  },

  async sendTyping(ctx, target) {
    await ctx.redis.publish(webchatChannelName(ctx.keyPrefix ?? 'gw', ctx.connection.id, target.externalUserId), JSON.stringify({ event: 'typing', data: { conversationId: target.conversationId } }));
  },
};
