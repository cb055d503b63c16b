/**
 * `POST /webhooks/:channel/:connectionId`: verify (401) → parse (400) → the
 * ingest group commit (messages + outbox, with concurrent requests' messages)
 * → 200 once committed. No model work on this path.
 * `GET` answers platform verification challenges (Meta hub.challenge).
 *
 * The POST is served twice over: by `webhookFastPath`, which the HTTP server
 * asks before Express (the platforms' traffic walks no router, body parser or
 * per-request listeners), and by the Express route below for what the fast
 * path leaves alone (encoded paths, compressed bodies, apps without the
 * server's listener). Both answer through `acceptWebhook`.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Container } from '../../app/container.js';
import type { WebhookRequest } from '../../../channels/types.js';
import { NotFoundError, PayloadError, WebhookAuthError } from '../../domain/errors.js';
import type { Metrics } from '../../observability/metrics.js';
import { errorBody, errorResponse } from '../errors.js';
import { connectionIdParam } from '../input.js';

function webhookRequest(method: string, rawHeaders: IncomingHttpHeaders, rawQuery: Record<string, unknown>, rawBody: Buffer): WebhookRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(rawHeaders)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : v;
  const query: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(rawQuery)) query[k] = typeof v === 'string' ? v : undefined;
  return { method, headers, query, rawBody };
}

export function toWebhookRequest(req: Request): WebhookRequest {
  return webhookRequest(req.method, req.headers, req.query, Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
}

/** Counts a platform request by channel and final HTTP status (401, 400, 404, 413… included), once its response is sent. */
export function countWebhookRequest(metrics: Metrics, channel?: string): RequestHandler {
  return (req, res, next) => {
    const label = channel ?? String(req.params.channel);
    res.on('finish', () => metrics.webhookRequest(label, res.statusCode));
    next();
  };
}

interface Reply {
  status: number;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

/** Verify, parse and store one platform request; the answer the platform gets. Throws the typed errors of ../errors.ts. */
async function acceptWebhook(c: Container, channel: string, connectionId: unknown, wr: WebhookRequest): Promise<Reply> {
  const resolved = await c.connections.resolve(connectionIdParam(connectionId), channel);
  // Unknown connection: 404 (a platform retrying a deleted connection's webhook gets a clear answer).
  if (!resolved) throw new NotFoundError('channel connection');
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
  if (ack) return { status: ack.status, contentType: withCharset(ack.contentType ?? 'text/plain'), body: ack.body };
  return { status: 200, contentType: JSON_TYPE, body: JSON.stringify({ ok: true, stored: result.stored.length, duplicates: result.duplicates, ignored: result.ignored.length }) };
}

const JSON_TYPE = 'application/json; charset=utf-8';
const withCharset = (type: string) => (/;\s*charset=/i.test(type) ? type : `${type}; charset=utf-8`);

/**
 * The platform's answer, written directly: Express's `res.json`/`res.send` would also parse and re-format the
 * content type, hash the body for an ETag and check freshness, none of which a platform reads.
 */
function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { ...reply.headers, 'content-type': reply.contentType, 'content-length': Buffer.byteLength(reply.body) });
  res.end(reply.body);
}

/** `POST /webhooks/<channel>/<uuid>[?query]`, spelled plainly (anything else is Express's). */
const FAST_PATH = /^\/webhooks\/([a-z][a-z0-9_-]*)\/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:\?([^#]*))?$/;
const EMPTY = Buffer.alloc(0);

/** body-parser's errors (status + type), so ../errors.ts answers them alike. */
function bodyError(status: number, type: string, message: string): Error {
  return Object.assign(new Error(message), { status, type });
}

/**
 * The raw body as `express.raw({ type: () => true, limit })` reads it: none without Content-Length or
 * Transfer-Encoding, 413 past `limit` (at once when Content-Length says so), 400 when the client goes away.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared === undefined && req.headers['transfer-encoding'] === undefined) return Promise.resolve(EMPTY);
  if (declared !== undefined && Number(declared) > limit) {
    req.resume();
    return Promise.reject(bodyError(413, 'entity.too.large', 'request entity too large'));
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('aborted', onAborted);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        cleanup();
        req.resume();
        return reject(bodyError(413, 'entity.too.large', 'request entity too large'));
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received));
    };
    const onAborted = () => {
      cleanup();
      reject(bodyError(400, 'request.aborted', 'request aborted'));
    };
    const onError = (err: Error) => {
      cleanup();
      reject(bodyError(400, 'request.aborted', err.message));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('aborted', onAborted);
    req.on('error', onError);
  });
}

/**
 * The platforms' POST served before Express: the same steps, answers, metrics and `http` log line as the
 * Express route, minus the router, body parser and response listeners that cost as much CPU as the
 * webhook itself under load. Returns false (touching nothing) for a request it leaves to Express.
 */
export function webhookFastPath(c: Container): (req: IncomingMessage, res: ServerResponse) => boolean {
  const limit = c.config.http.bodyLimitBytes;
  const logger = c.logger;
  return (req, res) => {
    if (req.method !== 'POST') return false;
    const m = FAST_PATH.exec(req.url ?? '');
    if (!m) return false;
    const encoding = req.headers['content-encoding'];
    // Compressed bodies: body-parser inflates them; Express takes these rare ones.
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
    const started = Date.now();
    const channel = m[1]!;
    const path = m[3] === undefined ? req.url! : req.url!.slice(0, req.url!.indexOf('?'));
    const finish = (reply: Reply) => {
      if (!res.headersSent) send(res, reply);
      c.metrics.webhookRequest(channel, res.statusCode);
      const level = res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'debug';
      if (logger.isLevelEnabled(level)) logger[level]({ method: 'POST', path, status: res.statusCode, ms: Date.now() - started }, 'http');
    };
    readBody(req, limit)
      .then((body) => acceptWebhook(c, channel, m[2], webhookRequest('POST', req.headers, m[3] ? parseQuery(m[3]) : {}, body)))
      .then(finish, (err: unknown) => {
        const r = errorResponse(err, logger, { method: 'POST', path });
        finish({ status: r.status, contentType: JSON_TYPE, body: JSON.stringify(r.body), ...(r.headers ? { headers: r.headers } : {}) });
      })
      .catch((err: unknown) => {
        // Answering itself failed (a header an adapter's ack made invalid, a metrics error): never leave the platform hanging.
        logger.error({ err, path }, 'webhook answer failed');
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': JSON_TYPE });
          res.end(JSON.stringify(errorBody('internal', 'internal error')));
        } else if (!res.writableEnded) res.destroy();
      });
    return true;
  };
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

  r.post('/webhooks/:channel/:connectionId', countWebhookRequest(c.metrics), raw, async (req, res: Response) => {
    send(res, await acceptWebhook(c, String(req.params.channel), req.params.connectionId, toWebhookRequest(req)));
  });
  return r;
}
