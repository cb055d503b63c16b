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

/** What an error answers: status, JSON body and extra headers. Shared by the Express error handler and the webhook fast path. */
export interface ErrorResponse {
  status: number;
  body: ReturnType<typeof errorBody>;
  headers?: Record<string, string>;
}

/** Maps an error to its HTTP answer (logging the server-side ones); `req` names the request in those logs. */
export function errorResponse(err: unknown, logger: Logger, req: { method: string; path: string }): ErrorResponse {
  const answer = (status: number, body: ReturnType<typeof errorBody>, headers?: Record<string, string>): ErrorResponse => ({ status, body, ...(headers ? { headers } : {}) });
  if (err instanceof WebhookAuthError) return answer(401, errorBody('unauthorized', err.message));
  if (err instanceof UnauthorizedError) return answer(401, errorBody('unauthorized', err.message));
  if (err instanceof ForbiddenError) return answer(403, errorBody('forbidden', err.message));
  if (err instanceof NotFoundError) return answer(404, errorBody('not_found', err.message));
  if (err instanceof PayloadError) return answer(400, errorBody('bad_request', err.message, err.details));
  if (err instanceof ConflictError) return answer(409, errorBody('conflict', err.message));
  if (err instanceof PlanLimitError) return answer(402, errorBody('plan_limit_exceeded', err.message, { limit: err.limit, ...err.details }));
  if (err instanceof ChannelConnectError) return answer(400, errorBody('channel_rejected', err.message));
  // The rest of the body was not read: the connection cannot carry another request.
  if (err instanceof PayloadTooLargeError) return answer(413, errorBody('payload_too_large', err.message), { Connection: 'close' });
  if (err instanceof MediaTooLargeError) return answer(413, errorBody('payload_too_large', err.message, { limitBytes: err.limitBytes }));
  if (err instanceof UnsupportedMediaTypeError) return answer(415, errorBody('unsupported_media_type', err.message, { detected: err.detected }));
  if (err instanceof QuotaExceededError) return answer(400, errorBody('quota_exceeded', err.message));
  if (err instanceof TooManyRequestsError) {
    return answer(429, errorBody('too_many_requests', err.message), { 'Retry-After': String(Math.max(1, Math.ceil(err.retryAfterSeconds))) });
  }
  // Backstop: a data error Postgres raised on the request's content is the request's fault (400), not ours.
  const sqlState = sqlStateOf(err);
  if (isContentDataError(sqlState)) {
    logger.warn({ sqlState, method: req.method, path: req.path }, 'database rejected request content: answered 400 (a validation is missing)');
    return answer(400, errorBody('bad_request', `the request contains a value the database cannot store (SQLSTATE ${sqlState})`));
  }
  if (isTransactionConflict(sqlState)) {
    // A race with another transaction that outlived the retries: transient, the client retries.
    logger.warn({ sqlState, method: req.method, path: req.path }, 'transaction conflict: answered 503');
    return answer(503, errorBody('conflict_retry', 'the change raced with another one; retry'), { 'Retry-After': '1' });
  }
  if (isStatementTimeout(sqlState)) {
    logger.warn({ sqlState, method: req.method, path: req.path }, 'statement timeout: answered 503');
    return answer(503, errorBody('timeout', 'the query took too long; try a shorter or more specific request'), { 'Retry-After': '5' });
  }
  // body-parser errors carry a status and a type.
  const e = err as { status?: number; type?: string; message?: string };
  if (e.type === 'entity.too.large') return answer(413, errorBody('payload_too_large', 'request body too large'), { Connection: 'close' });
  if (e.type === 'entity.parse.failed') return answer(400, errorBody('bad_request', `invalid JSON: ${e.message ?? ''}`));
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) return answer(e.status, errorBody('bad_request', e.message ?? 'bad request'));
  // A database or Redis outage is not the request's fault: 503 + Retry-After, so a platform redelivers the
  // webhook and a widget retries later (a 2xx would tell them the message was stored). Only the code is logged:
  // a failed query's message carries its parameters.
  const outage = outageCode(err);
  if (outage) {
    logger.warn({ path: req.path, code: outage }, 'backing service unavailable: answered 503');
    return answer(503, errorBody('unavailable', 'temporarily unavailable, retry later'), { 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS) });
  }
  logger.error({ err, path: req.path }, 'unhandled error');
  return answer(500, errorBody('internal', 'internal error'));
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) return;
    const r = errorResponse(err, logger, req);
    for (const [k, v] of Object.entries(r.headers ?? {})) res.setHeader(k, v);
    res.status(r.status).json(r.body);
  };
}
