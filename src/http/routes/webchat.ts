/**
 * Web chat protocol (the widget's API):
 *   GET  /api/v1/webchat/:connectionId/config                          → the widget's public look (no secrets)
 *   POST /api/v1/webchat/:connectionId/sessions  { token?, name?, email? } → { token, expiresAt, conversationId }
 *        (with a valid token: the same visitor and conversation, and a fresh token — the refresh;
 *        name/email: the pre-chat form, stored on the visitor's customer profile)
 *   POST /api/v1/webchat/:connectionId/messages  Bearer token, { text, clientMessageId, buttonPayload? } → 202
 *   POST /api/v1/webchat/:connectionId/attachments Bearer token, multipart `file` [+ `text`, `clientMessageId`] → 202
 *   GET  /api/v1/webchat/:connectionId/stream?token=…                  → SSE `message` events
 * Files in the stream carry signed, short-lived `/files/` links (the visitor has no API key).
 * The stream replays what the visitor missed (after Last-Event-ID, or the
 * recent history of their conversations, closed ones included) and then relays
 * live replies; its `ready` event lists those conversations with their rating.
 */
import { randomUUID } from 'node:crypto';
import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { withTenant } from '../../db/tenant-context.js';
import { issueVisitorToken, readVisitorToken, webchatChannelName, type WebchatCredentials } from '../../../channels/webchat/webchat.adapter.js';
import { withWebchatHtml } from '../../../channels/webchat/webchat.render.js';
import { NotFoundError, PayloadError, UnauthorizedError } from '../../domain/errors.js';
import type { InboundEvent } from '../../../channels/types.js';
import { isImageType } from '../../attachments/sniff.js';
import type { MessageJson } from '../../domain/model.js';
import { singleFileUpload } from '../upload.js';
import { safeText } from '../../domain/input.js';
import type { PubSubHub } from '../pubsub-hub.js';
import { connectionIdParam, jsonBody } from '../input.js';
import { parseBody } from '../parse.js';
import { lastEventIdOf, openEventStream } from '../sse.js';
import { countWebhookRequest, toWebhookRequest } from './webhooks.js';

export const sessionBody = z.object({
  token: safeText({ max: 2000 }).optional(),
  name: safeText({ trim: true, max: 100 }).optional(),
  email: z.string().trim().max(254).email('email must be an email address').optional().or(z.literal('')),
});
export const uploadFields = z.object({
  text: safeText({ trim: true, max: 4000 }).optional(),
  clientMessageId: z.string().min(1).max(100).regex(/^[A-Za-z0-9._-]+$/, 'clientMessageId may only contain letters, digits, . _ -').optional(),
});
export const streamQuery = z.object({ token: safeText({ max: 2000 }).optional(), after: safeText({ max: 100 }).optional() });

/** Shown when the connection sets no welcome message. */
const DEFAULT_WELCOME = 'Hi! How can we help you today?';

export function webchatRoutes(c: Container, hub: PubSubHub): Router {
  const r = Router();
  const limits = c.config.limits;

  const connection = async (req: Request, res: Response) => {
    const resolved = await c.connections.resolve(connectionIdParam(req.params.connectionId, 'web chat connection'), 'webchat');
    if (!resolved) throw new NotFoundError('web chat connection');
    const origins = (resolved.ctx.credentials as WebchatCredentials).allowedOrigins ?? [];
    const origin = req.headers.origin;
    if (origin && (origins.length === 0 || origins.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
    return resolved;
  };

  r.options('/webchat/:connectionId/{*rest}', async (req, res) => {
    await connection(req, res);
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Last-Event-ID');
    res.status(204).end();
  });

  // Public: what the page and the loader show before anyone writes. Only the look, never the connection's settings.
  r.get('/webchat/:connectionId/config', async (req, res) => {
    const resolved = await connection(req, res);
    const creds = resolved.ctx.credentials as WebchatCredentials;
    const bot = await c.botConfigs.widgetOf(resolved.row.tenantId, resolved.row.id);
    const w = bot.widget ?? {};
    const botName = bot.botName ?? 'Assistant';
    res.setHeader('Cache-Control', 'no-cache');
    res.json({
      connectionId: resolved.row.id,
      botName,
      welcomeMessage: w.welcomeMessage ?? creds.welcomeMessage ?? bot.greeting?.replaceAll('{botName}', botName).trim() ?? DEFAULT_WELCOME,
      color: w.color ?? '#1f5fbf',
      logoUrl: w.logoUrl ?? null,
      position: w.position ?? 'right',
      preChatForm: w.preChatForm ?? false,
    });
  });

  r.post('/webchat/:connectionId/sessions', ...jsonBody({ limit: '16kb', bounds: limits.json }), async (req, res) => {
    const resolved = await connection(req, res);
    // From here on the request works for the connection's tenant (row-level security on its transactions).
    await withTenant(resolved.row.tenantId, async () => {
      const body = parseBody(sessionBody, req.body);
      const secret = resolved.ctx.connection.webhookSecret;
      const returning = readVisitorToken(resolved.ctx.tokens, secret, resolved.row.id, body.token);
      // Only a new visitor creates rows (customer, identity, conversation): that is what is limited.
      if (!returning) await c.limits.webchatSession(req.ip ?? 'unknown', resolved.row.id);
      const visitorId = returning?.visitorId ?? randomUUID();
      const conv = await c.ingest.ensureConversation(resolved.row, { externalUserId: visitorId, externalThreadId: visitorId, userDisplayName: 'Web visitor' });
      // A resume re-issues the token with a new expiry: a widget that comes back (or refreshes) before `expiresAt` keeps its conversation.
      if (body.name || body.email) {
        await c.customers.setSelfReported(resolved.row.tenantId, conv.customerId, conv.identityId, { ...(body.name ? { name: body.name } : {}), ...(body.email ? { email: body.email } : {}) });
      }
      const token = issueVisitorToken(resolved.ctx.tokens, secret, { connectionId: resolved.row.id, visitorId });
      const expiresAt = new Date(Date.now() + c.config.security.webchatTokenTtlSeconds * 1000).toISOString();
      res.status(returning ? 200 : 201).json({ token, expiresAt, conversationId: conv.conversationId, visitorId, resumed: Boolean(returning) });
    });
  });

  // Counted like every other channel's webhook (gateway_webhook_requests_total{channel="webchat"}).
  r.post('/webchat/:connectionId/messages', countWebhookRequest(c.metrics, 'webchat'), express.raw({ type: () => true, limit: '64kb' }), async (req, res) => {
    const resolved = await connection(req, res);
    const wr = toWebhookRequest(req);
    await resolved.adapter.verifyWebhook(wr, resolved.ctx);
    await withTenant(resolved.row.tenantId, async () => {
      await c.limits.webchatMessage(req.ip ?? 'unknown', resolved.row.id);
      const events = resolved.adapter.parseWebhook(wr, resolved.ctx);
      const result = await c.ingest.ingest(resolved.row, events);
      const stored = result.stored[0];
      res.status(202).json({ accepted: true, duplicate: !stored, messageId: stored?.messageId ?? null, conversationId: stored?.conversationId ?? null });
    });
  });

  /** A message's files as the visitor may fetch them: signed `/files/` links. */
  const forVisitor = <T extends Pick<MessageJson, 'attachments'>>(tenantId: string, m: T): T =>
    m.attachments && m.attachments.length > 0 ? { ...m, attachments: c.attachments.withSignedUrls(tenantId, m.attachments) } : m;

  // The visitor's file: checked (tenant limit, type sniffed from the bytes), stored, then a customer message like any other.
  r.post(
    '/webchat/:connectionId/attachments',
    countWebhookRequest(c.metrics, 'webchat'),
    async (req, res, next) => {
      const resolved = await connection(req, res);
      const bearer = req.headers.authorization?.startsWith('Bearer ') ? req.headers.authorization.slice(7).trim() : undefined;
      const visitor = readVisitorToken(resolved.ctx.tokens, resolved.ctx.connection.webhookSecret, resolved.row.id, bearer);
      if (!visitor) throw new UnauthorizedError('missing or invalid visitor token');
      await c.limits.webchatMessage(req.ip ?? 'unknown', resolved.row.id);
      res.locals.webchat = { resolved, visitorId: visitor.visitorId, maxBytes: await c.attachments.maxBytesFor(resolved.row.tenantId) };
      next();
    },
    singleFileUpload(async (_req, res) => (res.locals.webchat as { maxBytes: number }).maxBytes),
    async (req, res) => {
      const { resolved, visitorId, maxBytes } = res.locals.webchat as { resolved: Awaited<ReturnType<typeof connection>>; visitorId: string; maxBytes: number };
      if (!req.file) throw new PayloadError('send the file as multipart/form-data in the field `file`');
      const fields = parseBody(uploadFields, req.body ?? {});
      const tenantId = resolved.row.tenantId;
      const blob = await c.attachments.storeBytes(tenantId, req.file.buffer, req.file.originalname, maxBytes);
      const event: InboundEvent = {
        type: 'message',
        message: {
          platformMessageId: `${visitorId}:${fields.clientMessageId ?? randomUUID()}`,
          externalUserId: visitorId,
          externalThreadId: visitorId,
          kind: isImageType(blob.contentType) ? 'image' : 'file',
          text: fields.text ?? '',
          payload: { attachments: [{ name: blob.fileName, mimeType: blob.contentType, size: blob.sizeBytes }] },
          sentAt: new Date(),
        },
      };
      const result = await c.ingest.ingest(resolved.row, [event], {
        onStoredTx: async (tx, stored) => {
          await c.attachments.record(tx, c.attachments.rowOf(tenantId, blob, { type: 'message', id: stored.messageId, conversationId: stored.conversationId }, 'customer'));
        },
      });
      const stored = result.stored[0];
      // The visitor's page shows its own file at once: a signed link like the stream's.
      const url = stored ? ((await c.attachments.outboundAttachment(tenantId, stored.messageId))?.url ?? null) : null;
      res.status(202).json({
        accepted: true,
        duplicate: !stored,
        messageId: stored?.messageId ?? null,
        conversationId: stored?.conversationId ?? null,
        attachment: { fileName: blob.fileName, contentType: blob.contentType, size: blob.sizeBytes, url },
      });
    },
  );

  r.get('/webchat/:connectionId/stream', async (req, res) => {
    const resolved = await connection(req, res);
    const q = parseBody(streamQuery, req.query);
    const visitor = readVisitorToken(resolved.ctx.tokens, resolved.ctx.connection.webhookSecret, resolved.row.id, q.token);
    if (!visitor) throw new UnauthorizedError('missing or invalid visitor token');
    const lease = await c.limits.openStream([
      { key: `visitor:${resolved.row.id}:${visitor.visitorId}`, limit: limits.streams.perToken },
      { key: `ip:${req.ip ?? 'unknown'}`, limit: limits.streams.perIp },
    ]);
    const stream = openEventStream(req, res, lease);
    const resume = lastEventIdOf(req);
    if (!resume.ok) return stream.fail('bad_request', resume.reason);

    const sentIds = new Set<string>();
    let lastOutId: string | undefined;
    const write = (event: string, data: { id?: string; direction?: string }) => {
      if (data.id) {
        if (sentIds.has(data.id)) return; // replay and live relay may overlap; each message goes out once
        sentIds.add(data.id);
        if (data.direction === 'out') lastOutId = data.id;
      }
      stream.send(event, data, data.id);
    };

    const afterMessageId = resume.id;
    const replayAndRelay = async () => {
      // Live events wait here while the stream catches up, so replies stay in order.
      let held: Array<{ event: string; data: { id?: string } }> | null = null;
      const unsubscribe = await hub.subscribe(webchatChannelName(c.config.redis.prefix, resolved.row.id, visitor.visitorId), (raw) => {
        try {
          const msg = JSON.parse(raw) as { event: string; data: { id?: string } };
          if (held) held.push(msg);
          else write(msg.event, msg.data);
        } catch {
          /* not ours */
        }
      });
      // After a Redis outage: replies published while the gateway's subscriber was down (a worker
      // can publish before this gateway has resubscribed) come from the database, in order. Pending
      // ones too: their publication may be the one that was lost, and ids keep them from repeating.
      const stopCatchUp = hub.onResubscribed(() => {
        if (held) return;
        held = [];
        void (async () => {
          try {
            const convId = await c.conversations.openConversationId(resolved.row.id, visitor.visitorId);
            if (convId) {
              const missed = await c.conversations.messages(resolved.row.tenantId, convId, { afterMessageId: lastOutId });
              for (const m of missed) if (m.direction === 'out') write('message', withWebchatHtml(forVisitor(resolved.row.tenantId, m)));
            }
          } catch (err) {
            c.logger.warn({ err, connectionId: resolved.row.id }, 'web chat stream could not catch up after a Redis outage');
          } finally {
            const queued = held ?? [];
            held = null;
            for (const m of queued) write(m.event, m.data);
          }
        })();
      });
      stream.onClose(() => {
        stopCatchUp();
        void unsubscribe();
      });

      // Replay after subscribing, so nothing falls between the two. Closed conversations too: a reload keeps the history.
      const convId = await c.conversations.openConversationId(resolved.row.id, visitor.visitorId);
      const convs = await c.conversations.threadConversations(resolved.row.tenantId, resolved.row.id, visitor.visitorId);
      const history = await c.conversations.threadMessages(resolved.row.tenantId, convs.map((x) => x.id), { afterMessageId, limit: 100 });
      for (const m of history) {
        if (m.direction === 'out' && m.deliveryStatus === 'pending') continue; // sent live when delivered
        write('message', withWebchatHtml(forVisitor(resolved.row.tenantId, m)));
      }
      write('ready', { conversationId: convId, conversations: convs } as { id?: string });
    };
    try {
      await replayAndRelay();
    } catch (err) {
      c.logger.warn({ err, connectionId: resolved.row.id }, 'web chat stream could not start');
      stream.fail('unavailable', 'the stream could not start; reconnect later');
    }
  });

  return r;
}
