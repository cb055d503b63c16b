/** Maps typed errors to HTTP answers: a clear status and reason, never a stack trace, never a 500 for bad input. */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import {
  ChannelConnectError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PayloadError,
  MediaTooLargeError,
  UnsupportedMediaTypeError,
  PayloadTooLargeError,
  PlanLimitError,
  QuotaExceededError,
  TooManyRequestsError,
  UnauthorizedError,
  WebhookAuthError,
} from '../domain/errors.js';
import { isContentDataError, isStatementTimeout, isTransactionConflict, sqlStateOf } from '../db/errors.js';

/** Seconds a client (or platform) is asked to wait before retrying while a backing service is down. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/** postgres.js / Node socket codes that mean the database could not be reached or dropped the connection. */
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * When the error (or one it wraps, e.g. drizzle's DrizzleQueryError) says
 * Postgres or Redis is unreachable right now, rather than that the request is
 * wrong, the code that says so: SQLSTATE class 08 (connection exception),
 * 57P01–57P03 (shutdown, crash, "the database system is starting up"), 53300
 * (too many connections), a socket-level code, or ioredis giving up on a
 * request. Undefined for any other error.
 * @see https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
export function outageCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e instanceof Error; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code) || code === '53300')) return code;
    if (e.name === 'MaxRetriesPerRequestError') return e.name;
    if (e.message === 'Connection is closed.') return 'REDIS_CONNECTION_CLOSED';
    e = e.cause;
  }
  return undefined;
}

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof WebhookAuthError) return void res.status(401).json(errorBody('unauthorized', err.message));
    if (err instanceof UnauthorizedError) return void res.status(401).json(errorBody('unauthorized', err.message));
    if (err instanceof ForbiddenError) return void res.status(403).json(errorBody('forbidden', err.message));
    if (err instanceof NotFoundError) return void res.status(404).json(errorBody('not_found', err.message));
    if (err instanceof PayloadError) return void res.status(400).json(errorBody('bad_request', err.message, err.details));
    if (err instanceof ConflictError) return void res.status(409).json(errorBody('conflict', err.message));
    if (err instanceof PlanLimitError) return void res.status(402).json(errorBody('plan_limit_exceeded', err.message, { limit: err.limit, ...err.details }));
    if (err instanceof ChannelConnectError) return void res.status(400).json(errorBody('channel_rejected', err.message));
    if (err instanceof PayloadTooLargeError) {
      // The rest of the body was not read: the connection cannot carry another request.
      res.setHeader('Connection', 'close');
      return void res.status(413).json(errorBody('payload_too_large', err.message));
    }
    if (err instanceof MediaTooLargeError) return void res.status(413).json(errorBody('payload_too_large', err.message, { limitBytes: err.limitBytes }));
    if (err instanceof UnsupportedMediaTypeError) return void res.status(415).json(errorBody('unsupported_media_type', err.message, { detected: err.detected }));
    if (err instanceof QuotaExceededError) return void res.status(400).json(errorBody('quota_exceeded', err.message));
    if (err instanceof TooManyRequestsError) {
      res.setHeader('Retry-After', String(Math.max(1, Math.ceil(err.retryAfterSeconds))));
      return void res.status(429).json(errorBody('too_many_requests', err.message));
    }
    // Backstop: a data error Postgres raised on the request's content is the request's fault (400), not ours.
    const sqlState = sqlStateOf(err);
    if (isContentDataError(sqlState)) {
      logger.warn({ sqlState, method: req.method, path: req.path }, 'database rejected request content: answered 400 (a validation is missing)');
      return void res.status(400).json(errorBody('bad_request', `the request contains a value the database cannot store (SQLSTATE ${sqlState})`));
    }
    if (isTransactionConflict(sqlState)) {
      // A race with another transaction that outlived the retries: transient, the client retries.
      logger.warn({ sqlState, method: req.method, path: req.path }, 'transaction conflict: answered 503');
      res.setHeader('Retry-After', '1');
      return void res.status(503).json(errorBody('conflict_retry', 'the change raced with another one; retry'));
    }
    if (isStatementTimeout(sqlState)) {
      logger.warn({ sqlState, method: req.method, path: req.path }, 'statement timeout: answered 503');
      res.setHeader('Retry-After', '5');
      return void res.status(503).json(errorBody('timeout', 'the query took too long; try a shorter or more specific request'));
    }
    // body-parser errors carry a status and a type.
    const e = err as { status?: number; type?: string; message?: string };
    if (e.type === 'entity.too.large') {
      res.setHeader('Connection', 'close');
      return void res.status(413).json(errorBody('payload_too_large', 'request body too large'));
    }
    if (e.type === 'entity.parse.failed') return void res.status(400).json(errorBody('bad_request', `invalid JSON: ${e.message ?? ''}`));
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) return void res.status(e.status).json(errorBody('bad_request', e.message ?? 'bad request'));
    // A database or Redis outage is not the request's fault: 503 + Retry-After, so a platform redelivers the
    // webhook and a widget retries later (a 2xx would tell them the message was stored). Only the code is logged:
    // a failed query's message carries its parameters.
    const outage = outageCode(err);
    if (outage) {
      logger.warn({ path: req.path, code: outage }, 'backing service unavailable: answered 503');
      res.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
      return void res.status(503).json(errorBody('unavailable', 'temporarily unavailable, retry later'));
    }
    logger.error({ err, path: req.path }, 'unhandled error');
    res.status(500).json(errorBody('internal', 'internal error'));
  };
}
