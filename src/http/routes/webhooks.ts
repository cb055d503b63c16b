/**
 * `POST /webhooks/:channel/:connectionId`: verify (401) → parse (400) → the
 * ingest group commit (messages + outbox, with concurrent requests' messages)
 * → 200 once committed. No model work on this path.
 * `GET` answers platform verification challenges (Meta hub.challenge).
 */
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Container } from '../../app/container.js';
import type { WebhookRequest } from '../../../channels/types.js';
import { NotFoundError, PayloadError, WebhookAuthError } from '../../domain/errors.js';
import type { Metrics } from '../../observability/metrics.js';
import { errorBody } from '../errors.js';
import { connectionIdParam } from '../input.js';

export function toWebhookRequest(req: Request): WebhookRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : v;
  const query: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.query)) query[k] = typeof v === 'string' ? v : undefined;
  return { method: req.method, headers, query, rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0) };
}

/** Counts a platform request by channel and final HTTP status (401, 400, 404, 413… included), once its response is sent. */
export function countWebhookRequest(metrics: Metrics, channel?: string): RequestHandler {
  return (req, res, next) => {
    const label = channel ?? String(req.params.channel);
    res.on('finish', () => metrics.webhookRequest(label, res.statusCode));
    next();
  };
}

/**
 * The platform's answer, written directly: Express's `res.json` would also parse and re-format the
 * content type, hash the body for an ETag and check freshness, none of which a platform reads.
 */
function sendJson(res: Response, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function webhookRoutes(c: Container): Router {
  const r = Router();
  const raw = express.raw({ type: () => true, limit: c.config.http.bodyLimitBytes });

  r.get('/webhooks/:channel/:connectionId', async (req, res) => {
    const resolved = await c.connections.resolve(connectionIdParam(req.params.connectionId), String(req.params.channel));
    if (!resolved) throw new NotFoundError('channel connection');
    if (!resolved.adapter.handleWebhookGet) return void res.status(405).json(errorBody('method_not_allowed', 'this channel has no GET verification'));
    const reply = resolved.adapter.handleWebhookGet(toWebhookRequest(req), resolved.ctx);
    res.status(reply.status).type(reply.contentType ?? 'text/plain').send(reply.body);
  });

  r.post('/webhooks/:channel/:connectionId', countWebhookRequest(c.metrics), raw, async (req, res) => {
    const channel = String(req.params.channel);
    const resolved = await c.connections.resolve(connectionIdParam(req.params.connectionId), channel);
    // Unknown connection: 404 (a platform retrying a deleted connection's webhook gets a clear answer).
    if (!resolved) throw new NotFoundError('channel connection');
    const wr = toWebhookRequest(req);
    const log = resolved.ctx.logger;
    try {
      await resolved.adapter.verifyWebhook(wr, resolved.ctx);
    } catch (err) {
      if (err instanceof WebhookAuthError) log.warn({ reason: err.message }, 'webhook rejected: authentication failed');
      throw err instanceof WebhookAuthError ? err : new WebhookAuthError();
    }
    let events;
    try {
      events = resolved.adapter.parseWebhook(wr, resolved.ctx);
    } catch (err) {
      if (err instanceof PayloadError) log.warn({ reason: err.message }, 'webhook rejected: malformed payload');
      throw err instanceof PayloadError || err instanceof WebhookAuthError ? err : new PayloadError(`malformed payload: ${(err as Error).message}`);
    }
    const result = await c.ingest.ingest(resolved.row, events);
    const ack = resolved.adapter.webhookAck;
    if (ack) return void res.status(ack.status).type(ack.contentType ?? 'text/plain').send(ack.body);
    sendJson(res, 200, { ok: true, stored: result.stored.length, duplicates: result.duplicates, ignored: result.ignored.length });
  });
  return r;
}
