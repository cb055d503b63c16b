/** Maps typed errors to HTTP answers: a clear status and reason, never a stack trace, never a 500 for bad input. */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import {
  ChannelConnectError,
  ForbiddenError,
  NotFoundError,
  PayloadError,
  PayloadTooLargeError,
  QuotaExceededError,
  TooManyRequestsError,
  UnauthorizedError,
  WebhookAuthError,
} from '../domain/errors.js';
import { isContentDataError, isStatementTimeout, sqlStateOf } from '../db/errors.js';

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
    if (err instanceof ChannelConnectError) return void res.status(400).json(errorBody('channel_rejected', err.message));
    if (err instanceof PayloadTooLargeError) {
      // The rest of the body was not read: the connection cannot carry another request.
      res.setHeader('Connection', 'close');
      return void res.status(413).json(errorBody('payload_too_large', err.message));
    }
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
    logger.error({ err, path: req.path }, 'unhandled error');
    res.status(500).json(errorBody('internal', 'internal error'));
  };
}
