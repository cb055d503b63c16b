/**
 * Web chat protocol (the widget's API):
 *   POST /api/v1/webchat/:connectionId/sessions  { token? }            → { token, conversationId }
 *   POST /api/v1/webchat/:connectionId/messages  Bearer token, { text, clientMessageId } → 202
 *   GET  /api/v1/webchat/:connectionId/stream?token=…                  → SSE `message` events
 * The stream replays what the visitor missed (after Last-Event-ID, or the
 * current conversation's recent history) and then relays live replies.
 */
import { randomUUID } from 'node:crypto';
import express, { Router, type Request, type Response } from 'express';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { conversations } from '../../../drizzle/schema.js';
import { issueVisitorToken, readVisitorToken, type WebchatCredentials } from '../../../channels/webchat/webchat.adapter.js';
import { webchatChannelName } from '../../../channels/webchat/webchat.stream.js';
import { listMessages } from '../../conversation/conversation.queries.js';
import { NotFoundError, UnauthorizedError } from '../../domain/errors.js';
import type { PubSubHub } from '../pubsub-hub.js';
import { parseBody } from './channels.js';
import { toWebhookRequest } from './webhooks.js';

const sessionBody = z.object({ token: z.string().max(2000).optional() });

export function webchatRoutes(c: Container, hub: PubSubHub): Router {
  const r = Router();

  const connection = async (req: Request, res: Response) => {
    const resolved = await c.connections.resolve(String(req.params.connectionId), 'webchat');
    if (!resolved) throw new NotFoundError('web chat connection');
    const origins = (resolved.ctx.credentials as WebchatCredentials).allowedOrigins ?? [];
    const origin = req.headers.origin;
    if (origin && (origins.length === 0 || origins.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
    return resolved;
  };

  const openConversationId = async (connectionId: string, visitorId: string): Promise<string | null> => {
    const [row] = await c.database.db
      .select({ id: conversations.id })
      .from(conversations)
      .where(and(eq(conversations.connectionId, connectionId), eq(conversations.externalThreadId, visitorId), sql`${conversations.status} <> 'COMPLETED'`))
      .limit(1);
    return row?.id ?? null;
  };

  r.options('/webchat/:connectionId/{*rest}', async (req, res) => {
    await connection(req, res);
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Last-Event-ID');
    res.status(204).end();
  });

  r.post('/webchat/:connectionId/sessions', express.json({ limit: '16kb' }), async (req, res) => {
    const resolved = await connection(req, res);
    const body = parseBody(sessionBody, req.body);
    const secret = resolved.row.webhookSecret;
    const returning = readVisitorToken(secret, resolved.row.id, body.token);
    const visitorId = returning?.visitorId ?? randomUUID();
    const conv = await c.ingest.ensureConversation(resolved.row, { externalUserId: visitorId, externalThreadId: visitorId, userDisplayName: 'Web visitor' });
    const token = issueVisitorToken(secret, { connectionId: resolved.row.id, visitorId });
    res.status(returning ? 200 : 201).json({ token, conversationId: conv.conversationId, visitorId, resumed: Boolean(returning) });
  });

  r.post('/webchat/:connectionId/messages', express.raw({ type: () => true, limit: '64kb' }), async (req, res) => {
    const resolved = await connection(req, res);
    const wr = toWebhookRequest(req);
    await resolved.adapter.verifyWebhook(wr, resolved.ctx);
    const events = resolved.adapter.parseWebhook(wr, resolved.ctx);
    const result = await c.ingest.ingest(resolved.row, events);
    const stored = result.stored[0];
    res.status(202).json({ accepted: true, duplicate: !stored, messageId: stored?.messageId ?? null, conversationId: stored?.conversationId ?? null });
  });

  r.get('/webchat/:connectionId/stream', async (req, res) => {
    const resolved = await connection(req, res);
    const token = typeof req.query.token === 'string' ? req.query.token : undefined;
    const visitor = readVisitorToken(resolved.row.webhookSecret, resolved.row.id, token);
    if (!visitor) throw new UnauthorizedError('missing or invalid visitor token');

    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();

    const sentIds = new Set<string>();
    let lastOutId: string | undefined;
    const write = (event: string, data: { id?: string; direction?: string }) => {
      if (data.id) {
        if (sentIds.has(data.id)) return; // replay and live relay may overlap; each message goes out once
        sentIds.add(data.id);
        if (data.direction === 'out') lastOutId = data.id;
      }
      res.write(`${data.id ? `id: ${data.id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };

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
          const convId = await openConversationId(resolved.row.id, visitor.visitorId);
          if (convId) {
            const missed = await listMessages(c.database.db, resolved.row.tenantId, convId, { afterMessageId: lastOutId });
            for (const m of missed) if (m.direction === 'out') write('message', m);
          }
        } catch (err) {
          c.logger.warn({ err: (err as Error).message, connectionId: resolved.row.id }, 'web chat stream could not catch up after a Redis outage');
        } finally {
          const queued = held ?? [];
          held = null;
          for (const m of queued) write(m.event, m.data);
        }
      })();
    });
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      stopCatchUp();
      void unsubscribe();
    });

    // Replay after subscribing, so nothing falls between the two.
    const convId = await openConversationId(resolved.row.id, visitor.visitorId);
    if (convId) {
      const lastEventId = (req.headers['last-event-id'] as string | undefined) ?? (typeof req.query.after === 'string' ? req.query.after : undefined);
      const history = await listMessages(c.database.db, resolved.row.tenantId, convId, { afterMessageId: lastEventId });
      for (const m of history.slice(-50)) {
        if (m.direction === 'out' && m.deliveryStatus === 'pending') continue; // sent live when delivered
        write('message', m);
      }
    }
    write('ready', { conversationId: convId } as { id?: string });
  });

  return r;
}
